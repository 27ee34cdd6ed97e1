"""Render query results and validation reports for people (tables) and programs (CSV, JSON)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

from .queries import QueryResult, SavedQuery
from .vocab import PREFIXES

__all__ = ["FORMATS", "render_queries", "render_result"]

FORMATS = ("table", "csv", "tsv", "json")
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None


def _short(term: Term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, base in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if term.value.startswith(base):
                return f"{prefix}:{term.value[len(base):]}"
        return term.value
    if isinstance(term, ox.Literal | ox.BlankNode):
        return term.value
    return str(term)


def _json_term(term: Term) -> dict[str, str] | None:
    """A term in the SPARQL 1.1 JSON results shape (type, value, xml:lang, datatype)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        else:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


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


def render_result(result: QueryResult, fmt: str, *, width: int | None = None) -> str:
    """Render a query result as ``table``, ``csv``, ``tsv`` or ``json``."""
    if result.boolean is not None:
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if result.triples:
        rows = [[_short(t.subject), _short(t.predicate), _short(t.object)]
                for t in result.triples]
    else:
        rows = [[_short(row[v]) for v in result.variables] for row in result.rows]
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
    return _table(result.variables, rows, width) + f"{len(rows)} row(s)\n"


def render_queries(queries: Sequence[SavedQuery], *, width: int | None = None) -> str:
    """A table of saved queries: name, summary and parameters."""
    rows = []
    for query in queries:
        params = ", ".join(
            f"{p.name}:{p.type}" + ("" if p.required else "?") for p in query.params
        )
        rows.append([query.name, query.summary, params])
    return _table(["name", "summary", "parameters"], rows, width)
