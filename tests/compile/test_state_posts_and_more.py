"""The compiler on the newer vocabulary (SYNTHETIC sheets): state organs and their posts,
congress dates known by the opening day or held on one day, the venue, how a holder was
chosen, approximate figures and attendance in a capacity."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from partygraph.compile.compiler import compile_sheet
from partygraph.errors import PartygraphError
from partygraph.rdf.vocab import PG
from partygraph.sheets import schema
from tests.conftest import repo_vocabulary
from tests.small_sheet import SOURCE as HEAD

from .test_compiler import expand, write_sheet

TYPES = {"ubnd": "organ", "chair": "post", "person-a": "person", "party": "organisation",
         "congress": "congress", "secretary": "post", "committee": "body", "commune": "place"}


def triples(tmp_path: Path, body: str) -> set[tuple[str, str, str]]:
    sheet = write_sheet(tmp_path, HEAD + body)
    graph = compile_sheet(sheet, TYPES, tmp_path, repo_vocabulary())
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


@pytest.mark.parametrize(("kind", "cls", "role", "role_class"), [
    ("military-command", "pg:MilitaryCommand", "political-commissar", "pg:PoliticalCommissar"),
    ("military-command", "pg:MilitaryCommand", "commander", "pg:Commander"),
    ("police", "pg:Police", "director", "pg:Director")])
def test_a_military_command_and_the_police_are_organs_with_their_posts(
        tmp_path: Path, kind: str, cls: str, role: str, role_class: str) -> None:
    """The armed forces' and police's posts party cadres hold (Chính trị viên Ban Chỉ huy
    Quân sự huyện, Giám đốc Công an tỉnh) are posts in organs of their own kinds."""
    found = triples(tmp_path, f"""\
entities:
  - id: ubnd
    type: organ
    kind: {kind}
    place: commune
    name: {{vi: Ban Chỉ huy Quân sự xã Thử Nghiệm}}
    quote: Đảng bộ xã Thử Nghiệm
  - id: commune
    type: place
    kind: commune
    name: {{vi: xã Thử Nghiệm}}
    quote: Đảng bộ xã Thử Nghiệm
  - id: chair
    type: post
    role: {role}
    in: ubnd
    name: {{vi: Chính trị viên Ban Chỉ huy Quân sự xã}}
    quote: Đảng bộ xã Thử Nghiệm
""")
    assert has(found, "id:organ/ubnd", "rdf:type", cls)
    assert (expand("id:post/chair"), "<http://www.w3.org/ns/org#role>",
            expand(role_class)) in found
    vocabulary = repo_vocabulary()
    assert expand(role_class).strip("<>") in {
        str(iri) for iri in vocabulary.members(PG.StateRoles)}


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


def test_party_and_state_roles_are_roles_and_apart() -> None:
    """pgsh:PostRoleFitsShape reads pg:PartyRoles and pg:StateRoles: both hold roles only,
    and no role is in both."""
    vocabulary = repo_vocabulary()
    roles = {c.iri for c in vocabulary.schemes["post.role"].concepts.values()}
    party, state = vocabulary.members(PG.PartyRoles), vocabulary.members(PG.StateRoles)
    assert party and state
    assert party <= roles and state <= roles
    assert not party & state


SHARE = """\
facts:
  - id: share
    type: observation
    of: party
    measure: clean-and-strong
    {figure}
    approx: over
    as_of: 2020-06
    quote: có 120 đảng viên
"""


def test_a_share_is_a_decimal_percent_kept_apart_from_counts(tmp_path: Path) -> None:
    """"trên 87,5%" is percent 87.5 with approx over: pg:percent, never pg:value."""
    found = triples(tmp_path, SHARE.format(figure="percent: 87.5"))
    fact = "id:source/test-sheet/share"
    assert has(found, fact, "pg:percent", expand('"87.5"^^xsd:decimal'))
    assert has(found, fact, "pg:approximation", "pg:ApproxOver")
    assert not any(p == expand("pg:value") for _, p, _ in found)


@pytest.mark.parametrize(("figure", "message"), [
    ("percent: 87.5\n    value: 40", "either a count (value: 2457) or a share"),
    ("scope: {vi: chi bộ}", "either a count (value: 2457) or a share"),
    ("percent: 187", "must be a share in per cent from 0 to 100"),
    ("percent: '87,5'", "the article's 87,5% is 87.5), not '87,5'"),
    ("percent: ~", "must be a share in per cent from 0 to 100"),
])
def test_a_figure_is_one_count_or_one_share(tmp_path: Path, figure: str, message: str) -> None:
    with pytest.raises(PartygraphError, match=re.escape(message)):
        triples(tmp_path, SHARE.format(figure=figure))


def test_a_provisional_body_says_so_and_an_elected_one_says_nothing(tmp_path: Path) -> None:
    found = triples(tmp_path, """\
entities:
  - id: party
    type: organisation
    form: committee
    level: commune
    name: {vi: Đảng bộ xã Thử Nghiệm}
    quote: Đảng bộ xã Thử Nghiệm
  - id: committee
    type: body
    kind: executive-committee
    of: party
    provisional: true
    name: {vi: Ban Chấp hành Đảng bộ xã Thử Nghiệm lâm thời}
    quote: Đảng bộ xã Thử Nghiệm
  - id: standing
    type: body
    kind: standing-committee
    of: party
    name: {vi: Ban Thường vụ Đảng ủy xã Thử Nghiệm}
    quote: Đảng bộ xã Thử Nghiệm
""")
    true = '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>'
    assert has(found, "id:body/committee", "pg:provisional", true)
    assert not any(s == expand("id:body/standing") and p == expand("pg:provisional")
                   for s, p, _ in found)
