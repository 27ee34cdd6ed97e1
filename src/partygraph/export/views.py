"""Views of the graph for visualisation tools: meaningful networkx graphs, not raw triples.

Each view is a ``networkx.MultiDiGraph`` whose nodes are resources (keyed by IRI) and whose
attributes are plain values (text, whole numbers, booleans): labels in vi and en, a type and
a kind, the level, the IRI, the latest figures with their dates, how many sources speak of
the node, and the first quote. Nodes and edges are added in sorted order, so the same graph
always gives the same files.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, TypeAlias

import networkx as nx
import pyoxigraph as ox

from partygraph.compile.full_part import FullPart, Values, full_part_of
from partygraph.errors import PartygraphError
from partygraph.export.catalog import KINDS, Catalog, Facts, KeptPairs
from partygraph.export.rows import data_triples, local_name, select_rows, select_texts, value_of
from partygraph.options import VIEWS
from partygraph.query.engine import Engine
from partygraph.rdf.vocab import PREFIXES, curie
from partygraph.util.dates import parse_partial_date
from partygraph.util.suggest import did_you_mean

__all__ = ["KINDS", "VIEWS", "View", "build_view", "edge_count", "graph_from_parts",
           "graph_from_triples", "restrict_view"]

if TYPE_CHECKING:
    View: TypeAlias = nx.MultiDiGraph[str]


class _Builder:
    def __init__(self, engine: Engine, kept: KeptPairs | None = None,
                 figures_until: str | None = None) -> None:
        """A view's nodes and edges, gathered; its catalogue is read from ``engine`` when
        finished, or worked out from the ``kept`` pairs when given, with the latest
        figures on or before ``figures_until`` when given."""
        self.engine = engine
        self.kept = kept
        self.figures_until = figures_until
        self.graph: View = nx.MultiDiGraph()
        self.edges: set[tuple[str, str, str, tuple[tuple[str, str], ...]]] = set()

    def node(self, iri: str) -> None:
        self.graph.add_node(iri)

    def edge(self, tail: str, head: str, relation: str, **attrs: str) -> None:
        clean = tuple(sorted((k, v) for k, v in attrs.items() if v))
        self.edges.add((tail, head, relation, clean))

    def finish(self, name: str, facts: Facts | None = None) -> View:
        graph: View = nx.MultiDiGraph(view=name)
        nodes = set(self.graph.nodes) | {e[0] for e in self.edges} | {e[1] for e in self.edges}
        # The catalogue of these nodes: some parts bound to them by VALUES, the parts that
        # Oxigraph reads slower so (a join it starts from the whole pattern) for all.
        catalog = Catalog.kept(self.kept, facts, figures_until=self.figures_until) \
            if self.kept is not None \
            else Catalog(self.engine, nodes, facts, figures_until=self.figures_until)
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


def _hierarchy(builder: _Builder, engine: Engine, as_of: str | None,
               kept: KeptPairs | None) -> None:
    if kept is not None:
        for organisation in kept.typed(PREFIXES["pg"] + "PartyOrganisation"):
            builder.node(organisation)
    else:
        for row in select_rows(engine, "SELECT ?o WHERE { ?o a pg:PartyOrganisation }"):
            builder.node(value_of(row["o"]))
    bindings: dict[str, ox.NamedNode | ox.Literal] = {}
    date_filter = ""
    if as_of is not None:
        bindings["as_of"] = ox.Literal(as_of)
        # As the saved query structure-as-of: a link stated after the child had ended held
        # while it existed.
        date_filter = """
          FILTER (!BOUND(?until) || STR(?until) >= ?as_of)
          FILTER ((BOUND(?from) && STR(?from) <= ?as_of) || (BOUND(?seen) && STR(?seen) <= ?as_of)
                  || (!BOUND(?from) && !BOUND(?seen))
                  || (!BOUND(?from) && BOUND(?seen) && EXISTS {
                        ?gone org:originalOrganization ?child ; pg:date ?goneOn .
                        FILTER NOT EXISTS { ?gone org:resultingOrganization ?child }
                        FILTER (STR(?goneOn) <= STR(?seen)) }))"""
    if as_of is None:
        rows = _links(engine, kept)
    else:
        rows = [(value_of(row["child"]), value_of(row["parent"]), value_of(row["from"]),
                 value_of(row["until"]), value_of(row["seen"])) for row in select_rows(engine, f"""
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
        # As in the saved query structure-as-of: an end (any change the organisation is a
        # "from" of and not a "to") with no date counts by its latest bound, a beginning
        # with none by its earliest.
        ended = select_rows(engine, """
            SELECT DISTINCT ?o ?d WHERE {
              ?c org:originalOrganization ?o ; pg:date|pg:notAfter ?d .
              FILTER NOT EXISTS { ?c org:resultingOrganization ?o }
            }""")
        begun = select_rows(engine, """
            SELECT DISTINCT ?o ?d WHERE {
              ?c org:resultingOrganization ?o ; pg:date|pg:notBefore ?d .
              FILTER NOT EXISTS { ?c org:originalOrganization ?o }
            }""")
        # Compared here as the saved queries compare dates, as text, so that a date of
        # month or year precision counts from that month or year.
        gone = {value_of(r["o"]) for r in ended if value_of(r["d"]) <= day}
        gone |= {value_of(r["o"]) for r in begun if value_of(r["d"]) > day}
        builder.edges = {e for e in builder.edges if e[0] not in gone and e[1] not in gone}
        for iri in gone:
            if builder.graph.has_node(iri):
                builder.graph.remove_node(iri)


