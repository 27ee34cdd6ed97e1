"""Which focus nodes can read a triple: what validating one sheet must look at beyond it.

A triple one sheet adds can change the result of a shape at a node another sheet states: a
congress given an ordinal that another congress of the same organisation holds, a level
re-declared that other sheets' subordinations no longer fit, a change that ends an
organisation whose figures other sheets give. Every shape reads, from its focus node, triples
that it reaches by a chain of links: its property paths, the shapes of their values, and the
patterns of its SPARQL constraints, joined through their variables.

:func:`shape_reads` lists those reads: for each triple pattern, its *routes*, the shortest
chains of the other links from the focus to its subject and to its object. :func:`readers`
walks each route back in the data, from a triple to the nodes whose shapes may read it; a
triple both ends of which a shape reaches is read only where every route leads, so a
congress's ordinal is read by the congresses of its organisation, not by every congress of
that ordinal. Each alternative of a UNION, OPTIONAL, MINUS and EXISTS is followed apart, so
a chain never crosses from one alternative to another. A pattern no chain reaches from the
focus (joined only by a FILTER, say), or one not worked out here (a GRAPH, a SERVICE, a path
of alternative sequences, SHACL rules), can be read from any node: its read has no routes
(``routes`` is None), and :func:`readers` says so.
"""

from __future__ import annotations

import functools
import itertools
from collections import deque
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef, Variable
from rdflib.extras.shacl import parse_shacl_path
from rdflib.namespace import RDF, SH
from rdflib.paths import AlternativePath, InvPath, MulPath, SequencePath
from rdflib.term import Node

from partygraph.validate.shape_graph import query_prefixes, targeted_shapes

__all__ = ["Read", "Route", "Step", "dump_read", "load_read", "readers", "shape_reads"]

_THIS = Variable("this")
_MOST_BRANCHES = 4096


class _Unbounded(Exception):
    """A query whose reads are not worked out here."""


@dataclass(frozen=True)
class _Link:
    """A triple pattern: ``predicates`` (None: any) from ``subject`` to ``object``, once
    or, ``repeated``, any number of times."""

    subject: Hashable
    predicates: frozenset[str] | None
    object: Hashable
    repeated: bool = False


@dataclass(frozen=True)
class Step:
    """One link of a chain from a focus node: ``forward`` from subject to object."""

    predicates: frozenset[str] | None
    forward: bool
    repeated: bool


@dataclass(frozen=True)
class Route:
    """How a shape reaches a triple it reads: at its subject (``at_subject``) or its object,
    through the ``back`` steps from the focus."""

    at_subject: bool
    back: tuple[Step, ...]


@dataclass(frozen=True)
class Read:
    """A triple of one of ``predicates`` (None: any) that a shape reads, perhaps along a
    ``repeated`` link, reached by each of ``routes`` (None: from any focus node)."""

    predicates: frozenset[str] | None
    repeated: bool
    routes: tuple[Route, ...] | None


class _Fresh:
    """A term that joins nothing: a constant, or the inner node of a path."""


def _path_links(subject: Hashable, path: object, obj: Hashable) -> list[_Link]:
    """The links of one triple pattern, its property path cut into single steps."""
    if isinstance(path, URIRef):
        return [_Link(subject, frozenset({str(path)}), obj)]
    if isinstance(path, Variable):
        return [_Link(subject, None, obj)]
    if isinstance(path, InvPath):
        return _path_links(obj, path.arg, subject)
    if isinstance(path, SequencePath):
        terms = [subject, *(_Fresh() for _ in path.args[1:]), obj]
        return [link for index, part in enumerate(path.args)
                for link in _path_links(terms[index], part, terms[index + 1])]
    if isinstance(path, AlternativePath) and all(isinstance(a, URIRef) for a in path.args):
        return [_Link(subject, frozenset(str(a) for a in path.args), obj)]
    if isinstance(path, MulPath):
        inner = _path_links(subject, path.path, obj)
        if len(inner) == 1:
            return [_Link(inner[0].subject, inner[0].predicates, inner[0].object, True)]
    raise _Unbounded  # an alternative of paths, a negated path: not worked out here


def _term(term: Node) -> Hashable:
    return term if isinstance(term, Variable | BNode) else _Fresh()


