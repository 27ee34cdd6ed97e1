"""Figures derived at build time: per organisation and per (organisation, measure, scope).

Whole-corpus questions (how many figures and sources speak of each organisation, whether
its head is known, the latest figure of each measure and scope) are answered by aggregates over the
whole graph, seconds at a million triples. The build answers them ahead of time instead and
stores the answers as triples in graphs of their own (:data:`DERIVED_GRAPH`/``NN``), which go
into the dataset, the store, ``serve`` and ``push`` like any graph; the saved queries
``coverage``, ``latest-figures`` and ``disagreements`` (the pairs of figures that may
disagree) read them with plain SPARQL.

It works in two steps, so that a rebuild redoes little:

1. :func:`sheet_summary` reads one compiled sheet's graph once and keeps the few facts the
   derivation needs (which sources speak of which organisations, observations with their
   unit, measure, date and scope, posts, their roles and holdings). The build's cache keeps it with
   the compiled sheet, so an unchanged sheet is not read again.
2. :func:`derive` merges every sheet's summary (unions of sets) and writes the derived
   triples, sorted, spread over :data:`SHARDS` graphs by a digest of the organisation's
   IRI: an edit changes the graphs of the organisations it touches, and only those are
   replaced in the store. The result depends on the summaries alone, so a fresh and an
   incremental build give the same bytes.

The coverage summaries also carry the organisation's Vietnamese label
(``pg:summarisedLabel``) and, in a graph of their own (:data:`ORDER_GRAPH`), the place of
that label in the order of every summary's (``pg:labelRank``), so that ``coverage`` reads one
node per row and orders its rows by a number: ordering 30,000 rows by their labels costs the
store a lookup of both labels at each comparison (seconds at a million triples). The ranks
are numbered afresh when an organisation or a label comes or goes; kept in one graph, that
replaces one graph, not every shard.

Each derived node says what it came from (``pg:derivedFrom``, a sub-property of
``prov:wasDerivedFrom``, to the observations, sources and post holdings it counts: a
property of its own, so that queries that ask which facts a source gave do not take derived
nodes for facts), and each thing is counted once, as ``COUNT(DISTINCT ...)`` would.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from partygraph.rdf.vocab import DCTERMS, DERIVED_GRAPH, ID, ORG, PG, PROV, RDF, RDFS, SKOS, XSD

__all__ = ["NODE_PREFIX", "ORDER_GRAPH", "SHARDS", "Summary", "derive", "derived_graph",
           "sheet_summary", "summary_of"]

# How many graphs the derived triples are spread over.
SHARDS = 64
# The graph of the coverage summaries' label ranks (pg:labelRank)
ORDER_GRAPH = f"{DERIVED_GRAPH}/order"
# Where the IRIs of derived nodes begin: data IRIs, but no sheet's facts
NODE_PREFIX = f"{ID}derived/"

# key -> list of tuples of strings (IRIs, or a date's lexical form); JSON as lists of lists
Summary = dict[str, list[list[str]]]

_TYPE = str(RDF.type)
_UNIT_CLASSES = {str(PG.PartyOrganisation), str(PG.StateOrgan)}
_ABOUT = (str(PG.attests), str(PG.observedUnit), str(PG.concerns), str(PG.subordinate))
_HEAD_ROLES = {str(PG.Chairperson), str(PG.Head)}
_SECRETARY = str(PG.Secretary)
_STATE_ORGAN = str(PG.StateOrgan)
_OBSERVATION = str(PG.Observation)
_POST_HOLDING = str(PG.PostHolding)
_DERIVED_FROM_SOURCE = str(PROV.wasDerivedFrom)
_ISSUED = str(DCTERMS.issued)
_POST, _POST_IN, _ROLE, _UNIT_OF = str(PG.post), str(ORG.postIn), str(ORG.role), str(ORG.unitOf)
_OBSERVED_UNIT, _MEASURE, _AS_OF = str(PG.observedUnit), str(PG.measure), str(PG.asOf)
_SCOPE = str(SKOS.scopeNote)
_LABEL = str(RDFS.label)
# what the derived triples say, as N-Triples terms
_A = f"<{RDF.type}>"
_COVERAGE, _LATEST = f"<{PG.CoverageSummary}>", f"<{PG.LatestFigure}>"
_SUMMARISES, _DERIVED_FROM = f"<{PG.summarises}>", f"<{PG.derivedFrom}>"
_FIGURES, _SOURCES = f"<{PG.figureCount}>", f"<{PG.sourceCount}>"
_HEAD, _LATEST_ISSUED = f"<{PG.headKnown}>", f"<{PG.latestSourceIssued}>"
_SUMMARISED_LABEL, _LABEL_RANK = f"<{PG.summarisedLabel}>", f"<{PG.labelRank}>"
_OF_MEASURE, _LATEST_OBSERVATION = f"<{PG.summarisedMeasure}>", f"<{PG.latestObservation}>"
_COMPARABLE = f"<{PG.ComparableFigures}>"
_FIRST, _SECOND = f"<{PG.firstObservation}>", f"<{PG.secondObservation}>"
_INTEGER, _BOOLEAN = f"<{XSD.integer}>", f"<{XSD.boolean}>"


def derived_graph(shard: int) -> str:
    """The IRI of one of the graphs that hold derived triples."""
    return f"{DERIVED_GRAPH}/{shard:02d}"


def sheet_summary(data: bytes) -> Summary:
    """What the derivation needs from one sheet's graph (N-Quads text), as sorted lists."""
    return summary_of(ox.parse(data, format=ox.RdfFormat.N_QUADS))


