"""CONSTRUCT and DESCRIBE results in Turtle, N-Triples and JSON-LD, read back by rdflib and by
pyoxigraph to the triples the engine gave, from ``query`` and ``sparql``, on the embedded store
and on a real Oxigraph server; a SELECT or ASK in an RDF format, or a CONSTRUCT in a results
format, is refused in one line."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from partygraph.errors import PartygraphError
from partygraph.options import RDF_FORMATS
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine, QueryResult, Term
from partygraph.query.output import render_result
from partygraph.share.server import OxigraphServer
from partygraph.store.embedded import open_store

from ..conftest import run_cli

RDFLIB = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld"}
OXIGRAPH = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
            "jsonld": ox.RdfFormat.JSON_LD}
AN_KHE = "https://w3id.org/partygraph/id/organisation/an-khe-town-party"
CONSTRUCT = "CONSTRUCT WHERE { ?o a pg:PartyOrganisation ; rdfs:label ?l }"
DESCRIBE = f"DESCRIBE <{AN_KHE}>"


def _ntriples(triples: list[ox.Triple] | tuple[ox.Triple, ...]) -> str:
    data = ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES)
    assert data is not None
    return data.decode("utf-8")


def _check(text: str, fmt: str, expected: list[ox.Triple] | tuple[ox.Triple, ...]) -> None:
    """``text`` in ``fmt`` reads back to ``expected`` in rdflib and in pyoxigraph."""
    assert expected, "nothing to compare"
    theirs = [ox.Triple(q.subject, q.predicate, q.object)
              for q in ox.parse(text.encode("utf-8"), format=OXIGRAPH[fmt])]
    if not any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)
               for t in expected):
        assert set(theirs) == set(expected)
    assert len(set(theirs)) == len(set(expected))
    read = Graph().parse(data=text, format=RDFLIB[fmt])
    reference = Graph().parse(data=_ntriples(expected), format="nt")
    assert len(read) == len(reference)
    assert isomorphic(read, reference)


@pytest.fixture(scope="module")
def engine(built_real: Project) -> EmbeddedEngine:
    return EmbeddedEngine(open_store(built_real.store_dir))


def _odd() -> QueryResult:
    """Terms that test each format's escaping: quotes, line ends, Vietnamese, blank nodes."""
    s = ox.NamedNode("https://example.org/s?x=1&y=%3C2%3E#Đ")
    p = ox.NamedNode("https://example.org/p")
    blank = ox.BlankNode("b0")
    objects: list[Term] = [ox.Literal('say "Tây Sơn"\n\tand \\ more', language="vi"),
               ox.Literal("2020-06", datatype=ox.NamedNode(
                   "http://www.w3.org/2001/XMLSchema#gYearMonth")),
               ox.Literal("-0.5", datatype=ox.NamedNode(
                   "http://www.w3.org/2001/XMLSchema#decimal")),
               ox.Literal("bell \x07 and \u0000"), blank]
    triples = [ox.Triple(s, p, o) for o in objects]
    triples.append(ox.Triple(blank, p, ox.Literal("Đảng bộ", language="vi")))
    return QueryResult(("subject", "predicate", "object"), triples=tuple(triples))


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_odd_terms_read_back(fmt: str) -> None:
    result = _odd()
    _check(render_result(result, fmt), fmt, result.triples)


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_the_same_graph_gives_the_same_text(engine: EmbeddedEngine, fmt: str) -> None:
    first = engine.run(CONSTRUCT)
    shuffled = QueryResult(first.variables, triples=tuple(reversed(first.triples)))
    assert render_result(first, fmt) == render_result(shuffled, fmt)


