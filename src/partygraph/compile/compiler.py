"""Turn checked fact sheets into RDF: one named graph per source, with PROV-O provenance.

Each sheet compiles on its own into a :class:`SheetGraph`: its named graph as sorted
N-Quads lines, and where each triple came from (fact-sheet line and item), so that
validation can point at the line that produced a wrong triple and a build can keep the
result of a sheet that did not change.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.term import Node

from partygraph.compile.dataset import OriginTable, SheetGraph, ox_term
from partygraph.errors import PartygraphError
from partygraph.rdf.concepts import Vocabulary
from partygraph.rdf.vocab import (
    DATE_TYPES,
    DCTERMS,
    FOAF,
    ONTOLOGY_GRAPH,
    ORG,
    OWL,
    PG,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
    entity_iri,
    fact_iri,
    graph_iri,
    source_iri,
)
from partygraph.sheets import schema as f
from partygraph.sheets.crosscheck import CanonicalNames
from partygraph.sheets.load import FactSheet
from partygraph.util.dates import PartialDate
from partygraph.util.files import relative_path
from partygraph.util.text import fold

__all__ = [
    "compile_sheet",
    "date_literal",
    "ontology_nquads",
]

# The per-item function giving the line of one of its fields.
_At = Callable[[str], int]
_I = TypeVar("_I", bound=f.Item)
# What compiles one type of item: (compiler, the item's node, the item, its line, at).
_Handler = Callable[["_SheetCompiler", URIRef, _I, int, _At], None]
# The handler of each item model; every model of sheets.schema.ITEM_MODELS has one.
_HANDLERS: dict[type[f.Item], _Handler[Any]] = {}


def _handles(model: type[_I]) -> Callable[[_Handler[_I]], _Handler[_I]]:
    """Register the decorated method as what compiles items of ``model`` (the type checker
    sees that the method takes that model)."""

    def register(handler: _Handler[_I]) -> _Handler[_I]:
        if model in _HANDLERS:
            raise TypeError(f"two handlers for {model.__name__}")
        _HANDLERS[model] = handler
        return handler

    return register


def date_literal(date: PartialDate) -> Literal:
    """A date as a literal of its own precision: xsd:date, xsd:gYearMonth or xsd:gYear."""
    return Literal(date.isoformat(), datatype=DATE_TYPES[date.precision])


def _names(names: f.Names | None) -> list[Literal]:
    if names is None:
        return []
    result = [Literal(names.vi, lang="vi")]
    if names.en:
        result.append(Literal(names.en, lang="en"))
    return result


class _SheetCompiler:
    """Collects one fact sheet's triples for its named graph, noting each triple's line."""

    def __init__(self, sheet: FactSheet, types: dict[str, str], root: Path,
                 names: CanonicalNames, vocabulary: Vocabulary) -> None:
        self.sheet = sheet
        self.vocabulary = vocabulary
        self.types = types
        self.root = root
        self.names = names
        self.source_id = sheet.model.source.id
        self.source = source_iri(self.source_id)
        self.file = self._relative(sheet.file)
        self.triples: set[tuple[URIRef, URIRef, Node]] = set()
        self.used: dict[str, str] = {}
        self._origins: dict[tuple[str, str], set[tuple[int, str]]] = defaultdict(set)

    def _relative(self, path: Path) -> str:
        return relative_path(path, self.root)

    def concept(self, field_name: str, notation: str) -> URIRef:
        """The IRI of the concept ``notation`` names in ``field_name``'s scheme."""
        return self.vocabulary.iri(field_name, notation)

    def ref(self, slug: str) -> URIRef:
        kind = self.types[slug]
        self.used[slug] = kind
        return entity_iri(kind, slug)

    def add(self, s: URIRef, p: URIRef, o: Node | None, line: int, item: str) -> None:
        if o is None:
            return
        self.triples.add((s, p, o))
        self._origins[(str(s), str(p))].add((line, item))

    def run(self) -> SheetGraph:
        self._source()
        for section, index, item in self.sheet.items():
            self._item(section, index, item)
        graph = str(graph_iri(self.source_id))
        try:
            lines = _nquads(self.triples, graph)
        except ValueError as exc:  # an IRI pyoxigraph rejects, e.g. a malformed source url
            raise PartygraphError(f"{self.file}: cannot write the sheet as RDF: {exc}") from None
        table: OriginTable = defaultdict(dict)
        for (subject, predicate), found in sorted(self._origins.items()):
            table[subject][predicate] = sorted(found)
        declared = {entity.id for entity in self.sheet.model.entities}
        typed: dict[str, list[str]] = defaultdict(list)
        owned: dict[str, int] = defaultdict(int)
        own = str(self.source)
        for s, p, o in self.triples:
            if p == RDF.type:
                if s == self.source or str(s).startswith(own + "/"):
                    owned[str(o)] += 1
                else:
                    typed[str(o)].append(str(s))
        data = "".join(f"{line}\n" for line in lines).encode()
        return SheetGraph(self.file, graph, dict(sorted(self.used.items())), lines, dict(table),
                          mentioned=frozenset(declared | set(self.used)),
                          typed={c: sorted(found) for c, found in sorted(typed.items())},
                          owned=dict(sorted(owned.items())),
                          size=len(lines), digest=hashlib.sha256(data).hexdigest(),
                          names_key=self.names.key(declared))

    def _source(self) -> None:
        src = self.sheet.model.source
        line = self.sheet.doc.line_of(("source",))
        s = self.source
        for cls in (SDO.NewsArticle, PROV.Entity):
            self.add(s, RDF.type, cls, line, src.id)
        self.add(s, DCTERMS.identifier, Literal(src.id), line, src.id)
        self.add(s, PG.outlet, Literal(src.outlet), line, src.id)
        if src.outlet_code:
            self.add(s, PG.outletCode, Literal(src.outlet_code), line, src.id)
        if src.title:
            self.add(s, DCTERMS.title, Literal(src.title, lang=src.language), line, src.id)
        self.add(s, DCTERMS.issued, date_literal(src.published), line, src.id)
        if src.url:
            self.add(s, SDO.url, URIRef(src.url), line, src.id)
        self.add(s, DCTERMS.language, Literal(src.language), line, src.id)
        self.add(s, PG.textPath, Literal(self._relative(self.sheet.article.path)), line, src.id)
        g = graph_iri(src.id)
        self.add(g, RDF.type, PG.FactSheetGraph, line, src.id)
        self.add(g, PROV.wasDerivedFrom, s, line, src.id)
        self.add(g, PG.factSheet, Literal(self.file), line, src.id)

    def _item(self, section: str, index: int, item: f.Item) -> None:
        kind = getattr(item, "type", "")
        line = self.sheet.line(section, index)

        def at(name: str) -> int:
            return self.sheet.line(section, index, name)

        fact = fact_iri(self.source_id, item.id)
        self.add(fact, PROV.wasDerivedFrom, self.source, line, item.id)
        for number, quote in enumerate(item.quote):
            qline = self.sheet.doc.line_of((section, index, "quote", number))
            self.add(fact, PG.quote, Literal(quote, lang="vi"), qline, item.id)
        self.add(fact, PG.implied, Literal(item.implied), at("implied"), item.id)
        if item.draft:
            self.add(fact, PG.draft, Literal(True), at("draft"), item.id)
        if item.note:
            self.add(fact, RDFS.comment, Literal(item.note, lang="en"), at("note"), item.id)
        self.add(fact, DCTERMS.identifier, Literal(item.id), line, item.id)
        if section == "entities":
            node = entity_iri(kind, item.id)
            self.add(fact, RDF.type, PG.Attestation, line, item.id)
            self.add(fact, PG.attests, node, line, item.id)
            self.add(node, DCTERMS.identifier, Literal(item.id), line, item.id)
        else:
            node = fact
        names: f.Names | None = getattr(item, "name", None)
        canonical = self.names.of(item.id) if section == "entities" else {}
        for label in _names(names):
            # A wording other sheets do not give is kept as an alternative name, so that
            # the entity has one label a language (validation warns about it).
            known = canonical.get(label.language or "", str(label))
            predicate = RDFS.label if known == str(label) else SKOS.altLabel
            self.add(node, predicate, label, at("name"), item.id)
            self.add(node, PG.searchKey, Literal(fold(str(label))), at("name"), item.id)
        _HANDLERS[type(item)](self, node, item, line, at)

    # --- entities -------------------------------------------------------------------

    @_handles(f.Organisation)
    def _organisation(self, n: URIRef, it: f.Organisation, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.PartyOrganisation, line, it.id)
        self.add(n, RDF.type, self.concept("organisation.form", it.form), at("form"), it.id)
        self.add(n, PG.level, self.concept("organisation.level", it.level), at("level"), it.id)
        if it.place:
            self.add(n, PG.locatedIn, self.ref(it.place), at("place"), it.id)
        if it.parent:
            link = URIRef(f"{fact_iri(self.source_id, it.id)}/parent")
            pline = at("parent")
            self.add(n, ORG.subOrganizationOf, self.ref(it.parent), pline, it.id)
            self.add(link, RDF.type, PG.Subordination, pline, it.id)
            self.add(link, PG.subordinate, n, pline, it.id)
            self.add(link, PG.superior, self.ref(it.parent), pline, it.id)
            self.add(link, PG.asOf, date_literal(self.sheet.model.source.published), pline, it.id)
            self.add(link, PROV.wasDerivedFrom, self.source, pline, it.id)
            self.add(link, PG.implied, Literal(it.implied), pline, it.id)
            for quote in it.quote:
                self.add(link, PG.quote, Literal(quote, lang="vi"), pline, it.id)

    @_handles(f.Body)
    def _body(self, n: URIRef, it: f.Body, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.PartyBody, line, it.id)
        self.add(n, RDF.type, self.concept("body.kind", it.kind), at("kind"), it.id)
        self.add(n, ORG.unitOf, self.ref(it.of), at("of"), it.id)
        if it.term:
            self.add(n, PG.forTerm, self.ref(it.term), at("term"), it.id)
        if it.provisional:
            self.add(n, PG.provisional, Literal(True), at("provisional"), it.id)

    @_handles(f.Organ)
    def _organ(self, n: URIRef, it: f.Organ, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.StateOrgan, line, it.id)
        self.add(n, RDF.type, self.concept("organ.kind", it.kind), at("kind"), it.id)
        if it.place:
            self.add(n, PG.organOf, self.ref(it.place), at("place"), it.id)

    @_handles(f.Person)
    def _person(self, n: URIRef, it: f.Person, line: int, at: _At) -> None:
        self.add(n, RDF.type, FOAF.Person, line, it.id)
        if self.names.of(it.id).get("vi", it.name.vi) == it.name.vi:
            self.add(n, FOAF.name, Literal(it.name.vi, lang="vi"), at("name"), it.id)
        if it.gender:
            gender = SDO.Female if it.gender == "female" else SDO.Male
            self.add(n, SDO.gender, gender, at("gender"), it.id)
        for other in it.different_from:
            self.add(n, OWL.differentFrom, self.ref(other), at("different_from"), it.id)

    @_handles(f.Place)
    def _place(self, n: URIRef, it: f.Place, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.AdministrativeUnit, line, it.id)
        self.add(n, PG.unitKind, self.concept("place.kind", it.kind), at("kind"), it.id)
        if it.within:
            self.add(n, SDO.containedInPlace, self.ref(it.within), at("within"), it.id)

    @_handles(f.Post)
    def _post(self, n: URIRef, it: f.Post, line: int, at: _At) -> None:
        self.add(n, RDF.type, ORG.Post, line, it.id)
        self.add(n, ORG.postIn, self.ref(it.in_), at("in"), it.id)
        self.add(n, ORG.role, self.concept("post.role", it.role), at("role"), it.id)

    @_handles(f.Term)
    def _term(self, n: URIRef, it: f.Term, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.Term, line, it.id)
        self.add(n, PG.termOf, self.ref(it.of), at("of"), it.id)
        if it.ordinal is not None:
            self.add(n, PG.ordinal, Literal(it.ordinal), at("ordinal"), it.id)
        for name, value in (("start_year", it.start_year), ("end_year", it.end_year)):
            if value is not None:
                prop = PG.startYear if name == "start_year" else PG.endYear
                self.add(n, prop, Literal(f"{value:04d}", datatype=XSD.gYear), at(name), it.id)

    @_handles(f.Congress)
    def _congress(self, n: URIRef, it: f.Congress, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.Congress, line, it.id)
        self.add(n, PG.congressOf, self.ref(it.of), at("of"), it.id)
        if it.ordinal is not None:
            self.add(n, PG.ordinal, Literal(it.ordinal), at("ordinal"), it.id)
        self.add(n, PG.congressKind, self.concept("congress.kind", it.kind), at("kind"), it.id)
        if it.term:
            self.add(n, PG.opensTerm, self.ref(it.term), at("term"), it.id)
        if it.planned:
            self.add(n, PG.plannedFrom, date_literal(it.planned.from_), at("planned"), it.id)
            self.add(n, PG.plannedTo, date_literal(it.planned.to), at("planned"), it.id)
            if it.planned.text:
                self.add(n, PG.plannedText, Literal(it.planned.text, lang="vi"),
                         at("planned"), it.id)
        if it.held:
            self.add(n, PG.heldFrom, date_literal(it.held.from_), at("held"), it.id)
            if it.held.to:
                self.add(n, PG.heldTo, date_literal(it.held.to), at("held"), it.id)
        for venue in _names(it.venue):
            self.add(n, PG.venue, venue, at("venue"), it.id)
        if it.delegates is not None:
            self.add(n, PG.delegateCount, Literal(it.delegates), at("delegates"), it.id)
        for ref in it.governed_by:
            self.add(n, PG.governedBy, self.ref(ref), at("governed_by"), it.id)

    @_handles(f.Directive)
    def _directive(self, n: URIRef, it: f.Directive, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.PartyInstrument, line, it.id)
        self.add(n, RDF.type, self.concept("directive.kind", it.kind), at("kind"), it.id)
        self.add(n, PG.documentNumber, Literal(it.number), at("number"), it.id)
        self.add(n, PG.issuedBy, self.ref(it.issued_by), at("issued_by"), it.id)

    @_handles(f.Document)
    def _document(self, n: URIRef, it: f.Document, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.CongressDocument, line, it.id)
        self.add(n, RDF.type, self.concept("document.kind", it.kind), at("kind"), it.id)
        if it.for_congress:
            self.add(n, PG.preparedFor, self.ref(it.for_congress), at("for_congress"), it.id)
        if it.of_congress:
            self.add(n, PG.adoptedAt, self.ref(it.of_congress), at("of_congress"), it.id)
        if it.draft_number is not None:
            self.add(n, PG.draftNumber, Literal(it.draft_number), at("draft_number"), it.id)

    @_handles(f.Programme)
    def _programme(self, n: URIRef, it: f.Programme, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.Programme, line, it.id)
        self.add(n, PG.partOfDocument, self.ref(it.part_of), at("part_of"), it.id)

    # --- facts ----------------------------------------------------------------------

    def _dates(self, n: URIRef, it: f.Holding | f.Subordination, at: _At) -> None:
        if it.as_of:
            self.add(n, PG.asOf, date_literal(it.as_of), at("as_of"), it.id)
        if it.from_:
            self.add(n, PG.validFrom, date_literal(it.from_), at("from"), it.id)
        if it.until:
            self.add(n, PG.validUntil, date_literal(it.until), at("until"), it.id)

    @_handles(f.Observation)
    def _observation(self, n: URIRef, it: f.Observation, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.Observation, line, it.id)
        self.add(n, PG.observedUnit, self.ref(it.of), at("of"), it.id)
        measure = self.concept("observation.measure", it.measure)
        self.add(n, PG.measure, measure, at("measure"), it.id)
        if it.value is not None:
            self.add(n, PG.value, Literal(it.value), at("value"), it.id)
        if it.percent is not None:
            self.add(n, PG.percent, Literal(it.percent, datatype=XSD.decimal), at("percent"),
                     it.id)
        if it.approx:
            approx = self.concept("observation.approx", it.approx)
            self.add(n, PG.approximation, approx, at("approx"), it.id)
        self.add(n, PG.asOf, date_literal(it.as_of), at("as_of"), it.id)
        for note in _names(it.scope):
            self.add(n, SKOS.scopeNote, note, at("scope"), it.id)

    @_handles(f.Tally)
    def _tally(self, n: URIRef, it: f.Tally, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.Tally, line, it.id)
        self.add(n, PG.observedUnit, self.ref(it.of), at("of"), it.id)
        self.add(n, PG.measure, self.concept("tally.measure", it.measure), at("measure"), it.id)
        for text in _names(it.population):
            self.add(n, PG.population, text, at("population"), it.id)
        self.add(n, PG.done, Literal(it.done), at("done"), it.id)
        self.add(n, PG.total, Literal(it.total), at("total"), it.id)
        self.add(n, PG.asOf, date_literal(it.as_of), at("as_of"), it.id)

    @_handles(f.Holding)
    def _holding(self, n: URIRef, it: f.Holding, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.PostHolding, line, it.id)
        self.add(n, PG.holder, self.ref(it.person), at("person"), it.id)
        self.add(n, PG.post, self.ref(it.post), at("post"), it.id)
        self.add(self.ref(it.post), ORG.heldBy, self.ref(it.person), at("post"), it.id)
        self._dates(n, it, at)
        if it.selection:
            selection = self.concept("holding.selection", it.selection)
            self.add(n, PG.selection, selection, at("selection"), it.id)
        if it.congress:
            self.add(n, PG.chosenAt, self.ref(it.congress), at("congress"), it.id)

    @_handles(f.Subordination)
    def _subordination(self, n: URIRef, it: f.Subordination, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.Subordination, line, it.id)
        self.add(n, PG.subordinate, self.ref(it.child), at("child"), it.id)
        self.add(n, PG.superior, self.ref(it.parent), at("parent"), it.id)
        self.add(self.ref(it.child), ORG.subOrganizationOf, self.ref(it.parent), line, it.id)
        self._dates(n, it, at)

    @_handles(f.Task)
    def _task(self, n: URIRef, it: f.Task, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.Task, line, it.id)
        self.add(n, PG.status, self.concept("task.status", it.status), at("status"), it.id)
        self.add(n, PG.asOf, date_literal(it.as_of), at("as_of"), it.id)
        if it.due_before:
            self.add(n, PG.dueBefore, date_literal(it.due_before), at("due_before"), it.id)
        if it.completed_by:
            self.add(n, PG.completedNoLaterThan, date_literal(it.completed_by),
                     at("completed_by"), it.id)
        for field, value, prop in (("planned_from", it.planned_from, PG.plannedStart),
                                   ("planned_until", it.planned_until, PG.plannedEnd),
                                   ("expected_on", it.expected_on, PG.expectedOn)):
            if value is not None:
                self.add(n, prop, date_literal(value), at(field), it.id)
        if it.count is not None:
            self.add(n, PG.itemCount, Literal(it.count), at("count"), it.id)
        for ref in it.responsible:
            self.add(n, PG.responsible, self.ref(ref), at("responsible"), it.id)
        for ref in it.concerns:
            self.add(n, PG.concerns, self.ref(ref), at("concerns"), it.id)
        for ref in it.governed_by:
            self.add(n, PG.governedBy, self.ref(ref), at("governed_by"), it.id)

    def _event_common(self, n: URIRef, it: f.Session | f.Event, at: _At) -> None:
        if it.date:
            self.add(n, PG.date, date_literal(it.date), at("date"), it.id)
        for ref in it.participants:
            self.add(n, PG.participant, self.ref(ref), at("participants"), it.id)
        for ref in it.about:
            self.add(n, PG.concerns, self.ref(ref), at("about"), it.id)

    @_handles(f.Session)
    def _session(self, n: URIRef, it: f.Session, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.WorkingSession, line, it.id)
        self._event_common(n, it, at)
        for text in _names(it.outcome):
            self.add(n, PG.outcome, text, at("outcome"), it.id)

    @_handles(f.Event)
    def _event(self, n: URIRef, it: f.Event, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.Event, line, it.id)
        self._event_common(n, it, at)

    @_handles(f.Attendance)
    def _attendance(self, n: URIRef, it: f.Attendance, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.Attendance, line, it.id)
        self.add(n, PG.attendee, self.ref(it.person), at("person"), it.id)
        if it.congress:
            self.add(n, PG.attended, self.ref(it.congress), at("congress"), it.id)
        for name in _names(it.event):
            self.add(n, PG.occasion, name, at("event"), it.id)
        if it.date:
            self.add(n, PG.date, date_literal(it.date), at("date"), it.id)
        for ref in it.capacity:
            self.add(n, PG.capacity, self.ref(ref), at("capacity"), it.id)

    @_handles(f.Change)
    def _change(self, n: URIRef, it: f.Change, line: int, at: _At) -> None:
        self.add(n, RDF.type, PG.OrganisationChange, line, it.id)
        self.add(n, RDF.type, self.concept("change.kind", it.kind), at("kind"), it.id)
        if it.date is not None:
            self.add(n, PG.date, date_literal(it.date), at("date"), it.id)
        else:  # no date in the article: bounds, the latest by default its publication
            if it.not_before is not None:
                self.add(n, PG.notBefore, date_literal(it.not_before), at("not_before"), it.id)
            latest = it.not_after or self.sheet.model.source.published
            self.add(n, PG.notAfter, date_literal(latest),
                     at("not_after") if it.not_after else line, it.id)
        # Organisations (party organisations, state organs) and administrative units are
        # linked by properties of their own, so that a change of units is told apart.
        for field, refs, org_p, unit_p in (
                ("from", it.from_, ORG.originalOrganization, PG.originalUnit),
                ("to", it.to, ORG.resultingOrganization, PG.resultingUnit)):
            for ref in refs:
                unit = self.types[ref] == "place"
                self.add(n, unit_p if unit else org_p, self.ref(ref), at(field), it.id)
        if it.instrument:
            self.add(n, PG.instrument, self.ref(it.instrument), at("instrument"), it.id)
        for name in _names(it.new_name):
            self.add(n, PG.newName, name, at("new_name"), it.id)
            # what the change results in is found by its new name too (an organisation
            # renamed under its own id has its old name as its label; the new one is no
            # skos:altLabel, which says that sheets word its name otherwise)
            for ref in it.to:
                self.add(self.ref(ref), PG.searchKey, Literal(fold(str(name))), at("new_name"),
                         it.id)


