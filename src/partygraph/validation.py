"""SHACL validation of the compiled graph, with every result traced to its fact-sheet line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from .project import Project
from .triples import CompiledGraph, Origin
from .vocab import PREFIXES, RDF

__all__ = [
    "SEVERITIES",
    "ValidationReport",
    "ValidationResult",
    "validate_compiled",
    "validate_project",
]

SEVERITIES = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
_RANK = {"violation": 3, "warning": 2, "info": 1}


@dataclass(frozen=True)
class ValidationResult:
    """One SHACL result, in plain words, with where in which fact sheet it comes from."""

    severity: str
    message: str
    message_vi: str
    focus: str
    path: str | None
    value: str | None
    shape: str
    origins: tuple[Origin, ...]

    @property
    def where(self) -> str:
        """``file:line`` of the fact that produced the offending triple (or ``?``)."""
        if not self.origins:
            return "(no fact sheet)"
        first = self.origins[0]
        return f"{first.file}:{first.line}"

    def __str__(self) -> str:
        item = f" [{self.origins[0].item}]" if self.origins else ""
        return f"{self.where}: {self.message}{item} ({self.shape}, {self.severity})"


@dataclass(frozen=True)
class ValidationReport:
    """All results of one validation, and the SHACL report graph they came from."""

    results: tuple[ValidationResult, ...]
    graph: Graph

    def conforms(self, fail_on: str = "violation") -> bool:
        """True when no result is at or above the ``fail_on`` severity."""
        if fail_on == "none":
            return True
        return not any(_RANK[r.severity] >= _RANK[fail_on] for r in self.results)

    def count(self, severity: str) -> int:
        """How many results have ``severity``."""
        return sum(1 for r in self.results if r.severity == severity)


def _short(node: Node | None) -> str | None:
    if node is None:
        return None
    text = str(node)
    if isinstance(node, URIRef):
        for prefix, base in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if text.startswith(base):
                return f"{prefix}:{text[len(base):]}"
        if text.startswith("https://w3id.org/partygraph/shapes#"):
            return "pgsh:" + text.rsplit("#", 1)[1]
    return text


def _messages(report: Graph, shapes: Graph, result: Node) -> tuple[str, str]:
    """The English and Vietnamese message of a result.

    pySHACL drops the language tags of SPARQL constraints' messages, so the tagged
    originals are read from the constraint itself when the result's are untagged.
    """
    texts: dict[str, str] = {}
    messages = [m for m in report.objects(result, SH.resultMessage) if isinstance(m, Literal)]
    if not any(m.language for m in messages):
        constraint = report.value(result, SH.sourceConstraint)
        tagged = [m for graph in (report, shapes) for m in graph.objects(constraint, SH.message)
                  if isinstance(m, Literal) and m.language]
        messages = tagged or messages
    for message in sorted(messages):
        texts.setdefault(message.language or "", str(message))
    en = texts.get("en") or texts.get("") or next(iter(texts.values()), "constraint not met")
    return en, texts.get("vi", en)


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


def validate_compiled(compiled: CompiledGraph, shapes: Graph) -> ValidationReport:
    """Validate the union of a compiled dataset against ``shapes`` with pySHACL."""
    data = compiled.union()
    _conforms, report, _text = shacl_validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True,
    )
    assert isinstance(report, Graph)
    results = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        level = report.value(result, SH.resultSeverity)
        severity = SEVERITIES.get(level, "violation") if isinstance(level, URIRef) else "violation"
        en, vi = _messages(report, shapes, result)
        origins: Sequence[Origin] = []
        if focus is not None:
            origins = compiled.origins_of(focus, path)
        results.append(ValidationResult(
            severity=severity, message=en, message_vi=vi, focus=str(focus),
            path=_short(path) if isinstance(path, URIRef) else None,
            value=_short(value), shape=_shape_name(report, shapes, result),
            origins=tuple(origins),
        ))
    results.sort(key=lambda r: (r.where, -_RANK[r.severity], r.shape, r.focus, r.value or ""))
    return ValidationReport(tuple(results), report)


def validate_project(project: Project) -> ValidationReport:
    """Compile ``project``'s fact sheets and validate them against its shapes."""
    from .build import compile_project

    return validate_compiled(compile_project(project), project.load_shapes())
