"""The drafting round of docs/adding-an-article.md (the seed as worked example) is replayed
as written: draft with a review page, build, apply the fixes shown as a diff with patch(1),
remove `draft: true` with sed(1), validate strictly, query."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ..conftest import REPO, SEED_ARTICLE, copy_project, run_cli
from ..docs import blocks, console_steps, shown

WALKTHROUGH = REPO / "docs" / "adding-an-article.md"
HEADING = "## Drafting the sheet instead: the seed as worked example"


def _section() -> str:
    text = WALKTHROUGH.read_text(encoding="utf-8")
    assert HEADING in text, f"{WALKTHROUGH} has no section {HEADING!r}"
    return text.split(HEADING, 1)[1].split("\n## ", 1)[0]


def _run(command: list[str], root: Path) -> str:
    if command[0] == "partygraph":
        result = run_cli(*command[1:], root=root)
        assert result.exit_code == 0, (command, result.output)
        return result.stdout
    tool = shutil.which(command[0])
    if tool is None:
        pytest.fail(f"{command[0]} is not installed (the walkthrough uses it)")
    done = subprocess.run([tool, *command[1:]], cwd=root, capture_output=True, text=True,
                          check=False, timeout=60)
    assert done.returncode == 0, (command, done.stderr)
    return done.stdout


def test_drafting_walkthrough_works_as_written(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_project(tmp_path, with_data=False)
    shutil.copy(SEED_ARTICLE, project.root / SEED_ARTICLE.name)
    monkeypatch.chdir(project.root)  # the commands name files relative to the project
    commands = patches = 0
    for block in blocks(_section()):
        if block["lang"] == "diff":
            patch = shutil.which("patch")
            if patch is None:
                pytest.fail("patch is not installed (the walkthrough's fixes are a diff)")
            done = subprocess.run([patch, "-p1", "--forward", "--no-backup-if-mismatch"],
                                  input=block["body"], cwd=project.root, capture_output=True,
                                  text=True, check=False, timeout=60)
            assert done.returncode == 0, done.stdout + done.stderr
            patches += 1
            continue
        if block["lang"] != "shell":
            continue
        for command, expected in console_steps(block["body"]):
            commands += 1
            output = _run(command, project.root)
            for want in expected:
                assert shown(want, output), (command, want, output)
            if "--format" in command and "csv" in command:  # every row shown, and no other
                assert len(expected) == len(output.splitlines()), (command, output)
    assert (commands, patches) == (6, 1)
    assert (project.root / "review.html").is_file()
    sheet = project.data_dir / "sheets" / f"{SEED_ARTICLE.stem}.yaml"
    assert not re.search(r"^ +draft: true$", sheet.read_text(encoding="utf-8"), re.MULTILINE)