def _exists_graphs(expr: object) -> Iterator[object]:
    """The graph patterns of the EXISTS and NOT EXISTS in a FILTER or BIND expression."""
    from rdflib.plugins.sparql import algebra
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(expr, CompValue):
        if expr.name in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):
            graph = expr["graph"]
            if isinstance(graph, CompValue) and graph.name == "GroupGraphPatternSub":
                graph = algebra.translateGroupGraphPattern(graph)
            yield graph
            return
        for value in expr.values():
            yield from _exists_graphs(value)
    elif isinstance(expr, list | tuple):
        for value in expr:
            yield from _exists_graphs(value)


def _joined(first: list[list[_Link]], second: list[list[_Link]]) -> list[list[_Link]]:
    joined = [a + b for a, b in itertools.product(first, second)]
    if len(joined) > _MOST_BRANCHES:
        raise _Unbounded
    return joined


def _branches(node: object) -> list[list[_Link]]:
    """The alternatives of a query's algebra, each as the links it joins (an OPTIONAL or an
    EXISTS both left out and joined in)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    if not isinstance(node, CompValue):
        raise _Unbounded
    name = node.name
    if name == "BGP":
        return [[link for s, p, o in node["triples"]
                 for link in _path_links(_term(s), p, _term(o))]]
    if name == "Join":
        return _joined(_branches(node["p1"]), _branches(node["p2"]))
    if name == "Union":
        return _branches(node["p1"]) + _branches(node["p2"])
    if name in ("LeftJoin", "Minus"):
        first = _branches(node["p1"])
        found = first + _joined(first, _branches(node["p2"]))
        for graph in _exists_graphs(node.get("expr")):
            found += _joined(first, _branches(graph))
        return found
    if name in ("Filter", "Extend"):
        inner = _branches(node["p"])
        found = list(inner)
        for graph in _exists_graphs(node["expr"]):
            found += _joined(inner, _branches(graph))
        return found
    if name in ("values", "ToMultiSet") and "p" not in node:
        return [[]]
    if name in ("SelectQuery", "AskQuery", "Project", "Distinct", "Reduced", "Slice",
                "OrderBy", "ToMultiSet", "Group", "AggregateJoin"):
        return _branches(node["p"])
    raise _Unbounded


def _shortest(links: list[_Link], skipped: int) -> dict[Hashable, tuple[Step, ...]]:
    """The shortest chain from ``$this`` to each term, through every link but ``skipped``."""
    by_term: dict[Hashable, list[_Link]] = {}
    for index, link in enumerate(links):
        if index != skipped:
            by_term.setdefault(link.subject, []).append(link)
            by_term.setdefault(link.object, []).append(link)
    route: dict[Hashable, tuple[Step, ...]] = {_THIS: ()}
    waiting: deque[Hashable] = deque([_THIS])
    while waiting:
        term = waiting.popleft()
        for link in by_term.get(term, []):
            forward = link.subject == term
            other = link.object if forward else link.subject
            if other not in route:
                route[other] = (*route[term], Step(link.predicates, forward, link.repeated))
                waiting.append(other)
    return route


def _branch_reads(links: list[_Link]) -> Iterator[Read]:
    """The reads of one alternative: each link, reached from ``$this`` by the shortest
    chain of the other links to its subject and to its object."""
    for index, link in enumerate(links):
        shortest = _shortest(links, index)
        routes = tuple(Route(at_subject, shortest[end])
                       for at_subject, end in ((True, link.subject), (False, link.object))
                       if end in shortest)
        if any(not route.back for route in routes):  # at the focus itself
            routes = tuple(route for route in routes if not route.back)
        yield Read(link.predicates, link.repeated, routes or None)


@functools.lru_cache(maxsize=256)
def _query_reads(text: str) -> frozenset[Read] | None:
    from rdflib.plugins.sparql import prepareQuery  # slow to import: see .scope

    try:
        algebra = prepareQuery(text).algebra
    except Exception:  # ($PATH, say, which only a property shape's constraint binds)
        return None
    try:
        return frozenset(read for branch in _branches(algebra) for read in _branch_reads(branch))
    except _Unbounded:
        return None


def _steps(path: object) -> list[Step]:
    """A SHACL property path's steps from the focus."""
    start = _Fresh()
    links = _path_links(start, path, _Fresh())
    steps: list[Step] = []
    term: Hashable = start
    for link in links:
        forward = link.subject == term
        steps.append(Step(link.predicates, forward, link.repeated))
        term = link.object if forward else link.subject
    return steps


