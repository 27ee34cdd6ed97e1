"""Which predicates the shapes can look at: validation leaves out the other triples."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from partygraph.project import Project
from partygraph.validate.scope import predicates_followed_inwards, predicates_seen

from .conftest import SHAPES_HEAD, sparql_shape

PG = "https://w3id.org/partygraph/ontology#"
def test_real_shapes_see_their_predicates_and_not_the_others(real_project: Project) -> None:
    seen = predicates_seen(real_project.load_shapes())
    assert seen is not None
    # named only inside SPARQL constraints (one inside FILTER NOT EXISTS)
    assert {PG + "levelRank", "http://www.w3.org/ns/org#resultingOrganization",
            "http://www.w3.org/ns/org#subOrganizationOf"} <= seen
    assert {PG + "quote", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
            "http://www.w3.org/2000/01/rdf-schema#subClassOf"} <= seen
    assert PG + "searchKey" not in seen
    assert "http://purl.org/dc/terms/identifier" not in seen


def test_exists_blocks_and_paths_count() -> None:
    seen = predicates_seen(sparql_shape(
        "$this ex:a/ex:b* ?x . FILTER NOT EXISTS { ?x ^ex:c|ex:d ?y }"))
    assert seen is not None
    assert {f"http://example.org/{p}" for p in "abcd"} <= seen


def test_variable_or_negated_predicates_and_closed_shapes_keep_everything() -> None:
    assert predicates_seen(sparql_shape("$this ?p ?o")) is None
    assert predicates_seen(sparql_shape("FILTER EXISTS { $this ?p ?o }")) is None
    assert predicates_seen(sparql_shape("$this !ex:a ?o")) is None
    closed = Graph().parse(data=SHAPES_HEAD + "ex:S a sh:NodeShape ; sh:closed true .",
                           format="turtle")
    assert predicates_seen(closed) is None


def test_the_cached_answer_is_kept_until_the_shapes_change(real_project: Project,
                                                           tmp_path: Path) -> None:
    from partygraph.validate.scope import shape_scope, shape_scope_cached

    shapes_file = tmp_path / "shapes.ttl"
    shapes_file.write_bytes(real_project.shapes_file.read_bytes())
    cache = tmp_path / "build" / "shape-predicates.json"
    shapes = real_project.load_shapes()
    first = shape_scope_cached(shapes_file, shapes, cache)
    assert first == shape_scope(shapes)
    assert cache.is_file()
    empty = Graph()  # were the cache not used, this graph would give another answer
    assert shape_scope_cached(shapes_file, empty, cache) == first
    shapes_file.write_text(shapes_file.read_text() + "\n# changed\n")
    assert shape_scope_cached(shapes_file, empty, cache) != first


def test_each_shape_with_a_target_sees_part_of_what_all_see(real_project: Project) -> None:
    """What each shape sees alone (for validation in parts): together, what all see; alone,
    less (the shapes of events never look at the counts of members, say)."""
    from partygraph.validate.scope import predicates_by_shape
    from partygraph.validate.shape_graph import targeted_shapes

    shapes = real_project.load_shapes()
    seen = predicates_seen(shapes)
    by_shape = predicates_by_shape(shapes)
    assert seen is not None
    assert set(by_shape) == {str(s) for s in targeted_shapes(shapes)}
    alone = [found for found in by_shape.values() if found is not None]
    assert len(alone) == len(by_shape)
    assert set().union(*alone) == seen
    assert all(found < seen for found in alone)


def test_only_inverse_paths_object_targets_and_sparql_are_followed_inwards(
        real_project: Project) -> None:
    inward = predicates_followed_inwards(real_project.load_shapes())
    assert inward is not None
    # a congress's directive is checked from the congress (sh:path): never looked back from
    assert PG + "governedBy" not in inward and PG + "governedBy" in (
        predicates_seen(real_project.load_shapes()) or set())
    # SPARQL constraints walk the hierarchy either way
    assert "http://www.w3.org/ns/org#subOrganizationOf" in inward
    shapes = Graph().parse(data=SHAPES_HEAD + """
ex:S a sh:NodeShape ; sh:targetObjectsOf ex:t ;
  sh:property [ sh:path ex:forward ; sh:minCount 1 ] ;
  sh:property [ sh:path ( ex:a [ sh:inversePath [ sh:alternativePath ( ex:b ex:c ) ] ] ) ] .
""", format="turtle")
    expected = frozenset(f"http://example.org/{p}" for p in "tbc")
    assert predicates_followed_inwards(shapes) == expected
    assert predicates_followed_inwards(sparql_shape("?x ?p $this")) is None