def _links(engine: Engine, kept: KeptPairs | None) -> list[tuple[str, str, str, str, str]]:
    """(child, parent, from, until, as of) of every subordination, "" where not given: the
    rows of the SELECT of :func:`_hierarchy` without a date, as a few simple patterns
    joined here (its three OPTIONALs took Oxigraph twice as long at 10^6 triples), or from
    the ``kept`` pairs."""
    def values(predicate: str) -> Mapping[str, list[str]]:
        if kept is not None:
            return kept.of(predicate)
        found: dict[str, list[str]] = defaultdict(list)
        for link, value in select_texts(engine, f"SELECT ?l ?v WHERE {{ ?l {predicate} ?v }}"):
            found[link].append(value)
        return found

    links = set(kept.typed(PREFIXES["pg"] + "Subordination")) if kept is not None else {
        link for (link,) in select_texts(engine, "SELECT ?l WHERE { ?l a pg:Subordination }")}
    children, parents = values("pg:subordinate"), values("pg:superior")
    starts, ends, seen = values("pg:validFrom"), values("pg:validUntil"), values("pg:asOf")
    return list({(child, parent, start, end, when)
                 for link in links & children.keys() & parents.keys()
                 for child in children[link] for parent in parents[link]
                 for start in starts.get(link) or [""] for end in ends.get(link) or [""]
                 for when in seen.get(link) or [""]})


def _people(builder: _Builder, engine: Engine) -> None:
    for row in select_rows(engine, """
            SELECT ?person ?post ?from ?until ?asOf ?src WHERE {
              ?h a pg:PostHolding ; pg:holder ?person ; pg:post ?post ; prov:wasDerivedFrom ?src .
              OPTIONAL { ?h pg:validFrom ?from } OPTIONAL { ?h pg:validUntil ?until }
              OPTIONAL { ?h pg:asOf ?asOf }
            }"""):
        builder.edge(value_of(row["person"]), value_of(row["post"]), "holds",
                     valid_from=value_of(row["from"]), valid_until=value_of(row["until"]),
                     as_of=value_of(row["asOf"]), source_id=local_name(value_of(row["src"])))
    # A post links to its party organisation (through its body) or to its state organ.
    for row in select_rows(engine, """
            SELECT DISTINCT ?post ?org WHERE {
              { ?post a org:Post ; org:postIn/org:unitOf* ?org . ?org a pg:PartyOrganisation }
              UNION { ?post a org:Post ; org:postIn ?org . ?org a pg:StateOrgan } }"""):
        builder.edge(value_of(row["post"]), value_of(row["org"]), "post_in")
    for row in select_rows(engine, "SELECT ?p WHERE { ?p a foaf:Person }"):
        builder.node(value_of(row["p"]))


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
        for row in select_rows(engine, f"SELECT DISTINCT ?x ?y WHERE {{ {pattern} }}"):
            builder.edge(value_of(row["x"]), value_of(row["y"]), relation)


# What a fact links (the sources view's "speaks of").
_SPOKEN_OF = ("pg:attests", "pg:observedUnit", "pg:holder", "pg:post", "pg:subordinate",
              "pg:superior", "pg:concerns", "pg:participant", "pg:responsible",
              "org:originalOrganization", "org:resultingOrganization")