def summary_of(quads: Iterable[ox.Quad]) -> Summary:
    """What the derivation needs from one sheet's quads, as sorted lists."""
    by_subject: dict[str, dict[str, list[ox.NamedNode | ox.Literal]]] = defaultdict(
        lambda: defaultdict(list))
    for quad in quads:
        if isinstance(quad.subject, ox.NamedNode) and \
                isinstance(quad.object, ox.NamedNode | ox.Literal):
            by_subject[quad.subject.value][quad.predicate.value].append(quad.object)
    out: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for subject, props in by_subject.items():
        types = {o.value for o in props.get(_TYPE, ())}
        for cls in types & _UNIT_CLASSES:
            out["units"].add((subject, cls))
            # its Vietnamese labels (a sheet labels what it declares, and types it)
            out["labels"].update((subject, label.value) for label in props.get(_LABEL, ())
                                 if isinstance(label, ox.Literal) and label.language == "vi")
        sources = [o.value for o in props.get(_DERIVED_FROM_SOURCE, ())]
        for predicate in _ABOUT:
            for unit in props.get(predicate, ()):
                out["about"].update((src, unit.value) for src in sources)
        posts = [o.value for o in props.get(_POST, ())]
        out["post_sources"].update((src, post) for src in sources for post in posts)
        if _POST_HOLDING in types:
            out["holdings"].update((subject, post) for post in posts)
        for issued in props.get(_ISSUED, ()):
            out["issued"].add((subject, issued.value))
        for org in props.get(_POST_IN, ()):
            out["post_in"].add((subject, org.value))
        for role in props.get(_ROLE, ()):
            out["roles"].add((subject, role.value))
        for org in props.get(_UNIT_OF, ()):
            out["unit_of"].add((subject, org.value))
        if _OBSERVATION in types:
            units = [o.value for o in props.get(_OBSERVED_UNIT, ())]
            out["figures"].update((subject, unit) for unit in units)
            scope = _scope(props.get(_SCOPE, ()))
            out["dated"].update((subject, unit, measure.value, date.value, scope)
                                for unit in units
                                for measure in props.get(_MEASURE, ())
                                for date in props.get(_AS_OF, ()))
    return {key: [list(row) for row in sorted(rows)] for key, rows in sorted(out.items())}


