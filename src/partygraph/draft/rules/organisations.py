"""Organisations and committees: Đảng bộ/Đảng ủy/Chi bộ with their units and names, the
committees (Tỉnh ủy, Huyện ủy, …), lists of units, working groups, cells of villages and
institutions."""

from __future__ import annotations

import re
from typing import Any

from partygraph.draft.names import (
    UNIT_WORDS,
    UNITS,
    Unit,
    person_not_place,
    proper_name,
    slug,
    unit_named,
)
from partygraph.draft.rules.base import MAX_QUOTES, TWO_TIER, Mention, Org
from partygraph.draft.rules.bodies import BodyRules
from partygraph.draft.titles import Title
from partygraph.util.text import fold

__all__ = ["OrganisationRules"]

_AUTHORED = re.compile(
    r"(?<![^\W\d_])(?:[Cc]hỉ thị|[Nn]ghị quyết|[Qq]uyết định|[Kk]ết luận|[Qq]uy định|[Hh]ướng dẫn|"
    r"[Kk]ế hoạch|[Tt]hông báo|[Tt]hông tri|[Cc]ông văn|[Đđ]ề án|[Bb]áo cáo|[Cc]hương trình|"
    r"[Qq]uy chế|[Tt]ờ trình|[Vv]ăn bản|[Vv]ăn kiện|[Dd]ự thảo|[Đđ]iều lệ|[Nn]ghị định|"
    r"[Tt]ổ công tác|[Đđ]oàn (?:công tác|kiểm tra|giám sát)|[Ss]ố [0-9]+[-/])(?![^\W\d_])")
"""What an organisation named after ``của`` is the author of (an instrument, a document, a
working group), within a few words before it."""

_BRACKETED_UNIT = re.compile(r"\((?P<unit>huyện|quận|thị xã|thành phố|tỉnh) (?=[A-ZĐ])")
"""``(huyện Tân Thử)`` after the name of a unit within it."""

_PLACE_AT = re.compile(r"(?<![^\W\d_])(?P<unit>xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|"
                       r"thành phố|tỉnh) (?=[A-ZĐ])")
_UPPER_NEXT = re.compile(r"(?P<open>, | \()(?P<unit>huyện|quận|thị xã|thành phố|tỉnh) (?=[A-ZĐ])")
"""A unit and the larger unit it lies in, named after it: ``phường Tây Sơn, thị xã An Khê``,
``xã Lộc Thử (huyện Tân Thử)``."""
_LIST_GOES_ON = re.compile(r"(?:,| và| hoặc) (?P<unit>xã|phường|thị trấn|đặc khu|huyện|quận|"
                           r"thị xã|thành phố|tỉnh)(?![^\W\d_])")
_TIER = {"xã": 1, "phường": 1, "thị trấn": 1, "đặc khu": 1, "huyện": 2, "quận": 2, "thị xã": 2,
         "thành phố": 2, "tỉnh": 3}
"""The tier of a unit's words: commune-level, district-level, province-level (a city of the
central government is of the province's tier: see :meth:`OrganisationRules.places_within`)."""

_ORG = re.compile(rf"(?P<form>Đảng bộ|Đảng ủy|Chi bộ) (?P<unit>{UNIT_WORDS})(?![^\W\d_])")

_COMMITTEE = re.compile(
    r"(?P<stand>Ban Thường vụ )?(?P<cte>Tỉnh ủy|Thị ủy|Huyện ủy|Thành ủy|Quận ủy)"
    r"(?! viên)(?![^\W\d_])")

_COMMITTEE_UNIT = {"Tỉnh ủy": "tỉnh", "Thị ủy": "thị xã", "Huyện ủy": "huyện",
                   "Thành ủy": "thành phố", "Quận ủy": "quận"}

_INSTITUTION_LEADS = ("Trường", "Trung tâm", "Bệnh viện", "Công ty", "Cơ quan", "Viện",
                      "Ngân hàng", "Báo", "Đồn Biên phòng")
"""The institutions' words that name their committee alone (``Đảng ủy Bệnh viện``)."""

_INSPECTION = re.compile(
    r"Ủy ban Kiểm tra (?P<cte>Tỉnh ủy|Thị ủy|Huyện ủy|Thành ủy|Quận ủy|Đảng ủy)"
    r"(?: (?P<unit>" + UNIT_WORDS + r"))?(?![^\W\d_])")

_BARE_INSPECTION = re.compile(
    r"(?<![^\W\d_])Ủy ban Kiểm tra Đảng ủy(?: (?:" + "|".join(_INSTITUTION_LEADS) + r"))?"
    r"(?=,? (?:khóa [IVXLC]+,? )?(?:gồm|do|có|được)"
    r"(?![^\W\d_]))")
"""``Ủy ban Kiểm tra Đảng ủy gồm 7 đồng chí``: a commission named by no unit (or by an
institution's word alone: ``Ủy ban Kiểm tra Đảng ủy Bệnh viện gồm 5 đồng chí``)."""

_STEERING = re.compile(r"Ban Chỉ đạo (?P<topic>[^.;:\n()“”]{3,120}?) (?P<unit>tỉnh|thành phố|"
                       r"huyện|quận|thị xã) (?=[A-ZĐ])")
"""``Ban Chỉ đạo TOPIC tỉnh X``: a steering committee, its topic and its unit."""

_STEERING_OF = re.compile(r"(?<=thành lập )Ban Chỉ đạo (?P<topic>[^.;:\n()“”]{3,120}?) của "
                          r"(?P<unit>tỉnh|thành phố|huyện|quận|thị xã)(?![^\W\d_])(?! [A-ZĐ])")
"""``thành lập Ban Chỉ đạo TOPIC của huyện``: a steering committee of the unit reported on."""

_UNIT_LIST = re.compile(r"(?P<form>Đảng bộ )?các (?P<unit>xã|phường|thị trấn) ")

_WORKING_GROUP = re.compile(r"(?<!trưởng )(?:[Tt]ổ|[Đđ]oàn) công tác(?: số [0-9]+)? (?:của )?"
                            r"(?=Ban Thường vụ|Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy|Đảng ủy|"
                            r"Ủy ban Kiểm tra)")
"""``(Tổ / Đoàn / đoàn) công tác (số N) (của) BODY`` (a committee, its standing committee or
its inspection commission); not in a post's words (``tổ trưởng tổ công tác của …``)."""

_INSTITUTIONS = ("Trường", "Trung tâm", "Bệnh viện", "Công an", "Ban Chỉ huy", "Văn phòng",
                 "Cơ quan", "Công ty", "Sở", "Chi cục", "Cục", "Viện", "Ngân hàng", "Kho bạc",
                 "Bảo hiểm xã hội", "Tòa án nhân dân", "Viện Kiểm sát nhân dân", "Ban Quản lý",
                 "Ủy ban Mặt trận Tổ quốc", "Liên đoàn Lao động", "Báo", "Đài Phát thanh",
                 "Trạm", "Hạt Kiểm lâm", "Phòng", "Đồn Biên phòng")
