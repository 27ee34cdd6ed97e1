"""What validation found: results in plain words, traced to fact-sheet lines, and the
severities they are ranked by (one table for every report format and check)."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from partygraph.compile.dataset import Origin
from partygraph.rdf.vocab import curie

__all__ = [
    "FAIL_ON",
    "SEVERITIES",
    "SEVERITY_IRIS",
    "SEVERITY_RANK",
    "ResultKey",
    "ValidationReport",
    "ValidationResult",
    "fails",
    "result_key",
    "result_order",
    "severity_of",
    "short_name",
]

# SHACL's severities by name, most severe first, and the rank each has.
SEVERITY_IRIS = {"violation": SH.Violation, "warning": SH.Warning, "info": SH.Info}
SEVERITIES = {iri: name for name, iri in SEVERITY_IRIS.items()}
SEVERITY_RANK = {"violation": 3, "warning": 2, "info": 1}
# What --fail-on accepts: a severity, or "none" (never fail).
FAIL_ON = (*SEVERITY_IRIS, "none")


def severity_of(level: Node | None) -> str:
    """The name of a SHACL severity node (a violation when missing or unknown)."""
    return SEVERITIES.get(level, "violation") if isinstance(level, URIRef) else "violation"


def fails(severity: str, fail_on: str) -> bool:
    """True when a result of ``severity`` reaches the ``fail_on`` threshold."""
    return fail_on != "none" and SEVERITY_RANK[severity] >= SEVERITY_RANK[fail_on]


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
    # in validating one sheet, a result at another sheet's line that the sheet brings about:
    # the facts of the sheet (its changes) without which it would not be
    cause: tuple[Origin, ...] = ()

    @property
    def where(self) -> str:
        """``file:line`` of the fact that produced the offending triple (or ``?``)."""
        if not self.origins:
            return "(no fact sheet)"
        first = self.origins[0]
        return first.place

    @property
    def also_at(self) -> str:
        """``file:line`` of each further fact that states the offending triples, ', '-joined
        ("" when one fact does): another sheet that gives the entity a conflicting value,
        say."""
        return ", ".join(o.place for o in self.origins[1:])

    @property
    def caused_by(self) -> str:
        """``file:line`` of each fact that brings the result about, ', '-joined ("" when
        it is not one another sheet brings about)."""
        return ", ".join(o.place for o in self.cause)

    def __str__(self) -> str:
        also = f"; also at {self.also_at}" if self.also_at else ""
        because = f"; brought about by {self.caused_by}" if self.cause else ""
        return f"{self.where}: {self.message} ({self.shape}, {self.severity}{also}{because})"


@dataclass(frozen=True)
class ValidationReport:
    """All results of one validation, and the SHACL report graph they came from."""

    results: tuple[ValidationResult, ...]
    graph: Graph
    shapes: Graph | None = None  # the shapes validated against
    notes: tuple[str, ...] = ()  # what the validation could not look at, in plain words

    def conforms(self, fail_on: str = "violation") -> bool:
        """True when no result is at or above the ``fail_on`` severity."""
        return not any(fails(r.severity, fail_on) for r in self.results)

    def count(self, severity: str) -> int:
        """How many results have ``severity``."""
        return sum(1 for r in self.results if r.severity == severity)


# What tells one result from another, wherever its lines are: focus, shape, path, value, message.
ResultKey = tuple[str, str, str | None, str | None, str]


def result_key(result: ValidationResult) -> ResultKey:
    """What tells ``result`` from another (two validations give it alike)."""
    return (result.focus, result.shape, result.path, result.value, result.message)


def result_order(result: ValidationResult) -> tuple[str, int, int, str, str, str]:
    """Results sorted by file and line, the most severe first, then by shape and node."""
    first = result.origins[0] if result.origins else Origin("", 0, "")
    return (first.file, first.line, -SEVERITY_RANK[result.severity], result.shape,
            result.focus, result.value or "")


def short_name(node: Node | None) -> str:
    """A node as a prefixed name where partygraph knows the prefix, else as text."""
    if node is None:
        return ""
    return curie(str(node)) if isinstance(node, URIRef) else str(node)
