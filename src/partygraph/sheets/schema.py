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
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from partygraph.util.dates import PartialDate, parse_partial_date
from partygraph.util.text import nfc

__all__ = [
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
    "Holding",
    "Item",
    "Names",
    "Observation",
    "Organisation",
    "Person",
    "Place",
    "Post",
    "Programme",
    "Session",
    "SourceBlock",
    "Subordination",
    "Tally",
    "Task",
    "Term",
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


def _whole_number(value: Any) -> Any:
    """Let through integers alone: YAML 1.2 decimal integers, as the loader reads them."""
    if isinstance(value, int) and not isinstance(value, bool):
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


def _true_or_false(value: Any) -> Any:
    """Let through booleans alone: ``true`` and ``false``, not ``yes``, ``on`` or ``1``."""
    if isinstance(value, bool):
        return value
    raise PydanticCustomError("true_or_false", "must be true or false, not {shown}",
                              {"shown": _shown(value)})


SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# Every text field is Text: stored in Unicode NFC, whatever form the sheet was saved in.
Text = Annotated[str, BeforeValidator(lambda v: nfc(v) if isinstance(v, str) else v)]
Slug = Annotated[Text, Field(pattern=SLUG_PATTERN)]
Ref = Slug
Date = Annotated[PartialDate, BeforeValidator(parse_partial_date)]
Whole = Annotated[int, BeforeValidator(_whole_number)]
Flag = Annotated[bool, BeforeValidator(_true_or_false)]

Level = Literal["central", "provincial", "district", "base", "subordinate"]
OrganisationForm = Literal["committee", "cell"]
BodyKind = Literal[
    "executive-committee", "standing-committee", "inspection-commission", "working-group"
]
PlaceKind = Literal["country", "province", "city", "district", "town", "ward", "commune"]
Role = Literal["secretary", "deputy-secretary", "standing-member", "member", "chair"]
CongressKind = Literal["delegates", "members"]
DirectiveKind = Literal["directive", "resolution", "regulation", "decision", "conclusion"]
DocumentKind = Literal[
    "political-report", "review-report", "resolution", "action-programme", "personnel-scheme"
]
Measure = Literal["members", "base-organisations", "cells", "subordinate-cells", "delegates"]
TallyMeasure = Literal["political-history-reviewed", "congresses-held"]
TaskStatus = Literal["planned", "in-progress", "completed", "missed", "cancelled"]
ChangeKind = Literal["created", "merged", "split", "renamed", "dissolved"]


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


class Item(_Strict):
    """What every entity and fact has: an id, the quote(s) stating it, and honesty flags."""

    id: Slug
    quote: list[Text] = Field(min_length=1)
    implied: Flag = False
    note: Text | None = None

    @field_validator("quote", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class Organisation(Item):
    """A party organisation: a party committee (đảng bộ) or a cell (chi bộ)."""

    type: Literal["organisation"]
    name: Names
    form: OrganisationForm
    level: Level
    place: Ref | None = None
    parent: Ref | None = None


class Body(Item):
    """A body of an organisation: executive or standing committee, commission, working group."""

    type: Literal["body"]
    name: Names
    kind: BodyKind
    of: Ref
    term: Ref | None = None


class Person(Item):
    """A person named by the article."""

    type: Literal["person"]
    name: Names
    gender: Literal["female", "male"] | None = None


class Place(Item):
    """An administrative unit."""

    type: Literal["place"]
    name: Names
    kind: PlaceKind
    within: Ref | None = None


class Post(Item):
    """A post in a body, such as the secretary of a town party committee."""

    type: Literal["post"]
    name: Names
    role: Role
    in_: Ref = Field(alias="in")


class Term(Item):
    """A term (nhiệm kỳ / khóa) of an organisation."""

    type: Literal["term"]
    name: Names
    of: Ref
    ordinal: Whole | None = Field(default=None, ge=1)
    start_year: Whole | None = Field(default=None, ge=1930, le=2100)
    end_year: Whole | None = Field(default=None, ge=1930, le=2100)


class Congress(Item):
    """A congress (đại hội) of an organisation, opening a term."""

    type: Literal["congress"]
    name: Names
    of: Ref
    ordinal: Whole | None = Field(default=None, ge=1)
    kind: CongressKind
    term: Ref | None = None
    planned: DateRange | None = None
    held: DateRange | None = None
    delegates: Whole | None = Field(default=None, ge=1)
    governed_by: list[Ref] = Field(default_factory=list)


class Directive(Item):
    """A directive, resolution, regulation or decision, with its number."""

    type: Literal["directive"]
    kind: DirectiveKind
    number: Annotated[Text, Field(pattern=r"^\d+[A-Za-z]?-[A-ZĐ]+(?:/[A-ZĐ]+)+$")]
    issued_by: Ref
    name: Names


class Document(Item):
    """A congress document: political report, review report, resolution, action programme."""

    type: Literal["document"]
    kind: DocumentKind
    name: Names
    for_congress: Ref | None = None
    of_congress: Ref | None = None
    draft: Whole | None = Field(default=None, ge=1)


class Programme(Item):
    """A programme (chương trình) that is part of a document."""

    type: Literal["programme"]
    name: Names
    part_of: Ref


class Observation(Item):
    """A dated count about an organisation: members, base organisations, cells."""

    type: Literal["observation"]
    of: Ref
    measure: Measure
    value: Whole = Field(ge=0)
    as_of: Date
    scope: Names | None = None


class Tally(Item):
    """A dated tally "done of total", such as cadres whose political history was reviewed."""

    type: Literal["tally"]
    of: Ref
    measure: TallyMeasure
    population: Names
    done: Whole = Field(ge=0)
    total: Whole = Field(ge=0)
    as_of: Date


class Holding(Item):
    """A person holding a post, at a date or over a period."""

    type: Literal["holding"]
    person: Ref
    post: Ref
    as_of: Date | None = None
    from_: Date | None = Field(default=None, alias="from")
    until: Date | None = None


class Subordination(Item):
    """An organisation placed under another, at a date or over a period."""

    type: Literal["subordination"]
    child: Ref
    parent: Ref
    as_of: Date | None = None
    from_: Date | None = Field(default=None, alias="from")
    until: Date | None = None


class Task(Item):
    """A planned or completed piece of work, with its deadline and status as of a date."""

    type: Literal["task"]
    name: Names
    status: TaskStatus
    as_of: Date
    responsible: list[Ref] = Field(default_factory=list)
    due_before: Date | None = None
    completed_by: Date | None = None
    concerns: list[Ref] = Field(default_factory=list)
    governed_by: list[Ref] = Field(default_factory=list)
    count: Whole | None = Field(default=None, ge=0)


class Session(Item):
    """A working session between bodies, with participants and what it was about."""

    type: Literal["session"]
    name: Names
    date: Date
    participants: list[Ref] = Field(min_length=1)
    about: list[Ref] = Field(default_factory=list)
    outcome: Names | None = None


class Event(Item):
    """Any other reported event, with participants."""

    type: Literal["event"]
    name: Names
    date: Date | None = None
    participants: list[Ref] = Field(default_factory=list)
    about: list[Ref] = Field(default_factory=list)


class Change(Item):
    """An organisation created, merged, split, renamed or dissolved."""

    type: Literal["change"]
    kind: ChangeKind
    date: Date
    from_: list[Ref] = Field(default_factory=list, alias="from")
    to: list[Ref] = Field(default_factory=list)
    instrument: Ref | None = None
    new_name: Names | None = None


Entity = Annotated[
    Organisation | Body | Person | Place | Post | Term | Congress | Directive | Document
    | Programme,
    Field(discriminator="type"),
]
Fact = Annotated[
    Observation | Tally | Holding | Subordination | Task | Session | Event | Change,
    Field(discriminator="type"),
]


class SourceBlock(_Strict):
    """Where the facts come from: the article and its stored text."""

    id: Slug
    outlet: Text = Field(min_length=1)
    outlet_code: Text | None = None
    title: Text | None = None
    published: Date
    url: Annotated[Text, Field(pattern=r"^https?://\S+$")] | None = None
    text: Text = Field(min_length=1)
    language: Literal["vi", "en"] = "vi"


class FactSheetModel(_Strict):
    """A whole fact sheet."""

    source: SourceBlock
    entities: list[Entity] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
