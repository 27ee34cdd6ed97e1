"""Reading fact sheets: parse, check against the schema, the article and each other.

Every problem found in every sheet is collected and reported together, each with file and
line, so that one run tells the author everything to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from partygraph.errors import FactSheetError, Problem
from partygraph.rdf.concepts import Vocabulary
from partygraph.sheets.articles import Article, parse_header, read_article
from partygraph.sheets.crosscheck import SheetOutline
from partygraph.sheets.located_yaml import LocatedDocument, load_located
from partygraph.sheets.schema import (
    ITEM_MODELS,
    PATTERN_WORDS,
    REFERENCES,
    SLUG_PATTERN,
    DateRange,
    FactSheetModel,
    Item,
    Names,
    Organisation,
)
from partygraph.util.dates import PartialDate
from partygraph.util.numbers import written_numbers
from partygraph.util.suggest import did_you_mean
from partygraph.util.text import NotUtf8Error, fold

__all__ = [
    "FactSheet",
    "load_sheet",
    "outline_of",
    "sheet_warnings",
]

# An article is one news story: a few kilobytes of text. Anything far larger is not one.
MAX_ARTICLE_BYTES = 2_000_000


@dataclass(frozen=True)
class FactSheet:
    """One checked fact sheet: its model, where each part stands, and its article."""

    file: Path
    model: FactSheetModel
    doc: LocatedDocument
    article: Article

    def line(self, section: str, index: int, field: str | None = None) -> int:
        """Line of item ``index`` of ``section`` (or of one of its fields)."""
        path: tuple[str | int, ...] = (section, index)
        if field is not None:
            path += (field,)
        return self.doc.line_of(path)

    def items(self) -> Iterator[tuple[str, int, Item]]:
        """Every entity and fact as (section, index, item)."""
        for index, entity in enumerate(self.model.entities):
            yield "entities", index, entity
        for index, fact in enumerate(self.model.facts):
            yield "facts", index, fact


def _field_alias(model: type[BaseModel], name: str) -> str:
    info = model.model_fields.get(name)
    return info.alias if info is not None and info.alias else name


def _describe(doc: LocatedDocument, loc: tuple[Any, ...], found: tuple[Any, ...]) -> str:
    """Name a place in the sheet for a message: ``facts[0] (id members).value``."""
    clean = [p for p in loc if not (isinstance(p, str) and p in _TAGS)]
    path = list(found) + clean[len(found):]
    text = ""
    for position, part in enumerate(path):
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + str(part)
        if position == 1 and path[0] in ("entities", "facts") and len(found) >= 2:
            item = doc.data[found[0]][found[1]]
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                text += f" (id {item['id']})"
    return text


# The type names, which pydantic puts in error locations of tagged unions.
_TAGS = frozenset(ITEM_MODELS)
# The errors raised by the schema's own checks (see schema.py).
_OWN_ERRORS = frozenset({"whole_number", "true_or_false", "not_a_concept", "percent"})


def _schema_problems(doc: LocatedDocument, error: ValidationError) -> list[Problem]:
    problems = []
    details = error.errors()
    # The hint of each unknown field, by its location (several in one item each get theirs).
    hints = {tuple(d["loc"]): _field_hint(str(d["loc"][-1]), _fields_of(_model_at(
        tuple(d["loc"][:-1])))) for d in details if d["type"] == "extra_forbidden"}
    for detail in details:
        loc = tuple(detail["loc"])
        if detail["type"] == "missing" and any(
                at[:-1] == loc[:-1] and f"'{loc[-1]}'" in hint for at, hint in hints.items()):
            continue  # the misspelt field's own error names it
        found, line = doc.locate(loc)
        where = _describe(doc, loc, found)
        kind = detail["type"]
        value = detail.get("input")
        if kind == "extra_forbidden":
            parent = _describe(doc, loc[:-1], found[:-1]) if found else "the sheet"
            hint = _comma_hint(doc, found, value) or hints[loc]
            message = f"unknown field '{loc[-1]}' in {parent or 'the sheet'}{hint}"
        elif kind == "string_pattern_mismatch" and \
                detail.get("ctx", {}).get("pattern") in PATTERN_WORDS:
            pattern = detail.get("ctx", {})["pattern"]
            message = f"{where} must be {PATTERN_WORDS[pattern]}, not {value!r}"
            if pattern == SLUG_PATTERN and isinstance(value, str):
                message += _slug_hint(value)
        elif kind == "missing":
            message = f"missing required field '{loc[-1]}' in {where}"
        elif kind == "union_tag_invalid":
            tags = detail.get("ctx", {}).get("expected_tags", "")
            message = f"{where}: unknown type {value and value.get('type')!r} (use one of {tags})"
        elif kind == "union_tag_not_found":
            message = f"{where}: missing 'type' field"
        elif kind in _OWN_ERRORS:  # the message names the value as written
            message = f"{where} {detail['msg']}"
        elif kind == "value_error":  # a check's own words, without pydantic's "Value error, "
            cause = detail.get("ctx", {}).get("error")
            reason = str(cause) if cause is not None else detail["msg"]
            shown = "" if isinstance(value, dict | list) or repr(value) in reason \
                else f" (got {value!r})"
            message = f"{where}: {reason}{shown}"
        else:
            shown = "" if isinstance(value, dict | list) else f" (got {value!r})"
            message = f"{where}: {detail['msg']}{shown}"
        problems.append(Problem(doc.file, line, message))
    return problems


def _comma_hint(doc: LocatedDocument, found: tuple[Any, ...], value: Any) -> str:
    """Why a field with no value follows a text in a ``{...}`` mapping: a comma in the text
    (``{vi: Đảng bộ xã A, B}`` reads as ``vi: Đảng bộ xã A`` and a field ``B``), and how to
    keep the text whole; "" when that is not what happened."""
    if value is not None or not found or not isinstance(found[-1], str):
        return ""
    mapping: Any = doc.data
    for part in found[:-1]:
        mapping = mapping[part]
    keys = list(mapping) if isinstance(mapping, dict) else []
    at = keys.index(found[-1]) if found[-1] in keys else 0
    before = mapping[keys[at - 1]] if at > 0 else None
    if not isinstance(before, str) or doc.line_of(found) != doc.line_of((*found[:-1],
                                                                        keys[at - 1])):
        return ""
    whole = f"{before}, {found[-1]}"
    return (f" (a comma inside {{...}} ends a text: to keep {whole!r} whole, put it in "
            f"quotes: {keys[at - 1]}: \"{whole}\")")


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model of the mapping at ``loc`` in a sheet (``None`` where it is not one model)."""
    model: type[BaseModel] | None = FactSheetModel
    for part in loc:
        if isinstance(part, int):
            continue  # an item of a list: the list's model
        if part in _TAGS:
            model = ITEM_MODELS[part]
            continue
        if model is None:
            return None
        info = next((i for n, i in model.model_fields.items() if part in (n, i.alias)), None)
        models = list(_models_in(info.annotation)) if info is not None else []
        model = models[0] if len(models) == 1 else None  # several: a tag in loc says which
    return model


