"""Stored article texts: reading them, their first line, and finding quotes in them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from partygraph.util.dates import PartialDate, parse_partial_date
from partygraph.util.text import decode_utf8, nfc, squash_spaces

__all__ = ["Article", "ArticleHeader", "parse_header", "read_article"]

# First line of a stored article: "date 2020-06 (GLO)- Ban Thường vụ ..."
_HEADER = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}){0,2})\s*\(([^)]+)\)\s*[-\u2013\u2014]\s*")


@dataclass(frozen=True)
class ArticleHeader:
    """What an article's first line says: publication date and outlet code."""

    published: PartialDate
    outlet_code: str


@dataclass(frozen=True)
class Article:
    """An article's stored text in NFC, with a whitespace-folded copy for quote search."""

    path: Path
    text: str

    @cached_property
    def searchable(self) -> str:
        """The text with runs of white space folded to one space."""
        return squash_spaces(self.text)

    def contains(self, quote: str) -> bool:
        """True when ``quote`` occurs in the article on whole words, ignoring differences in
        white space: ``12 đảng viên`` is not in ``312 đảng viên``, nor ``457`` in ``2.457``."""
        return self._find(quote, whole=True) is not None

    def part_of(self, quote: str) -> str | None:
        """The longer words an occurrence of ``quote`` is part of (``312 đảng viên`` for
        ``12 đảng viên``), when it occurs in the article only inside longer words."""
        if self._find(quote, whole=True) is not None:
            return None
        found = self._find(quote, whole=False)
        if found is None:
            return None
        text = self.searchable
        start, end = found
        while start > 0 and _joins(text, start - 1, start):
            start -= 1
        while end < len(text) and _joins(text, end - 1, end):
            end += 1
        return text[start:end]

    def _find(self, quote: str, *, whole: bool) -> tuple[int, int] | None:
        wanted = squash_spaces(nfc(quote))
        if not wanted:
            return None
        text = self.searchable
        start = text.find(wanted)
        while start >= 0:
            end = start + len(wanted)
            if not whole or not (_joins(text, start - 1, start) or _joins(text, end - 1, end)):
                return start, end
            start = text.find(wanted, start + 1)
        return None


def _is_word(char: str) -> bool:
    """A letter, digit or combining mark: what words are made of."""
    return char == "_" or unicodedata.category(char)[0] in "LNM"


def _joins(text: str, left: int, right: int) -> bool:
    """True when the characters at ``left`` and ``right`` belong to one word or number.

    Digits around a dot or comma are one number (Vietnamese ``2.457``).
    """
    if left < 0 or right >= len(text):
        return False
    a, b = text[left], text[right]
    if _is_word(a) and _is_word(b):
        return True
    if a.isdigit() and b in ".," and right + 1 < len(text) and text[right + 1].isdigit():
        return True
    return b.isdigit() and a in ".," and left > 0 and text[left - 1].isdigit()


def read_article(path: Path) -> Article:
    """Read a stored article as UTF-8 (a leading byte-order mark dropped) and normalise it to
    NFC. Raises OSError, or NotUtf8Error saying where and why it is not UTF-8."""
    return Article(path, nfc(decode_utf8(path.read_bytes(), "article")))


def parse_header(first_line: str) -> ArticleHeader:
    """Parse ``date YYYY-MM (OUTLET)- ...``; raises ValueError when the line has another shape."""
    match = _HEADER.match(first_line)
    if match is None:
        raise ValueError(
            "first line does not start with 'date YYYY-MM (OUTLET)-' "
            f"(it starts {first_line[:40]!r})"
        )
    return ArticleHeader(parse_partial_date(match.group(1)), match.group(2).strip())
