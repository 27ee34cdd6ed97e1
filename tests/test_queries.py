"""Every saved query: it parses, and with its example parameters returns the expected rows."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from partygraph.errors import QueryError
from partygraph.project import Project
from partygraph.queries import SavedQuery, load_queries, load_query, run_query
from partygraph.store import open_store

from .conftest import REPO, SEED_ID, run_cli

QUERIES = load_queries(REPO / "queries")


def values(project: Project, name: str, params: dict[str, str] | None = None,
           columns: tuple[str, ...] | None = None) -> list[tuple[str, ...]]:
    query = QUERIES[name]
    result = run_query(open_store(project.store_dir), query,
                       query.example_values() if params is None else params)
    names = columns or result.variables
    return [tuple(_text(row[n]) for n in names) for row in result.rows]


def _text(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str:
    return "" if term is None else term.value


EXPECTED: dict[str, tuple[tuple[str, ...], list[tuple[str, ...]]]] = {
    "org-figures-as-of": (("measure", "value", "asOf"), [
        ("base party organisations", "48", "2020-06"),
        ("cells under base committees", "129", "2020-06"),
        ("party members", "2457", "2020-06"),
    ]),
    "post-holders": (("person", "post", "organisation", "asOf"), [
        ("Nguyễn Thị Thanh Lịch", "Bí thư Thị ủy An Khê", "Đảng bộ thị xã An Khê", "2020-06"),
        ("Nguyễn Thị Thanh Lịch", "Bí thư Thị ủy An Khê", "Đảng bộ thị xã An Khê", "2020-06"),
    ]),
    "congress-cycle": (("ordinal", "termStart", "termEnd", "plannedFrom", "plannedTo",
                        "plannedText"), [
        ("16", "", "", "", "", ""),
        ("17", "2020", "2025", "2020-07-21", "2020-08-20",
         "cuối tháng 7 hoặc trung tuần tháng 8-2020"),
    ]),
    "deadlines": (("status", "dueBefore", "completedBy"), [
        ("completed", "", "2019-12-31"),
        ("completed", "", "2020-02-29"),
        ("planned", "2020-06-20", ""),
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
}


def test_at_least_the_foundation_queries_exist() -> None:
    assert set(EXPECTED) | {"source-facts"} <= set(QUERIES)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_saved_query_returns_expected_rows(built_real: Project, name: str) -> None:
    columns, rows = EXPECTED[name]
    assert values(built_real, name, columns=columns) == rows


def test_source_facts_lists_every_fact_with_quote(built_real: Project) -> None:
    rows = values(built_real, "source-facts", columns=("fact", "type", "implied", "quote"))
    facts = {r[0] for r in rows}
    assert {"members-2020-06", "vetting-managed-cadres", "review-session-2020-06-03",
            "an-khe-congress-17", "directive-35-ct-tw"} <= facts
    assert ("members-2020-06", "observation", "false", "với tổng số 2.457 đảng viên") in rows
    assert len(facts) == 29 + 16


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
    src = values(built_real, "source-facts", {"source": SEED_ID})
    assert len(src) > 40


@pytest.mark.parametrize(("params", "message"), [
    ({}, "needs -p org"),
    ({"org": "no-such-org"}, "no entity has the id 'no-such-org'"),
    ({"org": "an-khe-town-party", "colour": "red"}, "has no parameter 'colour'"),
    ({"org": "http://x/a b"}, "is not an IRI"),
    ({"org": "http://x/a> } ; DROP ALL #"}, "is not an IRI"),
])
def test_bad_parameters_are_refused(built_real: Project, params: dict[str, str],
                                    message: str) -> None:
    with pytest.raises(QueryError, match=message):
        run_query(open_store(built_real.store_dir), QUERIES["congress-cycle"], params)


def test_bad_date_parameter(built_real: Project) -> None:
    with pytest.raises(QueryError, match="not a date"):
        values(built_real, "org-figures-as-of", {"org": "an-khe-town-party", "as_of": "June"})


def test_string_parameter_with_sparql_syntax_is_bound_as_text(built_real: Project) -> None:
    hostile = '" } ; DELETE WHERE { ?s ?p ?o } #\n'
    assert values(built_real, "search-by-name", {"text": hostile}) == []
    assert values(built_real, "search-by-name", {"text": "tay son"})  # store unharmed


def test_cli_query_table_and_csv(built_real: Project) -> None:
    table = run_cli("query", "org-figures-as-of", "-p", "org", "an-khe-town-party",
                    "-p", "as_of", "2020-06-30", root=built_real.root)
    assert table.exit_code == 0
    assert "party members" in table.stdout and "2457" in table.stdout
    assert "3 row(s)" in table.stdout
    csv_out = run_cli("query", "congress-cycle", "-p", "org", "an-khe-town-party",
                      "--format", "csv", root=built_real.root)
    assert csv_out.stdout.splitlines()[0].startswith("ordinal,congress,kind,term")
    assert len(csv_out.stdout.splitlines()) == 3


def test_cli_query_errors_exit_2(built_real: Project) -> None:
    missing = run_cli("query", "congress-cycle", root=built_real.root)
    assert missing.exit_code == 2
    assert missing.stderr.startswith("error: query 'congress-cycle' needs -p org")
    unknown = run_cli("query", "nope", root=built_real.root)
    assert unknown.exit_code == 2 and "no saved query 'nope'" in unknown.stderr


def test_cli_lists_queries(built_real: Project) -> None:
    listing = run_cli("queries", root=built_real.root)
    assert listing.exit_code == 0
    for name in QUERIES:
        assert name in listing.stdout


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
    ("#+ summary: x\n#+ params:\n#+   org: {type: iri}\nSELECT * WHERE { ?s ?p ?o }",
     r"q.rq:3: parameter 'org' is not used as \?org"),
    ("#+ summary: x\nSELECT * WHERE { ?s ?p }", r"q.rq:2: not valid SPARQL: error at 2:"),
    ("#+ summary: [x\nSELECT * WHERE { ?s ?p ?o }", r"q.rq:\d+: malformed query header"),
])
def test_malformed_saved_query(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        load_query(write_query(tmp_path, text))


def test_saved_query_is_a_dataclass_with_examples() -> None:
    query = QUERIES["org-figures-as-of"]
    assert isinstance(query, SavedQuery)
    assert query.example_values() == {"org": "an-khe-town-party", "as_of": "2020-06-30"}
    for saved in QUERIES.values():
        for param in saved.params:
            assert param.example is not None, f"{saved.name}: {param.name} lacks an example"
            assert param.description


def test_ask_query_result(built_real: Project, tmp_path: Path) -> None:
    query = load_query(write_query(tmp_path, "#+ summary: any congress?\n"
                                   "ASK { ?c a <https://w3id.org/partygraph/ontology#Congress> }"))
    result = run_query(open_store(built_real.store_dir), query, {})
    assert result.boolean is True
    assert isinstance(open_store(built_real.store_dir), ox.Store)
