"""Changes of places and organisations: foundings, mergers of units (thành lập trên cơ sở
sắp xếp …), places and committees that ended, and when."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from partygraph.draft.names import UNIT_WORDS, proper_name, slug, unit_named
from partygraph.draft.rules.base import TWO_TIER, DrafterBase, Mention
from partygraph.util.dates import parse_partial_date
from partygraph.util.text import fold

__all__ = ["ChangeRules"]

_FOUNDED = re.compile(r"[Nn]gày thành lập $")

_PLACE_MERGED = re.compile(
    r"(?P<unit>" + UNIT_WORDS + r") (?=[A-ZĐ])")
"""The start of ``xã X (mới) được thành lập trên cơ sở sắp xếp …``: a unit and its name."""

_MERGED_FROM = re.compile(
    r"(?: mới| \(mới\))?(?:,[^.;\n]{0,60}?,| \([^().;\n]{0,60}\))? (?:đã |sẽ )?"
    r"(?:được |chính thức được )?(?:thành lập(?: (?:kể )?(?:từ|vào) (?:ngày )?[0-9]{1,2}[-/]"
    r"[0-9]{1,2}[-/](?:19|20)[0-9]{2},?)? |hình "
    r"thành )?trên cơ sở (?:sắp xếp|sáp nhập|hợp nhất|nhập)(?: (?:toàn bộ|nguyên trạng) "
    r"[^.;\n]{0,100}? của| toàn bộ(?= (?:các )?(?:xã|phường|thị trấn) [A-ZĐ]))? ")
"""After a unit's name: it was formed from the units listed next (``… được thành lập từ ngày
1-7-2025 trên cơ sở sắp xếp …``: the day between)."""

_MERGE_INTO = re.compile(r"(?<![^\W\d_])(?:[Ss]ắp xếp|[Ss]áp nhập|[Hh]ợp nhất|[Nn]hập) "
                         r"(?:toàn bộ )?(?=(?:các )?"
                         + UNIT_WORDS + r" [A-ZĐ])")
"""``hợp nhất tỉnh A và tỉnh B(,) (thành|lấy tên là) tỉnh B``: the units first."""

_PLACE_ENDED = re.compile(r"(?P<unit>[Hh]uyện|[Tt]hị xã|[Qq]uận|[Tt]hành phố) (?=[A-ZĐ])")

_PLACE_RENAMED = re.compile(
    r"(?<![^\W\d_])thành lập (?P<new>" + UNIT_WORDS + r") (?=[A-ZĐ])[^.;\n]{2,40}? trên cơ sở "
    r"toàn bộ diện tích(?: tự nhiên)?(?:,| và) (?:quy mô )?dân số của (?P<old>" + UNIT_WORDS
    + r") (?=[A-ZĐ])|(?<![^\W\d_])(?:^|(?<=, )|(?<=\. ))(?P<unit>[Hh]uyện|[Tt]hị xã|[Xx]ã|"
    r"[Tt]hị trấn) (?=[A-ZĐ])", re.M)
"""A unit that became a unit of another kind: ``(Nghị định …) thành lập thị xã X trên cơ sở
toàn bộ diện tích và dân số của huyện X``; ``Năm 1977, huyện X được chuyển thành thị
xã``."""

_NOT_A_PLACE = re.compile(r"(?:Đảng bộ|Đảng ủy|Chi bộ|nhân dân|UBND|HĐND|MTTQ|Ban Chấp hành|"
                          r"Công an|Ủy ban|Hội đồng|các|của Đảng bộ) $")


_FIRST_CELL = re.compile(
    r"(?<![^\W\d_])(?P<name>Chi bộ (?:Đảng đầu tiên (?:của|trên địa bàn|tại) (?:[a-zđ][^\W\d_]* )"
    r"{0,2}(?:[A-ZĐ][^\W\d_]*)(?: [A-ZĐ][^\W\d_]*){0,3}|(?P<proper>[A-ZĐ][^\W\d_]*(?: "
    r"[A-ZĐ][^\W\d_]*){0,3}),? chi bộ (?:[Đđ]ảng )?đầu tiên[^,.;:\n]{0,40}?,))"
    r" (?:đã )?(?:được )?(?:ra đời|thành lập)(?: với (?P<num>[0-9]+) đảng viên)?")
"""``Chi bộ Đảng đầu tiên của thị trấn X được thành lập (với N đảng viên)``, ``Chi bộ X, chi
bộ đảng đầu tiên trên địa bàn, được thành lập …``: a first party cell founded."""

_FOUNDED_ON = r", (?:đã )?được thành lập (?:vào )?(?=ngày [0-9])"
"""``Chi bộ Công ty X, được thành lập ngày D (với N đảng viên)``: founded on D, told after
a comma (only with the day, so that a list of organisations is not read as founded)."""


_FORMED = re.compile(r"(?: hiện nay| hiện)? (?:đã )?được hình thành[^.;\n]{0,100}?,? trên cơ sở "
                     r"(?:hợp nhất|sáp nhập)")
"""``ORG hiện nay được hình thành từ ngày D theo Quyết định số … của …, trên cơ sở hợp nhất A
và B``: a merger told by the organisation it formed."""

_COMMISSION_MERGED = re.compile(r"(?: mới)?(?: nhiệm kỳ [0-9]{4}-[0-9]{4})?(?: gồm [0-9]+ đồng "
                                r"chí,)?(?: (?:đã )?(?:chính thức )?được thành lập)?(?: theo "
                                r"[Qq]uyết định số [^ ,.;]+)? trên cơ sở hợp nhất ")
"""``BODY (nhiệm kỳ … gồm N đồng chí,) (được thành lập) trên cơ sở hợp nhất`` right after a
commission: the bodies merged follow."""
_FUNCTIONS_MOVED = re.compile(r"[^.;]{0,40}?(?<![^\W\d_])chuyển (?:giao )?(?:toàn bộ )?(?:các )?"
                              r"(?:chức năng, nhiệm vụ|chức năng và nhiệm vụ|nhiệm vụ) "
                              r"(?:về|sang|cho) ")
"""``…, chuyển chức năng, nhiệm vụ về BODY và BODY`` after a dissolved commission: the bodies
that took its work."""

_DECISION_NUMBER = re.compile(r"[Qq]uyết định số ([0-9]+-[^\s,.;]+)")
"""``Quyết định số 86-QĐ/TU``: a numbered decision named in a sentence."""

_FORMER_WITHIN = re.compile(r"(?:,? (?:đều )?thuộc| của) (?P<unit>huyện|thị xã|thành phố|quận) "
                            r"(?=[A-ZĐ])")
"""``… thuộc huyện D (cũ)`` right after the units a merger formed a new one from."""

_TO_NEW_COMMUNES = re.compile(r"(?:toàn bộ )?(?:các )?(?:tổ chức đảng và đảng viên )?"
                              r"(?:của [^,.;]{2,20} )?(?:được chuyển )?(?:về )?(?:(?P<n>[0-9]+) |"
                              r"các )đảng bộ (?:xã|phường|xã, phường|cấp xã) mới(?![^\W\d_])")
"""``(chuyển giao) toàn bộ tổ chức đảng và đảng viên về các (3) đảng bộ xã mới``: to the new
commune-level organisations."""

# Patterns the rules below read inside their loops, compiled once here.
_MERGED_OR_FOUNDED = re.compile(r"(?: cũ| \(mới\)| mới)? (?:đã )?(?:được|sẽ được) (?:hợp nhất|sáp "
                              r"nhập|thành lập)|(?: cũ| \(mới\)| mới)? trên cơ sở (?:hợp nhất|sáp "
                              r"nhập|sắp xếp)|(?: sau khi| từ khi) (?:được )?thành lập trên cơ sở "
                              r"(?:hợp nhất|sáp nhập)|" + _FOUNDED_ON)
_UNDER = re.compile(r",? (?:và )?(?:là tổ chức đảng )?trực thuộc ")
_SECOND = re.compile(r"(?<![^\W\d_])(?:[Qq]uyết định số|thành lập)"
                     r"(?![^\W\d_])")
_ON = re.compile(r"(?: mới)? (?:đã )?được thành lập (?:vào |từ )?|"
                 + _FOUNDED_ON)
_FULL = re.compile(r"\.(?=\s)|\n")
_JOIN_VERB = re.compile(r"(?<![^\W\d_])(?:sáp nhập|hợp nhất|nhập) $")
_NOT_YET = re.compile(r"(?<![^\W\d_])(?:dự kiến|sẽ|đề án|phương án|kế hoạch|chủ trương|"
                      r"đề xuất)(?![^\W\d_])")
"""``sáp nhập ORG vào ORG``: a merger told by its verb first, not one only planned."""
_UNDER_FIRST = re.compile(r",? trực thuộc ")
_FORMER_DISTRICT = re.compile(r"(?:,? nhiệm kỳ (?:19|20)[0-9]{2}\s*-\s*(?:19|20)[0-9]{2})?"
                              r"(?: \(|, )(?:thuộc|của) (?:huyện|thị xã|thành phố|quận) "
                              r"[A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*){0,3} (?:cũ|trước đây)"
                              r"(?![^\W\d_])")
"""After a commune's organisation: ``(nhiệm kỳ 2020-2025) (thuộc huyện C cũ)``."""
_COUNTED_ASIDE = re.compile(r", (?:gồm|với|có) (?P<n>[0-9]{1,3}) đảng viên,")
"""``ORG, gồm 8 đảng viên, được thành lập …``: the members it was founded with, between."""
_FOUNDED_NEXT = re.compile(r" (?:đã |chính thức )?(?:được )?(?:thành lập|hợp nhất|sáp nhập|hình "
                           r"thành)(?![^\W\d_])")
