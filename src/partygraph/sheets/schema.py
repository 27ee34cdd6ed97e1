"""The fact-sheet schema: what a researcher may write about one article.

A fact sheet has a ``source`` block, ``entities`` (things several articles may speak of:
organisations, bodies, people, places, posts, terms, congresses, directives, documents,
programmes) and ``facts`` (what this article states at a date: observations, tallies, post
holdings, subordinations, tasks and deadlines, working sessions, other events, changes).
Every entity and fact carries the exact quote that states it. ``docs/fact-sheets.md`` is the
reference for people; this module is the reference for the program.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Annotated, Any, Literal, get_args

import pyoxigraph as ox
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from partygraph.rdf.concepts import Vocabulary
from partygraph.rdf.vocab import curie
from partygraph.util.dates import PartialDate, parse_partial_date
from partygraph.util.suggest import did_you_mean
from partygraph.util.text import nfc, squash_spaces

__all__ = [
    "ACTORS",
    "ITEM_MODELS",
    "PATTERN_WORDS",
    "REFERENCES",
    "Attendance",
    "Body",
    "Change",
    "Congress",
    "DateRange",
    "Directive",
    "Document",
    "Entity",
    "Event",
    "Fact",
    "FactSheetModel",
    "HeldDates",
    "Holding",
    "Item",
    "Names",
    "Observation",
    "Organ",
    "Organisation",
    "Person",
    "Place",
    "Post",
    "Programme",
    "RefTo",
    "Session",
    "SourceBlock",
    "Subordination",
    "Tally",
    "Task",
    "Term",
    "references_of",
]

_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+")
_DIGITS = re.compile(r"-?[0-9]+")
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)")  # as the loader reads integers


def _shown(value: Any) -> str:
    """A value as the author wrote it in YAML, for a message."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "an empty value"
    if isinstance(value, dict | list):
        return "a mapping" if isinstance(value, dict) else "a list"
    text = str(value)
    return repr(text if len(text) <= 40 else text[:37] + "...")


_LARGEST_WHOLE = 10**18 - 1


def _whole_number(value: Any) -> Any:
    """Let through integers alone: YAML 1.2 decimal integers, as the loader reads them, of
    at most 18 digits (the stores keep an xsd:integer in 64 bits: a larger one would be
    refused by one validation engine and not the other)."""
    if isinstance(value, int) and not isinstance(value, bool):
        if abs(value) > _LARGEST_WHOLE:
            raise PydanticCustomError(
                "whole_number", "{shown} is too large for a count: at most "
                "999999999999999999 (18 digits)", {"shown": str(value)})
        return value
    hint = ""
    if isinstance(value, str) and _THOUSANDS.fullmatch(value):
        hint = f" (Vietnamese writes thousands with a dot: {value} is {value.replace('.', '')})"
    elif isinstance(value, str) and _DIGITS.fullmatch(value):
        hint = (" (write it without quotes)" if _DECIMAL.fullmatch(value)
                else " (write it without a leading zero)")
    raise PydanticCustomError("whole_number",
                              "must be a whole number written in decimal digits, not {shown}"
                              "{hint}", {"shown": _shown(value), "hint": hint})


def _iri(value: str) -> str:
    """Let through what RDF accepts as an IRI (``%`` must start two hex digits, and so on)."""
    try:
        ox.NamedNode(value)
    except ValueError as exc:
        raise PydanticCustomError("iri", "not a valid IRI: {reason}", {"reason": str(exc)}
                                  ) from None
    return value


def _true_or_false(value: Any) -> Any:
    """Let through booleans alone: ``true`` and ``false``, not ``yes``, ``on`` or ``1``."""
    if isinstance(value, bool):
        return value
    raise PydanticCustomError("true_or_false", "must be true or false, not {shown}",
                              {"shown": _shown(value)})


SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# a directive's number: 35-CT/TW; a regulation's is written QĐi (15-QĐi/TU), told apart from a
# decision's QĐ by its small i
NUMBER_PATTERN = r"^\d+[A-Za-z]?-[A-ZĐ]+i?(?:/[A-ZĐ]+)+$"
URL_PATTERN = r"^https?://\S+$"
PATTERN_WORDS = {
    SLUG_PATTERN: "an id: lower-case letters a-z and digits 0-9 only, in words joined by "
                  "single hyphens (such as 'an-khe-town-party' or 'congress-2020')",
    NUMBER_PATTERN: "a document number as the party writes it: digits (and at most one "
                    "letter), a hyphen, then capital letters in parts joined by '/', the first "
                    "part ending in a small i for a regulation (such as '35-CT/TW', '01-NQ/ĐH' "
                    "or '15-QĐi/TU')",
    URL_PATTERN: "a web address that starts with http:// or https:// and has no spaces",
}
"""Each pattern a text field must match, said in words for the message when it does not."""

# Every text field is Text: stored in Unicode NFC, whatever form the sheet was saved in, and
# refused when it holds a control character (no article's words do; one pasted from a PDF or
# a word processor would break the XML of the exports).
_NFC = BeforeValidator(lambda v: nfc(v) if isinstance(v, str) else v)
_ALLOWED_CONTROLS = frozenset("\t\n\r")


def _no_control_character(value: str) -> str:
    for char in value:
        if unicodedata.category(char) == "Cc" and char not in _ALLOWED_CONTROLS:
            raise ValueError(
                f"holds the control character U+{ord(char):04X}, which no article's words "
                "have (pasted from a PDF or a word processor?): delete it")
    return value


Text = Annotated[str, _NFC, AfterValidator(_no_control_character)]
# A quote is stored with its white space made single spaces (a non-breaking space, a tab or
# a line break pasted with it becomes one space): the quote check compares words, not
# spacing, and a search of the quotes (facts-quoting) then finds the words as typed.
Quote = Annotated[Text, AfterValidator(squash_spaces)]
Slug = Annotated[Text, Field(pattern=SLUG_PATTERN)]
Ref = Slug  # the id of an entity: every field of this type is marked with RefTo
Date = Annotated[PartialDate, BeforeValidator(parse_partial_date)]
Whole = Annotated[int, BeforeValidator(_whole_number)]


_PERCENT = re.compile(r"(0|[1-9][0-9]*)(\.[0-9]+)?")


