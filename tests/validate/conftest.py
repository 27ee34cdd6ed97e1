"""Fixtures shared by the tests of validation reports."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from partygraph.project import Project

from ..conftest import copy_project

CASES = Path(__file__).parent / "validation" / "cases"


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """Real data plus two bad sheets: one violation and one warning."""
    root = tmp_path_factory.mktemp("broken")
    project = copy_project(root)
    shutil.copy(CASES.parent / "article.txt",
                project.data_dir / "articles" / "validation-cases.txt")
    for name in ("tally-done-exceeds-total", "term-not-five-years"):
        shutil.copy(CASES / f"{name}.yaml", project.data_dir / "sheets" / f"{name}.yaml")
    return project
