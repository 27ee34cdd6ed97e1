"""The ontology: every term labelled in vi and en with definitions; every term used is declared."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from partygraph.compile.dataset import CompiledGraph
from partygraph.project import Project
from partygraph.rdf import vocab

from ..conftest import REPO, repo_vocabulary


@pytest.fixture(scope="module")
def ontology(real_project: Project) -> Graph:
    return real_project.load_ontology()


def declared(ontology: Graph) -> set[URIRef]:
    return {s for s in ontology.subjects() if isinstance(s, URIRef)
            and str(s).startswith(str(vocab.PG))}


def test_every_term_has_labels_and_definitions_in_vi_and_en(ontology: Graph) -> None:
    problems = []
    for term in sorted(declared(ontology)):
        for props in ((RDFS.label, SKOS.prefLabel), (SKOS.definition,)):
            languages = {getattr(v, "language", None)
                         for prop in props for v in ontology.objects(term, prop)}
            if not {"vi", "en"} <= languages:
                problems.append(f"{term} {props[0]}: {languages}")
    assert problems == []


def test_classes_and_properties_are_typed(ontology: Graph) -> None:
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept,
             SKOS.ConceptScheme, SKOS.Collection, vocab.ORG.Role}
    untyped = [t for t in declared(ontology) if not set(ontology.objects(t, RDF.type)) & kinds]
    assert untyped == []


def test_ontology_has_a_stable_iri(ontology: Graph) -> None:
    assert (vocab.ONTOLOGY_GRAPH, RDF.type, OWL.Ontology) in ontology


def test_every_pg_term_used_by_data_shapes_and_queries_is_declared(
        ontology: Graph, real_compiled: CompiledGraph) -> None:
    terms = declared(ontology)
    used: set[str] = set()
    for s, p, o in real_compiled.union():
        used |= {str(x) for x in (s, p, o) if str(x).startswith(str(vocab.PG))}
    texts = [(REPO / "ontology" / "shapes.ttl").read_text(encoding="utf-8")]
    texts += [q.read_text(encoding="utf-8") for q in (REPO / "queries").glob("*.rq")]
    for text in texts:
        used |= {str(vocab.PG) + local for local in re.findall(r"\bpg:([A-Za-z]\w*)", text)}
    mapped = [getattr(vocab, name) for name in vocab.__all__ if name.isupper()]
    for table in mapped:
        if isinstance(table, dict):
            used |= {str(v) for v in table.values()
                     if isinstance(v, URIRef) and str(v).startswith(str(vocab.PG))}
    assert sorted(used - {str(t) for t in terms}) == []


def test_levels_are_ranked(ontology: Graph) -> None:
    """From the centre down; the commune level (from 2025) ranks with the district level
    it replaced, between the province and the base organisations, and so does the level of
    the agencies', military and police organisations directly under the province."""
    levels = repo_vocabulary().schemes["organisation.level"].concepts
    rank = {n: int(str(ontology.value(c.iri, vocab.PG.levelRank))) for n, c in levels.items()}
    assert rank == {"central": 1, "provincial": 2, "district": 3, "commune": 3,
                    "upper-base": 3, "base": 4, "subordinate": 5}