def _models_in(hint: Any) -> Iterator[type[BaseModel]]:
    if isinstance(hint, type) and issubclass(hint, BaseModel):
        yield hint
    for arg in get_args(hint):
        yield from _models_in(arg)


def _fields_of(model: type[BaseModel] | None) -> list[str]:
    """The field names ``model`` allows, as a sheet writes them."""
    if model is None:
        return []
    return [info.alias or name for name, info in model.model_fields.items()]


# Words a writer may use for a field that the format names otherwise, with the fields they
# may mean, the likeliest first (only those the item allows are suggested).
_FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "date": ("as_of", "held", "date"),
    "when": ("date", "as_of", "held"),
    "deadline": ("due_before",),
    "due": ("due_before",),
    "title": ("name",),
    "label": ("name",),
    "org": ("of",),
    "organisation": ("of", "in"),
    "organization": ("of", "in"),
    "start": ("from", "planned_from"),
    "end": ("until", "planned_until"),
    "holder": ("person",),
    "number": ("value", "count", "ordinal"),
}


def _field_hint(field: str, allowed: list[str]) -> str:
    """`` (did you mean 'as_of'?)``: the allowed field ``field`` is a common word for, else
    the allowed fields spelt like it."""
    meant = [f for f in _FIELD_WORDS.get(field.lower(), ()) if f in allowed]
    if meant:
        return " (did you mean " + " or ".join(f"'{f}'" for f in meant[:2]) + "?)"
    return did_you_mean(field, allowed)


def _slug_hint(value: str) -> str:
    """`` (did you mean 'members-2020'?)``: the id ``value`` was perhaps meant to be."""
    meant = re.sub(r"[^a-z0-9]+", "-", fold(value)).strip("-")
    return f" (did you mean {meant!r}?)" if meant and meant != value else ""


