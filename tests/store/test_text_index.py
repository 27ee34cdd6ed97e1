"""The text index beside the embedded store stays the store's: a build writes it, an
incremental build updates it for exactly the graphs replaced (the same rows as a fresh build
of the same sheets), a build killed while updating it leaves the old store and index or the
new ones, and an index that is missing or damaged is found and made again by the next build.

The corpus is the real seed sheet plus the SYNTHETIC fixture article, in temporary folders.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
import pytest

from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.query.saved import load_queries, run_query
from partygraph.store.build import build
from partygraph.store.embedded import open_indexed_store, open_store
from partygraph.store.text_index import INDEX_FILE, KINDS, TextIndex, _quote_rows

from ..conftest import REPO, add_fixture_sheets, copy_project

T = TypeVar("T")

SEARCH = load_queries(REPO / "queries")["search-by-name"]
LATER = "synthetic-2020-07-an-khe-update.yaml"

# Runs the command line, killing itself (SIGKILL) just before or after the first call of
# one of the text index's functions: argv is NAME before|after, then the command's arguments.
LAUNCHER = """
import os, signal, sys
from partygraph.store import embedded
from partygraph.cli import main
name, when = sys.argv[1], sys.argv[2]
original = getattr(embedded, name)
def wrapped(*args, **kwargs):
    if when == "before":
        os.kill(os.getpid(), signal.SIGKILL)
    result = original(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)
    return result
setattr(embedded, name, wrapped)
main(sys.argv[3:])
"""


def _project(root: Path) -> Project:
    return add_fixture_sheets(copy_project(root))


def _read_index(project: Project, read: Callable[[TextIndex], T]) -> T:
    """What ``read`` gives of the project's text index, which must exist."""
    index = TextIndex.open(project.store_dir)
    assert index is not None, "the store has no text index"
    try:
        return read(index)
    finally:
        index.close()


def _index_rows(project: Project) -> set[tuple[str, str, str]]:
    return _read_index(project, TextIndex.rows)


def _store_rows(project: Project) -> set[tuple[str, str, str]]:
    """What the index should hold: the indexed triples of the store's default graph."""
    store = open_store(project.store_dir)
    return {(kind, str(q.subject), q.object.value) for kind, predicate in KINDS.items()
            for q in store.quads_for_pattern(None, ox.NamedNode(predicate), None,
                                             ox.DefaultGraph())
            if isinstance(q.object, ox.Literal | ox.NamedNode)}


def _quote_table(project: Project) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return _read_index(project, TextIndex.quote_table)


def _store_quote_table(project: Project) -> list[tuple[str, str, str | None, str | None,
                                                       str | None]]:
    """What the index should keep: the rows the store gives for ROWS_QUERY now."""
    return sorted(_quote_rows(open_store(project.store_dir), None), key=repr)


def _fresh_rows(project: Project, root: Path) -> set[tuple[str, str, str]]:
    """The index rows of a fresh build of ``project``'s sheets in another folder."""
    for part in ("ontology", "queries", "data"):
        shutil.copytree(project.root / part, root / part)
    fresh = Project.at(root)
    build(fresh)
    return _index_rows(fresh)


def _found(project: Project, text: str) -> list[str]:
    store, index = open_indexed_store(project.store_dir)
    assert index is not None
    engine = EmbeddedEngine(store, index)
    assert engine.candidates("search", text) is not None
    return sorted(str(row["id"]) for row in run_query(engine, SEARCH, {"text": text}).rows)


def test_build_writes_the_index_of_the_default_graph(tmp_path: Path) -> None:
    project = _project(tmp_path / "p")
    build(project)
    rows = _index_rows(project)
    assert {kind for kind, _, _ in rows} == set(KINDS)
    assert rows == _store_rows(project)
    quotes = _quote_table(project)
    assert len(quotes) >= 10 and all(fact and source for _, _, _, fact, source in quotes)
    assert quotes == _store_quote_table(project)


