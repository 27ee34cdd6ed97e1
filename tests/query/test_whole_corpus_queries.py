"""The whole-corpus saved queries rewritten for speed (issue 18) give the rows, in the same
order, of the plain text they replace (kept in tests/store/reference/*-plain.rq), on every
fixture corpus; a parameter that ``narrows`` a query (its pattern put first when it is
given, or the subjects its path finds bound) gives the rows the query gives without it;
and the coverage summaries' label ranks number the labels in the order SPARQL gives
them."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from partygraph.compile.derived import ORDER_GRAPH, derive
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine, QueryResult
from partygraph.query.saved import (
    Parameter,
    bind_parameters,
    load_queries,
    load_query,
    query_text,
    run_query,
)
from partygraph.rdf.sparql_text import inject_values, subquery_groups
from partygraph.rdf.vocab import PG
from partygraph.store.build import build
from partygraph.store.embedded import open_store

from ..conftest import REPO, corpus_project

REFERENCE = Path(__file__).resolve().parent.parent / "store" / "reference"
# (query, parameters): the default 'since', one before and one after the fixtures' sources
CASES = [
    ("coverage", {}), ("coverage", {"since": ["2010"]}), ("coverage", {"since": ["2030"]}),
    ("hierarchy-graph", {}),
]


@pytest.fixture(scope="module", params=[("province",), ("vocabulary",), ("real", "synthetic")],
                ids="+".join)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = corpus_project(tmp_path_factory.mktemp("whole"), *request.param)
    build(project)
    return project


def _rows(result: QueryResult) -> list[tuple[str, ...]]:
    return [tuple(str(row[v]) if row[v] is not None else "" for v in result.variables)
            for row in result.rows]


def _both(project: Project, name: str,
          values: dict[str, list[str]]) -> tuple[QueryResult, QueryResult]:
    engine = EmbeddedEngine(open_store(project.store_dir))
    saved = run_query(engine, load_query(project.query_files()[name]), values)
    plain = run_query(engine, load_query(REFERENCE / f"{name}-plain.rq"), values)
    return saved, plain


@pytest.mark.parametrize(("name", "values"), CASES)
def test_rewritten_queries_give_the_plain_rows_in_the_same_order(
        built: Project, name: str, values: dict[str, list[str]]) -> None:
    saved, plain = _both(built, name, values)
    assert saved.variables == plain.variables
    assert sorted(_rows(saved)) == sorted(_rows(plain))
    # ORDER BY ?organisation: rows of equal labels may come in any order, the labels may not
    assert [row[0] for row in _rows(saved)] == [row[0] for row in _rows(plain)]
    assert sorted(map(str, saved.triples)) == sorted(map(str, plain.triples))
    assert saved.rows or saved.triples  # every fixture corpus has organisations


def test_organisations_under_gives_the_plain_rows_in_the_same_order(built: Project) -> None:
    engine = EmbeddedEngine(open_store(built.store_dir))
    tops = sorted({row["o"].value for row in engine.run(
        "SELECT DISTINCT ?o WHERE { ?x <http://www.w3.org/ns/org#subOrganizationOf> ?o }").rows
        if isinstance(row["o"], ox.NamedNode)})
    assert tops
    for top in tops:
        saved, plain = (run_query(engine, load_query(path), {"org": top}) for path in (
            built.query_files()["organisations-under"], REFERENCE / "organisations-under-plain.rq"))
        assert _rows(saved) == _rows(plain) or (
            sorted(_rows(saved)) == sorted(_rows(plain))  # ties of rank and label
            and [r[:2] for r in _rows(saved)] == [r[:2] for r in _rows(plain)]), top


NARROWING = sorted((query.name, param.name) for query in load_queries(REPO / "queries").values()
                   for param in query.params if param.narrows is not None)


def test_the_scoped_queries_that_filter_by_organisation_narrow() -> None:
    assert {("latest-figures", "level"), ("deadlines", "org"), ("tallies", "org"),
            ("post-holders", "org")} <= set(NARROWING)


@pytest.mark.parametrize(("name", "variable"), [("deadlines", "t"), ("post-holders", "holding")])
def test_what_a_path_finds_is_bound_in_the_sub_selects_too(name: str, variable: str) -> None:
    """The responsible bodies of deadlines and the shortest quotes of post-holders are read
    in sub-selects that select what the path finds: so the comparison below covers the
    blocks put there too."""
    query = load_query(REPO / "queries" / f"{name}.rq")
    assert [p.narrows_finds for p in query.params if p.narrows] == [variable]
    assert subquery_groups(query.text, variable)


def _values_of(engine: EmbeddedEngine, declared: Parameter) -> list[str]:
    """Every value the corpus holds of the parameter's kind: each concept of its scheme, or
    each resource of its class."""
    if declared.scheme is not None:
        pattern = f"?x <http://www.w3.org/2004/02/skos/core#inScheme> <{declared.scheme}>"
    else:
        assert declared.cls is not None
        pattern = f"?x a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* <{declared.cls}>"
    return sorted({x.value for row in engine.run(f"SELECT DISTINCT ?x WHERE {{ {pattern} }}").rows
                   if isinstance(x := row["x"], ox.NamedNode)})


@pytest.mark.parametrize(("name", "param"), NARROWING)
def test_a_narrowing_parameter_gives_the_rows_of_the_query_without_it(
        built: Project, name: str, param: str) -> None:
    """For every value the corpus holds of the parameter's kind (every level of a
    ``level``, every organisation of an ``org``), and one it does not: the text that puts
    the pattern first, or binds the subjects a path finds, gives the rows, in order, that
    the query's own text gives with the same VALUES."""
    engine = EmbeddedEngine(open_store(built.store_dir))
    query = load_query(built.query_files()[name])
    declared = next(p for p in query.params if p.name == param)
    assert declared.narrows is not None
    values = _values_of(engine, declared)
    found = 0
    for value in values:
        narrowed = query_text(engine, query, {param: value})
        plain = inject_values(query.text, bind_parameters(engine, query, {param: value}))
        assert declared.narrows not in plain
        if declared.narrows_finds is None:
            assert declared.narrows in narrowed
        else:  # the path is not in the text: the subjects it finds are, or none
            assert declared.narrows not in narrowed
            blocks = narrowed.count(f"VALUES ?{declared.narrows_finds} {{")
            assert blocks == 1 + len(subquery_groups(query.text, declared.narrows_finds))
            assert query_text(None, query, {param: value}) == plain  # elsewhere: as written
        rows = _rows(engine.run(narrowed))
        assert rows == _rows(engine.run(plain)), value
        found += len(rows)
    # what is compared is there (on a corpus with no rows at all, such as tallies where no
    # sheet states one, the values still run): the rows of every value at once
    everything = engine.run(inject_values(query.text, {param: list(map(ox.NamedNode, values))}))
    assert len(values) >= 2 and (found > 0 or not everything.rows)