def _sources(builder: _Builder, engine: Engine, facts: Facts, kept: KeptPairs | None) -> None:
    # Joined here: the same in one query (the facts' sources joined to what they link) took
    # Oxigraph 3x as long at 10^6 triples.
    articles = set(kept.typed(PREFIXES["schema"] + "NewsArticle")) if kept is not None else {
        src for (src,) in select_texts(engine, "SELECT ?src WHERE { ?src a schema:NewsArticle }")}
    sources = {f: found for f, srcs in facts.derived.items() if (found := srcs & articles)}
    # (One pattern a predicate, by VALUES, rather than a path of alternatives with DISTINCT:
    # 3x faster. A pair stated in several graphs is one edge: the builder keeps a set.)
    pairs = [pair for key in _SPOKEN_OF for pair in kept.pairs(key)] if kept is not None \
        else select_texts(engine, f"""
            SELECT ?f ?e WHERE {{
              VALUES ?p {{ {" ".join(_SPOKEN_OF)} }}
              ?f ?p ?e
              FILTER (isIRI(?e))
            }}""")
    for f, e in pairs:
        for src in sources.get(f, ()):
            builder.edge(src, e, "speaks_of")


def graph_from_triples(triples: Iterable[ox.Triple], catalog: Catalog | None = None,
                       name: str = "full") -> View:
    """Every IRI subject and object as a node; literals and types folded into attributes."""
    return graph_from_parts([full_part_of((t.subject, t.predicate, t.object)
                                          for t in triples)], catalog, name)


def graph_from_parts(parts: Iterable[FullPart], catalog: Catalog | None = None,
                     name: str = "full") -> View:
    """The graph of the merged full parts (see :mod:`partygraph.compile.full_part`): every
    IRI subject and object a node, every link between two an edge; the literals of each
    attribute (each distinct value once, several joined by `` | `` in order) and the types
    folded into the nodes' attributes."""
    # (each part's nodes and links are sorted: sorting them all is merging a few hundred runs)
    nodes: list[str] = []
    types: set[tuple[str, str]] = set()
    links: list[tuple[str, str, str]] = []
    values: dict[str, dict[str, Values]] = {}
    merged: set[str] = set()
    for part_nodes, part_types, part_links, part_values in parts:
        nodes.extend(part_nodes)
        types.update(part_types)
        links.extend(part_links)
        for s, keyed in part_values.items():
            known = values.get(s)
            if known is None:  # (most subjects are one sheet's alone: its part's own dict)
                values[s] = keyed
                continue
            if s not in merged:  # (a dict of this merge's own, the parts left as they are)
                known = values[s] = dict(known)
                merged.add(s)
            for key, found in keyed.items():
                if key in known:
                    known[key] = _together(known[key], found)
                else:
                    known[key] = found
    curies: dict[str, str] = {}  # class IRI -> its CURIE, once each
    classes: dict[str, list[str]] = defaultdict(list)
    for s, t in types:
        classes[s].append(curies.get(t) or curies.setdefault(t, curie(t)))
    graph: View = nx.MultiDiGraph(view=name)
    nodes.sort()
    last = None
    for iri in nodes:
        if iri == last:
            continue
        last = iri
        attrs: dict[str, str | int | bool] = catalog.attributes(iri) if catalog else {
            "label": local_name(iri) or curie(iri), "iri": iri}
        folded = values.get(iri)
        if folded:
            attrs.update((key, found if type(found) is str else " | ".join(found))
                         for key, found in sorted(folded.items()))
        if iri in classes:
            attrs["rdf_types"] = " ".join(sorted(set(classes[iri])))
        graph.add_node(iri, **attrs)
    links.sort()
    _add_links(graph, links)
    return graph


def _add_links(graph: View, links: Sequence[tuple[str, str, str]]) -> None:
    """Add the (subject, object, relation) links, sorted, each once, between nodes ``graph``
    has: each an edge keyed by its relation with attributes ``relation`` and ``label``.

    Written into the graph's adjacency (``_succ`` and ``_pred``, the dict-of-dicts networkx
    documents for subclasses) as ``add_edge`` would write them, without its checks of each
    end: a third of the time at 300,000 edges (a test compares the two)."""
    succ, pred = graph._succ, graph._pred  # type: ignore[attr-defined]  # (not in the stubs)
    labels = {relation: relation.split("_", 1)[-1] for relation in {r for _, _, r in links}}
    last = None
    for link in links:
        if link == last:
            continue
        last = link
        s, o, relation = link
        keyed = succ[s].get(o)
        if keyed is None:
            keyed = succ[s][o] = pred[o][s] = {}
        keyed[relation] = {"relation": relation, "label": labels[relation]}


# Kinds many parts of the graph share: kept when next to the subtree, never followed further
# (else one province's people would bring in every organisation they hold a post in).
_SHARED_KINDS = frozenset({"concept", "source", "sheet", "place", "instrument", "document",
                           "programme", "person"})


