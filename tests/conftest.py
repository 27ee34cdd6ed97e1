"""Shared fixtures: the real repository, and throw-away copies of it to change."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from partygraph.build import build, compile_project
from partygraph.cli import main
from partygraph.compiled import CompiledGraph
from partygraph.project import Project

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_ID = "baogialai-2020-06-an-khe-congress-preparation"


def copy_project(target: Path, *, with_data: bool = True) -> Project:
    """A copy of the repository's ontology, queries and (optionally) data in ``target``."""
    for part in ("ontology", "queries"):
        shutil.copytree(REPO / part, target / part)
    if with_data:
        shutil.copytree(REPO / "data", target / "data")
    else:
        (target / "data").mkdir()
    return Project.at(target)


def run_cli(*args: str, root: Path | None = None) -> Result:
    """Run the partygraph command in-process."""
    prefix = ["--root", str(root)] if root is not None else []
    return CliRunner().invoke(main, [*prefix, *args], catch_exceptions=False)


@pytest.fixture(scope="session")
def real_project() -> Project:
    return Project.at(REPO)


@pytest.fixture(scope="session")
def real_compiled(real_project: Project) -> CompiledGraph:
    return compile_project(real_project, use_cache=False)  # writes nothing into the repo


@pytest.fixture(scope="session")
def built_real(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    """The real data, built once into a temporary folder."""
    root = tmp_path_factory.mktemp("real")
    project = copy_project(root)
    build(project)
    yield project


@pytest.fixture(scope="session")
def built_synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    """The real data plus the synthetic later article, built once."""
    root = tmp_path_factory.mktemp("synthetic")
    project = copy_project(root)
    for part in ("articles", "sheets"):
        for file in (FIXTURES / "synthetic" / part).iterdir():
            shutil.copy(file, project.data_dir / part / file.name)
    build(project)
    yield project
