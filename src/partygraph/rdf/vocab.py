"""Namespaces, IRI minting, and the mapping from fact-sheet keywords to ontology terms."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD

__all__ = [
    "APPROXIMATIONS",
    "BODY_CLASSES",
    "CHANGE_CLASSES",
    "CONGRESS_KINDS",
    "DATE_TYPES",
    "DCTERMS",
    "DIRECTIVE_CLASSES",
    "DOCUMENT_CLASSES",
    "FOAF",
    "FORM_CLASSES",
    "ID",
    "LEVELS",
    "MEASURES",
    "MERGED_GRAPH",
    "ONTOLOGY_GRAPH",
    "ORG",
    "ORGAN_CLASSES",
    "OWL",
    "PARTY_ROLES",
    "PG",
    "PLACE_KINDS",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "ROLES",
    "SDO",
    "SELECTIONS",
    "SHAPES",
    "SKOS",
    "STATE_ROLES",
    "TALLY_MEASURES",
    "TASK_STATUSES",
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

LEVELS = {
    "central": PG.LevelCentral,
    "provincial": PG.LevelProvincial,
    "district": PG.LevelDistrict,
    "base": PG.LevelBase,
    "subordinate": PG.LevelSubordinate,
}
FORM_CLASSES = {"committee": PG.PartyCommittee, "cell": PG.PartyCell}
BODY_CLASSES = {
    "executive-committee": PG.ExecutiveCommittee,
    "standing-committee": PG.StandingCommittee,
    "inspection-commission": PG.InspectionCommission,
    "working-group": PG.WorkingGroup,
    "organisation-commission": PG.OrganisationCommission,
    "propaganda-commission": PG.PropagandaCommission,
    "mass-mobilisation-commission": PG.MassMobilisationCommission,
    "internal-affairs-commission": PG.InternalAffairsCommission,
    "steering-committee": PG.SteeringCommittee,
}
# Organs outside the party where party cadres hold concurrent posts (state organs, the Front).
ORGAN_CLASSES = {
    "peoples-committee": PG.PeoplesCommittee,
    "peoples-council": PG.PeoplesCouncil,
    "national-assembly-delegation": PG.NationalAssemblyDelegation,
    "fatherland-front": PG.FatherlandFrontCommittee,
}
PLACE_KINDS = {
    "country": PG.Country,
    "province": PG.Province,
    "city": PG.City,
    "district": PG.District,
    "town": PG.Town,
    "ward": PG.Ward,
    "commune": PG.Commune,
}
ROLES = {
    "secretary": PG.Secretary,
    "deputy-secretary": PG.DeputySecretary,
    "standing-member": PG.StandingMember,
    "member": PG.CommitteeMember,
    "chair": PG.Chair,
    "standing-deputy-secretary": PG.StandingDeputySecretary,
    "alternate-member": PG.AlternateMember,
    "head": PG.Head,
    "deputy-head": PG.DeputyHead,
    "deputy-chair": PG.DeputyChair,
    "chairperson": PG.Chairperson,
    "vice-chairperson": PG.ViceChairperson,
}
# Roles only a party organisation or body has, and roles only a state organ or the Front has
# (the others, member, head and deputy head, occur in both).
PARTY_ROLES = ("secretary", "deputy-secretary", "standing-deputy-secretary", "standing-member",
               "alternate-member", "chair", "deputy-chair")
STATE_ROLES = ("chairperson", "vice-chairperson")
# How a person came to a post (the secretary, mostly).
SELECTIONS = {
    "elected": PG.ElectedByCommittee,
    "appointed": PG.Appointed,
    "elected-at-congress": PG.ElectedAtCongress,
}
CONGRESS_KINDS = {"delegates": PG.DelegatesCongress, "members": PG.MembersCongress}
DIRECTIVE_CLASSES = {
    "directive": PG.Directive,
    "resolution": PG.PartyResolution,
    "regulation": PG.Regulation,
    "decision": PG.Decision,
    "conclusion": PG.Conclusion,
}
DOCUMENT_CLASSES = {
    "political-report": PG.PoliticalReport,
    "review-report": PG.ReviewReport,
    "resolution": PG.CongressResolution,
    "action-programme": PG.ActionProgramme,
    "personnel-scheme": PG.PersonnelScheme,
}
MEASURES = {
    "members": PG.PartyMembers,
    "base-organisations": PG.BaseOrganisations,
    "cells": PG.Cells,
    "subordinate-cells": PG.SubordinateCells,
    "delegates": PG.Delegates,
}
# The qualifier of an approximate figure ("hơn 3.500", "gần 200", "khoảng 40" ...).
APPROXIMATIONS = {
    "more-than": PG.ApproxMoreThan,
    "over": PG.ApproxOver,
    "nearly": PG.ApproxNearly,
    "about": PG.ApproxAbout,
    "at-least": PG.ApproxAtLeast,
}
TALLY_MEASURES = {
    "political-history-reviewed": PG.PoliticalHistoryReviewed,
    "congresses-held": PG.CongressesHeld,
}
TASK_STATUSES = {
    "planned": PG.StatusPlanned,
    "in-progress": PG.StatusInProgress,
    "completed": PG.StatusCompleted,
    "missed": PG.StatusMissed,
    "cancelled": PG.StatusCancelled,
}
CHANGE_CLASSES = {
    "created": PG.Creation,
    "merged": PG.Merger,
    "split": PG.Split,
    "renamed": PG.Renaming,
    "dissolved": PG.Dissolution,
}


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
