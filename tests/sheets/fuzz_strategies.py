"""Hypothesis strategies for the fact-sheet fuzz suite (``test_fuzz.py``).

``sheet_cases()`` draws a VALID, SYNTHETIC fact sheet and the article it quotes: Vietnamese
names with diacritics (sometimes saved in NFD), dates of each precision written plain, as
quoted text or a year as a number, whole numbers, references between entities, and every
quote a run of whole words of the article (whose white space may differ from the quote's).
``expected_triples()`` says what its compiled graph must hold. ``mutated_sheets()`` damages
a sheet's data or bytes.
"""

from __future__ import annotations

import itertools
import random
import unicodedata
from collections.abc import Callable, Iterator
from copy import deepcopy
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
import yaml
from hypothesis import strategies as st

__all__ = [
    "Mutated",
    "SheetCase",
    "dump",
    "expected_triples",
    "mutated_sheets",
    "sheet_cases",
]

# --- text --------------------------------------------------------------------------------

_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng
_VOWELS = "aăâeêioôơuưy"
_CONSONANTS = "bcdđghklmnpqrstvx"
_LOWER = sorted({unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in _TONES}
                | set(_VOWELS) | set(_CONSONANTS))
LETTERS = "".join(_LOWER) + "".join(c.upper() for c in _LOWER)
_REAL_WORDS = ("Đảng", "bộ", "xã", "Thử", "Nghiệm", "chi", "huyện", "tỉnh", "Ban", "Thường",
               "vụ", "Thị", "ủy", "uỷ", "Bí", "thư", "Nguyễn", "Văn", "Hoàng", "Lê", "Trần",
               "Phạm", "đại", "hội", "nhiệm", "kỳ", "lần", "thứ", "XVII", "Gia", "Lai",
               "An", "Khê", "Tây", "Sơn", "phường", "Ủy", "viên", "Quyết", "định")
# Tokens that look like something else to YAML or to the quote search.
_TOKENS = ("3", "12", "2.457", "1,5", "2020-2025", "35-CT/TW", "(TP)", "-", "&", "#1",
           "'s", '"x"', ":", "\u2013", "\u2014", "\u2026", "%", "@", "null", "true", "yes",
           "No", "0312", "1_000", "3:12", "0x1F", "~", "*", "&a", "!x", "|", ">", "?", "[1]",
           "{a}", ",", "2020-06-03", ".inf", "=", "<<", "`", "\\", "/",
           # other scripts, astral characters, and text NFC changes (U+212B, e + U+0301)
           "\U0001f642", "\u4e2d\u6587", "\u212b", "e\u0301", "\u01c5", "\ufb01")

# Characters YAML must escape (PyYAML writes them as "\ufeff", "\r" ...) that a text field
# takes. (A control character other than a tab or a line break is refused by every text
# field, as no article's words hold one: test_hostile_sheets tries them. Not NEL, U+2028 or
# U+2029 either: PyYAML may write them unescaped in a single-quoted scalar, where YAML folds
# them; partygraph refuses such a file at its line, as editors show no line break there.
# Damaged sheets below try them.)
_CONTROL_TOKENS = ("\ufeffbom", "c\rr", "t\tab")

words = st.one_of(st.text(alphabet=LETTERS, min_size=1, max_size=7),
                  st.sampled_from(_REAL_WORDS))


@st.composite
def vi_texts(draw: st.DrawFn, max_words: int = 6) -> str:
    """A Vietnamese name or phrase: words with diacritics, numbers, YAML-ish punctuation."""
    first = draw(words)
    rest = draw(st.lists(st.one_of(words, words, words, st.sampled_from(_TOKENS),
                                   st.sampled_from(_CONTROL_TOKENS)), max_size=max_words - 1))
    return " ".join([first, *rest])


en_texts = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789",
                   min_size=1, max_size=25).filter(lambda t: bool(t.strip()))
_ID_SUFFIX = st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,5}){0,2}", fullmatch=True)

# --- dates -------------------------------------------------------------------------------


