"""Text normalisation shared by every stage: Unicode NFC and diacritic-folded search keys."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "nfc", "squash_spaces"]

_SPACES = re.compile(r"\s+")
# Letters that NFD does not split into a base letter plus combining marks.
_NO_DECOMPOSITION = str.maketrans({"đ": "d", "Đ": "D"})


def nfc(text: str) -> str:
    """Return ``text`` in Unicode normal form C, the form partygraph stores."""
    return unicodedata.normalize("NFC", text)


def squash_spaces(text: str) -> str:
    """Collapse every run of white space to one space and strip the ends."""
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """Return a search key: lower case, no diacritics, single spaces.

    ``Tây Sơn`` becomes ``tay son``; ``Đảng`` becomes ``dang``.
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_NO_DECOMPOSITION))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return squash_spaces(bare.casefold())
