"""The drafting rules: from an article's text to the items of a fact sheet."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from partygraph.draft.dates import DateMention, find_dates
from partygraph.draft.emit import render
from partygraph.draft.link import Corpus, link_items
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
from partygraph.draft.terms import Terms, cached_terms
from partygraph.draft.titles import Title, role_pattern, title_chain
from partygraph.rdf.concepts import Vocabulary
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
_ROLE_EN = {"secretary": "Secretary", "deputy-secretary": "Deputy Secretary",
            "standing-deputy-secretary": "Standing Deputy Secretary",
            "standing-member": "Standing Committee member", "member": "member",
            "head": "Head", "deputy-head": "Deputy Head", "chair": "Chair",
            "deputy-chair": "Deputy Chair", "chairperson": "Chair",
            "vice-chairperson": "Vice-chair"}
_ROLE_VI = {"secretary": "Bí thư", "deputy-secretary": "Phó Bí thư",
            "standing-deputy-secretary": "Phó Bí thư Thường trực",
            "standing-member": "Ủy viên", "member": "Ủy viên", "head": "Trưởng",
            "deputy-head": "Phó Trưởng", "chair": "Chủ nhiệm", "deputy-chair": "Phó Chủ nhiệm",
            "chairperson": "Chủ tịch", "vice-chairperson": "Phó Chủ tịch"}
_ORGANS = {"peoples-committee": ("Ủy ban nhân dân", "People's Committee"),
           "peoples-council": ("Hội đồng nhân dân", "People's Council"),
           "fatherland-front": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "Fatherland Front"),
           "national-assembly-delegation": ("Đoàn đại biểu Quốc hội",
                                            "National Assembly delegation")}
_CENTRAL_BODIES = {"exec": ("Ban Chấp hành Trung ương", "Central Committee",
                            "executive-committee"),
                   "politburo": ("Bộ Chính trị", "Politburo", "standing-committee")}
_VERB = (r"(?:tiếp tục |vẫn )?(?:(?:được|do) (?:[^,.;\n]{0,40}? )?"
         r"(?:bầu|chỉ định|phân công|điều động)(?: [^,.;\n]{0,20}?)? (?:giữ chức|làm)"
         r"|(?:(?:được|do) (?:[^,.;\n]{0,40}? )?bầu )?tái cử(?: (?:giữ )?chức)?"
         r"|giữ chức|làm|tái đắc cử(?: chức)?|đắc cử(?: chức)?"
         r"|(?:được |tiếp tục )?(?:(?:bầu|chỉ định) (?:bổ sung )?vào|tham gia)"
         r"(?= Ban Thường vụ| Ban Chấp hành)) ")
_NAME_LEAD = re.compile(r"(?:\s?[-\u2013]\s?|,\s*|\s" + _VERB + r")(?:nguyên |tân )?")
_CHAIN_LEAD = re.compile(r"(?:,| và)? (?:nhiệm kỳ [0-9]{4}-[0-9]{4},? |(?:(?:kể )?từ|đến) (?:hết )?"
                         r"ngày [0-9]{1,2}-[0-9]{1,2}(?:-[0-9]{4})?,? )?" + _VERB)
_ATTENDS = re.compile(r"(?:(?<=\n)|(?<=\. ))(?:Đến |Về )?(?:[Dd]ự|[Tt]ham dự)(?: và chỉ "
                      r"đạo| và phát biểu chỉ đạo)? (?:đại hội|Đại hội) có ")
_ATTENDS_AFTER = re.compile(r",? (?:đã )?(?:đến |về )?(?:tham )?dự"
                            r"(?: và (?:chỉ đạo|phát biểu chỉ đạo))? "
                            r"(?:đại hội|Đại hội)(?![^\W\d_])")
_ATTENDS_EVENT = re.compile(
    r"(?:(?<=\n)|(?<=\. )|^)(?:Đến |Về )?(?:[Dd]ự|[Tt]ham dự)(?: và chỉ đạo| và phát biểu"
    r"(?: chỉ đạo)?)? (?:buổi lễ|lễ|hội nghị|buổi làm việc|buổi gặp mặt|kỳ họp|chương trình)"
    r"(?: [^,.;\n]{0,40}?)? có ")
"""``Dự buổi lễ (kỷ niệm) có đồng chí NAME - TITLE``: an attendance at the event named
before."""
_EVENT_NAME = re.compile(r"(?<![^\W\d_])(?:Lễ|Hội nghị|Kỳ họp|Buổi lễ|Chương trình) "
                         r"[^.;:\n(),“”]{3,150}")
_HONORIFIC = re.compile(r"(?<![^\W\d_])(?P<h>[Bb]à|[Ôô]ng|[Đđ]ồng chí) ")
_CONGRESS = re.compile(
    r"Đại hội (?:(?P<kind>đại biểu|toàn thể) )?"
    r"(?:(?:Đảng bộ|Chi bộ) (?P<unit>" + UNIT_WORDS + r")(?P<rest> [^\n]{0,40}?)? )?"
    r"(?P<ordword>lần thứ|khóa) (?P<ord>[IVXLC]+|(?<=lần thứ )[1-9][0-9]?)(?![^\W_])")
_TERM = re.compile(r"\s*(?:,\s*|\()?nhiệm kỳ ((?:19|20)[0-9]{2})\s*-\s*((?:19|20)[0-9]{2})\)?")
_COUNTS = [
    ("members", re.compile(rf"{NUMBER} đảng viên(?! mới)(?![^\W\d_])")),
    ("subordinate-cells",
     re.compile(rf"{NUMBER} chi bộ trực thuộc [Đđ]ảng (?:bộ|ủy) cơ sở(?![^\W\d_])")),
    ("base-organisations", re.compile(rf"{NUMBER} tổ chức cơ sở [Đđ]ảng(?![^\W\d_])")),
    ("cells", re.compile(rf"{NUMBER} chi bộ(?: trực thuộc)?(?![^\W\d_])(?! cơ sở)")),
]
_TOTAL = re.compile(rf"(?:tổng số|đại diện cho|thay mặt cho) {NUMBER} đảng viên(?![^\W\d_])")
_OF_UNITS = re.compile(rf" (?:của|(?:đang )?sinh hoạt tại) {NUMBER} "
                       r"(?P<unit>chi bộ|tổ chức cơ sở đảng|đảng bộ trực thuộc|tổ chức đảng "
                       r"trực thuộc|đảng bộ cơ sở)(?![^\W\d_])(?! cơ sở)(?: trực thuộc| trong)?")
_UNIT_MEASURE = {"chi bộ": "cells", "tổ chức cơ sở đảng": "base-organisations",
                 "đảng bộ trực thuộc": "direct-subordinates",
                 "tổ chức đảng trực thuộc": "direct-subordinates",
                 "đảng bộ cơ sở": "base-committees"}
"""What the members a congress's delegates speak for belong to (``đại diện cho N đảng viên
của K …``), by the words."""
_TALLY = re.compile(r"(?<![0-9.,])([0-9]+)/([0-9]+)(?![0-9/])")
_SENTENCE_END = re.compile(r"(?<![0-9])\.(?![0-9])|[;\n“”]|\.(?=\s)")
_HAS = re.compile(r" (?:hiện nay |hiện |nay |đến nay )?có ")
_TWO_TIER = dt.date(2025, 7, 1)
_AIM_VERBS = ("phát triển|xây dựng|nâng cao|đẩy mạnh|tiếp tục|tập trung|thực hiện|tăng cường|"
              "đổi mới|huy động|phấn đấu|bảo đảm|đảm bảo|giữ vững")
"""Verbs that open an aim: a comma before one starts a second aim of a programme."""
_INSPECTION = re.compile(
    r"Ủy ban Kiểm tra (?P<cte>Tỉnh ủy|Thị ủy|Huyện ủy|Thành ủy|Quận ủy|Đảng ủy)"
    r"(?: (?P<unit>" + UNIT_WORDS + r"))?(?![^\W\d_])")
_ELECTS_STANDING = re.compile(
    r"(?:đã |được )?bầu (?P<body>Ban Thường vụ)(?! (?:Tỉnh|Thành|Huyện|Thị|Quận|Đảng) ủy)"
    r"(?![^\W\d_])")
_BARE_TERM = re.compile(r"(?<![Đđ]ại hội )[Nn]hiệm kỳ ((?:19|20)[0-9]{2})\s*-\s*((?:19|20)[0-9]{2})"
                        r"(?![0-9])")
_CELL = re.compile(
    r"(?P<form>Chi bộ|Đảng bộ) (?:(?P<village>(?:[Tt]hôn|[Tt]ổ dân phố|[Kk]hu phố|[Ll]àng|"
    r"[Bb]uôn|[Bb]ản|[Ấấ]p|[Kk]hối phố) )|(?P<inst>(?=Trường|Trung tâm|Bệnh viện|Công an|"
    r"Ban Chỉ huy|Văn phòng|Cơ quan|Công ty)))")
_WORKING_GROUP = re.compile(r"(?:Tổ|Đoàn) công tác (?:của )?(?=Ban Thường vụ|Tỉnh ủy|Thành ủy|"
                            r"Huyện ủy|Thị ủy|Quận ủy|Đảng ủy)")
_LED_BY = r"(?: do (?:đồng chí |ông |bà )?[^.;:\n]{3,120}? làm [Tt]rưởng đoàn,?)?"
"""``… do đồng chí X, TITLE làm trưởng đoàn``: who leads a working group, between the group
and its verb."""
_WHOLE = re.compile(r"[Tt]oàn Đảng bộ(?: (?P<unit>" + UNIT_WORDS
                    + r"))?(?= (?:hiện nay |hiện )?có )")
_ELECTS_DELEGATES = re.compile(rf"bầu (?:Đoàn đại biểu (?:gồm |với )?)?{NUMBER} đại biểu "
                               r"(?:chính thức )?(?:và [0-9]+ đại biểu dự khuyết )?"
                               r"(?:đi )?dự Đại hội")
_FOUNDED = re.compile(r"[Nn]gày thành lập $")
_SIZE_KINDS = {"Ban Chấp hành": "executive-committee", "Ban Thường vụ": "standing-committee",
               "Ủy ban Kiểm tra": "inspection-commission", "BCH": "executive-committee",
               "BTV": "standing-committee", "UBKT": "inspection-commission"}
_BODY_WORDS = "(?P<body>Ban Chấp hành|Ban Thường vụ|Ủy ban Kiểm tra|BCH|BTV|UBKT)(?![^\\W\\d_])"
_BODY_SIZE = re.compile(
    _BODY_WORDS + r"(?P<rest>(?: (?!(?:đã|đều|với|và|được|do|bầu|cho|là|có|gồm)"
    r"(?![^\W\d_]))[^\s,.;:()“”]+){0,10}?)(?:,? \(?(?:nhiệm kỳ [0-9]{4}\s*-\s*[0-9]{4}|khóa "
    r"[IVXLC]+)\)?){0,2}(?: mới)?,? (?:được )?(?:kiện toàn )?gồm (?:có )?"
    + NUMBER + r" (?:đồng chí|ủy viên|thành viên)(?![^\W\d_])")
"""``Ban Chấp hành Đảng bộ xã khóa XV gồm 15 đồng chí``, ``Ban Thường vụ gồm 5 đồng chí``,
``Ủy ban Kiểm tra Quận ủy gồm 9 đồng chí``: the size of a body."""
_BODY_SIZE_BEFORE = re.compile(r"(?<=bầu )(?:được )?" + NUMBER + r" (?:đồng chí|người|ủy viên) "
                               r"(?:tham gia |vào )" + _BODY_WORDS)
"""``bầu 33 đồng chí vào Ban Chấp hành …``, ``bầu 14 người tham gia BCH …``: the size of a
body, said first."""
_BODY_SIZE_ELECTED = re.compile(NUMBER + r" (?:đồng chí|người|ủy viên) (?:đã )?(?:được bầu "
                                r"(?:vào |tham gia )?|trúng cử (?:vào )?)" + _BODY_WORDS)
"""``31 đồng chí trúng cử Ban Chấp hành …``, ``15 đồng chí được bầu vào Ủy ban Kiểm tra``."""
_ALTERNATES = re.compile(NUMBER + r" đại biểu dự khuyết(?![^\W\d_])")
_OFFICIAL = re.compile(NUMBER + r" đại biểu chính thức(?![^\W\d_])")
_DELEGATION = re.compile(r"bầu [Đđ]oàn đại biểu (?:chính thức )?(?:của Đảng bộ [^.;\n]{0,60}? )?"
                         r"(?:đi )?(?:tham )?dự Đại hội [^.;\n]{0,150}? gồm (?:có )?" + NUMBER
                         + r" (?:đồng chí|đại biểu)(?: chính thức)?(?![^\W\d_])"
                         r"(?! dự khuyết)")
"""``bầu Đoàn đại biểu đi dự Đại hội … gồm 18 đồng chí``: the delegates, named after."""
_ADMITTED = re.compile(r"(?<![^\W\d_])kết nạp (?:được |mới )?" + NUMBER
                       + r" (?:đảng viên|quần chúng ưu tú vào Đảng)(?: mới)?(?![^\W\d_])")
"""``kết nạp (được) 64 đảng viên mới``: new members admitted."""
_RATED_UNITS = ("tổ chức cơ sở đảng|TCCS đảng|tổ chức đảng|đảng bộ cơ sở|chi bộ cơ sở|"
                "chi bộ trực thuộc|chi bộ|đảng viên")
_PLACE_MERGED = re.compile(
    r"(?P<unit>" + UNIT_WORDS + r") (?=[A-ZĐ])")
"""The start of ``xã X (mới) được thành lập trên cơ sở sắp xếp …``: a unit and its name."""
_MERGED_FROM = re.compile(
    r"(?: mới| \(mới\))?(?:,[^.;\n]{0,60}?,)? (?:đã |sẽ )?(?:được |chính thức được )?"
    r"(?:thành lập |hình "
    r"thành )?trên cơ sở (?:sắp xếp|sáp nhập|hợp nhất|nhập)(?: (?:toàn bộ|nguyên trạng) "
    r"[^.;\n]{0,100}? của)? ")
"""After a unit's name: it was formed from the units listed next."""
_MERGE_INTO = re.compile(r"(?<![^\W\d_])(?:[Ss]ắp xếp|[Ss]áp nhập|[Hh]ợp nhất|[Nn]hập) "
                         r"(?:toàn bộ )?(?=(?:các )?"
                         + UNIT_WORDS + r" [A-ZĐ])")