def _percent(value: Any) -> Any:
    """A share in per cent from 0 to 100 (87 or 87.5; fact sheets read 87.5 as text), kept
    exact as a decimal."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str) and _PERCENT.fullmatch(value):
        share = Decimal(value)
        if share <= 100:
            return share
    raise PydanticCustomError(
        "percent", "must be a share in per cent from 0 to 100 written as a number (87 or "
        "87.5; the article's 87,5% is 87.5), not {shown}", {"shown": _shown(value)})


Percent = Annotated[Decimal, BeforeValidator(_percent)]
Flag = Annotated[bool, BeforeValidator(_true_or_false)]


class RefTo:
    """Marks a field that names entities (``Annotated[Ref, RefTo("organisation", "body")]``)
    with the entity types it may name; none given, it may name any entity.

    These marks are the one table of references (:data:`REFERENCES`) the loader checks.
    """

    __slots__ = ("types",)

    def __init__(self, *types: str) -> None:
        self.types = types

    def __repr__(self) -> str:
        return f"RefTo{self.types!r}"


ACTORS = ("organisation", "body", "organ", "person")  # who may take part in or be responsible for

def _in_scheme(field_name: str) -> AfterValidator:
    """A check that a value is the notation of a concept of the field's scheme.

    The schemes come from the project's ontology (``ontology/concepts.ttl``), passed in the
    validation context as ``{"vocabulary": Vocabulary}`` (see ``sheets.load.load_sheet``).
    """

    def check(value: str, info: ValidationInfo) -> str:
        vocabulary = (info.context or {}).get("vocabulary")
        if not isinstance(vocabulary, Vocabulary):
            raise TypeError("fact sheets are checked against the project's concept schemes: "
                            "validate with context={'vocabulary': read_vocabulary(ontology)}")
        notations = vocabulary.notations(field_name)
        if value not in notations:
            scheme = vocabulary.schemes[field_name]
            raise PydanticCustomError(
                "not_a_concept",
                "must be one of {notations} (the notations of {scheme}: 'partygraph "
                "concepts' lists them with their meaning), not {shown}{hint}",
                {"shown": _shown(value), "notations": ", ".join(notations),
                 "scheme": curie(scheme.iri), "hint": did_you_mean(value, notations)})
        return value

    return AfterValidator(check)


# Values named by notation from the ontology's concept schemes (partygraph.rdf.concepts).
Level = Annotated[str, _NFC, _in_scheme("organisation.level")]
OrganisationForm = Annotated[str, _NFC, _in_scheme("organisation.form")]
BodyKind = Annotated[str, _NFC, _in_scheme("body.kind")]
OrganKind = Annotated[str, _NFC, _in_scheme("organ.kind")]
PlaceKind = Annotated[str, _NFC, _in_scheme("place.kind")]
Role = Annotated[str, _NFC, _in_scheme("post.role")]
Selection = Annotated[str, _NFC, _in_scheme("holding.selection")]
Approximation = Annotated[str, _NFC, _in_scheme("observation.approx")]
CongressKind = Annotated[str, _NFC, _in_scheme("congress.kind")]
DirectiveKind = Annotated[str, _NFC, _in_scheme("directive.kind")]
DocumentKind = Annotated[str, _NFC, _in_scheme("document.kind")]
Measure = Annotated[str, _NFC, _in_scheme("observation.measure")]
TallyMeasure = Annotated[str, _NFC, _in_scheme("tally.measure")]
TaskStatus = Annotated[str, _NFC, _in_scheme("task.status")]
ChangeKind = Annotated[str, _NFC, _in_scheme("change.kind")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Names(_Strict):
    """A name in Vietnamese and, where the author gives one, English."""

    vi: Text = Field(min_length=1)
    en: Text | None = Field(default=None, min_length=1)


class DateRange(_Strict):
    """A window between two dates, with the article's own words for it."""

    from_: Date = Field(alias="from")
    to: Date
    text: Text | None = None


def _one_day(value: Any) -> Any:
    """``held: 2020-08-10`` (a congress of one day): the same date as ``from`` and ``to``."""
    if isinstance(value, str | int) and not isinstance(value, bool):
        return {"from": value, "to": value}
    return value


class HeldDates(DateRange):
    """When a congress was held: its opening day, and its closing day when the article
    gives it (``held: 2020-08-10`` is a congress of that one day). A window whose end may
    be unknown, and which has no wording of its own."""

    to: Date | None = None  # type: ignore[assignment]

    @model_validator(mode="after")
    def _no_text(self) -> HeldDates:
        if self.text is not None:
            raise PydanticCustomError("held_text", "the actual dates of a congress take no "
                                      "text (the article's words go in its quote)")
        return self


class Item(_Strict):
    """What every entity and fact has: an id, the quote(s) stating it, and honesty flags."""

    id: Slug
    quote: list[Quote] = Field(min_length=1)
    implied: Flag = False
    draft: Flag = False  # drafted from the article's text and not yet reviewed
    note: Text | None = None

    @field_validator("quote", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list):  # (quote: 2 was "Input should be a valid list")
            raise ValueError("a quote is the article's words, as text (or a list of them)")
        return value


class Organisation(Item):
    """A party organisation: a party committee (đảng bộ) or a cell (chi bộ)."""

    type: Literal["organisation"]
    name: Names
    form: OrganisationForm
    level: Level
    place: Annotated[Ref | None, RefTo("place")] = None
    parent: Annotated[Ref | None, RefTo("organisation")] = None


