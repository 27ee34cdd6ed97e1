"""People and their posts: names after an honorific, the chains of titles after them, the
posts those titles name and the organisations and bodies they belong to."""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import Any

from partygraph.draft.names import UNIT_WORDS, UNITS, person_name, proper_name, slug
from partygraph.draft.numbers import roman
from partygraph.draft.rules.base import MAX_QUOTES, Mention, Org
from partygraph.draft.rules.bodies import CENTRAL_BODIES, ORGANS
from partygraph.draft.rules.organisations import OrganisationRules
from partygraph.draft.titles import Title, title_chain

__all__ = ["PeopleRules"]

_VERB = (r"(?:tiếp tục |vẫn )?(?:(?:được|do) (?:[^,.;\n]{0,40}? )?"
         r"(?:bầu|chỉ định|phân công|điều động|giao)(?: [^,.;\n]{0,20}?)? (?:giữ chức|làm)"
         r"|(?:(?:được|do) (?:[^,.;\n]{0,40}? )?bầu )?tái cử(?: (?:giữ )?chức)?"
         r"|giữ chức|làm|tái đắc cử(?: chức)?|đắc cử(?: chức)?"
         r"|(?:được |tiếp tục )?(?:(?:bầu|chỉ định) (?:bổ sung )?vào|(?:chỉ định )?tham gia)"
         r"(?= Ban Thường vụ| Ban Chấp hành)|(?<=, |[^\W\d_] )vào(?= Ban Thường vụ| Ban Chấp hành)"
         r"|(?:được )?(?:điều động|luân chuyển) [^,.;\n]{0,80}? (?:và )?(?:bổ nhiệm|chỉ định) "
         r"(?:giữ chức|làm)|(?:được )?(?:điều động|luân chuyển), (?:phân công|bổ nhiệm|chỉ định) "
         r"(?:giữ chức|làm)|(?:được )?bổ nhiệm (?:giữ chức|làm)|là(?= [A-ZĐỦ])) ")

_LIFE = re.compile(r"(?<![^\W\d_])(?P<what>sinh(?= (?:năm|ngày) )|kết nạp(?= vào Đảng "
                   r"(?:ngày|tháng|năm) )|nghỉ hưu|từ trần|qua đời)(?![^\W\d_])")
"""The events of a life an obituary tells: born, admitted to the party, retired, died."""

_CAREER = re.compile(r"(?<=, )đồng chí(?= )")
"""``…, đồng chí (được bầu làm / là / giữ chức) TITLE``: a career's pronoun (no name after)."""

_CHI_UY = re.compile(r"(?<![^\W\d_])(?<!có )[Cc]hi ủy(?: viên)?(?![^\W\d_])"
                     r"(?! (?:của )?(?:các|những) )")
"""A cell's committee (``Chi ủy``) or a member of it (``chi ủy viên``), named; not the
cells counted by whether they have one (``48/125 chi bộ có chi ủy``), nor the committees of
many cells (``kiện toàn chi ủy các chi bộ trường học``)."""

_NAME_LEAD = re.compile(r"(?:\s?[-\u2013]\s?|,\s*(?:(?=được|tiếp tục|vẫn)" + _VERB + r")?|\s"
                        + _VERB + r")(?:nguyên |tân )?")

_CHAIN_LEAD = re.compile(r"(?:,|\s?[-\u2013]| và)? (?:nhiệm kỳ [0-9]{4}-[0-9]{4},? |(?:(?:kể )?từ|"
                         r"đến) (?:hết )?ngày [0-9]{1,2}-[0-9]{1,2}(?:-[0-9]{4})?,? |(?:đến|về) "
                         r"nhận công tác tại [^,.;\n]{3,60}?(?:,| và) )?(?:nay |hiện |hiện nay )?"
                         + _VERB)
"""Between a title and the next of a chain: a term, a day, or where the holder is moved to
(``…, đến nhận công tác tại Ban Dân vận Tỉnh ủy và giữ chức …``), then the verb."""

_AGAIN_WORDS = re.compile(r"(?<![^\W\d_])(?:tái|lại|tiếp tục)(?![^\W\d_])")
"""The words of a re-election (``tái cử``, ``được bầu lại``, ``tiếp tục được bầu``): one
holding, for the new term (Conventions), whatever title was told before."""

_LISTED = re.compile(r" (?:(?:đã |vừa )?được (?:bầu|bổ nhiệm|chỉ định|phân công)(?: lại)? )?"
                     r"(?:gồm|là)(?: có)?:?(?: các đồng chí)? ")
"""``TITLE (được bầu) gồm / là …``: the title, then the list of its holders."""

_APPOSITION = re.compile(r"(?:,\s*|\s?[-\u2013]\s?)(?:nguyên )?[A-ZĐ][^,.;:\n()]{1,60}?"
                         r"(?=,| được (?:bầu|chỉ định|phân công|bổ nhiệm) | giữ chức "
                         r"| tái (?:đắc )?cử )")
"""``, Giám đốc Sở`` (``- Chi cục trưởng``) after a name: an occupation or post the rules do
not read (then a comma, or the verb right after it: ``, Chính ủy Bộ Chỉ huy Quân sự tỉnh
được bầu làm …``, ``- Phó Giám đốc giữ chức …``, ``- Giám đốc Bệnh viện tái cử …``)."""

_AGE_PART = (r"(?:(?:năm nay |nay )?[0-9]{2} tuổi(?: đời)?|(?:sinh năm|SN) (?:19|20)[0-9]{2}"
             r"|[0-9]{1,2} năm tuổi Đảng)")
_AGE = re.compile(rf"(?:,\s*{_AGE_PART}(?:,\s*{_AGE_PART})*(?=,)"
                  rf"| \({_AGE_PART}(?:[,;]\s*{_AGE_PART})*\)"
                  r"| năm nay [0-9]{2} tuổi(?=,))")
"""``, 41 tuổi`` / ``, năm nay 41 tuổi`` / ``, 41 tuổi đời, 15 năm tuổi Đảng`` / `` (sinh
năm 1979)`` / `` (SN 1979)`` / `` (năm nay 41 tuổi)`` / `` năm nay 41 tuổi`` right after a
name: the age a brief gives, read past to the titles after it (``Ông A, 41 tuổi, Chủ tịch UBND
xã, được bầu giữ chức …``)."""

_HONORIFIC = re.compile(r"(?<![^\W\d_])(?P<h>[Bb]à|[Ôô]ng|[Đđ]ồng chí|[Đđ]/[Cc]"
                        r"|(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy)"
                        r"|(?:Bác sĩ|Dược sĩ)(?: chuyên khoa (?:I|II|cấp I|cấp II))?"
                        r"|Tiến sĩ|Thạc sĩ) ")
"""``Bà`` / ``Ông`` / ``đồng chí``, a military rank (``Đại tá``, ``Thiếu tướng``) or a
professional one (``Bác sĩ chuyên khoa II``, ``Tiến sĩ``) before a name; only ``Bà`` and
``Ông`` tell the gender."""

_HONOURED = re.compile(r"(?<![^\W\d_])(?P<h>[Bb]à|[Ôô]ng|[Đđ]ồng chí|[Đđ]/[Cc]|[Cc]ụ|[Ee]m|[Aa]nh"
                       r"|[Cc]hị|(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy)) ")
"""An honorific before a name, ``cụ`` (an elder) too, and those of the young (``em``, ``anh``,
``chị``: a pupil or a youth union member admitted): a person, whatever follows."""

_CELL_MEMBER = re.compile(r"(?<![^\W\d_])(?:(?P<h>[Đđ]ồng chí|[Đđ]/[Cc]|[Ôô]ng|[Bb]à) "
                          r"|(?<=\. )|(?<=\n))"
                          r"(?=[A-ZĐ])")
"""Where a name may begin: after an honorific, or opening a sentence."""

_CELL_MEMBER_TITLE = re.compile(r"(?:,\s*[^,.;:\n]{1,50}?,|\s?[-\u2013])?\s(?:là |làm )?"
                                r"(?:[Cc]hi ủy viên|[Ủủ]y viên [Cc]hi ủy)"
                                r"(?![^\W\d_])")
"""``, Chánh Văn phòng Sở, là chi ủy viên`` / `` - Chi ủy viên`` after a name."""

_SUBCOMMITTEE = re.compile(
    r"(?<![^\W\d_])Tiểu ban (?P<what>(?:Văn kiện|Nhân sự|Điều lệ|Tuyên truyền"
    r"|Tổ chức phục vụ(?= [Đđ]ại hội))(?![^\W\d_])"
    r"|[A-ZĐ][^\W\d_]*(?: [a-zđ][^\W\d_]*){0,3}?"
    r"(?= do |,|;|\.|:| \(| phục vụ| của| gồm| có| được| đã| và| Đại hội|\n|$))")
"""``Tiểu ban Nhân sự`` (of a congress): a steering committee of the committee whose
congress it serves; a subcommittee the press always names so (``Văn kiện``, ``Nhân sự``,
``Điều lệ``, ``Tuyên truyền``, ``Tổ chức phục vụ đại hội``) also as the subject of a verb
(``Tiểu ban Nhân sự rà soát, …``)."""

_FROM_DAY = re.compile(r",? (?:được chỉ định |được bầu )?từ (?:ngày )?[0-9]{1,2}[-/][0-9]{1,2}"
                       r"[-/][0-9]{4}(?![0-9])")
"""``Bí thư Đảng ủy xã được chỉ định từ ngày 1-7-2025``: a post held from a day before the
congress the article reports."""

_REELECTED_TAIL = re.compile(r"(?:,\s*[^-\u2013.;:\n]{2,80}?)?\s?[-\u2013,]\s?(?P<verb>tái đắc cử|"
                             r"tái cử|được bầu lại|(?:tiếp tục )?được bầu (?:giữ chức|làm))"
                             r"(?![^\W\d_])\s?")
"""``… được chỉ định từ ngày D - tái đắc cử`` / ``, nguyên TITLE - được bầu giữ chức``: the
post appointed before the congress, re-elected at it."""

_PEOPLES_COMMITTEE = re.compile(r"(?<![^\W\d_])(?:Ủy ban nhân dân|UBND) (?P<unit>huyện|tỉnh|xã|"
                                r"phường|thị xã|thị trấn|thành phố|quận)(?![^\W\d_])"
                                r"(?! [A-ZĐ])(?! (?:cũ|mới)(?![^\W\d_]))")
