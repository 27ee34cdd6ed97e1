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
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from partygraph.rdf.vocab import PG

__all__ = ["INDEX_FILE", "KINDS", "MAX_CANDIDATES", "MIN_LENGTH", "TextIndex", "build_index",
           "index_problem", "seal_index", "store_files", "supported", "update_index"]

INDEX_FILE = "text-index.sqlite"
# What each kind of text is: the predicate whose literal values are indexed.
KINDS: dict[str, str] = {"search": str(PG.searchKey), "quote": str(PG.quote)}
MIN_LENGTH = 3  # the trigram tokenizer finds nothing shorter
MAX_CANDIDATES = 8_000  # more subjects than this: binding them costs about the scan (10^6)
_FORMAT = "1"


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


def build_index(store: ox.Store, folder: Path) -> None:
    """Write a fresh index of ``store`` (just loaded, not yet in place) into ``folder``."""
    (folder / INDEX_FILE).unlink(missing_ok=True)
    db = _writable(folder)
    try:
        db.execute("BEGIN")
        db.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO meta VALUES ('format', ?)", (_FORMAT,))
        for kind in KINDS:
            db.execute(f"CREATE TABLE {kind}(id INTEGER PRIMARY KEY, subject TEXT NOT NULL, "
                       "text TEXT NOT NULL)")
            db.execute(f"CREATE VIRTUAL TABLE {kind}_fts USING fts5(text, content='{kind}', "
                       "content_rowid='id', tokenize='trigram')")
            # (the triples of a graph are distinct: the unique index is made after, faster)
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
    default graph now has it and not indexed when it no longer does."""
    by_predicate = {predicate: kind for kind, predicate in KINDS.items()}
    db = _writable(folder)
    try:
        db.execute("BEGIN")
        for triple in triples:
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
        db.execute("COMMIT")
    finally:
        db.close()
    _sync(folder)


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

    def rows(self) -> set[tuple[str, str, str]]:
        """Every (kind, subject, text) indexed (for checks and tests)."""
        return {(kind, subject, text) for kind in KINDS for subject, text in
                self._db.execute(f"SELECT subject, text FROM {kind}")}

    def close(self) -> None:
        """Close the index file."""
        self._db.close()
