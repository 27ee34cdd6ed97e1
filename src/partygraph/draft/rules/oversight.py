"""Oversight figures, the measures added on 2026-12-05: the party badges awarded (``trao Huy
hiệu 30 năm tuổi Đảng cho 12 đảng viên``) and the organisations and members inspected,
supervised and disciplined (``kiểm tra 12 tổ chức đảng và 30 đảng viên``, ``giám sát chuyên
đề …``, ``thi hành kỷ luật 9 đảng viên, trong đó khai trừ 2 …``), each `of` whoever's figure
it is (docs/fact-sheets.md, Conventions: "Whose figure", "The parts of a total")."""

from __future__ import annotations

import re
from typing import Any

from partygraph.draft.dates import DateMention
from partygraph.draft.rules.figures import APPROX, FigureRules

__all__ = ["OversightRules"]

_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
          "chín": 9, "mười": 10}
"""The counts up to ten the press spells out (``cảnh cáo một tổ chức đảng``)."""

_FIGURE = (r"(?<![\w.,])(?:(?P<qual>hơn|trên|gần|khoảng) )?"
           r"(?P<num>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+|"
           + "|".join(list(_WORDS) + [w.capitalize() for w in _WORDS]) + r")(?![0-9]|[.,][0-9]|"
           r" ?%)")
"""A count: digits (``1.036``, with a qualifier) or a word up to ten."""

_COUNTED = re.compile(_FIGURE + r"(?P<unit> (?:tổ chức (?:cơ sở )?đảng|chi bộ|đảng bộ|đảng viên|"
                      r"đồng chí|trường hợp|cán bộ(?: diện [^,.;:\n]{1,60}? quản lý)?))?"
                      r"(?![^\W\d_])")
"""A count and what it counts (organisations: ``tổ chức đảng``, ``chi bộ``, ``đảng bộ``;
members: ``đảng viên``, and when disciplined ``đồng chí``, ``trường hợp``, ``cán bộ``); the
unit may be left to the next figure of a list (``khiển trách 12, cảnh cáo 5 đảng viên``)."""

_ORGANISATIONS = ("tổ chức", "chi bộ", "đảng bộ")
"""The units that count party organisations."""

_JOIN = re.compile(r"(?:,| và|, và) ")
"""Between the figures of one verb (``12 tổ chức đảng và 30 đảng viên``)."""

_KIND = r"(?P<kind>khiển trách|cảnh cáo|cách chức|khai trừ(?: ra)?(?: khỏi Đảng)?)"

_VERB = re.compile(r"(?<![^\W\d_])(?<![Bb]an )(?<!bị )(?P<verb>kiểm tra|"
                   r"(?<!kiểm tra, )(?<!kiểm tra và )giám sát|"
                   r"(?:thi hành |xử lý )?kỷ luật)"
                   r"(?P<how>(?: chuyên đề| thường xuyên)?(?: khi có dấu hiệu vi phạm| (?:việc|"
                   r"thực hiện|chấp hành|tài chính)[^.;:\n0-9]{0,80}? (?:đối với|tại)(?= [0-9])|"
                   r" tài chính(?: đảng)?(?= [0-9]))?)(?: theo thẩm quyền)?"
                   r"(?:(?: bằng hình thức)? " + _KIND + r")?(?: đối với)? (?=(?:(?:hơn|trên|gần|"
                   r"khoảng) )?[0-9])")
"""``(đã) kiểm tra (khi có dấu hiệu vi phạm) (đối với) …``, ``giám sát chuyên đề …`` (not
``kiểm tra, giám sát N …``, one figure of both, which no measure holds),
``kiểm tra việc thực hiện … đối với (tại) …``, ``kiểm tra tài chính đảng …``, ``(thi hành / xử
lý) kỷ luật (theo thẩm quyền) (bằng hình thức khiển trách) …``: a verb of oversight before its
figures."""

_AFTER_KIND = re.compile(r" (?:khi có dấu hiệu vi phạm|bằng hình thức " + _KIND + r")"
                         r"(?![^\W\d_])")
"""The kind told after the figures (``… 21 đảng viên khi có dấu hiệu vi phạm``, ``… 2 đảng viên
bằng hình thức khiển trách``)."""

_MEASURE_VERB = re.compile(r"(?<![^\W\d_])" + _KIND + r"(?:(?: đối với)? (?=[0-9]|(?:"
                           + "|".join(_WORDS) + r") )| \((?=[0-9]+\)))")
