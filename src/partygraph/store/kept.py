"""Answers the embedded store keeps beside itself: saved queries answered at build time.

A whole-corpus CONSTRUCT such as ``hierarchy-graph`` matches its pattern quickly but then
spends seconds having the store build every result triple from disk (153,234 of them at a
million triples); a whole-corpus SELECT such as ``coverage`` spends most of its time turning
the IRIs and labels of its rows back into text (305,820 rows at ten million triples, where
each such lookup costs twice what it costs at a million). A saved query may say
``keep: {subject: S}`` (see :mod:`partygraph.query.saved`): the build then runs it and keeps
its answer in the store's folder (:data:`KEPT_DIR`), a CONSTRUCT's as N-Triples, a SELECT's
as SPARQL results in TSV (its rows in the query's order), and the embedded store gives that
answer instead of running the query again. A SELECT's answer is kept for its parameters'
default values (the text it runs with none given); with other values the query runs (or,
for the columns that only its parameters change, :mod:`partygraph.query.varies` works them
out again on the kept rows). The plain query text stays the answer everywhere else (a
remote endpoint, ``serve``, a store without the file), and both give the same triples or
rows.

Such a query builds only triples about ``?S`` from triples about ``?S`` (every pattern of
it has ``?S`` as its subject: :mod:`partygraph.query.saved` checks it), so its answer is the
union of one part per subject, and a part changes only when a triple about that subject
does. A rebuild that replaces some graphs therefore redoes only the subjects of the triples
that came or went: it copies those subjects' quads into a small in-memory store, runs the
query there, and puts the new parts in place of the old ones. A SELECT's rows are likewise
the union of one part per subject before its solution modifiers (ORDER BY, DISTINCT, ...)
apply: when its parts about the changed subjects are the same before and after, its answer
is left as it is; otherwise the query runs again on the whole store (the order of the rows
is the store's, which no part knows). A fresh build and an incremental one give the same
answer (tested).

A query whose rows read many subjects (``latest-figures``: an organisation's label, its
latest observations, their sources) may instead keep its answer whole (``keep: {whole:
true}``): every triple pattern of it has a fixed predicate, so its answer changes only when
a triple with one of those predicates (for ``rdf:type``, of a class it names) comes or goes.
Such an answer is not made by the build: the first query that asks for it on the embedded
store runs it on the whole store and keeps its answer (:meth:`KeptAnswers.make`), in the
folder of the store that query opened, while that folder is still the one in place (a store
swapped in meanwhile never gets an answer made from another). A rebuild removes it when a
triple it reads came or went, and leaves it as it is otherwise (an edited quote, a person's
gender): the next query makes it again. So a build that changes a figure costs no
whole-corpus query, and one that changes none keeps the answer.

A query may also keep answers for listed values of a parameter (``for``: some levels of
``pg:OrganisationLevel``); each is kept in a file named after the digest of its text (for an
answer kept whole, once a query has asked for that value).

Each file starts with comment lines naming the digest of the query text it answers and its
subject variable (or the predicates a whole answer reads): a query whose text changed is not
answered from the file (it runs, and the next build keeps its new answer, or, kept whole, the
next query). The build writes the files in the copy of the store that is then swapped in,
and a query only into the store it read, so a store and its answers always belong together.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import shutil
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from io import BytesIO
from pathlib import Path
from stat import S_ISDIR
from typing import BinaryIO

import pyoxigraph as ox

from partygraph.rdf.vocab import PREFIXES
from partygraph.util.collection import collection_paused

__all__ = ["KEPT_DIR", "KeptAnswers", "KeptQuery", "copy_kept", "ensure_kept", "keep_answers",
           "subjects_store", "update_kept"]

# The folder, inside the store's, of the kept answers (one <name>.nt each)
KEPT_DIR = "kept"
_MAGIC = b"# partygraph kept answer\n"
_HEADER_LINES = 3


# A SELECT's answer as SPARQL results in TSV: a field that is a blank node or an RDF-star
# triple (literals are quoted, with their tabs and line ends escaped, so a field that starts
# so is one)
_TSV_UNKEEPABLE = re.compile(rb"(?:^|\t)(?:_:|<<)", re.MULTILINE)


@dataclass(frozen=True)
class KeptQuery:
    """A saved query whose answer the store keeps: its name, the whole text it runs (what
    the digest covers: a SELECT's with its parameters' default values bound), the variable
    every triple pattern of it is about ('' for an answer kept whole), its form
    (``construct`` or ``select``), what a whole answer reads (``<p>``, or ``<rdf:type><C>``:
    a triple with that predicate, or of that class, changes it), and whether it is kept for
    other values of its parameters than the defaults (``variant``: its file is named after
    its text's digest)."""

    name: str
    text: str
    subject: str
    form: str = "construct"
    reads: tuple[str, ...] = ()
    variant: bool = False

    @property
    def digest(self) -> str:
        """SHA-256 of the query's text."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def key(self) -> str:
        """The stem of its files: the query's name, and for a variant its digest's start."""
        return f"{self.name}.{self.digest[:12]}" if self.variant else self.name

    @property
    def file_name(self) -> str:
        """The answer's file in :data:`KEPT_DIR`: N-Triples, or a SELECT's TSV results."""
        return f"{self.key}.{'tsv' if self.form == 'select' else 'nt'}"

    @property
    def describes(self) -> str:
        """The third line of its file's header: ``subject: S`` or ``reads: K …``."""
        return f"subject: {self.subject}" if self.subject else f"reads: {' '.join(self.reads)}"


class NotKeepable(Exception):
    """The query's answer cannot be kept (a blank node in it): the query is run instead."""


def _header(query: KeptQuery) -> bytes:
    return _MAGIC + f"# query-sha256: {query.digest}\n# {query.describes}\n".encode()


def _triples(result: object) -> Iterator[ox.Triple]:
    if not isinstance(result, ox.QueryTriples):
        raise NotKeepable("not a CONSTRUCT query")
    for triple in result:
        if _blank(triple):
            raise NotKeepable("its answer has blank nodes")
        yield triple


def _blank(triple: ox.Triple) -> bool:
    """Whether ``triple`` has a blank node (an answer with one is not kept)."""
    return isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode)


