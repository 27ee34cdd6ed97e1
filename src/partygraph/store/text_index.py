"""A text index kept beside the embedded store: which subjects have a search key or a quote
containing a text, found without scanning every key.

The index is one SQLite file, :data:`INDEX_FILE`, in the store's own folder, so it is made,
copied and swapped in together with the store (see :mod:`partygraph.store.embedded`): a
reader never sees a store and an index from different builds. It mirrors exactly the
triples of the store's default graph (the merge of all graphs) whose predicate is one of
:data:`KINDS`: one row per (subject, text), full-text indexed with SQLite's FTS5
``trigram`` tokenizer, which finds any substring of three characters or more.

The index records the store it was made for (:func:`store_files`: the name, size and
modification time of the store's files): one whose store was changed by anything else (a
writable ``serve``, say) is not used, and the next build makes it again.

The index only narrows: :meth:`TextIndex.candidates` returns every subject whose text may
contain the one asked (case ignored, so a superset), and the saved query still checks each
with its own FILTER. A shorter text, or too many candidates, gives None: run the plain query.

For quotes it also keeps what ``facts-quoting`` gives for each: the rows of :data:`ROWS_QUERY`
(the quote with its subject's identifier and the identifier of each source the subject was
derived from, as the store answers them), so that :meth:`TextIndex.quote_rows` answers a
phrase without the store: the rows whose quote contains it exactly, in the query's order.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from partygraph.rdf.sparql_text import inject_values
from partygraph.rdf.vocab import DCTERMS, PG, PROV, XSD

__all__ = ["INDEX_FILE", "KINDS", "MAX_CANDIDATES", "MIN_LENGTH", "ROWS_QUERY", "TextIndex",
           "build_index", "index_problem", "seal_index", "store_files", "supported",
           "update_index"]

INDEX_FILE = "text-index.sqlite"
# What each kind of text is: the predicate whose literal values are indexed.
KINDS: dict[str, str] = {"search": str(PG.searchKey), "quote": str(PG.quote)}
MIN_LENGTH = 3  # the trigram tokenizer finds nothing shorter
JOINED = " | "  # between a fact's quotes in a row of quote_rows, as facts-quoting joins them
MAX_CANDIDATES = 8_000  # more subjects than this: binding them costs about the scan (10^6)
_FORMAT = "2"  # 2: the quotes' rows (quote.lang, quote.answers)
# The rows the index keeps for each quote: those the saved query ``facts-quoting`` joins to
# a quote (its OPTIONALs; a row lacking the fact's or the source's identifier it leaves out).
ROWS_QUERY = f"""SELECT ?f ?quote ?fact ?source WHERE {{
  ?f <{PG.quote}> ?quote .
  OPTIONAL {{ ?f <{DCTERMS.identifier}> ?fact }}
  OPTIONAL {{ ?f <{PROV.wasDerivedFrom}>/<{DCTERMS.identifier}> ?source }}
  FILTER (BOUND(?fact) && BOUND(?source))
}}"""
# The same rows for the whole store, joined as whole lists (a build: 2.0 s, not 3.7 s, at 10^6
# triples); for a few subjects, bound first, ROWS_QUERY looks each up instead.
_ALL_ROWS_QUERY = f"""SELECT ?f ?quote ?fact ?source WHERE {{
  {{ SELECT ?f ?quote WHERE {{ ?f <{PG.quote}> ?quote }} }}
  {{ SELECT ?f ?fact WHERE {{ ?f <{DCTERMS.identifier}> ?fact }} }}
  {{ SELECT ?f ?source WHERE {{ ?f <{PROV.wasDerivedFrom}>/<{DCTERMS.identifier}> ?source }} }}
}}"""
_STRING = str(XSD.string)
_QUOTE, _IDENTIFIER = str(PG.quote), str(DCTERMS.identifier)
_DERIVED_FROM = str(PROV.wasDerivedFrom)


def supported() -> bool:
    """True when this Python's SQLite has FTS5 with the trigram tokenizer (SQLite 3.34+)."""
    try:
        with sqlite3.connect(":memory:") as db:
            db.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
    except sqlite3.Error:
        return False
    return True


def store_files(folder: Path) -> str | None:
    """A digest of the name, size and modification time of the store's files in ``folder``
    (its logs, lock and this index aside); None when they cannot be listed."""
    try:
        stats = [(entry.name, entry.stat()) for entry in os.scandir(folder) if entry.is_file()
                 and not entry.name.startswith(("LOG", "LOCK", INDEX_FILE))]
    except OSError:
        return None
    entries = sorted((name, stat.st_size, stat.st_mtime_ns) for name, stat in stats)
    return hashlib.sha256(repr(entries).encode()).hexdigest()