def load_sheet(file: Path, *, articles_dir: Path, vocabulary: Vocabulary) -> FactSheet:
    """Parse and check one fact sheet on its own (schema, article, quotes, local ids).

    Its article must be stored under ``articles_dir`` (symbolic links resolved); the values
    it names by notation must be concepts of ``vocabulary`` (the project's concept schemes).
    Raises :class:`FactSheetError` listing every problem found.
    """
    doc = load_located(file)
    if not isinstance(doc.data, dict):
        raise FactSheetError([Problem(file, 1, "a fact sheet is a mapping with a 'source' block")])
    try:
        model = FactSheetModel.model_validate(doc.data, context={"vocabulary": vocabulary})
    except ValidationError as exc:
        raise FactSheetError(_schema_problems(doc, exc)) from None
    text_line = doc.line_of(("source", "text"))
    text_path = _article_path(file, model.source.text, articles_dir, text_line)
    try:
        if text_path.stat().st_size > MAX_ARTICLE_BYTES:
            raise FactSheetError([Problem(file, text_line, f"article text {model.source.text} "
                                          f"is larger than {MAX_ARTICLE_BYTES // 1_000_000} MB: "
                                          "store the article's text only")])
        article = read_article(text_path)
    except (OSError, NotUtf8Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise FactSheetError(
            [Problem(file, text_line, f"cannot read article text {model.source.text}: {reason}")]
        ) from None
    sheet = FactSheet(file, model, doc, article)
    problems = [*_header_problems(sheet), *_local_problems(sheet), *_date_problems(sheet)]
    if problems:
        raise FactSheetError(problems)
    return sheet


def _article_path(file: Path, text: str, articles_dir: Path, line: int) -> Path:
    """The article ``text`` names, resolved; refused unless a file under ``articles_dir``."""
    stored = f"{articles_dir.parent.name}/{articles_dir.name}/"
    if Path(text).is_absolute():
        raise FactSheetError([Problem(file, line, f"article path {text!r} is absolute: write it "
                                                  "relative to the sheet, such as "
                                                  "'../articles/NAME.txt'")])
    try:
        path = (file.parent / text).resolve()
    except (OSError, RuntimeError, ValueError) as exc:  # a loop of links, a NUL in the path
        raise FactSheetError([Problem(file, line, f"cannot read article text {text!r}: {exc}")]
                             ) from None
    if not path.is_relative_to(articles_dir.resolve()):
        raise FactSheetError([Problem(file, line, f"article path {text!r} leads outside "
                                                  f"{stored}: articles are read only from "
                                                  "there")])
    if path.exists() and not path.is_file():
        raise FactSheetError([Problem(file, line, f"article path {text!r} is not a file")])
    return path


def _header_problems(sheet: FactSheet) -> Iterator[Problem]:
    """The article's first line (``date YYYY-MM (OUTLET)-``) must agree with the source block."""
    source, doc = sheet.model.source, sheet.doc
    first_line = sheet.article.text.split("\n", 1)[0]
    try:
        header = parse_header(first_line)
    except ValueError as exc:
        yield Problem(sheet.file, doc.line_of(("source", "text")),
                      f"article {source.text}: {exc}; every stored article starts with its "
                      "date and outlet, such as 'date 2020-06 (GLO)- '")
        return
    if not _overlap(header.published, source.published):
        yield Problem(sheet.file, doc.line_of(("source", "published")),
                      f"published {source.published} contradicts the article's first line, "
                      f"which dates it {header.published}")
    if source.outlet_code is not None and source.outlet_code != header.outlet_code:
        yield Problem(sheet.file, doc.line_of(("source", "outlet_code")),
                      f"outlet_code {source.outlet_code!r} contradicts the article's first "
                      f"line, which names the outlet {header.outlet_code!r}")


def _overlap(a: PartialDate, b: PartialDate) -> bool:
    return a.first_day() <= b.last_day() and b.first_day() <= a.last_day()


# Dates that state what has happened, or held, by the time of writing: none of them can be
# after the article was published. Plans and ends of terms may be (a congress's planned
# window, a task's deadline, a post held until the end of its term), and so may the date of
# a change or an event the article announces.
_PAST_DATES: dict[str, tuple[str, ...]] = {
    "observation": ("as_of",), "tally": ("as_of",), "holding": ("as_of",),
    "subordination": ("as_of",), "task": ("as_of", "completed_by"),
    "session": ("date",), "congress": ("held",),
}
# The start of a holding or a subordination may be after publication, as a decision the
# article reports takes effect later ("có hiệu lực từ ngày 1-7-2025" in an article of 30
# June), but not by more than this many days: a later year is taken for a typing error.
_ANNOUNCED_DATES: dict[str, tuple[str, ...]] = {"holding": ("from",), "subordination": ("from",)}
_ANNOUNCED_DAYS = 366


def _date_problems(sheet: FactSheet) -> Iterator[Problem]:
    published = sheet.model.source.published
    latest = published.last_day() + timedelta(days=_ANNOUNCED_DAYS)
    for section, index, item in sheet.items():
        kind = getattr(item, "type", "")
        for field in (*_PAST_DATES.get(kind, ()), *_ANNOUNCED_DATES.get(kind, ())):
            past = field in _PAST_DATES.get(kind, ())
            value = getattr(item, "from_" if field == "from" else field, None)
            dates = [value.from_, value.to] if isinstance(value, DateRange) else [value]
            for date in dates:
                if not isinstance(date, PartialDate):
                    continue
                if past and date.first_day() > published.last_day():
                    yield Problem(sheet.file, sheet.line(section, index, field),
                                  f"{field} {date} of '{item.id}' is after the article was "
                                  f"published ({published}): the article cannot report it "
                                  "as done (a plan goes in a planned or due field)")
                    break
                if not past and date.first_day() > latest:
                    yield Problem(sheet.file, sheet.line(section, index, field),
                                  f"{field} {date} of '{item.id}' is more than a year after the "
                                  f"article was published ({published}): a decision the "
                                  "article reports may take effect after it, not that long "
                                  "after (is the year mistyped?)")
                    break


def _local_problems(sheet: FactSheet) -> Iterator[Problem]:
    seen: dict[str, int] = {}
    for section, index, item in sheet.items():
        line = sheet.line(section, index)
        if item.id in seen:
            yield Problem(sheet.file, line, f"id '{item.id}' is used twice (first at line "
                          f"{seen[item.id]})")
        seen.setdefault(item.id, line)
        names: Names | None = getattr(item, "name", None)
        for language in ("vi", "en"):
            given = getattr(names, language, None) if names is not None else None
            if isinstance(given, str) and not given.strip():
                yield Problem(sheet.file, sheet.line(section, index, "name"),
                              f"the {language} name of '{item.id}' is blank")
        for number, quote in enumerate(item.quote):
            if sheet.article.contains(quote):
                continue
            quote_line = sheet.doc.line_of((section, index, "quote", number))
            if len(item.quote) == 1:
                quote_line = sheet.doc.line_of((section, index, "quote"))
            inside = sheet.article.part_of(quote)
            if inside is not None:
                yield Problem(sheet.file, quote_line,
                              f"quote of '{item.id}' occurs in the article "
                              f"{sheet.model.source.text} only inside longer words: "
                              f"{_short(quote)!r} in {_short(inside)!r} (a quote starts and "
                              "ends on whole words)")
            else:
                yield Problem(sheet.file, quote_line,
                              f"quote of '{item.id}' does not occur in the article "
                              f"{sheet.model.source.text}: {_short(quote)!r}")


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


def _references(item: Item) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    rules = REFERENCES.get(getattr(item, "type", ""), {})
    for field, allowed in rules.items():
        value = getattr(item, field)
        values = value if isinstance(value, list) else [value]
        for ref in values:
            if ref is not None:
                yield field, ref, allowed


# The figures a quote must write: a count or share observed, a tally's two counts.
_FIGURES = {"observation": ("value", "percent"), "tally": ("done", "total")}


def sheet_warnings(sheet: FactSheet) -> tuple[tuple[str, int, str, str, str], ...]:
    """What a sheet's own checks warn about, as (check, line, item id, field, value):

    - ``figure-not-in-quote``: a figure of an observation or tally that none of its quotes
      writes (in digits, or as a word up to ten): a typo in the figure, or a figure stated by
      a sentence not quoted. Quotes with no digit at all (a number in words beyond ten) are
      not checked;
    - ``records-nothing``: a sheet with no entity and no fact yet (one ``partygraph new``
      started): none of its article is in the graph.
    """
    if not sheet.model.entities and not sheet.model.facts:
        return (("records-nothing", sheet.doc.line_of(("source", "id")), "", "", ""),)
    found = []
    for section, index, item in sheet.items():
        fields = _FIGURES.get(getattr(item, "type", ""), ())
        text = " ".join(item.quote)
        if not fields or not re.search(r"[0-9]", text):
            continue
        written = written_numbers(text)
        for field in fields:
            value = getattr(item, field, None)
            if value is None or Decimal(str(value)) in written:
                continue
            found.append(("figure-not-in-quote", sheet.line(section, index, field), item.id,
                          field, str(value)))
    return tuple(found)


def outline_of(sheet: FactSheet) -> SheetOutline:
    """The outline of a loaded sheet."""
    declared = tuple((entity.id, entity.type, sheet.line("entities", index))
                     for index, entity in enumerate(sheet.model.entities))
    references = []
    for section, index, item in sheet.items():
        for field, ref, allowed in _references(item):
            label = _field_alias(type(item), field)
            references.append((item.id, label, ref, allowed, sheet.line(section, index, label)))
    names = {entity.id: {"vi": entity.name.vi, **({"en": entity.name.en} if entity.name.en
                                                    else {})}
             for entity in sheet.model.entities}
    identities = {entity.id: (fold(entity.name.vi), entity.form, entity.level,
                              entity.place or "", entity.parent or "")
                  for entity in sheet.model.entities if isinstance(entity, Organisation)}
    return SheetOutline(sheet.file, sheet.model.source.id, sheet.doc.line_of(("source", "id")),
                        declared, tuple(references), names, sheet.model.source.text,
                        sheet_warnings(sheet), identities)


