"""Parameters are bound as a VALUES block in the outermost WHERE group, never pasted."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from partygraph.errors import QueryError
from partygraph.rdf.sparql_text import (
    group_binds,
    inject_values,
    prologue,
    query_form,
    request_kind,
    subquery_groups,
    where_group_start,
    with_prefixes,
)
from partygraph.store.embedded import select

ORG = ox.NamedNode("https://example.org/org")


@pytest.mark.parametrize(("query", "marker"), [
    ("SELECT ?s WHERE { ?s ?p ?o }", "WHERE {"),
    ("PREFIX a: <http://x/> # {\nSELECT * { ?s a:p ?o }", "* {"),
    ("# a { comment\nSELECT ?s WHERE { ?s ?p '{' }", "WHERE {"),
    ('SELECT ("}" AS ?x) WHERE { ?s ?p ?o }', "WHERE {"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "WHERE {"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "WHERE {"),
    ("ASK { ?s ?p ?o }", "ASK {"),
])
def test_where_group_is_found(query: str, marker: str) -> None:
    assert where_group_start(query) == query.index(marker) + len(marker)


def test_values_block_is_placed_and_parsed() -> None:
    query = "SELECT ?n WHERE { ?x ?p ?n FILTER (?x = ?org) }"
    bound = inject_values(query, {"org": ORG})
    assert bound == ("SELECT ?n WHERE {\n  VALUES ?org { <https://example.org/org> }"
                     " ?x ?p ?n FILTER (?x = ?org) }")
    store = ox.Store()
    store.add(ox.Quad(ORG, ox.NamedNode("https://example.org/p"), ox.Literal("x")))
    rows = list(select(store, bound))
    assert [r["n"].value for r in rows if r["n"] is not None] == ["x"]


@pytest.mark.parametrize("hostile", [
    'a" } ; DROP ALL ; #',
    "line\nbreak } UNION { ?s ?p ?o",
    "'''",
    '\\" } #',
])
def test_hostile_strings_stay_literals(hostile: str) -> None:
    store = ox.Store()
    store.add(ox.Quad(ORG, ox.NamedNode("https://example.org/name"), ox.Literal(hostile)))
    store.add(ox.Quad(ORG, ox.NamedNode("https://example.org/name"), ox.Literal("other")))
    query = "SELECT ?s WHERE { ?s <https://example.org/name> ?name }"
    rows = list(select(store, inject_values(query, {"name": ox.Literal(hostile)})))
    assert [r["s"] for r in rows] == [ORG]


@pytest.mark.parametrize("iri", ["http://x/a b", "http://x/a>", "http://x/{a}"])
def test_pyoxigraph_refuses_bad_iris(iri: str) -> None:
    with pytest.raises(ValueError):
        ox.NamedNode(iri)


def test_bad_variable_name_is_refused() -> None:
    with pytest.raises(QueryError):
        inject_values("SELECT * { ?s ?p ?o }", {"s } #": ox.Literal("x")})


def test_query_without_group_is_refused() -> None:
    with pytest.raises(QueryError):
        where_group_start("PREFIX a: <http://x/>")


def test_list_binding_gives_one_block_per_variable() -> None:
    other = ox.NamedNode("https://example.org/other")
    bound = inject_values("ASK { ?a ?p ?b }", {"b": [ORG, other], "a": ORG})
    assert bound == ("ASK {\n  VALUES ?a { <https://example.org/org> }\n"
                     "  VALUES ?b { <https://example.org/org> <https://example.org/other> }"
                     " ?a ?p ?b }")


@pytest.mark.parametrize(("query", "form"), [
    ("# created on a monday\nSELECT * { ?s ?p ?o }", "SELECT"),
    ("PREFIX a: <http://x/insert>\nASK { ?s ?p 'DELETE' }", "ASK"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
])
def test_query_form_ignores_comments_strings_and_iris(query: str, form: str) -> None:
    assert query_form(query) == form


@pytest.mark.parametrize(("text", "kind"), [
    ("SELECT * WHERE { ?s ?p ?o }", "query"),
    ("PREFIX insert: <urn:x#>\nSELECT ?delete WHERE { ?delete insert:load ?o }", "query"),
    ("# insert this\nASK { ?s ?p 'drop' }", "query"),
    ("PREFIX pg: <urn:x#>\nINSERT DATA { pg:a pg:b pg:c }", "update"),
    ("BASE <urn:b>\n  clear all", "update"),
    ("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "update"),
    ("", "query"),
])
def test_request_kind_reads_the_first_keyword(text: str, kind: str) -> None:
    assert request_kind(text) == kind


def test_with_prefixes_declares_only_what_is_used_and_undeclared() -> None:
    prefixes = {"pg": "urn:pg#", "foaf": "urn:foaf#", "org": "urn:org#"}
    text = "PREFIX pg: <urn:mine#>\nSELECT ?x WHERE { ?x pg:a foaf:Person ; ?pgx 'org:no' }"
    assert with_prefixes(text, prefixes) == "PREFIX foaf: <urn:foaf#> " + text
    assert with_prefixes("ASK {}", prefixes) == "ASK {}"


@pytest.mark.parametrize(("query", "inside"), [
    ("SELECT ?x WHERE { OPTIONAL { SELECT ?t ?x WHERE { ?t ?p ?x } } }", 1),
    ("CONSTRUCT { ?t ?p ?o } WHERE { { SELECT ?t ?o WHERE { ?t ?p ?o } GROUP BY ?t ?o } }", 1),
    ("SELECT ?x WHERE { { SELECT ?t WHERE { { SELECT ?t WHERE { ?t ?p ?s } } ?t ?q ?r } } }", 2),
    ("SELECT ?x WHERE { { SELECT ?t WHERE { ?t ?p ?o } VALUES ?o { 1 } }"
     " { SELECT ?t WHERE { ?s ?p ?t } } }", 1),  # the second, not the first
    # each of these could change the rows, so they get no block
    ("SELECT ?x WHERE { { SELECT ?t WHERE { ?t ?p ?o } LIMIT 3 } }", 0),
    ("SELECT ?x WHERE { { SELECT ?t WHERE { ?t ?p ?o } ORDER BY ?o OFFSET 1 } }", 0),
    ("SELECT ?x WHERE { { SELECT ?t WHERE { OPTIONAL { ?t ?p ?o } } } }", 0),
    ("SELECT ?x WHERE { { SELECT ?t WHERE { { ?t ?p ?o } UNION { ?s ?p ?o } } } }", 0),
    ("SELECT ?x WHERE { { SELECT ?t WHERE { ?s ?p ?o BIND (?o AS ?t) } } }", 0),
    ("SELECT ?x WHERE { { SELECT ?t WHERE { VALUES ?t { 1 UNDEF } ?s ?p ?o } } }", 0),
    ("SELECT ?x WHERE { { SELECT (?s AS ?t) WHERE { ?s ?p ?o } } }", 0),
    ("SELECT ?x WHERE { { SELECT * WHERE { ?t ?p ?o } } }", 0),
    ("SELECT ?x WHERE { { SELECT ?s WHERE { { SELECT ?t ?s WHERE { ?t ?p ?s } } } } }", 0),
    ("SELECT ?x WHERE { { SELECT ?t WHERE { { SELECT ?t WHERE { ?t ?p ?s } } } LIMIT 1 } }", 0),
    ("SELECT ?t WHERE { ?t ?p ?o # { SELECT ?t WHERE { ?t ?p ?o } }\n }", 0),
    # an OPTIONAL, MINUS or EXISTS in a group of its own, whose rows need not bind ?t yet
    ("SELECT ?x WHERE { ?t ?p ?o { ?x ?p ?y OPTIONAL { SELECT ?t WHERE { ?t ?q ?r } } } }", 0),
    ("SELECT ?x WHERE { ?t ?p ?o { ?x ?p ?y MINUS { SELECT ?t WHERE { ?t ?q ?r } } } }", 0),
    ("SELECT ?x WHERE { ?t ?p ?o { ?x ?p ?y FILTER NOT EXISTS { { SELECT ?t WHERE"
     " { ?t ?q ?r } } } } }", 0),
    ("SELECT ?x WHERE { ?t ?p ?o { ?x ?p ?y OPTIONAL { ?x ?q ?z { SELECT ?t WHERE"
     " { ?t ?q ?r } } } } }", 0),
    # ... but directly in the outermost group, or in a group of its own that is a join
    ("SELECT ?x WHERE { ?t ?p ?o MINUS { SELECT ?t WHERE { ?t ?q ?r } } }", 1),
    ("SELECT ?x WHERE { ?t ?p ?o FILTER NOT EXISTS { { SELECT ?t WHERE { ?t ?q ?r } } } }", 1),
    ("SELECT ?x WHERE { ?t ?p ?o { ?x ?p ?y { SELECT ?t WHERE { ?t ?q ?r } } } }", 1),
    ("SELECT ?x WHERE { { ?t ?p ?o } UNION { SELECT ?t WHERE { ?t ?q ?r } } }", 1),
    ("SELECT ?x WHERE { { SELECT ?t WHERE { ?t ?p ?o OPTIONAL { SELECT ?t WHERE"
     " { ?t ?q ?r } } } } }", 2),
])
def test_a_block_goes_only_into_sub_selects_it_cannot_change(query: str, inside: int) -> None:
    starts = subquery_groups(query, "t")
    assert len(starts) == inside
    assert all(query[start - 1] == "{" and "SELECT" in query[:start] for start in starts)


def test_no_block_goes_where_the_rows_before_it_need_not_bind_the_variable() -> None:
    """In a group of its own, ``?x :p ?y OPTIONAL { SELECT ?t … }`` keeps the row of ``x``
    with the other task's ``?t``, which the outer block then drops; were the sub-select
    given the block too, the row would keep no ``?t`` and meet the block: one row more."""
    ex = "https://example.org/"
    t1, t2, x = (ox.NamedNode(ex + n) for n in ("t1", "t2", "x"))
    store = ox.Store()
    for t in (t1, t2):
        store.add(ox.Quad(t, ox.NamedNode(ex + "a"), ox.NamedNode(ex + "Task")))
    store.add(ox.Quad(t2, ox.NamedNode(ex + "by"), ox.NamedNode(ex + "body")))
    store.add(ox.Quad(x, ox.NamedNode(ex + "p"), ox.Literal("y")))
    query = (f"SELECT ?t ?x WHERE {{ ?t <{ex}a> <{ex}Task> {{ ?x <{ex}p> ?y "
             f"OPTIONAL {{ SELECT ?t WHERE {{ ?t <{ex}by> ?b }} }} }} }}")
    outer = inject_values(query, {"t": [t1]})
    assert inject_values(query, {"t": [t1]}, inner=["t"]) == outer
    assert list(select(store, outer)) == []


def test_a_block_inside_sub_selects_gives_the_same_rows() -> None:
    """Two tasks, one with a body: the row of the other task keeps its unbound body when
    the block is also inside the OPTIONAL sub-select."""
    ex = "https://example.org/"
    task, other, body = (ox.NamedNode(ex + n) for n in ("task", "other", "body"))
    store = ox.Store()
    for t in (task, other):
        store.add(ox.Quad(t, ox.NamedNode(ex + "a"), ox.NamedNode(ex + "Task")))
    store.add(ox.Quad(other, ox.NamedNode(ex + "by"), body))
    query = (f"SELECT ?t ?b WHERE {{ ?t <{ex}a> <{ex}Task> "
             f"OPTIONAL {{ SELECT ?t ?b WHERE {{ ?t <{ex}by> ?b }} }} }} ORDER BY ?t")
    for given in ([task], [other], [task, other]):
        outer = inject_values(query, {"t": given})
        both = inject_values(query, {"t": given}, inner=["t"])
        assert both.count("VALUES ?t") == 2
        rows = [[r["t"], r["b"]] for r in select(store, outer)]
        assert [[r["t"], r["b"]] for r in select(store, both)] == rows
        assert len(rows) == len(given)


def test_group_binds_are_those_standing_in_the_outermost_group() -> None:
    """A BIND in a group inside (OPTIONAL, a sub-select, a plain group) is not one of them;
    parentheses, braces and AS in strings, IRIs and comments do not end or start one."""
    query = ('PREFIX a: <http://x/>\nSELECT * WHERE {\n  ?s a:p ?o OPTIONAL { BIND (1 AS ?in) }\n'
             '  { SELECT (2 AS ?sub) WHERE { BIND (3 AS ?deeper) } }\n'
             '  BIND (CONCAT(")", "} AS ?no", STR(<http://x/(a)>)) AS ?text) # ) AS ?not\n'
             '  BIND ((1 + (2 * 3)) # a comment (\n    AS ?sum)\n  { BIND (4 AS ?group) }\n}\n'
             'ORDER BY ?s')
    assert group_binds(query) == {
        "text": 'BIND (CONCAT(")", "} AS ?no", STR(<http://x/(a)>)) AS ?text)',
        "sum": "BIND ((1 + (2 * 3)) # a comment (\n    AS ?sum)",
    }
    assert group_binds("SELECT * WHERE { ?s ?p ?o }") == {}


def test_a_group_bind_runs_again_as_it_stands() -> None:
    """The text given runs, with the query's prologue, in a query of its own."""
    query = ('PREFIX a: <http://x/>\nSELECT ?s ?t WHERE { ?s a:p ?o '
             'BIND (IF(?o < 3, a:low, a:high) AS ?t) }')
    assert prologue(query) == "PREFIX a: <http://x/>\n"
    again = f"{prologue(query)}SELECT ?t WHERE {{ VALUES ?o {{ 2 }} {group_binds(query)['t']} }}"
    assert [row["t"] for row in select(ox.Store(), again)] == [ox.NamedNode("http://x/low")]
    assert prologue("# no form keyword") == ""
