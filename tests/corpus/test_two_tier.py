"""The 2025 two-tier structure in the SYNTHETIC vocabulary corpus (``tests/fixtures/vocabulary``).

Three articles about the made-up Bắc Mẫu town of the made-up Lam Mẫu province: in 2023 a town
(district-level) party organisation with two ward and one commune organisation under it, a
plan that runs from January to December and a conference expected on a given afternoon; in
July 2025 the end of the town organisation, the merger of the ward and commune organisations
into a ward organisation directly under the province (and, as a change of its own, of their
units, on a date the article does not give), the merger of two provinces, and a People's
Committee that ended in a month; in September 2025 the new ward's first congress.

The exact rows of the saved queries are checked with the rest of the corpus
(``test_vocabulary.py``, cases ``structure-as-of-2024`` … ``deadlines``); here: what the
compiled graph holds, the hierarchy export at two dates, a sheet giving both a date and
bounds, and the same rows from Oxigraph's server and Virtuoso after ``push``.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from partygraph.export.views import build_view
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.query.remote import RemoteEngine
from partygraph.store.build import build
from partygraph.store.embedded import open_store

from ..conftest import REPO, run_cli
from ..servers import SERVER_KINDS, pushed_server
from .test_province import comparable
from .test_vocabulary import CASES, EXPECTED, VOCABULARY, answer, vocabulary_project

TWO_TIER_CASES = sorted(c for c in CASES if CASES[c]["query"] in {
    "structure-as-of", "lineage", "change-events", "deadlines", "coverage"})
CHANGES = "https://w3id.org/partygraph/id/source/synthetic-2025-07-bac-mau-two-tier/"
PREFIXES = """
PREFIX pg: <https://w3id.org/partygraph/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = vocabulary_project(tmp_path_factory.mktemp("two-tier"))
    build(project)
    return project


@pytest.fixture(scope="module")
def embedded(corpus: Project) -> EmbeddedEngine:
    return EmbeddedEngine(open_store(corpus.store_dir))


def _values(engine: EmbeddedEngine, query: str) -> set[tuple[str, ...]]:
    result = engine.run(PREFIXES + query)
    return {tuple("" if row[v] is None else str(row[v].value)  # type: ignore[union-attr]
                  for v in result.variables) for row in result.rows}


def test_the_cases_cover_the_two_tier_queries() -> None:
    assert {str(CASES[c]["query"]) for c in TWO_TIER_CASES} == {
        "structure-as-of", "lineage", "change-events", "deadlines", "coverage"}


def test_an_undated_change_has_bounds_and_never_a_date(embedded: EmbeddedEngine) -> None:
    rows = _values(embedded, f"""
        SELECT ?p ?o WHERE {{
          VALUES ?c {{ <{CHANGES}wards-merged> <{CHANGES}town-peoples-committee-ended> }}
          ?c ?p ?o . FILTER (?p IN (pg:date, pg:notBefore, pg:notAfter))
        }}""")
    pg = "https://w3id.org/partygraph/ontology#"
    # no date in the article: the latest bound is its publication month; given bounds stay
    assert rows == {(pg + "notAfter", "2025-07"), (pg + "notBefore", "2025-06-01"),
                    (pg + "notAfter", "2025-06-30")}


def test_a_change_of_units_is_apart_from_the_change_of_organisations(
        embedded: EmbeddedEngine) -> None:
    units = _values(embedded, f"""
        SELECT ?c ?u WHERE {{ ?c pg:originalUnit|pg:resultingUnit ?u .
                             FILTER STRSTARTS(STR(?c), "{CHANGES}") }}""")
    organisations = _values(embedded, f"""
        SELECT ?c ?o WHERE {{ ?c org:originalOrganization|org:resultingOrganization ?o .
                             FILTER STRSTARTS(STR(?c), "{CHANGES}") }}""")
    assert {c.rsplit("/", 1)[-1] for c, _ in units} == {
        "provinces-merged", "wards-merged", "town-unit-ended"}
    assert {c.rsplit("/", 1)[-1] for c, _ in organisations} == {
        "provincial-parties-merged", "town-party-ended", "ward-parties-merged",
        "town-peoples-committee-ended"}
    assert all("/place/" in u for _, u in units)
    assert not any("/place/" in o for _, o in organisations)


