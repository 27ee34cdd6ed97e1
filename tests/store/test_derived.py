"""The figures the build derives (partygraph.compile.derived): the same rows as the whole-graph
aggregates they replace, the same bytes after a fresh and an incremental build, traceable
to the facts they count, and never mistaken for a sheet's facts by validation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from partygraph.compile.cache import SheetCache
from partygraph.compile.derived import sheet_summary
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.query.saved import load_query, run_query
from partygraph.rdf.vocab import DERIVED_GRAPH
from partygraph.store.build import build
from partygraph.store.embedded import open_store

from ..conftest import copy_project, corpus_project, run_cli

REFERENCE = Path(__file__).resolve().parent / "reference"
# (query, parameters): a 'since' before and after the fixtures' sources, every level
CASES = [
    ("coverage", {}), ("coverage", {"since": ["2024-01"]}), ("coverage", {"since": ["2030"]}),
    ("latest-figures", {}), ("latest-figures", {"level": ["pg:LevelDistrict"]}),
    ("latest-figures", {"level": ["pg:LevelBase"]}), ("disagreements", {}),
]


@pytest.fixture(scope="module", params=[("province",), ("vocabulary",), ("real", "synthetic")],
                ids="+".join)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = corpus_project(tmp_path_factory.mktemp("derived"), *request.param)
    build(project)
    return project


def _rows(project: Project, query: Path, values: dict[str, list[str]]) -> list[list[str]]:
    engine = EmbeddedEngine(open_store(project.store_dir))
    result = run_query(engine, load_query(query), values)
    return sorted([str(row[v]) if row[v] is not None else "" for v in result.variables]
                  for row in result.rows)


@pytest.mark.parametrize(("name", "values"), CASES)
def test_derived_figures_give_the_rows_of_the_whole_graph_aggregate(
        built: Project, name: str, values: dict[str, list[str]],
        request: pytest.FixtureRequest) -> None:
    saved = built.query_files()[name]
    derived = _rows(built, saved, values)
    assert derived == _rows(built, REFERENCE / f"{name}-aggregate.rq", values)
    if name == "coverage" and not values:
        assert derived  # every organisation has a row
    if name == "disagreements" and "real+synthetic" in request.node.callspec.id:
        assert derived  # (the synthetic later article disagrees with the seed)


def _derived_quads(project: Project) -> set[str]:
    prefix = f"{DERIVED_GRAPH}/"
    return {str(q) for q in open_store(project.store_dir)
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(prefix)}


def test_derived_graphs_are_the_same_after_an_incremental_build(tmp_path: Path) -> None:
    project = corpus_project(tmp_path / "p", "real", "synthetic")
    build(project)
    before = _derived_quads(project)
    sheet = project.data_dir / "sheets" / "synthetic-2020-07-an-khe-update.yaml"
    text = sheet.read_text(encoding="utf-8")
    assert "as_of: 2020-07-15" in text  # of the later member count, 2470
    # the count now predates the other source's (2020-06): that one is the latest again
    sheet.write_text(text.replace("as_of: 2020-07-15", "as_of: 2020-05-15", 1), encoding="utf-8")
    summary = build(project)
    assert summary.sheets_compiled == 1
    after = _derived_quads(project)
    assert after != before and after
    clean = copy_project(tmp_path / "clean", with_data=False)
    shutil.rmtree(clean.data_dir)
    shutil.copytree(project.data_dir, clean.data_dir)
    build(clean)
    assert project.dataset_file.read_bytes() == clean.dataset_file.read_bytes()
    assert after == _derived_quads(clean)
    # a sheet gone: its figures leave the derived graphs too
    sheet.unlink()
    build(project)
    shutil.rmtree(clean.data_dir)
    shutil.copytree(project.data_dir, clean.data_dir)
    build(clean)
    assert project.dataset_file.read_bytes() == clean.dataset_file.read_bytes()
    gone = _derived_quads(project)
    assert gone == _derived_quads(clean) and gone != after
    assert not [q for q in gone if "synthetic-2020-07-an-khe-update" in q]

def _kept_derived(project: Project) -> list[Path]:
    return sorted(project.cache_dir.glob("derived.*.nq"))


def test_an_edit_that_changes_no_summary_reuses_the_derived_graphs(tmp_path: Path) -> None:
    """A value edited (no organisation, measure or date changed) leaves every summary as it
    was: the build reads the kept derived graphs back. A damaged kept file is not used."""
    project = corpus_project(tmp_path / "p", "real", "synthetic")
    build(project)
    (kept,) = _kept_derived(project)
    made = kept.stat().st_mtime_ns
    sheet = project.data_dir / "sheets" / "synthetic-2020-07-an-khe-update.yaml"
    text = sheet.read_text(encoding="utf-8")
    assert "value: 2470" in text
    sheet.write_text(text.replace("value: 2470", "value: 2471", 1), encoding="utf-8")
    assert build(project).sheets_compiled == 1
    assert _kept_derived(project) == [kept] and kept.stat().st_mtime_ns == made  # reused
    clean = copy_project(tmp_path / "clean", with_data=False)
    shutil.rmtree(clean.data_dir)
    shutil.copytree(project.data_dir, clean.data_dir)
    build(clean)
    assert project.dataset_file.read_bytes() == clean.dataset_file.read_bytes()
    # a kept file whose bytes are not those its name says is made again, never used
    kept.write_bytes(kept.read_bytes().replace(b"figureCount", b"figureCounT", 1))
    sheet.write_text(text, encoding="utf-8")
    build(project)
    sheet.write_text(text.replace("value: 2470", "value: 2471", 1), encoding="utf-8")
    build(project)
    assert project.dataset_file.read_bytes() == clean.dataset_file.read_bytes()
    assert b"figureCounT" not in project.dataset_file.read_bytes()


_TRACE = """
PREFIX pg: <https://w3id.org/partygraph/ontology#>
SELECT ?c ?figures (COUNT(DISTINCT ?obs) AS ?observations) WHERE {
  ?c a pg:CoverageSummary ; pg:figureCount ?figures .
  OPTIONAL { ?c pg:derivedFrom ?obs . ?obs a pg:Observation }
} GROUP BY ?c ?figures
"""


def _select(store: ox.Store, query: str) -> list[ox.QuerySolution]:
    found = store.query(query)
    assert isinstance(found, ox.QuerySolutions)
    return list(found)


def test_each_derived_figure_says_what_it_came_from(built: Project) -> None:
    store = open_store(built.store_dir)
    rows = _select(store, _TRACE)
    assert rows
    for row in rows:
        assert int(row["figures"].value) == int(row["observations"].value), row["c"]
    latest = _select(store, """
        PREFIX pg: <https://w3id.org/partygraph/ontology#>
        SELECT ?l ?obs WHERE { ?l pg:latestObservation ?obs
          FILTER NOT EXISTS { ?l pg:derivedFrom ?obs ; pg:summarises ?u .
                              ?obs pg:observedUnit ?u } }""")
    assert latest == []  # the latest observation is one of the unit's it was derived from
    # and no fact query takes a derived node for a source's fact
    assert not _select(store, """
        SELECT ?s WHERE { ?s <http://www.w3.org/ns/prov#wasDerivedFrom> ?x
          FILTER (STRSTARTS(STR(?s), "https://w3id.org/partygraph/id/derived/")) }""")


def test_validation_reports_only_the_sheets_facts(built: Project) -> None:
    """Derived nodes are no sheet's facts: validation of the corpus and of one sheet (with
    the built store as its context) never names one."""
    whole = run_cli("validate", "--format", "json", "--fail-on", "none", root=built.root)
    assert whole.exit_code == 0, whole.output
    one = run_cli("validate", str(built.sheet_files()[0]), "--format", "json",
                  "--fail-on", "none", root=built.root)
    assert one.exit_code == 0, one.output
    for output in (whole.output, one.output):
        assert "/derived" not in output and "CoverageSummary" not in output


def test_each_kept_summary_is_the_summary_of_its_kept_graph(built: Project) -> None:
    """The build keeps a sheet's summary worked out in the same pass as its catalogue part;
    it is what the sheet's graph gives alone."""
    cache = SheetCache(built.cache_dir, built.root, shared=built.concept_files())
    sheets = [cache.lookup(file) for file in built.sheet_files()]
    assert sheets and all(sheet is not None for sheet in sheets)
    for sheet in sheets:
        assert sheet is not None
        kept = sheet.graph.summary()
        assert kept == sheet_summary(sheet.graph.data())
    assert any(sheet.graph.summary().get("units") for sheet in sheets if sheet is not None)
