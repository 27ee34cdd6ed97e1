"""Write views in the formats visualisation tools read.

GraphML (typed attributes for Gephi and yEd, valid against graphml.xsd), GEXF (coloured by
kind), Cytoscape.js JSON, node-link JSON (``links``, as D3 and networkx read it), DOT for
Graphviz (top-down), a Gephi nodes/edges CSV pair, a self-contained HTML page, and SVG or PNG
pictures rendered by Graphviz.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pydot

from partygraph.errors import PartygraphError
from partygraph.export.gexf import write_gexf
from partygraph.export.graphml import write_graphml
from partygraph.export.html_page import render_page
from partygraph.options import EXPORT_FORMATS

if TYPE_CHECKING:
    from partygraph.export.views import View

__all__ = ["EXPORT_FORMATS", "KIND_COLOURS", "PICTURE_NODES", "cytoscape_json",
           "export_files", "fold_for_picture", "guess_format", "node_link", "text_colour",
           "write_export"]

_SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".cyjs": "cytoscape",
             ".json": "node-link", ".dot": "dot", ".gv": "dot", ".csv": "csv",
             ".html": "html", ".htm": "html", ".svg": "svg", ".png": "png"}
KIND_COLOURS = {
    "organisation": "#c0392b", "body": "#e67e22", "organ": "#1b5e20", "person": "#2980b9",
    "post": "#8e44ad",
    "place": "#16a085", "congress": "#d4ac0d", "term": "#7f8c8d", "instrument": "#1a237e",
    "document": "#6d4c41", "programme": "#c5a880", "task": "#27ae60", "session": "#00e5ff",
    "event": "#7986cb", "change": "#880e4f", "source": "#37474f", "observation": "#ff80ab",
    "tally": "#c6ff00", "holding": "#ce93d8", "subordination": "#ffcc80",
    "attestation": "#80cbc4", "sheet": "#827717", "concept": "#e0e0e0", "resource": "#000000",
}
"""One colour per kind of node, each told apart from every other (CIELAB distance 19 or
more), in every format with colours: the page and its legend, pictures, GEXF, Cytoscape."""
PICTURE_NODES = 150
"""Pictures of a hierarchy with more organisations than this fold the deeper levels."""


def text_colour(fill: str) -> str:
    """Black or white, whichever reads on ``fill`` (by its relative luminance)."""
    def linear(part: str) -> float:
        c = int(part, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(fill[i:i + 2]) for i in (1, 3, 5))
    return "#000000" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.179 else "#ffffff"


def guess_format(output: Path) -> str:
    """The export format named by ``output``'s suffix."""
    name = output.name.lower()
    if name.endswith(".cytoscape.json"):
        return "cytoscape"
    fmt = _SUFFIXES.get(output.suffix.lower())
    if fmt is None:
        raise PartygraphError(f"cannot tell the format from {output.name!r}: pass --format "
                              f"({', '.join(EXPORT_FORMATS)})")
    return fmt


def node_link(graph: View) -> dict[str, object]:
    """networkx's node-link shape with the edges under ``links``.

    ``links`` is what D3 reads and what ``networkx.node_link_graph`` reads by default before
    networkx 3.4 (from 3.4 on, with ``edges="links"``). Built here rather than by
    ``node_link_data``, whose parameter naming the list changed in 3.4.
    """
    return {
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "graph": dict(graph.graph),
        "nodes": [{**data, "id": node} for node, data in graph.nodes(data=True)],
        "links": [{**data, "source": tail, "target": head, "key": key}
                  for tail, head, key, data in graph.edges(keys=True, data=True)],
    }


def cytoscape_json(graph: View) -> dict[str, Any]:
    """Cytoscape.js JSON (``elements``: ``nodes`` and ``edges``, each with ``data``).

    networkx's ``cytoscape_data``, with the node's label as its ``name`` (what Cytoscape shows)
    rather than its IRI, which stays its ``id``, its kind's colour as ``colour``, and an
    ``id`` for each edge (``e0``, ``e1`` …), without which ``cy.json()`` and ``cy.add()`` of
    Cytoscape.js drop the edge.
    ``networkx.cytoscape_graph(data, name="label")`` reads it back.
    """
    data: dict[str, Any] = nx.cytoscape_data(graph, name="label")
    for node in data["elements"]["nodes"]:
        node["data"]["colour"] = KIND_COLOURS.get(str(node["data"].get("kind")), "#9e9e9e")
    for number, edge in enumerate(data["elements"]["edges"]):
        edge["data"] = {"id": f"e{number}", **edge["data"]}
    return data


