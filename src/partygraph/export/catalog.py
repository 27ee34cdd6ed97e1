"""The catalogue of a view's nodes: the attributes every node of an export carries.

Labels in vi and en, a type and a kind, the level, the IRI, the latest figures with their
dates, how many sources speak of the node, and the first quote, read once per export for
the whole corpus (or, for a few nodes, for them alone).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import pyoxigraph as ox

from partygraph.compile.catalogue import LABEL_LANGUAGES, ONTOLOGY_LABELS, SCOPE_KEY, Part
from partygraph.export.rows import (
    iris_of,
    local_name,
    select_rows,
    select_texts,
    value_of,
)
from partygraph.query.engine import Engine, Term
from partygraph.rdf.vocab import ONTOLOGY_GRAPH, PG, PREFIXES

__all__ = ["FEW", "KINDS", "Catalog", "Facts", "KeptPairs"]

# The kind of a node, from its most telling class (first match wins).
_KINDS: list[tuple[str, str]] = [
    ("PartyOrganisation", "organisation"), ("PartyBody", "body"), ("StateOrgan", "organ"),
    ("Person", "person"),
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


FEW = 5000
"""Up to this many nodes, the quotes of facts attesting them are read for the nodes alone."""
RowsOf = Callable[[str, str | None], list[dict[str, Term | None]]]
"""Rows of a query, one of its variables bound to the nodes of the view when given."""


@dataclass(frozen=True)
class _Info:
    label_vi: str
    label_en: str
    types: tuple[str, ...]



@dataclass(frozen=True)
class Facts:
    """What facts say of what, read once for a large view and shared by its parts."""

    derived: dict[str, set[str]]
    """Each resource (fact or entity) -> the IRIs of the sources it is derived from."""
    attests: list[tuple[str, str]]
    """(fact, what it attests) pairs."""

    @classmethod
    def read(cls, engine: Engine) -> Facts:
        """Every ``prov:wasDerivedFrom`` and ``pg:attests`` of the graph."""
        derived: dict[str, set[str]] = defaultdict(set)
        for f, src in select_texts(engine, "SELECT ?f ?src WHERE { ?f prov:wasDerivedFrom ?src }"):
            derived[f].add(src)
        attests = list(dict.fromkeys(  # (one pair once, as DISTINCT would give it)
            (f, e) for f, e in select_texts(engine, "SELECT ?f ?e WHERE { ?f pg:attests ?e }")))
        return cls(dict(derived), attests)



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
    diacritics, single spaces. Word by word (folding keeps spaces where they are and makes
    none), each word folded once: labels share most of their words."""
    if text.isascii():  # (NFD, marks and the letters NFD does not split: none in ASCII)
        return " ".join(text.casefold().split())
    return " ".join(folded for word in text.split() if (folded := _fold_word(word)))


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.translate(_NO_DECOMPOSITION))
    return decomposed.translate(_BARE).casefold()


@lru_cache(maxsize=4096)
def _kind(types: tuple[str, ...]) -> str:
    names = {local_name(t) for t in types}
    for cls, kind in _KINDS:
        if cls in names:
            return kind
    return "resource"


@lru_cache(maxsize=4096)
def _type(types: tuple[str, ...]) -> str:
    """The most specific partygraph class name (e.g. PartyCommittee before PartyOrganisation)."""
    generic = {"PartyOrganisation", "PartyBody", "SourcedFact", "CongressDocument",
               "PartyInstrument", "Event", "OrganisationChange", "Entity", "Attestation"}
    names = sorted(local_name(t) for t in types if t.startswith(str(PG)) or "Person" in t
                   or "Post" in t or "NewsArticle" in t)
    specific = [n for n in names if n not in generic]
    return (specific or names or ["Resource"])[0]


