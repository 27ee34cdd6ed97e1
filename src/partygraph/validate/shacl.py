"""SHACL validation of the compiled graph, with every result traced to its fact-sheet line."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace
from functools import partial
from typing import Any

import pyoxigraph as ox
import pyshacl_turbo
from pyshacl_turbo.rdf import Input
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from partygraph.compile.dataset import CompiledGraph, Origin, keep_predicates, ox_term
from partygraph.errors import PartygraphError
from partygraph.options import ENGINE_NAMES
from partygraph.project import Project
from partygraph.rdf.vocab import RDF
from partygraph.util.background import waited_for
from partygraph.validate.caused import caused_context
from partygraph.validate.ntriples import ascii_ntriples, engine_ntriples
from partygraph.validate.reads import shape_reads
from partygraph.validate.results import (
    ValidationReport,
    ValidationResult,
    result_key,
    result_order,
    severity_of,
    short_name,
)
from partygraph.validate.scope import ShapeScope, predicates_seen
from partygraph.validate.shape_parts import (
    ShapePart,
    divide_shapes,
    part_count,
    predicate_weights,
    text_weights,
)
from partygraph.validate.sheet_context import context_ntriples

__all__ = [
    "ENGINES",
    "shape_names",
    "validate_compiled",
    "validate_sheet",
]

# pyshacl-turbo (a Rust engine with pySHACL's API) is the default: on a 21,570-triple
# synthetic corpus it took 0.5 s where pySHACL took 88 s, with the same results; the tests
# check that both engines agree on every bad-data case.
ENGINES = ENGINE_NAMES


def _short(node: Node | None) -> str | None:
    return None if node is None else short_name(node)


_SLOT = re.compile(r"\{[?$](\w+)\}")


def _bindings(template: str, messages: Iterable[str]) -> dict[str, str]:
    """What each ``{?name}`` of ``template`` stands for in the one of ``messages`` that
    ``template`` wrote (none if it wrote none)."""
    parts = _SLOT.split(template)  # text, name, text, name, ..., text
    if len(parts) == 1:
        return {}
    pattern = "".join(re.escape(part) if index % 2 == 0 else f"(?P<{part}>.+?)"
                      for index, part in enumerate(parts))
    for message in messages:
        try:
            found = re.fullmatch(pattern, message, re.DOTALL)
        except re.error:  # a name given twice
            return {}
        if found is not None:
            return found.groupdict()
    return {}


def _messages(report: Graph, shapes: Graph, result: Node) -> tuple[str, str]:
    """The English and Vietnamese message of a result.

    The engines drop the language tags of SPARQL constraints' messages, so the tagged
    originals are read from the constraint itself when the result's are untagged, and what
    the engine put in their ``{?name}`` slots is filled in from the untagged messages.
    """
    texts: dict[str, str] = {}
    messages = [m for m in report.objects(result, SH.resultMessage) if isinstance(m, Literal)]
    constraint = report.value(result, SH.sourceConstraint)
    if constraint is not None and not any(m.language for m in messages):
        # (None would match every message of every shape: a result of a shape with no
        # message of its own was given another shape's)
        tagged = [m for graph in (report, shapes) for m in graph.objects(constraint, SH.message)
                  if isinstance(m, Literal) and m.language]
        messages = tagged or messages
    untagged = [str(m) for m in report.objects(result, SH.resultMessage)
                if isinstance(m, Literal) and not m.language]
    for message in sorted(messages):
        texts.setdefault(message.language or "", str(message))
    en = texts.get("en") or texts.get("") or next(iter(texts.values()), "constraint not met")
    vi = texts.get("vi", en)
    value = report.value(result, SH.value)
    slots = {**_bindings(en, untagged), **_bindings(vi, untagged)}
    if value is not None:  # a SPARQL constraint's message may show the value it found
        slots["value"] = str(value)
    return _SLOT.sub(lambda m: slots.get(m[1], m[0]), en), \
        _SLOT.sub(lambda m: slots.get(m[1], m[0]), vi)


def _value_term(value: Node | None) -> ox.NamedNode | ox.Literal | None:
    """A result's value as the compiled lines write it (None for a blank node or none)."""
    term = ox_term(value) if isinstance(value, URIRef | Literal) else None
    return term if isinstance(term, ox.NamedNode | ox.Literal) else None


