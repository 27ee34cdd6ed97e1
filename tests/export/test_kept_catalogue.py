"""The views an export builds from what the build kept of each sheet (its catalogue part,
see partygraph.compile.catalogue) are the views the SPARQL queries give on the same store:
every node with the same attributes, every edge, for every view, on the SYNTHETIC corpus of
10^5 triples (conftest.py) and the seed with the synthetic later article. And the kept
parts are those of the store's build, or none."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import pyoxigraph as ox
import pytest

from partygraph.compile.catalogue import nquads_part, part_of, read_part
from partygraph.compile.derived import NODE_PREFIX
from partygraph.compile.full_part import FullPart, full_part_of, read_full_part
from partygraph.export.catalog import Catalog, KeptPairs
from partygraph.export.rows import data_triples
from partygraph.export.views import VIEWS, build_view, graph_from_parts
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.store.build import build
from partygraph.store.catalogue import kept_parts
from partygraph.store.embedded import open_store
from partygraph.tasks import export_view

from ..conftest import add_fixture_sheets, copy_project

if TYPE_CHECKING:
    from partygraph.export.views import View


def _same(kept: View, queried: View) -> None:
    assert list(kept.nodes(data=True)) == list(queried.nodes(data=True))
    assert list(kept.edges(keys=True, data=True)) == list(queried.edges(keys=True, data=True))
    assert kept.graph == queried.graph


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("corpus", ["built_large", "built_synthetic", "built_vocabulary"])
def test_views_from_the_kept_parts_are_the_queried_views(
        corpus: str, view: str, request: pytest.FixtureRequest) -> None:
    project: Project = request.getfixturevalue(corpus)
    store = open_store(project.store_dir)
    kept_by_build = kept_parts(project, store, full=view == "full")
    assert kept_by_build is not None
    assert (kept_by_build.full is not None) == (view == "full")
    engine = EmbeddedEngine(store)
    kept = build_view(engine, view, kept=KeptPairs(kept_by_build.catalogue),
                      parts=kept_by_build.full)
    queried = build_view(engine, view)
    assert kept.number_of_nodes() > 0
    _same(kept, queried)
    # What is compared is there to compare.
    nodes = [data for _, data in kept.nodes(data=True)]
    assert any(data["sources"] and data["quote"] for data in nodes)
    assert any(data["label_vi"] and data["label_en"] for data in nodes)
    if view in ("hierarchy", "full"):
        assert any("level" in data for data in nodes)


@pytest.mark.parametrize("corpus", ["built_large", "built_synthetic", "built_vocabulary"])
def test_the_kept_catalogue_gives_every_resource_the_queried_attributes(
        corpus: str, request: pytest.FixtureRequest) -> None:
    """Not only the views' nodes: every resource the whole catalogue knows, facts (labelled
    from what they link), figures and levels included."""
    project: Project = request.getfixturevalue(corpus)
    store = open_store(project.store_dir)
    kept_by_build = kept_parts(project, store)
    assert kept_by_build is not None
    kept, queried = Catalog.kept(KeptPairs(kept_by_build.catalogue)), \
        Catalog(EmbeddedEngine(store))
    # (Blank nodes aside: the store names them anew; and the derived nodes, which no view
    # shows: the derived graphs state nothing of the data's resources.)
    resources = [iri for iri in queried.info if iri.startswith(("https:", "http:"))
                 and not iri.startswith(NODE_PREFIX)]
    assert len(resources) > 50
    for iri in resources:
        assert kept.attributes(iri) == queried.attributes(iri), iri
    assert kept.figures == queried.figures
    assert kept.levels == queried.levels
    if corpus == "built_vocabulary":  # ("gần 40 chi bộ": what is compared is there)
        assert any(figure.approx for figures in queried.figures.values()
                   for figure in figures.values())
    # the figures as of a day (the hierarchy export --as-of): the same either way, and
    # fewer, none dated after the day
    day = "2019-12-31"
    assert any(figure.as_of > day for figures in queried.figures.values()
               for figure in figures.values())
    kept_then = Catalog.kept(KeptPairs(kept_by_build.catalogue), figures_until=day)
    queried_then = Catalog(EmbeddedEngine(store), figures_until=day)
    assert kept_then.figures == queried_then.figures
    dates = [figure.as_of for figures in queried_then.figures.values()
             for figure in figures.values()]
    assert all(as_of <= day for as_of in dates)
    assert sum(map(len, queried_then.figures.values())) \
        < sum(map(len, queried.figures.values()))


def test_export_reads_the_kept_parts_of_its_own_build(tmp_path: Path) -> None:
    """``export`` uses the parts the build kept; a part the cache lost or damaged is read
    from the store again (and kept); a store that is not the build's record gets none, and the
    export queries it instead: the same graph each time."""
    project = add_fixture_sheets(copy_project(tmp_path / "p"))
    build(project)
    parts = sorted(project.cache_dir.glob("*.catalogue.*.pickle"))
    assert len(parts) == len(project.sheet_files())
    expected = export_view(project, "sources")
    # A lost part: read from the store's graph, the same pairs, and kept again.
    lost = parts[0]
    kept_pairs = lost.read_bytes()
    lost.unlink()
    _same(export_view(project, "sources"), expected)
    assert lost.read_bytes() == kept_pairs
    # A damaged part (one byte changed, still a pickle) is not read: its digest says so.
    damaged = bytearray(kept_pairs)
    damaged[-20] ^= 1
    lost.write_bytes(bytes(damaged))
    assert read_part(lost) is None
    _same(export_view(project, "sources"), expected)
    assert lost.read_bytes() == kept_pairs
    # Parts as the compiler makes them from the graph's N-Quads.
    nq = lost.name.split(".", 1)[0] + ".nq"
    assert nquads_part((project.cache_dir / nq).read_bytes()) == \
        part_of(open_store(project.store_dir).quads_for_pattern(
            None, None, None, next(g for g in open_store(project.store_dir).named_graphs()
                                   if _graph_of(project, nq) == g.value)))
    # A store the record does not describe: no parts, the queries answer.
    store = open_store(project.store_dir)
    assert kept_parts(project, store) is not None
    manifest = project.manifest_file.read_text()
    project.manifest_file.write_text(manifest.replace('"complete": true', '"complete": false'))
    assert kept_parts(project, store) is None
    _same(export_view(project, "sources"), expected)
    project.manifest_file.write_text(manifest)
    shutil.rmtree(project.cache_dir)
    assert kept_parts(project, store) is not None  # (every part read from the store)


def test_the_full_export_reads_the_build_s_parts_or_makes_them_again(tmp_path: Path) -> None:
    """The full view is made from the full part the build kept of each data graph; a part
    lost or damaged is made again from the graph's N-Quads file (and kept), and from the
    store's graph when that file too is lost or is not what its name says; a store the
    record does not describe is read whole: the same graph each time."""
    project = add_fixture_sheets(copy_project(tmp_path / "p"))
    build(project)
    store = open_store(project.store_dir)
    queried = build_view(EmbeddedEngine(store), "full")
    kept = kept_parts(project, store, full=True)
    assert kept is not None and kept.full is not None
    parts = list(kept.full)
    whole = full_part_of(data_triples(EmbeddedEngine(store)))
    nodes, types, links, values = whole
    assert set().union(*(part[0] for part in parts)) == set(nodes)
    assert set().union(*(part[1] for part in parts)) == set(types)
    assert set().union(*(part[2] for part in parts)) == set(links)
    assert set().union(*(part[3] for part in parts)) == set(values)
    _same(export_view(project, "full"), queried)
    files = sorted(project.cache_dir.glob("*.full.*.pickle"))
    assert len(files) == len(project.sheet_files())
    lost, damaged = files
    kept_bytes = {path: path.read_bytes() for path in files}
    lost.unlink()
    changed = bytearray(kept_bytes[damaged])
    changed[-20] ^= 1  # (still a pickle: only its digest says it is not the part)
    damaged.write_bytes(bytes(changed))
    assert read_full_part(damaged) is None
    _same(export_view(project, "full"), queried)
    for path, data in kept_bytes.items():  # made again from the N-Quads, and kept
        assert path.read_bytes() == data, path.name
    # a part and its graph's N-Quads both lost, and a part lost with damaged N-Quads (valid
    # N-Quads, so read they would give another triple): both made from the store's graph
    gone, wrong = files
    gone.unlink()
    (project.cache_dir / (gone.name.split(".", 1)[0] + ".nq")).unlink()
    wrong.unlink()
    nq = project.cache_dir / (wrong.name.split(".", 1)[0] + ".nq")
    nq.write_bytes(nq.read_bytes().replace(
        b"\n", b'\n<https://example.org/x> <https://example.org/p> "x" .\n', 1))
    _same(export_view(project, "full"), queried)
    for path, data in kept_bytes.items():
        assert path.read_bytes() == data, path.name
    manifest = project.manifest_file.read_text()
    project.manifest_file.write_text(manifest.replace('"complete": true', '"complete": false'))
    assert kept_parts(project, store, full=True) is None
    _same(export_view(project, "full"), queried)


def test_the_full_view_counts_a_value_many_parts_state_once() -> None:
    """Re-declared by several sheets, an entity's label, types and links are each shown
    once; two labels of one language are both shown, in order."""
    a, b = "https://example.org/a", "https://example.org/b"
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    knows = "http://xmlns.com/foaf/0.1/knows"
    person = "http://xmlns.com/foaf/0.1/Person"

    def part(*triples: tuple[str, str, str | ox.Literal]) -> FullPart:
        return full_part_of((ox.NamedNode(s), ox.NamedNode(p), o if isinstance(o, ox.Literal)
                             else ox.NamedNode(o)) for s, p, o in triples)

    named_a = (a, label, ox.Literal("Ông A", language="vi"))
    first = part((a, RDF_TYPE, person), (a, knows, b), named_a)
    second = part((a, RDF_TYPE, person), (a, knows, b), named_a,
                  (a, label, ox.Literal("A", language="vi")), (b, label, ox.Literal("B | b")))
    graph = graph_from_parts([first, second, second])
    assert graph.number_of_edges() == 1
    assert graph.nodes[a]["rdfs_label_vi"] == "A | Ông A"
    assert graph.nodes[a]["rdf_types"] == "foaf:Person"
    assert graph.nodes[b]["rdfs_label"] == "B | b"
    assert graph_from_parts([first]).nodes[a]["rdfs_label_vi"] == "Ông A"


def test_the_full_view_s_edges_are_those_add_edge_makes(built_synthetic: Project) -> None:
    """The full view writes its links into the adjacency itself: the same graph, both ways
    round, as networkx's own add_edge gives."""
    store = open_store(built_synthetic.store_dir)
    part = full_part_of(data_triples(EmbeddedEngine(store)))
    graph = graph_from_parts([part, part])
    expected: View = nx.MultiDiGraph(view="full")
    expected.add_nodes_from(graph.nodes(data=True))
    for s, o, relation in sorted(part[2]):
        expected.add_edge(s, o, key=relation, relation=relation, label=relation.split("_", 1)[-1])
    assert graph.number_of_edges() == expected.number_of_edges() > 100
    assert list(graph.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))
    assert list(graph.in_edges(keys=True, data=True)) == \
        list(expected.in_edges(keys=True, data=True))
    assert nx.utils.graphs_equal(graph, expected)


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _graph_of(project: Project, nq: str) -> str:
    """The graph whose N-Quads the cache keeps in ``nq``."""
    line = (project.cache_dir / nq).read_text(encoding="utf-8").splitlines()[0]
    return line.rsplit(" ", 2)[-2].strip("<>")
