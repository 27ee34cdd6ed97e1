"""Names in the text: administrative units, party organisations and committees, people."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from partygraph.util.text import fold

__all__ = ["ARMED_FORCES", "UNITS", "UPPER_BASE", "Unit", "person_name", "person_not_place",
           "proper_name", "slug", "unit_named"]


@dataclass(frozen=True)
class Unit:
    """An administrative unit kind: its words, place kind, party level and id parts."""

    words: str  # tỉnh, thị xã, ...
    place_kind: str
    level: str
    id_word: str  # province, town, ... (place ids: an-khe-town)
    org_word: str  # provincial, town, ... (organisation ids: an-khe-town-party)
    en: str  # English adjective or noun (Gia Lai provincial, An Khê town)
    committee: str  # the committee's short name: Tỉnh ủy, Thị ủy, ...


UNITS = {
    "tỉnh": Unit("tỉnh", "province", "provincial", "province", "provincial", "provincial",
                 "Tỉnh ủy"),
    "thành phố": Unit("thành phố", "city", "district", "city", "city", "city", "Thành ủy"),
    "huyện": Unit("huyện", "district", "district", "district", "district", "district",
                  "Huyện ủy"),
    "thị xã": Unit("thị xã", "town", "district", "town", "town", "town", "Thị ủy"),
    "quận": Unit("quận", "district", "district", "district", "district", "district",
                 "Quận ủy"),
    "thị trấn": Unit("thị trấn", "commune", "base", "township", "township", "township",
                     "Đảng ủy thị trấn"),
    "phường": Unit("phường", "ward", "base", "ward", "ward", "ward", "Đảng ủy phường"),
    "xã": Unit("xã", "commune", "base", "commune", "commune", "commune", "Đảng ủy xã"),
    # a special zone (đặc khu, from 1 July 2025: a commune-level unit on islands, most often
    # replacing an island district): its organisation is at level commune
    "đặc khu": Unit("đặc khu", "special-zone", "commune", "special-zone", "special-zone",
                    "special zone", "Đảng ủy đặc khu"),
    # The organisations directly under the provincial committee, with base organisations of
    # their own, that are no administrative unit's (level upper-base, before and after
    # 2025): a bloc of a province's agencies or firms (Đảng bộ Khối các cơ quan tỉnh X), no
    # place of its own;
    "khối": Unit("Khối", "", "upper-base", "bloc", "bloc", "bloc", "Đảng ủy Khối"),
    # the armed forces' organisations of a province (Đảng bộ Quân sự tỉnh X, Đảng bộ Công
    # an tỉnh X, Đảng bộ Bộ đội Biên phòng tỉnh X), the provincial party agencies' (Đảng bộ
    # các cơ quan Đảng tỉnh X, from 2025) and the provincial People's Committee's (Đảng bộ Ủy
    # ban nhân dân tỉnh X, from 2025): their place is the province
    "quân sự": Unit("Quân sự tỉnh", "province", "upper-base", "province", "military",
                    "provincial military", "Đảng ủy Quân sự tỉnh"),
    "công an": Unit("Công an tỉnh", "province", "upper-base", "province", "police",
                    "provincial police", "Đảng ủy Công an tỉnh"),
    "bộ đội biên phòng": Unit("Bộ đội Biên phòng tỉnh", "province", "upper-base", "province",
                              "border-guard", "provincial border guard",
                              "Đảng ủy Bộ đội Biên phòng tỉnh"),
    "các cơ quan đảng": Unit("các cơ quan Đảng tỉnh", "province", "upper-base", "province",
                             "agencies", "provincial party agencies'",
                             "Đảng ủy các cơ quan Đảng tỉnh"),
    "ủy ban nhân dân": Unit("Ủy ban nhân dân tỉnh", "province", "upper-base", "province",
                            "peoples-committee-party", "provincial People's Committee",
                            "Đảng ủy Ủy ban nhân dân tỉnh"),
}
# the military's and the police's organisations of a district (Đảng bộ Quân sự huyện X, Đảng
# bộ Công an huyện X): base organisations under the district's committee, its place theirs
for _arm, _arm_en in (("Quân sự", "military"), ("Công an", "police")):
    for _district in ("huyện", "thị xã", "quận", "thành phố"):
        _of = UNITS[_district]
        UNITS[f"{_arm.lower()} {_district}"] = Unit(
            f"{_arm} {_district}", _of.place_kind, "base", _of.id_word,
            f"{_of.id_word}-{_arm_en}", f"{_of.en} {_arm_en}", f"Đảng ủy {_arm} {_district}")
ARMED_FORCES = ("quân sự", "công an", "bộ đội biên phòng")
"""The keys of :data:`UNITS` for the armed forces' organisations of a province."""
UPPER_BASE = (*ARMED_FORCES, "các cơ quan đảng", "ủy ban nhân dân")
"""The keys of :data:`UNITS` for the organisations of a province named ``Đảng bộ KEY tỉnh X``
(level upper-base)."""
"""Unit kinds, longest words first where one starts another (thị xã before xã)."""
UNIT_WORDS = (r"(?:[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Tt]hị xã|[Qq]uận|[Tt]hị trấn|[Pp]hường|[Xx]ã"
              r"|[Đđ]ặc khu)")
