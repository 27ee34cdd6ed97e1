"""sheets.articles: stored texts, their header line, and quotes found on whole words."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from partygraph.sheets.articles import Article, ArticleHeader, parse_header, read_article
from partygraph.util.dates import PartialDate
from partygraph.util.text import NotUtf8Error

TEXT = ("date 2020-06 (GLO)- Đảng bộ thị xã An Khê có 312 đảng viên,\n"
        "tổng số   2.457 người; chi_bộ họp.\n")


def article(text: str = TEXT) -> Article:
    return Article(Path("a.txt"), text)


@pytest.mark.parametrize("quote", [
    "Đảng bộ thị xã An Khê", "312 đảng viên", "đảng viên,\ntổng số", "tổng số 2.457",
    "  An   Khê  ", "2.457", unicodedata.normalize("NFD", "thị xã"), "chi_bộ",
])
def test_a_quote_on_whole_words_is_found(quote: str) -> None:
    assert article().contains(quote)
    assert article().part_of(quote) is None


@pytest.mark.parametrize(("quote", "inside"), [
    ("12 đảng viên", "312 đảng viên"),
    ("457", "2.457"),  # digits around a dot are one number
    ("2", "2020"),  # the first occurrence is named; a hyphen ends a word
    ("Kh", "Khê"),
    ("chi", "chi_bộ"),
])
def test_a_quote_only_inside_longer_words(quote: str, inside: str) -> None:
    assert not article().contains(quote)
    assert article().part_of(quote) == inside


def test_a_quote_absent_or_empty_is_not_found() -> None:
    for quote in ("Pleiku", "", "   "):
        assert not article().contains(quote)
        assert article().part_of(quote) is None


def test_a_later_whole_word_occurrence_is_found() -> None:
    text = article("xa312 và 312 người")
    assert text.contains("312")


def test_searchable_folds_white_space() -> None:
    assert article("a \n\t b\n").searchable == "a b"


def test_read_article_is_utf8_in_nfc(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(unicodedata.normalize("NFD", "Đảng bộ\n"), encoding="utf-8")
    read = read_article(path)
    assert read.path == path
    assert read.text == "Đảng bộ\n"
    path.write_bytes(b"\xef\xbb\xbf" + "Đảng bộ\n".encode())  # a byte-order mark: dropped
    assert read_article(path).text == "Đảng bộ\n"
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(NotUtf8Error, match="not UTF-8 text but UTF-16"):
        read_article(path)


@pytest.mark.parametrize(("line", "header"), [
    ("date 2020-06 (GLO)- Ban Thường vụ", ArticleHeader(PartialDate(2020, 6), "GLO")),
    ("  date 2020-06-03 ( Báo Gia Lai ) \u2013 x", ArticleHeader(PartialDate(2020, 6, 3),
                                                          "Báo Gia Lai")),
    ("date 2019 (X)\u2014", ArticleHeader(PartialDate(2019), "X")),
])
def test_parse_header(line: str, header: ArticleHeader) -> None:
    assert parse_header(line) == header


@pytest.mark.parametrize("line", ["Ban Thường vụ", "date June (GLO)- x", "date 2020-06 GLO- x",
                                  "date 2020-06 (GLO) x"])
def test_parse_header_refuses_other_shapes(line: str) -> None:
    with pytest.raises(ValueError, match=r"^first line does not start with 'date YYYY-MM"):
        parse_header(line)


def test_parse_header_refuses_an_impossible_date() -> None:
    with pytest.raises(ValueError, match="impossible date"):
        parse_header("date 2020-13 (GLO)- x")
