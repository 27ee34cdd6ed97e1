"""The shipped CI integrations run real partygraph commands."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml

from partygraph.cli import main
from partygraph.project import Project

from .conftest import REPO, run_cli


def test_pre_commit_hook_runs_a_real_command(real_project: Project) -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["partygraph-validate"]
    hook = hooks[0]
    assert hook["language"] == "python" and hook["pass_filenames"] is False
    assert re.search(hook["files"], "data/sheets/x.yaml")
    argv = shlex.split(hook["entry"])
    assert argv[0] == "partygraph"
    result = run_cli(*argv[1:], root=real_project.root)
    assert result.exit_code == 0


def test_documented_workflow_runs_real_commands(real_project: Project, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    text = (REPO / "docs" / "ci.md").read_text(encoding="utf-8")
    block = text.split("<!-- workflow -->\n```yaml\n", 1)[1].split("```", 1)[0]
    workflow = yaml.safe_load(block)
    steps = workflow["jobs"]["validate"]["steps"]
    commands = [s["run"] for s in steps if "run" in s and s["run"].startswith("partygraph ")]
    assert len(commands) == 2
    for command in commands:
        argv = shlex.split(command)[1:]
        assert argv[0] in main.commands
        result = run_cli(*argv, root=real_project.root)
        assert result.exit_code == 0, result.output
    assert (tmp_path / "shacl-report.xml").is_file()
