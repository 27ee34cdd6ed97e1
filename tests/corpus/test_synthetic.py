"""A SYNTHETIC later article: a contradicting count, a new post holder, a merger.

The fixture in ``tests/fixtures/synthetic`` is made up for tests and is never part of data/.
"""

from __future__ import annotations

from partygraph.project import Project
from partygraph.store.embedded import open_store
from partygraph.tasks import validate_project

from ..query.test_saved import QUERIES, values
from .test_seed import select

SYN = "synthetic-2020-07-an-khe-update"
SEED = "baogialai-2020-06-an-khe-congress-preparation"


def test_both_member_counts_are_kept_with_date_and_source(built_synthetic: Project) -> None:
    rows = select(built_synthetic, """
        SELECT ?value ?asOf ?source WHERE {
          ?o pg:measure pg:PartyMembers ; pg:value ?value ; pg:asOf ?asOf ;
             prov:wasDerivedFrom/dcterms:identifier ?source } ORDER BY ?asOf""")
    assert rows == [
        {"value": "2457", "asOf": "2020-06", "source": SEED},
        {"value": "2470", "asOf": "2020-07-15", "source": SYN},
    ]


def test_figures_as_of_pick_the_latest_per_date(built_synthetic: Project) -> None:
    june = values(built_synthetic, "org-figures-as-of",
                  {"org": "an-khe-town-party", "as_of": "2020-06-30"},
                  columns=("measure", "value", "source"))
    assert ("party members", "2457", SEED) in june
    # two sources disagree on the June count of base organisations: both are listed
    assert ("base party organisations", "48", SEED) in june
    assert ("base party organisations", "49", SYN) in june
    july = values(built_synthetic, "org-figures-as-of",
                  {"org": "an-khe-town-party", "as_of": "2020-07-31"},
                  columns=("measure", "value", "source"))
    assert ("party members", "2470", SYN) in july
    assert ("party members", "2457", SEED) not in july


def test_post_holder_change(built_synthetic: Project) -> None:
    rows = values(built_synthetic, "post-holders", {"org": "an-khe-town-party"},
                  columns=("person", "asOf", "from", "until", "source"))
    assert ("Nguyễn Văn Mẫu", "", "2020-07-01", "", SYN) in rows
    assert ("Nguyễn Thị Thanh Lịch", "", "", "2020-06-30", SYN) in rows
    assert ("Nguyễn Thị Thanh Lịch", "2020-06", "", "", SEED) in rows


def test_merger_of_two_cells(built_synthetic: Project) -> None:
    rows = select(built_synthetic, """
        SELECT ?from ?to ?number ?date WHERE {
          ?c a pg:Merger ; org:originalOrganization/dcterms:identifier ?from ;
             org:resultingOrganization/dcterms:identifier ?to ; pg:date ?date ;
             pg:instrument/pg:documentNumber ?number } ORDER BY ?from""")
    assert rows == [
        {"from": "mau-a-cell", "to": "mau-ab-cell", "number": "99-QĐ/TU", "date": "2020-08-01"},
        {"from": "mau-b-cell", "to": "mau-ab-cell", "number": "99-QĐ/TU", "date": "2020-08-01"},
    ]


def test_shared_entity_is_one_node_across_sources(built_synthetic: Project) -> None:
    rows = select(built_synthetic, """
        SELECT (COUNT(DISTINCT ?src) AS ?sources) WHERE {
          ?f prov:wasDerivedFrom ?src ;
             (pg:observedUnit|pg:attests) pgid:organisation\\/an-khe-town-party }""")
    assert rows == [{"sources": "2"}]
    under = values(built_synthetic, "organisations-under", {"org": "tay-son-ward-party"},
                   columns=("id",))
    assert under == [("mau-a-cell",), ("mau-ab-cell",), ("mau-b-cell",)]


def test_synthetic_corpus_conforms(built_synthetic: Project) -> None:
    assert validate_project(built_synthetic).conforms()
    assert len(open_store(built_synthetic.store_dir)) > 0
    assert "org-figures-as-of" in QUERIES


def test_disagreements_lists_the_conflicting_pair(built_synthetic: Project) -> None:
    rows = values(built_synthetic, "disagreements",
                  columns=("measureLabel", "asOf1", "value1", "source1", "asOf2", "value2",
                           "source2"))
    assert len(rows) == 1
    pair = {(rows[0][1], rows[0][2], rows[0][3]), (rows[0][4], rows[0][5], rows[0][6])}
    assert rows[0][0] == "base party organisations"
    assert pair == {("2020-06", "48", SEED), ("2020-06", "49", SYN)}


def test_figures_over_time_keeps_every_figure(built_synthetic: Project) -> None:
    rows = values(built_synthetic, "figures-over-time",
                  {"org": "an-khe-town-party", "measure": ["pg:PartyMembers"]},
                  columns=("asOf", "value", "source"))
    assert rows == [("2020-06", "2457", SEED), ("2020-07-15", "2470", SYN)]
    latest = values(built_synthetic, "latest-figures", columns=("measureLabel", "value"))
    assert ("party members", "2470") in latest and ("party members", "2457") not in latest
    assert ("base party organisations", "48") in latest
    assert ("base party organisations", "49") in latest


def test_structure_changes_with_the_date(built_synthetic: Project) -> None:
    def under(date: str) -> list[tuple[str, ...]]:
        return values(built_synthetic, "structure-as-of",
                      {"org": "tay-son-ward-party", "as_of": date}, columns=("id",))

    assert under("2020-06-30") == []  # the cells are first attested in July
    assert under("2020-07-15") == [("mau-a-cell",), ("mau-b-cell",)]
    assert under("2020-08-15") == [("mau-ab-cell",)]


def test_lineage_and_change_events(built_synthetic: Project) -> None:
    assert values(built_synthetic, "lineage", {"org": "mau-ab-cell"},
                  columns=("id", "kind", "date", "instrument")) == [
        ("mau-a-cell", "merger", "2020-08-01", "99-QĐ/TU"),
        ("mau-b-cell", "merger", "2020-08-01", "99-QĐ/TU"),
    ]
    events = values(built_synthetic, "change-events", {},
                    columns=("date", "kind", "before", "after", "instrument", "source"))
    assert events == [("2020-08-01", "merger", "Chi bộ Mẫu A", "Chi bộ Mẫu AB", "99-QĐ/TU", SYN),
                      ("2020-08-01", "merger", "Chi bộ Mẫu B", "Chi bộ Mẫu AB",
                       "99-QĐ/TU", SYN)]
    assert values(built_synthetic, "change-events", {"from_date": "2021-01-01"}) == []


def test_people_and_posts_after_a_change_of_holder(built_synthetic: Project) -> None:
    rows = values(built_synthetic, "people-and-posts", {"min_posts": "1"},
                  columns=("person", "posts"))
    assert rows == [("Nguyễn Thị Thanh Lịch", "1"), ("Nguyễn Văn Mẫu", "1")]
