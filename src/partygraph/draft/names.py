"""Names in the text: administrative units, party organisations and committees, people."""

from __future__ import annotations

import re
from dataclasses import dataclass

from partygraph.util.text import fold

__all__ = ["UNITS", "Unit", "person_name", "proper_name", "slug", "unit_named"]


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
    "thị trấn": Unit("thị trấn", "town", "base", "township", "township", "township",
                     "Đảng ủy thị trấn"),
    "phường": Unit("phường", "ward", "base", "ward", "ward", "ward", "Đảng ủy phường"),
    "xã": Unit("xã", "commune", "base", "commune", "commune", "commune", "Đảng ủy xã"),
}
"""Unit kinds, longest words first where one starts another (thị xã before xã)."""
UNIT_WORDS = r"(?:[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Tt]hị xã|[Qq]uận|[Tt]hị trấn|[Pp]hường|[Xx]ã)"
# Province-level cities: their party organisation is provincial.
_CENTRAL_CITIES = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}
# Common surnames: a capitalised run after a place name that starts with one is a person.
_SURNAMES = {
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "dinh", "trinh", "kieu", "dao", "luong", "mai", "truong",
    "doan", "cao", "lam", "ha", "ta", "chu", "to", "lu", "thai", "quach", "tang", "van", "la",
    "kpa", "siu", "rah", "ksor", "rcom", "nay", "h",
}
# Capitalised words that start something else than a place's name (Ban, Bí thư, Đại hội,
# Ngày, Theo, ...): a name stops before them.
_NOT_NAME = {"ban", "bi", "dang", "dai", "nghi", "chi", "quyet", "uy", "tinh", "huyen",
             "to", "hoi", "bao", "chuong", "de", "ngay", "sang", "chieu", "toi", "theo", "tai",
             "trong", "tu", "den", "truoc", "sau", "khi", "so", "tong", "cac", "nhung", "mot",
             "hien", "ve", "voi", "thuc", "anh", "thi uy", "thanh uy", "cong ty"}
# Words after a person's given names that start a post or another phrase.
_NOT_PERSON = {"ban", "bi", "pho", "dang", "dai", "uy", "tinh", "huyen", "ngay", "theo",
               "tai", "tu", "den", "truoc", "sau", "khi", "anh"}
_WORD = re.compile(r"[^\W\d_]+")


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


def proper_name(text: str, pos: int, *, max_words: int = 3) -> tuple[str, int] | None:
    """A place's proper name at ``pos`` (``An Khê``): up to ``max_words`` capitalised words,
    cut before a person's surname and before words that start other phrases."""
    words = _words_at(text, pos)
    kept: list[tuple[str, int, int]] = []
    for i, (word, _start, _end) in enumerate(words[:max_words]):
        key = fold(word)
        if key in _NOT_NAME and i > 0:
            break
        if i >= 2 and key in _SURNAMES:
            break
        kept.append(words[i])
    if not kept or fold(kept[0][0]) in _NOT_NAME:
        return None
    return text[kept[0][1]:kept[-1][2]], kept[-1][2]


def person_name(text: str, pos: int) -> tuple[str, int] | None:
    """A person's name at ``pos``: two to five capitalised words, the first a surname."""
    words = _words_at(text, pos)[:5]
    cut = len(words)
    for i, (word, _s, _e) in enumerate(words):
        if i > 0 and fold(word) in _NOT_PERSON:
            cut = i
            break
    words = words[:cut]
    if len(words) < 2 or fold(words[0][0]) not in _SURNAMES:
        return None
    return text[words[0][1]:words[-1][2]], words[-1][2]


def unit_named(words: str, name: str) -> Unit:
    """The unit for ``words`` (``Thị xã``, ``thị xã``) named ``name``: a province-level city
    (Hà Nội, Đà Nẵng, ...) has a provincial party organisation."""
    unit = UNITS[words.lower()]
    if unit.place_kind == "city" and fold(name) in _CENTRAL_CITIES:
        unit = Unit(unit.words, "city", "provincial", "city", "city", "city", "Thành ủy")
    return unit


def slug(text: str) -> str:
    """An id from text: ASCII, diacritics folded, words joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
