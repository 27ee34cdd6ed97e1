"""Congresses (Đại hội … lần thứ N) and when they were held or are planned, the terms they
open (nhiệm kỳ 2020-2025), and the standing committees they elect."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from partygraph.draft.names import UNIT_WORDS
from partygraph.draft.numbers import roman
from partygraph.draft.rules.base import Mention, Org
from partygraph.draft.rules.bodies import BodyRules

__all__ = ["CONGRESS", "CongressRules"]

CONGRESS = re.compile(
    r"Đại hội (?:(?P<kind>đại biểu|toàn thể) )?"
    r"(?:(?:Đảng bộ|Chi bộ) (?P<unit>" + UNIT_WORDS + r")(?P<rest> [^\n]{0,40}?)? "
    r"|(?P<bloc>Đảng bộ Khối)[^\n]{0,50}? "
    r"|Đảng bộ (?P<arm>Quân sự|Công an|Bộ đội Biên phòng|[Cc]ác cơ quan Đảng|Ủy ban nhân dân"
    r"|UBND) tỉnh(?P<armname> [^\n]{0,30}?)? )?"
    r"(?P<ordword>lần thứ|khóa) (?P<ord>[IVXLC]+|(?<=lần thứ )[1-9][0-9]?)(?![^\W_])")

_TERM = re.compile(r"\s*(?:,\s*|\()?nhiệm kỳ ((?:19|20)[0-9]{2})\s*-\s*((?:19|20)[0-9]{2})\)?")

_UNNUMBERED = re.compile(
    r"(?<![Nn]ghị quyết )(?<![Vv]ăn kiện )(?<![^\W\d_])[Đđ]ại hội (?:toàn thể đảng viên )?"
    r"(?P<who>[Cc]hi bộ)(?P<rest> [^,.;:()\n]{1,60}?)?,? \(?nhiệm kỳ "
    r"(?P<y1>(?:19|20)[0-9]{2})\s*-\s*(?P<y2>(?:19|20)[0-9]{2})(?![0-9])\)?")
"""A cell's congress named by its term, without an ordinal."""

_UNNUMBERED_ORG = re.compile(
    r"(?<![Nn]ghị quyết )(?<![Vv]ăn kiện )(?<![^\W\d_])[Đđ]ại hội "
    r"(?:(?P<kind>đại biểu|toàn thể) )?(?=Đảng bộ (?:xã|phường|thị trấn|huyện|thị xã|quận|"
    r"thành phố) [^,.;:()\n]{2,40}?,? nhiệm kỳ (?:19|20)[0-9]{2}\s*-\s*(?:19|20)[0-9]{2}(?![0-9]))")
"""An organisation's congress named by its term, without an ordinal."""

_PILOT_PLANNED = re.compile(r" (?:được (?:lựa )?chọn )?(?:tổ chức|là nơi tổ chức) (?:đại hội|Đại "
                            r"hội)(?: điểm)?(?: của (?:huyện|tỉnh|thành phố|thị xã|quận))?,? "
                            r"(?:dự kiến|sẽ)(?: (?:được )?tổ chức| diễn ra)? (?:vào |trong )?")
"""After an organisation: ``… được chọn tổ chức đại hội điểm, dự kiến vào`` a window."""
_PILOT_HELD = re.compile(r"(?<![^\W\d_])[Đđ]ại hội(?: đại biểu)? điểm(?: của (?:huyện|tỉnh|thành "
                         r"phố|thị xã|quận))? của $")
_PILOT_HELD_VERB = re.compile(r" (?:đã )?(?:diễn ra|được tổ chức) (?:vào )?")
"""``Đại hội điểm của ORG diễn ra ngày D``: a pilot congress held that day."""

_STATE_ORGAN = re.compile(r"(?<![^\W\d_])(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân)"
                          r"[^,.;:\n]{0,40}$")
"""A state organ named right before a term: the term is the organ's, not a party one's."""

_KHOA = re.compile(r"(?<= )khóa (?P<ord>[IVXLC]+)(?![^\W_])")
"""A committee's term named by its ordinal (``Huyện ủy khóa XIX``)."""

_PLANNED = re.compile(r"dự kiến|sẽ|[Tt]heo kế hoạch")

_LATER_WINDOW = re.compile(
    r"(?:^|(?<=\n)|(?<=\. )|(?<=; ))(?P<head>(?:Theo kế hoạch, )?[Đđ]ại hội(?: (?:đại biểu|"
    r"toàn thể))? "
    r"(?:sẽ|dự kiến|được dự kiến)(?: được)? (?:(?:triệu tập|có) [0-9.]+ đại biểu[^.;,]{0,30}, )?"
    r"(?:tổ chức|diễn ra|khai mạc và bế mạc|tiến hành)"
    r"(?![^\W\d_]))")
"""A sentence (or a clause after ``;``) that opens with a bare ``Đại hội dự kiến / sẽ …``
(``Đại hội dự kiến triệu tập 200 đại biểu chính thức, tổ chức …``): a window told apart from
the congress's name."""

_BARE_TERM = re.compile(r"(?<![Đđ]ại hội )[Nn]hiệm kỳ ((?:19|20)[0-9]{2})\s*-\s*((?:19|20)[0-9]{2})"
                        r"(?![0-9])")

_ELECTS_STANDING = re.compile(
    r"(?:đã |được )?bầu (?P<body>Ban Thường vụ(?: Đảng ủy(?=,? (?:gồm|có) [0-9]))?)"
    r"(?! (?:Tỉnh|Thành|Huyện|Thị|Quận|Đảng) ủy)(?![^\W\d_])")


_OPENS_ON = re.compile(r",? (?:và )?(?:đã )?(?:long trọng |trọng thể )?khai mạc (?:vào )?")
"""``…, khai mạc ngày D`` after a congress's name: the day it opened, when the article gives no
other."""

# Patterns the rules below read inside their loops, compiled once here.
_TOLD = re.compile(r"(?:,? \(?nhiệm kỳ [0-9]{4}\s*-\s*[0-9]{4}\)?)?, (?:đã )?"
                   r"(?:được )?(?:tổ chức|diễn ra) (?:vào )?")
_STOP = re.compile(r"\.(?=\s)|\n")
_PRESENT = re.compile(r"([0-9]+)/([0-9]+) đảng viên có mặt|(?<![^\W\d_])(?:[Tt]ham dự|[Dd]ự|"
                      r"[Cc]ó mặt tại) (?:đại hội|Đại hội) có ([0-9]+)/([0-9]+) đảng viên"
                      r"(?: (?:của|trong) (?:chi bộ|Chi bộ))?(?![^\W\d_])")
_HELD_OR_PLANNED = re.compile(r",? (?P<plan>dự kiến |sẽ )?(?:được )?(?:tổ chức|diễn ra) ")