def _rows(result: object) -> bytes:
    """A SELECT's answer as SPARQL results in TSV, its rows in the order the store gave."""
    data = _serialized(result)
    if _TSV_UNKEEPABLE.search(data):
        raise NotKeepable("its answer has blank nodes or triples")
    return data


def _write(path: Path, head: bytes, triples: Iterable[ox.Triple] | None = None,
           rows: bytes = b"") -> None:
    """Write a kept answer, ``head`` (its header and the lines kept from before) then
    ``triples`` (N-Triples) or ``rows`` (TSV results), whole or not at all (no file
    half-written); an answer that cannot be kept removes the old one."""
    part = path.with_name(path.name + ".part")
    try:
        with part.open("wb") as out:
            out.write(head)
            if triples is not None:
                ox.serialize(triples, output=out, format=ox.RdfFormat.N_TRIPLES)
            out.write(rows)
        part.replace(path)
    except NotKeepable:
        part.unlink(missing_ok=True)
        path.unlink(missing_ok=True)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _read_header(path: Path) -> tuple[str, str] | None:
    """(query digest, ``subject: S`` or ``reads: K …``) of a kept answer, or None when it is
    not one."""
    try:
        with path.open("rb") as lines:
            head = [lines.readline() for _ in range(_HEADER_LINES)]
    except OSError:
        return None
    if head[0] != _MAGIC or not head[1].startswith(b"# query-sha256: ") \
            or not head[2].startswith((b"# subject: ", b"# reads: ")):
        return None
    return (head[1].decode("ascii", "replace").split(": ", 1)[1].strip(),
            head[2].decode("utf-8", "replace")[2:].strip())


def keep_answers(store: ox.Store, store_dir: Path, queries: Sequence[KeptQuery]) -> None:
    """Run each of ``queries`` kept per subject on ``store`` and keep its answer in
    ``store_dir`` (a store not yet in place, or one whose answer to a query is missing or
    for another text of it). Answers of queries no longer kept are removed, and so are
    answers kept whole that answer another text of their query (those a query makes: see
    :meth:`KeptAnswers.make`)."""
    folder = store_dir / KEPT_DIR
    folder.mkdir(exist_ok=True)
    wanted = {q.key: q for q in queries}
    for file in folder.iterdir():
        query = wanted.get(file.stem)
        if query is None or file.name not in (query.file_name, f"{query.key}.rq"):
            file.unlink(missing_ok=True)
    for key, query in wanted.items():
        path = folder / query.file_name
        if not query.subject:
            if _stale_whole(path, query):
                path.unlink(missing_ok=True)
                path.with_suffix(".rq").unlink(missing_ok=True)
            continue
        if _read_header(path) == (query.digest, query.describes) and _text_of(path) is not None:
            continue
        text = folder / f"{key}.rq"
        part = text.with_name(text.name + ".part")
        part.write_text(query.text, encoding="utf-8")
        part.replace(text)
        _write_answer(store, path, _header(query), query.text)


