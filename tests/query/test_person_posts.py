"""Asking about a person (`person-posts`), and an iri parameter handed an entity of the wrong
class (`post-holders -p org PERSON`): a clear error naming what the entity is, not zero rows.

These run on the real data in data/, which grows as articles are added: they check what holds
for any correct corpus (every row names a post and a real source ...), not row counts."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
import pytest
import yaml

from partygraph.errors import QueryError
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine, Engine
from partygraph.query.remote import RemoteEngine
from partygraph.query.saved import load_queries, run_query
from partygraph.rdf.sparql_text import inject_values
from partygraph.share.server import OxigraphServer
from partygraph.store.embedded import open_store

from ..conftest import REPO, SEED_ID, run_cli

QUERIES = load_queries(REPO / "queries")
SEED_PERSON = "nguyen-thi-thanh-lich"  # the secretary named by the seed article
COLUMNS = ("post", "organisation", "asOf", "from", "until", "source", "quote")
WRONG_CLASS = "is a person (foaf:Person), not a party organisation (pg:PartyOrganisation)"


@pytest.fixture(scope="module")
def server(built_real: Project) -> Iterator[OxigraphServer]:
    with OxigraphServer(built_real.store_dir) as running:
        yield running


@pytest.fixture(scope="module")
def engine(built_real: Project) -> EmbeddedEngine:
    return EmbeddedEngine(open_store(built_real.store_dir))


def _text(term: object) -> str:
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else ""


def _rows(engine: Engine, name: str, params: dict[str, str]) -> list[dict[str, str]]:
    result = run_query(engine, QUERIES[name], params)
    return [{k: _text(row.get(k)) for k in result.variables} for row in result.rows]


def _ids(engine: Engine, query: str) -> list[str]:
    return sorted({_text(row["id"]) for row in engine.run(query).rows})


def _people(engine: Engine) -> list[str]:
    return _ids(engine, "SELECT ?id WHERE { ?x a foaf:Person ; dcterms:identifier ?id }")


def _holders(engine: Engine) -> list[str]:
    return _ids(engine, "SELECT ?id WHERE { ?h a pg:PostHolding ; "
                        "pg:holder/dcterms:identifier ?id }")


def _sources() -> set[str]:
    """The source id of every fact sheet in data/sheets."""
    return {yaml.safe_load(sheet.read_text(encoding="utf-8"))["source"]["id"]
            for sheet in (REPO / "data" / "sheets").glob("*.yaml")}


def test_the_seed_person_holds_a_post(engine: EmbeddedEngine) -> None:
    assert SEED_PERSON in _holders(engine)
    assert _rows(engine, "person-posts", {"person": SEED_PERSON})


def test_person_posts_rows_name_a_post_a_date_and_a_real_source(engine: EmbeddedEngine) -> None:
    sources = _sources()
    holders = set(_holders(engine))
    for person in _people(engine):
        rows = _rows(engine, "person-posts", {"person": person})
        assert bool(rows) == (person in holders), person
        dates = []
        for row in rows:
            assert tuple(row) == COLUMNS
            assert row["post"] and row["quote"], (person, row)
            assert row["source"] in sources, (person, row)
            date = row["from"] or row["asOf"] or row["until"]
            assert date, (person, row)  # a holding gives at least one date
            dates.append(date)
        assert dates == sorted(dates), (person, dates)  # chronological


def test_person_posts_agrees_with_post_holders(engine: EmbeddedEngine) -> None:
    everyone = _rows(engine, "post-holders", {})
    for person in _holders(engine):
        name = _text(engine.run(inject_values(
            "SELECT ?name WHERE { ?x dcterms:identifier ?id ; foaf:name ?name }",
            {"id": ox.Literal(person)})).rows[0]["name"])
        held = {tuple(r[c] for c in COLUMNS) for r in everyone if r["person"] == name}
        mine = {tuple(r[c] for c in COLUMNS) for r in _rows(engine, "person-posts",
                                                            {"person": person})}
        assert {r for r in mine if r[1]} <= held, person  # those whose organisation is known


@pytest.mark.parametrize("name", ["person-posts", "post-holders"])
def test_the_person_and_org_parameters_declare_their_class(name: str) -> None:
    (param,) = QUERIES[name].params
    assert param.cls == {"person-posts": "http://xmlns.com/foaf/0.1/Person",
                         "post-holders": "https://w3id.org/partygraph/ontology#PartyOrganisation",
                         }[name]


def test_a_person_for_an_organisation_names_what_it_is(engine: EmbeddedEngine,
                                                       server: OxigraphServer) -> None:
    for on in (engine, RemoteEngine(server.query_url)):
        with pytest.raises(QueryError) as raised:
            _rows(on, "post-holders", {"org": SEED_PERSON})
        assert str(raised.value) == f"parameter 'org': {SEED_PERSON} {WRONG_CLASS}"
    iri = f"https://w3id.org/partygraph/id/person/{SEED_PERSON}"
    with pytest.raises(QueryError) as by_iri:
        _rows(engine, "post-holders", {"org": iri})
    assert str(by_iri.value) == f"parameter 'org': {iri} {WRONG_CLASS}"


@pytest.mark.parametrize("name", ["organisations-under", "congress-cycle",
                                  "congress-directives"])
def test_queries_of_one_party_organisation_refuse_a_person(engine: EmbeddedEngine,
                                                           name: str) -> None:
    """Each saved query whose ``org`` can only be a party organisation says so, and a
    person's id given for it is refused with what it is, instead of giving no rows."""
    with pytest.raises(QueryError) as raised:
        _rows(engine, name, {"org": SEED_PERSON})
    assert str(raised.value) == f"parameter 'org': {SEED_PERSON} {WRONG_CLASS}"