class KeptPairs:
    """The catalogue parts of every graph, merged (see :mod:`partygraph.compile.catalogue`):
    what the views read of the graph, as plain pairs, without a query."""

    def __init__(self, part: Part) -> None:
        """``part``: each predicate's (subject, object) pairs, as merged."""
        self.part = part
        self._by_subject: dict[str, dict[str, list[str]]] = {}
        self._types: dict[str, list[str]] | None = None

    def pairs(self, key: str) -> list[tuple[str, str]]:
        """Every (subject, object) pair of the predicate ``key`` (``"pg:attests"``)."""
        return self.part.get(key, [])

    def of(self, key: str) -> dict[str, list[str]]:
        """The objects of the predicate ``key``, by subject (an object once a graph that
        states it: the views count each once)."""
        found = self._by_subject.get(key)
        if found is None:
            found = self._by_subject[key] = {}
            for subject, obj in self.pairs(key):
                objects = found.get(subject)
                if objects is None:
                    found[subject] = [obj]
                else:
                    objects.append(obj)
        return found

    def typed(self, cls: str) -> list[str]:
        """Every resource of the class ``cls`` (an IRI), sorted."""
        if self._types is None:
            members: dict[str, set[str]] = defaultdict(set)
            for subject, t in self.pairs("rdf:type"):
                members[t].add(subject)
            self._types = {t: sorted(found) for t, found in members.items()}
        return self._types.get(cls, [])

    def rows(self, cls: str, *keys: str, optional: Collection[str] = ()) -> list[tuple[str, ...]]:
        """The resources of ``cls`` with the objects of each of ``keys`` (every
        combination, as a SPARQL join gives), sorted; a key in ``optional`` gives "" where
        a resource has none, the others leave it out."""
        columns = [self.of(key) for key in keys]
        out: list[tuple[str, ...]] = []
        for subject in self.typed(cls):
            values = [column.get(subject) or ([""] if key in optional else [])
                      for key, column in zip(keys, columns, strict=True)]
            out.extend((subject, *combination) for combination in itertools.product(*values))
        return sorted(out)

    def facts(self) -> Facts:
        """Every fact's sources and attestations, as :meth:`Facts.read` reads them."""
        derived = {x: set(found) for x, found in self.of("prov:wasDerivedFrom").items()}
        return Facts(derived, list(dict.fromkeys(self.pairs("pg:attests"))))


_PG, _SCHEMA = PREFIXES["pg"], PREFIXES["schema"]


@dataclass
class _FactRows:
    """The rows fact labels are made from, each a tuple of text, sorted."""

    holdings: list[tuple[str, ...]]  # (holding, person, post)
    observations: list[tuple[str, ...]]  # (observation, measure, value, as of, approx or "")
    tallies: list[tuple[str, ...]]  # (tally, done, total, population in vi, in en; or "")
    links: list[tuple[str, ...]]  # (subordination, child, parent)
    attestations: list[tuple[str, ...]]  # (attestation, what it attests)
    articles: list[tuple[str, ...]]  # (article, outlet, issued, headline), "" where none


