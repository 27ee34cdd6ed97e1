"""Query results in the W3C SPARQL 1.1 results formats (JSON, XML, CSV, TSV), read back by
rdflib's result parsers to the rows the embedded engine gave; CSV and TSV byte for byte as
Oxigraph writes them; ASK in CSV and TSV as Apache Jena writes it."""

from __future__ import annotations

import io
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef, Variable
from rdflib.query import Result

from partygraph.errors import PartygraphError
from partygraph.options import QUERY_FORMATS
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine, QueryResult, Term
from partygraph.query.output import render_result
from partygraph.query.saved import bind_parameters, load_queries
from partygraph.rdf.sparql_text import inject_values
from partygraph.rdf.vocab import PREFIXES
from partygraph.store.embedded import open_store

from ..conftest import REPO, run_cli

QUERIES = load_queries(REPO / "queries")
# The saved queries by form, as their text starts (a test below checks the engine agrees).
CONSTRUCT = {n for n, q in QUERIES.items() if "\nCONSTRUCT" in q.text}
ASK = {n for n, q in QUERIES.items() if "\nASK" in q.text}
SELECTS = sorted(set(QUERIES) - CONSTRUCT - ASK)
W3C_FORMATS = ("json", "xml", "csv", "tsv")
OXIGRAPH = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
Row = dict[str, Any]


@pytest.fixture(scope="module")
def store(built_real: Project) -> ox.Store:
    return open_store(built_real.store_dir)


def _query_text(engine: EmbeddedEngine, name: str) -> str:
    query = QUERIES[name]
    return inject_values(query.text, bind_parameters(engine, query, query.example_values()))


def _rdflib(term: Term | None, fmt: str) -> object:
    """What rdflib should read back for ``term`` from ``fmt``; None when unbound."""
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return "bnode"  # labels are the writer's to choose
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if fmt == "csv":  # plain text: what CSV keeps of a literal
        return Literal(term.value) if term.value else None
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = None if term.datatype.value == XSD_NS + "string" else term.datatype.value
    return Literal(term.value, datatype=datatype)


def _plain(value: object) -> object:
    if isinstance(value, BNode):
        return "bnode"
    if isinstance(value, Literal) and value.datatype == URIRef(XSD_NS + "string"):
        return Literal(str(value))  # JSON names xsd:string; RDF 1.1 makes it the same
    return value


def _expected(result: QueryResult, fmt: str) -> list[Row]:
    rows = [{v: _rdflib(row[v], fmt) for v in result.variables} for row in result.rows]
    return [{k: v for k, v in row.items() if v is not None} for row in rows]


def _read(text: str, fmt: str) -> Result:
    return Result.parse(io.BytesIO(text.encode("utf-8")), format=fmt)


def _read_rows(text: str, fmt: str) -> tuple[list[str], list[Row]]:
    parsed = _read(text, fmt)
    assert parsed.type == "SELECT"
    assert parsed.vars is not None and parsed.bindings is not None
    names = [str(v) for v in parsed.vars]
    rows = [{str(k): _plain(v) for k, v in row.items()} for row in parsed.bindings]
    return names, rows


def test_xml_is_a_query_format() -> None:
    assert "xml" in QUERY_FORMATS and {"tsv", "csv", "json"} <= set(QUERY_FORMATS)


@pytest.mark.parametrize("fmt", W3C_FORMATS)
@pytest.mark.parametrize("name", sorted(set(QUERIES) - CONSTRUCT))
def test_rdflib_reads_every_saved_query_back(store: ox.Store, name: str, fmt: str) -> None:
    engine = EmbeddedEngine(store)
    result = engine.run(_query_text(engine, name))
    assert result.form != "construct"
    text = render_result(result, fmt)
    if result.form == "ask":
        if fmt in ("json", "xml"):
            parsed = _read(text, fmt)
            assert parsed.type == "ASK" and parsed.askAnswer is result.boolean
        else:
            truth = "true" if result.boolean else "false"
            names, rows = _read_rows(text, fmt)
            assert names == ["_askResult"]
            assert rows == [{"_askResult": Literal(truth) if fmt == "csv" else
                             Literal(result.boolean)}]
        return
    names, rows = _read_rows(text, fmt)
    assert names == list(result.variables)
    assert rows == _expected(result, fmt)
    # The seed states no changes, disagreements, state posts, attendances or selections.
    assert rows or name in ("change-events", "disagreements", "lineage", "concurrent-posts",
                            "attendances", "post-selections")


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
@pytest.mark.parametrize("name", SELECTS)
def test_csv_and_tsv_are_as_oxigraph_writes_them(store: ox.Store, name: str, fmt: str) -> None:
    engine = EmbeddedEngine(store)
    text = _query_text(engine, name)
    result = engine.run(text)
    assert result.form == "select"  # Oxigraph writes CSV and TSV for SELECT only
    theirs = store.query(text, prefixes=PREFIXES)
    assert isinstance(theirs, ox.QuerySolutions)
    written = theirs.serialize(format=OXIGRAPH[fmt])
    assert written is not None
    assert render_result(result, fmt) == written.decode("utf-8")


