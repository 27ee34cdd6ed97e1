"""Answers the embedded store keeps (``keep`` in a saved query's header): the kept answer is
the answer of the plain query text on the same store, on ``serve`` and on a pushed Oxigraph,
after a fresh build and after incremental ones (sheets removed, restored, edited); it is used
only for the text of the query it answers (a SELECT's: with its parameters' defaults), and
only while the store it belongs to is the one opened; and the header is refused where a
kept answer could not be kept right. ``hierarchy-graph`` is the CONSTRUCT that keeps its
answer per subject, ``coverage`` the SELECT (its rows compared in order); ``latest-figures``
(for every level too) and ``disagreements`` keep theirs whole: made by the first query that
asks for them, removed by a build in which a triple they read came or went, and written only
into the store the query read.

The corpus is the real seed sheet plus SYNTHETIC fixture corpora, built in a temporary folder
as ``partygraph build`` builds it.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from partygraph.errors import QueryError
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine, Engine, Term
from partygraph.query.remote import RemoteEngine
from partygraph.query.saved import SavedQuery, Values, load_query, query_text, run_query
from partygraph.share.server import OxigraphServer
from partygraph.store.kept import KEPT_DIR
from partygraph.tasks import (
    build_project,
    kept_queries,
    open_engine,
    saved_queries,
    validate_project,
)

from ..conftest import REPO, corpus_project

HIERARCHY = load_query(REPO / "queries" / "hierarchy-graph.rq")
COVERAGE = load_query(REPO / "queries" / "coverage.rq")
LATEST = load_query(REPO / "queries" / "latest-figures.rq")
DISAGREEMENTS = load_query(REPO / "queries" / "disagreements.rq")
CORPORA = ("real", "province", "synthetic", "vocabulary")
Row = dict[str, Term | None]
# The sheet that alone declares three party cells (SYNTHETIC)
REMOVED_SHEET = "synthetic-2020-07-an-khe-update.yaml"


def _triples(engine: Engine, query: SavedQuery) -> set[ox.Triple]:
    result = run_query(engine, query, {})
    assert result.form == "construct"
    return set(result.triples)


def _plain(project: Project, query: SavedQuery) -> set[ox.Triple]:
    """The query's text run as written on the project's store (no kept answer)."""
    engine = open_engine(project)
    assert isinstance(engine, EmbeddedEngine)
    return set(engine.run(query.text).triples)


def _rows(engine: Engine, query: SavedQuery, values: Values | None = None) -> list[Row]:
    result = run_query(engine, query, values or {})
    assert result.form == "select"
    return list(result.rows)


def _plain_rows(project: Project, query: SavedQuery, values: Values | None = None) -> list[Row]:
    """The SELECT's text, parameters bound, run as written on the project's store."""
    engine = open_engine(project)
    assert isinstance(engine, EmbeddedEngine)
    return list(engine.run(query_text(engine, query, values or {})).rows)


def _kept_file(project: Project, name: str = "hierarchy-graph") -> Path:
    return project.store_dir / KEPT_DIR / f"{name}.{'nt' if name == 'hierarchy-graph' else 'tsv'}"


def _kept_values(query: SavedQuery) -> list[Values]:
    """The parameter values the build keeps answers for: the defaults', then each listed."""
    return [{}] + [{param: value} for param, value in query.keep_values]


# latest-figures kept for three of its levels too (``for``), as a project's own query
BY_LEVEL = "latest-figures-by-level"
LEVELS = "[pg:LevelDistrict, pg:LevelBase, pg:LevelSubordinate]"


def _with_answers_by_level(project: Project) -> Project:
    project.queries_dir.mkdir(exist_ok=True)
    text = re.sub(r"(?m)^#\+ keep: .*\n",
                  f"#+ keep: {{whole: true, for: {{level: {LEVELS}}}}}\n", LATEST.text)
    assert text != LATEST.text
    (project.queries_dir / f"{BY_LEVEL}.rq").write_text(text, encoding="utf-8")
    return project


# the packaged queries kept whole
WHOLE = ("deadlines", "disagreements", "latest-figures", "post-holders", "tallies")


def _whole_cases(project: Project) -> list[tuple[SavedQuery, Values]]:
    """Each answer kept whole, as (query, values): the packaged queries', and the project's
    latest-figures kept per level, with each of its levels."""
    queries = saved_queries(project)
    return [(query, values) for name in (*WHOLE, BY_LEVEL)
            for query in [queries[name]] for values in _kept_values(query)]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = _with_answers_by_level(corpus_project(tmp_path_factory.mktemp("kept"), *CORPORA))
    build_project(project, validate=False)
    return project


def test_the_packaged_hierarchy_graph_is_kept_per_organisation() -> None:
    assert HIERARCHY.keep == "o"
    assert HIERARCHY.kept is not None and HIERARCHY.kept.text == HIERARCHY.text


def test_the_packaged_coverage_is_kept_per_summary_for_its_default_since() -> None:
    assert COVERAGE.keep == "c" and COVERAGE.keep_form == "select"
    kept = COVERAGE.kept
    assert kept is not None and kept.form == "select" and kept.file_name == "coverage.tsv"
    assert kept.text != COVERAGE.text  # the default 'since' bound in a VALUES block
    assert 'VALUES ?since { "2020-01"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> }' \
        in kept.text


