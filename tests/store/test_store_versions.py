"""A store written by another pyoxigraph version is never queried: opening it is refused with
a message that says to rebuild, and the next build finds it and loads it afresh.

Each pyoxigraph minor version has its own storage format: a store made by one can open
under the next and then fail every query. The stores here are real builds whose version
file (``pyoxigraph-version``, inside the store) is then made to name another version, or
removed (a store from before the file was written).
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from partygraph.errors import StoreError
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.store.build import build
from partygraph.store.embedded import (
    VERSION_FILE,
    built_by,
    open_store,
    store_problem,
    store_stamp,
)

from ..conftest import add_fixture_sheets, copy_project, run_cli

OTHER = "0.4.11"  # a version whose stores this pyoxigraph must not read
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _quads(project: Project) -> set[str]:
    return {str(quad) for quad in open_store(project.store_dir)}


def _store_is_current(project: Project) -> None:
    assert built_by(project.store_dir) == ox.__version__
    assert EmbeddedEngine(open_store(project.store_dir)).run(COUNT).rows


@pytest.fixture()
def project(tmp_path: Path) -> Project:
    built = copy_project(tmp_path / "p")
    build(built)
    return built


def _mark(project: Project, version: str | None) -> None:
    """Make the store say another pyoxigraph wrote it (None: say nothing)."""
    version_file = project.store_dir / VERSION_FILE
    if version is None:
        version_file.unlink()
    else:
        version_file.write_text(version + "\n", encoding="utf-8")


def test_a_build_records_this_pyoxigraph_in_the_store(project: Project) -> None:
    assert (project.store_dir / VERSION_FILE).read_text(encoding="utf-8") == \
        ox.__version__ + "\n"
    _store_is_current(project)
    manifest = json.loads(project.manifest_file.read_text(encoding="utf-8"))
    assert manifest["store"] == store_stamp(project.store_dir)  # the file is in the stamp


def test_an_incremental_build_keeps_the_record(project: Project) -> None:
    add_fixture_sheets(project)  # one more sheet: its graph is added in place
    summary = build(project)
    assert summary.graphs_replaced - summary.derived_replaced == 1 and summary.store_problem == ""
    _store_is_current(project)


@pytest.mark.parametrize("version", [OTHER, None])
def test_open_store_refuses_a_store_of_another_version(project: Project,
                                                       version: str | None) -> None:
    _mark(project, version)
    with pytest.raises(StoreError) as refused:
        open_store(project.store_dir)
    message = str(refused.value)
    said = f"was built by pyoxigraph {OTHER}, not {ox.__version__}" \
        if version else "does not say which pyoxigraph built it"
    assert said in message and message.endswith(": run 'partygraph build' to rebuild it")


@pytest.mark.parametrize("version", [OTHER, None])
def test_store_problem_reports_it(project: Project, version: str | None) -> None:
    manifest = json.loads(project.manifest_file.read_text(encoding="utf-8"))
    graphs = manifest["graphs"]
    assert store_problem(project.store_dir, None, graphs, {}) is None
    _mark(project, version)
    problem = store_problem(project.store_dir, None, graphs, {})
    expected = f"it was built by pyoxigraph {OTHER}" if version else \
        "it does not say which pyoxigraph built it"
    assert problem is not None and problem.startswith(expected)
    # the version is checked before the files: a stamp recorded with it still matches
    assert store_problem(project.store_dir, store_stamp(project.store_dir), graphs, {}) \
        == problem


def test_the_build_rebuilds_a_store_of_another_version(project: Project) -> None:
    expected = _quads(project)
    _mark(project, OTHER)
    summary = build(project)
    assert summary.store_problem.startswith(f"it was built by pyoxigraph {OTHER}")
    # loaded afresh: the ontology's graph and the sheet's (and the derived graphs)
    assert summary.graphs_replaced - summary.derived_replaced == 2
    _store_is_current(project)
    assert _quads(project) == expected
    again = build(project)
    assert (again.graphs_replaced, again.store_problem) == (0, "")


def test_the_commands_say_so_and_the_build_fixes_it(project: Project) -> None:
    before = run_cli("query", "latest-figures", root=project.root)
    assert before.exit_code == 0, before.output
    _mark(project, OTHER)
    refused = run_cli("query", "latest-figures", root=project.root)
    assert refused.exit_code == 2
    [line] = refused.stderr.splitlines()
    assert line.startswith("error: ") and f"was built by pyoxigraph {OTHER}" in line
    assert line.endswith("run 'partygraph build' to rebuild it")
    rebuilt = run_cli("build", "--no-validate", root=project.root)
    assert rebuilt.exit_code == 0, rebuilt.output
    [warning] = rebuilt.stderr.splitlines()
    assert warning.startswith("warning: the store build/store/ was not as the last build "
                              f"left it (it was built by pyoxigraph {OTHER}, not ")
    after = run_cli("query", "latest-figures", root=project.root)
    assert after.exit_code == 0 and after.stdout == before.stdout


def test_a_damaged_version_file_is_no_version(project: Project) -> None:
    (project.store_dir / VERSION_FILE).write_bytes(b"\xff\xfe 0.5\n\x00 garbage\n")
    assert built_by(project.store_dir) is None
    with pytest.raises(StoreError, match="does not say which pyoxigraph built it"):
        open_store(project.store_dir)