"""``khai trừ (ra khỏi Đảng) 9 đảng viên``, ``khiển trách 14 đồng chí``, ``cảnh cáo một tổ
chức đảng``: members (or organisations) disciplined by one measure, a part of a total or a
figure of its own; ``(kỷ luật … bằng các hình thức:) khiển trách (9), cảnh cáo (3)``: the
members of each measure in brackets."""

_NONE_DISCIPLINED = re.compile(r"(?<![^\W\d_])[Kk]hông có (?P<units>(?:tổ chức (?:cơ sở )?đảng|"
                               r"đảng viên)(?:(?:,| và|, và) (?:tổ chức (?:cơ sở )?đảng|đảng "
                               r"viên))?)(?: nào)? (?:bị|phải) (?:thi hành |xử lý )?kỷ luật"
                               r"(?![^\W\d_])")
"""``(ORG) không có tổ chức đảng, đảng viên (nào) bị thi hành kỷ luật``: none disciplined, a
figure of 0 for each unit."""

_PASSIVE = re.compile(_FIGURE + r" (?P<unit>tổ chức (?:cơ sở )?đảng|đảng viên) (?:đã )?bị "
                      r"(?:(?:thi hành |xử lý )?kỷ luật(?:(?: bằng hình thức)? " + _KIND
                      + r")?|" + _KIND.replace("kind", "alone") + r")(?![^\W\d_])")
"""``2 tổ chức đảng bị kỷ luật (bằng hình thức khiển trách)``, ``3 đảng viên bị khai trừ (ra
khỏi Đảng)``."""

_CHECKED = re.compile(r" (?:đã )?được (?P<verb>kiểm tra|giám sát)(?P<how>(?: chuyên đề| thường "
                      r"xuyên)?(?: khi có dấu hiệu vi phạm)?)(?![^\W\d_])")
"""``(có) 25 tổ chức đảng và 60 đảng viên được kiểm tra (khi có dấu hiệu vi phạm)``: inspected or
supervised, told in the passive after the figures."""

_BADGE_GIVEN = re.compile(r"(?<![^\W\d_])Huy hiệu (?P<badge>[0-9]+(?:, [0-9]+)*(?:,? và [0-9]+)? "
                          r"năm tuổi Đảng|Đảng)"
                          r"(?: đợt [0-9][0-9/-]*)? cho " + _FIGURE
                          + r" (?:lượt )?(?:đảng viên|đồng chí)(?![^\W\d_])")
"""``(trao) Huy hiệu 40 năm tuổi Đảng cho 6 đảng viên``, ``trao Huy hiệu Đảng đợt 3-2 cho 287
đảng viên``, ``trao Huy hiệu 30, 40 và 50 năm tuổi Đảng cho 52 đảng viên``, ``… cho 512 lượt
đảng viên``."""

_BADGE_COUNTED = re.compile(_FIGURE + r" Huy hiệu (?P<badge>[0-9]+ năm tuổi Đảng|Đảng)"
                            r"(?![^\W\d_])")
"""``(đã trao) 8 Huy hiệu Đảng``, ``(trong đó có) 1 Huy hiệu 75 năm tuổi Đảng``: the badges
counted themselves, when the sentence tells them given."""

_PROPOSED = re.compile(r"(?<![^\W\d_])đề nghị(?: [^.;:\n]{0,80}?)? (?:xét )?(?:tặng|trao)"
                       r"(?: tặng)?(?![^\W\d_])")
"""``(ORG) đề nghị Ban Thường vụ Tỉnh ủy xét tặng Huy hiệu Đảng … cho N đảng viên``: badges
proposed, the proposer's organisation's figure (the measure counts badges awarded or proposed
for), dated as the article tells it, never by a ceremony."""

_BADGE_TAKEN = re.compile(_FIGURE + r" (?:đảng viên|đồng chí)(?: khác)? (?:được (?:trao|tặng|"
                          r"nhận)(?: tặng)?|nhận|đón nhận) Huy hiệu (?P<badge>[0-9]+ năm(?: tuổi "
                          r"Đảng)?|Đảng)(?![^\W\d_])")
"""``46 đảng viên được trao Huy hiệu Đảng``, ``12 đồng chí nhận Huy hiệu 50 năm``."""

_BADGE_PART = re.compile(_FIGURE + r" (?:đảng viên|đồng chí) (?P<badge>[0-9]+ năm tuổi Đảng)"
                         r"(?![^\W\d_])")
"""``…được trao Huy hiệu Đảng, trong đó 2 đồng chí 70 năm tuổi Đảng, 9 đồng chí 60 năm tuổi
Đảng``: the badges of each kind, listed after a ceremony's total (its sentence names the
badge)."""

