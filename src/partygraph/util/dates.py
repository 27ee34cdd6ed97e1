"""Partial dates as articles give them: a day, a month or a year."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["PartialDate", "parse_partial_date"]

# ASCII digits only: ``\d`` would also take fullwidth or Arabic-Indic digits.
_PATTERN = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to the day, the month or only the year."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        """``day``, ``month`` or ``year``."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def isoformat(self) -> str:
        """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``: the lexical form of its XSD type."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def first_day(self) -> dt.date:
        """The earliest calendar day this date may mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The latest calendar day this date may mean."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def __str__(self) -> str:
        return self.isoformat()


EARLIEST_YEAR = 1000
"""No date before this year is read: the units and organisations recorded are younger."""


def parse_partial_date(value: Any) -> PartialDate:
    """Read ``2020-06-03``, ``2020-06``, ``2020`` (or a year as a number) into a PartialDate.

    Raises ValueError with a plain message for anything else, including impossible dates
    and years before :data:`EARLIEST_YEAR`.
    """
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(f"not a date: {value!r} (write YYYY-MM-DD, YYYY-MM or YYYY)")
    match = _PATTERN.fullmatch(str(value).strip())
    if match is None:
        raise ValueError(f"not a date: {value!r} (write YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if year < EARLIEST_YEAR:  # 0020-08 for 2020-08: no date of this domain is so early
        raise ValueError(f"impossible date: {value!r} (the year {year:04d} is before "
                         f"{EARLIEST_YEAR}: a mistyped year?)")
    try:
        dt.date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError as exc:
        raise ValueError(f"impossible date: {value!r} ({exc})") from None
    return PartialDate(year, month, day)