class PlainDate(str):
    """A day written as a plain YAML scalar (``2020-06-03``), not quoted."""

    __slots__ = ()


class _Dumper(yaml.SafeDumper):
    pass


def _plain_date(dumper: yaml.SafeDumper, value: PlainDate) -> yaml.ScalarNode:
    # Tagged as a timestamp, which YAML 1.1 resolves it to, so that PyYAML writes it plain.
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", str(value))


_Dumper.add_representer(PlainDate, _plain_date)


@dataclass(frozen=True)
class GenDate:
    """A generated date of some precision, and how the sheet writes it."""

    year: int
    month: int | None
    day: int | None
    written: str | int

    @property
    def iso(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    @property
    def xsd(self) -> str:
        if self.day is not None:
            return "date"
        return "gYearMonth" if self.month is not None else "gYear"


@st.composite
def gen_dates(draw: st.DrawFn) -> GenDate:
    year = draw(st.integers(1930, 2100))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    month = draw(st.integers(1, 12)) if precision != "year" else None
    day = None
    if precision == "day" and month is not None:
        last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30,
                31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        day = draw(st.integers(1, last))
    probe = GenDate(year, month, day, "")
    if precision == "year":
        written: str | int = year if draw(st.booleans()) else probe.iso
    elif precision == "day":
        written = draw(st.sampled_from([PlainDate(probe.iso), probe.iso]))
    else:
        written = probe.iso
    return GenDate(year, month, day, written)


# --- a whole sheet -----------------------------------------------------------------------


@dataclass
class SheetCase:
    """A generated sheet (its data, NFC, as the author means it) and its article."""

    data: dict[str, Any]
    article_name: str
    article: str
    nfd: bool = False  # the sheet's text is saved in NFD
    flow: bool | None = False  # PyYAML's default_flow_style
    dates: dict[tuple[str | int, ...], GenDate] = field(default_factory=dict)

    @property
    def yaml_text(self) -> str:
        return dump(self.data, nfd=self.nfd, flow=self.flow)

    @property
    def articles(self) -> dict[str, str]:
        return {self.article_name: self.article}


def _to_nfd(value: Any) -> Any:
    if isinstance(value, PlainDate):
        return value
    if isinstance(value, str):
        return unicodedata.normalize("NFD", value)
    if isinstance(value, dict):
        return {_to_nfd(k): _to_nfd(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_to_nfd(v) for v in value]
    return value


def dump(data: Any, *, nfd: bool = False, flow: bool | None = False) -> str:
    """``data`` as YAML text, as an author might save it."""
    return yaml.dump(_to_nfd(data) if nfd else data, Dumper=_Dumper, allow_unicode=True,
                     sort_keys=False, default_flow_style=flow, width=100)


class _Builder:
    """Draws the items of one sheet, remembering ids by type and every quote."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.quotes: list[str] = []
        self.ids: dict[str, list[str]] = {}
        self.counter = itertools.count()
        self.dates: dict[tuple[str | int, ...], GenDate] = {}

    def new_id(self, kind: str) -> str:
        return f"{kind[:3]}{next(self.counter)}-{self.draw(_ID_SUFFIX)}"

    def names(self) -> dict[str, str]:
        result = {"vi": self.draw(vi_texts())}
        if self.draw(st.booleans()):
            result["en"] = self.draw(en_texts)
        return result

    def date(self, path: tuple[str | int, ...]) -> str | int:
        value = self.draw(gen_dates())
        self.dates[path] = value
        return value.written

    def pick(self, *kinds: str) -> str | None:
        pool = [i for k in kinds for i in self.ids.get(k, [])]
        return self.draw(st.sampled_from(pool)) if pool else None

    def some(self, *kinds: str, min_size: int = 0) -> list[str]:
        pool = [i for k in kinds for i in self.ids.get(k, [])]
        if not pool:
            return []
        return self.draw(st.lists(st.sampled_from(pool), min_size=min_size, max_size=3,
                                  unique=True))

    def item(self, kind: str, name: dict[str, str] | None, section: str) -> dict[str, Any]:
        """The fields every item has: id, type, quote(s), perhaps implied and a note."""
        item_id = self.new_id(kind)
        if section == "entities":
            self.ids.setdefault(kind, []).append(item_id)
        quotes = []
        for _ in range(self.draw(st.integers(1, 3))):
            use_name = name is not None and self.draw(st.booleans())
            quotes.append(name["vi"] if use_name and name else self.draw(vi_texts(8)))
        self.quotes.extend(quotes)
        data: dict[str, Any] = {"id": item_id, "type": kind}
        if name is not None:
            data["name"] = name
        data["quote"] = quotes[0] if len(quotes) == 1 and self.draw(st.booleans()) else quotes
        if self.draw(st.booleans()):
            data["implied"] = self.draw(st.booleans())
        if self.draw(st.integers(0, 3)) == 0:
            data["note"] = self.draw(st.one_of(en_texts, vi_texts()))
        return data

    def optional(self, data: dict[str, Any], key: str, value: Callable[[], Any]) -> None:
        if self.draw(st.booleans()):
            data[key] = value()


@st.composite
def sheet_cases(draw: st.DrawFn) -> SheetCase:
    """A valid fact sheet, drawn from the schema, and the article that its quotes quote."""
    b = _Builder(draw)
    source_id = draw(st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,3}", fullmatch=True))
    article_name = f"{source_id}.txt"
    published_gen = draw(gen_dates())
    b.dates[("source", "published")] = published_gen
    source: dict[str, Any] = {"id": source_id, "outlet": draw(vi_texts(4))}
    b.optional(source, "outlet_code", lambda: draw(st.from_regex(r"[A-Z]{2,5}", fullmatch=True)))
    b.optional(source, "title", lambda: draw(vi_texts(8)))
    source["published"] = published_gen.written
    b.optional(source, "url", lambda: "https://example.org/" + draw(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-._~/?=&+", max_size=20))
        + draw(st.sampled_from(["", "%20", "%C3%A1"])))
    source["text"] = f"../articles/{article_name}"
    b.optional(source, "language", lambda: draw(st.sampled_from(["vi", "en"])))

    entities: list[dict[str, Any]] = []

    def entity(kind: str, fields: Callable[[dict[str, Any], int], None]) -> None:
        data = b.item(kind, b.names(), "entities")
        fields(data, len(entities))
        entities.append(data)

    for _ in range(draw(st.integers(0, 2))):
        def place(d: dict[str, Any], _: int) -> None:
            d["kind"] = draw(st.sampled_from(["country", "province", "city", "district", "town",
                                              "ward", "commune"]))
            within = b.pick("place")
            if within is not None and draw(st.booleans()):
                d["within"] = within
        entity("place", place)
    for _ in range(draw(st.integers(1, 3))):
        def organisation(d: dict[str, Any], _: int) -> None:
            d["form"] = draw(st.sampled_from(["committee", "cell"]))
            d["level"] = draw(st.sampled_from(["central", "provincial", "district", "base",
                                               "subordinate"]))
            for key, kind in (("place", "place"), ("parent", "organisation")):
                ref = b.pick(kind)
                if ref is not None and draw(st.booleans()):
                    d[key] = ref
        entity("organisation", organisation)
    for _ in range(draw(st.integers(0, 2))):
        def term(d: dict[str, Any], _: int) -> None:
            d["of"] = b.pick("organisation")
            b.optional(d, "ordinal", lambda: draw(st.integers(1, 10**6)))
            b.optional(d, "start_year", lambda: draw(st.integers(1930, 2100)))
            b.optional(d, "end_year", lambda: draw(st.integers(1930, 2100)))
        entity("term", term)
    for _ in range(draw(st.integers(0, 2))):
        def body(d: dict[str, Any], _: int) -> None:
            d["kind"] = draw(st.sampled_from(["executive-committee", "standing-committee",
                                              "inspection-commission", "working-group"]))
            d["of"] = b.pick("organisation", "body")
            ref = b.pick("term")
            if ref is not None and draw(st.booleans()):
                d["term"] = ref
        entity("body", body)
    for _ in range(draw(st.integers(0, 2))):
        def post(d: dict[str, Any], _: int) -> None:
            d["role"] = draw(st.sampled_from(["secretary", "deputy-secretary",
                                              "standing-member", "member", "chair"]))
            d["in"] = b.pick("body", "organisation")
        entity("post", post)
    for _ in range(draw(st.integers(0, 3))):
        def person(d: dict[str, Any], _: int) -> None:
            b.optional(d, "gender", lambda: draw(st.sampled_from(["female", "male"])))
        entity("person", person)
    for _ in range(draw(st.integers(0, 1))):
        def directive(d: dict[str, Any], _: int) -> None:
            d["kind"] = draw(st.sampled_from(["directive", "resolution", "regulation",
                                              "decision", "conclusion"]))
            d["number"] = draw(st.from_regex(r"[0-9]{1,3}[A-Za-z]?-[A-ZĐ]{1,3}(/[A-ZĐ]{1,3}){1,2}",
                                             fullmatch=True))
            d["issued_by"] = b.pick("organisation", "body")
        entity("directive", directive)
    for _ in range(draw(st.integers(0, 1))):
        def congress(d: dict[str, Any], index: int) -> None:
            d["of"] = b.pick("organisation")
            d["kind"] = draw(st.sampled_from(["delegates", "members"]))
            b.optional(d, "ordinal", lambda: draw(st.integers(1, 40)))
            ref = b.pick("term")
            if ref is not None and draw(st.booleans()):
                d["term"] = ref
            for window in ("planned", "held"):
                if draw(st.booleans()):
                    path: tuple[str | int, ...] = ("entities", index, window)
                    d[window] = {"from": b.date((*path, "from")), "to": b.date((*path, "to"))}
                    if window == "planned":  # the held dates take no text of their own
                        b.optional(d[window], "text", lambda: draw(vi_texts(5)))
            b.optional(d, "delegates", lambda: draw(st.integers(1, 100_000)))
            d["governed_by"] = b.some("directive")
        entity("congress", congress)

    facts: list[dict[str, Any]] = []

    def fact(kind: str, fields: Callable[[dict[str, Any], int], None],
             named: bool = False) -> None:
        name = b.names() if named else None
        data = b.item(kind, name, "facts")
        fields(data, len(facts))
        facts.append(data)

    for _ in range(draw(st.integers(0, 3))):
        def observation(d: dict[str, Any], i: int) -> None:
            d["of"] = b.pick("organisation", "body")
            d["measure"] = draw(st.sampled_from(["members", "base-organisations", "cells",
                                                 "subordinate-cells", "delegates"]))
            d["value"] = draw(st.one_of(st.integers(0, 1000), st.integers(0, 10**15)))
            d["as_of"] = b.date(("facts", i, "as_of"))
            b.optional(d, "scope", b.names)
        fact("observation", observation)
    for _ in range(draw(st.integers(0, 1))):
        def tally(d: dict[str, Any], i: int) -> None:
            d["of"] = b.pick("organisation", "body")
            d["measure"] = draw(st.sampled_from(["political-history-reviewed",
                                                 "congresses-held"]))
            d["population"] = b.names()
            d["done"] = draw(st.integers(0, 10**6))
            d["total"] = draw(st.integers(0, 10**6))
            d["as_of"] = b.date(("facts", i, "as_of"))
        fact("tally", tally)
    if b.ids.get("person") and b.ids.get("post"):
        for _ in range(draw(st.integers(0, 2))):
            def holding(d: dict[str, Any], i: int) -> None:
                d["person"] = b.pick("person")
                d["post"] = b.pick("post")
                for key in ("as_of", "from", "until"):
                    if draw(st.booleans()):
                        d[key] = b.date(("facts", i, key))
            fact("holding", holding)
    if len(b.ids.get("organisation", [])) >= 2:
        for _ in range(draw(st.integers(0, 1))):
            def subordination(d: dict[str, Any], i: int) -> None:
                child, parent = draw(st.lists(st.sampled_from(b.ids["organisation"]),
                                              min_size=2, max_size=2, unique=True))
                d["child"], d["parent"] = child, parent
                if draw(st.booleans()):
                    d["as_of"] = b.date(("facts", i, "as_of"))
            fact("subordination", subordination)
    for _ in range(draw(st.integers(0, 1))):
        def task(d: dict[str, Any], i: int) -> None:
            d["status"] = draw(st.sampled_from(["planned", "in-progress", "completed",
                                                "missed", "cancelled"]))
            d["as_of"] = b.date(("facts", i, "as_of"))
            d["responsible"] = b.some("organisation", "body", "person")
            if draw(st.booleans()):
                d["due_before"] = b.date(("facts", i, "due_before"))
            b.optional(d, "count", lambda: draw(st.integers(0, 10**6)))
            d["concerns"] = b.some("organisation", "person", "place", "congress")
        fact("task", task, named=True)
    for _ in range(draw(st.integers(0, 1))):
        def session(d: dict[str, Any], i: int) -> None:
            d["date"] = b.date(("facts", i, "date"))
            d["participants"] = b.some("organisation", "body", "person", min_size=1)
            b.optional(d, "outcome", b.names)
        fact("session", session, named=True)
    for _ in range(draw(st.integers(0, 1))):
        def event(d: dict[str, Any], i: int) -> None:
            if draw(st.booleans()):
                d["date"] = b.date(("facts", i, "date"))
            d["participants"] = b.some("organisation", "body", "person")
        fact("event", event, named=True)
    for _ in range(draw(st.integers(0, 1))):
        def change(d: dict[str, Any], i: int) -> None:
            d["kind"] = draw(st.sampled_from(["created", "merged", "split", "renamed",
                                              "dissolved"]))
            d["date"] = b.date(("facts", i, "date"))
            d["from"] = b.some("organisation")
            d["to"] = b.some("organisation")
            ref = b.pick("directive")
            if ref is not None and draw(st.booleans()):
                d["instrument"] = ref
            b.optional(d, "new_name", b.names)
        fact("change", change)

    data: dict[str, Any] = {"source": source}
    write_empty: list[bool] = draw(st.lists(st.booleans(), min_size=2, max_size=2))
    if entities or write_empty[0]:
        data["entities"] = entities
    if facts or write_empty[1]:
        data["facts"] = facts
    # What the article reports as done cannot be after it was published (the loader refuses
    # it): when a generated date is later, the article is dated to the end of that year.
    latest = max((d.year for key, d in b.dates.items() if key != ("source", "published")),
                 default=published_gen.year)
    if latest > published_gen.year or (latest == published_gen.year
                                        and published_gen.month is not None):
        published_gen = GenDate(latest, None, None, str(latest))
        b.dates[("source", "published")] = published_gen
        source["published"] = published_gen.written
    article = _article(draw, published_gen, b.quotes, source.get("outlet_code", "TST"))
    return SheetCase(data, article_name, article, nfd=draw(st.booleans()),
                     flow=draw(st.sampled_from([False, None])), dates=b.dates)


def _article(draw: st.DrawFn, published: GenDate, quotes: list[str],
             outlet: str) -> str:
    """The article: its first line's header (agreeing with the source block), then every
    quote as a sentence, with filler, shuffled, white space varied (quotes ignore it), in
    NFC or NFD."""
    filler = draw(st.lists(vi_texts(8), max_size=3))
    sentences = draw(st.permutations(quotes + filler))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    body = ". ".join(sentences) + "."
    body = "".join(rng.choice([" ", " ", " ", "\n", "  ", " \t"]) if ch == " " else ch
                   for ch in body)
    text = f"date {published.iso} ({outlet})- {body}\n"
    return unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), text)


# --- what the compiled graph must say ------------------------------------------------------

ID = "https://w3id.org/partygraph/id/"
PG = "https://w3id.org/partygraph/ontology#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _lang(text: str, lang: str) -> ox.Literal:
    return ox.Literal(_nfc(text), language=lang)


def _typed(value: object, datatype: str) -> ox.Literal:
    lexical = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return ox.Literal(lexical, datatype=ox.NamedNode(XSD + datatype))


def expected_triples(case: SheetCase) -> Iterator[Triple]:
    """Triples the compiled graph of ``case`` must hold: everything the sheet says."""
    n = ox.NamedNode
    src = case.data["source"]
    source = n(f"{ID}source/{src['id']}")

    def date(path: tuple[str | int, ...]) -> ox.Literal:
        gen = case.dates[path]
        return _typed(gen.iso, gen.xsd)

    yield source, n(DCT + "identifier"), ox.Literal(src["id"])
    yield source, n(PG + "outlet"), ox.Literal(_nfc(src["outlet"]))
    yield source, n(DCT + "issued"), date(("source", "published"))
    if "title" in src:
        yield source, n(DCT + "title"), _lang(src["title"], src.get("language", "vi"))
    if "outlet_code" in src:
        yield source, n(PG + "outletCode"), ox.Literal(src["outlet_code"])
    for section in ("entities", "facts"):
        for index, item in enumerate(case.data.get(section, [])):
            fact = n(f"{ID}source/{src['id']}/{item['id']}")
            node = n(f"{ID}{item['type']}/{item['id']}") if section == "entities" else fact
            quotes = item["quote"] if isinstance(item["quote"], list) else [item["quote"]]
            for quote in quotes:  # stored with its white space made single spaces
                yield fact, n(PG + "quote"), _lang(" ".join(quote.split()), "vi")
            yield fact, n(PG + "implied"), _typed(item.get("implied", False), "boolean")
            if "note" in item:
                yield fact, n(RDFS + "comment"), _lang(item["note"], "en")
            if "name" in item:
                yield node, n(RDFS + "label"), _lang(item["name"]["vi"], "vi")
                if "en" in item["name"]:
                    yield node, n(RDFS + "label"), _lang(item["name"]["en"], "en")
            if item["type"] == "person":
                yield node, n(FOAF + "name"), _lang(item["name"]["vi"], "vi")
            for key, predicate in (("ordinal", "ordinal"), ("delegates", "delegateCount"),
                                   ("value", "value"), ("done", "done"), ("total", "total"),
                                   ("count", "itemCount")):
                if key in item:
                    yield node, n(PG + predicate), _typed(item[key], "integer")
            for key, predicate in (("start_year", "startYear"), ("end_year", "endYear")):
                if key in item:
                    yield node, n(PG + predicate), _typed(f"{item[key]:04d}", "gYear")
            for key, predicate in (("as_of", "asOf"), ("from", "validFrom"),
                                   ("until", "validUntil"), ("date", "date"),
                                   ("due_before", "dueBefore")):
                if key in item and not (key == "from" and item["type"] == "change"):
                    yield node, n(PG + predicate), date((section, index, key))
            for window, prefix in (("planned", "planned"), ("held", "held")):
                if window in item:
                    yield node, n(PG + prefix + "From"), date((section, index, window, "from"))
                    yield node, n(PG + prefix + "To"), date((section, index, window, "to"))
            if "number" in item:
                yield node, n(PG + "documentNumber"), ox.Literal(_nfc(item["number"]))
            for key, predicate in (("scope", "http://www.w3.org/2004/02/skos/core#scopeNote"),
                                   ("population", PG + "population"),
                                   ("outcome", PG + "outcome"), ("new_name", PG + "newName")):
                if key in item:
                    yield node, n(predicate), _lang(item[key]["vi"], "vi")
            if item["type"] == "observation":
                yield node, n(PG + "observedUnit"), n(f"{ID}{_kind(case, item['of'])}/"
                                                     f"{item['of']}")
            if item["type"] == "holding":
                yield node, n(PG + "holder"), n(f"{ID}person/{item['person']}")
                yield node, n(PG + "post"), n(f"{ID}post/{item['post']}")


def _kind(case: SheetCase, ref: str) -> str:
    return str(next(e["type"] for e in case.data.get("entities", []) if e["id"] == ref))


# --- mutations ---------------------------------------------------------------------------

# Bytes a damaged or hostile file may hold: invalid UTF-8, NUL and other control characters,
# Unicode line separators, a byte-order mark, and YAML syntax out of place.
NASTY = (b"\x00", b"\xff", b"\xc3", b"\xe1\xba", b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\x1b",
         b"\x7f", b"\x08", b"\x0b", b"\x0c", b"\t", b"\r", b"\r\n", b"\xc2\x85",
         b"\xe2\x80\xa8", b"\xe2\x80\xa9", b"\xc2\x9f", b"\xef\xbf\xbe", b"\xf4\x90\x80\x80",
         b"\n---\n", b"...\n", b"&a ", b"*a", b"!!int ", b"!x ", b"%YAML 1.1\n", b"? ", b"- ",
         b": ", b"{", b"}", b"[", b"]", b"\"", b"'", b"#", b"|\n", b">-\n", b"\n  ",
         b"\n    ", b"<<: ", b",", b"@", b"`", b"\\", b"%", b"\n", b"\n- ", b"  ",
         b"99999999999999999999999999999", b"-0", b"0o17", b".nan", b"~", b"9" * 5000)

# Field names of the schema, to rename a key into another (valid or unknown) one.
_FIELD_NAMES = ("id", "type", "quote", "implied", "note", "name", "vi", "en", "of", "form",
                "level", "place", "parent", "kind", "term", "role", "in", "within", "value",
                "as_of", "from", "to", "until", "measure", "source", "entities", "facts",
                "text", "published", "outlet", "url", "language", "delegates", "colour")

# Values at the edges of what fields accept: dates, years, counts.
_EDGES = ("", " ", "2020-02-30", "2020-13", "2020-02-29", "2021-02-29", "0000", "0001-01-01",
          "9999-12-31", "2020-6", " 2020-06 ", "\uff12\uff10\uff12\uff10", "1929", "2101", 0, -1,
          1929, 1930, 2100, 2101, 2**31, 2**63, 2**64, 10**40, -(10**40), "1.000", "0x10")
# Article paths a hostile or careless sheet may give.
_PATHS = ("../articles/", "..", ".", "/etc/passwd", "../articles/t\x00.txt", "../../README.md",
          "../articles/../x.txt",
          "../articles/nope.txt", "articles/test-sheet.txt", "../articles/test-sheet.txt/",
          "~/x.txt", "../articles/\u00e9.txt", "../articles/" + "x" * 300 + ".txt")


def _digits(count: int) -> str:
    """A number too long for Python to convert (it converts up to 4300 digits)."""
    return "9" * count


_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(-(10**40), 10**40),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20),
    st.text(alphabet=LETTERS + " ", max_size=12), st.sampled_from(_TOKENS),
    st.sampled_from(_FIELD_NAMES), st.sampled_from(_EDGES), st.sampled_from(_PATHS),
    st.sampled_from([4301, 5000]).map(_digits),
)
yaml_values: st.SearchStrategy[Any] = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.one_of(st.text(max_size=8), st.sampled_from(_FIELD_NAMES),
                                  st.integers(), st.booleans()), inner, max_size=3),
    ),
    max_leaves=6,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield (*prefix, key)
            yield from _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield (*prefix, index)
            yield from _paths(inner, (*prefix, index))


@dataclass(frozen=True)
class Mutated:
    """A damaged sheet: its bytes, the articles beside it, and what was done to it."""

    data: bytes
    articles: dict[str, str]
    how: str


_DATA_OPS = ("drop", "retype", "listify", "mapify", "rename", "duplicate-item")
_BYTE_OPS = ("splice", "splice-random", "truncate", "delete-range", "drop-line",
             "duplicate-line", "swap-lines", "dedent", "indent")


@st.composite
def mutate_data(draw: st.DrawFn, data: dict[str, Any]) -> tuple[Any, str]:
    """``data`` with one node dropped, retyped, wrapped in a list or mapping, or renamed."""
    paths = list(_paths(data))
    if not paths:
        return draw(yaml_values), "replaced whole"
    path = draw(st.sampled_from(paths))
    op = draw(st.sampled_from(_DATA_OPS))
    copy = deepcopy(data)
    parent = copy
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    value = parent[last]
    if op == "drop":
        del parent[last]
    elif op == "retype":
        parent[last] = draw(yaml_values)
    elif op == "listify":
        parent[last] = [value] * draw(st.integers(0, 2))
    elif op == "mapify":
        parent[last] = {draw(st.one_of(st.sampled_from(_FIELD_NAMES), st.text(max_size=5))):
                        value}
    elif op == "rename" and isinstance(parent, dict):
        new = draw(st.one_of(st.sampled_from(_FIELD_NAMES), st.text(max_size=8)))
        parent.pop(last)
        parent[new] = value
    elif isinstance(parent, list):  # duplicate-item (or rename in a list)
        parent.insert(last, value)
    else:
        parent[last] = [value, value]
    return copy, f"{op} at {path}"


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


@st.composite
def mutate_bytes(draw: st.DrawFn, data: bytes) -> tuple[bytes, str]:
    """``data`` with bytes spliced in, cut off, removed, or lines moved about."""
    op = draw(st.sampled_from(_BYTE_OPS))
    at = draw(st.integers(0, len(data)))
    if op == "splice":
        chunk = b"".join(draw(st.lists(st.sampled_from(NASTY), min_size=1, max_size=3)))
        return data[:at] + chunk + data[at:], f"splice {chunk!r} at byte {at}"
    if op == "splice-random":
        chunk = draw(st.binary(min_size=1, max_size=8))
        return data[:at] + chunk + data[at:], f"splice {chunk!r} at byte {at}"
    if op == "truncate":
        return data[:at], f"truncate at byte {at}"
    if op == "delete-range":
        end = draw(st.integers(at, min(len(data), at + 40)))
        return data[:at] + data[end:], f"delete bytes {at}:{end}"
    lines = _lines(data)
    i = draw(st.integers(0, len(lines) - 1))
    j = draw(st.integers(0, len(lines) - 1))
    if op == "drop-line":
        del lines[i]
    elif op == "duplicate-line":
        lines.insert(j, lines[i])
    elif op == "swap-lines":
        lines[i], lines[j] = lines[j], lines[i]
    elif op == "dedent":
        lines[i] = lines[i][2:] if lines[i].startswith(b"  ") else lines[i].lstrip()
    else:  # indent
        lines[i] = b"  " + lines[i]
    return b"\n".join(lines), f"{op} line {i + 1} (and {j + 1})"


@dataclass(frozen=True)
class Base:
    """A valid sheet to damage: its data as the loader reads it, its text, its articles."""

    data: dict[str, Any]
    text: str
    articles: dict[str, str]
    flow: bool | None = False


@st.composite
def mutated_sheets(draw: st.DrawFn, bases: st.SearchStrategy[Base],
                   byte_ops_only: bool = False) -> Mutated:
    """A valid sheet damaged one to three times, in its data and then in its bytes."""
    base = draw(bases)
    hows: list[str] = []
    raw = base.text.encode()
    if not byte_ops_only and draw(st.booleans()):
        data: Any = base.data
        for _ in range(draw(st.integers(1, 2))):
            if not isinstance(data, dict):
                break
            data, how = draw(mutate_data(data))
            hows.append(how)
        raw = dump(data, flow=base.flow).encode()
    if byte_ops_only or not hows or draw(st.booleans()):
        for _ in range(draw(st.integers(1, 2))):
            raw, how = draw(mutate_bytes(raw))
            hows.append(how)
    return Mutated(raw, base.articles, "; ".join(hows))
