"""Views that read at every size: labels never IRIs, one distinct colour per kind in every
output with colours, the part under one organisation (``--root-org``, ``--depth``), and
pictures whose width stays bounded at 10^5 triples (the SYNTHETIC corpus of conftest.py)."""

from __future__ import annotations

import itertools
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import pytest

from partygraph.errors import PartygraphError
from partygraph.export.views import KINDS, VIEWS, build_view
from partygraph.export.writers import (
    KIND_COLOURS,
    PICTURE_NODES,
    fold_for_picture,
    text_colour,
    write_export,
)
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.store.embedded import open_store

from ..conftest import run_cli

if TYPE_CHECKING:
    from partygraph.export.views import View

ORG = "https://w3id.org/partygraph/id/organisation/"
AN_KHE, TAY_SON = ORG + "an-khe-town-party", ORG + "tay-son-ward-party"
IRI_LIKE = re.compile(r"://|^[a-z]+:[A-Za-z]")  # an IRI, or a prefixed name such as pg:X


def _engine(project: Project) -> EmbeddedEngine:
    return EmbeddedEngine(open_store(project.store_dir))


@pytest.fixture(scope="module")
def seed_views(built_real: Project) -> dict[str, View]:
    engine = _engine(built_real)
    return {view: build_view(engine, view) for view in VIEWS}


@pytest.fixture(scope="module")
def large_hierarchy(built_large: Project) -> View:
    return build_view(_engine(built_large), "hierarchy")