def test_every_kept_query_is_answered_from_its_file_with_the_plain_answer(
        tmp_path: Path) -> None:
    """The build keeps the answers kept per subject; those kept whole are made by the first
    query that asks (for each value listed), and read from their files by the next."""
    project = _with_answers_by_level(corpus_project(tmp_path / "p", *CORPORA))
    build_project(project, validate=False)
    kept = kept_queries(project)
    assert sorted({q.name for q in kept}) == sorted(["coverage", "hierarchy-graph", *WHOLE,
                                                     BY_LEVEL])
    assert sum(q.name == BY_LEVEL for q in kept) == 1 + 3  # every level, and three
    assert sum(q.name == "latest-figures" for q in kept) == 1 + 7  # (the packaged one: each)
    for spec in kept:
        file = project.store_dir / KEPT_DIR / spec.file_name
        assert file.is_file() == bool(spec.subject), spec.file_name
    for name in sorted({q.name for q in kept}):
        query = saved_queries(project)[name]
        if query.keep_form == "select":
            found = 0
            for values in _kept_values(query):
                rows = _plain_rows(project, query, values)
                found += len(rows)
                assert _rows(open_engine(project), query, values) == rows, values  # in order
                # (kept whole: made by that run, and read by this one)
                assert _rows(open_engine(project), query, values) == rows, values
            # organisations of every level (a few disagreements, tasks ...), not an empty
            # comparison
            assert found > (20 if name.startswith("latest-figures") else 0), name
            continue
        plain = _plain(project, query)
        assert len(plain) > 40  # organisations of every level, not an empty comparison
        assert _triples(open_engine(project), query) == plain
    for spec in kept:
        assert (project.store_dir / KEPT_DIR / spec.file_name).is_file(), spec.file_name
    # a value the header does not list runs the query, and keeps nothing
    before = sorted(path.name for path in (project.store_dir / KEPT_DIR).iterdir())
    query = saved_queries(project)[BY_LEVEL]
    assert _rows(open_engine(project), query, {"level": "commune"}) == _plain_rows(
        project, query, {"level": "commune"})
    assert sorted(path.name for path in (project.store_dir / KEPT_DIR).iterdir()) == before


def test_the_kept_rows_are_what_answers_for_every_since(
        project: Project, tmp_path: Path) -> None:
    """A kept TSV whose rows differ from the store's is what ``coverage`` gives with its
    default ``since`` (given or not), and with another ``since`` too, its ``stale`` worked
    out again (``varies``); a damaged file is not an answer, and then every ``since`` runs
    the query."""
    copy = corpus_project(tmp_path / "copy", *CORPORA)
    shutil.rmtree(copy.build_dir, ignore_errors=True)
    shutil.copytree(project.build_dir, copy.build_dir)
    file = _kept_file(copy, "coverage")
    lines = file.read_bytes().splitlines(keepends=True)
    header, variables = b"".join(lines[:3]), lines[3]
    assert variables.startswith(b"?organisation\t?id\t")
    file.write_bytes(header + variables + b'"Chi b\xe1\xbb\x99 M\xe1\xba\xabu"@vi\t"x"\t1\t2\t'
                     b'"yes"\t\t"no"\n')
    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    only = {"organisation": ox.Literal("Chi bộ Mẫu", language="vi"), "id": ox.Literal("x"),
            "figures": ox.Literal("1", datatype=integer),
            "sources": ox.Literal("2", datatype=integer),
            "secretary": ox.Literal("yes"), "latest": None, "stale": ox.Literal("no")}
    engine = open_engine(copy)
    assert _rows(engine, COVERAGE) == [only]
    assert _rows(engine, COVERAGE, {"since": "2020-01"}) == [only]
    # no latest source: stale for any 'since' (the kept row says "no")
    assert _rows(engine, COVERAGE, {"since": "2030"}) == [{**only, "stale": ox.Literal("yes")}]
    file.write_bytes(header + variables + b"not\tthe\tsame\tnumber of fields\n")
    for values in ({}, {"since": "2030"}):
        assert _rows(open_engine(copy), COVERAGE, values) == _plain_rows(copy, COVERAGE, values)


@pytest.mark.parametrize("since", ["2030", "2019", "2021-03", "2025-09", "2020-06-15",
                                   "2020-01"])
def test_coverage_for_another_since_is_the_plain_answer(project: Project, since: str) -> None:
    """The kept rows with ``stale`` worked out again for another ``since`` are the rows of
    the plain query, in order; and both have sources before and after that date where the
    corpus has them, so the comparison is not of one kind of row."""
    kept = _rows(open_engine(project), COVERAGE, {"since": since})
    assert kept == _plain_rows(project, COVERAGE, {"since": since})
    assert len(kept) > 20
    for row in kept:  # stale: no latest source, or the latest before 'since' (as text)
        latest = row["latest"]
        assert row["stale"] == ox.Literal(
            "yes" if latest is None or latest.value < since else "no"), row
    if since in ("2021-03", "2025-09"):  # (the fixtures' sources: 2020-06 to 2025-09)
        assert {row["stale"] for row in kept} == {ox.Literal("yes"), ox.Literal("no")}


def test_the_kept_file_is_what_answers(project: Project, tmp_path: Path) -> None:
    """A kept file whose triples differ from the store's is what the query gives: the file
    is read, not the store (so the other tests compare two different paths)."""
    copy = corpus_project(tmp_path / "copy", *CORPORA)
    shutil.rmtree(copy.build_dir, ignore_errors=True)
    shutil.copytree(project.build_dir, copy.build_dir)
    file = _kept_file(copy)
    header = b"".join(file.read_bytes().splitlines(keepends=True)[:3])
    file.write_bytes(header + b"<http://example.org/a> <http://example.org/b> \"c\" .\n")
    only = ox.Triple(ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/b"),
                     ox.Literal("c"))
    assert _triples(open_engine(copy), HIERARCHY) == {only}
    # a damaged file is not an answer: the query runs
    file.write_bytes(header + b"<http://example.org/a> not n-triples\n")
    assert _triples(open_engine(copy), HIERARCHY) == _plain(copy, HIERARCHY)


