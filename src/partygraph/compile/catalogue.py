"""What the views of the graph read of each sheet's graph: its *catalogue part*.

An export gives every node attributes drawn from the whole corpus (labels, types, sources,
the first quote, the latest figures: :mod:`partygraph.export.views`), and the hierarchy and
sources views follow links every sheet states. Read from the store with SPARQL, that is
seconds at a million triples, most of it spent turning the store's terms into Python
values. The build keeps instead, for each sheet it compiles, the subject and object of each
triple of the few predicates those attributes and views read (:data:`PREDICATES`), as
plain strings, in a file named by the digest of the sheet's graph; an export on the
embedded store merges the parts of the graphs the store holds and works out the same
attributes from them (the SPARQL text stays the answer on any other endpoint, and a test
compares the two).

A part is a map from a predicate's key (``"pg:attests"``; the key of a label and of a
tally's population carries its language, ``"rdfs:label@vi"``) to its (subject, object)
pairs. Blank nodes are left out: their names are not the store's, and no view's node is one.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from partygraph.rdf.vocab import DCTERMS, FOAF, ORG, PG, PROV, RDF, RDFS, SDO, SKOS
from partygraph.util.checked_pickle import read_checked, write_checked

__all__ = ["LABEL_KEYS", "LABEL_LANGUAGES", "ONTOLOGY_LABELS", "PREDICATES", "SCOPE_KEY", "Part",
           "nquads_part", "part_of", "read_part", "write_part"]

Part = dict[str, list[tuple[str, str]]]
"""A predicate's key -> (subject, object) pairs, each as its IRI or lexical form."""

# The predicates a part keeps: key -> (IRI, whether its objects are IRIs, else literals).
PREDICATES: dict[str, tuple[str, bool]] = {
    "rdf:type": (str(RDF.type), True),
    "foaf:name": (str(FOAF.name), False),
    "pg:level": (str(PG.level), True),
    "pg:quote": (str(PG.quote), False),
    "prov:wasDerivedFrom": (str(PROV.wasDerivedFrom), True),
    "pg:attests": (str(PG.attests), True),
    "pg:observedUnit": (str(PG.observedUnit), True),
    "pg:measure": (str(PG.measure), True),
    "pg:value": (str(PG.value), False),
    "pg:asOf": (str(PG.asOf), False),
    "pg:approximation": (str(PG.approximation), True),
    "pg:holder": (str(PG.holder), True),
    "pg:post": (str(PG.post), True),
    "pg:done": (str(PG.done), False),
    "pg:total": (str(PG.total), False),
    "pg:subordinate": (str(PG.subordinate), True),
    "pg:superior": (str(PG.superior), True),
    "pg:validFrom": (str(PG.validFrom), False),
    "pg:validUntil": (str(PG.validUntil), False),
    "pg:concerns": (str(PG.concerns), True),
    "pg:participant": (str(PG.participant), True),
    "pg:responsible": (str(PG.responsible), True),
    "org:originalOrganization": (str(ORG.originalOrganization), True),
    "org:resultingOrganization": (str(ORG.resultingOrganization), True),
    "pg:outlet": (str(PG.outlet), False),
    "dcterms:issued": (str(DCTERMS.issued), False),
    "schema:headline": (str(SDO.headline), False),
}
# Labels are kept by language, in the languages the views show; a tally's population by
# its language ("pg:population@vi", "pg:population@" for none).
LABEL_LANGUAGES = ("vi", "en")
_POPULATION = str(PG.population)
# An observation's scope (what exactly it counts: a part or a period of the measure), in
# Vietnamese alone, as the derived figures read it.
_SCOPE = str(SKOS.scopeNote)
SCOPE_KEY = "skos:scopeNote@vi"
"""The key of observations' scopes in Vietnamese."""
# Where merged parts keep the ontology graph's labels ("ontology rdfs:label@en"): the views
# read them apart from the data's (its other pairs are merged with the data's).
ONTOLOGY_LABELS = "ontology "
_LABELS = {str(RDFS.label): "rdfs:label", str(SKOS.prefLabel): "skos:prefLabel"}
LABEL_KEYS = tuple(f"{name}@" for name in _LABELS.values())
"""How the keys of labels begin."""
_KEYS = {iri: (key, is_iri) for key, (iri, is_iri) in PREDICATES.items()}


def part_of(triples: Iterable[ox.Quad | ox.Triple]) -> Part:
    """The catalogue part of a graph's triples (or quads: their graph is not read)."""
    part: dict[str, set[tuple[str, str]]] = {}
    named, literal = ox.NamedNode, ox.Literal
    for triple in triples:
        subject, obj = triple.subject, triple.object
        if not isinstance(subject, named):
            continue
        predicate = triple.predicate.value
        found = _KEYS.get(predicate)
        if found is not None:
            key, is_iri = found
            if isinstance(obj, named if is_iri else literal):
                part.setdefault(key, set()).add((subject.value, obj.value))
        elif predicate in _LABELS and isinstance(obj, literal) \
                and obj.language in LABEL_LANGUAGES:
            part.setdefault(f"{_LABELS[predicate]}@{obj.language}", set()).add(
                (subject.value, obj.value))
        elif predicate == _SCOPE and isinstance(obj, literal) and obj.language == "vi":
            part.setdefault(SCOPE_KEY, set()).add((subject.value, obj.value))
        elif predicate == _POPULATION and isinstance(obj, literal):
            part.setdefault(f"pg:population@{obj.language or ''}", set()).add(
                (subject.value, obj.value))
    return {key: sorted(pairs) for key, pairs in sorted(part.items())}


def nquads_part(data: bytes) -> Part:
    """The catalogue part of one graph given as N-Quads text (a compiled sheet's)."""
    return part_of(ox.parse(data, format=ox.RdfFormat.N_QUADS))


def write_part(path: Path, part: Part) -> None:
    """Keep ``part`` at ``path`` (written atomically, with its digest: see
    :mod:`partygraph.util.checked_pickle`)."""
    write_checked(path, part)


def read_part(path: Path) -> Part | None:
    """The part kept at ``path``; None when there is none, or its bytes are not those its
    first line's digest names (damaged), or it is not a part."""
    part = read_checked(path)
    if not isinstance(part, dict) or not all(
            isinstance(key, str) and isinstance(pairs, list) for key, pairs in part.items()):
        return None
    return part
