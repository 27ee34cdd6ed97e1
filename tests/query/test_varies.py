"""Columns that only a query's parameters change, worked out again on rows kept for the
defaults (:mod:`partygraph.query.varies`); the packaged ``coverage`` is compared with its
plain text in tests/query/test_kept_answers.py."""

from __future__ import annotations

import pyoxigraph as ox

from partygraph.query.engine import QueryResult, Term
from partygraph.query.varies import VariedColumn, with_columns_reworked

XSD = "http://www.w3.org/2001/XMLSchema#"


def test_values_the_store_gives_back_in_another_form_still_find_their_rows() -> None:
    """pyoxigraph gives "007"^^xsd:integer back as 7 and 1.50 as 1.5: each row still gets
    the value worked out from its own, however the store writes them; an unbound value
    reads as unbound (the BIND's error leaves the column unbound, as in the query); a
    column named as the rows' own numbering would be is left alone."""
    integer, decimal = ox.NamedNode(XSD + "integer"), ox.NamedNode(XSD + "decimal")
    rows: tuple[dict[str, Term | None], ...] = (
        {"n": ox.Literal("007", datatype=integer), "d": ox.Literal("1.50", datatype=decimal),
         "s": ox.Literal("old")},
        {"n": ox.Literal("7", datatype=integer), "d": ox.Literal("2", datatype=decimal),
         "s": ox.Literal("old")},
        {"n": None, "d": ox.Literal("1.50", datatype=decimal), "s": ox.Literal("old")},
    )
    column = VariedColumn("s", "BIND (CONCAT(STR(?n), '/', STR(?d), '/', ?since) AS ?s)",
                          ("d", "n"))
    done = with_columns_reworked(QueryResult(("n", "d", "s"), rows), "SELECT * WHERE {}",
                                 [column], {"since": [ox.Literal("2021")]})
    assert [row["s"] for row in done.rows] == [ox.Literal("7/1.5/2021"),
                                                ox.Literal("7/2/2021"), None]
    assert [{k: v for k, v in row.items() if k != "s"} for row in done.rows] == [
        {k: v for k, v in row.items() if k != "s"} for row in rows]


def test_a_column_read_from_the_parameters_alone_and_no_rows() -> None:
    column = VariedColumn("given", "BIND (STR(?since) AS ?given)", ())
    row: dict[str, Term | None] = {"o": ox.NamedNode("http://x/a"), "given": ox.Literal("2020")}
    rows = (row, row)
    done = with_columns_reworked(QueryResult(("o", "given"), rows), "SELECT * WHERE {}",
                                 [column], {"since": [ox.Literal("2024")]})
    assert [row["given"] for row in done.rows] == [ox.Literal("2024")] * 2
    empty = with_columns_reworked(QueryResult(("o", "given"), ()), "SELECT * WHERE {}",
                                  [column], {"since": [ox.Literal("2024")]})
    assert empty.rows == ()
