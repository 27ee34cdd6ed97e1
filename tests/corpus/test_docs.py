"""The documentation cannot drift: the walk-through is replayed, the reference is complete."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel

from partygraph.cli import main
from partygraph.project import Project
from partygraph.sheets import schema as facts

from ..conftest import REPO, copy_project, run_cli
from ..docs import blocks, console_steps, shown

README = REPO / "README.md"
WALKTHROUGH = REPO / "docs" / "adding-an-article.md"
REFERENCE = REPO / "docs" / "fact-sheets.md"


def test_walkthrough_steps_work_as_written(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    steps = 0
    for block in blocks(WALKTHROUGH.read_text(encoding="utf-8")):
        if block["file"]:
            (project.root / block["file"]).write_text(block["body"], encoding="utf-8")
            continue
        if block["lang"] != "console":
            continue
        for command, expected in console_steps(block["body"]):
            steps += 1
            article = project.root / "example-commune-2020-09.txt"
            args = [str(article) if a == article.name else a for a in command[1:]]
            result = run_cli(*args, root=project.root)
            assert result.exit_code == 0, result.output
            for want in expected:
                assert shown(want, result.stdout), (want, result.stdout)
    assert steps == 4


def test_reference_lists_every_type_and_field() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    sections = re.split(r"^### ", text, flags=re.MULTILINE)
    documented = {s.split("`")[1]: s for s in sections[1:]}
    models: list[type[BaseModel]] = [
        facts.Organisation, facts.Body, facts.Person, facts.Place, facts.Post, facts.Term,
        facts.Congress, facts.Directive, facts.Document, facts.Programme, facts.Observation,
        facts.Tally, facts.Holding, facts.Subordination, facts.Task, facts.Session,
        facts.Event, facts.Change,
    ]
    common = set(facts.Item.model_fields) | {"type"}
    for model in models:
        kind = model.model_fields["type"].annotation.__args__[0]  # type: ignore[union-attr]
        assert kind in documented, f"no section for {kind}"
        for name, info in model.model_fields.items():
            if name in common:
                continue
            assert f"`{info.alias or name}`" in documented[kind], f"{kind}.{name}"
    source = text.split("## The source block")[1].split("## Entities")[0]
    for name in facts.SourceBlock.model_fields:
        assert f"`{name}`" in source


def test_readme_commands_and_every_cli_command_documented() -> None:
    readme = README.read_text(encoding="utf-8")
    for command in main.commands:
        assert f"partygraph {command}" in readme, command


def test_readme_examples_show_the_real_output(built_real: Project) -> None:
    """Each console example of the README, run on the seed alone (what its output shows),
    prints the lines shown under it, and no others: a column a query gains shows here."""
    steps = 0
    for block in blocks(README.read_text(encoding="utf-8")):
        if block["lang"] != "console":
            continue
        for command, expected in console_steps(block["body"]):
            steps += 1
            assert command[0] == "partygraph", command
            result = run_cli(*command[1:], root=built_real.root)
            assert result.exit_code == 0, result.output
            output = [line for line in result.stdout.splitlines() if line.strip()]
            assert len(output) == len(expected), (expected, result.stdout)
            for want in expected:
                assert shown(want, result.stdout), (want, result.stdout)
    assert steps >= 1