def test_an_edited_query_runs_as_written_until_the_next_build_keeps_it(
        project: Project, tmp_path: Path) -> None:
    copy = corpus_project(tmp_path / "copy", *CORPORA)
    build_project(copy, validate=False)
    before = _kept_file(copy).read_bytes()
    # the same query, only for the organisations of one level
    query = _edited(copy, HIERARCHY, "{ SELECT ?o ?level WHERE { ?o pg:level ?level } }",
                    "{ SELECT ?o ?level WHERE { ?o pg:level ?level FILTER (?level = pg:base) } }")
    edited = copy.queries_dir / "hierarchy-graph.rq"
    text = edited.read_text(encoding="utf-8")
    answer = _triples(open_engine(copy), query)
    assert answer == _plain(copy, query) and answer < _plain(copy, HIERARCHY)
    assert _kept_file(copy).read_bytes() == before  # not yet kept for the new text
    summary = build_project(copy, validate=False).summary
    assert summary.sheets_compiled == 0  # nothing else to do: only the answer is made anew
    assert _kept_file(copy).read_bytes() != before
    assert _triples(open_engine(copy), query) == answer
    # a query no longer kept leaves no file behind
    edited.write_text(text.replace("#+ keep: {subject: o}\n", ""), encoding="utf-8")
    build_project(copy, validate=False)
    assert not _kept_file(copy).exists()


def _edited(project: Project, query: SavedQuery, old: str, new: str) -> SavedQuery:
    """The packaged ``query`` with ``old`` put as ``new``, saved as the project's own."""
    text = query.text.replace(old, new)
    assert text != query.text
    edited = project.queries_dir / f"{query.name}.rq"
    edited.parent.mkdir(exist_ok=True)
    edited.write_text(text, encoding="utf-8")
    return load_query(edited)


