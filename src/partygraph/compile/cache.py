"""The build's cache of compiled fact sheets, so that a rebuild re-reads only what changed.

For each sheet the cache keeps, under ``build/cache/``, its named graph as N-Quads, the
origin of each triple, the summary the derived figures are made from (:mod:`.derived`) and
the catalogue part and the full part the exports read (:mod:`.catalogue`,
:mod:`.full_part`);
one index file holds every sheet's outline (what the cross-sheet checks need) and the
digests it was made from. The derived graphs are kept too, named by the digests of every
sheet's summary: a build in which no summary changed (most edits of a value) reads them
back instead of deriving them again. An entry is used only while the sheet's
bytes, its article's bytes and the compiler's own source code are those it was made from;
the caller also checks the types of the entities it names, unless every sheet was taken
from an index whole as a build committed it (:meth:`SheetCache.all_taken`).

The files are named by the SHA-256 of their content (never given other bytes), the index is
written last (atomically), so a build that fails or is killed part-way leaves the index and
the files it names as they were: an entry can only ever give the graph it was made with.
A file whose size or content does not match the index is not used (see
:class:`DamagedCacheError`).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from partygraph.compile.catalogue import part_of, write_part
from partygraph.compile.dataset import DerivedGraphs, OriginTable, SheetGraph
from partygraph.compile.derived import Summary, summary_of
from partygraph.compile.full_part import full_part_of, write_full_part
from partygraph.errors import PartygraphError
from partygraph.rdf.concepts import Vocabulary, vocabulary_from_plain, vocabulary_to_plain
from partygraph.sheets.crosscheck import SheetOutline
from partygraph.util.checked_pickle import UNPICKLING_ERRORS, loads_plain
from partygraph.util.files import code_digest, file_digest, relative_path, write_atomically

if TYPE_CHECKING:
    from partygraph.sheets.load import FactSheet

__all__ = ["CachedSheet", "DamagedCacheError", "SheetCache", "catalogue_part_path",
           "compiler_fingerprint", "full_part_path", "graph_data_path"]

# The subpackages whose code decides what a sheet compiles to (and what an entry holds).
_COMPILER_PACKAGES = ("compile", "rdf", "sheets", "util")


@cache
def compiler_fingerprint() -> str:
    """A digest of the source of every module that decides what a sheet compiles to, and
    of the versions of the libraries it uses to write terms."""
    # rdflib and pyoxigraph write the terms (literal forms, canonical blank nodes)
    return code_digest(_COMPILER_PACKAGES, ("rdflib", "pyoxigraph"))


def catalogue_part_path(folder: Path, digest: str) -> Path:
    """Where the cache in ``folder`` keeps the catalogue part (see
    :mod:`partygraph.compile.catalogue`) of the graph whose N-Quads have the SHA-256
    ``digest``, as this compiler makes it."""
    return folder / f"{digest}.catalogue.{compiler_fingerprint()[:16]}.pickle"


def full_part_path(folder: Path, digest: str) -> Path:
    """Where the cache in ``folder`` keeps the full part (see
    :mod:`partygraph.compile.full_part`) of the graph whose N-Quads have the SHA-256
    ``digest``, as this compiler makes it."""
    return folder / f"{digest}.full.{compiler_fingerprint()[:16]}.pickle"


def graph_data_path(folder: Path, digest: str) -> Path:
    """Where the cache in ``folder`` keeps the N-Quads of the compiled graph whose SHA-256
    is ``digest`` (the digest a build records for the graph it put in the store)."""
    return folder / f"{digest}.nq"


class DamagedCacheError(PartygraphError):
    """A cache file's content is not what the index says; the file has been removed, so
    the next build compiles its sheet afresh."""


# The pickle protocol of the index's entries (plain dicts, lists, strings and numbers).
_PICKLE = 5
# An index entry as written: the SHA-256 of the pickled entry, and those bytes.
_Record = tuple[str, bytes]

# The ontology's and the vocabulary's kept files, by name less their content digest: the
# same inputs give the same bytes in any project, and a process that compiles several
# projects (a test run compiles hundreds) parses them once.
_IN_PROCESS: dict[str, bytes] = {}


def _content_name(data: bytes, suffix: str) -> str:
    return hashlib.sha256(data).hexdigest() + suffix


class _VerifiedFile:
    """Reads a cache file, checking once that its content has the digest in its name."""

    def __init__(self, path: Path, digest: str, *, checked: bool = False) -> None:
        self.path = path
        self.digest = digest
        self._checked = checked  # True for a file this build has just written

    def __call__(self) -> bytes:
        data = self.path.read_bytes()
        if not self._checked:
            if hashlib.sha256(data).hexdigest() != self.digest:
                self.path.unlink(missing_ok=True)
                raise DamagedCacheError(
                    f"{self.path} does not hold what the build cache's index says (damaged?); "
                    "it was removed: run the command again to compile its sheet afresh")
            self._checked = True
        return data


@dataclass(frozen=True)
class CachedSheet:
    """A cache entry that is still valid for the sheet on disk."""

    outline: SheetOutline
    graph: SheetGraph


class SheetCache:
    """Compiled sheets of one project, stored beside its build.

    The index is a header line (JSON), a line with the SHA-256 of the rest (its seal), then
    for each sheet a line of its path, the SHA-256
    and the length of its entry, and the entry's bytes (:mod:`pickle`, read in a fraction
    of the time JSON takes). A rebuild writes the entries of unchanged sheets back as they
    were read; an entry whose bytes are not those its digest names is never unpickled
    (that sheet is compiled afresh). Entries saved are recorded in the index only by
    :meth:`commit`; an entry whose files were written but never committed is compiled
    again by the next build.
    """

    INDEX = "index.pickle"

    def __init__(self, folder: Path, root: Path, *, shared: Sequence[Path] = ()) -> None:
        """``shared`` are the files every sheet's compilation reads (the concept schemes):
        when one changes, every sheet is compiled afresh."""
        self.folder = folder
        self.root = root
        self.digests: dict[str, str] = {}  # every file hashed so far, by path in the project
        self._shared = [f"{self._relative(f)}:{self.digest(f)}" for f in shared]
        self._sealed = False  # the index read is whole, as a build committed it
        self._index = self._read_index()  # relative path -> (entry, its record as read)
        self._next: dict[str, _Record] = {}  # relative path -> its record in the next index
        self._metas: dict[str, dict[str, Any]] = {}  # relative path -> its next entry
        self._kept: set[str] = set()  # other files in the folder still in use

    def _header(self) -> bytes:
        return json.dumps({"fingerprint": compiler_fingerprint(), "shared": self._shared,
                           "pickle": _PICKLE}).encode() + b"\n"

    def _read_index(self) -> dict[str, tuple[dict[str, Any], _Record]]:
        try:
            data = (self.folder / self.INDEX).read_bytes()
        except OSError:
            return {}  # none yet: every sheet is compiled afresh
        header, _, body = data.partition(b"\n")
        if header + b"\n" != self._header():
            return {}  # made by another compiler: every sheet is compiled afresh
        seal, _, rest = body.partition(b"\n")
        if seal.startswith(b"seal "):
            body = rest
            self._sealed = seal == b"seal " + hashlib.sha256(body).hexdigest().encode()
        index: dict[str, tuple[dict[str, Any], _Record]] = {}
        at = 0
        while at < len(body):  # a line "path digest length", then that many bytes
            end = body.find(b"\n", at)
            try:
                relative, digest, length = body[at:end].decode().rsplit(" ", 2)
                size = int(length)
            except (ValueError, UnicodeDecodeError):
                break  # damaged from here on: those sheets are compiled afresh
            if end < 0 or size < 0:
                break
            blob, at = body[end + 1:end + 1 + size], end + 1 + size
            if hashlib.sha256(blob).hexdigest() != digest:
                continue  # a damaged entry: that sheet is compiled afresh
            try:  # (only bytes whose digest is right are unpickled)
                entry = loads_plain(blob)
            except UNPICKLING_ERRORS:
                continue
            if isinstance(entry, dict):
                index[relative] = (entry, (digest, blob))
        return index

    def _relative(self, file: Path) -> str:
        return relative_path(file, self.root)

    def _paths(self, meta: dict[str, Any]) -> tuple[Path, Path]:
        """The entry's graph and origins files, named by the digests of their content."""
        return (graph_data_path(self.folder, meta["digest"]),
                self.folder / f"{meta['origins']}.origins.json")

    def digest(self, file: Path) -> str:
        """The digest of ``file`` (a sheet or an article), hashed once per build."""
        relative = self._relative(file)
        found = self.digests.get(relative)
        if found is None:
            found = self.digests[relative] = file_digest(file)
        return found

    def ontology(self, files: Sequence[Path],
                 compile_ontology: Callable[[], list[str]]) -> list[str]:
        """The ontology graph's N-Quads lines: cached while its files and the compiler are
        the same, else ``compile_ontology()`` (which parses them, a tenth of a second or more)."""
        digests = " ".join(self.digest(file) for file in files)
        data = self._kept_file("ontology", digests, lambda: "".join(
            f"{line}\n" for line in compile_ontology()).encode())
        return data.decode().splitlines()

    def vocabulary(self, read: Callable[[], Vocabulary]) -> Vocabulary:
        """The concept schemes of the ``shared`` files: kept as plain data (JSON) while
        those files and the compiler are the same, else ``read()`` (which parses their
        Turtle: a third of a second of a rebuild after one sheet's edit)."""
        data = self._kept_file("vocabulary", " ".join(self._shared), lambda: json.dumps(
            vocabulary_to_plain(read()), ensure_ascii=False).encode(), ".json")
        return vocabulary_from_plain(json.loads(data))

    def _prefix(self, kind: str, inputs: str) -> str:
        key = hashlib.sha256(f"{inputs} {compiler_fingerprint()}".encode())
        return f"{kind}.{key.hexdigest()[:20]}."

    def _kept_file(self, kind: str, inputs: str, make: Callable[[], bytes],
                   suffix: str = ".nq") -> bytes:
        """A file kept in the cache, named by a digest of its ``inputs`` (and of the
        compiler) and by the digest of its content, which is checked on reading: its bytes,
        or ``make()``'s (or those this process made for the same inputs), then kept."""
        prefix = self._prefix(kind, inputs)
        for found in self.folder.glob(f"{prefix}*{suffix}"):
            data = found.read_bytes()
            if found.name == prefix + _content_name(data, suffix):
                self._kept.add(found.name)
                return data
        data = _IN_PROCESS.get(prefix + suffix) or make()
        _IN_PROCESS[prefix + suffix] = data
        path = self.folder / (prefix + _content_name(data, suffix))
        self._kept.add(path.name)
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data)
        return data

    def _summary_path(self, digest: str) -> Path:
        return self.folder / f"{digest}.summary.json"

    def derived(self, sheets: Sequence[SheetGraph],
                derive_graphs: Callable[[], dict[str, bytes]]) -> Mapping[str, bytes]:
        """The derived graphs (name -> N-Quads text) of ``sheets``: kept while every sheet's
        summary and the compiler are the same, else ``derive_graphs()`` (and kept).

        A kept file starts with a line naming each graph with its length, SHA-256 and
        number of lines, and is named by that line's digest: the graphs' digests are known
        from it alone, and their text is read (and checked) only when first needed
        (:class:`~partygraph.compile.dataset.DerivedGraphs`).
        """
        if not all(sheet.summary_digest for sheet in sheets):
            return derive_graphs()  # a sheet the cache did not write: nothing to key on
        inputs = " ".join(sheet.summary_digest for sheet in sheets)
        key = hashlib.sha256(f"{inputs} {compiler_fingerprint()}".encode())
        prefix = f"derived.{key.hexdigest()[:20]}."
        for found in self.folder.glob(f"{prefix}*.nq"):
            kept = _kept_derived(found, found.name.removeprefix(prefix).removesuffix(".nq"))
            if kept is not None:
                self._kept.add(found.name)
                return kept
        graphs = derive_graphs()
        header = json.dumps([[name, len(data), hashlib.sha256(data).hexdigest(),
                              data.count(b"\n")] for name, data in graphs.items()]).encode()
        path = self.folder / (prefix + _content_name(header, ".nq"))
        self._kept.add(path.name)
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(path, header + b"\n" + b"".join(graphs.values()))
        return DerivedGraphs({name: (hashlib.sha256(data).hexdigest(), data.count(b"\n"))
                              for name, data in graphs.items()}, lambda: graphs)

    def lookup(self, file: Path) -> CachedSheet | None:
        """The entry for ``file`` if the sheet, its article and the compiler are unchanged."""
        relative = self._relative(file)
        meta, record = self._index.get(relative, (None, ("", b"")))
        try:
            sheet_digest = self.digest(file)
            if not isinstance(meta, dict) or meta["sheet"] != sheet_digest:
                return None
            article = self.root / meta["article"]
            if meta["article_digest"] != self.digest(article):
                return None
            outline = SheetOutline.from_json({**meta["outline"], "file": str(file)})
            nq_path, origins_path = self._paths(meta)
            # A file lost or cut short: compile afresh (its content is checked when read).
            if nq_path.stat().st_size != meta["bytes"] \
                    or origins_path.stat().st_size != meta["origins_bytes"]:
                return None
            summary_path = self._summary_path(meta["summary"])
            if summary_path.stat().st_size != meta["summary_bytes"]:
                return None
        except (OSError, ValueError, KeyError, TypeError):
            return None  # an entry from another version: compile afresh
        self._next[relative] = record
        self._metas[relative] = meta
        mentioned = frozenset(entity for entity, _, _ in outline.declared) | set(meta["ref_types"])
        graph = SheetGraph(meta["file"], meta["graph"], meta["ref_types"],
                           read_data=_VerifiedFile(nq_path, meta["digest"]),
                           read_origins=partial(_read_origins, origins_path, meta["origins"]),
                           mentioned=mentioned, typed=meta["typed"], owned=meta["owned"],
                           size=meta["size"], digest=meta["digest"],
                           names_key=meta["names_key"],
                           read_summary=partial(_read_summary, summary_path, meta["summary"]),
                           summary_digest=meta["summary"])
        return CachedSheet(outline, graph)

    def save(self, sheet: FactSheet, outline: SheetOutline, graph: SheetGraph) -> SheetGraph:
        """Store a freshly compiled sheet; the same graph, now read back from the cache."""
        self.folder.mkdir(parents=True, exist_ok=True)
        relative = self._relative(sheet.file)
        data = graph.data()
        origins = json.dumps(graph.origin_table(), ensure_ascii=False,
                             separators=(",", ":")).encode()
        digest = hashlib.sha256(data).hexdigest()
        origins_digest = hashlib.sha256(origins).hexdigest()
        # Named by their content: an entry in the index never sees another's bytes.
        nq_path = graph_data_path(self.folder, digest)
        origins_path = self.folder / f"{origins_digest}.origins.json"
        write_atomically(nq_path, data)
        write_atomically(origins_path, origins)
        # what the exports read of it (see compile.catalogue) and what the derived figures
        # need (see compile.derived), from one parse of the graph
        quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
        write_part(catalogue_part_path(self.folder, digest), part_of(quads))
        write_full_part(full_part_path(self.folder, digest),
                        full_part_of((q.subject, q.predicate, q.object) for q in quads))
        if graph.derived is None:
            graph.derived = summary_of(quads)
        del quads
        summary = graph.summary()
        summary_data = json.dumps(summary, ensure_ascii=False, separators=(",", ":")).encode()
        summary_digest = hashlib.sha256(summary_data).hexdigest()
        write_atomically(self._summary_path(summary_digest), summary_data)
        meta: dict[str, Any] = {
            "sheet": self.digest(sheet.file),
            "article": os.path.relpath(sheet.article.path.resolve(), self.root),
            "article_digest": self.digest(sheet.article.path),
            "outline": {**outline.to_json(), "file": graph.file},  # the sheet's own path on use
            "file": graph.file,
            "graph": graph.graph,
            "ref_types": graph.ref_types,
            "typed": graph.typed,
            "owned": graph.owned,
            "size": graph.size,
            "digest": digest,
            "names_key": graph.names_key,
            "bytes": len(data),
            "origins": origins_digest,
            "origins_bytes": len(origins),
            # what the derived figures need from it, in a file of its own, read only when
            # the derived graphs are made again
            "summary": summary_digest,
            "summary_bytes": len(summary_data),
        }
        blob = pickle.dumps(meta, protocol=_PICKLE)
        self._next[relative] = (hashlib.sha256(blob).hexdigest(), blob)
        self._metas[relative] = meta
        return SheetGraph(graph.file, graph.graph, graph.ref_types,
                          read_data=_VerifiedFile(nq_path, digest, checked=True),
                          read_origins=partial(_read_origins, origins_path, origins_digest),
                          mentioned=graph.mentioned, typed=graph.typed, owned=graph.owned,
                          size=graph.size, digest=digest, names_key=graph.names_key,
                          derived=summary, summary_digest=summary_digest)

    def earlier_names(self, file: Path) -> dict[str, dict[str, str]] | None:
        """The names the sheet at ``file`` gave the entities it declares when the build
        that committed the index compiled it (None: it had no entry)."""
        meta = self._index.get(self._relative(file), ({}, ("", b"")))[0]
        try:
            return {entity: dict(names) for entity, names in meta["outline"]["names"].items()}
        except (KeyError, TypeError, AttributeError, ValueError):
            return None

    def gone_names(self, present: Iterable[Path]) -> set[str] | None:
        """The entities named by the sheets the committed index has and that are no longer
        ``present``; None when the index read is not whole, as a build committed it (then
        which sheets it had is not known)."""
        if not self._sealed:
            return None
        names: set[str] = set()
        for relative in set(self._index).difference(self._relative(f) for f in present):
            try:
                names.update(self._index[relative][0]["outline"]["names"])
            except (KeyError, TypeError):
                return None  # an entry from another version: nothing is known
        return names

    def all_taken(self) -> bool:
        """True when the index read was whole, every entry of it was looked up and valid,
        and no sheet was saved: the sheets are exactly those of the build that committed it
        (after checking them together)."""
        return self._sealed and len(self._next) == len(self._index) and all(
            self._next.get(relative) == record for relative, (_, record) in self._index.items())

    def commit(self) -> None:
        """Write the index of the entries looked up or saved, and remove every other file
        (the entries of deleted sheets)."""
        if not self.folder.is_dir():
            return
        if not self._sealed or self._next != {relative: record
                                              for relative, (_, record) in self._index.items()}:
            body = b"".join(f"{relative} {digest} {len(blob)}\n".encode() + blob
                            for relative, (digest, blob) in sorted(self._next.items()))
            write_atomically(self.folder / self.INDEX, self._header() + b"seal "
                             + hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
        keep = {self.INDEX, *self._kept} | {path.name for meta in self._metas.values()
                                            for path in self._paths(meta)} \
            | {self._summary_path(meta["summary"]).name for meta in self._metas.values()} \
            | {path(self.folder, meta["digest"]).name for meta in self._metas.values()
               for path in (catalogue_part_path, full_part_path)}
        # (the vocabulary is read only when a sheet is: kept for the next edit until the
        # shared files or the compiler change)
        vocabulary = self._prefix("vocabulary", " ".join(self._shared))
        for path in self.folder.iterdir():
            if path.name not in keep and not path.name.startswith(vocabulary):
                path.unlink(missing_ok=True)


def _read_summary(path: Path, digest: str) -> Summary:
    summary: Summary = json.loads(_VerifiedFile(path, digest)().decode())
    return summary


def _kept_derived(path: Path, digest: str) -> DerivedGraphs | None:
    """The derived graphs kept at ``path``, whose first line has the SHA-256 ``digest``;
    None when that line is not so (the rest is checked when read)."""
    try:
        with path.open("rb") as stream:
            header = stream.readline()
            if hashlib.sha256(header[:-1]).hexdigest() != digest:
                return None
            entries = [(str(name), int(length), str(sha), int(lines))
                       for name, length, sha, lines in json.loads(header)]
    except (OSError, ValueError, TypeError):
        return None
    start = len(header)

    def read() -> dict[str, bytes]:
        with path.open("rb") as stream:
            stream.seek(start)
            graphs = {name: stream.read(length) for name, length, _, _ in entries}
        if any(hashlib.sha256(graphs[name]).hexdigest() != sha for name, _, sha, _ in entries):
            path.unlink(missing_ok=True)
            raise DamagedCacheError(
                f"{path} does not hold what its first line says (damaged?); it was removed: "
                "run the command again to derive those graphs afresh")
        return graphs

    return DerivedGraphs({name: (sha, lines) for name, _, sha, lines in entries}, read)


def _read_origins(path: Path, digest: str) -> OriginTable:
    table = json.loads(_VerifiedFile(path, digest)().decode())
    return {subject: {predicate: [(line, item) for line, item in entries]
                      for predicate, entries in by_predicate.items()}
            for subject, by_predicate in table.items()}