# Province-level cities: their party organisation is provincial.
_CENTRAL_CITIES = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}
# Common surnames: a capitalised run after a place name that starts with one is a person.
_SURNAMES = {
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "dinh", "trinh", "kieu", "dao", "luong", "mai", "truong",
    "doan", "cao", "lam", "ha", "ta", "chu", "to", "lu", "thai", "quach", "tang", "van", "la",
    "kpa", "siu", "rah", "ksor", "rcom", "nay", "h", "y", "ro", "rmah",
    "than", "kha", "mac", "dam", "nong", "ong", "tu", "phung", "khuc", "lo", "giap", "luu",
    "lai", "ninh", "tong", "hua", "bach", "vuong", "thach", "quan", "ton", "dieu", "nghiem",
    "trieu", "ung", "sung", "khong", "dau", "tieu",
    "cam", "vi", "ma", "sam", "luc", "be", "thao", "giang", "lau", "hau", "mua", "kim", "du",
    "phi", "mong", "bien", "diep", "au", "khuat", "lieu", "nham", "tiet", "mach", "vang", "quang",
    "ngan", "lang", "khieu", "thieu",
}
_SURNAMES_WRITTEN = {"Bạc"}
"""Surnames (of the north-west's Thái) whose folded form is also a common word of places
(Bắc): a surname only as written (Bạc Cầm Hương, not Bắc Ninh)."""
# Surnames of the Central Highlands' peoples (Rơ Chăm, Rah Lan, Ksor, Siu …), whose names
# have no middle name: a run of three capitalised words or more that opens with one is a
# person's name (Huyện ủy Rơ Chăm Mây Khơn), not a place's.
_HIGHLAND_SURNAMES = {"kpa", "siu", "rah", "ksor", "rcom", "nay", "ro", "rmah"}
# Middle names: a surname followed by one of these starts a person's name, not a place's.
_MIDDLE = {"van", "thi", "dinh", "duc", "huu", "cong", "quang", "xuan", "minh", "ba", "trong"}
# Capitalised words that start something else than a place's name (Ban, Bí thư, Đại hội,
# Ngày, Theo, ...): a name stops before them.
_NOT_NAME = {"ban", "bi", "dang", "dai", "nghi", "chi", "quyet", "uy", "tinh", "huyen",
             "to", "hoi", "bao", "chuong", "de", "ngay", "sang", "chieu", "toi", "theo", "tai",
             "trong", "tu", "den", "truoc", "sau", "khi", "so", "tong", "cac", "nhung", "mot",
             "hien", "ve", "voi", "thuc", "anh", "thi uy", "thanh uy", "cong ty"}
_NOT_NAME_WORDS = {"ban", "bí", "đảng", "đại", "nghị", "chi", "quyết", "ủy", "tỉnh", "huyện",
                   "tổ", "hội", "báo", "chương", "đề", "ngày", "sáng", "chiều", "tối", "theo",
                   "tại", "trong", "từ", "đến", "trước", "sau", "khi", "số", "tổng", "các",
                   "những", "một", "hiện", "về", "với", "thực", "anh"}
"""The words of ``_NOT_NAME`` as written: a name's word that folds to one of them but is
written otherwise (Sấu, Tống) is still a name's."""


_NOT_NAME_FOLDED = {fold(w) for w in _NOT_NAME_WORDS}
_DAI_NOT_NAME = {"hoi", "bieu", "hoc", "su", "tuong", "ta", "uy", "doan", "le"}
"""Words after ``Đại`` that make it no place's name (Đại Hội, Đại Biểu, Đại Học, Đại Tá …)."""


def _not_name(word: str) -> bool:
    key = fold(word)
    return key in _NOT_NAME and (word.lower() in _NOT_NAME_WORDS or
                                 key not in _NOT_NAME_FOLDED)


_NOT_PERSON = {"Ban", "Bí", "Phó", "Đảng", "Đại", "Ủy", "Tỉnh", "Huyện", "Ngày", "Theo", "Tại",
               "Từ", "Đến", "Trước", "Sau", "Khi", "Anh", "Chủ", "Trưởng"}
"""Words (exact, not folded: Tài is a name, Tại is not) after a person's given names that
start a post or another phrase."""
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
"""A word; a highland given name is one with its apostrophe (``H'Mai``)."""
_HIGHLAND_GIVEN = re.compile(r"H['\u2019][A-ZĐÊÔƠƯÂĂ]")
"""The Ê Đê and Jrai women's names' mark (``H'Mai Ksor``): a person's name opens with it."""


def _words_at(text: str, pos: int) -> list[tuple[str, int, int]]:
    """Capitalised words from ``pos``, each separated by one space, as (word, start, end)."""
    words: list[tuple[str, int, int]] = []
    while True:
        match = _WORD.match(text, pos)
        if match is None or not match.group(0)[0].isupper():
            break
        words.append((match.group(0), match.start(), match.end()))
        if match.end() < len(text) and text[match.end()] == " ":
            pos = match.end() + 1
        else:
            break
    return words


