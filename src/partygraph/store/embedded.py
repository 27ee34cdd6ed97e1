"""The embedded store: a persistent pyoxigraph database built from the dataset file.

The store is never changed where readers may open it: each change is made in a copy
(``store.new``, hard links to the same immutable files when updating) that then takes the
place of ``store`` by rename, atomically where the system allows it. A reader opens
either the old store or the new one, whole.

Each pyoxigraph version reads only the stores of its own storage format (one made by
another minor version can open and then fail every query), so a store holds a small file,
:data:`VERSION_FILE`, naming the pyoxigraph that made it: a store of another version is
refused by :func:`open_store` and loaded afresh by the build (:func:`store_problem`).

The store's folder also holds its text index (:mod:`partygraph.store.text_index`) and the
answers it keeps (:mod:`partygraph.store.kept`), written with the store in the copy that is
swapped in, so that they always belong together.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import itertools
import os
import re
import shutil
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISDIR

import pyoxigraph as ox

from partygraph.errors import StoreError
from partygraph.store.kept import (
    KeptAnswers,
    KeptQuery,
    copy_kept,
    keep_answers,
    subjects_store,
    update_kept,
)
from partygraph.store.text_index import (
    INDEX_FILE,
    TextIndex,
    build_index,
    index_problem,
    seal_index,
    supported,
    update_index,
)

__all__ = ["VERSION_FILE", "OpenedStore", "built_by", "load_store", "open_for_queries",
           "open_indexed_store", "open_store", "remove_leftovers",
           "replace_graphs", "select", "store_problem", "store_stamp", "update_store"]

# The file in the store's folder that names the pyoxigraph version that wrote the store.
VERSION_FILE = "pyoxigraph-version"
_VERSION = re.compile(r"[0-9A-Za-z.+!-]{1,64}")

_SLICE = 100_000  # N-Quads lines per bulk load
_OPEN_TRIES = 10
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def load_store(dataset_file: Path, store_dir: Path,
               on_loaded: Callable[[int], None] | None = None,
               kept: Sequence[KeptQuery] = ()) -> None:
    """(Re)create the store at ``store_dir`` from an N-Quads file, replacing it only when done.

    ``on_loaded`` is called with the number of quads of each slice loaded (for progress).
    The new store keeps the answers of the ``kept`` queries (see :mod:`partygraph.store.kept`:
    those kept whole, once a query has asked for them).
    """
    with _staged(store_dir) as staging:
        _load_into(staging, dataset_file, on_loaded, kept)
    _swap_in(staging, store_dir)


def _load_into(staging: Path, dataset_file: Path, on_loaded: Callable[[int], None] | None,
               kept: Sequence[KeptQuery]) -> None:
    """Make at ``staging`` the store of ``dataset_file``, ready to be swapped in."""
    store = ox.Store(str(staging))
    # Loaded in slices: one bulk load of a whole 1M-quad file holds ~1 GB; slices of
    # _SLICE lines keep it near 0.2 GB for a few percent more time. Each load gives blank
    # nodes new names, so the lines with one (the ontology's, in its graph and in the
    # merge) are loaded together, in one last slice, to stay the same nodes.
    with_blank: list[bytes] = []
    with dataset_file.open("rb") as lines:
        while chunk := list(itertools.islice(lines, _SLICE)):
            # (not the comment lines that pad the file's regions: see .dataset_file)
            plain = [line for line in chunk if line[0] != 35 and b"_:" not in line]  # "#"
            with_blank.extend(line for line in chunk if b"_:" in line)
            store.bulk_load(b"".join(plain), format=ox.RdfFormat.N_QUADS)
            if on_loaded is not None:
                on_loaded(len(plain))
    store.bulk_load(b"".join(with_blank), format=ox.RdfFormat.N_QUADS)
    if on_loaded is not None:
        on_loaded(len(with_blank))
    store.optimize()
    store.flush()
    if supported():
        build_index(store, staging)
    keep_answers(store, staging, kept)
    del store
    _write_version(staging)
    seal_index(staging)


def update_store(store_dir: Path, graphs: dict[str, bytes | None]) -> None:
    """:func:`replace_graphs` on a copy of the store, which then takes its place.

    The copy shares the store's immutable files (hard links), so it costs little; readers
    of the store never see some graphs replaced and others not. The answers the store keeps
    are brought up to date with it (see :func:`~partygraph.store.kept.update_kept`).
    """
    other = _version_problem(store_dir)
    if other is not None:
        raise StoreError(f"the store at {store_dir} {other}: run 'partygraph build' to "
                         "rebuild it")
    with _staged(store_dir) as staging:
        _update_into(staging, store_dir, graphs)
    _swap_in(staging, store_dir)


def _update_into(staging: Path, store_dir: Path, graphs: dict[str, bytes | None]) -> None:
    """Make at ``staging`` a copy of the store at ``store_dir`` with ``graphs`` replaced."""
    try:
        ox.Store.read_only(str(store_dir)).backup(str(staging))
    except (OSError, RuntimeError) as exc:
        raise StoreError(f"cannot copy the store at {store_dir}: {_one_line(exc)}") from None
    if supported():  # the index is written in place: a copy, not a link
        try:
            shutil.copyfile(store_dir / INDEX_FILE, staging / INDEX_FILE)
        except FileNotFoundError:  # made without one: made afresh below
            build_index(ox.Store.read_only(str(staging)), staging)
        except OSError as exc:
            raise StoreError(f"cannot copy the text index of the store at {store_dir}: "
                             f"{_one_line(exc)}") from None
    try:
        copy_kept(store_dir, staging)
    except OSError as exc:
        raise StoreError(f"cannot copy the kept answers of the store at {store_dir}: "
                         f"{_one_line(exc)}") from None
    _write_version(staging)  # (a backup copies the store's own files only)
    replace_graphs(staging, graphs)


def built_by(store_dir: Path) -> str | None:
    """The version of the pyoxigraph that wrote the store at ``store_dir`` (None: unknown)."""
    try:
        text = (store_dir / VERSION_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if _VERSION.fullmatch(text) else None  # not one: damaged


def _version_problem(store_dir: Path) -> str | None:
    """Why this pyoxigraph should not read the store at ``store_dir``, or None."""
    version = built_by(store_dir)
    if version is None:
        return "does not say which pyoxigraph built it"
    if version != ox.__version__:
        return f"was built by pyoxigraph {version}, not {ox.__version__}"
    return None


def _write_version(store_dir: Path) -> None:
    """Record in the store at ``store_dir`` (not yet in place) that this pyoxigraph wrote it."""
    with (store_dir / VERSION_FILE).open("w", encoding="utf-8") as out:
        out.write(ox.__version__ + "\n")
        out.flush()
        os.fsync(out.fileno())


def _staging(store_dir: Path) -> Path:
    """The folder a new store is made in, emptied of what an interrupted build left."""
    staging = store_dir.with_name(store_dir.name + ".new")
    _remove(staging)
    return staging


@contextmanager
def _staged(store_dir: Path) -> Iterator[Path]:
    """The folder a new store is made in (see :func:`_staging`), removed when the block does
    not end (an error, Ctrl-C, SIGTERM): nothing half-made is left beside the store."""
    staging = _staging(store_dir)
    try:
        yield staging
    except BaseException:
        _remove(staging)
        raise


def remove_leftovers(store_dir: Path) -> None:
    """Remove the copies of the store an interrupted build may have left beside it."""
    for suffix in (".new", ".old"):
        _remove(store_dir.with_name(store_dir.name + suffix))


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _swap_in(staging: Path, store_dir: Path) -> None:
    """Put the store at ``staging`` in the place of ``store_dir``, and remove the old one.

    Readers that opened the old store keep reading it (its files stay open).
    """
    if store_dir.exists() and _exchange(staging, store_dir):
        _remove(staging)  # now the old store
        return
    # Two renames: a reader in between finds no store (and says so) rather than half one.
    old = store_dir.with_name(store_dir.name + ".old")
    _remove(old)
    if store_dir.exists():
        store_dir.rename(old)
    staging.rename(store_dir)
    _remove(old)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux's renameat2 with RENAME_EXCHANGE); False where the
    system or file system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                          ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second),
                 _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def store_stamp(store_dir: Path) -> str | None:
    """A digest of the name, size and modification time of each of the store's data files
    (its logs and lock aside): what tells, without reading them, that none was touched."""
    try:
        stats = [(entry.name, entry.stat()) for entry in os.scandir(store_dir)
                 if entry.is_file() and not entry.name.startswith(("LOG", "LOCK"))]
    except OSError:
        return None
    entries = sorted((name, stat.st_size, stat.st_mtime_ns) for name, stat in stats)
    return hashlib.sha256(repr(entries).encode()).hexdigest()


def store_problem(store_dir: Path, stamp: str | None, graphs: Collection[str],
                  counts: Mapping[str, int]) -> str | None:
    """Why the store at ``store_dir`` is not the one a build left, or None when it is.

    A build recorded its ``stamp`` (see :func:`store_stamp`; None to skip that check), the
    named ``graphs`` it holds and the quad counts of some of them (``counts``, small graphs:
    each is counted). The store is also opened, which finds most damage. A store written
    by another pyoxigraph version (or that does not say which) is not the one a build left
    either: this pyoxigraph may open it and fail every query.
    """
    if not store_dir.is_dir():
        return "it is not a folder" if store_dir.exists() else "it is missing"
    other = _version_problem(store_dir)
    if other is not None:
        return f"it {other}"
    if stamp is not None and store_stamp(store_dir) != stamp:
        return "its files changed since the build that made it"
    index = index_problem(store_dir)
    if index is not None:
        return index
    try:
        store = ox.Store.read_only(str(store_dir))
        held = {graph.value for graph in store.named_graphs() if isinstance(graph, ox.NamedNode)}
        if held != set(graphs):
            return f"it holds {len(held)} named graphs where the build put {len(set(graphs))}"
        for graph, expected in counts.items():
            found = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
            if found != expected:
                return f"its graph <{graph}> has {found} quads where the build put {expected}"
    except (OSError, RuntimeError, ValueError) as exc:
        return f"it cannot be read ({_one_line(exc)})"
    return None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def replace_graphs(store_dir: Path, graphs: dict[str, bytes | None]) -> None:
    """Replace named graphs of the store in place, and keep the default graph their merge.

    Each graph is emptied, then given its N-Quads (``None`` removes it). A triple it no
    longer has leaves the default graph unless another graph still states it; its new
    triples join the default graph. The graphs must have no blank nodes (each load names
    them anew). Each graph is loaded in one transaction; a failure part-way leaves some
    graphs replaced, so callers record that the store is being updated first. The text
    index in the store's folder, if any, is brought in line for the triples of the graphs
    replaced (see :func:`~partygraph.store.text_index.update_index`), and so are the kept
    answers (see :func:`~partygraph.store.kept.update_kept`).
    """
    try:
        store = ox.Store(str(store_dir))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {store_dir}: {exc}") from None
    dropped: set[ox.Triple] = set()
    touched: set[ox.Triple] = set()
    # What changes, read before anything does (a graph's old triples are its own) ...
    for graph, data in graphs.items():
        old = {quad.triple for quad in
               store.quads_for_pattern(None, None, None, ox.NamedNode(graph))}
        new = _triples_of(data)
        dropped |= old.difference(new)
        touched |= old.symmetric_difference(new)
    subjects = {triple.subject for triple in touched}
    before = subjects_store(store, subjects, store_dir)  # the kept answers' parts as they were
    # ... then each graph replaced (parsed again rather than all held at once)
    for graph, data in graphs.items():
        name = ox.NamedNode(graph)
        store.remove_graph(name)
        if data:
            store.load(data, format=ox.RdfFormat.N_QUADS)
        store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                     for t in _triples_of(data))
    for triple in dropped:
        if not any(isinstance(quad.graph_name, ox.NamedNode) for quad in
                   store.quads_for_pattern(triple.subject, triple.predicate, triple.object)):
            store.remove(ox.Quad(triple.subject, triple.predicate, triple.object,
                                 ox.DefaultGraph()))
    store.flush()
    if (store_dir / INDEX_FILE).is_file():
        update_index(store, store_dir, touched)
    update_kept(store, store_dir, subjects, before, touched)
    del store
    seal_index(store_dir)


def _triples_of(data: bytes | None) -> list[ox.Triple]:
    return [quad.triple for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS)] if data else []


def open_store(store_dir: Path) -> ox.Store:
    """Open the built store read-only; raises StoreError when there is none, it is damaged
    or another pyoxigraph version wrote it (see :func:`open_indexed_store`)."""
    return _open(store_dir, with_index=False)[0]


def open_indexed_store(store_dir: Path) -> tuple[ox.Store, TextIndex | None]:
    """Open the built store read-only, and its text index (None when it has none this
    code can read): both of the same build. Raises StoreError as :func:`open_store`."""
    opened = open_for_queries(store_dir)
    return opened.store, opened.index


@dataclass(frozen=True)
class OpenedStore:
    """The built store opened read-only, with its text index and kept answers (all three
    of the same build)."""

    store: ox.Store
    index: TextIndex | None
    kept: KeptAnswers


def open_for_queries(store_dir: Path) -> OpenedStore:
    """Open the built store, its text index and its kept answers, as saved queries use them.
    Raises StoreError as :func:`open_store`."""
    store, index, identity = _open(store_dir, with_index=True)
    return OpenedStore(store, index, KeptAnswers(store_dir, identity))


def _open(store_dir: Path, *,
          with_index: bool) -> tuple[ox.Store, TextIndex | None, tuple[int, int]]:
    """Open the store (and its index when asked).

    Opening reads several files by their path: a store that a build puts in place
    meanwhile could give some files of each, so the store is opened again until it was
    the same folder from start to end.
    """
    for _ in range(_OPEN_TRIES):
        before = _identity(store_dir)
        if before is None:
            raise StoreError(f"no built store at {store_dir}: run 'partygraph build' first")
        other = _version_problem(store_dir)
        store: ox.Store | None = None
        index: TextIndex | None = None
        if other is None:
            try:
                store = ox.Store.read_only(str(store_dir))
            except (OSError, RuntimeError) as exc:
                error = exc
            if with_index:
                index = TextIndex.open(store_dir)
        if _identity(store_dir) == before:
            if other is not None:
                raise StoreError(f"the store at {store_dir} {other}: run 'partygraph build' "
                                 "to rebuild it")
            if store is None:
                raise StoreError(f"the store at {store_dir} cannot be opened "
                                 f"({_one_line(error)}): run 'partygraph build' to rebuild it")
            return store, index, before
        del store  # replaced while being opened: open the new one
        if index is not None:
            index.close()
    raise StoreError(f"the store at {store_dir} was replaced each time it was opened: "
                     "try again when the builds are done")


def _identity(folder: Path) -> tuple[int, int] | None:
    """Which folder is at ``folder`` now (None if there is none)."""
    try:
        stat = folder.stat()
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino) if S_ISDIR(stat.st_mode) else None


def select(store: ox.Store, query: str) -> ox.QuerySolutions:
    """Run a SELECT query over the default graph (the merge of all graphs)."""
    result = store.query(query)
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError("select() takes a SELECT query")
    return result
