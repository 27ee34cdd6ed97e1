"""Vietnamese numbers: ``2.457`` (thousands dot), ``87,5`` (decimal comma), qualifiers."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["NUMBER", "Number", "parse_number", "roman"]

_QUALIFIERS = {
    "hơn": "more than", "trên": "more than", "gần": "nearly", "khoảng": "about",
    "chừng": "about", "dưới": "less than", "gần như": "nearly", "tới": "as many as",
}
NUMBER = (r"(?:(?P<qual>hơn|trên|gần|khoảng|chừng|dưới|tới)\s+)?"
          r"(?P<num>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,(?P<dec>[0-9]+))?(?P<pct>\s?%)?"
          r"(?![0-9.,]?[0-9])")
"""A number as articles write it, with an optional qualifier in front."""
_NUMBER = re.compile(NUMBER)


@dataclass(frozen=True)
class Number:
    """A number read from the text: its value, qualifier (English) and whether it is a %."""

    value: float
    qualifier: str | None = None
    percent: bool = False

    @property
    def whole(self) -> int | None:
        """The value as a whole number, or None when it has a fractional part."""
        return int(self.value) if float(self.value).is_integer() else None


def parse_number(text: str) -> Number | None:
    """Read ``2.457``, ``hơn 29.000``, ``trên 87%``, ``87,5%``; None when ``text`` is not one."""
    match = _NUMBER.fullmatch(text.strip())
    if match is None:
        return None
    digits = match["num"].replace(".", "")
    value = float(f"{digits}.{match['dec']}") if match["dec"] else float(digits)
    qual = _QUALIFIERS.get(match["qual"]) if match["qual"] else None
    return Number(value, qual, bool(match["pct"]))


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_FORM = re.compile(r"C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def roman(text: str) -> int | None:
    """``XVII`` is 17; None when ``text`` is not a well-formed Roman numeral (up to 399)."""
    if not text or _ROMAN_FORM.fullmatch(text) is None:
        return None
    total = 0
    for i, char in enumerate(text):
        value = _ROMAN[char]
        following = _ROMAN[text[i + 1]] if i + 1 < len(text) else 0
        total += -value if value < following else value
    return total