def test_incremental_build_updates_the_index_as_a_fresh_build(tmp_path: Path) -> None:
    project = _project(tmp_path / "p")
    build(project)
    sheet = project.data_dir / "sheets" / LATER
    text = sheet.read_text(encoding="utf-8")
    # a name changed: the old key goes, the new one comes
    assert _found(project, "chi bo mau ab") and not _found(project, "mau ab moi")
    sheet.write_text(text.replace("{vi: Chi bộ Mẫu AB,", "{vi: Chi bộ Mẫu AB Mới,", 1),
                     encoding="utf-8")
    summary = build(project)
    assert summary.store_problem == "" and 0 < summary.graphs_replaced < 4
    assert _index_rows(project) == _store_rows(project) == _fresh_rows(project, tmp_path / "f1")
    assert _found(project, "mau ab moi")
    assert _quote_table(project) == _store_quote_table(project)
    # a quote and the source's id changed: the rows of every fact of that source change
    before = _quote_table(project)
    sheet.write_text(sheet.read_text(encoding="utf-8")
                     .replace("quote: hợp nhất thành Chi bộ Mẫu AB",
                              "quote: hợp nhất thành Chi bộ Mẫu", 1)
                     .replace("  id: synthetic-2020-07-an-khe-update",
                              "  id: synthetic-2020-07-an-khe-update-b", 1), encoding="utf-8")
    summary = build(project)
    assert summary.store_problem == ""
    after = _quote_table(project)
    assert after == _store_quote_table(project) != before
    assert any(row[1] == "hợp nhất thành Chi bộ Mẫu" for row in after)
    assert any(row[4] == "synthetic-2020-07-an-khe-update-b" for row in after)
    assert not any(row[4] == "synthetic-2020-07-an-khe-update" for row in after)
    fresh = tmp_path / "f1b"
    _fresh_rows(project, fresh)
    assert after == _quote_table(Project.at(fresh))
    # the sheet removed: what only it declared is no longer found
    assert _found(project, "chi bo mau")
    sheet.unlink()
    (project.data_dir / "articles" / sheet.with_suffix(".txt").name).unlink(missing_ok=True)
    summary = build(project)
    assert summary.store_problem == "" and summary.graphs_replaced >= 1
    assert _index_rows(project) == _store_rows(project) == _fresh_rows(project, tmp_path / "f2")
    assert _quote_table(project) == _store_quote_table(project)
    assert _found(project, "mau ab moi") == _found(project, "chi bo mau") == []


@pytest.mark.parametrize(("point", "when"), [("replace_graphs", "before"),
                                              ("replace_graphs", "after"),
                                              ("_swap_in", "before")])
def test_a_killed_incremental_build_leaves_store_and_index_alike(tmp_path: Path, point: str,
                                                                 when: str) -> None:
    project = _project(tmp_path / "p")
    build(project)
    before = _index_rows(project)
    sheet = project.data_dir / "sheets" / LATER
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(
        "{vi: Chi bộ Mẫu AB,", "{vi: Chi bộ Mẫu AB Mới,", 1), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", LAUNCHER, point, when, "--root",
                           str(project.root), "build", "--no-validate"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert _index_rows(project) == _store_rows(project) == before  # the old store, whole
    build(project)
    assert _index_rows(project) == _store_rows(project) == _fresh_rows(project, tmp_path / "f")
    assert _found(project, "mau ab moi")


@pytest.mark.parametrize("damage", ["remove", "garble"])
def test_a_missing_or_damaged_index_is_made_again(tmp_path: Path, damage: str) -> None:
    project = _project(tmp_path / "p")
    build(project)
    expected = _index_rows(project)
    index = project.store_dir / INDEX_FILE
    if damage == "remove":
        index.unlink()
    else:
        index.write_bytes(b"SQLite format 3\x00" + bytes(200))
    assert open_indexed_store(project.store_dir)[1] is None  # queries run without it
    summary = build(project)
    assert summary.store_problem  # found, and the store loaded afresh
    assert _index_rows(project) == expected


def test_an_index_of_a_store_changed_since_is_not_used(tmp_path: Path) -> None:
    """A store written by something else (a writable ``serve``, say) keeps an index that
    no longer matches it: queries run without it, and the next build makes both again."""
    project = _project(tmp_path / "p")
    build(project)
    store = ox.Store(str(project.store_dir))
    subject = ox.NamedNode("https://example.org/synthetic-added")
    store.add(ox.Quad(subject, ox.NamedNode(KINDS["search"]), ox.Literal("mau ab them"),
                      ox.DefaultGraph()))
    store.flush()
    del store
    store, index = open_indexed_store(project.store_dir)
    assert index is None
    assert [q.subject for q in store.quads_for_pattern(None, None, ox.Literal("mau ab them"))] \
        == [subject]
    summary = build(project)
    assert summary.store_problem
    assert _index_rows(project) == _store_rows(project)
    assert _found(project, "mau ab them") == []