def _lab(colour: str) -> tuple[float, float, float]:
    """CIELAB (D65) of a #rrggbb colour."""
    def linear(c: float) -> float:
        return ((c + 0.055) / 1.055) ** 2.4 if c > 0.04045 else c / 12.92
    r, g, b = (linear(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    x = (r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047
    y = r * 0.2126 + g * 0.7152 + b * 0.0722
    z = (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _distance(a: str, b: str) -> float:
    return float(sum((p - q) ** 2 for p, q in zip(_lab(a), _lab(b), strict=True)) ** 0.5)


def test_every_kind_has_its_own_colour() -> None:
    assert set(KINDS) <= set(KIND_COLOURS)
    close = [(a, b, round(_distance(KIND_COLOURS[a], KIND_COLOURS[b])))
             for a, b in itertools.combinations(sorted(KIND_COLOURS), 2)
             if _distance(KIND_COLOURS[a], KIND_COLOURS[b]) < 15]
    assert close == []
    for colour in KIND_COLOURS.values():  # text on a node reads (contrast 4.5:1 or more)
        def luminance(c: str) -> float:
            def linear(v: float) -> float:
                return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
            r, g, b = (linear(int(c[i:i + 2], 16) / 255) for i in (1, 3, 5))
            return 0.2126 * r + 0.7152 * g + 0.0722 * b
        light, dark = sorted((luminance(colour), luminance(text_colour(colour))))[::-1]
        assert (light + 0.05) / (dark + 0.05) >= 4.5, colour


def test_the_colour_check_can_fail() -> None:
    assert _distance("#90a4ae", "#90a4ae") < 15  # holding, observation, tally, as they were
    assert _distance("#bdbdbd", "#9e9e9e") < 15  # concept and resource, as they were


@pytest.mark.parametrize("view", VIEWS)
def test_labels_are_names_never_iris(seed_views: dict[str, View], view: str) -> None:
    for node, data in seed_views[view].nodes(data=True):
        label = str(data["label"])
        assert label.strip() and not IRI_LIKE.search(label), (node, label)
        assert data["kind"] in KINDS


def test_facts_have_short_readable_labels(seed_views: dict[str, View]) -> None:
    labels: dict[str, set[str]] = {str(d["kind"]): set()
                                   for _, d in seed_views["full"].nodes(data=True)}
    for _, data in seed_views["full"].nodes(data=True):
        labels[str(data["kind"])].add(str(data["label"]))
    assert "Bí thư Thị ủy An Khê — Nguyễn Thị Thanh Lịch" in labels["holding"]
    assert "số đảng viên: 2.457 (2020-06)" in labels["observation"]
    assert "97/111 cán bộ lãnh đạo quản lý thuộc diện Ban Thường vụ Thị ủy quản lý" \
        in labels["tally"]
    assert "Đảng bộ thị xã An Khê trực thuộc Đảng bộ tỉnh Gia Lai" in labels["subordination"]
    assert "số đảng viên" in labels["concept"]  # concepts by their name in the ontology


def test_large_views_have_no_iri_labels(built_large: Project) -> None:
    engine = _engine(built_large)
    for view in ("full",):  # every node of every kind
        graph = build_view(engine, view)
        bad = [d["label"] for _, d in graph.nodes(data=True)
               if not str(d["label"]).strip() or IRI_LIKE.search(str(d["label"]))]
        assert bad == []
        assert len({d["kind"] for _, d in graph.nodes(data=True)}) >= 10


def _gexf_colours(path: Path) -> dict[str, set[tuple[str, str, str]]]:
    ns = {"g": "http://www.gexf.net/1.2draft", "v": "http://www.gexf.net/1.2draft/viz"}
    root = ET.parse(path).getroot()
    kind_key = next(a.get("id") for a in root.iterfind(".//g:attributes/g:attribute", ns)
                    if a.get("title") == "kind")
    found: dict[str, set[tuple[str, str, str]]] = {}
    for node in root.iterfind(".//g:node", ns):
        kind = next(v.get("value") for v in node.iterfind(".//g:attvalue", ns)
                    if v.get("for") == kind_key)
        colour = node.find("v:color", ns)
        assert colour is not None
        found.setdefault(str(kind), set()).add(
            (str(colour.get("r")), str(colour.get("g")), str(colour.get("b"))))
    return found


def test_each_format_gives_each_kind_one_distinct_colour(seed_views: dict[str, View],
                                                         tmp_path: Path) -> None:
    full = seed_views["full"]
    kinds = {str(d["kind"]) for _, d in full.nodes(data=True)}
    assert len(kinds) >= 15
    write_export(full, tmp_path / "full.gexf", "gexf")
    gexf = _gexf_colours(tmp_path / "full.gexf")
    assert set(gexf) == kinds and all(len(c) == 1 for c in gexf.values())
    assert len({next(iter(c)) for c in gexf.values()}) == len(kinds)
    write_export(full, tmp_path / "full.cyjs", "cytoscape")
    data = json.loads((tmp_path / "full.cyjs").read_text(encoding="utf-8"))
    cyjs: dict[str, set[str]] = {}
    for node in data["elements"]["nodes"]:
        cyjs.setdefault(node["data"]["kind"], set()).add(node["data"]["colour"])
    assert all(len(c) == 1 for c in cyjs.values())
    assert len({next(iter(c)) for c in cyjs.values()}) == len(kinds)
    write_export(full, tmp_path / "full.dot", "dot")
    text = (tmp_path / "full.dot").read_text(encoding="utf-8")
    legend = re.findall(r'legend\d+ \[label="?([a-z]+)"?, fillcolor="(#[0-9a-f]{6})"', text)
    assert sorted(k for k, _ in legend) == sorted(kinds)
    assert len({c for _, c in legend}) == len(kinds)


def test_root_org_and_depth(built_real: Project) -> None:
    engine = _engine(built_real)
    under = build_view(engine, "hierarchy", root_org="an-khe-town-party")
    assert set(under.nodes) == {AN_KHE, TAY_SON} and under.number_of_edges() == 1
    assert under.graph["root_org"] == "an-khe-town-party"
    alone = build_view(engine, "hierarchy", root_org=AN_KHE, depth=0)
    assert set(alone.nodes) == {AN_KHE} and alone.number_of_edges() == 0
    top = build_view(engine, "hierarchy", depth=1)
    assert sorted(str(d["label"]) for _, d in top.nodes(data=True)) == [
        "Đảng Cộng sản Việt Nam", "Đảng bộ tỉnh Gia Lai"]
    people = build_view(engine, "people", root_org="tay-son-ward-party")
    orgs = {n for n, d in people.nodes(data=True) if d["kind"] == "organisation"}
    assert orgs <= {TAY_SON}
    full = build_view(engine, "full", root_org="an-khe-town-party")
    orgs = {n for n, d in full.nodes(data=True) if d["kind"] == "organisation"}
    assert orgs == {AN_KHE, TAY_SON}
    assert "Bí thư Thị ủy An Khê — Nguyễn Thị Thanh Lịch" in {
        d["label"] for _, d in full.nodes(data=True)}
    with pytest.raises(PartygraphError, match="--root-org: no party organisation 'nowhere'"):
        build_view(engine, "hierarchy", root_org="nowhere")
    with pytest.raises(PartygraphError, match="did you mean 'an-khe-town-party'"):
        build_view(engine, "hierarchy", root_org="an-khe-twon-party")  # a slip: the closest
    with pytest.raises(PartygraphError) as person:  # an entity of another kind: what it is
        build_view(engine, "hierarchy", root_org="nguyen-thi-thanh-lich")
    assert str(person.value) == ("--root-org: 'nguyen-thi-thanh-lich' is foaf:Person, not a "
                                 "party organisation (pg:PartyOrganisation)")


def test_root_org_on_the_command_line(built_real: Project, tmp_path: Path) -> None:
    out = tmp_path / "part.graphml"
    result = run_cli("export", "people", "--root-org", "an-khe-town-party", "--depth", "1",
                     "-o", str(out), root=built_real.root)
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(out)
    assert {d["iri"] for _, d in graph.nodes(data=True) if d["kind"] == "organisation"} == {
        AN_KHE}
    result = run_cli("export", "hierarchy", "--root-org", "nowhere", "-o", str(out),
                     root=built_real.root)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    assert "no party organisation 'nowhere'" in result.output
    result = run_cli("export", "hierarchy", "--depth", "-1", "-o", str(out),
                     root=built_real.root)
    assert result.exit_code == 2


def test_large_hierarchy_picture_stays_readable(large_hierarchy: View,
                                                built_large: Project, tmp_path: Path) -> None:
    if shutil.which("dot") is None:
        pytest.fail("Graphviz's dot is needed: apt-get install graphviz (.ci/setup does)")
    assert large_hierarchy.number_of_nodes() > 3000
    svg = tmp_path / "hierarchy.svg"
    write_export(large_hierarchy, svg, "svg")
    root = ET.parse(svg).getroot()
    width, height = (float(str(root.get(a)).removesuffix("pt")) for a in ("width", "height"))
    # Measured: 339,542 pt wide before (every cell on one rank); 676 x 2,409 pt after.
    assert width <= 2_000 and height <= 20_000, (width, height)
    titles = [g.findtext("{http://www.w3.org/2000/svg}title") or ""
              for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "node"]
    assert 0 < len([t for t in titles if not t.startswith("legend")]) <= PICTURE_NODES
    text = svg.read_text(encoding="utf-8")
    assert "below (&#45;&#45;root&#45;org" in text and "://" not in "".join(
        t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    # The part under one district, to its every level, is drawn whole.
    part = build_view(_engine(built_large), "hierarchy", root_org="syn-d3")
    assert fold_for_picture(part) is part
    write_export(part, tmp_path / "d3.svg", "svg")
    assert "below" not in (tmp_path / "d3.svg").read_text(encoding="utf-8")


def test_fold_for_picture_counts_what_it_hides() -> None:
    graph: View = nx.MultiDiGraph(view="hierarchy")
    graph.add_node("r", label="root")
    for i in range(5):
        graph.add_edge("r", f"c{i}")
        for j in range(40):
            graph.add_edge(f"c{i}", f"c{i}-{j}")
    folded = fold_for_picture(graph, limit=150)
    assert folded.number_of_nodes() == 6
    assert [folded.nodes[f"c{i}"]["folded"] for i in range(5)] == [40] * 5
    assert folded.nodes["r"].get("folded") is None
    assert fold_for_picture(graph, limit=1000) is graph
