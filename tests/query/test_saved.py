"""Every saved query: it parses, and with its example parameters returns the expected rows,
on the embedded store and on a real Oxigraph server started on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from partygraph.errors import QueryError
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine, Engine, QueryResult
from partygraph.query.output import render_catalogue
from partygraph.query.remote import RemoteEngine
from partygraph.query.saved import (
    SavedQuery,
    load_each,
    load_named,
    load_queries,
    load_query,
    run_query,
)
from partygraph.share.server import OxigraphServer
from partygraph.store.build import build
from partygraph.store.embedded import open_store

from ..conftest import REPO, SEED_ID, copy_project, run_cli

QUERIES = load_queries(REPO / "queries")
Params = dict[str, str | list[str]]


def engine_for(project: Project) -> EmbeddedEngine:
    return EmbeddedEngine(open_store(project.store_dir))


def values(project: Project | Engine, name: str, params: Params | None = None,
           columns: tuple[str, ...] | None = None) -> list[tuple[str, ...]]:
    engine = engine_for(project) if isinstance(project, Project) else project
    query = QUERIES[name]
    result = run_query(engine, query, query.example_values() if params is None else params)
    names = columns or result.variables
    return [tuple(_text(row[n]) for n in names) for row in result.rows]


def _text(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str:
    return "" if term is None else term.value


@pytest.fixture(scope="module")
def server(built_real: Project) -> Iterator[OxigraphServer]:
    with OxigraphServer(built_real.store_dir) as running:
        yield running


EXPECTED: dict[str, tuple[tuple[str, ...], list[tuple[str, ...]]]] = {
    "org-figures-as-of": (("measure", "value", "asOf"), [
        ("base party organisations", "48", "2020-06"),
        ("cells under base committees", "129", "2020-06"),
        ("party members", "2457", "2020-06"),
    ]),
    "post-holders": (("person", "post", "organisation", "asOf"), [
        # One holding, quoted by two sentences: one row.
        ("Nguyễn Thị Thanh Lịch", "Bí thư Thị ủy An Khê", "Đảng bộ thị xã An Khê", "2020-06"),
    ]),
    "congress-cycle": (("ordinal", "termStart", "termEnd", "plannedFrom", "plannedTo",
                        "plannedText"), [
        ("16", "", "", "", "", ""),
        ("17", "2020", "2025", "2020-07-21", "2020-08-20",
         "cuối tháng 7 hoặc trung tuần tháng 8-2020"),
    ]),
    "deadlines": (("status", "dueBefore", "completedBy", "outcome"), [
        ("completed", "", "2019-12-31", "done"),
        ("completed", "", "2020-02-29", "done"),
        ("planned", "2020-06-20", "", "open"),
    ]),
    "congress-directives": (("number", "governsType"), [
        ("35-CT/TW", "congress"), ("35-CT/TW", "task"), ("35-CT/TW", "task"),
    ]),
    "organisations-under": (("id", "level", "parent"), [
        ("gia-lai-provincial-party", "provincial", "Đảng Cộng sản Việt Nam"),
        ("an-khe-town-party", "district", "Đảng bộ tỉnh Gia Lai"),
        ("tay-son-ward-party", "base", "Đảng bộ thị xã An Khê"),
    ]),
    "search-by-name": (("id",), [
        ("tay-son-ward-executive-committee",), ("tay-son-congratulation",),
        ("tay-son-ward-an-khe",), ("tay-son-ward-party",),
    ]),
    "structure-as-of": (("id", "level", "parent"), [
        ("tay-son-ward-party", "base", "Đảng bộ thị xã An Khê"),
    ]),
    "figures-over-time": (("measureLabel", "asOf", "value"), [
        ("base party organisations", "2020-06", "48"), ("party members", "2020-06", "2457"),
    ]),
    "latest-figures": (("organisation", "measureLabel", "value"), [
        ("Đảng bộ thị xã An Khê", "base party organisations", "48"),
        ("Đảng bộ thị xã An Khê", "cells under base committees", "129"),
        ("Đảng bộ thị xã An Khê", "party members", "2457"),
    ]),
    "disagreements": (("organisation",), []),
    "people-and-posts": (("person", "posts", "post"), [
        ("Nguyễn Thị Thanh Lịch", "1", "Bí thư Thị ủy An Khê"),
    ]),
    "tallies": (("done", "total", "percent"), [
        ("97", "111", "87.4"), ("58", "58", "100"), ("52", "52", "100"),
    ]),
    "change-events": (("kind",), []),
    "lineage": (("id",), []),
    "organisations-in-province": (("id", "levelLabel", "unit"), [
        ("an-khe-town-party", "district", "thị xã An Khê"),
        ("tay-son-ward-party", "base", "phường Tây Sơn"),
    ]),
    "coverage": (("organisation", "figures", "sources", "secretary", "latest", "stale"), [
        ("Đảng Cộng sản Việt Nam", "0", "1", "no", "2020-06", "yes"),
        ("Đảng bộ phường Tây Sơn", "0", "1", "no", "2020-06", "yes"),
        ("Đảng bộ thị xã An Khê", "3", "1", "yes", "2020-06", "yes"),
        ("Đảng bộ tỉnh Gia Lai", "0", "1", "no", "2020-06", "yes"),
    ]),
    "find-by-exact-name": (("id", "type"), [  # once, by its most specific class
        ("an-khe-town-party", "party committee organisation"),
    ]),
    "facts-quoting": (("source", "fact"), [
        (SEED_ID, "members-2020-06"), (SEED_ID, "subordinate-cells-2020-06"),
    ]),
}


def test_there_are_at_least_fifteen_research_queries() -> None:
    assert len(QUERIES) >= 15
    # person-posts is checked in test_person_posts.py, by what holds for any corpus, and
    # every query with exact rows on the province corpus in test_province.py
    # and concurrent-posts, attendances and post-selections (which the seed gives no rows)
    # in test_vocabulary.py and test_province.py
    assert set(EXPECTED) | {"source-facts", "has-figures", "hierarchy-graph",
                            "person-posts", "entity-sources", "concurrent-posts",
                            "attendances", "post-selections"} == set(QUERIES)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_saved_query_returns_expected_rows(built_real: Project, name: str) -> None:
    columns, rows = EXPECTED[name]
    assert values(built_real, name, columns=columns) == rows


def _all(engine: Engine, query: SavedQuery) -> QueryResult:
    return run_query(engine, query, query.example_values())


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_server_gives_identical_results(built_real: Project, server: OxigraphServer,
                                        name: str) -> None:
    query = QUERIES[name]
    local = _all(engine_for(built_real), query)
    remote = _all(RemoteEngine(server.query_url), query)
    assert remote.variables == local.variables
    assert remote.boolean == local.boolean
    assert remote.rows == local.rows  # terms with their datatypes and language tags
    assert sorted(map(str, remote.triples)) == sorted(map(str, local.triples))


def test_ask_and_construct(built_real: Project) -> None:
    engine = engine_for(built_real)
    assert run_query(engine, QUERIES["has-figures"], {"org": "an-khe-town-party"}).boolean
    assert not run_query(engine, QUERIES["has-figures"], {"org": "tay-son-ward-party"}).boolean
    graph = run_query(engine, QUERIES["hierarchy-graph"], {})
    parents = sorted((str(t.subject).rsplit("/", 1)[1].rstrip(">"),
                      str(t.object).rsplit("/", 1)[1].rstrip(">"))
                     for t in graph.triples if t.predicate.value.endswith("subOrganizationOf"))
    assert parents == [("an-khe-town-party", "gia-lai-provincial-party"),
                       ("gia-lai-provincial-party", "cpv-central"),
                       ("tay-son-ward-party", "an-khe-town-party")]


def test_source_facts_lists_every_fact_with_quote(built_real: Project) -> None:
    rows = values(built_real, "source-facts", columns=("fact", "type", "implied", "quotes"))
    facts = {r[0] for r in rows}
    assert {"members-2020-06", "vetting-managed-cadres", "review-session-2020-06-03",
            "an-khe-congress-17", "directive-35-ct-tw"} <= facts
    assert ("members-2020-06", "observation", "false", "với tổng số 2.457 đảng viên") in rows
    assert len(facts) == 29 + 16
    # One row per fact, so that counting rows counts facts: a fact quoted twice has both
    # quotes in its one row.
    assert len(rows) == len(facts)
    congress = {r[3] for r in rows if r[0] == "an-khe-congress-17"}
    assert len(congress) == 1
    assert set(congress.pop().split(" | ")) == {
        "tiến tới Đại hội đại biểu Đảng bộ thị xã lần thứ XVII theo đúng tinh thần Chỉ thị "
        "số 35-CT/TW của Bộ Chính trị",
        "Đại hội đại biểu Đảng bộ thị xã lần thứ XVII (nhiệm kỳ 2020-2025) dự kiến diễn ra "
        "vào cuối tháng 7 hoặc trung tuần tháng 8-2020"}


def test_figures_as_of_a_date_before_any_figure(built_real: Project) -> None:
    assert values(built_real, "org-figures-as-of",
                  {"org": "an-khe-town-party", "as_of": "2019-12-31"}) == []


def test_search_ignores_case_and_diacritics(built_real: Project) -> None:
    for text in ("TÂY SƠN", "tay son", "Tây Sơn", "tây sơn"):
        found = values(built_real, "search-by-name", {"text": text}, columns=("id",))
        assert ("tay-son-ward-party",) in found


def test_parameters_accept_iri_and_prefixed_name(built_real: Project) -> None:
    iri = "https://w3id.org/partygraph/id/organisation/an-khe-town-party"
    by_iri = values(built_real, "congress-cycle", {"org": iri})
    by_curie = values(built_real, "congress-cycle", {"org": "pgid:organisation/an-khe-town-party"})
    by_id = values(built_real, "congress-cycle", {"org": "an-khe-town-party"})
    assert by_iri == by_curie == by_id and len(by_id) == 2
    assert len(values(built_real, "source-facts", {"source": SEED_ID})) > 40


def test_list_parameter_binds_several_values(built_real: Project) -> None:
    both = values(built_real, "organisations-in-province",
                  {"place": "gia-lai-province", "level": ["pg:LevelDistrict", "pg:LevelBase"]},
                  columns=("id",))
    one = values(built_real, "organisations-in-province",
                 {"place": "gia-lai-province", "level": ["pg:LevelBase"]}, columns=("id",))
    everything = values(built_real, "organisations-in-province", {"place": "gia-lai-province"},
                        columns=("id",))
    assert both == [("an-khe-town-party",), ("tay-son-ward-party",)]
    assert one == [("tay-son-ward-party",)]
    assert everything == [("gia-lai-provincial-party",), *both]


def test_integer_and_langstring_parameters(built_real: Project) -> None:
    assert values(built_real, "people-and-posts", {"min_posts": "2"}) == []
    assert len(values(built_real, "people-and-posts", {"min_posts": "1"})) == 1
    assert values(built_real, "find-by-exact-name", {"name": "Đảng bộ thị xã An Khê@en"}) == []


@pytest.mark.parametrize(("name", "params", "message"), [
    ("congress-cycle", {}, "needs -p org"),
    ("congress-cycle", {"org": "no-such-org"}, "no entity has the id 'no-such-org'"),
    ("congress-cycle", {"org": "an-khe-twn-party"},
     r"no entity has the id 'an-khe-twn-party' \(did you mean 'an-khe-town-party'"),
    # the start of an id, too short for difflib to call it close
    ("org-figures-as-of", {"org": "an-khe", "as_of": "2020-06-30"},
     r"no entity has the id 'an-khe' \(did you mean 'an-khe-town-party'"),
    # ids and notations are lower case
    ("latest-figures", {"level": "District"},
     r"'level': 'District' is not an id: ids and values are written in lower case, such as "
     r"'district'"),
    ("org-figures-as-of", {"org": "An-Khe-Town-Party", "as_of": "2020-06-30"},
     r"such as 'an-khe-town-party'"),
    ("congress-cycle", {"org": "an-khe-town-party", "colour": "red"}, "no parameter 'colour'"),
    ("congress-cycle", {"org": ["an-khe-town-party", "tay-son-ward-party"]}, "takes one value"),
    ("structure-as-of", {"org": "an-khe-town", "as_of": "2020"},
     r"an-khe-town is an administrative unit \(pg:AdministrativeUnit\), not a party "
     r"organisation \(pg:PartyOrganisation\)"),
    ("org-figures-as-of", {"org": "an-khe-town-party", "as_of": "June"},
     "'June' is not a day: write YYYY-MM-DD, such as 2020-06-30"),
    ("change-events", {"from_date": "June"}, "not a date"),
    # a month would leave out the figures dated by a day of it
    ("org-figures-as-of", {"org": "an-khe-town-party", "as_of": "2020-06"},
     r"'as_of': 2020-06 is a month, not a day: give the day it should hold at \(2020-06-30 "
     r"for the end of the month, 2020-06-01 for its start\)"),
    ("structure-as-of", {"org": "an-khe-town-party", "as_of": "2020"}, r"2020-12-31 for the end"),
    ("people-and-posts", {"min_posts": "two"}, "is not an integer"),
    ("people-and-posts", {"min_posts": "-5"},
     r"'min_posts': -5 is below its least value, 1 \(the fewest distinct posts"),
    ("people-and-posts", {"min_posts": "0"}, "below its least value, 1"),
    ("find-by-exact-name", {"name": "An Khê"}, "needs a language tag"),
    ("find-by-exact-name", {"name": "Tây Sơn@xx-123456789"}, "has no valid language tag"),
    # a concept of another scheme, given as an IRI, would match nothing
    ("figures-over-time", {"org": "an-khe-town-party", "measure": "pg:LevelDistrict"},
     r"'measure': pg:LevelDistrict is not a concept of pg:Measure \(its values: .*members"),
    ("latest-figures", {"level": "pg:PartyMembers"},
     r"pg:PartyMembers is not a concept of pg:OrganisationLevel \(its values: base, "),
    # empty text would match every quote or name
    ("facts-quoting", {"phrase": ""}, "'phrase': empty text, which every quote would match"),
    ("search-by-name", {"text": "  "}, "'text': empty text, which every name would match"),
])
def test_bad_parameters_are_refused(built_real: Project, name: str, params: Params,
                                    message: str) -> None:
    with pytest.raises(QueryError, match=message):
        values(built_real, name, params)


def test_a_value_given_twice_finds_each_row_once(built_real: Project) -> None:
    """A new user's finding: ``-p measure members -p measure members`` (or ``members`` and
    ``pg:PartyMembers``, one concept) gave every row twice."""
    once = values(built_real, "figures-over-time",
                  {"org": "an-khe-town-party", "measure": ["members"]})
    assert once
    for twice in (["members", "members"], ["members", "pg:PartyMembers"]):
        assert values(built_real, "figures-over-time",
                      {"org": "an-khe-town-party", "measure": twice}) == once


def test_a_concept_is_taken_by_the_notation_fact_sheets_write(built_real: Project) -> None:
    by_name = values(built_real, "figures-over-time",
                     {"org": "an-khe-town-party", "measure": "pg:PartyMembers"})
    assert by_name
    assert values(built_real, "figures-over-time",
                  {"org": "an-khe-town-party", "measure": "members"}) == by_name
    with pytest.raises(QueryError, match=r"no entity has the id 'member' \(did you mean "
                                         r"'members'"):
        values(built_real, "figures-over-time", {"org": "an-khe-town-party",
                                                 "measure": "member"})
    # nothing close: the values the parameter takes
    with pytest.raises(QueryError, match=r"parameter 'level': 'nope' is no id and no value of "
                                         r"pg:OrganisationLevel \(its values: base, central, "
                                         r"commune, district, provincial"):
        values(built_real, "latest-figures", {"level": "nope"})
    # a level by its word too; "members" names a measure and a kind of congress, and the
    # parameter's scheme tells which
    districts = values(built_real, "organisations-in-province",
                       {"place": "gia-lai-province", "level": "pg:LevelDistrict"})
    assert districts
    assert values(built_real, "organisations-in-province",
                  {"place": "gia-lai-province", "level": "district"}) == districts


def test_a_misspelt_id_is_compared_with_the_ids_of_the_parameters_class(
        built_real: Project) -> None:
    with pytest.raises(QueryError) as raised:
        values(built_real, "structure-as-of", {"org": "an-khe-towns", "as_of": "2020"})
    said = str(raised.value)
    assert "did you mean 'an-khe-town-party'" in said
    assert "'an-khe-town'" not in said.split("did you mean")[1]  # a place, not an organisation


HOSTILE = [
    '" } ; DROP ALL ; #',
    "x' } UNION { ?s ?p ?o } #",
    "a\nb } SELECT * WHERE { ?s ?p ?o",
    "# comment }",
    "}}}} ASK {}",
]


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize(("name", "param"), [
    ("facts-quoting", "phrase"),         # string
    ("search-by-name", "text"),          # search
])
def test_hostile_text_is_bound_as_a_literal(built_real: Project, server: OxigraphServer,
                                            name: str, param: str, hostile: str) -> None:
    for engine in (engine_for(built_real), RemoteEngine(server.query_url)):
        assert values(engine, name, {param: hostile}) == []
    assert values(built_real, "search-by-name", {"text": "tay son"})  # store unharmed


@pytest.mark.parametrize("hostile", [
    "http://x/a b", "http://x/a> } ; DROP ALL #", "<http://x/a>", "http://x/{a}",
    "pg:Level Base", "an-khe-town-party } #", "http://x/a\nb",
])
def test_hostile_iris_are_refused(built_real: Project, hostile: str) -> None:
    with pytest.raises(QueryError):
        values(built_real, "congress-cycle", {"org": hostile})
    with pytest.raises(QueryError):
        values(built_real, "organisations-in-province",
               {"place": "gia-lai-province", "level": ["pg:LevelBase", hostile]})


@pytest.mark.parametrize(("name", "param", "hostile"), [
    ("people-and-posts", "min_posts", "1 } #"),
    ("people-and-posts", "min_posts", "1\n"),
    ("org-figures-as-of", "as_of", '2020-06-30" } #'),
    ("org-figures-as-of", "as_of", "2020-06-30\n} ASK {"),
    ("find-by-exact-name", "name", 'x"@vi } #@vi'),
])
def test_hostile_typed_values(built_real: Project, name: str, param: str, hostile: str) -> None:
    params: Params = dict(QUERIES[name].example_values())
    params[param] = hostile
    try:
        rows = values(built_real, name, params)
    except QueryError:
        return  # refused
    assert rows == []  # or bound harmlessly


def test_cli_query_formats(built_real: Project) -> None:
    table = run_cli("query", "org-figures-as-of", "-p", "org", "an-khe-town-party",
                    "-p", "as_of", "2020-06-30", root=built_real.root)
    assert table.exit_code == 0
    assert "party members" in table.stdout and "2457" in table.stdout
    assert "3 row(s)" in table.stdout
    csv_out = run_cli("query", "congress-cycle", "-p", "org", "an-khe-town-party",
                      "--format", "csv", root=built_real.root)
    assert csv_out.stdout.splitlines()[0].startswith("ordinal,congress,kind,term")
    assert len(csv_out.stdout.splitlines()) == 3
    md = run_cli("query", "tallies", "--format", "md", root=built_real.root)
    assert md.stdout.splitlines()[1].startswith("|---|")
    assert "| Thị ủy An Khê |" in md.stdout
    ask = run_cli("query", "has-figures", "-p", "org", "an-khe-town-party", root=built_real.root)
    assert ask.stdout == "true\n"
    turtle = run_cli("query", "hierarchy-graph", "--format", "turtle", root=built_real.root)
    assert "org:subOrganizationOf" in turtle.stdout


def test_json_keeps_language_tags_and_datatypes(built_real: Project) -> None:
    import json

    out = run_cli("query", "congress-cycle", "-p", "org", "an-khe-town-party", "--format",
                  "json", root=built_real.root)
    doc = json.loads(out.stdout)
    row = doc["results"]["bindings"][1]
    assert row["congress"] == {"type": "literal", "xml:lang": "vi",
                               "value": "Đại hội đại biểu Đảng bộ thị xã An Khê lần thứ XVII"}
    assert row["termStart"]["datatype"] == "http://www.w3.org/2001/XMLSchema#gYear"
    assert row["plannedFrom"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date"


def test_table_shows_labels_not_iris(built_real: Project) -> None:
    out = run_cli("query", "hierarchy-graph", root=built_real.root)
    assert "Đảng bộ thị xã An Khê" in out.stdout
    assert "https://w3id.org/partygraph/id/" not in out.stdout


def test_cli_endpoint_gives_same_output(built_real: Project, server: OxigraphServer) -> None:
    for args in (["tallies", "--format", "json"], ["congress-cycle", "-p", "org",
                                                    "an-khe-town-party"]):
        local = run_cli("query", *args, root=built_real.root)
        remote = run_cli("query", *args, "--endpoint", server.query_url, root=built_real.root)
        assert remote.exit_code == 0
        assert remote.stdout == local.stdout


def test_cli_query_errors_exit_2(built_real: Project) -> None:
    missing = run_cli("query", "congress-cycle", root=built_real.root)
    assert missing.exit_code == 2
    assert missing.stderr.startswith("error: query 'congress-cycle' needs -p org")
    unknown = run_cli("query", "nope", root=built_real.root)
    assert unknown.exit_code == 2 and "no saved query 'nope'" in unknown.stderr
    misspelt = run_cli("query", "post-holder", root=built_real.root)
    assert misspelt.exit_code == 2
    assert "no saved query 'post-holder' (did you mean 'post-holders'?)" in misspelt.stderr


def test_cli_lists_queries(built_real: Project) -> None:
    listing = run_cli("queries", root=built_real.root)
    assert listing.exit_code == 0
    for name in QUERIES:
        assert name in listing.stdout


def test_catalogue_is_up_to_date() -> None:
    catalogue = (REPO / "queries" / "README.md").read_text(encoding="utf-8")
    assert catalogue == render_catalogue(list(QUERIES.values())), (
        "queries/README.md is out of date: run "
        "'partygraph queries --format md > queries/README.md'")


def write_query(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "q.rq"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "message"), [
    ("SELECT * WHERE { ?s ?p ?o }", r"q.rq:1: saved query has no '#\+ summary:' header"),
    ("#+ summary: x\n#+ colour: red\nSELECT * WHERE { ?s ?p ?o }",
     r"q.rq:2: unknown header key 'colour'"),
    ("#+ summary: x\n#+ params:\n#+   org: {type: uri}\nSELECT * WHERE { ?org ?p ?o }",
     r"q.rq:3: parameter 'org' has type 'uri'"),
    ("#+ summary: x\n#+ params:\n#+   org: {type: iri, colour: red}\nSELECT * WHERE { ?s ?p ?o }",
     r"q.rq:3: parameter 'org' has unknown key 'colour'"),
    ("#+ summary: x\n#+ params:\n#+   org: {type: iri, example: a, description: b}\n"
     "SELECT * WHERE { ?s ?p ?o }", r"q.rq:3: parameter 'org' is not used as \?org"),
    ("#+ summary: x\n#+ params:\n#+   org: {type: iri}\nSELECT * WHERE { ?org ?p ?o }",
     r"q.rq:3: parameter 'org' needs an example and a description"),
    ("#+ summary: x\n#+ params:\n#+   n: {type: integer, class: pg:X, example: 1, description: y}"
     "\nSELECT * WHERE { ?n ?p ?o }", r"q.rq:3: parameter 'n': only an iri parameter"),
    ("#+ summary: x\n#+ params:\n#+   m: {type: iri, class: pg:X, scheme: pg:Measure, "
     "example: a, description: b}\nSELECT * WHERE { ?m ?p ?o }",
     r"q.rq:3: parameter 'm': only a parameter of class skos:Concept can name a scheme"),
    ("#+ summary: x\n#+ params:\n#+   n: {type: string, min: 1, example: a, description: y}"
     "\nSELECT * WHERE { ?n ?p ?o }", r"q.rq:3: parameter 'n': 'min' is an integer, of an "
     r"integer parameter"),
    ("#+ summary: x\n#+ params:\n#+   n: {type: integer, min: one, example: 1, description: y}"
     "\nSELECT * WHERE { ?n ?p ?o }", r"q.rq:3: parameter 'n': 'min' is an integer"),
    ("#+ summary: x\n#+ params:\n#+   n: {type: integer, min: 2, example: 1, description: y}"
     "\nSELECT * WHERE { ?n ?p ?o }", r"q.rq:3: parameter 'n': its example 1 is below its min 2"),
    *[("#+ summary: x\n#+ params:\n#+   l: {type: iri, example: a, description: b, "
       f"narrows: \"{pattern}\"}}\nSELECT * WHERE {{ ?u ?p ?o OPTIONAL {{ ?u pg:level ?x }} "
       "FILTER (!BOUND(?l) || ?x = ?l) }",
       r"q.rq:3: parameter 'l': 'narrows' must be one triple pattern '\?S prefix:name \?l'")
      for pattern in ("?u pg:level ?l . ?u a pg:X",  # two patterns
                      "?u pg:level ?v",  # not the parameter
                      "?w pg:level ?l",  # not a variable of the query
                      "?u nope:level ?l",  # no such prefix
                      "?u <https://example.org/level> ?l",  # (prefixed names only)
                      "?u pg:level/<https://example.org/x> ?l",  # in a path too
                      "?u pg:level|nope:x ?l",  # no such prefix in a path
                      "?u (pg:level/pg:x ?l",  # unbalanced
                      "?u pg:level)/(pg:x ?l",  # balanced, in the wrong order
                      "?u pg:level//pg:x ?l",  # an empty step
                      "?u pg:level/ ?l",  # a missing step
                      "?u pg:level?x ?l",  # not a path
                      "?u pg:level ?l } ?s ?p ?o { ")],  # no text of another shape
    ("#+ summary: x\nSELECT * WHERE { ?s ?p }", r"q.rq:2: not valid SPARQL: error at 2:"),
    ("#+ summary: x\nDELETE WHERE { ?s ?p ?o }",  # (the parser asked for CONSTRUCT)
     r"q.rq:1: is a SPARQL update \(INSERT, DELETE …\), and saved queries only read: run an "
     r"update with 'partygraph sparql --allow-update FILE'"),
    ("#+ summary: [x\nSELECT * WHERE { ?s ?p ?o }", r"q.rq:\d+: malformed query header"),
])
def test_malformed_saved_query(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message) as refused:
        load_query(write_query(tmp_path, text))
    assert "\n" not in str(refused.value)  # one line, however the parser words it


@pytest.mark.parametrize(("pattern", "written", "finds"), [
    ("?u pg:level ?l", "?u <https://w3id.org/partygraph/ontology#level> ?l .", None),
    ("?u org:unitOf* ?l .", "?u <http://www.w3.org/ns/org#unitOf>* ?l .", "u"),
    ("?u pg:concerns|(pg:responsible/^org:hasUnit+) ?l",
     "?u <https://w3id.org/partygraph/ontology#concerns>|(<https://w3id.org/partygraph/ontology"
     "#responsible>/^<http://www.w3.org/ns/org#hasUnit>+) ?l .", "u"),
])
def test_a_narrows_pattern_is_written_out_and_a_path_finds_its_other_variable(
        tmp_path: Path, pattern: str, written: str, finds: str | None) -> None:
    query = load_query(write_query(
        tmp_path, "#+ summary: x\n#+ params:\n#+   l: {type: iri, example: a, description: b, "
        f"narrows: \"{pattern}\"}}\nSELECT * WHERE {{ ?u ?p ?o OPTIONAL {{ ?u pg:level ?x }} "
        "FILTER (!BOUND(?l) || ?x = ?l) }"))
    (param,) = query.params
    assert (param.narrows, param.narrows_finds) == (written, finds)


@pytest.mark.parametrize(("inside", "finds"), [
    ("SELECT ?u (MIN(?o) AS ?m) WHERE { ?u ?p ?o } GROUP BY ?u", "u"),
    ("SELECT ?u (MIN(?o) AS ?m) WHERE { ?u ?p ?o } GROUP BY ?u LIMIT 5", None),  # (not there)
    ("SELECT ?v (MIN(?o) AS ?m) WHERE { ?v ?p ?o } GROUP BY ?v", None),  # another variable
])
def test_a_plain_predicate_finds_its_other_variable_when_a_sub_select_selects_it(
        tmp_path: Path, inside: str, finds: str | None) -> None:
    query = load_query(write_query(
        tmp_path, "#+ summary: x\n#+ params:\n#+   l: {type: iri, example: a, description: b, "
        f"narrows: \"?u pg:level ?l\"}}\nSELECT * WHERE {{ ?u pg:level ?l {{ {inside} }} }}"))
    assert query.params[0].narrows_finds == finds


@pytest.mark.parametrize(("text", "message"), [
    ("#+ summary: x\n#+ tags: 5\nSELECT * WHERE { ?s ?p ?o }", r"q.rq:2: 'tags' must be a list"),
    ("#+ summary: x\x00\nSELECT * WHERE { ?s ?p ?o }", r"q.rq:1: malformed query header: "),
])
def test_a_header_yaml_refuses_is_a_query_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        load_query(write_query(tmp_path, text))


def test_a_query_that_is_not_utf8_is_a_query_error(tmp_path: Path) -> None:
    path = tmp_path / "q.rq"
    path.write_bytes(b"#+ summary: caf\xe9\nSELECT * WHERE { ?s ?p ?o }\n")
    with pytest.raises(QueryError, match=r"q.rq: cannot read: not UTF-8 text"):
        load_query(path)


def test_a_query_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """A new user's finding: it was said to have no '#+ summary:' header."""
    path = tmp_path / "q.rq"
    path.write_bytes("#+ summary: Một truy vấn\nSELECT * WHERE { ?s ?p ?o }\n"
                     .encode("utf-8-sig"))
    query = load_query(path)
    assert query.summary == "Một truy vấn" and not query.text.startswith("\ufeff")