"""``hợp nhất tỉnh A và tỉnh B(,) (thành|lấy tên là) tỉnh B``: the units first."""
_PLACE_ENDED = re.compile(r"(?P<unit>[Hh]uyện|[Tt]hị xã|[Qq]uận|[Tt]hành phố) (?=[A-ZĐ])")
_NOT_A_PLACE = re.compile(r"(?:Đảng bộ|Đảng ủy|Chi bộ|nhân dân|UBND|HĐND|MTTQ|Ban Chấp hành|"
                          r"Công an|Ủy ban|Hội đồng|các|của Đảng bộ) $")
_APPROX = {"hơn": "more-than", "trên": "over", "gần": "nearly", "khoảng": "about",
           "chừng": "about"}
"""An approximate figure's qualifier and the approximation the format names it by."""
_UNIT_LIST = re.compile(r"(?P<form>Đảng bộ )?các (?P<unit>xã|phường|thị trấn) ")
_INSTRUMENT = re.compile(
    r"(?P<kind>Chỉ thị|Nghị quyết|Quyết định|Kết luận|Quy định) (?:số )?"
    r"(?P<number>[0-9]+[A-Za-z]?-[A-ZĐ]+(?:/[A-ZĐ]+)+)(?![\w/-])")
_INSTRUMENT_KINDS = {"Chỉ thị": "directive", "Nghị quyết": "resolution",
                     "Quyết định": "decision", "Kết luận": "conclusion",
                     "Quy định": "regulation"}
_ISSUER_AFTER = re.compile(r"(?: ngày [0-9]{1,2}[-/][0-9]{1,2}[-/][0-9]{4})? của "
                           r"(?P<central>Bộ Chính trị|Ban Chấp hành Trung ương(?: Đảng)?)?")
# The issuing committee a number's last part names: /TW the central Party, /TU a province
# (or a province-level city), /HU a district, /QU an urban district, /TXU a town.
_ISSUER_SUFFIX = {"TW": None, "TU": ("tỉnh", "thành phố"), "HU": ("huyện",),
                  "QU": ("quận",), "TXU": ("thị xã",)}
_NATIONAL_CONGRESS = re.compile(
    r"Đại hội (?:đại biểu )?toàn quốc lần thứ (?P<ord>[IVXLC]+)(?![^\W\d_])(?: của Đảng)?")
_CENTRAL_NAMED = re.compile(r"Bộ Chính trị|Ban Chấp hành Trung ương(?: Đảng)?")
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
    quoted_at: dict[str, int] = field(default_factory=dict)  # where a rule first read a quote


@dataclass
class _Org:
    unit: Unit
    name: str  # the proper name (An Khê)
    prefix: str  # an-khe-town

    @property
    def id(self) -> str:
        return f"{self.prefix}-party"


