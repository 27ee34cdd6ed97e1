"""The structure of a SHACL shapes graph: which shapes have targets, and the triples that
describe each one, so that some of the shapes can be validated apart from the others.

A shape with a target (``sh:targetClass`` and its kin, or a shape that is also a class) is
validated on its own focus nodes; every other shape is validated only where one of those
refers to it. Its description is every triple reached from it through the nodes the shapes
graph describes (its property shapes, lists, the shapes it refers to and their constraints,
the prefixes its SPARQL declares). A shapes graph cut down to the descriptions of some of
its targeted shapes, and whatever no shape's description reaches, gives the results of
those shapes as the whole graph gives them.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS, SH
from rdflib.term import BNode, Node, URIRef

__all__ = ["part_graph", "query_prefixes", "shape_description", "shape_descriptions",
           "targeted_shapes"]

_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
_SHAPE_TYPES = (SH.NodeShape, SH.PropertyShape)
_CLASS_TYPES = (RDFS.Class, OWL.Class)

Triple = tuple[Node, Node, Node]


def _implicit_target(shapes: Graph, node: Node) -> bool:
    """A shape that is also a class targets that class's instances."""
    return any((node, RDF.type, kind) in shapes for kind in _SHAPE_TYPES) and \
        any((node, RDF.type, kind) in shapes for kind in _CLASS_TYPES)


def targeted_shapes(shapes: Graph) -> list[Node]:
    """Every shape with a target, named ones by IRI and then blank ones."""
    found = {s for target in _TARGETS for s in shapes.subjects(target, None)}
    found |= {s for kind in _CLASS_TYPES for s in shapes.subjects(RDF.type, kind)
              if _implicit_target(shapes, s)}
    return sorted(found, key=lambda node: (isinstance(node, BNode), str(node)))


def _target_triples(shapes: Graph, shape: Node) -> set[Triple]:
    """The triples that give ``shape`` its targets."""
    found: set[Triple] = {t for target in _TARGETS for t in shapes.triples((shape, target, None))}
    if _implicit_target(shapes, shape):
        found |= {(shape, RDF.type, kind) for kind in _CLASS_TYPES
                  if (shape, RDF.type, kind) in shapes}
    return found


def shape_description(shapes: Graph, shape: Node) -> set[Triple]:
    """Every triple of ``shapes`` reached from ``shape`` through nodes it describes."""
    found: set[Triple] = set()
    waiting, seen = [shape], {shape}
    while waiting:
        node = waiting.pop()
        for _s, predicate, value in shapes.triples((node, None, None)):
            found.add((node, predicate, value))
            if isinstance(value, BNode | URIRef) and value not in seen \
                    and (value, None, None) in shapes:
                seen.add(value)
                waiting.append(value)
    return found


def shape_descriptions(shapes: Graph) -> dict[Node, set[Triple]]:
    """The description of every shape with a target (see :func:`shape_description`)."""
    return {shape: shape_description(shapes, shape) for shape in targeted_shapes(shapes)}


def part_graph(shapes: Graph, chosen: Collection[Node],
               descriptions: Mapping[Node, set[Triple]]) -> Graph:
    """``shapes`` cut down to the ``chosen`` targeted shapes: their descriptions, and every
    triple no targeted shape's description reaches (``descriptions``: those of every shape
    with a target, from :func:`shape_descriptions`). A targeted shape that is not chosen
    but that a chosen one refers to keeps its description without its targets, so its
    results are given once, by the part that chose it."""
    described: set[Triple] = set().union(*descriptions.values())
    kept: set[Triple] = set().union(*(descriptions[shape] for shape in chosen))
    dropped = {t for shape in descriptions if shape not in chosen
               for t in _target_triples(shapes, shape)}
    part = Graph()
    for prefix, namespace in shapes.namespaces():
        part.bind(prefix, namespace)
    for triple in shapes:
        if (triple in kept or triple not in described) and triple not in dropped:
            part.add(triple)
    return part


def query_prefixes(shapes: Graph) -> str:
    """The PREFIX lines of every prefix the SPARQL constraints of ``shapes`` declare."""
    found = {}
    for declaration in shapes.objects(None, SH.declare):
        prefix = shapes.value(declaration, SH.prefix)
        namespace = shapes.value(declaration, SH.namespace)
        if prefix is not None and namespace is not None:
            found[str(prefix)] = str(namespace)
    return "".join(f"PREFIX {p}: <{n}>\n" for p, n in sorted(found.items()))
