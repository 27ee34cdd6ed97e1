"""Drafts link to what the project's sheets already declare (tests/fixtures/draft-link, all
SYNTHETIC): one match reuses its id and name, an ambiguous match (two candidates, or names
equal only once diacritics are folded) gets a new id and both candidates in its note, and
the linked draft builds and validates with the sheets it links to."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from partygraph.draft.link import Corpus, mint_id, read_corpus
from partygraph.draft.write import DraftResult
from partygraph.project import Project
from partygraph.sheets.located_yaml import load_located
from partygraph.store.build import build
from partygraph.tasks import draft_sheet, validate_project

from ..conftest import FIXTURES, copy_project, run_cli

LINK = FIXTURES / "draft-link"
ARTICLE = LINK / "new" / "synthetic-link-2020-10-suoi-mau-congress.txt"
EXPECTED: dict[str, Any] = yaml.safe_load((LINK / "expected.yaml").read_text("utf-8"))


def link_project(root: Path) -> Project:
    """A project holding the fixture's reviewed sheets and their articles."""
    project = copy_project(root, with_data=False)
    for part in ("articles", "sheets"):
        shutil.copytree(LINK / part, project.data_dir / part)
    return project


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, DraftResult]:
    project = link_project(tmp_path_factory.mktemp("link"))
    return project, draft_sheet(project, ARTICLE)


def _entities(done: DraftResult) -> dict[str, dict[str, Any]]:
    data = load_located(done.sheet).data
    return {item["id"]: item for item in data["entities"]}


def _corpus_names(project: Project) -> dict[str, dict[str, str]]:
    names = {}
    for file in project.sheet_files():
        if file.name.startswith("synthetic-link-2020-10"):
            continue
        for item in load_located(file).data["entities"]:
            names[item["id"]] = item["name"]
    return names


def test_linked_entities_reuse_the_ids_and_names_the_sheets_give(
        drafted: tuple[Project, DraftResult]) -> None:
    project, done = drafted
    entities = _entities(done)
    names = _corpus_names(project)
    for ident in EXPECTED["linked"]:
        assert ident in entities, (ident, sorted(entities))
        assert entities[ident]["name"] == names[ident], ident  # no name to warn about
        assert f"linked to {ident}" in entities[ident]["note"]
    assert done.linked == len(EXPECTED["linked"])


def test_ambiguous_matches_get_new_ids_and_name_both_candidates(
        drafted: tuple[Project, DraftResult]) -> None:
    entities = _entities(drafted[1])
    for ident, candidates in EXPECTED["ambiguous"].items():
        assert ident in entities, (ident, sorted(entities))
        note = entities[ident]["note"]
        assert "ambiguous" in note and "linked to" not in note
        for candidate in candidates:
            assert candidate in note, (ident, candidate, note)
    # Đồng Mẫu is not Đông Mẫu: the note says why they were not merged
    assert "diacritics" in entities["dong-mau-commune-2"]["note"]
    assert entities["dong-mau-commune-2"]["name"]["vi"] == "xã Đồng Mẫu"


def test_new_entities_keep_the_drafters_ids(drafted: tuple[Project, DraftResult]) -> None:
    entities = _entities(drafted[1])
    expected = {*EXPECTED["linked"], *EXPECTED["ambiguous"], *EXPECTED["new"]}
    assert set(entities) == expected
    for ident in EXPECTED["new"]:
        assert "linked to" not in entities[ident]["note"]


def test_references_follow_the_linked_ids(drafted: tuple[Project, DraftResult]) -> None:
    data = load_located(drafted[1].sheet).data
    facts = {item["type"] + ":" + str(item.get("of") or item.get("person")): item
             for item in data["facts"]}
    assert "observation:suoi-mau-party" in facts
    assert "observation:dong-mau-commune-party-2" in facts
    holdings = [f for f in data["facts"] if f["type"] == "holding"]
    assert {(h["person"], h["post"]) for h in holdings} == {
        ("tran-van-mau-phuc-1", "suoi-mau-secretary"),
        ("le-thi-mau-hoa", "suoi-mau-district-standing-member")}
    entities = _entities(drafted[1])
    assert entities["suoi-mau-district-standing-member"]["in"] == "suoi-mau-standing"
    assert entities["suoi-mau-district-congress-20"]["of"] == "suoi-mau-party"


