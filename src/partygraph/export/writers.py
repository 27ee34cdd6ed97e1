"""Write views in the formats visualisation tools read.

GraphML (typed attributes for Gephi and yEd, valid against graphml.xsd), GEXF (coloured by
kind), Cytoscape.js JSON, node-link JSON (``links``, as D3 and networkx read it), DOT for
Graphviz (top-down), a Gephi nodes/edges CSV pair, a self-contained HTML page, and SVG or PNG
pictures rendered by Graphviz.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import pydot

from partygraph.errors import PartygraphError
from partygraph.export.graphml import write_graphml
from partygraph.export.html_page import render_page
from partygraph.options import EXPORT_FORMATS

if TYPE_CHECKING:
    from partygraph.export.views import View

__all__ = ["EXPORT_FORMATS", "KIND_COLOURS", "guess_format", "node_link", "write_export"]

_SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".cyjs": "cytoscape",
             ".json": "node-link", ".dot": "dot", ".gv": "dot", ".csv": "csv",
             ".html": "html", ".htm": "html", ".svg": "svg", ".png": "png"}
KIND_COLOURS = {
    "organisation": "#c0392b", "body": "#e67e22", "person": "#2980b9", "post": "#8e44ad",
    "place": "#16a085", "congress": "#d4ac0d", "term": "#7f8c8d", "instrument": "#2c3e50",
    "document": "#6d4c41", "programme": "#a1887f", "task": "#27ae60", "session": "#00897b",
    "event": "#5c6bc0", "change": "#ad1457", "source": "#455a64", "observation": "#90a4ae",
    "tally": "#90a4ae", "holding": "#90a4ae", "concept": "#bdbdbd", "resource": "#9e9e9e",
}


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


def _rgb(colour: str) -> dict[str, int | float]:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16),
            "a": 1.0}


def _gexf(graph: View, output: Path) -> None:
    coloured = graph.copy()
    for _, data in coloured.nodes(data=True):
        data["viz"] = {"color": _rgb(KIND_COLOURS.get(str(data.get("kind")), "#9e9e9e"))}
    nx.write_gexf(coloured, output)
    # networkx stamps today's date into <meta>; drop it so the same graph gives the same file
    text = output.read_text(encoding="utf-8")
    output.write_text(re.sub(r' lastmodifieddate="[0-9-]+"', "", text, count=1),
                      encoding="utf-8")


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


def _dot_text(graph: View) -> str:
    dot = pydot.Dot(graph_type="digraph", rankdir="TB", charset="UTF-8",
                    fontname="DejaVu Sans")
    dot.set_node_defaults(shape="box", style="rounded,filled", fontname="DejaVu Sans",
                          fontsize="11", fontcolor="white")
    dot.set_edge_defaults(fontname="DejaVu Sans", fontsize="9", color="#555555")
    ids = {node: f"n{i}" for i, node in enumerate(graph.nodes)}
    for node, data in graph.nodes(data=True):
        label = str(data.get("label", node))
        figures = [f"{k.replace('_', ' ')}: {v} ({data[k + '_as_of']})"
                   for k, v in data.items() if f"{k}_as_of" in data]
        if data.get("level"):
            label += f"\n({data['level']})"
        if figures:
            label += "\n" + "\n".join(sorted(figures))
        dot.add_node(pydot.Node(ids[node], label=_quote(label), tooltip=_quote(node),
                                fillcolor=KIND_COLOURS.get(str(data.get("kind")), "#9e9e9e")))
    for tail, head, data in graph.edges(data=True):
        edge = pydot.Edge(ids[tail], ids[head])
        if graph.graph.get("view") != "hierarchy":
            edge.set("label", _quote(str(data.get("label", ""))))
        dot.add_edge(edge)
    text = dot.to_string()
    return text if text.endswith("\n") else text + "\n"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _render(graph: View, output: Path, fmt: str) -> None:
    dot = shutil.which("dot")
    if dot is None:
        raise PartygraphError("rendering SVG or PNG needs Graphviz's 'dot': "
                              "apt-get install graphviz")
    done = subprocess.run([dot, f"-T{fmt}", "-o", str(output)], input=_dot_text(graph).encode(),
                          capture_output=True, check=False, timeout=300)
    if done.returncode != 0:
        raise PartygraphError(f"Graphviz could not render {output.name}: "
                              f"{done.stderr.decode(errors='replace').strip()}")


def _csv_pair(graph: View, output: Path) -> tuple[Path, Path]:
    stem = output.with_suffix("")
    nodes_file = stem.with_name(stem.name + "-nodes.csv")
    edges_file = stem.with_name(stem.name + "-edges.csv")
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
    """Write ``graph`` to ``output`` in ``fmt``; returns the files written."""
    output.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        write_graphml(graph, output)
    elif fmt == "gexf":
        _gexf(graph, output)
    elif fmt == "cytoscape":
        data = nx.cytoscape_data(graph)
        output.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
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
