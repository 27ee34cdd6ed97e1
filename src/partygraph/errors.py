"""The exceptions partygraph raises: one base class, each carrying where the problem is."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "FactSheetError",
    "PartygraphError",
    "Problem",
    "QueryError",
    "StoreError",
    "one_line",
]


# Line breaks and control characters, which a message quoting a sheet may carry.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True, order=True)
class Problem:
    """One problem found in an input file, located by file and 1-based line."""

    file: Path
    line: int
    message: str

    def __str__(self) -> str:
        """``FILE:LINE: message``, always one line (control characters escaped)."""
        return one_line(f"{self.file}:{self.line}: {self.message}")


def one_line(text: str) -> str:
    """``text`` with line breaks and control characters escaped, to print as one line."""
    return _CONTROL.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class PartygraphError(Exception):
    """Base class of every error partygraph reports to its user."""


class FactSheetError(PartygraphError):
    """One or more fact sheets are malformed; ``problems`` lists every one found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class QueryError(PartygraphError):
    """A saved query is malformed, unknown, or was given bad parameters.

    ``file`` and ``line`` say where, when the problem is in a query file.
    """

    def __init__(self, message: str, *, file: Path | None = None,
                 line: int | None = None) -> None:
        self.file = file
        self.line = line
        self.reason = message
        where = f"{file}:{line}: " if file is not None and line is not None else (
            f"{file}: " if file is not None else "")
        super().__init__(where + message)


class StoreError(PartygraphError):
    """The embedded store is missing, stale or unreadable."""