def _shape_name(report: Graph, shapes: Graph, result: Node) -> str:
    shape = report.value(result, SH.sourceShape)
    if report.value(result, SH.sourceConstraintComponent) == SH.SPARQLConstraintComponent:
        return f"{_short(shape)}/sparql"
    if isinstance(shape, URIRef):
        return _short(shape) or str(shape)
    # A blank property shape: name it after the node shape that holds it, and its path.
    for holder in shapes.subjects(SH.property, shape):
        path = shapes.value(shape, SH.path)
        return f"{_short(holder)}/{_short(path)}"
    for holder in shapes.subjects(SH.sparql, shape):
        return f"{_short(holder)}/sparql"
    path = report.value(result, SH.resultPath)
    return f"{_short(report.value(result, SH.sourceConstraintComponent))} on {_short(path)}"


def _run_engine(engine: str, data: str, shapes: Graph,
                focus: Sequence[str] | None = None) -> Graph:
    """Validate N-Triples ``data`` with ``engine``; the SHACL report graph.

    ``focus`` limits pyshacl-turbo to those nodes (a test checks it gives the results a
    full validation gives for them); pySHACL ignores it, as its own option loses the
    results of qualified value shapes.
    """
    if engine not in ENGINES:
        raise PartygraphError(f"unknown SHACL engine {engine!r} (use one of {', '.join(ENGINES)})")
    options: dict[str, Any] = {"shacl_graph": shapes, "inference": "none", "advanced": True,
                               "allow_warnings": True, "allow_infos": True}
    if engine == "turbo":  # the Rust engine parses the text itself
        if focus is not None:
            options["focus_nodes"] = [URIRef(node) for node in focus]
        _conforms, report, _text = pyshacl_turbo.validate(Input(data, "nt", None, {}), **options)
    else:
        import pyshacl  # the reference engine, slow to import and to run

        graph = Graph().parse(data=data, format="nt")
        _conforms, report, _text = pyshacl.validate(graph, **options)
    assert isinstance(report, Graph)
    return report


def _pruned(text: str, predicates: frozenset[str] | None) -> str:
    return text if predicates is None else keep_predicates(text, predicates)


def _ascii_if(turbo: bool, text: str) -> str:
    return ascii_ntriples(text) if turbo else text


def _merged(reports: Sequence[Graph], shapes: Graph) -> Graph:
    """The report graphs of the parts of one validation as one report (blank nodes that
    are not the shapes' own made new, so no two results share one)."""
    if len(reports) == 1:
        return reports[0]
    merged, root = Graph(), BNode()
    merged.add((root, RDF.type, SH.ValidationReport))
    shape_nodes = set(shapes.all_nodes())
    conforms = True
    for report in reports:
        renamed: dict[BNode, BNode] = {}

        def term(node: Node, renamed: dict[BNode, BNode] = renamed) -> Node:
            if isinstance(node, BNode) and node not in shape_nodes:
                return renamed.setdefault(node, BNode())
            return node

        own = set(report.subjects(RDF.type, SH.ValidationReport))
        for subject, predicate, value in report:
            if subject not in own:
                merged.add((term(subject), predicate, term(value)))
            elif predicate == SH.result:
                merged.add((root, SH.result, term(value)))
            elif predicate == SH.conforms:
                conforms = conforms and value == Literal(True)
    merged.add((root, SH.conforms, Literal(conforms)))
    return merged