@pytest.mark.parametrize("name", ["org-figures-as-of", "figures-over-time", "has-figures",
                                  "tallies"])
def test_figures_queries_take_any_organisation_or_body_and_refuse_a_person(
        engine: EmbeddedEngine, name: str) -> None:
    """The figures queries' ``org`` is any organisation, body or state organ
    (``org:Organization``, which the ontology says its classes are): each observed unit of the
    corpus is taken, and a person's id is refused with what it is."""
    units = _ids(engine, "SELECT ?id WHERE { ?f pg:observedUnit/dcterms:identifier ?id }")
    assert units
    extra = {"as_of": "2020-06-30"} if name == "org-figures-as-of" else {}
    for unit in units:
        _rows(engine, name, {"org": unit, **extra})  # no error
    with pytest.raises(QueryError) as raised:
        _rows(engine, name, {"org": SEED_PERSON, **extra})
    assert str(raised.value) == (f"parameter 'org': {SEED_PERSON} is a person (foaf:Person), "
                                 "not an organization (org:Organization)")


def test_an_organisation_for_a_person_names_what_it_is(engine: EmbeddedEngine) -> None:
    organisation = _ids(engine, "SELECT ?id WHERE { ?x a pg:PartyOrganisation ; "
                                "dcterms:identifier ?id }")[0]
    with pytest.raises(QueryError, match=rf"^parameter 'person': {organisation} is an? .+ "
                                         r"\(pg:\w+\), not a person \(foaf:Person\)$"):
        _rows(engine, "person-posts", {"person": organisation})


def test_an_iri_the_graph_does_not_type_is_refused(engine: EmbeddedEngine) -> None:
    with pytest.raises(QueryError, match=r"^parameter 'org': http://example\.org/x is not a party "
                                         r"organisation \(pg:PartyOrganisation\): the graph "
                                         "gives it no type$"):
        _rows(engine, "post-holders", {"org": "http://example.org/x"})


def test_cli_post_holders_with_a_person_exits_2(built_real: Project) -> None:
    result = run_cli("query", "post-holders", "-p", "org", SEED_PERSON, root=built_real.root)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"error: parameter 'org': {SEED_PERSON} {WRONG_CLASS}\n"


def test_cli_post_holders_with_an_organisation(built_real: Project,
                                               engine: EmbeddedEngine) -> None:
    organisations = _ids(engine, """
        SELECT ?id WHERE {
          ?h a pg:PostHolding ; pg:post/org:postIn/org:unitOf* ?o .
          ?o a pg:PartyOrganisation ; dcterms:identifier ?id }""")
    assert organisations
    for organisation in organisations:
        result = run_cli("query", "post-holders", "-p", "org", organisation, "--format", "csv",
                         root=built_real.root)
        assert result.exit_code == 0, result.output
        header, *rows = result.stdout.splitlines()
        assert header.startswith("person,post,organisation,")
        assert rows, organisation


def test_cli_person_posts(built_real: Project) -> None:
    result = run_cli("query", "person-posts", "-p", "person", SEED_PERSON, "--format", "csv",
                     root=built_real.root)
    assert result.exit_code == 0, result.output
    header, *rows = result.stdout.splitlines()
    assert header == ",".join(COLUMNS)
    assert rows


def test_person_posts_gathers_every_source_in_date_order(built_synthetic: Project) -> None:
    """With the SYNTHETIC later article, which says the seed's secretary held the post until
    30 June 2020: her posts come from both articles, the later date last."""
    rows = _rows(EmbeddedEngine(open_store(built_synthetic.store_dir)), "person-posts",
                 {"person": SEED_PERSON})
    assert {SEED_ID, "synthetic-2020-07-an-khe-update"} <= {r["source"] for r in rows}
    until = [i for i, r in enumerate(rows) if r["until"] == "2020-06-30"]
    seed = [i for i, r in enumerate(rows) if r["source"] == SEED_ID and r["asOf"] == "2020-06"]
    assert until and seed and max(seed) < min(until)


def _holdings_of(engine: Engine, person: str) -> int:
    rows = engine.run(inject_values(
        "SELECT (COUNT(DISTINCT ?h) AS ?n) WHERE { ?h a pg:PostHolding ; pg:holder ?x . "
        "?x dcterms:identifier ?id }", {"id": ox.Literal(person)})).rows
    return int(_text(rows[0]["n"]))


def test_one_row_per_holding_however_many_sentences_state_it(engine: EmbeddedEngine) -> None:
    """A holding quoted by two sentences (the seed's secretary is) is one row, not two: a
    count of rows is a count of holdings."""
    for person in _holders(engine):
        rows = _rows(engine, "person-posts", {"person": person})
        assert len(rows) == _holdings_of(engine, person), person
    everyone = _rows(engine, "post-holders", {})
    keys = [tuple(r[c] for c in r if c != "quote") for r in everyone]
    assert len(keys) == len(set(keys))
