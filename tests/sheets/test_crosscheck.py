"""sheets.crosscheck: outlines, the checks across sheets, and canonical names."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from partygraph.sheets.crosscheck import (
    CanonicalNames,
    SheetOutline,
    check_outlines,
    with_article,
)

A = Path("a.yaml")
B = Path("b.yaml")


def outline(file: Path, source: str, declared: Sequence[tuple[str, str, int]] = (),
            references: Sequence[tuple[str, str, str, tuple[str, ...], int]] = (),
            names: dict[str, dict[str, str]] | None = None) -> SheetOutline:
    return SheetOutline(file, source, 1, tuple(declared), tuple(references), names or {})


def test_a_consistent_corpus_gives_every_type_and_no_problem() -> None:
    first = outline(A, "a", [("party", "organisation", 5)],
                    [("obs", "of", "party", ("organisation", "body"), 9)])
    second = outline(B, "b", [("party", "organisation", 3), ("town", "place", 8)],
                     [("obs2", "of", "party", (), 12), ("party", "place", "town", ("place",), 4)])
    types, problems = check_outlines([first, second])
    assert types == {"party": "organisation", "town": "place"}
    assert problems == []


def test_a_reference_may_name_an_entity_a_later_sheet_declares() -> None:
    first = outline(A, "a", references=[("obs", "of", "party", ("organisation",), 9)])
    second = outline(B, "b", [("party", "organisation", 3)])
    assert check_outlines([first, second]) == ({"party": "organisation"}, [])


def test_each_kind_of_problem_with_file_and_line() -> None:
    first = outline(A, "same", [("party", "organisation", 5)],
                    [("obs", "of", "nowhere", (), 9),
                     ("holding", "post", "party", ("post",), 11),
                     ("task", "responsible", "party", ("body", "person"), 13)])
    second = outline(B, "same", [("party", "place", 3)])
    types, problems = check_outlines([first, second])
    assert types == {"party": "organisation"}
    assert [(p.file, p.line, p.message) for p in problems] == [
        (B, 1, "source id 'same' is also used by a.yaml"),
        (B, 3, "'party' is declared as place here but as organisation at a.yaml:5"),
        (A, 9, "'obs' field 'of' names unknown entity 'nowhere' (declare it under entities)"),
        (A, 11, "'holding' field 'post' must name a post, but 'party' is an organisation"),
        (A, 13, "'task' field 'responsible' must name a body or person, but 'party' is an "
                "organisation"),
    ]


def test_a_wrong_type_is_named_with_an_before_a_vowel_sound() -> None:
    first = outline(A, "a", [("lich", "person", 3), ("congress", "event", 4)],
                    [("obs", "of", "lich", ("organisation", "body"), 9),
                     ("holding", "person", "congress", ("person",), 11)])
    assert [p.message for p in check_outlines([first])[1]] == [
        "'obs' field 'of' must name an organisation or body, but 'lich' is a person",
        "'holding' field 'person' must name a person, but 'congress' is an event",
    ]


def test_the_article_follows_the_first_sound() -> None:
    assert [with_article(w) for w in ("organisation", "observation", "event", "instrument",
                                      "attendance", "organ", "body", "post", "unit",
                                      "Organisation")] == [
        "an organisation", "an observation", "an event", "an instrument", "an attendance",
        "an organ", "a body", "a post", "a unit", "an Organisation"]


def test_an_outline_survives_json() -> None:
    original = outline(Path("data/sheets/a.yaml"), "a", [("party", "organisation", 5)],
                       [("obs", "of", "party", ("organisation", "body"), 9)],
                       {"party": {"vi": "Đảng bộ", "en": "Party"}})
    data = json.loads(json.dumps(original.to_json(), ensure_ascii=False))
    back = SheetOutline.from_json(data)
    assert back.file == original.file
    assert (back.source_id, back.source_line) == ("a", 1)
    assert [tuple(d) for d in back.declared] == list(original.declared)
    assert [(*r[:3], tuple(r[3]), r[4]) for r in back.references] == list(original.references)
    assert back.names == original.names
    assert check_outlines([back]) == check_outlines([original])


def test_the_canonical_name_is_the_most_given_then_the_first() -> None:
    names = CanonicalNames([
        outline(A, "a", names={"party": {"vi": "Một", "en": "One"}}),
        outline(B, "b", names={"party": {"vi": "Hai"}}),
    ])
    assert names.of("party") == {"vi": "Một", "en": "One"}  # a tie: the first sheet's
    names.add(outline(Path("c.yaml"), "c", names={"party": {"vi": "Hai"}}))
    assert names.of("party") == {"vi": "Hai", "en": "One"}
    assert names.of("unknown") == {}


# Steps: a sheet naming entities ({entity: {language: wording}}), or a name asked for.
_NAMES = st.dictionaries(st.sampled_from(["party", "town"]),
                         st.dictionaries(st.sampled_from(["vi", "en"]),
                                         st.sampled_from(["Một", "Hai", "Ba"]), max_size=2),
                         max_size=2)
_STEPS = st.lists(st.one_of(_NAMES, st.sampled_from(["party", "town", "unknown"])), max_size=12)


@given(_STEPS)
def test_names_counted_as_sheets_come_are_those_of_counting_every_sheet_again(
        steps: list[dict[str, dict[str, str]] | str]) -> None:
    """Whatever the order of adding sheets and asking names, each answer is the most given
    wording a language, the first given on a tie, counted over every sheet added so far."""
    names, added = CanonicalNames(), []
    for n, step in enumerate(steps):
        if isinstance(step, dict):
            names.add(outline(Path(f"{n}.yaml"), str(n), names=step))
            added.append(step)
            continue
        expected: dict[str, str] = {}
        for language in dict.fromkeys(lang for sheet in added for lang in sheet.get(step, {})):
            wordings = [sheet[step][language] for sheet in added
                        if language in sheet.get(step, {})]
            expected[language] = max(dict.fromkeys(wordings), key=wordings.count)
        assert names.of(step) == expected


def test_the_names_key_changes_with_the_chosen_names_alone() -> None:
    names = CanonicalNames([outline(A, "a", names={"party": {"vi": "Một"}, "town": {"vi": "X"}})])
    key = names.key(["party", "town"])
    assert key == names.key(["town", "party", "town"])  # order and repeats do not matter
    assert len(key) == 16
    assert names.key(["party"]) != key
    names.add(outline(B, "b", names={"town": {"vi": "Y"}}))
    assert names.key(["party", "town"]) == key  # a tie: still the first sheet's wording
    names.add(outline(Path("c.yaml"), "c", names={"town": {"vi": "Y"}}))
    assert names.key(["party", "town"]) != key
    assert names.key(["party"]) == CanonicalNames(
        [outline(A, "a", names={"party": {"vi": "Một"}})]).key(["party"])
