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
default values (the text it runs with none given); with other values the query runs. The
plain query text stays the answer everywhere else (a remote endpoint, ``serve``, a store
without the file), and both give the same triples or rows.

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
A rebuild runs it again on the whole store then, and leaves it as it is otherwise (an edited
quote, a person's gender); validating one sheet right after an edit removes it instead, for
the next build to make again.

A query may also keep answers for listed values of a parameter (``for``: some levels of
``pg:OrganisationLevel``); each is kept in a file named after the digest of its text.

Each file starts with comment lines naming the digest of the query text it answers and its
subject variable (or the predicates a whole answer reads): a query whose text changed is not
answered from the file (it runs, and the next build keeps its new answer). The files are
written in the copy of the store that is then swapped in, so a store and its answers always
belong together.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from stat import S_ISDIR

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
        if isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode):
            raise NotKeepable("its answer has blank nodes")
        yield triple


def _rows(result: object) -> bytes:
    """A SELECT's answer as SPARQL results in TSV, its rows in the order the store gave."""
    if not isinstance(result, ox.QuerySolutions):
        raise NotKeepable("not a SELECT query")
    data = result.serialize(format=ox.QueryResultsFormat.TSV)
    assert data is not None  # (given no output, it returns the bytes)
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


def keep_answers(store: ox.Store, store_dir: Path, queries: Sequence[KeptQuery],
                 whole: bool = True) -> None:
    """Run each of ``queries`` on ``store`` and keep its answer in ``store_dir`` (a store not
    yet in place, or one whose answer to a query is missing or for another text of it).
    Answers of queries no longer kept are removed. With ``whole`` False, the answers kept
    whole are neither made nor removed (see :func:`update_kept`)."""
    folder = store_dir / KEPT_DIR
    folder.mkdir(exist_ok=True)
    wanted = {q.key: q for q in queries}
    for file in folder.iterdir():
        query = wanted.get(file.stem)
        if query is None or file.name not in (query.file_name, f"{query.key}.rq"):
            file.unlink(missing_ok=True)
    for key, query in wanted.items():
        if not (whole or query.subject):
            continue
        path = folder / query.file_name
        if _read_header(path) == (query.digest, query.describes) and _text_of(path) is not None:
            continue
        text = folder / f"{key}.rq"
        part = text.with_name(text.name + ".part")
        part.write_text(query.text, encoding="utf-8")
        part.replace(text)
        _write_answer(store, path, _header(query), query.text)


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


def ensure_kept(store_dir: Path, queries: Sequence[KeptQuery], whole: bool = True) -> None:
    """Make the store in place at ``store_dir`` keep the answers of exactly ``queries``,
    running only those missing or kept for another text of their query (a build that
    replaced no graph, after a saved query was added or edited, or after answers kept
    whole were left out: ``whole`` False leaves them out, as :func:`update_kept`)."""
    folder = store_dir / KEPT_DIR
    current = all(_read_header(folder / q.file_name) == (q.digest, q.describes)
                  and _text_of(folder / q.file_name) is not None
                  for q in queries if whole or q.subject)
    names = {name for q in queries for name in (q.file_name, f"{q.key}.rq")}
    extra = folder.is_dir() and any(f.name not in names for f in folder.iterdir())
    if current and not extra:
        return
    keep_answers(ox.Store.read_only(str(store_dir)), store_dir, queries, whole)


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
                before: ox.Store | None = None, touched: Iterable[ox.Triple] = (),
                whole: bool = True) -> None:
    """Bring the kept answers in ``store_dir`` in line with ``store`` after the triples
    ``touched``, about ``subjects``, came or went (and only those): each answer's parts
    about them are run again, on a store holding only their quads, and put in place of the
    old parts. (An answer has no blank node, so no part is about one.) An answer kept whole
    is run again on the whole store when a triple it reads is among ``touched``.

    ``before`` is the same small store made before the change (:func:`subjects_store`): an
    answer whose parts about ``subjects`` are the same in both is left as it is, unread
    (most edits change no kept answer). With ``whole`` False, an answer kept whole that the
    change touched is removed rather than made again (validating one sheet right after an
    edit, which needs no answer: the next build makes it again; until then the query
    runs)."""
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
            if changed.isdisjoint(header[1].split()[1:]):
                continue
            if whole:
                _write_answer(store, path, _header_of(path), text)
            else:
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
            with path.open("rb") as data, collection_paused():
                for _ in range(_HEADER_LINES):
                    data.readline()
                solutions = ox.parse_query_results(data, ox.QueryResultsFormat.TSV)
                if not isinstance(solutions, ox.QuerySolutions):
                    return None
                variables = tuple(v.value for v in solutions.variables)
                rows = [tuple(solution) for solution in solutions]
        except (OSError, SyntaxError, ValueError):
            return None
        if _identity(self.store_dir) != self.identity:
            return None
        return variables, rows

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


def _identity(folder: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(folder)
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino) if S_ISDIR(stat.st_mode) else None