def test_incremental_builds_keep_the_answer_a_fresh_build_gives(tmp_path: Path) -> None:
    project = _with_answers_by_level(corpus_project(tmp_path / "p", *CORPORA))
    build_project(project, validate=False)
    sheet = project.data_dir / "sheets" / REMOVED_SHEET
    saved = sheet.read_text(encoding="utf-8")
    full = _plain(project, HIERARCHY)
    rows = _rows(open_engine(project), COVERAGE)

    def check(label: str) -> set[ox.Triple]:
        summary = build_project(project, validate=False).summary
        assert summary.graphs_replaced < len(summary.triples_by_graph), label  # incremental
        answer = _triples(open_engine(project), HIERARCHY)
        assert answer == _plain(project, HIERARCHY), label
        covered = _rows(open_engine(project), COVERAGE)
        assert covered == _plain_rows(project, COVERAGE), label
        cases = _whole_cases(project)
        whole = [_rows(open_engine(project), query, values) for query, values in cases]
        for (query, values), rows in zip(cases, whole, strict=True):
            assert rows == _plain_rows(project, query, values), (label, query.name, values)
        fresh = _with_answers_by_level(corpus_project(tmp_path / f"fresh-{label}", *CORPORA))
        shutil.rmtree(fresh.data_dir)
        shutil.copytree(project.data_dir, fresh.data_dir)
        build_project(fresh, validate=False)
        assert answer == _triples(open_engine(fresh), HIERARCHY), label
        assert covered == _rows(open_engine(fresh), COVERAGE), label
        for (query, values), rows in zip(cases, whole, strict=True):
            assert rows == _rows(open_engine(fresh), query, values), (label, query.name, values)
        return answer

    sheet.unlink()
    without = check("removed")
    assert without < full  # the organisation that sheet alone declares is gone
    assert len(_rows(open_engine(project), COVERAGE)) < len(rows)  # and its coverage row
    sheet.write_text(saved, encoding="utf-8")
    assert check("restored") == full
    assert _rows(open_engine(project), COVERAGE) == rows
    # a cell's name changed in the one sheet that declares it
    edited = saved.replace("name: {vi: Chi bộ Mẫu A,", "name: {vi: Chi bộ Mẫu Một,", 1)
    assert edited != saved
    sheet.write_text(edited, encoding="utf-8")
    changed = check("edited")
    assert changed != full and len(changed) == len(full)
    # a figure changed: the latest figure and the disagreement it makes
    before = _rows(open_engine(project), DISAGREEMENTS)
    sheet.write_text(edited.replace("value: 49\n", "value: 50\n", 1), encoding="utf-8")
    check("figure")
    after = _rows(open_engine(project), DISAGREEMENTS)
    assert after != before and len(after) == len(before)
    fifty = ox.Literal("50", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    assert any(fifty in (row["value1"], row["value2"]) for row in after)


def test_an_edit_that_changes_no_kept_part_leaves_the_answer_unwritten(tmp_path: Path) -> None:
    """A figure changed: no organisation's part of the hierarchy changes, so the new store
    has the old store's answer file itself (linked, not rewritten); a name changed: the
    answer is written anew, and the old store's file is left as it was."""
    project = corpus_project(tmp_path / "p", *CORPORA)
    build_project(project, validate=False)
    sheet = project.data_dir / "sheets" / REMOVED_SHEET
    saved = sheet.read_text(encoding="utf-8")
    full = _plain(project, HIERARCHY)
    before = _kept_file(project).stat()
    rows_before = _kept_file(project, "coverage").stat()
    sheet.write_text(saved.replace("value: 2470", "value: 2471", 1), encoding="utf-8")
    assert build_project(project, validate=False).summary.graphs_replaced
    after = _kept_file(project).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert _triples(open_engine(project), HIERARCHY) == _plain(project, HIERARCHY) == full
    # nor any organisation's coverage (how many figures, not what they say)
    rows_after = _kept_file(project, "coverage").stat()
    assert (rows_after.st_ino, rows_after.st_mtime_ns) == (rows_before.st_ino,
                                                           rows_before.st_mtime_ns)
    assert _rows(open_engine(project), COVERAGE) == _plain_rows(project, COVERAGE)
    held = _kept_file(project).read_bytes()
    link = tmp_path / "old-answer.nt"
    link.hardlink_to(_kept_file(project))  # the file as the store built now has it
    sheet.write_text(saved.replace("name: {vi: Chi bộ Mẫu A,", "name: {vi: Chi bộ Mẫu Một,", 1),
                     encoding="utf-8")
    build_project(project, validate=False)
    assert _kept_file(project).stat().st_ino != after.st_ino
    assert link.read_bytes() == held  # written anew, not through the link
    answer = _triples(open_engine(project), HIERARCHY)
    assert answer == _plain(project, HIERARCHY) != full
    # the cell's coverage row has its new name, in its new place in the order
    assert _kept_file(project, "coverage").stat().st_ino != rows_after.st_ino
    rows = _rows(open_engine(project), COVERAGE)
    assert rows == _plain_rows(project, COVERAGE)
    assert ox.Literal("Chi bộ Mẫu Một", language="vi") in {row["organisation"] for row in rows}


def test_an_answer_kept_whole_is_removed_only_when_a_triple_it_reads_changes(
        tmp_path: Path) -> None:
    """Kept whole, latest-figures and disagreements are made by the first query after the
    build, not by it; a person's gender changed: no triple that they or coverage read, so
    their files stay the same files, unwritten; a figure changed: the answers kept whole
    are removed (coverage's is not), and the next query makes them anew (not through the
    old store's files), with the new figure."""
    project = corpus_project(tmp_path / "p", *CORPORA)
    build_project(project, validate=False)
    sheet = project.data_dir / "sheets" / REMOVED_SHEET
    saved = sheet.read_text(encoding="utf-8")
    names = ("latest-figures", "disagreements", "coverage")
    assert not _kept_file(project, "latest-figures").exists()
    assert not _kept_file(project, "disagreements").exists()

    def files() -> dict[str, tuple[int, int] | None]:
        paths = {name: _kept_file(project, name) for name in names}
        return {name: (path.stat().st_ino, path.stat().st_mtime_ns) if path.exists() else None
                for name, path in paths.items()}

    def ask() -> None:
        for query in (LATEST, DISAGREEMENTS):
            assert _rows(open_engine(project), query) == _plain_rows(project, query)

    ask()
    first = files()
    assert None not in first.values()
    sheet.write_text(saved.replace("gender: male", "gender: female", 1), encoding="utf-8")
    assert build_project(project, validate=False).summary.graphs_replaced
    assert files() == first
    held = _kept_file(project, "latest-figures").read_bytes()
    link = tmp_path / "old-answer.tsv"
    link.hardlink_to(_kept_file(project, "latest-figures"))
    sheet.write_text(saved.replace("value: 2470", "value: 2471", 1), encoding="utf-8")
    assert build_project(project, validate=False).summary.graphs_replaced
    now = files()
    assert now["coverage"] == first["coverage"]  # how many figures, not what they say
    assert now["latest-figures"] is None and now["disagreements"] is None
    assert not list((project.store_dir / KEPT_DIR).glob("latest-figures*"))  # nor its text
    ask()
    now = files()
    assert None not in now.values() and now["latest-figures"] != first["latest-figures"]
    assert link.read_bytes() == held  # written anew, not through the link
    assert b"\t2471\t" in _kept_file(project, "latest-figures").read_bytes()
    ask()  # from the files
    assert files() == now


def test_validating_one_edited_sheet_makes_no_whole_answer(tmp_path: Path) -> None:
    """Validating one sheet right after an edit brings the store up to date without running
    the whole-corpus queries: the answers kept whole that the edit touched are removed,
    the others stay; the next queries give the plain rows and keep them, and the build
    after that leaves them as they are."""
    project = _with_answers_by_level(corpus_project(tmp_path / "p", *CORPORA))
    build_project(project, validate=False)
    cases = _whole_cases(project)
    for query, values in cases:  # made, to be removed
        _rows(open_engine(project), query, values)
    folder = project.store_dir / KEPT_DIR
    assert len(list(folder.glob("latest-figures*.tsv"))) == sum(
        q.name.startswith("latest-figures") for q in kept_queries(project))
    sheet = project.data_dir / "sheets" / REMOVED_SHEET
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("value: 49\n", "value: 50\n", 1),
                     encoding="utf-8")
    coverage = _kept_file(project, "coverage").stat().st_ino
    validate_project(project, sheet=sheet)
    assert not list(folder.glob("latest-figures*.tsv")) and not list(folder.glob("disag*"))
    assert _kept_file(project, "coverage").stat().st_ino == coverage  # no figure counted anew
    assert _kept_file(project).is_file()
    meanwhile = [_rows(open_engine(project), query, values) for query, values in cases]
    for (query, values), rows in zip(cases, meanwhile, strict=True):
        assert rows == _plain_rows(project, query, values), (query.name, values)
    fifty = ox.Literal("50", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    disagreeing = next(rows for (query, _), rows in zip(cases, meanwhile, strict=True)
                       if query.name == "disagreements")
    assert any(fifty in (row["value1"], row["value2"]) for row in disagreeing)
    made = {path.name: path.stat().st_ino for path in folder.iterdir()}
    assert {q.file_name for q in kept_queries(project)} <= set(made)
    assert build_project(project, validate=False).summary.graphs_replaced == 0
    assert {path.name: path.stat().st_ino for path in folder.iterdir()} == made
    assert [_rows(open_engine(project), query, values) for query, values in cases] == meanwhile


def test_an_answer_kept_whole_with_varied_columns_is_the_plain_answer(tmp_path: Path) -> None:
    """``coverage`` kept whole (``keep: {whole: true, varies: [stale]}``), as a project's
    own query: another ``since`` asked before any answer is kept runs the query and keeps
    nothing; the defaults' answer is then made and kept by the first query for them; after
    that another ``since`` is the kept rows with ``stale`` worked out again (shown by a kept
    file whose rows differ from the store's); each answer is the plain query's."""
    project = corpus_project(tmp_path / "p", *CORPORA)
    build_project(project, validate=False)
    query = _edited(project, COVERAGE, "#+ keep: {subject: c, varies: [stale]}",
                    "#+ keep: {whole: true, varies: [stale]}")
    assert query.keep == "" and [c.name for c in query.keep_varies] == ["stale"]
    build_project(project, validate=False)  # the project's query replaces the packaged one
    file = _kept_file(project, "coverage")
    assert not file.exists()  # (an answer kept whole is made by a query, not by the build)
    others = ("2030", "2021-03", "2019")
    for since in others:
        rows = _rows(open_engine(project), query, {"since": since})
        assert rows == _plain_rows(project, query, {"since": since}) and len(rows) > 20
        assert not file.exists()
    rows = _rows(open_engine(project), query)
    assert rows == _plain_rows(project, query) and file.is_file()
    assert _rows(open_engine(project), query) == rows  # now from the kept file
    for since in others:
        assert _rows(open_engine(project), query, {"since": since}) == _plain_rows(
            project, query, {"since": since})
    lines = file.read_bytes().splitlines(keepends=True)
    header, variables = b"".join(lines[:3]), lines[3]
    assert variables.startswith(b"?organisation\t?id\t")
    file.write_bytes(header + variables + b'"Chi b\xe1\xbb\x99 M\xe1\xba\xabu"@vi\t"x"\t1\t2\t'
                     b'"yes"\t\t"no"\n')
    engine = open_engine(project)
    assert [row["id"] for row in _rows(engine, query)] == [ox.Literal("x")]
    assert [(row["id"], row["stale"]) for row in _rows(engine, query, {"since": "2030"})] == [
        (ox.Literal("x"), ox.Literal("yes"))]


def test_an_edited_query_kept_whole_is_not_answered_from_its_old_text(tmp_path: Path) -> None:
    """latest-figures edited (only the base level's organisations) after its answer was
    kept: the build removes the old text's answer, and the next query keeps the new one."""
    project = corpus_project(tmp_path / "p", *CORPORA)
    build_project(project, validate=False)
    _rows(open_engine(project), LATEST)
    old = _kept_file(project, "latest-figures").read_bytes()
    query = _edited(project, LATEST, "  OPTIONAL { ?unit pg:level ?unitLevel }",
                    "  ?unit pg:level pg:LevelBase .\n  OPTIONAL { ?unit pg:level ?unitLevel }")
    build_project(project, validate=False)
    assert not _kept_file(project, "latest-figures").exists()
    rows = _plain_rows(project, query)
    assert 0 < len(rows) < len(_plain_rows(project, LATEST))
    assert _rows(open_engine(project), query) == rows
    assert _kept_file(project, "latest-figures").read_bytes() != old
    assert _rows(open_engine(project), query) == rows


def test_an_answer_made_on_a_store_since_replaced_is_not_kept(tmp_path: Path) -> None:
    """An engine opened before a build that replaced the store answers from the store it
    opened, and writes nothing into the store now in place (whose figures differ); the
    next engine makes the new store's answer."""
    project = corpus_project(tmp_path / "p", *CORPORA)
    build_project(project, validate=False)
    sheet = project.data_dir / "sheets" / REMOVED_SHEET
    old = _plain_rows(project, LATEST)
    engine = open_engine(project)
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("value: 2470", "value: 2471", 1),
                     encoding="utf-8")
    build_project(project, validate=False)
    assert _rows(engine, LATEST) == old
    assert not _kept_file(project, "latest-figures").exists()
    new = _rows(open_engine(project), LATEST)
    assert new == _plain_rows(project, LATEST) != old
    assert _kept_file(project, "latest-figures").is_file()