def test_state_organs_are_their_own_kind_in_exports(embedded: EmbeddedEngine) -> None:
    """A People's Committee is an organ, drawn in its own colour and counted among the
    entities, not a generic resource."""
    from partygraph.export.stats import ENTITY_KINDS
    from partygraph.export.writers import KIND_COLOURS

    organ = "https://w3id.org/partygraph/id/organ/lam-mau-peoples-committee"
    for view in ("people", "full"):
        graph = build_view(embedded, view)
        assert graph.nodes[organ]["kind"] == "organ", view
    # in the people view, the chair's post is in the committee
    people = build_view(embedded, "people")
    chair = "https://w3id.org/partygraph/id/post/lam-mau-peoples-committee-chair"
    assert {(head, data["relation"]) for _, head, data in people.out_edges(chair, data=True)} \
        == {(organ, "post_in")}
    assert "organ" in KIND_COLOURS and "organ" in ENTITY_KINDS


def test_hierarchy_export_tells_2023_from_2025(embedded: EmbeddedEngine) -> None:
    def links(as_of: str) -> set[tuple[str, str]]:
        view = build_view(embedded, "hierarchy", as_of=as_of)
        return {(a.rsplit("/", 1)[-1], b.rsplit("/", 1)[-1])
                for a, b, data in view.edges(data=True) if data["relation"] == "parent_of"}

    before = links("2024-06-30")
    # the provincial organisation of 2023 is the former one, not the one founded in 2025
    assert before == {("lam-mau-provincial-party-old", "bac-mau-town-party"),
                      ("bac-mau-town-party", "mau-son-ward-party"),
                      ("bac-mau-town-party", "mau-lam-ward-party"),
                      ("bac-mau-town-party", "mau-hoa-commune-party")}
    after = links("2025-09-30")
    assert ("lam-mau-provincial-party", "bac-mau-ward-party") in after
    assert not {a for a, _ in after} & {"bac-mau-town-party"}  # the district level ended
    assert not {b for _, b in after} & {"bac-mau-town-party", "mau-son-ward-party",
                                        "mau-lam-ward-party", "mau-hoa-commune-party"}
    # without a date, every link is drawn with the dates it holds over
    dated = {(a.rsplit("/", 1)[-1], b.rsplit("/", 1)[-1]): data
             for a, b, data in build_view(embedded, "hierarchy").edges(data=True)
             if data["relation"] == "parent_of"}
    assert dated[("lam-mau-provincial-party", "bac-mau-ward-party")].get(
        "valid_from") == "2025-07-01"


def test_a_change_with_a_date_and_bounds_is_refused(tmp_path: Path) -> None:
    project = vocabulary_project(tmp_path)
    sheet = project.data_dir / "sheets" / "synthetic-2025-07-bac-mau-two-tier.yaml"
    text = sheet.read_text(encoding="utf-8")
    bad = text.replace("    kind: merged\n    from: [mau-son-ward,",
                       "    kind: merged\n    date: 2025-07-01\n    not_after: 2025-07\n"
                       "    from: [mau-son-ward,")
    assert bad != text
    sheet.write_text(bad, encoding="utf-8")
    result = run_cli("build", root=tmp_path)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert ("a change has either a date (date: ...) or, when the article gives none, bounds"
            in result.output)


def test_the_reference_documents_the_new_fields() -> None:
    text = (REPO / "docs" / "fact-sheets.md").read_text(encoding="utf-8")
    sections = {s.split("`")[1]: s for s in text.split("\n### ")[1:]}
    for field in ("not_before", "not_after"):
        assert f"`{field}`" in sections["change"], field
    for field in ("planned_from", "planned_until", "expected_on"):
        assert f"`{field}`" in sections["task"], field


def test_the_fixture_is_marked_synthetic() -> None:
    for sheet in (VOCABULARY / "sheets").glob("*bac-mau*.yaml"):
        assert sheet.read_text(encoding="utf-8").startswith("# SYNTHETIC"), sheet.name
    for article in (VOCABULARY / "articles").glob("*bac-mau*.txt"):
        assert "[SYNTHETIC TEST ARTICLE]" in article.read_text(encoding="utf-8").splitlines()[0]


