"""The catalogue a view reads for its own nodes gives each node the attributes the whole
catalogue gives (views read types, sources and facts for their nodes alone, bound by VALUES,
at 10^5 triples: the SYNTHETIC corpus of conftest.py, and the synthetic fixture corpus)."""

from __future__ import annotations

import pytest

from partygraph.export.views import VIEWS, _Catalog, build_view
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.store.embedded import open_store


@pytest.mark.parametrize("view", [v for v in VIEWS if v != "full"])
@pytest.mark.parametrize("corpus", ["built_large", "built_synthetic"])
def test_view_nodes_have_the_whole_catalogues_attributes(
        corpus: str, view: str, request: pytest.FixtureRequest) -> None:
    project: Project = request.getfixturevalue(corpus)
    engine = EmbeddedEngine(open_store(project.store_dir))
    graph = build_view(engine, view)
    assert graph.number_of_nodes() > 0
    whole = _Catalog(engine)
    for node, data in graph.nodes(data=True):
        assert data == whole.attributes(node), node
    # The view's own catalogue does read less: no types of nodes outside it.
    own = _Catalog(engine, list(graph.nodes))
    assert set(own.info) < set(whole.info)
