"""The dataset file, ``build/partygraph.nq``: every graph's quads, then the default graph,
their merge; written afresh by a build, or patched from the previous file by a rebuild.

Each *region* of the file (a graph's quads, or its section of the merge) is followed by a
comment line of spaces that pads it to a size set by its own length alone
(:func:`padded_size`: a sixteenth to a thirty-second more, at least 4 KiB). A rebuild whose
changed regions keep their padded sizes (a small edit's do) writes them where they are,
whatever the size of the corpus; otherwise it writes a new file from the previous one's
unchanged ranges. Either way the bytes are those a fresh build writes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

from partygraph.compile.dataset import CompiledGraph
from partygraph.project import Project
from partygraph.rdf.vocab import DERIVED_GRAPH, ONTOLOGY_GRAPH
from partygraph.util.files import written_atomically

__all__ = ["Written", "file_stamp", "graph_data", "layout_size", "padded_size", "padding",
           "patch_dataset", "valid_layout", "write_dataset"]

# The smallest step a region is padded to, and the share of a region a step is at least:
# 1/2**_STEP_SHIFT of its length's power of two, a sixteenth to a thirty-second of it.
_MIN_STEP = 4096
_STEP_SHIFT = 5


def padded_size(size: int) -> int:
    """The bytes a region of ``size`` bytes takes in the file, its padding included (an
    empty region takes none; a padding is two bytes at least)."""
    if size == 0:
        return 0
    step = max(_MIN_STEP, 1 << max(0, size.bit_length() - _STEP_SHIFT))
    padded = -(-size // step) * step
    return padded + step if padded - size == 1 else padded


def padding(size: int) -> bytes:
    """What follows a region of ``size`` bytes so that it takes :func:`padded_size` bytes:
    nothing, or a comment line of spaces (``#``, spaces, a line feed)."""
    gap = padded_size(size) - size
    return b"#" + b" " * (gap - 2) + b"\n" if gap else b""


@dataclass(frozen=True)
class Written:
    """A dataset file written: the triples of its merge, its layout, and how it was written
    ("afresh", "copied" from the previous file's unchanged parts, or "in place")."""

    merged: int
    layout: list[list[Any]]
    how: str = "afresh"


def write_dataset(compiled: CompiledGraph, path: Path) -> Written:
    """Write the dataset afresh as N-Quads: graph by graph, then the default graph, their
    merge.

    The merge is the RDF merge of every graph: each distinct triple once, in the order
    the graphs (ontology first, then the sheets' graphs by name, then the derived graphs)
    first state it. Several sheets state the same triple (an entity's type and label in
    every sheet that declares it); in the merge it is one triple, as RDF dataset semantics
    would have it. So the merge is, graph by graph, the triples a graph states that no
    graph before it does: its *section*. Each region is padded (see the module's
    docstring). Returns how many triples the merge has and the file's layout: each graph's
    name, the bytes of its quads, and the bytes and lines of its section (padding not
    counted).

    (The order and the padding are fixed by the graphs alone, so a fresh and an
    incremental build write the same bytes.)
    """
    with written_atomically(path, fsync_free_rename=True) as out:
        layout = _write_fresh(out, compiled)
    # (Unlinked, then renamed: a reader in between finds no file, and the manifest says
    # whether the one it finds is current.)
    return Written(_merged(layout), layout)


def _merged(layout: list[list[Any]]) -> int:
    return sum(entry[3] for entry in layout)


def _write_fresh(out: BinaryIO, compiled: CompiledGraph) -> list[list[Any]]:
    """Write every graph, then every section of the merge, then the derived graphs'
    triples, each padded; each graph is read once. Returns the layout."""
    seen: set[bytes] = set()
    sections: list[list[bytes]] = []
    derived: list[bytes] = []  # the derived graphs' triples, written after the rest
    layout: list[list[Any]] = []
    for graph, data in _graphs(compiled):
        out.write(data)
        out.write(padding(len(data)))
        if graph.startswith(f"{DERIVED_GRAPH}/"):
            # Their subjects are derived nodes that no sheet's graph states anything
            # about, and no two derived graphs state the same triple (a coverage node is
            # in its shard and, by its rank alone, in the order graph): no merging.
            triples = data.replace(_suffix(graph), b" .\n")
            derived.append(triples)
            layout.append([graph, len(data), len(triples), triples.count(b"\n")])
            continue
        section = [triple for triple in dict.fromkeys(_triples(graph, data))
                   if triple not in seen]
        seen.update(section)
        sections.append(section)
        layout.append([graph, len(data), sum(map(len, section)), len(section)])
    for section in sections:
        out.writelines(section)
        out.write(padding(sum(map(len, section))))
    for triples in derived:
        out.write(triples)
        out.write(padding(len(triples)))
    return layout


def _suffix(graph: str) -> bytes:
    return f" {ox.NamedNode(graph)} .\n".encode()


def _triples(graph: str, data: bytes) -> list[bytes]:
    """The lines of a graph's N-Quads as N-Triples: every line ends with the graph's name."""
    cut = len(_suffix(graph))
    return [line[:-cut] + b" .\n" for line in data.splitlines(keepends=True)]


def _graph_names(compiled: CompiledGraph) -> list[str]:
    """The graphs in the dataset file's order (see :func:`_graphs`)."""
    return [str(ONTOLOGY_GRAPH), *(sheet.graph for sheet in compiled.sheets),
            *compiled.derived()]


def _graphs(compiled: CompiledGraph) -> Iterator[tuple[str, bytes]]:
    """Each graph's name and N-Quads text: the ontology's, each sheet's by name, then the
    derived graphs by name."""
    yield str(ONTOLOGY_GRAPH), graph_data(compiled, str(ONTOLOGY_GRAPH))
    for sheet in compiled.sheets:
        yield sheet.graph, sheet.data()
    yield from compiled.derived().items()


@dataclass
class _Patch:
    """What a rebuild needs to write the dataset file from the previous one: that file
    (open, unchanged since the build that wrote it), its layout, the graphs changed or
    removed since, and the store, already updated, which tells which graphs state a triple.

    A graph's section changes only when the graph changed, or when it states a triple that
    a changed or removed graph stated before or states now (that graph may have been, or
    now be, the first to state it); those sections are worked out again from the store.
    """

    old: BinaryIO
    layout: list[list[Any]]
    changed: set[str]
    removed: set[str]
    store_dir: Path

    def _ranges(self) -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int, int]]]:
        """Each old graph's (offset, length) of quads and (offset, length, lines) of its
        section, or of its triples (a derived graph); lengths without padding."""
        quads, merged, at = {}, {}, 0
        for graph, size, _, _ in self.layout:
            quads[graph] = (at, size)
            at += padded_size(size)
        for graph, _, size, lines in self.layout:
            merged[graph] = (at, size, lines)
            at += padded_size(size)
        return quads, merged

    def check(self) -> None:
        """Raise :class:`_CannotPatch` unless each region of the old file ends where its
        layout says: at a line's end, followed by the first byte of its padding."""
        quads, merged = self._ranges()
        for offset, size in [*quads.values(), *((at, n) for at, n, _ in merged.values())]:
            if size == 0:
                continue
            self.old.seek(offset + size - 1)
            edge = self.old.read(2)
            pad = padding(size)
            if edge[:1] != b"\n" or (pad and edge[1:2] != pad[:1]):
                raise _CannotPatch("the previous dataset file does not fit its layout")

    def _old_data(self, graph: str) -> bytes:
        offset, size = self._ranges()[0][graph]
        self.old.seek(offset)
        return self.old.read(size)

    def sections(self, compiled: CompiledGraph, names: list[str]) -> dict[str, list[bytes]]:
        """The sections that may have changed, worked out again (graph -> its triples)."""
        old_graphs = {entry[0] for entry in self.layout}
        position = {graph: at for at, graph in enumerate(names)
                    if not graph.startswith(f"{DERIVED_GRAPH}/")}
        affected = {g for g in self.changed if g in position}
        delta: set[bytes] = set()
        for graph in (self.changed | self.removed) - {str(ONTOLOGY_GRAPH)}:
            if graph.startswith(f"{DERIVED_GRAPH}/"):
                continue
            before = set(_triples(graph, self._old_data(graph))) if graph in old_graphs \
                else set()
            after = set(_triples(graph, graph_data(compiled, graph))) if graph in position \
                else set()
            delta |= before ^ after
        store = ox.Store.read_only(str(self.store_dir))
        for triple in ox.parse(b"".join(sorted(delta)), format=ox.RdfFormat.N_TRIPLES):
            affected.update(q.graph_name.value for q in store.quads_for_pattern(
                triple.subject, triple.predicate, triple.object)
                if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value in position)
        worked: dict[str, list[bytes]] = {}
        for graph in sorted(affected, key=position.__getitem__):
            data = graph_data(compiled, graph)
            lines = _triples(graph, data)
            quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
            if len(quads) != len(lines):
                raise _CannotPatch(f"{graph}: not one quad per line")
            here = position[graph]
            section: dict[bytes, None] = {}
            for line, quad in zip(lines, quads, strict=True):
                if line in section:
                    continue
                earlier = any(isinstance(q.graph_name, ox.NamedNode)
                              and position.get(q.graph_name.value, here) < here
                              for q in store.quads_for_pattern(quad.subject, quad.predicate,
                                                               quad.object))
                if not earlier:
                    section[line] = None
            worked[graph] = list(section)
        return worked

    def plan(self, compiled: CompiledGraph, names: list[str],
             sections: dict[str, list[bytes]]) -> tuple[list[list[Any]], list[_Region]]:
        """The new file's layout and its regions in order, each the old one's range (when
        the graph was in the old file) and its new bytes, padding included (None when the
        old bytes stay)."""
        quads, merged = self._ranges()
        layout: list[list[Any]] = []
        regions: list[_Region] = []
        derived: dict[str, bytes] = {}
        for graph in names:
            old = quads.get(graph)
            if graph in self.changed or old is None:
                data = graph_data(compiled, graph)
                regions.append(_Region(old, data + padding(len(data))))
                size = len(data)
                if graph.startswith(f"{DERIVED_GRAPH}/"):
                    derived[graph] = data.replace(_suffix(graph), b" .\n")
            else:
                size = old[1]
                regions.append(_Region(old, None))
            layout.append([graph, size, 0, 0])
        for entry in layout:
            graph = entry[0]
            before = merged.get(graph)
            at = None if before is None else (before[0], before[1])
            if graph in sections:
                body = b"".join(sections[graph])
                regions.append(_Region(at, body + padding(len(body))))
                entry[2:] = [len(body), len(sections[graph])]
            elif graph in derived:
                body = derived[graph]
                regions.append(_Region(at, body + padding(len(body))))
                entry[2:] = [len(body), body.count(b"\n")]
            elif before is None:
                raise _CannotPatch(f"{graph}: no section in the previous file")
            else:
                regions.append(_Region(at, None))
                entry[2:] = [before[1], before[2]]
        return layout, regions

    def fits(self, names: list[str], regions: list[_Region]) -> bool:
        """Whether the new regions can be written where the old ones are: the same graphs in
        the same order, and every new region as long as the old one, padding included."""
        return names == [entry[0] for entry in self.layout] and all(
            region.old is not None
            and (region.new is None or len(region.new) == padded_size(region.old[1]))
            for region in regions)


