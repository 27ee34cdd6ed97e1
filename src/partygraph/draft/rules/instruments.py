"""Instruments (Chỉ thị, Nghị quyết, Quyết định, Kết luận, Quy định số …) and who issued
them."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import Any

from partygraph.draft.names import slug
from partygraph.draft.numbers import roman
from partygraph.draft.rules.bodies import BodyRules

__all__ = ["InstrumentRules"]

_INSTRUMENT = re.compile(
    r"(?P<kind>Chỉ thị|Nghị quyết|Quyết định|Kết luận|Quy định) (?:số )?"
    r"(?P<number>[0-9]+[A-Za-z]?-[A-ZĐ]+(?:/[A-ZĐ]+)+)(?![\w/-])")

_INSTRUMENT_KINDS = {"Chỉ thị": "directive", "Nghị quyết": "resolution",
                     "Quyết định": "decision", "Kết luận": "conclusion",
                     "Quy định": "regulation"}

_ISSUER_AFTER = re.compile(r"(?: ngày [0-9]{1,2}[-/][0-9]{1,2}[-/][0-9]{4})? của "
                           r"(?P<central>Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương"
                           r"(?: Đảng)?)?")

# The issuing committee a number's last part names: /TW the central Party, /TU a province
# (or a province-level city), /HU a district, /QU an urban district, /TXU a town.
_ISSUER_SUFFIX = {"TW": None, "TU": ("tỉnh", "thành phố"), "HU": ("huyện",),
                  "QU": ("quận",), "TXU": ("thị xã",),
                  "ĐU": ("xã", "phường", "thị trấn", "đặc khu")}
"""The committee a number's last part names, by its unit: ``/TU`` a province's, ``/ĐU`` a
commune's or ward's Đảng ủy (when the article names one such unit, or its changes tell which)."""

_NATIONAL_CONGRESS = re.compile(
    r"Đại hội (?:(?:đại biểu )?toàn quốc lần thứ (?P<ord>[IVXLC]+)(?![^\W\d_])(?: của Đảng)?"
    r"|(?P<short>[IVXLC]+) của Đảng(?! bộ)(?![^\W\d_]))")
"""``Đại hội (đại biểu) toàn quốc lần thứ XIII (của Đảng)``, or its short name ``Đại hội XIV
của Đảng``: the national congress."""

_CENTRAL_TERM = re.compile(r"(?<![^\W\d_])Trung ương(?: Đảng)? khóa (?P<ord>[IVXLC]+)(?![^\W\d_])")
"""``(Ban Chấp hành) Trung ương Đảng khóa XIII``: a term of the central Party."""

_CENTRAL_NAMED = re.compile(r"Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương(?: Đảng)?")

_CENTRAL_KEY = {"Bộ Chính trị": "politburo", "Ban Bí thư": "secretariat"}
"""The central body named, by its words (else the Central Committee)."""


# Patterns the rules below read inside their loops, compiled once here.
_TOLD = re.compile(r",? (?:đã )?(?:được )?(?:diễn ra|tổ chức) (?:vào )?")
_OPENED = re.compile(r"(?:,? (?:đã )?(?:được )?(?:diễn ra|tổ chức)(?: tại [^,.;]{1,60})?)?,? "
                     r"(?:và )?(?:đã )?khai mạc (?:vào )?")
_SPACED = re.compile(r"([0-9]{1,2})-([0-9]{1,2})-((?:19|20)[0-9]{2}) [-\u2013] "
                     r"[0-9]{1,2}-[0-9]{1,2}-(?:19|20)[0-9]{2}(?=\))")


class InstrumentRules(BodyRules):
    """Read the numbered instruments and their issuers."""

    def instruments(self) -> None:
        """``Chỉ thị số 35-CT/TW của Bộ Chính trị``, ``Quyết định số 845-QĐ/HU``: a
        directive, issued by the body named after it (``của …``) or before it (``… ban hành``),
        else by the committee its number's last part names (``/TW``, ``/TU``, ``/HU``)."""
        for match in _INSTRUMENT.finditer(self.text):
            end = match.end()
            issuer: str | None = None
            after = _ISSUER_AFTER.match(self.text, end)
            if after is not None and after["central"]:
                body = _CENTRAL_KEY.get(after["central"], "exec")
                issuer = self.central(body, after.end() - len(after["central"]), after.end())
                end = after.end()
            elif after is not None:
                named = [m for m in self.mentions if m.start == after.end()]
                if named:
                    issuer, end = named[0].ref, named[0].end
            if issuer is None:
                before = [m for m in self.mentions if m.end <= match.start()
                          and re.fullmatch(r" (?:đã )?ban hành ",
                                           self.text[m.end:match.start()])]
                if before:
                    issuer = before[-1].ref
            suffix = match["number"].rsplit("/", 1)[1]
            if issuer is None and suffix in _ISSUER_SUFFIX:
                units = _ISSUER_SUFFIX[suffix]
                if units is None:
                    issuer = self.central(None, match.start(), end)
                else:
                    found = [o for o in self.orgs.values() if o.unit.words in units]
                    issuer = found[0].id if len(found) == 1 else None
                    if len(found) > 1:
                        # of several (provinces merged), the one resolve() picks: the one
                        # a change formed, else the one named last before it
                        picked = [o for o in (self.resolve(u, None, match.start())
                                              for u in units) if o is not None]
                        formed = {o for f in self.facts if f["type"] == "change"
                                  and f["kind"] in ("merged", "created") for o in f.get("to", [])}
                        if len(picked) > 1 and len([o for o in picked if o.id in formed]) == 1:
                            # (/ĐU, in an article on a commune formed from a commune and a
                            # township: the one formed)
                            picked = [o for o in picked if o.id in formed]
                        issuer = picked[0].id if len(picked) == 1 else None
            if issuer is None:
                continue
            kind = _INSTRUMENT_KINDS[match["kind"]]
            number = match["number"]
            words = " ".join(self.text[match.start():end].split())
            self.entity({"id": f"{kind}-{slug(number)}", "type": "directive", "kind": kind,
                         "number": number, "issued_by": issuer,
                         "name": {"vi": words, "en": f"{kind.capitalize()} No. {number}"},
                         "note": "directive: Chỉ thị/Nghị quyết/Quyết định/Kết luận số N; "
                                 "issued by the body named with it, or by its number's "
                                 "suffix"}, self.quote(match.start(), end))
        for match in _CENTRAL_NAMED.finditer(self.text):
            self.central(_CENTRAL_KEY.get(match.group(0), "exec"),
                         match.start(), match.end())
        for match in _CENTRAL_TERM.finditer(self.text):
            # (Ủy viên Ban Chấp hành) Trung ương Đảng khóa XIII: the central Party's term
            number = roman(match["ord"])
            org = self.central(None, match.start(), match.end())
            if number is None or org is None:
                continue
            self.entity({"id": f"cpv-term-{number}", "type": "term", "of": org,
                         "ordinal": number,
                         "name": {"vi": f"khóa {match['ord']}", "en": f"term {number}"},
                         "note": "term: Trung ương Đảng khóa + Roman ordinal"},
                        self.quote(match.start(), match.end()))
        for match in _NATIONAL_CONGRESS.finditer(self.text):
            ordinal = match["ord"] or match["short"]
            number = roman(ordinal)
            org = self.central(None, match.start(), match.end())
            if number is None or org is None:
                continue
            item: dict[str, Any] = {
                "id": f"cpv-congress-{number}", "type": "congress", "of": org,
                "ordinal": number, "kind": "delegates",
                "name": {"vi": f"Đại hội đại biểu toàn quốc lần thứ {ordinal} của Đảng",
                         "en": f"National Party Congress no. {number}"},
                "note": "congress: Đại hội (đại biểu) toàn quốc lần thứ N" + (
                    " (its short name, Đại hội N của Đảng)" if match["short"] else "")}
            if f"cpv-term-{number}" in self.entities:  # the term it opened, named (khóa N)
                item["term"] = f"cpv-term-{number}"
            told = _TOLD.match(
                self.text, match.end())
            days = [d for d in self.dates if told is not None and d.kind == "range"
                    and d.start == told.end() and d.last <= self.published.last_day()]
            if days:  # …, diễn ra từ ngày 25-1 đến ngày 1-2-2021: its days
                item["held"] = {"from": days[0].first.isoformat(),
                                "to": days[0].last.isoformat()}
            opened = None if days else _OPENED.match(
                self.text, match.end())
            first = [d for d in self.dates if opened is not None and d.kind == "day"
                     and d.start - opened.end() in (0, 5)
                     and self.text[opened.end():d.start] in ("", "ngày ")
                     and d.last <= self.published.last_day()]
            if first:  # …, được tổ chức tại Hà Nội, khai mạc ngày 19-1-2026: its first day
                item["held"] = {"from": first[0].first.isoformat()}
                item["note"] += "; opened that day (khai mạc), its length not given"
                days = first
            past = None if days else self.held_in_past(match.end())
            if past is not None:  # … (tháng 12-1986): a congress of the past, that month
                item["held"] = past[1]
                item["note"] += f"; held in '{past[2]}'"
            when_words = (r",? (?:dự kiến|sẽ)(?: được)? (?:tổ chức|diễn ra|khai mạc)"
                          r"(?: vào| trong)? ")
            # (…, dự kiến tổ chức vào quý I-2021 right after its name, or told again by it)
            planned = None if days or past else (
                re.compile(when_words).match(self.text, match.end()) or re.compile(
                    r"Đại hội (?:đại biểu )?(?:toàn quốc )?(?:lần thứ )?" + ordinal
                    + r"(?: của Đảng)?" + when_words).search(self.text, match.end()))
            when = [d for d in self.dates if planned is not None and d.start == planned.end()
                    and d.kind in ("window", "month", "range", "day")]
            if when and when[0].first > self.published.last_day():
                # Đại hội XIV của Đảng dự kiến tổ chức vào quý I-2026: planned then
                item["planned"] = {"from": when[0].first.isoformat(),
                                   "to": when[0].last.isoformat(), "text": when[0].text}
                item["note"] += f"; planned for '{when[0].text}'"
            self.entity(item, self.quote(match.start(), days[0].end if days else
                                         past[0] if past else match.end()))

    def party_founded(self) -> None:
        """``Ngày thành lập Đảng (Cộng sản Việt Nam) (3/2/1930-3/2/2021)``: the central
        Party created on the first day."""
        for match in re.finditer(r"[Nn]gày thành lập Đảng(?: Cộng sản Việt Nam)? \(",
                                 self.text):
            ranged = [(d.first.isoformat(), d.end) for d in self.dates
                      if d.start == match.end() and d.kind == "range"]
            spaced = _SPACED.match(
                self.text, match.end())
            if not ranged and spaced is not None:  # (3-2-1930 - 3-2-2020)
                with contextlib.suppress(ValueError):
                    ranged = [(dt.date(int(spaced[3]), int(spaced[2]), int(spaced[1]))
                               .isoformat(), spaced.end())]
            if not ranged:
                continue
            org = self.central(None, match.start(), ranged[0][1])
            if org is None:
                continue
            date = ranged[0][0]
            self.fact({"id": "cpv-central-created", "type": "change", "kind": "created",
                       "date": date, "to": [org],
                       "note": f"change (created): Ngày thành lập Đảng (D1-D2), dated "
                               f"'{date}'"}, self.quote(match.start(), ranged[0][1] + 1))
            return