def _summary(unit: str, label: str) -> dict[str, list[list[str]]]:
    return {"units": [[unit, str(PG.PartyOrganisation)]], "labels": [[unit, label]]}


def _ranks(graphs: dict[str, bytes]) -> list[tuple[str, int]]:
    """(node, rank) of the order graph, by rank."""
    found = [(q.subject.value, int(q.object.value))
             for q in ox.parse(graphs[ORDER_GRAPH], format=ox.RdfFormat.N_QUADS)]
    return sorted(found, key=lambda pair: pair[1])


def test_label_ranks_follow_code_point_order_and_change_only_the_order_graph() -> None:
    # "Đ" (U+0110) comes after "Z" in code point order; SPARQL orders strings so
    labels = {"u-a": "Đảng bộ xã A", "u-b": "Zeta", "u-c": "Chi bộ 1", "u-d": "Chi bộ 10"}
    units = {name: f"https://w3id.org/partygraph/id/organisation/{name}" for name in labels}
    before = derive(_summary(units[n], label) for n, label in labels.items())
    assert [node.rsplit("/", 1)[-1] for node, _ in _ranks(before)] == ["u-c", "u-d", "u-b",
                                                                        "u-a"]
    assert [rank for _, rank in _ranks(before)] == [0, 1, 2, 3]
    # a new organisation that sorts first renumbers every rank: the order graph changes,
    # and of the other graphs only its own shard
    after = derive([*(_summary(units[n], label) for n, label in labels.items()),
                    _summary("https://w3id.org/partygraph/id/organisation/u-e", "An Khê")])
    changed = {g for g in before.keys() | after.keys() if before.get(g) != after.get(g)}
    assert ORDER_GRAPH in changed and len(changed) == 2
    assert [rank for node, rank in _ranks(after) if node.endswith("/u-e")] == [0]
    # an organisation with no Vietnamese label has no rank (the query has no row for it)
    unlabelled = derive([{"units": [[units["u-a"], str(PG.PartyOrganisation)]]}])
    assert ORDER_GRAPH not in unlabelled
