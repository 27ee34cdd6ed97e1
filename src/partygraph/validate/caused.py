"""What one sheet's changes bring about at other sheets' nodes.

A change (a merger, split, renaming, creation or end) that one sheet states decides when
organisations began and ended, and so whether the figures and tenures that other sheets give
of them fall within their existence (the shapes AfterEnd, BeforeBeginning and
TenureWithinExistence look from a figure or a tenure to the changes of its organisation).
Validating that sheet alone must show those results too, though they stand at the other
sheets' lines: otherwise the sheet validates clean and the full validation warns.

The nodes that may be touched are those that link, through any chain of data links, to an
organisation or unit that one of the sheet's changes names: its figures, posts, holdings,
congresses, and those of the organisations under it. Each is validated twice, with the
sheet's own triples and without them; a result given only with them is the sheet's doing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from partygraph.compile.dataset import SheetGraph
from partygraph.rdf.vocab import ORG, PG
from partygraph.validate.sheet_context import context_ntriples, data_iri

__all__ = ["CausedContext", "caused_context", "changed_units"]

# How a change names the organisations and units it began or ended.
_CHANGE_LINKS = frozenset(str(p) for p in (ORG.originalOrganization, ORG.resultingOrganization,
                                           PG.originalUnit, PG.resultingUnit))


@dataclass(frozen=True)
class CausedContext:
    """What validating a sheet's effect on other sheets' nodes needs.

    ``nodes`` are the other sheets' nodes its changes may touch, each with the changes (of
    the sheet) through which; ``data`` is the context of the sheet's subjects and those nodes
    together (N-Triples), ``without`` the same less what the sheet alone states."""

    nodes: dict[str, frozenset[str]]
    data: str
    without: str


def changed_units(quads: Iterable[ox.Quad]) -> dict[str, set[str]]:
    """The organisations and units a sheet's ``quads`` name as changes', each with those
    changes."""
    units: dict[str, set[str]] = {}
    for quad in quads:
        target = data_iri(quad.object)
        if quad.predicate.value in _CHANGE_LINKS and target is not None \
                and isinstance(quad.subject, ox.NamedNode):
            units.setdefault(target, set()).add(quad.subject.value)
    return units


def _reaching(store: ox.Store, units: dict[str, set[str]]) -> dict[str, set[str]]:
    """Every data node that links to one of ``units`` through a chain of data links, each
    with the changes of the units it reaches."""
    reached: dict[str, set[str]] = {unit: set(changes) for unit, changes in units.items()}
    frontier = list(units)
    while frontier:
        node = frontier.pop()
        changes = reached[node]
        for quad in store.quads_for_pattern(None, None, ox.NamedNode(node), ox.DefaultGraph()):
            linking = data_iri(quad.subject)
            if linking is None:
                continue
            known = reached.setdefault(linking, set())
            if not changes <= known:
                known |= changes
                frontier.append(linking)
    return reached


def _own_lines(store: ox.Store, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> set[str]:
    """The triples (N-Triples lines) of the sheet's ``quads`` (its named ``graph``) that no
    other sheet states."""
    own: set[str] = set()
    for quad in quads:
        others = (q for q in store.quads_for_pattern(quad.subject, quad.predicate,
                                                     quad.object, None)
                  if q.graph_name != graph and not isinstance(q.graph_name, ox.DefaultGraph))
        if next(others, None) is None:
            own.add(f"{quad.triple} .")
    return own


def caused_context(store: ox.Store, sheet: SheetGraph, ontology: Iterable[str],
                   inward: frozenset[str] | None = None) -> CausedContext | None:
    """The context for the results the sheet's changes bring about at other sheets' nodes,
    from a built ``store`` (see :func:`.sheet_context.context_ntriples`); None when it
    states no change, or its changes name nothing other sheets speak of."""
    quads = list(ox.parse(sheet.data(), format=ox.RdfFormat.N_QUADS))
    units = changed_units(quads)
    if not units:
        return None
    subjects = set(sheet.subjects())
    nodes = {node: frozenset(changes) for node, changes in _reaching(store, units).items()
             if node not in subjects}
    if not nodes:
        return None
    data = context_ntriples(store, [*subjects, *nodes], ontology, inward)
    own = _own_lines(store, ox.NamedNode(sheet.graph), quads)
    without = "".join(f"{line}\n" for line in data.splitlines() if line not in own)
    return CausedContext(nodes, data, without)