def test_linked_draft_builds_and_validates_with_the_corpus(
        drafted: tuple[Project, DraftResult]) -> None:
    project, _done = drafted
    summary = build(project)
    assert summary.sources == 3
    report = validate_project(project)
    assert report.count("violation") == 0, [r.message for r in report.results]
    assert report.count("warning") == 0, [r.message for r in report.results]
    # Besides the unreviewed drafts, the person drafted under a third id, as the project
    # knows two namesakes of that name (told apart by different_from): one to settle.
    assert sorted((r.focus, r.value) for r in report.results if r.shape == "sheets:same-person") \
        == [("le-thi-mau-hoa", f"{twin} ({sheet})") for twin, sheet in (
            ("le-thi-mau-hoa-dong-mau",
             "data/sheets/synthetic-link-2020-05-suoi-mau-district-figures.yaml:82"),
            ("le-thi-mau-hoa-ngan-mau",
             "data/sheets/synthetic-link-2020-08-ngan-mau-district-namesake.yaml:33"))]
    assert all("UnreviewedDraft" in r.shape for r in report.results
               if r.shape != "sheets:same-person")


def test_cli_draft_says_how_many_were_linked(tmp_path: Path) -> None:
    link_project(tmp_path)
    result = run_cli("draft", str(ARTICLE), root=tmp_path)
    assert result.exit_code == 0, result.output
    assert f"({len(EXPECTED['linked'])} already declared by other sheets)" in result.output


def test_mint_id_takes_the_first_free_suffix() -> None:
    assert mint_id("an-khe-town-party", set()) == "an-khe-town-party"
    assert mint_id("an-khe-town-party", {"an-khe-town-party"}) == "an-khe-town-party-2"
    taken = {"x", "x-2", "x-3"}
    assert mint_id("x", taken) == "x-4"


def _item(ident: str, vi: str, **fields: Any) -> dict[str, Any]:
    return {"id": ident, "type": "place", "kind": "town", "name": {"vi": vi}, **fields}


def test_case_alone_links_diacritics_do_not() -> None:
    corpus = Corpus()
    corpus.add("a.yaml", [_item("an-khe", "Thị xã An Khê"), _item("dong-mau", "xã Đông Mẫu")])
    from partygraph.draft.link import link_items

    same_case = [_item("an-khe-town", "thị xã An Khê", note="place")]
    link_items(same_case, [], corpus)
    assert same_case[0]["id"] == "an-khe"
    assert same_case[0]["name"] == {"vi": "Thị xã An Khê"}  # as the sheet names it

    other_tone = [_item("dong-mau", "xã Đồng Mẫu", note="place")]
    link_items(other_tone, [], corpus)
    assert other_tone[0]["id"] == "dong-mau-2"
    assert "dong-mau (xã Đông Mẫu)" in other_tone[0]["note"]

    other_kind = [_item("an-khe-town", "thị xã An Khê", note="place", kind="district")]
    link_items(other_kind, [], corpus)
    assert other_kind[0]["id"] == "an-khe-town"  # kind differs: not the same place


