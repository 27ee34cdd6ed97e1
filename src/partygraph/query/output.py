"""Render query results and the query catalogue for people (tables, Markdown) and programs.

For programs, the W3C SPARQL 1.1 Query Results formats for SELECT and ASK (JSON, XML, CSV
and TSV), each of which other SPARQL tools (rdflib, Jena, Oxigraph) read back to the same rows,
and the RDF formats for CONSTRUCT and DESCRIBE (Turtle, N-Triples, JSON-LD), which rdflib and
pyoxigraph read back to the same triples.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Mapping, Sequence

import pyoxigraph as ox
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from partygraph.errors import PartygraphError
from partygraph.options import QUERY_FORMATS, RDF_FORMATS
from partygraph.query.engine import QueryResult, Term
from partygraph.query.saved import SavedQuery
from partygraph.rdf.vocab import PREFIXES, curie

__all__ = ["ASK_HEADER", "FORMATS", "RDF_FORMATS", "render_catalogue", "render_queries",
           "render_result"]

FORMATS = QUERY_FORMATS
# The one column of an ASK result in CSV and TSV, which the W3C formats do not cover: the
# form Apache Jena writes and reads (``_askResult`` in CSV, ``?_askResult`` in TSV).
ASK_HEADER = "_askResult"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_SPARQL_RESULTS = "http://www.w3.org/2005/sparql-results#"
# Literals TSV writes bare, as Turtle may, when the text has Turtle's own unsigned number (or
# boolean) syntax. Signed numbers keep the long form: rdflib's TSV reader fails on "-0.5".
_TSV_BARE = {
    _XSD + "integer": re.compile(r"[0-9]+"),
    _XSD + "decimal": re.compile(r"[0-9]*\.[0-9]+"),
    _XSD + "double": re.compile(r"(?:[0-9]+\.[0-9]*|\.?[0-9]+)[eE][+-]?[0-9]+"),
    _XSD + "boolean": re.compile(r"true|false"),
}
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n", "\r": "\\r"})
# Characters XML 1.0 cannot hold at all, even as character references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# The RDF formats a CONSTRUCT or DESCRIBE result is written in, by pyoxigraph's serialiser.
_RDF = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
        "jsonld": ox.RdfFormat.JSON_LD}
_PEOPLE = ("table", "md")


def _short(term: Term | ox.Triple | None, labels: Mapping[str, str] | None = None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        if labels and term.value in labels:
            return labels[term.value]
        return curie(term.value)
    if isinstance(term, ox.Literal | ox.BlankNode):
        return term.value
    return str(term)


def _json_term(term: Term | None) -> dict[str, str] | None:
    """A term in the SPARQL 1.1 JSON results shape (type, value, xml:lang, datatype)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    else:
        out["datatype"] = term.datatype.value
    return out


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int | None,
           ascii_lines: bool = False) -> str:
    # (cells as Text: a value such as "Đảng bộ xã X [cũ]" is shown as it is, never read as
    # console markup, which dropped "[cũ]" and stopped at "[/old]")
    table = Table(show_lines=False, header_style="bold")
    if ascii_lines:
        table.box = box.ASCII
    for header in headers:
        table.add_column(Text(header))
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    console = Console(file=io.StringIO(), width=width or 200, no_color=True,
                      highlight=False, soft_wrap=False)
    console.print(table)
    out = console.file
    assert isinstance(out, io.StringIO)
    return out.getvalue()