def test_a_store_that_cannot_keep_an_answer_still_gives_it(tmp_path: Path) -> None:
    """Where the answer cannot be written (here the store's answers folder is a file, as a
    store the user may read but not write would refuse it), the query answers all the
    same, every time, and nothing is left half-written."""
    project = corpus_project(tmp_path / "p", *CORPORA)
    build_project(project, validate=False)
    folder = project.store_dir / KEPT_DIR
    shutil.rmtree(folder)
    folder.write_bytes(b"not a folder\n")
    rows = _plain_rows(project, LATEST)
    assert len(rows) > 20  # organisations of every level, not an empty comparison
    for _ in range(2):
        assert _rows(open_engine(project), LATEST) == rows
    assert folder.read_bytes() == b"not a folder\n"
    assert sorted(path.name for path in project.store_dir.iterdir()
                  if "latest" in path.name or path.name.endswith(".part")) == []


def test_the_kept_rows_for_a_level_are_what_answers_for_that_level_only(
        project: Project, tmp_path: Path) -> None:
    """Each level's answer is kept in a file of its own (named by its text's digest): a
    doctored one is what the query gives for that level (given as a prefixed name or as the
    notation sheets write), not for another level nor for every organisation."""
    copy = _with_answers_by_level(corpus_project(tmp_path / "copy", *CORPORA))
    shutil.rmtree(copy.build_dir, ignore_errors=True)
    shutil.copytree(project.build_dir, copy.build_dir)
    query = saved_queries(copy)[BY_LEVEL]
    district = next(q for q in query.kept_all if q.variant and "#LevelDistrict>" in q.text)
    assert district.file_name.startswith(f"{BY_LEVEL}.") and district.file_name.endswith(".tsv")
    file = copy.store_dir / KEPT_DIR / district.file_name
    _rows(open_engine(copy), query, {"level": "district"})  # made by the first query
    lines = file.read_bytes().splitlines(keepends=True)
    assert len(lines) > 4  # rows for that level, not an empty comparison
    file.write_bytes(b"".join(lines[:4]) + b'"Chi b\xe1\xbb\x99 M\xe1\xba\xabu"@vi' +
                     b"\t" * (len(LATEST_VARIABLES) - 1) + b"\n")
    engine = open_engine(copy)
    for given in ("pg:LevelDistrict", "district"):
        rows = _rows(engine, query, {"level": given})
        assert len(rows) == 1 and rows[0]["organisation"] == ox.Literal("Chi bộ Mẫu",
                                                                        language="vi")
    for values in ({"level": "pg:LevelBase"}, {"level": "pg:LevelProvincial"}, {}):
        assert _rows(engine, query, values) == _plain_rows(copy, query, values), values