_BADGE_NAMED = re.compile(r"(?<![^\W\d_])Huy hiệu(?![^\W\d_])")

_GIVING = re.compile(r"(?<![^\W\d_])(?:trao|tặng|được trao|được tặng|nhận)(?![^\W\d_])")

_SUBJECT_AFTER = re.compile(r"(?: \([^()\n]{0,60}\))?(?: (?:khóa [IVXLC]+|nhiệm kỳ [0-9]{4}-"
                            r"[0-9]{4}))?,? (?:(?:đã|cũng|đều|vừa|tiếp tục|tiếp nhận,?|qua giám "
                            r"sát,?) )*(?:kiểm tra|giám sát|thi hành|kỷ luật|khiển trách|cảnh "
                            r"cáo|cách chức|khai trừ|chuyển sang|quyết định|đề nghị)(?![^\W\d_])")
"""What follows the subject of a verb of oversight (``Ủy ban Kiểm tra Tỉnh ủy đã kiểm tra``,
``Đảng ủy phường thi hành kỷ luật``)."""

_ALL_LEVELS = re.compile(r"(?<![^\W\d_])(?:các cấp|[Cc]ấp ủy|[Cc]ác cấp ủy)(?![^\W\d_])"
                         r"(?! viên)")
"""The committees and commissions of every level (``cấp ủy, ủy ban kiểm tra các cấp trong
tỉnh``): the whole organisation's figure."""

_SESSION = re.compile(r"\s*(?:Cũng )?(?:[Tt]ại |[Kk]ết luận )?(?:[Kk]ỳ họp|[Hh]ội nghị)"
                      r"(?![^\W\d_])")
"""A clause whose subject is a session (``Kỳ họp cũng quyết định …``)."""

_SESSION_HELD = re.compile(r"(?:tổ chức|tiến hành|họp) (?:[Kk]ỳ họp|[Hh]ội nghị)(?![^\W\d_])")

_AT_EVENT = re.compile(r"(?<![^\W\d_])(?:[Dd]ịp này|[Tt]ại (?:buổi )?lễ|[Tt]ại (?:kỳ họp|hội "
                       r"nghị)|[Đđ]ợt này|[Cc]ũng tại)(?![^\W\d_])")

_OWN_PERIOD = re.compile(r"(?<![^\W\d_])(?:(?:[Tt]rong|[Cc]ả|[Qq]ua) nhiệm kỳ|nhiệm kỳ qua|năm "
                         r"qua|tháng qua|đến nay|[Tt]ừ|[Nn]ăm [0-9]{4}|tháng|quý|giai đoạn)"
                         r"(?![^\W\d_])")
"""Words that give a figure a period of its own."""

_CARRIED = re.compile(r"\s*(?:Riêng|Trong đó|Trong năm|Cũng trong năm|Qua kiểm tra|Qua "
                      r"giám sát)(?![^\W\d_])")
"""A sentence that goes on with the period of the figures before it."""

_OBJECT = re.compile(r"(?<![^\W\d_])(?:đề nghị|yêu cầu|đối với|với|của|và|thuộc) $")
"""Before an organisation named as the object of a verb, not its subject."""

_PLAN_WORDS = ("[Cc]hương trình", "[Kk]ế hoạch", "yêu cầu", "phấn đấu", "dự kiến", "sẽ", "cần",
               "phải")
"""Words before a figure that make it a plan, a target or a task, not a result."""


def _words(*words: str) -> re.Pattern[str]:
    """Any of ``words`` (regular expressions) as a whole word."""
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(words) + r")(?![^\W\d_])")


_PLANNED = _words(*_PLAN_WORDS, "đề nghị")

_PLANNED_BADGES = _words(*_PLAN_WORDS)
"""A plan, a target or a task; badges proposed (``đề nghị trao Huy hiệu Đảng cho N đảng
viên``) count, as the measure's definition says."""

_DONE = re.compile(r"(?<![^\W\d_])(?:đã|vừa)(?![^\W\d_])")
"""Told as done (``… đã kiểm tra …``), whatever date its sentence names after."""

_LISTED_PART = re.compile(r"(?:khiển trách|cảnh cáo|cách chức|khai trừ)[^.;:\n]{0,40}"
                          r"(?:,| và|, và) $")
"""Before a figure in a list of measures (``khiển trách 7, cảnh cáo 4, khai trừ 1)``)."""

_ONE_PERSON = re.compile(r" (?:đảng viên|đồng chí) là ")
"""``… đối với 1 đảng viên là nguyên giám đốc …``: a decision about one person."""

