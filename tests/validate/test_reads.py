"""Which focus nodes can read a triple (partygraph.validate.reads), on SYNTHETIC shapes and
data written here, and on the real shapes."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph

from partygraph.project import Project
from partygraph.validate.reads import Read, readers, shape_reads

from .conftest import SHAPES_HEAD, sparql_shape

EX = "http://example.org/"


def _store(lines: str) -> ox.Store:
    """A store whose default graph holds ``lines`` (``s p o`` of ex: names, one a line)."""
    store = ox.Store()
    for line in lines.strip().splitlines():
        s, p, o = line.split()
        obj: ox.NamedNode | ox.Literal = ox.Literal(o[1:-1]) if o.startswith('"') \
            else ox.NamedNode(EX + o)
        store.add(ox.Quad(ox.NamedNode(EX + s), ox.NamedNode(EX + p), obj))
    return store


def _triple(s: str, p: str, o: str) -> ox.Triple:
    obj = ox.Literal(o[1:-1]) if o.startswith('"') else ox.NamedNode(EX + o)
    return ox.Triple(ox.NamedNode(EX + s), ox.NamedNode(EX + p), obj)


def _names(found: set | None) -> set[str] | None:  # type: ignore[type-arg]
    return None if found is None else {n.value.removeprefix(EX) for n in found}


CONGRESSES = """
c1 of town
c2 of town
c3 of city
c1 n "17"
c2 n "17"
c3 n "17"
"""


def test_a_value_shared_with_a_sibling_is_read_by_the_siblings_only() -> None:
    # the ordinal of a congress is read by the other congresses of its organisation, not by
    # every congress with that ordinal (the join through the literal is the wider route)
    reads = shape_reads(sparql_shape(
        "$this ex:of ?org . ?other ex:of ?org . ?other ex:n ?n . $this ex:n ?n "
        "FILTER (?other != $this)"))
    store = _store(CONGRESSES)
    assert _names(readers(store, reads, _triple("c2", "n", '"17"'))) == {"c1", "c2"}
    assert _names(readers(store, reads, _triple("c3", "of", "city"))) == {"c3"}


def test_the_alternatives_of_a_union_are_followed_apart() -> None:
    # ?y is reached from $this through ex:c only in the second alternative; in the first it
    # is bound by the very triple read, whose object ?x is reached through ex:a
    reads = shape_reads(sparql_shape(
        "{ $this ex:a ?x . ?y ex:b ?x } UNION { $this ex:c ?y }"))
    store = _store("""
f1 a x1
y1 b x1
f2 c y1
""")
    assert _names(readers(store, reads, _triple("y1", "b", "x1"))) == {"f1"}


def test_a_pattern_joined_only_by_a_filter_may_be_read_from_any_node() -> None:
    reads = shape_reads(sparql_shape(
        "$this ex:n ?n . ?other ex:n ?m FILTER (?n = ?m && ?other != $this)"))
    assert any(read.routes is None for read in reads)
    assert readers(_store(CONGRESSES), reads, _triple("c1", "n", '"17"')) is None


def test_a_repeated_link_back_to_the_focus_is_read_around_the_cycle_only() -> None:
    reads = shape_reads(sparql_shape("$this ex:under+ $this"))
    store = _store("""
a under b
b under c
c under a
d under a
e under d
""")
    assert _names(readers(store, reads, _triple("c", "under", "a"))) == {"a", "b", "c"}


def test_paths_and_the_shapes_of_their_values_are_read_along_the_path() -> None:
    shapes = Graph().parse(data=SHAPES_HEAD + """
ex:Holding a sh:NodeShape ; sh:targetClass ex:H ;
  sh:property [ sh:path ( ex:post ex:postIn ) ; sh:node ex:Unit ] ;
  sh:property [ sh:path [ sh:inversePath ex:holding ] ; sh:class ex:Person ] .
ex:Unit a sh:NodeShape ; sh:property [ sh:path ex:level ; sh:minCount 1 ] .
""", format="turtle")
    reads = shape_reads(shapes)
    store = _store("""
h1 post p1
p1 postIn u1
u1 level district
u2 level district
person1 holding h1
""")
    assert _names(readers(store, reads, _triple("u1", "level", "district"))) == {"h1"}
    assert _names(readers(store, reads, _triple("p1", "postIn", "u1"))) == {"h1"}
    # the class of the holder, reached through the inverse path
    type_of = ox.Triple(ox.NamedNode(EX + "person1"),
                        ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                        ox.NamedNode(EX + "Person"))
    assert _names(readers(store, reads, type_of)) == {"h1", "person1"}


def test_readers_past_the_limit_are_not_listed() -> None:
    reads = shape_reads(sparql_shape("$this ex:of ?org . ?other ex:of ?org"))
    store = _store(CONGRESSES)
    assert _names(readers(store, reads, _triple("c1", "of", "town"))) == {"c1", "c2"}
    assert readers(store, reads, _triple("c1", "of", "town"), most=1) is None


def test_the_real_shapes_reads_are_all_bounded(real_project: Project) -> None:
    reads = shape_reads(real_project.load_shapes())
    assert reads and all(read.routes is not None for read in reads)
    # the congress ordinal is read from the other congresses of the organisation
    ordinal = [read for read in reads if read.predicates == frozenset(
        {"https://w3id.org/partygraph/ontology#ordinal"}) and read.routes
        and any(route.back for route in read.routes)]
    assert ordinal


@pytest.mark.parametrize("body", ["$this ex:a ?x . SERVICE <http://example.org/s> { ?x ex:b ?y }",
                                  "$this ex:a/(ex:b|^ex:c) ?x"])
def test_what_is_not_worked_out_may_be_read_anywhere(body: str) -> None:
    reads = shape_reads(sparql_shape(body))
    assert Read(None, False, None) in reads or any(r.routes is None for r in reads)


def test_a_shape_with_a_rule_may_read_anything() -> None:
    shapes = Graph().parse(data=SHAPES_HEAD + """
ex:S a sh:NodeShape ; sh:targetClass ex:C ;
  sh:rule [ a sh:TripleRule ; sh:subject sh:this ; sh:predicate ex:p ; sh:object ex:o ] .
""", format="turtle")
    assert Read(None, False, None) in shape_reads(shapes)
    assert Read(None, False, None) not in shape_reads(sparql_shape("$this ex:a ?x"))
