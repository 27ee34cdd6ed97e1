"""The controlled vocabularies, read from the ontology's SKOS concept schemes.

Fact sheets name a concept by its ``skos:notation`` (``role: secretary``); which notations a
field accepts, and the IRI each stands for, come from ``ontology/concepts.ttl``, so that a
researcher adds a role or a measure by adding a concept there, with no change to the code.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from partygraph.errors import PartygraphError
from partygraph.project import parse_turtle
from partygraph.rdf.vocab import PG, curie

__all__ = ["SCHEMES", "Concept", "Scheme", "Vocabulary", "read_vocabulary",
           "read_vocabulary_file", "reference_markdown", "vocabulary_from_plain",
           "vocabulary_to_plain"]

# The scheme whose notations each fact-sheet field takes (the field as `type.field`).
SCHEMES: Mapping[str, URIRef] = {
    "organisation.level": PG.OrganisationLevel,
    "organisation.form": PG.OrganisationForm,
    "body.kind": PG.BodyKind,
    "organ.kind": PG.OrganKind,
    "place.kind": PG.AdministrativeUnitKind,
    "post.role": PG.PostRole,
    "holding.selection": PG.SelectionMethod,
    "congress.kind": PG.CongressKind,
    "directive.kind": PG.InstrumentKind,
    "document.kind": PG.DocumentKind,
    "observation.measure": PG.Measure,
    "observation.approx": PG.Approximation,
    "tally.measure": PG.TallyMeasure,
    "task.status": PG.TaskStatus,
    "change.kind": PG.ChangeKind,
}


@dataclass(frozen=True)
class Concept:
    """One value of a field: its IRI, the notation sheets write, and its labels."""

    iri: URIRef
    notation: str
    labels: Mapping[str, str]  # language -> skos:prefLabel
    alt_labels: tuple[str, ...]  # the terms articles use (skos:altLabel)
    definitions: Mapping[str, str]  # language -> skos:definition


@dataclass(frozen=True)
class Scheme:
    """A concept scheme: the values one fact-sheet field accepts."""

    iri: URIRef
    field: str
    labels: Mapping[str, str]
    definitions: Mapping[str, str]
    concepts: Mapping[str, Concept]  # notation -> concept, in the order of the notations


@dataclass(frozen=True)
class Vocabulary:
    """Every scheme fact sheets name concepts from, by field."""

    schemes: Mapping[str, Scheme]  # field -> scheme
    collections: Mapping[URIRef, frozenset[URIRef]] = field(default_factory=dict)

    def iri(self, field_name: str, notation: str) -> URIRef:
        """The IRI of the concept ``notation`` names in ``field_name``'s scheme."""
        return self.schemes[field_name].concepts[notation].iri

    def notations(self, field_name: str) -> list[str]:
        """The notations ``field_name`` accepts."""
        return list(self.schemes[field_name].concepts)

    def members(self, collection: URIRef) -> frozenset[URIRef]:
        """The concepts of a ``skos:Collection`` (none if there is no such collection)."""
        return self.collections.get(collection, frozenset())

    def digest(self) -> str:
        """A digest of every field's notations and IRIs: what compiled sheets depend on."""
        text = "\n".join(f"{name}\t{notation}\t{concept.iri}"
                         for name, scheme in sorted(self.schemes.items())
                         for notation, concept in sorted(scheme.concepts.items()))
        return hashlib.sha256(text.encode()).hexdigest()

    def __iter__(self) -> Iterator[Scheme]:
        return iter(self.schemes.values())


def _by_language(graph: Graph, subject: URIRef, prop: URIRef) -> dict[str, str]:
    found: dict[str, str] = {}
    for value in graph.objects(subject, prop):
        if isinstance(value, Literal) and value.language:
            found.setdefault(value.language, str(value))
    return dict(sorted(found.items()))


def _labels(graph: Graph, subject: URIRef) -> dict[str, str]:
    return _by_language(graph, subject, SKOS.prefLabel) or _by_language(graph, subject,
                                                                         RDFS.label)


def read_vocabulary_file(*files: Path) -> Vocabulary:
    """The concept schemes of Turtle files read as one graph (a project's concept files)."""
    graph = parse_turtle(files[0])
    for file in files[1:]:
        graph += parse_turtle(file)
    return read_vocabulary(graph)