def person_not_place(text: str, name: str, end: int | None = None) -> bool:
    """Whether ``name``, read after a committee (``Thị ủy Tô Mẫu Toàn``), is the name of the
    person who holds the title, not the committee's place: three words from a surname that
    the article writes nowhere else (a place it names again, in its headline or with its
    unit word). Given ``end`` (where ``name`` ends in ``text``), two words cut before a
    third capitalised one (``Huyện ủy Tống Đào Quang``: a surname last) are read with it."""
    words = name.split()
    if len(words) == 2 and end is not None:
        third = re.match(r" ([A-ZĐ][^\W\d_]*)(?![^\W\d_])", text[end:end + 12])
        if third is not None and text.count(name) == 1:
            return person_not_place(text, f"{name} {third[1]}")
    return len(words) == 3 and fold(words[0]) in _SURNAMES and text.count(name) == 1


def proper_name(text: str, pos: int, *, max_words: int = 3,
                old: bool = False) -> tuple[str, int] | None:
    """A place's proper name at ``pos`` (``An Khê``): up to ``max_words`` capitalised words,
    cut before a person's surname and before words that start other phrases. With ``old``,
    a following ``cũ`` (the former unit of that name) is part of it: ``Trà Mẫu cũ``."""
    words = _words_at(text, pos)
    kept: list[tuple[str, int, int]] = []
    for i, (word, _start, _end) in enumerate(words[:max_words]):
        key = fold(word)
        if _not_name(word) and i > 0:
            break
        if i >= 2 and key in _SURNAMES and i + 1 < len(words):
            break  # (a surname and a given name; a last word alone ends the place's: Sơn Lâm Hạ)
        if i == 0 and key in _HIGHLAND_SURNAMES and len(words) >= 3:
            break  # a person's name (Huyện ủy Rơ Chăm Mây Khơn)
        if key in _SURNAMES and i + 2 < len(words) and fold(words[i + 1][0]) in _MIDDLE:
            break  # a person's name starts here (Huyện ủy Khê Mẫu Lưu Văn Mẫu Cường)
        kept.append(words[i])
    if not kept or (_not_name(kept[0][0]) and not (
            len(kept) > 1 and fold(kept[0][0]) == "dai" and fold(kept[1][0]) not in _DAI_NOT_NAME)):
        return None  # (a place's name may open with Đại: xã Đại Lộc; not Đại Hội, Đại Biểu)
    end = kept[-1][2]
    if old and re.match(r" cũ(?![^\W\d_])", text[end:end + 4]):
        end += 3
    return text[kept[0][1]:end], end


def person_name(text: str, pos: int, *, expected: bool = False) -> tuple[str, int] | None:
    """A person's name at ``pos``: two to five capitalised words, the first a surname of the
    list; or, where a name is ``expected`` (after an honorific or a title), any word a middle
    name and a given name follow (``Vừ Văn Mẫu Pao``)."""
    words = _words_at(text, pos)[:5]
    cut = len(words)
    for i, (word, _s, _e) in enumerate(words):
        if i > 0 and word in _NOT_PERSON:
            cut = i
            break
    if 2 <= cut < len(words) and fold(words[cut - 1][0]) in ("van", "thi"):
        cut += 1  # a name never ends in its middle name: Vì Văn Tỉnh, Cầm Văn Ban
    words = words[:cut]
    if len(words) < 2:
        return None
    if _HIGHLAND_GIVEN.match(words[0][0]):
        return text[words[0][1]:words[-1][2]], words[-1][2]  # H'Mai Ksor
    if fold(words[0][0]) not in _SURNAMES and words[0][0] not in _SURNAMES_WRITTEN and (
            not expected or len(words) < 3 or fold(words[1][0]) not in _MIDDLE
            or _not_name(words[0][0])):
        # a surname the list lacks, told by the middle name after it (Văn, Thị, Quang, …:
        # Viên Quang Hòa)
        return None
    return text[words[0][1]:words[-1][2]], words[-1][2]


def unit_named(words: str, name: str, *, central_city: bool = False,
               two_tier: bool = False) -> Unit:
    """The unit for ``words`` (``Thị xã``, ``thị xã``) named ``name``.

    A province-level city (Hà Nội, Đà Nẵng, ..., or any city when ``central_city``: the
    article names an urban district, a ``quận``, which only such a city has) has a provincial
    party organisation. Under the two-tier local government (``two_tier``: from 1 July 2025)
    a commune or ward organisation is at level ``commune`` (a district-level city named then
    is one that no longer exists, so it keeps its level)."""
    unit = UNITS[words.lower()]
    if unit.place_kind == "city" and (central_city or fold(name) in _CENTRAL_CITIES):
        unit = replace(unit, level="provincial")
    elif two_tier and unit.words in ("xã", "phường"):
        unit = replace(unit, level="commune")
    return unit


def slug(text: str) -> str:
    """An id from text: ASCII, diacritics folded, words joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
