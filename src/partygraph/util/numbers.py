"""The numbers a Vietnamese text writes, to check a figure against the words that state it."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = ["written_numbers"]

_DIGITS = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
# Numbers written as words up to ten, as articles write small counts ("Bốn đảng bộ"), and
# zero as the press states it: "không có đảng viên nào bị kỷ luật" (none) is a figure of 0.
_WORDS = {"không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
          "tám": 8, "chín": 9, "mười": 10}
_WORD = re.compile(r"\w+")


def _readings(token: str) -> set[Decimal]:
    """``2.457`` as 2457 (the Vietnamese thousands dot) and ``87,5`` as 87.5 (the decimal
    comma); the other convention's reading too, as texts mix them (``87.5``)."""
    found = set()
    for thousands, decimal in ((".", ","), (",", ".")):
        whole, _, fraction = token.partition(decimal)
        if decimal in fraction:
            continue
        groups = whole.split(thousands)
        if any(len(group) != 3 for group in groups[1:]):
            continue
        try:
            found.add(Decimal("".join(groups) + (f".{fraction}" if fraction else "")))
        except InvalidOperation:  # pragma: no cover - the pattern admits digits only
            continue
    return found


def written_numbers(text: str) -> frozenset[Decimal]:
    """Every number ``text`` writes in digits (``2.457``, ``87,5``, each side of ``52/52``)
    or as a word up to ten (``bốn``; ``không``, none, as 0), in every reading its separators
    allow."""
    found: set[Decimal] = set()
    for match in _DIGITS.finditer(text):
        found |= _readings(match.group())
    found.update(Decimal(_WORDS[w]) for w in _WORD.findall(text.lower()) if w in _WORDS)
    return frozenset(found)