def _stale_whole(path: Path, query: KeptQuery) -> bool:
    """Whether an answer kept whole is at ``path`` for another text of ``query`` than its
    own (one that is missing is not stale: the next query makes it)."""
    return path.exists() and (_read_header(path) != (query.digest, query.describes)
                              or _text_of(path) is None)


def _write_answer(store: ox.Store, path: Path, head: bytes, text: str) -> None:
    """Run ``text`` on ``store`` and write its answer at ``path`` after ``head``."""
    result = store.query(text, prefixes=PREFIXES)
    if path.suffix == ".tsv":
        try:
            rows = _rows(result)
        except NotKeepable:
            path.unlink(missing_ok=True)
            return
        _write(path, head, rows=rows)
    else:
        _write(path, head, _triples(result))


def ensure_kept(store_dir: Path, queries: Sequence[KeptQuery]) -> None:
    """Make the store in place at ``store_dir`` keep the answers of exactly ``queries``,
    running only those kept per subject that are missing or kept for another text of their
    query (a build that replaced no graph, after a saved query was added or edited), and
    removing those kept whole for another text (the next query makes them: see
    :meth:`KeptAnswers.make`)."""
    folder = store_dir / KEPT_DIR
    current = all(_read_header(folder / q.file_name) == (q.digest, q.describes)
                  and _text_of(folder / q.file_name) is not None
                  if q.subject else not _stale_whole(folder / q.file_name, q)
                  for q in queries)
    names = {name for q in queries for name in (q.file_name, f"{q.key}.rq")}
    extra = folder.is_dir() and any(f.name not in names for f in folder.iterdir())
    if current and not extra:
        return
    keep_answers(ox.Store.read_only(str(store_dir)), store_dir, queries)


def copy_kept(store_dir: Path, staging: Path) -> None:
    """Give the copy of the store at ``staging`` the store's kept answers: hard links where
    the file system allows (every writer here puts a new file in place of an answer, never
    writes into one, so the store's own files are never changed through the copy's), else
    copies."""
    source = store_dir / KEPT_DIR
    if source.is_dir():
        shutil.copytree(source, staging / KEPT_DIR, copy_function=_link_or_copy)


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def subjects_store(store: ox.Store, subjects: Iterable[ox.NamedNode | ox.BlankNode | ox.Triple],
                   store_dir: Path) -> ox.Store | None:
    """A small in-memory store of the quads about ``subjects`` (the named nodes among
    them) in ``store``, as :func:`update_kept` compares them; None when the store at
    ``store_dir`` keeps no answer."""
    if not (store_dir / KEPT_DIR).is_dir():
        return None
    return _quads_about(store, {s for s in subjects if isinstance(s, ox.NamedNode)})


def _quads_about(store: ox.Store, subjects: set[ox.NamedNode]) -> ox.Store:
    small = ox.Store()
    small.extend(quad for s in sorted(subjects, key=str)
                 for quad in store.quads_for_pattern(s, None, None, None))
    return small


def update_kept(store: ox.Store, store_dir: Path,
                subjects: Iterable[ox.NamedNode | ox.BlankNode | ox.Triple],
                before: ox.Store | None = None, touched: Iterable[ox.Triple] = ()) -> None:
    """Bring the kept answers in ``store_dir`` in line with ``store`` after the triples
    ``touched``, about ``subjects``, came or went (and only those): each answer's parts
    about them are run again, on a store holding only their quads, and put in place of the
    old parts. (An answer has no blank node, so no part is about one.) An answer kept whole
    is removed when a triple it reads is among ``touched`` (the next query makes it again:
    a whole-corpus query, 0.6 s for ``latest-figures`` at a million triples, that a build
    need not wait for).

    ``before`` is the same small store made before the change (:func:`subjects_store`): an
    answer whose parts about ``subjects`` are the same in both is left as it is, unread
    (most edits change no kept answer)."""
    folder = store_dir / KEPT_DIR
    about = {s for s in subjects if isinstance(s, ox.NamedNode)}
    changed = _read_keys(touched)
    if not folder.is_dir() or not (about or changed):
        return
    keys = {f"<{s.value}>".encode() for s in about}
    small = _quads_about(store, about)
    for path in sorted(folder.glob("*.tsv")) + sorted(folder.glob("*.nt")):
        text = _text_of(path)
        header = _read_header(path)
        if text is None or header is None:  # not an answer, or its text is gone
            path.unlink()
            continue
        if header[1].startswith("reads: "):
            if not changed.isdisjoint(header[1].split()[1:]):
                path.unlink()
                path.with_suffix(".rq").unlink(missing_ok=True)
            continue
        if path.suffix == ".tsv":
            if before is None or _row_parts(small, text) != _row_parts(before, text):
                _write_answer(store, path, _header_of(path), text)
            continue
        parts = _answer(small, text)
        if parts is None:  # it can no longer be kept
            path.unlink()
            continue
        if before is not None and set(parts) == set(_answer(before, text) or ()):
            continue
        # the header and the lines about other subjects stay as they are
        lines = path.read_bytes().splitlines(keepends=True)
        kept = b"".join([line for line in lines
                         if line[:line.find(b" ")] not in keys or line[:1] == b"#"])
        _write(path, kept, parts)