BROKEN_SPARQL = "#+ summary: Broken on purpose\nSELEC ?x WHERE { ?x ?p ?o }\n"
BROKEN_HEADER = "#+ summary: [unclosed\nSELECT ?x WHERE { ?x ?p ?o }\n"


def test_load_each_keeps_the_good_queries(tmp_path: Path) -> None:
    files = {name: REPO / "queries" / f"{name}.rq" for name in ("coverage", "tallies")}
    for name, text in (("broken", BROKEN_SPARQL), ("bad-header", BROKEN_HEADER)):
        files[name] = tmp_path / f"{name}.rq"
        files[name].write_text(text, encoding="utf-8")
    loaded, broken = load_each(files)
    assert sorted(loaded) == ["coverage", "tallies"]
    assert [(e.file, e.line) for e in broken] == [(files["broken"], 2), (files["bad-header"], 1)]
    assert load_named(files, "coverage").name == "coverage"  # read alone
    with pytest.raises(QueryError, match="not valid SPARQL"):
        load_named(files, "broken")
    with pytest.raises(QueryError, match=r"no saved query 'brokn' \(did you mean 'broken'\?\)"):
        load_named(files, "brokn")


@pytest.fixture(scope="module")
def broken_local_query(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """A build of the seed whose project has two malformed saved queries of its own."""
    project = copy_project(tmp_path_factory.mktemp("broken-query"))
    build(project)
    (project.queries_dir / "broken.rq").write_text(BROKEN_SPARQL, encoding="utf-8")
    (project.queries_dir / "bad-header.rq").write_text(BROKEN_HEADER, encoding="utf-8")
    return project


def test_queries_lists_the_good_ones_and_warns_of_each_bad_one(
        broken_local_query: Project) -> None:
    listing = run_cli("queries", root=broken_local_query.root)
    assert listing.exit_code == 0, listing.output
    for name in QUERIES:
        assert name in listing.stdout
    assert "broken" not in listing.stdout.replace("bad-header", "")
    header, sparql = listing.stderr.splitlines()  # one line each, in order of name
    assert header.startswith("warning: queries/bad-header.rq:1: malformed query header: ")
    assert sparql.startswith("warning: queries/broken.rq:2: not valid SPARQL: ")
    for line in (header, sparql):
        assert line.endswith(" (left out; 'partygraph validate' checks every saved query)")
    catalogue = run_cli("queries", "--format", "md", root=broken_local_query.root)
    assert catalogue.exit_code == 0 and "## coverage" in catalogue.stdout


def test_a_good_query_runs_beside_a_bad_one(broken_local_query: Project) -> None:
    good = run_cli("query", "coverage", "--format", "csv", root=broken_local_query.root)
    assert good.exit_code == 0, good.output
    assert good.stdout.startswith("organisation,id,figures,sources,")
    helped = run_cli("query", "tallies", "--help", root=broken_local_query.root)
    assert helped.exit_code == 0 and "Saved query 'tallies'" in helped.stdout


def test_a_construct_export_runs_beside_a_bad_query(broken_local_query: Project,
                                                    tmp_path: Path) -> None:
    out = tmp_path / "graph.graphml"
    done = run_cli("export", "construct", "--query", "hierarchy-graph", "-o", str(out),
                   root=broken_local_query.root)
    assert done.exit_code == 0, done.output
    assert out.read_text(encoding="utf-8").startswith("<?xml")


def test_a_local_query_naming_an_unknown_term_runs_with_a_warning(tmp_path: Path) -> None:
    """A misspelt pg: term matches nothing: the query still runs (no rows for it), and says
    why on stderr, as validate does; the catalogue's queries say nothing."""
    project = copy_project(tmp_path)
    (project.queries_dir / "mine.rq").write_text(
        "#+ summary: mine\nPREFIX pg: <https://w3id.org/partygraph/ontology#>\n"
        "SELECT ?o WHERE {\n  ?o a pg:PartyOrganisaton }\n", encoding="utf-8")
    assert run_cli("build", root=project.root).exit_code == 0
    mine = run_cli("query", "mine", root=project.root)
    assert mine.exit_code == 0, mine.output
    assert mine.stderr.splitlines() == [
        "warning: queries/mine.rq:4: pg:PartyOrganisaton is not a term of the ontology: it "
        "matches nothing (did you mean 'PartyOrganisation' or 'BaseOrganisations'?)"]
    other = run_cli("query", "coverage", root=project.root)
    assert other.exit_code == 0 and other.stderr == ""


def test_the_bad_query_fails_in_one_line(broken_local_query: Project) -> None:
    bad = run_cli("query", "broken", root=broken_local_query.root)
    assert bad.exit_code == 2
    assert len(bad.stderr.splitlines()) == 1
    assert bad.stderr.startswith("error: queries/broken.rq:2: not valid SPARQL: ")
    header = run_cli("query", "bad-header", root=broken_local_query.root)
    assert header.exit_code == 2 and len(header.stderr.splitlines()) == 1
    assert header.stderr.startswith("error: queries/bad-header.rq:1: malformed query header")


def test_every_parameter_has_example_and_description() -> None:
    query = QUERIES["org-figures-as-of"]
    assert query.example_values() == {"org": "an-khe-town-party", "as_of": "2020-06-30"}
    for saved in QUERIES.values():
        for param in saved.params:
            assert param.example is not None and param.description
