"""The saved text searches give the same rows through the embedded store's text index as
their plain SPARQL text gives on the embedded store without it, on ``serve`` and on a pushed
Oxigraph server: for texts with and without diacritics, in upper case, too short for the
index, matching nothing, and hostile (quotes, backslashes, SPARQL syntax).

The corpus is the real seed sheet plus the SYNTHETIC fixture article, built in a temporary
folder; the texts are taken from its own names and quotes, so that most of them match.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher
from pathlib import Path

import pyoxigraph as ox
import pytest

from partygraph.errors import QueryError
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine, Engine
from partygraph.query.remote import RemoteEngine
from partygraph.query.saved import IndexUse, SavedQuery, load_queries, load_query, run_query
from partygraph.rdf.vocab import PG
from partygraph.share.server import OxigraphServer
from partygraph.store.build import build
from partygraph.store.embedded import open_indexed_store, open_store, replace_graphs
from partygraph.store.text_index import MIN_LENGTH, TextIndex
from partygraph.util.text import fold

from ..across_stores import comparable_term
from ..conftest import REPO, add_fixture_sheets, copy_project

QUERIES = load_queries(REPO / "queries")
SEARCH, QUOTES = QUERIES["search-by-name"], QUERIES["facts-quoting"]
HOSTILE = ['" } } SELECT * WHERE { ?s ?p ?o', "\\", '\\"', "'''", '"""', "a\\u0022b",
           "?e pg:searchKey ?key", "} UNION {", "<http://x>", "\"tay\"", "NOT tay*"]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = copy_project(tmp_path_factory.mktemp("text-index"))
    add_fixture_sheets(project)
    build(project)
    return project


def _values(project: Project, predicate: str) -> list[str]:
    store = open_store(project.store_dir)
    return sorted({q.object.value for q in store.quads_for_pattern(
        None, ox.NamedNode(predicate), None, ox.DefaultGraph())
        if isinstance(q.object, ox.Literal)})


def _search_texts(project: Project) -> list[str]:
    labels = [q.object.value for q in open_store(project.store_dir).quads_for_pattern(
        None, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), None,
        ox.DefaultGraph()) if isinstance(q.object, ox.Literal) and q.object.language == "vi"]
    with_marks = sorted(label for label in labels if fold(label) != label.casefold())
    assert with_marks, "the corpus has no name with diacritics"
    key = _values(project, str(PG.searchKey))[0]
    return [with_marks[0], with_marks[-1].upper(), fold(with_marks[0]), key[1:-1], "tây",
            "TAY SON", "an", "a", "zzqxzzq", *HOSTILE]


