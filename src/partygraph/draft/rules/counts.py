"""Counts (ORG có N đảng viên, … chi bộ), the sizes of bodies and delegations, the members
admitted, and shares (N% …): observations of an organisation's measures."""

from __future__ import annotations

import re
from typing import Any

from partygraph.draft.names import UNIT_WORDS
from partygraph.draft.numbers import NUMBER, parse_number
from partygraph.draft.rules.base import MAX_QUOTES, ONE_KIND
from partygraph.draft.rules.bodies import BodyRules
from partygraph.draft.rules.figures import APPROX, CEREMONY, FigureRules
from partygraph.draft.titles import Title

__all__ = ["CountRules"]

_TOTAL = re.compile(rf"(?:tổng số|đại diện cho|thay mặt cho) {NUMBER} đảng viên(?![^\W\d_])")

_OF_UNITS = re.compile(rf" (?:của|(?:đang )?sinh hoạt tại) {NUMBER} "
                       r"(?P<unit>chi bộ trực thuộc|chi bộ|tổ chức cơ sở đảng|đảng bộ trực thuộc|"
                       r"tổ chức đảng trực thuộc|đảng bộ cơ sở)(?![^\W\d_])(?! cơ sở)"
                       r"(?: trực thuộc| trong)?")

_PART = re.compile(NUMBER + r" (?P<unit>chi bộ cơ sở|đảng bộ cơ sở)(?![^\W\d_])")
"""A part of a total of base organisations: ``49 chi bộ cơ sở``, ``3 đảng bộ cơ sở``."""

_UNIT_MEASURE = {"chi bộ cơ sở": "base-cells", "chi bộ trực thuộc": "subordinate-cells",
                 "chi bộ": "cells",
                 "tổ chức cơ sở đảng": "base-organisations",
                 "đảng bộ trực thuộc": "direct-subordinates",
                 "tổ chức đảng trực thuộc": "direct-subordinates",
                 "đảng bộ cơ sở": "base-committees"}
"""What the members a congress's delegates speak for belong to (``đại diện cho N đảng viên
của K …``), by the words."""

_HAS = re.compile(r"(?: mới(?= có))?(?: \((?:tỉnh|thành phố|huyện|quận|thị xã) [^\W\d_][^()\n,;.]"
                  r"{0,40}\)| \((?:cũ|mới|trước (?:khi )?(?:hợp nhất|sáp nhập|sắp xếp))\))?"
                  r"(?:, sau (?:khi )?(?:sáp nhập|hợp nhất|sắp xếp)(?=,? có ),?)?"
                  r"(?: (?:trực thuộc|là (?=(?:đảng bộ|chi bộ|tổ chức) )|(?:được )?thành lập"
                  r"|sau (?:khi )?(?:sáp "
                  r"nhập|hợp nhất|sắp xếp)|(?:chính thức )?đi vào hoạt động)(?:[^,.;:\n]{0,160}?,)"
                  r"{0,3})? (?:hiện nay |hiện |(?:nay |đến nay )(?:đã )?)?có |"
                  r" khi (?:chính thức )?đi vào hoạt động có |"
                  r" còn (?=(?:hơn |trên |gần |khoảng )?[0-9])|"
                  r" (?:được )?thành lập(?:[^,.;:\n]{0,80}?,){1,3} (?:gồm|với) (?=(?:hơn |trên |"
                  r"gần |khoảng )?[0-9])|"
                  r" với (?=(?:hơn |trên |gần |khoảng )?[0-9])|"
                  r" (?:đã )?tiếp nhận (?=(?:hơn |trên |gần |khoảng )?[0-9])")
"""``ORG (hiện) có`` (``Đảng bộ xã mới có``: the one a change formed; ``Đảng bộ xã X (huyện
Y) hiện có``: the unit it lies in, bracketed), also after a clause of
the subject's (``ORG trực thuộc Tỉnh ủy X từ
ngày 1-7-2025, hiện có …``, ``ORG sau sáp nhập có …``, ``ORG đi vào hoạt động từ ngày D,
hiện có …``); ``ORG được thành lập …, gồm N`` (``…, với N đảng viên``);
``ORG với N chi bộ trực thuộc và M đảng viên``; ``(Sau sắp xếp,) ORG còn N …``;
``ORG khi đi vào hoạt động có …`` (on the day it began work);
``ORG tiếp nhận N chi bộ với M đảng viên``
(what an organisation formed in a reorganisation takes over)."""

_WORK_BEFORE = re.compile(r"(?<![^\W\d_])(?:kế hoạch|chương trình|kiểm tra|giám sát|kỷ luật|"
                          r"khen thưởng)(?![^\W\d_])")
"""Words of work between ``ORG có`` and a count (``Ủy ban Kiểm tra Huyện ủy có kế hoạch kiểm
tra 12 tổ chức cơ sở đảng``): the count is of the work, not of the organisation."""

_BRACKETED_MEMBERS = re.compile(r" \(" + NUMBER + r" đảng viên(?=\))")
"""``Chi bộ khu phố 7 (26 đảng viên)``: an organisation's members, in brackets after its
name."""

_OWN_TIME = re.compile(r"(?<![^\W\d_])(?:hiện|đến nay|qua|nhiệm kỳ|từ|trong (?:năm|tháng|quý|"
                       r"[0-9]+ (?:năm|tháng))|năm [0-9]{4}|tháng|quý|ngày|[Tt]ại|[Dd]ịp)"
                       r"(?![^\W\d_])")
"""Words that give an admissions figure a time of its own."""

_NEXT_COUNTS = re.compile(r" ?[0-9]{1,3}(?:\.[0-9]{3})*(?![0-9]) (?:chi bộ|đảng bộ|tổ chức cơ sở "
                          r"đảng|đảng viên)(?![^\W\d_])")
"""A clause after ``;`` that opens with a count: more figures of the subject before it."""

_PARTS = re.compile(r"(?<![^\W\d_])(?:gồm|trong đó(?: có)?)"
                    r"(?=(?: ?[^,;]*, (?=[0-9]))* ?[^,;]*(?:, [^,;0-9]{1,20}? và [^,;]*)?"
                    r"(?:, )?$)")
