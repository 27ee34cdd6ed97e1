"""The build: deterministic output, a persistent store, and a summary."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from partygraph.errors import FactSheetError
from partygraph.project import Project
from partygraph.store.build import build, is_stale
from partygraph.store.embedded import open_store

from ..conftest import copy_project, run_cli


def test_build_is_deterministic(tmp_path: Path) -> None:
    first = copy_project(tmp_path / "a")
    second = copy_project(tmp_path / "b")
    build(first)
    dataset = first.dataset_file.read_bytes()
    build(first)  # rebuilding in place changes nothing
    assert first.dataset_file.read_bytes() == dataset
    build(second)
    assert second.dataset_file.read_bytes() == dataset
    def cached(project: Project) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted(project.cache_dir.iterdir())}

    assert cached(first) == cached(second)
    assert any(name.endswith(".origins.json") for name in cached(first))


def test_store_persists_and_staleness_is_noticed(built_real: Project) -> None:
    store = open_store(built_real.store_dir)
    assert len(store) == sum(1 for line in built_real.dataset_file.open()
                             if line.strip() and not line.startswith("#"))  # not padding
    assert not is_stale(built_real)


def test_summary_and_exit_code(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    result = run_cli("build", root=project.root)
    assert result.exit_code == 0, result.output
    assert "sources: 1" in result.output
    assert "pg:Observation         3" in result.output
    assert "conforms: 0 violation(s)" in result.output
    manifest = json.loads(project.manifest_file.read_text())
    assert manifest["summary"]["sources"] == 1
    quads = list(ox.parse(path=str(project.dataset_file), format=ox.RdfFormat.N_QUADS))
    named = [q for q in quads if isinstance(q.graph_name, ox.NamedNode)]
    assert manifest["summary"]["triples"] == len(named)
    assert manifest["summary"]["merged_triples"] == len(quads) - len(named)


def test_one_named_graph_per_source_and_their_merge(built_real: Project) -> None:
    quads = list(ox.parse(path=str(built_real.dataset_file), format=ox.RdfFormat.N_QUADS))
    graphs = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    assert "https://w3id.org/partygraph/ontology" in graphs
    derived = {g for g in graphs if g.startswith("https://w3id.org/partygraph/derived/")}
    assert derived  # the figures the build derives, in graphs of their own
    sources = graphs - {"https://w3id.org/partygraph/ontology"} - derived
    assert len(sources) == len(built_real.sheet_files())
    assert all(g.startswith("https://w3id.org/partygraph/id/graph/") for g in sources)
    # the default graph is the merge: every triple of every graph, each once
    merged = [q.triple for q in quads if isinstance(q.graph_name, ox.DefaultGraph)]
    assert len(merged) == len(set(merged))
    assert set(merged) == {q.triple for q in quads if isinstance(q.graph_name, ox.NamedNode)}


def test_query_warns_when_sheets_changed(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    build(project)
    sheet = project.sheet_files()[0]
    sheet.write_text(sheet.read_text() + "\n# edited\n", encoding="utf-8")
    assert is_stale(project)
    result = run_cli("query", "congress-cycle", "-p", "org", "an-khe-town-party",
                     root=project.root)
    assert result.exit_code == 0
    assert "changed since the last build" in result.stderr


def test_a_reader_that_stops_early_gets_no_traceback(built_real: Project) -> None:
    command = [sys.executable, "-m", "partygraph", "--root", str(built_real.root), "queries"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # as `| head -0` does, before anything is read
    err = process.stderr.read().decode()
    assert process.wait(timeout=60) == 2
    assert "error" not in err and "Traceback" not in err


def test_validation_reports_each_sheet_it_reads(built_real: Project) -> None:
    from partygraph.tasks import validate_project

    seen: list[Path] = []
    validate_project(built_real, lint=False, on_sheet=seen.append)
    assert seen == built_real.sheet_files()
    seen.clear()
    sheet = built_real.sheet_files()[0]
    validate_project(built_real, sheet=sheet, lint=False, on_sheet=seen.append)
    assert seen == built_real.sheet_files()


def test_the_collector_is_paused_while_building_and_restored_after(tmp_path: Path) -> None:
    """A build runs with the cyclic collector paused, and leaves it running, after a build
    that fails on a broken sheet too."""
    project = copy_project(tmp_path / "p")
    seen: list[bool] = []
    build(project, on_sheet=lambda _: seen.append(gc.isenabled()))
    assert seen and not any(seen)
    assert gc.isenabled()
    project.sheet_files()[0].write_text("entities: [broken", encoding="utf-8")
    with pytest.raises(FactSheetError):
        build(project)
    assert gc.isenabled()
