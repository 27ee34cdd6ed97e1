"""A result two sheets bring about together is reported at the lines of both, in every format.

The SYNTHETIC sheet ``validation/conflict/synthetic-provincial-at-district.yaml`` declares
the seed's provincial organisation at the district level: one result (two levels) whose first
line, by file, is the seed's, which the sheet does not touch. The text, GitHub and JUnit
reports must name the sheet's line too (JSON and SARIF already did), so that the annotation
of a pull request lands on the line it changed.
"""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from partygraph.project import Project

from ..conftest import SEED_SHEET, copy_project, run_cli

HERE = Path(__file__).parent / "validation"
CASE = HERE / "conflict" / "synthetic-provincial-at-district.yaml"
MESSAGE = "A party organisation must have exactly one valid level."
SHAPE = "pgsh:OrganisationShape/pg:level"


def _line(file: Path, text: str) -> int:
    """The one line of ``file`` that reads ``text`` (stripped)."""
    [number] = [n for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1)
                if line.strip() == text]
    return number


SEED = f"data/sheets/{SEED_SHEET.name}:{_line(SEED_SHEET, 'level: provincial')}"
SHEET = f"data/sheets/{CASE.name}:{_line(CASE, 'level: district')}"


@pytest.fixture(scope="module")
def conflict(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The seed project with the case sheet."""
    project = copy_project(tmp_path_factory.mktemp("conflict"))
    shutil.copy(HERE / "article.txt", project.data_dir / "articles" / "validation-cases.txt")
    shutil.copy(CASE, project.data_dir / "sheets" / CASE.name)
    return project


def test_the_result_stands_at_both_sheets(conflict: Project) -> None:
    done = run_cli("validate", "--format", "json", root=conflict.root)
    [row] = [r for r in json.loads(done.stdout)["results"] if r["shape"] == SHAPE]
    assert (f"{row['file']}:{row['line']}", row["also_at"]) == (SEED, [SHEET])


def test_text_names_the_other_line(conflict: Project) -> None:
    done = run_cli("validate", root=conflict.root)
    assert done.exit_code == 1, done.output
    assert f"  {SEED}: {MESSAGE} ({SHAPE}, violation; also at {SHEET})" \
        in done.stdout.splitlines()


def test_github_annotates_each_line(conflict: Project) -> None:
    done = run_cli("validate", "--format", "github", root=conflict.root)
    annotations = [line for line in done.stdout.splitlines() if MESSAGE in line]
    title = "title=pgsh%3AOrganisationShape/pg%3Alevel (violation)"
    assert annotations == [
        f"::error file={SEED.replace(':', ',line=')},{title}::{MESSAGE} (also at {SHEET})",
        f"::error file={SHEET.replace(':', ',line=')},{title}::{MESSAGE} (also at {SEED})",
    ]
    assert done.stdout.splitlines()[-1].startswith("does not conform: 2 violation(s)")


def test_junit_failure_names_both_lines(conflict: Project) -> None:
    done = run_cli("validate", "--format", "junit", root=conflict.root)
    suites = ET.fromstring(done.stdout.encode())
    [case] = [c for c in suites.iter("testcase") if c.get("name") == "pgsh:OrganisationShape"]
    failure = case.find("failure")
    assert failure is not None
    assert failure.text == f"{SEED}: {MESSAGE} ({SHAPE}, violation; also at {SHEET})"
