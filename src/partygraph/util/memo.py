"""Answers kept in the build folder between runs, each under a key of what it was made from.

The lint results and what the shapes can see are each costly to work out (parsing Turtle
and SPARQL) and rarely change; each is stored as JSON with the digest of its inputs and
used again while that digest is the same. Where the key names the inputs wholly, not
where they are (``shared``), the answer is kept in the process too, for every folder: a
process that opens several projects with the same ontology, shapes and queries (a test run
makes hundreds) works each answer out once.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from partygraph.util.files import write_atomically

__all__ = ["kept", "read_kept", "write_kept"]

T = TypeVar("T")
D = TypeVar("D")


def read_kept(path: Path, key: str, default: D) -> Any | D:
    """The JSON value kept at ``path`` under ``key``; ``default`` when none is kept, the
    file is damaged, or it was kept under another key (another version of its inputs)."""
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
        if found["key"] == key:
            return found["value"]
    except (OSError, ValueError, KeyError, TypeError):
        pass  # none kept, or from another version
    return default


def write_kept(path: Path, key: str, value: Any) -> None:
    """Keep the JSON ``value`` at ``path`` under ``key``, written whole or not at all. A
    read-only build folder only means the value is worked out again on the next run."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps({"key": key, "value": value},
                                          ensure_ascii=False).encode())
    except OSError:
        pass


_NONE = object()

# (the file's name, the key) -> the value written (``dump``'s), for the ``shared`` answers
_IN_PROCESS: dict[tuple[str, str], Any] = {}


def kept(path: Path, key: str, make: Callable[[], T], *, dump: Callable[[T], Any],
         load: Callable[[Any], T], shared: bool = False) -> T:
    """The answer kept at ``path`` under ``key`` (read back with ``load``), else ``make()``,
    kept there (written with ``dump``) for next time. A read-only build folder only means
    the answer is worked out again on the next run.

    With ``shared``, ``key`` must be a digest of everything the answer depends on, wherever
    it is: an answer this process already has under the same file name and key is used (and
    written at ``path``) instead of ``make()``.
    """
    found = read_kept(path, key, _NONE)
    if found is not _NONE:
        try:
            return load(found)
        except (ValueError, KeyError, IndexError, TypeError):
            pass  # kept by an older version in another shape: work it out again
    slot = (path.name, key)
    value = _IN_PROCESS.get(slot, _NONE) if shared else _NONE
    if value is not _NONE:
        write_kept(path, key, value)
        return load(value)
    answer = make()
    value = dump(answer)
    if shared:
        _IN_PROCESS[slot] = value
    write_kept(path, key, value)
    return answer
