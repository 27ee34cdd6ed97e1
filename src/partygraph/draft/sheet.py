"""The drafting rules: from an article's text to the items of a fact sheet."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from partygraph.draft.dates import DateMention, find_dates
from partygraph.draft.emit import render
from partygraph.draft.names import (
    UNIT_WORDS,
    UNITS,
    Unit,
    person_name,
    proper_name,
    slug,
    unit_named,
)
from partygraph.draft.numbers import NUMBER, parse_number, roman
from partygraph.sheets.articles import Article, ArticleHeader
from partygraph.util.dates import PartialDate, parse_partial_date

__all__ = ["DraftedSheet", "draft_sheet_text"]

_MAX_QUOTES = 3
_ORG = re.compile(rf"(?P<form>Đảng bộ|Đảng ủy|Chi bộ) (?P<unit>{UNIT_WORDS})(?![^\W\d_])")
_COMMITTEE = re.compile(
    r"(?P<stand>Ban Thường vụ )?(?P<cte>Tỉnh ủy|Thị ủy|Huyện ủy|Thành ủy|Quận ủy)"
    r"(?! viên)(?![^\W\d_])")
_COMMITTEE_UNIT = {"Tỉnh ủy": "tỉnh", "Thị ủy": "thị xã", "Huyện ủy": "huyện",
                   "Thành ủy": "thành phố", "Quận ủy": "quận"}
_POST = re.compile(
    r"(?P<role>Phó Bí thư Thường trực|Phó Bí thư|Bí thư|Ủy viên(?= Ban Thường vụ)"
    r"|(?P<member>Tỉnh ủy|Thị ủy|Huyện ủy|Thành ủy|Quận ủy) viên)(?![^\W\d_])")
_ROLES = {"Phó Bí thư Thường trực": "deputy-secretary", "Phó Bí thư": "deputy-secretary",
          "Bí thư": "secretary", "Ủy viên": "standing-member"}
_ROLE_EN = {"secretary": "Secretary", "deputy-secretary": "Deputy Secretary",
            "standing-member": "Standing Committee member", "member": "member"}
_HONORIFIC = re.compile(r"(?<![^\W\d_])(?P<h>[Bb]à|[Ôô]ng|[Đđ]ồng chí) ")
_CONGRESS = re.compile(
    r"Đại hội (?:(?P<kind>đại biểu|toàn thể) )?"
    r"(?:(?:Đảng bộ|Chi bộ) (?P<unit>" + UNIT_WORDS + r")(?P<rest> [^\n]{0,40}?)? )?"
    r"(?P<ordword>lần thứ|khóa) (?P<ord>[IVXLC]+)(?![^\W\d_])")
_TERM = re.compile(r"\s*(?:,\s*|\()?nhiệm kỳ ((?:19|20)[0-9]{2})\s*-\s*((?:19|20)[0-9]{2})\)?")
_COUNTS = [
    ("members", re.compile(rf"{NUMBER} đảng viên(?! mới)(?![^\W\d_])")),
    ("subordinate-cells",
     re.compile(rf"{NUMBER} chi bộ trực thuộc [Đđ]ảng (?:bộ|ủy) cơ sở(?![^\W\d_])")),
    ("base-organisations", re.compile(rf"{NUMBER} tổ chức cơ sở [Đđ]ảng(?![^\W\d_])")),
    ("cells", re.compile(rf"{NUMBER} chi bộ(?: trực thuộc)?(?![^\W\d_])")),
]
_TOTAL = re.compile(rf"(?:tổng số|đại diện cho) {NUMBER} đảng viên(?![^\W\d_])")
_TALLY = re.compile(r"(?<![0-9.,])([0-9]+)/([0-9]+)(?![0-9/])")
_SENTENCE_END = re.compile(r"(?<![0-9])\.(?![0-9])|[;\n“”]|\.(?=\s)")
_HAS = re.compile(r" (?:hiện nay |hiện |nay |đến nay )?có ")
_PLANNED = re.compile(r"dự kiến|sẽ|[Tt]heo kế hoạch")


@dataclass(frozen=True)
class Mention:
    """An organisation or body named at a place in the text."""

    start: int
    end: int
    org: str  # the organisation's id
    ref: str  # the id of what is named: the organisation or one of its bodies
    issuer: bool = False  # named as the author of an instrument ("của Ban Thường vụ ...")


@dataclass
class DraftedSheet:
    """A drafted sheet: its YAML text and its items (as written, for evaluation)."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Org:
    unit: Unit
    name: str  # the proper name (An Khê)
    prefix: str  # an-khe-town

    @property
    def id(self) -> str:
        return f"{self.prefix}-party"


