"""A SYNTHETIC national corpus of 100,000 triples (bench/generate.py), built once a session
for the tests of views at size (about 10 s: generated in 0.1 s, built in 7 s); and the
SYNTHETIC vocabulary corpus (tests/fixtures/vocabulary), whose figures have scopes."""

from __future__ import annotations

import sys

import pytest

from partygraph.project import Project
from partygraph.store.build import build

from ..conftest import REPO
from ..corpus.test_vocabulary import vocabulary_project

LARGE_TRIPLES = 100_000


@pytest.fixture(scope="session")
def built_large(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """bench/generate.py's SYNTHETIC corpus of 10^5 triples, built (never part of data/)."""
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import generate  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(REPO / "bench"))
    root = tmp_path_factory.mktemp("large") / "synthetic-corpus"
    generate.generate(LARGE_TRIPLES, root)
    project = Project.at(root)
    build(project)
    return project


@pytest.fixture(scope="session")
def built_vocabulary(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The SYNTHETIC vocabulary corpus alone, built: totals beside figures of their parts
    and periods (``scope``), the newer measures."""
    project = vocabulary_project(tmp_path_factory.mktemp("vocabulary"))
    build(project)
    return project