def _scope(notes: Iterable[ox.NamedNode | ox.Literal]) -> str:
    """An observation's scope as its Vietnamese words ("" when it has none): figures of one
    measure with other scopes count other things (the members disciplined, those expelled)."""
    return min((note.value for note in notes
                if isinstance(note, ox.Literal) and note.language == "vi"), default="")


def _node(kind: str, iri: str, *rest: str) -> str:
    tail = iri.removeprefix(str(ID)) if iri.startswith(str(ID)) \
        else hashlib.sha256(iri.encode()).hexdigest()[:20]
    return f"{NODE_PREFIX}{kind}/{'/'.join((tail, *rest))}"


def _shard(iri: str) -> int:
    return int.from_bytes(hashlib.sha256(iri.encode()).digest()[:4], "big") % SHARDS


def _local(iri: str) -> str:
    return iri.replace("#", "/").rsplit("/", 1)[-1]


class _Merged:
    """Every sheet's summary merged: each relation as a map from its first column."""

    def __init__(self, summaries: Iterable[Summary]) -> None:
        self.rel: dict[str, dict[str, set[Any]]] = defaultdict(lambda: defaultdict(set))
        for summary in summaries:
            for key, rows in summary.items():
                table = self.rel[key]
                for row in rows:
                    table[row[0]].add(row[1] if len(row) == 2 else tuple(row[1:]))

    def by_second(self, key: str) -> dict[str, set[str]]:
        """The relation ``key`` turned round: second column -> first."""
        turned: dict[str, set[str]] = defaultdict(set)
        for first, seconds in self.rel[key].items():
            for second in seconds:
                turned[second].add(first)
        return turned


def derive(summaries: Iterable[Summary]) -> dict[str, bytes]:
    """The derived graphs (N-Quads text, sorted lines) of a corpus, from its sheets' summaries.

    Only graphs with triples are given.
    """
    m = _Merged(summaries)
    units = m.rel["units"]
    organs = {u for u, classes in units.items() if _STATE_ORGAN in classes}
    issued = m.rel["issued"]
    about = m.by_second("about")  # unit -> sources
    posts_in = m.by_second("post_in")  # unit -> posts
    post_sources = m.by_second("post_sources")  # post -> sources
    holdings = m.by_second("holdings")  # post -> holdings
    bodies = m.by_second("unit_of")  # unit -> bodies
    roles = m.rel["roles"]
    figures = m.by_second("figures")  # unit -> observations
    labels = m.rel["labels"]  # unit -> its Vietnamese labels
    graphs = [f"<{derived_graph(shard)}>" for shard in range(SHARDS)]
    lines: dict[int, list[str]] = defaultdict(list)

    def add(shard: int, subject: str, predicate: str, obj: str) -> None:
        lines[shard].append(f"<{subject}> {predicate} {obj} {graphs[shard]} .")

    for unit in units:
        shard, node = _shard(unit), _node("coverage", unit)
        sources = {s for s in about.get(unit, ()) if s in issued}
        if unit in organs:
            for post in posts_in.get(unit, ()):
                sources.update(s for s in post_sources.get(post, ()) if s in issued)
        heads = {h for post in posts_in.get(unit, ()) if roles.get(post, set()) & _HEAD_ROLES
                 for h in holdings.get(post, ())}
        secretary_posts = set(posts_in.get(unit, ()))
        for body in bodies.get(unit, ()):
            secretary_posts.update(posts_in.get(body, ()))
        heads.update(h for post in secretary_posts if _SECRETARY in roles.get(post, ())
                     for h in holdings.get(post, ()))
        observations = figures.get(unit, set())
        add(shard, node, _A, _COVERAGE)
        add(shard, node, _SUMMARISES, f"<{unit}>")
        add(shard, node, _FIGURES, f'"{len(observations)}"^^{_INTEGER}')
        add(shard, node, _SOURCES, f'"{len(sources)}"^^{_INTEGER}')
        add(shard, node, _HEAD, f'"{"true" if heads else "false"}"^^{_BOOLEAN}')
        for label in labels.get(unit, ()):
            add(shard, node, _SUMMARISED_LABEL, str(ox.Literal(label, language="vi")))
        if sources:
            latest = max(date for s in sources for date in issued[s])
            add(shard, node, _LATEST_ISSUED, str(ox.Literal(latest)))
        for fact in observations | sources | heads:
            add(shard, node, _DERIVED_FROM, f"<{fact}>")

    groups: dict[tuple[str, str, str], dict[str, set[str]]] = defaultdict(
        lambda: defaultdict(set))
    for obs, rows in m.rel["dated"].items():
        for unit, measure, date, scope in rows:
            groups[unit, measure, scope][obs].add(date)
    for (unit, measure, scope), dated in groups.items():
        # one latest figure per scope: a figure of a part (its scope) is not a later total
        scoped = (hashlib.sha256(scope.encode()).hexdigest()[:20],) if scope else ()
        shard, node = _shard(unit), _node("latest", unit, _local(measure), *scoped)
        latest = max(date for dates in dated.values() for date in dates)
        add(shard, node, _A, _LATEST)
        add(shard, node, _SUMMARISES, f"<{unit}>")
        add(shard, node, _OF_MEASURE, f"<{measure}>")
        for obs, dates in dated.items():
            add(shard, node, _DERIVED_FROM, f"<{obs}>")
            if latest in dates:
                add(shard, node, _LATEST_OBSERVATION, f"<{obs}>")
        for first, second in _overlapping(dated):
            pair = _node("comparable", unit, _local(measure),
                         hashlib.sha256(f"{first} {second}".encode()).hexdigest()[:20])
            add(shard, pair, _A, _COMPARABLE)
            add(shard, pair, _SUMMARISES, f"<{unit}>")
            add(shard, pair, _OF_MEASURE, f"<{measure}>")
            add(shard, pair, _FIRST, f"<{first}>")
            add(shard, pair, _SECOND, f"<{second}>")
            add(shard, pair, _DERIVED_FROM, f"<{first}>")
            add(shard, pair, _DERIVED_FROM, f"<{second}>")
    graph = {derived_graph(shard): "".join(f"{line}\n" for line in sorted(set(found))).encode()
             for shard, found in sorted(lines.items())}
    order = _label_ranks(units, labels)
    if order:
        graph[ORDER_GRAPH] = order
    return graph