_VALUE_SHAPES = (SH.node, SH.qualifiedValueShape, SH["not"])
_SHAPE_LISTS = (SH["and"], SH["or"], SH.xone)
_FOCUS_PREDICATES = (SH.equals, SH.disjoint, SH.lessThan, SH.lessThanOrEquals)


_Seen = frozenset[tuple[Node, tuple[Step, ...]]]


def _at(back: tuple[Step, ...]) -> tuple[Route, ...]:
    return (Route(True, back),)


def _sparql_reads(shapes: Graph, shape: Node, back: tuple[Step, ...],
                  prefixes: str) -> Iterator[Read]:
    """The reads of the SPARQL constraints of ``shape``, its ``$this`` where ``back`` leads."""
    for constraint in shapes.objects(shape, SH.sparql):
        for kind in (SH.select, SH.ask):
            for text in shapes.objects(constraint, kind):
                reads = _query_reads(prefixes + str(text))
                if reads is None:  # any triple, from any focus
                    yield Read(None, False, None)
                    continue
                for read in reads:
                    yield Read(read.predicates, read.repeated, None if read.routes is None
                               else tuple(Route(r.at_subject, (*back, *r.back))
                                          for r in read.routes))


def _value_reads(shapes: Graph, shape: Node, values: tuple[Step, ...], prefixes: str,
                 seen: _Seen) -> Iterator[Read]:
    """The reads of the constraints ``shape`` puts on each value node (where ``values``
    leads): its class, and the shapes the values must (or must not) conform to."""
    if (shape, SH["class"], None) in shapes:
        yield Read(frozenset({str(RDF.type)}), False, _at(values))
    for kind in _VALUE_SHAPES:
        for value in shapes.objects(shape, kind):
            yield from _shape_reads(shapes, value, values, prefixes, seen)
    for kind in _SHAPE_LISTS:
        for listed in shapes.objects(shape, kind):
            for member in shapes.items(listed):
                yield from _shape_reads(shapes, member, values, prefixes, seen)


def _shape_reads(shapes: Graph, shape: Node, back: tuple[Step, ...], prefixes: str,
                 seen: _Seen) -> Iterator[Read]:
    """The reads of ``shape`` validated at the nodes the ``back`` steps lead to: a node
    shape's at them, a property shape's along its path too."""
    if (shape, back) in seen or len(back) > 16:
        return
    seen = seen | {(shape, back)}
    if (shape, SH.closed, None) in shapes:
        yield Read(None, False, _at(back))
    for predicate in _FOCUS_PREDICATES:  # (a property shape's: at its focus as well)
        for value in shapes.objects(shape, predicate):
            yield Read(frozenset({str(value)}), False, _at(back))
    yield from _sparql_reads(shapes, shape, back, prefixes)
    for prop in shapes.objects(shape, SH.property):
        yield from _shape_reads(shapes, prop, back, prefixes, seen)
    values = back
    path = shapes.value(shape, SH.path)
    if path is not None:
        try:
            steps = _steps(parse_shacl_path(shapes, path))
        except _Unbounded:
            yield Read(None, False, None)
            return
        for step in steps:
            yield Read(step.predicates, step.repeated, (Route(step.forward, values),))
            values = (*values, step)
    yield from _value_reads(shapes, shape, values, prefixes, seen)


def shape_reads(shapes: Graph) -> frozenset[Read]:
    """Every read of the shapes with a target (see the module's docstring)."""
    prefixes = query_prefixes(shapes)
    found: set[Read] = {Read(frozenset({str(RDF.type)}), False, (Route(True, ()),))}
    for shape in targeted_shapes(shapes):
        for predicate in (SH.targetSubjectsOf, SH.targetObjectsOf):
            for value in shapes.objects(shape, predicate):
                found.add(Read(frozenset({str(value)}), False,
                               (Route(predicate == SH.targetSubjectsOf, ()),)))
        # a SPARQL target (any node may be one) or a rule (its triples are not the data's)
        if (shape, SH.target, None) in shapes or (shape, SH.rule, None) in shapes:
            found.add(Read(None, False, None))
        found.update(_shape_reads(shapes, shape, (), prefixes, frozenset()))
    return frozenset(found)


