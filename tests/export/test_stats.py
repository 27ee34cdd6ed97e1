"""export.stats: structural figures from the hierarchy, people and full views."""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

from partygraph.export.stats import compute_stats

if TYPE_CHECKING:
    from partygraph.export.views import View


def _view(nodes: dict[str, dict[str, object]], edges: list[tuple[str, str, str]]) -> View:
    graph: View = nx.MultiDiGraph()
    for node, data in nodes.items():
        graph.add_node(node, **data)
    for tail, head, relation in edges:
        graph.add_edge(tail, head, relation=relation)
    return graph


def test_figures_of_small_views_are_exact() -> None:
    hierarchy = _view({"p": {"level": "provincial"}, "d": {"level": "district"},
                       "c1": {"level": "base"}, "c2": {"level": "base"}},
                      [("d", "p", "sub_of"), ("c1", "d", "sub_of"), ("c2", "d", "sub_of")])
    people = _view({"a": {"kind": "person", "label": "An"},
                    "b": {"kind": "person", "label": "Bình"},
                    "s": {"kind": "post"}, "t": {"kind": "post"}},
                   [("a", "s", "holds"), ("a", "t", "holds"), ("a", "t", "holds"),
                    ("b", "s", "holds")])
    full = _view({"p": {"kind": "organisation", "label": "P", "sources": 3},
                  "d": {"kind": "organisation", "label": "D", "sources": 3},
                  "x": {"kind": "source", "label": "article", "sources": 9},
                  "lone": {"kind": "person", "label": "Lẻ", "sources": 1},
                  "f": {"kind": "tally", "label": "52/52 cán bộ", "sources": 5}},
                 [("d", "p", "sub_of"), ("d", "x", "stated_in")])
    figures = compute_stats(hierarchy, people, full, top=2)
    assert figures.hierarchy_depth == 2
    assert figures.organisations_per_level == {"base": 2, "district": 1, "provincial": 1}
    assert figures.people_with_several_posts == [("An", 2)]  # the same post twice counts once
    assert (figures.components, figures.largest_component) == (3, 3)
    # entities only: sources and facts (a tally) are left out; ties by name
    assert figures.most_sourced == [("D", 3), ("P", 3)]


def test_a_cycle_or_an_empty_hierarchy_has_depth_zero() -> None:
    cycle = _view({"a": {}, "b": {}}, [("a", "b", "sub_of"), ("b", "a", "sub_of")])
    empty = _view({}, [])
    assert compute_stats(cycle, empty, empty).hierarchy_depth == 0
    assert compute_stats(empty, empty, empty).largest_component == 0