"""What a cell or committee of an institution is named by (``Chi bộ Sở Tư pháp tỉnh X``,
``Đảng bộ Công an huyện Y``): the state agencies, schools, firms and services that have
one."""

_CELL = re.compile(
    r"(?P<form>Chi bộ|Đảng bộ) (?:(?P<village>(?:[Tt]hôn|[Tt]ổ dân phố|[Kk]hu phố|[Ll]àng|"
    r"[Bb]uôn|[Bb]ản|[Ấấ]p|[Kk]hối phố) )|(?P<inst>(?=(?:" + "|".join(_INSTITUTIONS)
    + r") )|(?<=Chi bộ )(?=(?:Ủy ban|Hội đồng) nhân dân (?:xã|phường|thị trấn|đặc khu) "
    r"[A-ZĐ])|(?<=Chi bộ )(?=Quân sự (?:xã|phường|thị trấn|đặc khu)(?![^\W\d_]))))")

_BLOC = re.compile(r"(?P<form>Đảng bộ|Đảng ủy) Khối(?P<what> (?:các )?(?:[Cc]ơ quan|[Dd]oanh "
                   r"nghiệp)(?: [Dd]ân chính [Đđ]ảng)?)?(?![^\W\d_])")
"""``Đảng bộ / Đảng ủy Khối (các cơ quan | Doanh nghiệp) tỉnh X``: a bloc's organisation."""

_ARMED = re.compile(r"(?P<form>Đảng bộ|Đảng ủy) (?P<arm>Quân sự|Công an|Bộ đội Biên phòng|"
                    r"[Cc]ác cơ quan Đảng|Ủy ban nhân dân|UBND) tỉnh(?![^\W\d_])")
"""``Đảng bộ / Đảng ủy Quân sự (Công an, Bộ đội Biên phòng, các cơ quan Đảng, Ủy ban nhân
dân) tỉnh X``: the armed forces', the party agencies' or the People's Committee's
organisation of a province (level upper-base)."""


_DISTRICT_ARMED = re.compile(r"(?P<form>Đảng bộ|Đảng ủy) (?P<arm>Quân sự|Công an) "
                             r"(?P<unit>huyện|thị xã|quận|thành phố)(?![^\W\d_])")
"""``Đảng bộ / Đảng ủy Quân sự (Công an) huyện X``: the military's (police's) organisation of
a district, a base organisation under the district's committee."""


# Patterns the rules below read inside their loops, compiled once here.
_ORGAN = re.compile(r"(?:(?:Ủy ban|Hội đồng) nhân dân|Mặt trận(?: Tổ quốc)?|Đoàn thể|"
                    r"(?<=- )đoàn thể)(?![^\W\d_])")
_MORE = re.compile(r", | và (?:(?P<unit>xã|phường|thị trấn) )?")
_UNIT = re.compile(r" (?P<u>tỉnh|thành phố)(?: (?=[A-ZĐ])|(?![^\W\d_]))")


def upper_base_key(words: str) -> str:
    """The key of :data:`UNITS` for the words after ``Đảng bộ`` / ``Đảng ủy`` of an
    organisation at level upper-base (``các cơ quan Đảng``, ``UBND``, ``Quân sự``)."""
    key = words.lower()
    return "ủy ban nhân dân" if key == "ubnd" else key

_LINKING = {"và", "của", "được", "đã", "với", "tại", "trong", "là", "cho", "thuộc", "về"}


_NAME_ENDS = re.compile(r"(?:tổ chức|long trọng|vừa|đang|sẽ|tiến hành|kết nạp|khai mạc|trao|"
                        r"phối hợp|triển khai|họp)(?![^\W\d_])")
"""The verbs that follow an institution's name and never belong to it (``Chi bộ Trường THPT
X tổ chức Lễ kết nạp …``, ``Đảng ủy Bệnh viện X long trọng tổ chức …``)."""


def _capital_soon(text: str, pos: int) -> bool:
    """Whether a capitalised word comes within the next three words after ``pos``, with no
    linking word (và, của, …) before it."""
    words = text[pos:pos + 60].split(" ")[1:4]
    for i, word in enumerate(words):
        if word == "và" and i + 1 < len(words) and words[i + 1][:1].isupper() and \
                words[i + 1] not in ("Chi", "Đảng", "Ban", "Ủy", "Hội"):
            return True  # Sở Khoa học và Công nghệ
        if not word or word in _LINKING or not word[0].isalpha():
            return False
        if word[0].isupper():
            return True
    return False


def _institution(text: str, pos: int) -> tuple[str, int] | None:
    """An institution's name at ``pos`` (``Trường THPT Khê Mẫu``, ``Trung tâm Y tế huyện
    Khê Mẫu``): capitalised words, and a unit word followed by a capitalised name."""
    words = re.compile(r"[^\W_]+")
    lead = re.match(r"(?:" + "|".join(w for w in _INSTITUTIONS if " " in w or w in (
        "Công an", "Văn phòng", "Cơ quan", "Công ty", "Sở", "Cục", "Báo", "Trạm", "Phòng"))
        + r"|Quân sự) ", text[pos:])  # (Chi bộ Quân sự xã: the commune's military cell)
    end, kept, placed = pos + (lead.end() if lead else 0), 0, False
    while (match := words.match(text, end)) is not None and kept < 10:
        word = match.group(0)
        unit = re.match(r"(?:thị xã|thị trấn|thành phố|huyện|xã|phường|tỉnh|quận) (?=\w)",
                        text[match.start():])
        if unit is not None and text[match.start() + unit.end()].isupper():
            end, kept, placed = match.start() + unit.end(), kept + 1, True
            continue
        if not placed and kept and re.match(
                r"(?:xã|phường|thị trấn)(?![^\W\d_])(?! [A-ZĐ])", text[match.start():]):
            end = match.end()  # Chi bộ Cơ quan Ủy ban nhân dân xã: the commune's own
            break
        organ = _ORGAN.match(text, match.start())
        if organ is not None:  # Chi bộ Cơ quan Ủy ban nhân dân xã: one name, not a body
            end, kept = organ.end(), kept + 1
            if text[end:end + 1] != " ":
                break
            end += 1
            joined = re.match(r"[-\u2013] (?=[Đđ]oàn thể(?![^\W\d_]))", text[end:])
            if joined is not None:  # Chi bộ Cơ quan Đảng - Mặt trận - đoàn thể xã
                end += joined.end()
            continue
        if placed and not word[0].isupper():
            break  # the name ends with its place (… tỉnh Sim Mẫu tổ chức …)
        if re.match(r"(?:khóa|lần thứ|nhiệm kỳ)(?![^\W\d_])", text[match.start():]):
            break  # Đảng ủy Bệnh viện khóa VI, … lần thứ VI: a term or a congress, not the name
        if word == "và" and kept and re.match(r"và (?!Chi bộ|Đảng|Ban |Ủy ban|Hội đồng)"
                                              r"[A-ZĐ]", text[match.start():]):
            end = match.end() + 1  # Sở Khoa học và Công nghệ: a name goes on after "và"
            continue
        if kept and _NAME_ENDS.match(text, match.start()):
            break  # Chi bộ Trường THPT X tổ chức Lễ …: a verb after the name ends it
        if not word[0].isupper() and not word[0].isdigit() and (
                word in _LINKING or not _capital_soon(text, match.end())):
            break  # lowercase words only inside a name (Trung tâm Y tế huyện X)
        end, kept = match.end(), kept + 1
        if text[end:end + 1] != " ":
            break
        end += 1
        joined = re.match(r"[-\u2013] (?=(?:Mặt trận|[Đđ]oàn thể|Chính quyền|Ủy ban|UBND|HĐND|"
                          r"Hội đồng)(?![^\W\d_]))", text[end:])
        if joined is not None:  # Chi bộ Cơ quan Đảng - Mặt trận Tổ quốc: one agency cell
            # (Chi bộ Cơ quan Đảng - Mặt trận - đoàn thể xã: one too)
            end += joined.end()
    name = text[pos:end].rstrip()
    if len(name.split()) < 2:
        return None
    return name, pos + len(name)