@dataclass(frozen=True)
class _Region:
    """A region of the new file: the previous file's (offset, length without padding) of the
    same region, if it had one, and the new bytes with their padding (None: as they were)."""

    old: tuple[int, int] | None
    new: bytes | None


class _CannotPatch(Exception):
    """The previous dataset file cannot be patched: it is written afresh."""


class _RangeCopier:
    """Writes bytes and byte ranges of another file to ``out``, adjacent ranges as one copy
    made by the kernel (``os.copy_file_range``) where it can."""

    def __init__(self, source: BinaryIO, out: BinaryIO) -> None:
        self.source = source
        self.out = out
        self._pending: tuple[int, int] | None = None  # a range not yet copied

    def copy(self, offset: int, size: int) -> None:
        """Copy ``size`` bytes of the source from ``offset``."""
        if self._pending is not None and sum(self._pending) == offset:
            self._pending = (self._pending[0], self._pending[1] + size)
            return
        self.flush()
        self._pending = (offset, size)

    def write(self, data: bytes) -> None:
        """Write ``data`` after what was copied so far."""
        self.flush()
        self.out.write(data)

    def flush(self) -> None:
        """Copy the pending range."""
        if self._pending is None:
            return
        offset, size = self._pending
        self._pending = None
        self.out.flush()
        copy = getattr(os, "copy_file_range", None)
        while size and copy is not None:
            try:
                done = copy(self.source.fileno(), self.out.fileno(), size, offset)
            except OSError:  # not between these files (another file system, an old kernel)
                break
            if done <= 0:
                break
            offset, size = offset + done, size - done
        if size:
            self.source.seek(offset)
            while size:
                chunk = self.source.read(min(size, 1 << 24))
                if not chunk:
                    raise _CannotPatch("the previous dataset file is shorter than its layout")
                self.out.write(chunk)
                offset, size = offset + len(chunk), size - len(chunk)