class Body(Item):
    """A body of an organisation: executive or standing committee, commission, working group."""

    type: Literal["body"]
    name: Names
    kind: BodyKind
    of: Annotated[Ref, RefTo("organisation", "body")]
    term: Annotated[Ref | None, RefTo("term")] = None
    provisional: Flag = False  # lâm thời: appointed until a congress elects the body


class Organ(Item):
    """A state organ or the Fatherland Front at a level (People's Committee, People's Council,
    National Assembly delegation, Fatherland Front committee), where party cadres hold
    concurrent posts."""

    type: Literal["organ"]
    name: Names
    kind: OrganKind
    place: Annotated[Ref | None, RefTo("place")] = None  # the unit it is the organ of


class Person(Item):
    """A person named by the article."""

    type: Literal["person"]
    name: Names
    gender: Literal["female", "male"] | None = None
    # namesakes: other people of the same name, known to be someone else
    different_from: Annotated[list[Ref], RefTo("person")] = Field(default_factory=list)

    @model_validator(mode="after")
    def _not_different_from_itself(self) -> Person:
        if self.id in self.different_from:
            raise PydanticCustomError(
                "different_from_itself", "different_from names the person itself: it "
                "names the other people of the same name, known to be someone else")
        return self


class Place(Item):
    """An administrative unit."""

    type: Literal["place"]
    name: Names
    kind: PlaceKind
    within: Annotated[Ref | None, RefTo("place")] = None


class Post(Item):
    """A post in a body, such as the secretary of a town party committee."""

    type: Literal["post"]
    name: Names
    role: Role
    in_: Annotated[Ref, RefTo("body", "organisation", "organ")] = Field(alias="in")


class Term(Item):
    """A term (nhiệm kỳ / khóa) of an organisation."""

    type: Literal["term"]
    name: Names
    of: Annotated[Ref, RefTo("organisation")]
    ordinal: Whole | None = Field(default=None, ge=1)
    start_year: Whole | None = Field(default=None, ge=1930, le=2100)
    end_year: Whole | None = Field(default=None, ge=1930, le=2100)


class Congress(Item):
    """A congress (đại hội) of an organisation, opening a term."""

    type: Literal["congress"]
    name: Names
    of: Annotated[Ref, RefTo("organisation")]
    ordinal: Whole | None = Field(default=None, ge=1)
    kind: CongressKind
    term: Annotated[Ref | None, RefTo("term")] = None
    planned: DateRange | None = None
    held: Annotated[HeldDates | None, BeforeValidator(_one_day)] = None
    venue: Names | None = None
    delegates: Whole | None = Field(default=None, ge=1)
    governed_by: Annotated[list[Ref], RefTo("directive")] = Field(default_factory=list)


class Directive(Item):
    """A directive, resolution, regulation or decision, with its number."""

    type: Literal["directive"]
    kind: DirectiveKind
    number: Annotated[Text, Field(pattern=NUMBER_PATTERN)]
    issued_by: Annotated[Ref, RefTo("organisation", "body")]
    name: Names


