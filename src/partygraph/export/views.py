"""Views of the graph for visualisation tools: meaningful networkx graphs, not raw triples.

Each view is a ``networkx.MultiDiGraph`` whose nodes are resources (keyed by IRI) and whose
attributes are plain values (text, whole numbers, booleans): labels in vi and en, a type and
a kind, the level, the IRI, the latest figures with their dates, how many sources speak of
the node, and the first quote. Nodes and edges are added in sorted order, so the same graph
always gives the same files.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, TypeAlias

import networkx as nx
import pyoxigraph as ox

from partygraph.errors import PartygraphError
from partygraph.options import VIEWS
from partygraph.query.engine import EmbeddedEngine, Engine, Term
from partygraph.rdf.sparql_text import inject_values
from partygraph.rdf.vocab import DERIVED_GRAPH, ONTOLOGY_GRAPH, PG, PREFIXES, curie
from partygraph.util.dates import parse_partial_date
from partygraph.util.suggest import did_you_mean
from partygraph.util.text import squash_spaces

__all__ = ["KINDS", "VIEWS", "View", "build_view", "graph_from_triples", "restrict_view"]

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
    ("Subordination", "subordination"), ("Attestation", "attestation"),
    ("FactSheetGraph", "sheet"), ("Concept", "concept"),
]
KINDS: tuple[str, ...] = (*(kind for _, kind in _KINDS), "resource")
"""Every kind a node may have, in the order kinds are told apart."""


_FEW = 5000
"""Up to this many nodes, the quotes of facts attesting them are read for the nodes alone."""
_RowsOf = Callable[[str, str | None], list[dict[str, Term | None]]]
"""Rows of a query, one of its variables bound to the nodes of the view when given."""


@dataclass(frozen=True)
class _Info:
    label_vi: str
    label_en: str
    types: tuple[str, ...]


def _rows(engine: Engine, query: str,
          bindings: Mapping[str, ox.NamedNode | ox.Literal | Sequence[ox.NamedNode]]
          | None = None) -> list[dict[str, Term | None]]:
    text = PROLOGUE + query
    if bindings:
        text = inject_values(text, bindings)
    return list(engine.run(text).rows)


def _texts(engine: Engine, query: str,
           bindings: Mapping[str, ox.NamedNode | ox.Literal | Sequence[ox.NamedNode]]
           | None = None) -> list[tuple[str, ...]]:
    """Rows of a SELECT as tuples of the values' text ("" where unbound), in the order of its
    variables: on the embedded store read straight from its solutions, without the dict of
    each row (a quarter of the time of 100,000 rows)."""
    text = PROLOGUE + query
    if bindings:
        text = inject_values(text, bindings)
    if isinstance(engine, EmbeddedEngine):
        return [tuple("" if term is None or isinstance(term, ox.Triple) else term.value
                      for term in solution)
                for solution in _select(engine, text)]
    result = engine.run(text)
    return [tuple(_value(row[name]) for name in result.variables) for row in result.rows]


def _solutions(engine: Engine, query: str) -> Iterable[Sequence[object]]:
    """The solutions of a SELECT, each its values in the order of its variables: on the
    embedded store its own solutions as it reads them (a million triples are not held as
    rows)."""
    text = PROLOGUE + query
    if isinstance(engine, EmbeddedEngine):
        return _select(engine, text)
    result = engine.run(text)
    return ([row[name] for name in result.variables] for row in result.rows)


def _data_triples(engine: Engine) -> Iterable[Sequence[object]]:
    """Every triple of the data's graphs (not the ontology's, nor derived), as its subject,
    predicate and object terms, each as often as graphs state it."""
    if not isinstance(engine, EmbeddedEngine):
        return _solutions(engine, f"""
            SELECT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
            FILTER (?g != <{ONTOLOGY_GRAPH}> && !STRSTARTS(STR(?g), "{DERIVED_GRAPH}/")) }}""")
    # On the embedded store graph by graph: the same triples a third faster than one query
    # testing each one's graph name.
    derived = f"{DERIVED_GRAPH}/"
    graphs = [g for g in engine.store.named_graphs() if isinstance(g, ox.NamedNode)
              and g.value != str(ONTOLOGY_GRAPH) and not g.value.startswith(derived)]
    return itertools.chain.from_iterable(
        _select(engine, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", g) for g in graphs)


def _select(engine: EmbeddedEngine, text: str,
            graph: ox.NamedNode | None = None) -> ox.QuerySolutions:
    """The solutions of a SELECT on the embedded store, as it reads them."""
    solutions = (engine.store.query(text, prefixes=PREFIXES) if graph is None
                 else engine.store.query(text, prefixes=PREFIXES, default_graph=graph))
    assert isinstance(solutions, ox.QuerySolutions)
    return solutions


@dataclass(frozen=True)
class _Facts:
    """What facts say of what, read once for a large view and shared by its parts."""

    derived: dict[str, set[str]]
    """Each resource (fact or entity) -> the IRIs of the sources it is derived from."""
    attests: list[tuple[str, str]]
    """(fact, what it attests) pairs."""

    @classmethod
    def read(cls, engine: Engine) -> _Facts:
        """Every ``prov:wasDerivedFrom`` and ``pg:attests`` of the graph."""
        derived: dict[str, set[str]] = defaultdict(set)
        for f, src in _texts(engine, "SELECT ?f ?src WHERE { ?f prov:wasDerivedFrom ?src }"):
            derived[f].add(src)
        attests = list(dict.fromkeys(  # (one pair once, as DISTINCT would give it)
            (f, e) for f, e in _texts(engine, "SELECT ?f ?e WHERE { ?f pg:attests ?e }")))
        return cls(dict(derived), attests)


def _iris(nodes: Iterable[str]) -> list[ox.NamedNode]:
    """The nodes that are IRIs (not blank nodes), as terms to bind."""
    iris = []
    for node in nodes:
        try:
            iris.append(ox.NamedNode(node))
        except ValueError:
            continue
    return iris


def _value(term: Term | None) -> str:
    return "" if term is None else term.value


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


class _Bare(dict[int, "int | None"]):
    """A ``str.translate`` table that drops combining marks: each character looked up once,
    then in C (``util.text.fold``'s test by character took a fifth of a full export)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_BARE = _Bare()
_NO_DECOMPOSITION = str.maketrans({"đ": "d", "Đ": "D"})


def _fold(text: str) -> str:
    """``partygraph.util.text.fold(text)``, the same key, faster: lower case, no
    diacritics, single spaces."""
    if text.isascii():  # (NFD, marks and the letters NFD does not split: none in ASCII)
        return squash_spaces(text.casefold())
    decomposed = unicodedata.normalize("NFD", text.translate(_NO_DECOMPOSITION))
    return squash_spaces(decomposed.translate(_BARE).casefold())


@lru_cache(maxsize=4096)
def _kind(types: tuple[str, ...]) -> str:
    names = {_local(t) for t in types}
    for cls, kind in _KINDS:
        if cls in names:
            return kind
    return "resource"


@lru_cache(maxsize=4096)
def _type(types: tuple[str, ...]) -> str:
    """The most specific partygraph class name (e.g. PartyCommittee before PartyOrganisation)."""
    generic = {"PartyOrganisation", "PartyBody", "SourcedFact", "CongressDocument",
               "PartyInstrument", "Event", "OrganisationChange", "Entity", "Attestation"}
    names = sorted(_local(t) for t in types if t.startswith(str(PG)) or "Person" in t
                   or "Post" in t or "NewsArticle" in t)
    specific = [n for n in names if n not in generic]
    return (specific or names or ["Resource"])[0]


class _Catalog:
    """Labels, types, figures and sources of every resource, read once per export."""

    def __init__(self, engine: Engine, nodes: Collection[str] | None = None,
                 facts: _Facts | None = None) -> None:
        """Read the catalogue; ``nodes``: the resources whose attributes will be asked for
        (None: any). Given and few (up to ``_FEW``), their types, sources, facts and quotes
        are read for these alone (bound by VALUES); else for all and kept for the nodes,
        which Oxigraph reads faster than for 30,000 IRIs bound (the figures 50x slower).
        Labels are read for all, as facts' labels name what the facts link. ``facts``: the
        sources and attestations, if read already."""
        self.engine = engine
        scope = None if nodes is None else _iris(nodes)
        few = scope is not None and len(scope) <= _FEW
        wanted = None if scope is None else {iri.value for iri in scope}

        def rows(query: str, about: str | None = None) -> list[dict[str, Term | None]]:
            """The rows of ``query``, its variable ``about`` bound to the nodes if given:
            by VALUES for a few, else by keeping the rows of the nodes (the same rows;
            Oxigraph reads 721 articles bound to 30,000 nodes 50x slower than unbound)."""
            if scope is None or about is None:
                return _rows(engine, query)
            if few:
                return _rows(engine, query, {about: scope})
            assert wanted is not None
            return [row for row in _rows(engine, query) if _value(row[about]) in wanted]

        info: dict[str, dict[str, object]] = defaultdict(
            lambda: {"vi": "", "en": "", "types": set()})
        # Labels of the data first; the ontology's (classes, concepts) where the data has none.
        fallback: dict[str, dict[str, str]] = defaultdict(dict)
        # (Each distinct label once, rather than once a graph that states it: the same entity
        # is declared by many sheets.)
        for row in rows(f"""
                SELECT ?s ?label WHERE {{
                  GRAPH <{ONTOLOGY_GRAPH}> {{ ?s rdfs:label|skos:prefLabel ?label }}
                  FILTER (isIRI(?s)) }}"""):
            s, label = _value(row["s"]), row["label"]
            if isinstance(label, ox.Literal) and label.language in ("vi", "en"):
                known = fallback[s].get(label.language)
                if known is None or label.value < known:
                    fallback[s][label.language] = label.value
        for row in rows(f"""
                SELECT DISTINCT ?s ?label WHERE {{
                  GRAPH ?g {{ ?s rdfs:label|skos:prefLabel ?label }}
                  FILTER (isIRI(?s) && ?g != <{ONTOLOGY_GRAPH}>) }}"""):
            s, label = _value(row["s"]), row["label"]
            if not (isinstance(label, ox.Literal) and label.language in ("vi", "en")):
                continue
            slot = info[s]
            if not slot[label.language] or label.value < str(slot[label.language]):
                slot[label.language] = label.value
        for s, labels in fallback.items():
            if s in info and (info[s]["vi"] or info[s]["en"]):
                continue
            info[s]["vi"], info[s]["en"] = labels.get("vi", ""), labels.get("en", "")
        for row in rows("SELECT ?s ?name WHERE { ?s foaf:name ?name }"):
            slot = info[_value(row["s"])]
            if not slot["vi"]:
                slot["vi"] = _value(row["name"])
        types_query = "SELECT DISTINCT ?s ?t WHERE { GRAPH ?g { ?s a ?t } }"
        for s, t in (_texts(engine, types_query, {"s": scope}) if few and scope
                     else [] if few else _texts(engine, types_query.replace("DISTINCT ", ""))):
            if wanted is None or s in wanted:
                types = info[s]["types"]
                assert isinstance(types, set)
                types.add(t)
        for s, (vi, en) in self._fact_labels(engine, info, nodes, rows).items():
            slot = info[s]
            if not slot["vi"] and not slot["en"]:
                slot["vi"], slot["en"] = vi, en
        self.info = {s: _Info(str(v["vi"]), str(v["en"]), tuple(sorted(_strings(v["types"]))))
                     for s, v in info.items()}
        self.levels = {_value(r["s"]): _value(r["level"]) for r in rows("""
            SELECT ?s ?level WHERE { ?s pg:level/rdfs:label ?level
                                     FILTER (LANG(?level) = "en") }""")}
        self.sources: dict[str, set[str]] = defaultdict(set)
        self.quotes: dict[str, str] = {}
        if few:
            self._read_sources_of(rows)
        else:
            self._join_sources(engine, facts or _Facts.read(engine), wanted)
        self.figures: dict[str, dict[str, tuple[int, str, str]]] = defaultdict(dict)
        for row in rows("""
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

    def _read_sources_of(self, rows: _RowsOf) -> None:
        """The sources and first quote of each of a few nodes, bound by VALUES."""
        # (Two patterns joined in each branch: a UNION with a BIND branch made Oxigraph
        # evaluate the join by scanning, 8x slower at 100k triples. Oxigraph joins in the
        # order written: each pattern starts from the bound ?e, else with ?e bound by VALUES
        # the join ran for minutes.)
        for row in rows("""
                SELECT DISTINCT ?e ?src WHERE {
                  { ?f pg:attests ?e . ?f prov:wasDerivedFrom ?src }
                  UNION { ?e prov:wasDerivedFrom ?src }
                }""", "e"):
            self.sources[_value(row["e"])].add(_local(_value(row["src"])))
        # The first quote (MIN) of each: of the facts attesting it, and its own. (Two plain
        # joins and the minimum here: the same with GROUP BY took Oxigraph 2.5x as long.)
        for query in ("SELECT ?e ?q WHERE { ?f pg:attests ?e . ?f pg:quote ?q }",
                      "SELECT ?e ?q WHERE { ?e pg:quote ?q }"):
            for row in rows(query, "e"):
                self._quote(_value(row["e"]), _value(row["q"]))

    def _join_sources(self, engine: Engine, facts: _Facts, wanted: set[str] | None) -> None:
        """The sources and first quote of each node (of ``wanted``; None: of all), joined
        here from every fact's: the same as :meth:`_read_sources_of` gives, in a third of
        the time for 30,000 nodes."""
        local: dict[str, str] = {}
        quoted: dict[str, str] = {}  # each resource -> its first quote
        for x, text in _texts(engine, "SELECT ?x ?q WHERE { ?x pg:quote ?q }"):
            known = quoted.get(x)
            if known is None or text < known:
                quoted[x] = text

        def sources_of(x: str) -> set[str] | None:
            found = facts.derived.get(x)
            if not found:
                return None
            names = set()
            for src in found:
                name = local.get(src)
                if name is None:
                    name = local[src] = _local(src)
                names.add(name)
            return names

        for f, e in facts.attests:
            if wanted is not None and e not in wanted:
                continue
            names = sources_of(f)
            if names:
                self.sources[e].update(names)
            quote = quoted.get(f)
            if quote is not None:
                self._quote(e, quote)
        for e in facts.derived if wanted is None else wanted & facts.derived.keys():
            names = sources_of(e)
            if names:
                self.sources[e].update(names)
        for e, quote in quoted.items():
            if wanted is None or e in wanted:
                self._quote(e, quote)

    def _quote(self, e: str, quote: str) -> None:
        known = self.quotes.get(e)
        if known is None or quote < known:
            self.quotes[e] = quote

    @staticmethod
    def _fact_labels(engine: Engine, info: dict[str, dict[str, object]],
                     nodes: Collection[str] | None, rows: _RowsOf
                     ) -> dict[str, tuple[str, str]]:
        """Short readable labels (vi, en) of facts, which have no label of their own: of
        ``nodes`` (None: of all), whose types ``info`` holds."""
        classes: set[str] | None = None
        if nodes is not None:
            classes = set()
            for node in nodes:
                slot = info.get(node)
                if slot is not None:
                    classes.update(_strings(slot["types"]))

        def rows_of(cls: str, query: str, about: str) -> list[dict[str, Term | None]]:
            """The facts of class ``cls`` among the nodes (bound to ``about``), if any is."""
            if classes is not None and cls not in classes:
                return []
            return rows(query, about)

        holdings = rows_of(PREFIXES["pg"] + "PostHolding", """
                SELECT ?h ?person ?post WHERE {
                  ?h a pg:PostHolding ; pg:holder ?person ; pg:post ?post }""", "h")
        observations = rows_of(PREFIXES["pg"] + "Observation", """
                SELECT ?o ?m ?value ?asOf WHERE {
                  ?o a pg:Observation ; pg:measure ?m ; pg:value ?value ; pg:asOf ?asOf }""",
                               "o")
        tallies = rows_of(PREFIXES["pg"] + "Tally", """
                SELECT ?t ?done ?total ?population WHERE {
                  ?t a pg:Tally ; pg:done ?done ; pg:total ?total .
                  OPTIONAL { ?t pg:population ?population } }""", "t")
        links = rows_of(PREFIXES["pg"] + "Subordination", """
                SELECT ?l ?child ?parent WHERE {
                  ?l a pg:Subordination ; pg:subordinate ?child ; pg:superior ?parent }""", "l")
        attestations = rows_of(PREFIXES["pg"] + "Attestation", """
                SELECT ?a ?e WHERE {
                  ?a a pg:Attestation ; pg:attests ?e }""", "a")
        articles = rows_of(PREFIXES["schema"] + "NewsArticle", """
                SELECT ?s ?outlet ?issued ?headline WHERE {
                  ?s a schema:NewsArticle . OPTIONAL { ?s pg:outlet ?outlet }
                  OPTIONAL { ?s dcterms:issued ?issued }
                  OPTIONAL { ?s schema:headline ?headline } }""", "s")
        if nodes is not None:
            # Types were read for the nodes alone: what the facts link that has a type but
            # no label gets the (empty) slot the whole catalogue would give it.
            linked = {_value(row[k]) for fact in (holdings, observations, links, attestations)
                      for row in fact for k in ("person", "post", "m", "child", "parent", "e")
                      if k in row}
            missing = [iri for iri in sorted(linked) if iri not in info]
            typed = _rows(engine, "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s a ?t } }",
                          {"s": _iris(missing)}) if missing else []
            for row in typed:  # (the defaultdict makes the slot)
                info[_value(row["s"])]

        def name(iri: str, lang: str) -> str:
            slot = info.get(iri)
            other = "en" if lang == "vi" else "vi"
            return str(slot[lang] or slot[other]) if slot else _local(iri)

        labels: dict[str, tuple[str, str]] = {}
        for row in holdings:
            h, person, post = (_value(row[k]) for k in ("h", "person", "post"))
            labels[h] = (f"{name(post, 'vi')} — {name(person, 'vi')}",
                         f"{name(post, 'en')} — {name(person, 'en')}")
        for row in observations:
            o, m = _value(row["o"]), _value(row["m"])
            value, as_of = _value(row["value"]), _value(row["asOf"])
            labels[o] = (f"{name(m, 'vi')}: {_number(value, '.')} ({as_of})",
                         f"{name(m, 'en')}: {_number(value, ',')} ({as_of})")
        for row in tallies:
            t = _value(row["t"])
            done, total = _value(row["done"]), _value(row["total"])
            what = _value(row["population"])
            labels[t] = (f"{_number(done, '.')}/{_number(total, '.')} {what}".strip(),
                         f"{_number(done, ',')} of {_number(total, ',')} {what}".strip())
        for row in links:
            link, child, parent = (_value(row[k]) for k in ("l", "child", "parent"))
            labels[link] = (f"{name(child, 'vi')} trực thuộc {name(parent, 'vi')}",
                            f"{name(child, 'en')} under {name(parent, 'en')}")
        for row in attestations:
            a, e = _value(row["a"]), _value(row["e"])  # (the source is a node of its own)
            labels[a] = (f"nhắc đến {name(e, 'vi')}", f"mention of {name(e, 'en')}")
        for row in articles:
            src = _value(row["s"])
            said = ", ".join(v for v in (_value(row["headline"]) or _value(row["outlet"]),
                                         _value(row["issued"])) if v)
            label = f"{said} ({_local(src)})" if said else _local(src)
            labels[src] = (label, label)
        return labels

    def fallback_label(self, iri: str, info: _Info) -> str:
        """A readable label for a resource without one: its class's name and its id."""
        classes = [self.info[t] for t in info.types if t in self.info]
        kind = next((c.label_vi or c.label_en for c in classes if c.label_vi or c.label_en),
                    "")
        return f"{kind} {_local(iri)}".strip()

    def attributes(self, iri: str) -> dict[str, str | int | bool]:
        """The plain attributes of one node."""
        info = self.info.get(iri, _Info("", "", ()))
        label = info.label_vi or info.label_en or self.fallback_label(iri, info)
        attrs: dict[str, str | int | bool] = {
            "label": label, "label_vi": info.label_vi, "label_en": info.label_en,
            "kind": _kind(info.types), "type": _type(info.types), "iri": iri,
            "search": _fold(f"{info.label_vi} {info.label_en}"),
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


def _number(text: str, separator: str) -> str:
    """A whole number with thousands separated (``2.457`` in vi, ``2,457`` in en)."""
    try:
        return f"{int(text):,}".replace(",", separator)
    except ValueError:
        return text


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, set) else []


def _name(text: str) -> str:
    """An attribute name every format takes (GraphML asks for an XML name token)."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", text)


def _snake(name: str) -> str:
    out = "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")
    return out


class _Builder:
    def __init__(self, engine: Engine, nodes: Collection[str] | None = None) -> None:
        """Read the catalogue; ``nodes``: the resources whose attributes will be asked for
        (None: any), so that the labels of kinds of fact none of them is are not read."""
        self.engine = engine
        self.graph: View = nx.MultiDiGraph()
        self.edges: set[tuple[str, str, str, tuple[tuple[str, str], ...]]] = set()

    def node(self, iri: str) -> None:
        self.graph.add_node(iri)

    def edge(self, tail: str, head: str, relation: str, **attrs: str) -> None:
        clean = tuple(sorted((k, v) for k, v in attrs.items() if v))
        self.edges.add((tail, head, relation, clean))

    def finish(self, name: str, facts: _Facts | None = None) -> View:
        graph: View = nx.MultiDiGraph(view=name)
        nodes = set(self.graph.nodes) | {e[0] for e in self.edges} | {e[1] for e in self.edges}
        # The catalogue of these nodes: some parts bound to them by VALUES, the parts that
        # Oxigraph reads slower so (a join it starts from the whole pattern) for all.
        catalog = _Catalog(self.engine, nodes, facts)
        for iri in sorted(nodes):
            graph.add_node(iri, **catalog.attributes(iri))
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
    if as_of is None:
        rows = _links(engine)
    else:
        rows = [(_value(row["child"]), _value(row["parent"]), _value(row["from"]),
                 _value(row["until"]), _value(row["seen"])) for row in _rows(engine, f"""
        SELECT DISTINCT ?child ?parent ?from ?until ?seen WHERE {{
          ?link a pg:Subordination ; pg:subordinate ?child ; pg:superior ?parent .
          OPTIONAL {{ ?link pg:validFrom ?from }}
          OPTIONAL {{ ?link pg:validUntil ?until }}
          OPTIONAL {{ ?link pg:asOf ?seen }}{date_filter}
        }}""", bindings)]
    # A link several sources state (same parent, child and window) is one edge, as of the
    # earliest date any of them gives: the view counts each link once.
    first_seen: dict[tuple[str, str, str, str], str] = {}
    for child, parent, start, end, seen in rows:
        link = (parent, child, start, end)
        known = first_seen.get(link)
        if known is None or (seen and (not known or seen < known)):
            first_seen[link] = seen
    for (parent, child, start, end), seen in first_seen.items():
        builder.edge(parent, child, "parent_of", valid_from=start, valid_until=end, as_of=seen)
    if as_of is not None:  # drop organisations ended or not yet created at the date
        day = bindings["as_of"].value
        # An end with no date counts by its latest bound, as in the saved query
        # structure-as-of.
        ended = _rows(engine, """
            SELECT DISTINCT ?o ?d WHERE {
              ?c org:originalOrganization ?o ; pg:date|pg:notAfter ?d .
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


def _links(engine: Engine) -> list[tuple[str, str, str, str, str]]:
    """(child, parent, from, until, as of) of every subordination, "" where not given: the
    rows of the SELECT of :func:`_hierarchy` without a date, as a few simple patterns
    joined here (its three OPTIONALs took Oxigraph twice as long at 10^6 triples)."""
    def values(predicate: str) -> dict[str, list[str]]:
        found: dict[str, list[str]] = defaultdict(list)
        for link, value in _texts(engine, f"SELECT ?l ?v WHERE {{ ?l {predicate} ?v }}"):
            found[link].append(value)
        return found

    links = {link for (link,) in _texts(engine, "SELECT ?l WHERE { ?l a pg:Subordination }")}
    children, parents = values("pg:subordinate"), values("pg:superior")
    starts, ends, seen = values("pg:validFrom"), values("pg:validUntil"), values("pg:asOf")
    return list({(child, parent, start, end, when)
                 for link in links & children.keys() & parents.keys()
                 for child in children[link] for parent in parents[link]
                 for start in starts.get(link) or [""] for end in ends.get(link) or [""]
                 for when in seen.get(link) or [""]})


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


def _sources(builder: _Builder, engine: Engine, facts: _Facts) -> None:
    # Joined here: the same in one query (the facts' sources joined to what they link) took
    # Oxigraph 3x as long at 10^6 triples.
    articles = {src for (src,) in _texts(
        engine, "SELECT ?src WHERE { ?src a schema:NewsArticle }")}
    sources = {f: found for f, srcs in facts.derived.items() if (found := srcs & articles)}
    # (One pattern a predicate, by VALUES, rather than a path of alternatives with DISTINCT:
    # 3x faster. A pair stated in several graphs is one edge: the builder keeps a set.)
    for f, e in _texts(engine, """
            SELECT ?f ?e WHERE {
              VALUES ?p { pg:attests pg:observedUnit pg:holder pg:post pg:subordinate
                          pg:superior pg:concerns pg:participant pg:responsible
                          org:originalOrganization org:resultingOrganization }
              ?f ?p ?e
              FILTER (isIRI(?e))
            }"""):
        for src in sources.get(f, ()):
            builder.edge(src, e, "speaks_of")


def graph_from_triples(triples: Iterable[ox.Triple], catalog: _Catalog | None = None,
                       name: str = "full") -> View:
    """Every IRI subject and object as a node; literals and types folded into attributes."""
    return _graph_from_terms(((t.subject, t.predicate, t.object) for t in triples),
                             catalog, name)


def _graph_from_terms(triples: Iterable[Sequence[object]],
                      catalog: _Catalog | None, name: str) -> View:
    literal_attrs: dict[str, dict[str, str]] = defaultdict(dict)
    types: dict[str, set[str]] = defaultdict(set)
    edges: set[tuple[str, str, str]] = set()
    nodes: set[str] = set()
    names: dict[str, str] = {}  # predicate IRI -> attribute or relation name, once each
    keys: dict[tuple[str, str | None], str] = {}  # (name, language) -> attribute, once each
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    named, literal = ox.NamedNode, ox.Literal
    for subject, predicate, obj in triples:
        if not isinstance(subject, named) or not isinstance(predicate, named):
            continue
        s = subject.value
        nodes.add(s)
        predicate_iri = predicate.value
        p = names.get(predicate_iri)
        if p is None:
            p = names[predicate_iri] = curie(predicate_iri).replace(":", "_")
        if isinstance(obj, named):
            if predicate_iri == rdf_type:
                types[s].add(obj.value)
            else:
                o = obj.value
                edges.add((s, o, p))
                nodes.add(o)
        elif isinstance(obj, literal):
            language = obj.language
            key = keys.get((p, language))
            if key is None:
                key = keys[p, language] = _name(p + (f"_{language}" if language else ""))
            slot = literal_attrs[s]
            old = slot.get(key)
            slot[key] = obj.value if old is None else \
                " | ".join(sorted({*old.split(" | "), obj.value}))
    curies: dict[str, str] = {}  # class IRI -> its CURIE, once each
    for s, iris in types.items():
        types[s] = {curies.get(t) or curies.setdefault(t, curie(t)) for t in iris}
    graph: View = nx.MultiDiGraph(view=name)
    for iri in sorted(nodes):
        attrs: dict[str, str | int | bool] = dict(catalog.attributes(iri)) if catalog else {
            "label": _local(iri) or curie(iri), "iri": iri}
        attrs.update(sorted(literal_attrs.get(iri, {}).items()))
        if types.get(iri):
            attrs["rdf_types"] = " ".join(sorted(types[iri]))
        graph.add_node(iri, **attrs)
    labels = {p: p.split("_", 1)[-1] for p in names.values()}
    for s, o, p in sorted(edges):
        graph.add_edge(s, o, key=p, relation=p, label=labels[p])
    return graph


# Kinds many parts of the graph share: kept when next to the subtree, never followed further
# (else one province's people would bring in every organisation they hold a post in).
_SHARED_KINDS = frozenset({"concept", "source", "sheet", "place", "instrument", "document",
                           "programme", "person"})


def _organisation_tree(engine: Engine) -> tuple[set[str], dict[str, set[str]]]:
    """Every party organisation, and the children of each (by any subordination stated)."""
    organisations = {_value(r["o"]) for r in _rows(
        engine, "SELECT ?o WHERE { ?o a pg:PartyOrganisation }")}
    children: dict[str, set[str]] = defaultdict(set)
    for row in _rows(engine, """
            SELECT DISTINCT ?child ?parent WHERE {
              ?link a pg:Subordination ; pg:subordinate ?child ; pg:superior ?parent }"""):
        children[_value(row["parent"])].add(_value(row["child"]))
    return organisations, children


def _find_organisation(engine: Engine, organisations: set[str], given: str) -> str:
    if given in organisations:
        return given
    found = sorted(o for o in organisations if _local(o) == given)
    if not found:
        types = sorted({curie(_value(row["t"])) for row in _rows(
            engine, "SELECT DISTINCT ?t WHERE { ?x dcterms:identifier ?id ; a ?t . "
                    "FILTER (isIRI(?x) && isIRI(?t) && !CONTAINS(STR(?x), \"/id/source/\")) }",
            {"id": ox.Literal(given)})})  # a sheet's own mention of it is no entity
        if types:  # an entity of another kind: say what it is
            raise PartygraphError(f"--root-org: {given!r} is {' and '.join(types)}, not a "
                                  "party organisation (pg:PartyOrganisation)")
        ids = {_local(o) for o in organisations}
        example = min(ids, default="an-khe-town-party")
        hint = did_you_mean(given, ids) or \
            f" (give the id a fact sheet gives it, such as {example!r})"
        raise PartygraphError(f"--root-org: no party organisation {given!r} in the build{hint}")
    return found[0]


def restrict_view(graph: View, engine: Engine, *, root_org: str | None = None,
                  depth: int | None = None) -> View:
    """The part of ``graph`` under one organisation (``root_org``, its id or IRI; else every
    organisation without a superior), down to ``depth`` levels below it (0: itself alone).

    Organisations outside that subtree are left out, with what is linked to the subtree only
    through them; people, places, sources and concepts next to the subtree stay.
    """
    if root_org is None and depth is None:
        return graph
    if depth is not None and depth < 0:
        raise PartygraphError(f"--depth: {depth} is below 0")
    organisations, children = _organisation_tree(engine)
    if root_org is not None:
        roots = [_find_organisation(engine, organisations, root_org)]
    else:
        below = {c for kids in children.values() for c in kids}
        roots = sorted(organisations - below)
    kept: set[str] = set(roots)
    frontier = list(roots)
    level = 0
    while frontier and (depth is None or level < depth):
        level += 1
        frontier = [c for o in frontier for c in sorted(children.get(o, ())) if c not in kept]
        kept.update(frontier)
    if graph.graph.get("view") != "hierarchy":
        kept = _reach(graph, kept, organisations)
    part: View = graph.subgraph(n for n in graph.nodes if n in kept).copy()
    if root_org is not None:
        part.graph["root_org"] = _local(roots[0])
    if depth is not None:
        part.graph["depth"] = depth
    return part


def _reach(graph: View, subtree: set[str], organisations: set[str]) -> set[str]:
    """``subtree`` and the nodes linked to it other than through organisations outside it."""
    kept = {n for n in subtree if n in graph}
    frontier = list(kept)
    while frontier:
        node = frontier.pop()
        for other in (*graph.successors(node), *graph.predecessors(node)):
            if other in kept or (other in organisations and other not in subtree):
                continue
            kept.add(other)
            if graph.nodes[other].get("kind") not in _SHARED_KINDS:
                frontier.append(other)
    return kept


def build_view(engine: Engine, view: str, *, as_of: str | None = None,
               root_org: str | None = None, depth: int | None = None) -> View:
    """Build the named view from the graph behind ``engine``, under ``root_org`` to ``depth``
    levels when given (see :func:`restrict_view`)."""
    if view not in VIEWS:
        raise PartygraphError(f"unknown view {view!r} (use one of {', '.join(VIEWS)})")
    if view == "full":
        graph = _graph_from_terms(_data_triples(engine), _Catalog(engine), "full")
    else:
        builder = _Builder(engine)
        facts = None
        if view == "hierarchy":
            _hierarchy(builder, engine, as_of)
        elif view == "people":
            _people(builder, engine)
        elif view == "events":
            _events(builder, engine)
        else:  # (the facts' sources, read once for the view and its catalogue)
            facts = _Facts.read(engine)
            _sources(builder, engine, facts)
        graph = builder.finish(view, facts)
    return restrict_view(graph, engine, root_org=root_org, depth=depth)


def catalog_for(engine: Engine) -> _Catalog:
    """Labels, types and figures of every resource, for folding a CONSTRUCT result."""
    return _Catalog(engine)