_MORE_KINDS = re.compile(r"(?:,| và|, và) (?:khiển trách|cảnh cáo|cách chức|khai trừ)")
"""A list of measures going on (``khiển trách 12, cảnh cáo 5 …``)."""

_YEAR_OPENS = re.compile(r"(?:^|\. |: )(?:[Tt]rong )?[Nn]ăm ((?:19|20)[0-9]{2}), ")
"""A sentence of the paragraph that opens with its year (``Năm 2025, …``)."""

_DAY_OPENS = re.compile(r"(?:^|\n|[,:.] )\s*(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày)? ?$")
"""What comes before a day that opens a clause (``Sáng 2-2, …``, ``…, chiều 30-6, …``)."""

_DECIDED = re.compile(r"(?<![^\W\d_])quyết định(?![^\W\d_])")
_DECIDED_AT = re.compile(r"(?<![^\W\d_])(?:kỳ họp|hội nghị|quyết định|lễ)(?![^\W\d_])",
                         re.IGNORECASE)
_EVENT_TOLD = re.compile(r"(?<![^\W\d_])(?:kỳ họp|hội nghị|lễ|tổ chức)(?![^\W\d_])",
                         re.IGNORECASE)
"""A session, a conference, a ceremony told (``… tổ chức Kỳ họp thứ 6``)."""

_SCOPES = {"organisations-inspected": "tổ chức đảng được kiểm tra",
           "members-inspected": "đảng viên được kiểm tra",
           "organisations-supervised": "tổ chức đảng được giám sát",
           "members-supervised": "đảng viên được giám sát",
           "organisations-disciplined": "tổ chức đảng bị thi hành kỷ luật",
           "members-disciplined": "đảng viên bị thi hành kỷ luật"}


def _value(match: re.Match[str]) -> int | None:
    """The count a :data:`_FIGURE` match writes."""
    words = match["num"]
    if words.lower() in _WORDS:
        return _WORDS[words.lower()]
    try:
        return int(words.replace(".", ""))
    except ValueError:
        return None


