"""Each export format loaded by the tools of the field, on the real exports of the seed corpus:
each node with all its attributes and each edge read back as the view has them.

- GraphML: graphology (graphology-graphml) and igraph (``Graph.Read_GraphML``) here,
  networkx in test_writers.
- GEXF: graphology (graphology-gexf) here, networkx in test_gexf. igraph has no GEXF reader:
  it loads GEXF through networkx (``Graph.from_networkx(nx.read_gexf(...))``), tested here.
- Cytoscape.js JSON: Cytoscape.js (headless, ``cy.json``) here, networkx in test_writers.
- node-link JSON: D3 (d3-force's link force, which throws on a link to no node) here,
  networkx in test_writers.

The JavaScript tools run in node from tests/node (its package-lock.json pins them; .ci/setup
installs them with ``npm ci --prefix tests/node``), through tests/node/load.mjs. Outside CI a
machine without node or those packages skips these tests with that reason; in CI they fail.
The networkx tests run in the normal suite, so the lowest-versions job (.ci/lowest) runs them
at the declared networkx floor.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import igraph as ig  # type: ignore[import-untyped]  # igraph ships no type hints
import networkx as nx
import pytest

from partygraph.export.views import VIEWS, build_view
from partygraph.export.writers import KIND_COLOURS, write_export
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.store.embedded import open_store

from ..conftest import REPO

if TYPE_CHECKING:
    from partygraph.export.views import View

NODE_TOOLS = REPO / "tests" / "node"
SUFFIX = {"graphml": "graphml", "gexf": "gexf", "cytoscape": "cyjs", "node-link": "json"}
# The tool each JavaScript check runs, and the format it reads.
JS_TOOLS = {"graphology-graphml": "graphml", "graphology-gexf": "gexf",
            "cytoscape": "cytoscape", "d3": "node-link"}
Edges = Counter[tuple[str, str, tuple[tuple[str, Any], ...]]]


@pytest.fixture(scope="module")
def views(built_real: Project) -> dict[str, View]:
    engine = EmbeddedEngine(open_store(built_real.store_dir))
    return {view: build_view(engine, view) for view in VIEWS}


@pytest.fixture(scope="module")
def node() -> str:
    """The node executable, with the test-only packages installed."""
    found = shutil.which("node")
    missing = [name for name in ("graphology", "graphology-graphml", "graphology-gexf",
                                 "cytoscape", "d3-force")
               if not (NODE_TOOLS / "node_modules" / name / "package.json").is_file()]
    if found is None or missing:
        message = ("loading exports in JavaScript tools needs node and "
                   f"{', '.join(missing) or 'its packages'}: run 'npm ci --prefix tests/node' "
                   "(.ci/setup does)")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def _export(graph: View, folder: Path, fmt: str) -> Path:
    path = folder / f"{graph.graph['view']}.{SUFFIX[fmt]}"
    write_export(graph, path, fmt)
    return path


def _load(node: str, tool: str, path: Path) -> dict[str, Any]:
    done = subprocess.run([node, str(NODE_TOOLS / "load.mjs"), tool, str(path)],
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stderr == "", done.stderr  # no warning either (Cytoscape.js warns, then drops)
    loaded: dict[str, Any] = json.loads(done.stdout)
    return loaded


def _edges(pairs: list[tuple[str, str, dict[str, Any]]]) -> Edges:
    return Counter((tail, head, tuple(sorted(data.items()))) for tail, head, data in pairs)


def _view_edges(graph: View, *, with_key: str | None = None) -> Edges:
    return _edges([(t, h, {**d, **({with_key: k} if with_key else {})})
                   for t, h, k, d in graph.edges(keys=True, data=True)])


def _without(data: dict[str, Any], *names: str) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in names}


@pytest.mark.parametrize("tool", JS_TOOLS)
@pytest.mark.parametrize("view", VIEWS)
def test_javascript_tools_load_every_view(views: dict[str, View], node: str, tmp_path: Path,
                                          view: str, tool: str) -> None:
    graph = views[view]
    loaded = _load(node, tool, _export(graph, tmp_path, JS_TOOLS[tool]))
    nodes: dict[str, dict[str, Any]] = loaded["nodes"]
    edges = [tuple(e) for e in loaded["edges"]]
    expected = {n: dict(d) for n, d in graph.nodes(data=True)}
    if tool == "graphology-graphml":  # node ids n0, n1 …: the IRI is the iri attribute
        assert loaded["type"] == "directed" and loaded["multi"] is True
        iri = {key: data["iri"] for key, data in nodes.items()}
        assert {iri[k]: d for k, d in nodes.items()} == \
            {n: {**d, "iri": n} for n, d in expected.items()}
        assert _edges([(iri[t], iri[h], d) for t, h, d in edges]) == _view_edges(graph)
    elif tool == "graphology-gexf":  # ids are the IRIs; colours by kind
        assert loaded["type"] == "directed"
        assert all(d["color"].startswith("rgba(") for d in nodes.values())
        assert {k: _without(d, "color") for k, d in nodes.items()} == expected
        assert _edges(list(edges)) == _view_edges(graph, with_key="networkx_key")
    elif tool == "cytoscape":  # name is the label (what Cytoscape shows), value the IRI
        assert {k: _without(d, "id", "value", "name", "colour")
                for k, d in nodes.items()} == expected
        assert all(d["colour"] == KIND_COLOURS[d["kind"]] for d in nodes.values())
        assert all(d["name"] == expected[k]["label"] and d["value"] == k
                   for k, d in nodes.items())
        assert _edges([(t, h, _without(d, "id", "source", "target")) for t, h, d in edges]) \
            == _view_edges(graph, with_key="key")
    else:  # D3: nodes by id, links by source and target, placed by the simulation
        assert {k: _without(d, "id") for k, d in nodes.items()} == expected
        assert _edges(list(edges)) == _view_edges(graph, with_key="key")
    assert len(edges) == graph.number_of_edges()


def test_the_javascript_loaders_can_fail(node: str, tmp_path: Path) -> None:
    """A link to no node, an edge to an undeclared node, malformed XML: each tool refuses."""
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"nodes": [{"id": "a"}], "links": [
        {"source": "a", "target": "b"}]}), encoding="utf-8")
    bad_xml = tmp_path / "broken.graphml"
    bad_xml.write_text("<graphml><graph><node id='a'></graph>", encoding="utf-8")
    for tool, path in (("d3", broken), ("graphology-graphml", bad_xml)):
        done = subprocess.run([node, str(NODE_TOOLS / "load.mjs"), tool, str(path)],
                              capture_output=True, text=True, check=False, timeout=120)
        assert done.returncode == 1 and f"{tool} could not load" in done.stderr, done.stderr


def _igraph_nodes(graph: ig.Graph, key: str) -> dict[str, dict[str, Any]]:
    """Vertices by ``key``, with the attributes they have (igraph fills the others with
    ``""`` for text and NaN for numbers)."""
    out = {}
    for vertex in graph.vs:
        attributes = vertex.attributes()
        out[str(attributes[key])] = attributes
    return out


def _same(view_value: Any, loaded: Any) -> bool:
    if isinstance(view_value, bool) or isinstance(loaded, bool):
        return bool(loaded) is view_value if isinstance(view_value, bool) else False
    if isinstance(view_value, int):  # igraph keeps numbers as floats
        return isinstance(loaded, float | int) and not math.isnan(loaded) and \
            loaded == view_value
    return bool(loaded == view_value)


@pytest.mark.parametrize("view", VIEWS)
def test_igraph_reads_graphml(views: dict[str, View], tmp_path: Path, view: str) -> None:
    graph = views[view]
    loaded = ig.Graph.Read_GraphML(str(_export(graph, tmp_path, "graphml")))
    assert loaded.is_directed()
    assert (loaded.vcount(), loaded.ecount()) == (graph.number_of_nodes(),
                                                  graph.number_of_edges())
    vertices = _igraph_nodes(loaded, "iri")
    assert set(vertices) == set(graph.nodes)
    for iri, data in graph.nodes(data=True):
        for name, value in data.items():
            assert _same(value, vertices[iri][name]), (iri, name, value, vertices[iri][name])
    iri_of = loaded.vs["iri"]
    found = Counter((iri_of[e.source], iri_of[e.target], e["relation"]) for e in loaded.es)
    assert found == Counter((t, h, d["relation"]) for t, h, d in graph.edges(data=True))


def test_igraph_has_no_gexf_reader_and_loads_it_through_networkx(
        views: dict[str, View], tmp_path: Path) -> None:
    """igraph reads GraphML, GML, Pajek … but not GEXF (if it ever does, test that here);
    ``Graph.from_networkx`` takes what networkx reads from the GEXF file."""
    assert not any("gexf" in name.lower() for name in dir(ig.Graph))
    graph = views["people"]
    loaded = ig.Graph.from_networkx(nx.read_gexf(_export(graph, tmp_path, "gexf")))
    assert (loaded.vcount(), loaded.ecount()) == (graph.number_of_nodes(),
                                                  graph.number_of_edges())
    vertices = _igraph_nodes(loaded, "_nx_name")
    for iri, data in graph.nodes(data=True):
        assert {k: vertices[iri][k] for k in data} == data
