"""What networkx computes well and SPARQL does poorly: depth, components, the busiest nodes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    from partygraph.export.views import View

__all__ = ["ENTITY_KINDS", "GraphStats", "compute_stats"]

ENTITY_KINDS = frozenset({"organisation", "body", "organ", "person", "post", "place", "congress",
                          "term", "instrument", "document", "programme"})
"""The kinds of node that are entities a sheet declares (not facts, sources or concepts):
those ``most_sourced`` ranks."""


@dataclass(frozen=True)
class GraphStats:
    """Figures about the structure of the graph."""

    hierarchy_depth: int
    organisations_per_level: dict[str, int]
    people_with_several_posts: list[tuple[str, int]]
    components: int
    largest_component: int
    # entities (not facts) by how many sources speak of them
    most_sourced: list[tuple[str, int]]


def compute_stats(hierarchy: View, people: View,
                  full: View, *, top: int = 10) -> GraphStats:
    """Compute the figures from the hierarchy, people and full views."""
    simple: nx.DiGraph[str] = nx.DiGraph(hierarchy)
    depth = nx.dag_longest_path_length(simple) if nx.is_directed_acyclic_graph(simple) \
        and simple.number_of_nodes() else 0
    levels = Counter(str(d.get("level", "unknown")) for _, d in hierarchy.nodes(data=True))
    several = []
    for node, data in people.nodes(data=True):
        if data.get("kind") == "person":
            posts = {head for _, head, d in people.out_edges(node, data=True)
                     if d.get("relation") == "holds"}
            if len(posts) > 1:
                several.append((str(data.get("label")), len(posts)))
    components = list(nx.weakly_connected_components(full))
    sourced = sorted(((str(d.get("label")), int(d.get("sources", 0)))
                      for _, d in full.nodes(data=True) if d.get("kind") in ENTITY_KINDS),
                     key=lambda item: (-item[1], item[0]))
    return GraphStats(
        hierarchy_depth=depth,
        organisations_per_level=dict(sorted(levels.items())),
        people_with_several_posts=sorted(several, key=lambda item: (-item[1], item[0])),
        components=len(components),
        largest_component=max((len(c) for c in components), default=0),
        most_sourced=sourced[:top],
    )
