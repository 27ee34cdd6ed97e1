"""Views of the graph for visualisation tools: meaningful networkx graphs, not raw triples.

Each view is a ``networkx.MultiDiGraph`` whose nodes are resources (keyed by IRI) and whose
attributes are plain values (text, whole numbers, booleans): labels in vi and en, a type and
a kind, the level, the IRI, the latest figures with their dates, how many sources speak of
the node, and the first quote. Nodes and edges are added in sorted order, so the same graph
always gives the same files.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

import networkx as nx
import pyoxigraph as ox

from partygraph.errors import PartygraphError
from partygraph.options import VIEWS
from partygraph.query.engine import Engine, Term
from partygraph.rdf.sparql_text import inject_values
from partygraph.rdf.vocab import ONTOLOGY_GRAPH, PG, PREFIXES, curie
from partygraph.util.dates import parse_partial_date
from partygraph.util.text import fold

__all__ = ["VIEWS", "View", "build_view", "graph_from_triples"]

if TYPE_CHECKING:
    View: TypeAlias = nx.MultiDiGraph[str]

PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

# The kind of a node, from its most telling class (first match wins).
_KINDS: list[tuple[str, str]] = [
    ("PartyOrganisation", "organisation"), ("PartyBody", "body"), ("Person", "person"),
    ("Post", "post"), ("AdministrativeUnit", "place"), ("Congress", "congress"),
    ("Term", "term"), ("PartyInstrument", "instrument"), ("CongressDocument", "document"),
    ("Programme", "programme"), ("Observation", "observation"), ("Tally", "tally"),
    ("PostHolding", "holding"), ("Task", "task"), ("WorkingSession", "session"),
    ("OrganisationChange", "change"), ("Event", "event"), ("NewsArticle", "source"),
    ("Concept", "concept"),
]


@dataclass(frozen=True)
class _Info:
    label_vi: str
    label_en: str
    types: tuple[str, ...]


def _rows(engine: Engine, query: str, bindings: dict[str, ox.NamedNode | ox.Literal]
          | None = None) -> list[dict[str, Term | None]]:
    text = PROLOGUE + query
    if bindings:
        text = inject_values(text, bindings)
    return list(engine.run(text).rows)


def _value(term: Term | None) -> str:
    return "" if term is None else term.value


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _kind(types: Iterable[str]) -> str:
    names = {_local(t) for t in types}
    for cls, kind in _KINDS:
        if cls in names:
            return kind
    return "resource"


def _type(types: Iterable[str]) -> str:
    """The most specific partygraph class name (e.g. PartyCommittee before PartyOrganisation)."""
    generic = {"PartyOrganisation", "PartyBody", "SourcedFact", "CongressDocument",
               "PartyInstrument", "Event", "OrganisationChange", "Entity", "Attestation"}
    names = sorted(_local(t) for t in types if t.startswith(str(PG)) or "Person" in t
                   or "Post" in t or "NewsArticle" in t)
    specific = [n for n in names if n not in generic]
    return (specific or names or ["Resource"])[0]


class _Catalog:
    """Labels, types, figures and sources of every resource, read once per export."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        info: dict[str, dict[str, object]] = defaultdict(
            lambda: {"vi": "", "en": "", "types": set()})
        for row in _rows(engine, f"""
                SELECT ?s ?label WHERE {{
                  GRAPH ?g {{ ?s rdfs:label ?label }} FILTER (?g != <{ONTOLOGY_GRAPH}>) }}"""):
            s, label = _value(row["s"]), row["label"]
            if isinstance(label, ox.Literal) and label.language in ("vi", "en"):
                slot = info[s]
                if not slot[label.language] or label.value < str(slot[label.language]):
                    slot[label.language] = label.value
        for row in _rows(engine, "SELECT ?s ?name WHERE { ?s foaf:name ?name }"):
            slot = info[_value(row["s"])]
            if not slot["vi"]:
                slot["vi"] = _value(row["name"])
        for row in _rows(engine, f"""
                SELECT ?s ?t WHERE {{ GRAPH ?g {{ ?s a ?t }}
                FILTER (?g != <{ONTOLOGY_GRAPH}>) }}"""):
            types = info[_value(row["s"])]["types"]
            assert isinstance(types, set)
            types.add(_value(row["t"]))
        self.info = {s: _Info(str(v["vi"]), str(v["en"]), tuple(sorted(_strings(v["types"]))))
                     for s, v in info.items()}
        self.levels = {_value(r["s"]): _value(r["level"]) for r in _rows(engine, """
            SELECT ?s ?level WHERE { ?s pg:level/rdfs:label ?level
                                     FILTER (LANG(?level) = "en") }""")}
        # (Two patterns joined in each branch: a UNION with a BIND branch made Oxigraph
        # evaluate the join by scanning, 8x slower at 100k triples.)
        self.sources: dict[str, set[str]] = defaultdict(set)
        for row in _rows(engine, """
                SELECT DISTINCT ?e ?src WHERE {
                  { ?f prov:wasDerivedFrom ?src ; pg:attests ?e }
                  UNION { ?e prov:wasDerivedFrom ?src }
                }"""):
            self.sources[_value(row["e"])].add(_local(_value(row["src"])))
        self.quotes: dict[str, str] = {}
        for row in _rows(engine, """
                SELECT ?e (MIN(?q) AS ?quote) WHERE {
                  { ?f pg:quote ?q ; pg:attests ?e } UNION { ?e pg:quote ?q }
                } GROUP BY ?e"""):
            self.quotes[_value(row["e"])] = _value(row["quote"])
        self.figures: dict[str, dict[str, tuple[int, str, str]]] = defaultdict(dict)
        for row in _rows(engine, """
                SELECT ?unit ?measure ?value ?asOf ?src WHERE {
                  ?o a pg:Observation ; pg:observedUnit ?unit ; pg:measure ?m ; pg:value ?value ;
                     pg:asOf ?asOf ; prov:wasDerivedFrom ?src .
                  BIND (STRAFTER(STR(?m), "#") AS ?measure)
                }"""):
            unit, measure = _value(row["unit"]), _value(row["measure"])
            entry = (int(_value(row["value"])), _value(row["asOf"]), _local(_value(row["src"])))
            current = self.figures[unit].get(measure)
            if current is None or (entry[1], entry[2]) > (current[1], current[2]):
                self.figures[unit][measure] = entry

    def attributes(self, iri: str) -> dict[str, str | int | bool]:
        """The plain attributes of one node."""
        info = self.info.get(iri, _Info("", "", ()))
        label = info.label_vi or info.label_en or curie(iri)
        attrs: dict[str, str | int | bool] = {
            "label": label, "label_vi": info.label_vi, "label_en": info.label_en,
            "kind": _kind(info.types), "type": _type(info.types), "iri": iri,
            "search": fold(f"{info.label_vi} {info.label_en}"),
            "sources": len(self.sources.get(iri, ())),
            "source_ids": " ".join(sorted(self.sources.get(iri, ()))),
            "quote": self.quotes.get(iri, ""),
        }
        if iri in self.levels:
            attrs["level"] = self.levels[iri]
        for measure, (value, as_of, source) in sorted(self.figures.get(iri, {}).items()):
            key = _snake(measure)
            attrs[key] = value
            attrs[f"{key}_as_of"] = as_of
            attrs[f"{key}_source"] = source
        return attrs


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, set) else []


