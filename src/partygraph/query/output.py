"""Render query results and the query catalogue for people (tables) and programs (CSV, JSON)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence

import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

from partygraph.options import QUERY_FORMATS
from partygraph.query.engine import QueryResult, Term
from partygraph.query.saved import SavedQuery
from partygraph.rdf.vocab import PREFIXES, curie

__all__ = ["FORMATS", "render_catalogue", "render_queries", "render_result"]

FORMATS = QUERY_FORMATS


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


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int | None) -> str:
    table = Table(*headers, show_lines=False, header_style="bold")
    for row in rows:
        table.add_row(*row)
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


def render_result(result: QueryResult, fmt: str, *, width: int | None = None,
                  labels: Mapping[str, str] | None = None) -> str:
    """Render a result as ``table``, ``csv``, ``tsv``, ``json`` or ``md``.

    CONSTRUCT results are Turtle in every format but ``table``. ``labels`` (IRI to label)
    replaces IRIs in tables and Markdown, which are read by people.
    """
    if result.form == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if result.form == "construct" and fmt != "table":
        text = ox.serialize(list(result.triples), format=ox.RdfFormat.TURTLE,
                            prefixes=PREFIXES)
        return text.decode("utf-8") if isinstance(text, bytes) else str(text)
    shown = labels if fmt in ("table", "md") else None
    if result.form == "construct":
        rows = [[_short(t.subject, shown), _short(t.predicate, shown), _short(t.object, shown)]
                for t in result.triples]
    else:
        rows = [[_short(row[v], shown) for v in result.variables] for row in result.rows]
    if fmt == "json":
        bindings = [{v: _json_term(row[v]) for v in result.variables if row[v] is not None}
                    for row in result.rows]
        doc = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t",
                            lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows(rows)
        return buffer.getvalue()
    if fmt == "md":
        return _markdown(result.variables, rows)
    return _table(result.variables, rows, width) + f"{len(rows)} row(s)\n"


def render_queries(queries: Sequence[SavedQuery], *, width: int | None = None) -> str:
    """A table of saved queries: name, summary and parameters."""
    rows = [[q.name, q.summary, ", ".join(p.signature for p in q.params)] for q in queries]
    return _table(["name", "summary", "parameters"], rows, width)


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
           "Parameters are typed (`iri`, `string`, `search`, `integer`, `date`, `langstring`); "
           "`[]` marks a list (repeat `-p`), `?` an optional one. An `iri` takes an entity id, a "
           "prefixed name or a full IRI.", "",
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
                        + (f" of `{_short(ox.NamedNode(p.cls))}`" if p.cls else ""))
                out.append(f"| `{p.name}` | {kind} | {'yes' if p.required else 'no'} | "
                           f"{p.default or ''} | `{p.example}` | {p.description} |")
            out.append("")
        out += ["```sh", _example_call(q), "```"]
    return "\n".join(out) + "\n"