def _odd() -> QueryResult:
    """Values that test the escaping of every format."""
    x = ox.NamedNode("https://example.org/x")

    def typed(value: str, name: str) -> ox.Literal:
        return ox.Literal(value, datatype=ox.NamedNode(XSD_NS + name))

    rows: list[dict[str, Term | None]] = [
        {"s": ox.NamedNode("http://example.org/a?x=1&y=2,3"),
         "o": ox.Literal('tab\there, "quoted"\r\nnext line; comma, <&>', language="en-us")},
        {"s": ox.BlankNode("b0"), "o": typed("5", "integer")},
        {"s": None, "o": typed("0.5", "decimal")},
        {"s": None, "o": typed("-0.5", "decimal")},
        {"s": x, "o": typed("1.5E3", "double")},
        {"s": x, "o": typed("true", "boolean")},
        {"s": x, "o": typed("0012", "gYear")},
        {"s": x, "o": ox.Literal("back\\slash, bell \x07")},
        {"s": None, "o": None},
    ]
    return QueryResult(("s", "o"), tuple(rows))


@pytest.mark.parametrize("fmt", W3C_FORMATS)
def test_awkward_values_read_back(fmt: str) -> None:
    result = _odd()
    text = render_result(result, fmt) if fmt != "xml" else render_result(
        QueryResult(result.variables, result.rows[:-2] + result.rows[-1:]), fmt)
    names, rows = _read_rows(text, fmt)
    assert names == ["s", "o"]
    expected = _expected(result, fmt)
    assert rows == (expected if fmt != "xml" else expected[:-2] + expected[-1:])


def test_csv_and_tsv_by_the_letter() -> None:
    csv_text = render_result(_odd(), "csv")
    assert csv_text.startswith('s,o\r\n"http://example.org/a?x=1&y=2,3",'
                               '"tab\there, ""quoted""\r\nnext line; comma, <&>"\r\n_:b0,5\r\n')
    assert csv_text.endswith("\r\n,\r\n")
    x = "<https://example.org/x>"
    assert render_result(_odd(), "tsv").split("\n") == [
        "?s\t?o",
        '<http://example.org/a?x=1&y=2,3>\t"tab\\there, \\"quoted\\"\\r\\nnext line; '
        'comma, <&>"@en-us',
        "_:b0\t5", "\t0.5", '\t"-0.5"^^<http://www.w3.org/2001/XMLSchema#decimal>',
        f"{x}\t1.5E3", f"{x}\ttrue", f'{x}\t"0012"^^<http://www.w3.org/2001/XMLSchema#gYear>',
        f'{x}\t"back\\\\slash, bell \x07"', "\t", ""]


def test_ask_in_every_format() -> None:
    yes, no = QueryResult((), boolean=True), QueryResult((), boolean=False)
    assert render_result(yes, "csv") == "_askResult\r\ntrue\r\n"
    assert render_result(no, "tsv") == "?_askResult\nfalse\n"
    assert render_result(yes, "table") == "true\n" and render_result(no, "md") == "false\n"
    assert render_result(yes, "json") == '{"head": {}, "boolean": true}\n'
    assert _read(render_result(no, "xml"), "xml").askAnswer is False


def test_xml_refuses_what_xml_cannot_carry() -> None:
    result = QueryResult(("o",), ({"o": ox.Literal("bell \x07")},))
    with pytest.raises(PartygraphError, match="U\\+0007"):
        render_result(result, "xml")
    assert _read_rows(render_result(result, "tsv"), "tsv")[1] == [{"o": Literal("bell \x07")}]


def test_cli_writes_the_formats(built_real: Project) -> None:
    for fmt in W3C_FORMATS:
        out = run_cli("query", "congress-cycle", "-p", "org", "an-khe-town-party", "--format",
                      fmt, root=built_real.root)
        assert out.exit_code == 0, out.output
        names, rows = _read_rows(out.stdout, fmt)
        assert names[0] == "ordinal" and len(rows) == 2
        assert Variable(names[0]) == Variable("ordinal")
    ask = run_cli("query", "has-figures", "-p", "org", "an-khe-town-party", "--format", "xml",
                  root=built_real.root)
    assert _read(ask.stdout, "xml").askAnswer is True


def test_construct_in_a_results_format_is_refused(built_real: Project) -> None:
    for fmt in ("xml", "csv", "tsv", "json"):
        out = run_cli("query", "hierarchy-graph", "--format", fmt, root=built_real.root)
        assert out.exit_code == 2 and out.stdout == "", out.output
        assert out.stderr.count("\n") == 1 and "CONSTRUCT or DESCRIBE" in out.stderr
        assert "use --format turtle, ntriples, jsonld, table or md" in out.stderr


def test_a_table_shows_brackets_as_written() -> None:
    """A new user's finding: the table read values as console markup, so a name such as
    "Đảng bộ xã Ví Dụ [cũ]" lost "[cũ]" and a value with "[/old]" stopped the command with
    a MarkupError. Every format shows the text as it is."""
    values = ["Đảng bộ xã Ví Dụ [cũ]", "[/old] x", "[bold]y[/bold]", "[link=http://e]z"]
    result = QueryResult(("name",), tuple({"name": ox.Literal(v, language="vi")}
                                          for v in values))
    for fmt in ("table", "md", "csv"):
        text = render_result(result, fmt)
        for value in values:
            assert value in text, (fmt, text)
