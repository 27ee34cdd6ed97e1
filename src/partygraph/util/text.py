"""Text normalisation shared by every stage: Unicode NFC and diacritic-folded search keys."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["NotUtf8Error", "decode_utf8", "fold", "name_key", "nfc", "squash_spaces"]

_SPACES = re.compile(r"\s+")
# Letters that NFD does not split into a base letter plus combining marks.
_NO_DECOMPOSITION = str.maketrans({"đ": "d", "Đ": "D"})
# A tone mark written on the first vowel of an open oa, oe or uy ("Hòa", "Thúy": the old
# style), in decomposed text: it moves to the second ("Hoà", "Thuý"), as a final consonant
# would put it ("Hoàng").
_OLD_STYLE_TONE = re.compile("([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?![^\\W_])")


class NotUtf8Error(ValueError):
    """Bytes that are not UTF-8 text: where (``line``, from 1) and why, in plain words."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def decode_utf8(data: bytes, what: str = "file") -> str:
    """Decode UTF-8 ``data``, a leading byte-order mark dropped (editors on Windows write one).

    Raises :class:`NotUtf8Error` naming the first byte that is not UTF-8, its line, and what
    to do (a file saved as UTF-16 is named as such).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotUtf8Error(1, f"not UTF-8 text but UTF-16 (it starts with a UTF-16 byte-order "
                              f"mark); save the {what} as UTF-8")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise NotUtf8Error(line, f"not UTF-8 text: byte 0x{data[exc.start]:02x} ({exc.reason}) "
                                 f"on line {line}; save the {what} as UTF-8") from None


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


def name_key(text: str) -> str:
    """A key under which a Vietnamese name written two ways is one: NFC, case and spacing
    folded, and the tone mark of an open oa, oe or uy on its second vowel wherever it was
    written ("Võ Thị Hòa" and "Võ thị  Hoà" are one name; "Hùng" and "Hưng" stay two)."""
    decomposed = _OLD_STYLE_TONE.sub(r"\1\3\2", unicodedata.normalize("NFD", text))
    return " ".join(unicodedata.normalize("NFC", decomposed).casefold().split())