def test_a_sheet_that_does_not_parse_is_skipped_not_fatal(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("entities:\n  - {id: a, type: person, name: {vi: Lê Văn A}}\n", "utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("entities: [\n", encoding="utf-8")
    corpus = read_corpus([bad, good])
    assert "a" in corpus
    assert len(corpus.skipped) == 1 and "bad.yaml" in corpus.skipped[0]


def test_cli_warns_about_a_sheet_it_could_not_read(tmp_path: Path) -> None:
    project = link_project(tmp_path)
    (project.data_dir / "sheets" / "broken.yaml").write_text("entities: [\n", "utf-8")
    result = run_cli("draft", str(ARTICLE), root=tmp_path)
    assert result.exit_code == 0, result.output
    assert "warning: " in result.stderr and "broken.yaml:2" in result.stderr
    assert "(so its entities were not linked)" in result.stderr
    assert f"({len(EXPECTED['linked'])} already declared" in result.stdout


def test_fields_the_sheets_give_otherwise_follow_the_sheets() -> None:
    from partygraph.draft.link import link_items

    corpus = Corpus()
    corpus.add("a.yaml", [
        {"id": "x-party", "type": "organisation", "form": "cell", "level": "base",
         "name": {"vi": "Chi bộ xã X", "en": "X cell"}},
        {"id": "x-congress-3", "type": "congress", "of": "x-party", "ordinal": 3,
         "kind": "members", "name": {"vi": "Đại hội Chi bộ xã X lần thứ III"},
         "planned": {"from": "2020-05-01", "to": "2020-05-10"}}])
    org: dict[str, Any] = {
        "id": "x-commune-party", "type": "organisation", "form": "committee", "level": "base",
        "name": {"vi": "Chi bộ xã X"}, "note": "organisation"}
    congress: dict[str, Any] = {
        "id": "x-commune-congress-3", "type": "congress", "of": "x-commune-party",
        "ordinal": 3, "kind": "delegates", "name": {"vi": "Đại hội lần thứ III"},
        "planned": {"from": "2020-06-01", "to": "2020-06-10"}, "note": "congress"}
    link_items([org, congress], [], corpus)
    assert org["id"] == "x-party" and org["form"] == "cell"  # required: the sheets' value
    assert org["name"] == {"vi": "Chi bộ xã X", "en": "X cell"}
    assert congress["id"] == "x-congress-3" and congress["of"] == "x-party"
    assert congress["kind"] == "members"
    assert "planned" not in congress  # left to the sheet that gives it
    assert "planned {'from': '2020-06-01'" in congress["note"]


def test_two_drafted_items_never_take_one_id() -> None:
    from partygraph.draft.link import link_items

    corpus = Corpus()
    corpus.add("a.yaml", [{"id": "t", "type": "term", "of": "o", "ordinal": 17,
                           "start_year": 2020, "end_year": 2025, "name": {"vi": "khóa XVII"}}])
    years: dict[str, Any] = {
        "id": "o-term-2020-2025", "type": "term", "of": "o", "start_year": 2020,
        "end_year": 2025, "name": {"vi": "nhiệm kỳ 2020-2025"}, "note": "term"}
    ordinal: dict[str, Any] = {"id": "o-term-17", "type": "term", "of": "o", "ordinal": 17,
                               "name": {"vi": "khóa XVII"}, "note": "term"}
    link_items([years, ordinal], [], corpus)
    assert years["id"] == "t"
    assert ordinal["id"] == "o-term-17" and "another drafted item" in ordinal["note"]


def test_an_id_another_sheet_uses_for_another_thing_is_not_reused() -> None:
    from partygraph.draft.link import link_items

    corpus = Corpus()
    corpus.add("a.yaml", [{"id": "ta-mau-commune", "type": "organisation", "form": "cell",
                           "level": "base", "name": {"vi": "Chi bộ Tà Mẫu"}}])
    place: dict[str, Any] = _item("ta-mau-commune", "xã Tà Mẫu", note="place", kind="commune")
    org: dict[str, Any] = {"id": "ta-mau-commune-party", "type": "organisation",
                           "form": "committee", "level": "base", "place": "ta-mau-commune",
                           "name": {"vi": "Đảng bộ xã Tà Mẫu"}, "note": "organisation"}
    link_items([place, org], [], corpus)
    assert place["id"] == "ta-mau-commune-2"  # the id names an organisation there
    assert "another sheet gives the id ta-mau-commune to" in place["note"]
    assert "of type organisation" in place["note"]
    assert org["id"] == "ta-mau-commune-party" and org["place"] == "ta-mau-commune-2"


def _province_corpus() -> Corpus:
    """Two organisations of one name: the former one, merged on 1 July 2025 into the one
    founded on its basis (the Conventions' *organisation merged into a new one of the same
    name*), as two SYNTHETIC sheets would declare them."""
    corpus = Corpus()
    org = {"type": "organisation", "form": "committee", "level": "provincial",
           "name": {"vi": "Đảng bộ tỉnh Khảm Mẫu"}}
    corpus.add("a.yaml", [{"id": "kham-mau-provincial-party-old", **org},
                          {"id": "kham-mau-provincial-party", **org}])
    corpus.add_facts([{"id": "merged", "type": "change", "kind": "merged",
                       "date": "2025-07-01", "from": ["kham-mau-provincial-party-old",
                                                      "other-provincial-party"],
                       "to": ["kham-mau-provincial-party"]},
                      {"id": "unrelated", "type": "observation"}])
    return corpus


def _drafted_org(ident: str = "kham-mau-provincial-party") -> dict[str, Any]:
    return {"id": ident, "type": "organisation", "form": "committee", "level": "provincial",
            "name": {"vi": "Đảng bộ tỉnh Khảm Mẫu"}, "note": "organisation"}


@pytest.mark.parametrize(("published", "expected"), [
    ("2024-03-12", "kham-mau-provincial-party-old"),
    ("2025-06-30", "kham-mau-provincial-party-old"),
    ("2025-07-01", "kham-mau-provincial-party"),
    ("2025-09", "kham-mau-provincial-party")])
def test_one_of_two_of_a_name_is_linked_by_the_day_the_article_was_published(
        published: str, expected: str) -> None:
    from partygraph.draft.link import link_items
    from partygraph.util.dates import parse_partial_date

    org = _drafted_org()
    link_items([org], [], _province_corpus(), parse_partial_date(published))
    assert org["id"] == expected
    assert "of the same name: the one in being when the article was published" in org["note"]


def test_without_a_date_or_a_change_two_of_a_name_stay_ambiguous() -> None:
    from partygraph.draft.link import link_items
    from partygraph.util.dates import parse_partial_date

    org = _drafted_org()
    link_items([org], [], _province_corpus())
    assert org["id"] == "kham-mau-provincial-party-2" and "ambiguous" in org["note"]
    corpus = Corpus()  # the same two, but no sheet says which ended
    corpus.add("a.yaml", [{**_drafted_org("a"), "note": None}, {**_drafted_org("b")}])
    org = _drafted_org()
    link_items([org], [], corpus, parse_partial_date("2025-09"))
    assert org["id"] == "kham-mau-provincial-party" and "ambiguous" in org["note"]


def test_an_article_that_reports_the_founding_links_former_and_founded_alike() -> None:
    """Published in July 2025, when both may be meant: the draft's own change says which
    of its two items of the name ended and which began."""
    from partygraph.draft.link import link_items
    from partygraph.util.dates import parse_partial_date

    old, new = _drafted_org("kham-mau-provincial-party-old"), _drafted_org()
    change = {"id": "parties-merged", "type": "change", "kind": "merged",
              "date": "2025-07-01", "from": [old["id"], "sang-mau-provincial-party"],
              "to": [new["id"]]}
    link_items([old, new], [change], _province_corpus(), parse_partial_date("2025-07"))
    assert old["id"] == "kham-mau-provincial-party-old"
    assert new["id"] == "kham-mau-provincial-party"
    assert change["from"][0] == old["id"] and change["to"] == [new["id"]]
    assert "the one the sheets' changes end" in old["note"]
    assert "the one the sheets' changes begin" in new["note"]


def test_a_former_organisation_links_to_the_id_its_founded_one_was_drafted_with() -> None:
    """A 2025 article founding *Đảng bộ xã Khảm Mẫu* on a merger with the former one of its
    name, in a project whose 2020 sheet declares the former under the plain id: the drafted
    former one takes that id, the founded one a new one, and every reference follows
    (the change's ``from`` and ``to``, a subordination's ``child``) however it was drafted."""
    from partygraph.draft.link import link_items
    from partygraph.util.dates import parse_partial_date

    corpus = Corpus()
    corpus.add("2020.yaml", [{"id": "kham-mau-commune-party", "type": "organisation",
                              "form": "committee", "level": "base",
                              "name": {"vi": "Đảng bộ xã Khảm Mẫu"}}])
    org = {"type": "organisation", "form": "committee", "name": {"vi": "Đảng bộ xã Khảm Mẫu"},
           "note": "organisation"}
    new = {"id": "kham-mau-commune-party", "level": "commune", **org}
    old = {"id": "kham-mau-commune-party-old", "level": "base", **org}
    change: dict[str, Any] = {
        "id": "merged", "type": "change", "kind": "merged", "date": "2025-07-01",
        "from": ["kham-mau-commune-party-old", "sang-mau-commune-party"],
        "to": ["kham-mau-commune-party"]}
    under = {"id": "under", "type": "subordination", "child": "kham-mau-commune-party",
             "parent": "x-provincial-party"}
    link_items([new, old], [change, under], corpus, parse_partial_date("2025-07"))
    assert old["id"] == "kham-mau-commune-party" and "linked to" in old["note"]
    assert new["id"] == "kham-mau-commune-party-2"
    assert change["from"] == ["kham-mau-commune-party", "sang-mau-commune-party"]
    assert change["to"] == ["kham-mau-commune-party-2"]
    assert under["child"] == "kham-mau-commune-party-2"


def test_every_reference_field_of_the_format_is_followed() -> None:
    from partygraph.draft.link import REFERENCE_FIELDS
    from partygraph.sheets.schema import REFERENCES

    written = {field.rstrip("_") for fields in REFERENCES.values() for field in fields}
    assert written == set(REFERENCE_FIELDS)
    assert {"from", "to", "responsible", "concerns", "participants", "about"} <= written
