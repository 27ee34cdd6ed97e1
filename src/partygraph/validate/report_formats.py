"""Validation reports for people and machines: text, SHACL Turtle, JSON, JUnit XML, GitHub
workflow commands, and SARIF 2.1.0 (which code-scanning tools read)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from importlib import metadata
from urllib.parse import quote

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from partygraph.compile.dataset import Origin
from partygraph.options import REPORT_FORMATS
from partygraph.validate.results import (
    SEVERITY_IRIS,
    ValidationReport,
    ValidationResult,
    fails,
)

__all__ = ["REPORT_FORMATS", "render_report"]

_LINT = URIRef("https://w3id.org/partygraph/lint#")


def _text(report: ValidationReport, fail_on: str) -> str:
    lines: list[str] = []
    current = None
    for result in report.results:
        file = result.where.rsplit(":", 1)[0] if result.origins else result.where
        if file != current:
            lines.append(f"{file}:")
            current = file
        lines.append(f"  {result}")
    counts = ", ".join(f"{report.count(s)} {s}(s)" for s in SEVERITY_IRIS)
    verdict = "conforms" if report.conforms(fail_on) else "does not conform"
    lines.append(f"{verdict}: {counts}")
    return "\n".join(lines) + "\n"


def _json(report: ValidationReport, fail_on: str) -> str:
    rows = []
    for r in report.results:
        first = r.origins[0] if r.origins else None
        rows.append({
            "file": first.file if first else None,
            "line": first.line if first else None,
            "fact": first.item if first else None,
            "focus": r.focus or None,
            "path": r.path,
            "value": r.value,
            "shape": r.shape,
            "severity": r.severity,
            "message": r.message,
            "message_vi": r.message_vi,
            "also_at": [o.place for o in r.origins[1:]],
            "caused_by": [o.place for o in r.cause],
        })
    doc = {"conforms": report.conforms(fail_on), "results": rows}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _turtle(report: ValidationReport, fail_on: str) -> str:
    graph = Graph()
    graph.bind("sh", SH)
    for triple in report.graph:
        graph.add(triple)
    root = next(iter(graph.subjects(RDF.type, SH.ValidationReport)), None)
    if root is None:
        root = BNode()
        graph.add((root, RDF.type, SH.ValidationReport))
    graph.remove((root, SH.conforms, None))
    graph.add((root, SH.conforms, Literal(report.conforms(fail_on))))
    for r in report.results:
        if not r.shape.startswith("lint:"):
            continue
        node = BNode()
        graph.add((root, SH.result, node))
        graph.add((node, RDF.type, SH.ValidationResult))
        graph.add((node, SH.resultSeverity, SEVERITY_IRIS[r.severity]))
        graph.add((node, SH.resultMessage, Literal(r.message, lang="en")))
        graph.add((node, SH.resultMessage, Literal(r.message_vi, lang="vi")))
        graph.add((node, SH.sourceShape, URIRef(str(_LINT) + r.shape.removeprefix("lint:"))))
        graph.add((node, SH.focusNode, Literal(r.where)))
    return graph.serialize(format="turtle")


def _junit(report: ValidationReport, fail_on: str, shapes: list[str]) -> str:
    by_shape: dict[str, list[ValidationResult]] = defaultdict(list)
    for r in report.results:  # one test case per named shape: "pgsh:X/sparql" counts for pgsh:X
        by_shape[r.shape.split("/", 1)[0]].append(r)
    names = sorted(set(shapes) | set(by_shape))
    failing = [n for n in names
               if any(fails(r.severity, fail_on) for r in by_shape.get(n, []))]
    suite = ET.Element("testsuite", name="partygraph validate", tests=str(len(names)),
                       failures=str(len(failing)), errors="0", skipped="0")
    for name in names:
        case = ET.SubElement(suite, "testcase", classname="partygraph.shapes", name=name)
        results = by_shape.get(name, [])
        lines = "\n".join(str(r) for r in results)
        if name in failing:
            failure = ET.SubElement(case, "failure", type=results[0].severity,
                                    message=f"{len(results)} result(s): {results[0].message}")
            failure.text = lines
        elif results:
            ET.SubElement(case, "system-out").text = lines
    suites = ET.Element("testsuites", name="partygraph", tests=str(len(names)),
                        failures=str(len(failing)))
    suites.append(suite)
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


# The workflow command that annotates a result of each severity.
_GITHUB_COMMANDS = {"violation": "error", "warning": "warning", "info": "notice"}


def _annotation(r: ValidationResult, origin: Origin | None) -> str:
    """The workflow command that annotates ``r`` at ``origin`` (without a file when None),
    its message naming the result's other lines and the facts that bring it about."""
    props = []
    if origin is not None:
        props.append(f"file={_escape_property(origin.file)}")
        props.append(f"line={origin.line}")
    props.append(f"title={_escape_property(f'{r.shape} ({r.severity})')}")
    if origin is not None and origin in r.cause and origin not in r.origins:
        at = ", ".join(o.place for o in r.origins)
        said = f"{r.message} (at {at}; brought about by this line)"
    else:
        others = ", ".join(o.place for o in r.origins if o != origin)
        also = f" (also at {others})" if others else ""
        because = f" (brought about by {r.caused_by})" if r.cause else ""
        said = r.message + also + because
    return f"::{_GITHUB_COMMANDS[r.severity]} {','.join(props)}::{_escape_data(said)}"