class Catalog:
    """Labels, types, figures and sources of every resource, read once per export.

    Read by SPARQL from any engine, or worked out from the kept pairs of the embedded
    store's build (:meth:`kept`): the same attributes either way (a test compares them).
    Where a resource has several values of what an attribute shows, the least is shown
    (labels, names, levels, quotes) and the latest figure (by date, then source, then
    value), whatever order the store gives them in.
    """

    def __init__(self, engine: Engine, nodes: Collection[str] | None = None,
                 facts: Facts | None = None, *, figures_until: str | None = None) -> None:
        """Read the catalogue; ``nodes``: the resources whose attributes will be asked for
        (None: any). Given and few (up to ``FEW``), their types, sources, facts and quotes
        are read for these alone (bound by VALUES); else for all and kept for the nodes,
        which Oxigraph reads faster than for 30,000 IRIs bound (the figures 50x slower).
        Labels are read for all, as facts' labels name what the facts link. ``facts``: the
        sources and attestations, if read already. ``figures_until``: a day; the figures
        shown are then the latest on or before it (see :func:`_latest_figures`)."""
        scope = None if nodes is None else iris_of(nodes)
        few = scope is not None and len(scope) <= FEW
        wanted = None if scope is None else {iri.value for iri in scope}

        def rows(query: str, about: str | None = None) -> list[dict[str, Term | None]]:
            """The rows of ``query``, its variable ``about`` bound to the nodes if given:
            by VALUES for a few, else by keeping the rows of the nodes (the same rows;
            Oxigraph reads 721 articles bound to 30,000 nodes 50x slower than unbound)."""
            if scope is None or about is None:
                return select_rows(engine, query)
            if few:
                return select_rows(engine, query, {about: scope})
            assert wanted is not None
            return [row for row in select_rows(engine, query)
                    if value_of(row[about]) in wanted]

        def labels(query: str) -> list[tuple[str, str, str]]:
            return [(value_of(row["s"]), label.language, label.value) for row in rows(query)
                    if isinstance(label := row["label"], ox.Literal)
                    and label.language in LABEL_LANGUAGES]

        # (Each distinct data label once, rather than once a graph that states it: the
        # same entity is declared by many sheets.)
        info = _labelled(
            labels(f"""SELECT ?s ?label WHERE {{
                         GRAPH <{ONTOLOGY_GRAPH}> {{ ?s rdfs:label|skos:prefLabel ?label }}
                         FILTER (isIRI(?s)) }}"""),
            labels(f"""SELECT DISTINCT ?s ?label WHERE {{
                         GRAPH ?g {{ ?s rdfs:label|skos:prefLabel ?label }}
                         FILTER (isIRI(?s) && ?g != <{ONTOLOGY_GRAPH}>) }}"""),
            [(value_of(r["s"]), value_of(r["name"]))
             for r in rows("SELECT ?s ?name WHERE { ?s foaf:name ?name }")])
        types_query = "SELECT DISTINCT ?s ?t WHERE { GRAPH ?g { ?s a ?t } }"
        typed = (select_texts(engine, types_query, {"s": scope}) if few and scope else []
                 if few else select_texts(engine, types_query.replace("DISTINCT ", "")))
        for s, t in typed:
            if wanted is None or s in wanted:
                _types(info[s]).add(t)
        _name_facts(info, self._fact_rows(engine, info, nodes, rows))
        self.info = _finished(info)
        self.levels = _least_of((value_of(r["s"]), value_of(r["level"])) for r in rows("""
            SELECT ?s ?level WHERE { ?s pg:level/rdfs:label ?level
                                     FILTER (LANG(?level) = "en") }"""))
        self.sources: dict[str, set[str]] = defaultdict(set)
        self.quotes: dict[str, str] = {}
        if few:
            self._read_sources_of(rows)
        else:
            quoted = select_texts(engine, "SELECT ?x ?q WHERE { ?x pg:quote ?q }")
            self._join_sources(facts or Facts.read(engine), quoted, wanted)
        self.figures = _latest_figures((
            (value_of(row["unit"]), value_of(row["measure"]), value_of(row["value"]),
             value_of(row["asOf"]), value_of(row["src"]),
             "" if row.get("scope") is None else value_of(row["scope"]),
             self._approximation("" if row.get("approx") is None else value_of(row["approx"])))
            for row in rows("""
                SELECT ?unit ?measure ?value ?asOf ?src ?scope ?approx WHERE {
                  ?o a pg:Observation ; pg:observedUnit ?unit ; pg:measure ?m ; pg:value ?value ;
                     pg:asOf ?asOf ; prov:wasDerivedFrom ?src .
                  OPTIONAL { ?o skos:scopeNote ?scope FILTER (LANG(?scope) = "vi") }
                  OPTIONAL { ?o pg:approximation ?approx }
                  BIND (STRAFTER(STR(?m), "#") AS ?measure)
                }""")), figures_until)

    @classmethod
    def kept(cls, kept: KeptPairs, facts: Facts | None = None, *,
             figures_until: str | None = None) -> Catalog:
        """The whole catalogue (``nodes`` None) worked out from the kept pairs: the
        attributes ``Catalog(engine)`` reads from the same store. ``facts``: the kept
        pairs' facts, if made already; ``figures_until`` as for ``Catalog``."""
        catalog = cls.__new__(cls)

        def labels(ontology: bool) -> list[tuple[str, str, str]]:
            prefix = ONTOLOGY_LABELS if ontology else ""
            return [(s, language, label) for name in ("rdfs:label", "skos:prefLabel")
                    for language in LABEL_LANGUAGES
                    for s, label in kept.pairs(f"{prefix}{name}@{language}")]

        info = _labelled(labels(True), labels(False), kept.pairs("foaf:name"))
        for s, t in kept.pairs("rdf:type"):
            _types(info[s]).add(t)
        _name_facts(info, _FactRows(
            kept.rows(_PG + "PostHolding", "pg:holder", "pg:post"),
            kept.rows(_PG + "Observation", "pg:measure", "pg:value", "pg:asOf",
                      "pg:approximation", optional={"pg:approximation"}),
            _populated(kept.rows(_PG + "Tally", "pg:done", "pg:total"),
                       ((language, t, text) for language in ("vi", "en", "")
                        for t, text in kept.pairs(f"pg:population@{language}"))),
            kept.rows(_PG + "Subordination", "pg:subordinate", "pg:superior"),
            kept.rows(_PG + "Attestation", "pg:attests"),
            kept.rows(_SCHEMA + "NewsArticle", "pg:outlet", "dcterms:issued",
                      "schema:headline",
                      optional={"pg:outlet", "dcterms:issued", "schema:headline"})))
        catalog.info = _finished(info)
        english: dict[str, list[str]] = defaultdict(list)
        for s, label in (*kept.pairs(f"{ONTOLOGY_LABELS}rdfs:label@en"),
                         *kept.pairs("rdfs:label@en")):
            english[s].append(label)
        catalog.levels = _least_of((s, label) for s, level in kept.pairs("pg:level")
                                   for label in english.get(level, ()))
        catalog.sources = defaultdict(set)
        catalog.quotes = {}
        catalog._join_sources(facts or kept.facts(), kept.pairs("pg:quote"), None)
        measures = {m: m.split("#", 1)[1] if "#" in m else ""
                    for _, m in kept.pairs("pg:measure")}
        catalog.figures = _latest_figures((
            (unit, measures[m], value, as_of, src, scope, catalog._approximation(approx))
            for _, unit, m, value, as_of, src, scope, approx in kept.rows(
                _PG + "Observation", "pg:observedUnit", "pg:measure", "pg:value", "pg:asOf",
                "prov:wasDerivedFrom", SCOPE_KEY, "pg:approximation",
                optional={SCOPE_KEY, "pg:approximation"})), figures_until)
        return catalog

    def _fact_rows(self, engine: Engine, info: dict[str, dict[str, object]],
                   nodes: Collection[str] | None, rows: RowsOf) -> _FactRows:
        """The rows facts' labels are made from: of ``nodes`` (None: of all), whose types
        ``info`` holds."""
        classes: set[str] | None = None
        if nodes is not None:
            classes = set()
            for node in nodes:
                slot = info.get(node)
                if slot is not None:
                    classes.update(_types(slot))

        def rows_of(cls: str, query: str) -> list[tuple[str, ...]]:
            """The facts of class ``cls`` among the nodes (bound to the query's first
            variable), if any is: each row its values in the order of the variables."""
            if classes is not None and cls not in classes:
                return []
            names = re.findall(r"\?(\w+)", query.split("WHERE", 1)[0])
            return sorted(tuple(value_of(row.get(name)) for name in names)
                          for row in rows(query, names[0]))

        facts = _FactRows(
            rows_of(_PG + "PostHolding", """
                SELECT ?h ?person ?post WHERE {
                  ?h a pg:PostHolding ; pg:holder ?person ; pg:post ?post }"""),
            rows_of(_PG + "Observation", """
                SELECT ?o ?m ?value ?asOf ?approx WHERE {
                  ?o a pg:Observation ; pg:measure ?m ; pg:value ?value ; pg:asOf ?asOf
                  OPTIONAL { ?o pg:approximation ?approx } }"""),
            _populated(rows_of(_PG + "Tally", """
                SELECT ?t ?done ?total WHERE {
                  ?t a pg:Tally ; pg:done ?done ; pg:total ?total }"""),
                       ((text.language or "", value_of(row["t"]), text.value)
                        for row in rows("""
                            SELECT ?t ?population WHERE {
                              ?t a pg:Tally ; pg:population ?population }""", "t")
                        if isinstance(text := row["population"], ox.Literal))),
            rows_of(_PG + "Subordination", """
                SELECT ?l ?child ?parent WHERE {
                  ?l a pg:Subordination ; pg:subordinate ?child ; pg:superior ?parent }"""),
            rows_of(_PG + "Attestation", """
                SELECT ?a ?e WHERE { ?a a pg:Attestation ; pg:attests ?e }"""),
            rows_of(_SCHEMA + "NewsArticle", """
                SELECT ?s ?outlet ?issued ?headline WHERE {
                  ?s a schema:NewsArticle . OPTIONAL { ?s pg:outlet ?outlet }
                  OPTIONAL { ?s dcterms:issued ?issued }
                  OPTIONAL { ?s schema:headline ?headline } }"""))
        if nodes is not None:
            # Types were read for the nodes alone: what the facts link that has a type but
            # no label gets the (empty) slot the whole catalogue would give it.
            linked = {row[i] for found, columns in (
                          (facts.holdings, (1, 2)), (facts.observations, (1,)),
                          (facts.links, (1, 2)), (facts.attestations, (1,)))
                      for row in found for i in columns}
            missing = [iri for iri in sorted(linked) if iri not in info]
            typed = select_rows(engine, "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s a ?t } }",
                                {"s": iris_of(missing)}) if missing else []
            for row in typed:  # (the defaultdict makes the slot)
                info[value_of(row["s"])]
        return facts

    def _read_sources_of(self, rows: RowsOf) -> None:
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
            self.sources[value_of(row["e"])].add(local_name(value_of(row["src"])))
        # The first quote (MIN) of each: of the facts attesting it, and its own. (Two plain
        # joins and the minimum here: the same with GROUP BY took Oxigraph 2.5x as long.)
        for query in ("SELECT ?e ?q WHERE { ?f pg:attests ?e . ?f pg:quote ?q }",
                      "SELECT ?e ?q WHERE { ?e pg:quote ?q }"):
            for row in rows(query, "e"):
                self._quote(value_of(row["e"]), value_of(row["q"]))

    def _join_sources(self, facts: Facts, quotes: Iterable[Sequence[str]],
                      wanted: set[str] | None) -> None:
        """The sources and first quote of each node (of ``wanted``; None: of all), joined
        here from every fact's and the (resource, quote) pairs ``quotes``: the same as
        :meth:`_read_sources_of` gives, in a third of the time for 30,000 nodes."""
        local: dict[str, str] = {}
        quoted: dict[str, str] = {}  # each resource -> its first quote
        for x, text in quotes:
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
                    name = local[src] = local_name(src)
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

    def _approximation(self, iri: str) -> str:
        """How a figure is approximate, in English ("more than"), from its concept's IRI
        ("" for an exact figure)."""
        if not iri:
            return ""
        info = self.info.get(iri)
        return (info.label_en if info is not None else "") or local_name(iri)

    def fallback_label(self, iri: str, info: _Info) -> str:
        """A readable label for a resource without one: its class's name and its id."""
        classes = [self.info[t] for t in info.types if t in self.info]
        kind = next((c.label_vi or c.label_en for c in classes if c.label_vi or c.label_en),
                    "")
        return f"{kind} {local_name(iri)}".strip()

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
        for measure, figure in sorted(self.figures.get(iri, {}).items()):
            key = _snake(measure)
            attrs[key] = figure.value
            attrs[f"{key}_as_of"] = figure.as_of
            attrs[f"{key}_source"] = figure.source
            if figure.scope:
                attrs[f"{key}_scope"] = figure.scope
            if figure.approx:
                attrs[f"{key}_approx"] = figure.approx
            if figure.disputed:
                attrs[f"{key}_disputed"] = figure.disputed
        return attrs


