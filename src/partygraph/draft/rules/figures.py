"""What every counting rule reads around a figure: the date it holds on, the organisation
it is of, the period it covers, whether it is an aim, and the observation it makes."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from partygraph.draft.dates import DateMention
from partygraph.draft.names import UNIT_WORDS
from partygraph.draft.numbers import parse_number
from partygraph.draft.rules.base import DrafterBase, Mention

__all__ = ["APPROX", "CEREMONY", "FigureRules"]

APPROX = {"hơn": "more-than", "trên": "over", "gần": "nearly", "khoảng": "about",
          "chừng": "about"}
"""An approximate figure's qualifier and the approximation the format names it by."""

_WHOLE = re.compile(r"(?:[Tt]oàn Đảng bộ|(?<![^\n.] )(?<![^\n.]{2})(?P<bare>(?:Hiện(?: nay)?,? )?"
                    r"Đảng bộ)|(?<![^\W\d_] )(?P<cell>Chi bộ))(?: (?P<unit>" + UNIT_WORDS
                    + r"))?(?= (?:hiện nay |hiện )?có |(?<=[^\W\d_]) còn (?=[0-9]))")
"""``Toàn Đảng bộ (xã) có …`` (``… còn N …``, what is left after a reorganisation); ``(Hiện)
Đảng bộ có …`` opening a sentence; ``…, Chi bộ hiện có …`` (the one cell the article
names)."""


_QUARTERS = ("I", "II", "III", "IV")
_PERIOD = re.compile(r"(?<![^\W\d_])(?:[Tt]ừ (?:đầu )?(?:năm )?(?:19|20)[0-9]{2} (?:đến|tới) "
                     r"(?:hết |cuối )?(?:(?:năm )?(?P<year>(?:19|20)[0-9]{2})(?![0-9])|quý "
                     r"(?P<quarter>I{1,3}|IV)[-/ ](?:năm )?(?P<qyear>(?:19|20)[0-9]{2})|nay)"
                     r"|(?:[Tt]rong|[Gg]iai đoạn) "
                     r"(?:[0-9]+ năm )?(?:giai đoạn )?(?:19|20)[0-9]{2}\s*-\s*(?P<year2>(?:19|20)"
                     r"[0-9]{2})(?![0-9])"
                     r"|(?P<months>[1-9]|1[01]|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|"
                     r"[Cc]hín|[Mm]ười(?: một)?) tháng (?:(?:đầu )?năm "
                     r"(?P<myear>(?:19|20)[0-9]{2})(?![0-9])|đầu năm(?![^\W\d_])"
                     r"(?! (?:19|20)[0-9]{2}))"
                     r"|[Qq]uý (?P<squarter>I{1,3}|IV)(?:[-/ ](?:năm )?(?P<syear>(?:19|20)"
                     r"[0-9]{2}))?(?![^\W\d_]))")
"""``Từ năm 2015 đến (hết) năm 2019 / quý I-2020 / nay``, ``trong 3 năm 2022-2024``, ``6
(sáu) tháng đầu năm 2025`` (``10 tháng năm 2025``; ``8 tháng đầu năm``: of the year of
publication), ``(trong) quý III(-2025)``: a period, dated by its end."""

_TRAIL = re.compile(r",? (?:trong |vào )?(?:năm (?P<year>(?:19|20)[0-9]{2})(?![0-9])"
                    r"(?! (?:đến|tới))|(?=[0-9]+ tháng (?:đầu )?năm |[Gg]iai đoạn |quý ))")
"""Right after a figure, the period it is over: ``trong năm 2024``, ``trong 6 tháng đầu năm
2025``, ``giai đoạn 2020-2025``, ``trong quý III``."""


_MONTH_WORDS = ("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một")
"""The number of months spelt out (``Tám tháng đầu năm 2025``), from two."""

_AT_MEETING = re.compile(r"(?:Cũng )?[Tt]ại (?:hội nghị|phiên họp)(?: này)?, "
                         r"|(?:Nhân |Cũng )?[Dd]ịp này, "
                         r"|Hội nghị (?:đã |cũng )?(?:thông qua|bầu|biểu quyết|công bố|thảo luận)"
                         r"(?![^\W\d_])")
"""A paragraph that reports what a conference did (``Tại hội nghị, …``, ``Hội nghị đã thông
qua …``, ``(Nhân) dịp này, …``): its figures are of the conference's day."""

_BEGINS = re.compile(r"(?<![^\W\d_])thành lập[^.\n]{0,300}?(?<![^\W\d_])(?<!kết thúc )(?<!ngừng )"
                     r"(?<!chấm dứt )(?:(?:chính thức )?hoạt động (?:chính thức )?(?:kể )?từ|"
                     r"kể từ) (?:ngày )?(?=[0-9])")