LATEST_VARIABLES = ("organisation", "id", "measureLabel", "scope", "value", "asOf", "source",
                    "approx")


def test_a_store_replaced_after_it_was_opened_answers_for_itself(tmp_path: Path) -> None:
    project = corpus_project(tmp_path / "p", *CORPORA)
    build_project(project, validate=False)
    engine = open_engine(project)
    before = _triples(engine, HIERARCHY)
    (project.data_dir / "sheets" / REMOVED_SHEET).unlink()
    build_project(project, validate=False)
    # the engine opened before still reads the old store: its kept answer, not the new one
    assert _triples(engine, HIERARCHY) == before
    assert _triples(open_engine(project), HIERARCHY) < before


def test_remote_endpoints_give_the_kept_answer(project: Project, served: OxigraphServer,
                                               pushed: str) -> None:
    kept = _triples(open_engine(project), HIERARCHY)
    rows = _rows(open_engine(project), COVERAGE)
    assert _kept_file(project, "coverage").is_file()
    cases = _whole_cases(project)
    whole = [_rows(open_engine(project), query, values) for query, values in cases]
    for url in (served.query_url, pushed):
        assert _triples(RemoteEngine(url), HIERARCHY) == kept, url
        assert _rows(RemoteEngine(url), COVERAGE) == rows, url
        for (query, values), found in zip(cases, whole, strict=True):
            assert _rows(RemoteEngine(url), query, values) == found, (url, query.name, values)


@pytest.mark.parametrize(("keep", "body", "message"), [
    ("{subject: o}", "ASK { ?o a ?t }", "'keep' is for CONSTRUCT and SELECT queries"),
    ("{subject: o}", "SELECT ?t WHERE { ?o a ?t . ?t a ?c }", "not: ?t rdf:type ?c"),
    ("{subject: o}", "SELECT ?o WHERE { ?o a ?t { SELECT ?o WHERE { ?o a ?c } LIMIT 5 } }",
     "a sub-select with LIMIT or OFFSET"),
    ("o", "CONSTRUCT { ?o a ?t } WHERE { ?o a ?t }", "'keep' must be {subject: S}"),
    ("{subject: o}", "CONSTRUCT { ?o a ?t } WHERE { ?o a ?t . ?t a ?c }", "not: ?t rdf:type ?c"),
    ("{subject: o}", "CONSTRUCT { ?x a ?o } WHERE { ?x a ?o }", "not: ?x rdf:type ?o"),
    ("{subject: o}", "CONSTRUCT { ?o a ?t } WHERE { ?o a/<http://x/y>* ?t }",
     "not: ?o <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/<http://x/y>* ?t"),
    ("{subject: o}", "CONSTRUCT { ?o a ?t } WHERE { ?o a ?t { SELECT ?t WHERE { ?s a ?t } } }",
     "sub-select"),
    ("{subject: o}", "CONSTRUCT { ?o a _:b } WHERE { ?o a ?t }", "not: ?o rdf:type _:"),
    ("{subject: o}", "CONSTRUCT { ?o a ?t } WHERE { ?o a ?t FILTER EXISTS { ?t a ?c } }",
     "not: ?t rdf:type ?c"),
    ("{whole: false}", "SELECT ?o WHERE { ?o a ?t }", "or {whole: true}"),
    ("{whole: true, subject: o}", "SELECT ?o WHERE { ?o a ?t }", "or {whole: true}"),
    ("{whole: true}", "SELECT ?o WHERE { ?o ?p ?t }", "not: ?o ?p ?t"),
    ("{whole: true}", "SELECT ?o WHERE { ?o a ?t FILTER EXISTS { ?t ?p ?c } }",
     "not: ?t ?p ?c"),
    ("{whole: true}", "SELECT ?o WHERE { ?o !<http://x/y> ?t }", "fixed predicate"),
    ("{whole: true}", "SELECT ?o WHERE { ?o <http://x/y>/(!<http://x/z>) ?t }",
     "fixed predicate"),
    ("{whole: true}", "CONSTRUCT { ?o ?p ?t } WHERE { ?o ?p ?t }", "not: ?o ?p ?t"),
    ("{whole: true, for: {t: [pg:X]}}", "SELECT ?o WHERE { ?o a ?t }",
     "'for' names 't', which is not a parameter"),
])
def test_a_keep_header_is_refused_where_the_answer_could_not_be_kept_right(
        tmp_path: Path, keep: str, body: str, message: str) -> None:
    file = tmp_path / "q.rq"
    file.write_text(f"#+ summary: a query\n#+ keep: {keep}\n{body}\n", encoding="utf-8")
    with pytest.raises(QueryError, match=message.replace("?", r"\?").replace("*", r"\*")):
        load_query(file)


_SINCE = "#+   since: {type: date, default: '2020', example: '2021', description: a date}\n"
_STALE = 'BIND (IF(?d < STR(?since), "yes", "no") AS ?stale)'


