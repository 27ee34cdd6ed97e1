"""The build's cache of compiled fact sheets, so that a rebuild re-reads only what changed.

For each sheet the cache keeps, under ``build/cache/``, its named graph as N-Quads and the
origin of each triple; one index file holds every sheet's outline (what the cross-sheet
checks need) and the digests it was made from. An entry is used only while the sheet's
bytes, its article's bytes and the compiler's own source code are those it was made from;
the caller also checks the types of the entities it names.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
import rdflib

from .compiled import OriginTable, SheetGraph
from .outlines import SheetOutline
from .project import file_digest

if TYPE_CHECKING:
    from .factsheets import FactSheet

__all__ = ["CachedSheet", "SheetCache", "compiler_fingerprint"]

# The modules whose code decides what a sheet compiles to (and what an entry holds).
_COMPILER_MODULES = ("compiled", "dates", "facts", "factsheets", "located_yaml", "outlines",
                     "sheet_cache", "sources", "text", "triples", "vocab")


@cache
def compiler_fingerprint() -> str:
    """A digest of the source of every module that decides what a sheet compiles to, and
    of the versions of the libraries it uses to write terms."""
    digest = hashlib.sha256(b"partygraph sheet cache 1")
    # and of the libraries that write the terms (literal forms, canonical blank nodes)
    digest.update(f"rdflib {rdflib.__version__} pyoxigraph {ox.__version__}".encode())
    here = Path(__file__).parent
    for name in _COMPILER_MODULES:
        digest.update((here / f"{name}.py").read_bytes())
    return digest.hexdigest()


def _write_atomically(path: Path, data: bytes) -> None:
    staging = path.with_name(path.name + ".new")
    staging.write_bytes(data)
    os.replace(staging, path)


@dataclass(frozen=True)
class CachedSheet:
    """A cache entry that is still valid for the sheet on disk."""

    outline: SheetOutline
    graph: SheetGraph


class SheetCache:
    """Compiled sheets of one project, stored beside its build.

    The index is a header line, then one JSON line per sheet, so that a rebuild writes
    the lines of unchanged sheets back as they were read. Entries saved are recorded in
    the index only by :meth:`commit`; an entry whose files were written but never
    committed is compiled again by the next build.
    """

    INDEX = "index.jsonl"

    def __init__(self, folder: Path, root: Path) -> None:
        self.folder = folder
        self.root = root
        self._prefix = os.path.join(os.path.normpath(root), "")
        self._index = self._read_index()  # relative path -> (entry, its line as read)
        self._next: dict[str, bytes] = {}  # relative path -> its line in the next index
        self.digests: dict[str, str] = {}  # every file hashed so far, by path in the project
        self._kept: set[str] = set()  # other files in the folder still in use

    def _header(self) -> bytes:
        return json.dumps({"fingerprint": compiler_fingerprint()}).encode() + b"\n"

    def _read_index(self) -> dict[str, tuple[dict[str, Any], bytes]]:
        try:
            with (self.folder / self.INDEX).open("rb") as lines:
                if next(lines, b"") != self._header():
                    return {}  # made by another compiler: every sheet is compiled afresh
                index = {}
                for line in lines:
                    try:
                        relative, entry = json.loads(line)
                    except (ValueError, TypeError):
                        continue  # a damaged line: that sheet is compiled afresh
                    index[relative] = (entry, line)
                return index
        except OSError:
            return {}  # none yet: every sheet is compiled afresh

    def _relative(self, file: Path) -> str:
        # String operations only (no resolve): the project's paths are absolute already.
        path = os.path.normpath(file)
        relative = (path[len(self._prefix):] if path.startswith(self._prefix)
                    else os.path.relpath(path, self.root))
        return relative if os.sep == "/" else relative.replace(os.sep, "/")

    def _paths(self, relative: str) -> tuple[Path, Path]:
        name = hashlib.sha1(relative.encode()).hexdigest()[:20]
        return self.folder / f"{name}.nq", self.folder / f"{name}.origins.json"

    def digest(self, file: Path) -> str:
        """The digest of ``file`` (a sheet or an article), hashed once per build."""
        relative = self._relative(file)
        found = self.digests.get(relative)
        if found is None:
            found = self.digests[relative] = file_digest(file)
        return found

    def ontology(self, file: Path, compile_ontology: Callable[[], list[str]]) -> list[str]:
        """The ontology graph's N-Quads lines: cached while the file and compiler are the
        same, else ``compile_ontology()`` (which parses it, a tenth of a second or more)."""
        key = hashlib.sha256(f"{self.digest(file)} {compiler_fingerprint()}".encode())
        path = self.folder / f"ontology.{key.hexdigest()[:20]}.nq"
        self._kept.add(path.name)
        try:
            return path.read_text(encoding="utf-8").splitlines()
        except OSError:
            pass
        lines = compile_ontology()
        self.folder.mkdir(parents=True, exist_ok=True)
        _write_atomically(path, "".join(f"{line}\n" for line in lines).encode())
        return lines

    def lookup(self, file: Path) -> CachedSheet | None:
        """The entry for ``file`` if the sheet, its article and the compiler are unchanged."""
        relative = self._relative(file)
        meta, line = self._index.get(relative, (None, b""))
        try:
            sheet_digest = self.digest(file)
            if not isinstance(meta, dict) or meta["sheet"] != sheet_digest:
                return None
            article = self.root / meta["article"]
            if meta["article_digest"] != self.digest(article):
                return None
            outline = SheetOutline.from_json({**meta["outline"], "file": str(file)})
            nq_path, origins_path = self._paths(relative)
            if not nq_path.is_file():
                return None
        except (OSError, ValueError, KeyError, TypeError):
            return None  # an entry from another version: compile afresh
        self._next[relative] = line
        mentioned = frozenset(entity for entity, _, _ in outline.declared) | set(meta["ref_types"])
        graph = SheetGraph(meta["file"], meta["graph"], meta["ref_types"],
                           read_data=nq_path.read_bytes,
                           read_origins=partial(_read_origins, origins_path),
                           mentioned=mentioned, typed=meta["typed"], owned=meta["owned"],
                           size=meta["size"], digest=meta["digest"])
        return CachedSheet(outline, graph)

    def save(self, sheet: FactSheet, outline: SheetOutline, graph: SheetGraph) -> SheetGraph:
        """Store a freshly compiled sheet; the same graph, now read back from the cache."""
        self.folder.mkdir(parents=True, exist_ok=True)
        relative = self._relative(sheet.file)
        nq_path, origins_path = self._paths(relative)
        _write_atomically(nq_path, graph.data())
        _write_atomically(origins_path, json.dumps(graph.origin_table(), ensure_ascii=False,
                                                   separators=(",", ":")).encode())
        meta = {
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
            "digest": graph.digest,
        }
        self._next[relative] = json.dumps([relative, meta], ensure_ascii=False,
                                          separators=(",", ":")).encode() + b"\n"
        return SheetGraph(graph.file, graph.graph, graph.ref_types, read_data=nq_path.read_bytes,
                          read_origins=partial(_read_origins, origins_path),
                          mentioned=graph.mentioned, typed=graph.typed, owned=graph.owned,
                          size=graph.size, digest=graph.digest)

    def commit(self) -> None:
        """Write the index of the entries looked up or saved, and remove every other file
        (the entries of deleted sheets)."""
        if not self.folder.is_dir():
            return
        if self._next != {relative: line for relative, (_, line) in self._index.items()}:
            _write_atomically(self.folder / self.INDEX,
                              self._header() + b"".join(self._next[r] for r in sorted(self._next)))
        keep = {self.INDEX, *self._kept} | {path.name for relative in self._next
                               for path in self._paths(relative)}
        for path in self.folder.iterdir():
            if path.name not in keep:
                path.unlink(missing_ok=True)


def _read_origins(path: Path) -> OriginTable:
    table = json.loads(path.read_text(encoding="utf-8"))
    return {subject: {predicate: [(line, item) for line, item in entries]
                      for predicate, entries in by_predicate.items()}
            for subject, by_predicate in table.items()}