def _quote_texts(project: Project) -> list[str]:
    quotes = _values(project, str(PG.quote))
    assert len(quotes) >= 2
    middle = quotes[0][len(quotes[0]) // 3: len(quotes[0]) // 3 + 12]
    return [middle, middle.upper(), fold(middle), quotes[-1][:20], "Đảng", "đảng", "ng", "Đ",
            "không có trong câu nào", *HOSTILE]


def _texts(project: Project, query: SavedQuery) -> list[str]:
    return _search_texts(project) if query is SEARCH else _quote_texts(project)


def _param(query: SavedQuery) -> str:
    assert query.index is not None
    return query.index.param


def _rows(engine: Engine, query: SavedQuery, text: str) -> list[tuple[object, ...]]:
    """The rows, each term as compared across stores (the order of a fact's joined quotes
    is the store's own)."""
    result = run_query(engine, query, {_param(query): text})
    return [_comparable(row[v] for v in result.variables) for row in result.rows]


def _comparable(row: Iterable[object]) -> tuple[object, ...]:
    return tuple(comparable_term(str(term)) for term in row)


@pytest.fixture(scope="module")
def indexed(project: Project) -> Iterator[EmbeddedEngine]:
    store, index = open_indexed_store(project.store_dir)
    assert index is not None, "the build wrote no text index"
    yield EmbeddedEngine(store, index)
    index.close()


@pytest.fixture(scope="module")
def plain(project: Project) -> EmbeddedEngine:
    return EmbeddedEngine(open_store(project.store_dir))


def test_the_text_searches_declare_the_index() -> None:
    assert SEARCH.index == IndexUse(param="text", kind="search", subject="e")
    assert QUOTES.index == IndexUse(param="phrase", kind="quote", subject="f",
                                    rows=("source", "fact", "quotes"))


@pytest.mark.parametrize("query", [SEARCH, QUOTES], ids=["search-by-name", "facts-quoting"])
def test_index_gives_the_rows_of_the_plain_query(project: Project, indexed: EmbeddedEngine,
                                                 plain: EmbeddedEngine,
                                                 query: SavedQuery) -> None:
    assert query.index is not None
    found = 0
    for text in _texts(project, query):
        value = fold(text) if query is SEARCH else text
        narrowed = indexed.candidates(query.index.kind, value)
        # the index is used for every text long enough, and only for those
        assert (narrowed is None) == (len(value) < MIN_LENGTH), text
        rows = _rows(plain, query, text)
        assert _rows(indexed, query, text) == rows, text
        if query is QUOTES:  # the index gives the rows itself, without the store
            answered = indexed.quote_rows(value)
            assert (answered is None) == (len(value) < MIN_LENGTH), text
            if answered is not None:
                assert [_comparable(row) for row in answered] == rows, text
        found += bool(rows)
    assert found >= 4  # most texts match something: the comparison is not of empty answers


@pytest.mark.parametrize("query", [SEARCH, QUOTES], ids=["search-by-name", "facts-quoting"])
def test_index_narrows_to_the_matching_subjects(project: Project, indexed: EmbeddedEngine,
                                                query: SavedQuery) -> None:
    """The candidates are few (not every subject) and include every subject that matches."""
    assert query.index is not None
    predicate = str(PG.searchKey if query is SEARCH else PG.quote)
    store = open_store(project.store_dir)
    every = {q.subject for q in store.quads_for_pattern(None, ox.NamedNode(predicate), None,
                                                       ox.DefaultGraph())}
    for text in _texts(project, query):
        value = fold(text) if query is SEARCH else text
        narrowed = indexed.candidates(query.index.kind, value)
        if narrowed is None:
            continue
        matching = {q.subject for q in store.quads_for_pattern(
            None, ox.NamedNode(predicate), None, ox.DefaultGraph())
            if isinstance(q.object, ox.Literal) and value in q.object.value}
        assert matching <= set(narrowed), text
        assert len(narrowed) < len(every) or not every, text


@pytest.mark.parametrize("query", [SEARCH, QUOTES], ids=["search-by-name", "facts-quoting"])
def test_remote_endpoints_give_the_rows_of_the_index(project: Project, indexed: EmbeddedEngine,
                                                     served: OxigraphServer, pushed: str,
                                                     query: SavedQuery) -> None:
    for url in (served.query_url, pushed):
        remote = RemoteEngine(url)
        for text in _texts(project, query):
            assert _rows(remote, query, text) == _rows(indexed, query, text), (url, text)


def test_a_store_without_index_answers_by_the_plain_query(project: Project,
                                                          tmp_path: Path) -> None:
    copy = tmp_path / "store"
    shutil.copytree(project.store_dir, copy)
    (copy / "text-index.sqlite").write_bytes(b"not an index")
    store, index = open_indexed_store(copy)
    assert index is None
    assert TextIndex.open(copy) is None
    text = _search_texts(project)[0]
    assert _rows(EmbeddedEngine(store, index), SEARCH, text) \
        == _rows(EmbeddedEngine(open_store(project.store_dir)), SEARCH, text) != []


def test_quote_rows_are_the_rows_of_the_plain_query_for_every_quote(
        project: Project, indexed: EmbeddedEngine, plain: EmbeddedEngine) -> None:
    """Every quote of the corpus (and pieces of it) as the phrase: the index's own rows are
    the plain query's, in its order (several facts and sources share most quotes)."""
    quotes = _values(project, str(PG.quote))
    assert len(quotes) >= 10
    several = 0
    for quote in quotes:
        for text in (quote, quote[:MIN_LENGTH], quote[-8:]):
            answered = indexed.quote_rows(text)
            assert answered is not None, text
            rows = _rows(plain, QUOTES, text)
            assert [_comparable(row) for row in answered] == rows, text
            several += len(rows) > 1
    assert several >= 5


def test_a_fact_is_one_row_its_quotes_that_hold_the_phrase_joined(
        project: Project, indexed: EmbeddedEngine, plain: EmbeddedEngine) -> None:
    """A fact two of whose quotes share words: those words as the phrase give the fact one
    row (it gave one per quote), with both quotes joined, through the index and without."""
    store = open_store(project.store_dir)
    quotes: dict[ox.NamedNode | ox.BlankNode, set[str]] = {}
    for quad in store.quads_for_pattern(None, ox.NamedNode(str(PG.quote)), None,
                                        ox.DefaultGraph()):
        if isinstance(quad.subject, ox.NamedNode) and isinstance(quad.object, ox.Literal):
            quotes.setdefault(quad.subject, set()).add(quad.object.value)
    shared = 0
    for texts in quotes.values():
        first, second = sorted(texts)[:2] if len(texts) > 1 else ("", "")
        match = SequenceMatcher(None, first, second, autojunk=False).find_longest_match()
        phrase = first[match.a: match.a + match.size].strip()
        if len(phrase) < MIN_LENGTH:
            continue
        shared += 1
        for engine in (indexed, plain):
            rows = _rows(engine, QUOTES, phrase)
            assert len({row[:2] for row in rows}) == len(rows), phrase  # one row per fact
            joined = [row[2] for row in rows if isinstance(row[2], tuple)]
            assert any({first, second} <= set(values) for _, values, _ in joined), phrase
    assert shared >= 1, "no fact has two quotes that share words: the test tests nothing"


def test_quote_rows_give_way_when_a_row_is_no_plain_string(project: Project,
                                                           tmp_path: Path) -> None:
    """A fact whose id is no plain string (here an integer) cannot be given by the index as
    the store gives it: the index declines, and the query's own rows come from the store."""
    copy = tmp_path / "store"
    shutil.copytree(project.store_dir, copy)
    store = open_store(copy)
    fact = next(q.subject for q in store.quads_for_pattern(
        None, ox.NamedNode(str(PG.quote)), None, ox.DefaultGraph())
        if any(True for _ in store.quads_for_pattern(
            q.subject, ox.NamedNode("http://purl.org/dc/terms/identifier"), None)))
    quote = next(q.object.value for q in store.quads_for_pattern(
        fact, ox.NamedNode(str(PG.quote)), None, ox.DefaultGraph())
        if isinstance(q.object, ox.Literal))
    del store
    graph = "https://w3id.org/partygraph/id/graph/test-odd-id"
    replace_graphs(copy, {graph: f'{fact} <http://purl.org/dc/terms/identifier> '
                          f'"7"^^<http://www.w3.org/2001/XMLSchema#integer> <{graph}> .\n'
                          .encode()})
    store, index = open_indexed_store(copy)
    assert index is not None
    assert index.quote_rows(quote) is None
    rows = _rows(EmbeddedEngine(store, index), QUOTES, quote)
    assert ("number", 7) in {r[1] for r in rows}
    assert rows == _rows(EmbeddedEngine(open_store(copy)), QUOTES, quote)
    index.close()


@pytest.mark.parametrize(("index", "message"), [
    ("{param: other, kind: search, subject: e}", "needs a string or search parameter"),
    ("{param: text, kind: labels, subject: e}", "is not one of search, quote"),
    ("{param: text, kind: search, subject: text}", "must be a variable of the query"),
    ("{param: text, kind: search, subject: nowhere}", "must be a variable of the query"),
    ("{param: text, kind: search}", "must be {param: P, kind: K, subject: S}"),
    ("yes", "must be {param: P, kind: K, subject: S}"),
    ("{param: text, kind: search, subject: e, rows: [id, label, e]}",
     "rows must be the three columns the query selects"),
    ("{param: text, kind: search, subject: e, rows: id}", "rows must be a list of variables"),
])
def test_a_wrong_index_header_is_refused(tmp_path: Path, index: str, message: str) -> None:
    text = SEARCH.path.read_text(encoding="utf-8").replace(
        "#+ index: {param: text, kind: search, subject: e}", f"#+ index: {index}")
    assert f"#+ index: {index}" in text
    (tmp_path / "bad.rq").write_text(text, encoding="utf-8")
    with pytest.raises(QueryError, match=re.escape(message)) as error:
        load_query(tmp_path / "bad.rq")
    assert error.value.line == 1 + text.splitlines().index(f"#+ index: {index}")


@pytest.mark.parametrize("changes", [
    # one row per quote, as facts-quoting was: the index's rows are one per fact
    {'(STRLANG(GROUP_CONCAT(DISTINCT STR(?quote); separator=" | "), "vi") AS ?quotes)': "?quote",
     "GROUP BY ?source ?fact\n": "", "rows: [source, fact, quotes]": "rows: [source, fact, quote]",
     "ORDER BY ?source ?fact": "ORDER BY ?source ?fact ?quote"},
    {'separator=" | "': 'separator=", "'},  # joined otherwise than the index joins them
    {'"vi") AS ?quotes': '"en") AS ?quotes'},  # in another language
    {"ORDER BY ?source ?fact": "ORDER BY DESC(?source) ?fact"},  # in another order
], ids=["a row per quote", "joined otherwise", "in English", "in another order"])
def test_a_query_shaped_otherwise_than_the_quote_rows_is_refused(
        tmp_path: Path, changes: dict[str, str]) -> None:
    text = QUOTES.path.read_text(encoding="utf-8")
    for old, new in changes.items():
        assert old in text
        text = text.replace(old, new)
    (tmp_path / "bad.rq").write_text(text, encoding="utf-8")
    with pytest.raises(QueryError, match="rows must be the three columns the query selects"):
        load_query(tmp_path / "bad.rq")


def test_too_many_candidates_run_the_plain_query(project: Project, indexed: EmbeddedEngine,
                                                 plain: EmbeddedEngine,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Past MAX_CANDIDATES subjects the index gives up (binding them would cost about the
    scan), and the rows are still the plain query's."""
    from partygraph.store import text_index

    text = "chi bo"
    narrowed = indexed.candidates("search", text)
    assert narrowed is not None and len(narrowed) >= 2
    monkeypatch.setattr(text_index, "MAX_CANDIDATES", len(narrowed) - 1)
    assert indexed.candidates("search", text) is None
    assert _rows(indexed, SEARCH, text) == _rows(plain, SEARCH, text) != []