def validate_compiled(compiled: CompiledGraph, shapes: Graph, *, engine: str = "turbo",
                      extra: Graph | None = None, data: str | None = None,
                      sheet: str | None = None, prune: bool = True,
                      scope: ShapeScope | None = None, parts: int | None = None,
                      focus: Collection[str] | None = None,
                      keep: Callable[[ValidationResult], ValidationResult | None] | None = None,
                      on_part: Callable[[int, int], None] | None = None,
                      ) -> ValidationReport:
    """Validate the union of a compiled dataset (plus ``extra`` triples) against ``shapes``.

    ``data`` replaces the compiled graph as what is validated (N-Triples): the context of
    one sheet, say. With ``sheet`` (a fact-sheet path as origins name it), only results
    about the nodes that sheet speaks of are kept, and that sheet's lines come first;
    ``focus`` names the nodes whose results are kept instead (with or without ``sheet``).
    ``keep`` gives each result as reported, or None to leave it out (of the report graph
    too).
    ``prune`` leaves out the triples whose predicate no shape can look at (see
    :mod:`.scope`; a test checks the results are the same); ``scope`` gives what the
    shapes can look at when already known.
    ``parts`` is how many parts the shapes are validated in, each on the triples it can
    look at (see :mod:`.shape_parts`); by default one, or more for a large compiled graph.
    ``on_part`` is called with the number of each part (from 1) and how many there are, as
    it is begun (for progress).
    """
    if scope is None:
        scope = ShapeScope(predicates_seen(shapes) if prune else None, None)
    if parts is None:
        parts = part_count(compiled) if data is None else 1
    weights = {} if parts <= 1 else \
        predicate_weights(compiled) if data is None else text_weights(data)
    divided = divide_shapes(shapes, parts, weights, scope)
    if not prune:
        divided = [ShapePart(part.shapes, None) for part in divided]
    turbo = engine == "turbo"
    if focus is None and sheet is not None:
        its = compiled.sheet(sheet)
        focus = set(its.subjects()) if its is not None else set()
    elif focus is not None:
        focus = set(focus)
    reports = []
    for number, part in enumerate(divided, 1):
        if on_part is not None:
            on_part(number, len(divided))
        # pyshacl-turbo gets the text in ASCII (see .ntriples): the same terms, less memory
        if data is None:
            text = engine_ntriples(compiled, part.predicates) if turbo \
                else compiled.ntriples(part.predicates)
        else:
            text = _ascii_if(turbo, _pruned(data, part.predicates))
        if extra is not None:
            text += _ascii_if(turbo, _pruned(extra.serialize(format="nt"), part.predicates))
        # (in a worker thread while this one waits: the engine's native run takes no
        # signal, and Ctrl-C waited for its end, 25 s at 10^6 triples)
        reports.append(waited_for(partial(_run_engine, engine, text, part.shapes,
                                          sorted(focus) if focus is not None else None)))
        del text  # the engine is done with it: a gigabyte at 10⁷ triples
    return _reported(compiled, _merged(reports, shapes), shapes, focus=focus, sheet=sheet,
                     keep=keep)


def _reported(compiled: CompiledGraph, report: Graph, shapes: Graph, *,
              focus: Collection[str] | None, sheet: str | None,
              keep: Callable[[ValidationResult], ValidationResult | None] | None
              ) -> ValidationReport:
    """The results of the SHACL ``report`` graph, each traced to its lines, as
    :func:`validate_compiled` describes (``report`` left holding those reported)."""
    results = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        if (None, SH.result, result) not in report:
            continue  # the detail of another result (why a value broke an sh:node shape)
        focus_node = report.value(result, SH.focusNode)
        if focus is not None and str(focus_node) not in focus:
            report.remove((None, SH.result, result))
            continue
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        level = report.value(result, SH.resultSeverity)
        severity = severity_of(level)
        en, vi = _messages(report, shapes, result)
        origins: Sequence[Origin] = []
        if focus_node is not None:
            origins = compiled.origins_of(focus_node, path,
                                          _value_term(value))
            if sheet is not None:  # the sheet being checked first
                origins = sorted(origins, key=lambda o: (o.file != sheet, o))
        made = ValidationResult(
            severity=severity, message=en, message_vi=vi, focus=str(focus_node),
            path=_short(path) if isinstance(path, URIRef) else None,
            value=_short(value), shape=_shape_name(report, shapes, result),
            origins=tuple(origins),
        )
        reported = keep(made) if keep is not None else made
        if reported is None:
            report.remove((None, SH.result, result))
            continue
        results.append(reported)
    results.sort(key=result_order)
    return ValidationReport(tuple(results), report, shapes)