def _organisation_tree(engine: Engine) -> tuple[set[str], dict[str, set[str]]]:
    """Every party organisation, and the children of each (by any subordination stated)."""
    organisations = {value_of(r["o"]) for r in select_rows(
        engine, "SELECT ?o WHERE { ?o a pg:PartyOrganisation }")}
    children: dict[str, set[str]] = defaultdict(set)
    for row in select_rows(engine, """
            SELECT DISTINCT ?child ?parent WHERE {
              ?link a pg:Subordination ; pg:subordinate ?child ; pg:superior ?parent }"""):
        children[value_of(row["parent"])].add(value_of(row["child"]))
    return organisations, children


def _find_organisation(engine: Engine, organisations: set[str], given: str) -> str:
    if given in organisations:
        return given
    found = sorted(o for o in organisations if local_name(o) == given)
    if not found:
        types = sorted({curie(value_of(row["t"])) for row in select_rows(
            engine, "SELECT DISTINCT ?t WHERE { ?x dcterms:identifier ?id ; a ?t . "
                    "FILTER (isIRI(?x) && isIRI(?t) && !CONTAINS(STR(?x), \"/id/source/\")) }",
            {"id": ox.Literal(given)})})  # a sheet's own mention of it is no entity
        if types:  # an entity of another kind: say what it is
            raise PartygraphError(f"--root-org: {given!r} is {' and '.join(types)}, not a "
                                  "party organisation (pg:PartyOrganisation)")
        ids = {local_name(o) for o in organisations}
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
        part.graph["root_org"] = local_name(roots[0])
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


def _day(as_of: str) -> str:
    """``as_of`` as ``YYYY-MM-DD``, or a PartygraphError saying what to give (a day, as the
    saved query structure-as-of asks: a month or a year would be read as its first day)."""
    try:
        date = parse_partial_date(as_of)
    except ValueError as exc:
        # (the reader's advice names months and years, which --as-of does not take)
        said = str(exc).replace("(write YYYY-MM-DD, YYYY-MM or YYYY)", "(write a day, YYYY-MM-DD)")
        raise PartygraphError(f"--as-of: {said}") from None
    if date.precision != "day":
        raise PartygraphError(f"--as-of: give a day (YYYY-MM-DD), not a {date.precision}: "
                              f"'{as_of}' (for the structure at the end of a month, give its "
                              "last day, e.g. 2020-06-30)")
    return date.isoformat()


def build_view(engine: Engine, view: str, *, as_of: str | None = None,
               root_org: str | None = None, depth: int | None = None,
               kept: KeptPairs | None = None,
               parts: Iterable[FullPart] | None = None) -> View:
    """Build the named view from the graph behind ``engine``, under ``root_org`` to ``depth``
    levels when given (see :func:`restrict_view`). ``kept``: the catalogue parts the build
    kept of the same graph (the embedded store's), read instead of querying for the
    catalogue and the hierarchy's and sources' links: the same graph, sooner. ``parts``:
    the full parts of the data graphs (see :mod:`partygraph.compile.full_part`) as the
    build kept them, for the full view; else made from the data's triples read from
    ``engine``."""
    if view not in VIEWS:
        raise PartygraphError(f"unknown view {view!r} (use one of {', '.join(VIEWS)})")
    if view == "full":
        catalog = Catalog.kept(kept) if kept is not None else Catalog(engine)
        graph = graph_from_parts([full_part_of(data_triples(engine))] if parts is None
                                 else parts, catalog, "full")
    else:
        if as_of is not None:
            as_of = _day(as_of)
        builder = _Builder(engine, kept, as_of if view == "hierarchy" else None)
        facts = None
        if view == "hierarchy":
            _hierarchy(builder, engine, as_of, kept)
        elif view == "people":
            _people(builder, engine)
        elif view == "events":
            _events(builder, engine)
        else:  # (the facts' sources, read once for the view and its catalogue)
            facts = kept.facts() if kept is not None else Facts.read(engine)
            _sources(builder, engine, facts, kept)
        graph = builder.finish(view, facts)
    return restrict_view(graph, engine, root_org=root_org, depth=depth)


def _together(values: Values, more: Values) -> Values:
    """Two parts' values of one attribute: the one value, or the values in order, each once."""
    found = {values} if type(values) is str else set(values)
    found.update((more,) if type(more) is str else more)
    return next(iter(found)) if len(found) == 1 else tuple(sorted(found))


def edge_count(graph: View) -> int:
    """How many edges ``graph`` has: ``number_of_edges()`` counted from the adjacency
    itself, without a degree view (a second at a million triples)."""
    return sum(sum(map(len, neighbours.values())) for _, neighbours in graph.adjacency())


def catalog_for(engine: Engine) -> Catalog:
    """Labels, types and figures of every resource, for folding a CONSTRUCT result."""
    return Catalog(engine)
