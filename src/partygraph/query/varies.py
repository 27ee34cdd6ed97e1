"""Columns of a kept SELECT that only its parameters change, worked out again from its rows.

A saved query whose answer the embedded store keeps (``keep``, see
:mod:`partygraph.query.saved`) may say ``varies: [V, …]``: its parameters change only the
columns ``V``, each bound by a BIND at the end of the query's outermost group from other
columns of the same row and the parameters. The store keeps the answer for the parameters'
defaults; for other values it gives those rows with the columns ``V`` worked out again by
the BINDs' own text, which pyoxigraph runs on an empty store over the distinct values the
BINDs read (``coverage``'s ``stale`` reads the latest source date: a few hundred dates
against 0.8-1 s for the whole query at a million triples). The rows, their order and the
other columns are the kept ones: nothing else in the query reads a parameter or a varied
column (:func:`varied_columns` checks it), so nothing else can differ. The plain query text
stays the answer everywhere else, and both give the same rows (tested).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from rdflib.term import Variable

from partygraph.query.engine import QueryResult, Term
from partygraph.rdf.sparql_text import group_binds, inject_values, prologue
from partygraph.rdf.vocab import PREFIXES
from partygraph.util.collection import collection_paused

__all__ = ["VariedColumn", "varied_columns", "with_columns_reworked"]


@dataclass(frozen=True)
class VariedColumn:
    """A column a saved query's parameters change: its variable, the text of the BIND that
    binds it, and the columns of the row that BIND reads (its parameters aside)."""

    name: str
    bind: str
    reads: tuple[str, ...]


def varied_columns(text: str, algebra: Any, names: Sequence[str],
                   params: Sequence[str]) -> tuple[VariedColumn, ...]:
    """The columns ``names`` of SELECT ``text`` (rdflib's ``algebra`` of it) that its
    parameters ``params`` alone change, checked: each is selected and bound by a BIND at the
    end of the outermost group that reads only selected columns and parameters, and nothing
    else in the query (its other patterns, BINDs, sub-selects, ORDER BY) reads a parameter or
    one of those columns, nor makes rows fewer or merges them (DISTINCT, LIMIT, GROUP BY).
    Raises ValueError saying what is wrong."""
    top = algebra.p
    if top.name != "Project":
        raise ValueError("'varies' is for a SELECT without DISTINCT, REDUCED, LIMIT or OFFSET")
    selected = {str(v) for v in top.PV}
    wanted = set(names) | set(params)
    node = top.p
    binds: dict[str, set[str]] = {}
    while node.name in ("OrderBy", "Extend"):
        reads = _variables(node.expr)
        if node.name == "Extend" and str(node.var) in names:
            binds[str(node.var)] = reads
        elif reads & wanted:
            clause = "ORDER BY" if node.name == "OrderBy" else f"the BIND of ?{node.var}"
            raise ValueError(f"{clause} reads {_listed(reads & wanted)}, which 'varies' "
                             "says only the columns it names read")
        node = node.p
    inner = _variables(node) & wanted
    if inner:
        raise ValueError(f"the query's patterns read {_listed(inner)}: 'varies' needs them read "
                         "only by the BINDs at the end of its outermost group")
    texts = group_binds(text)
    found = []
    for name in names:
        if name not in selected:
            raise ValueError(f"'varies' names ?{name}, which the query does not select")
        if name not in binds or name not in texts:
            raise ValueError(f"'varies' names ?{name}, which no BIND at the end of the "
                             "query's outermost group binds")
        reads = binds[name] - set(params) - {name}
        if reads - selected or reads & set(names):
            raise ValueError(f"the BIND of ?{name} reads {_listed(reads - selected or reads)}, "
                             "not columns of the rows kept for the defaults")
        found.append(VariedColumn(name, texts[name], tuple(sorted(reads))))
    return tuple(found)


def _listed(names: set[str]) -> str:
    return ", ".join(f"?{n}" for n in sorted(names))


def _variables(node: object) -> set[str]:
    """Every variable named in an rdflib algebra node or expression, and below it."""
    # (rdflib's SPARQL package takes a tenth of a second to import: only when a header is read)
    from rdflib.plugins.sparql.algebra import traverse

    found: set[str] = set()
    traverse(node, visitPre=lambda part: found.add(str(part)) if isinstance(part, Variable)
             else None)
    return found


def with_columns_reworked(result: QueryResult, query_text: str,
                          columns: Sequence[VariedColumn],
                          bound: Mapping[str, Sequence[ox.NamedNode | ox.Literal]]) -> QueryResult:
    """The rows of ``result`` (a query's answer for its parameters' defaults) with each of
    ``columns`` worked out again for the parameter values ``bound``, by its BIND in the
    query's text ``query_text``, run on an empty store over the distinct values it reads."""
    reads = sorted({name for column in columns for name in column.reads})
    with collection_paused():  # (many rows, none in a cycle: see EmbeddedEngine.run)
        found = [tuple(map(row.get, reads)) for row in result.rows]
    keys = sorted(set(found), key=str)
    # each distinct tuple is numbered, and its results found by that number: the store
    # gives some values back in another form than given ("007" as 7, "EN" as "en")
    number = "n"
    while number in {*reads, *bound, *(column.name for column in columns)}:
        number += "_"
    rows = " ".join(f"({index} " + " ".join("UNDEF" if term is None else str(term)
                                            for term in key) + ")"
                    for index, key in enumerate(keys))
    variables = " ".join(f"?{name}" for name in (number, *reads))
    text = inject_values(
        f"{prologue(query_text)}SELECT * WHERE {{ VALUES ({variables}) {{ {rows} }}\n"
        + "\n".join(column.bind for column in columns) + "\n}", bound)
    worked: dict[tuple[Term | None, ...], dict[str, Term | None]] = {}
    solutions = ox.Store().query(text, prefixes=PREFIXES)
    assert isinstance(solutions, ox.QuerySolutions)  # (a SELECT)
    for solution in solutions:
        index = solution[number]
        assert isinstance(index, ox.Literal)  # (one of the numbers given)
        worked[keys[int(index.value)]] = {column.name: _term(solution[column.name])
                                          for column in columns}
    with collection_paused():
        return QueryResult(result.variables, tuple(
            {**row, **worked[key]} for row, key in zip(result.rows, found, strict=True)))


def _term(value: object) -> Term | None:
    """A solution's value as a row holds it (None when unbound or an RDF-star triple)."""
    return value if isinstance(value, ox.NamedNode | ox.BlankNode | ox.Literal) else None