def _number(text: str, separator: str) -> str:
    """A whole number with thousands separated (``2.457`` in vi, ``2,457`` in en)."""
    try:
        return f"{int(text):,}".replace(",", separator)
    except ValueError:
        return text


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, set) else []




def _snake(name: str) -> str:
    out = "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")
    return out


def _least_of(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The least value of each key, of (key, value) pairs."""
    least: dict[str, str] = {}
    for key, value in pairs:
        known = least.get(key)
        if known is None or value < known:
            least[key] = value
    return least


def _types(slot: dict[str, object]) -> set[str]:
    types = slot["types"]
    assert isinstance(types, set)
    return types


def _labelled(ontology: Iterable[tuple[str, str, str]], data: Iterable[tuple[str, str, str]],
              names: Iterable[tuple[str, str]]) -> dict[str, dict[str, object]]:
    """Each resource's slot of labels (vi, en) and types (empty yet): from the data's
    (resource, language, label) rows, the least of each language; the ontology's (classes,
    concepts) where the data has none; the least ``foaf:name`` where it has no vi label."""
    info: dict[str, dict[str, object]] = defaultdict(
        lambda: {"vi": "", "en": "", "types": set()})
    fallback: dict[str, dict[str, str]] = defaultdict(dict)
    for s, language, label in ontology:
        known = fallback[s].get(language)
        if known is None or label < known:
            fallback[s][language] = label
    for s, language, label in data:
        slot = info[s]
        if not slot[language] or label < str(slot[language]):
            slot[language] = label
    for s, labels in fallback.items():
        if s in info and (info[s]["vi"] or info[s]["en"]):
            continue
        info[s]["vi"], info[s]["en"] = labels.get("vi", ""), labels.get("en", "")
    for s, name in _least_of(names).items():
        slot = info[s]
        if not slot["vi"]:
            slot["vi"] = name
    return info


def _name_facts(info: dict[str, dict[str, object]], rows: _FactRows) -> None:
    """Give facts, which have no label of their own, a short readable one (vi, en) from
    what they link, where ``info`` has none for them; rows in order, the last one wins."""
    def name(iri: str, lang: str) -> str:
        slot = info.get(iri)
        other = "en" if lang == "vi" else "vi"
        return str(slot[lang] or slot[other]) if slot else local_name(iri)

    labels: dict[str, tuple[str, str]] = {}
    for h, person, post in rows.holdings:
        labels[h] = (f"{name(post, 'vi')} — {name(person, 'vi')}",
                     f"{name(post, 'en')} — {name(person, 'en')}")
    for o, m, value, as_of, approx in rows.observations:
        near = {lang: f"{name(approx, lang)} " if approx else "" for lang in ("vi", "en")}
        labels[o] = (f"{name(m, 'vi')}: {near['vi']}{_number(value, '.')} ({as_of})",
                     f"{name(m, 'en')}: {near['en']}{_number(value, ',')} ({as_of})")
    for t, done, total, what_vi, what_en in rows.tallies:
        labels[t] = (f"{_number(done, '.')}/{_number(total, '.')} {what_vi}".strip(),
                     f"{_number(done, ',')} of {_number(total, ',')} {what_en}".strip())
    for link, child, parent in rows.links:
        labels[link] = (f"{name(child, 'vi')} trực thuộc {name(parent, 'vi')}",
                        f"{name(child, 'en')} under {name(parent, 'en')}")
    for a, e in rows.attestations:  # (the source is a node of its own)
        labels[a] = (f"nhắc đến {name(e, 'vi')}", f"mention of {name(e, 'en')}")
    for src, outlet, issued, headline in rows.articles:
        said = ", ".join(v for v in (headline or outlet, issued) if v)
        label = f"{said} ({local_name(src)})" if said else local_name(src)
        labels[src] = (label, label)
    for s, (vi, en) in labels.items():
        slot = info[s]
        if not slot["vi"] and not slot["en"]:
            slot["vi"], slot["en"] = vi, en


def _populated(tallies: list[tuple[str, ...]], populations: Iterable[tuple[str, str, str]]
               ) -> list[tuple[str, ...]]:
    """The (tally, done, total) rows with the population each counts in vi and in en, of
    (language, tally, text) rows: the least text in that language, else in none, else in
    the other ("" when there is none)."""
    least: dict[tuple[str, str], str] = {}
    for language, t, text in populations:
        known = least.get((t, language))
        if known is None or text < known:
            least[t, language] = text

    def said(t: str, *languages: str) -> str:
        return next((least[t, lang] for lang in languages if (t, lang) in least), "")

    return [(t, done, total, said(t, "vi", "", "en"), said(t, "en", "", "vi"))
            for t, done, total in tallies]


def _finished(info: dict[str, dict[str, object]]) -> dict[str, _Info]:
    return {s: _Info(str(v["vi"]), str(v["en"]),
                     tuple(sorted(types)) if len(types := _types(v)) > 1 else tuple(types))
            for s, v in info.items()}


@dataclass(frozen=True)
class Figure:
    """The figure a node shows of one measure: its value, date, source and scope ("" for
    none), how it is approximate ("more than"; "" when exact), and, where the sources of
    that date (and scope) give other figures, every one of them with its source
    ("2457 (a) | more than 2500 (b)"; "" when they agree)."""

    value: int
    as_of: str
    source: str
    scope: str
    approx: str = ""
    disputed: str = ""


def _latest_figures(rows: Iterable[tuple[str, str, str, str, str, str, str]],
                    until: str | None = None) -> dict[str, dict[str, Figure]]:
    """Each unit's latest figure of each measure, from (unit, measure, value, as of,
    source, scope, approximation) rows (scope and approximation "" for none): the
    measure's total (a figure with no scope) before any figure of a part or a period (with
    a scope: it counts something else, see the fact-sheet format), then the latest date,
    then an exact figure, then source id, then the least value; with ``until``, of the
    figures dated on or before it (compared as text, as the saved queries compare dates: a
    figure of a month counts from that month). Where sources give different exact figures
    of the same date and scope, ``disputed`` lists every figure of that date and scope; an
    approximate figure alone makes no dispute with an exact one (the saved query
    ``disagreements`` compares exact figures only)."""
    # (the greatest rank wins: a total, then the latest date, then an exact figure, then
    # the greatest source id, then the least value)
    best: dict[tuple[str, str], tuple[tuple[bool, str, bool, str, int], Figure]] = {}
    peers: dict[tuple[str, str, str, str], set[tuple[int, str, str]]] = defaultdict(set)
    for unit, measure, value, as_of, src, scope, approx in rows:
        if until is not None and as_of > until:
            continue
        number, source = int(value), local_name(src)
        peers[unit, measure, as_of, scope].add((number, approx, source))
        rank = (not scope, as_of, not approx, source, -number)
        current = best.get((unit, measure))
        if current is None or rank > current[0]:
            best[unit, measure] = rank, Figure(number, as_of, source, scope, approx)
    figures: dict[str, dict[str, Figure]] = defaultdict(dict)
    for (unit, measure), (_, figure) in sorted(best.items()):
        given = sorted(peers[unit, measure, figure.as_of, figure.scope])
        if len({v for v, a, _ in given if not a}) > 1:
            figure = replace(figure, disputed=" | ".join(
                f"{f'{a} ' if a else ''}{v} ({s})" for v, a, s in given))
        figures[unit][measure] = figure
    return figures