@pytest.mark.parametrize(("keep", "params", "body", "message"), [
    ("{subject: o, varies: stale}", _SINCE,
     f"SELECT ?o ?d ?stale WHERE {{ ?o <http://x/d> ?d {_STALE} }}", "must be a list"),
    ("{subject: o, varies: [?stale]}", _SINCE,
     f"SELECT ?o ?d ?stale WHERE {{ ?o <http://x/d> ?d {_STALE} }}", "must be a list"),
    ("{subject: o, varies: [stale]}", _SINCE,
     f"SELECT ?o ?d WHERE {{ ?o <http://x/d> ?d {_STALE} }}", "does not select"),
    ("{subject: o, varies: [stale]}", _SINCE,
     f"SELECT ?o ?stale WHERE {{ ?o <http://x/d> ?d {_STALE} }}", "reads ?d, not columns"),
    ("{subject: o, varies: [stale]}", _SINCE,
     f"SELECT ?o ?d ?stale WHERE {{ {_STALE} ?o <http://x/d> ?d }}",
     "patterns read ?since, ?stale"),
    ("{subject: o, varies: [stale]}", _SINCE,
     f"SELECT ?o ?d ?stale WHERE {{ ?o <http://x/d> ?d OPTIONAL {{ {_STALE} }} }}",
     "patterns read ?since, ?stale"),
    ("{subject: o, varies: [stale]}", _SINCE,
     'SELECT ?o ?d (IF(?d < STR(?since), "yes", "no") AS ?stale) WHERE { ?o <http://x/d> ?d }',
     "no BIND at the end"),
    ("{subject: o, varies: [stale]}", _SINCE,
     f"SELECT ?o ?d ?stale WHERE {{ ?o <http://x/d> ?d FILTER (?d > STR(?since)) {_STALE} }}",
     "patterns read ?since"),
    ("{subject: o, varies: [stale]}", _SINCE,
     f"SELECT ?o ?d ?stale WHERE {{ ?o <http://x/d> ?d {_STALE} }} ORDER BY ?stale",
     "ORDER BY reads ?stale"),
    ("{subject: o, varies: [stale]}", _SINCE,
     f"SELECT ?o ?d ?stale ?s WHERE {{ ?o <http://x/d> ?d {_STALE} BIND (?since AS ?s) }}",
     "the BIND of ?s reads ?since"),
    ("{subject: o, varies: [stale]}", _SINCE,
     f"SELECT DISTINCT ?o ?d ?stale WHERE {{ ?o <http://x/d> ?d {_STALE} }}",
     "without DISTINCT"),
    ("{subject: o, varies: [stale]}", _SINCE,
     f"SELECT ?o ?d ?stale WHERE {{ ?o <http://x/d> ?d {_STALE} }} LIMIT 3",
     "without DISTINCT, REDUCED, LIMIT"),
    ("{subject: o, varies: [stale]}",
     "#+   since: {type: date, list: true, example: '2021', description: dates}\n",
     f"SELECT ?o ?d ?stale WHERE {{ ?o <http://x/d> ?d {_STALE} }}", "must be one value"),
    ("{subject: o, varies: [stale]}", "",
     "CONSTRUCT { ?o <http://x/d> ?d } WHERE { ?o <http://x/d> ?d }", "columns of a SELECT"),
])
def test_a_varies_header_is_refused_where_other_columns_could_change(
        tmp_path: Path, keep: str, params: str, body: str, message: str) -> None:
    """``varies`` is taken only where the parameters can change nothing but the columns it
    names, each worked out from its row: otherwise rows kept for the defaults, reworked,
    could differ from the query's."""
    file = tmp_path / "q.rq"
    file.write_text(f"#+ summary: a query\n#+ keep: {keep}\n"
                    + (f"#+ params:\n{params}" if params else "") + f"{body}\n",
                    encoding="utf-8")
    with pytest.raises(QueryError, match=message.replace("?", r"\?")):
        load_query(file)


def test_a_varies_header_is_taken_where_only_its_columns_change(tmp_path: Path) -> None:
    """Several varied columns, one reading another column and a parameter, another only a
    parameter; other BINDs after them; ORDER BY on other columns."""
    file = tmp_path / "q.rq"
    file.write_text("#+ summary: a query\n#+ keep: {subject: o, varies: [stale, given]}\n"
                    f"#+ params:\n{_SINCE}"
                    f"SELECT ?o ?d ?stale ?given ?n WHERE {{ ?o <http://x/d> ?d {_STALE}\n"
                    "  BIND (STR(?since) AS ?given) BIND (STRLEN(?d) AS ?n) } ORDER BY ?d\n",
                    encoding="utf-8")
    query = load_query(file)
    assert [(c.name, c.reads) for c in query.keep_varies] == [("stale", ("d",)),
                                                              ("given", ())]
    assert query.keep_varies[1].bind == "BIND (STR(?since) AS ?given)"


def test_a_keep_header_with_parameters_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "q.rq"
    file.write_text("#+ summary: a query\n#+ keep: {subject: o}\n#+ params:\n"
                    "#+   t: {type: iri, example: 'pg:X', description: a type}\n"
                    "CONSTRUCT { ?o a ?t } WHERE { ?o a ?t }\n", encoding="utf-8")
    with pytest.raises(QueryError, match="without parameters"):
        load_query(file)


@pytest.mark.parametrize(("param", "message"), [
    ("{type: iri, required: true, example: 'pg:X', description: a type}",
     "parameter 't' needs a value"),
    ("{type: iri, default: 'pg:X', example: 'pg:X', description: a type}",
     "parameter 't' has an id as default"),
])
def test_a_select_that_keeps_needs_defaults_read_without_the_store(
        tmp_path: Path, param: str, message: str) -> None:
    """A SELECT's answer is kept for its parameters' defaults, made by the build: a required
    parameter has none, and an entity's id needs the store to be read."""
    file = tmp_path / "q.rq"
    file.write_text(f"#+ summary: a query\n#+ keep: {{subject: o}}\n#+ params:\n"
                    f"#+   t: {param}\nSELECT ?o WHERE {{ ?o a ?t }}\n", encoding="utf-8")
    with pytest.raises(QueryError, match=message):
        load_query(file)
    # an optional one with no default leaves it unbound: that answer is kept
    file.write_text("#+ summary: a query\n#+ keep: {subject: o}\n#+ params:\n"
                    "#+   t: {type: iri, example: 'pg:X', description: a type}\n"
                    "SELECT ?o WHERE { ?o a ?t }\n", encoding="utf-8")
    kept = load_query(file).kept
    assert kept is not None and kept.form == "select" and "VALUES" not in kept.text


