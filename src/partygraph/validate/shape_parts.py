"""Validating a large corpus a few shapes at a time, so the SHACL engine never holds all of
it at once.

The engine's memory grows with the data it parses, not with the shapes: at 10⁶ triples it
held 500 MiB above the text it was given, for the shapes or for none. Each part of the
shapes graph (see :func:`.shape_graph.part_graph`) is validated on only the triples its
shapes can look at (see :mod:`.scope`), and the parts are chosen so that the largest of
those is as small as it can be: with the project's shapes, two parts each see about two
thirds of the data. The results are those of one run (a test compares them on every
validation case).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.term import Node

from partygraph.compile.dataset import CompiledGraph
from partygraph.options import MOST_PARTS, PART_TRIPLES
from partygraph.validate.scope import ShapeScope, predicates_by_shape
from partygraph.validate.shape_graph import part_graph, shape_descriptions, targeted_shapes

__all__ = ["ShapePart", "divide_shapes", "part_count", "predicate_weights", "text_weights"]

# A corpus of more quads than PART_TRIPLES is validated in parts, as many as it has
# PART_TRIPLES or MOST_PARTS if fewer: below it one run is faster and needs little memory;
# more parts each parse the types (a fifth of the data) again for little gain in memory.
# (Measured: bench/RESULTS.md.)


@dataclass(frozen=True)
class ShapePart:
    """Some of the shapes, and the predicates whose triples they can look at (None: all)."""

    shapes: Graph
    predicates: frozenset[str] | None


def part_count(compiled: CompiledGraph) -> int:
    """How many parts a full validation of ``compiled`` is made in."""
    quads = sum(sheet.size for sheet in compiled.sheets)
    return max(1, min(MOST_PARTS, -(-quads // PART_TRIPLES)))


def text_weights(text: str) -> Counter[str]:
    """How many triples of each predicate N-Triples (or N-Quads) ``text`` holds."""
    return Counter(line.split(" ", 2)[1][1:-1] for line in text.splitlines() if line)


def predicate_weights(compiled: CompiledGraph, sample: int = 64) -> Counter[str]:
    """How many triples of each predicate ``sample`` sheets spread over the corpus hold:
    enough to tell which parts of the shapes see the most data."""
    step = max(1, len(compiled.sheets) // sample)
    counts: Counter[str] = Counter()
    for sheet in compiled.sheets[::step]:
        counts.update(text_weights(sheet.data().decode()))
    return counts


def _weight(predicates: frozenset[str] | set[str] | None, weights: Mapping[str, int]) -> int:
    if predicates is None:
        return sum(weights.values())
    return sum(weights.get(predicate, 0) for predicate in predicates)


def _union(first: set[str] | None, second: frozenset[str] | None) -> set[str] | None:
    return None if first is None or second is None else first | second


def divide_shapes(shapes: Graph, count: int, weights: Mapping[str, int],
                  scope: ShapeScope) -> list[ShapePart]:
    """``shapes`` in at most ``count`` parts, each shape with a target in one of them, so
    that the part seeing the most triples (by ``weights``) sees as few as it can.

    ``scope`` is what ``shapes`` can look at (see :mod:`.scope`); what each shape sees is
    worked out here when it does not say.
    """
    targeted = targeted_shapes(shapes)
    if count <= 1 or len(targeted) <= 1:
        return [ShapePart(shapes, scope.seen)]
    descriptions = shape_descriptions(shapes)
    by_shape = scope.by_shape or predicates_by_shape(shapes)
    seen: dict[Node, frozenset[str] | None] = {  # (a blank shape: as much as all of them)
        shape: by_shape.get(str(shape), scope.seen) if isinstance(shape, URIRef)
        else scope.seen for shape in targeted}
    chosen: list[list[Node]] = [[] for _ in range(count)]
    unions: list[set[str] | None] = [set() for _ in range(count)]
    for shape in sorted(targeted, key=lambda s: (-_weight(seen[s], weights), str(s))):
        def cost(index: int, shape: Node = shape) -> tuple[int, int, int]:
            grown = _union(unions[index], seen[shape])
            largest = max(_weight(grown if other == index else union, weights)
                          for other, union in enumerate(unions))
            growth = _weight(grown, weights) - _weight(unions[index], weights)
            return largest, growth, len(chosen[index])

        best = min(range(count), key=cost)
        chosen[best].append(shape)
        unions[best] = _union(unions[best], seen[shape])
    return [ShapePart(part_graph(shapes, set(members), descriptions),
                      None if union is None else frozenset(union))
            for members, union in zip(chosen, unions, strict=True) if members]