class OversightRules(FigureRules):
    """Read the badges awarded and the inspections, supervision and discipline told."""

    def oversight(self) -> None:
        """Every oversight figure the article tells, in its order; the headline's last, when
        the text does not tell them again."""
        self._last: tuple[int, str, str] | None = None  # where, of whom, as of
        self._last_badge: tuple[int, str] | None = None  # where and when the badges told last
        self._seen: set[tuple[str, str, int, str, str]] = set()
        found: list[tuple[int, str, re.Match[str]]] = []
        for match in _VERB.finditer(self.text):
            found.append((match.start(), "verb", match))
        for match in _MEASURE_VERB.finditer(self.text):
            found.append((match.start(), "measure", match))
        for match in _PASSIVE.finditer(self.text):
            found.append((match.start(), "passive", match))
        for match in _BADGE_GIVEN.finditer(self.text):
            found.append((match.start(), "given", match))
        for match in _CHECKED.finditer(self.text):
            found.append((match.start(), "checked", match))
        for match in _BADGE_TAKEN.finditer(self.text):
            found.append((match.start(), "taken", match))
        for match in _BADGE_PART.finditer(self.text):
            found.append((match.start(), "part", match))
        for match in _BADGE_COUNTED.finditer(self.text):
            found.append((match.start(), "counted", match))
        for match in _NONE_DISCIPLINED.finditer(self.text):
            found.append((match.start(), "none", match))
        head_end = self.text.find("\n", self.title_start) if self.title_start >= 0 else -1
        body = [f for f in sorted(found, key=lambda f: f[0])
                if not self.title_start <= f[0] < head_end]
        head = [f for f in sorted(found, key=lambda f: f[0])
                if self.title_start <= f[0] < head_end]
        self._used: list[tuple[int, int]] = []
        for _at, shape, match in body:
            self._read(shape, match, headline=False)
        for _at, shape, match in head:
            self._read(shape, match, headline=True)

    def _read(self, shape: str, match: re.Match[str], *, headline: bool) -> None:
        """One oversight figure (or the figures of one verb)."""
        if any(a <= match.start() < b for a, b in self._used):
            return
        if shape in ("given", "taken", "part", "counted"):
            self._badges(shape, match, headline=headline)
            return
        if shape == "none":
            self._none(match, headline=headline)
            return
        s_start, _s_end = self.sentence(match.start())
        if self.aimed(match.start()) or _PLANNED.search(self.text, s_start, match.start()):
            return  # a plan, a target, a task: not a result
        if not _DONE.search(self.text, s_start, match.start()) and any(
                d.kind in ("day", "range") and d.last > self.published.last_day()
                for d in self.dates_in(*self.sentence(match.start()))):
            return  # (… kiểm tra … tại 12 chi bộ, từ ngày 15-10 đến 15-11-2025: work to come)
        figures: list[tuple[str, re.Match[str], str]] = []  # measure, count, kind
        start = match.start()
        if shape == "checked":  # N tổ chức đảng và M đảng viên được kiểm tra: the list before
            family = "inspected" if match["verb"] == "kiểm tra" else "supervised"
            how = " ".join(match["how"].split())
            listed = self._listed_before(s_start, match.start())
            if not listed:
                return
            start = listed[0].start()
            if any(a <= start < b for a, b in self._used):
                return
            for listed_count in listed:
                unit = listed_count["unit"].strip()
                whom = "organisations" if unit.startswith(_ORGANISATIONS) else "members"
                figures.append((f"{whom}-{family}", listed_count, how))
            end = match.end()
        elif shape == "verb":
            verb = match["verb"]
            family = {"kiểm tra": "inspected", "giám sát": "supervised"}.get(verb, "disciplined")
            how = " ".join(match["how"].split()).removesuffix(" đối với").removesuffix(" tại")
            kind = match["kind"] or ""
            pos = match.end()
            counts: list[re.Match[str]] = []
            while True:
                count = _COUNTED.match(self.text, pos)
                if count is None or not count["unit"]:
                    break
                unit = count["unit"].strip()
                if unit.startswith(("đồng chí", "trường hợp", "cán bộ")) and \
                        family != "disciplined":
                    break
                counts.append(count)
                pos = count.end()
                join = _JOIN.match(self.text, pos)
                if join is None or not _COUNTED.match(self.text, join.end()):
                    break
                pos = join.end()
            if not counts:
                return
            trail = _AFTER_KIND.match(self.text, counts[-1].end())
            if trail is not None:
                if trail["kind"]:
                    kind = trail["kind"]
                elif family == "inspected" and not how:
                    how = "khi có dấu hiệu vi phạm"
            for count in counts:
                unit = count["unit"].strip()
                whom = "organisations" if unit.startswith(_ORGANISATIONS) else "members"
                detail = how if family != "disciplined" else kind
                figures.append((f"{whom}-{family}", count, detail))
            end = (trail or counts[-1]).end()
        elif shape == "measure":
            count = _COUNTED.match(self.text, match.end())
            if count is None:
                return
            bracketed = match.group(0).endswith("(")
            if bracketed and not re.search(r"kỷ luật", self.text[s_start:match.start()]):
                return  # (khiển trách (9), with no discipline told before)
            if not count["unit"] and not bracketed and \
                    not _MORE_KINDS.match(self.text, count.end()) and \
                    not _LISTED_PART.search(self.text[max(0, match.start() - 60):match.start()]):
                return
            unit = (count["unit"] or " đảng viên").strip()
            if _value(count) == 1 and _ONE_PERSON.match(self.text, count.end("num")):
                return  # a decision about one person
            whom = "organisations" if unit.startswith(_ORGANISATIONS) else "members"
            figures.append((f"{whom}-disciplined", count, match["kind"]))
            end = count.end()
        else:  # passive
            whom = "organisations" if match["unit"].startswith(_ORGANISATIONS) else "members"
            figures.append((f"{whom}-disciplined", match, match["kind"] or match["alone"] or ""))
            end = match.end()
        if any(_value(c) == 1 and _ONE_PERSON.match(self.text, c.end("num"))
               for _m, c, _k in figures):
            return  # … đối với 1 đảng viên là nguyên giám đốc …: one person's
        of = self._whose(start)
        if of is None:
            return
        if shape == "passive":  # N đảng viên bị kỷ luật: told with no one who disciplined them
            of = next((m.org for m in self.mentions if m.ref == of), of)
        as_of, how_dated = self._when(start, end, headline=headline)
        self._used.append((start, end))
        for measure, count, detail in figures:
            value = _value(count)
            if value is None:
                continue
            scope = _SCOPES[measure]
            if detail.startswith("khai trừ"):
                scope = f"đảng viên bị {detail}"
            elif detail and measure.endswith("disciplined"):
                scope = f"{scope.split(' bị ')[0]} bị kỷ luật {detail}"
            elif detail:
                scope = f"{scope} {detail}"
            if headline and any(f["type"] == "observation" and f["measure"] == measure
                                and f.get("value") == value for f in self.facts):
                continue  # the headline says again what the text says
            self._add(of, measure, count, value, as_of, how_dated, scope,
                      self.quote(start if shape in ("measure", "checked")
                                 else self._quote_start(start), max(count.end(), end)
                                 if shape == "checked" else count.end()),
                      f"{shape} of oversight")
        if not self._aside(start):
            self._last = (start, of, as_of)

    def _aside(self, pos: int) -> bool:
        """Whether the figure at ``pos`` is told aside, in brackets (``… giảm so với cùng kỳ
        (6 tháng đầu năm 2019 thi hành kỷ luật 31 đảng viên)``): the figures after it do not go
        on with its period."""
        p_start = self.text.rfind("\n", 0, pos) + 1
        before = self.text[p_start:pos]
        return before.count("(") > before.count(")")

    def _none(self, match: re.Match[str], *, headline: bool) -> None:
        """``ORG không có tổ chức đảng, đảng viên bị thi hành kỷ luật``: 0 of each, of the
        organisation named right before (else as :meth:`org_of_sentence`)."""
        s_start, _s_end = self.sentence(match.start())
        if headline or self.aimed(match.start()) or _PLANNED.search(self.text, s_start,
                                                                     match.start()):
            return
        before = self.text[:match.start()].rstrip()
        named = [m for m in self.mentions if m.end == len(before) and not m.issuer]
        of = named[0].org if named else self.org_of_sentence(match.start())
        if of is None:
            return
        as_of, how = self._when(match.start(), match.end(), headline=False)
        for unit in re.split(r"(?:,| và|, và) ", match["units"]):
            whom = "organisations" if unit.startswith(_ORGANISATIONS) else "members"
            measure = f"{whom}-disciplined"
            key = (of, measure, 0, as_of, _SCOPES[measure])
            quote = self.quote(self._quote_start(match.start()), match.end())
            if key in self._seen or quote is None:
                continue
            self._seen.add(key)
            self.fact({"id": f"{of.removesuffix('-party')}-{measure}-{as_of}",
                       "type": "observation", "of": of, "measure": measure, "value": 0,
                       "as_of": as_of, "scope": {"vi": _SCOPES[measure]},
                       "note": f"observation (none disciplined): {how}"}, quote)

    def _listed_before(self, s_start: int, end: int) -> list[re.Match[str]]:
        """The figures of organisations and members listed right before ``end`` (``25 tổ
        chức đảng và 60 đảng viên``), the first of them after ``s_start``; none if no list of
        figures ends there."""
        for first in _COUNTED.finditer(self.text, s_start, end):
            listed: list[re.Match[str]] = []
            pos = first.start()
            while True:
                count = _COUNTED.match(self.text, pos, end)
                if count is None or not count["unit"] or \
                        not count["unit"].strip().startswith((*_ORGANISATIONS, "đảng viên")):
                    break
                listed.append(count)
                join = _JOIN.match(self.text, count.end(), end)
                if join is None:
                    break
                pos = join.end()
            if listed and listed[-1].end() == end:
                return listed
        return []

    def _badges(self, shape: str, match: re.Match[str], *, headline: bool) -> None:
        """Party badges awarded: ``trao Huy hiệu … cho N đảng viên``, ``N đảng viên nhận
        Huy hiệu …``; of the organisation whose ceremony it is, on its day."""
        s_start, _s_end = self.sentence(match.start())
        if shape in ("given", "counted") and not _GIVING.search(self.text, s_start,
                                                                 match.start()):
            return  # (Huy hiệu … cho N …, with no one giving it)
        if shape == "part" and (not _BADGE_NAMED.search(self.text, s_start, match.start())
                                or _BADGE_TAKEN.match(self.text, match.start())):
            return  # (N đồng chí 70 năm tuổi Đảng, with no badge told)
        if self.aimed(match.start()) or _PLANNED_BADGES.search(self.text, s_start,
                                                                 match.start()):
            return
        value = _value(match)
        if value is None:
            return
        proposed = _PROPOSED.search(self.text, s_start, match.start())
        org = self._badge_org(match.start())
        if org is None:
            return
        if proposed is not None:  # proposed: dated as the article tells it, not by a ceremony
            as_of, how = self.period(match.start(), match.end())
        else:
            as_of, how = self._when(match.start(), match.end(), headline=headline,
                                    ceremony=True)
        badge = match["badge"]
        if badge != "Đảng" and "tuổi" not in badge:
            badge += " tuổi Đảng"
        scope = f"đảng viên được {'đề nghị tặng' if proposed else 'trao'} Huy hiệu {badge}"
        if headline and any(f["type"] == "observation" and f["measure"] == "party-badges"
                            and f.get("value") == value for f in self.facts):
            return
        self._add(org, "party-badges", match, value, as_of, how, scope,
                  self.quote(self._quote_start(match.start()), match.end()),
                  "badges proposed" if proposed else "badges awarded")
        if proposed is None:
            self._last_badge = (match.start(), as_of)
        self._last = (match.start(), org, as_of)

    def _badge_org(self, pos: int) -> str | None:
        """Whose badges the figure at ``pos`` tells: the organisation of the subject named last
        before it in its sentence (or the clauses before ``;``), never one named as an object
        (``đề nghị Ban Thường vụ Tỉnh ủy xét tặng …``: the proposer's); else as
        :meth:`org_of_sentence`."""
        s_start, _s_end = self.sentence(pos)
        while True:
            named = [m for m in [*self.mentions, *self.whole()] if s_start <= m.start
                     and m.end <= pos and not m.issuer]
            if named:
                subjects = [m for m in named if not _OBJECT.search(
                    self.text, max(0, m.start - 12), m.start)]
                if subjects:
                    return max(subjects, key=lambda m: m.end).org
                break
            if s_start <= 1 or self.text[s_start - 1] != ";":
                break
            s_start = self.sentence(s_start - 2)[0]
        return self.org_of_sentence(pos)

    def _quote_start(self, pos: int) -> int:
        """Where a figure's quote begins: its clause's subject when named, else the verb."""
        s_start, _s_end = self.sentence(pos)
        named = [m for m in self.mentions if s_start <= m.start and m.end <= pos
                 and _SUBJECT_AFTER.match(self.text, m.end)]
        return min(m.start for m in named) if named else pos

    def _whose(self, pos: int) -> str | None:
        """Whose figure the one at ``pos`` is (docs/fact-sheets.md, Conventions, "Whose
        figure"): a body's (an inspection commission's, a committee's) named as the subject of
        its clause; the organisation's when the committees and commissions of every level are
        (``cấp ủy, ủy ban kiểm tra các cấp trong tỉnh``); with no subject, the subject of the
        clause before (``…; thi hành kỷ luật 5 đảng viên``), a session's (``Kỳ họp cũng quyết
        định …``) the body that held it, else that of the figures told just before in the
        paragraph, else the organisation the article is about."""
        start, _end = self.sentence(pos)
        while True:
            subjects = [m for m in self.mentions if start <= m.start and m.end <= pos
                        and not m.issuer and _SUBJECT_AFTER.match(self.text, m.end)
                        and not _OBJECT.search(self.text, max(0, m.start - 12), m.start)]
            levels = _ALL_LEVELS.search(self.text, start, pos)
            if levels is not None and not any(m.start > levels.end() and m.ref != m.org
                                              for m in subjects):
                named = [m for m in self.mentions if m.end <= pos
                         and m.start >= self.sentence(pos)[0] - 400 and not m.issuer
                         and m.start >= self.text.rfind("\n", 0, pos)]
                return named[-1].org if named else self.org_of_sentence(pos)
            if subjects:
                subject = max(subjects, key=lambda m: (m.end, -m.start))
                return subject.ref if subject.ref in self.entities else subject.org
            if _SESSION.match(self.text, start):
                for held in reversed(list(_SESSION_HELD.finditer(self.text, 0, start))):
                    h_start, _h_end = self.sentence(held.start())
                    named = [m for m in self.mentions if h_start <= m.start
                             and m.end <= held.start() and not m.issuer]
                    if named:
                        subject = max(named, key=lambda m: (m.end, -m.start))
                        return subject.ref if subject.ref in self.entities else subject.org
                    break
            if start > 1 and self.text[start - 1] == ";":
                start = self.sentence(start - 2)[0]
                continue
            break
        p_start = self.text.rfind("\n", 0, pos) + 1
        if self._last is not None and self._last[0] >= p_start:
            return self._last[1]
        return self.org_of_sentence(pos)

    def _when(self, pos: int, end: int, *, headline: bool,
              ceremony: bool = False) -> tuple[str, str]:
        """The date of the figure at ``pos`` (ending at ``end``): a ceremony's day opening its
        clause (``…, sáng 2-2, Huyện ủy … trao Huy hiệu …``); the period its sentence names;
        else the date of the figures just before it when it goes on with them (in its
        paragraph, or ``Riêng …``, ``Trong năm, …``; a badge, the badges told before); else
        the year its paragraph opens a sentence with (``Năm 2025, …``); else the day of the
        session or ceremony that decided or awarded it; else the publication."""
        if headline:
            lead = self.text.find("\n", self.title_start)
            while lead >= 0 and not self.text[lead:lead + 1].strip():
                lead += 1
            days = [d for d in self.dates_in(lead, lead + 20) if d.kind == "day"]
            if days:
                return days[0].date.isoformat(), f"on '{days[0].text}', the day the article's " \
                    "lead tells"
            return self.published.isoformat(), "dated by publication"
        s_start, _s_end = self.sentence(pos)
        whole = s_start
        while whole > 1 and self.text[whole - 1] == ";":
            whole = self.sentence(whole - 2)[0]
        if ceremony:
            opening = self._opening_days(whole, pos)
            if opening:
                return opening[-1].date.isoformat(), f"on '{opening[-1].text}', the ceremony's"
        as_of, how = self.period(pos, end)
        if how != "dated by publication" or _OWN_PERIOD.search(self.text, whole, pos):
            return as_of, how
        p_start = self.text.rfind("\n", 0, pos) + 1
        if ceremony and self._last_badge is not None and (
                self._last_badge[0] >= p_start or len(self._last_badge[1]) == 10):
            # (the badges of a ceremony's day go on over the paragraphs after; a year's, or
            # the term's, only in their paragraph)
            return self._last_badge[1], "the day of the badges told before it"
        if self._last is not None and (self._last[0] >= p_start or _CARRIED.match(
                self.text, whole)) and not ceremony:
            return self._last[2], "the period of the figures told before it"
        years = [y for y in _YEAR_OPENS.finditer(self.text[p_start:whole])
                 if int(y[1]) <= self.published.year]
        if years and not ceremony:
            return years[-1][1], f"in '{years[-1].group(0).strip(' .:,')}', its paragraph's year"
        day = self._event_day(pos, whole, ceremony=ceremony)
        if day is not None:
            return day.date.isoformat(), f"on '{day.text}', the day of the session or " \
                "ceremony it tells"
        return as_of, how

    def _opening_days(self, start: int, end: int) -> list[DateMention]:
        """The days between ``start`` and ``end`` that open a clause (``Sáng 2-2, …``, ``…,
        chiều 30-6, …``)."""
        return [d for d in self.dates_in(start, end) if d.kind == "day"
                and d.last <= self.published.last_day()
                and self.text[d.end:d.end + 1] == ","
                and _DAY_OPENS.search(self.text[max(start, d.start - 40):d.start])]

    def _event_day(self, pos: int, whole: int, *, ceremony: bool) -> DateMention | None:
        """The day of the session, conference or ceremony a figure at ``pos`` was decided or
        awarded at: the day opening its sentence; else, when its sentence tells a decision
        (``quyết định``) or is at the event (``Dịp này``, ``Tại buổi lễ``, ``Kỳ họp …``), the
        day opening a clause of the last sentence before it that tells an event."""
        opening = self._opening_days(whole, pos)
        if opening and (ceremony or _DECIDED_AT.search(self.text, whole, pos)):
            return opening[0]
        told = _DECIDED.search(self.text, whole, pos) or \
            _SESSION.match(self.text, whole) or _AT_EVENT.search(self.text, whole, pos)
        if told is None:
            return None
        day = self.meeting_day(pos)
        if day is not None:
            return day
        for day in reversed(self._opening_days(0, whole)):
            _t_start, t_end = self.sentence(day.start)
            if _EVENT_TOLD.search(self.text, day.end, t_end):
                return day
        return None

    def _add(self, org: str, measure: str, count: re.Match[str], value: int, as_of: str,
             how: str, scope: str, quote: str | None, rule: str) -> None:
        """Add the observation of ``measure`` of ``org``: ``value`` as of ``as_of``, with what
        it counts in ``scope``."""
        key = (org, measure, value, as_of, scope)
        if key in self._seen or quote is None:
            return
        self._seen.add(key)
        note = f"observation ({rule}): {how}"
        item: dict[str, Any] = {
            "id": f"{org.removesuffix('-party')}-{measure}-{as_of}", "type": "observation",
            "of": org, "measure": measure, "value": value}
        if count["qual"] in APPROX:
            item["approx"] = APPROX[count["qual"]]
            note += f"; the article says {count['qual']} {value}"
        item.update({"as_of": as_of, "scope": {"vi": scope}, "note": note})
        self.fact(item, quote)
