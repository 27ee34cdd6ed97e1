"""A "did you mean" hint for a name that is not known: the closest known names."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = ["did_you_mean"]


def did_you_mean(name: str, known: Iterable[str], *, most: int = 2) -> str:
    """`` (did you mean 'a' or 'b'?)`` for the known names closest to ``name``, or ``""``
    when none is close (difflib's ratio of at least 0.6)."""
    close = difflib.get_close_matches(name, sorted(set(known)), n=most, cutoff=0.6)
    if not close:
        return ""
    return " (did you mean " + " or ".join(f"'{c}'" for c in close) + "?)"
