"""What every drafting rule shares: the article, the items drafted so far, where each
organisation is named, and the helpers that quote the text and add items."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from partygraph.draft.dates import DateMention, find_dates
from partygraph.draft.names import UNITS, Unit, slug
from partygraph.draft.numbers import COUNT
from partygraph.draft.terms import Terms
from partygraph.draft.titles import role_pattern
from partygraph.sheets.articles import Article
from partygraph.util.dates import PartialDate

__all__ = ["MAX_QUOTES", "TWO_TIER", "DrafterBase", "Mention", "Org"]

MAX_QUOTES = 3


class _RoleNames(dict[str, str]):
    """A role's word by its notation; a role the vocabulary lacks, by its notation."""

    def __missing__(self, role: str) -> str:
        return role.replace("-", " ").capitalize()


_ABOVE_BASE = (r"(?:(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy|[Đđ]ảng (?:bộ|ủy) (?:tỉnh|thành phố|huyện|"
               r"quận|thị xã|khối)|Trung ương)")
"""The words of a committee above the base level (after ``chi bộ trực thuộc``)."""

ONE_KIND = (r" (?:khu phố|thôn|tổ dân phố|bản|ấp|làng|buôn|cơ quan|doanh nghiệp|trường|"
            r"nông thôn|đô thị|quân sự|công an)(?![^\W\d_])")
"""The kind of units after a count (``41 chi bộ khu phố``): cells of one kind, a figure with no
measure of its own."""

_NOT_OVERSIGHT = (r"(?! (?:đã )?bị )(?! (?:đã )?được (?:kiểm tra|giám sát|trao|tặng|nhận)"
                  r"(?![^\W\d_]))")
"""Not a count an organisation has but one of oversight (``ORG có 15 đảng viên bị thi hành kỷ
luật``, ``… 30 đảng viên được trao Huy hiệu Đảng``), read by ``rules.oversight``."""

_COUNTS = [
    ("members", re.compile(rf"{COUNT} đảng viên(?! mới)(?![^\W\d_]){_NOT_OVERSIGHT}")),
    # N chi bộ trực thuộc (đảng bộ cơ sở): cells under base committees, as the vocabulary's
    # altLabel says; not those said to be under a committee above the base level
    ("subordinate-cells",
     re.compile(rf"{COUNT} chi bộ trực thuộc(?! {_ABOVE_BASE})"
                r"(?: [Đđ]ảng (?:bộ|ủy) cơ sở)?(?![^\W\d_])" + _NOT_OVERSIGHT)),
    ("base-organisations", re.compile(rf"{COUNT} tổ chức cơ sở [Đđ]ảng(?![^\W\d_])"
                                      + _NOT_OVERSIGHT)),
    ("cells", re.compile(rf"{COUNT} chi bộ(?: trực thuộc)?(?![^\W\d_])(?! cơ sở)(?!{ONE_KIND})"
                         + _NOT_OVERSIGHT)),
]

_HELD_IN_PAST = re.compile(
    r"(?:,? (?:đã )?(?:được )?(?:diễn ra|tổ chức|họp) (?:vào |trong )?|, | \()"
    r"(?P<when>năm (?P<year>(?:19|20)[0-9]{2})|tháng (?P<month>1[0-2]|0?[1-9])[-/]"
    r"(?P<myear>(?:19|20)[0-9]{2}))(?![0-9])\)?")
"""``… diễn ra năm 2020``, ``…, tháng 10-1982``, ``… (tháng 12-1986)``: a congress's year."""

_SENTENCE_END = re.compile(r"(?<![0-9])\.(?![0-9])|[;\n“”]|\.(?=\s)")

TWO_TIER = dt.date(2025, 7, 1)

_FORMED_FROM = re.compile(r"(?<![^\W\d_])trên cơ sở (?:hợp nhất|sáp nhập|sắp xếp)(?: toàn bộ)? "
                          r"[^.;:\n]*$")
"""Before an organisation in its sentence: it is one a merger formed another from."""

_SOURCE_LINE = re.compile(r"date [0-9]{4}-[0-9]{2} \([^)\n]*\)-[^\S\n]*")
"""The source line's code, before the text that follows it on the first line."""

_DATELINE = re.compile(r"[^\S\n]*(?P<place>[^\W\d_]+(?:[^\S\n][^\W\d_]+){0,4})"
                       r"(?:[^\S\n]*\([^()\n]{2,40}\))?[^\S\n]*[-\u2013\u2014][^\S\n]+(?=\S)")