class _Drafter:
    def __init__(self, article: Article, published: PartialDate) -> None:
        self.article = article
        self.text = article.text
        self.published = published
        self.dates = find_dates(self.text, published)
        self.entities: dict[str, dict[str, Any]] = {}
        self.facts: list[dict[str, Any]] = []
        self.orgs: dict[str, _Org] = {}
        self.mentions: list[Mention] = []
        self.congress_at: list[tuple[int, str]] = []  # where each congress is named, its id

    # -- helpers ----------------------------------------------------------------------------

    def quote(self, start: int, end: int) -> str | None:
        """The text between ``start`` and ``end``, trimmed to whole words; None unless the
        article contains it on whole words (what the loader checks)."""
        words = self.text[start:end]
        words = re.sub(r"^[\W_]+|[\W_]+$", "", words)
        if words.count("(") > words.count(")") and self.text[end:end + 1] == ")":
            words += ")"
        if not words or not self.article.contains(words):
            return None
        return words

    def sentence(self, pos: int) -> tuple[int, int]:
        start = 0
        for match in _SENTENCE_END.finditer(self.text, 0, pos):
            start = match.end()
        found = _SENTENCE_END.search(self.text, pos)
        return start, found.start() if found else len(self.text)

    def entity(self, item: dict[str, Any], quote: str | None) -> str | None:
        """Add ``item`` (or a quote to the entity of the same id); its id, or None."""
        if quote is None:
            return None
        known = self.entities.get(item["id"])
        if known is None:
            item["quote"] = [quote]
            item["draft"] = True
            note = item.pop("note")
            item["note"] = note
            self.entities[item["id"]] = item
        else:
            for key, value in item.items():
                if key not in known and key not in ("note",):
                    known[key] = value
            quotes = known["quote"]
            if len(quotes) < _MAX_QUOTES and all(quote not in q and q not in quote
                                                 for q in quotes):
                quotes.append(quote)
        return str(item["id"])

    def fact(self, item: dict[str, Any], quote: str | None) -> None:
        if quote is None:
            return
        note = item.pop("note")
        item.update(quote=[quote], draft=True, note=note)
        self.facts.append(item)

    # -- organisations, places, bodies ------------------------------------------------------

    def organisations(self) -> None:
        """Named organisations first (Đảng bộ thị xã An Khê, Thị ủy An Khê), then the mentions
        without a name resolved to the one named organisation of that kind."""
        found: list[tuple[int, int, str, str | None, str]] = []  # start, end, unit, name, ref
        for match in _ORG.finditer(self.text):
            named = proper_name(self.text, match.end() + 1) \
                if self.text[match.end():match.end() + 1] == " " else None
            end = named[1] if named else match.end()
            start, form = match.start(), match["form"]
            if form == "Đảng ủy" and self.text[max(0, start - 14):start] == "Ban Thường vụ ":
                start, form = start - 14, "standing"
            found.append((start, end, match["unit"].lower(), named[0] if named else None,
                          form))
        for match in _COMMITTEE.finditer(self.text):
            named = proper_name(self.text, match.end() + 1) \
                if self.text[match.end():match.end() + 1] == " " else None
            end = named[1] if named else match.end()
            ref = "standing" if match["stand"] else "committee"
            found.append((match.start(), end, _COMMITTEE_UNIT[match["cte"]],
                          named[0] if named else None, ref))
        for start, end, unit_words, name, _ref in sorted(found):
            if name is not None:
                self.declare_org(unit_words, name, start, end)
        for start, end, unit_words, name, ref in sorted(found):
            org = self.resolve(unit_words, name)
            if org is None:
                continue
            ref_id: str | None = org.id
            exec_before = ref == "Đảng bộ" and \
                self.text[max(0, start - 14):start] == "Ban Chấp hành "
            if ref == "Đảng ủy" or ref == "committee" or exec_before:
                ref_id = self.body(org, "executive-committee", start, end, exec_before)
            elif ref == "standing":
                ref_id = self.body(org, "standing-committee", start, end, False)
            if ref_id is not None:
                issuer = self.text[max(0, start - 4):start] == "của "
                self.mentions.append(Mention(start, end, org.id, ref_id, issuer))

    def resolve(self, unit_words: str, name: str | None) -> _Org | None:
        unit = UNITS[unit_words]
        if name is not None:
            return self.orgs.get(f"{slug(name)}-{unit.org_word}")
        same = [org for org in self.orgs.values() if org.unit.words == unit.words]
        return same[0] if len(same) == 1 else None

    def declare_org(self, unit_words: str, name: str, start: int, end: int) -> None:
        unit = unit_named(unit_words, name)
        prefix = f"{slug(name)}-{unit.org_word}"
        org = self.orgs.setdefault(prefix, _Org(unit, name, prefix))
        place_id = f"{slug(name)}-{unit.id_word}"
        place_words = f"{unit.words} {name}"
        # The place: quoted where the text names the unit itself (thị xã An Khê); implied by
        # a committee's name (Thị ủy An Khê) otherwise.
        place_at = self.text.find(place_words, start, end + 1)
        place: dict[str, Any] = {"id": place_id, "type": "place", "kind": unit.place_kind,
                                 "name": {"vi": place_words, "en": f"{name} {unit.id_word}"}}
        if place_at >= 0:
            self.entity({**place, "note": "place: the unit named with its organisation"},
                        self.quote(place_at, place_at + len(place_words)))
            self._stated(place_id, self.quote(place_at, place_at + len(place_words)),
                         "place: the unit named with its organisation")
        else:
            self.entity({**place, "implied": True,
                         "note": "place: implied by the name of its party committee"},
                        self.quote(start, end))
        form = "cell" if self.text.startswith("Chi bộ", start) else "committee"
        if form == "committee" and not self.text.startswith("Đảng bộ", start):
            # A committee's name (Thị ủy An Khê, Đảng ủy phường X): the organisation is
            # implied by its committee.
            implied = True
        else:
            implied = False
        item: dict[str, Any] = {
            "id": org.id, "type": "organisation", "form": form, "level": unit.level,
            "name": {"vi": f"{'Chi bộ' if form == 'cell' else 'Đảng bộ'} {place_words}",
                     "en": f"{name} {unit.en} party organisation"},
        }
        if place_id in self.entities:
            item["place"] = place_id
        if implied and org.id not in self.entities:
            item["implied"] = True
        item["note"] = ("organisation: named by its committee" if implied
                        else "organisation: Đảng bộ/Chi bộ + unit + name")
        self.entity(item, self.quote(start, end))
        if not implied:
            self._stated(org.id, self.quote(start, end),
                         "organisation: Đảng bộ/Chi bộ + unit + name")

    def _stated(self, ident: str, quote: str | None, note: str) -> None:
        """An entity first drafted as implied is stated after all: no longer implied, and the
        words that state it are its first quote."""
        known = self.entities.get(ident)
        if known is None or not known.get("implied") or quote is None:
            return
        del known["implied"]
        known["note"] = note
        if quote in known["quote"]:
            known["quote"].remove(quote)
        known["quote"].insert(0, quote)
        del known["quote"][_MAX_QUOTES:]

    def body(self, org: _Org, kind: str, start: int, end: int, exec_named: bool) -> str | None:
        committee = org.unit.committee
        if kind == "standing-committee":
            ident = f"{org.prefix}-standing-committee"
            vi = f"Ban Thường vụ {committee} {org.name}"
            en = f"Standing Committee of the {org.name} {org.unit.en} party committee"
        else:
            ident = f"{org.prefix}-committee"
            vi = f"{committee} {org.name}"
            en = f"{org.name} {org.unit.en} party committee"
        if exec_named:
            start -= len("Ban Chấp hành ")
        return self.entity({"id": ident, "type": "body", "kind": kind, "of": org.id,
                            "name": {"vi": vi, "en": en},
                            "note": f"body: {kind} named by its committee"},
                           self.quote(start, end))

    def org_before(self, pos: int, *, limit: int = 600, org_only: bool = False,
                   paragraph_only: bool = True) -> str | None:
        """The organisation (or body) named last before ``pos``, within ``limit`` characters
        and (unless ``paragraph_only`` is false) the same paragraph; never the author of an
        instrument (``Chỉ thị ... của Ban Thường vụ Tỉnh ủy``)."""
        paragraph = self.text.rfind("\n", 0, pos) if paragraph_only else -1
        for mention in reversed(self.mentions):
            if mention.end <= pos and mention.start >= max(paragraph, pos - limit) \
                    and not mention.issuer:
                return mention.org if org_only else mention.ref
        return None

    # -- congresses and terms ---------------------------------------------------------------

    def congresses(self) -> None:
        for match in _CONGRESS.finditer(self.text):
            number = roman(match["ord"])
            if number is None:
                continue
            org: _Org | None = None
            if match["unit"]:
                rest = (match["rest"] or "").strip()
                org = self.resolve(match["unit"].lower(), rest or None)
            else:
                org_id = self.org_before(match.start(), limit=200, org_only=True)
                org = next((o for o in self.orgs.values() if o.id == org_id), None)
            if org is None:
                continue
            end = match.end()
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
            if _PLANNED.search(self.text, s_start, s_end):
                wins = [d for d in windows if d.kind == "window" and d.start >= match.start()]
                if wins:
                    item["planned"] = {"from": wins[0].first.isoformat(),
                                       "to": wins[-1].last.isoformat(),
                                       "text": self.text[wins[0].start:wins[-1].end]}
            else:
                ranges = [d for d in windows if d.kind == "range"]
                if ranges and re.search(r"tổ chức|diễn ra", self.text[s_start:s_end]):
                    item["held"] = {"from": ranges[0].first.isoformat(),
                                    "to": ranges[0].last.isoformat()}
            ident = self.entity(item, self.quote(match.start(), end))
            if ident:
                self.congress_at.append((match.start(), ident))

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        return [d for d in self.dates if start <= d.start and d.end <= end]

    # -- counts -----------------------------------------------------------------------------

    def as_of(self, start: int, end: int, *, carry: bool = True) -> tuple[str, str]:
        """The date a figure holds at: ``Tính đến ngày D`` / ``Đến cuối tháng M`` in its
        sentence, else in the sentence before it in the paragraph, else the publication."""
        for mention in self.dates_in(start, end):
            lead = self.text[max(0, mention.start - 12):mention.start]
            if re.search(r"[Đđ]ến (?:ngày )?$", lead):
                return mention.date.isoformat(), f"as of '{mention.text}'"
        lead_in = self.text[start:end].lstrip()
        if carry and start > 1 and self.text[start - 1] != "\n" and \
                lead_in.startswith(("Toàn ", "Trong đó", "Riêng ")):
            before, _ = self.sentence(start - 2)
            if self.text[before:start].count("\n") == 0:
                date, how = self.as_of(before, start - 1, carry=False)
                if how.startswith("as of"):
                    return date, how + " (the sentence before)"
        return self.published.isoformat(), "dated by publication"

    def observations(self) -> None:
        seen: set[tuple[str, str, int]] = set()
        for mention in self.mentions:
            has = _HAS.match(self.text, mention.end)
            if has is None:
                continue
            s_start, s_end = self.sentence(mention.start)
            clause_end = s_end
            nxt = [m.start for m in self.mentions if mention.end < m.start < s_end
                   and _HAS.match(self.text, m.end)]
            if nxt:
                clause_end = min(nxt)
            as_of, how = self.as_of(s_start, s_end)
            taken: list[tuple[int, int]] = []
            for measure, regex in _COUNTS:
                for count in regex.finditer(self.text, mention.end, clause_end):
                    if any(a < count.end() and count.start() < b for a, b in taken):
                        continue
                    taken.append((count.start(), count.end()))
                    self.observe(mention.org, measure, count, as_of, how, seen,
                                 self.quote(mention.start, count.end()), "ORG có N …")
        for total in _TOTAL.finditer(self.text):
            org = self.org_before(total.start(), org_only=True)
            s_start, s_end = self.sentence(total.start())
            as_of, how = self.as_of(s_start, s_end)
            if total.group(0).startswith("đại diện"):  # the delegates of the last congress
                paragraph = self.text.rfind("\n", 0, total.start())
                named = [c for at, c in self.congress_at if paragraph < at < total.start()]
                if named:
                    congress = self.entities[named[-1]]
                    org = congress["of"]
                    if "held" in congress:
                        as_of = congress["held"]["from"]
                        how = "as of the first day of the congress it sent delegates to"
            if org is None:
                continue
            self.observe(org, "members", total, as_of, how, seen,
                         self.quote(total.start(), total.end()),
                         "tổng số/đại diện cho N đảng viên")

    def observe(self, org: str, measure: str, count: re.Match[str], as_of: str, how: str,
                seen: set[tuple[str, str, int]], quote: str | None, rule: str) -> None:
        number = parse_number(self.text[count.start("num") - (len(count["qual"]) + 1
                                                               if count["qual"] else 0):
                                        count.end("num")])
        if number is None or number.whole is None or number.percent:
            return
        if (org, measure, number.whole) in seen:
            return
        seen.add((org, measure, number.whole))
        note = f"observation ({rule}): {how}"
        if "." in count["num"]:
            note += f"; '{count['num']}' uses the thousands dot"
        if number.qualifier:
            note += f"; the article says {number.qualifier} {number.whole}"
        self.fact({"id": f"{org.removesuffix('-party')}-{measure}-{as_of}",
                   "type": "observation", "of": org, "measure": measure,
                   "value": number.whole, "as_of": as_of, "note": note}, quote)

    def tallies(self) -> None:
        for match in _TALLY.finditer(self.text):
            done, total = int(match[1]), int(match[2])
            if total == 0 or done > total:
                continue
            s_start, s_end = self.sentence(match.start())
            sentence = self.text[s_start:s_end]
            after = self.text[match.end():s_end]
            full = self.text[self.text.rfind(".", 0, match.start()) + 1:match.start()]
            if "lịch sử chính trị" in sentence or "lịch sử chính trị" in full:
                measure = "political-history-reviewed"
            elif re.search(r"đại hội", after[:120]) and re.search(r"xong|hoàn thành", after):
                measure = "congresses-held"
            else:
                continue
            population = re.split(r",(?! phường| xã)|;| và |\.(?!\d)| đã ", after)[0].strip()
            if not population:
                continue
            nxt = [m for m in self.mentions if match.end() < m.start < s_end]
            if measure == "congresses-held" and nxt and \
                    self.text[match.end():nxt[0].start].rstrip().endswith("trực thuộc"):
                of: str | None = nxt[0].org  # 38/38 tổ chức cơ sở đảng trực thuộc Đảng bộ X
            else:  # who did it: named before the sentence (list of tallies) began
                anchor = min(match.start(), self.text.rfind(".", 0, match.start()) + 1) \
                    if measure == "political-history-reviewed" else match.start()
                first = _TALLY.search(self.text, anchor)
                if first is not None and self.org_before(
                        first.start(), limit=first.start() - anchor) is not None:
                    anchor = first.start()  # the sentence names who did it
                of = self.org_before(anchor, limit=600) or self.org_before(
                    match.start(), limit=len(self.text), org_only=True, paragraph_only=False)
            if of is None:
                continue
            as_of, how = self.as_of(s_start, s_end)
            self.fact({"id": f"tally-{done}-of-{total}", "type": "tally", "of": of,
                       "measure": measure, "population": {"vi": population},
                       "done": done, "total": total, "as_of": as_of,
                       "note": f"tally (N/M {measure}): {how}"},
                      self.quote(match.start(), match.end() + len(after.split(population)[0])
                                 + len(population)))

    # -- people and posts -------------------------------------------------------------------

    def post_at(self, match: re.Match[str]) -> tuple[str, int] | None:
        """The post named at ``match`` (Bí thư Thị ủy An Khê): its id and end."""
        end = match.end()
        if match["member"]:
            org = self.resolve(_COMMITTEE_UNIT[match["member"]], None)
            named = proper_name(self.text, end + 1) if self.text[end:end + 1] == " " else None
            if named is not None:
                org = self.resolve(_COMMITTEE_UNIT[match["member"]], named[0]) or org
                end = named[1] if org is not None else end
            role = "member"
        else:
            role = _ROLES[match["role"]]
            after = [m for m in self.mentions if m.start == end + 1 and m.ref != m.org]
            if not after or (role == "standing-member") != after[0].ref.endswith(
                    "-standing-committee"):
                return None
            org = next((o for o in self.orgs.values() if o.id == after[0].org), None)
            end = after[0].end
        if org is None:
            return None
        committee = f"{org.prefix}-committee"
        if role == "standing-member":
            committee = f"{org.prefix}-standing-committee"
        if committee not in self.entities:
            self.body(org, "executive-committee", match.start() + len(match["role"]) + 1,
                      end, False)
        if committee not in self.entities:
            return None
        suffix = {"secretary": "secretary", "deputy-secretary": "deputy-secretary",
                  "standing-member": "standing-member", "member": "committee-member"}[role]
        words = self.text[match.start():end]
        vi = words if role != "member" else \
            f"Ủy viên Ban Chấp hành Đảng bộ {org.unit.words} {org.name}"
        ident = self.entity({
            "id": f"{org.prefix}-{suffix}", "type": "post", "role": role, "in": committee,
            "name": {"vi": " ".join(vi.split()),
                     "en": f"{_ROLE_EN[role]} of the {org.name} {org.unit.en} party "
                           "committee"},
            "note": "post: Bí thư/Phó Bí thư/… + committee"}, self.quote(match.start(), end))
        return (ident, end) if ident else None

    def people(self) -> None:
        for match in _HONORIFIC.finditer(self.text):
            named = person_name(self.text, match.end())
            if named is None:
                continue
            name, end = named
            _s_start, s_end = self.sentence(match.start())
            nxt = _HONORIFIC.search(self.text, end, s_end)
            window_end = nxt.start() if nxt else s_end
            posts = [m for m in _POST.finditer(self.text, end, window_end)]
            gender = {"bà": "female", "ông": "male"}.get(match["h"].lower())
            self.holdings(name, match.start(), end, gender, posts, window_end, "honorific")
        for match in _POST.finditer(self.text):
            before = set(self.entities)
            post = self.post_at(match)
            named = None
            if post is not None and self.text[post[1]:post[1] + 1] == " ":
                named = person_name(self.text, post[1] + 1)
            if post is None or named is None:
                for added in set(self.entities) - before:  # a post with no one named in it
                    del self.entities[added]
                continue
            self.holdings(named[0], post[1] + 1, named[1], None, [match], named[1],
                          "post before name")

    def holdings(self, name: str, start: int, end: int, gender: str | None,
                 posts: list[re.Match[str]], window_end: int, rule: str) -> None:
        held: list[tuple[str, int, int]] = []
        for post_match in posts:
            if self.text[max(0, post_match.start() - 7):post_match.start()] == "nguyên ":
                continue  # a former post: the article does not date when it ended
            post = self.post_at(post_match)
            if post is not None:
                held.append((post[0], post_match.start(), post[1]))
        if not held:
            return
        person: dict[str, Any] = {"id": slug(name), "type": "person", "name": {"vi": name}}
        if gender:
            person["gender"] = gender
        person["note"] = f"person: named with a party post ({rule})" + (
            "; gender from the honorific" if gender else "")
        person_id = self.entity(person, self.quote(start, end))
        if person_id is None:
            return
        for i, (post_id, p_start, p_end) in enumerate(held):
            limit = held[i + 1][1] if i + 1 < len(held) else window_end
            dates: dict[str, str] = {}
            how = "as of publication"
            for mention in self.dates_in(p_end, limit):
                lead = self.text[max(0, mention.start - 14):mention.start]
                if re.search(r"từ $|từ ngày $", lead) or mention.text.startswith("từ"):
                    dates["from"] = mention.date.isoformat()
                    how = f"from '{mention.text}'"
                elif re.search(r"đến (hết )?(ngày )?$", lead):
                    dates["until"] = mention.date.isoformat()
                    how = f"until '{mention.text}'"
            if not dates:
                dates["as_of"] = self.published.isoformat()
            q_start = min(start, p_start)
            q_end = max(end, p_end)
            self.fact({"id": f"{person_id}-as-{post_id}",
                       "type": "holding", "person": person_id, "post": post_id, **dates,
                       "note": f"holding ({rule}): {how}"}, self.quote(q_start, q_end))

    def run(self) -> None:
        self.organisations()
        self.congresses()
        self.observations()
        self.tallies()
        self.people()


