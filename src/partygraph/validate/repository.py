"""Checks of the repository itself: the ontology, the saved queries and the shapes.

Each problem becomes a :class:`ValidationResult` located in the file that has it, so that
``partygraph validate`` reports it like any data problem.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import asdict
from pathlib import Path

from pyshacl_turbo import meta_validate  # SHACL-SHACL; 30x faster than pySHACL here
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS
from rdflib.paths import Path as PropertyPath

from partygraph.compile.dataset import Origin
from partygraph.errors import PartygraphError, QueryError
from partygraph.project import Project, parse_turtle
from partygraph.query.saved import load_query
from partygraph.rdf.vocab import PG, PREFIXES
from partygraph.util.files import code_digest
from partygraph.util.memo import kept
from partygraph.util.suggest import did_you_mean
from partygraph.validate.results import ValidationResult, severity_of, short_name

__all__ = ["lint_ontology", "lint_project", "lint_project_cached", "lint_queries", "lint_shapes"]

_TERM_KINDS = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept,
               SKOS.ConceptScheme, SKOS.Collection}


def _relative(project: Project, file: Path) -> str:
    return project.relative(file)


def _line_of_term(text: str, local: str) -> int:
    pattern = re.compile(rf"^[ \t]*(?:pg|pgsh):{re.escape(local)}\b", re.MULTILINE)
    found = pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else 1


def _result(shape: str, en: str, vi: str, file: str, line: int, focus: str = "",
            severity: str = "violation") -> ValidationResult:
    return ValidationResult(severity=severity, message=en, message_vi=vi, focus=focus,
                            path=None, value=None, shape=shape,
                            origins=(Origin(file, line, focus.rsplit("#", 1)[-1]),))


def _parse_problem(project: Project, file: Path, exc: PartygraphError) -> ValidationResult:
    found = re.search(r"line (\d+)", str(exc))
    return _result("lint:parse", f"does not parse: {exc}", f"không đọc được: {exc}",
                   _relative(project, file), int(found.group(1)) if found else 1)


def _parsed(path: Path) -> Graph:
    """``path`` parsed, once for both checks that read it while it is unchanged."""
    stat = path.stat()
    return _parsed_version(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=16)
def _parsed_version(path: Path, mtime_ns: int, size: int) -> Graph:
    """``path`` as it was at ``mtime_ns`` and ``size`` (the cache's key), parsed."""
    return parse_turtle(path)


def lint_ontology(project: Project) -> list[ValidationResult]:
    """Every ontology term has a label (rdfs:label or skos:prefLabel) and skos:definition in
    both vi and en."""
    results = []
    for path in project.ontology_files():
        try:
            graph = _parsed(path)
        except PartygraphError as exc:
            results.append(_parse_problem(project, path, exc))
            continue
        text = path.read_text(encoding="utf-8")
        file = _relative(project, path)
        terms = {s for kind in _TERM_KINDS for s in graph.subjects(RDF.type, kind)
                 if isinstance(s, URIRef) and str(s).startswith(str(PG))}
        for term in sorted(terms):
            local = str(term)[len(str(PG)):]
            for prop, what, what_vi in ((RDFS.label, "label", "tên"),
                                        (SKOS.definition, "definition", "định nghĩa")):
                props = (prop, SKOS.prefLabel) if prop == RDFS.label else (prop,)
                have = {v.language for p in props for v in graph.objects(term, p)
                        if isinstance(v, Literal)}
                for language in sorted({"vi", "en"} - have):
                    results.append(_result(
                        f"lint:ontology-{what}",
                        f"pg:{local} has no {what} in '{language}'",
                        f"pg:{local} thiếu {what_vi} bằng tiếng '{language}'",
                        file, _line_of_term(text, local), str(term)))
    return results


def lint_queries(project: Project) -> list[ValidationResult]:
    """Every saved query parses, has a well-formed header and uses the parameters it declares;
    every partygraph term it names (``pg:…``) is one the ontology (extensions included)
    defines: a misspelt term matches nothing, and the query would answer no rows."""
    results = []
    defined: set[str] | None = None
    for path in sorted(project.queries_dir.glob("*.rq")):
        try:
            query = load_query(path)
        except QueryError as exc:
            results.append(_result("lint:query", exc.reason, f"truy vấn lỗi: {exc.reason}",
                                   _relative(project, path), exc.line or 1, path.stem))
            continue
        if defined is None:
            defined = _ontology_terms(project)
        for term in sorted(_pg_terms(query.text) - defined):
            local = term[len(str(PG)):]
            hint = did_you_mean(local, (t[len(str(PG)):] for t in defined))
            results.append(_result(
                "lint:query-term",
                f"pg:{local} is not a term of the ontology: it matches nothing{hint}",
                f"pg:{local} không có trong bản thể học: nó không khớp với gì{hint}",
                _relative(project, path), _line_of_name(query.text, local), path.stem,
                "warning"))
    return results


def _ontology_terms(project: Project) -> set[str]:
    """Every partygraph IRI the project's ontology files state something about."""
    terms: set[str] = set()
    for path in project.ontology_files():
        try:
            graph = _parsed(path)
        except PartygraphError:  # (reported by lint_ontology)
            continue
        terms.update(str(s) for s in graph.subjects() if isinstance(s, URIRef)
                     and str(s).startswith(str(PG)))
    return terms


def _pg_terms(text: str) -> set[str]:
    """The partygraph IRIs a query names (prefixed or in full), read from rdflib's algebra
    of it; none when rdflib cannot read it (Oxigraph, which runs it, has already)."""
    try:
        from rdflib.plugins.sparql import prepareQuery  # (its parser takes 0.1 s to import)

        algebra = prepareQuery(text, initNs=PREFIXES).algebra
    except Exception:  # (rdflib's parser raises many kinds; the check is a hint)
        return set()
    found: set[str] = set()
    stack: list[object] = [algebra]
    while stack:
        item = stack.pop()
        if isinstance(item, URIRef):
            if str(item).startswith(str(PG)) and str(item) != str(PG):  # (not pg: itself)
                found.add(str(item))
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
        elif isinstance(item, PropertyPath):
            stack.extend(vars(item).values())
    return found


def _line_of_name(text: str, local: str) -> int:
    """The line of a query where ``pg:local`` (or its full IRI) first occurs."""
    found = re.search(rf"(?:pg:|{re.escape(str(PG))}){re.escape(local)}(?![\w-])", text)
    return text.count("\n", 0, found.start()) + 1 if found else 1


def lint_shapes(project: Project) -> list[ValidationResult]:
    """The shapes graph is itself valid SHACL (checked against SHACL-SHACL)."""
    try:
        shapes = project.load_shapes()
    except PartygraphError as exc:
        return [_parse_problem(project, project.shapes_file, exc)]
    text = project.shapes_file.read_text(encoding="utf-8")
    file = _relative(project, project.shapes_file)
    if not _has_targets(shapes):
        return [_result(
            "lint:shapes-empty",
            "no SHACL shape here has a target, so nothing in the graph would be checked: "
            "delete this file to use partygraph's own shapes, or write shapes in it",
            "không shape SHACL nào ở đây có đích, nên không gì trong đồ thị được kiểm tra: "
            "xóa tệp này để dùng các shape của partygraph, hoặc viết shape vào đó", file, 1)]
    _conforms, report, _text = meta_validate(shapes, inference="none")  # type: ignore[no-untyped-call]
    assert isinstance(report, Graph)
    results = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        message = str(report.value(result, SH.resultMessage) or "not valid SHACL")
        level = report.value(result, SH.resultSeverity)
        local = str(focus).rsplit("#", 1)[-1]
        results.append(_result(
            "lint:shapes", f"{short_name(focus)} is not valid SHACL: {message}",
            f"{short_name(focus)} không phải SHACL hợp lệ: {message}",
            file, _line_of_term(text, local), str(focus),
            severity_of(level)))
    return results


_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)