"""A dateline opening a paragraph: ``QUẢNG NGÃI - Sáng 23-7, …`` (the place in capitals,
perhaps the outlet in brackets, then a dash)."""


def masked(text: str) -> str:
    """``text`` with the source line's code and a dateline (:data:`_DATELINE`) opening a
    line turned into line breaks, so that the sentence after them opens a line as any other
    does (its date read as the sentence's, its subject as its first words); every other
    character stays where it was."""
    code = _SOURCE_LINE.match(text)
    spans = [(0, code.end())] if code is not None else []
    starts = [code.end() if code is not None else 0,
              *(m.end() for m in re.finditer(r"\n", text))]
    for start in starts:
        line = _DATELINE.match(text, start)
        if line is not None and line["place"].isupper() and len(line["place"]) >= 2:
            spans.append((start, line.end()))
    for start, end in spans:
        text = text[:start] + "\n" * (end - start) + text[end:]
    return text


@dataclass(frozen=True)
class Mention:
    """An organisation or body named at a place in the text."""

    start: int
    end: int
    org: str  # the organisation's id
    ref: str  # the id of what is named: the organisation or one of its bodies
    issuer: bool = False  # named as the author of an instrument ("của Ban Thường vụ ...")


@dataclass
class Org:
    """An organisation the article names: its unit, its proper name and its id's prefix."""

    unit: Unit
    name: str  # the proper name (An Khê)
    prefix: str  # an-khe-town

    @property
    def id(self) -> str:
        """The organisation's id (an-khe-town-party)."""
        return f"{self.prefix}-party"