class OrganisationRules(BodyRules):
    """Read the organisations, committees, cells and working groups the article names."""

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
            if named is not None and person_not_place(self.text, named[0], named[1]):
                named = None  # Thị ủy Tô Mẫu Toàn: who holds the title, not the place
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
            if named is not None and person_not_place(self.text, named[0], named[1]):
                named = None  # Ủy ban Kiểm tra Tỉnh ủy La Đào Bảo: who holds the title
            found.append((match.start(), named[1] if named else match.end(), unit_words,
                          named[0] if named else None, "inspection"))
        # a person's name after a committee (Bí thư Huyện ủy NAME yêu cầu) names no unit
        found = [(start, end - len(name) - 1, unit_words, None, ref)
                 if name is not None and self.person_named(name)
                 else (start, end, unit_words, name, ref)
                 for start, end, unit_words, name, ref in found]
        for start, end, unit_words, name, _ref in sorted(found):
            _s_start, s_end = self.sentence(start)
            if name is not None and unit_words in ("xã", "phường") and re.match(
                    r" (?:được|sẽ được) thành lập", self.text[end:s_end]) and any(
                    d.first >= TWO_TIER for d in self.dates_in(end, s_end)):
                self.new_communes.add((unit_words, name))
        for start, end, unit_words, name, _ref in sorted(found):
            if name is not None:
                self.declare_org(unit_words, name, start, end)
        members = {_COMMITTEE_UNIT[f"{m[1]} ủy"] for m in re.finditer(
            r"(?<![^\W\d_])(Tỉnh|Thành|Huyện|Thị|Quận) ủy viên(?![^\W\d_])", self.text)}
        # (Tỉnh ủy viên, a title with no name: a member of that committee, read the same way)
        for unit_words in sorted({u for _s, _e, u, name, _r in found if name is None
                                  and u in _COMMITTEE_UNIT.values()} | members):
            # Tỉnh ủy with no name in an article that names one province (Ban Chỉ đạo …
            # tỉnh Lim Mẫu): that province's organisation, implied by its committee
            if any(o.unit.words == unit_words for o in self.orgs.values()):
                continue
            places: dict[str, tuple[int, int]] = {}
            words = f"[{unit_words[0].upper()}{unit_words[0]}]{unit_words[1:]}"
            for place in re.finditer(r"(?<![^\W\d_])" + words + r" (?=[A-ZĐ])", self.text):
                named = proper_name(self.text, place.end())
                if named is not None:
                    places.setdefault(named[0], (place.start(), named[1]))
            if len(places) == 1:
                ((name, (p_start, p_end)),) = places.items()
                self.declare_org(unit_words, name, p_start, p_end)
        self.unit_lists()
        self.cells()
        self.blocs()
        self.armed_forces()
        self.district_armed_forces()
        for start, end, unit_words, name, ref in sorted(found):
            org = self.resolve(unit_words, name)
            if org is None:
                if name is None:
                    self.unresolved.append((start, end, unit_words, ref))
                continue
            self.mention_of(org, start, end, ref)

    def steering_committees(self) -> None:
        """``Ban Chỉ đạo TOPIC tỉnh X`` (``Ban Chỉ đạo phòng, chống tham nhũng, lãng phí,
        tiêu cực tỉnh Lim Mẫu``): a steering committee (``body`` steering-committee) of the
        executive committee of X's organisation; ``Ban Chỉ đạo`` alone later is the one
        named last (or the only one)."""
        for match in _STEERING.finditer(self.text):
            named = proper_name(self.text, match.end())
            if named is None or re.search(r"(?<![^\W\d_])(?:đã|sẽ|đang|họp|làm việc|với|tại|"
                                          r"cho|gồm|có|là|của|được)(?![^\W\d_])",
                                          match["topic"]):
                continue  # Ban Chỉ đạo đã họp với … huyện X: no topic, no steering committee
            org = self.resolve(match["unit"].lower(), named[0], match.start())
            if org is None:
                continue
            committee = self.body(org, "executive-committee", match.start(), named[1], False)
            if committee is None:
                continue
            words = " ".join(self.text[match.start():named[1]].split())
            topic = " ".join(match["topic"].replace(",", "").split()[:4])
            body = self.entity({"id": f"{org.prefix}-steering-{slug(topic)}", "type": "body",
                                "kind": "steering-committee", "of": committee,
                                "name": {"vi": words, "en": f"{org.name} {org.unit.en} "
                                                            f"steering committee ({topic})"},
                                "note": "body: Ban Chỉ đạo + its topic + the unit it is of"},
                               self.quote(match.start(), named[1]))
            if body is None:
                continue
            self.steering_at.append((match.start(), body))
            self.mentions.append(Mention(match.start(), named[1], org.id, body))
        for match in _STEERING_OF.finditer(self.text):
            # thành lập Ban Chỉ đạo TOPIC của huyện (no name): of the unit the article is about
            if any(at == match.start() for at, _b in self.steering_at) or re.search(
                    r"(?<![^\W\d_])(?:đã|sẽ|đang|họp|làm việc|với|tại|cho|gồm|có|là|của|được)"
                    r"(?![^\W\d_])", match["topic"]):
                continue
            org = self.resolve(match["unit"].lower(), None, match.start())
            if org is None:
                continue
            committee = self.body(org, "executive-committee", match.start(), match.end(), False)
            if committee is None:
                continue
            topic_words = " ".join(match["topic"].split())
            topic = " ".join(match["topic"].replace(",", "").split()[:4])
            body = self.entity({"id": f"{org.prefix}-steering-{slug(topic)}", "type": "body",
                                "kind": "steering-committee", "of": committee,
                                "name": {"vi": f"Ban Chỉ đạo {topic_words} {org.unit.words} "
                                               f"{org.name}",
                                         "en": f"{org.name} {org.unit.en} steering committee "
                                               f"({topic})"},
                                "note": "body: Ban Chỉ đạo + its topic + của + the unit the "
                                        "article is about"},
                               self.quote(match.start(), match.end()))
            if body is None:
                continue
            self.steering_at.append((match.start(), body))
            self.mentions.append(Mention(match.start(), match.end(), org.id, body))
        self.steering_at.sort()
        if not self.steering_at:
            return
        for match in re.finditer(r"(?<![^\W\d_])Ban Chỉ đạo(?![^\W\d_])", self.text):
            if any(at == match.start() for at, _b in self.steering_at) or re.search(
                    r"(?:Trưởng [Bb]an|Thường trực|viên) $",
                    self.text[max(0, match.start() - 12):match.start()]):
                continue
            before = [b for at, b in self.steering_at if at < match.start()]
            body = before[-1] if before else self.steering_at[0][1]
            owner = str(self.entities[str(self.entities[body]["of"])]["of"])
            self.mentions.append(Mention(match.start(), match.end(), owner, body))
        self.mentions.sort(key=lambda m: m.start)

    def bare_inspections(self) -> None:
        """``Ủy ban Kiểm tra Đảng ủy (khóa I) gồm 7 đồng chí`` with no unit after it, in an
        article that reports a congress held: the inspection commission of the organisation
        of that congress (one whose committee is a ``Đảng ủy``: not a province's or a
        district's), as a mention of those words."""
        for match in _BARE_INSPECTION.finditer(self.text):
            if any(m.start <= match.start() < m.end for m in self.mentions):
                continue
            held = [c for at, c in self.congress_at if at < match.start()
                    and "held" in self.entities[c] and not self.above(at)]
            if not held:
                continue
            org = next((o for o in self.orgs.values()
                        if o.id == self.entities[held[-1]]["of"]), None)
            if org is None or self.entities.get(org.id, {}).get("level") in (
                    "provincial", "district", "central"):
                continue
            body = self.party_body(org, Title(match.start(), match.end(), "chair",
                                              "inspection"))
            if body is not None:
                self.mentions.append(Mention(match.start(), match.end(), org.id, body))
        self.mentions.sort(key=lambda m: m.start)

    def resolve_later(self) -> None:
        """The organisations named without a name that several could be, read again once the
        article's changes are known (``Đảng bộ phường hiện có …`` after ``Đảng bộ phường X
        được thành lập trên cơ sở hợp nhất …``: the one formed)."""
        for start, end, unit_words, ref in self.unresolved:
            org = self.resolve(unit_words, None, start)
            if org is not None:
                self.mention_of(org, start, end, ref)
        self.unresolved.clear()
        self.mentions.sort(key=lambda m: m.start)

    def mention_of(self, org: Org, start: int, end: int, ref: str) -> None:
        """Record the words from ``start`` to ``end`` as naming ``org`` (or, by ``ref``, its
        committee, standing committee or inspection commission)."""
        ref_id: str | None = org.id
        exec_before = ref == "Đảng bộ" and self.text[max(0, start - 14):start] == \
            "Ban Chấp hành "
        if ref == "Đảng ủy" or ref == "committee" or exec_before:
            ref_id = self.body(org, "executive-committee", start, end, exec_before)
        elif ref == "standing":
            ref_id = self.body(org, "standing-committee", start, end, False)
        elif ref == "inspection":
            ref_id = self.party_body(org, Title(start, end, "chair", "inspection"))
        if ref_id is not None:
            # ``Chỉ thị … của Ban Thường vụ Tỉnh ủy``: the author of an instrument or a
            # document named before ``của``, not the organisation the text speaks of
            # (``số thứ tự đại hội của Đảng bộ tỉnh X``)
            issuer = self.text[max(0, start - 4):start] == "của " and _AUTHORED.search(
                self.text, max(0, start - 90), start) is not None
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
                more = _MORE.match(
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
        """``Tổ công tác (số N) (của) BODY``: a working group of that body, named as the
        article's text names it in full (``Tổ công tác số 2 của Ban Thường vụ Tỉnh ủy X``),
        not as its headline shortens it (``Tổ công tác Tỉnh ủy``: the same group, when the
        text names one group of that organisation)."""
        head_end = self.text.find("\n", self.title_start) if self.title_start >= 0 else -1
        found: list[tuple[re.Match[str], Mention, bool]] = []
        for match in _WORKING_GROUP.finditer(self.text):
            owners = [m for m in self.mentions if m.start == match.end() and m.ref != m.org]
            if owners:
                found.append((match, owners[0], self.title_start <= match.start() < head_end))
        in_text = {o.org: o.ref for _m, o, head in found if not head}
        for match, owner, head in sorted(found, key=lambda f: (f[2], -(f[1].end - f[0].start()))):
            end = owner.end
            vi = " ".join(self.text[match.start():end].split())
            ref = in_text.get(owner.org, owner.ref) if head else owner.ref
            full = self.entities.get(owner.ref, {}).get("name", {}).get("vi")
            if not head and isinstance(full, str) and fold(vi).endswith(
                    fold(" ".join(self.text[owner.start:owner.end].split()))) \
                    and not fold(vi).endswith(fold(full)):
                # (đoàn công tác của Ủy ban Kiểm tra Tỉnh ủy: the body's full name, its
                # province's with it)
                vi = " ".join(self.text[match.start():owner.start].split()) + " " + full
            ident = self.entity({"id": f"{ref}-working-group", "type": "body",
                                 "kind": "working-group", "of": ref,
                                 "name": {"vi": vi, "en": f"Working group ({vi})"},
                                 "note": "body: Tổ công tác of a committee"},
                                self.quote(match.start(), end))
            if ident is not None:
                self.mentions.append(Mention(match.start(), end, owner.org, ident))
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
                numbered = re.match(r" [0-9]{1,2}[A-Z]?(?![0-9]|[^\W\d_]|[./-][0-9])(?! (?:đảng "
                                    r"viên|người|hộ|năm|tháng|ngày|chi bộ|tổ)(?![^\W\d_]))",
                                    self.text[named[1]:]) if named and named[0][0].isupper() \
                    else None
                if named and numbered is not None:
                    # Chi bộ thôn Đông Đào 1 (and … 2, merged into Chi bộ thôn Đông Đào): the
                    # village's number is part of its name
                    named = (f"{named[0]}{numbered.group(0)}", named[1] + numbered.end())
                # a village's cell is under a base committee; from 1 July 2025, under a
                # commune-level organisation, it is a base organisation itself
                level = "base" if self.two_tier else "subordinate"
            else:
                if _ARMED.match(self.text, match.start()):
                    continue  # Đảng bộ Công an tỉnh X: the province's police (upper-base)
                named = _institution(self.text, end)
                level = "base"
                if named is not None and named[0] in _INSTITUTIONS:
                    # Đảng bộ Công ty alone: the one of that kind named last before it
                    prefix = f"{match['form']} {named[0]} "
                    known = [m for m in self.mentions if m.end <= match.start()
                             and m.ref == m.org and str(self.entities.get(m.org, {}).get(
                                 "name", {}).get("vi", "")).startswith(prefix)]
                    if known:
                        self.mentions.append(Mention(match.start(), named[1], known[-1].org,
                                                     known[-1].org))
                    continue
            if not named:
                continue
            end = named[1]
            bare_unit = re.search(r" (?P<u>xã|phường|thị trấn)$", named[0])
            if not match["village"] and bare_unit is not None:
                # Chi bộ Cơ quan Ủy ban nhân dân xã: of the one commune the article is about
                own = self.resolve(bare_unit["u"], None)
                if own is None:
                    continue
                words = f"{' '.join(self.text[match.start():end].split())} {own.name}"
                self.cell_org(match, words, level, end)
                continue
            unit = re.match(r", (?P<unit>phường|xã|thị trấn) ", self.text[end:])
            if match["village"] and unit is not None:
                place = proper_name(self.text, end + unit.end())
                if place is not None:
                    u_start = end + 2
                    self.declare_org(unit["unit"], place[0], u_start, place[1])
                    end = place[1]
            words = " ".join(self.text[match.start():end].split())
            self.cell_org(match, words, level, end)
        self.mentions.sort(key=lambda m: m.start)
        self.institution_committees()
        self.bare_cells()

    def institution_committees(self) -> None:
        """``(Ban Thường vụ) Đảng ủy Công ty X`` (an institution named in full, its
        organisation named nowhere as ``Đảng bộ Công ty X``): that organisation, implied by
        its committee (level base), and its committee or standing committee."""
        lead = re.compile(r"(?:(?P<stand>Ban Thường vụ )|(?P<insp>Ủy ban Kiểm tra ))?Đảng ủy "
                          r"(?=(?:" + "|".join(_INSTITUTION_LEADS) + r") )")
        for match in lead.finditer(self.text):
            at = match.end() - len("Đảng ủy ")
            if any(m.start <= at < m.end for m in self.mentions):
                continue
            named = _institution(self.text, match.end())
            if named is None or named[0] in _INSTITUTIONS or \
                    not re.search(r" [A-ZĐ][^\W\d_]*$", named[0]):
                continue  # Đảng ủy Công ty alone (the one named before, read elsewhere)
            ident = f"{slug(named[0])}-party"
            if ident not in self.entities:
                self.entity({"id": ident, "type": "organisation", "form": "committee",
                             "level": "base", "name": {"vi": f"Đảng bộ {named[0]}",
                                                       "en": f"{named[0]} party organisation"},
                             "implied": True,
                             "note": "organisation: named by its committee (Đảng ủy + "
                                     "institution + name, level base)"},
                            self.quote(at, named[1]))
            if ident not in self.entities:
                continue
            self.institution_org(named[0], ident)
            org = self.orgs.get(ident.removesuffix("-party"))
            if org is None:
                continue
            ref = "standing" if match["stand"] else "inspection" if match["insp"] else \
                "committee"
            self.mention_of(org, match.start(), named[1], ref)
        self.mentions.sort(key=lambda m: m.start)

    def bare_cells(self) -> None:
        """``Chi bộ`` alone, as the subject of a figure or a deed (``hiện Chi bộ có 27 đảng
        viên``, ``Chi bộ đã kết nạp 14 học sinh``): the one cell its paragraph names before
        it."""
        bare = re.compile(r"(?<![^\W\d_])(?<!Bí thư )(?<!Phó Bí thư )(?<!của )(?:Chi bộ(?= (?:đã|"
                          r"có|hiện|hiện có|đang|vừa|luôn|kết nạp|được|còn)(?![^\W\d_]))|"
                          r"(?:(?<=, )|(?<=; ))chi bộ(?= hiện có ))")
        for match in bare.finditer(self.text):
            if any(m.start <= match.start() < m.end for m in self.mentions):
                continue
            p_start = self.text.rfind("\n", 0, match.start()) + 1
            cells = {m.org for m in self.mentions if p_start <= m.start < match.start()
                     and self.entities.get(m.org, {}).get("form") == "cell"}
            if len(cells) == 1:
                (cell,) = cells
                self.mentions.append(Mention(match.start(), match.end(), cell, cell))
        self.mentions.sort(key=lambda m: m.start)

    def cell_org(self, match: re.Match[str], words: str, level: str, end: int) -> None:
        """Declare the cell or institution committee ``words`` :meth:`cells` read at
        ``match`` (to ``end``) and note its mention."""
        cell = match["form"] == "Chi bộ"
        bare = words.removeprefix(f"{match['form']} ")
        ident = f"{slug(bare)}-{'cell' if cell else 'party'}"
        name_en = f"{bare} party {'cell' if cell else 'organisation'}"
        self.entity({"id": ident, "type": "organisation",
                     "form": "cell" if cell else "committee", "level": level,
                     "name": {"vi": words, "en": name_en},
                     "note": f"organisation: {match['form']} + "
                             f"{'village' if match['village'] else 'institution'}"
                             f" + name (level {level})"},
                    self.quote(match.start(), end))
        if ident in self.entities:
            self.mentions.append(Mention(match.start(), end, ident, ident))
            if not cell and not match["village"]:
                self.institution_org(bare, ident)

    def institution_org(self, bare: str, ident: str) -> None:
        """An institution's party committee (``Đảng bộ Bệnh viện Đa khoa tỉnh X``) as an
        organisation the other rules find as they find a unit's: its congress (``ORG tổ chức
        Đại hội … lần thứ VI``), its committee ``Đảng ủy Bệnh viện Đa khoa tỉnh X`` and the
        bodies and posts of that committee."""
        lead = max((w for w in _INSTITUTIONS if bare.startswith(f"{w} ")), key=len,
                   default=None)
        prefix = ident.removesuffix("-party")
        if lead is None or prefix in self.orgs:
            return
        unit = Unit(lead, "", "base", "institution", "institution", lead.lower(),
                    f"Đảng ủy {lead}")
        self.orgs[prefix] = Org(unit, bare.removeprefix(f"{lead} "), prefix)

    def blocs(self) -> None:
        """``Đảng bộ Khối các cơ quan tỉnh X`` (``Đảng ủy Khối Doanh nghiệp tỉnh X``): the
        party organisation of a province's agencies or firms, level upper-base (directly
        under the provincial committee, no unit's), and its committee; named once in full,
        then ``Đảng bộ Khối`` / ``Đảng ủy Khối (các cơ quan tỉnh)``. Its province is the one
        named with it, else the one province the article names."""
        found: list[tuple[int, int, str, str, str | None]] = []
        for match in _BLOC.finditer(self.text):
            end, place = match.end(), None
            unit = _UNIT \
                .match(self.text, end)
            if unit is not None:
                named = proper_name(self.text, unit.end())
                end = named[1] if named else unit.end()
                place = f"{unit['u']} {named[0]}" if named else None
                if named is not None:  # the province (its organisation implied)
                    self.declare_org(unit["u"], named[0], match.end() + 1, end)
            found.append((match.start(), end, match["form"],
                          " ".join((match["what"] or "").split()), place))
        provinces = {o.name for o in self.orgs.values() if o.unit.words == "tỉnh"}
        kinds = {what for _s, _e, _f, what, _p in found if what}
        if len(kinds) != 1:
            return  # none named in full, or blocs of agencies and firms both: not told apart
        what = kinds.pop()
        places = {p for *_rest, p in found if p} or (
            {f"tỉnh {next(iter(provinces))}"} if len(provinces) == 1 else set())
        if len(places) != 1:
            return
        name = f"{what} {places.pop()}"
        org = self.orgs.setdefault(f"{slug(name)}-bloc",
                                   Org(UNITS["khối"], name, f"{slug(name)}-bloc"))
        first = next(f for f in found if f[3])
        self.entity({"id": org.id, "type": "organisation", "form": "committee",
                     "level": org.unit.level,
                     "name": {"vi": f"Đảng bộ Khối {name}", "en": f"{name} bloc party "
                                                                   "organisation"},
                     "note": "organisation: Đảng bộ/Đảng ủy Khối + (các cơ quan | doanh "
                             "nghiệp) + province (level upper-base: under the "
                             "provincial committee, no unit's)"}, self.quote(first[0], first[1]))
        for start, end, form, _what, _place in found:
            ref: str | None = org.id
            if form == "Đảng ủy":
                lead = re.search(r"(?:Ban Thường vụ|Ủy ban Kiểm tra) $",
                                 self.text[max(0, start - 16):start])
                if lead is None:
                    ref = self.body(org, "executive-committee", start, end, False)
                elif lead.group(0).startswith("Ban"):  # Ban Thường vụ Đảng ủy Khối
                    start -= len(lead.group(0))
                    ref = self.body(org, "standing-committee", start, end, False)
                else:  # Ủy ban Kiểm tra Đảng ủy Khối (khóa VI gồm …)
                    start -= len(lead.group(0))
                    ref = self.party_body(org, Title(start, end, "chair", "inspection"))
            if ref is not None:
                self.mentions.append(Mention(start, end, org.id, ref,
                                             self.text[max(0, start - 4):start] == "của "))
        self.mentions.sort(key=lambda m: m.start)

    def formed_province(self, provinces: set[str]) -> str | None:
        """Of the provinces the article names, the one a merger formed (``tỉnh X (mới) được
        thành lập trên cơ sở hợp nhất …``, ``… lấy tên là tỉnh X``), if one: the province an
        organisation ``… tỉnh`` named without a name is of, in an article that names the
        merged ones too."""
        formed = set()
        for match in re.finditer(r"(?<![^\W\d_])[Tt]ỉnh (?=[A-ZĐ])", self.text):
            named = proper_name(self.text, match.end())
            if named is None or (provinces and named[0] not in provinces):
                continue
            if re.match(r"(?: \(mới\))?,? (?:được |đã được )?(?:thành lập|hình thành) trên cơ "
                        r"sở (?:hợp nhất|sáp nhập)", self.text[named[1]:]) or re.search(
                            r"lấy tên (?:là )?$", self.text[max(0, match.start() - 12):
                                                            match.start()]):
                formed.add(named[0])
        return formed.pop() if len(formed) == 1 else None

    def armed_forces(self) -> None:
        """``Đảng bộ / Đảng ủy Quân sự (Công an, Bộ đội Biên phòng, các cơ quan Đảng, Ủy ban
        nhân dân) tỉnh X``: an organisation of a province directly under its committee that
        is no unit's (level upper-base), parented to the province's organisation when the
        article names it, and its committee; ``… tỉnh`` without a name is the one of that kind
        the article names most (of one merged into another, the one it kept), else of the
        one province it names."""
        provinces = {o.name for o in self.orgs.values() if o.unit.words == "tỉnh"}
        matches = list(_ARMED.finditer(self.text))
        named_at: dict[int, tuple[str, int] | None] = {
            m.start(): proper_name(self.text, m.end() + 1)
            if self.text[m.end():m.end() + 1] == " " else None for m in matches}
        times: dict[tuple[str, str], int] = {}
        declared: set[str] = set()
        for match in matches:
            named = named_at[match.start()]
            if named is not None:
                seen = (upper_base_key(match["arm"]), named[0])
                times[seen] = times.get(seen, 0) + 1
        for match in matches:
            key = upper_base_key(match["arm"])
            named = named_at[match.start()]
            end = named[1] if named else match.end()
            if named is None:
                known = sorted(((n, -i, named_as) for i, ((k, named_as), n)
                                in enumerate(times.items()) if k == key), reverse=True)
                name = known[0][2] if known else (
                    next(iter(provinces)) if len(provinces) == 1 else
                    self.formed_province(provinces))
                if name is None:
                    continue
            else:
                name = named[0]
                p_start = match.end() - len("tỉnh")
                s_start = self.sentence(match.start())[0]
                merged_in = declared and name not in declared and re.search(
                    r"trên cơ sở (?:hợp nhất|sáp nhập)[^.;\n]*$",
                    self.text[s_start:match.start()]) is not None
                if name in provinces or (not provinces and not merged_in):
                    # (… trên cơ sở hợp nhất Đảng bộ các cơ quan Đảng tỉnh A và … tỉnh B, in
                    # an article that names no province's organisation: B is A's merged one)
                    self.declare_org("tỉnh", name, p_start, end)
                    declared.add(name)
                else:  # another province (merged into this one): its place only
                    self.entity({"id": f"{slug(name)}-province", "type": "place",
                                 "kind": "province",
                                 "name": {"vi": f"tỉnh {name}", "en": f"{name} province"},
                                 "note": "place: the province named with an organisation "
                                         "of its own"}, self.quote(p_start, end))
            unit = UNITS[key]
            prefix = f"{slug(name)}-{unit.org_word}"
            org = self.orgs.setdefault(prefix, Org(unit, name, prefix))
            place = f"{slug(name)}-province"
            item: dict[str, Any] = {
                "id": org.id, "type": "organisation", "form": "committee", "level": unit.level,
                "name": {"vi": f"Đảng bộ {unit.words} {name}",
                         "en": f"{name} {unit.en} party organisation"}}
            if place in self.entities:
                item["place"] = place
            parent = f"{slug(name)}-provincial-party"
            if parent in self.entities:
                item["parent"] = parent
            if match["form"] == "Đảng ủy" and org.id not in self.entities:
                item["implied"] = True
            item["note"] = ("organisation: Đảng bộ/Đảng ủy + Quân sự / Công an / Bộ đội Biên "
                            "phòng / các cơ quan Đảng / Ủy ban nhân dân + tỉnh (level "
                            "upper-base: under the provincial committee, no unit's)")
            self.entity(item, self.quote(match.start(), end))
            if match["form"] == "Đảng bộ":
                self._stated(org.id, self.quote(match.start(), end), item["note"])
            self._mention_by_form(org, match.start(), end, match["form"])
        self.mentions.sort(key=lambda m: m.start)

    def _mention_by_form(self, org: Org, start: int, end: int, form: str) -> None:
        """A mention of ``org`` from ``start`` to ``end`` named with ``form``: ``Đảng bộ`` is
        the organisation; ``Đảng ủy`` its committee, or its standing committee or inspection
        commission when ``Ban Thường vụ`` / ``Ủy ban Kiểm tra`` stands before it."""
        ref = form
        if form == "Đảng ủy":
            lead = re.search(r"(?:Ban Thường vụ|Ủy ban Kiểm tra) $",
                             self.text[max(0, start - 16):start])
            ref = "committee" if lead is None else \
                "standing" if lead.group(0).startswith("Ban") else "inspection"
            start -= len(lead.group(0)) if lead is not None else 0
        self.mention_of(org, start, end, ref)

    def district_armed_forces(self) -> None:
        """``Đảng bộ / Đảng ủy Quân sự (Công an) huyện X``: the district military's (police's)
        party organisation, a base organisation (parented to the district's when the article
        names it) with its committee; ``… Quân sự huyện`` without a name is the one of that
        kind the article names."""
        named_as: dict[tuple[str, str], str] = {}
        for match in _DISTRICT_ARMED.finditer(self.text):
            key = (match["arm"], match["unit"])
            named = proper_name(self.text, match.end() + 1) \
                if self.text[match.end():match.end() + 1] == " " else None
            if named is not None and self.person_named(named[0]):
                named = None
            end = named[1] if named else match.end()
            name = named[0] if named else named_as.get(key)
            if name is None:
                continue
            named_as.setdefault(key, name)
            district = UNITS[match["unit"]]
            unit = UNITS[f"{match['arm'].lower()} {match['unit']}"]
            prefix = f"{slug(name)}-{unit.org_word}"
            org = self.orgs.setdefault(prefix, Org(unit, name, prefix))
            item: dict[str, Any] = {
                "id": org.id, "type": "organisation", "form": "committee", "level": "base",
                "name": {"vi": f"Đảng bộ {unit.words} {name}",
                         "en": f"{name} {unit.en} party organisation"}}
            parent = f"{slug(name)}-{district.org_word}-party"
            if parent in self.entities:
                item["parent"] = parent
            if match["form"] == "Đảng ủy" and org.id not in self.entities:
                item["implied"] = True
            item["note"] = ("organisation: Đảng bộ/Đảng ủy + Quân sự / Công an + huyện (a base "
                            "organisation under the district's committee)")
            self.entity(item, self.quote(match.start(), end))
            self._mention_by_form(org, match.start(), end, match["form"])
        self.mentions.sort(key=lambda m: m.start)

    def declare_org(self, unit_words: str, name: str, start: int, end: int) -> None:
        """Declare the organisation of ``unit_words`` named ``name`` (and its place),
        quoted from ``start`` to ``end``."""
        former = unit_words in ("xã", "phường", "thị trấn") and re.search(
            r"(?<![^\W\d_])" + unit_words + " " + re.escape(name) + r" \(cũ\)", self.text) \
            and not re.search(r"(?<![^\W\d_])(?:thành|thành lập(?: Đảng bộ)?|[Mm]ới|nay là) "
                              + unit_words + " " + re.escape(name) + r"(?! \(cũ\))", self.text) \
            and not re.search(r"(?<![^\W\d_])" + unit_words + " " + re.escape(name)
                              + r"(?! \(cũ\))[^.\n]{0,40}? nhiệm kỳ 2025-2030", self.text)
        # (Đảng ủy xã X (cũ) in an article from July 2025: a commune before the reform, its
        # organisation at level base; not when the article names X's 2025-2030 term, which is
        # the new organisation's: Đại hội đại biểu Đảng bộ xã X lần thứ I, nhiệm kỳ 2025-2030)
        unit = unit_named(unit_words, name, central_city=self.central_city,
                          two_tier=(self.two_tier and not former)
                          or (unit_words, name) in self.new_communes)
        prefix = f"{slug(name)}-{unit.org_word}"
        org = self.orgs.setdefault(prefix, Org(unit, name, prefix))
        place_name = name.removesuffix(" cũ")  # the former organisation, the same place
        place_id = f"{slug(place_name)}-{unit.id_word}"
        place_words = f"{unit.words} {place_name}"
        # The place: quoted where the text names the unit itself (thị xã An Khê); implied by
        # a committee's name (Thị ủy An Khê) otherwise.
        place_at = self.text.find(place_words, start, end + 1)
        place: dict[str, Any] = {"id": place_id, "type": "place", "kind": unit.place_kind,
                                 "name": {"vi": place_words, "en": f"{name} {unit.id_word}"}}
        if not unit.place_kind:
            pass  # a bloc (Khối Doanh nghiệp tỉnh X) has no place of its own
        elif place_at >= 0:
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

    def places_named_later(self) -> None:
        """A place first drafted as implied (``Tỉnh ủy Lam Thử``: the province, implied by its
        committee) that the article names anywhere by its unit and name (``nhân dân tỉnh Lam
        Thử``, ``Tỉnh Lam Thử có …``) is stated after all: its first quote is those words."""
        for place in [e for e in self.entities.values()
                      if e["type"] == "place" and e.get("implied")]:
            words = place["name"]["vi"]
            first = f"[{words[:1].lower()}{words[:1].upper()}]"  # Tỉnh … opening a sentence
            found = re.compile(r"(?<![^\W\d_])" + first + re.escape(words[1:])
                               + r"(?![^\W\d_])(?! cũ)").search(self.text)
            if found is not None:
                self._stated(place["id"], self.quote(found.start(), found.end()),
                             "place: the unit named with its name")

    def bracketed_places(self) -> None:
        """A unit named in brackets right after an organisation or place within it
        (``Đảng bộ xã Lộc Thử (huyện Tân Thử)``): that unit's place, stated by those words
        (not its party organisation, which the article does not name)."""
        for match in _BRACKETED_UNIT.finditer(self.text):
            named = proper_name(self.text, match.end())
            if named is None or self.text[named[1]:named[1] + 1] != ")" \
                    or not re.search(r"[^\W\d_]$", self.text[:match.start()].rstrip()):
                continue
            unit = unit_named(match["unit"], named[0], central_city=self.central_city,
                              two_tier=self.two_tier)
            if not unit.place_kind:
                continue
            place_id = f"{slug(named[0])}-{unit.id_word}"
            quote = self.quote(match.start() + 1, named[1])
            if place_id in self.entities:
                self._stated(place_id, quote, "place: named in brackets after a unit within it")
                continue
            self.entity({"id": place_id, "type": "place", "kind": unit.place_kind,
                         "name": {"vi": f"{unit.words} {named[0]}",
                                  "en": f"{named[0]} {unit.id_word}"},
                         "note": "place: named in brackets after a unit within it"}, quote)

    def places_within(self) -> None:
        """A unit named with the larger unit it lies in (``Đảng bộ phường Tây Sơn, thị xã An
        Khê``, ``xã Lộc Thử (huyện Tân Thử)``, ``phường Rạ Mẫu, tỉnh Lúa Mẫu``): the first
        place, drafted already, is ``within`` the second, which those words state (drafted
        if new: fact-sheets.md, a place's ``within``). Not in a list of units (``các xã A,
        huyện B và thị xã C``), nor when the second is not of a higher tier."""
        for match in _PLACE_AT.finditer(self.text):
            if self.text[max(0, match.start() - 4):match.start()] == "các ":
                continue
            inner = proper_name(self.text, match.end(), old=True)
            upper = _UPPER_NEXT.match(self.text, inner[1]) if inner is not None else None
            outer = proper_name(self.text, upper.end(), old=True) if upper is not None else None
            if inner is None or upper is None or outer is None or (
                    upper["open"] == " (" and self.text[outer[1]:outer[1] + 1] != ")"):
                continue
            outer_tier = self._tier(upper["unit"], outer[0])
            goes_on = _LIST_GOES_ON.match(self.text, outer[1])
            if outer_tier <= self._tier(match["unit"], inner[0]) or (
                    upper["open"] == ", " and goes_on is not None
                    and self._tier(goes_on["unit"], "") == outer_tier):
                continue
            inner_id, outer_id = (self._place_id(match["unit"], inner[0]),
                                  self._place_id(upper["unit"], outer[0]))
            known = self.entities.get(inner_id)
            quote = self.quote(match.start(), outer[1] + (upper["open"] == " ("))
            if known is None or "within" in known or inner_id == outer_id or quote is None:
                continue
            if outer_id not in self.entities:  # (a place named by those words: stated)
                name = outer[0].removesuffix(" cũ")
                unit = unit_named(upper["unit"], name, central_city=self.central_city,
                                  two_tier=self.two_tier)
                if self.entity({"id": outer_id, "type": "place", "kind": unit.place_kind,
                                "name": {"vi": f"{unit.words} {name}",
                                         "en": f"{name} {unit.id_word}"},
                                "note": "place: named as the unit another lies in"},
                               self.quote(upper.start("unit"), outer[1])) is None:
                    continue
            known["within"] = outer_id
            known["note"] += f"; within {self.entities[outer_id]['name']['vi']} (named with it)"
            if quote not in known["quote"] and len(known["quote"]) < MAX_QUOTES:
                known["quote"].append(quote)

    def under_the_one_district(self) -> None:
        """Before 1 July 2025, the commune, ward and township organisations of an article that
        names one district-level organisation (the town whose congress it reports, say) are
        under it (``parent``, dated by the article as any ``parent`` is) and their places
        within its place, as the seed's sheet and the gold sheets record them. No parent for
        one a change of the article ends or merges away, a former one (``… cũ``), or one with
        a subordination of its own (their places are within the district all the same)."""
        if self.two_tier:
            return
        districts = [e for e in self.entities.values() if e["type"] == "organisation"
                     and e["level"] == "district"]
        if len(districts) != 1:
            return
        district = districts[0]
        children = {f["child"] for f in self.facts if f["type"] == "subordination"}
        # (not one a change of the article ends or merges away: a parent is dated by the
        # article, after it ended; fact-sheets.md, Communes and wards before the merger)
        ended = {o for f in self.facts if f["type"] == "change"
                 for o in f.get("from") or [] if o not in (f.get("to") or [])}
        for org in [e for e in self.entities.values() if e["type"] == "organisation"
                    and e["level"] == "base" and e["form"] == "committee"
                    and str(e["name"]["vi"]).startswith(("Đảng bộ xã", "Đảng bộ phường",
                                                          "Đảng bộ thị trấn"))]:
            if "parent" not in org and org["id"] not in children | ended \
                    and not str(org["name"]["vi"]).endswith(" cũ"):
                org["parent"] = district["id"]
                org["note"] += f"; parent: {district['name']['vi']}, the one district-level " \
                               "organisation the article names"
            # (a former unit too lay within the district: fact-sheets.md, Communes and wards
            # before the merger)
            place = self.entities.get(str(org.get("place")))
            if place is not None and "within" not in place and district.get("place"):
                place["within"] = district["place"]
                place["note"] += f"; within the place of {district['name']['vi']}, the one " \
                                 "district-level organisation the article names"

    def _place_id(self, unit_words: str, name: str) -> str:
        unit = unit_named(unit_words, name.removesuffix(" cũ"), central_city=self.central_city,
                          two_tier=self.two_tier)
        return f"{slug(name.removesuffix(' cũ'))}-{unit.id_word}"

    def _tier(self, unit_words: str, name: str) -> int:
        if unit_words == "thành phố" and name and unit_named(
                unit_words, name, central_city=self.central_city).level == "provincial":
            return 3
        return _TIER[unit_words]

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
        del known["quote"][MAX_QUOTES:]