def _header_of(path: Path) -> bytes:
    """The header lines of a kept answer (its rows or triples are all made anew)."""
    with path.open("rb") as answer:
        return b"".join(answer.readline() for _ in range(_HEADER_LINES))


def _read_keys(triples: Iterable[ox.Triple]) -> set[str]:
    """What ``triples`` would change of an answer kept whole: ``<p>`` for each, and
    ``<rdf:type><C>`` for each of a class (see :attr:`KeptQuery.reads`)."""
    found: set[str] = set()
    for triple in triples:
        found.add(f"<{triple.predicate.value}>")
        if triple.predicate.value == _RDF_TYPE and isinstance(triple.object, ox.NamedNode):
            found.add(f"<{_RDF_TYPE}><{triple.object.value}>")
    return found


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _row_parts(store: ox.Store, text: str) -> list[bytes] | None:
    """The rows of SELECT ``text`` on ``store`` as TSV lines, sorted (the parts of the
    subjects in ``store``, compared as a multiset); None if they cannot be kept."""
    try:
        return sorted(_rows(store.query(text, prefixes=PREFIXES)).splitlines()[1:])
    except NotKeepable:
        return None


def _answer(store: ox.Store, text: str) -> list[ox.Triple] | None:
    """The triples of CONSTRUCT ``text`` on ``store``; None if they cannot be kept."""
    try:
        return list(_triples(store.query(text, prefixes=PREFIXES)))
    except NotKeepable:
        return None


def _text_of(path: Path) -> str | None:
    """The query text kept beside an answer (``<name>.rq``), if it is the one answered:
    what a rebuild runs again on the subjects that changed."""
    header = _read_header(path)
    try:
        text = path.with_suffix(".rq").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if header is None or hashlib.sha256(text.encode("utf-8")).hexdigest() != header[0]:
        return None
    return text