"""Where the parts of a total begin (``…, gồm …``, ``…, trong đó có …``), over a list of
figures (``gồm 9 đảng bộ cơ sở, 53 chi bộ cơ sở và …``, ``gồm 14 chi bộ thôn, bản và 5 …``)
up to a comma before words."""

_ELECTS_DELEGATES = re.compile(rf"bầu (?:Đoàn đại biểu (?:gồm |với )?)?{NUMBER} đại biểu "
                               r"(?:chính thức )?(?:và [0-9]+ đại biểu dự khuyết )?"
                               r"(?:đi )?dự Đại hội")

_DELEGATION_FIRST = re.compile(r"bầu [Đđ]oàn đại biểu (?:chính thức )?(?:gồm|với) (?:có )?" + NUMBER
                               + r" (?:đồng chí|đại biểu)(?: chính thức)?(?![^\W\d_])"
                               r"(?! dự khuyết)(?! và) (?:đi )?(?:tham )?dự Đại hội")
"""``bầu Đoàn đại biểu gồm 9 đồng chí đi dự Đại hội …``: the delegates, their number first."""

_SIZE_KINDS = {"Ban Chấp hành": "executive-committee", "Ban Thường vụ": "standing-committee",
               "Ủy ban Kiểm tra": "inspection-commission", "BCH": "executive-committee",
               "BTV": "standing-committee", "UBKT": "inspection-commission"}

_BODY_WORDS = ("(?P<body>Ban Chấp hành|Ban Thường vụ|Ủy ban Kiểm tra|BCH|BTV|UBKT|Chi ủy|"
               "Ban Chỉ đạo)"
               "(?![^\\W\\d_])")

_BODY_SIZE = re.compile(
    _BODY_WORDS + r"(?P<interim> lâm thời)?(?P<rest>(?: (?!(?:đã|đều|với|và|được|do|bầu|cho|là|"
    r"có|gồm|chỉ định)"
    r"(?![^\W\d_]))[^\s,.;:()“”]+){0,10}?)(?:,? \(?(?:nhiệm kỳ [0-9]{4}\s*-\s*[0-9]{4}|khóa "
    r"[IVXLC]+)\)?){0,2}(?: mới)?,? (?:(?:được )?(?:kiện toàn |chỉ định )?gồm (?:có )?|"
    r"(?<!dự kiến )(?<!sẽ )(?:hiện )?có |(?(interim)|(?!)))"
    + NUMBER + r" (?:đồng chí|ủy viên|thành viên)(?![^\W\d_])")
"""``Ban Chấp hành Đảng bộ xã khóa XV gồm 15 đồng chí``, ``Ban Thường vụ gồm 5 đồng chí``,
``Ủy ban Kiểm tra Quận ủy gồm 9 đồng chí``, ``Ban Thường vụ Tỉnh ủy hiện có 19 đồng chí``,
``Ban Chấp hành lâm thời có 17 đồng chí``, ``Ban Thường vụ lâm thời 5 đồng chí``: the size of a
body."""

_BODY_SIZE_BEFORE = re.compile(r"(?<=bầu )(?:được )?" + NUMBER + r" (?:đồng chí|người|ủy viên) "
                               r"(?:tham gia |vào )" + _BODY_WORDS)
"""``bầu 33 đồng chí vào Ban Chấp hành …``, ``bầu 14 người tham gia BCH …``: the size of a
body, said first."""

_BODY_SIZE_ELECTED = re.compile(NUMBER + r" (?:đồng chí|người|ủy viên) (?:đã )?(?:được bầu "
                                r"(?:vào |tham gia )?|trúng cử (?:vào )?)" + _BODY_WORDS)
"""``31 đồng chí trúng cử Ban Chấp hành …``, ``15 đồng chí được bầu vào Ủy ban Kiểm tra``."""

_BODY_RAISED = re.compile(r"(?<![^\W\d_])nâng (?:tổng )?số (?:[Ủủ]y viên |thành viên )?"
                          + _BODY_WORDS
                          + r"(?P<rest>(?: (?!lên(?![^\W\d_]))[^\s,.;:()“”]+){0,6}?) lên "
                          + NUMBER + r" (?:đồng chí|ủy viên|thành viên)(?![^\W\d_])")
"""``(bầu bổ sung …,) nâng số Ủy viên Ban Thường vụ Tỉnh ủy lên 19 đồng chí``: the size of a
body after members were added."""

_BODY_SIZE_LISTED = re.compile(r"(?<=đồng chí, )(?:và )?" + _BODY_WORDS + r" " + NUMBER
                               + r" (?:đồng chí|ủy viên)(?![^\W\d_])")
"""``Ban Chấp hành … gồm 25 đồng chí, Ban Thường vụ 7 đồng chí``: the size of a second body,
listed after the first's with no verb of its own."""

_ALTERNATES = re.compile(NUMBER + r" đại biểu dự khuyết(?![^\W\d_])")

_PRESENT = re.compile(r"(?<![^\W\d_])(?:có|gồm|với|(?:với )?sự (?:tham gia|tham dự|có mặt) của) "
                      + NUMBER
                      + r" đại biểu chính thức(?![^\W\d_])(?! và [0-9]+ đại biểu dự khuyết đi)"
                      + r"(?! đi dự)")
"""``Về dự đại hội có N đại biểu chính thức`` (``với sự tham gia của N đại biểu chính thức``):
the delegates present at a congress."""
_PRESENT_PLAIN = re.compile(r"(?<![^\W\d_])(?:[Vv]ề )?(?:[Dd]ự|[Tt]ham dự) [Đđ]ại hội(?: lần này)? "
                            r"(?:có|gồm) (?:sự tham gia của )?" + NUMBER
                            + r" đại biểu(?![^\W\d_])(?! (?:chính thức|dự khuyết|khách mời))")
"""``Dự đại hội có 120 đại biểu``: the delegates present at a congress, told without
``chính thức``."""
_PRESENT_WITH = re.compile(r"(?<![^\W\d_])với (?:sự (?:tham gia|tham dự|có mặt) của )?" + NUMBER
                           + r" đại biểu(?![^\W\d_])(?! (?:chính thức|dự khuyết|khách mời))"
                           r"(?!,? (?:và )?(?:các )?(?:đại biểu )?khách mời)")
