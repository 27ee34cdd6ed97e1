"""The saved queries that read what the build derived (coverage, latest figures, the pairs of
figures that may disagree) give a pushed Oxigraph and Virtuoso the rows they give the embedded
store, on a corpus whose sources disagree (the seed and the SYNTHETIC later article)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.query.remote import RemoteEngine
from partygraph.query.saved import run_query
from partygraph.store.embedded import open_store

from ..conftest import run_cli
from ..servers import SERVER_KINDS, writable_server
from .test_push import QUERIES, Store, rows


@pytest.fixture(scope="module", params=SERVER_KINDS)
def pushed_synthetic(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                     built_synthetic: Project) -> Iterator[Store]:
    with writable_server(request.param, tmp_path_factory.mktemp(request.param)) as server:
        result = run_cli("push", "--endpoint", server.store_url, root=built_synthetic.root)
        assert result.exit_code == 0, result.output
        yield server


@pytest.mark.parametrize("query_name", ["coverage", "disagreements", "latest-figures"])
def test_derived_answers_are_the_same_on_the_servers(pushed_synthetic: Store,
                                                     built_synthetic: Project,
                                                     query_name: str) -> None:
    query = QUERIES[query_name]
    local = run_query(EmbeddedEngine(open_store(built_synthetic.store_dir)), query, {})
    remote = run_query(RemoteEngine(pushed_synthetic.query_url), query, {})
    assert local.rows, "what is compared is there to compare"
    assert remote.variables == local.variables
    assert rows(remote) == rows(local)
