"""GraphML that passes graphml.xsd, and so the readers that check it (graphology, yEd).

networkx's writer gives a node key and an edge key of one name the same id (``label``), uses
each edge's multigraph key (the relation name, repeated) as its id, and the IRIs as node ids,
which are not the ``xs:NMTOKEN`` the schema asks for. Here node ids are ``n0``, ``n1`` … and
edge ids ``e0``, ``e1`` … in the graph's (sorted) order, each node keeps its IRI in the
``iri`` attribute, and key ids are named for their domain (``node_label``, ``edge_label``).
Attribute types are declared: ``boolean``, ``long``, ``double`` or ``string``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from partygraph.export.views import View

__all__ = ["GRAPHML_NS", "write_graphml"]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
_NOT_NAME = re.compile(r"[^A-Za-z0-9._:-]")
# Characters XML 1.0 cannot hold even as references: left out of attribute values.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _nmtoken(name: str) -> str:
    return _NOT_NAME.sub("_", name) or "_"


def _attr_type(values: Iterable[object]) -> str:
    kinds = {type(v) for v in values}
    if kinds == {bool}:
        return "boolean"
    if kinds == {int}:
        return "long"
    if kinds and kinds <= {int, float}:
        return "double"
    return "string"


def _text(value: object, attr_type: str) -> str:
    if attr_type == "boolean":
        return "true" if value else "false"
    if attr_type == "double":
        return repr(float(value))  # type: ignore[arg-type]
    return _NOT_XML.sub("", str(value))


class _Keys:
    """The ``<key>`` declarations of one domain (graph, node or edge)."""

    def __init__(self, domain: str, items: Iterable[Mapping[str, object]]) -> None:
        values: dict[str, list[object]] = {}
        for item in items:
            for name, value in item.items():
                if value is not None:
                    values.setdefault(name, []).append(value)
        self.domain = domain
        self.ids: dict[str, str] = {}
        self.types: dict[str, str] = {}
        taken: set[str] = set()
        for name in sorted(values):
            key_id = base = f"{domain}_{_nmtoken(name)}"
            n = 1
            while key_id in taken:
                n += 1
                key_id = f"{base}-{n}"
            taken.add(key_id)
            self.ids[name] = key_id
            self.types[name] = _attr_type(values[name])

    def declare(self, root: ET.Element) -> None:
        for name, key_id in self.ids.items():
            ET.SubElement(root, "key", {"id": key_id, "for": self.domain,
                                        "attr.name": _nmtoken(name),
                                        "attr.type": self.types[name]})

    def data(self, parent: ET.Element, attrs: Mapping[str, object]) -> None:
        for name, value in sorted(attrs.items()):
            if value is None:
                continue
            element = ET.SubElement(parent, "data", {"key": self.ids[name]})
            element.text = _text(value, self.types[name])


def write_graphml(graph: View, output: Path) -> None:
    """Write ``graph`` as GraphML valid against graphml.xsd."""
    nodes = [(node, {"iri": str(node), **data}) for node, data in graph.nodes(data=True)]
    edges = list(graph.edges(data=True))
    graph_keys = _Keys("graph", [graph.graph])
    node_keys = _Keys("node", [data for _, data in nodes])
    edge_keys = _Keys("edge", [data for _, _, data in edges])
    root = ET.Element("graphml", {"xmlns": GRAPHML_NS, "xmlns:xsi": _XSI,
                                  "xsi:schemaLocation": f"{GRAPHML_NS} {_SCHEMA}"})
    for keys in (graph_keys, node_keys, edge_keys):
        keys.declare(root)
    body = ET.SubElement(root, "graph", {"id": "G", "edgedefault": "directed"})
    graph_keys.data(body, graph.graph)
    ids = {node: f"n{number}" for number, (node, _) in enumerate(nodes)}
    for node, data in nodes:
        node_keys.data(ET.SubElement(body, "node", {"id": ids[node]}), data)
    for number, (tail, head, data) in enumerate(edges):
        element = ET.SubElement(body, "edge", {"id": f"e{number}", "source": ids[tail],
                                               "target": ids[head]})
        edge_keys.data(element, data)
    ET.indent(root)
    tree = ET.ElementTree(root)
    with output.open("wb") as out:
        tree.write(out, encoding="utf-8", xml_declaration=True)
        out.write(b"\n")
