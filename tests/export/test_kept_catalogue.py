"""The views an export builds from what the build kept of each sheet (its catalogue part,
see partygraph.compile.catalogue) are the views the SPARQL queries give on the same store:
every node with the same attributes, every edge, for every view, on the SYNTHETIC corpus of
10^5 triples (conftest.py) and the seed with the synthetic later article. And the kept
parts are those of the store's build, or none."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from partygraph.compile.catalogue import nquads_part, part_of, read_part
from partygraph.compile.derived import NODE_PREFIX
from partygraph.export.catalog import Catalog, KeptPairs
from partygraph.export.rows import data_triples
from partygraph.export.views import VIEWS, build_view
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.store.build import build
from partygraph.store.catalogue import kept_catalogue, kept_data_triples
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
@pytest.mark.parametrize("corpus", ["built_large", "built_synthetic"])
def test_views_from_the_kept_parts_are_the_queried_views(
        corpus: str, view: str, request: pytest.FixtureRequest) -> None:
    project: Project = request.getfixturevalue(corpus)
    store = open_store(project.store_dir)
    part = kept_catalogue(project, store)
    assert part is not None
    engine = EmbeddedEngine(store)
    data = kept_data_triples(project, store) if view == "full" else None
    assert view != "full" or data is not None
    kept = build_view(engine, view, kept=KeptPairs(part), data=data)
    queried = build_view(engine, view)
    assert kept.number_of_nodes() > 0
    _same(kept, queried)
    # What is compared is there to compare.
    nodes = [data for _, data in kept.nodes(data=True)]
    assert any(data["sources"] and data["quote"] for data in nodes)
    assert any(data["label_vi"] and data["label_en"] for data in nodes)
    if view in ("hierarchy", "full"):
        assert any("level" in data for data in nodes)


@pytest.mark.parametrize("corpus", ["built_large", "built_synthetic"])
def test_the_kept_catalogue_gives_every_resource_the_queried_attributes(
        corpus: str, request: pytest.FixtureRequest) -> None:
    """Not only the views' nodes: every resource the whole catalogue knows, facts (labelled
    from what they link), figures and levels included."""
    project: Project = request.getfixturevalue(corpus)
    store = open_store(project.store_dir)
    part = kept_catalogue(project, store)
    assert part is not None
    kept, queried = Catalog.kept(KeptPairs(part)), Catalog(EmbeddedEngine(store))
    # (Blank nodes aside: the store names them anew; and the derived nodes, which no view
    # shows: the derived graphs state nothing of the data's resources.)
    resources = [iri for iri in queried.info if iri.startswith(("https:", "http:"))
                 and not iri.startswith(NODE_PREFIX)]
    assert len(resources) > 90
    for iri in resources:
        assert kept.attributes(iri) == queried.attributes(iri), iri
    assert kept.figures == queried.figures
    assert kept.levels == queried.levels


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
    assert kept_catalogue(project, store) is not None
    manifest = project.manifest_file.read_text()
    project.manifest_file.write_text(manifest.replace('"complete": true', '"complete": false'))
    assert kept_catalogue(project, store) is None
    _same(export_view(project, "sources"), expected)
    project.manifest_file.write_text(manifest)
    shutil.rmtree(project.cache_dir)
    assert kept_catalogue(project, store) is not None  # (every part read from the store)


def test_the_full_export_reads_the_build_s_files_or_the_store(tmp_path: Path) -> None:
    """The full view's triples come from the files the build kept of each data graph; a file
    lost or damaged is read from the store's graph instead, and a store the record does
    not describe is read whole: the same graph each time."""
    project = add_fixture_sheets(copy_project(tmp_path / "p"))
    build(project)
    store = open_store(project.store_dir)
    queried = build_view(EmbeddedEngine(store), "full")
    kept = kept_data_triples(project, store)
    assert kept is not None
    triples = list(kept)
    assert len(triples) == sum(1 for _ in data_triples(EmbeddedEngine(store)))
    _same(export_view(project, "full"), queried)
    files = sorted(project.cache_dir.glob("*.nq"))
    lost, damaged, *_ = (f for f in files if not f.name.startswith(("derived.", "ontology.")))
    lost.unlink()
    # (N-Quads, so read it would give another triple: only its digest says it is not the graph)
    damaged.write_bytes(damaged.read_bytes().replace(b"\n", b"\n<https://example.org/x> "
                                                     b"<https://example.org/p> \"x\" .\n", 1))
    again = kept_data_triples(project, store)
    assert again is not None
    assert sorted(map(str, again)) == sorted(map(str, triples))
    _same(export_view(project, "full"), queried)
    manifest = project.manifest_file.read_text()
    project.manifest_file.write_text(manifest.replace('"complete": true', '"complete": false'))
    assert kept_data_triples(project, store) is None
    _same(export_view(project, "full"), queried)


def _graph_of(project: Project, nq: str) -> str:
    """The graph whose N-Quads the cache keeps in ``nq``."""
    line = (project.cache_dir / nq).read_text(encoding="utf-8").splitlines()[0]
    return line.rsplit(" ", 2)[-2].strip("<>")
