"""Titles of office as articles write them, alone or in a chain of concurrent posts.

``Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy Vân Mẫu`` is two titles of one
committee (the committee is named once, after the last); ``Phó Bí thư Đảng ủy, Chủ tịch UBND
xã Sơn Mẫu`` is a party post and a state post of one commune. :func:`title_chain` reads such a
chain and gives each title the unit the chain names for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from partygraph.draft.names import UNIT_WORDS, person_not_place, proper_name

__all__ = ["Commissions", "RoleWords", "Title", "role_pattern", "title_at", "title_chain",
           "vocabulary_roles"]

Commissions = tuple[tuple[str, str], ...]
"""The party commissions a Trưởng Ban heads: (the words after ``Ban``, the body kind), longest
first; read from the vocabulary (``terms.Terms.commissions``)."""


# (pattern, role, family): the family says what the post is in. "exec", "standing",
# "commission", "inspection": a body of a party committee; "member": the executive committee
# named by the word itself (Huyện ủy viên); "central", "politburo": the central Party;
# "peoples-committee", "peoples-council", "fatherland-front": a state organ of a unit;
# "steering": the steering committee (Ban Chỉ đạo …) the article names.
# A party role named by its words alone (Bí thư, Phó Bí thư Thường trực) is not here: its
# words are the vocabulary's altLabels (vocabulary_roles), and a project adds one there.
_ROLES_TEMPLATE: list[tuple[str, str, str]] = [
    (r"Ủy viên Bộ Chính trị", "member", "politburo"),  # a member of the Politburo
    (r"Ủy viên (?:Ban Chấp hành )?Trung ương Đảng|Ủy viên Ban Chấp hành Trung ương",
     "member", "central"),
    (r"Ủy viên Ban Thường vụ|(?<=vào )Ban Thường vụ|(?<=tham gia )Ban Thường vụ"
     r"|(?<=Ban Chấp hành, )Ban Thường vụ|(?<=Ban Chấp hành và )Ban Thường vụ",
     "standing-member", "standing"),
    (r"Ủy viên Ban Chấp hành|(?<=vào )Ban Chấp hành|(?<=tham gia )Ban Chấp hành",
     "member", "exec"),
    (r"(?:Tỉnh|Thành|Huyện|Thị|Quận) ủy viên", "member", "member"),
    # "Đảng ủy viên": a member of the committee (of a commune, an institution) named before
    (r"Đảng ủy viên", "member", "exec"),
    (r"Phó Trưởng [Bb]an(?: Thường trực)? Ban Chỉ đạo|Phó Trưởng [Bb]an Chỉ đạo", "deputy-head",
     "steering"),
    (r"Trưởng Ban Chỉ đạo", "head", "steering"),
    (r"[Tt]hành viên Ban Chỉ đạo", "member", "steering"),
    (r"Phó Trưởng [Bb]an (?P<dcom>{commissions})", "deputy-head", "commission"),
    (r"Trưởng [Bb]an (?P<com>{commissions})", "head", "commission"),
    (r"Ủy viên Ủy ban Kiểm tra", "member", "inspection"),  # a member of the commission
    (r"Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra|Phó Chủ nhiệm Ủy ban Kiểm tra"
     r"|Phó Chủ nhiệm(?! [A-ZĐ])", "deputy-chair", "inspection"),
    (r"Chủ nhiệm Ủy ban Kiểm tra|Chủ nhiệm(?! [A-ZĐ])", "chair", "inspection"),
    (r"Phó Chủ tịch(?: Thường trực)? (?:UBND|Ủy ban nhân dân)", "vice-chairperson",
     "peoples-committee"),
    (r"Chủ tịch (?:UBND|Ủy ban nhân dân)", "chairperson", "peoples-committee"),
    (r"Phó Chủ tịch(?: Thường trực)? (?:HĐND|Hội đồng nhân dân)", "vice-chairperson",
     "peoples-council"),
    (r"Chủ tịch (?:HĐND|Hội đồng nhân dân)", "chairperson", "peoples-council"),
    (r"Chủ tịch (?:Ủy ban MTTQ|Ủy ban Mặt trận Tổ quốc)(?: Việt Nam)?", "chairperson",
     "fatherland-front"),
    # "Trưởng đoàn Đoàn đại biểu Quốc hội tỉnh": the head, with the delegation's full name
    (r"Phó Trưởng [Đđ]oàn (?:Đoàn )?(?:[Đđ]ại biểu Quốc hội|ĐBQH)", "deputy-head",
     "national-assembly-delegation"),
    (r"Trưởng [Đđ]oàn (?:Đoàn )?(?:[Đđ]ại biểu Quốc hội|ĐBQH)", "head",
     "national-assembly-delegation"),
]
_WORD_FAMILY = {"secretary": "exec", "deputy-secretary": "exec",
                "standing-deputy-secretary": "exec", "standing-member": "standing",
                "member": "exec", "alternate-member": "exec", "chair": "inspection",
                "deputy-chair": "inspection"}
"""What a party post is in, by its role, for the role words the vocabulary adds (a post in a
commission, an organ or the central Party is told by the words after it, above)."""
RoleWords = tuple[tuple[str, str], ...]
"""The vocabulary's words for roles: (``Bí thư``, ``secretary``), longest first
(``terms.Terms.roles``)."""
_LOOKAROUND = re.compile(r"\(\?<?[=!][^)]*\)")


def _template_words() -> set[str]:
    words: set[str] = set()
    for pattern, _role, _family in _ROLES_TEMPLATE:
        if "{" not in pattern and "(?P" not in pattern and "(?:" not in pattern:
            words.update(_LOOKAROUND.sub("", alt) for alt in pattern.split("|"))
    return words


def vocabulary_roles(roles: RoleWords) -> list[tuple[str, str, str]]:
    """The titles the vocabulary adds to the rules' own: a capitalised Vietnamese altLabel
    of a party role (``skos:altLabel "Bí thư thứ nhất"@vi`` of secretary), as (pattern,
    role, family); not the words the rules already read, nor a word that begins a longer
    title of theirs (``Ủy viên`` would read ``Ủy viên Ban Thường vụ`` as a member), nor
    ``… ủy viên`` (read with the committee it names)."""
    known = _template_words()
    added: list[tuple[str, str, str]] = []
    for words, role in sorted(roles, key=lambda r: (-len(r[0]), r[0])):
        family = _WORD_FAMILY.get(role)
        if family is None or not words[:1].isupper() or words in known or \
                words.endswith("ủy viên") or any(k.startswith(words) for k in known):
            continue
        added.append((re.escape(words), role, family))
    return added


_STATE = ("peoples-committee", "peoples-council", "fatherland-front",
          "national-assembly-delegation")
_CELL_REF = re.compile(r" Chi bộ(?![^\W\d_])")
_CENTRAL_REF = re.compile(r" Trung ương(?: Đảng)?(?![^\W\d_])")


@lru_cache(maxsize=8)
def _roles(commissions: Commissions, extra: RoleWords = (),
           ) -> tuple[list[tuple[str, str, str]], re.Pattern[str]]:
    words = "|".join(re.escape(w) for w, _kind in commissions) or r"(?!)"
    roles = [*vocabulary_roles(extra), *((pattern.replace("{commissions}", words), role, family)
                                         for pattern, role, family in _ROLES_TEMPLATE)]
    return roles, re.compile("|".join(f"(?P<r{i}>{pattern})" for i, (pattern, _r, _f)
                                      in enumerate(roles)) + r"(?![^\W\d_])")


def role_pattern(commissions: Commissions, roles: RoleWords = ()) -> re.Pattern[str]:
    """Any title's role words, with the party commissions ``commissions`` names and the
    vocabulary's role words ``roles``."""
    return _roles(commissions, roles)[1]
