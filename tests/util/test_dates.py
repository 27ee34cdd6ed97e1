"""util.dates: partial dates, their precision, bounds and parsing."""

from __future__ import annotations

import datetime as dt

import pytest

from partygraph.util.dates import PartialDate, parse_partial_date


@pytest.mark.parametrize(("text", "date", "precision"), [
    ("2020-06-03", PartialDate(2020, 6, 3), "day"),
    ("2020-06", PartialDate(2020, 6), "month"),
    ("2020", PartialDate(2020), "year"),
    (" 2020-06 ", PartialDate(2020, 6), "month"),
    (2020, PartialDate(2020), "year"),
])
def test_parse_reads_each_precision(text: str | int, date: PartialDate, precision: str) -> None:
    parsed = parse_partial_date(text)
    assert parsed == date
    assert parsed.precision == precision


def test_parse_passes_a_partial_date_through() -> None:
    date = PartialDate(2021, 1)
    assert parse_partial_date(date) is date


@pytest.mark.parametrize("value", ["June", "2020-6", "20-06-2020", "2020-06-03T10:00", "",
                                   "\uff12\uff10\uff12\uff10", True, 2020.0, None, [2020]])
def test_parse_refuses_what_is_not_a_date(value: object) -> None:
    with pytest.raises(ValueError, match=r"^not a date: .*\(write YYYY-MM-DD, YYYY-MM or YYYY\)"):
        parse_partial_date(value)


@pytest.mark.parametrize("value", ["2020-13", "2020-02-30", "2021-02-29", "0000"])
def test_parse_refuses_impossible_dates(value: str) -> None:
    with pytest.raises(ValueError, match=rf"^impossible date: '{value}' \("):
        parse_partial_date(value)


# A month or day of 00 was once read as "not given" when checked but kept as 0, so
# ``2020-00`` gave the literal "2020-00"^^xsd:gYearMonth.
@pytest.mark.parametrize("value", ["2020-00", "2020-06-00"])
def test_parse_refuses_month_or_day_zero(value: str) -> None:
    with pytest.raises(ValueError, match=r"^impossible date"):
        parse_partial_date(value)


@pytest.mark.parametrize("value", ["0020-08", "0999", "0202-06-30"])
def test_a_year_before_1000_is_a_mistyped_year(value: str) -> None:
    with pytest.raises(ValueError, match=r"is before 1000: a mistyped year\?\)$"):
        parse_partial_date(value)
    assert parse_partial_date("1000") == PartialDate(1000)  # the earliest read


def test_leap_day_is_a_date() -> None:
    assert parse_partial_date("2020-02-29") == PartialDate(2020, 2, 29)


def test_isoformat_and_str_pad_to_the_xsd_form() -> None:
    assert PartialDate(987, 3, 4).isoformat() == "0987-03-04"
    assert str(PartialDate(2020, 6)) == "2020-06"
    assert PartialDate(2020).isoformat() == "2020"


def test_first_and_last_day_span_the_date() -> None:
    assert PartialDate(2020).first_day() == dt.date(2020, 1, 1)
    assert PartialDate(2020).last_day() == dt.date(2020, 12, 31)
    assert PartialDate(2020, 2).last_day() == dt.date(2020, 2, 29)
    assert PartialDate(2021, 2).last_day() == dt.date(2021, 2, 28)
    assert PartialDate(2020, 6, 3).first_day() == PartialDate(2020, 6, 3).last_day()


def test_dates_order_by_year_then_month_then_day() -> None:
    assert PartialDate(2020, 5, 31) < PartialDate(2020, 6, 1) < PartialDate(2021, 1, 1)
    assert sorted([PartialDate(2020, 6), PartialDate(2019, 12)]) == [PartialDate(2019, 12),
                                                                     PartialDate(2020, 6)]