"""An organisation founded and the day it begins: ``… được thành lập …, (chính thức) hoạt
động (kể) từ ngày D`` / ``…, kể từ ngày D`` (the day follows)."""
_ANNOUNCED = re.compile(r"(?<![^\W\d_])(?:công bố|trao) (?:các )?[Qq]uyết định(?![^\W\d_])")
"""A decision announced (``công bố / trao Quyết định …``): what it sets up holds from then."""


# Patterns the rules below read inside their loops, compiled once here.
_TOLD = re.compile(r"(?<![^\W\d_])[Qq]uyết định[^.\n]{0,200}? có hiệu lực (?:(?P<from>"
                   r"(?:kể )?từ (?:ngày )?)|cùng ngày)")


CEREMONY = re.compile(r"(?<![^\W\d_])[Ll]ễ kết nạp(?![^\W\d_])")
"""An admission ceremony told."""


class FigureRules(DrafterBase):
    """Place a figure: its date, its organisation, its period; add it as an observation."""

    def as_of(self, start: int, end: int, *, carry: bool = True) -> tuple[str, str]:
        """The date a figure holds at: ``Tính đến ngày D`` / ``Đến cuối tháng M`` in its
        sentence, else in the sentence before it in the paragraph, else the publication."""
        for mention in self.dates_in(start, end):
            lead = self.text[max(0, mention.start - 12):mention.start]
            if re.search(r"[Đđ]ến (?:ngày )?$", lead):
                return mention.date.isoformat(), f"as of '{mention.text}'"
            if mention.kind == "day" and re.search(
                    r"(?<![^\W\d_])(?:chính thức )?hoạt động (?:chính thức )?(?:kể )?từ "
                    r"(?:ngày )?$", self.text[max(0, mention.start - 40):mention.start]) and \
                    not re.match(r",? (?:hiện|nay|đến nay)(?![^\W\d_])",
                                 self.text[mention.end:]):
                # (… hoạt động từ ngày D, hiện có …: the figure is today's, not that day's)
                # ORG được thành lập …, hoạt động từ ngày 1-7-2025, có …: from its first day
                return mention.date.isoformat(), f"as of '{mention.text}' (hoạt động từ ngày)"
            if mention.kind == "day" and re.search(r"(?:^|, )(?:(?:[Tt]ính|[Kk]ể) )?[Tt]ừ "
                                                   r"(?:ngày )?$",
                                                   self.text[start:mention.start].lstrip()) \
                    and self.text[mention.end:mention.end + 1] == "," and not any(
                        start <= m.start < mention.start for m in self.mentions):
                # (Sau sắp xếp,) từ ngày 1-7-2025, ORG có …: the figure holds from that day
                # (also Tính từ ngày 1-1-2020, Kể từ ngày …)
                return mention.date.isoformat(), f"as of '{mention.text}' (từ ngày, opening)"
        lead_in = self.text[start:end].lstrip()
        if re.match(r"Sau (?:lễ kết nạp|buổi lễ)(?: này)?, ", lead_in):
            # Sau lễ kết nạp, Chi bộ có 24 đảng viên: on the day of the ceremony told before
            day = self.ceremony_day(start)
            if day is not None:
                return day.date.isoformat(), f"on '{day.text}', after the admission ceremony"
        joined = self.text[:start].rstrip(" ").endswith(";")  # a clause after a semicolon
        if carry and start > 1 and self.text[start - 1] != "\n" and (
                joined or lead_in.startswith(("Toàn ", "Trong đó", "Riêng "))):
            before, _ = self.sentence(len(self.text[:start].rstrip(" ;")) - 1)
            if self.text[before:start].count("\n") == 0:
                date, how = self.as_of(before, start - 1, carry=False)
                if how.startswith("as of"):
                    return date, how + " (the sentence before)"
        return self.published.isoformat(), "dated by publication"

    def ceremony_day(self, pos: int) -> DateMention | None:
        """The day of the last sentence before ``pos`` that tells of an admission ceremony
        (``lễ kết nạp``) and opens with its day (``Sáng 6-9, …``, ``Trước đó, chiều 18-12, …``;
        ``Chiều cùng ngày, …``: the same day)."""
        found: DateMention | None = None
        for told in CEREMONY.finditer(self.text, 0, pos):
            s_start, _s_end = self.sentence(told.start())
            days = [d for d in self.dates_in(s_start, told.start()) if d.kind == "day"
                    and (d.start - s_start <= 12 or re.fullmatch(
                        r"\s*(?:Trước|Sau) đó, (?:[Ss]áng|[Cc]hiều|[Tt]ối|[Nn]gày)? ?",
                        self.text[s_start:d.start]))
                    and d.last <= self.published.last_day()]
            if days:
                found = days[0]
        return found

    def whole(self) -> list[Mention]:
        """``Toàn Đảng bộ (tỉnh) có …``: the organisation the article is about (of that unit
        kind when named; else the one whose congress it reports, else the one it names
        first), as a mention of the words ``Toàn Đảng bộ …``."""
        found: list[Mention] = []
        for match in _WHOLE.finditer(self.text):
            org: str | None = None
            if match["cell"]:
                cells = {m.org for m in self.mentions if m.org.endswith("-cell")}
                if match["unit"] or len(cells) != 1:
                    continue
                org = cells.pop()
                if any(f["type"] == "observation" and f["of"] == org for f in self.facts):
                    continue  # (counted on its congress's day: N/M đảng viên có mặt)
            elif match["unit"]:
                unit = self.resolve(match["unit"].lower(), None)
                org = unit.id if unit else None
            else:
                held = [c for at, c in self.congress_at if at < match.start()
                        and "planned" not in self.entities[c]]
                p_start = self.text.rfind("\n", 0, match.start()) + 1
                before = [m for m in self.mentions if p_start <= m.start < match.start()
                          and m.ref == m.org]
                # the organisation its paragraph spoke of last (… có 80 đảng bộ trực
                # thuộc; toàn Đảng bộ có …), else the one whose congress the article reports
                # (Hiện Đảng bộ có …, opening a sentence: the paragraph's subject, named first)
                pick = before[0] if match["bare"] and before else before[-1] if before else None
                org = pick.org if pick else str(self.entities[held[-1]]["of"]) \
                    if held else next((m.org for m in self.mentions), None)
            if org is not None:
                found.append(Mention(match.start(), match.end(), org, org))
        return found

    def org_of_sentence(self, pos: int) -> str | None:
        """The organisation a figure at ``pos`` is of: the one named last before it in its
        sentence (``Toàn Đảng bộ`` included; in a clause after ``;`` that opens with the
        figure's verb, ``…; kết nạp N``, in the clauses before it), not one named as another's
        parent (``trực thuộc ORG``) when another is named, else the one the article is
        about."""
        s_start, _s_end = self.sentence(pos)
        while True:
            named = [m for m in [*self.mentions, *self.whole()] if s_start <= m.start
                     and m.end <= pos and not m.issuer]
            # (Chi bộ X trực thuộc Đảng ủy phường tổ chức lễ kết nạp …: X's, not its parent's)
            own = [m for m in named if not self.text[:m.start].endswith("trực thuộc ")]
            if own:
                return max(own, key=lambda m: m.end).org
            if named:
                return max(named, key=lambda m: m.end).org
            if s_start <= 1 or self.text[s_start - 1] != ";" or (
                    self.text[s_start:pos].strip() and re.search(
                        r"[A-ZĐ]|\b(?:các|toàn|chi bộ|đảng bộ|đảng ủy)\b", self.text[s_start:pos])):
                # (…, ORG hiện có N …; từ đầu năm đến nay đã kết nạp 5 …: a clause with no
                # subject of its own is of the clause before's)
                return self.reported_org(pos)
            s_start = self.sentence(s_start - 2)[0]  # …, ORG hoàn thành …; kết nạp N: ORG's

    def period(self, pos: int, after: int | None = None) -> tuple[str, str]:
        """The date of a figure over a period (members admitted, a share rated): ``(Trong)
        năm 2024`` before it in its sentence (clauses after ``;`` included), or right after
        the figure ending at ``after`` (``kết nạp 25 đảng viên mới trong 6 tháng đầu năm
        2025``), else as :meth:`as_of`."""
        s_start, s_end = self.sentence(pos)
        while s_start > 1 and self.text[s_start - 1] == ";":  # the clauses of one sentence
            s_start = self.sentence(s_start - 2)[0]
        if s_start > 1 and re.match(r"\s*(?:Trong (?:số )?đó|Cụ thể)(?![^\W\d_])",
                                    self.text[s_start:pos]) \
                and self.text[self.text.rfind("\n", 0, s_start) + 1:s_start].strip():
            # Trong đó …: the figures of the sentence before, broken down over its period
            s_start = self.sentence(s_start - 2)[0]
        span = self.text[s_start:pos]
        ranged = _PERIOD.search(span)
        trail = _TRAIL.match(self.text, after) if after is not None else None
        if ranged is None and trail is not None:
            if trail["year"]:  # … kết nạp 25 đảng viên mới trong năm 2024
                if int(trail["year"]) <= self.published.year:
                    return trail["year"], f"in '{trail.group(0).strip(' ,')}' (after it)"
            else:
                ranged = _PERIOD.match(self.text, trail.end())
        if ranged is not None:  # Từ năm 2015 đến hết quý I-2020: the period's end
            last = ranged["year"] or ranged["year2"]
            if last and int(last) < self.published.year:
                return last, f"over '{ranged.group(0)}' (its end)"
            if ranged["qyear"] and int(ranged["qyear"]) <= self.published.year:
                month = 3 * _QUARTERS.index(ranged["quarter"]) + 3
                last = dt.date(int(ranged["qyear"]), month, 30 if month in (6, 9) else 31)
                return last.isoformat(), f"over '{ranged.group(0)}' (its last day)"
            if ranged["squarter"]:  # quý III (of the year of publication): its last day
                month = 3 * _QUARTERS.index(ranged["squarter"]) + 3
                last = dt.date(int(ranged["syear"] or self.published.year), month,
                               30 if month in (6, 9) else 31)
                if last <= self.published.last_day():
                    return last.isoformat(), f"over '{ranged.group(0)}' (its last day)"
            if ranged["months"]:  # 6 tháng đầu năm 2025: the last day of its sixth month
                # (8 tháng đầu năm, no year: of the year of publication)
                words = ranged["months"].lower()
                month = int(words) if words.isdigit() else _MONTH_WORDS.index(words) + 2
                year = int(ranged["myear"] or self.published.year)
                last = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
                if last <= self.published.last_day():
                    return last.isoformat(), f"over '{ranged.group(0)}' (its last day)"
            return self.as_of(s_start, s_end)
        spans = [d for d in self.dates_in(s_start, pos) if d.kind == "range"
                 and d.text[:3] in ("Từ ", "từ ") and d.last <= self.published.last_day()]
        if spans:  # Từ ngày 1/7 đến 30/11/2025, toàn Đảng bộ kết nạp …: the period's last day
            return spans[-1].last.isoformat(), f"over '{spans[-1].text}' (its last day)"
        until = [d for d in self.dates_in(s_start, pos) if d.kind == "day"
                 and re.search(r"(?<![^\W\d_])đến (?:hết )?(?:ngày )?$",
                               self.text[max(0, d.start - 14):d.start])
                 and d.last <= self.published.last_day()]
        if until:  # từ khi thành lập tháng 2-2025 đến ngày 30-6-2025, … kết nạp …: its end
            return until[-1].date.isoformat(), f"over a period up to '{until[-1].text}'"
        months = [d for d in self.dates_in(s_start, pos) if d.kind == "month"
                  and re.match(r"[Tt]háng [0-9]", d.text) and d.last < self.published.first_day()
                  and not self.text[max(0, d.start - 12):d.start].endswith(("so với ", "từ "))]
        if months:  # tháng 6-2020, Đảng bộ xã kết nạp 3 đảng viên; tháng 7-2020 kết nạp 5 …
            return months[-1].last.isoformat(), f"in '{months[-1].text}' (its last day)"
        years = [y for y in re.finditer(r"(?<![^\W\d_])[Nn]ăm ((?:19|20)[0-9]{2})(?![0-9])",
                                        span) if not span[:y.start()].endswith("so với ")]
        # the year named last before the figure (Riêng năm 2019 …; năm 2018 kết nạp 176)
        if years and re.search(r"(?<![^\W\d_])đến nay(?![^\W\d_])", span[years[-1].end():]):
            # Năm 2025, … kết nạp 97 …, trong đó từ ngày 1-7-2025 đến nay kết nạp 52: up to now
            return self.as_of(s_start, s_end)
        if years and int(years[-1][1]) <= self.published.year:
            return years[-1][1], f"in '{years[-1].group(0)}'"
        if re.search(r"(?:^|[,:;] )[Tt]rong năm(?: qua)?, [^,.;]*$", span):
            # Năm 2025, ORG …. Công tác …: trong năm, ORG kết nạp 38 …: the year that opens
            # a sentence before it in its paragraph
            p_start = self.text.rfind("\n", 0, s_start) + 1
            opened = [y for y in re.finditer(r"(?:^|\. )(?:[Tt]rong )?[Nn]ăm ((?:19|20)[0-9]{2}),",
                                             self.text[p_start:s_start])]
            if opened and int(opened[-1][1]) <= self.published.year:
                return opened[-1][1], f"in '{opened[-1].group(0).strip('. ,')}' (trong năm)"
        return self.as_of(s_start, s_end)

    def aimed(self, pos: int) -> bool:
        """Whether the figure at ``pos`` is a target or a plan, not a result: its sentence
        (clauses after ``;`` included) says ``phấn đấu``, ``mục tiêu``, ``dự kiến``, ``sẽ``,
        ``nhiệm kỳ tới / mới`` or ``thống nhất / đề ra (các) chỉ tiêu`` before it."""
        s_start, _s_end = self.sentence(pos)
        while s_start > 1 and self.text[s_start - 1] == ";":  # the clauses of one sentence
            s_start = self.sentence(s_start - 2)[0]
        return re.search(r"(?<![^\W\d_])(?:[Pp]hấn đấu|[Mm]ục tiêu|[Dd]ự kiến|sẽ|nhiệm kỳ "
                         r"(?:tới|mới)|[Gg]iai đoạn tới|(?:thống nhất|đề ra|xác định) (?:các |"
                         r"những )?chỉ tiêu)(?![^\W\d_])",
                         self.text[s_start:pos]) is not None

    def elected_at(self, pos: int) -> tuple[dict[str, Any] | None, str, str]:
        """The congress held and named last before ``pos`` (None if none), and the date of
        what it elected: its last day, else the sentence's date or the publication."""
        held = [c for at, c in self.congress_at if at < pos and "held" in self.entities[c]
                and not self.above(at)]
        s_start, s_end = self.sentence(pos)
        while s_start > 1 and self.text[s_start - 1] == ";":  # the clauses of one sentence
            s_start = self.sentence(s_start - 2)[0]
        p_start = self.text.rfind("\n", 0, pos) + 1
        if re.search(r"(?<![^\W\d_])(?:[Hh]ội nghị (?:đã )?bầu|bầu bổ sung)(?![^\W\d_])",
                     self.text[p_start:pos]):
            # Hội nghị đã bầu Ban Thường vụ … gồm 17 đồng chí; Sau khi bầu bổ sung, Ban
            # Thường vụ … gồm 17 đồng chí: elected by a conference of the committee (a
            # congress never elects "in addition"), on the conference's day
            day = self.conference_day(pos)
            if day is not None:
                return (None, day.date.isoformat(),
                        f"as of '{day.text}', the day of the conference that elected them")
        announced = re.compile(r"(?:^|(?<=\n)|(?<=\. ))[Đđ]ại hội (?:đã )?công bố (?:các )?"
                               r"[Qq]uyết định[^.\n]*? chỉ định ").search(self.text, p_start, pos)
        if held and announced is not None and not re.search(
                r"(?<![^\W\d_])bầu(?![^\W\d_])", self.text[s_start:s_end]):
            # Đại hội đã công bố Quyết định … chỉ định Ban Chấp hành … gồm N …; Ủy ban Kiểm
            # tra … gồm M: the decision the congress announced, at its opening
            congress = self.entities[held[-1]]
            return (congress, str(congress["held"]["from"]),
                    "appointed by a decision the congress announced, as of its first day")
        if re.search(r"(?<![^\W\d_])chỉ định(?![^\W\d_])", self.text[s_start:s_end]):
            # … Quyết định … chỉ định Ban Chấp hành … gồm N: appointed, not elected; at a
            # sitting of the congress its paragraph names (Tại phiên bế mạc (ngày D), … trao
            # Quyết định … chỉ định …), on that sitting's day
            sitting = re.compile(r"(?:^|(?<=\n)|(?<=\. ))Tại phiên (?P<which>bế mạc|khai mạc)"
                                 r"(?: (?:của )?[Đđ]ại hội)?(?: (?:sáng |chiều )?(?:ngày )?"
                                 r"[0-9]{1,2}-[0-9]{1,2}(?:-[0-9]{4})?)?, ").search(
                self.text, p_start, pos)
            if held and sitting is not None and (sitting["which"] == "khai mạc" or "to" in
                                                 self.entities[held[-1]]["held"]):
                congress = self.entities[held[-1]]
                window = congress["held"]
                closing = sitting["which"] == "bế mạc"
                return (congress, str(window.get("to") or window["from"]) if closing
                        else str(window["from"]),
                        f"appointed at the {'closing' if closing else 'opening'} sitting of "
                        "the congress, on its day")
            held = []
        if held and "to" in self.entities[held[-1]]["held"]:
            congress = self.entities[held[-1]]
            window = congress["held"]
            return (congress, str(window.get("to") or window["from"]),
                    "as of the last day of the congress that elected them")
        s_start, s_end = self.sentence(pos)
        as_of, how = self.as_of(s_start, s_end)
        whole = s_start
        while whole > 1 and self.text[whole - 1] == ";":  # the clauses of one sentence
            whole = self.sentence(whole - 2)[0]
        if how == "dated by publication" and re.search(
                r"(?<![^\W\d_])chỉ định(?![^\W\d_])", self.text[whole:pos]):
            # Quyết định … thành lập Đảng bộ xã X trực thuộc Tỉnh ủy kể từ ngày 1-7-2025 …;
            # đồng thời … chỉ định Ban Chấp hành … gồm N: from the day the organisation begins
            since = [d for d in self.dates_in(whole, pos) if d.kind == "day" and re.search(
                r"(?<![^\W\d_])(?:kể )?từ (?:ngày )?$", self.text[max(0, d.start - 12):d.start])]
            if since:
                return (None, since[0].date.isoformat(),
                        f"as of '{since[0].text}', from when the organisation it was "
                        "appointed for begins")
        if how == "dated by publication":
            # a body set up by decision: on the day the decision was announced (Chiều 30-6,
            # … tổ chức hội nghị công bố Quyết định số … chỉ định Ban Chấp hành …), or on the
            # day the decisions take effect when that comes later (… chỉ định Ban Chấp hành
            # … gồm N …. Các quyết định có hiệu lực từ ngày 1-7-2025; or, in the paragraph
            # before, … hoạt động từ ngày D; các quyết định … có hiệu lực cùng ngày)
            told_day: DateMention | None = None
            for told in _ANNOUNCED.finditer(self.text, 0, pos):
                t_start, t_end = self.sentence(told.start())
                opening = re.match(r"\s*(?:Trước đó|Sau đó|Cùng ngày|Cũng trong ngày), ",
                                   self.text[t_start:t_end])
                at = t_start + (opening.end() if opening else 0)
                days = [d for d in self.dates_in(t_start, t_end) if d.kind == "day"
                        and 0 <= d.start - at <= 3]
                if days:
                    told_day = days[0]
                    break
            p_start = self.text.rfind("\n", 0, pos) + 1
            effective = self.effective_day(pos) if re.search(
                r"(?<![^\W\d_])chỉ định(?![^\W\d_])",
                self.text[p_start:self.paragraph_end(pos)]) else None
            if effective is not None and (told_day is None or effective.first > told_day.last):
                return (None, effective.date.isoformat(),
                        f"as of '{effective.text}', the day the decisions take effect")
            if told_day is not None:
                return (None, told_day.date.isoformat(),
                        f"as of '{told_day.text}', the day the decision was announced")
        if how == "dated by publication":
            day = self.meeting_day(pos)
            if day is not None:
                return (None, day.date.isoformat(),
                        f"as of '{day.text}', the day of the meeting its paragraph reports")
        if how == "dated by publication" and re.search(
                r"(?<![^\W\d_])(?:lâm thời|chỉ định)(?![^\W\d_])", self.text[whole:pos + 40]):
            # … thành lập Đảng bộ xã X …, hoạt động từ ngày 1-1-2020. Ban Chấp hành Đảng bộ xã
            # lâm thời gồm 17 đồng chí: from the day the organisation founded just before began
            before = self.sentence(max(0, whole - 2))
            p_start = self.text.rfind("\n", 0, pos) + 1
            since = [d for d in self.dates_in(*before) if d.kind == "day" and before[0] >= p_start
                     and re.search(r"thành lập", self.text[before[0]:d.start]) and re.search(
                         r"(?<![^\W\d_])hoạt động (?:chính thức )?(?:kể )?từ (?:ngày )?$",
                         self.text[max(0, d.start - 30):d.start])]
            if since:
                return (None, since[-1].date.isoformat(),
                        f"as of '{since[-1].text}', from when the organisation founded in the "
                        "sentence before begins")
        if how == "dated by publication" and re.search(
                r"(?<![^\W\d_])chỉ định(?![^\W\d_])", self.text[whole:pos]):
            # (…,) ngày D, BODY ban hành Quyết định số N chỉ định BODY2 … gồm N: appointed by
            # the decision issued that day, when no announcement is told
            issued = [d for d in self.dates_in(whole, pos) if d.kind == "day" and re.match(
                r", [^,.;]{3,60}? (?:đã )?ban hành [Qq]uyết định số \S+ chỉ định ",
                self.text[d.end:pos]) and re.search(r"(?:^|, )(?:ngày )?$",
                                                     self.text[whole:d.start])]
            if issued:
                return (None, issued[0].date.isoformat(),
                        f"as of '{issued[0].text}', the day the decision appointing it was "
                        "issued")
        return None, as_of, how

    def paragraph_end(self, pos: int) -> int:
        """Where the paragraph of ``pos`` ends."""
        end = self.text.find("\n", pos)
        return len(self.text) if end < 0 else end

    def effective_day(self, pos: int) -> DateMention | None:
        """The day the decisions told in the paragraph of ``pos`` (else the one before, or the
        one before that past a paragraph of appointments) take effect: ``(Các quyết định) có
        hiệu lực (kể) từ ngày D``, or ``… hoạt động từ ngày D; các quyết định … có hiệu lực
        cùng ngày``; else the day the organisation they found begins (``… được thành lập …,
        hoạt động kể từ ngày D``)."""
        p_start = self.text.rfind("\n", 0, pos) + 1
        last = len(self.text[:p_start].rstrip())  # (past the blank lines between)
        before = self.text.rfind("\n", 0, last) + 1
        ranges = [(p_start, self.paragraph_end(pos)), (before, p_start)]
        if before > 0 and re.search(r"(?<![^\W\d_])chỉ định(?![^\W\d_])",
                                    self.text[before:p_start]):
            # (the decisions' day told, then one paragraph of appointments for each new
            # organisation: the second's too)
            earlier = self.text.rfind("\n", 0, len(self.text[:before].rstrip())) + 1
            ranges.append((earlier, before))
        for start, end in ranges:
            told = _TOLD.search(self.text, start, end)
            if told is None:
                continue
            if told["from"]:
                days = [d for d in self.dates if told.start() < d.start <= told.end()
                        and d.kind == "day"]
            else:
                s_start, _s_end = self.sentence(told.start())
                whole = s_start
                while whole > 1 and self.text[whole - 1] == ";":
                    whole = self.sentence(whole - 2)[0]
                days = [d for d in self.dates_in(whole, told.end()) if d.kind == "day"]
                days = days[-1:]
            if days:
                return days[0]
        for start, end in ((p_start, self.paragraph_end(pos)), (before, p_start)):
            # no decision's day of effect: the day the organisation the decisions found
            # begins (ORG được thành lập …, (chính thức) hoạt động (kể) từ ngày 1-1-2020),
            # told in the paragraph of the appointment or the one before
            for begins in _BEGINS.finditer(self.text, start, end):
                days = [d for d in self.dates if begins.end() - 5 <= d.start <= begins.end()
                        and d.kind == "day"]
                if days:
                    return days[0]
        return None

    def meeting_day(self, pos: int) -> DateMention | None:
        """The day of the conference (``hội nghị``) a paragraph reports (``Tại hội nghị, …``,
        ``Cũng tại hội nghị, …``, ``Hội nghị đã …`` opening the paragraph of ``pos``): the
        day that opens the last sentence before it naming a ``hội nghị`` (``Chiều 1-7, Ban
        Chấp hành … tổ chức Hội nghị lần thứ nhất``); None if there is none."""
        p_start = self.text.rfind("\n", 0, pos) + 1
        if not _AT_MEETING.match(self.text, p_start):
            return None
        return self.conference_day(p_start)

    def conference_day(self, pos: int) -> DateMention | None:
        """The day that opens the last sentence before ``pos`` naming a ``hội nghị``
        (``Ngày 2-7, Ban Chấp hành … tổ chức Hội nghị lần thứ nhất``); None if none."""
        for day in reversed([d for d in self.dates if d.end <= pos and d.kind == "day"]):
            t_start, t_end = self.sentence(day.start)
            if not re.match(r"\s*(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày) $|\s*$",
                            self.text[t_start:day.start]):
                continue
            if re.search(r"(?<![^\W\d_])[Hh]ội nghị(?![^\W\d_])", self.text[day.end:t_end]):
                return day
        return None

    def observe(self, org: str, measure: str, count: re.Match[str], as_of: str, how: str,
                seen: set[tuple[str, str, int, str]], quote: str | None, rule: str) -> None:
        """Add an observation of ``measure`` of ``org``: the figure ``count`` read as of
        ``as_of``, ``how`` it was read."""
        number = parse_number(self.text[count.start("num") - (len(count["qual"]) + 1
                                                               if count["qual"] else 0):
                                        count.end("num")])
        if number is None or number.whole is None or number.percent or count["pct"]:
            return  # a share (21% tổ chức cơ sở đảng) is not a count
        if (org, measure, number.whole, as_of) in seen:
            return
        s_start, s_end = self.sentence(count.start())
        if any(f["type"] == "observation" and f["of"] == org and f["measure"] == measure
               and f.get("value") == number.whole
               and s_start <= self.quoted_at.get(f["quote"][0], -1) <= s_end
               for f in self.facts):
            return  # one figure read twice in one sentence (at two dates): the first reading
        note = f"observation ({rule}): {how}"
        if measure == "subordinate-cells" and self.entities.get(org, {}).get(
                "level") == "commune" and not re.search(r"cơ sở$", count.group(0)):
            # a commune-level organisation (from 1 July 2025) is above the base level: the
            # cells directly under it are base organisations, its direct subordinates
            measure = "direct-subordinates"
            note += "; the cells directly under a commune-level organisation"
            if (org, measure, number.whole, as_of) in seen:
                return
        whole = s_start
        while whole > 1 and self.text[whole - 1] == ";":  # (…; ORG2 có …: the same sentence)
            whole = self.sentence(whole - 2)[0]
        if re.match(r"\s*Trước (?:khi )?(?:hợp nhất|sáp nhập|sắp xếp)(?![^\W\d_])",
                    self.text[whole:count.start()]) and any(
                f["type"] == "change" and f["kind"] == "merged" and f.get("to") == [org]
                and f"{org}-old" in f.get("from", []) for f in self.facts):
            # Trước khi hợp nhất, ORG có …, of an organisation founded anew on a merger with
            # the former one of its name: the former one's figure (Conventions)
            org = f"{org}-old"
            note += "; before the merger: the former organisation of its name"
            if measure == "direct-subordinates" and "the cells directly under" in note:
                # (the former one, at the base level: its cells are subordinate cells)
                measure = "subordinate-cells"
                note = note.replace("; the cells directly under a commune-level organisation",
                                    "")
        founded = [str(f["date"]) for f in self.facts if f["type"] == "change"
                   and f["kind"] in ("created", "merged") and org in f.get("to", [])
                   and len(str(f.get("date", ""))) == 10]
        if how == "dated by publication" and founded and re.match(
                r"\s*(?:Khi|Lúc|Ngay khi) (?:mới )?(?:được )?thành lập, ", self.text[whole:]):
            # Khi mới thành lập, Đảng bộ xã có 58 chi bộ trực thuộc: as of its founding day
            as_of = founded[0]
            how = f"as of {as_of}, the day the organisation was founded (khi mới thành lập)"
            note = f"observation ({rule}): {how}"
        in_force = self.decisions_in_force(count.start()) \
            if how == "dated by publication" and not re.search(
                r"(?<![^\W\d_])(?:hiện|hiện nay|đến nay|nay)(?![^\W\d_])",
                self.text[whole:count.start()]) else None  # (… hiện có N: today's)
        if in_force is not None:
            # Theo Quyết định số 22-QĐ/ĐU, thành lập …: Chi bộ X có 27 đảng viên, the
            # decisions in force from a day told before: as of that day
            as_of = in_force.date.isoformat()
            how = f"as of '{in_force.text}', the day the decisions take effect"
            note = f"observation ({rule}): {how}"
        ended = [str(f["date"]) for f in self.facts if f["type"] == "change"
                 and f["kind"] in ("dissolved", "merged") and org in f.get("from", [])
                 and org not in f.get("to", []) and len(str(f.get("date", ""))) == 10]
        if how == "dated by publication" and ended and \
                dt.date.fromisoformat(ended[0]) <= self.published.last_day():
            # a figure of an organisation that had ended before publication: its last day
            # (kết thúc hoạt động từ ngày 30-6: a month's last day is the last day itself;
            # từ ngày 1-7, the day before)
            last = dt.date.fromisoformat(ended[0])
            if (last + dt.timedelta(days=1)).day != 1:
                last -= dt.timedelta(days=1)
            as_of = last.isoformat()
            note = (f"observation ({rule}): as of {as_of}, the last day of an organisation "
                    f"that ended on {ended[0]}")
        seen.add((org, measure, number.whole, as_of))
        if "." in count["num"]:
            note += f"; '{count['num']}' uses the thousands dot"
        if number.qualifier:
            note += f"; the article says {number.qualifier} {number.whole}"
        item: dict[str, Any] = {"id": f"{org.removesuffix('-party')}-{measure}-{as_of}",
                                "type": "observation", "of": org, "measure": measure,
                                "value": number.whole}
        if count["qual"] in APPROX:
            item["approx"] = APPROX[count["qual"]]
        item.update({"as_of": as_of, "note": note})
        self.fact(item, quote)