"""``Ủy ban nhân dân huyện`` with no name after it: the People's Committee of that unit."""

_FRONT = re.compile(r"(?<![^\W\d_])(?:Ủy ban MTTQ|Ủy ban Mặt trận Tổ quốc)(?: Việt Nam)? "
                    r"(?P<unit>" + UNIT_WORDS + r")(?![^\W\d_])")
"""``Ủy ban MTTQ Việt Nam huyện (X)``: the Fatherland Front committee of a unit."""

_STANDING_COUNCIL = re.compile(r"(?<![^\W\d_])Thường trực (?:HĐND|Hội đồng nhân dân) (?P<unit>"
                               r"huyện|tỉnh|xã|phường|thị xã|thị trấn|thành phố|quận)"
                               r"(?![^\W\d_])(?! [A-ZĐ])")
"""``Thường trực Hội đồng nhân dân phường`` with no name after it: the People's Council of that
unit (its standing members, named at work)."""

_SUBCOMMITTEE_HEAD = re.compile(r"(?: (?:phục vụ )?[Đđ]ại hội(?: [^,.;:\n]{3,60}? lần thứ "
                                r"[IVXLC]+(?![^\W\d_])(?:,? nhiệm kỳ [0-9]{4}\s*-\s*"
                                r"[0-9]{4})?)?,?)? do "
                                r"(?:(?P<h>[Đđ]ồng chí|[Đđ]/[Cc]|[Ôô]ng|[Bb]à) )?")
"""``Tiểu ban X (Đại hội (Đảng bộ … lần thứ N,) | phục vụ đại hội) do đồng chí NAME làm
Trưởng tiểu ban``: its head."""

_HEAD_OF_SUB = re.compile(r"(?:(?:,| -)[^.;:\n]{0,120}?,?)? làm (?P<deputy>Phó )?[Tt]rưởng "
                          r"(?:[Tt]iểu ban|ban)(?![^\W\d_])")
"""``… (, TITLE,| - TITLE) làm (Phó) Trưởng tiểu ban`` after a head's name."""


_LISTED_NAMES = re.compile(r"(?<![^\W\d_])(?P<n>[0-9]+|hai|ba|bốn|năm|sáu) (?:học sinh|sinh "
                           r"viên|quần chúng|đoàn viên|công nhân|giáo viên|đảng viên mới|"
                           r"thanh niên|người)(?![^\W\d_])[^.;:\n]{0,40}? là (?:các (?:em|"
                           r"đồng chí|quần chúng|bạn|đoàn viên|anh|chị) |em |quần chúng )?")
"""``(kết nạp) 3 học sinh lớp 12 là các em A, B và C``: people named in a list after their
count."""


# Patterns the rules below read inside their loops, compiled once here.
_DEPUTY = re.compile(r"; (?:(?P<h>[Đđ]ồng chí|[Đđ]/[Cc]|[Ôô]ng|[Bb]à) )?")
_HEAD = re.compile(r"(?:(?:,| -)[^.;:\n]{0,120}?,?)? làm (?P<deputy>Phó )?[Tt]rưởng "
                   r"Tiểu ban (?P<what>[A-ZĐ][^\W\d_]*(?: [a-zđ][^\W\d_]*){0,3}?)"
                   r"(?=[;.,]|$)", re.M)
_LEAD = re.compile(r",? do (?:(?P<h>[Đđ]ồng chí|[Ôô]ng|[Bb]à) )?")
_STEERING_HEAD = re.compile(r"(?:,? [^.;:\n]{0,80}?,)? làm Trưởng (?:[Bb]an|Ban Chỉ đạo)"
                                  r"(?![^\W\d_])")
_LED_BY_TITLE = re.compile(r"(?<![^\W\d_])do (?:đồng chí )?(?P<title>(?:Phó )?Bí thư "
                           r"(?:Thường trực )?(?:Tỉnh|Thành|Huyện|Thị|Quận) ủy) làm Trưởng "
                           r"(?:các )?[Tt]iểu ban(?![^\W\d_])")
"""``… (thành lập Tiểu ban …), do Bí thư Tỉnh ủy làm Trưởng tiểu ban``: a title, not a name."""
_PAIR = re.compile(r" và (?:(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Đđ]/[Cc]) )?")
_JOINED = re.compile(r",? và (?:(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Đđ]/[Cc]) )?")
_GAP = re.compile(r" kiêm(?: [^\W\d_]+){1,4}? (?=[A-ZĐ])| là (?P<h>ông |bà |"
                  r"đồng chí )?(?=[A-ZĐ])")
_HONORIFIC_OPTIONAL = re.compile(r"(?:(?P<h>[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Đđ]/[Cc]) )?")
_FORMER_GAP = re.compile(r", (?:nguyên )?")
_APART = re.compile(r", (?:giữ chức|làm) ")
_SEP = re.compile(r"[,;] và |[,;] | và ")
_FORMER_CHAIN = re.compile(r",\s*nguyên ")
_PRONOUN = re.compile(r"(?<![^\W\d_])[Đđ]ồng chí(?= (?:[^\W\d_]+ )?(?:sinh|được|"
                      r"nghỉ|đã|từ|qua))")


