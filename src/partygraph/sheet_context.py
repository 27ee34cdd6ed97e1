"""The part of the built graph that validating one fact sheet needs.

Validating one sheet against the rest must give the results a full validation gives for
the nodes that sheet speaks of, but without handing the SHACL engine the whole corpus.
Every shape starts at a focus node and follows links outwards (to a post, its body, the
organisation above, ...) and at most one link back inwards (the other congresses of an
organisation, the change that ended it). So the context is:

- every triple about the sheet's subjects and, transitively, about every entity they link
  to (the "upward" closure: a cell's base organisation, its district, province, ...);
- every triple about anything that links to a node of that closure;
- the ontology (class hierarchy and vocabulary).

Links are followed only through partygraph's own data IRIs, never through classes or
vocabulary terms, so a level such as "base" does not pull in every base organisation.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from .vocab import ID

__all__ = ["context_ntriples"]

_DATA = str(ID)


def _data_iri(term: object) -> str | None:
    """The IRI of ``term`` if it is one of partygraph's data nodes."""
    if isinstance(term, ox.NamedNode) and term.value.startswith(_DATA):
        return term.value
    return None


def context_ntriples(store: ox.Store, subjects: Iterable[str], ontology: Iterable[str]) -> str:
    """N-Triples of what validating the nodes ``subjects`` needs, from a built ``store``.

    ``ontology`` is the ontology graph as N-Quads lines.
    """
    lines: set[str] = set()
    closure: set[str] = set()
    frontier = list(subjects)
    while frontier:
        node = frontier.pop()
        if node in closure:
            continue
        closure.add(node)
        for quad in store.quads_for_pattern(ox.NamedNode(node), None, None):
            lines.add(f"{quad.triple} .")
            target = _data_iri(quad.object)
            if target is not None and target not in closure:
                frontier.append(target)
    linking: set[str] = set()
    for node in closure:
        for quad in store.quads_for_pattern(None, None, ox.NamedNode(node)):
            source = _data_iri(quad.subject)
            if source is not None and source not in closure:
                linking.add(source)
    for node in linking:
        for quad in store.quads_for_pattern(ox.NamedNode(node), None, None):
            lines.add(f"{quad.triple} .")
    lines.update(line.rsplit(" ", 2)[0] + " ." for line in ontology)
    return "\n".join(sorted(lines)) + "\n"