def _figure_text(data: dict[str, object], key: str) -> str:
    """One figure of a node as its label shows it: "party members: more than 2457
    (2020-06)", with what it counts where it has a scope ("members disciplined (đảng viên
    bị khai trừ): 1 (2025)"), and every figure the sources of that date give where they
    disagree."""
    approx, scope = data.get(f"{key}_approx"), data.get(f"{key}_scope")
    text = (f"{key.replace('_', ' ')}{f' ({scope})' if scope else ''}: "
            f"{f'{approx} ' if approx else ''}{data[key]} ({data[key + '_as_of']})")
    disputed = data.get(f"{key}_disputed")
    return f"{text}; sources differ: {disputed}" if disputed else text


def _dot_text(graph: View) -> str:
    hierarchy = graph.graph.get("view") == "hierarchy"
    # A wide tree reads down the page, one level a column, rather than 400,000 pt across.
    ranks = _rank_widths(graph) if hierarchy else []
    across = "LR" if hierarchy and max(ranks, default=0) > 8 else "TB"
    dot = pydot.Dot(graph_type="digraph", strict=hierarchy, rankdir=across, charset="UTF-8",
                    fontname="DejaVu Sans", ranksep="0.6", nodesep="0.15")
    dot.set_node_defaults(shape="box", style="rounded,filled", fontname="DejaVu Sans",
                          fontsize="11")
    dot.set_edge_defaults(fontname="DejaVu Sans", fontsize="9", color="#555555")
    ids = {node: f"n{i}" for i, node in enumerate(graph.nodes)}
    for node, data in graph.nodes(data=True):
        label = str(data.get("label", node))
        figures = [_figure_text(data, k) for k in data if f"{k}_as_of" in data]
        if data.get("level"):
            label += f"\n({data['level']})"
        if figures:
            label += "\n" + "\n".join(sorted(figures))
        if data.get("folded"):
            label += f"\n+{data['folded']} below (--root-org {data.get('org_id', '')})"
        fill = KIND_COLOURS.get(str(data.get("kind")), "#9e9e9e")
        dot.add_node(pydot.Node(ids[node], label=_quote(label), tooltip=_quote(str(
            data.get("iri", node))), fillcolor=fill, fontcolor=text_colour(fill)))
    for tail, head, data in graph.edges(data=True):
        edge = pydot.Edge(ids[tail], ids[head])
        if not hierarchy:
            edge.set("label", _quote(str(data.get("label", ""))))
        dot.add_edge(edge)
    kinds = sorted({str(d.get("kind")) for _, d in graph.nodes(data=True)})
    legend = pydot.Subgraph("cluster_legend", label='"Legend"', fontname="DejaVu Sans",
                            fontsize="11", color="#bbbbbb")
    for number, kind in enumerate(kinds):
        fill = KIND_COLOURS.get(kind, "#9e9e9e")
        legend.add_node(pydot.Node(f"legend{number}", label=_quote(kind), fillcolor=fill,
                                   fontcolor=text_colour(fill), fontsize="9"))
    dot.add_subgraph(legend)
    text = dot.to_string()
    return text if text.endswith("\n") else text + "\n"


def _rank_widths(graph: View) -> list[int]:
    """How many nodes each level of a hierarchy has (the roots first)."""
    depths = _depths(graph)
    widths: dict[int, int] = {}
    for depth in depths.values():
        widths[depth] = widths.get(depth, 0) + 1
    return [widths[d] for d in sorted(widths)]


def _depths(graph: View) -> dict[str, int]:
    """Each node's distance from the nearest root (a node without a parent)."""
    roots = [n for n in graph.nodes if graph.in_degree(n) == 0] or list(graph.nodes)[:1]
    depths: dict[str, int] = {}
    if roots:
        lengths = nx.multi_source_dijkstra_path_length(graph, roots)
        depths = {node: int(length) for node, length in lengths.items()}
    for node in graph.nodes:  # a cycle no root reaches
        depths.setdefault(node, 0)
    return depths


