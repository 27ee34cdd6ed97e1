"""What one sheet brings about at other sheets' nodes.

A sheet's facts can break a rule at a node another sheet states: a congress given an
ordinal that another congress of the same organisation holds, a level re-declared that
other sheets' subordinations no longer fit, a subordination that closes a cycle through
their organisations, a change that ends an organisation whose figures and tenures they
give. Validating that sheet alone must show those results too, though they stand at the
other sheets' lines: otherwise the sheet validates clean and the full validation fails.

Only what the sheet alone states can change a result (a triple another sheet states too is
there without it). The nodes whose shapes may read such a triple are found by walking back
from it the chains the shapes follow (see :mod:`.reads`). Each is validated twice, with the
sheet's own triples and without them; a result given only with them is the sheet's doing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from partygraph.compile.dataset import SheetGraph
from partygraph.validate.reads import Read, readers
from partygraph.validate.sheet_context import context_ntriples, data_iri

__all__ = ["CausedContext", "caused_context"]


@dataclass(frozen=True)
class CausedContext:
    """What validating a sheet's effect on other sheets' nodes needs.

    ``nodes`` are the other sheets' nodes whose shapes may read what the sheet alone states,
    each with the sheet's subjects whose triples they may read; ``data`` is the context of
    the sheet's subjects and those nodes together (N-Triples), ``without`` the same less what
    the sheet alone states. ``bounded`` is False when some of its triples may be read by
    more nodes than are looked at (see :func:`.reads.readers`): a full validation shows
    what they bring about."""

    nodes: dict[str, frozenset[str]]
    data: str
    without: str
    bounded: bool = True


def _own(store: ox.Store, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """The sheet's ``quads`` (of its named ``graph``) that no other sheet states."""
    own = []
    for quad in quads:
        others = (q for q in store.quads_for_pattern(quad.subject, quad.predicate,
                                                     quad.object, None)
                  if q.graph_name != graph and not isinstance(q.graph_name, ox.DefaultGraph))
        if next(others, None) is None:
            own.append(quad)
    return own


def caused_context(store: ox.Store, sheet: SheetGraph, ontology: Iterable[str],
                   reads: Iterable[Read], inward: frozenset[str] | None = None
                   ) -> CausedContext | None:
    """The context for the results the sheet brings about at other sheets' nodes, from a
    built ``store`` (see :func:`.sheet_context.context_ntriples`), with the ``reads`` of the
    shapes (see :func:`.reads.shape_reads`); None when no other sheet's node reads what it
    alone states."""
    quads = list(ox.parse(sheet.data(), format=ox.RdfFormat.N_QUADS))
    subjects = set(sheet.subjects())
    # (a triple another sheet states too is there without this one: it changes nothing)
    own = _own(store, ox.NamedNode(sheet.graph), quads)
    touched: dict[str, set[str]] = {}
    bounded = True
    for quad in own:
        found = readers(store, reads, quad.triple)
        subject = data_iri(quad.subject)
        if found is None:
            bounded = False
            continue
        for node in found:
            iri = data_iri(node)
            if iri is not None and iri not in subjects:
                touched.setdefault(iri, set()).update([subject] if subject else [])
    nodes = {node: frozenset(through) for node, through in touched.items()}
    if not nodes:
        return None if bounded else CausedContext({}, "", "", bounded)
    data = context_ntriples(store, [*subjects, *nodes], ontology, inward)
    own_lines = {f"{quad.triple} ." for quad in own}
    without = "".join(f"{line}\n" for line in data.splitlines() if line not in own_lines)
    return CausedContext(nodes, data, without, bounded)