"""After ``ORG trực thuộc BODY``: its founding or merger told next."""
_MOVED = re.compile(r"(?<![^\W\d_])(?:được )?(?:chuyển giao|chuyển|bàn giao|điều chuyển) "
                    r"(?:về|sang|cho) ")
_CLAUSE = re.compile(r" (?:sẽ )?kết thúc hoạt động[^.;\n]{0,40}; ")
_LEAD = re.compile(r"(?:các |[0-9]+ |hai |ba |bốn )?(?P<unit>" + UNIT_WORDS
                   + r") ")
_MORE = re.compile(r",\s*|\s+và\s+")
_INTO = re.compile(r",? (?:(?:để )?thành lập|thành|lấy tên (?:là|gọi là)|có tên "
                   r"(?:là|gọi là)) (?P<unit>"
                   + UNIT_WORDS + r") (?=[A-ZĐ])")
_JOINED = re.compile(r" vào (?P<unit>" + UNIT_WORDS + r") (?=[A-ZĐ])")
_MERGED_INTO = re.compile(r" (?:đã |chính thức )?(?:được )?(?:hợp nhất|sáp nhập|nhập) "
                                 r"(?:lại )?thành (?P<unit>" + UNIT_WORDS + r") (?=[A-ZĐ])")
_JOINED_INTO = re.compile(r" (?:đã )?(?:được )?(?:sáp nhập|nhập) (?:toàn bộ )?vào "
                                   r"(?P<unit>" + UNIT_WORDS + r") (?=[A-ZĐ])")
_BECAME = re.compile(r" (?:đã )?(?:được )?chuyển thành (?P<to>" + UNIT_WORDS
                     + r")(?![^\W\d_])")
_ENDED = re.compile(r"(?: cũ)? (?:cũng )?(?:sẽ |chính thức |đã )?(?:chấm dứt|kết "
                    r"thúc) hoạt động(?![^\W\d_])")
_END = re.compile(r"[;\n]|\.(?=\s)")


