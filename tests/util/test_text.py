"""util.text: NFC, white space and the folded search keys."""

from __future__ import annotations

import unicodedata

from partygraph.util.text import fold, nfc, squash_spaces


def test_nfc_composes_decomposed_vietnamese() -> None:
    decomposed = unicodedata.normalize("NFD", "Đảng bộ")
    assert decomposed != "Đảng bộ"
    assert nfc(decomposed) == "Đảng bộ"
    assert len(nfc(decomposed)) == len("Đảng bộ")


def test_squash_spaces_collapses_every_kind_of_run() -> None:
    assert squash_spaces("  a \t b\n\n c\u00a0 d  ") == "a b c d"
    assert squash_spaces("") == ""
    assert squash_spaces(" \n\t ") == ""


def test_fold_drops_diacritics_case_and_extra_spaces() -> None:
    assert fold("Tây Sơn") == "tay son"
    assert fold("Đảng") == "dang"
    assert fold("đảng") == "dang"
    assert fold("  Thị   xã\tAN KHÊ ") == "thi xa an khe"
    assert fold(unicodedata.normalize("NFD", "Nghiệm")) == "nghiem"


def test_fold_keeps_what_is_not_a_mark() -> None:
    assert fold("35-CT/TW") == "35-ct/tw"
    assert fold("Straße") == "strasse"  # casefold, not lower
