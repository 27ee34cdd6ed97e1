"""The build's cache of compiled fact sheets, so that a rebuild re-reads only what changed.

For each sheet the cache keeps, under ``build/cache/``, its outline (what the cross-sheet
checks need), its named graph as N-Quads and the origin of each triple. An entry is used
only while the sheet's bytes, its article's bytes and the compiler's own source code are
those it was made from; the caller also checks the types of the entities it names.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import Any

from .factsheets import FactSheet, SheetOutline
from .triples import OriginTable, SheetGraph

__all__ = ["CachedSheet", "SheetCache", "compiler_fingerprint"]

# The modules whose code decides what a sheet compiles to (and what an entry holds).
_COMPILER_MODULES = ("dates", "facts", "factsheets", "located_yaml", "sheet_cache", "sources",
                     "text", "triples", "vocab")


@cache
def compiler_fingerprint() -> str:
    """A digest of the source of every module that decides what a sheet compiles to."""
    digest = hashlib.sha256(b"partygraph sheet cache 1")
    here = Path(__file__).parent
    for name in _COMPILER_MODULES:
        digest.update((here / f"{name}.py").read_bytes())
    return digest.hexdigest()


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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
    """Compiled sheets of one project, stored beside its build."""

    def __init__(self, folder: Path, root: Path) -> None:
        self.folder = folder
        self.root = root
        self._used: set[str] = set()

    def _name(self, file: Path) -> str:
        relative = file.resolve().relative_to(self.root).as_posix()
        return hashlib.sha1(relative.encode()).hexdigest()[:20]

    def _paths(self, name: str) -> tuple[Path, Path, Path]:
        return (self.folder / f"{name}.json", self.folder / f"{name}.nq",
                self.folder / f"{name}.origins.json")

    def lookup(self, file: Path) -> CachedSheet | None:
        """The entry for ``file`` if the sheet, its article and the compiler are unchanged."""
        name = self._name(file)
        self._used.add(name)
        meta_path, nq_path, origins_path = self._paths(name)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if (meta["fingerprint"] != compiler_fingerprint()
                    or meta["sheet"] != _digest(file.read_bytes())):
                return None
            article = self.root / meta["article"]
            if meta["article_digest"] != _digest(article.read_bytes()):
                return None
            outline = SheetOutline.from_json({**meta["outline"], "file": str(file)})
        except (OSError, ValueError, KeyError, TypeError):
            return None  # no entry, or one from another version: compile afresh
        mentioned = frozenset(entity for entity, _, _ in outline.declared) | set(meta["ref_types"])
        graph = SheetGraph(meta["file"], meta["graph"], meta["ref_types"],
                           read_data=nq_path.read_bytes,
                           read_origins=partial(_read_origins, origins_path),
                           mentioned=mentioned, typed=meta["typed"], size=meta["size"],
                           digest=meta["digest"])
        return CachedSheet(outline, graph)

    def save(self, sheet: FactSheet, outline: SheetOutline, graph: SheetGraph) -> SheetGraph:
        """Store a freshly compiled sheet; the same graph, now read back from the cache."""
        self.folder.mkdir(parents=True, exist_ok=True)
        name = self._name(sheet.file)
        self._used.add(name)
        meta_path, nq_path, origins_path = self._paths(name)
        _write_atomically(nq_path, graph.data())
        _write_atomically(origins_path, json.dumps(graph.origin_table(), ensure_ascii=False,
                                                   separators=(",", ":")).encode())
        meta: dict[str, Any] = {
            "fingerprint": compiler_fingerprint(),
            "sheet": _digest(sheet.file.read_bytes()),
            "article": os.path.relpath(sheet.article.path.resolve(), self.root),
            "article_digest": _digest(sheet.article.path.read_bytes()),
            "outline": {**outline.to_json(), "file": graph.file},  # the sheet's own path on use
            "file": graph.file,
            "graph": graph.graph,
            "ref_types": graph.ref_types,
            "typed": graph.typed,
            "size": graph.size,
            "digest": graph.digest,
        }
        _write_atomically(meta_path, json.dumps(meta, ensure_ascii=False, indent=1).encode())
        return SheetGraph(graph.file, graph.graph, graph.ref_types, read_data=nq_path.read_bytes,
                          read_origins=partial(_read_origins, origins_path),
                          mentioned=graph.mentioned, typed=graph.typed, size=graph.size,
                          digest=graph.digest)

    def prune(self) -> None:
        """Remove the entries of sheets that were neither looked up nor saved (deleted sheets)."""
        if not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.name.split(".", 1)[0] not in self._used:
                path.unlink(missing_ok=True)


def _read_origins(path: Path) -> OriginTable:
    table = json.loads(path.read_text(encoding="utf-8"))
    return {subject: {predicate: [(line, item) for line, item in entries]
                      for predicate, entries in by_predicate.items()}
            for subject, by_predicate in table.items()}