@pytest.mark.parametrize(("values", "message"), [
    ("[an-khe-town-party]", "is not an IRI or a prefixed name"),
    ("[]", "a list of single values of 't'"),
    ("pg:X", "a list of single values of 't'"),
    ("['pg:X y']", "is not an IRI"),
])
def test_values_to_keep_answers_for_need_no_store(tmp_path: Path, values: str,
                                                  message: str) -> None:
    """``for`` lists values of a parameter bound by the build, without the store: IRIs or
    prefixed names, not ids; a list of at least one."""
    file = tmp_path / "q.rq"
    header = ("#+ summary: a query\n#+ keep: {{whole: true, for: {{t: {values}}}}}\n"
              "#+ params:\n#+   t: {{type: iri, example: 'pg:X', description: a type}}\n")
    file.write_text(header.format(values=values) + "SELECT ?o WHERE { ?o a ?t }\n",
                    encoding="utf-8")
    with pytest.raises(QueryError, match=message):
        load_query(file)
    file.write_text(header.format(values="[pg:X, 'http://example.org/Y']") +
                    "SELECT ?o WHERE { ?o a ?t }\n", encoding="utf-8")
    query = load_query(file)
    assert query.keep == "" and query.keep_reads == ("<http://www.w3.org/1999/02/22-rdf-syntax-"
                                                     "ns#type>",)
    texts = [kept.text for kept in query.kept_all]
    assert len(texts) == 3 and "VALUES" not in texts[0]
    assert "<https://w3id.org/partygraph/ontology#X>" in texts[1]
    assert "<http://example.org/Y>" in texts[2]


def test_a_whole_answer_reads_each_predicate_and_class_it_names(tmp_path: Path) -> None:
    file = tmp_path / "q.rq"
    file.write_text("#+ summary: a query\n#+ keep: {whole: true}\n"
                    "SELECT ?o WHERE { ?o a <http://x/C> ; <http://x/p>/^<http://x/q>* ?v "
                    "OPTIONAL { ?v a/<http://x/r> ?w } MINUS { ?o <http://x/s>|<http://x/t> ?w }"
                    " }\n", encoding="utf-8")
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    reads = load_query(file).keep_reads
    assert list(reads) == sorted(reads)
    # a pattern of a fixed class reads that class's triples only; a path, any type
    assert set(reads) == {f"<http://x/{p}>" for p in "pqrst"} | {
        rdf_type, f"{rdf_type}<http://x/C>"}


def test_keep_and_index_are_refused_together(tmp_path: Path) -> None:
    file = tmp_path / "q.rq"
    file.write_text("#+ summary: a query\n#+ keep: {subject: o}\n"
                    "#+ index: {param: n, kind: search, subject: o}\n#+ params:\n"
                    "#+   n: {type: search, example: tay son, description: words}\n"
                    "SELECT ?o WHERE { ?o <https://w3id.org/partygraph/ontology#searchKey> ?k "
                    "FILTER (CONTAINS(?k, ?n)) }\n", encoding="utf-8")
    with pytest.raises(QueryError, match="'keep' and 'index' do not go together"):
        load_query(file)


def test_values_kept_of_a_parameter_that_narrows_by_a_path_are_refused(tmp_path: Path) -> None:
    """Its defaults' answer is kept (nothing binds it); a value of it could not be, since the
    text it runs names what the store finds."""
    file = tmp_path / "q.rq"
    text = ("#+ summary: a query\n#+ keep: {whole: true}\n#+ params:\n"
            "#+   o: {type: iri, example: a, description: b, narrows: \"?u org:unitOf* ?o\"}\n"
            "SELECT ?u WHERE { ?u <http://www.w3.org/ns/org#unitOf> ?p "
            "FILTER (!BOUND(?o) || ?u = ?o) }\n")
    file.write_text(text, encoding="utf-8")
    assert load_query(file).kept is not None
    file.write_text(text.replace("{whole: true}", "{whole: true, for: {o: [pg:X]}}"),
                    encoding="utf-8")
    with pytest.raises(QueryError, match="'keep': 'for' cannot list values of 'o', which "
                                         "narrows by a property path"):
        load_query(file)


def test_an_answer_with_blank_nodes_is_not_kept_and_the_query_still_answers(
        tmp_path: Path) -> None:
    project = corpus_project(tmp_path / "p", "real")
    project.queries_dir.mkdir(exist_ok=True)
    (project.queries_dir / "blank-classes.rq").write_text(
        "#+ summary: a blank node for each class\n#+ keep: {subject: c}\n"
        "CONSTRUCT { ?c <http://example.org/node> ?b } "
        "WHERE { ?c a <http://www.w3.org/2002/07/owl#Class> BIND (BNODE() AS ?b) }\n",
        encoding="utf-8")
    build_project(project, validate=False)
    assert not _kept_file(project, "blank-classes").exists()
    query = saved_queries(project)["blank-classes"]
    assert len(run_query(open_engine(project), query, {}).triples) > 0


def test_answers_are_read_with_the_collector_paused_and_restored(project: Project) -> None:
    """The rows and triples are built with Python's cyclic collector paused (many objects,
    none in a cycle); it runs again after, kept answer, text index or query, as it was
    before."""
    import gc

    engine = open_engine(project)
    assert gc.isenabled()
    quoting = load_query(REPO / "queries" / "facts-quoting.rq")  # (rows from the text index)
    for query, values in ((COVERAGE, {}), (COVERAGE, {"since": "2030"}), (HIERARCHY, {}),
                          (quoting, {"phrase": "đảng viên"})):
        assert run_query(engine, query, values).rows or run_query(engine, query, values).triples
        assert gc.isenabled()
    gc.disable()
    try:
        run_query(engine, COVERAGE, {})
        assert not gc.isenabled()  # a caller's pause is left as it was
    finally:
        gc.enable()
