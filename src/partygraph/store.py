"""The embedded store: a persistent pyoxigraph database built from the dataset file."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from .errors import StoreError

__all__ = ["load_store", "open_store", "replace_graphs", "select"]

_SLICE = 100_000  # N-Quads lines per bulk load


def load_store(dataset_file: Path, store_dir: Path,
               on_loaded: Callable[[int], None] | None = None) -> None:
    """(Re)create the store at ``store_dir`` from an N-Quads file, replacing it only when done.

    ``on_loaded`` is called with the number of quads of each slice loaded (for progress).
    """
    staging = store_dir.with_name(store_dir.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    store = ox.Store(str(staging))
    # Loaded in slices: one bulk load of a whole 1M-quad file holds ~1 GB; slices of
    # _SLICE lines keep it near 0.2 GB for a few percent more time.
    with dataset_file.open("rb") as lines:
        while chunk := b"".join(itertools.islice(lines, _SLICE)):
            store.bulk_load(chunk, format=ox.RdfFormat.N_QUADS)
            if on_loaded is not None:
                on_loaded(chunk.count(b"\n"))
    store.optimize()
    store.flush()
    del store
    old = store_dir.with_name(store_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if store_dir.exists():
        store_dir.rename(old)
    staging.rename(store_dir)
    shutil.rmtree(old, ignore_errors=True)


def replace_graphs(store_dir: Path, graphs: dict[str, bytes | None]) -> None:
    """Replace named graphs of the store in place: each is emptied, then given its N-Quads.

    ``None`` removes a graph. Each graph is loaded in one transaction; a failure part-way
    leaves some graphs replaced, so callers record that the store is being updated first.
    """
    try:
        store = ox.Store(str(store_dir))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {store_dir}: {exc}") from None
    for graph, data in graphs.items():
        store.remove_graph(ox.NamedNode(graph))
        if data:
            store.load(data, format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store


def open_store(store_dir: Path) -> ox.Store:
    """Open the built store read-only; raises StoreError when there is none."""
    if not store_dir.is_dir():
        raise StoreError(f"no built store at {store_dir}: run 'partygraph build' first")
    try:
        return ox.Store.read_only(str(store_dir))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {store_dir}: {exc}") from None


def select(store: ox.Store, query: str) -> ox.QuerySolutions:
    """Run a SELECT query over the union of all graphs and return its solutions."""
    result = store.query(query, use_default_graph_as_union=True)
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError("select() takes a SELECT query")
    return result
