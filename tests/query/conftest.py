"""Servers that tests of this folder compare the embedded store with: ``serve`` on a module's
built ``project`` (each test module defines that fixture) and a pushed Oxigraph."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from partygraph.project import Project
from partygraph.share.server import OxigraphServer

from ..servers import pushed_server


@pytest.fixture(scope="module")
def served(project: Project) -> Iterator[OxigraphServer]:
    """``partygraph serve`` of the module's built project."""
    with OxigraphServer(project.store_dir) as running:
        yield running


@pytest.fixture(scope="module")
def pushed(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The query URL of an Oxigraph server the module's built dataset was pushed to."""
    with pushed_server("oxigraph", tmp_path_factory.mktemp("pushed"),
                       project.dataset_file) as query_url:
        yield query_url