"""``Đại hội … khai mạc với 250 đại biểu (tham dự)``, ``…, với sự tham dự của 250 đại biểu``:
the delegates present, told without ``chính thức`` in a sentence about the congress (not
with its guests: ``300 đại biểu, khách mời``)."""
_REPRESENTING = re.compile(r"(?<![^\W\d_.,])" + NUMBER + r" đại biểu (?:chính thức )?đại diện cho"
                           r"(?![^\W\d_])")
"""``250 đại biểu (chính thức) đại diện cho hơn 6.000 đảng viên … về dự Đại hội``: the
delegates present, the members they stand for read as a figure of the organisation."""
_OFFICIAL = re.compile(NUMBER + r" đại biểu chính thức(?![^\W\d_])")

_DELEGATION = re.compile(r"bầu [Đđ]oàn đại biểu (?:chính thức )?(?:của Đảng bộ [^.;\n]{0,60}? )?"
                         r"(?:đi )?(?:tham )?dự Đại hội [^.;\n]{0,150}? gồm (?:có )?" + NUMBER
                         + r" (?:đồng chí|đại biểu)(?: chính thức)?(?![^\W\d_])"
                         r"(?! dự khuyết)")
"""``bầu Đoàn đại biểu đi dự Đại hội … gồm 18 đồng chí``: the delegates, named after."""

_LISTED_MEASURE = {"tổ chức cơ sở đảng": "base-organisations", "đảng bộ cơ sở": "base-committees",
                   "chi bộ cơ sở": "base-cells", "chi bộ trực thuộc": "subordinate-cells",
                   "đảng bộ trực thuộc": "direct-subordinates",
                   "tổ chức đảng trực thuộc": "direct-subordinates", "đảng viên": "members"}

_LISTED_FIGURE = re.compile(
    r"(?<![^\W\d_])[Ss]ố (?P<what>tổ chức cơ sở đảng|đảng bộ cơ sở|chi bộ cơ sở|chi bộ trực thuộc|"
    r"đảng bộ trực thuộc|tổ chức đảng trực thuộc|đảng viên (?:mới )?(?:được )?kết nạp(?: mới)?|"
    r"đảng viên)(?![^\W\d_])(?P<rest>[^.;:\n]{0,40}?): " + NUMBER + r"(?! ?%)")
"""``số tổ chức cơ sở đảng: 42``, ``số đảng viên mới kết nạp trong nhiệm kỳ: 1.105``: a
report's table told in prose, a measure and its figure after a colon."""

_ADMITTED_WHO = (r"(?:học sinh|sinh viên|quần chúng(?: ưu tú)?|đoàn viên(?: thanh niên)?|công "
                 r"nhân|giáo viên)")
"""Who is admitted when the article names them by what they are (``14 học sinh``)."""

_ADMITTED = re.compile(r"(?<![^\W\d_])kết nạp (?:được |mới )?" + NUMBER
                       + r" (?:đảng viên|quần chúng ưu tú vào Đảng|" + _ADMITTED_WHO
                       + r"(?: ưu tú)? vào Đảng)(?: mới)?(?![^\W\d_])")
_ADMITTED_WHO_ONLY = re.compile(r"(?<![^\W\d_])kết nạp (?:được )?" + NUMBER + r" "
                                + _ADMITTED_WHO + r"(?![^\W\d_])(?! vào Đảng)")
"""``Chi bộ X kết nạp 3 công nhân …``: new members admitted, named by what they are."""
"""``kết nạp (được) 64 đảng viên mới``: new members admitted."""

_ADMITTED_FOR = re.compile(r"(?<![^\W\d_])kết nạp (?:đảng viên (?:mới )?|(?:vào )?Đảng )cho "
                           + NUMBER + r" "
                           + _ADMITTED_WHO + r"(?![^\W\d_])")
"""``(Lễ) kết nạp đảng viên mới cho 3 học sinh``, ``trao quyết định kết nạp Đảng cho 6 quần
chúng ưu tú``: new members admitted at a ceremony."""


_ADMITTED_PASSIVE = re.compile(NUMBER + r" (?:đảng viên|quần chúng ưu tú|" + _ADMITTED_WHO
                               + r")(?: mới)? (?:đã )?được kết nạp(?![^\W\d_])")
"""``46 đảng viên (mới) được kết nạp``: new members admitted, told in the passive."""

_RATED_UNITS = ("tổ chức cơ sở đảng|TCCS đảng|tổ chức đảng|đảng bộ cơ sở|chi bộ cơ sở|"
                "chi bộ trực thuộc|chi bộ|đảng viên")


# Patterns the rules below read inside their loops, compiled once here.
_WITH_COUNT = re.compile(NUMBER + r" (?:chi bộ|đảng viên|tổ chức|đảng bộ)(?![^\W\d_])")
_TRANSFERRED_IN = re.compile(NUMBER + r" đảng viên (?:chuyển (?:sinh hoạt|đến|về)|từ)"
                             r"(?![^\W\d_])")
_ONE_KIND = re.compile(ONE_KIND)
_PARTS_LEAD = re.compile(r"(?:(?: trong| của)? toàn (?:huyện|tỉnh|thành phố|thị xã|"
                   r"quận|xã|phường|Đảng bộ))?,? (?:gồm|trong đó(?: có)?) ")
_PART_JOIN = re.compile(r",? (?:và )?")
_BARE = re.compile(r" (?:Đảng bộ|Đảng ủy) (?P<unit>" + UNIT_WORDS
                   + r")(?![^\W\d_])")


