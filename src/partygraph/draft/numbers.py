"""Vietnamese numbers: ``2.457`` (thousands dot), ``87,5`` (decimal comma), qualifiers."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["COUNT", "NUMBER", "Number", "parse_number", "roman", "word_number"]

_QUALIFIERS = {
    "hơn": "more than", "trên": "more than", "gần": "nearly", "khoảng": "about",
    "chừng": "about", "dưới": "less than", "gần như": "nearly", "tới": "as many as",
}
NUMBER = (r"(?:(?P<qual>hơn|trên|gần|khoảng|chừng|dưới|tới)\s+)?"
          r"(?P<num>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,(?P<dec>[0-9]+))?(?P<pct>\s?%)?"
          r"(?![0-9.,]?[0-9])")
"""A number as articles write it, with an optional qualifier in front."""
_NUMBER = re.compile(NUMBER)

_UNITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
          "chín": 9}
_AFTER_TENS = {**_UNITS, "mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
"""A unit after ``mươi`` or ``mười``: ``hai mươi mốt`` (21), ``hai mươi tư`` (24), ``mười lăm``
(15)."""
_UNIT_WORDS = "|".join(_UNITS)
_AFTER_WORDS = "|".join(_AFTER_TENS)
_WORDS = (rf"(?:(?:{_UNIT_WORDS}) mươi(?: (?:{_AFTER_WORDS}))?|mười(?: (?:{_AFTER_WORDS}))?|"
          rf"{_UNIT_WORDS})")
"""A whole number from one to ninety-nine written in words (``mười hai``, ``ba mươi lăm``)."""
_WORDS_FORM = re.compile(rf"(?:(?P<qual>hơn|trên|gần|khoảng|chừng|dưới|tới)\s+)?(?P<num>{_WORDS})")
COUNT = (r"(?:(?P<qual>hơn|trên|gần|khoảng|chừng|dưới|tới)\s+)?"
         r"(?P<num>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+|"
         # (not năm, the year, after the words that take it: trong năm, hằng năm, cuối năm;
         # nor an ordinal, thứ ba, a month, tháng năm, or years, sau 4 năm chi bộ …)
         r"(?<![^\W\d_])(?<!trong )(?<!mỗi )(?<!hằng )(?<!hàng )(?<!cuối )(?<!đầu )(?<!giữa )"
         rf"(?<!của )(?<!qua )(?<!cả )(?<!các )(?<!thứ )(?<!tháng )(?<![0-9] )(?<!nhiều )(?<!mấy )"
         rf"{_WORDS}(?![^\W\d_]))"
         r"(?:,(?P<dec>[0-9]+))?(?P<pct>\s?%)?(?![0-9.,]?[0-9])")
"""A count as articles write it: :data:`NUMBER`, or a whole number up to ninety-nine in words
(``có mười đảng viên``, ``mười hai chi bộ trực thuộc``), as the press writes small counts."""


def word_number(text: str) -> int | None:
    """``mười hai`` is 12, ``hai mươi mốt`` 21, ``năm`` 5; None when ``text`` is not one."""
    words = text.split()
    if not words:
        return None
    if words[0] == "mười":
        tens, rest = 1, words[1:]
    elif len(words) >= 2 and words[1] == "mươi" and words[0] in _UNITS:
        tens, rest = _UNITS[words[0]], words[2:]
    else:
        tens, rest = 0, words
    if tens and not rest:
        return tens * 10
    if len(rest) != 1:
        return None
    units = (_AFTER_TENS if tens else _UNITS).get(rest[0])
    if units is None or (tens == 1 and rest[0] in ("mốt", "tư")):
        return None  # (mười một, mười bốn: never mười mốt, mười tư)
    return tens * 10 + units


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
    """Read ``2.457``, ``hơn 29.000``, ``trên 87%``, ``87,5%``, ``mười hai`` (a whole number
    in words, up to ninety-nine); None when ``text`` is not one."""
    match = _NUMBER.fullmatch(text.strip())
    if match is None:
        words = _WORDS_FORM.fullmatch(text.strip())
        whole = word_number(words["num"]) if words is not None else None
        if words is None or whole is None:
            return None
        return Number(float(whole), _QUALIFIERS.get(words["qual"]) if words["qual"] else None)
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