def read_vocabulary(graph: Graph) -> Vocabulary:
    """The schemes of ``graph`` (the ontology) for every field of :data:`SCHEMES`.

    Raises :class:`PartygraphError` when a field's scheme is missing or empty, a concept has
    no notation, or two concepts of one scheme share a notation.
    """
    schemes: dict[str, Scheme] = {}
    for name, scheme_iri in SCHEMES.items():
        if (scheme_iri, RDF.type, SKOS.ConceptScheme) not in graph:
            raise PartygraphError(f"the ontology has no concept scheme {curie(scheme_iri)} "
                                  f"(the values of {name}; see ontology/concepts.ttl)")
        concepts: dict[str, Concept] = {}
        members = [c for c in graph.subjects(SKOS.inScheme, scheme_iri) if isinstance(c, URIRef)]
        for concept in sorted(members):
            notations = sorted(str(n) for n in graph.objects(concept, SKOS.notation))
            if len(notations) != 1:
                raise PartygraphError(
                    f"concept {curie(concept)} of {curie(scheme_iri)} needs exactly one "
                    f"skos:notation (the value fact sheets write), found {len(notations)}")
            notation = notations[0]
            if notation in concepts:
                raise PartygraphError(
                    f"concepts {curie(concepts[notation].iri)} and {curie(concept)} of "
                    f"{curie(scheme_iri)} share the notation {notation!r}")
            concepts[notation] = Concept(
                concept, notation, _labels(graph, concept),
                tuple(sorted(str(a) for a in graph.objects(concept, SKOS.altLabel))),
                _by_language(graph, concept, SKOS.definition))
        if not concepts:
            raise PartygraphError(f"concept scheme {curie(scheme_iri)} has no concepts")
        schemes[name] = Scheme(scheme_iri, name, _labels(graph, scheme_iri),
                               _by_language(graph, scheme_iri, SKOS.definition),
                               dict(sorted(concepts.items())))
    collections = {
        c: frozenset(m for m in graph.objects(c, SKOS.member) if isinstance(m, URIRef))
        for c in graph.subjects(RDF.type, SKOS.Collection) if isinstance(c, URIRef)}
    return Vocabulary(schemes, collections)


def vocabulary_to_plain(vocabulary: Vocabulary) -> dict[str, Any]:
    """``vocabulary`` as plain data (dicts, lists and strings) that JSON can hold, read back
    by :func:`vocabulary_from_plain` (a build keeps it so, instead of parsing Turtle)."""
    return {
        "schemes": [[name, str(s.iri), dict(s.labels), dict(s.definitions),
                     [[str(c.iri), c.notation, dict(c.labels), list(c.alt_labels),
                       dict(c.definitions)] for c in s.concepts.values()]]
                    for name, s in vocabulary.schemes.items()],
        "collections": [[str(c), sorted(str(m) for m in members)]
                        for c, members in vocabulary.collections.items()],
    }


def vocabulary_from_plain(data: Mapping[str, Any]) -> Vocabulary:
    """The vocabulary :func:`vocabulary_to_plain` gave ``data`` for."""
    schemes = {
        name: Scheme(URIRef(iri), name, labels, definitions,
                     {notation: Concept(URIRef(c_iri), notation, c_labels, tuple(alt), c_defs)
                      for c_iri, notation, c_labels, alt, c_defs in concepts})
        for name, iri, labels, definitions, concepts in data["schemes"]}
    collections = {URIRef(c): frozenset(URIRef(m) for m in members)
                   for c, members in data["collections"]}
    return Vocabulary(schemes, collections)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def reference_markdown(vocabulary: Vocabulary, source: str = "ontology/concepts.ttl") -> str:
    """The fact-sheet reference of every concept, as Markdown (``docs/concepts.md``)."""
    lines = [
        "# Concepts: the values of fact-sheet fields",
        "",
        f"Written by `partygraph concepts -o docs/concepts.md` from `{source}`; do not edit "
        "it by hand. A field below takes the *notation* of one of its scheme's concepts "
        "(`role: secretary`). To add a value, add a concept to the scheme in "
        f"`{source}` (see the comment at its top) or, in a project started by "
        "`partygraph init`, in a Turtle file under `ontology/extensions/` (its README shows "
        "one), and write this file anew.",
        "",
    ]
    for scheme in sorted(vocabulary, key=lambda s: s.field):
        title = scheme.labels.get("en", curie(scheme.iri))
        lines += [f"## `{scheme.field}`: {_cell(title)}", ""]
        about = [f"Scheme `{curie(scheme.iri)}`"]
        if "vi" in scheme.labels:
            about.append(f"*{_cell(scheme.labels['vi'])}*")
        lines.append(" · ".join(about) + ".")
        if "en" in scheme.definitions:
            lines += ["", _cell(scheme.definitions["en"])]
        lines += ["", "| notation | concept | en | vi | terms in articles | definition |",
                  "|---|---|---|---|---|---|"]
        for concept in scheme.concepts.values():
            lines.append("| " + " | ".join([
                f"`{concept.notation}`", f"`{curie(concept.iri)}`",
                _cell(concept.labels.get("en", "")), _cell(concept.labels.get("vi", "")),
                _cell(", ".join(concept.alt_labels)),
                _cell(concept.definitions.get("en", ""))]) + " |")
        lines.append("")
    return "\n".join(lines)
