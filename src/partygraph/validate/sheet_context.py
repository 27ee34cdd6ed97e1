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
vocabulary terms, so a level such as "base" does not pull in every base organisation, and
never through the nodes the build derives (:mod:`partygraph.compile.derived`), which are no
sheet's facts and which no shape reads.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from partygraph.compile.derived import NODE_PREFIX
from partygraph.rdf.sparql_text import inject_values
from partygraph.rdf.vocab import ID

__all__ = ["context_ntriples", "data_iri"]

_DATA = str(ID)


def data_iri(term: object) -> str | None:
    """The IRI of ``term`` if it is one of partygraph's data nodes (not a derived one)."""
    if isinstance(term, ox.NamedNode) and term.value.startswith(_DATA) \
            and not term.value.startswith(NODE_PREFIX):
        return term.value
    return None


# The data nodes that link into the given ones (bound as VALUES) ...
_LINKING = f"""
SELECT DISTINCT ?s WHERE {{
  ?s ?link ?node .
  FILTER (isIRI(?s) && STRSTARTS(STR(?s), "{_DATA}")
          && !STRSTARTS(STR(?s), "{NODE_PREFIX}")) {{only}}
}}"""
# ... and everything said about them (the selection first, as a subquery).
_ABOUT = "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {{ {linking} }} ?s ?p ?o }}"


def context_ntriples(store: ox.Store, subjects: Iterable[str], ontology: Iterable[str],
                     inward: frozenset[str] | None = None) -> str:
    """N-Triples of what validating the nodes ``subjects`` needs, from a built ``store``.

    ``store`` keeps its default graph the merge of its named graphs, as a build leaves it
    (see :func:`partygraph.store.embedded.replace_graphs`).
    ``ontology`` is the ontology graph as N-Quads lines. With ``inward`` (the predicates
    the shapes may follow from object to subject, see :mod:`.shape_scope`), only nodes
    that link in through one of them are taken: a hub such as the central directive, which
    every congress links to but no shape looks back from, then adds nothing.
    """
    lines: set[str] = set()
    closure: set[str] = set()
    frontier = list(subjects)
    while frontier:
        node = frontier.pop()
        if node in closure:
            continue
        closure.add(node)
        # the default graph, the merge of all graphs: a node that many sheets declare has
        # its triples once there, and once in each of their graphs
        for quad in store.quads_for_pattern(ox.NamedNode(node), None, None, ox.DefaultGraph()):
            lines.add(f"{quad.triple} .")
            target = data_iri(quad.object)
            if target is not None and target not in closure:
                frontier.append(target)
    if closure and inward != frozenset():
        only = ("" if inward is None else  # terms written by pyoxigraph, so escaped
                "FILTER (?link IN (" + ", ".join(str(ox.NamedNode(p)) for p in sorted(inward))
                + "))")
        linking = inject_values(_LINKING.replace("{only}", only),
                                {"node": [ox.NamedNode(n) for n in sorted(closure)]})
        query = _ABOUT.format(linking=linking)
        found = store.query(query)  # the default graph: the merge of all graphs
        assert isinstance(found, ox.QueryTriples)
        text = found.serialize(format=ox.RdfFormat.N_TRIPLES)
        assert text is not None
        lines.update(line for line in text.decode().splitlines() if line)
    lines.update(line.rsplit(" ", 2)[0] + " ." for line in ontology)
    return "\n".join(sorted(lines)) + "\n"
