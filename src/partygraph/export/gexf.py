"""GEXF 1.2 (``http://www.gexf.net/1.2draft``) for Gephi and graphology, by networkx's writer.

networkx writes the nodes, edges and typed attributes (``long``, ``double``, ``boolean``,
``string``); here each node is coloured by its kind (``viz:color``), its label is a name and
never an IRI (the IRI stays the node id and the ``iri`` attribute), and what the GEXF schema
does not allow or what changes from run to run is left out: networkx's ``name`` attribute of
``<graph>`` and the date stamp of ``<meta>``. Same graph, same bytes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    from partygraph.export.views import View

__all__ = ["GEXF_NS", "VIZ_NS", "write_gexf"]

GEXF_NS = "http://www.gexf.net/1.2draft"
VIZ_NS = "http://www.gexf.net/1.2draft/viz"
_GRAPH_NAME = re.compile(r'(<graph\b[^>]*?) name="[^"]*"')
_DATE = re.compile(r' lastmodifieddate="[0-9-]+"')


def _rgb(colour: str) -> dict[str, int | float]:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16),
            "a": 1.0}


def _label(node: str, data: Mapping[str, object]) -> str:
    """The node's label, else its Vietnamese or English one, else the end of its IRI."""
    for key in ("label", "label_vi", "label_en"):
        value = str(data.get(key) or "")
        if value and value != node:
            return value
    return re.split(r"[/#]", node.rstrip("/#"))[-1] or node


def write_gexf(graph: View, output: Path, colours: Mapping[str, str],
               default: str = "#9e9e9e") -> None:
    """Write ``graph`` as GEXF 1.2, each node coloured by ``colours[kind]``."""
    coloured = graph.copy()
    for node, data in coloured.nodes(data=True):
        data["label"] = _label(str(node), data)
        data["viz"] = {"color": _rgb(colours.get(str(data.get("kind")), default))}
    buffer = io.BytesIO()  # UTF-8 text (generate_gexf writes character references)
    nx.write_gexf(coloured, buffer, encoding="utf-8", version="1.2draft")
    text = buffer.getvalue().decode("utf-8")
    text = _DATE.sub("", text, count=1)
    text = _GRAPH_NAME.sub(r"\1", text, count=1)
    output.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
