"""The readers the drafting rules stand on: Vietnamese dates relative to the publication,
numbers with separators and qualifiers, Roman ordinals, names and ids."""

from __future__ import annotations

import datetime as dt

import pytest

from partygraph.draft.dates import find_dates
from partygraph.draft.names import person_name, proper_name, slug
from partygraph.draft.numbers import parse_number, roman
from partygraph.util.dates import PartialDate

JULY_2020 = PartialDate(2020, 7)


@pytest.mark.parametrize(("text", "date", "first", "last", "kind"), [
    ("Sáng 23-7, đại hội bế mạc", "2020-07-23", "2020-07-23", "2020-07-23", "day"),
    ("Ngày 3-6, Tổ công tác đã làm việc", "2020-06-03", "2020-06-03", "2020-06-03", "day"),
    ("Trong 2 ngày 27 và 28-2, Đảng bộ xã", "2020-02-27", "2020-02-27", "2020-02-28", "range"),
    ("Từ ngày 15 đến 17-7-2020, Đảng bộ", "2020-07-15", "2020-07-15", "2020-07-17", "range"),
    ("Đến cuối tháng 2-2020, các đơn vị", "2020-02", "2020-02-21", "2020-02-29", "window"),
    ("vào trung tuần tháng 8-2020", "2020-08", "2020-08-11", "2020-08-20", "window"),
    ("hoàn thành đại hội trước ngày 20-6-2020", "2020-06-20", "2020-06-20", "2020-06-20",
     "deadline"),
    ("Đảng bộ thị xã (14/3/1948-14/3/2023)", "1948-03-14", "1948-03-14", "2023-03-14",
     "range"),
    ("Tính đến ngày 30-11-2019, Đảng bộ", "2019-11-30", "2019-11-30", "2019-11-30", "day"),
    ("Đến cuối năm 2019, 129 chi bộ", "2019", "2019-01-01", "2019-12-31", "year"),
    # a month or year opening a sentence
    ("Tháng 3-1948, Đảng bộ huyện", "1948-03", "1948-03-01", "1948-03-31", "month"),
    ("Năm 1977, huyện được chuyển thành", "1977", "1977-01-01", "1977-12-31", "year"),
])
def test_dates_are_read_with_their_precision(text: str, date: str, first: str, last: str,
                                             kind: str) -> None:
    (found,) = find_dates(text, JULY_2020)
    assert (found.date.isoformat(), found.first.isoformat(), found.last.isoformat(),
            found.kind) == (date, first, last, kind)
    assert text[found.start:found.end] == found.text


def test_a_day_without_a_year_takes_the_publications() -> None:
    (found,) = find_dates("Ngày 3-6, hội nghị", PartialDate(2021, 6))
    assert found.first == dt.date(2021, 6, 3)


def test_two_windows_and_impossible_dates() -> None:
    found = find_dates("cuối tháng 7 hoặc trung tuần tháng 8-2020", JULY_2020)
    assert [(d.first.isoformat(), d.last.isoformat()) for d in found] == [
        ("2020-07-21", "2020-07-31"), ("2020-08-11", "2020-08-20")]
    assert find_dates("Ngày 31-2-2020", JULY_2020) == []


@pytest.mark.parametrize(("text", "value", "qualifier", "percent"), [
    ("2.457", 2457, None, False),
    ("hơn 29.000", 29000, "more than", False),
    ("trên 87%", 87, "more than", True),
    ("87,5%", 87.5, None, True),
    ("52", 52, None, False),
    ("1.234.567", 1234567, None, False),
    ("mười", 10, None, False),
    ("mười hai", 12, None, False),
    ("mười lăm", 15, None, False),
    ("hai mươi mốt", 21, None, False),
    ("ba mươi tư", 34, None, False),
    ("chín mươi chín", 99, None, False),
    ("hơn mười", 10, "more than", False),
    ("năm", 5, None, False),
])
def test_numbers(text: str, value: float, qualifier: str | None, percent: bool) -> None:
    number = parse_number(text)
    assert number is not None
    assert (number.value, number.qualifier, number.percent) == (value, qualifier, percent)


def test_not_numbers() -> None:
    assert parse_number("2.45") is None  # a dot groups thousands: three digits after it
    assert parse_number("97/111") is None
    assert parse_number("87,5").whole is None  # type: ignore[union-attr]
    for words in ("mười mốt", "mươi", "hai mươi mười", "một trăm", "Mười"):
        assert parse_number(words) is None, words


@pytest.mark.parametrize(("text", "value"), [
    ("I", 1), ("V", 5), ("XII", 12), ("XVI", 16), ("XVII", 17), ("XXI", 21), ("XL", 40)])
def test_roman_ordinals(text: str, value: int) -> None:
    assert roman(text) == value


def test_not_roman() -> None:
    assert roman("IIII") is None
    assert roman("") is None
    assert roman("VX") is None


def test_names_and_ids() -> None:
    text = "Bí thư Thị ủy An Khê Nguyễn Thị Thanh Lịch tặng hoa"
    assert proper_name(text, text.index("An")) == ("An Khê", text.index(" Nguyễn"))
    assert person_name(text, text.index("Nguyễn"))[0] == "Nguyễn Thị Thanh Lịch"  # type: ignore[index]
    assert person_name("Mẫu Văn Tâm được bầu", 0) is None  # Mẫu is no surname
    assert person_name("ông Khúc Văn Mẫu Tài - Phó Bí thư", 4)[0] == "Khúc Văn Mẫu Tài"  # type: ignore[index]  # Tài is a name, Tại is not
    assert slug("Đảng bộ thị xã Đồng Mẫu") == "dang-bo-thi-xa-dong-mau"


def test_a_place_name_may_end_with_a_word_that_is_also_a_surname() -> None:
    """A new user's finding (a SYNTHETIC commune): ``Sơn Lâm Hạ`` was cut to ``Sơn Lâm``, as
    though ``Hạ`` (Hà, folded) began a person's name; a surname starts one only when a given
    name follows it."""
    text = "Đảng bộ xã Sơn Lâm Hạ có 215 đảng viên"
    assert proper_name(text, text.index("Sơn")) == ("Sơn Lâm Hạ", text.index(" có"))
    # ... and a person's name after three words of a place still ends the place's
    text = "Huyện ủy Chư Mẫu Hà Văn Thử tặng hoa"
    assert proper_name(text, text.index("Chư")) == ("Chư Mẫu", text.index(" Hà"))
