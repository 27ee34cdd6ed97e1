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


def _attr_type(kinds: set[type]) -> str:
    """The GraphML type of an attribute whose values are of these Python types."""
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
        kinds: dict[str, set[type]] = {}
        seen_shapes: set[tuple[tuple[str, ...], tuple[type, ...]]] = set()
        for item in items:
            # (Most items share a few shapes, of names and types: each is read once.)
            shape = (tuple(item), tuple(map(type, item.values())))
            if shape in seen_shapes:
                continue
            seen_shapes.add(shape)
            for name, kind in zip(*shape, strict=True):
                if kind is type(None):
                    continue
                seen = kinds.get(name)
                if seen is None:
                    kinds[name] = {kind}
                else:
                    seen.add(kind)
        self.domain = domain
        self.ids: dict[str, str] = {}
        self.types: dict[str, str] = {}
        self.opening: dict[str, str] = {}  # name -> '<data key="...">'
        taken: set[str] = set()
        for name in sorted(kinds):
            key_id = base = f"{domain}_{_nmtoken(name)}"
            n = 1
            while key_id in taken:
                n += 1
                key_id = f"{base}-{n}"
            taken.add(key_id)
            self.ids[name] = key_id
            self.types[name] = _attr_type(kinds[name])
            self.opening[name] = f'<data key={_attribute(key_id)}'
        # name -> whether the value is written as its text (strings and whole numbers)
        self._plain = {name: self.types[name] in ("string", "long") for name in kinds}
        # the names of an item's attributes, in its order -> (name, opening, plain), sorted
        self._layouts: dict[tuple[str, ...], list[tuple[str, str, bool]]] = {}

    def declare(self, out: list[str]) -> None:
        """The ``<key>`` elements, one a line."""
        for name, key_id in self.ids.items():
            out.append(f'  <key id={_attribute(key_id)} for={_attribute(self.domain)} '
                       f'attr.name={_attribute(_nmtoken(name))} '
                       f'attr.type={_attribute(self.types[name])} />\n')

    def block(self, attrs: Mapping[str, object], indent: str, *, clean: bool = False) -> str:
        """The ``<data>`` elements of one item as one text, each on a line of its own, sorted
        by name; with ``clean``, each value's characters XML cannot hold left out. (A domain's
        items are all written at one ``indent``: the layouts kept per names include it.)"""
        layout = self._layouts.get(names := tuple(attrs))
        if layout is None:
            layout = self._layouts[names] = sorted(
                (name, f"{indent}{self.opening[name]}", self._plain[name]) for name in names
                if name in self.opening)  # (a name never given a value has no key)
        parts: list[str] = []
        for name, opening, plain in layout:
            value = attrs[name]
            if value is None:
                continue
            if plain:
                text = value if type(value) is str else str(value)
                if clean and _maybe_not_xml(text):
                    text = _NOT_XML.sub("", text)
            else:
                text = _text(value, self.types[name])
            if text:
                if "&" in text or "<" in text or ">" in text:
                    text = _escape(text)
                parts.append(f"{opening}>{text}</data>\n")
            else:
                parts.append(f"{opening} />\n")
        block = "".join(parts)
        # (a quick test of the whole block: most text holds no character XML cannot)
        if clean or _NOT_XML.search(block) is None:
            return block
        return self.block(attrs, indent, clean=True)


def _maybe_not_xml(text: str) -> bool:
    """Whether ``text`` may hold a character XML cannot (a quick test: ASCII text has only
    control characters to fear, and most text is ASCII)."""
    if text.isascii():
        return not text.isprintable() and _NOT_XML.search(text) is not None
    return _NOT_XML.search(text) is not None


def _escape(text: str) -> str:
    """Character data as ElementTree writes it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _attribute(value: str) -> str:
    """An attribute value, quoted, as ElementTree writes it."""
    for char, reference in _ATTRIBUTE_REFERENCES:
        if char in value:
            value = value.replace(char, reference)
    return f'"{value}"'


_ATTRIBUTE_REFERENCES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
                         ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))


def _element(out: list[str], indent: str, opening: str, children: list[str]) -> None:
    """An element with its children's lines, or empty (``<x />``) without any."""
    if children:
        out.append(f"{indent}<{opening}>\n")
        out.extend(children)
        out.append(f"{indent}</{opening.split(' ', 1)[0]}>\n")
    else:
        out.append(f"{indent}<{opening} />\n")


# An item's attributes and the types of their values, as a key
_Shape = tuple[tuple[tuple[str, object], ...], tuple[type, ...]]


def write_graphml(graph: View, output: Path) -> None:
    """Write ``graph`` as GraphML valid against graphml.xsd.

    Written line by line, each element on its own line indented by two spaces a level: the
    bytes ElementTree would write for the same tree (``ET.indent``), without building it.
    """
    # (each node's attributes with its IRI: most views give it already)
    nodes = [(node, data if "iri" in data else {"iri": str(node), **data})
             for node, data in graph.nodes(data=True)]
    # Edges read from the adjacency itself (the order of ``graph.edges``, without its views),
    # each with its attributes and their types as a key: edges share a few sets of
    # attributes, whose keys are read and whose elements are written once each (the types
    # too, as 1 == True == 1.0; None: a value that cannot be a key)
    edges: list[tuple[str, str, Mapping[str, object], _Shape | None]] = []
    shapes: dict[_Shape, Mapping[str, object]] = {}
    odd: list[Mapping[str, object]] = []
    for tail, nbrs in graph.adjacency():
        for head_node, keyed in nbrs.items():
            for data in keyed.values():
                shape: _Shape | None = (tuple(data.items()), tuple(map(type, data.values())))
                try:
                    shapes.setdefault(shape, data)  # type: ignore[arg-type]
                except TypeError:
                    shape = None
                    odd.append(data)
                edges.append((tail, head_node, data, shape))
    graph_keys = _Keys("graph", [graph.graph])
    node_keys = _Keys("node", [data for _, data in nodes])
    edge_keys = _Keys("edge", [*shapes.values(), *odd])
    ids = {node: f'"n{number}"' for number, (node, _) in enumerate(nodes)}
    head = [f"<?xml version='1.0' encoding='utf-8'?>\n<graphml xmlns={_attribute(GRAPHML_NS)} "
            f"xmlns:xsi={_attribute(_XSI)} "
            f"xsi:schemaLocation={_attribute(f'{GRAPHML_NS} {_SCHEMA}')}>\n"]
    for keys in (graph_keys, node_keys, edge_keys):
        keys.declare(head)
    body: list[str] = []
    body.append(graph_keys.block(graph.graph, "    "))
    inner = "      "
    for node, data in nodes:
        block = node_keys.block(data, inner)
        if block:
            body.append(f"    <node id={ids[node]}>\n{block}    </node>\n")
        else:
            body.append(f"    <node id={ids[node]} />\n")
    blocks = {shape: edge_keys.block(data, inner) for shape, data in shapes.items()}
    for number, (tail, head_node, data, shape) in enumerate(edges):
        block = blocks[shape] if shape is not None else edge_keys.block(data, inner)
        opening = f'edge id="e{number}" source={ids[tail]} target={ids[head_node]}'
        if block:
            body.append(f"    <{opening}>\n{block}    </edge>\n")
        else:
            body.append(f"    <{opening} />\n")
    _element(head, "  ", 'graph id="G" edgedefault="directed"', body)
    head.append("</graphml>\n")
    with output.open("w", encoding="utf-8", newline="\n") as out:
        out.writelines(head)