def _name(text: str) -> str:
    """An attribute name every format takes (GraphML asks for an XML name token)."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", text)


def _snake(name: str) -> str:
    out = "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")
    return out


class _Builder:
    def __init__(self, catalog: _Catalog) -> None:
        self.catalog = catalog
        self.graph: View = nx.MultiDiGraph()
        self.edges: set[tuple[str, str, str, tuple[tuple[str, str], ...]]] = set()

    def node(self, iri: str) -> None:
        self.graph.add_node(iri)

    def edge(self, tail: str, head: str, relation: str, **attrs: str) -> None:
        clean = tuple(sorted((k, v) for k, v in attrs.items() if v))
        self.edges.add((tail, head, relation, clean))

    def finish(self, name: str) -> View:
        graph: View = nx.MultiDiGraph(view=name)
        nodes = set(self.graph.nodes) | {e[0] for e in self.edges} | {e[1] for e in self.edges}
        for iri in sorted(nodes):
            graph.add_node(iri, **self.catalog.attributes(iri))
        for source, target, relation, attrs in sorted(self.edges):
            key = relation
            n = 1
            while graph.has_edge(source, target, key):
                n += 1
                key = f"{relation}-{n}"
            graph.add_edge(source, target, key=key, relation=relation,
                           label=relation.replace("_", " "), **dict(attrs))
        return graph


def _hierarchy(builder: _Builder, engine: Engine, as_of: str | None) -> None:
    for row in _rows(engine, "SELECT ?o WHERE { ?o a pg:PartyOrganisation }"):
        builder.node(_value(row["o"]))
    bindings: dict[str, ox.NamedNode | ox.Literal] = {}
    date_filter = ""
    if as_of is not None:
        try:
            date = parse_partial_date(as_of)
        except ValueError as exc:
            raise PartygraphError(f"--as-of: {exc}") from None
        bindings["as_of"] = ox.Literal(date.isoformat())
        # As the saved query structure-as-of: a link stated after the child had ended held
        # while it existed.
        date_filter = """
          FILTER (!BOUND(?until) || STR(?until) >= ?as_of)
          FILTER ((BOUND(?from) && STR(?from) <= ?as_of) || (BOUND(?seen) && STR(?seen) <= ?as_of)
                  || (!BOUND(?from) && !BOUND(?seen))
                  || (!BOUND(?from) && BOUND(?seen) && EXISTS {
                        ?gone org:originalOrganization ?child ; pg:date ?goneOn .
                        { ?gone a pg:Merger } UNION { ?gone a pg:Dissolution }
                        FILTER NOT EXISTS { ?gone org:resultingOrganization ?child }
                        FILTER (STR(?goneOn) <= STR(?seen)) }))"""
    rows = _rows(engine, f"""
        SELECT DISTINCT ?child ?parent ?from ?until ?seen WHERE {{
          ?link a pg:Subordination ; pg:subordinate ?child ; pg:superior ?parent .
          OPTIONAL {{ ?link pg:validFrom ?from }}
          OPTIONAL {{ ?link pg:validUntil ?until }}
          OPTIONAL {{ ?link pg:asOf ?seen }}{date_filter}
        }}""", bindings)
    for row in rows:
        builder.edge(_value(row["parent"]), _value(row["child"]), "parent_of",
                     valid_from=_value(row["from"]), valid_until=_value(row["until"]),
                     as_of=_value(row["seen"]))
    if as_of is not None:  # drop organisations ended or not yet created at the date
        day = bindings["as_of"].value
        ended = _rows(engine, """
            SELECT DISTINCT ?o ?d WHERE {
              ?c org:originalOrganization ?o ; pg:date ?d .
              { ?c a pg:Merger } UNION { ?c a pg:Dissolution }
              FILTER NOT EXISTS { ?c org:resultingOrganization ?o }
            }""")
        begun = _rows(engine, """
            SELECT DISTINCT ?o ?d WHERE {
              ?c org:resultingOrganization ?o ; pg:date ?d .
              FILTER NOT EXISTS { ?c org:originalOrganization ?o }
            }""")
        # Compared here as the saved queries compare dates, as text, so that a date of
        # month or year precision counts from that month or year.
        gone = {_value(r["o"]) for r in ended if _value(r["d"]) <= day}
        gone |= {_value(r["o"]) for r in begun if _value(r["d"]) > day}
        builder.edges = {e for e in builder.edges if e[0] not in gone and e[1] not in gone}
        for iri in gone:
            if builder.graph.has_node(iri):
                builder.graph.remove_node(iri)


def _people(builder: _Builder, engine: Engine) -> None:
    for row in _rows(engine, """
            SELECT ?person ?post ?from ?until ?asOf ?src WHERE {
              ?h a pg:PostHolding ; pg:holder ?person ; pg:post ?post ; prov:wasDerivedFrom ?src .
              OPTIONAL { ?h pg:validFrom ?from } OPTIONAL { ?h pg:validUntil ?until }
              OPTIONAL { ?h pg:asOf ?asOf }
            }"""):
        builder.edge(_value(row["person"]), _value(row["post"]), "holds",
                     valid_from=_value(row["from"]), valid_until=_value(row["until"]),
                     as_of=_value(row["asOf"]), source_id=_local(_value(row["src"])))
    for row in _rows(engine, """
            SELECT DISTINCT ?post ?org WHERE {
              ?post a org:Post ; org:postIn/org:unitOf* ?org . ?org a pg:PartyOrganisation }"""):
        builder.edge(_value(row["post"]), _value(row["org"]), "post_in")
    for row in _rows(engine, "SELECT ?p WHERE { ?p a foaf:Person }"):
        builder.node(_value(row["p"]))


_EVENT_LINKS = [
    ("congress_of", "?x a pg:Congress ; pg:congressOf ?y"),
    ("opens_term", "?x a pg:Congress ; pg:opensTerm ?y"),
    ("term_of", "?x a pg:Term ; pg:termOf ?y"),
    ("governed_by", "?x pg:governedBy ?y"),
    ("concerns", "?x pg:concerns ?y"),
    ("responsible", "?x pg:responsible ?y"),
    ("participant", "?x pg:participant ?y"),
    ("changed_from", "?x a pg:OrganisationChange ; org:originalOrganization ?y"),
    ("changed_to", "?x a pg:OrganisationChange ; org:resultingOrganization ?y"),
    ("instrument", "?x pg:instrument ?y"),
    ("prepared_for", "?x pg:preparedFor ?y"),
    ("adopted_at", "?x pg:adoptedAt ?y"),
]


def _events(builder: _Builder, engine: Engine) -> None:
    for relation, pattern in _EVENT_LINKS:
        for row in _rows(engine, f"SELECT DISTINCT ?x ?y WHERE {{ {pattern} }}"):
            builder.edge(_value(row["x"]), _value(row["y"]), relation)


def _sources(builder: _Builder, engine: Engine) -> None:
    for row in _rows(engine, """
            SELECT DISTINCT ?src ?e WHERE {
              ?f prov:wasDerivedFrom ?src .
              { ?f pg:attests ?e }
              UNION { ?f pg:observedUnit|pg:holder|pg:post|pg:subordinate|pg:superior|pg:concerns
                         |pg:participant|pg:responsible|org:originalOrganization
                         |org:resultingOrganization ?e }
              FILTER (isIRI(?e))
              ?src a schema:NewsArticle .
            }"""):
        builder.edge(_value(row["src"]), _value(row["e"]), "speaks_of")


def graph_from_triples(triples: Iterable[ox.Triple], catalog: _Catalog | None = None,
                       name: str = "full") -> View:
    """Every IRI subject and object as a node; literals and types folded into attributes."""
    literal_attrs: dict[str, dict[str, str]] = defaultdict(dict)
    types: dict[str, set[str]] = defaultdict(set)
    edges: set[tuple[str, str, str]] = set()
    nodes: set[str] = set()
    for t in triples:
        if not isinstance(t.subject, ox.NamedNode):
            continue
        s = t.subject.value
        nodes.add(s)
        p = curie(t.predicate.value).replace(":", "_")
        if t.predicate.value.endswith("#type") and isinstance(t.object, ox.NamedNode):
            types[s].add(curie(t.object.value))
        elif isinstance(t.object, ox.NamedNode):
            edges.add((s, t.object.value, p))
            nodes.add(t.object.value)
        elif isinstance(t.object, ox.Literal):
            key = _name(p + (f"_{t.object.language}" if t.object.language else ""))
            old = literal_attrs[s].get(key)
            literal_attrs[s][key] = t.object.value if old is None else \
                " | ".join(sorted({*old.split(" | "), t.object.value}))
    graph: View = nx.MultiDiGraph(view=name)
    for iri in sorted(nodes):
        attrs: dict[str, str | int | bool] = dict(catalog.attributes(iri)) if catalog else {
            "label": curie(iri), "iri": iri}
        attrs.update(sorted(literal_attrs.get(iri, {}).items()))
        if types.get(iri):
            attrs["rdf_types"] = " ".join(sorted(types[iri]))
        graph.add_node(iri, **attrs)
    for s, o, p in sorted(edges):
        graph.add_edge(s, o, key=p, relation=p, label=p.split("_", 1)[-1])
    return graph


def build_view(engine: Engine, view: str, *, as_of: str | None = None) -> View:
    """Build the named view from the graph behind ``engine``."""
    if view not in VIEWS:
        raise PartygraphError(f"unknown view {view!r} (use one of {', '.join(VIEWS)})")
    catalog = _Catalog(engine)
    if view == "full":
        triples = [ox.Triple(r["s"], r["p"], r["o"])  # type: ignore[arg-type]
                   for r in _rows(engine, f"""
                       SELECT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
                       FILTER (?g != <{ONTOLOGY_GRAPH}>) }}""")]
        return graph_from_triples(triples, catalog, "full")
    builder = _Builder(catalog)
    if view == "hierarchy":
        _hierarchy(builder, engine, as_of)
    elif view == "people":
        _people(builder, engine)
    elif view == "events":
        _events(builder, engine)
    else:
        _sources(builder, engine)
    return builder.finish(view)


def catalog_for(engine: Engine) -> _Catalog:
    """Labels, types and figures of every resource, for folding a CONSTRUCT result."""
    return _Catalog(engine)