def _github(report: ValidationReport, fail_on: str) -> str:
    """One annotation at each line a result stands at (two sheets that give an entity
    conflicting values both get it, so the pull request's own line is annotated), and at
    each line that brings it about in another sheet (the line the pull request changed),
    then the summary."""
    lines = [_annotation(r, origin) for r in report.results
             for origin in (*(r.origins or (None,)), *r.cause)]
    counts = ", ".join(f"{report.count(s)} {s}(s)" for s in SEVERITY_IRIS)
    lines.append(f"{'conforms' if report.conforms(fail_on) else 'does not conform'}: {counts}")
    return "\n".join(lines) + "\n"


# SARIF 2.1.0: the schema a log names, and the level of each severity.
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVELS = {"violation": "error", "warning": "warning", "info": "note"}


def _sarif_location(file: str, line: int, *, id_: int | None = None,
                    says: str = "also stated here") -> dict[str, object]:
    physical: dict[str, object] = {
        "artifactLocation": {"uri": quote(file), "uriBaseId": "%SRCROOT%"}}
    if line >= 1:
        physical["region"] = {"startLine": line}
    location: dict[str, object] = {"physicalLocation": physical}
    if id_ is not None:
        location["id"] = id_
        location["message"] = {"text": says}
    return location


def _sarif(report: ValidationReport, fail_on: str, shapes: list[str]) -> str:
    """A SARIF 2.1.0 log: one run, one rule per shape, one result per SHACL result.

    Each result has the fact sheet and line, the English and Vietnamese messages (both in
    the text, and apart in the property bag), the severity as the SARIF level, and the shape
    as the rule id. Paths are relative to the repository (``%SRCROOT%``).
    """
    names = sorted(set(shapes) | {r.shape for r in report.results})
    first: dict[str, ValidationResult] = {}
    for r in report.results:
        first.setdefault(r.shape, r)
    rules: list[dict[str, object]] = []
    for name in names:
        rule: dict[str, object] = {"id": name}
        if name in first:
            example = first[name]
            rule["shortDescription"] = {"text": example.message}
            rule["fullDescription"] = {"text": f"{example.message} / {example.message_vi}"}
            rule["defaultConfiguration"] = {"level": _SARIF_LEVELS[example.severity]}
        rules.append(rule)
    index = {name: number for number, name in enumerate(names)}
    results: list[dict[str, object]] = []
    for r in report.results:
        result: dict[str, object] = {
            "ruleId": r.shape,
            "ruleIndex": index[r.shape],
            "level": _SARIF_LEVELS[r.severity],
            "message": {"text": f"{r.message} / {r.message_vi}"},
            "properties": {"message_en": r.message, "message_vi": r.message_vi,
                           "severity": r.severity, "focus": r.focus or None,
                           "path": r.path, "value": r.value},
        }
        if r.origins:
            origin = r.origins[0]
            result["locations"] = [_sarif_location(origin.file, origin.line)]
            related = [(o, "also stated here") for o in r.origins[1:]]
            related += [(o, "brought about by this fact") for o in r.cause]
            if related:
                result["relatedLocations"] = [
                    _sarif_location(o.file, o.line, id_=number, says=says)
                    for number, (o, says) in enumerate(related, start=1)]
        results.append(result)
    try:
        version = metadata.version("partygraph")
    except metadata.PackageNotFoundError:  # run from a source tree that is not installed
        version = "0"
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "partygraph", "version": version, "rules": rules}},
            "invocations": [{"executionSuccessful": True,
                             "properties": {"conforms": report.conforms(fail_on),
                                            "failOn": fail_on}}],
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=1) + "\n"


def render_report(report: ValidationReport, fmt: str, *, fail_on: str = "violation",
                  shapes: list[str] | None = None) -> str:
    """Render ``report`` in one of :data:`REPORT_FORMATS`.

    ``shapes`` names every shape checked, so that JUnit lists passing shapes as passing tests
    and SARIF lists every shape as a rule.
    """
    if fmt == "text":
        return _text(report, fail_on)
    if fmt == "json":
        return _json(report, fail_on)
    if fmt == "turtle":
        return _turtle(report, fail_on)
    if fmt == "junit":
        return _junit(report, fail_on, shapes or [])
    if fmt == "github":
        return _github(report, fail_on)
    if fmt == "sarif":
        return _sarif(report, fail_on, shapes or [])
    raise ValueError(f"unknown report format {fmt!r} (use one of {', '.join(REPORT_FORMATS)})")