class Document(Item):
    """A congress document: political report, review report, resolution, action programme."""

    type: Literal["document"]
    kind: DocumentKind
    name: Names
    for_congress: Annotated[Ref | None, RefTo("congress")] = None
    of_congress: Annotated[Ref | None, RefTo("congress")] = None
    draft_number: Whole | None = Field(default=None, ge=1)  # dự thảo lần N

    @field_validator("draft", mode="before")
    @classmethod
    def _not_a_draft_number(cls, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            raise PydanticCustomError(
                "draft_number", "a document's draft number is written draft_number: {n} "
                "(draft: true marks an item not yet reviewed)", {"n": value})
        return value


class Programme(Item):
    """A programme (chương trình) that is part of a document."""

    type: Literal["programme"]
    name: Names
    part_of: Annotated[Ref, RefTo("document")]


class Observation(Item):
    """A dated count about an organisation: members, base organisations, cells."""

    type: Literal["observation"]
    of: Annotated[Ref, RefTo("organisation", "body")]
    measure: Measure
    value: Whole | None = Field(default=None, ge=0)  # a count, or
    percent: Percent | None = None  # a share: "trên 87%" is percent 87, approx over
    approx: Approximation | None = None  # "hơn 3.500": value 3500, approx more-than
    as_of: Date
    scope: Names | None = None

    @field_validator("value", "percent", mode="before")
    @classmethod
    def _not_empty(cls, value: Any, info: ValidationInfo) -> Any:
        """An empty ``value:`` or ``percent:`` is refused, not read as a missing field."""
        if value is None:
            return _whole_number(value) if info.field_name == "value" else _percent(value)
        return value

    @model_validator(mode="after")
    def _one_figure(self) -> Observation:
        if (self.value is None) == (self.percent is None):
            raise PydanticCustomError(
                "one_figure", "an observation gives either a count (value: 2457) or a share "
                "(percent: 87.5), one of the two")
        return self


class Tally(Item):
    """A dated tally "done of total", such as cadres whose political history was reviewed."""

    type: Literal["tally"]
    of: Annotated[Ref, RefTo("organisation", "body")]
    measure: TallyMeasure
    population: Names
    done: Whole = Field(ge=0)
    total: Whole = Field(ge=0)
    as_of: Date


class Holding(Item):
    """A person holding a post, at a date or over a period."""

    type: Literal["holding"]
    person: Annotated[Ref, RefTo("person")]
    post: Annotated[Ref, RefTo("post")]
    as_of: Date | None = None
    from_: Date | None = Field(default=None, alias="from")
    until: Date | None = None
    selection: Selection | None = None  # elected, appointed (chỉ định), elected at the congress
    congress: Annotated[Ref | None, RefTo("congress")] = None  # where the person was elected


class Subordination(Item):
    """An organisation placed under another, at a date or over a period."""

    type: Literal["subordination"]
    child: Annotated[Ref, RefTo("organisation")]
    parent: Annotated[Ref, RefTo("organisation")]
    as_of: Date | None = None
    from_: Date | None = Field(default=None, alias="from")
    until: Date | None = None


class Task(Item):
    """A planned or completed piece of work, with its deadline and status as of a date."""

    type: Literal["task"]
    name: Names
    status: TaskStatus
    as_of: Date
    responsible: Annotated[list[Ref], RefTo(*ACTORS)] = Field(default_factory=list)
    due_before: Date | None = None
    completed_by: Date | None = None
    planned_from: Date | None = None  # the period a plan runs: "từ tháng 1 ..."
    planned_until: Date | None = None  # "... đến tháng 12-2023"
    expected_on: Date | None = None  # a planned date: "dự kiến chiều 14-3"
    concerns: Annotated[list[Ref], RefTo()] = Field(default_factory=list)
    governed_by: Annotated[list[Ref], RefTo("directive")] = Field(default_factory=list)
    count: Whole | None = Field(default=None, ge=0)


class Session(Item):
    """A working session between bodies, with participants and what it was about."""

    type: Literal["session"]
    name: Names
    date: Date
    participants: Annotated[list[Ref], RefTo(*ACTORS)] = Field(min_length=1)
    about: Annotated[list[Ref], RefTo()] = Field(default_factory=list)
    outcome: Names | None = None


class Event(Item):
    """Any other reported event, with participants."""

    type: Literal["event"]
    name: Names
    date: Date | None = None
    participants: Annotated[list[Ref], RefTo(*ACTORS)] = Field(default_factory=list)
    about: Annotated[list[Ref], RefTo()] = Field(default_factory=list)


class Attendance(Item):
    """A person attending a congress or another event in the capacity of stated posts."""

    type: Literal["attendance"]
    person: Annotated[Ref, RefTo("person")]
    congress: Annotated[Ref | None, RefTo("congress")] = None
    event: Names | None = None  # an event other than a congress, as the article names it
    date: Date | None = None
    capacity: Annotated[list[Ref], RefTo("post")] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_occasion(self) -> Attendance:
        if (self.congress is None) == (self.event is None):
            raise PydanticCustomError(
                "one_occasion", "an attendance names either a congress (congress: id) or "
                "another event (event: {vi: ...}), one of the two")
        return self


class Change(Item):
    """Organisations (party organisations, their bodies such as commissions, or state organs),
    or administrative units, created, merged, split, renamed or dissolved: one change item for
    the organisations and another for the units, each dated, or bounded when the article gives
    no date."""

    type: Literal["change"]
    kind: ChangeKind
    date: Date | None = None  # None: the article gives no date; see not_before / not_after
    not_before: Date | None = None  # the change took place on or after this date
    not_after: Date | None = None  # ... and on or before this one (default: published)
    from_: Annotated[list[Ref], RefTo("organisation", "body", "organ", "place")] = Field(
        default_factory=list, alias="from")
    to: Annotated[list[Ref], RefTo("organisation", "body", "organ", "place")] = Field(
        default_factory=list)
    instrument: Annotated[Ref | None, RefTo("directive")] = None
    new_name: Names | None = None

    @model_validator(mode="after")
    def _date_or_bounds(self) -> Change:
        if self.date is not None and (self.not_before is not None
                                      or self.not_after is not None):
            raise PydanticCustomError(
                "date_or_bounds", "a change has either a date (date: ...) or, when the "
                "article gives none, bounds (not_before: ..., not_after: ...), not both")
        return self


Entity = Annotated[
    Organisation | Body | Organ | Person | Place | Post | Term | Congress | Directive
    | Document | Programme,
    Field(discriminator="type"),
]
Fact = Annotated[
    Observation | Tally | Holding | Subordination | Task | Session | Event | Attendance
    | Change,
    Field(discriminator="type"),
]


class SourceBlock(_Strict):
    """Where the facts come from: the article and its stored text."""

    id: Slug
    outlet: Text = Field(min_length=1)
    outlet_code: Text | None = None
    title: Text | None = None
    published: Date
    url: Annotated[Text, Field(pattern=URL_PATTERN), AfterValidator(_iri)] | None = None
    text: Text = Field(min_length=1)
    language: Literal["vi", "en"] = "vi"


class FactSheetModel(_Strict):
    """A whole fact sheet."""

    source: SourceBlock
    entities: list[Entity] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)

    @field_validator("entities", "facts", mode="before")
    @classmethod
    def _none_yet(cls, value: Any) -> Any:
        """``entities:`` or ``facts:`` with nothing under it (a sheet just started): none."""
        return [] if value is None else value


def _members(union: Any) -> tuple[type[Item], ...]:
    """The models of a tagged union such as :data:`Entity`."""
    members: tuple[type[Item], ...] = get_args(get_args(union)[0])
    return members


def _tag(model: type[Item]) -> str:
    """The ``type`` a sheet gives items of ``model``."""
    (tag,) = get_args(model.model_fields["type"].annotation)
    return str(tag)


def references_of(model: type[BaseModel]) -> dict[str, tuple[str, ...]]:
    """The fields of ``model`` that name entities (marked with :class:`RefTo`), in order,
    each with the entity types it may name (empty: any)."""
    return {name: mark.types for name, info in model.model_fields.items()
            for mark in info.metadata if isinstance(mark, RefTo)}


ITEM_MODELS: dict[str, type[Item]] = {_tag(model): model
                                      for model in (*_members(Entity), *_members(Fact))}
"""The model of each item type, by the ``type`` a sheet gives it."""
REFERENCES: dict[str, dict[str, tuple[str, ...]]] = {
    tag: references_of(model) for tag, model in ITEM_MODELS.items()}
"""For each item type: which fields name entities, and the entity types they may name."""