def _stating_lines(compiled: CompiledGraph, sheet: str, triples: Iterable[ox.Triple]
                   ) -> tuple[Origin, ...]:
    """The lines of ``sheet`` that state ``triples``."""
    found: set[Origin] = set()
    for triple in triples:
        if isinstance(triple.subject, ox.NamedNode | ox.BlankNode):
            value = triple.object if isinstance(triple.object, ox.NamedNode | ox.Literal) \
                else None
            found.update(origin for origin in compiled.origins_of(
                triple.subject.value, triple.predicate.value, value) if origin.file == sheet)
    return tuple(sorted(found))


def _item_lines(origins: Iterable[Origin]) -> tuple[Origin, ...]:
    """The first of ``origins`` of each item."""
    first: dict[str, Origin] = {}
    for origin in sorted(origins):
        first.setdefault(origin.item, origin)
    return tuple(sorted(first.values()))


def validate_sheet(compiled: CompiledGraph, shapes: Graph, sheet: str, store: ox.Store,
                   scope: ShapeScope, *, engine: str = "turbo", parts: int | None = None,
                   ) -> ValidationReport:
    """Validate the fact sheet ``sheet`` (its path as origins name it) against the rest of
    the project, built in ``store``: the results a full validation gives at the sheet's
    lines, read from what its nodes reach as far as the shapes look (see
    :mod:`.sheet_context`), and those it brings about elsewhere, each with the lines whose
    facts bring it about as its ``cause`` (see :mod:`.caused`); its ``notes`` say when those
    could not all be looked at. ``parts``: as :func:`validate_compiled` takes it (one by
    default: a sheet's context is small)."""
    found = compiled.sheet(sheet)
    subjects = found.subjects() if found is not None else []
    own = set(subjects)
    if found is None:
        data = context_ntriples(store, subjects, compiled.ontology, scope.inward)
        return validate_compiled(compiled, shapes, engine=engine, data=data, sheet=sheet,
                                 scope=scope, parts=parts)
    reads = scope.reads if scope.reads is not None else shape_reads(shapes)
    caused = caused_context(store, found, reads)
    notes = () if caused.bounded else (
        f"some of what {sheet} alone states may be read at more nodes of other sheets than "
        "are checked here: a full validation ('partygraph validate', no sheet) shows what it "
        "brings about there",)
    focus = own | caused.others(subjects)
    data = context_ntriples(store, sorted(focus), compiled.ontology, scope.inward)


    def at_its_lines(result: ValidationResult) -> bool:
        return result.focus in own and any(o.file == sheet for o in result.origins)

    first = validate_compiled(compiled, shapes, engine=engine, data=data, sheet=sheet,
                              scope=scope, focus=focus, parts=parts)
    elsewhere = {result.focus for result in first.results if not at_its_lines(result)}
    if not elsewhere:
        return replace(first, notes=notes)
    # what those nodes give without what this sheet alone states: not its doing
    before = validate_compiled(compiled, shapes, engine=engine, data=caused.without(data),
                               scope=scope, focus=elsewhere, parts=parts)
    earlier = {result_key(result) for result in before.results}

    def brought_about(result: ValidationResult) -> ValidationResult | None:
        if at_its_lines(result):
            return result
        if result_key(result) in earlier:
            return None
        # (what the node reads of this sheet; if the shapes' reads could not tell, all that
        # the sheet alone states, an item at a time)
        return replace(result, cause=_stating_lines(
            compiled, sheet, caused.read.get(result.focus, ())) or _item_lines(
            _stating_lines(compiled, sheet, caused.own_triples)))

    # (the same report graph, read again: the engine need not run again)
    return replace(_reported(compiled, first.graph, shapes, focus=focus, sheet=sheet,
                             keep=brought_about), notes=notes)


def shape_names(project: Project, shapes: Graph | None = None) -> list[str]:
    """The names of every named shape (of ``shapes``, else of the project's shapes file),
    and of the repository checks."""
    if shapes is None:
        shapes = project.load_shapes()
    names = {short_name(s) for kind in (SH.NodeShape, SH.PropertyShape)
             for s in shapes.subjects(RDF.type, kind) if isinstance(s, URIRef)}
    return sorted(names | {"lint:ontology-label", "lint:ontology-definition", "lint:query",
                           "lint:shapes"})
