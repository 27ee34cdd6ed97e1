"""The numbers a Vietnamese text writes (``partygraph.util.numbers``)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from partygraph.util.numbers import written_numbers


def test_separators_words_and_pairs_are_read() -> None:
    found = written_numbers("hơn 29.000 đảng viên, trên 87,5%, 52/52 chi bộ; Bốn đảng bộ còn lại")
    assert {Decimal(29000), Decimal("87.5"), Decimal(52), Decimal(4)} <= found


def test_a_group_that_is_not_of_three_digits_is_no_thousands_separator() -> None:
    assert Decimal(35) not in written_numbers("lúc 3.5 giờ")  # not "35"
    assert Decimal("3.5") in written_numbers("lúc 3.5 giờ")


@given(st.integers(min_value=1000, max_value=10**9))
def test_a_count_written_with_thousands_dots_reads_as_itself(count: int) -> None:
    written = f"{count:,}".replace(",", ".")  # 2457 -> "2.457", as articles write it
    assert Decimal(count) in written_numbers(f"có {written} đảng viên")


@given(st.integers(min_value=0, max_value=99), st.integers(min_value=1, max_value=9))
def test_a_share_written_with_a_decimal_comma_reads_as_itself(whole: int, tenth: int) -> None:
    assert Decimal(f"{whole}.{tenth}") in written_numbers(f"đạt {whole},{tenth}%")


def test_none_stated_in_words_is_a_figure_of_zero() -> None:
    # "no member was disciplined in 2025" states 0, and the year is no figure of it
    found = written_numbers("Năm 2025, không có đảng viên nào bị thi hành kỷ luật")
    assert Decimal(0) in found
    assert Decimal(0) not in written_numbers("Năm 2025, có 3 đảng viên bị kỷ luật")