class ChangeRules(DrafterBase):
    """Read the changes of places and organisations and their dates."""

    def first_cells(self) -> None:
        """The first party cell of a place, founded on the day its sentence gives before it
        (``Ngày 19-8-1945, Chi bộ X, chi bộ đảng đầu tiên trên địa bàn, được thành lập với 4
        đảng viên``): a cell (level base), its creation that day and its first members."""
        for match in _FIRST_CELL.finditer(self.text):
            s_start, _s_end = self.sentence(match.start())
            days = [d for d in self.dates_in(s_start, match.start())
                    if d.kind in ("day", "month")]
            if not days:
                continue
            date = days[-1].date.isoformat()
            name = match["name"].rstrip(",")
            if match["proper"]:
                name = f"Chi bộ {match['proper']}"
            cell = self.entity({"id": f"{slug(name.removeprefix('Chi bộ '))}-cell",
                                "type": "organisation", "form": "cell", "level": "base",
                                "name": {"vi": name, "en": f"{name} (party cell)"},
                                "note": "organisation: a first party cell, named as the "
                                        "article names it"},
                               self.quote(match.start(), match.end("name")))
            if cell is None:
                continue
            quote = self.quote(days[-1].start, match.end())
            self.fact({"id": f"{cell}-created", "type": "change", "kind": "created",
                       "date": date, "to": [cell],
                       "note": f"change (created): the first party cell, dated "
                               f"'{days[-1].text}'"}, quote)
            if match["num"]:
                self.fact({"id": f"{cell}-members-{date}", "type": "observation",
                           "of": cell, "measure": "members", "value": int(match["num"]),
                           "as_of": date,
                           "note": "observation (Chi bộ … được thành lập với N đảng viên): "
                                   "its members when founded"},
                          self.quote(match.start(), match.end()))

    def changes(self) -> None:
        """Organisations created, merged, renamed or dissolved: ``ORG được thành lập trên cơ
        sở hợp nhất/sáp nhập ORG, ORG`` (merged), ``ORG được thành lập`` (created),
        ``Ngày thành lập ORG (D1-D2)`` (created on D1), ``ORG được đổi tên thành ORG``
        (renamed), ``ORG kết thúc hoạt động`` (dissolved); dated by ``(kể) từ ngày D`` in
        the sentence, else by the sentence's first day (or the one before for ``Cùng
        ngày``)."""
        orgs = [m for m in self.mentions if m.ref == m.org and not m.issuer]
        for mention in orgs:
            s_start, s_end = self.sentence(mention.start)
            counted = _COUNTED_ASIDE.match(self.text, mention.end, s_end)
            if counted is not None and _FOUNDED_NEXT.match(self.text, counted.end(), s_end):
                # Chi bộ X, gồm 8 đảng viên, được thành lập (…) từ ngày D: founded with them
                mention = replace(mention, end=counted.end())
                founded_with: int | None = int(counted["n"])
            else:
                founded_with = None
            under_first = self.under_first(mention, s_end)
            if under_first is not None:
                # ORG trực thuộc Tỉnh ủy X được thành lập trên cơ sở hợp nhất …: what it is
                # put under, told first, is read past (its subordination is read elsewhere)
                mention = replace(mention, end=under_first)
            rest = self.text[mention.end:s_end]
            kind: str | None = None
            date: str | None = None
            before: list[str] = []
            after: list[str] = [mention.org]
            into = None
            founded = _FOUNDED.search(self.text, max(s_start, mention.start - 30),
                                      mention.start)
            ranged = [d for d in self.dates if d.kind == "range"
                      and mention.end <= d.start <= mention.end + 3] if founded else []
            marked = re.match(r" (?:tổ chức )?kỷ niệm [0-9]+ năm [Nn]gày thành lập ", rest)
            if marked is not None:
                # ORG kỷ niệm 72 năm Ngày thành lập (14/3/1948-14/3/2020): founded on the first
                ranged = [d for d in self.dates if d.kind == "range" and mention.end
                          + marked.end() <= d.start <= mention.end + marked.end() + 1]
            joined = None if any(re.fullmatch(r"(?:,|,? và) ", self.text[m.end:mention.start])
                                 for m in orgs if m.end < mention.start) \
                else self.merged_into(mention, orgs, s_end)
            if ranged:
                kind, date = "created", ranged[0].first.isoformat()
            elif joined is not None:
                # A và B hợp nhất thành A: A founded anew, beside the former A (Conventions)
                kind, after = "merged", [joined[1]]
                before = [self.former_of_same_name(m) if m.org == joined[1] else m.org
                          for m in joined[0]]
            elif (into := next((m for m in orgs if mention.end < m.start < s_end and m.org
                                != mention.org and re.fullmatch(
                                    r" (?:đã )?(?:được )?(?:hợp nhất|sáp nhập) vào ",
                                    self.text[mention.end:m.start])), None)) is not None:
                # Đảng bộ tỉnh A được hợp nhất vào Đảng bộ tỉnh B: merged into B, which keeps
                # its name
                kind, before, after = "merged", [mention.org, into.org], [into.org]
                date = self.change_date(s_start, s_end)  # (… vào B kể từ ngày D: on D)
                s_end = into.end
            elif _JOIN_VERB.search(self.text, max(s_start, mention.start - 14), mention.start) \
                    and not _NOT_YET.search(self.text, s_start, mention.start) and (
                    into := next((m for m in orgs if m.start == mention.end + len(" vào ")
                                  and m.org != mention.org
                                  and self.text[mention.end:m.start] == " vào "), None)
                    ) is not None:
                # (Quyết định số … ngày D) sáp nhập Đảng bộ xã A vào Đảng bộ xã B (, có hiệu
                # lực từ ngày D2): A merged into B, which goes on
                kind, before, after = "merged", [into.org, mention.org], [into.org]
                date = self.change_date(s_start, s_end)  # (… có hiệu lực từ ngày D: on D)
                s_end = into.end
            elif (units := self.units_merged(mention, rest)) is not None:
                # ORG (chính thức) đi vào hoạt động, …, trên cơ sở hợp nhất (nguyên trạng)
                # Đảng bộ 3 xã: the organisations of the units its place was formed from
                kind, before = "merged", units
            elif _MERGED_OR_FOUNDED.match(rest) \
                    or _FORMED.match(rest) or (
                    re.search(
                        r"(?:về việc|[Qq]uyết định số [^ ]+(?: của [^.;,]{3,40}?)?) thành lập $",
                        self.text[max(s_start, mention.start - 80):mention.start])
                    and "trên cơ sở" in rest[:60]) or (
                    # (Bộ Chính trị quyết định thành lập ORG …, trên cơ sở hợp nhất …)
                    self.text[max(s_start, mention.start - 24):mention.start].endswith(
                        ("quyết định thành lập ", "Quyết định thành lập "))
                    and re.match(r"[^.;]{0,40}? trên cơ sở (?:hợp nhất|sáp nhập)", rest)):
                # (… ban hành Quyết định số 86-QĐ/TU thành lập ORG trực thuộc Tỉnh ủy, trên cơ
                # sở hợp nhất ORG, ORG và ORG: the decision's words)
                # (… sau khi được thành lập trên cơ sở hợp nhất …: the founding it tells)
                merged = re.match(r"(?: cũ| \(mới\)| mới)?(?: (?:đã )?được thành lập)?"
                                  r"(?: theo [Qq]uyết định số [^.;]{0,80}?,)?[^.;]{0,40}?"
                                  r" trên cơ "
                                  r"sở (?:hợp nhất|sáp nhập|sắp xếp)", rest) \
                    or _FORMED.match(rest) \
                    or re.match(r" (?:đã )?được (?:hợp nhất|sáp nhập) từ", rest)
                # (ORG được hợp nhất từ ORG và ORG: merged from them)
                if merged:
                    kind = "merged"
                    issued = [d for d in self.dates_in(mention.end, mention.end + merged.end())
                              if d.kind == "day" and re.search(
                                  r"được thành lập theo [Qq]uyết định số [^ ]+ (?:ngày )?$",
                                  self.text[max(0, d.start - 60):d.start])]
                    if issued:  # ORG được thành lập theo Quyết định số … ngày D, trên cơ sở …
                        date = issued[0].date.isoformat()
                    # the merged organisations, up to what the new one is put under
                    # (…, trực thuộc Đảng bộ tỉnh X)
                    under = _UNDER.search(
                        self.text, mention.end + merged.end(), s_end)
                    stop = under.start() if under else s_end
                    # (…, cùng Quyết định số … về việc thành lập ORG trên cơ sở hợp nhất …:
                    # the next decision's merger is its own)
                    second = _SECOND.search(
                        self.text, mention.end + merged.end(), stop)
                    stop = second.start() if second else stop
                    listed = [m for m in orgs if mention.end + merged.end() <= m.start < stop]
                    before = [self.former_of_same_name(m) if m.org == mention.org else m.org
                              for m in listed]
                    if not before:
                        continue
                    began = [d for d in self.dates_in(mention.end, s_end) if d.kind == "day"
                             and re.search(r"(?<![^\W\d_])(?:đi vào |bắt đầu )?hoạt động "
                                           r"(?:chính thức )?(?:kể )?từ (?:ngày )?$",
                                           self.text[max(0, d.start - 40):d.start])]
                    if issued and began:  # …, hoạt động từ ngày D: the day it began work
                        date = began[0].date.isoformat()
                elif "thành lập" in rest[:30]:
                    kind = "created"
                    on = _ON.match(rest)
                    dated = [d for d in self.dates if on is not None and d.kind == "day"
                             and d.start == mention.end + on.end()]
                    if dated:  # ORG được thành lập ngày D (với N đảng viên)
                        date = dated[0].date.isoformat()
                        self.founding_members(mention.org, dated[0].end, date)
                else:
                    continue
            elif re.match(r" (?:đã |được )*đổi tên thành ", rest):
                renamed = [m for m in orgs if mention.end < m.start < s_end
                           and m.org != mention.org]
                if not renamed:
                    continue
                kind, before, after = "renamed", [mention.org], [renamed[0].org]
            elif re.match(r" (?:sẽ )?kết thúc hoạt động", rest) or re.search(
                    r"(?:giải thể|kết thúc hoạt động của) $",
                    self.text[max(s_start, mention.start - 24):mention.start]):
                kind, before, after = "dissolved", [mention.org], []
                # …; các tổ chức đảng và đảng viên (của huyện) được chuyển về A và B: what
                # it went to, in the same sentence
                full = _FULL.search(self.text, mention.end)
                full_end = full.start() if full else len(self.text)
                moved = _MOVED.search(self.text, mention.end, full_end)
                if moved is not None:
                    went = [m for m in orgs if moved.end() <= m.start < full_end
                            and m.org != mention.org]
                    gap = moved.end()
                    for m in went:
                        if not re.fullmatch(r",? (?:và )?|", self.text[gap:m.start]):
                            break
                        after.append(m.org)
                        gap = m.end
                    if after:
                        s_end = gap
                    new = _TO_NEW_COMMUNES.match(self.text, moved.end(), full_end)
                    if not after and new is not None:
                        s_end = new.end()  # (the new organisations: see handed_to_new)
            elif re.search(r"(?:về việc|quyết định|[Qq]uyết định số [0-9]+-\S+) thành lập $",
                           self.text[max(s_start, mention.start - 40):mention.start]):
                kind = "created"
                # Quyết định số … ngày D về việc thành lập ORG: created by the decision of D
                issued = [d for d in self.dates_in(s_start, mention.start) if d.kind == "day"
                          and re.fullmatch(r" (?:về việc|quyết định) thành lập ",
                                           self.text[d.end:mention.start])
                          and re.search(r"[Qq]uyết định số [^ ]+ $",
                                        self.text[max(0, d.start - 40):d.start])]
                if issued:
                    date = issued[-1].date.isoformat()
            elif self.founded_by_body(mention, orgs, s_start):
                # Ban Thường vụ Đảng ủy xã thành lập Chi bộ X với 23 đảng viên, …; Chi bộ Y
                # với 26 đảng viên: each cell founded by the body
                kind = "created"
            elif re.match(r" (?:đã )?(?:chính thức )?(?:đi vào|bắt đầu) hoạt động(?![^\W\d_])",
                          rest) and self.founded_on(mention.end, s_end):
                # ORG (chính thức) đi vào hoạt động (kể) từ ngày D: created that day (what it
                # was formed from, if the article says, is told by the rules above)
                kind = "created"
            else:
                continue
            if date is None:
                date = self.change_date(s_start, s_end)
            if kind == "dissolved" and date is not None:
                # (a headline's undated end of ORG, told again with its day: the dated one)
                self.facts[:] = [f for f in self.facts if not (
                    f["type"] == "change" and f["kind"] == "dissolved" and not f.get("date")
                    and f.get("from") == before and not f.get("to"))]
            item: dict[str, Any] = {"id": f"{mention.org.removesuffix('-party')}-{kind}",
                                    "type": "change", "kind": kind}
            if date is not None:
                item["date"] = date
            if before:
                item["from"] = before
            if after:
                item["to"] = after
            item["note"] = (f"change ({kind}): " + (f"dated '{date}'" if date
                                                    else "the article gives no date"))
            told = [f for f in self.facts if f["type"] == "change" and (
                f["kind"] == kind or {f["kind"], kind} == {"merged", "created"})
                and f.get("to") == item.get("to") and f.get("from", before) == before
                and (into is None or f.get("date") is None or date is None
                     or f["date"] == date)]
            # (A được hợp nhất vào B is not B's founding on another day)
            if told:  # the same change told twice: keep the first (a merger over a creation)
                if kind == "merged" and told[0]["kind"] == "created":
                    self.facts.remove(told[0])
                else:
                    if date is not None and not told[0].get("date") and kind == "merged":
                        # (a headline's undated merger, told again with its day: that day)
                        told[0]["date"] = date
                        told[0]["note"] = f"change ({kind}): dated '{date}'"
                    continue
            self.fact(item, self.quote(mention.start, s_end))
            if founded_with is not None and kind == "created" and date is not None:
                self.fact({"id": f"{mention.org.removesuffix('-party')}-members-{date}",
                           "type": "observation", "of": mention.org, "measure": "members",
                           "value": founded_with, "as_of": date,
                           "note": "observation (ORG, gồm N đảng viên, được thành lập … ngày "
                                   "D): its members when founded"},
                          self.quote(mention.start, mention.end))
            if kind == "merged" and ((date is not None and date <= TWO_TIER.isoformat()) or (
                    date is None and self.two_tier and after and all(
                        self.entities.get(o, {}).get("level") == "commune" for o in after))):
                # merged away by the reform of 1 July 2025: base organisations while they were
                # (undated, in an article after it: merged into a commune-level organisation)
                for org_id in before:
                    known = self.entities.get(org_id)
                    if org_id in after:
                        continue  # the new organisation keeps an old one's name
                    if known is not None and known.get("level") == "commune":
                        known["level"] = "base"

    def listed_dissolutions(self) -> None:
        """``N đảng bộ cấp huyện … kết thúc hoạt động, trong đó có A và B``: each organisation
        of the list ended, dated as the sentence's change is (``Cùng ngày``: the day of the
        sentence before)."""
        listed = re.compile(r"(?<![^\W\d_])kết thúc hoạt động,? trong đó có ")
        for match in listed.finditer(self.text):
            s_start, s_end = self.sentence(match.start())
            gap, ended = match.end(), []
            for mention in self.mentions:
                if mention.start < gap or mention.start >= s_end:
                    continue
                if mention.start != gap or mention.ref != mention.org:
                    break
                ended.append((mention.org, mention.start, mention.end))
                sep = re.match(r",\s*(?:và )?| và ", self.text[mention.end:])
                if sep is None:
                    break
                gap = mention.end + sep.end()
            date = self.change_date(s_start, s_end)
            for org, _start, _end in ended:
                if any(f["type"] == "change" and f["kind"] == "dissolved"
                       and f.get("from") == [org] for f in self.facts):
                    continue
                item: dict[str, Any] = {"id": f"{org.removesuffix('-party')}-dissolved",
                                        "type": "change", "kind": "dissolved", "from": [org]}
                if date is not None:
                    item["date"] = date
                item["note"] = ("change (dissolved): one of the organisations a sentence says "
                                "ended, " + (f"dated '{date}'" if date
                                             else "the article gives no date"))
                self.fact(item, self.quote(s_start, s_end))

    def handovers(self) -> None:
        """``ORG kết thúc hoạt động, chuyển giao / bàn giao 27 tổ chức đảng với … đảng viên về
        ORG2`` (in its sentence): the dissolution went to ORG2, read once the organisations
        named without a name are resolved (``về Đảng bộ phường``: the one the article formed)."""
        handed = re.compile(r"(?<![^\W\d_])(?:chuyển giao|bàn giao) (?:[^.;\n]|(?<=[0-9])\."
                            r"(?=[0-9])){3,80}? "
                            r"(?:về|sang|cho) ")
        for change in self.facts:
            if change["type"] != "change" or change["kind"] != "dissolved" or \
                    "to" in change or len(change.get("from", [])) != 1:
                continue
            for mention in self.mentions:
                if mention.org != change["from"][0] or mention.ref != mention.org or \
                        not re.match(r" (?:sẽ )?kết thúc hoạt động", self.text[mention.end:]):
                    continue
                full = _FULL.search(self.text, mention.end)
                full_end = full.start() if full else len(self.text)
                went = next((o for m in handed.finditer(self.text, mention.end, full_end)
                             for o in self.mentions if o.start == m.end() and o.ref == o.org
                             and o.org != mention.org and o.org in self.entities), None)
                if went is None:
                    # ORG kết thúc hoạt động; ORG2 được thành lập trên cơ sở …: what it became
                    clause = _CLAUSE.match(
                        self.text, mention.end)
                    went = next((o for o in self.mentions if clause is not None
                                 and o.start == clause.end() and o.ref == o.org
                                 and o.org != mention.org and re.match(
                                     r"(?: mới)? (?:đã )?được thành lập",
                                     self.text[o.end:])), None)
                if went is not None:
                    change["to"] = [went.org]
                    change["note"] += f"; handed over to {went.org}"
                    break

    def under_first(self, mention: Mention, s_end: int) -> int | None:
        """Where ``, trực thuộc BODY,`` right after ``mention`` ends when a founding or a
        merger follows it (``Đảng bộ phường X trực thuộc Tỉnh ủy Y được thành lập trên cơ sở
        hợp nhất …``); None otherwise."""
        lead = _UNDER_FIRST.match(self.text, mention.end, s_end)
        if lead is None:
            return None
        above = next((m for m in self.mentions if m.start == lead.end()), None)
        if above is None:
            return None
        end = above.end + (1 if self.text.startswith(",", above.end) else 0)
        return end if _FOUNDED_NEXT.match(self.text, end, s_end) else None

    def founded_by_body(self, mention: Mention, orgs: list[Mention], s_start: int) -> bool:
        """``BODY (đã) thành lập ORG`` (a committee's body the subject: ``Ban Thường vụ Đảng ủy
        xã thành lập Chi bộ X với 23 đảng viên``), or ``ORG2 với N đảng viên`` opening the
        clause after such a founding's ``;``: the organisation was founded."""
        founder = re.compile(r" (?:đã )?thành lập ")
        if any(m.ref != m.org and m.end < mention.start and founder.fullmatch(
                self.text, m.end, mention.start) for m in self.mentions):
            return True
        if self.text[s_start:mention.start].strip() or s_start < 2 or \
                self.text[s_start - 1] != ";" or not re.match(
                    r" với [0-9]+ đảng viên", self.text[mention.end:]):
            return False
        before = [m for m in orgs if m.end < s_start and self.sentence(m.start)[1] == s_start - 1]
        return bool(before) and self.founded_by_body(before[0], orgs,
                                                     self.sentence(before[0].start)[0])

    def founded_on(self, pos: int, s_end: int) -> bool:
        """Whether a day follows ``pos`` in its sentence (``… hoạt động từ ngày 1-7-2025``) or
        opens the sentence (``Ngày 1-7-2025, ORG chính thức đi vào hoạt động``)."""
        s_start, _end = self.sentence(pos)
        return any(d.kind == "day" and (pos <= d.start < min(s_end, pos + 60) or
                                        not self.text[s_start:d.start].strip())
                   for d in self.dates_in(s_start, s_end))

    def units_merged(self, mention: Any, rest: str) -> list[str] | None:
        """``ORG (chính thức) (đi vào) hoạt động …, trên cơ sở hợp nhất (nguyên trạng)
        Đảng bộ (N | các) xã``: the organisations of the units the article says ORG's place
        was formed from (``Xã X được thành lập trên cơ sở sáp nhập 3 xã A, B và C``), declared
        (implied) if new; None when the words or the units are not there."""
        told = re.match(r" (?:đã )?(?:chính thức )?(?:đi vào |bắt đầu )?hoạt động[^.;\n]{0,120}?, "
                        r"trên cơ sở (?:hợp nhất|sáp nhập)(?: nguyên trạng)? Đảng bộ (?:[0-9]+ |"
                        r"các )(?P<unit>xã|phường|thị trấn)(?![^\W\d_])", rest)
        known = self.entities.get(mention.org)
        if told is None or known is None:
            return None
        words = str(known["name"]["vi"]).removeprefix("Đảng bộ ")
        unit_words, _sep, name = words.partition(" ")
        if unit_words == "thị":
            unit_words, _sep, name = "thị trấn", "", name.removeprefix("trấn ")
        places = re.compile(r"(?<![^\W\d_])[" + unit_words[0].upper() + unit_words[0] + "]"
                            + re.escape(unit_words[1:]) + " " + re.escape(name))
        lead = next((found for place in places.finditer(self.text)
                     if (found := _MERGED_FROM.match(self.text, place.end())) is not None), None)
        if lead is None:
            return None
        units, _end = self.place_list(lead.end())
        quote_start = self.text.rfind("Đảng bộ", 0, mention.end + told.end())
        orgs: list[str] = []
        for unit, unit_name in units:
            if unit != told["unit"]:
                continue
            before = set(self.entities)
            self.declare_org(unit, unit_name, quote_start, mention.end + told.end())
            org = next((o for o in self.orgs.values() if o.name == unit_name
                        and o.unit.words == unit), None)
            if org is None or org.id not in self.entities:
                continue
            if org.id not in before:
                self.entities[org.id]["implied"] = True
                self.entities[org.id]["note"] = ("organisation: implied, the organisation of a "
                                                 "unit the place was formed from")
            orgs.append(org.id)
        return orgs or None

    def founding_members(self, org: str, pos: int, date: str) -> None:
        """``… được thành lập ngày D với N đảng viên``: the members ``org`` was founded
        with, as of D."""
        count = re.compile(r" với ([0-9]{1,3}) đảng viên(?![^\W\d_])").match(self.text, pos)
        if count is None:
            return
        start = self.text.rfind("được thành lập", 0, pos)
        self.fact({"id": f"{org.removesuffix('-party')}-members-{date}", "type": "observation",
                   "of": org, "measure": "members", "value": int(count[1]), "as_of": date,
                   "note": "observation (ORG được thành lập ngày D với N đảng viên): its "
                           "members when founded"}, self.quote(start, count.end()))

    def merged_into(self, first: Any, orgs: list[Any], s_end: int,
                    ) -> tuple[list[Mention], str] | None:
        """``A và B (đã) được hợp nhất / sáp nhập thành C``: the organisations merged (A, B),
        as named, and the one they became (C), when ``first`` opens that list."""
        listed = [first]
        gap = first.end
        for m in orgs:
            if m.start < gap or m.start >= s_end:
                continue
            if re.fullmatch(r"(?:,|,? và) ", self.text[gap:m.start]) and \
                    m.org not in {n.org for n in listed}:
                listed.append(m)
                gap = m.end
                continue
            if len(listed) >= 2 and re.fullmatch(
                    r" (?:đã |chính thức )?(?:được )?(?:hợp nhất|sáp nhập) (?:lại )?thành ",
                    self.text[gap:m.start]):
                return listed, m.org
            break
        return None

    def place_list(self, pos: int) -> tuple[list[tuple[str, str]], int]:
        """Units listed at ``pos`` (``các xã A, B và phường C``, ``xã A, xã B``): each
        (unit words, name), and where the list ends."""
        units: list[tuple[str, str]] = []
        unit: str | None = None
        end = pos
        while True:
            lead = _LEAD.match(self.text, pos)
            if lead is not None:
                unit, pos = lead["unit"].lower(), lead.end()
            named = proper_name(self.text, pos, old=True) if unit is not None else None
            if unit is None or named is None:
                break
            units.append((unit, named[0].removesuffix(" cũ")))  # the former unit: one place
            end = named[1]
            more = _MORE.match(self.text, end)
            if more is None:
                break
            pos = more.end()
        return units, end

    def place(self, unit_words: str, name: str, quote: str | None, note: str) -> str | None:
        """The place ``unit_words name`` (declared if new): its id."""
        unit = unit_named(unit_words, name, central_city=self.central_city,
                          two_tier=self.two_tier)
        return self.entity({"id": f"{slug(name)}-{unit.id_word}", "type": "place",
                            "kind": unit.place_kind,
                            "name": {"vi": f"{unit_words} {name}",
                                     "en": f"{name} {unit.id_word}"},
                            "note": note}, quote)

    def place_changes(self) -> None:
        """Changes of administrative units (places, not party organisations): ``xã X (mới)
        được thành lập trên cơ sở sắp xếp / sáp nhập / hợp nhất (toàn bộ … của) các xã A, B
        và phường C``, ``hợp nhất tỉnh A và tỉnh B, lấy tên là tỉnh B`` and ``nhập (toàn bộ)
        xã A vào thị trấn B`` (merged: B keeps its name, in from and to); ``huyện
        X (sẽ) chấm dứt / kết thúc hoạt động`` (dissolved); dated as changes of
        organisations are."""
        found: list[tuple[int, int, list[tuple[str, str]], list[tuple[str, str]], str]] = []
        for match in _PLACE_MERGED.finditer(self.text):
            if _NOT_A_PLACE.search(self.text, max(0, match.start() - 16), match.start()):
                continue
            named = proper_name(self.text, match.end())
            if named is None:
                continue
            lead = _MERGED_FROM.match(self.text, named[1])
            if lead is None:
                continue
            units, end = self.place_list(lead.end())
            if units:
                found.append((match.start(), end, units,
                              [(match["unit"].lower(), named[0])], "merged"))
        for match in _MERGE_INTO.finditer(self.text):
            if _NOT_A_PLACE.search(self.text, max(0, match.end() - 16), match.end()):
                continue
            units, end = self.place_list(match.end())
            into = _INTO.match(self.text, end)
            named = proper_name(self.text, into.end()) if into is not None else None
            if len(units) >= 2 and into is not None and named is not None:
                found.append((match.start(), named[1], units,
                              [(into["unit"].lower(), named[0])], "merged"))
                continue
            # nhập toàn bộ xã A vào thị trấn B: B, which keeps its name, took A in (B in
            # both from and to, the Conventions)
            joined = _JOINED.match(
                self.text, end)
            named = proper_name(self.text, joined.end()) if joined is not None else None
            if units and joined is not None and named is not None:
                kept = (joined["unit"].lower(), named[0])
                found.append((match.start(), named[1], [kept, *units], [kept], "merged"))
        for match in re.finditer(r"(?<![^\W\d_])(?:[Tt]ỉnh|[Hh]uyện|[Xx]ã|[Pp]hường|[Tt]hị xã|"
                                 r"[Tt]hị trấn|[Qq]uận|[Tt]hành phố) (?=[A-ZĐ])", self.text):
            # tỉnh A và tỉnh B (đã) hợp nhất thành tỉnh A: the list first, then the verb
            if _NOT_A_PLACE.search(self.text, max(0, match.start() - 16), match.start()) or \
                    any(f[0] <= match.start() < f[1] for f in found):
                continue
            units, end = self.place_list(match.start())
            into = _MERGED_INTO \
                .match(self.text, end)
            named = proper_name(self.text, into.end()) if into is not None else None
            if len(units) >= 2 and into is not None and named is not None:
                found.append((match.start(), named[1], units,
                              [(into["unit"].lower(), named[0])], "merged"))
                continue
            # xã A (đã) được nhập / sáp nhập vào xã B: B, which keeps its name, took A in
            joined = _JOINED_INTO.match(self.text, end)
            named = proper_name(self.text, joined.end()) if joined is not None else None
            if len(units) == 1 and joined is not None and named is not None:
                kept = (joined["unit"].lower(), named[0])
                found.append((match.start(), named[1], [kept, *units], [kept], "merged"))
        for match in _PLACE_RENAMED.finditer(self.text):
            # thành lập thị xã X trên cơ sở toàn bộ diện tích và dân số của huyện X (cũ);
            # huyện X được chuyển thành thị xã: one unit becomes a unit of another kind
            if match["new"]:
                named = proper_name(self.text, match.end("new") + 1)
                old = proper_name(self.text, match.end("old") + 1, old=True)
                if named is None or old is None or \
                        old[0].removesuffix(" cũ") != named[0] or \
                        not self.text.startswith(" trên cơ sở", named[1]):
                    continue
                found.append((match.start(), old[1], [(match["old"].lower(), named[0])],
                              [(match["new"].lower(), named[0])], "renamed"))
            else:
                named = proper_name(self.text, match.end("unit") + 1)
                became = _BECAME.match(self.text, named[1]) \
                    if named is not None else None
                if named is None or became is None:
                    continue
                found.append((match.start(), became.end(), [(match["unit"].lower(), named[0])],
                              [(became["to"].lower(), named[0])], "renamed"))
        for match in _PLACE_ENDED.finditer(self.text):
            if _NOT_A_PLACE.search(self.text, max(0, match.start() - 16), match.start()):
                continue
            named = proper_name(self.text, match.end(), old=True)
            if named is None:
                continue
            ended = _ENDED.match(self.text, named[1])
            if ended is not None:
                found.append((match.start(), ended.end(), [(match["unit"].lower(),
                              named[0].removesuffix(" cũ"))], [], "dissolved"))
        for start, end, before, after, kind in found:
            s_start, s_end = self.sentence(start)
            quote = self.quote(start, end)
            note = "place: a unit changed by a merger or dissolution"
            sources = [self.place(u, n, quote, note) for u, n in before]
            results = [self.place(u, n, quote, note) for u, n in after]
            item: dict[str, Any] = {
                "id": f"{(results or sources)[0]}-{kind}", "type": "change", "kind": kind}
            # the day an organisation starts work, told in the next sentence, is its own,
            # not the unit's (the hand-written sheets leave such a unit's change undated)
            date = self.change_date(s_start, s_end, following=False)
            if date is not None:
                item["date"] = date
            item["from"] = [p for p in sources if p is not None]
            if results:
                item["to"] = [p for p in results if p is not None]
            if kind == "merged":
                self.former_within(end, s_end, item["from"], item.get("to", []))
            if kind == "renamed" and results and results[0] is not None:
                item["new_name"] = {"vi": str(self.entities[results[0]]["name"]["vi"])}
            item["note"] = (f"change of places ({kind}): " + (
                f"dated '{date}'" if date else "the article gives no date"))
            self.fact(item, quote if kind == "merged" else self.quote(start, s_end))
            if kind == "merged" and (date or TWO_TIER.isoformat()) <= TWO_TIER.isoformat():
                # a commune or ward merged away by the reform of 1 July 2025: its party
                # organisation, named after it (nguyên Bí thư Đảng ủy phường A), was a base one
                gone = set(item["from"]) - set(item.get("to", []))
                for org in self.entities.values():
                    if org["type"] == "organisation" and org.get("place") in gone and \
                            org.get("level") == "commune":
                        org["level"] = "base"
                        org["note"] += "; its unit was merged away: a base organisation"

    def former_district_communes(self) -> None:
        """In an article of the two-tier government (from July 2025), a commune's or ward's
        organisation named with the district it lay in before the reform (``Ban Thường vụ
        Đảng ủy xã A nhiệm kỳ 2020-2025 (thuộc huyện C cũ)``): the former one, a base
        organisation, not a commune-level one."""
        if not self.two_tier:
            return
        for mention in self.mentions:
            org = self.entities.get(mention.org)
            if org is None or org.get("level") != "commune" or \
                    not _FORMER_DISTRICT.match(self.text, mention.end):
                continue
            org["level"] = "base"
            org["note"] = str(org.get("note", "")) + "; named within a former district: a " \
                "base organisation before the reform"

    def decided_mergers(self) -> None:
        """``Quyết định số … về việc hợp nhất ORG A và ORG B`` (no ``thành`` nor ``vào``
        after): a merger that founds an organisation of the name of the one whose place the
        article's changes of places say was formed (``tỉnh A được thành lập trên cơ sở hợp nhất
        tỉnh A và tỉnh B``), beside the former A (Conventions: *An organisation merged into a
        new one of the same name*); dated as changes are."""
        formed = {p for f in self.facts if f["type"] == "change" and f["kind"] == "merged"
                  for p in f.get("to", []) if self.entities.get(p, {}).get("type") == "place"}
        orgs = [m for m in self.mentions if m.ref == m.org and not m.issuer]
        for first in orgs:
            if not re.search(r"(?<![^\W\d_])(?:về việc|[Qq]uyết định) hợp nhất $",
                             self.text[max(0, first.start - 24):first.start]):
                continue
            s_start, s_end = self.sentence(first.start)
            listed, gap = [first], first.end
            for m in orgs:
                if m.start < gap or m.start >= s_end:
                    continue
                if not re.fullmatch(r"(?:,|,? và) ", self.text[gap:m.start]):
                    break
                listed.append(m)
                gap = m.end
            if len(listed) < 2 or len({m.org for m in listed}) < len(listed):
                continue
            into = next((m for m in orgs if m.start == gap + len(" thành ")), None) \
                if self.text[gap:gap + 7] == " thành " else None
            if into is not None:
                # (về việc hợp nhất A và B thành C: C, founded anew on the merger, over a
                # creation the article's other words gave it)
                new = into.org
                if any(f["type"] == "change" and new in f.get("to", []) and f.get("from")
                       for f in self.facts):
                    continue
                self.facts[:] = [f for f in self.facts if not (
                    f["type"] == "change" and f["kind"] == "created"
                    and f.get("to") == [new] and not f.get("from"))]
                gap = into.end
            else:
                if re.match(r" (?:lại )?(?:thành|vào) ", self.text[gap:]):
                    continue
                kept = [m for m in listed
                        if self.entities.get(m.org, {}).get("place") in formed]
                if len(kept) != 1 or any(f["type"] == "change" and kept[0].org in
                                         f.get("to", []) for f in self.facts):
                    continue
                new = kept[0].org
            item: dict[str, Any] = {"id": f"{new.removesuffix('-party')}-merged",
                                    "type": "change", "kind": "merged"}
            # dated by the day it began (từ ngày D) or the decision's own (Quyết định số N
            # ngày D), never by the day it was announced
            days = [d for d in self.dates_in(s_start, s_end) if d.kind == "day" and re.search(
                r"(?:[Tt]ừ (?:ngày )?|[Qq]uyết định số \S+ (?:ngày )?)$",
                self.text[max(0, d.start - 40):d.start])]
            since = [d for d in days if re.search(r"[Tt]ừ (?:ngày )?$",
                                                  self.text[max(0, d.start - 9):d.start])]
            date = (since or days)[0].date.isoformat() if days else None
            if date is None and into is not None:
                date = self.change_date(s_start, s_end)  # (C (mới) … hoạt động từ ngày D.)
            if date is not None:
                item["date"] = date
            item["from"] = [self.former_of_same_name(m) if m.org == new else m.org
                            for m in listed]
            item["to"] = [new]
            item["note"] = ("change (merged): a decision on merging organisations, the new one "
                            "of the name of the place formed; " + (
                                f"dated '{date}'" if date else "the article gives no date"))
            decision = self.text.rfind("Quyết định số", s_start, first.start)
            self.fact(item, self.quote(decision if decision >= 0 else self.text.rfind(
                "hợp nhất", s_start, first.start), gap))

    def before_founding(self) -> None:
        """What the article dates before an organisation was founded on a merger with the
        former one of its name belongs to the former (Conventions: *An organisation merged
        into a new one of the same name*): a decision its committee's body issued before the
        founding's day (``Quyết định số N ngày D của Ban Thường vụ Tỉnh ủy``, D before it) is
        the former body's (``…-old``, of the former organisation; one the rules could give
        only to the organisation, the former organisation's), and so are the
        organisation's own figures and tallies dated before that day."""
        for change in self.facts:
            if change["type"] != "change" or change["kind"] != "merged" or \
                    not change.get("date") or len(change.get("to", [])) != 1:
                continue
            new = change["to"][0]
            if f"{new}-old" not in change.get("from", []) or \
                    self.entities.get(new, {}).get("type") != "organisation":
                continue
            founded = parse_partial_date(change["date"]).first_day()
            for entity in list(self.entities.values()):
                issuer = self.entities.get(str(entity.get("issued_by")), {})
                if entity["type"] != "directive" or (issuer.get("of") != new
                                                     and entity.get("issued_by") != new):
                    continue
                number = re.escape(str(entity["number"]))
                day = next((d for q in entity["quote"] for at in [self.quoted_at.get(q)]
                            if at is not None for d in self.dates_in(at, at + len(q) + 40)
                            if d.kind == "day" and re.search(
                                number + r" (?:ngày )?$", self.text[max(0, d.start - 40):
                                                                     d.start])), None)
                if day is None or day.date.last_day() >= founded:
                    continue
                entity["issued_by"] = f"{new}-old" if entity["issued_by"] == new else \
                    self.former_body(str(entity["issued_by"]), entity["quote"][0])
                entity["note"] += "; issued before the founding, by the former body"
            for fact in self.facts:
                if fact["type"] not in ("observation", "tally") or fact.get("of") != new or \
                        parse_partial_date(fact["as_of"]).last_day() >= founded:
                    continue
                fact["of"] = f"{new}-old"
                fact["note"] += "; dated before the founding: the former organisation's"

    def cells_by_decision(self) -> None:
        """A cell founded or merged with no date of its own (``Chi bộ thôn X được thành lập
        trên cơ sở hợp nhất …``) in an article that names one decision founding the cells
        (``Ngày 4-8-2025, Ban Thường vụ Đảng ủy xã ban hành Quyết định số 35-QĐ/ĐU về việc
        thành lập các chi bộ trực thuộc``): dated by that decision's day, made by it."""
        regex = re.compile(r"[Qq]uyết định số (?P<num>[0-9]+-\S+?)(?: ngày (?P<day>\S+?))?(?: của "
                           r"[^.;,]{3,60}?)? (?:về việc )?thành lập (?:các )?chi bộ(?: trực "
                           r"thuộc)?(?![^\W\d_])")
        found = list(regex.finditer(self.text))
        if len(found) != 1:
            return
        match = found[0]
        s_start, _s_end = self.sentence(match.start())
        days = [d for d in self.dates_in(s_start, match.end()) if d.kind == "day" and (
            d.start >= match.start("num") or not self.text[s_start:d.start].strip(" ")
            or re.fullmatch(r"\s*(?:[Nn]gày|[Ss]áng|[Cc]hiều) ", self.text[s_start:d.start]))]
        if not days:
            return
        date = days[0].date.isoformat()
        decision = next((i for i, e in self.entities.items() if e["type"] == "directive"
                         and fold(str(e.get("number"))) == fold(match["num"])), None)
        for fact in self.facts:
            if fact["type"] != "change" or fact["kind"] not in ("created", "merged") or \
                    fact.get("date") or len(fact.get("to", [])) != 1 or \
                    not str(fact["to"][0]).endswith("-cell"):
                continue
            at = self.quoted_at.get(fact["quote"][0], -1)
            if at < match.end():
                continue  # (a cell founded before the decision is told is not its)
            dated = {**{k: v for k, v in fact.items() if k in ("id", "type", "kind")},
                     "date": date, **fact}
            fact.clear()
            fact.update(dated)
            if decision is not None and "instrument" not in fact:
                fact["instrument"] = decision
            fact["note"] = fact["note"].replace(
                "the article gives no date",
                f"dated by the decision founding the cells, '{days[0].text}'")

    def formers_named(self) -> None:
        """``ORG (trước hợp nhất) hoàn thành …`` (``ORG (cũ)``) of an organisation the article
        tells was founded on a merger or holds its first congress (``Đại hội … lần thứ I``):
        the former one of its name (``…-old``; Conventions: *An organisation merged into a new
        one of the same name*), which takes the congresses, tallies and observations its
        clause tells of (and the term those congresses opened, when nothing else names it)."""
        founded = {o for f in self.facts if f["type"] == "change"
                   and f["kind"] in ("merged", "created") for o in f.get("to", [])} | {
            str(e["of"]) for e in self.entities.values()
            if e["type"] == "congress" and e.get("ordinal") == 1}
        marker = re.compile(r" \((?:cũ|trước (?:khi )?(?:hợp nhất|sáp nhập|sắp xếp))\)")
        for mention in self.mentions:
            after = marker.match(self.text, mention.end)
            if mention.ref != mention.org or after is None or mention.org not in founded:
                continue
            old = self.former_org(mention.org, self.quote(mention.start, after.end()))
            if old == mention.org:
                continue
            end = _END.search(self.text, after.end())
            c_start, c_end = mention.start, end.start() if end else len(self.text)

            def told(item: dict[str, Any], start: int = c_start, stop: int = c_end) -> bool:
                return any(start <= self.quoted_at.get(q, -1) < stop for q in item["quote"])

            congresses = [e for e in self.entities.values() if e["type"] == "congress"
                          and e["of"] == mention.org and told(e) and "planned" not in e]
            for congress in congresses:
                congress["of"] = old
                congress["note"] += f"; of the former organisation {after.group(0).strip()}"
            for term_id in {str(c["term"]) for c in congresses if "term" in c}:
                users = [i for i in (*self.entities.values(), *self.facts)
                         if i.get("term") == term_id and i not in congresses]
                term = self.entities.get(term_id)
                if term is not None and not users and term["of"] == mention.org:
                    term["of"] = old
            ends = sorted(str(f["date"]) for f in self.facts if f["type"] == "change"
                          and f["kind"] == "merged" and old in f.get("from", [])
                          and len(str(f.get("date", ""))) == 10)
            for fact in self.facts:
                if fact["type"] in ("tally", "observation") and fact.get("of") == \
                        mention.org and told(fact):
                    fact["of"] = old
                    fact["note"] += f"; of the former organisation {after.group(0).strip()}"
                    if ends and "dated by publication" in fact["note"]:
                        # an organisation that had ended: its last day, as figures are
                        last = dt.date.fromisoformat(ends[0]) - dt.timedelta(days=1)
                        fact["as_of"] = last.isoformat()
                        fact["note"] += f", as of its last day ({last.isoformat()})"

    def former_within(self, end: int, s_end: int, sources: list[str],
                      results: list[str]) -> None:
        """``… sáp nhập các xã A, B và C thuộc huyện D (cũ / trước đây)``: the former units
        (not one the new unit keeps) lay within the district (town, city) the article names
        (fact-sheets.md: *Communes and wards before the 2025 merger*)."""
        under = _FORMER_WITHIN.match(self.text, end, s_end)
        if under is None:
            return
        named = proper_name(self.text, under.end(), old=True)
        if named is None:
            return
        unit = under["unit"].lower()
        ident = self.place(unit, named[0].removesuffix(" cũ"), self.quote(
            under.start("unit"), named[1]), "place: the district (town, city) the former units "
            "of a merger lay in (thuộc huyện X cũ)")
        if ident is None:
            return
        for place in sources:
            known = self.entities.get(place)
            if place in results or known is None or "within" in known or \
                    known["kind"] not in ("commune", "ward"):
                continue
            known["within"] = ident
            known["note"] += f"; within {self.entities[ident]['name']['vi']} (thuộc … cũ)"

    def committees_ended(self) -> None:
        """``Huyện ủy X (sẽ) kết thúc hoạt động``: the organisation of a committee named by
        its committee ended (dissolved), when no other rule read its end."""
        ended = {o for f in self.facts if f["type"] == "change" and f["kind"] == "dissolved"
                 for o in f.get("from", [])}
        for mention in self.mentions:
            if mention.ref == mention.org or mention.issuer or mention.org in ended or \
                    not mention.ref.endswith("-committee") or \
                    mention.ref.endswith("standing-committee"):
                continue
            if not re.match(r" (?:sẽ |chính thức |đã )?kết thúc hoạt động(?![^\W\d_])",
                            self.text[mention.end:]):
                continue
            s_start, s_end = self.sentence(mention.start)
            date = self.change_date(s_start, s_end)
            item: dict[str, Any] = {"id": f"{mention.org.removesuffix('-party')}-dissolved",
                                    "type": "change", "kind": "dissolved"}
            if date is not None:
                item["date"] = date
            item.update({"from": [mention.org],
                         "note": "change (dissolved): the organisation of a committee that "
                                 "kết thúc hoạt động; " + (f"dated '{date}'" if date else
                                                            "the article gives no date")})
            ended.add(mention.org)
            self.fact(item, self.quote(mention.start, s_end))

    def handed_to_new(self) -> None:
        """``ORG kết thúc hoạt động, chuyển giao toàn bộ tổ chức đảng và đảng viên về các (N)
        đảng bộ xã mới``: the dissolution goes to the new commune-level organisations the
        article's changes found (as many as N, when it says)."""
        communes = sorted({o for f in self.facts if f["type"] == "change"
                           and f["kind"] in ("created", "merged") for o in f.get("to", [])
                           if self.entities.get(o, {}).get("level") == "commune"})
        for fact in self.facts:
            if fact["type"] != "change" or fact["kind"] != "dissolved" or fact.get("to") \
                    or not communes or not all(self.entities.get(o, {}).get("type") ==
                                               "organisation" for o in fact.get("from", [])):
                continue
            at = self.quoted_at.get(fact["quote"][0])
            if at is None:
                continue
            full = _FULL.search(self.text, at)
            new = _TO_NEW_COMMUNES.search(self.text, at, full.start() if full else len(self.text))
            if new is None or (new["n"] and int(new["n"]) != len(communes)) or not re.search(
                    r"(?<![^\W\d_])(?:chuyển|bàn giao)(?![^\W\d_])", self.text[at:new.start()]):
                continue
            fact["to"] = communes
            fact["note"] += "; to the new commune-level organisations the article founds"

    def commission_changes(self) -> None:
        """A committee's commissions merged or dissolved (fact-sheets.md: *Commissions merged
        or dissolved*): ``(thành lập) BODY (được thành lập) trên cơ sở hợp nhất BODY và BODY``
        is a ``merged`` change of bodies; ``giải thể BODY (kể từ ngày D), chuyển chức năng,
        nhiệm vụ về BODY và BODY`` a ``dissolved`` one, to the bodies that took its work;
        ``(quyết định) thành lập BODY`` (no merger after it) a ``created`` one; dated as the
        changes of organisations are."""
        named = self.commissions_named()
        created: list[tuple[dict[str, Any], str | None]] = []
        for at, (start, end, body) in enumerate(named):
            s_start, s_end = self.sentence(start)
            merged = _COMMISSION_MERGED.match(self.text, end)
            kind, before, after = None, [], [body]
            if merged is not None:
                listed = [n for n in named[at + 1:] if n[0] >= merged.end()]
                before = self.bodies_listed(listed, merged.end(), s_end)
                if len(before) < 2 or len(set(before)) < len(before):
                    continue
                # BODY … trên cơ sở hợp nhất BODY và A: the former body of its name (Conventions)
                before = [self.former_body(b, self.quote(n[0], n[1])) if b == body else b
                          for b, n in zip(before, listed, strict=False)]
                if body in before:
                    continue
                kind = "merged"
            elif re.search(r"(?<![^\W\d_])giải thể $", self.text[max(s_start, start - 9):start]):
                kind, before, after = "dissolved", [body], []
                moved = _FUNCTIONS_MOVED.match(self.text, end) or _FUNCTIONS_MOVED.search(
                    self.text, end, s_end)
                if moved is not None:
                    after = self.bodies_listed(named[at + 1:], moved.end(), s_end)
            elif re.search(r"(?<![^\W\d_])(?:quyết định |Quyết định |việc )?thành lập $",
                           self.text[max(s_start, start - 24):start]) and not re.match(
                               r"[^.;\n]{0,60}?trên cơ sở", self.text[end:s_end]):
                # (công bố quyết định) thành lập Ban Xây dựng Đảng Đảng ủy xã: created
                kind, before, after = "created", [], [body]
            if kind is None:
                continue
            date = self.change_date(s_start, s_end)
            item: dict[str, Any] = {"id": f"{body}-{kind}", "type": "change", "kind": kind}
            if date is not None:
                item["date"] = date
            if before:
                item["from"] = before
            if after:
                item["to"] = after
            item["note"] = (f"change ({kind}) of commissions (bodies): "
                            + (f"dated '{date}'" if date else "the article gives no date"))
            if any(f["type"] == "change" and f.get("to") == item.get("to")
                   and f.get("from", []) == before for f in self.facts):
                continue
            if kind == "created":
                created.append((item, self.quote(start, s_end)))
                continue
            self.fact(item, self.quote(start, s_end))
        for item, quote in created:
            # (… công bố quyết định về việc thành lập BODY …; BODY … trên cơ sở hợp nhất …:
            # one founding, the merger)
            if not any(f["type"] == "change" and f.get("to") == item["to"] for f in self.facts):
                self.fact(item, quote)

    def change_instruments(self) -> None:
        """The decision that made a change (fact-sheets.md: *A founding decision*): the one
        numbered decision the change's sentence names (``Quyết định số 86-QĐ/TU thành lập ORG
        …``, ``Theo Quyết định số … , ORG được thành lập …``) is its ``instrument``."""
        decisions = {fold(str(e["number"])): i for i, e in self.entities.items()
                     if e["type"] == "directive" and e["kind"] == "decision"}
        if not decisions:
            return
        for fact in self.facts:
            if fact["type"] != "change" or "instrument" in fact:
                continue
            at = self.quoted_at.get(fact["quote"][0])
            if at is None:
                continue
            s_start, s_end = self.sentence(at)
            named = {decisions[n] for n in (fold(m[1]) for m in _DECISION_NUMBER.finditer(
                self.text, s_start, s_end)) if n in decisions}
            if len(named) == 1:
                fact["instrument"] = named.pop()
                fact["note"] += "; made by the decision its sentence names"

    def commissions_named(self) -> list[tuple[int, int, str]]:
        """Where the article names a committee's commission (``Ban Tuyên giáo Tỉnh ủy``,
        ``Ủy ban Kiểm tra Tỉnh ủy X``, ``Ban Xây dựng Đảng Đảng ủy xã``) that the rules
        declared: start, end and the body."""
        if not self.commissions:
            return []
        words = "|".join(re.escape(w) for w in sorted(self.commissions, key=len, reverse=True))
        regex = re.compile(r"(?<![^\W\d_])(?P<w>Ban (?:" + words + r")|Ủy ban Kiểm tra) "
                           r"(?P<cte>Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy)"
                           r"(?![^\W\d_])")
        found = []
        for match in regex.finditer(self.text):
            committee = next((m for m in self.mentions if m.start == match.start("cte")), None)
            if committee is None:
                continue
            prefix = f"{match['w']} {match['cte']}"
            body = next((i for i, e in self.entities.items() if e["type"] == "body"
                         and e["of"] == committee.org and (e["name"]["vi"] == prefix or
                                                          e["name"]["vi"].startswith(
                                                              prefix + " "))), None)
            if body is not None:
                found.append((match.start(), committee.end, body))
        return found

    def bodies_listed(self, named: list[tuple[int, int, str]], pos: int,
                      s_end: int) -> list[str]:
        """The commissions listed from ``pos`` (``A, B và C``), up to the sentence's end."""
        listed: list[str] = []
        for start, end, body in named:
            if start >= s_end or not re.fullmatch(r"(?:,? (?:và )?)?", self.text[pos:start]):
                break
            listed.append(body)
            pos = end
        return listed

    def former_of_same_name(self, listed: Mention) -> str:
        """``ORG được thành lập … trên cơ sở hợp nhất ORG, A và B`` (``A và ORG hợp nhất thành
        ORG``): the organisation of the new one's name in the list it was formed from is the
        former one, of its own id (``…-old``; fact-sheets.md, Conventions: *An organisation
        merged into a new one of the same name*), at every level, quoted where the list names
        it; the one the article calls ``… cũ``, if it does."""
        return self.former_org(listed.org, self.quote(listed.start, listed.end))

    def change_date(self, s_start: int, s_end: int, *, following: bool = True) -> str | None:
        """The date of a change told in the sentence ``s_start``-``s_end`` (with
        ``following``, also ``có hiệu lực / hoạt động từ ngày D`` in the next one)."""
        days = [d for d in self.dates_in(s_start, s_end) if d.kind == "day"]
        since = [d for d in days if re.search(r"[Tt]ừ (?:ngày )?$", self.text[
            max(0, d.start - 9):d.start]) or d.text.lower().startswith("từ")]
        if since:
            return since[0].date.isoformat()
        last = s_end
        while following and self.text[last:last + 1] == ";" and re.match(
                r" (?:và )?[Qq]uyết định số ", self.text[last + 1:last + 20]):
            # …; Quyết định số … thành lập ORG2 …. ORG và ORG2 … hoạt động từ ngày D: the
            # decisions listed in one sentence, dated by the one after it
            last = self.sentence(last + 1)[1]
        n_start = last + 1
        n_end = self.sentence(n_start)[1] if n_start < len(self.text) else n_start
        effective = re.search(r"(?:có hiệu lực|hoạt động) (?:kể )?từ ngày ",
                              self.text[n_start:n_end])
        if following and effective is not None and self.text[last:last + 1] == ".":
            later = self.dates_in(n_start + effective.start(), n_end)
            if later:
                return later[0].date.isoformat()  # … Các quyết định có hiệu lực từ ngày D
        lead = self.text[s_start:s_end].lstrip()
        decided = [d for d in days if re.search(r"[Qq]uyết định số [0-9]+-\S+ $", self.text[
            max(0, d.start - 40):d.start]) and re.search(
            r"(?<![^\W\d_])(?:thành lập|hợp nhất|sáp nhập|giải thể)(?![^\W\d_])",
            self.text[d.end:s_end])]
        if decided:  # (Theo) Quyết định số 512-QĐ/HU ngày 31-12-2019 …, ORG được thành lập …:
            return decided[0].date.isoformat()  # the decision's date (Conventions)
        if days and (days[0].start - s_start <= 3 or re.search(
                r"(?:^|, )$", self.text[s_start:days[0].start])):
            return days[0].date.isoformat()  # Ngày D, … / Về …, ngày D, …
        if lead.startswith(("Cùng ngày", "Trong đó,")) or self.text[s_start - 1:s_start] == ";":
            # (Trong đó, ORG được thành lập …: a part of the change told before, on its day)
            p_start, p_end = self.sentence(max(0, s_start - 2))
            found = self.change_date(p_start, p_end)
            for _ in range(2):  # Cùng ngày: the day named last before, in its paragraph
                if found is not None or not lead.startswith("Cùng ngày") or p_start < 2 \
                        or "\n" in self.text[p_start - 2:p_start]:
                    break
                p_start, p_end = self.sentence(p_start - 2)
                found = self.change_date(p_start, p_end)
            return found
        opening = [d for d in self.dates_in(s_start, s_end) if d.kind in ("month", "year")
                   and d.start - s_start <= 3 and self.text[d.end:d.end + 1] == ","]
        if opening:  # Tháng 3-1948, … / Năm 1977, …: a month or a year, as precise as that
            return opening[0].date.isoformat()
        founded_in = [d for d in self.dates_in(s_start, s_end) if d.kind in ("month", "year")
                      and re.search(r"(?<![^\W\d_])(?:được )?thành lập (?:vào )?$",
                                    self.text[max(s_start, d.start - 20):d.start])]
        if founded_in:  # Chi bộ được thành lập năm 2021, …: the year (month) it names
            return founded_in[0].date.isoformat()
        in_force = self.decisions_in_force(s_start)
        if in_force is not None:  # Theo Quyết định số 23-QĐ/ĐU, sáp nhập …, the decisions
            return in_force.date.isoformat()  # in force from a day told before: that day
        return None
