"""Namespaces, IRI minting, and the mapping from fact-sheet keywords to ontology terms."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD

__all__ = [
    "DATE_TYPES",
    "DCTERMS",
    "DERIVED_GRAPH",
    "FOAF",
    "ID",
    "MERGED_GRAPH",
    "ONTOLOGY_GRAPH",
    "ORG",
    "OWL",
    "PG",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SHAPES",
    "SKOS",
    "TIME",
    "XSD",
    "curie",
    "entity_iri",
    "fact_iri",
    "graph_iri",
    "source_iri",
]

PG = Namespace("https://w3id.org/partygraph/ontology#")
ID = Namespace("https://w3id.org/partygraph/id/")
SHAPES = Namespace("https://w3id.org/partygraph/shapes#")
ONTOLOGY_GRAPH = URIRef("https://w3id.org/partygraph/ontology")
# Where a store that has no default graph of its own (Virtuoso: a query without FROM sees
# every graph) keeps the merge of all graphs, which queries then name as their default graph.
MERGED_GRAPH = URIRef("https://w3id.org/partygraph/merged")
# Figures the build derives from the sheets (see partygraph.compile.derived) are kept in
# graphs named under this IRI (``…/derived/00`` …), beside the sheets' graphs.
DERIVED_GRAPH = URIRef("https://w3id.org/partygraph/derived")

PREFIXES: dict[str, str] = {
    "pg": str(PG),
    "pgid": str(ID),
    "pgsh": str(SHAPES),
    "org": str(ORG),
    "prov": str(PROV),
    "time": str(TIME),
    "skos": str(SKOS),
    "schema": str(SDO),
    "foaf": str(FOAF),
    "dcterms": str(DCTERMS),
    "rdfs": str(RDFS),
    "rdf": str(RDF),
    "owl": str(OWL),
    "xsd": str(XSD),
}

# The datatype of a date of each precision (see partygraph.util.dates.PartialDate).
DATE_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}

def curie(iri: str) -> str:
    """``iri`` as a prefixed name where partygraph knows the prefix (longest match), else as is."""
    for prefix, base in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(base):
            return f"{prefix}:{iri[len(base):]}"
    return iri


def entity_iri(kind: str, slug: str) -> URIRef:
    """IRI of an entity shared across sources, e.g. ``…/id/organisation/an-khe-town``."""
    return ID[f"{kind}/{slug}"]


def source_iri(source_id: str) -> URIRef:
    """IRI of an article."""
    return ID[f"source/{source_id}"]


def fact_iri(source_id: str, slug: str) -> URIRef:
    """IRI of a fact (or an entity attestation) stated by one source."""
    return ID[f"source/{source_id}/{slug}"]


def graph_iri(source_id: str) -> URIRef:
    """IRI of the named graph holding everything one fact sheet says."""
    return ID[f"graph/{source_id}"]
