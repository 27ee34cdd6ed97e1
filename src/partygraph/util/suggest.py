"""A "did you mean" hint for a name that is not known: the closest known names."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = ["did_you_mean"]

_SHORTEST_PREFIX = 3
"""A name shorter than this is too short to offer the names it begins (``a`` begins most)."""


def did_you_mean(name: str, known: Iterable[str], *, most: int = 2) -> str:
    """`` (did you mean 'a' or 'b'?)`` for the known names closest to ``name`` (difflib's
    ratio of at least 0.6), else for the shortest known names that begin with it (``an-khe``
    for ``an-khe-town-party``), or ``""`` when there are none."""
    names = sorted(set(known))
    close = difflib.get_close_matches(name, names, n=most, cutoff=0.6)
    if not close and len(name) >= _SHORTEST_PREFIX:
        close = sorted((k for k in names if k.startswith(name) and k != name),
                       key=lambda k: (len(k), k))[:most]
    if not close:
        return ""
    return " (did you mean " + " or ".join(f"'{c}'" for c in close) + "?)"
