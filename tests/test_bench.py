"""The benchmark's own parts on a small SYNTHETIC corpus: the generator is deterministic and
its injected defects are exactly what validation finds, every saved query runs on it, and
Jena (the SHACL baseline) starts and agrees with partygraph."""

from __future__ import annotations

import filecmp
import os
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from partygraph.project import Project
from partygraph.store.build import build, compile_project
from partygraph.tasks import validate_project

from .conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import generate  # type: ignore[import-not-found]
import jena  # type: ignore[import-not-found]
import run  # type: ignore[import-not-found]

TRIPLES = 12000  # five districts: one of each kind of injected defect


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, dict[str, object]]:
    root = tmp_path_factory.mktemp("bench") / "corpus"
    summary = generate.generate(TRIPLES, root)
    project = Project.at(root)
    build(project)
    return project, summary


def _same_tree(a: Path, b: Path) -> bool:
    compared = filecmp.dircmp(a, b)
    if compared.left_only or compared.right_only or compared.diff_files:
        return False
    return all(_same_tree(a / sub, b / sub) for sub in compared.common_dirs)


def test_generator_is_seeded_and_deterministic(tmp_path: Path) -> None:
    generate.generate(3000, tmp_path / "a", seed=3)
    generate.generate(3000, tmp_path / "b", seed=3)
    generate.generate(3000, tmp_path / "c", seed=4)
    assert _same_tree(tmp_path / "a" / "data", tmp_path / "b" / "data")
    assert not _same_tree(tmp_path / "a" / "data", tmp_path / "c" / "data")


def test_size_is_near_the_target(corpus: tuple[Project, dict[str, object]]) -> None:
    project, _ = corpus
    # the quads of the named graphs (the file also holds their merge, the default graph)
    triples = sum(isinstance(quad.graph_name, ox.NamedNode) for quad in
                  ox.parse(path=str(project.dataset_file), format=ox.RdfFormat.N_QUADS))
    assert 0.8 * TRIPLES <= triples <= 1.3 * TRIPLES


def test_every_injected_defect_and_nothing_else_is_found(
        corpus: tuple[Project, dict[str, object]]) -> None:
    project, summary = corpus
    defects = summary["defects"]
    assert isinstance(defects, dict) and all(n >= 1 for n in defects.values())
    report = validate_project(project)
    assert len(report.results) == sum(defects.values())
    assert all(r.origins and r.origins[0].file.startswith("data/sheets/syn-")
               for r in report.results)


def test_every_saved_query_runs_with_synthetic_examples(
        corpus: tuple[Project, dict[str, object]]) -> None:
    project, _ = corpus
    rows = run.time_queries(project.root, 0, 10**9)
    assert [r for r in rows if "median_s" not in r] == []
    assert len({str(r["query"]).split(" ")[0] for r in rows}) == len(
        list(project.queries_dir.glob("*.rq")))
    assert sum(int(r["rows"]) for r in rows) > 0


def test_jena_baseline_starts_and_agrees(corpus: tuple[Project, dict[str, object]],
                                         tmp_path: Path) -> None:
    if not jena.available():
        message = "Apache Jena is not installed: apt-get install libapache-jena-java (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    project, summary = corpus
    data = tmp_path / "data.nt"
    data.write_text(compile_project(project).ntriples(), encoding="utf-8")
    theirs = jena.validate(data, project.shapes_file, tmp_path)
    assert theirs["exit"] == 0
    ours = validate_project(project, lint=False)
    assert theirs["results"] == sorted(
        (r.focus, "http://www.w3.org/ns/shacl#" + r.severity.title()) for r in ours.results)
    defects = summary["defects"]
    assert isinstance(defects, dict) and len(ours.results) == sum(defects.values())


def test_rdflib_baseline_times_each_query_and_stops_one_at_its_limit(
        corpus: tuple[Project, dict[str, object]]) -> None:
    project, _ = corpus
    texts = {
        "count": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        # A cross product of every triple with every triple: never done in a second.
        "endless": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    }
    times = run._rdflib_times(project.dataset_file, texts, 1.0)
    assert set(times) == set(texts)
    assert 0 < times["count"] < 1.0
    assert times["endless"] == 1.0


def test_a_sheet_context_leaves_out_hubs_and_keeps_the_results(
        corpus: tuple[Project, dict[str, object]]) -> None:
    from partygraph.store.embedded import open_store
    from partygraph.validate.scope import shape_scope_cached
    from partygraph.validate.shacl import validate_compiled
    from partygraph.validate.sheet_context import context_ntriples

    project, _ = corpus
    compiled = compile_project(project)
    shapes = project.load_shapes()
    scope = shape_scope_cached(project.shapes_file, shapes, project.build_dir / "scope.json")
    full = validate_compiled(compiled, shapes)
    sheet_name = full.results[0].origins[0].file  # a sheet with an injected defect
    sheet = compiled.sheet(sheet_name)
    assert sheet is not None
    store = open_store(project.store_dir)
    every = context_ntriples(store, sheet.subjects(), compiled.ontology)
    narrow = context_ntriples(store, sheet.subjects(), compiled.ontology, scope.inward)
    assert set(narrow.splitlines()) < set(every.splitlines())
    # the central directive's other congresses are no longer read
    governed = "<https://w3id.org/partygraph/ontology#governedBy>"
    assert narrow.count(governed) < every.count(governed)
    one = validate_project(project, sheet=project.root / sheet_name, lint=False)
    expected = validate_compiled(compiled, shapes, sheet=sheet_name)
    assert one.results == expected.results and one.results
