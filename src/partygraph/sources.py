"""Stored article texts: reading them, their first line, and finding quotes in them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .dates import PartialDate, parse_partial_date
from .text import nfc, squash_spaces

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
        """True when ``quote`` occurs in the article, ignoring differences in white space."""
        wanted = squash_spaces(nfc(quote))
        return bool(wanted) and wanted in self.searchable


def read_article(path: Path) -> Article:
    """Read a stored article as UTF-8 and normalise it to NFC."""
    return Article(path, nfc(path.read_text(encoding="utf-8")))


def parse_header(first_line: str) -> ArticleHeader:
    """Parse ``date YYYY-MM (OUTLET)- ...``; raises ValueError when the line has another shape."""
    match = _HEADER.match(first_line)
    if match is None:
        raise ValueError(
            "first line does not start with 'date YYYY-MM (OUTLET)-' "
            f"(it starts {first_line[:40]!r})"
        )
    return ArticleHeader(parse_partial_date(match.group(1)), match.group(2).strip())