class _Drafter:
    def __init__(self, article: Article, published: PartialDate, terms: Terms) -> None:
        self.article = article
        self.words = terms
        self.commissions = dict(terms.commissions)
        self.role = role_pattern(terms.commissions, terms.roles)
        # the rules' own names of posts, and the vocabulary's for a role they lack
        self.role_vi = {**{r: vi for r, vi, _en in terms.role_names}, **_ROLE_VI}
        self.role_en = {**{r: en for r, _vi, en in terms.role_names}, **_ROLE_EN}
        # ORG có N …: the count nouns of the vocabulary's measures, after the rules' own
        self.counts = [*_COUNTS, *((measure, re.compile(
            rf"{NUMBER} " + " ".join(f"[{w[0].lower()}{w[0].upper()}]{re.escape(w[1:])}"
                                     for w in words.split()) + r"(?![^\W\d_])"))
            for words, measure in terms.counted)]
        self.text = article.text
        self.published = published
        self.dates = find_dates(self.text, published)
        # From 1 July 2025 local government has two tiers: no district level.
        self.two_tier = published.first_day() >= _TWO_TIER
        # Only a centrally run city has urban districts (quận).
        self.central_city = re.search(r"(?<![^\W\d_])(?:[Qq]uận|Quận ủy) [A-ZĐ0-9]",
                                      self.text) is not None
        self.entities: dict[str, dict[str, Any]] = {}
        self.facts: list[dict[str, Any]] = []
        self.orgs: dict[str, _Org] = {}
        self.mentions: list[Mention] = []
        self.congress_at: list[tuple[int, str]] = []  # where each congress is named, its id
        self.document_at: list[tuple[int, str]] = []  # where each document is named, its id
        # documents named only in passing, by where: drafted when their programmes are
        self.named_documents: dict[int, tuple[dict[str, Any], str | None]] = {}
        self.quoted_at: dict[str, int] = {}  # each quote and where it was first read
        # each person read with posts: id, where named, where the titles end, the posts
        self.readings: list[tuple[str, int, int, list[str]]] = []
        # Communes and wards established from 1 July 2025 (level commune) in an earlier article
        self.new_communes: set[tuple[str, str]] = set()

    # -- helpers ----------------------------------------------------------------------------

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
            named = proper_name(self.text, match.end() + 1, old=True) \
                if self.text[match.end():match.end() + 1] == " " else None
            end = named[1] if named else match.end()
            start, form = match.start(), match["form"]
            if form == "Đảng ủy" and self.text[max(0, start - 14):start] == "Ban Thường vụ ":
                start, form = start - 14, "standing"
            found.append((start, end, match["unit"].lower(), named[0] if named else None,
                          form))
        for match in _COMMITTEE.finditer(self.text):
            named = proper_name(self.text, match.end() + 1, old=True) \
                if self.text[match.end():match.end() + 1] == " " else None
            end = named[1] if named else match.end()
            ref = "standing" if match["stand"] else "committee"
            found.append((match.start(), end, _COMMITTEE_UNIT[match["cte"]],
                          named[0] if named else None, ref))
        for match in _INSPECTION.finditer(self.text):
            cte = match["cte"]
            unit_words = _COMMITTEE_UNIT[cte] if cte != "Đảng ủy" else (
                match["unit"] or "").lower()
            if not unit_words:
                continue
            named = proper_name(self.text, match.end() + 1) \
                if self.text[match.end():match.end() + 1] == " " else None
            found.append((match.start(), named[1] if named else match.end(), unit_words,
                          named[0] if named else None, "inspection"))
        for start, end, unit_words, name, _ref in sorted(found):
            _s_start, s_end = self.sentence(start)
            if name is not None and unit_words in ("xã", "phường") and re.match(
                    r" (?:được|sẽ được) thành lập", self.text[end:s_end]) and any(
                    d.first >= _TWO_TIER for d in self.dates_in(end, s_end)):
                self.new_communes.add((unit_words, name))
        for start, end, unit_words, name, _ref in sorted(found):
            if name is not None:
                self.declare_org(unit_words, name, start, end)
        self.unit_lists()
        self.cells()
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
            elif ref == "inspection":
                ref_id = self.party_body(org, Title(start, end, "chair", "inspection"))
            if ref_id is not None:
                issuer = self.text[max(0, start - 4):start] == "của "
                self.mentions.append(Mention(start, end, org.id, ref_id, issuer))

    def unit_lists(self) -> None:
        """``Đảng bộ các xã A, B``, ``các phường A, B và xã C``: each unit a place, and each
        an organisation too when the list is of ``Đảng bộ``; quoted by the whole list."""
        for match in _UNIT_LIST.finditer(self.text):
            unit, pos = match["unit"].lower(), match.end()
            names: list[tuple[str, str]] = []
            while True:
                named = proper_name(self.text, pos)
                if named is None:
                    break
                names.append((unit, named[0]))
                pos = named[1]
                more = re.compile(r", | và (?:(?P<unit>xã|phường|thị trấn) )?").match(
                    self.text, pos)
                if more is None:
                    break
                if more.group(0).startswith(" và"):
                    unit = (more["unit"] or unit).lower()
                    named = proper_name(self.text, more.end())
                    if named is not None:
                        names.append((unit, named[0]))
                        pos = named[1]
                    break
                pos = more.end()
            if len(names) < 2:
                continue
            quote = self.quote(match.start(), pos)
            for unit_words, name in names:
                if match["form"]:
                    self.declare_org(unit_words, name, match.start(), pos)
                    org = self.orgs.get(f"{slug(name)}-{UNITS[unit_words].org_word}")
                    if org is not None:
                        self.mentions.append(Mention(match.start(), pos, org.id, org.id))
                else:
                    unit_kind = unit_named(unit_words, name, two_tier=self.two_tier)
                    self.entity({"id": f"{slug(name)}-{unit_kind.id_word}", "type": "place",
                                 "kind": unit_kind.place_kind,
                                 "name": {"vi": f"{unit_words} {name}",
                                          "en": f"{name} {unit_kind.id_word}"},
                                 "note": "place: one of a list of units (các xã A, B …)"},
                                quote)

    def working_groups(self) -> None:
        """``Tổ công tác (của) BODY``: a working group of that body."""
        for match in _WORKING_GROUP.finditer(self.text):
            owner = [m for m in self.mentions if m.start == match.end() and m.ref != m.org]
            if not owner:
                continue
            end = owner[0].end
            vi = " ".join(self.text[match.start():end].split())
            ident = self.entity({"id": f"{owner[0].ref}-working-group", "type": "body",
                                 "kind": "working-group", "of": owner[0].ref,
                                 "name": {"vi": vi, "en": f"Working group ({vi})"},
                                 "note": "body: Tổ công tác of a committee"},
                                self.quote(match.start(), end))
            if ident is not None:
                self.mentions.append(Mention(match.start(), end, owner[0].org, ident))
        self.mentions.sort(key=lambda m: m.start)

    def cells(self) -> None:
        """Party cells named by a village or quarter (``Chi bộ thôn Mẫu Sơn``, ``Chi bộ Khu
        phố 7, phường X``: level subordinate) or by an institution (``Chi bộ Trường THPT
        X``, ``Chi bộ Trung tâm Y tế huyện X``: level base). A ward or commune named after a
        village cell is declared too (its organisation implied)."""
        for match in _CELL.finditer(self.text):
            end = match.end()
            if match["village"] and match["form"] == "Đảng bộ":
                continue  # a village has a cell, never a committee
            if match["village"]:
                named = proper_name(self.text, end) or (
                    (m := re.match(r"[0-9]+[A-Z]?", self.text[end:])) and
                    (m.group(0), end + m.end()))
                level = "subordinate"
            else:
                named = _institution(self.text, end)
                level = "base"
            if not named:
                continue
            end = named[1]
            unit = re.match(r", (?P<unit>phường|xã|thị trấn) ", self.text[end:])
            if match["village"] and unit is not None:
                place = proper_name(self.text, end + unit.end())
                if place is not None:
                    u_start = end + 2
                    self.declare_org(unit["unit"], place[0], u_start, place[1])
                    end = place[1]
            words = " ".join(self.text[match.start():end].split())
            cell = match["form"] == "Chi bộ"
            bare = words.removeprefix(f"{match['form']} ")
            ident = f"{slug(bare)}-{'cell' if cell else 'party'}"
            name_en = f"{bare} party {'cell' if cell else 'organisation'}"
            self.entity({"id": ident, "type": "organisation",
                         "form": "cell" if cell else "committee", "level": level,
                         "name": {"vi": words, "en": name_en},
                         "note": f"organisation: {match['form']} + "
                                 f"{'village' if level == 'subordinate' else 'institution'}"
                                 f" + name (level {level})"},
                        self.quote(match.start(), end))
            if ident in self.entities:
                self.mentions.append(Mention(match.start(), end, ident, ident))
        self.mentions.sort(key=lambda m: m.start)

    def resolve(self, unit_words: str, name: str | None, pos: int | None = None,
                ) -> _Org | None:
        """The organisation of a unit named ``name`` or, without a name (``Đảng ủy xã``),
        the one organisation of that kind; of several, the one whose congress the article
        reports, else (given ``pos``) the one a change the article reports formed, else the
        one of that kind named last within 400 characters before ``pos`` in its paragraph or
        the one before, not one a change merged away or ended."""
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
                reported = [org for org in same if org.id in formed]
            if len(reported) != 1 and pos is not None:
                gone = {o for f in changed for o in f.get("from", [])}
                ids = {org.id: org for org in same if org.id not in gone}
                recent = [m for m in self.mentions if m.org in ids and m.end <= pos
                          and pos - m.end <= 400 and self.text.count("\n", m.end, pos) <= 1]
                reported = [ids[recent[-1].org]] if recent else []
            same = reported
        return same[0] if len(same) == 1 else None

    def declare_org(self, unit_words: str, name: str, start: int, end: int) -> None:
        unit = unit_named(unit_words, name, central_city=self.central_city,
                          two_tier=self.two_tier or (unit_words, name) in self.new_communes)
        prefix = f"{slug(name)}-{unit.org_word}"
        org = self.orgs.setdefault(prefix, _Org(unit, name, prefix))
        place_name = name.removesuffix(" cũ")  # the former organisation, the same place
        place_id = f"{slug(place_name)}-{unit.id_word}"
        place_words = f"{unit.words} {place_name}"
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
            "name": {"vi": f"{'Chi bộ' if form == 'cell' else 'Đảng bộ'} {unit.words} {name}",
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
            number = int(match["ord"]) if match["ord"].isdigit() else roman(match["ord"])
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
            n_start = s_end + 1
            n_end = self.sentence(n_start)[1] if n_start < len(self.text) else n_start
            if not _PLANNED.search(self.text, s_start, s_end) and \
                    self.text[s_end:s_end + 1] == "." and \
                    re.match(r"\s*(?:Theo kế hoạch, )?(?:đại hội|Đại hội) (?:sẽ|dự kiến)",
                             self.text[n_start:n_end]) and \
                    not _CONGRESS.search(self.text, n_start, n_end):
                s_start, s_end = match.start(), n_end  # the next sentence says when
                windows = self.dates_in(s_start, s_end)
            if _PLANNED.search(self.text, s_start, s_end):
                wins = [d for d in windows if d.kind == "window" and d.start >= match.start()]
                if not wins:
                    wins = [d for d in windows if d.kind == "month"
                            and d.start >= match.start()][:1]
                if wins:
                    item["planned"] = {"from": wins[0].first.isoformat(),
                                       "to": wins[-1].last.isoformat(),
                                       "text": self.text[wins[0].start:wins[-1].end]}
            else:
                held = self.held(match.start(), s_start, s_end)
                if held is not None:
                    item["held"] = held
            ident = self.entity(item, self.quote(match.start(), end))
            if ident:
                self.congress_at.append((match.start(), ident))

    def cell_congresses(self) -> None:
        """``(ngày D,) Chi bộ X (đã) tổ chức đại hội (toàn thể đảng viên)`` in a sentence
        that gives a day: the cell's congress, held that day; ``với N/N đảng viên có mặt``
        (all present) gives its members that day."""
        for mention in self.mentions:
            if not mention.org.endswith("-cell") or mention.ref != mention.org:
                continue
            stop = re.compile(r"\.(?=\s)|\n").search(self.text, mention.end)
            s_end = stop.start() if stop else len(self.text)
            s_start = max(self.text.rfind(". ", 0, mention.start) + 2,
                          self.text.rfind("\n", 0, mention.start) + 1)
            sentence = self.text[s_start:s_end]
            if not re.match(r"[^.;]{0,40}?tổ chức đại hội", self.text[mention.end:s_end]):
                continue
            days = [d for d in self.dates_in(s_start, s_end) if d.kind == "day"]
            if len(days) != 1:
                continue
            day = days[0].first.isoformat()
            name = self.entities[mention.org]["name"]["vi"]
            kind = "members" if re.search(r"toàn thể|đảng viên", sentence) else "delegates"
            ident = self.entity({
                "id": f"{mention.org}-congress-{days[0].first.year}", "type": "congress",
                "of": mention.org, "kind": kind,
                "name": {"vi": f"Đại hội {name}", "en": f"Congress of the {name} cell"},
                "held": {"from": day, "to": day},
                "note": f"congress: Chi bộ … tổ chức đại hội, held on '{days[0].text}'"},
                self.quote(mention.start, s_end))
            if ident is not None:
                self.congress_at.append((mention.start, ident))
                self.congress_at.sort()
            present = re.search(r"([0-9]+)/([0-9]+) đảng viên có mặt", sentence)
            if present is not None and present[1] == present[2]:
                at = s_start + present.start()
                self.fact({"id": f"{mention.org}-members-{day}", "type": "observation",
                           "of": mention.org, "measure": "members",
                           "value": int(present[1]), "as_of": day,
                           "note": "observation (N/N đảng viên có mặt at the cell's "
                                   "congress): all its members, on the day"},
                          self.quote(at, s_start + present.end()))

    def main_org(self, pos: int) -> str | None:
        """The organisation an article is about at ``pos``: the one whose congress it named
        last (held, not planned), else the one it names first."""
        held = [c for at, c in self.congress_at if at < pos
                and "planned" not in self.entities[c] and not self.above(at)]
        if held:
            return str(self.entities[held[-1]]["of"])
        return next((m.org for m in self.mentions), None)

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
            near = [m for m in self.mentions if s_start <= m.start < s_end
                    and (0 <= match.start() - m.end <= 40 or 0 <= m.start - match.end() <= 40)]
            org_id = min(near, key=lambda m: min(abs(match.start() - m.end),
                                                  abs(m.start - match.end()))).org \
                if near else None
            if org_id is None and not self.text[s_start:match.start()].strip(" ,").lower() \
                    .removeprefix("trong").strip():
                org_id = self.main_org(match.start())
            org = next((o for o in self.orgs.values() if o.id == org_id), None)
            if org is None:
                continue
            known = [e for e in self.entities.values() if e["type"] == "congress"
                     and e["of"] == org.id and e.get("term") in self.entities
                     and "start_year" in self.entities[e["term"]]]
            item: dict[str, Any] = {"id": f"{org.prefix}-term-{y1}-{y2}", "type": "term",
                                    "of": org.id}
            if known:
                base = self.entities[known[0]["term"]]
                counted = int(known[0]["ordinal"]) + (y1 - int(base["start_year"])) // 5
                if counted >= 1 and (y1 - int(base["start_year"])) % 5 == 0:
                    item["ordinal"] = counted
            item.update({"start_year": y1, "end_year": y2,
                         "name": {"vi": f"nhiệm kỳ {y1}-{y2}", "en": f"{y1}-{y2} term"},
                         "note": "term: nhiệm kỳ YYYY-YYYY of the organisation named by it; "
                                 "its ordinal counted from a congress's"})
            ident = self.entity(item, self.quote(match.start(), match.end()))
            ordinal = self.entities[ident].get("ordinal") if ident else None
            for congress in self.entities.values():
                if congress["type"] == "congress" and congress["of"] == org.id and \
                        ordinal is not None and congress.get("ordinal") == ordinal and \
                        "term" not in congress:
                    congress["term"] = ident

    def elected_bodies(self) -> None:
        """``(Ban Chấp hành) đã bầu Ban Thường vụ gồm N đồng chí``: the standing committee of
        the organisation whose congress the article reports (named last before it)."""
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
            return None
        if closing and "bế mạc" in sentence:
            last = closing[-1].first
            days = re.search(r"bế mạc sau ([0-9]) ngày", sentence)
            if nxt and nxt[0].last == last:
                return {"from": nxt[0].first.isoformat(), "to": last.isoformat()}
            ended = [d for d in later if d.last == last]
            if ended:
                return {"from": ended[0].first.isoformat(), "to": last.isoformat()}
            if days is not None:
                first = last - dt.timedelta(days=int(days[1]) - 1)
                return {"from": first.isoformat(), "to": last.isoformat()}
            return None
        if nxt and not closing:
            return {"from": nxt[0].first.isoformat(), "to": nxt[0].last.isoformat()}
        dated = [d for d in windows if d.kind in ("day", "range", "window", "deadline")]
        governs = re.search(r"(?<![^\W\d_])(?:tổ chức|tiến hành)(?: thành công| long trọng| "
                            r"trọng thể)? $", self.text[max(s_start, at - 32):at]) or \
            re.match(r"[^.;]{0,80}? (?:đã )?(?:diễn ra|được tổ chức)(?![^\W\d_])",
                     self.text[at:s_end])
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

    def whole(self) -> list[Mention]:
        """``Toàn Đảng bộ (tỉnh) có …``: the organisation the article is about (of that unit
        kind when named; else the one whose congress it reports, else the one it names
        first), as a mention of the words ``Toàn Đảng bộ …``."""
        found: list[Mention] = []
        for match in _WHOLE.finditer(self.text):
            org: str | None = None
            if match["unit"]:
                unit = self.resolve(match["unit"].lower(), None)
                org = unit.id if unit else None
            else:
                held = [c for at, c in self.congress_at if at < match.start()
                        and "planned" not in self.entities[c]]
                org = str(self.entities[held[-1]]["of"]) if held else next(
                    (m.org for m in self.mentions), None)
            if org is not None:
                found.append(Mention(match.start(), match.end(), org, org))
        return found

    def observations(self) -> None:
        """Figures of an organisation: ``ORG (hiện) có N đảng viên, N chi bộ …``, ``tổng
        số N đảng viên``, ``đại diện cho N đảng viên của K chi bộ``, and the delegates a
        congress elects to the next one up (``bầu N đại biểu chính thức đi dự Đại hội …``)."""
        seen: set[tuple[str, str, int]] = set()
        for mention in [*self.mentions, *self.whole()]:
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
            for measure, regex in self.counts:
                for count in regex.finditer(self.text, mention.end, clause_end):
                    if any(a < count.end() and count.start() < b for a, b in taken):
                        continue
                    if re.search(r"(?<![^\W\d_])gồm [^,;]*$",
                                 self.text[mention.end:count.start()]):
                        continue  # N tổ chức cơ sở đảng, gồm A … và B …: parts of a total
                    taken.append((count.start(), count.end()))
                    self.observe(mention.org, measure, count, as_of, how, seen,
                                 self.quote(mention.start, count.end()), "ORG có N …")
        for total in _TOTAL.finditer(self.text):
            org = self.org_before(total.start(), org_only=True)
            s_start, s_end = self.sentence(total.start())
            as_of, how = self.as_of(s_start, s_end)
            congress: dict[str, Any] | None = None
            if not total.group(0).startswith("tổng số"):  # the delegates of the last congress
                named = [c for at, c in self.congress_at if at < total.start()
                         and "planned" not in self.entities[c] and not self.above(at)]
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
            of_units = _OF_UNITS.match(self.text, total.end())
            if congress is not None and of_units is not None:
                measure = _UNIT_MEASURE[of_units["unit"]]
                self.observe(org, measure, of_units, as_of, how, seen,
                             self.quote(of_units.start("num"), of_units.end()),
                             "đại diện cho N đảng viên của K chi bộ / tổ chức cơ sở đảng")

        for match in _ELECTS_DELEGATES.finditer(self.text):
            held = [c for at, c in self.congress_at if at < match.start()
                    and "held" in self.entities[c]]
            if not held:
                continue
            congress = self.entities[held[-1]]
            window = congress["held"]
            self.observe(str(congress["of"]), "delegates", match,
                         str(window.get("to") or window["from"]),
                         "as of the last day of the congress that elected them", seen,
                         self.quote(match.start(), match.end()),
                         "bầu N đại biểu đi dự Đại hội …")
        self.alternates(seen)
        self.delegation(seen)
        self.body_sizes(seen)
        self.admissions(seen)
        self.shares()

    def elected_at(self, pos: int) -> tuple[dict[str, Any] | None, str, str]:
        """The congress held and named last before ``pos`` (None if none), and the date of
        what it elected: its last day, else the sentence's date or the publication."""
        held = [c for at, c in self.congress_at if at < pos and "held" in self.entities[c]
                and not self.above(at)]
        if held:
            congress = self.entities[held[-1]]
            window = congress["held"]
            return (congress, str(window.get("to") or window["from"]),
                    "as of the last day of the congress that elected them")
        s_start, s_end = self.sentence(pos)
        as_of, how = self.as_of(s_start, s_end)
        return None, as_of, how

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

    def org_of_sentence(self, pos: int) -> str | None:
        """The organisation a figure at ``pos`` is of: the one named last before it in its
        sentence (``Toàn Đảng bộ`` included), else the one the article is about."""
        s_start, _s_end = self.sentence(pos)
        named = [m for m in [*self.mentions, *self.whole()] if s_start <= m.start
                 and m.end <= pos and not m.issuer]
        if named:
            return max(named, key=lambda m: m.end).org
        return self.reported_org(pos)

    def period(self, pos: int) -> tuple[str, str]:
        """The date of a figure over a period (members admitted, a share rated): ``(Trong)
        năm 2024`` before it in its sentence (clauses after ``;`` included), else as
        :meth:`as_of`."""
        s_start, s_end = self.sentence(pos)
        while s_start > 1 and self.text[s_start - 1] == ";":  # the clauses of one sentence
            s_start = self.sentence(s_start - 2)[0]
        year = re.search(r"(?<![^\W\d_])[Nn]ăm ((?:19|20)[0-9]{2})(?![0-9])",
                         self.text[s_start:pos])
        if year is not None and int(year[1]) <= self.published.year:
            return year[1], f"in '{year.group(0)}'"
        return self.as_of(s_start, s_end)

    def aimed(self, pos: int) -> bool:
        """Whether the figure at ``pos`` is a target or a plan, not a result: its sentence
        (clauses after ``;`` included) says ``phấn đấu``, ``mục tiêu``, ``dự kiến``, ``sẽ``
        or ``nhiệm kỳ tới / mới`` before it."""
        s_start, _s_end = self.sentence(pos)
        while s_start > 1 and self.text[s_start - 1] == ";":  # the clauses of one sentence
            s_start = self.sentence(s_start - 2)[0]
        return re.search(r"(?<![^\W\d_])(?:[Pp]hấn đấu|[Mm]ục tiêu|[Dd]ự kiến|sẽ|nhiệm kỳ "
                         r"(?:tới|mới)|[Gg]iai đoạn tới)(?![^\W\d_])",
                         self.text[s_start:pos]) is not None

    def alternates(self, seen: set[tuple[str, str, int]]) -> None:
        """``bầu (Đoàn) … N đại biểu chính thức và M đại biểu dự khuyết (đi) dự Đại hội …``:
        the alternates (and the full delegates, when another rule did not read them) the
        congress named last elected to the one above."""
        for match in _ALTERNATES.finditer(self.text):
            s_start, s_end = self.sentence(match.start())
            sentence = self.text[s_start:s_end]
            if not re.search(r"(?<![^\W\d_])bầu ", self.text[s_start:match.start()]) or \
                    not re.search(r"(?:đi |tham )?dự [Đđ]ại hội|Đoàn đại biểu", sentence):
                continue
            if not [at for at, _c in self.congress_at if at < match.start()]:
                continue
            congress, as_of, how = self.elected_at(match.start())
            org = str(congress["of"]) if congress else self.reported_org(match.start())
            if org is None:
                continue
            self.observe(org, "alternate-delegates", match, as_of, how, seen,
                         self.quote(match.start(), match.end()),
                         "bầu … M đại biểu dự khuyết")
            for official in _OFFICIAL.finditer(self.text, s_start, match.start()):
                self.observe(org, "delegates", official, as_of, how, seen,
                             self.quote(official.start(), official.end()),
                             "bầu … N đại biểu chính thức và M đại biểu dự khuyết")

    def delegation(self, seen: set[tuple[str, str, int]]) -> None:
        """``bầu Đoàn đại biểu đi dự Đại hội … gồm N đồng chí / đại biểu``: the delegates the
        congress reported elected to the one above (when no other rule read them)."""
        for match in _DELEGATION.finditer(self.text):
            if not [at for at, _c in self.congress_at if at < match.start()]:
                continue
            congress, as_of, how = self.elected_at(match.start())
            org = str(congress["of"]) if congress else self.reported_org(match.start())
            if org is None or any(f["type"] == "observation" and f["of"] == org
                                  and f["measure"] == "delegates" for f in self.facts):
                continue
            self.observe(org, "delegates", match, as_of, how, seen,
                         self.quote(match.start(), match.end()),
                         "bầu Đoàn đại biểu đi dự Đại hội … gồm N đồng chí")

    def body_sizes(self, seen: set[tuple[str, str, int]]) -> None:
        """``Ban Chấp hành (Đảng bộ X) (khóa XV) gồm 15 đồng chí``, ``Ban Thường vụ gồm 5
        đồng chí``, ``Ủy ban Kiểm tra … gồm 7 đồng chí``, ``bầu 33 đồng chí vào Ban Chấp
        hành …``: the body-members of that body of the organisation the words name (else of
        the one whose congress the article reports), dated by the congress's last day."""
        sized: list[tuple[int, str]] = []  # where a size was read, of which organisation
        matches = sorted((m for regex in (_BODY_SIZE, _BODY_SIZE_BEFORE, _BODY_SIZE_ELECTED)
                          for m in regex.finditer(self.text)), key=lambda m: m.start())
        for match in matches:
            if self.aimed(match.start()):
                continue  # Ban Chấp hành khóa mới dự kiến gồm …: a plan
            kind = _SIZE_KINDS[match["body"]]
            b_start, b_end = match.start("body"), match.end("body")
            rest = match.groupdict().get("rest") or ""
            words_end = match.end("rest") if rest else b_end + 1
            named = [m for m in self.mentions if b_start <= m.start <= words_end]
            org_id = named[0].org if named else None
            bare = re.match(r" (?:Đảng bộ|Đảng ủy) (?P<unit>" + UNIT_WORDS
                            + r")(?![^\W\d_])", rest)
            s_start, _s_end = self.sentence(match.start())
            if org_id is None and bare is not None:  # Ban Chấp hành Đảng bộ xã
                found = self.resolve(bare["unit"].lower(), None, match.start())
                org_id = found.id if found else None
            elif org_id is None and rest.strip():
                continue  # words the rules do not read (Ban Chấp hành Hội Nông dân)
            elif org_id is None:  # the body alone: of the organisation sized before
                before = [o for at, o in sized if at >= s_start]
                org_id = before[-1] if before else (
                    self.reported_org(match.start()) if any(
                        at < match.start() and "planned" not in self.entities[c]
                        and not self.above(at) for at, c in self.congress_at) else None)
            org = next((o for o in self.orgs.values() if o.id == org_id), None)
            if org is None:
                continue
            if kind == "inspection-commission":
                body = self.party_body(org, Title(b_start, b_end, "chair", "inspection"))
            else:
                body = self.body(org, kind, b_start, b_end, False)
            if body is None:
                continue
            congress, as_of, how = self.elected_at(match.start())
            if congress is not None and congress["of"] != org.id:
                # elected by another organisation's congress than the one reported
                as_of, how = self.as_of(*self.sentence(match.start()))
            sized.append((match.start(), org.id))
            self.observe(body, "body-members", match, as_of, how, seen,
                         self.quote(match.start(), match.end()),
                         "BODY gồm N đồng chí")

    def admissions(self, seen: set[tuple[str, str, int]]) -> None:
        """``(ORG) kết nạp (được) N đảng viên (mới)``: new-members of the organisation named
        before it in the sentence (else the one the article is about), over the period the
        sentence names (``năm 2024``) or as of publication."""
        for match in _ADMITTED.finditer(self.text):
            if self.aimed(match.start()) or re.match(r" trở lên", self.text[match.end():]):
                continue  # phấn đấu kết nạp … (trở lên): a target
            org = self.org_of_sentence(match.start())
            if org is None:
                continue
            as_of, how = self.period(match.start())
            s_start, _s_end = self.sentence(match.start())
            named = [m for m in [*self.mentions, *self.whole()]
                     if s_start <= m.start and m.end <= match.start() and m.org == org]
            start = min([m.start for m in named] or [match.start()])
            self.observe(org, "new-members", match, as_of, how, seen,
                         self.quote(start, match.end()), "kết nạp N đảng viên mới")

    def shares(self) -> None:
        """``trên 87% chi bộ (được xếp loại / đạt) hoàn thành tốt nhiệm vụ (trở lên)``: a
        share (``percent``) of the measure whose rating the vocabulary gives, of the
        organisation named before it in the sentence, with what was rated as its scope."""
        if not self.words.rated:
            return
        ratings = "|".join(re.escape(r) for r, _m in self.words.rated)
        regex = re.compile(NUMBER + r" (?:số )?(?P<pop>" + _RATED_UNITS + r")(?![^\W\d_])"
                           r"(?P<rest>[^.;:\n%]{0,80}?)(?P<rating>" + ratings + r")"
                           r"(?P<up> trở lên)?(?![^\W\d_])")
        after = re.compile(r"(?<![^\W\d_])(?:[Tt]ỷ lệ|[Ss]ố) (?P<pop>" + _RATED_UNITS
                           + r")(?![^\W\d_])(?P<rest>[^.;:\n%]{0,80}?)(?P<rating>" + ratings
                           + r")(?P<up> trở lên)?(?: hằng năm| hàng năm| mỗi năm)?,? (?:đều )?"
                           r"(?:đạt|là|chiếm)(?: tỷ lệ)? " + NUMBER)
        found = sorted([*regex.finditer(self.text), *after.finditer(self.text)],
                       key=lambda m: m.start())
        for match in found:
            if not match["pct"] or self.aimed(match.start()):
                continue
            number = parse_number(self.text[match.start("num") - (
                len(match["qual"]) + 1 if match["qual"] else 0):match.end("pct")])
            org = self.org_of_sentence(match.start())
            if number is None or org is None:
                continue
            measure = dict(self.words.rated)[match["rating"]]
            as_of, how = self.period(match.start())
            value: int | float = number.whole if number.whole is not None else number.value
            scope = " ".join(self.text[match.start("pop"):max(
                match.end("rating"), match.end("up") if match["up"] else 0)].split())
            item: dict[str, Any] = {
                "id": f"{org.removesuffix('-party')}-{measure}-{as_of}", "type": "observation",
                "of": org, "measure": measure, "percent": value}
            if match["qual"] in _APPROX:
                item["approx"] = _APPROX[match["qual"]]
            item.update({"as_of": as_of, "scope": {"vi": scope},
                         "note": f"observation (N% UNITS RATING, a share): {how}"
                                 + (f"; the article says {match['qual']} {value}%"
                                    if match["qual"] else "")})
            self.fact(item, self.quote(match.start(), match.end()))

    def observe(self, org: str, measure: str, count: re.Match[str], as_of: str, how: str,
                seen: set[tuple[str, str, int]], quote: str | None, rule: str) -> None:
        number = parse_number(self.text[count.start("num") - (len(count["qual"]) + 1
                                                               if count["qual"] else 0):
                                        count.end("num")])
        if number is None or number.whole is None or number.percent or count["pct"]:
            return  # a share (21% tổ chức cơ sở đảng) is not a count
        if (org, measure, number.whole) in seen:
            return
        seen.add((org, measure, number.whole))
        note = f"observation ({rule}): {how}"
        if "." in count["num"]:
            note += f"; '{count['num']}' uses the thousands dot"
        if number.qualifier:
            note += f"; the article says {number.qualifier} {number.whole}"
        item: dict[str, Any] = {"id": f"{org.removesuffix('-party')}-{measure}-{as_of}",
                                "type": "observation", "of": org, "measure": measure,
                                "value": number.whole}
        if count["qual"] in _APPROX:
            item["approx"] = _APPROX[count["qual"]]
        item.update({"as_of": as_of, "note": note})
        self.fact(item, quote)

    def tallies(self) -> None:
        for match in _TALLY.finditer(self.text):
            done, total = int(match[1]), int(match[2])
            if total == 0 or done > total:
                continue
            s_start, s_end = self.sentence(match.start())
            sentence = self.text[s_start:s_end]
            after = self.text[match.end():s_end]
            full = self.text[self.text.rfind(".", 0, match.start()) + 1:match.start()]
            if re.search(r"lịch sử chính trị|lý lịch chính trị|tiêu chuẩn chính trị",
                         f"{full} {sentence}"):
                measure = "political-history-reviewed"
            elif re.search(r"đại hội", after[:120]) and re.search(r"xong|hoàn thành", after):
                measure = "congresses-held"
            elif (named := self.tallied(after)) is not None and \
                    not self.aimed(match.start()):
                measure = named
            else:
                continue
            population = re.split(r",(?! phường| xã)|;| và |\.(?!\d)| đã ", after)[0].strip()
            if not population:
                continue
            nxt = [m for m in self.mentions if match.end() < m.start < s_end]
            if measure not in ("political-history-reviewed", "congresses-held"):
                of: str | None = self.org_of_sentence(match.start())
            elif measure == "congresses-held" and nxt and \
                    self.text[match.end():nxt[0].start].rstrip().endswith("trực thuộc"):
                of = nxt[0].org  # 38/38 tổ chức cơ sở đảng trực thuộc Đảng bộ X
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
            if measure == "congresses-held":
                of = self.held_by(of, population, match.start())
            as_of, how = self.as_of(s_start, s_end)
            self.fact({"id": f"tally-{done}-of-{total}", "type": "tally", "of": of,
                       "measure": measure, "population": {"vi": population},
                       "done": done, "total": total, "as_of": as_of,
                       "note": f"tally (N/M {measure}): {how}"},
                      self.quote(match.start(), match.end() + len(after.split(population)[0])
                                 + len(population)))

    def tallied(self, after: str) -> str | None:
        """The tally measure whose words (the vocabulary's: ``chỉ tiêu``, ``chi bộ có chi
        ủy``) follow an N/M, or None."""
        for words, measure in self.words.tallied:
            if measure not in ("political-history-reviewed", "congresses-held") and \
                    re.match(r" " + re.escape(words) + r"(?![^\W\d_])", after):
                return measure
        return None

    def held_by(self, of: str, population: str, pos: int) -> str:
        """Who a congresses-held tally is of: the organisation (not its committee); and for
        base organisations (``tổ chức cơ sở đảng``), the last organisation named before it
        above the base level."""
        org = next((m.org for m in self.mentions if m.ref == of), of)
        if not population.startswith("tổ chức cơ sở"):
            return org
        levels = {o.id: o.unit.level for o in self.orgs.values()}
        if levels.get(org) not in ("base", "commune"):
            return org
        higher = [m.org for m in self.mentions if m.end <= pos
                  and levels.get(m.org) in ("district", "provincial")]
        return higher[-1] if higher else org

    # -- people and posts -------------------------------------------------------------------

    def central(self, body: str | None, start: int, end: int) -> str | None:
        """The central Party (implied by its bodies), or one of its bodies: ``exec`` (Ban
        Chấp hành Trung ương) or ``politburo`` (Bộ Chính trị); the id, or None."""
        quote = self.quote(start, end)
        org = self.entity({"id": "cpv-central", "type": "organisation", "form": "committee",
                           "level": "central",
                           "name": {"vi": "Đảng Cộng sản Việt Nam",
                                    "en": "Communist Party of Vietnam"},
                           "implied": True,
                           "note": "organisation: the central Party, implied by its bodies"},
                          quote)
        if body is None or org is None:
            return org
        vi, en, kind = _CENTRAL_BODIES[body]
        return self.entity({"id": f"cpv-{body}", "type": "body", "kind": kind, "of": org,
                            "name": {"vi": vi, "en": en},
                            "note": f"body: {vi} (central)"}, quote)

    def party_body(self, org: _Org, title: Title) -> str | None:
        """The party body a title's post is in (declared if new): its id, or None."""
        start, end = title.start, title.end
        if title.family in ("exec", "member"):
            return self.body(org, "executive-committee", start, end, False)
        if title.family == "standing":
            return self.body(org, "standing-committee", start, end, False)
        committee = f"{org.unit.committee} {org.name}"
        owner = f"{org.name} {org.unit.en} party committee"
        if title.family == "inspection":
            kind, vi = "inspection-commission", f"Ủy ban Kiểm tra {committee}"
            en = f"Inspection Commission of the {owner}"
        else:
            kind = self.commissions[title.commission or ""]
            vi = f"Ban {title.commission} {committee}"
            en = f"{kind.replace('-', ' ').capitalize()} of the {owner}"
        return self.entity({"id": f"{org.prefix}-{kind}", "type": "body", "kind": kind,
                            "of": org.id, "name": {"vi": vi, "en": en},
                            "note": f"body: {kind} named in a title"},
                           self.quote(start, end))

    def organ(self, org: _Org, title: Title) -> str | None:
        """The state organ of a title (Ủy ban nhân dân huyện X) and its place; the id."""
        place_id = f"{slug(org.name)}-{org.unit.id_word}"
        if place_id not in self.entities:
            return None
        vi_kind, en_kind = _ORGANS[title.family]
        return self.entity({
            "id": f"{place_id}-{title.family}", "type": "organ", "kind": title.family,
            "place": place_id,
            "name": {"vi": f"{vi_kind} {org.unit.words} {org.name}",
                     "en": f"{org.name} {org.unit.id_word.capitalize()} {en_kind}"},
            "note": f"organ: {title.family} named in a title"},
            self.quote(title.start, title.end))

    def post_of(self, title: Title) -> str | None:
        """The post a title names, with the body or organ it is in (declared if new)."""
        role = title.role
        if title.family in ("central", "politburo"):
            holder = self.central("exec" if title.family == "central" else "politburo",
                                  title.start, title.end)
            if holder is None:
                return None
            ident, vi = f"{holder}-{role}", self.text[title.start:title.end]
            en = f"{self.role_en[role]} of the {_CENTRAL_BODIES[holder[4:]][1]}"
        elif title.unit == "cell":
            cells = [m for m in self.mentions if m.org.endswith("-cell")
                     and m.start <= title.end and title.start - m.end < 400]
            if not cells or title.family != "exec" or \
                    role not in ("secretary", "deputy-secretary"):
                return None
            holder = cells[-1].org
            name = self.entities[holder]["name"]["vi"]
            ident, vi = f"{holder}-{role}", f"{self.role_vi[role]} {name}"
            en = f"{self.role_en[role]} of the {name} cell"
        elif title.unit == "central":
            if title.family not in ("commission", "inspection"):
                return None
            kind = "inspection-commission" if title.family == "inspection" \
                else self.commissions[title.commission or ""]
            body_vi = "Ủy ban Kiểm tra Trung ương" if title.family == "inspection" \
                else f"Ban {title.commission} Trung ương"
            org_id = self.central(None, title.start, title.end)
            holder = self.entity({"id": f"cpv-{kind}", "type": "body", "kind": kind,
                                  "of": org_id, "name": {"vi": body_vi, "en": f"Central "
                                                         f"{kind.replace('-', ' ')}"},
                                  "note": f"body: {kind} of the central Party, named in a "
                                          "title"}, self.quote(title.start, title.end)) \
                if org_id else None
            if holder is None:
                return None
            ident, vi = f"{holder}-{role}", f"{self.role_vi[role]} {body_vi}"
            en = f"{self.role_en[role]} of the central {kind.replace('-', ' ')}"
        else:
            org = self.resolve(title.unit, title.name, title.start) \
                if title.unit is not None \
                else self.bare(title)
            if org is None and title.unit in UNITS and title.name is not None:
                # a unit named only in a title (Chủ tịch HĐND tỉnh X): its organisation
                self.declare_org(title.unit, title.name, title.start, title.end)
                org = self.resolve(title.unit, title.name)
            if org is None:
                return None
            if not title.party:
                holder = self.organ(org, title)
                kind_vi = _ORGANS[title.family][0]
                vi = f"{self.role_vi[role]} {kind_vi} {org.unit.words} {org.name}"
                en = f"{self.role_en[role]} of the {org.name} {_ORGANS[title.family][1]}"
            else:
                holder = self.party_body(org, title)
                held = self.entities.get(holder or "")
                vi = f"{self.role_vi[role]} {held['name']['vi']}" if held else ""
                if role == "member":
                    vi = f"Ủy viên Ban Chấp hành Đảng bộ {org.unit.words} {org.name}"
                en = f"{self.role_en[role]} of the {org.name} {org.unit.en} party committee"
            if holder is None:
                return None
            suffix = {"secretary": "secretary", "deputy-secretary": "deputy-secretary",
                      "standing-deputy-secretary": "standing-deputy-secretary",
                      "standing-member": "standing-member", "member": "committee-member"}
            ident = f"{org.prefix}-{suffix.get(role, role)}" if title.family in (
                "exec", "standing", "member") else f"{holder}-{role}"
        return self.entity({"id": ident, "type": "post", "role": role, "in": holder,
                            "name": {"vi": " ".join(vi.split()), "en": en},
                            "note": "post: a title (role + committee or organ)"},
                           self.quote(title.start, title.end))

    def bare(self, title: Title) -> _Org | None:
        """The organisation of a party title that names no committee (``giữ chức Chủ nhiệm
        Ủy ban Kiểm tra``, ``được bầu giữ chức Phó Bí thư``): the one whose committee (its
        inspection commission, for a chair) is named last before it in the sentence or the
        one before."""
        if not title.party:
            return None
        p_start, _p_end = self.sentence(max(0, self.sentence(title.start)[0] - 2))
        for mention in reversed(self.mentions):
            if not p_start <= mention.start < title.start or mention.ref == mention.org:
                continue
            if (title.family == "inspection") != mention.ref.endswith("inspection-commission"):
                continue
            return next((o for o in self.orgs.values() if o.id == mention.org), None)
        return None

    def people(self) -> None:
        """People and their posts: an honorific, a name and the titles after it
        (``đồng chí NAME - TITLE, TITLE``, ``Bà NAME, TITLE``, ``NAME được bầu giữ chức
        TITLE``); a title right before a name (``Bí thư Thị ủy X NAME``); a name and a dash
        before a title (``NAME-TITLE-cho biết``)."""
        taken: list[tuple[int, int]] = []  # the names and titles read
        for match in _HONORIFIC.finditer(self.text):
            if any(a <= match.start() < b for a, b in taken):
                continue
            named = person_name(self.text, match.end())
            if named is None:
                continue
            name, end = named
            gender = {"bà": "female", "ông": "male"}.get(match["h"].lower())
            chains = self.chains_after(end)
            pair = re.compile(r" và (?:(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí) )?").match(self.text, end)
            other = person_name(self.text, pair.end()) if not chains and pair else None
            if other is not None and pair is not None:
                # Các đồng chí A và B được bầu giữ chức TITLE: both hold it
                both = self.chains_after(other[1])
                if both and re.match(r"\s(?:cùng |đều )?(?:được|giữ chức|tái cử)",
                                     self.text[other[1]:]):
                    taken.append((match.start(), both[-1][-1].end))
                    self.read_person(name, match.start(), end, gender, both,
                                     "honorific, A và B giữ chức")
                    self.read_person(other[0], pair.end(), other[1], None, both,
                                     "honorific, A và B giữ chức")
                    continue
            taken.append((match.start(), max([end, *(c[-1].end for c in chains)])))
            self.read_person(name, match.start(), end, gender, chains, "honorific")
        for match in self.role.finditer(self.text):
            if any(a <= match.start() < b for a, b in taken):
                continue
            chain = title_chain(self.text, match.start(), self.words.commissions,
                                 self.words.roles)
            if not chain:
                continue
            last = chain[-1].end
            after = person_name(self.text, last + 1) \
                if self.text[last:last + 1] == " " else None
            dash = re.search(r"(?<![^\W\d_])([^\W\d_]+(?: [^\W\d_]+){1,4}) ?[-\u2013] ?$",
                             self.text[max(0, match.start() - 60):match.start()])
            if after is not None:
                taken.append((match.start(), after[1]))
                self.read_person(after[0], last + 1, after[1], None, [chain],
                                 "title before name")
            elif dash is not None:
                begin = match.start() - len(dash.group(0))
                words = dash.group(1).split(" ")
                for i in range(len(words) - 1):
                    found = person_name(self.text, begin + len(" ".join(words[:i])) +
                                        (1 if i else 0))
                    if found is not None and found[1] == begin + len(dash.group(1)):
                        taken.append((begin, last))
                        self.read_person(found[0], found[1] - len(found[0]), found[1], None,
                                         [chain], "name - title")
                        break

    def shared_posts(self) -> None:
        """``bà A, TITLE và ông B giữ chức TITLE2``: two people joined by ``và`` before
        ``giữ chức`` both hold TITLE2 (the first's own titles are read as well)."""
        readings = sorted(self.readings, key=lambda r: r[1])
        for (first, f_start, f_end, _f_posts), (_second, s_start, s_end, s_posts) in \
                itertools.pairwise(readings):
            if self.text[f_end:s_start] != " và " or not re.match(
                    r"(?:(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí) )?(?:[^\W\d_]+ ){2,5}(?:cùng |đều )?"
                    r"(?:được [^,.;:\n]{0,30}?)?giữ chức ", self.text[s_start:s_end]):
                continue
            for post_id in s_posts:
                self.fact({"id": f"{first}-as-{post_id}", "type": "holding",
                           "person": first, "post": post_id,
                           "as_of": self.published.isoformat(),
                           "note": "holding (A, TITLE và B giữ chức TITLE2): the post the two "
                                   "are named to together; as of publication"},
                          self.quote(f_start, s_end))

    def chains_after(self, end: int) -> list[list[Title]]:
        """The titles that follow a name at ``end``: after a dash or comma, or a verb of
        election or appointment (``được bầu giữ chức``); a second chain may follow the
        first (``NAME, TITLE, được chỉ định giữ chức TITLE``)."""
        chains: list[list[Title]] = []
        at = end
        for _ in range(3):
            lead = (_NAME_LEAD if not chains else _CHAIN_LEAD).match(self.text, at)
            if lead is None or "giới thiệu" in lead.group(0):
                break  # a nomination (được giới thiệu để bầu …) is not a holding
            chain = title_chain(self.text, lead.end(), self.words.commissions,
                                 self.words.roles)
            if not chain:
                break
            chains.append(chain)
            at = chain[-1].end
        # tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Đảng ủy xã X: the
        # bodies of the first chain are those of the committee a later chain names
        for i, chain in enumerate(chains[:-1]):
            source = next((t for later in chains[i + 1:] for t in later
                           if t.party and t.unit and t.unit not in ("central", "cell")), None)
            for title in chain:
                if source is not None and title.unit is None and title.party:
                    title.unit, title.name = source.unit, source.name
        return chains

    def read_person(self, name: str, start: int, end: int, gender: str | None,
                    chains: list[list[Title]], rule: str) -> None:
        """A person and the holdings of the posts in ``chains``."""
        posts: list[tuple[str, Title]] = []
        former: list[tuple[str, Title, dict[str, Any]]] = []
        chosen: dict[int, str] = {}  # how the titles of a chain were given, by its start
        prev = end
        for chain in chains:
            how = self.selection(start, prev, chain[0])
            if how is not None:
                chosen.update({t.start: how for t in chain})
            prev = chain[-1].end
        for chain in chains:
            if self.text[max(0, chain[0].start - 7):chain[0].start] == "nguyên ":
                # a former post: held until a change the article reports ended it, else
                # left out (the article does not say when it ended)
                for title in chain:
                    before = set(self.entities)
                    post = self.post_of(title)
                    ended = self.ended_by(post) if post is not None else None
                    if post is not None and ended is not None:
                        former.append((post, title, ended))
                    else:
                        for added in set(self.entities) - before:
                            del self.entities[added]
                continue
            for title in chain:
                post = self.post_of(title)
                if post is not None and all(post != p for p, _t in posts):
                    posts.append((post, title))
        if not posts and not former:
            return
        person: dict[str, Any] = {"id": slug(name), "type": "person", "name": {"vi": name}}
        if gender:
            person["gender"] = gender
        person["note"] = f"person: named with a post ({rule})" + (
            "; gender from the honorific" if gender else "")
        person_id = self.entity(person, self.quote(start, end))
        if person_id is None:
            return
        for post_id, title, change in former:
            self.fact({"id": f"{person_id}-as-{post_id}", "type": "holding",
                       "person": person_id, "post": post_id, "until": change["date"],
                       "implied": True,
                       "note": f"holding (nguyên, {rule}): a former post, until the "
                               f"{change['kind']} change of {change['date']} the article "
                               "reports"}, self.quote(min(start, title.start),
                                                     max(end, title.end)))
        if not posts:
            return
        window_end = max(self.sentence(start)[1], posts[-1][1].end)
        self.readings.append((person_id, start, posts[-1][1].end, [p for p, _t in posts]))
        for post_id, title in posts:
            nxt = self.role.search(self.text, title.end, window_end)
            limit = nxt.start() if nxt else window_end  # dates up to the next title
            dates: dict[str, str] = {}
            how = "as of publication"
            for mention in self.dates_in(title.end, limit):
                lead = self.text[max(0, mention.start - 14):mention.start]
                if re.search(r"từ $|từ ngày $", lead) or mention.text.startswith("từ"):
                    dates["from"] = mention.date.isoformat()
                    how = f"from '{mention.text}'"
                elif re.search(r"đến (hết )?(ngày )?$", lead):
                    dates["until"] = mention.date.isoformat()
                    how = f"until '{mention.text}'"
            if not dates:
                dates["as_of"] = self.published.isoformat()
            selection = chosen.get(title.start)
            if selection == "elected-at-congress" and \
                    self.entities[post_id]["role"] != "secretary":
                selection = "elected"
            if selection is not None:
                dates["selection"] = selection
                how += f"; {selection} (the verb before the title)"
            self.fact({"id": f"{person_id}-as-{post_id}",
                       "type": "holding", "person": person_id, "post": post_id, **dates,
                       "note": f"holding ({rule}): {how}"},
                      self.quote(min(start, title.start), max(end, title.end)))

    def selection(self, start: int, prev: int, title: Title) -> str | None:
        """How the holder of ``title`` was chosen, by the verb between ``prev`` (the end of
        the name or of the titles before) and the title: ``chỉ định`` appointed, ``bầu`` /
        ``tái cử`` elected, ``bầu trực tiếp`` (in the sentence) elected at the congress; for
        the first titles after a name, the verb may come before it (``Ban Chấp hành đã bầu
        ông X giữ chức …``). None when no verb leads to the title."""
        lead = self.text[prev:title.start]
        if not re.search(r"[^\W\d_]", lead.replace("nguyên", "").replace("tân", "")):
            return None  # NAME - TITLE, NAME, TITLE: no verb
        s_start, _s_end = self.sentence(start)
        before = self.text[max(s_start, start - 40):start] if prev <= start + 80 else ""
        words = f"{before.rsplit(';', 1)[-1]} {lead}"
        if "giới thiệu" in words:
            return None
        if re.search(r"(?<![^\W\d_])chỉ định(?![^\W\d_])", words):
            return "appointed"
        if re.search(r"(?<![^\W\d_])(?:bầu|tái cử|tái đắc cử|đắc cử)(?![^\W\d_])", words):
            line = self.text[max(self.text.rfind("\n", 0, start) + 1,
                                 title.start - 250):title.start]
            if "bầu trực tiếp" in line and "đại hội" in line.lower():
                return "elected-at-congress"  # the pilot: secretaries elected at congress
            return "elected"
        return None

    def ended_by(self, post: str) -> dict[str, Any] | None:
        """The dated change the article reports that ended the organisation of ``post``:
        it was merged, dissolved or renamed, or it is the former (``… cũ``) organisation of
        one a change created."""
        holder = self.entities[self.entities[post]["in"]]
        org = holder["id"] if holder["type"] == "organisation" else holder.get("of")
        org_name = str(self.entities[org]["name"]["vi"]) if org in self.entities else ""
        for change in self.facts:
            if change["type"] != "change" or "date" not in change:
                continue
            if org in change.get("from", []) or (org_name.endswith(" cũ") and any(
                    str(self.entities[t]["name"]["vi"]) == org_name.removesuffix(" cũ")
                    for t in change.get("to", []) if t in self.entities)):
                return change
        return None

    def attendances(self) -> None:
        """``Dự đại hội có đồng chí NAME - TITLE; …``: each person named with a post in that
        sentence attended the congress the article reports (the last one named before it
        that was held, not planned); so did ``NAME, TITLE (đến) dự (và chỉ đạo) đại hội``."""
        for match in _ATTENDS.finditer(self.text):
            stop = re.compile(r"\.(?=\s)|\n").search(self.text, match.end())
            s_end = stop.start() if stop else len(self.text)
            for person, at, _end, posts in self.readings:
                if match.start() <= at < s_end:
                    self.attended(person, posts, match.start(), s_end,
                                  "Dự đại hội có NAME - TITLE")
        for match in _ATTENDS_EVENT.finditer(self.text):
            event = self.event_before(match.start())
            if event is None:
                continue
            stop = re.compile(r"\.(?=\s)|\n").search(self.text, match.end())
            s_end = stop.start() if stop else len(self.text)
            for person, at, _end, posts in self.readings:
                if match.start() <= at < s_end and not any(
                        f["type"] == "attendance" and f["person"] == person
                        for f in self.facts):
                    item: dict[str, Any] = {"id": f"{person}-attends-event-{match.start()}",
                                            "type": "attendance", "person": person,
                                            "event": {"vi": event[0]}}
                    if event[1] is not None:
                        item["date"] = event[1]
                    item.update({"capacity": posts,
                                 "note": "attendance (Dự buổi lễ / hội nghị có NAME - "
                                         "TITLE): at the event named before it"})
                    self.fact(item, self.quote(match.start(), s_end))
        for person, at, end, posts in self.readings:
            after = _ATTENDS_AFTER.match(self.text, end)
            if after is not None:
                self.attended(person, posts, at, after.end(), "NAME, TITLE dự đại hội")

    def event_before(self, pos: int) -> tuple[str, str | None] | None:
        """The event named last before ``pos`` in its paragraph (``Lễ kỷ niệm 75 năm …``,
        ``Hội nghị …``, up to a comma or a bracket; a committee named there without its
        name is given it), and its day (the sentence's), or None."""
        p_start = self.text.rfind("\n", 0, pos) + 1
        found = list(_EVENT_NAME.finditer(self.text, p_start, pos))
        if not found:
            return None
        match = found[-1]
        name = " ".join(match.group(0).split())
        bare = re.search(r"(?:Đảng bộ|Đảng ủy) (?P<unit>" + UNIT_WORDS + r")$", name)
        if bare is not None:
            org = self.resolve(bare["unit"].lower(), None, match.end())
            if org is not None:
                name = f"{name} {org.name}"
        s_start, s_end = self.sentence(match.start())
        days = [d for d in self.dates_in(s_start, s_end) if d.kind == "day"]
        return name, (days[0].first.isoformat() if days else None)

    def attended(self, person: str, posts: list[str], start: int, end: int,
                 rule: str) -> None:
        """``person`` attended the congress the article reports at ``start``."""
        held = [c for at, c in self.congress_at if at < start
                and "planned" not in self.entities[c]]
        if not held:
            return
        congress = held[-1]
        if any(f["type"] == "attendance" and f["person"] == person for f in self.facts):
            return
        self.fact({"id": f"{person}-attends-{congress}", "type": "attendance",
                   "person": person, "congress": congress, "capacity": posts,
                   "note": f"attendance ({rule}): the congress named last before it"},
                  self.quote(start, end))

    def instruments(self) -> None:
        """``Chỉ thị số 35-CT/TW của Bộ Chính trị``, ``Quyết định số 845-QĐ/HU``: a
        directive, issued by the body named after it (``của …``) or before it (``… ban hành``),
        else by the committee its number's last part names (``/TW``, ``/TU``, ``/HU``)."""
        for match in _INSTRUMENT.finditer(self.text):
            end = match.end()
            issuer: str | None = None
            after = _ISSUER_AFTER.match(self.text, end)
            if after is not None and after["central"]:
                body = "politburo" if after["central"] == "Bộ Chính trị" else "exec"
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
            self.central("politburo" if match.group(0) == "Bộ Chính trị" else "exec",
                         match.start(), match.end())
        for match in _NATIONAL_CONGRESS.finditer(self.text):
            number = roman(match["ord"])
            org = self.central(None, match.start(), match.end())
            if number is None or org is None:
                continue
            self.entity({"id": f"cpv-congress-{number}", "type": "congress", "of": org,
                         "ordinal": number, "kind": "delegates",
                         "name": {"vi": f"Đại hội đại biểu toàn quốc lần thứ {match['ord']}"
                                        " của Đảng",
                                  "en": f"National Party Congress no. {number}"},
                         "note": "congress: Đại hội (đại biểu) toàn quốc lần thứ N"},
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
            rest = self.text[mention.end:s_end]
            kind: str | None = None
            date: str | None = None
            before: list[str] = []
            after: list[str] = [mention.org]
            founded = _FOUNDED.search(self.text, max(s_start, mention.start - 30),
                                      mention.start)
            ranged = [d for d in self.dates if d.kind == "range"
                      and mention.end <= d.start <= mention.end + 3] if founded else []
            if ranged:
                kind, date = "created", ranged[0].first.isoformat()
            elif re.match(r"(?: cũ| \(mới\)| mới)? (?:đã )?(?:được|sẽ được) (?:hợp nhất|sáp "
                          r"nhập|thành lập)|(?: cũ| \(mới\)| mới)? trên cơ sở (?:hợp nhất|sáp "
                          r"nhập|sắp xếp)", rest) or (
                    self.text[max(s_start, mention.start - 18):mention.start]
                    == "về việc thành lập " and "trên cơ sở" in rest[:60]):
                merged = re.match(r"(?: cũ| \(mới\)| mới)?(?: (?:đã )?được thành lập)?[^.;]{0,40}?"
                                  r" trên cơ "
                                  r"sở (?:hợp nhất|sáp nhập|sắp xếp)", rest)
                if merged:
                    kind = "merged"
                    # the merged organisations, up to what the new one is put under
                    # (…, trực thuộc Đảng bộ tỉnh X)
                    under = re.compile(r",? (?:và )?(?:là tổ chức đảng )?trực thuộc ").search(
                        self.text, mention.end + merged.end(), s_end)
                    stop = under.start() if under else s_end
                    before = [m.org for m in orgs if mention.end + merged.end() <= m.start
                              < stop]
                    if not before:
                        continue
                elif "thành lập" in rest[:30]:
                    kind = "created"
                else:
                    continue
            elif re.match(r" (?:đã )?được đổi tên thành ", rest):
                renamed = [m for m in orgs if mention.end < m.start < s_end
                           and m.org != mention.org]
                if not renamed:
                    continue
                kind, before, after = "renamed", [mention.org], [renamed[0].org]
            elif re.match(r" (?:sẽ )?kết thúc hoạt động", rest) or re.search(
                    r"(?:giải thể|kết thúc hoạt động của) $",
                    self.text[max(s_start, mention.start - 24):mention.start]):
                kind, before, after = "dissolved", [mention.org], []
            elif re.search(r"(?:về việc|quyết định) thành lập $",
                           self.text[max(s_start, mention.start - 24):mention.start]):
                kind = "created"
            else:
                continue
            if date is None:
                date = self.change_date(s_start, s_end)
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
                and f.get("to") == item.get("to") and f.get("from", before) == before]
            if told:  # the same change told twice: keep the first (a merger over a creation)
                if kind == "merged" and told[0]["kind"] == "created":
                    self.facts.remove(told[0])
                else:
                    continue
            self.fact(item, self.quote(mention.start, s_end))
            if kind == "merged" and date is not None and date <= _TWO_TIER.isoformat():
                # merged away by the reform of 1 July 2025: base organisations while they were
                for org_id in before:
                    known = self.entities.get(org_id)
                    if known is not None and known.get("level") == "commune":
                        known["level"] = "base"

    def place_list(self, pos: int) -> tuple[list[tuple[str, str]], int]:
        """Units listed at ``pos`` (``các xã A, B và phường C``, ``xã A, xã B``): each
        (unit words, name), and where the list ends."""
        units: list[tuple[str, str]] = []
        unit: str | None = None
        end = pos
        while True:
            lead = re.compile(r"(?:các )?(?P<unit>" + UNIT_WORDS + r") ").match(self.text, pos)
            if lead is not None:
                unit, pos = lead["unit"].lower(), lead.end()
            named = proper_name(self.text, pos) if unit is not None else None
            if unit is None or named is None:
                break
            units.append((unit, named[0]))
            end = named[1]
            more = re.compile(r",\s*|\s+và\s+").match(self.text, end)
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
        và phường C`` and ``hợp nhất tỉnh A và tỉnh B, lấy tên là tỉnh B`` (merged); ``huyện
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
            into = re.compile(r",? (?:(?:để )?thành lập|thành|lấy tên (?:là|gọi là)|có tên "
                              r"(?:là|gọi là)) (?P<unit>"
                              + UNIT_WORDS + r") (?=[A-ZĐ])").match(self.text, end)
            named = proper_name(self.text, into.end()) if into is not None else None
            if len(units) >= 2 and into is not None and named is not None:
                found.append((match.start(), named[1], units,
                              [(into["unit"].lower(), named[0])], "merged"))
        for match in _PLACE_ENDED.finditer(self.text):
            if _NOT_A_PLACE.search(self.text, max(0, match.start() - 16), match.start()):
                continue
            named = proper_name(self.text, match.end(), old=True)
            if named is None:
                continue
            ended = re.compile(r"(?: cũ)? (?:sẽ |chính thức |đã )?(?:chấm dứt|kết thúc) hoạt "
                               r"động(?![^\W\d_])").match(self.text, named[1])
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
            date = self.change_date(s_start, s_end)
            if date is not None:
                item["date"] = date
            item["from"] = [p for p in sources if p is not None]
            if results:
                item["to"] = [p for p in results if p is not None]
            item["note"] = (f"change of places ({kind}): " + (
                f"dated '{date}'" if date else "the article gives no date"))
            self.fact(item, quote if kind == "merged" else self.quote(start, s_end))

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

    def change_date(self, s_start: int, s_end: int) -> str | None:
        """The date of a change told in the sentence ``s_start``-``s_end``."""
        days = [d for d in self.dates_in(s_start, s_end) if d.kind == "day"]
        since = [d for d in days if re.search(r"[Tt]ừ (?:ngày )?$", self.text[
            max(0, d.start - 9):d.start]) or d.text.lower().startswith("từ")]
        if since:
            return since[0].date.isoformat()
        n_start = s_end + 1
        n_end = self.sentence(n_start)[1] if n_start < len(self.text) else n_start
        effective = re.search(r"(?:có hiệu lực|hoạt động) (?:kể )?từ ngày ",
                              self.text[n_start:n_end])
        if effective is not None and self.text[s_end:s_end + 1] == ".":
            later = self.dates_in(n_start + effective.start(), n_end)
            if later:
                return later[0].date.isoformat()  # … Các quyết định có hiệu lực từ ngày D
        lead = self.text[s_start:s_end].lstrip()
        if days and (days[0].start - s_start <= 3 or re.search(
                r"(?:^|, )$", self.text[s_start:days[0].start])):
            return days[0].date.isoformat()  # Ngày D, … / Về …, ngày D, …
        if lead.startswith("Cùng ngày") or self.text[s_start - 1:s_start] == ";":
            p_start, p_end = self.sentence(max(0, s_start - 2))
            return self.change_date(p_start, p_end)
        return None

    def tasks(self) -> None:
        """Deadlines: ``N tổ chức cơ sở đảng … (sẽ) hoàn thành đại hội trước ngày D`` is a
        task due before D, named by its clause (without ``sẽ``), planned unless the clause
        says it is done (``đã``)."""
        for mention in self.dates:
            if mention.kind != "deadline":
                continue
            s_start, _s_end = self.sentence(mention.start)
            cuts = [m.end() for m in re.finditer(r",| để |: |-", self.text[s_start:mention.start])]
            clause_start = s_start + (cuts[-1] if cuts else 0)
            clause = self.text[clause_start:mention.start].strip()
            if not re.search(r"(?:hoàn thành|tổ chức xong|tổ chức)\b", clause) or \
                    len(clause.split()) < 4:
                continue
            name = re.sub(r" (?:sẽ|phải|cần) ", " ", f" {clause} ").strip()
            done = re.search(r"(?<![^\W\d_])đã(?![^\W\d_])", clause) is not None
            lead = re.match(NUMBER + r" ", clause)
            item: dict[str, Any] = {
                "id": f"task-before-{mention.date.isoformat()}", "type": "task",
                "name": {"vi": name}, "status": "completed" if done else "planned",
                "as_of": self.published.isoformat(),
                "due_before": mention.date.isoformat()}
            if lead is not None and not lead["qual"] and "." not in lead["num"]:
                item["count"] = int(lead["num"])
            item["note"] = (f"task (… trước ngày D): due before '{mention.text}'; "
                            + ("done, the clause says đã" if done else "planned"))
            start = self.text.find(clause, clause_start)
            self.fact(item, self.quote(start, mention.end))

    def subordinations(self) -> None:
        """``ORG trực thuộc ORG``: the first is under the second, as of publication; so is
        ``ORG được thành lập …, trực thuộc ORG`` (the organisation founded)."""
        orgs = [m for m in self.mentions if not m.issuer]
        for mention in orgs:
            link = re.match(r" (?:là tổ chức đảng |hiện )?trực thuộc ", self.text[mention.end:])
            founded = re.match(r"(?: mới)? (?:đã |sẽ )?được thành lập", self.text[mention.end:])
            if link is None and founded is not None and mention.ref == mention.org:
                _s_start, s_end = self.sentence(mention.start)
                link = re.compile(r", (?:và )?(?:là tổ chức đảng )?trực thuộc ").search(
                    self.text, mention.end, s_end)
                if link is not None:
                    link = re.match(r".*", self.text[mention.end:link.end()], re.S)
            if link is None or mention.ref != mention.org:
                continue
            parent = [m for m in orgs if m.start == mention.end + link.end()]
            if not parent or parent[0].org == mention.org:
                continue
            self.fact({"id": f"{mention.org.removesuffix('-party')}-under-"
                             f"{parent[0].org.removesuffix('-party')}",
                       "type": "subordination", "child": mention.org,
                       "parent": parent[0].org, "as_of": self.published.isoformat(),
                       "note": "subordination (ORG trực thuộc ORG): as of publication"},
                      self.quote(mention.start, parent[0].end))

    def named_event(self, mention: DateMention, head: int, s_end: int) -> bool:
        """``Ngày D, Hội nghị … / Lễ … (đã) khai mạc / bế mạc / diễn ra / được tổ chức``: an
        event named first, dated by the first day, its participants the committees its name
        names; True when one was drafted."""
        named = re.match(r"(?P<name>(?:Hội nghị|Lễ|Kỳ họp) [^,.;:\n]{5,140}?)(?: \([^)]*\))? "
                         r"(?:đã )?(?:long trọng )?(?:khai mạc|bế mạc|diễn ra|được tổ chức|"
                         r"tiến hành|được long trọng tổ chức)(?![^\W\d_])",
                         self.text[head:s_end])
        if named is None:
            return False
        end = head + named.end("name")
        date = mention.first.isoformat()
        inside = [m.ref for m in self.mentions if head <= m.start < end and m.ref != m.org]
        item: dict[str, Any] = {"id": f"event-{date}", "type": "event",
                                "name": {"vi": " ".join(named["name"].split())}, "date": date}
        if inside:
            item["participants"] = list(dict.fromkeys(inside))
        item["note"] = (f"event (Ngày D, Hội nghị/Lễ … khai mạc/diễn ra): on the first day of "
                        f"'{mention.text}'")
        self.fact(item, self.quote(mention.start, head + named.end()))
        return True

    def meetings(self) -> None:
        """A sentence that opens with its date and a committee: ``Ngày 3-6, BODY (đã) làm
        việc với BODY`` is a session; ``Ngày 26-6, BODY tổ chức Hội nghị …`` / ``… Lễ …`` and
        ``Trong 2 ngày D1 và D2, BODY (đã) họp`` are events (dated by the first day)."""
        for mention in self.dates:
            if mention.kind not in ("day", "range"):
                continue
            s_start, s_end = self.sentence(mention.start)
            lead = self.text[s_start:mention.start].strip()
            if lead not in ("", "Trước đó,", "Sau đó,") or \
                    self.text[mention.end:mention.end + 2] != ", ":
                continue
            head = mention.end + 2
            venue = re.match(r"tại [^,.;:\n]{3,80}?, ", self.text[head:s_end])
            if venue is not None:
                head += venue.end()  # Sáng 14-3, tại Hội trường X, BODY tổ chức …
            if self.named_event(mention, head, s_end):
                continue
            actors = [m for m in self.mentions if head <= m.start < s_end]
            if actors and self.text[head:actors[0].start] == "Ban Chấp hành ":
                actors[0] = Mention(head, actors[0].end, actors[0].org,
                                    actors[0].ref)  # Ban Chấp hành Đảng bộ X: its committee
            if actors and actors[0].start != head:
                # Ngày D, a group the rules cannot name (làm việc với BODY): a session of
                # that body with it
                unnamed = re.match(r"(?:Tổ|Đoàn) công tác [^,.;:\n]{3,80}?" + _LED_BY
                                   + r" (?:đã )?làm việc với ", self.text[head:s_end])
                if unnamed is not None and actors[0].start == head + unnamed.end():
                    end = actors[0].end
                    date = mention.first.isoformat()
                    self.fact({"id": f"session-{date}", "type": "session",
                               "name": {"vi": " ".join(self.text[head:end].split())},
                               "date": date, "participants": [actors[0].ref],
                               "note": f"session (Ngày D, Tổ/Đoàn công tác … làm việc với "
                                       f"BODY): on '{mention.text}'; the group is not drafted"},
                              self.quote(mention.start, end))
                continue
            if not actors:
                continue
            rest = self.text[actors[0].end:s_end]
            date = mention.first.isoformat()
            participants = list(dict.fromkeys(m.ref for m in actors))
            session = re.match(_LED_BY + r" (?:đã )?làm việc với ", rest)
            event = re.match(r" (?:đã )?(?:long trọng )?tổ chức (?=(?:[Hh]ội nghị|[Ll]ễ) )", rest)
            met = re.match(r" (?:đã )?họp(?![^\W\d_])", rest)
            if session is not None:  # the group and whom it met, not who leads it
                met_at = actors[0].end + session.end()
                participants = list(dict.fromkeys(
                    [actors[0].ref, *(m.ref for m in actors if m.start >= met_at)]))
            if session is not None and len(participants) > 1:
                end = actors[-1].end
                self.fact({"id": f"session-{date}", "type": "session",
                           "name": {"vi": " ".join(self.text[actors[0].start:end].split())},
                           "date": date, "participants": participants,
                           "note": f"session (Ngày D, BODY làm việc với BODY): on "
                                   f"'{mention.text}'"}, self.quote(mention.start, end))
            elif event is not None or met is not None:
                if event is not None:
                    at = actors[0].end + event.end()
                    stop = re.compile(r",|\.(?=\s)| \(|\n").search(self.text, at)
                    end = min(stop.start() if stop else s_end, s_end)
                    name = self.text[at:end]
                else:
                    end = s_end
                    name = self.text[actors[0].start:end]
                self.fact({"id": f"event-{date}", "type": "event",
                           "name": {"vi": " ".join(name.split())}, "date": date,
                           "participants": participants[:1],
                           "note": f"event (Ngày D, BODY tổ chức Hội nghị/Lễ …, or họp): on "
                                   f"the first day of '{mention.text}'"},
                          self.quote(mention.start, end))

    # -- documents, programmes, progress, captions ------------------------------------------

    def documents(self) -> None:
        """Congress documents by the names the vocabulary gives them (the ``skos:altLabel``s
        of ``document.kind``): ``Nghị quyết Đại hội … khóa XVI`` is that congress's
        resolution; a list ``(dự thảo lần N) Báo cáo chính trị, Báo cáo kiểm điểm …, Nghị
        quyết và Chương trình hành động trình Đại hội …`` are documents put to that congress.
        A document named without its congress is not drafted (``Nghị quyết số …`` is an
        instrument, read by ``instruments``)."""
        if not self.words.documents:
            return
        term_re = re.compile(
            r"(?:dự thảo lần (?P<n>[0-9]+) )?(?P<t>" + self.words.document_pattern()
            + r")(?P<by> của (?:Ban Chấp hành|Ban Thường vụ|cấp ủy)(?= |,))?(?![^\W\d_])")
        kinds = {t.words: t for t in self.words.documents}
        congress_at = dict(self.congress_at)
        found = list(term_re.finditer(self.text))
        i = 0
        while i < len(found):
            run = [found[i]]
            while i + 1 < len(found) and re.fullmatch(
                    r",\s*|\s+và\s+|,\s+và\s+", self.text[run[-1].end():found[i + 1].start()]):
                i += 1
                run.append(found[i])
            i += 1
            # put to a congress (… trình Đại hội X), perhaps after words of its own (của Ban
            # Chấp hành Đảng bộ … khóa XX, cấp ủy nhiệm kỳ …); or of the congress named next
            link = re.match(r"(?P<tail>(?: [^.;:\n“”()]{1,80}?)?) (?P<put>(?:để )?(?:trình|phục "
                            r"vụ) )(?=[Đđ]ại hội)", self.text[run[-1].end():]) or \
                re.match(r" ?", self.text[run[-1].end():])
            assert link is not None
            at = run[-1].end() + link.end()
            congress = congress_at.get(at)
            if congress is None and link.groupdict().get("put"):
                congress = self.only_planned_congress()  # … trình đại hội: the one prepared
            if congress is None or (link.groupdict().get("put") is None and len(run) > 1):
                continue
            named = _CONGRESS.match(self.text, at)
            end = named.end() if named else at + len("Đại hội")
            put = link.groupdict().get("put")
            field_name = "for_congress" if put else "of_congress"
            for term in run:
                kind = kinds[term["t"]]
                words = term["t"] + (term["by"] or "")
                item: dict[str, Any] = {
                    "id": f"{congress}-{kind.kind}", "type": "document", "kind": kind.kind,
                    field_name: congress,
                    "name": {"vi": words, "en": kind.label_en[:1].upper() + kind.label_en[1:]}}
                if term["n"]:
                    item["draft_number"] = int(term["n"])
                item["note"] = (f"document ({kind.kind}: '{kind.words}', a term of the "
                                "vocabulary) " + ("put to" if put else "of")
                                + " the congress named after it")
                quote = self.quote(term.start(), end) if len(run) == 1 else \
                    self.quote(term.start(), term.end())
                if field_name == "of_congress":
                    # named in passing (thực hiện Nghị quyết Đại hội …): drafted only when
                    # the text says what it holds (its programmes)
                    self.named_documents[term.start()] = (item, quote)
                    continue
                ident = self.entity(item, quote)
                if ident is not None:
                    self.document_at.append((term.start(), ident))

    def only_planned_congress(self) -> str | None:
        """The one congress the article says is planned (not held), if there is one."""
        planned = {c for _at, c in self.congress_at if "planned" in self.entities[c]
                   and "held" not in self.entities[c]}
        return planned.pop() if len(planned) == 1 else None

    def programmes(self) -> None:
        """``N chương trình (trọng tâm) của DOCUMENT (đó) là A; B; C``: N programmes, part of
        that document, each named by its clause up to a comma that opens a second aim
        (``xây dựng X, phát triển Y`` is named ``xây dựng X``); drafted only when the text
        lists exactly N."""
        documents = dict(self.document_at)
        pattern = re.compile(r"(?<![0-9])([0-9]+) chương trình (?:trọng tâm |đột phá |trọng "
                             r"điểm )?của (?=[A-ZĐ])")
        for match in pattern.finditer(self.text):
            document = documents.get(match.end())
            if document is None and match.end() in self.named_documents:
                document = self.entity(*self.named_documents[match.end()])
            if document is None:
                continue
            stop = re.compile(r"\.(?=\s)|\n").search(self.text, match.end())
            p_end = stop.start() if stop else len(self.text)
            lead = re.compile(r",? (?:đó |đấy )?(?:là|gồm)[: ]\s*").search(
                self.text, match.end(), p_end)
            if lead is None or lead.start() - match.end() > 120:
                continue
            parts: list[tuple[int, int]] = []
            pos = lead.end()
            for piece in self.text[lead.end():p_end].split(";"):
                stripped = piece.strip()
                start = pos + piece.find(stripped)
                parts.append((start, start + len(stripped)))
                pos += len(piece) + 1
            if len(parts) != int(match[1]) or any(e - s < 10 for s, e in parts):
                continue
            for start, end in parts:
                words = self.text[start:end]
                second = re.search(r", (?=(?:" + _AIM_VERBS + r") )", words)
                name = words[:second.start()] if second else words
                self.entity({"id": f"programme-{slug(' '.join(name.split()[:6]))}",
                             "type": "programme", "part_of": document,
                             "name": {"vi": name, "en": f"Programme: {name}"},
                             "note": "programme: one of the N programmes a document lists "
                                     "(N chương trình … của DOCUMENT là A; B; C)"},
                            self.quote(start, end))

    def progress(self) -> None:
        """Work reported done or under way, named by its noun phrase: ``Quy trình X (hiện) đã
        thực hiện xong`` (completed), ``đang (tiếp tục) thực hiện quy trình X, làm cơ sở …``
        (in progress), and ``Đến D, N UNITS đã tổ chức xong đại hội`` (completed by the end
        of D, a count of N)."""
        asof = self.published.isoformat()
        done = re.compile(r"(?<![^\W\d_])(?P<name>(?:[Qq]uy trình|[Cc]ông tác|[Vv]iệc) "
                          r"[^,.;:\n“”]{3,120}?) (?:hiện |nay )?(?:đã )?(?:thực hiện|tiến hành|"
                          r"triển khai|hoàn thành) xong")
        doing = re.compile(r"(?<![^\W\d_])đang (?:tiếp tục |khẩn trương )?(?:thực hiện|triển "
                           r"khai|tiến hành) (?P<name>(?:quy trình|công tác|việc) "
                           r"[^.;:\n“”]{3,200}?)"
                           r"(?=,? (?:làm cơ sở|để|nhằm|góp phần|tạo)|[.;:\n“”]|$)")
        for regex, status in ((done, "completed"), (doing, "in-progress")):
            for match in regex.finditer(self.text):
                name = " ".join(match["name"].split())
                self.fact({"id": f"task-{slug(' '.join(name.split()[:6]))}", "type": "task",
                           "name": {"vi": name[:1].upper() + name[1:]}, "status": status,
                           "as_of": asof,
                           "note": f"task ({status}): work the text reports "
                                   + ("done (… đã thực hiện xong)" if status == "completed"
                                      else "under way (đang thực hiện …)")},
                          self.quote(match.start("name") if status == "in-progress"
                                     else match.start(), match.end()))
        by = re.compile(r"(?P<lead>(?:^|(?<=\n)|(?<=\. ))Đến )(?P<rest>[^,.;\n]{3,40}), "
                        r"(?P<name>(?P<n>[0-9]+) [^,.;:\n]{3,80}?) đã "
                        r"(?P<verb>tổ chức xong|hoàn thành) (?P<what>đại hội)(?![^\W\d_])")
        for match in by.finditer(self.text):
            dates = [d for d in self.dates_in(match.start("rest"), match.end("rest"))]
            if len(dates) != 1:
                continue
            name = f"{match['name']} {'tổ chức' if 'tổ chức' in match['verb'] else 'hoàn thành'}" \
                   f" {match['what']}"
            self.fact({"id": f"task-by-{dates[0].last.isoformat()}", "type": "task",
                       "name": {"vi": name}, "status": "completed", "as_of": asof,
                       "completed_by": dates[0].last.isoformat(), "count": int(match["n"]),
                       "note": f"task (Đến D, N … đã tổ chức xong đại hội): completed by the "
                               f"last day of '{dates[0].text}'"},
                      self.quote(match.start("lead"), match.end()))

    def captions(self) -> None:
        """A photo caption (a line that names a position, ``(thứ 4 từ phải sang)``, or ends in
        ``Ảnh: …``) telling of flowers, a gift or an award given (``tặng hoa``, ``trao
        tặng``, ``trao Huy hiệu`` …) is an event; undated unless the caption gives a day."""
        for line in re.finditer(r"[^\n]+", self.text):
            words = line.group(0)
            if not (re.search(r"\(thứ [0-9]+ từ (?:trái|phải) sang\)", words)
                    or re.search(r"Ảnh:\s*\S+\s*$", words)):
                continue
            gift = re.search(r"(?<![^\W\d_])(?:tặng hoa|trao tặng|trao quà|tặng quà|trao "
                             r"(?:Huy hiệu|Bằng khen|Giấy khen|Cờ|quyết định))", words)
            if gift is None:
                continue
            stop = re.compile(r"\.(?=\s)").search(self.text, line.start() + gift.end(),
                                                  line.end())
            end = stop.start() if stop else line.end()
            # the committees named after the verb receive; those before it are titles
            actors = [m.ref for m in self.mentions if line.start() + gift.end() <= m.start < end]
            people = [p for p, at, _e, _posts in self.readings if line.start() <= at < end]
            days = [d for d in self.dates_in(line.start(), end) if d.kind == "day"]
            name = re.sub(r"\s*\(thứ [0-9]+ từ (?:trái|phải) sang\)", "",
                          self.text[line.start():end])
            item: dict[str, Any] = {"id": f"event-caption-{line.start()}", "type": "event",
                                    "name": {"vi": " ".join(name.split())}}
            if days:
                item["date"] = days[0].first.isoformat()
            participants = list(dict.fromkeys([*people, *actors]))
            if participants:
                item["participants"] = participants
            item["note"] = "event: a photo caption telling of flowers, a gift or an award"
            self.fact(item, self.quote(line.start(), end))

    def passing_places(self) -> None:
        """Places named in passing (``của thị trấn Cao Thử``, ``thuộc thành phố Long Thử
        cũ``): a unit word and a proper name after a preposition, that the other rules did not
        declare; a unit named ``… cũ`` (former) is the same place."""
        for match in re.finditer(r"(?<![^\W\d_])(?:của|thuộc|tại|ở|trên địa bàn|về|từ) "
                                 r"(?P<unit>" + UNIT_WORDS + r") (?=[A-ZĐ])", self.text):
            named = proper_name(self.text, match.end(), old=True)
            if named is None:
                continue
            name = named[0].removesuffix(" cũ")
            unit_words = match["unit"].lower()
            unit = unit_named(unit_words, name, central_city=self.central_city,
                              two_tier=self.two_tier)
            ident = f"{slug(name)}-{unit.id_word}"
            if ident in self.entities:
                continue
            self.entity({"id": ident, "type": "place", "kind": unit.place_kind,
                         "name": {"vi": f"{unit_words} {name}", "en": f"{name} {unit.id_word}"},
                         "note": "place: a unit word and a proper name after a preposition, "
                                 "named in passing"},
                        self.quote(match.start("unit"), named[1]))

    def run(self) -> None:
        """Every rule, in the order their readings build on each other."""
        self.organisations()
        self.mentions.sort(key=lambda m: m.start)
        self.working_groups()
        self.congresses()
        self.cell_congresses()
        self.terms()
        self.elected_bodies()
        self.instruments()
        self.changes()
        self.committees_ended()
        self.place_changes()
        self.observations()
        self.tallies()
        self.people()
        self.shared_posts()
        self.attendances()
        self.tasks()
        self.subordinations()
        self.meetings()
        self.documents()
        self.programmes()
        self.progress()
        self.captions()
        self.passing_places()


_LINKING = {"và", "của", "được", "đã", "với", "tại", "trong", "là", "cho", "thuộc", "về"}


def _capital_soon(text: str, pos: int) -> bool:
    """Whether a capitalised word comes within the next three words after ``pos``, with no
    linking word (và, của, …) before it."""
    for word in text[pos:pos + 60].split(" ")[1:4]:
        if not word or word in _LINKING or not word[0].isalpha():
            return False
        if word[0].isupper():
            return True
    return False


def _institution(text: str, pos: int) -> tuple[str, int] | None:
    """An institution's name at ``pos`` (``Trường THPT Khê Mẫu``, ``Trung tâm Y tế huyện
    Khê Mẫu``): capitalised words, and a unit word followed by a capitalised name."""
    words = re.compile(r"[^\W_]+")
    lead = re.match(r"(?:Trung tâm|Bệnh viện|Công an|Ban Chỉ huy|Văn phòng|Cơ quan|Công ty) ",
                    text[pos:])
    end, kept = pos + (lead.end() if lead else 0), 0
    while (match := words.match(text, end)) is not None and kept < 10:
        word = match.group(0)
        unit = re.match(r"(?:thị xã|thị trấn|thành phố|huyện|xã|phường|tỉnh|quận) (?=\w)",
                        text[match.start():])
        if unit is not None and text[match.start() + unit.end()].isupper():
            end, kept = match.start() + unit.end(), kept + 1
            continue
        if not word[0].isupper() and not word[0].isdigit() and (
                word in _LINKING or not _capital_soon(text, match.end())):
            break  # lowercase words only inside a name (Trung tâm Y tế huyện X)
        end, kept = match.end(), kept + 1
        if text[end:end + 1] != " ":
            break
        end += 1
    name = text[pos:end].rstrip()
    if len(name.split()) < 2:
        return None
    return name, pos + len(name)


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
    and measure in the article (tổng số 29.347); a share (percent) never does: two shares of
    one measure rate different things (organisations, members)."""
    exact = {(f["of"], f["measure"]) for f in facts
             if f["type"] == "observation" and "the article says" not in f["note"]}
    return [f for f in facts if f["type"] != "observation" or "the article says" not in
            f["note"] or "percent" in f or (f["of"], f["measure"]) not in exact]


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
        dated = [item.get(f) for f in ("as_of", "from", "date") if item["type"] in
                 ("observation", "tally", "holding", "session", "event", "subordination")]
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


_TYPE_ORDER = ["place", "organisation", "body", "organ", "directive", "person", "post",
               "term", "congress", "document", "programme"]


def draft_sheet_text(article: Article, header: ArticleHeader, *, source_id: str,
                     outlet: str, text_path: str, corpus: Corpus | None = None,
                     vocabulary: Vocabulary | None = None) -> DraftedSheet:
    """Draft the fact sheet of ``article``: its YAML text and the drafted items, with the
    ids of the entities ``corpus`` (the project's other sheets) already declares. The terms
    of ``vocabulary`` (the project's concept schemes; the installed ones when None) are
    read as well as the rules' own (see ``terms``)."""
    drafter = _Drafter(article, header.published, cached_terms(vocabulary))
    drafter.run()
    entities = sorted(drafter.entities.values(), key=lambda e: _TYPE_ORDER.index(e["type"]))
    # An entity must be declared before a field names it only in the reader's eyes; the
    # loader accepts any order, but a sheet reads better places first.
    entities = _not_after_publication(entities, header.published)
    facts = _dedupe_ids(_merge_holdings(_drop_approximate(
        _not_after_publication(drafter.facts, header.published))))
    if corpus is not None:
        link_items(entities, facts, corpus)
    entities = [_order(e) for e in entities]
    facts = [_order(f) for f in facts]
    source = {"id": source_id, "outlet": outlet, "outlet_code": header.outlet_code,
              "title": None, "published": header.published.isoformat(), "url": None,
              "text": text_path, "language": "vi"}
    comment = (f"Fact sheet for {source_id}, DRAFTED by rules from the article's text "
               "(partygraph draft).\nEvery item with `draft: true` is unreviewed: check its "
               "quote, fields and note,\nfix or delete it, then remove `draft: true`. See "
               "docs/drafting.md.")
    return DraftedSheet(render(comment, source, entities, facts), entities, facts,
                        drafter.quoted_at)