@pytest.mark.parametrize("fmt", RDF_FORMATS)
@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE])
def test_sparql_construct_and_describe(built_real: Project, engine: EmbeddedEngine,
                                      query: str, fmt: str) -> None:
    out = run_cli("sparql", "--query", query, "--format", fmt, root=built_real.root)
    assert out.exit_code == 0, out.output
    assert out.stderr == ""
    expected = engine.run(query).triples
    _check(out.stdout, fmt, expected)
    if query == CONSTRUCT:
        organisations = {t.subject for t in expected}  # each typed and named
        assert organisations and len(expected) >= 2 * len(organisations)
    if fmt == "turtle":
        assert "@prefix pg: <https://w3id.org/partygraph/ontology#>" in out.stdout
    # Vietnamese labels as UTF-8 text, never as \\u escapes
    assert "\\u" not in out.stdout and "Đảng" in out.stdout


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_saved_construct_query(built_real: Project, engine: EmbeddedEngine, fmt: str) -> None:
    out = run_cli("query", "hierarchy-graph", "--format", fmt, root=built_real.root)
    assert out.exit_code == 0, out.output
    expected = engine.run((built_real.queries_dir / "hierarchy-graph.rq").read_text(
        encoding="utf-8")).triples
    _check(out.stdout, fmt, expected)
    sub = ox.NamedNode("http://www.w3.org/ns/org#subOrganizationOf")
    assert any(t.predicate == sub for t in expected)


def test_default_stays_a_table(built_real: Project) -> None:
    out = run_cli("sparql", "--query", CONSTRUCT, root=built_real.root)
    assert out.exit_code == 0, out.output
    count = len(EmbeddedEngine(open_store(built_real.store_dir)).run(CONSTRUCT).triples)
    assert out.stdout.rstrip().endswith(f"\n{count} row(s)")
    markdown = run_cli("sparql", "--query", CONSTRUCT, "--format", "md", root=built_real.root)
    assert markdown.stdout.startswith("| subject | predicate | object |")


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_select_and_ask_in_an_rdf_format_are_refused(built_real: Project, fmt: str) -> None:
    for query, form in (("SELECT ?o WHERE { ?o a pg:PartyOrganisation }",
                         "a SELECT query gives rows"),
                        ("ASK { ?o a pg:PartyOrganisation }", "an ASK query gives a yes or no")):
        out = run_cli("sparql", "--query", query, "--format", fmt, root=built_real.root)
        assert out.exit_code == 2 and out.stdout == ""
        assert out.stderr == (f"error: --format {fmt} is for CONSTRUCT and DESCRIBE results; "
                              f"{form}: use --format table, md, csv, tsv, json or xml\n"), \
            out.stderr
    saved = run_cli("query", "tallies", "--format", fmt, root=built_real.root)
    assert saved.exit_code == 2 and saved.stderr.count("\n") == 1
    with pytest.raises(PartygraphError, match="a SELECT query gives rows"):
        render_result(QueryResult(("x",), ()), fmt)


def test_describe_in_csv_is_refused(built_real: Project) -> None:
    out = run_cli("sparql", "--query", DESCRIBE, "--format", "csv", root=built_real.root)
    assert out.exit_code == 2 and out.stdout == ""
    assert out.stderr == ("error: --format csv is for SELECT and ASK results; a CONSTRUCT or "
                          "DESCRIBE query gives a graph: use --format turtle, ntriples, jsonld, "
                          "table or md\n"), out.stderr


def test_on_a_real_oxigraph_server(built_real: Project, engine: EmbeddedEngine,
                                   tmp_path: Path) -> None:
    """The same triples from an endpoint (Oxigraph's server over the built dataset)."""
    folder = tmp_path / "store"
    store = ox.Store(str(folder))
    store.bulk_load(path=str(built_real.dataset_file), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    with OxigraphServer(folder, read_only=True) as server:
        for fmt in RDF_FORMATS:
            out = run_cli("query", "hierarchy-graph", "--format", fmt, "--endpoint",
                          server.query_url, root=built_real.root)
            assert out.exit_code == 0, out.output
            expected = engine.run((built_real.queries_dir / "hierarchy-graph.rq").read_text(
                encoding="utf-8")).triples
            _check(out.stdout, fmt, expected)
        refused = run_cli("sparql", "--query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1",
                          "--format", "jsonld", "--endpoint", server.query_url,
                          root=built_real.root)
        assert refused.exit_code == 2 and refused.stderr.count("\n") == 1