def _term(term: Node, iris: dict[str, str]) -> str:
    """One RDF term in N-Triples syntax (IRIs, the most repeated, written once each)."""
    if isinstance(term, URIRef):
        text = iris.get(term)
        if text is None:
            text = iris[term] = str(ox_term(term))
        return text
    return str(ox_term(term))


def _nquads(triples: Iterable[tuple[Node, Node, Node]], graph: str) -> list[str]:
    iris: dict[str, str] = {}
    suffix = f" {ox.NamedNode(graph)} ."
    return sorted({f"{_term(s, iris)} {_term(p, iris)} {_term(o, iris)}{suffix}"
                   for s, p, o in triples})


def ontology_nquads(ontology: Graph) -> list[str]:
    """The ontology as sorted N-Quads lines of its own named graph.

    Blank nodes (OWL restrictions, lists) get canonical labels, so the lines are the
    same on every run.
    """
    if any(isinstance(term, BNode) for triple in ontology for term in triple):
        ontology = to_canonical_graph(ontology)
    labels = [(concept, RDFS.label, label)
              for concept, label in ontology.subject_objects(SKOS.prefLabel)
              if (concept, RDFS.label, label) not in ontology]
    if labels:  # skos:prefLabel is a sub-property of rdfs:label: queries read rdfs:label
        ontology = ontology + Graph()
        for triple in labels:
            ontology.add(triple)
    return _nquads(ontology, str(ONTOLOGY_GRAPH))


def compile_sheet(sheet: FactSheet, types: dict[str, str], root: Path,
                  vocabulary: Vocabulary, names: CanonicalNames | None = None) -> SheetGraph:
    """Compile one checked sheet; ``types`` gives the type of every entity it may name.

    ``root`` is the folder paths are reported relative to (the project folder);
    ``vocabulary`` the concept schemes notations name; ``names`` the canonical name of each
    entity (by default, the sheet's own).
    """
    if names is None:
        names = CanonicalNames()
    return _SheetCompiler(sheet, types, root, names, vocabulary).run()