class PeopleRules(OrganisationRules):
    """Read people, the posts they hold, and the holdings that end or are shared."""

    def post_of(self, title: Title) -> str | None:
        """The post a title names, with the body or organ it is in (declared if new)."""
        role = title.role
        if title.family in ("central", "politburo"):
            key = "exec" if title.family == "central" else "politburo"
            holder = self.central(key, title.start, title.end)
            if holder is None:
                return None
            ident, vi = f"{holder}-{role}", self.text[title.start:title.end]
            en = f"{self.role_en[role]} of the {CENTRAL_BODIES[key][1]}"
        elif title.family == "steering":
            before = [b for at, b in self.steering_at if at <= title.start]
            if not self.steering_at:
                return None
            holder = before[-1] if before else self.steering_at[0][1]
            body_vi = self.entities[holder]["name"]["vi"]
            words = {"head": "Trưởng", "deputy-head": "Phó Trưởng", "member": "Thành viên"}
            ident, vi = f"{holder}-{role}", f"{words.get(role, self.role_vi[role])} {body_vi}"
            en = f"{self.role_en[role]} of the {self.entities[holder]['name']['en']}"
        elif title.unit == "cell":
            cells = [m for m in self.mentions if m.org.endswith("-cell")
                     and m.start <= title.end and title.start - m.end < 400]
            if not cells and len({m.org for m in self.mentions
                                  if m.org.endswith("-cell")}) == 1:
                # far from its name, in an article that names one cell: that cell's
                cells = [m for m in self.mentions if m.org.endswith("-cell")
                         and m.start <= title.end]
            if not cells or title.family != "exec" or \
                    role not in ("secretary", "deputy-secretary"):
                return None
            formed = [m for m in cells if not self.merged_from(m)]
            chosen = (formed or cells)[-1]
            holder = chosen.org
            name = self.entities[holder]["name"]["vi"]
            ident, vi = f"{holder}-{role}", f"{self.role_vi[role]} {name}"
            en = f"{self.role_en[role]} of the {name} cell"
            p_start = self.text.rfind("\n", 0, title.start) + 1
            p_end = self.text.find("\n", title.end)
            many = len({m.org for m in self.mentions if m.org.endswith("-cell")}) > 1
            named = _CHI_UY.search(self.text) if not many \
                else _CHI_UY.search(self.text, p_start, p_end if p_end >= 0 else len(self.text))
            own = re.compile(r"(?<![^\W\d_])[Cc]hi ủy (?:[Cc]hi bộ )?" + re.escape(
                str(name).removeprefix("Chi bộ ")) + r"(?![^\W\d_])").search(
                self.text, p_start, p_end if p_end >= 0 else len(self.text)) if many else None
            if own is not None:
                named = own  # (Chi ủy Chi bộ thôn A gồm 3 đồng chí: the cell's own, named)
            elif many and named is not None and (named.start() < chosen.start or any(
                    m.org != holder and named.start() < m.start < title.start
                    for m in self.mentions if m.org.endswith("-cell")) or any(
                    m.org != holder and chosen.start < m.start < named.start()
                    and not self.merged_from(m)
                    for m in self.mentions if m.org.endswith("-cell"))):
                named = None  # the committee named is another cell's (Chi bộ A … Chi ủy …;
                # Chi bộ B …, đồng chí X làm Bí thư Chi bộ)
            if named is not None:
                # the article names the cell's committee (Chi ủy) or its members: its
                # secretary and deputy are in it (docs/fact-sheets.md, Conventions)
                body = self.cell_committee(holder, "the cell whose secretary the title "
                                           "names", self.quote(named.start(), named.end()))
                if body is not None:
                    holder = body
                    ident = f"{body}-{role}"
                    vi = f"{self.role_vi[role]} {self.entities[body]['name']['vi']}"
                    en = f"{self.role_en[role]} of the committee of the {name} cell"
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
            if title.name is not None and self.person_named(title.name):
                title.name = None  # Bí thư Huyện ủy NAME: the person, not the unit
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
                kind_vi = ORGANS[title.family][0]
                vi = f"{self.role_vi[role]} {kind_vi} {org.unit.words} {org.name}"
                en = f"{self.role_en[role]} of the {org.name} {ORGANS[title.family][1]}"
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

    def bare(self, title: Title) -> Org | None:
        """The organisation of a party title that names no committee (``giữ chức Chủ nhiệm
        Ủy ban Kiểm tra``, ``được bầu giữ chức Phó Bí thư``): the one whose committee (its
        inspection commission, for a chair) is named last before it in the sentence or the
        one before."""
        if not title.party:
            return None
        institution = self.institution_committee(title)
        if institution is not None:
            return institution
        p_start, _p_end = self.sentence(max(0, self.sentence(title.start)[0] - 2))
        before = title.start
        clause = self.sentence(title.start)[0]  # (a clause after ; is a sentence here)
        if self.text[clause - 1:clause] == ";" and re.search(
                r", (?:đã |đều )?được (?:bầu|chỉ định|phân công)(?: làm| giữ chức)? $"
                r"|, (?:tiếp tục )?giữ chức $", self.text[clause:title.start]):
            # …, Bí thư Đảng ủy X; NAME, (nguyên) TITLES, được bầu làm Phó Bí thư: the
            # committee of the clause before, not one of the person's own titles
            before = clause if any(p_start <= m.start < clause and m.ref != m.org
                                   for m in self.mentions) else before
        by = re.search(r"(?<![^\W\d_])do (?:(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à) )?[A-ZĐ][^.;:\n]{0,160}"
                       r"?,? làm $", self.text[clause:title.start])
        if by is not None:
            # BODY gồm 15 đồng chí, do đồng chí NAME, nguyên TITLE, làm Chủ nhiệm: the body
            # the clause opens with, not one of the person's own (former) titles
            before = clause + by.start()
        party_committee = self.text.startswith("Đảng ủy viên", title.start)
        for mention in reversed(self.mentions):
            if not p_start <= mention.start < before or mention.ref == mention.org:
                continue
            if (title.family == "inspection") != mention.ref.endswith("inspection-commission"):
                continue
            org = next((o for o in self.orgs.values() if o.id == mention.org), None)
            if party_committee and (org is None or not org.unit.committee.startswith("Đảng ủy")):
                continue  # Đảng ủy viên: of a committee called Đảng ủy, never a Tỉnh ủy
            return org
        if party_committee:
            return None
        return self.congress_org(title)

    def institution_committee(self, title: Title) -> Org | None:
        """``Bí thư Đảng ủy Bệnh viện (Đa khoa tỉnh X)``: a title of the committee of the one
        institution's organisation of that kind the article names (``Đảng bộ Bệnh viện Đa
        khoa tỉnh X``); the title then ends after the institution's words."""
        if not self.text[title.start:title.end].endswith("Đảng ủy"):
            return None
        found = [o for o in self.orgs.values() if o.unit.id_word == "institution"
                 and self.text.startswith(f" {o.unit.words}", title.end)
                 and re.match(r"[^\W\d_]", self.text[title.end + len(o.unit.words) + 1:]
                              or " ") is None]
        if len(found) != 1:
            return None
        org, end = found[0], title.end + len(found[0].unit.words) + 1
        if self.text.startswith(f" {org.name}", end):
            end += len(org.name) + 1
        start = title.end - len("Đảng ủy")
        body = self.body(org, "executive-committee", start, end, False)
        if body is not None:  # a committee the titles after it in the sentence name
            self.mentions.append(Mention(start, end, org.id, body))
            self.mentions.sort(key=lambda m: m.start)
        title.end = end
        return org

    def congress_org(self, title: Title) -> Org | None:
        """``Đại hội đại biểu Đảng bộ X lần thứ I … đã diễn ra …. Đại hội bầu Ban Chấp hành
        …; đồng chí A được bầu giữ chức Bí thư Đảng ủy``: a bare title of one elected, with no
        committee named in its sentence or the one before, is of the organisation whose
        congress (held) the paragraph names last before it."""
        s_start = self.text.rfind("\n", 0, title.start) + 1
        told = self.text[s_start:title.start]
        told = re.split(r"(?<![0-9])\.(?![0-9])|\.(?=\s)", told)[-1]
        if not re.search(r"(?<![^\W\d_])(?:bầu|tái cử|tái đắc cử)(?![^\W\d_])", told):
            return None
        held = [(at, c) for at, c in self.congress_at if s_start <= at < title.start
                and "held" in self.entities[c] and not self.above(at)]
        if not held:
            return None
        of = self.entities[held[-1][1]].get("of")
        return next((o for o in self.orgs.values() if o.id == of), None)

    def named_person(self, name: str, honorific: str | None, why: str,
                     quote: str | None) -> str | None:
        """Declare the person ``name`` (gender from ``Bà`` / ``Ông``, if given), noted as
        ``person: WHY``; their id, or None when it cannot be declared."""
        person: dict[str, Any] = {"id": slug(name), "type": "person", "name": {"vi": name},
                                  "note": f"person: {why}"}
        gender = {"bà": "female", "ông": "male"}.get((honorific or "").lower())
        if gender is not None:
            person["gender"] = gender
        return self.entity(person, quote)

    def cell_committee_members(self) -> None:
        """``(đồng chí / ông / bà) NAME(, OCCUPATION), là chi ủy viên`` or ``NAME - Chi ủy
        viên``: a member of the committee (``Chi ủy``) of the one cell the article names, as
        of publication."""
        cells = sorted({m.org for m in self.mentions if m.org.endswith("-cell")})
        if len(cells) != 1 or cells[0] not in self.entities:
            return
        cell = cells[0]
        for match in _CELL_MEMBER.finditer(self.text):
            named = person_name(self.text, match.end())
            if named is None:
                continue
            title = _CELL_MEMBER_TITLE.match(self.text, named[1])
            if title is None:
                continue
            quote = self.quote(match.start() if match["h"] else named[1] - len(named[0]),
                               title.end())
            cell_vi = self.entities[cell]["name"]["vi"]
            body = self.cell_committee(cell, "the one cell the article names", quote)
            post = self.entity({"id": f"{cell}-committee-member", "type": "post",
                                "role": "member", "in": body,
                                "name": {"vi": f"Chi ủy viên {cell_vi}",
                                         "en": f"Member of the committee of the {cell_vi} "
                                               "cell"},
                                "note": "post: chi ủy viên, a member of the cell's committee"},
                               quote) if body is not None else None
            person_id = self.named_person(named[0], match["h"], "named as chi ủy viên", quote)
            if post is None or person_id is None:
                continue
            self.fact({"id": f"{person_id}-as-{post}", "type": "holding",
                       "person": person_id, "post": post,
                       "as_of": self.published.isoformat(),
                       "note": "holding (NAME là chi ủy viên): as of publication"}, quote)

    def subcommittees(self) -> None:
        """``Tiểu ban X`` in a sentence about a congress (``thành lập 5 tiểu ban phục vụ đại
        hội, trong đó Tiểu ban Nhân sự …``, ``Tiểu ban Văn kiện Đại hội …``): a
        steering-committee ``Tiểu ban X Đại hội …`` of the executive committee of the
        organisation whose congress it is (the one named last before it, else the first
        after it in the sentence); ``… do (đồng chí) NAME làm Trưởng tiểu ban`` right after
        it: a holding of the post of its head, as of publication."""
        for match in _SUBCOMMITTEE.finditer(self.text):
            s_start, s_end = self.sentence(match.start())
            s_start = max(self.text.rfind(". ", 0, s_start) + 2,
                          self.text.rfind("\n", 0, s_start) + 1)  # clauses before a ';'
            p_start = self.text.rfind("\n", 0, s_start) + 1
            if not re.search(r"(?<![^\W\d_])[Đđ]ại hội(?![^\W\d_])",
                             self.text[s_start:s_end]) and not (
                    _SUBCOMMITTEE_HEAD.match(self.text, match.end()) and re.search(
                        r"(?<![^\W\d_])[Đđ]ại hội(?![^\W\d_])[^\n]*[0-9]+ tiểu ban\.",
                        self.text[p_start:match.start()])):
                continue  # (… thành lập 5 tiểu ban. Tiểu ban X do …: a paragraph on them)
            before = [c for at, c in self.congress_at if at < match.start()
                      and not self.above(at)]
            after = [c for at, c in self.congress_at if match.start() < at < s_end]
            congress = before[-1] if before else (after[0] if after else None)
            if congress is None:
                continue
            later = [c for c in before if self.entities[c]["of"] == self.entities[congress]["of"]
                     and self.congress_order(c) > self.congress_order(congress)
                     and "held" not in self.entities[c]]
            if later and "held" not in self.entities[congress]:
                # (… Nghị quyết Đại hội lần thứ XI named after the XIIth the subcommittees
                # serve: the later congress, still to come)
                congress = later[-1]
            what = match["what"]
            body, vi = self.subcommittee(congress, what, "named by the congress its sentence "
                                         "names", self.quote(match.start(), match.end()))
            lead = _SUBCOMMITTEE_HEAD.match(self.text, match.end())
            if body is None or lead is None:
                continue
            named = person_name(self.text, lead.end())
            if named is None:
                continue
            head = _HEAD_OF_SUB.match(self.text, named[1], s_end)
            if head is None:
                continue
            self.subcommittee_head(body, what, vi, named[0], lead["h"],
                                   self.quote(match.start(), head.end()))
            deputy = _DEPUTY.match(
                self.text, head.end())
            named = person_name(self.text, deputy.end(), expected=bool(deputy["h"])) \
                if deputy is not None else None
            if deputy is None or named is None:
                continue
            second = _HEAD_OF_SUB.match(self.text, named[1])  # (the clause after the ';')
            if second is not None and second["deputy"]:
                # …; bà NAME - TITLE làm Phó Trưởng tiểu ban: its deputy head
                self.subcommittee_head(body, what, vi, named[0], deputy["h"],
                                       self.quote(deputy.end(), second.end()), deputy=True)

    def subcommittee_heads(self) -> None:
        """``(Đồng chí / bà) NAME(, TITLE,| - TITLE) làm (Phó) Trưởng Tiểu ban X`` of a
        subcommittee read already (``thành lập Tiểu ban Văn kiện và Tiểu ban Nhân sự phục vụ
        đại hội. Đồng chí A … làm Trưởng Tiểu ban Văn kiện; bà B … làm Trưởng Tiểu ban Nhân
        sự``): a holding of its head's (deputy head's) post, as of publication."""
        bodies = {str(e["name"]["vi"]).split(" Đại hội ")[0][len("Tiểu ban "):]: (i, e)
                  for i, e in self.entities.items() if e["type"] == "body"
                  and e["kind"] == "steering-committee"
                  and str(e["name"]["vi"]).startswith("Tiểu ban ")}
        for match in re.finditer(r"(?:^|(?<=\. )|(?<=; )|(?<=\n))(?:(?P<h>[Đđ]ồng chí|[Đđ]/[Cc]"
                                 r"|[Ôô]ng"
                                 r"|[Bb]à) )?(?=[A-ZĐ])", self.text, re.M):
            named = person_name(self.text, match.end(), expected=bool(match["h"]))
            if named is None:
                continue
            head = _HEAD.match(self.text, named[1])
            if head is None or head["what"] not in bodies:
                continue
            body, entity = bodies[head["what"]]
            self.subcommittee_head(body, head["what"], str(entity["name"]["vi"]), named[0],
                                   match["h"], self.quote(match.end(), head.end()),
                                   deputy=bool(head["deputy"]))

    def subcommittee(self, congress: str, what: str, how: str,
                     quote: str | None) -> tuple[str | None, str]:
        """The steering committee ``Tiểu ban WHAT Đại hội …`` of the executive committee of
        ``congress``'s organisation, declared unless it was (``how``: why, for its note):
        its id (None when that organisation has no executive committee or it is refused)
        and its Vietnamese name."""
        org = self.entities[congress]["of"]
        congress_vi = re.sub(r"^Đại hội (?:đại biểu |toàn thể )?", "",
                             str(self.entities[congress]["name"]["vi"]))
        vi = f"Tiểu ban {what} Đại hội {congress_vi}"
        committee = next((e["id"] for e in self.entities.values() if e["type"] == "body"
                          and e["kind"] == "executive-committee" and e["of"] == org), None)
        if committee is None:
            return None, vi
        return self.entity({"id": f"{congress}-{slug(what)}-subcommittee", "type": "body",
                            "kind": "steering-committee", "of": committee,
                            "name": {"vi": vi, "en": f"{what} subcommittee of the "
                                                   f"{self.entities[congress]['name']['en']}"},
                            "note": f"body: Tiểu ban of a congress, {how}"}, quote), vi

    def titled_subcommittee_heads(self) -> None:
        """``đồng chí NAME - TITLE, (Phó) Trưởng Tiểu ban X trình bày …`` (``NAME, Trưởng Tiểu
        ban X, yêu cầu …``): the head (deputy head) of subcommittee X of the congress the
        article names (the one before it not above, else the first after it), named as the
        last of a person's titles; the subcommittee is declared if no other rule did."""
        heads = re.compile(r"(?:,| -) (?P<deputy>Phó )?Trưởng Tiểu ban (?P<what>[A-ZĐ][^\W\d_]*"
                           r"(?: [a-zđ][^\W\d_]*){0,3}?)(?=,| -| trình bày| phát biểu| cho "
                           r"biết| báo cáo| yêu cầu| nhấn mạnh)")
        for match in heads.finditer(self.text):
            s_start = max(self.text.rfind(". ", 0, match.start()) + 2,
                          self.text.rfind("\n", 0, match.start()) + 1,
                          self.text.rfind("; ", 0, match.start()) + 2)
            who = None
            for lead in re.finditer(r"(?:(?P<h>[Đđ]ồng chí|[Ôô]ng|[Bb]à) )(?=[A-ZĐ])",
                                    self.text[s_start:match.start()]):
                named = person_name(self.text, s_start + lead.end(), expected=True)
                if named is not None and re.fullmatch(r"(?:,| -) [^.;:\n]{0,120}",
                                                      self.text[named[1]:match.start()]
                                                      + match.group(0)[:2]):
                    who = (named[0], lead["h"], s_start + lead.start())
            if who is None:
                continue
            before = [c for at, c in self.congress_at if at < match.start()
                      and not self.above(at)]
            after = [c for at, c in self.congress_at if at > match.start()
                     and not self.above(at)]
            congress = before[-1] if before else (after[0] if after else None)
            if congress is None:
                continue
            org = self.entities[congress]["of"]
            # a subcommittee serves the organisation's coming congress: a planned one, else
            # its latest named
            congress = max((c for c in (*before, *after) if self.entities[c]["of"] == org),
                           key=lambda c: ("planned" in self.entities[c],
                                          int(self.entities[c].get("ordinal") or 0)))
            what = match["what"]
            quote = self.quote(match.start() + 2 + (3 if match["deputy"] else 0) +
                               len("Trưởng "), match.end())
            body, vi = self.subcommittee(congress, what, "named in a title (the congress the "
                                         "article names)", quote)
            if body is None:
                continue
            self.subcommittee_head(body, what, vi, who[0], who[1],
                                   self.quote(who[2], match.end()),
                                   deputy=bool(match["deputy"]))

    def subcommittees_created(self) -> None:
        """``(ngày D, …) thành lập Tiểu ban X và Tiểu ban Y phục vụ đại hội`` / ``đã thành lập
        5 tiểu ban. Tiểu ban X do …``: one change creating the subcommittees read already
        that its paragraph names from there on, dated by a day before ``thành lập`` in its
        sentence (else undated)."""
        bodies = {i: str(e["name"]["vi"]).split(" Đại hội ")[0]
                  for i, e in self.entities.items() if e["type"] == "body"
                  and e["kind"] == "steering-committee"
                  and str(e["name"]["vi"]).startswith("Tiểu ban ")}
        for match in re.finditer(r"(?<![^\W\d_])thành lập (?:[0-9]+ tiểu ban\.|Tiểu ban )",
                                 self.text):
            p_end = self.text.find("\n", match.start())
            p_end = len(self.text) if p_end < 0 else p_end
            made = sorted(i for i, words in bodies.items() if re.search(
                re.escape(words) + r"(?![^\W\d_])", self.text[match.start():p_end]))
            if not made:
                continue
            s_start, s_end = self.sentence(match.start())
            days = [d for d in self.dates_in(s_start, match.start()) if d.kind == "day"]
            if not days and re.match(r"\s*(?:Cùng ngày|Cũng trong ngày|Trong cùng ngày),",
                                     self.text[s_start:]):
                # Cùng ngày, Ban Thường vụ … thành lập Tiểu ban …: the day that opened a
                # sentence last before it
                days = [d for d in self.dates if d.end <= s_start and d.kind in ("day", "range")
                        and re.fullmatch(r"\s*(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Nn]gày)?\s*",
                                         self.text[self.sentence(d.start)[0]:d.start])][-1:]
            change: dict[str, Any] = {"id": f"{made[0]}-created", "type": "change",
                                      "kind": "created"}
            if days:
                change["date"] = days[-1].first.isoformat()
            change.update({"to": made,
                           "note": "change (created): thành lập Tiểu ban …, the subcommittees "
                                   "its paragraph names" + (f", dated '{days[-1].text}'"
                                                            if days else "; no date given")})
            self.fact(change, self.quote(match.start(), match.end()))
            led = _LED_BY_TITLE.search(self.text, match.end(), s_end)
            if led is not None:
                # …, do Bí thư Tỉnh ủy làm Trưởng tiểu ban: the one person the article says
                # holds that title now heads each subcommittee founded
                holders = {f["person"] for f in self.facts if f["type"] == "holding"
                           and "until" not in f and str(self.entities.get(str(f["post"]), {})
                                                        .get("name", {}).get("vi", ""))
                           .startswith(led["title"] + " ")}
                people = [e for e in self.entities.values() if e["id"] in holders]
                if len(people) == 1:
                    for body in made:
                        what = bodies[body].removeprefix("Tiểu ban ")
                        self.subcommittee_head(body, what, str(self.entities[body]["name"]["vi"]),
                                               str(people[0]["name"]["vi"]), None,
                                               self.quote(led.start(), led.end()))

    def steering_heads(self) -> None:
        """``(thành lập) Ban Chỉ đạo … do đồng chí NAME làm Trưởng ban``: NAME heads that
        steering committee (the post ``Trưởng Ban Chỉ đạo …``), as of publication."""
        for at, body in self.steering_at:
            named_end = next((m.end for m in self.mentions if m.start == at and m.ref == body),
                             None)
            lead = _LEAD.match(
                self.text, named_end) if named_end is not None else None
            named = person_name(self.text, lead.end(), expected=bool(lead["h"])) \
                if lead is not None else None
            head = _STEERING_HEAD.match(self.text, named[1]) if named else None
            if lead is None or named is None or head is None:
                continue
            quote = self.quote(at, head.end())
            person_id = self.named_person(named[0], lead["h"], "the head of a Ban Chỉ đạo",
                                          quote)
            body_item = self.entities[body]
            post = self.entity({"id": f"{body}-head", "type": "post", "role": "head",
                                "in": body,
                                "name": {"vi": f"Trưởng {body_item['name']['vi']}",
                                         "en": f"Head of the {body_item['name']['en']}"},
                                "note": "post: the head of a Ban Chỉ đạo"}, quote)
            if person_id is None or post is None:
                continue
            self.fact({"id": f"{person_id}-as-{post}", "type": "holding", "person": person_id,
                       "post": post, "as_of": self.published.isoformat(),
                       "note": "holding (Ban Chỉ đạo … do NAME làm Trưởng ban): as of "
                               "publication"}, quote)

    def subcommittee_head(self, body: str, what: str, vi: str, name: str, honorific: str | None,
                          quote: str | None, *, deputy: bool = False) -> None:
        """The post of the head (deputy head) of the subcommittee ``body``, named ``Trưởng``
        (``Phó Trưởng``) and the body's name, and NAME's holding of it, as of publication."""
        person_id = self.named_person(name, honorific, "the head of a Tiểu ban", quote)
        role, word, en = ("deputy-head", "Phó Trưởng", "Deputy head") if deputy else \
            ("head", "Trưởng", "Head")
        post = self.entity({"id": f"{body}-{role}", "type": "post", "role": role,
                            "in": body, "name": {"vi": f"{word} {vi}",
                                                 "en": f"{en} of the {what} subcommittee"},
                            "note": f"post: the {en.lower()} of a Tiểu ban"}, quote)
        if person_id is None or post is None:
            return
        self.fact({"id": f"{person_id}-as-{post}", "type": "holding", "person": person_id,
                   "post": post, "as_of": self.published.isoformat(),
                   "note": f"holding (… NAME làm {word} tiểu ban): as of publication"}, quote)

    def people(self) -> None:
        """People and their posts: an honorific, a name and the titles after it
        (``đồng chí NAME - TITLE, TITLE``, ``Bà NAME, TITLE``, ``NAME được bầu giữ chức
        TITLE``); a title right before a name (``Bí thư Thị ủy X NAME``); a name and a dash
        before a title (``NAME-TITLE-cho biết``)."""
        taken: list[tuple[int, int]] = []  # the names and titles read
        for match in _HONORIFIC.finditer(self.text):
            if any(a <= match.start() < b for a, b in taken):
                continue
            named = person_name(self.text, match.end(), expected=True)
            if named is None:
                continue
            name, end = named
            gender = {"bà": "female", "ông": "male"}.get(match["h"].lower())
            chains = self.chains_after(end)
            pair = _PAIR.match(
                self.text, end)
            other = person_name(self.text, pair.end(), expected=True) \
                if not chains and pair else None
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
            joined = _JOINED.match(
                self.text, chains[-1][-1].end) if len(chains) == 1 else None
            if joined is not None:
                # Các đồng chí A, TITLE và B, TITLE tái đắc cử chức TITLE: A's apposition,
                # B's, and the title both were elected to
                second = person_name(self.text, joined.end(), expected=True)
                theirs = self.chains_after(second[1]) if second is not None else []
                # (bầu bà A, TITLE, và ông B, Chủ tịch Ủy ban MTTQ phường, làm TITLE2: B's
                # own words the rules do not read, then the title both were elected to)
                how = self.selection(joined.end(), theirs[-2][-1].end, theirs[-1][0]) \
                    if second is not None and len(theirs) >= 2 else None
                how = "elected" if how == "listed" else how
                if how is None and theirs and self.text[joined.start()] == ",":
                    how = self.selection(match.start(), match.start(), theirs[-1][0])
                if second is not None and how is not None:
                    taken.append((match.start(), theirs[-1][-1].end))
                    # a standing deputy re-elected a deputy stays the standing deputy
                    shared = [t for t in theirs[-1] if not (
                        t.role == "deputy-secretary" and any(
                            c.role == "standing-deputy-secretary" for c in chains[0]))]
                    self.read_person(name, match.start(), end, gender,
                                     [*chains, shared] if shared else chains,
                                     "honorific, A và B tái cử")
                    self.read_person(second[0], joined.end(), second[1], None, theirs,
                                     "honorific, A và B tái cử")
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
            after = person_name(self.text, last + 1, expected=True) \
                if self.text[last:last + 1] == " " else None
            honored: str | None = None
            if after is None:
                # Bí thư Chi bộ kiêm trưởng thôn NAME; Phó Bí thư Chi bộ là ông NAME
                gap = _GAP.match(self.text, last)
                if gap is not None and (gap["h"] is not None or all(
                        w.islower() for w in self.text[last:gap.end()].split()[1:])):
                    after = person_name(self.text, gap.end(), expected=True)
                    honored = {"bà ": "female", "ông ": "male"}.get(gap["h"] or "")
                    if after is not None:
                        last = gap.end() - 1
            dash = re.search(r"(?<![^\W\d_])([^\W\d_]+(?: [^\W\d_]+){1,4}) ?[-\u2013] ?$",
                             self.text[max(0, match.start() - 60):match.start()])
            listed = self.listed_after(last)
            if after is None and listed:
                # Hai Phó Chủ tịch UBND xã được bầu gồm ông A và bà B: each holds the title
                taken.append((match.start(), max([listed[-1][2], *(
                    t.end for *_n, own in listed for t in own)])))
                for name, at, end, gender, own in listed:
                    self.read_person(name, at, end, gender, [chain, own] if own else [chain],
                                     "TITLE gồm A và B")
            elif after is not None:
                # TITLE NAME được bầu vào Ban Thường vụ …: the titles after the name too
                more = self.chains_after(after[1])
                for i, later in enumerate(more):
                    if self.text[later[-1].end:later[-1].end + 1] == " " and person_name(
                            self.text, later[-1].end + 1) is not None:
                        more = more[:i]  # …, Chủ tịch UBND tỉnh NAME2: the next person's
                        break
                taken.append((match.start(), max([after[1], *(c[-1].end for c in more)])))
                self.read_person(after[0], last + 1, after[1], honored, [chain, *more],
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

    def named_organs(self) -> None:
        """``qua Ủy ban MTTQ Việt Nam huyện`` (no title before it): the Fatherland Front
        committee of that unit, named in passing (of the one unit of that kind the article
        names, else the one it named last near it)."""
        for match in _FRONT.finditer(self.text):
            if self.text[max(0, match.start() - 9):match.start()] == "Chủ tịch ":
                continue  # (Chủ tịch Ủy ban MTTQ …: the title rules read it)
            named = proper_name(self.text, match.end() + 1) \
                if self.text[match.end():match.end() + 1] == " " else None
            unit = match["unit"].lower()
            org = self.resolve(unit, named[0] if named else None, match.start())
            if org is None:
                continue
            end = named[1] if named else match.end()
            self.organ(org, Title(match.start(), end, "member", "fatherland-front"))

    def named_peoples_committees(self) -> None:
        """``… để Ủy ban nhân dân huyện giao đất …``, ``UBND huyện hoàn thành …`` (no title or
        party word before it, no name after it): the People's Committee of the one unit of
        that kind the article names (else the one named last near it), named in passing."""
        for match in _PEOPLES_COMMITTEE.finditer(self.text):
            if re.search(r"(?:Chủ tịch|Ủy viên|Đảng ủy|Đảng bộ|Chi bộ|Văn phòng|Cơ quan|Thường "
                         r"trực|Ban cán sự đảng|[Tt]huộc|[Cc]ủa|tại|Trụ sở|[Hh]ội đồng) $",
                         self.text[max(0, match.start() - 20):match.start()]):
                continue
            org = self.resolve(match["unit"].lower(), None, match.start())
            if org is None:
                continue
            self.organ(org, Title(match.start(), match.end(), "member", "peoples-committee"))

    def standing_councils(self) -> None:
        """``Thường trực Hội đồng nhân dân xã tổ chức 3 cuộc giám sát``: the People's Council of
        the one unit of that kind the article names (else the one named last near it)."""
        for match in _STANDING_COUNCIL.finditer(self.text):
            org = self.resolve(match["unit"].lower(), None, match.start())
            if org is None:
                continue
            self.organ(org, Title(match.start(), match.end(), "member", "peoples-council"))

    def bare_deputy_heads(self) -> None:
        """``Các Phó Trưởng ban gồm: ông A, bà B và ông C`` after ``… giữ chức Trưởng Ban
        Tuyên giáo Tỉnh ủy``: the deputies of the commission whose head the article named
        last before (in its paragraph or the one before), each holding its deputy's post."""
        for match in re.finditer(r"(?:^|(?<=\n)|(?<=\. ))(?:Các|Hai|Ba|Bốn) Phó Trưởng ban"
                                 r"(?= (?:được (?:bầu|bổ nhiệm|chỉ định|phân công) )?(?:gồm|là))",
                                 self.text):
            p_start = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, match.start())
                                                   - 1)) + 1
            heads = [t for m in self.role.finditer(self.text, p_start, match.start())
                     for t in title_chain(self.text, m.start(), self.words.commissions,
                                          self.words.roles)
                     if t.role == "head" and t.family == "commission" and t.commission
                     and t.start == m.start()
                     and self.text[max(0, m.start() - 7):m.start()] != "nguyên "]
            # (nguyên Trưởng Ban Tuyên giáo: a former head's, not the commission listed)
            listed = self.listed_after(match.end()) if heads else []
            if not listed:
                continue
            head = heads[-1]
            title = Title(match.start(), match.end(), "deputy-head", "commission",
                          commission=head.commission, unit=head.unit, name=head.name)
            for name, at, end, gender, own in listed:
                self.read_person(name, at, end, gender, [[title], own] if own else [[title]],
                                 "Các Phó Trưởng ban gồm A, B và C")

    def named_commissions(self) -> None:
        """``Ban Tổ chức Huyện ủy (X) rà soát …``: a commission of a committee named outside
        a title (the vocabulary's commissions), of the organisation the committee's words
        name (else the one organisation of that kind; ``Ban Tổ chức Đảng ủy Khối``: the one
        bloc)."""
        if not self.commissions:
            return
        words = "|".join(re.escape(w) for w in sorted(self.commissions, key=len, reverse=True))
        regex = re.compile(r"(?<![^\W\d_])Ban (?P<c>" + words + r") (?P<cte>Tỉnh ủy|Thành ủy|"
                           r"Huyện ủy|Quận ủy|Thị ủy|Đảng ủy (?P<unit>xã|phường|thị trấn|Khối))"
                           r"(?![^\W\d_])")
        committees = {"Tỉnh ủy": "tỉnh", "Thành ủy": "thành phố", "Huyện ủy": "huyện",
                      "Quận ủy": "quận", "Thị ủy": "thị xã"}
        for match in regex.finditer(self.text):
            unit = (match["unit"] or committees[match["cte"]]).replace("Khối", "khối")
            named = proper_name(self.text, match.end() + 1) \
                if self.text[match.end():match.end() + 1] == " " and unit != "khối" else None
            org = self.resolve(unit, named[0] if named else None, match.start())
            if org is None:
                continue
            end = named[1] if named else match.end()
            self.party_body(org, Title(match.start(), end, "head", "commission",
                                       commission=match["c"], unit=unit))

    def refined_holdings(self) -> None:
        """``Các đồng chí A và B được chỉ định giữ chức Phó Bí thư …; trong đó bà A là Phó
        Bí thư Thường trực``: a person who holds the standing deputy's post of a committee
        holds no second, plain deputy's post of it; a post no one holds any more goes."""
        posts = {i: e for i, e in self.entities.items() if e["type"] == "post"}

        def at(fact: dict[str, Any]) -> int:
            return min(self.quoted_at.get(q, 0) for q in fact["quote"])

        held = {(f["person"], posts[f["post"]]["in"]): at(f) for f in self.facts
                if f["type"] == "holding" and f["post"] in posts
                and posts[f["post"]]["role"] == "standing-deputy-secretary"}
        # only a standing deputy's post told after the deputy's refines it (a standing
        # deputy re-elected a deputy, told the other way round, held both)
        dropped = [f for f in self.facts if f["type"] == "holding" and f["post"] in posts
                   and posts[f["post"]]["role"] == "deputy-secretary"
                   and held.get((f["person"], posts[f["post"]]["in"]), -1) > at(f)]
        for fact in dropped:
            self.facts.remove(fact)
            if not any(f["type"] == "holding" and f["post"] == fact["post"]
                       for f in self.facts):
                del self.entities[fact["post"]]

    def listed_after(self, end: int,
                     ) -> list[tuple[str, int, int, str | None, list[Title]]]:
        """The people a title at ``end`` is given to in a list: ``TITLE (được bầu) gồm(:) |
        là (các đồng chí | ông) A, (bà) B và (ông) C``, each perhaps with titles of its own
        (``bà A, Tỉnh ủy viên; ông B, Tỉnh ủy viên và ông C``); each (name, start, end,
        gender from the honorific, its own titles); none unless the list ends the clause."""
        lead = _LISTED.match(self.text, end)
        if lead is None:
            return []
        found: list[tuple[str, int, int, str | None, list[Title]]] = []
        at, last = lead.end(), lead.end()
        while True:
            honorific = _HONORIFIC_OPTIONAL.match(
                self.text, at)
            assert honorific is not None
            named = person_name(self.text, honorific.end(), expected=True)
            if named is None and found and self.text[last] == ";":
                break  # …; (a clause of its own): the list ended at the semicolon
            if named is None:
                return []
            gender = {"bà": "female", "ông": "male"}.get((honorific["h"] or "").lower())
            # (bà A, TITLE; ông B, nguyên TITLE: a former post, read as one by read_person)
            gap = _FORMER_GAP.match(self.text, named[1])
            own = title_chain(self.text, gap.end(), self.words.commissions,
                              self.words.roles) if gap is not None else []
            last = own[-1].end if own else named[1]
            apart = _APART.match(self.text, last)
            specific = title_chain(self.text, apart.end(), self.words.commissions,
                                   self.words.roles) if apart is not None else []
            if specific:
                # (gồm: đồng chí A, nguyên TITLE, giữ chức Phó Bí thư Thường trực; …): A is
                # given a post of their own, read where it is named, not the listed one
                last = specific[-1].end
            else:
                found.append((named[0], at, named[1], gender, own))
            sep = _SEP.match(self.text, last)
            if sep is None:
                break
            at = sep.end()
        if len(found) < 2 or not re.match(r"[;.]|$|\n", self.text[last:]):
            return []
        return found

    def shared_posts(self) -> None:
        """``bà A, TITLE và ông B giữ chức TITLE2`` (``Đại tá A và Đại tá B - TITLE được chỉ
        định giữ chức TITLE2``): two people joined by ``và`` before ``giữ chức`` both hold
        TITLE2 (the first's own titles are read as well; the occupation after the second
        name is the second's)."""
        readings = sorted(self.readings, key=lambda r: r[1])
        for (first, f_start, f_end, _f_posts), (_second, s_start, s_end, s_posts) in \
                itertools.pairwise(readings):
            if self.text[f_end:s_start] != " và " or not re.match(
                    r"(?:(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Đđ]/[Cc]|(?:Đại|Thượng|Trung|Thiếu) "
                    r"(?:tướng|tá|úy)) )?(?:[^\W\d_]+ ){2,5}"
                    r"(?:- [^,.;:\n\-\u2013]{3,60}? )?(?:cùng |đều )?"
                    r"(?:được [^,.;:\n]{0,30}?)?giữ chức ", self.text[s_start:s_end]):
                continue
            for post_id in s_posts:
                self.fact({"id": f"{first}-as-{post_id}", "type": "holding",
                           "person": first, "post": post_id,
                           "as_of": self.published.isoformat(),
                           "note": "holding (A, TITLE và B giữ chức TITLE2): the post the two "
                                   "are named to together; as of publication"},
                          self.quote(f_start, s_end))
        # (các đồng chí / Đại tá) A và B … giữ chức TITLE, A with no title of their own
        ranks = r"(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy))"
        held = {(f["person"], f["post"]) for f in self.facts if f["type"] == "holding"}
        for _second, s_start, s_end, s_posts in readings:
            if not re.match(r"(?:" + ranks + r" )?(?:[^\W\d_]+ ){2,5}"
                            r"(?:- [^,.;:\n\-\u2013]{3,60}? )?"
                            r"(?:cùng |đều )?(?:được [^,.;:\n]{0,30}?)?giữ chức ",
                            self.text[s_start:s_end]):
                continue
            leads = list(re.compile(r"(?<![^\W\d_])(?P<h>" + ranks + r") (?=[A-ZĐ])").finditer(
                self.text, max(0, s_start - 60), s_start))
            lead = leads[-1] if leads else None
            named = person_name(self.text, lead.end(), expected=True) if lead else None
            if lead is None or named is None or not re.fullmatch(
                    r" và (?:" + ranks + r" )?", self.text[named[1]:s_start]):
                continue
            quote = self.quote(lead.start(), s_end)
            joined = self.named_person(named[0], lead["h"], "named with another, both to one "
                                      "post (A và B giữ chức TITLE)", quote)
            if joined is None:
                continue
            for post_id in s_posts:
                if (joined, post_id) in held:
                    continue
                self.fact({"id": f"{joined}-as-{post_id}", "type": "holding",
                           "person": joined, "post": post_id,
                           "as_of": self.published.isoformat(),
                           "note": "holding (A và B giữ chức TITLE): the post the two are "
                                   "named to together; as of publication"}, quote)

    def chains_after(self, end: int) -> list[list[Title]]:
        """The titles that follow a name at ``end``: after a dash or comma, or a verb of
        election or appointment (``được bầu giữ chức``); a second chain may follow the
        first (``NAME, TITLE, được chỉ định giữ chức TITLE``)."""
        chains: list[list[Title]] = []
        at = end
        if (age := _AGE.match(self.text, at)) is not None:
            at = age.end()
        for _ in range(3):
            lead = (_NAME_LEAD if not chains else _CHAIN_LEAD).match(self.text, at) or (
                _FORMER_CHAIN.match(self.text, at) if chains else None)
            # (NAME, TITLE, nguyên TITLE2 giữ chức TITLE3: a former post between the two)
            if lead is not None and "giới thiệu" in lead.group(0):
                # a nomination (được giới thiệu để bầu …) is not a holding; the post it
                # names is declared
                for title in title_chain(self.text, lead.end(), self.words.commissions,
                                         self.words.roles):
                    self.post_of(title)
                break
            chain = title_chain(self.text, lead.end(), self.words.commissions,
                                self.words.roles) if lead is not None else []
            apposition = _APPOSITION.match(self.text, at) if not chain else None
            if apposition is not None and (
                    then := _CHAIN_LEAD.match(self.text, apposition.end())) is not None \
                    and "giới thiệu" not in then.group(0):
                # NAME, Giám đốc Sở, tái đắc cử Bí thư …: an occupation the rules do not
                # read, then the verb and the title
                chain = title_chain(self.text, then.end(), self.words.commissions,
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
        again: list[tuple[str, Title]] = []  # a post held before, re-elected to
        former: list[tuple[str, Title, dict[str, Any]]] = []
        chosen: dict[int, str] = {}  # how the titles of a chain were given, by its start
        prev = end
        for chain in chains:
            how = self.selection(start, prev, chain[0])
            if how == "listed":  # a list of those elected: its party posts, not a state one
                chosen.update({t.start: "elected" for t in chain if t.party})
            elif how is not None:
                chosen.update({t.start: how for t in chain})
            prev = chain[-1].end
        for chain in chains:
            if self.text[max(0, chain[0].start - 7):chain[0].start] == "nguyên ":
                # a former post: held until a change the article reports ended it, else
                # left out (the article does not say when it ended)
                for title in chain:
                    before = set(self.entities)
                    post = self.post_of(title)
                    if post is not None:
                        post = self.former_post(post, before)
                    ended = self.ended_by(post) if post is not None else None
                    if post is not None and ended is None:
                        ended = self.left_on(chain[-1].end)
                    if post is not None and ended is None:
                        ended = self.unit_ended(chain[-1])
                    if post is not None and ended is None:
                        # the article tells no end: held until its publication at the latest
                        ended = {"type": "publication", "kind": "former",
                                 "date": self.published.isoformat()}
                    if post is not None and ended is not None:
                        former.append((post, title, ended))
                        if not title.party:
                            # a former state post names its unit, not the unit's party
                            # organisation: one declared only for it is left out
                            for added in set(self.entities) - before:
                                if self.entities[added]["type"] == "organisation":
                                    del self.entities[added]
                    else:
                        for added in set(self.entities) - before:
                            del self.entities[added]
                continue
            for title in chain:
                post = self.post_of(title)
                if post is not None and all(post != p for p, _t in posts):
                    posts.append((post, title))
                elif post is not None and chosen.get(title.start, "").startswith("elected") \
                        and any(p == post and ((t.start not in chosen and re.match(
                            r",? nhiệm kỳ [0-9]{4}\s*-\s*[0-9]{4}", self.text[t.end:]))
                            or _FROM_DAY.match(self.text, t.end)
                            or (t.start not in chosen and not _AGAIN_WORDS.search(
                                self.text, t.end, title.start)))
                        for p, t in posts):
                    # NAME, Bí thư … nhiệm kỳ 2020-2025, tiếp tục được bầu giữ chức Bí thư …;
                    # NAME - Bí thư … được chỉ định từ ngày 1-7-2025 - được bầu giữ chức Bí
                    # thư …; NAME - Bí thư Đảng ủy phường, nguyên … - được đại hội bầu giữ
                    # chức Bí thư Đảng ủy phường (in words of its own, no re-election's): the post
                    # held before the congress, and again after it
                    again.append((post, title))
        if posts and chains and not again:
            self.reelected_after(start, chains[-1][-1].end, posts, again, chosen)
        named_former = any(self.text[max(0, c[0].start - 7):c[0].start] == "nguyên "
                           for c in chains)
        if not posts and not former and not named_former:
            return
        person: dict[str, Any] = {"id": slug(name), "type": "person", "name": {"vi": name}}
        if gender:
            person["gender"] = gender
        person["note"] = f"person: named with a post ({rule})" + (
            "; gender from the honorific" if gender else "")
        person_id = self.entity(person, self.quote(start, end))
        if person_id is None:
            return
        self.people_at.append((start, person_id))
        for post_id, title, change in former:
            self.fact({"id": f"{person_id}-as-{post_id}", "type": "holding",
                       "person": person_id, "post": post_id, "until": change["date"],
                       "implied": True,
                       "note": f"holding (nguyên, {rule}): a former post, until the "
                               + ("publication at the latest: the article does not say "
                                  "when it ended" if change["type"] == "publication" else
                                  f"publication at the latest: the article reports the "
                                  f"{change['kind']} change that ended it, not its day"
                                  if change.get("undated") else
                                  f"{change['kind']} change of {change['date']} the article "
                                  "reports" if change["type"] == "change" else
                                  f"day the sentence says the holder left ({change['kind']})")},
                      self.quote(min(start, title.start), max(end, title.end)))
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
                if re.search(r"(?<![^\W\d_])(?:nghỉ hưu|nghỉ công tác|thôi giữ chức|không tái "
                             r"cử)(?![^\W\d_])", self.text[title.end:mention.start]):
                    break  # NAME, Bí thư …, không tái cử do nghỉ hưu từ tháng 9: not the post's
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
                held = self.held_before(title.start)
                if selection.startswith("elected") and "as_of" in dates and held and \
                        "to" in self.entities[held[-1]]["held"]:
                    # elected (or re-elected, tái cử) at the congress reported: one holding,
                    # for the new term, from the congress's closing day (Conventions)
                    window = self.entities[held[-1]]["held"]
                    del dates["as_of"]
                    dates = {"from": str(window.get("to") or window["from"]),
                             **dates, "congress": held[-1]}
                    how = how.replace("as of publication", "from the congress's last day")
            quote = self.quote(min(start, title.start), max(end, title.end))
            known = next((f for f in self.facts if f["type"] == "holding" and
                          f["person"] == person_id and f["post"] == post_id and
                          "until" not in f), None)
            told_before = known is not None and "congress" in dates and "as_of" in known \
                and "congress" not in known and known.get("selection") is None \
                and self.quoted_at.get(known["quote"][0], title.start) < self.sentence(
                    title.start)[0]
            if known is not None and not told_before:  # the same holding read again (Bí thư
                # Huyện ủy NAME)
                if quote is not None and quote not in known["quote"] and \
                        len(known["quote"]) < MAX_QUOTES:
                    known["quote"].append(quote)
                continue
            # (NAME - TITLE told before the congress's election, then elected to it: the post
            # held before, in words of its own, and the new term's, from the election)
            self.fact({"id": f"{person_id}-as-{post_id}" + ("-elected" if told_before else ""),
                       "type": "holding", "person": person_id, "post": post_id, **dates,
                       "note": f"holding ({rule}): {how}"}, quote)
        for post_id, title in again:
            held = self.held_before(title.start)
            earlier = next((f for f in self.facts if f["type"] == "holding"
                            and f["person"] == person_id and f["post"] == post_id
                            and (f.get("as_of") == self.published.isoformat()
                                 or ("from" in f and "congress" not in f))), None)
            elected = next((f for f in self.facts if f["type"] == "holding"
                            and f["person"] == person_id and f["post"] == post_id
                            and held and f.get("congress") == held[-1]), None)
            window = self.entities[held[-1]].get("held", {}) if held else {}
            told = next((t for p, t in posts if p == post_id), None)
            if held and earlier is None and elected is not None and "to" in window and \
                    told is not None:
                # (the new term's holding read already, from a headline or an earlier
                # sentence: the one before the congress, as of its first day)
                self.fact({"id": f"{person_id}-as-{post_id}-before", "type": "holding",
                           "person": person_id, "post": post_id, "as_of": str(window["from"]),
                           "note": f"holding ({rule}): held before the congress that "
                                   "re-elected the holder, as of its first day"},
                          self.quote(min(start, told.start), max(end, told.end)))
                continue
            if not held or earlier is None:
                continue
            congress = self.entities[held[-1]]
            window = congress["held"]
            if "to" not in window:
                continue  # (opened on a day, its closing day unknown)
            if "from" in earlier and str(earlier["from"]) >= str(window["from"]):
                continue  # (dated from the congress itself: not held before it)
            if "as_of" in earlier:
                earlier["as_of"] = str(window["from"])
                earlier["note"] += ("; held before the congress that re-elected the holder, "
                                    "as of its first day")
            self.fact({"id": f"{person_id}-as-{post_id}-again", "type": "holding",
                       "person": person_id, "post": post_id,
                       "from": str(window.get("to") or window["from"]),
                       "selection": "elected" if chosen[title.start] == "elected-at-congress"
                       and self.entities[post_id]["role"] != "secretary"
                       else chosen[title.start], "congress": held[-1],
                       "note": f"holding ({rule}): re-elected, from the last day of the "
                               "congress"},
                      self.quote(title.start, title.end))

    def former_post(self, post: str, before: set[str]) -> str:
        """A former post (``nguyên Bí thư Tỉnh ủy X``) of an organisation merged into a new one
        of its name (``X-old``, declared by the change the article reports): that former
        organisation's post, in its former body (the new one's post and body dropped when
        declared for this title only); ``post`` otherwise."""
        item = self.entities.get(post, {})
        body = self.entities.get(str(item.get("in")), {})
        if body.get("type") != "body" or f"{body.get('of')}-old" not in self.entities:
            return post
        quote = item["quote"][-1] if item.get("quote") else None
        old_body = self.former_body(str(item["in"]), quote)
        if old_body == item["in"]:
            return post
        old = self.entity({**{k: v for k, v in item.items() if k in ("type", "role", "name")},
                           "id": f"{post}-old", "in": old_body,
                           "note": "post (former): of the organisation merged into the new "
                                   "one of its name"}, quote)
        if old is None:
            return post
        for added in (post, item["in"]):
            if added not in before and not any(
                    e.get("in") == added or e.get("of") == added
                    for i, e in self.entities.items() if i != post):
                self.entities.pop(added, None)
        return old

    def reelected_after(self, start: int, end: int, posts: list[tuple[str, Title]],
                        again: list[tuple[str, Title]], chosen: dict[int, str]) -> None:
        """``NAME - Bí thư Đảng ủy phường được chỉ định từ ngày 1-7-2025 - tái đắc cử …``,
        ``… được chỉ định từ ngày 1-7-2025, nguyên TITLE - được bầu giữ chức Bí thư Đảng ủy
        xã …``, ``NAME - Bí thư Tỉnh ủy khóa XV - tái đắc cử …`` (a term before the congress
        held): the last party post read, held from its appointment (in that term) and again
        (``again``) after the congress; its selection goes in ``chosen``."""
        post, title = posts[-1]
        since = _FROM_DAY.match(self.text, title.end)
        term = re.compile(r" khóa (?P<ord>[IVXLC]+)(?![^\W\d_])").match(self.text, title.end)
        held = self.held_before(title.start) if term is not None else []
        number = roman(term["ord"]) if term is not None else None
        ordinal = self.entities[held[-1]].get("ordinal") if held else None
        if term is not None and number is not None and isinstance(ordinal, int) and \
                number < ordinal and title.party:
            # NAME - TITLE khóa XV - tái đắc cử …, at the 16th congress: the post held in the
            # term before, in words of its own, and again after the congress (Conventions)
            since = term
        elif not title.party or since is None or "chỉ định" not in since.group(0):
            return
        _s_start, s_end = self.sentence(end)
        tail = _REELECTED_TAIL.match(self.text, since.end(), s_end)
        if tail is None:
            return
        if tail["verb"].startswith(("tái", "được bầu lại")):
            again_title = dataclasses.replace(title, start=tail.start("verb"),
                                              end=tail.end("verb"))
        else:
            chain = title_chain(self.text, tail.end(), self.words.commissions,
                                self.words.roles)
            if not chain or self.post_of(chain[0]) != post:
                return
            again_title = chain[0]
        how = self.selection(start, tail.start("verb"), dataclasses.replace(
            again_title, start=max(again_title.start, tail.end("verb")))) or "elected"
        chosen[again_title.start] = how
        again.append((post, again_title))

    def honoured_people(self) -> None:
        """A person named with an honorific (``Ông``, ``Bà``, ``đồng chí``, ``cụ``, a military
        rank) and no post the rules read (``Ông NAME, Giám đốc Công ty X``, ``cụ NAME, 96
        tuổi``, ``Thiếu tướng NAME, Phó Chính ủy Quân khu``): the person alone; not a name
        that ends one drafted already (``Ông Văn Mẫu Trí``: Ông is the surname)."""
        known = [e["name"]["vi"] for e in self.entities.values() if e["type"] == "person"]
        for match in _HONOURED.finditer(self.text):
            named = person_name(self.text, match.end(), expected=True)
            if named is None:
                continue
            name = named[0]
            if any(k == name or k.endswith(f" {name}") for k in known):
                continue
            gender = {"bà": "female", "ông": "male"}.get(match["h"].lower())
            person: dict[str, Any] = {"id": slug(name), "type": "person", "name": {"vi": name}}
            if gender:
                person["gender"] = gender
            person["note"] = "person: named with an honorific, with no post the rules read" + (
                "; gender from the honorific" if gender else "")
            if self.entity(person, self.quote(match.start(), named[1])) is not None:
                known.append(name)
        for match in _LISTED_NAMES.finditer(self.text):
            pos, names = match.end(), []
            while (named := person_name(self.text, pos, expected=True)) is not None:
                names.append((named[0], pos, named[1]))
                sep = re.match(r",? và |, ", self.text[named[1]:])
                if sep is None:
                    break
                pos = named[1] + sep.end()
            if len(names) < 2 or (match["n"].isdigit() and int(match["n"]) != len(names)):
                continue  # every one of the N named, or none
            for name, start, end in names:
                if any(k == name or k.endswith(f" {name}") for k in known):
                    continue
                if self.entity({"id": slug(name), "type": "person", "name": {"vi": name},
                                "note": "person: one of N named in a list (N học sinh là "
                                        "các em A, B và C)"}, self.quote(start, end)) is not None:
                    known.append(name)

    def careers(self) -> None:
        """A career told sentence by sentence after a person is named (an obituary's,
        a profile's): ``Năm 1961 đến năm 1968, đồng chí là TITLE``, ``Từ tháng 3-1969, đồng
        chí được bầu làm TITLE``, ``Tại Đại hội …, tháng 10-1982, đồng chí được bầu làm TITLE
        và giữ chức vụ này đến tháng 11-1991``: ``đồng chí`` with no name after it, in a
        sentence that opens with a date, is the person named last before it; each title is
        a holding from that date (until the one after ``đến``)."""
        for match in _CAREER.finditer(self.text):
            if person_name(self.text, match.end() + 1, expected=True) is not None:
                continue  # đồng chí NAME: read by people
            known = [p for at, p in self.people_at if at < match.start()]
            s_start, s_end = self.sentence(match.start())
            lead = self.text[s_start:match.start()]
            dates = [d for d in self.dates_in(s_start, match.start())
                     if d.kind in ("day", "month", "year")]
            if not known or not dates or not re.match(
                    r"\s*(?:Từ |Năm |Tháng |Ngày |Tại |Đến |Sau |Cuối |Đầu |Giữa )", lead):
                continue
            chains = self.chains_after(match.end())
            if not chains:
                continue
            person_id = known[-1]
            start = dates[0]
            until = next((d for d in dates[1:] if re.search(
                r"(?<![^\W\d_])đến (?:năm |tháng |ngày )?$",
                self.text[max(s_start, d.start - 12):d.start])), None)
            if until is None:
                until = next((d for d in self.dates_in(chains[-1][-1].end, s_end)
                              if d.kind in ("day", "month", "year") and re.search(
                                  r"(?<![^\W\d_])đến (?:năm |tháng |ngày )?$",
                                  self.text[max(s_start, d.start - 12):d.start])), None)
            prev = match.end()
            for chain in chains:
                how = self.selection(match.start(), prev, chain[0])
                how = "elected" if how == "listed" else how
                prev = chain[-1].end
                for title in chain:
                    post_id = self.post_of(title)
                    if post_id is None:
                        continue
                    item: dict[str, Any] = {
                        "id": f"{person_id}-as-{post_id}-{start.date.isoformat()}",
                        "type": "holding", "person": person_id, "post": post_id,
                        "from": start.date.isoformat()}
                    ends = until if until is not None and until.last >= start.first else None
                    if ends is not None:
                        item["until"] = ends.date.isoformat()
                    if how is not None:
                        item["selection"] = how
                    item["note"] = (f"holding (a career, đồng chí + title): from "
                                    f"'{start.text}'" + (f" until '{ends.text}'" if ends
                                                        is not None else "")
                                    + "; the person named last before it")
                    quote = self.quote(s_start if self.text[s_start] != " " else
                                       s_start + 1, max(title.end, ends.end)
                                       if ends is not None and ends.start > title.end
                                       else title.end)
                    former = next((f for f in self.facts if f["type"] == "holding"
                                   and f["person"] == person_id and f["post"] == post_id
                                   and f.get("implied") and "from" not in f
                                   and f.get("until") == self.published.isoformat()), None)
                    if former is not None:
                        # nguyên TITLE (its end untold), then the career that tells it
                        del former["implied"]
                        former.update({k: v for k, v in item.items()
                                       if k in ("from", "until", "selection")})
                        former["note"] = item["note"] + "; named before as a former post"
                        if quote is not None and quote not in former["quote"]:
                            former["quote"].insert(0, quote)
                            del former["quote"][MAX_QUOTES:]
                        continue
                    self.fact(item, quote)

    def life_events(self) -> None:
        """The events of a person's life an obituary or a profile tells (``sinh năm 1932``,
        ``được kết nạp vào Đảng ngày 19-5-1952``, ``Tháng 12-1993, đồng chí nghỉ hưu``,
        ``đã từ trần … ngày 11-10-2020``), of the person named in the sentence or, told by
        ``đồng chí`` with no name, the one named last before it; and the funeral (``Lễ viếng
        … ngày D``) of one who died."""
        died: list[str] = []
        for match in _LIFE.finditer(self.text):
            s_start, s_end = self.sentence(match.start())
            first = s_start
            while s_start > 1 and self.text[s_start - 1] == ";":  # its sentence's clauses
                s_start = self.sentence(s_start - 2)[0]
            named = [p for at, p in self.people_at if s_start <= at < match.start()]
            pronoun = _PRONOUN.search(self.text, s_start, match.end())
            known = [p for at, p in self.people_at if at < match.start()]
            person = named[-1] if named else known[-1] if known and pronoun else None
            if person is None:
                continue
            if match["what"] == "nghỉ hưu":  # Tháng 12-1993, đồng chí nghỉ hưu: that month
                dates = [d for d in self.dates_in(first, match.start())
                         if len(self.text[first:d.start].strip()) <= 8]
            else:
                dates = [d for d in self.dates_in(match.end(), s_end)
                         if d.kind in ("day", "month", "year") and d.start - match.end() <= 40]
            if not dates:
                continue
            date = dates[0].date.isoformat()
            what = {"sinh": "sinh", "kết nạp": "được kết nạp vào Đảng", "nghỉ hưu": "nghỉ hưu",
                    "từ trần": "từ trần", "qua đời": "qua đời"}[match["what"]]
            name = f"{self.entities[person]['name']['vi']} {what}"
            if match["what"] in ("từ trần", "qua đời"):
                died.append(person)
            self.fact({"id": f"{person}-{slug(what)}", "type": "event", "date": date,
                       "participants": [person], "name": {"vi": name},
                       "note": f"event (a life's: {match['what']}): on '{dates[0].text}'"},
                      self.quote(min(match.start(), dates[0].start),
                                 max(match.end(), dates[0].end)))
        if len(died) != 1:
            return
        for match in re.finditer(r"(?<![^\W\d_])Lễ viếng(?![^\W\d_])", self.text):
            s_start, s_end = self.sentence(match.start())
            days = [d for d in self.dates_in(match.end(), s_end) if d.kind == "day"]
            if days:
                self.fact({"id": f"{died[0]}-funeral", "type": "event",
                           "date": days[0].date.isoformat(), "about": [died[0]],
                           "name": {"vi": f"Lễ viếng {self.entities[died[0]]['name']['vi']}"},
                           "note": f"event (Lễ viếng … ngày D): the funeral of the one who "
                                   f"died, on '{days[0].text}'"},
                          self.quote(match.start(), days[0].end))
                return

    def held_before(self, pos: int) -> list[str]:
        """The congresses held (not one of a level above) the article names before ``pos``."""
        return [c for at, c in self.congress_at if at < pos
                and "held" in self.entities[c] and not self.above(at)]

    def selection(self, start: int, prev: int, title: Title) -> str | None:
        """How the holder of ``title`` was chosen, by the verb between ``prev`` (the end of
        the name or of the titles before) and the title: ``chỉ định`` appointed, ``bầu`` /
        ``tái cử`` elected, ``bầu trực tiếp`` (in the sentence) elected at the congress; for
        the first titles after a name, the verb may come before it (``Ban Chấp hành đã bầu
        ông X giữ chức …``). None when no verb leads to the title."""
        lead = self.text[prev:title.start]
        if not re.search(r"[^\W\d_]", lead.replace("nguyên", "").replace("tân", "")):
            # NAME - TITLE, NAME, TITLE: no verb; but a numbered list of those elected
            # (``… đã bầu Ban Thường vụ gồm 7 đồng chí, cụ thể:`` then ``1. Đồng chí A -
            # Bí thư …``): elected, as its lead says (its party posts: "listed")
            return "listed" if self.elected_list(start) else None
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
        told = self.text[max(0, start - 300):start]
        told = re.split(r"\n|(?<![0-9])\.(?![0-9])|\.(?=\s)", told)[-1]
        if re.search(r"(?<![^\W\d_])tiếp tục giữ chức\s*$", lead) and re.search(
                r"(?<![^\W\d_])(?:bầu|tái cử|tái đắc cử)(?![^\W\d_])", told):
            # Ban Chấp hành đã bầu …; đồng chí B tiếp tục giữ chức Phó Bí thư: kept the post
            # by the vote the sentence (past its ``;``) tells of (a re-election, Conventions)
            return "elected"
        return None

    def elected_list(self, pos: int) -> bool:
        """Whether ``pos`` is in an item of a numbered list (``2. Đồng chí A - TITLE``) led
        by a paragraph that elects them and ends with a colon (``… đã bầu Ban Thường vụ gồm 7
        đồng chí, cụ thể:``)."""
        l_start = self.text.rfind("\n", 0, pos) + 1
        if not re.match(r"[0-9]{1,2}[.)] ", self.text[l_start:pos]):
            return False
        while l_start > 0:
            p_start = self.text.rfind("\n", 0, l_start - 1) + 1
            line = self.text[p_start:l_start - 1].strip()
            if line and not re.match(r"[0-9]{1,2}[.)] ", line):
                return line.endswith(":") and re.search(
                    r"(?<![^\W\d_])(?:bầu|tái cử|đắc cử)(?![^\W\d_])", line) is not None
            l_start = p_start
        return False

    def left_on(self, pos: int) -> dict[str, Any] | None:
        """``NAME, nguyên TITLE, (đã) nghỉ hưu (theo chế độ) từ ngày D`` (or ``thôi giữ
        chức``, ``nghỉ công tác``): the day the holder left, after ``pos`` in its sentence."""
        _s, s_end = self.sentence(pos)
        left = re.compile(r",? (?:đã )?(?P<how>nghỉ hưu|nghỉ công tác|thôi giữ chức|thôi "
                          r"chức)(?: theo chế độ)?,? (?:kể )?từ ").match(self.text, pos, s_end)
        if left is None:
            return None
        days = [d for d in self.dates_in(left.end(), s_end)
                if d.start == left.end() and d.kind == "day"]
        if not days:
            return None
        return {"type": "left", "kind": left["how"], "date": days[0].first.isoformat()}

    def unit_ended(self, title: Title) -> dict[str, Any] | None:
        """``nguyên …, Phó Chủ tịch UBND huyện X (cũ)`` in an article from July 2025: a post
        of a district-level unit the reform of 1 July 2025 ended, held until the day before
        (at the latest)."""
        if not self.two_tier or title.unit not in ("huyện", "quận", "thị xã"):
            return None
        return {"type": "left", "kind": f"the district level ended ({title.unit})",
                "date": "2025-06-30"}

    def ended_by(self, post: str) -> dict[str, Any] | None:
        """The dated change the article reports that ended the organisation of ``post``:
        it was merged, dissolved or renamed, or it is the former (``… cũ``) organisation of
        one a change created."""
        holder = self.entities[self.entities[post]["in"]]
        org = holder["id"] if holder["type"] == "organisation" else holder.get("of")
        org_name = str(self.entities[org]["name"]["vi"]) if org in self.entities else ""
        ended: set[str] = {org} if isinstance(org, str) else set()
        if holder["type"] == "organ" and holder.get("place"):
            # a state organ ends with its unit: the place, or the unit's organisation
            ended |= {holder["place"]} | {
                e["id"] for e in self.entities.values()
                if e["type"] == "organisation" and e.get("place") == holder["place"]
                and not str(e["name"]["vi"]).endswith(" cũ")}
        undated: dict[str, Any] | None = None
        for change in self.facts:
            if change["type"] != "change":
                continue
            if ended & set(change.get("from", [])) or (org_name.endswith(" cũ") and any(
                    str(self.entities[t]["name"]["vi"]) == org_name.removesuffix(" cũ")
                    for t in change.get("to", []) if t in self.entities)):
                if "date" in change:
                    return change
                undated = undated or change
        if undated is not None:
            # the article reports the change but not its day: the post ended by the
            # publication at the latest
            return {**undated, "date": self.published.isoformat(), "undated": True}
        return None
