"""util.text: NFC, white space and the folded search keys."""

from __future__ import annotations

import unicodedata

import pytest

from partygraph.util.text import NotUtf8Error, decode_utf8, fold, name_key, nfc, squash_spaces


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


def test_utf8_is_decoded_with_a_byte_order_mark_dropped() -> None:
    assert decode_utf8("Đảng bộ".encode()) == "Đảng bộ"
    assert decode_utf8(b"\xef\xbb\xbf" + "Đảng bộ".encode()) == "Đảng bộ"


@pytest.mark.parametrize(("data", "line", "reason"), [
    ("Đảng\nbộ".encode("utf-16-le").join([b"\xff\xfe", b""]), 1,
     "not UTF-8 text but UTF-16 (it starts with a UTF-16 byte-order mark); save the article "
     "as UTF-8"),
    (b"line one\nTh\xe9\n", 2,
     "not UTF-8 text: byte 0xe9 (invalid continuation byte) on line 2; save the article as "
     "UTF-8"),
])
def test_bytes_not_in_utf8_are_named_with_their_line(data: bytes, line: int,
                                                      reason: str) -> None:
    with pytest.raises(NotUtf8Error) as refused:
        decode_utf8(data, "article")
    assert (refused.value.line, refused.value.reason, str(refused.value)) == (line, reason, reason)


@pytest.mark.parametrize(("one", "other"), [
    ("Võ Thị Hòa", "Võ thị  Hoà"), ("Nguyễn Thị Thúy", "Nguyễn Thị Thuý"),
    ("Đỗ Văn Khỏe", "Đỗ Văn Khoẻ"), ("Lê Qùy", "Lê Quỳ"),
    ("Trần Hòa Bình", "Tra\u0302\u0300n Hoa\u0300 Bi\u0300nh")])
def test_a_name_written_two_ways_has_one_key(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(("one", "other"), [
    ("Nguyễn Văn Hùng", "Nguyễn Văn Hưng"), ("Lê Hoàng", "Lê Hoàn"), ("Võ Thị Hòa", "Võ Thị Hóa")])
def test_two_names_keep_two_keys(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)
