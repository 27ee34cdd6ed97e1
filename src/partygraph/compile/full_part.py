"""What the full view reads of each sheet's graph: its *full part*.

The full view (:mod:`partygraph.export.views`) makes every IRI of the data a node, every
link between two IRIs an edge, and folds types and literals into the nodes' attributes.
Read triple by triple at a million triples, that is seconds of turning terms into Python
values. The build keeps instead, for each sheet it compiles, that graph's nodes, types,
links and literals as plain strings, each once, in a file named by the digest of the
sheet's graph (beside its catalogue part, :mod:`.catalogue`); the export merges the parts
of the graphs the store holds. Read from any store, the full view is made from one part of
all its data's triples, by the same code.

A part is a tuple of four: the nodes (each IRI subject, and each IRI object but of
``rdf:type``), sorted; the (subject, class) pairs of ``rdf:type``, sorted; the (subject,
object, relation) links between two IRIs, sorted, the relation named by
:func:`relation_name`; and each subject's literals, by the attribute they show as
(:func:`attribute_name`): the value, or the values in order when there are several,
each once. Triples whose subject or
predicate is not an IRI are left out; a subject whose object is a blank node is a node all
the same. The names are decided here, where the part is made, so that an export only merges.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyoxigraph as ox

from partygraph.rdf.vocab import curie
from partygraph.util.checked_pickle import read_checked, write_checked

__all__ = ["FullPart", "Values", "attribute_name", "full_part_of", "read_full_part",
           "relation_name", "write_full_part"]

Values = str | tuple[str, ...]
"""An attribute's literals in a part: its one value, or its values in order."""
FullPart = tuple[list[str], list[tuple[str, str]], list[tuple[str, str, str]],
                 dict[str, dict[str, Values]]]
"""(nodes, typed pairs, links, attributes) of one graph: see the module's text."""

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_NOT_NAME = re.compile(r"[^A-Za-z0-9_.-]")


def relation_name(predicate: str) -> str:
    """The name of the relation (or attribute) a predicate shows as: its CURIE with ``_``
    for ``:`` (``pg_holder``)."""
    return curie(predicate).replace(":", "_")


def attribute_name(predicate: str, language: str) -> str:
    """The attribute a predicate's literals in ``language`` ("" for none) show as, a name
    every format takes (GraphML asks for an XML name token): ``rdfs_label_vi``."""
    return _NOT_NAME.sub("_", relation_name(predicate) + (f"_{language}" if language else ""))


def full_part_of(triples: Iterable[Sequence[object]]) -> FullPart:
    """The full part of a graph's triples, each as its (subject, predicate, object) terms."""
    nodes: set[str] = set()
    types: set[tuple[str, str]] = set()
    links: set[tuple[str, str, str]] = set()
    values: dict[str, dict[str, set[str]]] = {}
    relations: dict[str, str] = {}  # predicate -> relation, once each
    attributes: dict[tuple[str, str], str] = {}  # (predicate, language) -> attribute
    # (each text once: the file then holds a repeated IRI once, and reads back faster)
    texts: dict[str, str] = {}
    once = texts.setdefault
    named, literal = ox.NamedNode, ox.Literal
    for subject, predicate, obj in triples:
        if not isinstance(subject, named) or not isinstance(predicate, named):
            continue
        s = subject.value
        s = once(s, s)
        nodes.add(s)
        p = predicate.value
        if isinstance(obj, named):
            o = obj.value
            o = once(o, o)
            if p == _RDF_TYPE:
                types.add((s, o))
            else:
                relation = relations.get(p)
                if relation is None:
                    relation = relations[p] = relation_name(p)
                links.add((s, o, relation))
                nodes.add(o)
        elif isinstance(obj, literal):
            language = obj.language or ""
            key = attributes.get((p, language))
            if key is None:
                key = attributes[p, language] = attribute_name(p, language)
            values.setdefault(s, {}).setdefault(key, set()).add(obj.value)
    return (sorted(nodes), sorted(types), sorted(links),
            {s: {key: next(iter(found)) if len(found) == 1 else tuple(sorted(found))
                 for key, found in sorted(keyed.items())}
             for s, keyed in sorted(values.items())})


def write_full_part(path: Path, part: FullPart) -> None:
    """Keep ``part`` at ``path`` (written atomically, with its digest)."""
    write_checked(path, part)


def read_full_part(path: Path) -> FullPart | None:
    """The part kept at ``path``; None when there is none, when it is damaged (its digest
    says so), or when it is not a full part."""
    part = read_checked(path)
    if not (isinstance(part, tuple) and len(part) == 4
            and all(isinstance(items, list) for items in part[:3])
            and isinstance(part[3], dict)):
        return None
    nodes, types, links, attributes = part
    for items, width in ((types, 2), (links, 3)):
        if items and not (isinstance(items[0], tuple) and len(items[0]) == width):
            return None
    if nodes and not isinstance(nodes[0], str):
        return None
    if attributes and not isinstance(next(iter(attributes.values())), dict):
        return None
    return nodes, types, links, attributes