def _listed(predicates: frozenset[str] | None) -> list[str] | None:
    return None if predicates is None else sorted(predicates)


def _set(predicates: list[str] | None) -> frozenset[str] | None:
    return None if predicates is None else frozenset(predicates)


def dump_read(read: Read) -> list[Any]:
    """``read`` as JSON values (see :func:`load_read`)."""
    routes = None if read.routes is None else [
        [route.at_subject, [[_listed(s.predicates), s.forward, s.repeated] for s in route.back]]
        for route in read.routes]
    return [_listed(read.predicates), read.repeated, routes]


def load_read(value: list[Any]) -> Read:
    """The read :func:`dump_read` gave as ``value``."""
    predicates, repeated, routes = value
    return Read(_set(predicates), repeated, None if routes is None else tuple(
        Route(at_subject, tuple(Step(_set(p), forward, again) for p, forward, again in back))
        for at_subject, back in routes))


_Node = ox.NamedNode | ox.BlankNode | ox.Literal


def _walked_back(store: ox.Store, nodes: set[_Node], step: Step) -> set[_Node]:
    """The nodes from which ``step`` leads to one of ``nodes``."""
    found: set[_Node] = set(nodes) if step.repeated else set()
    frontier = set(nodes)
    predicates: list[ox.NamedNode | None] = [None] if step.predicates is None else \
        [ox.NamedNode(p) for p in sorted(step.predicates)]
    while frontier:
        reached: set[_Node] = set()
        for node in frontier:
            for predicate in predicates:
                if step.forward:  # from the subject to the object: back to the subject
                    quads = store.quads_for_pattern(None, predicate, node, ox.DefaultGraph())
                    reached.update(q.subject for q in quads
                                   if isinstance(q.subject, ox.NamedNode | ox.BlankNode))
                elif not isinstance(node, ox.Literal):
                    quads = store.quads_for_pattern(node, predicate, None, ox.DefaultGraph())
                    reached.update(q.object for q in quads
                                   if isinstance(q.object, ox.NamedNode | ox.BlankNode))
        frontier = reached - found if step.repeated else set()
        found |= reached
    return found


def _route_readers(store: ox.Store, read: Read, route: Route, triple: ox.Triple,
                   most: int) -> set[_Node] | None:
    """The focus nodes ``route`` leads back to from ``triple``; None past ``most`` nodes."""
    anchor = triple.subject if route.at_subject else triple.object
    if isinstance(anchor, ox.Triple):
        return None  # (an RDF-star triple term: not followed here)
    nodes: set[_Node] = {anchor}
    if read.repeated:  # the triple may stand anywhere along the repeated link
        nodes = _walked_back(store, nodes, Step(read.predicates, route.at_subject, True))
    for step in reversed(route.back):
        if len(nodes) > most:
            return None
        nodes = _walked_back(store, nodes, step)
        if not nodes:
            break
    return nodes if len(nodes) <= most else None


def readers(store: ox.Store, reads: Iterable[Read], triple: ox.Triple, most: int = 20_000
            ) -> set[_Node] | None:
    """Every node of ``store`` (its default graph) whose shapes may read ``triple`` by one
    of ``reads``; None if they may be any node, or more than ``most``.

    A read reached by several routes needs all of them, so its readers are those every
    route leads back to: the routes that would pass ``most`` nodes are left out of that."""
    found: set[_Node] = set()
    for read in reads:
        if read.predicates is not None and triple.predicate.value not in read.predicates:
            continue
        if read.routes is None:
            return None
        narrowest: set[_Node] | None = None
        for route in read.routes:
            nodes = _route_readers(store, read, route, triple, most)
            if nodes is not None:
                narrowest = nodes if narrowest is None else narrowest & nodes
        if narrowest is None:
            return None
        found |= narrowest
        if len(found) > most:
            return None
    return found