def _markdown(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(cell(h) for h in headers) + " |",
             "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _csv_field(term: Term | None) -> str:
    """A CSV field: an IRI or a literal's text as is, a blank node as ``_:label``."""
    if term is None:
        text = ""
    elif isinstance(term, ox.BlankNode):
        text = f"_:{term.value}"
    else:
        text = term.value
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _csv(variables: Sequence[str], rows: Sequence[Mapping[str, Term | None]]) -> str:
    """SPARQL 1.1 Query Results CSV: plain values, RFC 4180 quoting, CRLF line ends."""
    lines = [",".join(variables)]
    lines += [",".join(_csv_field(row[v]) for v in variables) for row in rows]
    return "".join(line + "\r\n" for line in lines)


def _tsv_term(term: Term | None) -> str:
    """A TSV field: the term in Turtle syntax (numbers and booleans bare, as Turtle allows)."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal) and not term.language:
        bare = _TSV_BARE.get(term.datatype.value)
        if bare is not None and bare.fullmatch(term.value):
            return term.value
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    # Turtle's escapes for what the format or the string syntax needs; other characters as
    # they are (rdflib's TSV reader does not take \u escapes)
    text = '"' + term.value.translate(_TSV_ESCAPES) + '"'
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype.value == _XSD + "string":
        return text
    return f"{text}^^<{term.datatype.value}>"


def _tsv(variables: Sequence[str], rows: Sequence[Mapping[str, Term | None]]) -> str:
    """SPARQL 1.1 Query Results TSV: ``?var`` headers, RDF terms, LF line ends."""
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join(_tsv_term(row[v]) for v in variables) for row in rows]
    return "".join(line + "\n" for line in lines)


def _xml_text(text: str, *, attribute: bool = False) -> str:
    bad = _NOT_XML.search(text)
    if bad:
        raise PartygraphError(f"a value holds U+{ord(bad.group()):04X}, which XML 1.0 cannot "
                              "carry: use --format json or tsv for this result")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("\r", "&#13;")  # else an XML reader turns CR LF into LF
    if attribute:
        text = text.replace('"', "&quot;").replace("\t", "&#9;").replace("\n", "&#10;")
    return text


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{_xml_text(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{_xml_text(term.value)}</bnode>"
    if term.language:
        attribute = f' xml:lang="{_xml_text(term.language, attribute=True)}"'
    elif term.datatype.value != _XSD + "string":
        attribute = f' datatype="{_xml_text(term.datatype.value, attribute=True)}"'
    else:
        attribute = ""
    return f"<literal{attribute}>{_xml_text(term.value)}</literal>"


def _xml(result: QueryResult) -> str:
    """SPARQL Query Results XML (application/sparql-results+xml) for SELECT and ASK."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', f'<sparql xmlns="{_SPARQL_RESULTS}">']
    if result.form == "ask":
        lines += [" <head/>", f" <boolean>{'true' if result.boolean else 'false'}</boolean>"]
    else:
        lines.append(" <head>")
        lines += [f'  <variable name="{_xml_text(v, attribute=True)}"/>'
                  for v in result.variables]
        lines += [" </head>", " <results>"]
        for row in result.rows:
            lines.append("  <result>")
            lines += [f'   <binding name="{_xml_text(v, attribute=True)}">'
                      f"{_xml_term(term)}</binding>"
                      for v in result.variables if (term := row[v]) is not None]
            lines.append("  </result>")
        lines.append(" </results>")
    lines.append("</sparql>")
    return "\n".join(lines) + "\n"


def _rdf(triples: Sequence[ox.Triple], fmt: str) -> str:
    """``triples`` in one of :data:`RDF_FORMATS` (sorted, so one graph gives one text)."""
    ordered = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    data = ox.serialize(ordered, format=_RDF[fmt],
                        prefixes=PREFIXES if fmt == "turtle" else None)
    text = data.decode("utf-8") if isinstance(data, bytes) else str(data)
    if fmt == "jsonld":  # Oxigraph writes one line; the same document, indented
        return json.dumps(json.loads(text), ensure_ascii=False, indent=1) + "\n"
    return text


def _check_form(result: QueryResult, fmt: str) -> None:
    """Refuse a format that cannot carry ``result``'s form, in one line."""
    if result.form == "construct" and fmt not in (*_PEOPLE, *RDF_FORMATS):
        raise PartygraphError(
            f"--format {fmt} is for SELECT and ASK results; a CONSTRUCT or DESCRIBE query "
            f"gives a graph: use --format {', '.join(RDF_FORMATS)}, table or md")
    if result.form != "construct" and fmt in RDF_FORMATS:
        gives = "an ASK query gives a yes or no" if result.form == "ask" else \
            "a SELECT query gives rows"
        raise PartygraphError(f"--format {fmt} is for CONSTRUCT and DESCRIBE results; {gives}: "
                              "use --format table, md, csv, tsv, json or xml")


def render_result(result: QueryResult, fmt: str, *, width: int | None = None,
                  labels: Mapping[str, str] | None = None, ascii_lines: bool = False) -> str:
    """Render a result in one of :data:`FORMATS`.

    SELECT and ASK results: ``table``, ``md``, or a SPARQL results format (``json``, ``xml``,
    ``csv``, ``tsv``); an ASK result is one ``_askResult`` column in CSV and TSV (as Apache
    Jena writes it), and ``true`` or ``false`` in a table or Markdown. CONSTRUCT and DESCRIBE
    results: ``table``, ``md``, or an RDF format (``turtle``, ``ntriples``, ``jsonld``).
    Another pairing raises :class:`PartygraphError`. ``labels`` (IRI to label) replaces IRIs
    in tables and Markdown, which are read by people; ``ascii_lines`` draws a table's lines
    in ASCII (for a terminal that cannot show box-drawing characters).
    """
    _check_form(result, fmt)
    if result.form == "ask":
        truth = "true" if result.boolean else "false"
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        if fmt == "xml":
            return _xml(result)
        if fmt == "csv":
            return f"{ASK_HEADER}\r\n{truth}\r\n"
        if fmt == "tsv":
            return f"?{ASK_HEADER}\n{truth}\n"
        return truth + "\n"
    if fmt in RDF_FORMATS:
        return _rdf(result.triples, fmt)
    if fmt == "json":
        bindings = [{v: _json_term(row[v]) for v in result.variables if row[v] is not None}
                    for row in result.rows]
        doc = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if fmt == "xml":
        return _xml(result)
    if fmt == "csv":
        return _csv(result.variables, result.rows)
    if fmt == "tsv":
        return _tsv(result.variables, result.rows)
    shown = labels if fmt in _PEOPLE else None
    if result.form == "construct":
        rows = [[_short(t.subject, shown), _short(t.predicate, shown), _short(t.object, shown)]
                for t in result.triples]
    else:
        rows = [[_short(row[v], shown) for v in result.variables] for row in result.rows]
    if fmt == "md":
        return _markdown(result.variables, rows)
    return _table(result.variables, rows, width, ascii_lines) + f"{len(rows)} row(s)\n"


def render_queries(queries: Sequence[SavedQuery], *, width: int | None = None,
                   ascii_lines: bool = False) -> str:
    """A table of saved queries: name, summary and parameters (lines as in render_result)."""
    rows = [[q.name, q.summary, ", ".join(p.signature for p in q.params)] for q in queries]
    return _table(["name", "summary", "parameters"], rows, width, ascii_lines)


def _example_call(query: SavedQuery) -> str:
    parts = ["partygraph", "query", query.name]
    for name, value in query.example_values().items():
        for item in [value] if isinstance(value, str) else value:
            quoted = item if item.replace("-", "").replace(":", "").replace("/", "").isalnum() \
                else f'"{item}"'
            parts += ["-p", name, quoted]
    return " ".join(parts)


def render_catalogue(queries: Sequence[SavedQuery]) -> str:
    """The Markdown catalogue of saved queries (``queries/README.md``)."""
    out = ["# Saved queries", "",
           "Generated by `partygraph queries --format md`; do not edit by hand "
           "(a test fails when it is out of date).", "",
           "Parameters are typed (`iri`, `string`, `search`, `integer`, `date`, `day`, "
           "`langstring`); `[]` marks a list (repeat `-p`), `?` an optional one. An `iri` "
           "takes an entity id, a prefixed name or a full IRI; a concept of one scheme (`in "
           "pg:Measure`) also the word fact sheets write for it (`members` for "
           "`pg:PartyMembers`).", "",
           "| query | answers |", "|---|---|"]
    out += [f"| [`{q.name}`](#{q.name}) | {q.summary} |" for q in queries]
    for q in queries:
        out += ["", f"## {q.name}", "", q.summary + ".", ""]
        if q.description:
            out += [q.description, ""]
        if q.tags:
            out += ["Tags: " + ", ".join(f"`{t}`" for t in q.tags), ""]
        if q.params:
            out += ["| parameter | type | required | default | example | description |",
                    "|---|---|---|---|---|---|"]
            for p in q.params:
                kind = (p.type + ("[]" if p.many else "")
                        + (f" of `{_short(ox.NamedNode(p.cls))}`" if p.cls else "")
                        + (f" in `{_short(ox.NamedNode(p.scheme))}`" if p.scheme else ""))
                out.append(f"| `{p.name}` | {kind} | {'yes' if p.required else 'no'} | "
                           f"{p.default or ''} | `{p.example}` | {p.description} |")
            out.append("")
        out += ["```sh", _example_call(q), "```"]
    return "\n".join(out) + "\n"