def _has_targets(shapes: Graph) -> bool:
    """Whether any shape in ``shapes`` has a target (explicit, or a class that is a shape)."""
    if any(next(shapes.triples((None, target, None)), None) for target in _TARGETS):
        return True
    return any((shape, RDF.type, kind) in shapes
               for shape in shapes.subjects(RDF.type, SH.NodeShape)
               for kind in (RDFS.Class, OWL.Class))


def lint_project(project: Project) -> list[ValidationResult]:
    """All checks of the repository itself."""
    return [*lint_ontology(project), *lint_queries(project), *lint_shapes(project)]


def _lint_key(project: Project) -> str:
    """A digest of everything the checks read: the files, partygraph's code, the libraries."""
    digest = hashlib.sha256(code_digest(("",), ("rdflib", "pyshacl-turbo")).encode())
    for file in [*project.ontology_files(), project.shapes_file,
                 *sorted(project.queries_dir.glob("*.rq"))]:
        try:
            data = file.read_bytes()
        except OSError:
            data = b"(missing)"
        # (named as the results name it: kept for every project in the process, see memo)
        digest.update(f"{project.relative(file)}\0{hashlib.sha256(data).hexdigest()}\n".encode())
    return digest.hexdigest()


def lint_project_cached(project: Project) -> list[ValidationResult]:
    """:func:`lint_project`, its results kept in the build folder while what it reads is
    unchanged (the checks parse the ontology and shapes: half a second of every run)."""
    return kept(project.build_dir / "lint.json", _lint_key(project),
                lambda: lint_project(project),
                dump=lambda results: [asdict(r) for r in results],
                load=lambda value: [ValidationResult(**{**r, **{part: tuple(
                    Origin(**o) for o in r.get(part, ())) for part in ("origins", "cause")}})
                    for r in value], shared=True)