class KeptAnswers:
    """The kept answers of one store, as opened: an answer is given only while the folder at
    the store's path is still the store that was opened (a build may swap in another)."""

    def __init__(self, store_dir: Path, identity: tuple[int, int] | None) -> None:
        self.store_dir = store_dir
        self.identity = identity

    def answer(self, name: str, text: str, subject: str) -> tuple[ox.Triple, ...] | None:
        """The kept answer of CONSTRUCT query ``name`` whose text is ``text``, or None (none
        kept, kept for another text, unreadable, or the store replaced since it was
        opened)."""
        path = self._current(KeptQuery(name, text, subject))
        if path is None:
            return None
        try:
            with collection_paused():  # (millions of objects, none in a cycle)
                triples = tuple(quad.triple for quad in
                                ox.parse(path=path, format=ox.RdfFormat.N_TRIPLES))
        except (OSError, SyntaxError, ValueError):
            return None
        return triples if _identity(self.store_dir) == self.identity else None

    def rows(self, name: str, text: str, subject: str) -> tuple[
            tuple[str, ...], list[tuple[ox.NamedNode | ox.BlankNode | ox.Literal | None, ...]]] \
            | None:
        """The kept answer of SELECT query ``name`` run as ``text`` (its parameters bound):
        its variables and its rows in order (None for an unbound value), or None as
        :meth:`answer`."""
        path = self._current(KeptQuery(name, text, subject, "select"))
        if path is None:
            return None
        try:
            with path.open("rb") as data:
                for _ in range(_HEADER_LINES):
                    data.readline()
                found = _parsed_rows(data)
        except (OSError, SyntaxError, ValueError):
            return None
        if found is None or _identity(self.store_dir) != self.identity:
            return None
        return found

    def make_rows(self, store: ox.Store, query: KeptQuery) -> tuple[
            tuple[str, ...], list[tuple[ox.NamedNode | ox.BlankNode | ox.Literal | None, ...]]]:
        """Run SELECT ``query`` (kept whole) on ``store``, the store opened, and keep its
        answer (see :meth:`make`): its variables and rows, as :meth:`rows` gives them."""
        data = _serialized(store.query(query.text, prefixes=PREFIXES))
        if not _TSV_UNKEEPABLE.search(data):
            self.make(query, data)
        found = _parsed_rows(BytesIO(data))
        assert found is not None  # (the store's own TSV of a SELECT)
        return found

    def make_triples(self, store: ox.Store, query: KeptQuery) -> tuple[ox.Triple, ...]:
        """Run CONSTRUCT ``query`` (kept whole) on ``store``, the store opened, and keep its
        answer (see :meth:`make`): its triples."""
        result = store.query(query.text, prefixes=PREFIXES)
        if not isinstance(result, ox.QueryTriples):
            raise TypeError("make_triples() takes a CONSTRUCT query")
        with collection_paused():  # (see answer)
            triples = tuple(result)
        if not any(map(_blank, triples)):
            data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
            assert data is not None  # (given no output, it returns the bytes)
            self.make(query, data)
        return triples

    def make(self, query: KeptQuery, data: bytes) -> bool:
        """Keep ``data``, the answer of ``query`` (kept whole) just made on the store opened,
        with its text beside it: in that store's folder, and only while that folder is the
        one at the store's path (the folder is held open while it is checked and written
        in, so a store swapped in meanwhile is never given it). Each file is put in place
        whole. False when it is not kept: another store is in place, or this one cannot be
        written (one the user may read but not write, say); the answer is good all the
        same."""
        if self.identity is None:
            return False
        try:
            root = os.open(self.store_dir, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            return False
        try:
            stat = os.fstat(root)
            if (stat.st_dev, stat.st_ino) != self.identity:
                return False
            with suppress(FileExistsError):
                os.mkdir(KEPT_DIR, dir_fd=root)
            folder = os.open(KEPT_DIR, os.O_RDONLY | os.O_DIRECTORY, dir_fd=root)
            try:
                _put(folder, f"{query.key}.rq", query.text.encode("utf-8"))
                _put(folder, query.file_name, _header(query) + data)
            finally:
                os.close(folder)
        except OSError:
            return False
        finally:
            os.close(root)
        return True

    def _current(self, query: KeptQuery) -> Path | None:
        """The file of ``query``'s kept answer while the store opened is in place: the
        answer for its defaults or for other values (``variant``), for exactly its text
        (and, with a subject, about it; with none, kept whole)."""
        if self.identity is None or _identity(self.store_dir) != self.identity:
            return None
        for variant in (False, True):
            path = self.store_dir / KEPT_DIR / replace(query, variant=variant).file_name
            header = _read_header(path)
            if header is not None and header[0] == query.digest and (
                    header[1] == query.describes if query.subject
                    else header[1].startswith("reads: ")):
                return path
        return None


def _serialized(result: object) -> bytes:
    """A SELECT's answer as SPARQL results in TSV, its rows in the order the store gave."""
    if not isinstance(result, ox.QuerySolutions):
        raise NotKeepable("not a SELECT query")
    data = result.serialize(format=ox.QueryResultsFormat.TSV)
    assert data is not None  # (given no output, it returns the bytes)
    return data


def _parsed_rows(data: BinaryIO) -> tuple[
        tuple[str, ...], list[tuple[ox.NamedNode | ox.BlankNode | ox.Literal | None, ...]]] \
        | None:
    """The variables and rows of SPARQL results in TSV (None for an unbound value or an
    RDF-star triple), or None when they are not a SELECT's."""
    with collection_paused():  # (millions of objects, none in a cycle)
        solutions = ox.parse_query_results(data, ox.QueryResultsFormat.TSV)
        if not isinstance(solutions, ox.QuerySolutions):
            return None
        variables = tuple(v.value for v in solutions.variables)
        rows = [tuple(None if isinstance(value, ox.Triple) else value for value in solution)
                for solution in solutions]
    return variables, rows


def _put(folder: int, name: str, data: bytes) -> None:
    """Write ``data`` as the file ``name`` in the open folder ``folder``, whole: a file of
    its own first, then renamed over the old (which other readers keep reading)."""
    part = f"{name}.{os.getpid()}-{secrets.token_hex(4)}.part"
    out = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644, dir_fd=folder)
    try:
        with os.fdopen(out, "wb") as file:
            file.write(data)
        os.replace(part, name, src_dir_fd=folder, dst_dir_fd=folder)
    except BaseException:
        with suppress(OSError):
            os.unlink(part, dir_fd=folder)
        raise


def _identity(folder: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(folder)
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino) if S_ISDIR(stat.st_mode) else None
