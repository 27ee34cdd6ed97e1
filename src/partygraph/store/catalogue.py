"""The catalogue parts of the graphs the built store holds, merged, for the exports; and
the full parts of its data graphs, for the full view.

The build keeps each compiled sheet's catalogue part in its cache, named by the digest of
the sheet's graph (see :mod:`partygraph.compile.catalogue`), and records the digest of each
graph it put in the store (its manifest). :func:`kept_parts` gives the merge of the
parts of exactly those graphs, with the ontology graph's part read from the store (a few
thousand triples); the derived graphs state nothing the views read. A part the cache lacks
(a build without the cache, or one by other code) is read from the store's graph and kept
for the next export.

With them it gives the full view the full part of every data graph (see
:mod:`partygraph.compile.full_part`), kept by the build beside the catalogue part: merged in
a fraction of the time its triples take to read (from the store at about 7 µs a triple, from
the N-Quads file the cache keeps at about 2). A part lost or damaged is made again from that
file, or, when the file too is lost or not what its name says, from the store's graph.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from partygraph.compile.cache import catalogue_part_path, full_part_path, graph_data_path
from partygraph.compile.catalogue import (
    LABEL_KEYS,
    ONTOLOGY_LABELS,
    Part,
    part_of,
    read_part,
    write_part,
)
from partygraph.compile.full_part import (
    FullPart,
    full_part_of,
    read_full_part,
    write_full_part,
)
from partygraph.project import Project
from partygraph.rdf.vocab import DERIVED_GRAPH, ONTOLOGY_GRAPH
from partygraph.store.build import read_manifest
from partygraph.store.embedded import store_stamp

__all__ = ["KeptParts", "kept_parts"]


@dataclass(frozen=True)
class KeptParts:
    """What the build kept of the graphs the store holds, for the exports."""

    catalogue: Part
    """Every catalogue part merged: each predicate's pairs of every graph, a pair once a
    graph that states it."""
    full: Iterator[FullPart] | None
    """The full part of every data graph, read as it is iterated (None unless asked for).
    Parts are named by the digests the record gives, so they are those of the same build
    as the catalogue."""


def kept_parts(project: Project, store: ox.Store, *, full: bool = False) -> KeptParts | None:
    """What the build kept of the graphs in ``store`` (the project's built store, open):
    the merged catalogue parts and, when ``full``, the full parts of its data graphs (not
    the ontology's nor the derived graphs). None when the build's record does not say what
    the store holds (a build under way, or none complete): then read the store."""
    manifest = read_manifest(project)
    graphs = _recorded_graphs(manifest)
    if graphs is None or not _is_recorded_store(project, manifest, store, graphs):
        return None
    derived = f"{DERIVED_GRAPH}/"
    data = [(graph, digest) for graph, digest in sorted(graphs.items())
            if not graph.startswith(derived)]
    merged: dict[str, list[tuple[str, str]]] = {}
    for graph, digest in data:
        if graph == str(ONTOLOGY_GRAPH):
            part = {f"{ONTOLOGY_LABELS}{key}" if key.startswith(LABEL_KEYS) else key: pairs
                    for key, pairs in _part_in_store(store, graph).items()}
        else:
            part = _kept_part(project.cache_dir, digest, store, graph)
        for key, pairs in part.items():
            merged.setdefault(key, []).extend(pairs)
    # (A build that finished meanwhile replaced the store this one read: not its record.)
    if manifest.get("store") != store_stamp(project.store_dir):
        return None
    parts = (_kept_full_part(project.cache_dir, digest, store, graph)
             for graph, digest in data if graph != str(ONTOLOGY_GRAPH)) if full else None
    return KeptParts(merged, parts)


def _kept_full_part(cache_dir: Path, digest: str, store: ox.Store, graph: str) -> FullPart:
    """The full part the cache keeps for the graph with ``digest``; else made from the
    graph's N-Quads the cache keeps (when they are what their name says) or from the
    store's graph, and kept where the cache is."""
    path = full_part_path(cache_dir, digest)
    part = read_full_part(path)
    if part is not None:
        return part
    try:
        data = graph_data_path(cache_dir, digest).read_bytes()
    except OSError:
        data = b""
    if data and hashlib.sha256(data).hexdigest() == digest:
        quads: Iterator[ox.Quad] = ox.parse(data, format=ox.RdfFormat.N_QUADS)
    else:  # lost or damaged: the store's graph (the next build compiles it again)
        quads = store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
    part = full_part_of((quad.subject, quad.predicate, quad.object) for quad in quads)
    if cache_dir.is_dir():  # (a read-only build: made again next time)
        with contextlib.suppress(OSError):
            write_full_part(path, part)
    return part


def _recorded_graphs(manifest: dict[str, Any]) -> dict[str, str] | None:
    """Each graph the last complete build recorded, with its digest."""
    graphs = manifest.get("graphs")
    if not manifest.get("complete") or not isinstance(graphs, dict):
        return None
    found = {}
    for graph, entry in graphs.items():
        if not (isinstance(entry, list) and entry and isinstance(entry[0], str)):
            return None
        found[str(graph)] = entry[0]
    return found


def _is_recorded_store(project: Project, manifest: dict[str, Any], store: ox.Store,
                       graphs: dict[str, str]) -> bool:
    stamp = manifest.get("store")
    if stamp is None or stamp != store_stamp(project.store_dir):
        return False
    held = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
    return held == set(graphs)


def _part_in_store(store: ox.Store, graph: str) -> Part:
    return part_of(store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))


def _kept_part(cache_dir: Path, digest: str, store: ox.Store, graph: str) -> Part:
    """The part the cache keeps for the graph with ``digest``, else read from the store
    (and kept, where the cache is)."""
    path = catalogue_part_path(cache_dir, digest)
    part = read_part(path)
    if part is None:
        part = _part_in_store(store, graph)
        if cache_dir.is_dir():  # (a read-only build: read from the store again next time)
            with contextlib.suppress(OSError):
                write_part(path, part)
    return part