@pytest.fixture(scope="module", params=SERVER_KINDS)
def pushed(request: pytest.FixtureRequest, corpus: Project,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp(f"two-tier-{request.param}")
    with pushed_server(request.param, folder, corpus.dataset_file) as query_url:
        yield query_url


@pytest.mark.parametrize("case", TWO_TIER_CASES)
def test_pushed_store_gives_the_same_rows(pushed: str, case: str) -> None:
    got = answer(RemoteEngine(pushed), case)  # type: ignore[arg-type]
    expected = json.loads((EXPECTED / f"{case}.json").read_text(encoding="utf-8"))
    assert comparable(got) == comparable(expected)


def test_the_fixture_folder_builds_alone(tmp_path: Path) -> None:
    """The README's recipe: the corpus alone builds and conforms."""
    for part in ("ontology", "queries"):
        shutil.copytree(REPO / part, tmp_path / part)
    (tmp_path / "data").mkdir()
    for part in ("articles", "sheets"):
        shutil.copytree(VOCABULARY / part, tmp_path / "data" / part)
    result = run_cli("build", root=tmp_path)
    assert result.exit_code == 0, result.output
    assert "conforms: 0 violation(s), 0 warning(s), 0 info(s)" in result.output


NEW_COMMUNE_ARTICLE = ("date 2025-07 (SYN)- [SYNTHETIC TEST ARTICLE] Từ giữa tháng 7-2025, Đảng bộ "
                       "xã Thử Mẫu được thành lập, trực thuộc Tỉnh ủy Lam Mẫu.\n")
NEW_COMMUNE_SHEET = """\
# SYNTHETIC fact sheet for tests only: the commune and its party organisation are invented.
source:
  id: synthetic-2025-07-thu-mau-new-commune
  outlet: Synthetic test outlet
  outlet_code: SYN
  published: 2025-07
  text: ../articles/synthetic-2025-07-thu-mau-new-commune.txt
entities:
  - id: thu-mau-commune-party
    type: organisation
    form: committee
    level: commune
    parent: lam-mau-provincial-party
    name: {vi: Đảng bộ xã Thử Mẫu, en: Thử Mẫu commune party organisation}
    quote: Đảng bộ xã Thử Mẫu được thành lập, trực thuộc Tỉnh ủy Lam Mẫu
facts:
  - id: thu-mau-commune-party-created
    type: change
    kind: created
    not_before: 2025-07-15
    to: [thu-mau-commune-party]
    note: The article gives the middle of July 2025, no day.
    quote: Từ giữa tháng 7-2025, Đảng bộ xã Thử Mẫu được thành lập
"""


def test_an_organisation_created_on_an_undated_day_is_not_there_before_its_earliest(
        tmp_path: Path) -> None:
    """A creation the article dates only by its earliest day (``not_before``): as of a day
    before it the organisation is not yet in the structure, though its parent link is
    dated by the article's month; as of a day after it, it is."""
    from tests.small_sheet import write_sheet_files

    project = vocabulary_project(tmp_path)
    write_sheet_files(project.data_dir, NEW_COMMUNE_SHEET, article=NEW_COMMUNE_ARTICLE,
                      name="synthetic-2025-07-thu-mau-new-commune")
    build(project)
    engine = EmbeddedEngine(open_store(project.store_dir))

    def listed(as_of: str) -> bool:
        rows = answer_rows(engine, {"org": "lam-mau-provincial-party", "as_of": as_of})
        return "thu-mau-commune-party" in rows

    assert not listed("2025-07-10")
    assert listed("2025-07-20")
    assert listed("2025-09-30")


def answer_rows(engine: EmbeddedEngine, params: dict[str, str]) -> set[str]:
    """The ids structure-as-of lists for ``params``."""
    from partygraph.query.saved import load_queries, run_query

    result = run_query(engine, load_queries(REPO / "queries")["structure-as-of"], params)
    return {str(row["id"].value) for row in result.rows}  # type: ignore[union-attr]