_COMMITTEE_WORD = {"Tỉnh": "tỉnh", "Thành": "thành phố", "Huyện": "huyện", "Thị": "thị xã",
                   "Quận": "quận"}
_PARTY_REF = re.compile(
    r" (?:(?P<cte>Tỉnh|Thành|Huyện|Thị|Quận) ủy(?! viên)|Đảng ủy (?P<bloc>Khối)"
    r"|Đảng ủy (?P<arm>Quân sự|Công an|Bộ đội Biên phòng|[Cc]ác cơ quan Đảng|Ủy ban nhân dân"
    r"|UBND) tỉnh"
    r"|Đảng ủy (?P<darm>Quân sự|Công an) (?P<dunit>huyện|thị xã|quận|thành phố)"
    r"|Đảng ủy(?: (?P<unit>" + UNIT_WORDS + r"))?|Đảng bộ (?P<unit2>" + UNIT_WORDS
    + r"))(?![^\W\d_])")
_STATE_REF = re.compile(r" (?P<unit>" + UNIT_WORDS + r")(?![^\W\d_])")
_SEPARATOR = re.compile(r",\s*| và ")
_ARM_HEAD = re.compile(r",\s*(?:Giám đốc (?P<arm>Công an) tỉnh|Chỉ huy trưởng Bộ Chỉ huy "
                       r"Quân sự tỉnh)(?![^\W\d_])")
"""``(Bí thư Đảng ủy), Giám đốc Công an tỉnh`` (``…, Chỉ huy trưởng Bộ Chỉ huy Quân sự
tỉnh``): a committee named bare before the head of a province's police (military) is the
police's (military's) party committee, never the province's."""


@dataclass
class Title:
    """One title: its words, role, family and the unit it names (or was given)."""

    start: int
    end: int
    role: str
    family: str
    commission: str | None = None  # the words after Ban (Tổ chức), for a commission
    unit: str | None = None  # the unit's words (huyện), lower case
    name: str | None = None  # the unit's proper name (Vân Mẫu), when the title gives it
    named: bool = False  # the title itself names its unit (not inherited from the chain)

    @property
    def party(self) -> bool:
        """Whether the post is in a party body (not a state organ)."""
        return self.family not in _STATE


def _unit_of_member(words: str) -> str:
    return _COMMITTEE_WORD[words.split()[0]]