class CountRules(FigureRules, BodyRules):
    """Read the figures an organisation is counted by: members, units, bodies, shares."""

    def headline_echoes(self) -> None:
        """A figure the headline gives (``9 tháng kết nạp 97 đảng viên``), dated by
        publication, that the article's text gives again with its own date (``9 tháng đầu năm
        2020, … kết nạp 97 đảng viên mới``): one figure, drafted once, with the text's date."""
        if self.title_start < 0:
            return
        head = self.text[self.title_start:self.text.find("\n", self.title_start)]
        observed = [f for f in self.facts if f["type"] == "observation"]
        def figure(f: dict[str, Any]) -> tuple[object, ...]:  # (a count, or a share)
            return (f["of"], f["measure"], f.get("value"), f.get("percent"))

        echoes = [f for f in observed if "dated by publication" in f["note"]
                  and all(q in head for q in f["quote"]) and any(
                      g is not f and figure(g) == figure(f) and g["as_of"] != f["as_of"]
                      and not all(q in head for q in g["quote"]) for g in observed)]
        self.facts = [f for f in self.facts if not any(f is e for e in echoes)]

    def observations(self) -> None:
        """Figures of an organisation: ``ORG (hiện) có N đảng viên, N chi bộ …``, ``tổng
        số N đảng viên``, ``đại diện cho N đảng viên của K chi bộ``, and the delegates a
        congress elects to the next one up (``bầu N đại biểu chính thức đi dự Đại hội …``)."""
        seen: set[tuple[str, str, int, str]] = set()
        for mention in [*self.mentions, *self.whole()]:
            has = _HAS.match(self.text, mention.end)
            if has is None or (has.group(0) == " với "
                               and not _WITH_COUNT.match(self.text[has.end():])):
                continue  # ORG với 120 đại biểu …: not the organisation's own figures
            if "tiếp nhận" in has.group(0) and _TRANSFERRED_IN.match(self.text[has.end():]):
                continue  # ORG tiếp nhận 137 đảng viên chuyển sinh hoạt từ …: a transfer in
            s_start, s_end = self.sentence(mention.start)
            if has.group(0) == " còn " and not re.search(
                    r"(?<![^\W\d_])(?:sau (?:khi )?|Sau khi )(?:sắp xếp|sáp nhập|hợp nhất|"
                    r"thành lập)(?![^\W\d_])", self.text[s_start:mention.start]) and not (
                    (self.text.startswith("Toàn Đảng bộ", mention.start) or self.text[
                        max(0, mention.start - 5):mention.start] == "Toàn ") and not re.search(
                        r"(?<![^\W\d_])(?:chưa|không)(?![^\W\d_])",
                        self.text[mention.end:s_end])):
                # (Toàn Đảng bộ huyện còn N …, after the paragraphs on a reorganisation: what
                # is left)
                continue  # (sau sắp xếp,) ORG còn N …: what is left after a reorganisation only
                # (Sau khi thành lập Đảng bộ xã X, ORG còn N …: after a founding told done)
            clause_end = s_end
            nxt = [m.start for m in self.mentions if mention.end < m.start < s_end
                   and _HAS.match(self.text, m.end)]
            if nxt:
                clause_end = min(nxt)
            elif self.text[s_end:s_end + 1] == ";" and _NEXT_COUNTS.match(self.text, s_end + 1):
                # …; 24 chi bộ cơ sở thuộc khối cơ quan: the clause after goes on counting
                clause_end = self.sentence(s_end + 2)[1]
            as_of, how = self.as_of(s_start, s_end)
            if has.group(0) == " với " and how == "dated by publication" and re.search(
                    r"(?<![^\W\d_])thành lập $", self.text[s_start:mention.start]):
                # (Quyết định số N) thành lập Chi bộ X với 14 đảng viên: its members on the
                # day it was founded, as the change the rules read dates it
                founded = [f["date"] for f in self.facts if f["type"] == "change"
                           and f["kind"] in ("created", "merged") and f.get("date")
                           and mention.org in f.get("to", [])]
                days = [d for d in self.dates_in(s_start, mention.start) if d.kind == "day"
                        and d.last <= self.published.last_day()]
                if founded:
                    as_of, how = founded[0], f"as of '{founded[0]}', the day it was founded"
                elif days:  # ngày 1-8-2025, BODY ban hành Quyết định … thành lập ORG với N …
                    as_of, how = days[-1].date.isoformat(), \
                        f"as of '{days[-1].text}', the day it was founded"
            if "khi" in has.group(0) and how == "dated by publication":
                # ORG khi đi vào hoạt động có N …: as of the day it began work, as the change
                # that formed it is dated
                founded = [f["date"] for f in self.facts if f["type"] == "change"
                           and f["kind"] in ("created", "merged") and len(str(f.get("date"))) == 10
                           and mention.org in f.get("to", [])]
                if founded:
                    as_of, how = founded[0], f"as of '{founded[0]}', the day it began work"
            if "tiếp nhận" in has.group(0) and how == "dated by publication":
                # Đảng bộ xã X tiếp nhận 71 chi bộ với 1.734 đảng viên: as of the day the new
                # organisations began work (… đi vào hoạt động từ ngày 1-7-2025), told before
                began = [d for d in self.dates if d.end <= mention.start and d.kind == "day"
                         and re.search(r"hoạt động (?:chính thức )?(?:kể )?từ (?:ngày )?$",
                                       self.text[max(0, d.start - 40):d.start])]
                if began:
                    as_of = began[-1].date.isoformat()
                    how = f"as of '{began[-1].text}', the day the organisations began work"
            found: list[tuple[int, int, str, re.Match[str]]] = []
            for measure, regex in self.counts:
                for count in regex.finditer(self.text, mention.end, clause_end):
                    if any(a < count.end() and count.start() < b for a, b, _m, _c in found):
                        continue
                    found.append((count.start(), count.end(), measure, count))
            found.sort(key=lambda f: f[0])
            for start, _end, measure, count in found:
                if _WORK_BEFORE.search(self.text, has.end(), start):
                    break  # (ORG có kế hoạch kiểm tra 12 tổ chức cơ sở đảng: work, not a size)
                parts = _PARTS.search(self.text, has.end(), start)
                if parts is not None:
                    # N tổ chức cơ sở đảng, gồm A đảng bộ cơ sở và B chi bộ cơ sở: a part is
                    # a figure of its own when it has a measure of its own, never a second
                    # figure of the total's (… trong đó có 2 đảng viên dự bị)
                    totals = [m for a, b, m, _c in found if b <= parts.start()]
                    if not totals or totals[-1] == measure or \
                            _ONE_KIND.match(self.text[count.end():]):
                        continue  # (nor a part of one kind: gồm 41 chi bộ khu phố và …)
                self.observe(mention.org, measure, count, as_of, how, seen,
                             self.quote(mention.start, count.end()), "ORG có N …")
        for mention in self.mentions:
            # Chi bộ khu phố 7 (26 đảng viên): the size of a cell named, in brackets
            sized = _BRACKETED_MEMBERS.match(self.text, mention.end)
            if sized is None or mention.ref != mention.org or mention.issuer:
                continue
            as_of, how = self.as_of(*self.sentence(mention.start))
            self.observe(mention.org, "members", sized, as_of, how, seen,
                         self.quote(mention.start, sized.end() + 1), "ORG (N đảng viên)")
        for total in _TOTAL.finditer(self.text):
            if self.plural_subject(total.start()):
                continue  # Các tổ chức đảng này …, với tổng số 487 đảng viên
            org = self.org_before(total.start(), org_only=True)
            s_start, s_end = self.sentence(total.start())
            as_of, how = self.as_of(s_start, s_end)
            congress: dict[str, Any] | None = None
            if not total.group(0).startswith("tổng số"):  # the delegates of the last congress
                named = [c for at, c in self.congress_at if at < total.start()
                         and "planned" not in self.entities[c] and not self.above(at)]
                held = [c for c in named if "held" in self.entities[c]]
                if named:  # the congress held (a congress of the past told since is not)
                    congress = self.entities[(held or named)[-1]]
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
                # …, gồm (trong đó có) 49 chi bộ cơ sở và 3 đảng bộ cơ sở: the parts with
                # a measure of their own (docs/fact-sheets.md, Conventions)
                pos = of_units.end()
                lead = _PARTS_LEAD.match(
                    self.text, pos)  # (… 38 tổ chức cơ sở đảng trong toàn huyện, gồm …)
                while lead is not None:
                    part = _PART.match(self.text, lead.end())
                    if part is None or _UNIT_MEASURE[part["unit"]] == measure:
                        break
                    self.observe(org, _UNIT_MEASURE[part["unit"]], part, as_of, how, seen,
                                 self.quote(part.start(), part.end()), "…, gồm N … và M …")
                    lead = _PART_JOIN.match(self.text, part.end())
                    if lead is None or lead.end() == part.end():
                        break

        self.delegates_present()
        for match in sorted([*_ELECTS_DELEGATES.finditer(self.text),
                             *_DELEGATION_FIRST.finditer(self.text)], key=lambda m: m.start()):
            if re.search(r"(?<![^\W\d_])(?:sẽ|dự kiến) (?:tiến hành )?bầu|^\s*Theo (?:chương "
                         r"trình|kế hoạch)", self.text[self.sentence(match.start())[0]:
                                                      match.start()]):
                continue  # (elections still to be held)
            held = [c for at, c in self.congress_at if at < match.start()
                    and "held" in self.entities[c]]
            if not held or "to" not in self.entities[held[-1]]["held"]:
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
        self.plenum_attendance(seen)
        self.admissions(seen)
        self.listed_figures(seen)
        self.shares()

    def delegates_present(self) -> None:
        """``(Về dự đại hội) có N đại biểu chính thức``, ``Dự đại hội có N đại biểu``, ``Đại
        hội … khai mạc với N đại biểu``, ``N đại biểu đại diện cho M đảng viên … về dự Đại
        hội``: the delegates present at the congress held, its ``delegates`` field, not an
        observation (docs/fact-sheets.md, Conventions); not the delegates it elects (``bầu …
        đi dự Đại hội …``)."""
        told = [*_PRESENT.finditer(self.text), *_PRESENT_PLAIN.finditer(self.text)]
        for match in [*_PRESENT_WITH.finditer(self.text), *_REPRESENTING.finditer(self.text)]:
            s_start, s_end = self.sentence(match.start())
            before = self.text[s_start:match.start()]
            if re.search(r"[Đđ]ại hội(?![^\W\d_])", before if match.re is _PRESENT_WITH
                         else self.text[s_start:s_end]) and not re.search(
                    r"(?<![^\W\d_])(?:dự kiến|sẽ|kế hoạch|triệu tập)(?![^\W\d_])",
                    self.text[s_start:s_end]):
                told.append(match)  # (in a sentence about the congress held, not planned:
                # … dự kiến tổ chức …, với 220 đại biểu được triệu tập)
        for match in told:
            s_start, _s_end = self.sentence(match.start())
            if re.search(r"(?<![^\W\d_])bầu(?![^\W\d_])", self.text[s_start:match.start()]):
                continue
            held = [c for at, c in self.congress_at if at < match.start()
                    and "held" in self.entities[c] and not self.above(at)]
            if not held:
                continue
            congress = self.entities[held[-1]]
            number = parse_number(self.text[match.start("qual") if match["qual"]
                                            else match.start("num"):match.end("num")])
            if "delegates" not in congress and number is not None and not number.qualifier \
                    and number.whole is not None:
                congress["delegates"] = number.whole
                quote = self.quote(match.start(), match.end())  # (the words that give it)
                if quote is not None and quote not in congress["quote"] \
                        and len(congress["quote"]) < MAX_QUOTES:
                    congress["quote"].append(quote)

    def alternates(self, seen: set[tuple[str, str, int, str]]) -> None:
        """``bầu (Đoàn) … N đại biểu chính thức và M đại biểu dự khuyết (đi) dự Đại hội …``:
        the alternates (and the full delegates, when another rule did not read them) the
        congress named last elected to the one above."""
        for match in _ALTERNATES.finditer(self.text):
            s_start, s_end = self.sentence(match.start())
            sentence = self.text[s_start:s_end]
            if not re.search(r"(?<![^\W\d_])bầu ", self.text[s_start:match.start()]) or \
                    not re.search(r"(?:đi |tham )?dự [Đđ]ại hội|Đoàn đại biểu", sentence):
                continue
            if re.search(r"(?<![^\W\d_])(?:sẽ|dự kiến) (?:tiến hành )?bầu|^\s*Theo (?:chương "
                         r"trình|kế hoạch)", self.text[s_start:match.start()]):
                continue  # Theo chương trình, Đại hội sẽ bầu …: elections still to be held
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

    def delegation(self, seen: set[tuple[str, str, int, str]]) -> None:
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

    def body_sizes(self, seen: set[tuple[str, str, int, str]]) -> None:
        """``Ban Chấp hành (Đảng bộ X) (khóa XV) gồm 15 đồng chí``, ``Ban Thường vụ gồm 5
        đồng chí``, ``Ủy ban Kiểm tra … gồm 7 đồng chí``, ``bầu 33 đồng chí vào Ban Chấp
        hành …``: the body-members of that body of the organisation the words name (else of
        the one whose congress the article reports), dated by the congress's last day."""
        sized: list[tuple[int, str]] = []  # where a size was read, of which organisation
        matches = sorted((m for regex in (_BODY_SIZE, _BODY_SIZE_BEFORE, _BODY_SIZE_ELECTED,
                                          _BODY_RAISED, _BODY_SIZE_LISTED)
                          for m in regex.finditer(self.text)), key=lambda m: m.start())
        for match in matches:
            if self.aimed(match.start()) or re.search(
                    r"(?<![^\W\d_])(?:dự kiến|sẽ)(?![^\W\d_])",
                    self.text[match.start():match.start("num")]):
                continue  # Ban Chấp hành khóa mới dự kiến gồm …: a plan
            if match["body"] == "Chi ủy":
                self.cell_committee_size(match, seen)
                continue
            if match["body"] == "Ban Chỉ đạo":
                # Ban Chỉ đạo gồm 13 thành viên: the steering committee named last
                steering = [b for at, b in self.steering_at if at <= match.start()]
                if steering and not (match.groupdict().get("rest") or "").strip():
                    as_of, how = self.as_of(*self.sentence(match.start()))
                    self.observe(steering[-1], "body-members", match, as_of, how, seen,
                                 self.quote(match.start(), match.end()), "BODY gồm N …")
                continue
            kind = _SIZE_KINDS[match["body"]]
            b_start, b_end = match.start("body"), match.end("body")
            rest = match.groupdict().get("rest") or ""
            words_end = match.end("rest") if rest else b_end + 1
            named = [m for m in self.mentions if b_start <= m.start <= words_end]
            org_id = named[0].org if named else None
            bare = _BARE.match(rest)
            s_start, _s_end = self.sentence(match.start())
            if org_id is None and bare is not None:  # Ban Chấp hành Đảng bộ xã
                found = self.resolve(bare["unit"].lower(), None, match.start())
                org_id = found.id if found else None
            elif org_id is None and rest.strip():
                continue  # words the rules do not read (Ban Chấp hành Hội Nông dân)
            elif org_id is None:  # the body alone: of the organisation sized before
                j_start = s_start  # in its sentence, or a clause before it and a semicolon
                while self.text[:j_start].rstrip(" ").endswith(";"):
                    j_start = self.sentence(len(self.text[:j_start].rstrip(" ;")) - 1)[0]
                before = [o for at, o in sized if at >= j_start]
                if not before and match.groupdict().get("interim"):
                    # Ban Chấp hành lâm thời gồm 15 đồng chí: the interim committee appointed
                    # for the organisation named last before it in its paragraph
                    p_start = self.text.rfind("\n", 0, match.start()) + 1
                    before = [m.org for m in self.mentions if p_start <= m.start < match.start()
                              and m.ref == m.org and not m.issuer
                              and self.entities.get(m.org, {}).get("form") == "committee"][-1:]
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

    def plenum_attendance(self, seen: set[tuple[str, str, int, str]]) -> None:
        """``Dự hội nghị có 54/57 đồng chí Tỉnh ủy viên`` (``Huyện ủy viên`` …): the committee
        of the one organisation of that unit has 57 members, as of the day of the meeting its
        paragraph names (the day opening the last sentence before that names a ``hội
        nghị``), else its sentence's date."""
        regex = re.compile(r"(?<![^\W\d_])(?:[Dd]ự|[Tt]ham dự) (?:hội nghị|kỳ họp|phiên họp) có "
                           r"[0-9]+/(?P<num>[0-9]+)(?P<qual>(?!))?(?P<pct>(?!))? (?:đồng chí )?"
                           r"(?P<unit>Tỉnh|Thành|Huyện|Quận|Thị) ủy viên(?![^\W\d_])")
        words = {"Tỉnh": "tỉnh", "Thành": "thành phố", "Huyện": "huyện", "Quận": "quận",
                 "Thị": "thị xã"}
        for match in regex.finditer(self.text):
            org = self.resolve(words[match["unit"]], None, match.start())
            if org is None or org.id not in self.entities:
                continue
            body = self.body(org, "executive-committee", match.start("unit"), match.end(),
                             False)
            if body is None:
                continue
            s_start, s_end = self.sentence(match.start())
            as_of, how = self.as_of(s_start, s_end)
            p_start = self.text.rfind("\n", 0, match.start()) + 1
            for day in reversed([d for d in self.dates_in(p_start, s_end) if d.kind == "day"]):
                t_start, t_end = self.sentence(day.start)
                if re.match(r"\s*(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày) )?$",
                            self.text[t_start:day.start]) and re.search(
                        r"(?<![^\W\d_])[Hh]ội nghị(?![^\W\d_])", self.text[t_start:t_end]):
                    as_of, how = day.date.isoformat(), f"as of '{day.text}', the meeting's day"
                    break
            self.observe(body, "body-members", match, as_of, how, seen,
                         self.quote(match.start(), match.end()),
                         "Dự hội nghị có N/M đồng chí Tỉnh ủy viên: M members")

    def cell_committee_size(self, match: re.Match[str], seen: set[tuple[str, str, int, str]],
                            ) -> None:
        """``(Đại hội đã bầu) Chi ủy (Chi bộ X) (khóa mới) gồm 3 đồng chí``: the size of the
        committee (``body`` executive-committee) of the cell named with it, else of the one
        cell the article names."""
        rest_end = match.end("rest") if match["rest"] else match.end("body")
        named = [m.org for m in self.mentions if match.end("body") <= m.start <= rest_end
                 and m.org.endswith("-cell")]
        cells = named or sorted({m.org for m in self.mentions if m.org.endswith("-cell")})
        if len(cells) > 1:
            # several cells: the one formed named last before it in its paragraph (Chi bộ A
            # được thành lập trên cơ sở hợp nhất …; Chi ủy lâm thời gồm 3 đồng chí)
            p_start = self.text.rfind("\n", 0, match.start()) + 1
            near = [m for m in self.mentions if m.org.endswith("-cell")
                    and p_start <= m.start < match.start() and match.start() - m.end < 300
                    and not self.merged_from(m)]
            cells = [near[-1].org] if near else cells
        if len(cells) != 1 or cells[0] not in self.entities:
            return
        cell = cells[0]
        body = self.cell_committee(cell, "the cell named with it or the one cell the "
                                   "article names",
                                   self.quote(match.start("body"), match.end("body")))
        if body is None:
            return
        congress, as_of, how = self.elected_at(match.start())
        if congress is not None and congress["of"] != cell:
            as_of, how = self.as_of(*self.sentence(match.start()))
        self.observe(body, "body-members", match, as_of, how, seen,
                     self.quote(match.start(), match.end()), "Chi ủy gồm N đồng chí")

    def plural_subject(self, pos: int) -> bool:
        """Whether the figure at ``pos`` is told of several units of a kind (``Các tổ chức
        đảng này gồm …, với tổng số 487 đảng viên``, ``các chi bộ doanh nghiệp kết nạp 23
        đảng viên``), named in its sentence with no organisation after them."""
        s_start, _s_end = self.sentence(pos)
        groups = list(re.finditer(r"(?<![^\W\d_])[Cc]ác (?:tổ chức (?:cơ sở )?đảng|chi bộ|đảng "
                                  r"bộ)(?![^\W\d_])", self.text[s_start:pos]))
        if not groups:
            return False
        return not any(s_start + groups[-1].end() <= m.start < pos for m in self.mentions)

    def admissions(self, seen: set[tuple[str, str, int, str]]) -> None:
        """``(ORG) kết nạp (được) N đảng viên (mới)``: new-members of the organisation named
        before it in the sentence (else the one the article is about), over the period the
        sentence names (``năm 2024``), the year of the admissions told before it in its
        paragraph, or as of publication."""
        year_before: tuple[int, str] | None = None
        for match in sorted([*_ADMITTED.finditer(self.text), *_ADMITTED_FOR.finditer(self.text),
                             *_ADMITTED_WHO_ONLY.finditer(self.text),
                             *_ADMITTED_PASSIVE.finditer(self.text)], key=lambda m: m.start()):
            if self.aimed(match.start()) or re.match(r" trở lên", self.text[match.end():]):
                continue  # phấn đấu kết nạp … (trở lên): a target
            if self.plural_subject(match.start()):
                continue  # các chi bộ doanh nghiệp kết nạp 23 đảng viên: no one organisation's
            org = self.org_of_sentence(match.start())
            aside = re.search(r", một trong [^,.;:\n]{3,80}?, [^,.;:\n]*$",
                              self.text[self.sentence(match.start())[0]:match.start()])
            if aside is not None:  # Chi bộ thôn X, một trong 26 chi bộ của Đảng bộ xã, …: X
                at = self.sentence(match.start())[0] + aside.start()
                before = [m for m in self.mentions if self.sentence(match.start())[0] <= m.start
                          and m.end <= at and not m.issuer]
                org = max(before, key=lambda m: m.end).org if before else org
            if org is None:
                continue
            as_of, how = self.period(match.start(), match.end())
            s_start, _s_end = self.sentence(match.start())
            days = [d for d in self.dates_in(s_start, match.start()) if d.kind == "day"
                    and d.last <= self.published.last_day()]
            if match.re is _ADMITTED_FOR and how == "dated by publication" and days:
                # Chiều 13-1, Chi bộ X tổ chức Lễ kết nạp đảng viên mới cho 3 học sinh: on
                # the ceremony's day
                as_of, how = days[-1].date.isoformat(), f"on '{days[-1].text}', the ceremony's"
            elif how == "dated by publication" and (match.re is not _ADMITTED or CEREMONY.search(
                    self.text, s_start, match.end())) and not re.search(
                    r"(?<![^\W\d_])(?:đến nay|qua|từ (?:năm|ngày|tháng|đầu|khi)|trong (?:năm|"
                    r"tháng|quý|[0-9]+ (?:năm|tháng))|năm [0-9]{4}|tháng [0-9]|quý [IV])"
                    r"(?![^\W\d_])",
                    self.text[s_start:match.start()]):
                # (Sáng 6-9, … tổ chức Lễ kết nạp …) Chi bộ X kết nạp 3 công nhân: at the
                # admission ceremony the article tells last before it, on its day
                day = self.ceremony_day(match.end())
                if day is not None:
                    as_of, how = day.date.isoformat(), \
                        f"on '{day.text}', the day of the admission ceremony told before"
            if how == "dated by publication":
                # Tại hội nghị / Dịp này, ORG (tổ chức lễ) kết nạp N …: on the day of the
                # conference its paragraph reports
                day = self.meeting_day(match.start())
                if day is not None:
                    as_of, how = day.date.isoformat(), \
                        f"on '{day.text}', the day of the meeting its paragraph reports"
            p_start = self.text.rfind("\n", 0, match.start()) + 1
            if how == "dated by publication" and year_before is not None and \
                    year_before[0] >= p_start and not _OWN_TIME.search(
                        self.text, s_start, match.start()):
                # …, năm 2020, … kết nạp 126 đảng viên mới. … Đảng bộ xã X kết nạp 14 đảng
                # viên: the figures after a year's, in its paragraph, go on with its year
                as_of, how = year_before[1], "the year of the admissions told before it"
            if len(as_of) == 4:
                year_before = (match.start(), as_of)
            named = [m for m in [*self.mentions, *self.whole()]
                     if s_start <= m.start and m.end <= match.start() and m.org == org]
            start = min([m.start for m in named] or [match.start()])
            self.observe(org, "new-members", match, as_of, how, seen,
                         self.quote(start, match.end()), "kết nạp N đảng viên mới")

    def listed_figures(self, seen: set[tuple[str, str, int, str]]) -> None:
        """A report's table told in prose, ``số WHAT: N`` (``Về công tác xây dựng Đảng, số tổ
        chức cơ sở đảng: 42; số đảng viên mới kết nạp trong nhiệm kỳ: 1.105``): the figure of
        the measure WHAT names, of the organisation named before it in its sentence (else the
        one the article is about); members admitted over the period the sentence names."""
        for match in _LISTED_FIGURE.finditer(self.text):
            if self.aimed(match.start()):
                continue
            org = self.org_of_sentence(match.start())
            if org is None:
                continue
            what = match["what"]
            measure = "new-members" if "kết nạp" in what else _LISTED_MEASURE[what]
            if measure == "new-members":
                as_of, how = self.period(match.start(), match.end())
            else:
                s_start, s_end = self.sentence(match.start())
                as_of, how = self.as_of(s_start, s_end)
            self.observe(org, measure, match, as_of, how, seen,
                         self.quote(match.start(), match.end()), "số WHAT: N")

    def rated_count(self, match: re.Match[str], org: str, value: int, shape: str,
                    detail: str = "") -> None:
        """The count of units rated (``match`` of a rating pattern: its ``pop``, ``rating``
        and ``up`` groups) as an observation of ``org``, its scope the words from the units
        to the rating; ``shape`` and ``detail`` go into its note."""
        measure = dict(self.words.rated)[match["rating"]]
        as_of, how = self.period(match.start(), match.end())
        scope = " ".join(self.text[match.start("pop"):max(
            match.end("rating"), match.end("up") if match["up"] else 0)].split())
        self.fact({"id": f"{org.removesuffix('-party')}-{measure}-count-{as_of}",
                   "type": "observation", "of": org, "measure": measure,
                   "value": value, "as_of": as_of, "scope": {"vi": scope},
                   "note": f"observation ({shape}, the count rated): {how}{detail}"},
                  self.quote(match.start(), match.end()))

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
                           + r")(?P<up> trở lên)?(?: hằng năm| hàng năm| mỗi năm)?(?:,? (?:đều )?"
                           r"(?:đạt|là|chiếm)(?: tỷ lệ)? |: )" + NUMBER)
        counted = re.compile(r"(?<![0-9/])(?P<done>[0-9]+)/(?P<total>[0-9]+) (?P<pop>"
                             + _RATED_UNITS + r")(?![^\W\d_])(?: \(" + NUMBER + r"\))?"
                             r"(?P<rest>[^.;:\n%]{0,80}?)(?P<rating>" + ratings + r")"
                             r"(?P<up> trở lên)?(?![^\W\d_])")
        counted_after = re.compile(r"(?<![0-9/])(?P<done>[0-9]+)/(?P<total>[0-9]+) (?P<pop>"
                                   + _RATED_UNITS + r")(?![^\W\d_])"
                                   r"(?P<rest>[^.;:\n%(]{0,80}?)(?P<rating>" + ratings +
                                   r")(?P<up> trở lên)?, (?:đạt|chiếm)(?: tỷ lệ)? " + NUMBER)
        shared_after = re.compile(r"(?<![0-9/.,])[0-9]+ (?P<pop>" + _RATED_UNITS + r")(?![^\W\d_])"
                                  r"(?P<rest>[^.;:\n%(]{0,80}?)(?P<rating>" + ratings +
                                  r")(?P<up> trở lên)?, (?:đạt|chiếm)(?: tỷ lệ)? " + NUMBER)
        # (có 56 tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên, chiếm
        # 87,5%: the share after the count rated)
        for match in counted.finditer(self.text):
            # 31/36 tổ chức cơ sở đảng (86,1%) (được xếp loại) hoàn thành tốt nhiệm vụ trở
            # lên: the count rated, as a figure of its own (the share is read below)
            org = self.org_of_sentence(match.start())
            if org is None or self.aimed(match.start()):
                continue
            self.rated_count(match, org, int(match["done"]), "N/M UNITS RATING",
                             f"; {match['done']} of {match['total']}")
        for match in regex.finditer(self.text):
            # (Năm 2019,) có 16 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên: the
            # count rated, told with no total and no share
            if match["pct"] or match["qual"] or match["pop"].startswith("đảng viên") or \
                    self.text[match.start() - 1:match.start()] in ("/", "(") or \
                    self.aimed(match.start()) or not re.search(
                        r"(?<![^\W\d_])có $", self.text[max(0, match.start() - 4):
                                                          match.start()]):
                continue
            number = parse_number(self.text[match.start("num"):match.end("num")])
            org = self.org_of_sentence(match.start())
            if number is None or number.whole is None or org is None:
                continue
            self.rated_count(match, org, number.whole, "có N UNITS RATING")
        found = sorted([*regex.finditer(self.text), *after.finditer(self.text),
                        *counted.finditer(self.text), *counted_after.finditer(self.text),
                        *shared_after.finditer(self.text)],
                       key=lambda m: m.start())
        for match in found:
            if not match["pct"] or self.aimed(match.start()):
                continue
            number = parse_number(self.text[match.start("num") - (
                len(match["qual"]) + 1 if match["qual"] else 0):match.end("pct")])
            org = self.org_of_sentence(match.start())
            owner = [m for m in self.mentions if match.end("pop") <= m.start < match.start(
                "rating") and re.search(r"(?:thuộc|của|trong) $",
                                        self.text[match.end("pop"):m.start])]
            if owner:  # N% tổ chức đảng trực thuộc Đảng bộ X …: X's units
                org = owner[0].org
            if number is None or org is None:
                continue
            measure = dict(self.words.rated)[match["rating"]]
            as_of, how = self.period(match.start(), match.end())
            value: int | float = number.whole if number.whole is not None else number.value
            scope = " ".join(self.text[match.start("pop"):max(
                match.end("rating"), match.end("up") if match["up"] else 0)].split())
            item: dict[str, Any] = {
                "id": f"{org.removesuffix('-party')}-{measure}-{as_of}", "type": "observation",
                "of": org, "measure": measure, "percent": value}
            if match["qual"] in APPROX:
                item["approx"] = APPROX[match["qual"]]
            item.update({"as_of": as_of, "scope": {"vi": scope},
                         "note": f"observation (N% UNITS RATING, a share): {how}"
                                 + (f"; the article says {match['qual']} {value}%"
                                    if match["qual"] else "")})
            self.fact(item, self.quote(match.start(), match.end()))
