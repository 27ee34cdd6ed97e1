"""The compiler on the newer vocabulary (SYNTHETIC sheets): state organs and their posts,
congress dates known by the opening day or held on one day, the venue, how a holder was
chosen, approximate figures and attendance in a capacity."""

from __future__ import annotations

from pathlib import Path

import pytest

from partygraph.compile.compiler import compile_sheet
from partygraph.errors import PartygraphError
from partygraph.rdf.vocab import (
    APPROXIMATIONS,
    ORGAN_CLASSES,
    PARTY_ROLES,
    ROLES,
    SELECTIONS,
    STATE_ROLES,
)
from partygraph.sheets import schema

from .test_compiler import expand, write_sheet

HEAD = """\
source:
  id: test-sheet
  outlet: Test outlet
  published: 2020-06
  text: ../articles/test-sheet.txt
"""
TYPES = {"ubnd": "organ", "chair": "post", "person-a": "person", "party": "organisation",
         "congress": "congress", "secretary": "post", "committee": "body", "commune": "place"}


def triples(tmp_path: Path, body: str) -> set[tuple[str, str, str]]:
    sheet = write_sheet(tmp_path, HEAD + body)
    graph = compile_sheet(sheet, TYPES, tmp_path)
    found = set()
    for line in graph.nquads():
        s, p, o = line.rsplit(" ", 2)[0].split(" ", 2)
        found.add((s, p, o))
    return found


def has(found: set[tuple[str, str, str]], s: str, p: str, o: str) -> bool:
    return (expand(s), expand(p), expand(o) if not o.startswith('"') else o) in found


def test_an_organ_is_a_state_organ_of_its_kind_in_its_place(tmp_path: Path) -> None:
    found = triples(tmp_path, """\
entities:
  - id: ubnd
    type: organ
    kind: peoples-committee
    place: commune
    name: {vi: Ủy ban nhân dân xã Thử Nghiệm}
    quote: Đảng bộ xã Thử Nghiệm
  - id: commune
    type: place
    kind: commune
    name: {vi: xã Thử Nghiệm}
    quote: Đảng bộ xã Thử Nghiệm
  - id: chair
    type: post
    role: chairperson
    in: ubnd
    name: {vi: Chủ tịch UBND xã}
    quote: Đảng bộ xã Thử Nghiệm
""")
    organ = "id:organ/ubnd"
    assert has(found, organ, "rdf:type", "pg:StateOrgan")
    assert has(found, organ, "rdf:type", "pg:PeoplesCommittee")
    assert has(found, organ, "pg:organOf", "id:place/commune")
    assert (expand("id:post/chair"), "<http://www.w3.org/ns/org#postIn>",
            expand(organ)) in found
    assert (expand("id:post/chair"), "<http://www.w3.org/ns/org#role>",
            expand("pg:Chairperson")) in found


@pytest.mark.parametrize(("held", "to"), [("{from: 2020-06-03}", None),
                                          ("2020-06-03", '"2020-06-03"^^xsd:date'),
                                          ("{from: 2020-06-03, to: 2020-06-05}",
                                           '"2020-06-05"^^xsd:date')])
def test_a_congress_may_be_known_by_its_opening_day_or_held_on_one(
        tmp_path: Path, held: str, to: str | None) -> None:
    found = triples(tmp_path, f"""\
entities:
  - id: congress
    type: congress
    of: party
    kind: members
    held: {held}
    venue: {{vi: Hội trường xã}}
    name: {{vi: Đại hội}}
    quote: Đảng bộ xã Thử Nghiệm
""")
    congress = "id:congress/congress"
    assert has(found, congress, "pg:heldFrom", expand('"2020-06-03"^^xsd:date'))
    closing = {o for s, p, o in found if p == expand("pg:heldTo")}
    assert closing == ({expand(to)} if to else set())
    assert has(found, congress, "pg:venue", '"Hội trường xã"@vi')


def test_held_dates_take_no_text() -> None:
    with pytest.raises(ValueError, match="take no text"):
        schema.HeldDates.model_validate({"from": "2020-06-03", "text": "sáng 3-6"})


def test_selection_approximation_and_attendance(tmp_path: Path) -> None:
    found = triples(tmp_path, """\
facts:
  - id: h
    type: holding
    person: person-a
    post: secretary
    from: 2020-06-03
    selection: elected-at-congress
    congress: congress
    quote: Đảng bộ xã Thử Nghiệm
  - id: members
    type: observation
    of: party
    measure: members
    value: 120
    approx: more-than
    as_of: 2020-06
    quote: có 120 đảng viên
  - id: a
    type: attendance
    person: person-a
    event: {vi: Hội nghị}
    date: 2020-06-03
    capacity: [secretary, chair]
    quote: Đảng bộ xã Thử Nghiệm
""")
    fact = "id:source/test-sheet/"
    assert has(found, fact + "h", "pg:selection", "pg:ElectedAtCongress")
    assert has(found, fact + "h", "pg:chosenAt", "id:congress/congress")
    assert has(found, fact + "members", "pg:approximation", "pg:ApproxMoreThan")
    assert has(found, fact + "a", "rdf:type", "pg:Attendance")
    assert has(found, fact + "a", "pg:attendee", "id:person/person-a")
    assert has(found, fact + "a", "pg:capacity", "id:post/secretary")
    assert has(found, fact + "a", "pg:capacity", "id:post/chair")
    assert has(found, fact + "a", "pg:occasion", '"Hội nghị"@vi')
    assert has(found, fact + "a", "pg:date", expand('"2020-06-03"^^xsd:date'))


@pytest.mark.parametrize("occasion", ["", "    congress: congress\n    event: {vi: Hội nghị}\n"])
def test_an_attendance_names_one_congress_or_one_event(tmp_path: Path, occasion: str) -> None:
    with pytest.raises(PartygraphError, match="either a congress"):
        write_sheet(tmp_path, HEAD + f"""\
facts:
  - id: a
    type: attendance
    person: person-a
{occasion}    capacity: [secretary]
    quote: Đảng bộ xã Thử Nghiệm
""")


def test_vocabulary_tables_match_the_schema() -> None:
    from typing import get_args

    assert set(ORGAN_CLASSES) == set(get_args(schema.OrganKind))
    assert set(SELECTIONS) == set(get_args(schema.Selection))
    assert set(APPROXIMATIONS) == set(get_args(schema.Approximation))
    assert set(ROLES) == set(get_args(schema.Role))
    assert set(PARTY_ROLES) <= set(ROLES) and set(STATE_ROLES) <= set(ROLES)
    assert not set(PARTY_ROLES) & set(STATE_ROLES)


def test_the_role_rule_lists_the_party_and_state_roles() -> None:
    """pgsh:PostRoleFitsShape names the same roles as PARTY_ROLES and STATE_ROLES."""
    text = (Path(__file__).parents[2] / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
    rule = text.split("pgsh:PostRoleFitsShape a sh:NodeShape", 1)[1].split("\n\n", 1)[0]
    for role in (*PARTY_ROLES, *STATE_ROLES):
        local = ROLES[role].split("#", 1)[1]
        assert f"pg:{local}" in rule, role