class DrafterBase:
    """The state the rules share and the helpers they read the text with."""

    def __init__(self, article: Article, published: PartialDate, terms: Terms) -> None:
        self.article = article
        self.words = terms
        self.commissions = dict(terms.commissions)
        self.role = role_pattern(terms.commissions, terms.roles)
        # the names of posts: the vocabulary's word and English label of each role
        self.role_vi = _RoleNames({r: vi for r, vi, _en in terms.role_names})
        self.role_en = _RoleNames({r: en for r, _vi, en in terms.role_names})
        # ORG có N …: the count nouns of the vocabulary's measures, after the rules' own
        # N đảng bộ xã / phường / thị trấn: base committees, before the reform of 1 July 2025
        # (a commune-level organisation after it is no base committee)
        wards = [] if published.first_day() >= TWO_TIER else [("base-committees", re.compile(
            rf"{COUNT} đảng bộ (?:xã|phường|thị trấn)(?:(?:,| và) (?:xã|phường|thị trấn))*"
            r"(?![^\W\d_])(?! [A-ZĐ])"))]
        self.counts = [*_COUNTS, *wards, *((measure, re.compile(
            rf"{COUNT} " + " ".join(f"[{w[0].lower()}{w[0].upper()}]{re.escape(w[1:])}"
                                     for w in words.split()) + r"(?![^\W\d_])"
            + _NOT_OVERSIGHT))
            for words, measure in terms.counted)]
        # the headline: the first line after the source line, if it is not a sentence
        title = re.search(r"\n\s*(?P<t>[^\n]+)", article.text)
        self.title_start = title.start("t") if title is not None and not title["t"].rstrip() \
            .endswith((".", ":", ";")) else -1
        self.text = masked(article.text)  # positions are the article's
        self.published = published
        self.dates = find_dates(self.text, published)
        # From 1 July 2025 local government has two tiers: no district level.
        self.two_tier = published.first_day() >= TWO_TIER
        # Only a centrally run city has urban districts (quận).
        self.central_city = re.search(r"(?<![^\W\d_])(?:[Qq]uận|Quận ủy) [A-ZĐ0-9]",
                                      self.text) is not None
        self.entities: dict[str, dict[str, Any]] = {}
        self.facts: list[dict[str, Any]] = []
        self.orgs: dict[str, Org] = {}
        self.mentions: list[Mention] = []
        self.congress_at: list[tuple[int, str]] = []  # where each congress is named, its id
        self.document_at: list[tuple[int, str]] = []  # where each document is named, its id
        # documents named only in passing, by where: drafted when their programmes are
        self.named_documents: dict[int, tuple[dict[str, Any], str | None]] = {}
        self.quoted_at: dict[str, int] = {}  # each quote and where it was first read
        # each person read with posts: id, where named, where the titles end, the posts
        self.readings: list[tuple[str, int, int, list[str]]] = []
        # each person named with an honorific and a post (a former one too): where, the id
        self.people_at: list[tuple[int, str]] = []
        # Communes and wards established from 1 July 2025 (level commune) in an earlier article
        self.new_communes: set[tuple[str, str]] = set()
        # organisations named without a name that no single one answered yet: start, end,
        # unit words, what they name (read again once the changes are known)
        self.unresolved: list[tuple[int, int, str, str]] = []
        # where each steering committee (Ban Chỉ đạo … tỉnh X) is named, its id
        self.steering_at: list[tuple[int, str]] = []

    def quote(self, start: int, end: int) -> str | None:
        """The text between ``start`` and ``end``, trimmed to whole words; None unless the
        article contains it on whole words (what the loader checks)."""
        words = self.text[start:end]
        lead = len(words) - len(re.sub(r"^[\W_]+", "", words))
        tail = re.search(r"[\W_]*$", words)
        closes = tail is not None and tail.group(0).startswith(")")
        words = re.sub(r"^[\W_]+|[\W_]+$", "", words)
        if words.count("(") > words.count(")") and (closes or self.text[end:end + 1] == ")"):
            words += ")"
        if not words or not self.article.contains(words):
            return None
        self.quoted_at.setdefault(words, start + lead)
        return words

    def person_named(self, name: str) -> bool:
        """Whether the article writes ``name`` after an honorific (``đồng chí``, ``ông``,
        ``bà``): a person's name, not a unit's (``Bí thư Huyện ủy Trần Văn A yêu cầu``)."""
        return re.search(r"(?<![^\W\d_])(?:[Đđ]ồng chí|[Đđ]/[Cc]|[Ôô]ng|[Bb]à) " + re.escape(name)
                         + r"(?![^\W\d_])", self.text) is not None

    def sentence(self, pos: int) -> tuple[int, int]:
        """The start and end of the sentence around ``pos``."""
        start = 0
        for match in _SENTENCE_END.finditer(self.text, 0, pos):
            start = match.end()
        found = _SENTENCE_END.search(self.text, pos)
        return start, found.start() if found else len(self.text)

    def cell_committee(self, cell: str, whose: str, quote: str | None) -> str | None:
        """Declare the committee (Chi ủy, ``body`` executive-committee) of ``cell``, noted
        as the committee of ``whose``; its id, or None."""
        name = self.entities[cell]["name"]["vi"]
        return self.entity({"id": f"{cell}-committee", "type": "body",
                            "kind": "executive-committee", "of": cell,
                            # named Chi ủy and the cell's name without Chi bộ (docs/
                            # fact-sheets.md, Conventions)
                            "name": {"vi": f"Chi ủy {name.removeprefix('Chi bộ ')}",
                                     "en": f"Committee of the {name} cell"},
                            "note": f"body: Chi ủy, the committee of {whose}"}, quote)

    def former_org(self, org: str, quote: str | None, *, implied: bool = False) -> str:
        """The former organisation of ``org``'s name (``…-old``), declared if new, at the level
        it had (a commune-level one's was ``base``), or the ``ORG cũ`` the article names; ``org``
        itself when it is not declared (or the id is another's)."""
        new = self.entities.get(org)
        old_id = f"{org}-old"
        named_old = [i for i, e in self.entities.items() if new is not None
                     and e["type"] == "organisation" and e.get("name", {}).get("vi")
                     == f"{new['name']['vi']} cũ"]
        if named_old:  # the article names it (Đảng ủy thị trấn X cũ): that one
            return named_old[0]
        if new is None or (
                old_id in self.entities
                and self.entities[old_id].get("name") != new.get("name")):
            return org
        item = {key: value for key, value in new.items()
                if key in ("type", "form", "level", "place", "name")}
        if new.get("level") == "commune":
            item["level"] = "base"
        if implied and old_id not in self.entities:
            item["implied"] = True
        self.entity({**item, "id": old_id,
                     "note": "organisation (former): merged into the new one of its name"},
                    quote)
        return old_id

    def former_body(self, body: str, quote: str | None) -> str:
        """The former body of ``body``'s name (``…-old``: a commission merged into a new one
        of its name), ``of`` the former organisation (implied when the article names it only
        so), declared if new; ``body`` itself when that cannot be told."""
        new = self.entities.get(body)
        if new is None or new.get("type") != "body" or \
                self.entities.get(str(new.get("of")), {}).get("type") != "organisation":
            return body
        owner = self.former_org(str(new["of"]), quote, implied=True)
        if owner == new["of"]:
            return body
        item = {key: value for key, value in new.items() if key in ("type", "kind", "name")}
        return self.entity({**item, "id": f"{body}-old", "of": owner,
                            "note": "body (former): merged into the new one of its name"},
                           quote) or body

    def merged_from(self, mention: Mention) -> bool:
        """Whether the cell or organisation named at ``mention`` is one merged away: named
        after ``(trên cơ sở) hợp nhất / sáp nhập`` in its sentence, after the one formed
        (``Chi bộ A được thành lập trên cơ sở hợp nhất Chi bộ B và Chi bộ C``: B and C)."""
        s_start, _s_end = self.sentence(mention.start)
        joined = re.search(r"(?<![^\W\d_])(?:hợp nhất|sáp nhập|nhập)(?![^\W\d_])",
                           self.text[s_start:mention.start])
        return joined is not None and any(
            s_start <= m.start < s_start + joined.start() for m in self.mentions
            if m.org != mention.org)

    def declare_org(self, unit_words: str, name: str, start: int, end: int) -> None:
        """Declare the organisation of a unit (``rules.organisations``)."""
        raise NotImplementedError

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
            if len(quotes) < MAX_QUOTES and all(quote not in q and q not in quote
                                                for q in quotes):
                quotes.append(quote)
        return str(item["id"])

    def fact(self, item: dict[str, Any], quote: str | None) -> None:
        """Add the fact ``item`` with its ``quote`` (nothing when the quote is None)."""
        if quote is None:
            return
        note = item.pop("note")
        item.update(quote=[quote], draft=True, note=note)
        self.facts.append(item)

    def held_in_past(self, end: int) -> tuple[int, dict[str, str], str] | None:
        """A congress named up to ``end`` and told with its year or month right after
        (``… lần thứ XVII diễn ra năm 2020``, ``…, tháng 10-1982``, ``… (tháng 12-1986)``),
        before the year of publication: where the words end, its ``held`` and the words."""
        told = _HELD_IN_PAST.match(self.text, end)
        if told is None:
            return None
        year = int(told["year"] or told["myear"])
        if year >= self.published.first_day().year:
            return None
        when = str(year) if told["year"] else f"{year}-{int(told['month']):02d}"
        return told.end(), {"from": when, "to": when}, told["when"]

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        """The dates the article names between ``start`` and ``end``."""
        return [d for d in self.dates if start <= d.start and d.end <= end]

    def resolve(self, unit_words: str, name: str | None, pos: int | None = None,
                ) -> Org | None:
        """The organisation of a unit named ``name`` or, without a name (``Đảng ủy xã``),
        the one organisation of that kind; of several, the one whose congress the article
        reports, else (given ``pos``) the one a change the article reports formed, else the
        one of that kind named last within 400 characters before ``pos`` in its paragraph or
        the one before, not one a change merged away or ended, else the one the headline
        names."""
        unit = UNITS[unit_words]
        if name is not None:
            return self.orgs.get(f"{slug(name)}-{unit.org_word}")
        same = [org for org in self.orgs.values() if org.unit.words == unit.words
                and not org.name.endswith(" cũ")]  # the unit named alone is today's
        if len(same) > 1:  # several: the one whose congress the article reports, if any
            held = [self.entities[c]["of"] for _at, c in self.congress_at
                    if "held" in self.entities[c]]
            reported = [org for org in same if held and org.id == held[0]]
            changed = [f for f in self.facts if f["type"] == "change"]
            if not reported and pos is not None:  # one the article's changes formed
                formed = {o for f in changed if f["kind"] in ("merged", "created")
                          for o in f.get("to", [])}
                # (or its place: tỉnh X được thành lập trên cơ sở hợp nhất tỉnh X và tỉnh Y)
                reported = [org for org in same if org.id in formed
                            or self.entities.get(org.id, {}).get("place") in formed]
                if len(reported) == 1:
                    reported = self.before_merger(reported, same, changed, pos)
            if len(reported) != 1 and pos is not None:
                gone = {o for f in changed for o in f.get("from", [])
                        if o not in f.get("to", [])}  # (B in A sáp nhập vào B goes on)
                ids = {org.id: org for org in same if org.id not in gone}
                recent = [m for m in self.mentions if m.org in ids and m.end <= pos
                          and pos - m.end <= 400 and self.text.count("\n", m.end, pos) <= 1
                          and not self.formed_from(m.start)]
                reported = [ids[recent[-1].org]] if recent else []
            if not reported and self.title_start >= 0:  # else the one the headline names
                head = self.text[self.title_start:self.text.find("\n", self.title_start)]
                reported = [org for org in same if re.search(
                    r"(?<![^\W\d_])" + re.escape(org.name) + r"(?![^\W\d_])", head)]
            same = reported
        return same[0] if len(same) == 1 else None

    def formed_from(self, pos: int) -> bool:
        """Whether the organisation named at ``pos`` is one a merger is told to be formed
        from (``… trên cơ sở hợp nhất Đảng bộ phường A, Đảng bộ phường B và …``): gone, never
        what a later mention without a name means."""
        s_start, _s_end = self.sentence(pos)
        return _FORMED_FROM.search(self.text, s_start, pos) is not None

    def before_merger(self, formed: list[Org], same: list[Org], changed: list[dict[str, Any]],
                      pos: int) -> list[Org]:
        """Of the organisation a merger the article reports ``formed`` and the others of its
        kind, the one to read at ``pos``: the one merged into it (the only one) when ``pos``
        is told on a day before the merger (a day in its sentence before it, ``Quyết định số
        … ngày 27-6-2025 của Ban Thường vụ Tỉnh ủy``, the day of the conference its
        paragraph reports, ``Tại hội nghị, … Trưởng Ban Tổ chức Tỉnh ủy``, or the day its
        paragraph opens with, ``Chiều 30-6, …``); an undated merger in an article after 1
        July 2025 is that day's."""
        def ids(org: Org) -> set[str]:
            return {org.id, str(self.entities.get(org.id, {}).get("place"))}
        for change in changed:
            if change["kind"] != "merged" or not ids(formed[0]) & set(change.get("to", [])):
                continue
            date = str(change.get("date") or (TWO_TIER.isoformat() if self.two_tier else ""))
            if len(date) != 10:
                continue
            s_start, _s_end = self.sentence(pos)
            days = [d for d in self.dates if s_start <= d.start and d.end <= pos
                    and d.kind == "day"]
            p_start = self.text.rfind("\n", 0, pos) + 1
            opening = [d for d in self.dates if p_start <= d.start < pos and d.kind == "day"
                       and re.fullmatch(r"(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Nn]gày)? ?",
                                        self.text[p_start:d.start])]
            # (the day of the sentence, else of the meeting its paragraph reports: Tại hội
            # nghị, …; or the one its paragraph opens with: Chiều 30-6, … tổ chức hội nghị …)
            told = days[-1] if days else self.meeting_day(pos) or (
                opening[0] if opening else None)
            s_end = self.sentence(pos)[1]
            if told is None and re.search(r"(?<![^\W\d_])(?:được|tiếp tục được) chỉ định(?![^\W"
                                          r"\d_])", self.text[pos:s_end]):
                # NAME, TITLE, được chỉ định giữ chức …: the post held when the decisions
                # were announced (Chiều 30-6, … tổ chức hội nghị công bố các quyết định …)
                told = self.announcement_day()
            if told is None or told.date.last_day().isoformat() >= date:
                continue
            merged = [org for org in same if org is not formed[0]
                      and ids(org) & set(change.get("from", []))
                      and not ids(org) & set(change.get("to", []))]
            t_start, t_end = self.sentence(told.start)
            named = {m.org for m in self.mentions if t_start <= m.start < t_end
                     and not m.start <= pos <= m.end}
            if formed[0].id in named and not {o.id for o in merged} & named:
                # (Chiều 30-6, … tổ chức Hội nghị công bố các quyết định … thành lập Đảng bộ
                # tỉnh X: the day's words name the province formed, not the one merged away)
                return formed
            if len(merged) == 1:
                return merged
        return formed

    def meeting_day(self, pos: int) -> DateMention | None:
        """The day of the conference the paragraph of ``pos`` reports (see the figure
        rules, which read it); None here."""
        return None

    def announcement_day(self) -> DateMention | None:
        """The day that opens the article's first sentence telling decisions announced
        (``Chiều 30-6, … tổ chức hội nghị công bố các quyết định …``); None if none."""
        for match in re.finditer(r"(?<![^\W\d_])công bố (?:các )?[Qq]uyết định(?![^\W\d_])",
                                 self.text):
            s_start, _s_end = self.sentence(match.start())
            days = [d for d in self.dates if s_start <= d.start < match.start()
                    and d.kind == "day" and re.fullmatch(
                        r"\s*(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Nn]gày)? ?", self.text[s_start:d.start])]
            if days:
                return days[0]
        return None

    def decisions_in_force(self, pos: int) -> DateMention | None:
        """The day the decisions a paragraph carries out take effect, told earlier in the
        article (``Ban Thường vụ … đã ban hành 3 quyết định, có hiệu lực từ ngày 15-7-2025``),
        for what is told at ``pos`` in a paragraph that opens with one of them (``Theo Quyết
        định số 22-QĐ/ĐU, thành lập …``) or in a sentence after them (``Sau (khi) sắp xếp,
        …``); None if the article tells no such day."""
        p_start = self.text.rfind("\n", 0, pos) + 1
        s_start, _s_end = self.sentence(pos)
        if not re.match(r"Theo (?:các )?[Qq]uyết định số ", self.text[p_start:]) and \
                not re.match(r"\s*Sau (?:khi )?(?:sắp xếp|sáp nhập|hợp nhất|kiện toàn), ",
                             self.text[s_start:]):
            return None
        told = list(re.compile(r"(?<![^\W\d_])quyết định[^.\n]{0,120}? có hiệu lực (?:kể )?từ "
                               r"(?:ngày )?(?=[0-9])").finditer(self.text, 0, p_start))
        if not told:
            return None
        days = [d for d in self.dates if told[-1].end() - 5 <= d.start <= told[-1].end()
                and d.kind == "day"]
        return days[0] if days else None

    def congress_order(self, congress: str) -> tuple[int, int]:
        """Which of an organisation's congresses comes later: by the first year of its term
        when known (a merged organisation counts its congresses anew: the Ist, 2025-2030,
        after the XVIIth, 2020-2025), else by its ordinal."""
        item = self.entities[congress]
        term = self.entities.get(str(item.get("term")), {})
        return int(term.get("start_year") or 0), int(item.get("ordinal") or 0)

    def org_before(self, pos: int, *, limit: int = 600, org_only: bool = False,
                   paragraph_only: bool = True, no_parent: bool = False) -> str | None:
        """The organisation (or body) named last before ``pos``, within ``limit`` characters
        and (unless ``paragraph_only`` is false) the same paragraph; never the author of an
        instrument (``Chỉ thị ... của Ban Thường vụ Tỉnh ủy``), nor (``no_parent``) the one
        named as another's parent (``ORG trực thuộc Đảng bộ tỉnh X``: ORG)."""
        paragraph = self.text.rfind("\n", 0, pos) if paragraph_only else -1
        found = [m for m in self.mentions if m.end <= pos
                 and m.start >= max(paragraph, pos - limit) and not m.issuer
                 and not (no_parent and self.text[:m.start].endswith("trực thuộc "))]
        if not found:
            return None
        # of the words ending last, the longest (Ủy ban Kiểm tra Tỉnh ủy, not Tỉnh ủy)
        last = max(found, key=lambda m: (m.end, -m.start))
        return last.org if org_only else last.ref

    def above(self, at: int) -> bool:
        """Whether the congress named at ``at`` is the one above that delegates are sent to
        (``đi dự Đại hội …``, ``tiến tới Đại hội …``), not the one the article reports."""
        return re.search(r"(?<![^\W\d_])(?:dự|tới|về) $", self.text[max(0, at - 8):at]) \
            is not None

    def reported_org(self, pos: int) -> str | None:
        """The organisation whose congress the article reports, as of ``pos``: the one of
        the congress held (else not planned) named last before it, never a congress above
        (:meth:`above`); else the organisation the article names first."""
        named = [(at, c) for at, c in self.congress_at if at < pos
                 and "planned" not in self.entities[c] and not self.above(at)]
        held = [c for _at, c in named if "held" in self.entities[c]]
        chosen = held[-1] if held else (named[-1][1] if named else None)
        if chosen is not None:
            return str(self.entities[chosen]["of"])
        return next((m.org for m in self.mentions), None)
