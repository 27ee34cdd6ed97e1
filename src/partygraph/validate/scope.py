"""Which predicates a SHACL shapes graph can look at, so validation need not load the rest.

A triple whose predicate no shape mentions cannot change a validation result, unless a
shape is closed (``sh:closed`` reports unexpected predicates) or a SPARQL constraint
matches a variable or negated predicate. :func:`predicates_seen` returns ``None`` in
those cases: then nothing may be left out. ``rdf:type`` and ``rdfs:subClassOf`` are always
kept (targets and ``sh:class`` follow them).

:func:`predicates_followed_inwards` narrows this to the predicates validation may follow
from a triple's object back to its subject, which is what the context of one sheet needs
(see :mod:`.sheet_context`).
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef, Variable
from rdflib.namespace import RDF, RDFS, SH
from rdflib.paths import AlternativePath, InvPath, MulPath, NegatedPath, SequencePath
from rdflib.paths import Path as PropertyPath

from partygraph.util.memo import kept
from partygraph.validate import reads, shape_graph
from partygraph.validate.reads import Read, dump_read, load_read, shape_reads
from partygraph.validate.shape_graph import part_graph, query_prefixes, shape_descriptions

__all__ = ["ShapeScope", "predicates_by_shape", "predicates_followed_inwards", "predicates_seen",
           "shape_scope", "shape_scope_cached"]


class _Unbounded(Exception):
    """A constraint may match any predicate."""


def _path_iris(path: object) -> Iterator[str]:
    if isinstance(path, URIRef):
        yield str(path)
    elif isinstance(path, Variable | NegatedPath):
        raise _Unbounded
    elif isinstance(path, SequencePath | AlternativePath):
        for part in path.args:
            yield from _path_iris(part)
    elif isinstance(path, MulPath):
        yield from _path_iris(path.path)
    elif isinstance(path, InvPath):
        yield from _path_iris(path.arg)
    elif isinstance(path, PropertyPath):
        raise _Unbounded  # a kind of path not known here: keep everything


def _pattern_predicates(node: object) -> Iterator[str]:
    """Predicates of every triple pattern in a parsed query (EXISTS blocks included)."""
    from rdflib.plugins.sparql.parserutils import CompValue  # as below: the parser is slow

    if isinstance(node, CompValue):
        if node.name == "BGP":
            for _s, p, _o in node["triples"]:
                yield from _path_iris(p)
        elif node.name == "TriplesBlock":  # inside EXISTS: flat lists, three terms a triple
            for flat in node["triples"]:
                for index in range(1, len(flat), 3):
                    yield from _path_iris(flat[index])
        for value in node.values():
            yield from _pattern_predicates(value)
    elif isinstance(node, list | tuple):
        for value in node:
            yield from _pattern_predicates(value)


@functools.lru_cache(maxsize=256)
def _one_query_predicates(text: str) -> frozenset[str]:
    # rdflib's SPARQL parser takes 0.2 s to import; the answer is usually cached
    from rdflib.plugins.sparql import prepareQuery

    return frozenset(_pattern_predicates(prepareQuery(text).algebra))


def _query_predicates(shapes: Graph, texts: Iterable[str]) -> set[str]:
    prefixes = query_prefixes(shapes)
    seen: set[str] = set()
    for text in texts:
        seen.update(_one_query_predicates(prefixes + text))
    return seen


def predicates_seen(shapes: Graph) -> frozenset[str] | None:
    """Every predicate validation against ``shapes`` can look at; None if it may be any."""
    if any(shapes.triples((None, SH.closed, None))):
        return None
    texts = [str(t) for kind in (SH.select, SH.ask) for t in shapes.objects(None, kind)]
    try:
        from_queries = _query_predicates(shapes, texts)
    except _Unbounded:
        return None
    mentioned = {str(term) for triple in shapes for term in triple if isinstance(term, URIRef)}
    return frozenset(mentioned | from_queries | {str(RDF.type), str(RDFS.subClassOf)})


def _iris_below(shapes: Graph, node: object) -> set[str]:
    """Every IRI in the description of a path node (its lists and nested paths)."""
    if isinstance(node, URIRef):
        return {str(node)} - {str(RDF.nil)}
    found: set[str] = set()
    for _p, value in shapes.predicate_objects(node):  # type: ignore[arg-type]
        found |= _iris_below(shapes, value)
    return found


def predicates_followed_inwards(shapes: Graph) -> frozenset[str] | None:
    """Predicates validation against ``shapes`` may follow from object to subject; None if
    that may be any predicate.

    Those are the predicates of inverse paths and of ``sh:targetObjectsOf``, and every
    predicate of a SPARQL constraint (its patterns may be walked either way). A plain
    ``sh:path`` is followed only from subject to object.
    """
    texts = [str(t) for kind in (SH.select, SH.ask) for t in shapes.objects(None, kind)]
    try:
        found = _query_predicates(shapes, texts)
    except _Unbounded:
        return None
    for kind in (SH.inversePath, SH.targetObjectsOf):
        for node in shapes.objects(None, kind):
            found |= _iris_below(shapes, node)
    return frozenset(found)


def predicates_by_shape(shapes: Graph) -> dict[str, frozenset[str] | None]:
    """:func:`predicates_seen` of each named shape with a target, validated on its own
    (see :func:`.shape_graph.part_graph`)."""
    descriptions = shape_descriptions(shapes)
    return {str(shape): predicates_seen(part_graph(shapes, {shape}, descriptions))
            for shape in descriptions if isinstance(shape, URIRef)}


@dataclass(frozen=True)
class ShapeScope:
    """What validation against a shapes graph can look at (None: anything)."""

    seen: frozenset[str] | None  # every predicate (see :func:`predicates_seen`)
    inward: frozenset[str] | None  # those followed inwards too
    # what each named shape with a target sees alone (see :func:`predicates_by_shape`)
    by_shape: Mapping[str, frozenset[str] | None] = field(default_factory=dict)
    # the triples the shapes read from their focus nodes (see :func:`.reads.shape_reads`)
    reads: frozenset[Read] | None = None


def _listed(predicates: frozenset[str] | None) -> list[str] | None:
    return None if predicates is None else sorted(predicates)


def _set(predicates: list[str] | None) -> frozenset[str] | None:
    return None if predicates is None else frozenset(predicates)


def shape_scope(shapes: Graph) -> ShapeScope:
    """What validation against ``shapes`` can look at, as a whole and shape by shape."""
    return ShapeScope(predicates_seen(shapes), predicates_followed_inwards(shapes),
                      predicates_by_shape(shapes), shape_reads(shapes))


def shape_scope_cached(shapes_file: Path, shapes: Graph, cache_file: Path) -> ShapeScope:
    """:func:`shape_scope`, kept in ``cache_file`` while the shapes and this code stay.

    Parsing the SPARQL constraints with rdflib takes about 0.1 s each, on every run.
    """
    code = b"".join(Path(module).read_bytes()
                    for module in (__file__, shape_graph.__file__, reads.__file__))
    digest = hashlib.sha256(shapes_file.read_bytes() + code).hexdigest()

    def dump(scope: ShapeScope) -> dict[str, Any]:
        return {"predicates": _listed(scope.seen), "inward": _listed(scope.inward),
                "by_shape": {shape: _listed(seen) for shape, seen in scope.by_shape.items()},
                "reads": None if scope.reads is None else sorted(
                    (dump_read(read) for read in scope.reads), key=repr)}

    def load(value: dict[str, Any]) -> ShapeScope:
        return ShapeScope(_set(value["predicates"]), _set(value["inward"]),
                          {shape: _set(seen) for shape, seen in value["by_shape"].items()},
                          None if value["reads"] is None else
                          frozenset(load_read(read) for read in value["reads"]))

    return kept(cache_file, digest, lambda: shape_scope(shapes), dump=dump, load=load,
                shared=True)
