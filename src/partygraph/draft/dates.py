"""Dates as Vietnamese articles write them, read relative to the publication date.

``Sáng 23-7`` and ``Ngày 3-6`` (or ``Ngày 3/6``) take the publication's year, as does a
day told beside the words for it (``Hôm qua (8-7)``, ``Sáng nay (8/7)``); ``Trong 2 ngày 27
và 28-2`` (or ``ngày 11 và 12/9/2025``, ``Trong 2 ngày 11-12/9``), ``Sau 2 ngày làm việc (4
và 5-8)`` and ``Từ ngày 15 đến 17-7-2020`` are two-day ranges; ``cuối tháng 2-2020`` is the
last ten days of February (a month-precise date, window 21 to the end), ``quý I-2021`` its
first three months (a year-precise date); ``trước ngày 20-6-2020`` is a deadline;
``(14/3/1948-14/3/2023)`` is two slash dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from partygraph.util.dates import PartialDate

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True)
class DateMention:
    """A date or window in the text: where it is, its words and what it means."""

    start: int
    end: int
    text: str
    date: PartialDate  # the date as precise as the words (the window's month for a window)
    first: dt.date  # the window it means, both ends included
    last: dt.date
    kind: str  # day, range, month, window, year, deadline
    pattern: str  # the rule that read it, for the note


_D = r"([0-9]{1,2})"
_M = r"([0-9]{1,2})"
_Y = r"((?:19|20)[0-9]{2})"
_SEP = r"[-/]"  # 23-7 or 23/7
_DAY_WORDS = r"(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Nn]gày)"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("slash-range", re.compile(rf"{_D}/{_M}/{_Y}\s*[-\u2013]\s*{_D}/{_M}/{_Y}")),
    ("told-two-days", re.compile(rf"(?<![^\W\d_])(?:2|hai) ngày(?: làm việc)? \((?:ngày )?{_D}"
                                 rf" và {_D}{_SEP}{_M}(?:{_SEP}{_Y})?\)")),
    ("two-days", re.compile(rf"(?:[Tt]rong (?:2|hai) ngày|(?<![^\W\d_])[Nn]gày) {_D} và {_D}"
                            rf"{_SEP}{_M}(?:{_SEP}{_Y})?(?![0-9])")),
    ("dash-days", re.compile(rf"(?:[Tt]rong (?:2|hai|3|ba) ngày|(?<![^\W\d_])[Nn]gày) \(?{_D}\s?"
                             rf"[-\u2013]\s?{_D}/{_M}(?:/{_Y})?\)?(?![0-9])")),
    ("from-to", re.compile(rf"[Tt]ừ ngày {_D} đến(?: ngày)? {_D}{_SEP}{_M}(?:{_SEP}{_Y})?"
                           r"(?![0-9])")),
    ("months-range", re.compile(rf"[Tt]ừ ngày {_D}{_SEP}{_M} đến(?: ngày)? {_D}{_SEP}{_M}"
                                rf"(?:{_SEP}{_Y})?(?![0-9])")),
    ("deadline", re.compile(rf"trước ngày {_D}{_SEP}{_M}(?:{_SEP}{_Y})?(?![0-9])")),
    ("tenday", re.compile(rf"(thượng tuần|trung tuần|hạ tuần|cuối|đầu|giữa) tháng {_M}"
                          rf"(?:-{_Y}|/{_Y})?")),
    ("told-day", re.compile(rf"(?<![^\W\d_])(?:[Hh]ôm|{_DAY_WORDS}) (?:qua|nay|kia) "
                            rf"\({_D}{_SEP}{_M}(?:{_SEP}{_Y})?\)")),
    ("day", re.compile(rf"{_DAY_WORDS}(?: nay)?,? {_D}{_SEP}{_M}(?:{_SEP}{_Y})?"
                       r"(?![0-9])")),
    ("bare-day", re.compile(rf"(?<![0-9./-]){_D}-{_M}-{_Y}(?![0-9])")),
    ("slash-day", re.compile(rf"(?<![0-9/]){_D}/{_M}/{_Y}(?![0-9/])")),
    ("quarter", re.compile(rf"(?<![^\W\d_])[Qq]uý (I{{1,3}}|IV)(?:-| năm ){_Y}")),
    ("month", re.compile(rf"(?<![^\W\d_])[Tt]háng {_M}[-/]{_Y}")),
    ("year", re.compile(rf"(?<![^\W\d_])[Nn]ăm {_Y}")),
]
_WINDOWS = {"thượng tuần": (1, 10), "đầu": (1, 10), "trung tuần": (11, 20),
            "giữa": (11, 20), "hạ tuần": (21, 31), "cuối": (21, 31)}


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(group: str | None, published: PartialDate) -> int:
    return int(group) if group else published.year


def _read(pattern: str, match: re.Match[str], published: PartialDate,
          ) -> tuple[PartialDate, dt.date, dt.date, str] | None:
    g = match.groups()
    if pattern == "slash-range":
        first = _day(int(g[2]), int(g[1]), int(g[0]))
        last = _day(int(g[5]), int(g[4]), int(g[3]))
        if first is None or last is None:
            return None
        return PartialDate(first.year, first.month, first.day), first, last, "range"
    if pattern in ("two-days", "told-two-days", "from-to", "dash-days"):
        year, month = _year(g[3], published), int(g[2])
        first, last = _day(year, month, int(g[0])), _day(year, month, int(g[1]))
        if first is None or last is None or last < first:
            return None
        return PartialDate(year, month, first.day), first, last, "range"
    if pattern == "months-range":  # từ ngày 25-1 đến ngày 1-2-2021
        year = _year(g[4], published)
        last = _day(year, int(g[3]), int(g[2]))
        first = _day(year - (1 if int(g[1]) > int(g[3]) else 0), int(g[1]), int(g[0]))
        if first is None or last is None or last < first:
            return None
        return PartialDate(first.year, first.month, first.day), first, last, "range"
    if pattern in ("deadline", "day", "told-day"):
        year = _year(g[2], published)
        day = _day(year, int(g[1]), int(g[0]))
        if day is None:
            return None
        return (PartialDate(year, day.month, day.day), day, day,
                "deadline" if pattern == "deadline" else "day")
    if pattern in ("bare-day", "slash-day"):
        day = _day(int(g[2]), int(g[1]), int(g[0]))
        if day is None:
            return None
        return PartialDate(day.year, day.month, day.day), day, day, "day"
    if pattern == "tenday":
        year, month = _year(g[2] or g[3], published), int(g[1])
        if not 1 <= month <= 12:
            return None
        low, high = _WINDOWS[g[0]]
        high = min(high, calendar.monthrange(year, month)[1])
        return (PartialDate(year, month), dt.date(year, month, low),
                dt.date(year, month, high), "window")
    if pattern == "quarter":  # quý I-2021: its three months
        year, quarter = int(g[1]), {"I": 1, "II": 2, "III": 3, "IV": 4}[g[0]]
        last_month = quarter * 3
        return (PartialDate(year), dt.date(year, last_month - 2, 1),
                dt.date(year, last_month, calendar.monthrange(year, last_month)[1]), "window")
    if pattern == "month":
        year, month = int(g[1]), int(g[0])
        if not 1 <= month <= 12:
            return None
        end = calendar.monthrange(year, month)[1]
        return PartialDate(year, month), dt.date(year, month, 1), dt.date(year, month, end), \
            "month"
    year = int(g[0])
    return PartialDate(year), dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def find_dates(text: str, published: PartialDate) -> list[DateMention]:
    """Every date mention in ``text``, earliest first; overlapping readings keep the first
    (longest-rule) one. A day-month without a year takes the publication's year."""
    taken: list[DateMention] = []
    for name, regex in _PATTERNS:
        for match in regex.finditer(text):
            if any(m.start < match.end() and match.start() < m.end for m in taken):
                continue
            read = _read(name, match, published)
            if read is None:
                continue
            date, first, last, kind = read
            taken.append(DateMention(match.start(), match.end(), match.group(0), date, first,
                                     last, kind, name))
    return sorted(taken, key=lambda m: m.start)