def _dedupe_ids(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[str, int] = {}
    for item in facts:
        base = item["id"]
        if base in seen:
            seen[base] += 1
            item["id"] = f"{base}-{seen[base]}"
        else:
            seen[base] = 1
    return facts


def _merge_holdings(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One holding per person, post and dates: more quotes, not more facts."""
    kept: dict[tuple[Any, ...], dict[str, Any]] = {}
    out: list[dict[str, Any]] = []
    for item in facts:
        if item["type"] != "holding":
            out.append(item)
            continue
        key = (item["person"], item["post"], item.get("as_of"), item.get("from"),
               item.get("until"))
        if key in kept:
            quotes = kept[key]["quote"]
            if len(quotes) < _MAX_QUOTES and item["quote"][0] not in quotes:
                quotes.append(item["quote"][0])
            continue
        kept[key] = item
        out.append(item)
    return out


def _drop_approximate(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An approximate figure (hơn 29.000) gives way to an exact one of the same organisation
    and measure in the article (tổng số 29.347)."""
    exact = {(f["of"], f["measure"]) for f in facts
             if f["type"] == "observation" and "the article says" not in f["note"]}
    return [f for f in facts if f["type"] != "observation" or "the article says" not in
            f["note"] or (f["of"], f["measure"]) not in exact]


def _after(value: str, published: PartialDate) -> bool:
    return parse_partial_date(value).first_day() > published.last_day()


def _not_after_publication(items: list[dict[str, Any]],
                           published: PartialDate) -> list[dict[str, Any]]:
    """What an article reports as done cannot be dated after it was published (the loader
    refuses it): a congress "held" later was planned; a figure or a holding dated later is a
    misreading (or an announcement) and is left out."""
    kept = []
    for item in items:
        held = item.get("held") if item["type"] == "congress" else None
        if held is not None and _after(held["from"], published):
            del item["held"]
            item.setdefault("planned", {"from": held["from"], "to": held["to"]})
        dated = [item.get(f) for f in ("as_of", "from") if item["type"] in
                 ("observation", "tally", "holding")]
        if any(d is not None and _after(d, published) for d in dated):
            continue
        kept.append(item)
    return kept


def _order(item: dict[str, Any]) -> dict[str, Any]:
    """id and type first, then the fields, then quote, draft and note."""
    head: dict[str, Any] = {k: item[k] for k in ("id", "type") if k in item}
    tail: dict[str, Any] = {k: item[k] for k in ("quote", "implied", "draft", "note")
                            if k in item}
    body = {k: v for k, v in item.items() if k not in head and k not in tail}
    return {**head, **body, **tail}


_TYPE_ORDER = ["place", "organisation", "body", "person", "post", "term", "congress"]


def draft_sheet_text(article: Article, header: ArticleHeader, *, source_id: str,
                     outlet: str, text_path: str) -> DraftedSheet:
    """Draft the fact sheet of ``article``: its YAML text and the drafted items."""
    drafter = _Drafter(article, header.published)
    drafter.run()
    entities = sorted(drafter.entities.values(), key=lambda e: _TYPE_ORDER.index(e["type"]))
    # An entity must be declared before a field names it only in the reader's eyes; the
    # loader accepts any order, but a sheet reads better places first.
    entities = _not_after_publication(entities, header.published)
    facts = _dedupe_ids(_merge_holdings(_drop_approximate(
        _not_after_publication(drafter.facts, header.published))))
    entities = [_order(e) for e in entities]
    facts = [_order(f) for f in facts]
    source = {"id": source_id, "outlet": outlet, "outlet_code": header.outlet_code,
              "title": None, "published": header.published.isoformat(), "url": None,
              "text": text_path, "language": "vi"}
    comment = (f"Fact sheet for {source_id}, DRAFTED by rules from the article's text "
               "(partygraph draft).\nEvery item with `draft: true` is unreviewed: check its "
               "quote, fields and note,\nfix or delete it, then remove `draft: true`. See "
               "docs/drafting.md.")
    return DraftedSheet(render(comment, source, entities, facts), entities, facts)