def seal_index(folder: Path) -> None:
    """Record in the index in ``folder`` (if any) the store it now matches: call when the
    store is written and closed."""
    if not (folder / INDEX_FILE).is_file():
        return
    db = _writable(folder)
    try:
        db.execute("INSERT OR REPLACE INTO meta VALUES ('store', ?)", (store_files(folder),))
    finally:
        db.close()
    _sync(folder)


def _writable(folder: Path) -> sqlite3.Connection:
    db = sqlite3.connect(folder / INDEX_FILE, isolation_level=None)
    # The file is only written in a copy of the store that is swapped in when done (or
    # thrown away): no journal is needed for safety, and the file is synced at the end.
    db.execute("PRAGMA journal_mode=MEMORY")
    db.execute("PRAGMA synchronous=OFF")
    return db


def _sync(folder: Path) -> None:
    fd = os.open(folder / INDEX_FILE, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _rows(store: ox.Store, kind: str) -> Iterable[tuple[str, str]]:
    """(subject, text) of each default-graph triple of ``kind`` (objects that are no text
    can match no CONTAINS: left out)."""
    predicate = ox.NamedNode(KINDS[kind])
    for quad in store.quads_for_pattern(None, predicate, None, ox.DefaultGraph()):
        if isinstance(quad.object, ox.Literal | ox.NamedNode):
            yield str(quad.subject), quad.object.value


def _plain(term: object) -> str | None:
    """The text of an ``xsd:string`` literal, else None."""
    if isinstance(term, ox.Literal) and not term.language and term.datatype.value == _STRING:
        return term.value
    return None


def _quote_rows(store: ox.Store, subjects: list[ox.NamedNode] | None,
                ) -> Iterable[tuple[str, str, str | None, str | None, str | None]]:
    """(subject, quote text, its language, fact id, source id) of each row of
    :data:`ROWS_QUERY` (for ``subjects`` only, when given). A row the index cannot give as
    the store would (a quote that is no string, an id that is no plain string) has no
    fact and source: :meth:`TextIndex.quote_rows` then gives way to the query."""
    query = _ALL_ROWS_QUERY if subjects is None \
        else inject_values(ROWS_QUERY, {"f": subjects})
    result = store.query(query)
    assert isinstance(result, ox.QuerySolutions)
    for subject, quote, fact, source in result:
        if not isinstance(subject, ox.NamedNode | ox.BlankNode):
            continue
        text = quote.value if isinstance(quote, ox.Literal | ox.NamedNode) else str(quote)
        fact_id, source_id = _plain(fact), _plain(source)
        usable = isinstance(quote, ox.Literal) and (
            quote.language or quote.datatype.value == _STRING) \
            and fact_id is not None and source_id is not None
        yield (str(subject), text, quote.language if isinstance(quote, ox.Literal) else None,
               fact_id if usable else None, source_id if usable else None)


def _answers(rows: Iterable[tuple[str, str, str | None, str | None, str | None]],
             ) -> dict[tuple[str, str], tuple[str | None, str]]:
    """``rows`` (see :func:`_quote_rows`) by quote (subject, text): the quote's language and
    its [fact id, source id] pairs as JSON, kept beside its text so a match reads them at
    once."""
    grouped: dict[tuple[str, str], tuple[str | None, list[list[str | None]]]] = {}
    for subject, text, lang, fact, source in rows:
        grouped.setdefault((subject, text), (lang, []))[1].append([fact, source])
    return {key: (lang, json.dumps(pairs, ensure_ascii=False))
            for key, (lang, pairs) in grouped.items()}


def _store_answers(db: sqlite3.Connection,
                   rows: Iterable[tuple[str, str, str | None, str | None, str | None]]) -> None:
    """Keep ``rows`` with the quotes already indexed (see :func:`_answers`)."""
    db.executemany("UPDATE quote SET lang = ?, answers = ? WHERE subject = ? AND text = ?",
                   ((lang, answers, subject, text)
                    for (subject, text), (lang, answers) in _answers(rows).items()))


def build_index(store: ox.Store, folder: Path) -> None:
    """Write a fresh index of ``store`` (just loaded, not yet in place) into ``folder``."""
    (folder / INDEX_FILE).unlink(missing_ok=True)
    db = _writable(folder)
    try:
        db.execute("BEGIN")
        db.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO meta VALUES ('format', ?)", (_FORMAT,))
        for kind in KINDS:
            # a quote also keeps its language and the rows of ROWS_QUERY it is in
            extra = ", lang TEXT, answers TEXT" if kind == "quote" else ""
            db.execute(f"CREATE TABLE {kind}(id INTEGER PRIMARY KEY, subject TEXT NOT NULL, "
                       f"text TEXT NOT NULL{extra})")
            db.execute(f"CREATE VIRTUAL TABLE {kind}_fts USING fts5(text, content='{kind}', "
                       "content_rowid='id', tokenize='trigram')")
            # (the triples of a graph are distinct: the unique index is made after, faster)
            if kind == "quote":
                answers = _answers(_quote_rows(store, None))
                db.executemany("INSERT INTO quote(subject, text, lang, answers) "
                               "VALUES (?, ?, ?, ?)",
                               ((subject, text, *answers.get((subject, text), (None, None)))
                                for subject, text in _rows(store, kind)))
            else:
                db.executemany(f"INSERT INTO {kind}(subject, text) VALUES (?, ?)",
                               _rows(store, kind))
            db.execute(f"CREATE UNIQUE INDEX {kind}_row ON {kind}(subject, text)")
            db.execute(f"INSERT INTO {kind}_fts({kind}_fts) VALUES ('rebuild')")
        db.execute("COMMIT")
    finally:
        db.close()
    _sync(folder)


def update_index(store: ox.Store, folder: Path, triples: Iterable[ox.Triple]) -> None:
    """Bring the index in ``folder`` in line with ``store`` for ``triples`` (those of the
    replaced graphs, before and after): each of an indexed kind is indexed when the store's
    default graph now has it and not indexed when it no longer does, and the quote rows of
    the subjects they concern are made again."""
    by_predicate = {predicate: kind for kind, predicate in KINDS.items()}
    db = _writable(folder)
    try:
        db.execute("BEGIN")
        changed = list(triples)
        for triple in changed:
            kind = by_predicate.get(triple.predicate.value)
            if kind is None or not isinstance(triple.object, ox.Literal | ox.NamedNode):
                continue
            subject, text = str(triple.subject), triple.object.value
            held = any(True for _ in store.quads_for_pattern(
                triple.subject, triple.predicate, triple.object, ox.DefaultGraph()))
            row = db.execute(f"SELECT id FROM {kind} WHERE subject = ? AND text = ?",
                             (subject, text)).fetchone()
            if held and row is None:
                cursor = db.execute(f"INSERT INTO {kind}(subject, text) VALUES (?, ?)",
                                    (subject, text))
                db.execute(f"INSERT INTO {kind}_fts(rowid, text) VALUES (?, ?)",
                           (cursor.lastrowid, text))
            elif not held and row is not None:
                db.execute(f"INSERT INTO {kind}_fts({kind}_fts, rowid, text) "
                           "VALUES ('delete', ?, ?)", (row[0], text))
                db.execute(f"DELETE FROM {kind} WHERE id = ?", (row[0],))
        _update_rows(store, db, changed)
        db.execute("COMMIT")
    finally:
        db.close()
    _sync(folder)


def _update_rows(store: ox.Store, db: sqlite3.Connection, triples: list[ox.Triple]) -> None:
    """Make again the quote rows of every subject whose rows ``triples`` may change: those
    that state them, and those derived from a source whose identifier they give."""
    subjects: set[ox.NamedNode | ox.BlankNode] = set()
    derived_from = ox.NamedNode(_DERIVED_FROM)
    for triple in triples:
        predicate = triple.predicate.value
        if predicate not in (_QUOTE, _IDENTIFIER, _DERIVED_FROM) \
                or not isinstance(triple.subject, ox.NamedNode | ox.BlankNode):
            continue
        subjects.add(triple.subject)
        if predicate == _IDENTIFIER:
            subjects.update(quad.subject for quad in store.quads_for_pattern(
                None, derived_from, triple.subject, ox.DefaultGraph())
                if isinstance(quad.subject, ox.NamedNode | ox.BlankNode))
    db.executemany("UPDATE quote SET lang = NULL, answers = NULL WHERE subject = ?",
                   [(str(subject),) for subject in subjects])
    named = sorted((s for s in subjects if isinstance(s, ox.NamedNode)), key=str)
    if named:  # (no blank node is ever among them: the updated graphs have none)
        _store_answers(db, _quote_rows(store, named))


def index_problem(folder: Path) -> str | None:
    """Why the index in the store at ``folder`` cannot serve queries, or None (also when
    this SQLite cannot hold one: queries then run without)."""
    if not supported():
        return None
    index = TextIndex.open(folder)
    if index is None:
        return "it has no text index made for it"
    index.close()
    return None


class TextIndex:
    """The index of a built store, opened read-only (see :meth:`open`)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    @classmethod
    def open(cls, folder: Path) -> TextIndex | None:
        """The index in the store at ``folder``; None when it has none this code can read,
        or one made for other store files (see :func:`store_files`)."""
        path = folder / INDEX_FILE
        if not path.is_file():
            return None
        try:
            # immutable: the file never changes in place (a build swaps in a new folder).
            db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True,
                                 check_same_thread=False)
        except sqlite3.Error:
            return None
        try:
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
            for kind in KINDS:
                db.execute(f"SELECT rowid FROM {kind}_fts LIMIT 0").fetchall()
            db.execute("SELECT lang, answers FROM quote LIMIT 0").fetchall()
        except sqlite3.Error:
            meta = {}
        if meta.get("format") != _FORMAT or meta.get("store") is None \
                or meta.get("store") != store_files(folder):
            db.close()
            return None
        return cls(db)

    def candidates(self, kind: str, text: str) -> list[ox.NamedNode] | None:
        """Every subject with a ``kind`` text that may contain ``text`` (case ignored): a
        superset of those that do. None when the index cannot narrow the search (a text
        shorter than :data:`MIN_LENGTH`, more than :data:`MAX_CANDIDATES` subjects, or a
        blank node among them, which a query cannot be given)."""
        if kind not in KINDS:
            raise ValueError(f"no text index of kind {kind!r}")
        if len(text) < MIN_LENGTH:
            return None
        phrase = '"' + text.replace('"', '""') + '"'
        try:
            found = self._db.execute(
                f"SELECT DISTINCT t.subject FROM {kind}_fts JOIN {kind} AS t "
                f"ON t.id = {kind}_fts.rowid WHERE {kind}_fts MATCH ? LIMIT ?",
                (phrase, MAX_CANDIDATES + 1)).fetchall()
        except sqlite3.Error:
            return None
        if len(found) > MAX_CANDIDATES:
            return None
        subjects: list[ox.NamedNode] = []
        for (subject,) in found:
            if not (subject.startswith("<") and subject.endswith(">")):
                return None
            subjects.append(ox.NamedNode(subject[1:-1]))
        subjects.sort(key=lambda node: node.value)
        return subjects

    def quote_rows(self, phrase: str) -> list[tuple[ox.Literal, ox.Literal, ox.Literal]] | None:
        """The rows ``facts-quoting`` gives for ``phrase``: (source id, fact id, quotes) of
        each fact with a quote that contains it exactly (as ``CONTAINS`` does), its quotes
        that do joined with :data:`JOINED` in Vietnamese, as every quote is (each text once,
        in code-point order), ordered by source and fact as the query's ``ORDER BY`` does.
        None when the index cannot answer as the store would (a phrase shorter than
        :data:`MIN_LENGTH`, a blank subject or a term other than a string among the
        matches): run the query."""
        if len(phrase) < MIN_LENGTH:
            return None
        try:
            found = self._db.execute(
                "SELECT t.subject, t.text, t.answers FROM quote_fts "
                "JOIN quote AS t ON t.id = quote_fts.rowid WHERE quote_fts MATCH ?",
                ('"' + phrase.replace('"', '""') + '"',)).fetchall()
        except sqlite3.Error:
            return None
        quotes: dict[tuple[str, str], set[str]] = {}
        for subject, text, answers in found:
            if phrase not in text:
                continue
            if subject.startswith("_:"):
                return None
            for fact, source in json.loads(answers) if answers is not None else ():
                if fact is None or source is None:
                    return None
                quotes.setdefault((source, fact), set()).add(text)
        # ORDER BY: strings by their text, in code points (as Oxigraph compares them)
        return [(ox.Literal(source), ox.Literal(fact),
                 ox.Literal(JOINED.join(sorted(texts)), language="vi"))
                for (source, fact), texts in sorted(quotes.items())]

    def quote_table(self) -> list[tuple[str, str, str | None, str | None, str | None]]:
        """Every quote row kept, sorted: (subject, quote text, language, fact id, source id)
        (for checks and tests)."""
        found = self._db.execute(
            "SELECT subject, text, lang, answers FROM quote WHERE answers IS NOT NULL")
        return sorted(((subject, text, lang, fact, source)
                       for subject, text, lang, answers in found
                       for fact, source in json.loads(answers)), key=repr)

    def rows(self) -> set[tuple[str, str, str]]:
        """Every (kind, subject, text) indexed (for checks and tests)."""
        return {(kind, subject, text) for kind in KINDS for subject, text in
                self._db.execute(f"SELECT subject, text FROM {kind}")}

    def close(self) -> None:
        """Close the index file."""
        self._db.close()
