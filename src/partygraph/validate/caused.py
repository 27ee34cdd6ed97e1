"""What one sheet brings about at other sheets' nodes.

A sheet's facts can break a rule at a node another sheet states: a congress given an
ordinal that another congress of the same organisation holds, a level re-declared that
other sheets' subordinations no longer fit, a subordination that closes a cycle through
their organisations, a change that ends an organisation whose figures and tenures they
give. Validating that sheet alone must show those results too, though they stand at the
other sheets' lines: otherwise the sheet validates clean and the full validation fails.

Only what the sheet alone states can change a result (a triple another sheet states too is
there without it). The nodes whose shapes may read such a triple are found by walking back
from it the chains the shapes follow (see :mod:`.reads`). They are validated with the sheet's
nodes. A result that stands at none of the sheet's lines (at another sheet's node, or at a
node both declare but from a fact only the other states) is validated again without what the
sheet alone states: given only with it, it is the sheet's doing, and names the lines that
state what it read; given without it too, it is another sheet's, and not reported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from partygraph.compile.dataset import SheetGraph
from partygraph.validate.reads import Read, readers
from partygraph.validate.sheet_context import data_iri

__all__ = ["CausedContext", "caused_context"]


@dataclass(frozen=True)
class CausedContext:
    """What telling a sheet's doing from other sheets' needs.

    ``read`` maps every node whose shapes may read what the sheet alone states (its own
    nodes among them) to those triples; ``own_triples`` are all that the sheet alone states.
    ``bounded`` is False when some of them may be read by more nodes than are listed (see
    :func:`.reads.readers`): a full validation shows what they bring about."""

    read: dict[str, frozenset[ox.Triple]]
    own_triples: frozenset[ox.Triple]
    bounded: bool = True

    @property
    def own_lines(self) -> frozenset[str]:
        """What the sheet alone states, as N-Triples lines."""
        return frozenset(f"{triple} ." for triple in self.own_triples)

    def others(self, subjects: Iterable[str]) -> set[str]:
        """The nodes of ``read`` that are not among the sheet's ``subjects``."""
        return set(self.read) - set(subjects)

    def without(self, data: str) -> str:
        """N-Triples ``data`` less what the sheet alone states."""
        own = self.own_lines
        return "".join(f"{line}\n" for line in data.splitlines() if line not in own)


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


def caused_context(store: ox.Store, sheet: SheetGraph, reads: Iterable[Read]
                   ) -> CausedContext:
    """What the sheet alone states in a built ``store``, and the nodes whose shapes may read
    it, with the ``reads`` of the shapes (see :func:`.reads.shape_reads`)."""
    quads = list(ox.parse(sheet.data(), format=ox.RdfFormat.N_QUADS))
    # (a triple another sheet states too is there without this one: it changes nothing)
    own = _own(store, ox.NamedNode(sheet.graph), quads)
    read: dict[str, set[ox.Triple]] = {}
    bounded = True
    for quad in own:
        found = readers(store, reads, quad.triple)
        if found is None:
            bounded = False
            continue
        for node in found:
            iri = data_iri(node)
            if iri is not None:
                read.setdefault(iri, set()).add(quad.triple)
    return CausedContext({node: frozenset(triples) for node, triples in read.items()},
                         frozenset(quad.triple for quad in own), bounded)