def valid_layout(layout: Any) -> list[list[Any]] | None:
    """A layout as the manifest recorded it, or None when it is not one."""
    if not isinstance(layout, list) or not all(
            isinstance(entry, list) and len(entry) == 4 and isinstance(entry[0], str)
            and all(isinstance(n, int) and n >= 0 for n in entry[1:]) for entry in layout):
        return None
    return layout


def layout_size(layout: list[list[Any]]) -> int:
    """The size of the dataset file a layout describes, padding included."""
    return sum(padded_size(entry[1]) + padded_size(entry[2]) for entry in layout)


def patch_dataset(compiled: CompiledGraph, project: Project, layout: list[list[Any]],
                  changed: set[str], removed: set[str]) -> Written:
    """Write the dataset file of a rebuild from the previous one (unchanged since the build
    that wrote it, as ``layout`` describes it), given the graphs ``changed`` or ``removed``
    since and the store, already updated (see :class:`_Patch`): in place when every changed
    region keeps its padded size, else as a new file from the old one's unchanged ranges,
    or afresh when the old one cannot be used.

    A file written in place is half old, half new while this runs: the caller records
    first that it is not current (see :func:`partygraph.store.build.build_compiled`).
    """
    path = project.dataset_file
    try:
        with path.open("r+b") as old:
            patch = _Patch(old, layout, changed, removed, project.store_dir)
            patch.check()
            names = _graph_names(compiled)
            new_layout, regions = patch.plan(compiled, names, patch.sections(compiled, names))
            if patch.fits(names, regions):
                for region in regions:
                    if region.new is not None and region.old is not None:
                        _write_at(old, region.old[0], region.new)
                return Written(_merged(new_layout), new_layout, "in place")
            with written_atomically(path, fsync_free_rename=True) as out:
                copier = _RangeCopier(old, out)
                for region in regions:
                    if region.new is not None:
                        copier.write(region.new)
                    elif region.old is not None:
                        copier.copy(region.old[0], padded_size(region.old[1]))
                copier.flush()
            return Written(_merged(new_layout), new_layout, "copied")
    except (_CannotPatch, OSError, ValueError, KeyError, TypeError, SyntaxError):
        return write_dataset(compiled, path)


def _write_at(file: BinaryIO, offset: int, data: bytes) -> None:
    file.seek(offset)
    file.write(data)


def file_stamp(path: Path) -> list[int] | None:
    """What tells that a file was not touched since a build wrote it: size, mtime, inode."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino]


def graph_data(compiled: CompiledGraph, graph: str) -> bytes:
    """A graph's N-Quads text: the ontology's, a derived graph's or a sheet's."""
    if graph == str(ONTOLOGY_GRAPH):
        return "".join(f"{line}\n" for line in compiled.ontology).encode()
    derived = compiled.derived().get(graph)
    if derived is not None:
        return derived
    return next(s.data() for s in compiled.sheets if s.graph == graph)