def fold_for_picture(graph: View, limit: int = PICTURE_NODES) -> View:
    """A hierarchy of more than ``limit`` nodes cut at the deepest level that keeps it within
    ``limit``; each organisation cut below says how many are under it (``folded``)."""
    if graph.graph.get("view") != "hierarchy" or graph.number_of_nodes() <= limit:
        return graph
    depths = _depths(graph)
    keep_to = 0
    for depth in range(max(depths.values(), default=0) + 1):
        if sum(1 for d in depths.values() if d <= depth) > limit:
            break
        keep_to = depth
    kept = {n for n, d in depths.items() if d <= keep_to}
    part: View = graph.subgraph(kept).copy()
    for node in (n for n in kept if depths[n] == keep_to):
        below = nx.descendants(graph, node) - kept
        if below:
            part.nodes[node]["folded"] = len(below)
            part.nodes[node]["org_id"] = str(node).rstrip("/").rsplit("/", 1)[-1]
    part.graph["folded_below_depth"] = keep_to
    return part


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _render(graph: View, output: Path, fmt: str) -> None:
    dot = shutil.which("dot")
    if dot is None:
        raise PartygraphError("rendering SVG or PNG needs Graphviz's 'dot': "
                              "apt-get install graphviz")
    graph = fold_for_picture(graph)
    text = _dot_text(graph).encode()
    unflatten = shutil.which("unflatten")
    if graph.graph.get("view") != "hierarchy" and graph.number_of_nodes() > 40 and unflatten:
        # Spreads the leaves of a wide rank over several ranks, so the width stays bounded.
        staggered = subprocess.run([unflatten, "-l", "4", "-f"], input=text,
                                   capture_output=True, check=False, timeout=300)
        if staggered.returncode == 0:
            text = staggered.stdout
    done = subprocess.run([dot, f"-T{fmt}", "-o", str(output)], input=text,
                          capture_output=True, check=False, timeout=300)
    if done.returncode != 0:
        raise PartygraphError(f"Graphviz could not render {output.name}: "
                              f"{done.stderr.decode(errors='replace').strip()}")


def export_files(output: Path, fmt: str) -> list[Path]:
    """The files :func:`write_export` writes for ``output`` in ``fmt``: ``output``, or for
    csv ``OUTPUT-nodes.csv`` and ``OUTPUT-edges.csv`` (its suffix left out)."""
    if fmt != "csv":
        return [output]
    stem = output.with_suffix("")
    return [stem.with_name(stem.name + "-nodes.csv"), stem.with_name(stem.name + "-edges.csv")]


def _csv_pair(graph: View, output: Path) -> tuple[Path, Path]:
    nodes_file, edges_file = export_files(output, "csv")
    keys = sorted({k for _, d in graph.nodes(data=True) for k in d} - {"label"})
    with nodes_file.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Id", "Label", *keys])
        for node, data in graph.nodes(data=True):
            writer.writerow([node, data.get("label", ""), *(data.get(k, "") for k in keys)])
    edge_keys = sorted({k for _, _, d in graph.edges(data=True) for k in d} - {"label"})
    with edges_file.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Source", "Target", "Type", "Label", *edge_keys])
        for tail, head, data in graph.edges(data=True):
            writer.writerow([tail, head, "Directed", data.get("label", ""),
                             *(data.get(k, "") for k in edge_keys)])
    return nodes_file, edges_file


def write_export(graph: View, output: Path, fmt: str, *,
                 project_root: Path | None = None) -> list[Path]:
    """Write ``graph`` to ``output`` in ``fmt``; returns the files written. A folder that
    does not exist is not made (an OSError says so): only the files named are written."""
    if fmt == "graphml":
        write_graphml(graph, output)
    elif fmt == "gexf":
        write_gexf(graph, output, KIND_COLOURS)
    elif fmt == "cytoscape":
        output.write_text(json.dumps(cytoscape_json(graph), ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")
    elif fmt == "node-link":
        output.write_text(json.dumps(node_link(graph), ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")
    elif fmt == "dot":
        output.write_text(_dot_text(graph), encoding="utf-8")
    elif fmt == "csv":
        return list(_csv_pair(graph, output))
    elif fmt == "html":
        output.write_text(render_page(graph, KIND_COLOURS, project_root=project_root),
                          encoding="utf-8")
    elif fmt in ("svg", "png"):
        _render(graph, output, fmt)
    else:
        raise PartygraphError(f"unknown export format {fmt!r} "
                              f"(use one of {', '.join(EXPORT_FORMATS)})")
    return [output]
