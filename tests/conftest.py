"""Shared fixtures: the real repository, and throw-away copies of it to change."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from partygraph.cli import main
from partygraph.compile.dataset import CompiledGraph
from partygraph.project import Project
from partygraph.rdf.concepts import Vocabulary, read_vocabulary_file
from partygraph.store.build import build, compile_project
from partygraph.tasks import validate_project

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_ID = "baogialai-2020-06-an-khe-congress-preparation"
SEED_SHEET = REPO / "data" / "sheets" / f"{SEED_ID}.yaml"
SEED_ARTICLE = REPO / "data" / "articles" / f"{SEED_ID}.txt"


@cache
def repo_vocabulary() -> Vocabulary:
    """The concept schemes of the repository's ontology (read once)."""
    return read_vocabulary_file(REPO / "ontology" / "concepts.ttl")


def copy_project(target: Path, *, with_data: bool = True, all_data: bool = False) -> Project:
    """A copy of the repository's ontology and queries in ``target``, with the seed sheet and
    its article alone (``with_data``), or every sheet of ``data/`` (``all_data``).

    Tests that expect exact rows use the seed alone, so that the sheets users add to
    ``data/`` never change what they expect; tests over every sheet assert invariants.
    """
    for part in ("ontology", "queries"):
        shutil.copytree(REPO / part, target / part)
    if all_data:
        shutil.copytree(REPO / "data", target / "data")
        return Project.at(target)
    (target / "data").mkdir()
    if with_data:
        for part, file in (("sheets", SEED_SHEET), ("articles", SEED_ARTICLE)):
            (target / "data" / part).mkdir()
            shutil.copy(file, target / "data" / part / file.name)
    return Project.at(target)


def add_fixture_sheets(project: Project, fixture: str = "synthetic") -> Project:
    """Copy the articles and sheets of the fixture corpus ``tests/fixtures/FIXTURE`` into
    ``project``'s data (by default the SYNTHETIC later article about the seed's entities)."""
    for part in ("articles", "sheets"):
        (project.data_dir / part).mkdir(parents=True, exist_ok=True)
        for file in (FIXTURES / fixture / part).iterdir():
            shutil.copy(file, project.data_dir / part / file.name)
    return project


def corpus_project(target: Path, *corpora: str) -> Project:
    """A project in ``target`` holding the named fixture corpora (``"real"``: the seed sheet
    and its article, as :func:`copy_project` gives them)."""
    project = copy_project(target, with_data="real" in corpora)
    for corpus in corpora:
        if corpus != "real":
            add_fixture_sheets(project, corpus)
    return project


def clean_build_of(project: Project, target: Path) -> Project:
    """A clean build, in ``target``, of the inputs ``project`` has now (its data copied)."""
    twin = copy_project(target, with_data=False)
    shutil.rmtree(twin.data_dir)
    shutil.copytree(project.data_dir, twin.data_dir)
    build(twin)
    return twin


def edit_once(file: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in ``file`` by ``new`` (which must be there)."""
    text = file.read_text(encoding="utf-8")
    assert old in text, (file, old)
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


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
def seed_compiled(tmp_path_factory: pytest.TempPathFactory) -> CompiledGraph:
    """The real seed sheet alone, compiled (exact results do not change with data/)."""
    project = copy_project(tmp_path_factory.mktemp("seed"))
    return compile_project(project, use_cache=False)


@pytest.fixture(scope="session")
def built_real(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    """The real seed sheet alone, built and validated once into a temporary folder (as
    'partygraph build' does: queries on it then give no warning)."""
    root = tmp_path_factory.mktemp("real")
    project = copy_project(root)
    build(project)
    assert validate_project(project, lint=False).conforms()
    yield project


@pytest.fixture(scope="session")
def built_synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    """The real seed sheet plus the synthetic later article, built once."""
    root = tmp_path_factory.mktemp("synthetic")
    project = add_fixture_sheets(copy_project(root))
    build(project)
    yield project