class CongressRules(BodyRules):
    """Read congresses, their dates and terms, and the bodies they elect."""

    def bare_subject(self, pos: int) -> Org | None:
        """``Đảng bộ phường (đã) tổ chức (thành công) Đại hội …`` at ``pos``: the organisation
        the words without a name mean, that several could be (not yet known), read as
        :meth:`resolve` reads them there (never one a merger in its sentence was formed
        from); None when no such words open the clause."""
        for start, end, unit_words, _ref in self.unresolved:
            if re.fullmatch(r" (?:đã )?(?:tổ chức|tiến hành)(?: thành công)?(?: tốt đẹp)? ",
                            self.text[end:pos]):
                return self.resolve(unit_words, None, start)
        return None

    def congresses(self) -> None:
        """Congresses (Đại hội … lần thứ N), their terms and when they were held."""
        for match in CONGRESS.finditer(self.text):
            number = int(match["ord"]) if match["ord"].isdigit() else roman(match["ord"])
            if number is None:
                continue
            org: Org | None = None
            owner: Mention | None = None
            if match["unit"]:
                rest = (match["rest"] or "").strip()
                org = self.resolve(match["unit"].lower(), rest or None)
            elif match["bloc"]:
                org = self.resolve("khối", None)
            elif match["arm"]:
                arm = match["arm"].lower()
                org = self.resolve("ủy ban nhân dân" if arm == "ubnd" else arm,
                                   (match["armname"] or "").strip() or None)
            else:
                # Đại hội đại biểu lần thứ XV của Đảng bộ xã X: the organisation named after it
                owner = next((m for m in self.mentions if m.start == match.end() + len(" của ")
                              and m.ref == m.org and m.org != "cpv-central"
                              and self.text[match.end():m.start] == " của "), None)
                org_id = owner.org if owner is not None else \
                    self.org_before(match.start(), limit=200, org_only=True)
                org = next((o for o in self.orgs.values() if o.id == org_id), None)
                bare = self.bare_subject(match.start())
                if owner is None and bare is not None:
                    org = bare
            if org is None:
                continue
            end = match.end() if owner is None or owner.org != org.id else owner.end
            term = _TERM.match(self.text, end)
            term_id = None
            if term is not None:
                y1, y2 = int(term[1]), int(term[2])
                term_id = self.entity({
                    "id": f"{org.prefix}-term-{y1}-{y2}", "type": "term", "of": org.id,
                    "ordinal": number, "start_year": y1, "end_year": y2,
                    "name": {"vi": f"nhiệm kỳ {y1}-{y2}", "en": f"{y1}-{y2} term"},
                    "note": "term: nhiệm kỳ YYYY-YYYY after a congress; its ordinal is the "
                            "congress's"}, self.quote(match.start(), term.end()))
                end = term.end()
            elif match["ordword"] == "khóa":
                term_id = self.entity({
                    "id": f"{org.prefix}-term-{number}", "type": "term", "of": org.id,
                    "ordinal": number,
                    "name": {"vi": f"khóa {match['ord']}", "en": f"term {number}"},
                    "note": "term: khóa + Roman ordinal"}, self.quote(match.start(), end))
            kind = "members" if match["kind"] == "toàn thể" else "delegates"
            item: dict[str, Any] = {
                "id": f"{org.prefix}-congress-{number}", "type": "congress", "of": org.id,
                "ordinal": number, "kind": kind,
                "name": {"vi": f"Đại hội {'toàn thể' if kind == 'members' else 'đại biểu'} "
                               f"Đảng bộ {org.unit.words} {org.name} lần thứ {match['ord']}",
                         "en": f"Congress no. {number} of the {org.name} {org.unit.en} "
                               "party organisation"},
            }
            if term_id:
                item["term"] = term_id
            item["note"] = ("congress: Đại hội … lần thứ/khóa + Roman ordinal"
                            + ("" if match["kind"] else "; kind delegates assumed"))
            s_start, s_end = self.sentence(match.start())
            windows = self.dates_in(s_start, s_end)
            n_start = s_end + 1
            n_end = self.sentence(n_start)[1] if n_start < len(self.text) else n_start
            if not _PLANNED.search(self.text, s_start, s_end) and \
                    self.text[s_end:s_end + 1] == "." and \
                    re.match(r"\s*(?:Theo kế hoạch, )?(?:đại hội|Đại hội)(?: (?:đại biểu|toàn "
                             r"thể))?(?: Đảng bộ " + re.escape(org.unit.words) +
                             r"(?: " + re.escape(org.name) + r")?| " + re.escape(match["ord"]) +
                             r"(?: của Đảng)?)? (?:sẽ|dự kiến)",
                             self.text[n_start:n_end]) and \
                    not CONGRESS.search(self.text, n_start, n_end):
                s_start, s_end = match.start(), n_end  # the next sentence says when
                windows = self.dates_in(s_start, s_end)
            if _PLANNED.search(self.text, s_start, s_end):
                wins = [d for d in windows if d.kind == "window" and d.start >= match.start()]
                if not wins:
                    wins = [d for d in windows if d.kind == "month"
                            and d.start >= match.start()][:1]
                if not wins:  # dự kiến tổ chức (trong 2 ngày 7 và 8-8 / vào ngày 7-8)
                    wins = [d for d in windows if d.kind in ("range", "day")
                            and d.start >= match.start() and re.search(
                                r"(?:dự kiến|sẽ)[^.;]{0,30}$",
                                self.text[max(s_start, d.start - 40):d.start])
                            and not (d.kind == "day" and re.search(
                                r"khai mạc[^.;]{0,15}$",
                                self.text[max(s_start, d.start - 40):d.start]))][:1]
                    # (an opening day alone, dự kiến khai mạc ngày D, is a task, not planned)
                if wins:
                    item["planned"] = {"from": wins[0].first.isoformat(),
                                       "to": wins[-1].last.isoformat(),
                                       "text": self.text[wins[0].start:wins[-1].end]}
                else:
                    self.opening_day(match.start(), windows, s_start, item)
            elif not re.search(r"(?:[Nn]ghị quyết|[Vv]ăn kiện|[Cc]hương trình hành động)"
                               r"(?: của)? $|tổ chức (?:[Hh]ội nghị|[Ll]ễ|[Kk]ỳ họp)",
                               self.text[s_start:match.start()]):
                # (not a congress named in a resolution's name or a conference's topic:
                # hội nghị sơ kết thực hiện Nghị quyết Đại hội …)
                held = self.held(match.start(), s_start, s_end)
                later = [d for d in windows if held is not None and d.kind == "range"
                         and d.first.isoformat() == held["from"]
                         and re.search(r"(?:19|20)[0-9]{2}", d.text)
                         and (d.last > self.published.last_day() or (
                             self.published.day is None and d.first >= self.published.first_day()
                             and re.search(r"(?<![^\W\d_])chọn [^.;]{0,80}làm đại hội điểm",
                                           self.text[s_start:s_end])))]
                if later:
                    # (… tổ chức Đại hội … trong 2 ngày 28 và 29-7-2025, its year given, after
                    # publication, or chosen as a pilot, chọn … làm đại hội điểm: planned)
                    item["planned"] = {"from": later[0].first.isoformat(),
                                       "to": later[0].last.isoformat(),
                                       "text": self.text[later[0].start:later[0].end]}
                elif held is not None:
                    item["held"] = held
            else:
                # Nghị quyết Đại hội …, nhiệm kỳ 2020-2025, (được) tổ chức trong 2 ngày 6 và
                # 7-8-2020, …: the congress's days, told beside its name
                told = _TOLD.match(self.text, end)
                ranged = [d for d in windows if told is not None and d.kind == "range"
                          and d.start == told.end()]
                if ranged and ranged[0].last <= self.published.last_day():
                    item["held"] = {"from": ranged[0].first.isoformat(),
                                    "to": ranged[0].last.isoformat()}
            past = self.held_in_past(end) if "held" not in item and \
                "planned" not in item else None
            if past is not None:
                # nối tiếp Đại hội lần thứ XVII diễn ra năm 2020: a congress of the past, held
                # that year; a committee's congress opens a five-year term that year
                past_end, item["held"], words = past
                year = int(item["held"]["from"][:4])
                item["note"] += f"; held in '{words}'"
                if term_id is None and year >= 2005 and year % 5 == 0 and \
                        self.entities.get(org.id, {}).get("form") == "committee":
                    # (the five-year cycle of 2005, 2010, …; not the older, uneven terms)
                    item["term"] = self.entity({
                        "id": f"{org.prefix}-term-{year}-{year + 5}", "type": "term",
                        "of": org.id, "ordinal": number, "start_year": year,
                        "end_year": year + 5,
                        "name": {"vi": f"nhiệm kỳ {year}-{year + 5}",
                                 "en": f"{year}-{year + 5} term"},
                        "implied": True,
                        "note": "term: a party committee's congress held in a year of the "
                                "five-year cycle opens a five-year term that year"},
                        self.quote(match.start(), past_end))
                end = past_end
            ident = self.entity(item, self.quote(match.start(), end))
            if ident and past is None and owner is None:
                # (a congress of a past year is not the one reported, nor one named with its
                # organisation after it: Đại hội … lần thứ XV của Đảng bộ xã X, an example)
                self.congress_at.append((match.start(), ident))

    def opening_day(self, at: int, windows: list[Any], s_start: int,
                    item: dict[str, Any]) -> None:
        """``Đại hội … dự kiến khai mạc ngày D``: an opening day alone, which a congress's
        ``planned`` cannot hold, is a task expected on D (the congress has no ``planned``)."""
        days = [d for d in windows if d.kind == "day" and d.start >= at
                and d.first > self.published.first_day() and re.search(
                    r"(?:dự kiến|sẽ) khai mạc (?:vào )?(?:ngày )?$",
                    self.text[max(s_start, d.start - 40):d.start])]
        if not days:
            return
        day = days[0]
        self.fact({"id": f"task-opening-{item['id']}", "type": "task",
                   "name": {"vi": f"khai mạc {item['name']['vi']}"}, "status": "planned",
                   "as_of": self.published.isoformat(), "expected_on": day.first.isoformat(),
                   "concerns": [item["id"]],
                   "note": "task (Đại hội … dự kiến khai mạc ngày D): the opening day alone, "
                           "expected on D; no congress's planned holds it"},
                  self.quote(at, day.end))

    def cell_congresses(self) -> None:
        """``(ngày D,) Chi bộ X (đã) tổ chức đại hội (toàn thể đảng viên)`` in a sentence
        that gives a day: the cell's congress, held that day; ``với N/N đảng viên có mặt``
        (all present) gives its members that day."""
        for mention in self.mentions:
            if not mention.org.endswith("-cell") or mention.ref != mention.org:
                continue
            stop = _STOP.search(self.text, mention.end)
            s_end = stop.start() if stop else len(self.text)
            s_start = max(self.text.rfind(". ", 0, mention.start) + 2,
                          self.text.rfind("\n", 0, mention.start) + 1)
            sentence = self.text[s_start:s_end]
            held = re.match(r"[^.;]{0,40}?(?P<this>; chi bộ này [^.;]{0,15}?)?tổ chức [Đđ]ại hội"
                            r"(?: (?:[Cc]hi bộ|(?:toàn thể )?đảng viên))?"
                            r"(?: lần thứ (?P<ord>[IVXLC]+|[1-9][0-9]?)(?![^\W_]))?",
                            self.text[mention.end:s_end])
            if held is None:
                continue
            # (…, là chi bộ làm điểm; chi bộ này dự kiến tổ chức đại hội vào ngày D: the
            # cell named before, its day after)
            days = [d for d in self.dates_in(s_start, s_end) if d.kind == "day"
                    and (not held["this"] or d.start > mention.end)]
            if len(days) != 1:
                continue
            day = days[0].first.isoformat()
            name = self.entities[mention.org]["name"]["vi"]
            kind = "members" if re.search(r"toàn thể|đảng viên", sentence) else "delegates"
            number = None if not held["ord"] else (
                int(held["ord"]) if held["ord"].isdigit() else roman(held["ord"]))
            item: dict[str, Any] = {
                "id": f"{mention.org}-congress-{number or days[0].first.year}",
                "type": "congress", "of": mention.org, "kind": kind}
            if number:
                item["ordinal"] = number
            term = _TERM.match(self.text, mention.end + held.end())
            if number and term is not None and int(term[2]) - int(term[1]) == 5:
                y1, y2 = int(term[1]), int(term[2])
                item["term"] = self.entity({
                    "id": f"{mention.org}-term-{y1}-{y2}", "type": "term", "of": mention.org,
                    "ordinal": number, "start_year": y1, "end_year": y2,
                    "name": {"vi": f"nhiệm kỳ {y1}-{y2}", "en": f"{y1}-{y2} term"},
                    "note": "term: nhiệm kỳ YYYY-YYYY after a cell's congress; its ordinal "
                            "is the congress's"}, self.quote(mention.start, term.end()))
            planned = re.search(r"(?<![^\W\d_])(?:dự kiến|sẽ)(?![^\W\d_])", held[0]) or \
                days[0].first > self.published.last_day()
            item.update({
                "name": {"vi": f"Đại hội {name}" + (f" lần thứ {held['ord']}" if number
                                                     else ""),
                         "en": f"Congress of the {name} cell"},
                **({"planned": {"from": day, "to": day, "text": days[0].text}} if planned
                   else {"held": {"from": day, "to": day}}),
                "note": f"congress: Chi bộ … (dự kiến) tổ chức đại hội, "
                        f"{'planned' if planned else 'held'} on '{days[0].text}'"})
            ident = self.entity(item, self.quote(mention.start,
                                                 days[0].end if planned else s_end))
            if ident is not None:
                self.congress_at.append((mention.start, ident))
                self.congress_at.sort()
            # the members present: in the congress's sentence, or later in its paragraph
            # (Tham dự đại hội có 25/27 đảng viên của chi bộ), M the cell's members
            p_end = self.text.find("\n", s_end)
            around = self.text[s_start:p_end if p_end >= 0 else len(self.text)]
            present = _PRESENT.search(around)
            if present is not None:
                n, m = (int(present[1]), int(present[2])) if present[1] else (
                    int(present[3]), int(present[4]))
                if n <= m and (present[1] is None or n == m):
                    at = s_start + present.start()
                    self.fact({"id": f"{mention.org}-members-{day}", "type": "observation",
                               "of": mention.org, "measure": "members", "value": m,
                               "as_of": day,
                               "note": "observation (N/M đảng viên present at the cell's "
                                       "congress): M, all its members, on the day"},
                              self.quote(at, s_start + present.end()))

    def unnumbered_congresses(self) -> None:
        """``đại hội (toàn thể đảng viên) chi bộ (X) nhiệm kỳ 2025-2030`` (no ordinal): the
        congress of the cell named there, else of the one cell the article names, with its
        five-year term; no ordinal and, unless another rule reads them, no dates."""
        cells = sorted({m.org for m in self.mentions if m.org.endswith("-cell")})
        for match in _UNNUMBERED.finditer(self.text):
            y1, y2 = int(match["y1"]), int(match["y2"])
            if y2 - y1 != 5:
                continue
            named = [m.org for m in self.mentions if m.start == match.start("who")
                     and m.org.endswith("-cell")]
            if not named and match["rest"]:
                continue  # a cell the rules did not read
            found = named or (cells if len(cells) == 1 else [])
            if not found or found[0] not in self.entities:
                continue
            cell = found[0]
            if any(e["type"] == "congress" and e["of"] == cell for e in self.entities.values()):
                continue  # read by another rule
            quote = self.quote(match.start(), match.end())
            term = self.entity({
                "id": f"{cell}-term-{y1}-{y2}", "type": "term", "of": cell,
                "start_year": y1, "end_year": y2,
                "name": {"vi": f"nhiệm kỳ {y1}-{y2}", "en": f"{y1}-{y2} term"},
                "note": "term: nhiệm kỳ YYYY-YYYY of a cell's congress"}, quote)
            name = self.entities[cell]["name"]["vi"]
            self.entity({
                "id": f"{cell}-congress-{y1}", "type": "congress", "of": cell,
                "kind": "members", "term": term,
                "name": {"vi": f"Đại hội {name} nhiệm kỳ {y1}-{y2}",
                         "en": f"Congress of {self.entities[cell]['name'].get('en', name)} "
                               f"for the {y1}-{y2} term"},
                "implied": True,
                "note": "congress: đại hội chi bộ nhiệm kỳ YYYY-YYYY, no ordinal; kind members "
                        "assumed (a cell's congress is one of all its members)"}, quote)

    def unnumbered_org_congresses(self) -> None:
        """``Đại hội (đại biểu) Đảng bộ xã X nhiệm kỳ 2020-2025(,) (dự kiến) tổ chức trong tháng
        5-2020`` (no ordinal): the congress of that organisation, with its five-year term; held
        over a range of days told right after (``tổ chức trong 2 ngày 16 và 17-4-2020``, not
        after publication), planned in a month or ten days to come (or said ``dự kiến``)."""
        for match in _UNNUMBERED_ORG.finditer(self.text):
            named = next((m for m in self.mentions if m.start == match.end() and m.ref == m.org
                          and not m.org.endswith("-cell")), None)
            org = next((o for o in self.orgs.values() if named and o.id == named.org), None)
            term = _TERM.match(self.text, named.end) if named is not None else None
            if named is None or org is None or term is None or \
                    int(term[2]) - int(term[1]) != 5 or org.id not in self.entities:
                continue
            y1, y2 = int(term[1]), int(term[2])
            if any(e["type"] == "congress" and e["of"] == org.id and self.entities.get(
                    str(e.get("term")), {}).get("start_year") == y1
                    for e in self.entities.values()):
                continue  # read by another rule
            told = _HELD_OR_PLANNED.match(self.text, term.end())
            when = next((d for d in self.dates if told is not None
                         and 0 <= d.start - told.end() <= len("vào ngày ") and self.text[
                             told.end():d.start] in ("", "ngày ", "vào ", "trong ",
                                                     "vào ngày ")), None)
            quote_end = when.end if when is not None else term.end()
            term_id = self.entity({
                "id": f"{org.prefix}-term-{y1}-{y2}", "type": "term", "of": org.id,
                "start_year": y1, "end_year": y2,
                "name": {"vi": f"nhiệm kỳ {y1}-{y2}", "en": f"{y1}-{y2} term"},
                "note": "term: nhiệm kỳ YYYY-YYYY of a congress named without an ordinal"},
                self.quote(match.start(), term.end()))
            kind = "members" if match["kind"] == "toàn thể" else "delegates"
            item: dict[str, Any] = {
                "id": f"{org.prefix}-congress-{y1}", "type": "congress", "of": org.id,
                "kind": kind, "term": term_id,
                "name": {"vi": " ".join(self.text[match.start():term.end()].replace(
                    ",", "").split()).replace("đại hội", "Đại hội", 1),
                         "en": f"Congress of the {org.name} {org.unit.en} party organisation "
                               f"for the {y1}-{y2} term"}}
            item["note"] = ("congress: Đại hội Đảng bộ … nhiệm kỳ YYYY-YYYY, no ordinal"
                            + ("" if match["kind"] else "; kind delegates assumed"))
            if when is not None and told is not None:
                future = when.first > self.published.last_day()
                if when.kind == "range" and not future and not told["plan"]:
                    item["held"] = {"from": when.first.isoformat(),
                                    "to": when.last.isoformat()}
                    item["note"] += f"; held '{when.text}'"
                elif when.kind in ("month", "window", "range") and (future or told["plan"]):
                    item["planned"] = {"from": when.first.isoformat(),
                                       "to": when.last.isoformat(), "text": when.text}
                    item["note"] += f"; planned '{when.text}'"
            self.entity(item, self.quote(match.start(), quote_end))

    def pilot_congresses(self) -> None:
        """A commune's or ward's congress told with no ordinal nor term, as the pilot one of
        its district (``ORG được chọn tổ chức đại hội điểm, dự kiến vào thượng tuần tháng
        4-2020``: planned in that window; ``Đại hội điểm của ORG diễn ra ngày 20-3``: held
        that day), when no other rule drafted a congress of ORG: the congress (kind delegates
        assumed), named ``Đại hội Đảng bộ xã X``."""
        for mention in self.mentions:
            if mention.ref != mention.org or mention.org.endswith("-cell"):
                continue
            org = next((o for o in self.orgs.values() if o.id == mention.org), None)
            if org is None or org.unit.words not in ("xã", "phường", "thị trấn") or any(
                    e["type"] == "congress" and e["of"] == org.id for e in self.entities.values()):
                continue
            planned = _PILOT_PLANNED.match(self.text, mention.end)
            held = _PILOT_HELD.search(self.text, max(0, mention.start - 24), mention.start) \
                if planned is None else None
            after = _PILOT_HELD_VERB.match(self.text, mention.end) if held is not None else None
            told = planned or after
            if told is None or (held is not None and held.end() != mention.start):
                continue
            when = next((d for d in self.dates if d.start == told.end()), None)
            if when is None:
                continue
            item: dict[str, Any] = {
                "id": f"{org.prefix}-congress", "type": "congress", "of": org.id,
                "kind": "delegates",
                "name": {"vi": f"Đại hội Đảng bộ {org.unit.words} {org.name}",
                         "en": f"Congress of the {org.name} {org.unit.en} party organisation"}}
            if planned is not None and when.kind in ("window", "month", "range", "day") and \
                    when.first >= self.published.first_day():
                item["planned"] = {"from": when.first.isoformat(), "to": when.last.isoformat(),
                                   "text": when.text}
                how = f"planned '{when.text}'"
            elif after is not None and when.kind == "day" and \
                    when.last <= self.published.last_day():
                item["held"] = {"from": when.date.isoformat(), "to": when.date.isoformat()}
                how = f"held '{when.text}'"
            else:
                continue
            item["note"] = (f"congress: a pilot congress told with no ordinal nor term, {how}; "
                            "kind delegates assumed")
            start = held.start() if held is not None else mention.start
            self.entity(item, self.quote(start, when.end))

    def later_windows(self) -> None:
        """``Đại hội dự kiến diễn ra trong 3 ngày, từ ngày 4 đến 6-8-2020`` (``Đại hội sẽ …``,
        ``Theo kế hoạch, đại hội sẽ …``) opening a sentence that names no congress of its own,
        sentences after the congress it plans: the ``planned`` window of the congress named
        last before it, when that one is neither held nor planned yet and the window begins
        in or after the month of publication (a congress of the past is not planned)."""
        for match in _LATER_WINDOW.finditer(self.text):
            s_start, s_end = self.sentence(match.start("head"))
            if self.text[s_start:match.start("head")].strip() or \
                    CONGRESS.search(self.text, s_start, s_end):
                continue
            before = [c for at, c in self.congress_at if at < s_start]
            last = self.entities[before[-1]] if before else {}
            coming = sorted((c for c in before if self.entities[c]["of"] == last.get("of")
                             and self.entities[c].get("ordinal")), key=self.congress_order)
            if coming and coming[-1] != before[-1] and "held" not in self.entities[coming[-1]]:
                # (… Đại hội lần thứ XI named in passing after the XIIth: the congress still
                # to come, the later of the organisation's, is the one planned)
                before = coming
            if not before or "held" in (item := self.entities[before[-1]]) or \
                    "planned" in item:
                continue
            windows = [d for d in self.dates_in(match.end(), s_end)
                       if d.first >= self.published.first_day()]
            wins = [d for d in windows if d.kind == "window"] or \
                [d for d in windows if d.kind == "month"][:1] or \
                [d for d in windows if d.kind in ("range", "day") and not re.search(
                    r"khai mạc[^.;]{0,15}$", self.text[max(s_start, d.start - 40):d.start])][:1]
            if not wins:
                continue
            quote = self.quote(match.start("head"), wins[-1].end)
            if quote is None:
                continue
            item["planned"] = {"from": wins[0].first.isoformat(),
                               "to": wins[-1].last.isoformat(),
                               "text": self.text[wins[0].start:wins[-1].end]}
            item["note"] += f"; planned '{item['planned']['text']}', told in a later sentence"
            self.entity(item, quote)

    def main_org(self, pos: int) -> str | None:
        """The organisation an article is about at ``pos``: the one whose congress it named
        last (held, not planned), else the one it names first."""
        held = [c for at, c in self.congress_at if at < pos
                and "planned" not in self.entities[c] and not self.above(at)]
        if held:
            return str(self.entities[held[-1]]["of"])
        return next((m.org for m in self.mentions), None)

    def ordinal_terms(self) -> None:
        """``Ban Chấp hành Đảng bộ huyện X khóa XIX`` (``Huyện ủy khóa XVI``), with no years
        after it, read once the other rules named the terms: the term of that ordinal of the
        organisation named right before it, unless its congress is still planned; the
        congress of that ordinal named in passing (no term, no dates) opened it."""
        for match in _KHOA.finditer(self.text):
            number = roman(match["ord"])
            named = [m for m in self.mentions if m.end == match.start() - 1]
            if not named and self.text.endswith("Ban Chấp hành ", 0, match.start()):
                # (Báo cáo kiểm điểm của) Ban Chấp hành khóa XIX, no organisation named after
                # it: of the one whose committee its sentence named before it
                s_start = self.sentence(match.start())[0]
                named = [m for m in self.mentions if s_start <= m.start and m.end < match.start()
                         and m.org != "cpv-central" and self.entities.get(m.ref, {}).get(
                             "kind") == "executive-committee"
                         and not re.search(r"(?<![^\W\d_])(?:dự kiến|tham gia)(?![^\W\d_])",
                                           self.text[m.end:match.start()])]
            if number is None or not named or named[-1].ref == named[-1].org or \
                    _TERM.match(self.text, match.end()):
                continue  # (Đảng bộ X khóa N is no committee; nhiệm kỳ: the term rules')
            org = next((o for o in self.orgs.values() if o.id == named[-1].org), None)
            if org is None or any(e["of"] == org.id and e.get("ordinal") == number and (
                    e["type"] == "term" or (e["type"] == "congress" and "planned" in e))
                    for e in self.entities.values() if e["type"] in ("term", "congress")):
                continue  # (named already, or to be elected by a congress still planned)
            _s_start, s_end = self.sentence(match.start())
            years = [e for e in self.entities.values() if e["type"] == "term"
                     and e["of"] == org.id and "ordinal" not in e and e.get("start_year")
                     and re.search(rf", nhiệm kỳ {e['start_year']}\s*-\s*{e['end_year']}"
                                   r"(?![0-9])", self.text[match.end():s_end])]
            if len(years) == 1:
                # BODY khóa XVIII tổ chức kỳ họp thứ 2, nhiệm kỳ 2025-2030: one term, its
                # ordinal the khóa's
                years[0]["ordinal"] = number
                continue
            ident = self.entity({
                "id": f"{org.prefix}-term-{number}", "type": "term", "of": org.id,
                "ordinal": number,
                "name": {"vi": f"khóa {match['ord']}", "en": f"term {number}"},
                "note": "term: a committee named with khóa + Roman ordinal"},
                self.quote(named[-1].start, match.end()))
            for congress in self.entities.values():
                if ident and congress["type"] == "congress" and congress["of"] == org.id \
                        and congress.get("ordinal") == number and "term" not in congress \
                        and "held" not in congress:
                    congress["term"] = ident

    def cell_past_terms(self) -> None:
        """``Chi ủy khóa VI`` in an article that reports the 7th congress of its one cell,
        which opened the term 2020-2025: the term before, 2015-2020, of that cell (the
        Conventions' *A past term*), unless it is drafted already."""
        cells = {m.org for m in self.mentions if m.org.endswith("-cell")}
        if len(cells) != 1:
            return
        cell = cells.pop()
        held = [e for e in self.entities.values() if e["type"] == "congress" and
                e["of"] == cell and "held" in e and e.get("ordinal") and
                "start_year" in self.entities.get(str(e.get("term")), {})]
        if len(held) != 1:
            return
        congress = held[0]
        base = self.entities[congress["term"]]
        for match in re.finditer(r"(?<![^\W\d_])Chi ủy khóa (?P<ord>[IVXLC]+)(?![^\W\d_])",
                                 self.text):
            number = roman(match["ord"])
            if number is None or number != int(congress["ordinal"]) - 1:
                continue
            y1 = int(base["start_year"]) - 5
            if any(e["type"] == "term" and e["of"] == cell and (
                    e.get("ordinal") == number or e.get("start_year") == y1)
                    for e in self.entities.values()):
                continue
            self.entity({"id": f"{cell}-term-{y1}-{y1 + 5}", "type": "term", "of": cell,
                         "ordinal": number, "start_year": y1, "end_year": y1 + 5,
                         "name": {"vi": f"nhiệm kỳ {y1}-{y1 + 5}", "en": f"{y1}-{y1 + 5} term"},
                         "note": "term: Chi ủy khóa N, the term before the one the cell's "
                                 "congress reported opened"},
                        self.quote(match.start(), match.end()))

    def terms(self) -> None:
        """``nhiệm kỳ 2015-2020`` alone: a five-year term of the organisation named next to
        it in the sentence (or, opening the sentence, of the one the article is about), its
        ordinal counted from a congress of a known term; a congress of that ordinal with no
        term is given it."""
        for match in _BARE_TERM.finditer(self.text):
            y1, y2 = int(match[1]), int(match[2])
            if y2 - y1 != 5:
                continue  # a cell's term of two and a half years is no term entity
            s_start, s_end = self.sentence(match.start())
            if _STATE_ORGAN.search(self.text, max(s_start, match.start() - 60), match.start()):
                continue  # (Chủ tịch HĐND tỉnh X nhiệm kỳ 2021-2026: a council's term)
            near = [m for m in self.mentions if s_start <= m.start < s_end
                    and (0 <= match.start() - m.end <= 40 or 0 <= m.start - match.end() <= 40)]
            org_id = min(near, key=lambda m: min(abs(match.start() - m.end),
                                                  abs(m.start - match.end()))).org \
                if near else None
            if org_id is None and re.fullmatch(
                    r"(?:trong|từ đầu|đầu|giữa|cuối|qua nửa|sau nửa|nửa)?",
                    self.text[s_start:match.start()].strip(" ,").lower()):
                # (Trong / Từ đầu) nhiệm kỳ 2020-2025 (đến nay), …: the one reported on
                org_id = self.main_org(match.start())
            if org_id is None and self.text[match.end():match.end() + 1] == "," and re.search(
                    r"(?<![^\W\d_])(?:cho biết|nêu rõ|khẳng định|nhấn mạnh|đánh giá),$",
                    self.text[s_start:match.start()].strip(" ").removesuffix(
                        " trong").removesuffix(" qua")):
                # Báo cáo chính trị … nêu rõ, (trong) nhiệm kỳ 2015-2020, …: the one reported on,
                # when a congress of its named in passing (no term) opened that term
                org_id = self.main_org(match.start())
                reported = True
            else:
                reported = False
            if org_id is None and re.search(r"(?<![^\W\d_])Chi bộ $",
                                            self.text[max(0, match.start() - 8):match.start()]):
                # Bí thư Chi bộ nhiệm kỳ 2020-2025: the cell named last in its paragraph
                para = self.text.rfind("\n", 0, match.start())
                cells = [m.org for m in self.mentions if m.org.endswith("-cell")
                         and para < m.start and m.end <= match.start()]
                if cells and cells[-1] in self.entities:
                    self.entity({"id": f"{cells[-1]}-term-{y1}-{y2}", "type": "term",
                                 "of": cells[-1], "start_year": y1, "end_year": y2,
                                 "name": {"vi": f"nhiệm kỳ {y1}-{y2}",
                                          "en": f"{y1}-{y2} term"},
                                 "note": "term: Chi bộ nhiệm kỳ YYYY-YYYY, of the cell named "
                                         "last in its paragraph"},
                                self.quote(match.start() - len("Chi bộ "), match.end()))
                continue
            org = next((o for o in self.orgs.values() if o.id == org_id), None)
            nearest = min(near, key=lambda m: min(abs(match.start() - m.end),
                                                  abs(m.start - match.end()))) if near else None
            cu = re.match(r" (?:\(cũ\)|cũ)(?![^\W\d_])",
                          self.text[nearest.end:nearest.end + 6]) if nearest else None
            if org is not None and nearest is not None and cu is not None and \
                    self.entities.get(org.id, {}).get("level") == "commune":
                # (nhiệm kỳ 2020-2025, Đảng bộ xã X (cũ) …, X's new commune-level organisation
                # named too: the former organisation's term)
                of = self.former_org(org.id, self.quote(nearest.start, nearest.end + cu.end()))
                prefix = f"{org.prefix}-old"
            elif org is not None:
                of, prefix = org.id, org.prefix
            elif org_id is not None and org_id.endswith("-cell") and \
                    self.entities.get(org_id, {}).get("type") == "organisation":
                of, prefix = org_id, org_id  # (Trong nhiệm kỳ 2015-2020, Chi bộ …: the cell
                # whose congress the article reports)
            else:
                continue
            known = [e for e in self.entities.values() if e["type"] == "congress"
                     and e["of"] == of and e.get("term") in self.entities
                     and "start_year" in self.entities[e["term"]] and e.get("ordinal")]
            item: dict[str, Any] = {"id": f"{prefix}-term-{y1}-{y2}", "type": "term",
                                    "of": of}
            if known:
                base = self.entities[known[0]["term"]]
                counted = int(known[0]["ordinal"]) + (y1 - int(base["start_year"])) // 5
                if counted >= 1 and (y1 - int(base["start_year"])) % 5 == 0:
                    item["ordinal"] = counted
                    if any(e["type"] == "term" and e["of"] == of and e.get("ordinal")
                           == counted and "start_year" not in e
                           for e in self.entities.values()):
                        continue  # the term named by its ordinal (khóa XV) already
            if reported and not any(e["type"] == "congress" and e["of"] == of and "term" not in e
                                    and e.get("ordinal") == item.get("ordinal", -1)
                                    for e in self.entities.values()):
                continue
            item.update({"start_year": y1, "end_year": y2,
                         "name": {"vi": f"nhiệm kỳ {y1}-{y2}", "en": f"{y1}-{y2} term"},
                         "note": "term: nhiệm kỳ YYYY-YYYY of the organisation named by it; "
                                 "its ordinal counted from a congress's"})
            ident = self.entity(item, self.quote(match.start(), match.end()))
            ordinal = self.entities[ident].get("ordinal") if ident else None
            for congress in self.entities.values():
                if congress["type"] == "congress" and congress["of"] == of and \
                        ordinal is not None and congress.get("ordinal") == ordinal and \
                        "term" not in congress:
                    congress["term"] = ident

    def current_terms(self) -> None:
        """A congress named in passing (``Nghị quyết Đại hội … lần thứ XIX``), not planned,
        the last of its organisation the article names, in an article published within a
        five-year term of that organisation it names (``nhiệm kỳ 2020-2025``, in 2021; not in
        the second half of the term's last year): the congress opened that term, which takes
        its ordinal."""
        year = self.published.first_day().year
        for org_id in {e["of"] for e in self.entities.values() if e["type"] == "congress"}:
            congresses = [e for e in self.entities.values() if e["type"] == "congress"
                          and e["of"] == org_id and e.get("ordinal")]
            terms = [e for e in self.entities.values() if e["type"] == "term"
                     and e["of"] == org_id and e.get("start_year")
                     and e["start_year"] <= year <= e["end_year"]
                     and not (year == e["end_year"] and self.published.first_day().month >= 7)]
            # (in the second half of a term's last year the congresses that open the next
            # term are held: a congress named in passing may be of either)
            if not congresses or len(terms) != 1:
                continue
            last = max(congresses, key=lambda e: int(e["ordinal"]))
            term = terms[0]
            held = str((last.get("held") or {}).get("from", ""))[:4]
            if "term" in last or "planned" in last or (held and held != str(
                    term["start_year"])) or term.get("ordinal", last["ordinal"]) != \
                    last["ordinal"] or any(e.get("term") == term["id"] for e in congresses):
                continue
            last["term"] = term["id"]
            term["ordinal"] = last["ordinal"]
            last["note"] += (f"; the term it opened is the one the article is published in "
                             f"({term['start_year']}-{term['end_year']})")

    def opening_terms(self) -> None:
        """``Nhiệm kỳ 2020-2025, ORG hoàn thành … Nghị quyết Đại hội lần thứ XVII; ORG2 …
        Nghị quyết Đại hội lần thứ XVII``: each congress named in passing in a sentence opening
        with a term (no term, no dates of its own) opened that term of its organisation, which
        takes its ordinal (declared, implied, for an organisation the sentence gives none)."""
        for match in re.finditer(r"(?:^|(?<=\. )|(?<=\n))[Nn]hiệm kỳ ((?:19|20)[0-9]{2})-"
                                 r"((?:19|20)[0-9]{2}), ", self.text, re.M):
            y1, y2 = int(match[1]), int(match[2])
            s_start = match.start()
            full = _STOP.search(self.text, s_start)
            s_end = full.start() if full else len(self.text)  # (its clauses after ``;`` too)
            if y2 - y1 != 5:
                continue
            for congress in list(self.entities.values()):
                if congress["type"] != "congress" or "term" in congress or \
                        "held" in congress or "planned" in congress or \
                        not congress.get("ordinal") or not any(
                            s_start <= self.quoted_at.get(q, -1) < s_end
                            for q in congress["quote"]):
                    continue
                of = str(congress["of"])
                if of not in {m.org for m in self.mentions if s_start <= m.start < s_end}:
                    continue
                number = int(congress["ordinal"])
                terms = [e for e in self.entities.values() if e["type"] == "term"
                         and e["of"] == of and e.get("start_year") == y1]
                if terms and terms[0].get("ordinal", number) != number:
                    continue
                org = next((o for o in self.orgs.values() if o.id == of), None)
                prefix = org.prefix if org is not None else of
                item: dict[str, Any] = {
                    "id": f"{prefix}-term-{y1}-{y2}", "type": "term", "of": of,
                    "ordinal": number, "start_year": y1, "end_year": y2,
                    "name": {"vi": f"nhiệm kỳ {y1}-{y2}", "en": f"{y1}-{y2} term"},
                    "note": "term: Nhiệm kỳ YYYY-YYYY opening a sentence that names the "
                            "congress that opened it"}
                if terms:
                    terms[0]["ordinal"] = number
                    ident = str(terms[0]["id"])
                else:
                    item["implied"] = True
                    ident = self.entity(item, self.quote(match.start(), match.end())) or ""
                if ident:
                    congress["term"] = ident
                    congress["note"] += f"; it opened the term {y1}-{y2} its sentence opens with"

    def elected_bodies(self) -> None:
        """``(Ban Chấp hành) đã bầu Ban Thường vụ (Đảng ủy) gồm N đồng chí``: the standing
        committee of the organisation whose congress the article reports (named last before
        it)."""
        for match in _ELECTS_STANDING.finditer(self.text):
            held = [c for at, c in self.congress_at if at < match.start()
                    and "planned" not in self.entities[c]]
            reported = self.reported_org(match.start()) if held else None
            org = next((o for o in self.orgs.values() if o.id == reported), None)
            if org is None:
                continue
            start = match.start("body")
            ident = self.body(org, "standing-committee", start, match.end(), False)
            if ident is not None:
                self.mentions.append(Mention(start, match.end(), org.id, ident))
                self.mentions.sort(key=lambda m: m.start)

    def held(self, at: int, s_start: int, s_end: int) -> dict[str, str] | None:
        """When the congress named at ``at`` was held: a range in its sentence (``Trong 2
        ngày 14 và 15-5, … tổ chức Đại hội``); a closing day (``Sáng 23-7, Đại hội … bế
        mạc``) with the range that opens the next sentence, or with its length (``bế mạc
        sau 3 ngày``); or a range opening the next sentence of the paragraph."""
        sentence = self.text[s_start:s_end]
        windows = self.dates_in(s_start, s_end)
        ranges = [d for d in windows if d.kind == "range"]
        if ranges and re.search(r"tổ chức|diễn ra|bế mạc|khai mạc", sentence):
            return {"from": ranges[0].first.isoformat(), "to": ranges[0].last.isoformat()}
        n_start = s_end + 1
        nxt = [d for d in self.dates_in(n_start, self.sentence(n_start)[1])
               if d.kind == "range" and not self.text[n_start:d.start].strip()
               and not any(n_start < a < self.sentence(n_start)[1] for a, _c in
                           self.congress_at)] \
            if self.text[s_end:s_end + 1] == "." else []
        n_end = self.sentence(n_start)[1] if n_start < len(self.text) else n_start
        follows = self.text[s_end:s_end + 1] == "." and not any(
            n_start < a < n_end for a, _c in self.congress_at)
        later = [d for d in self.dates_in(n_start, n_end) if d.kind == "range"] \
            if follows else []  # any range of the next sentence, when it names no congress
        closing = [d for d in windows if d.kind == "day" and d.start < at]
        if closing and "khai mạc" in sentence and "bế mạc" not in sentence:
            # Sáng 14-10, Đại hội … khai mạc … . Đại hội diễn ra trong 3 ngày (từ 14 đến 16-10)
            first_day = closing[-1].first
            opened = [d for d in later if d.first == first_day]
            if opened:
                return {"from": first_day.isoformat(), "to": opened[0].last.isoformat()}
            length = re.search(r"(?:diễn ra |làm việc )?trong ([0-9]) ngày",
                               sentence + " " + (self.text[n_start:n_end] if follows else ""))
            if length is not None and int(length[1]) > 1:
                last_day = first_day + dt.timedelta(days=int(length[1]) - 1)
                return {"from": first_day.isoformat(), "to": last_day.isoformat()}
            closed = self.closed_after(s_end, first_day)
            if closed is not None:
                return {"from": first_day.isoformat(), "to": closed.isoformat()}
            if not re.search(r"dự kiến|sẽ|kế hoạch", sentence):
                # Sáng 14-10, Đại hội … khai mạc (no length, no closing day): only the
                # opening day, held {from} (fact-sheets.md: the congress's held)
                return {"from": first_day.isoformat()}
            return None
        if closing and "bế mạc" in sentence:
            last = closing[-1].first
            days = re.search(r"bế mạc sau ([0-9]) ngày|^[Ss]au ([0-9]) ngày làm việc,", sentence)
            if nxt and nxt[0].last == last:
                return {"from": nxt[0].first.isoformat(), "to": last.isoformat()}
            ended = [d for d in later if d.last == last]
            if ended:
                return {"from": ended[0].first.isoformat(), "to": last.isoformat()}
            if days is not None:
                first = last - dt.timedelta(days=int(days[1] or days[2]) - 1)
                return {"from": first.isoformat(), "to": last.isoformat()}
            return None
        if nxt and not closing:
            return {"from": nxt[0].first.isoformat(), "to": nxt[0].last.isoformat()}
        dated = [d for d in windows if d.kind in ("day", "range", "window", "deadline")]
        governs = re.search(r"(?<![^\W\d_])(?:tổ chức|tiến hành)(?: thành công| long trọng| "
                            r"trọng thể)? $", self.text[max(s_start, at - 32):at]) or \
            re.match(r"[^.;]{0,80}? (?:đã )?(?:diễn ra|được tổ chức|thành công(?: tốt đẹp)?|"
                     r"(?:được )?tổ chức thành công)(?![^\W\d_])", self.text[at:s_end])
        if len(closing) == 1 and dated == closing and not self.text[s_start:closing[0].start] \
                .strip() and governs and not re.search(
                r"khai mạc|bế mạc|dự kiến|sẽ|kế hoạch|chuẩn bị", sentence):
            # Ngày 24-7, Đảng bộ xã X tổ chức Đại hội …: held that day (or over the days
            # its sentence or the next says it lasted); not "tổ chức hội nghị … Đại hội"
            first_day = closing[0].first
            length = re.search(r"(?:diễn ra |làm việc )?trong ([0-9]) ngày",
                               sentence + " " + (self.text[n_start:n_end] if follows else ""))
            last_day = first_day + dt.timedelta(days=int(length[1]) - 1) \
                if length is not None and int(length[1]) > 1 else first_day
            return {"from": first_day.isoformat(), "to": last_day.isoformat()}
        opens = _OPENS_ON.search(self.text, at, s_end)
        if opens is not None and not closing and opens.start() - at < 160 and not re.search(
                r"dự kiến|sẽ|kế hoạch", self.text[s_start:opens.start()]):
            # Đại hội XIV của Đảng được tổ chức tại …, khai mạc ngày 19-1-2026: the opening
            # day told after the congress, no length: held {from}
            day = [d for d in windows if d.kind == "day" and d.start - opens.end() in (0, 5)
                   and self.text[opens.end():d.start] in ("", "ngày ")
                   and not re.match(r"[^.;]{0,80}(?:bế mạc|trong [0-9] ngày)",
                                    self.text[d.end:s_end])]
            if day:
                return {"from": day[0].first.isoformat()}
        return None

    def closed_after(self, pos: int, first_day: dt.date) -> dt.date | None:
        """The closing day of a congress opened on ``first_day``, told later in the article
        by a sentence that names no congress of its own: ``(Sáng 14-10,) Đại hội (đã) bế
        mạc``, ``Đại hội bế mạc chiều 14-10``; within five days of the opening."""
        for match in re.finditer(r"(?:Đại hội|đại hội)(?: đã)?(?: thành công)? bế mạc"
                                 r"(?![^\W\d_])", self.text[pos:]):
            at = pos + match.start()
            c_start, c_end = self.sentence(at)
            if any(c_start <= a < c_end for a, _c in self.congress_at):
                continue
            days = [d for d in self.dates_in(c_start, c_end) if d.kind == "day"]
            if len(days) == 1 and dt.timedelta(0) < days[0].first - first_day \
                    <= dt.timedelta(days=4):
                return days[0].first
        return None