_BLOC_WHAT = re.compile(r" (?P<what>(?:các )?(?:[Cc]ơ quan|[Dd]oanh nghiệp)(?: [Dd]ân chính "
                        r"[Đđ]ảng)?)(?![^\W\d_])(?: (?P<u>tỉnh|thành phố)(?![^\W\d_]))?")
"""What a bloc gathers (``các cơ quan``, ``Doanh nghiệp``) and its province's unit word."""


def _bloc_title(text: str, title: Title, end: int) -> Title:
    """A title of a bloc's committee (``Bí thư Đảng ủy Khối Doanh nghiệp tỉnh X``): the
    words after ``Khối`` say what it gathers, not its name (never ``Khối Doanh``); named
    with its province, it is that bloc, else the one bloc the article names."""
    what = _BLOC_WHAT.match(text, end)
    if what is not None:
        end = what.end()
        named = proper_name(text, end + 1) if what["u"] and text[end:end + 1] == " " \
            else None
        if named is not None:
            title.name, end = f"{' '.join(what['what'].split())} {what['u']} {named[0]}", \
                named[1]
    title.end = end
    return title


def title_at(text: str, pos: int, commissions: Commissions,
             role_words: RoleWords = ()) -> Title | None:
    """The title that starts at ``pos``, with the unit it names, or None."""
    roles, role_re = _roles(commissions, role_words)
    match = role_re.match(text, pos)
    if match is None:
        return None
    index = next(i for i in range(len(roles)) if match[f"r{i}"] is not None)
    _pattern, role, family = roles[index]
    title = Title(match.start(), match.end(), role, family,
                  commission=match["com"] or match["dcom"])
    end = match.end()
    if family == "member":
        title.unit = _unit_of_member(match.group(0))
        title.named = True
    elif family in ("central", "politburo"):
        title.named = True
        return title
    central = _CENTRAL_REF.match(text, end) if title.party else None
    if central is not None:
        title.unit, title.named, title.end = "central", True, central.end()
        return title
    cell = _CELL_REF.match(text, end) if title.party else None
    if cell is not None:
        title.unit, title.named, title.end = "cell", True, cell.end()
        return title
    ref = (_PARTY_REF if title.party else _STATE_REF).match(text, end)
    if ref is None and title.unit is None and text[end:end + 1] == " " and \
            text[end + 1:end + 2].isupper():
        return None  # a post of something the rules do not know (Bí thư Đoàn Thanh niên)
    if ref is not None:
        if title.party:
            unit = ref["unit"] or ref["unit2"] or ref["bloc"] or ref["arm"] or (
                ref["darm"] and f"{ref['darm']} {ref['dunit']}")
            title.unit = _COMMITTEE_WORD[ref["cte"]] if ref["cte"] else (
                unit.lower() if unit else None)
            if title.unit == "ubnd":
                title.unit = "ủy ban nhân dân"
        else:
            title.unit = ref["unit"].lower()
        end = ref.end()
        title.named = title.unit is not None
        if title.party and ref["bloc"]:
            return _bloc_title(text, title, end)
        if title.party and title.unit is None:
            title.end = end  # "Đảng ủy" alone: the unit comes from the chain
            return title
    if title.unit is not None and text[end:end + 1] == " ":
        named = proper_name(text, end + 1, old=True)
        if named is not None and not person_not_place(text, named[0], named[1]):
            title.name, end = named
    title.end = end
    return title


def title_chain(text: str, pos: int, commissions: Commissions,
                role_words: RoleWords = ()) -> list[Title]:
    """The titles from ``pos``, separated by commas or ``và``, each given the unit the
    chain names for it: a title that names no unit takes the next one's (of the same kind:
    party or state, else any), and a committee named without its name takes the name of the
    same unit named later in the chain."""
    role_re = role_pattern(commissions, role_words)
    chain: list[Title] = []
    at = pos
    while True:
        title = title_at(text, at, commissions, role_words)
        if title is None and role_re.match(text, at) is not None:
            # a post of a body the rules do not know: skip it, read the titles after it
            skip = re.compile(r",\s*(?=" + role_re.pattern + ")").search(text, at, at + 80)
            if skip is None:
                break
            at = skip.end()
            continue
        if title is None:
            break
        chain.append(title)
        sep = _SEPARATOR.match(text, title.end)
        if sep is None or role_re.match(text, sep.end()) is None:
            break
        at = sep.end()
    for i, title in enumerate(chain):
        later = chain[i + 1:]
        arm = _ARM_HEAD.match(text, title.end) if title.party and title.unit is None and \
            not later else None
        if arm is not None:  # Bí thư Đảng ủy, Giám đốc Công an tỉnh: the police's committee
            title.unit = "công an" if arm["arm"] == "Công an" else "quân sự"
            continue
        if title.unit is None and title.family not in ("central", "politburo"):
            source = next((t for t in later if t.unit and t.party == title.party), None) \
                or next((t for t in later if t.unit), None)
            if source is not None:
                title.unit, title.name = source.unit, source.name
        if title.unit is not None and title.name is None:
            same = next((t for t in later if t.unit == title.unit and t.name), None)
            if same is not None:
                title.name = same.name
    return chain