def _overlapping(dated: dict[str, set[str]]) -> list[tuple[str, str]]:
    """The pairs (a, b) of one organisation's observations of one measure, a's IRI before
    b's, dated so that one date contains the other (2020-06 contains 2020-06-15): the pairs
    that may disagree. Every pair the saved query ``disagreements`` lists is one of these;
    the query tests each pair's values, approximations and scopes itself (the values are
    not in the summaries, so that an edited value leaves them as they were), so these only
    spare it pairing every observation with every other."""
    figures = sorted(dated.items())
    pairs = []
    for i, (first, first_dates) in enumerate(figures):
        for second, second_dates in figures[i + 1:]:
            if any(d1.startswith(d2) or d2.startswith(d1)
                   for d1 in first_dates for d2 in second_dates):
                pairs.append((first, second))
    return pairs


def _label_ranks(units: Iterable[str], labels: dict[str, set[str]]) -> bytes:
    """The order graph: each labelled unit's coverage node and its place (0, 1, ...) in the
    order of the units' least Vietnamese labels (then IRIs), as code points order them (as
    Oxigraph orders strings). The compiler gives an entity one label
    a language (see :class:`partygraph.sheets.crosscheck.CanonicalNames`), so ordering rows
    by rank then label is ordering them by label."""
    ranked = sorted((min(labels[unit]), unit) for unit in units if labels.get(unit))
    return "".join(f"<{_node('coverage', unit)}> {_LABEL_RANK} \"{rank}\"^^{_INTEGER} "
                   f"<{ORDER_GRAPH}> .\n" for rank, (_, unit) in enumerate(ranked)).encode()
