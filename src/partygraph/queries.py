"""Saved SPARQL queries: their headers, typed parameters, and running them on the store.

A saved query is a ``.rq`` file whose first lines are ``#+ key: value`` comments (the grlc
convention) forming a YAML header: ``summary`` (required), ``description``, ``tags`` and
``params``. Each parameter names a SPARQL variable of the query and declares its type.
Values are turned into typed RDF terms and bound in a VALUES block (see ``binding``);
no user text is pasted into the query.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import yaml

from .binding import inject_values
from .dates import parse_partial_date
from .errors import QueryError
from .store import select
from .text import fold, nfc
from .vocab import PREFIXES, XSD

__all__ = [
    "PARAM_TYPES",
    "Parameter",
    "QueryResult",
    "SavedQuery",
    "bind_parameters",
    "load_queries",
    "load_query",
    "run_query",
]

PARAM_TYPES = ("iri", "string", "search", "integer", "date")
_HEADER_KEYS = {"summary", "description", "tags", "params"}
_PARAM_KEYS = {"type", "required", "default", "example", "description"}
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_DATE_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


@dataclass(frozen=True)
class Parameter:
    """A declared query parameter, bound to the SPARQL variable of the same name."""

    name: str
    type: str
    description: str
    required: bool = False
    default: str | None = None
    example: str | None = None


@dataclass(frozen=True)
class SavedQuery:
    """A saved query file: its text, header and parameters."""

    name: str
    path: Path
    text: str
    summary: str
    description: str = ""
    tags: tuple[str, ...] = ()
    params: tuple[Parameter, ...] = ()

    def example_values(self) -> dict[str, str]:
        """The example value of every parameter that has one."""
        return {p.name: p.example for p in self.params if p.example is not None}


@dataclass(frozen=True)
class QueryResult:
    """Rows of a SELECT (variables in order), or the boolean of an ASK."""

    variables: tuple[str, ...]
    rows: tuple[dict[str, ox.NamedNode | ox.BlankNode | ox.Literal | None], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = field(default=())


def _header(path: Path, text: str) -> tuple[dict[str, Any], int]:
    lines = text.splitlines()
    header: list[str] = []
    for line in lines:
        if not line.startswith("#+"):
            break
        header.append(line[2:].removeprefix(" "))
    if not header:
        raise QueryError("saved query has no '#+ summary:' header", file=path, line=1)
    try:
        data = yaml.safe_load("\n".join(header))
    except yaml.MarkedYAMLError as exc:
        number = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise QueryError(f"malformed query header: {exc.problem}", file=path,
                         line=number) from None
    if not isinstance(data, dict):
        raise QueryError("the '#+' header must be 'key: value' lines", file=path, line=1)
    return data, len(header)


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(rf"^#\+\s*{re.escape(key)}\s*:", line):
            return number
    return 1


def load_query(path: Path) -> SavedQuery:
    """Read and check one saved query; raises QueryError naming file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"cannot read: {exc.strerror}", file=path) from None
    data, header_lines = _header(path, text)
    body = "\n".join(text.splitlines()[header_lines:])
    for key in data:
        if key not in _HEADER_KEYS:
            raise QueryError(f"unknown header key '{key}' (use {', '.join(sorted(_HEADER_KEYS))})",
                             file=path, line=_line_of(text, str(key)))
    if not isinstance(data.get("summary"), str) or not data["summary"].strip():
        raise QueryError("the header needs a '#+ summary:' line", file=path, line=1)
    params = []
    for name, spec in (data.get("params") or {}).items():
        line = _line_of(text, str(name))
        if not isinstance(spec, dict):
            raise QueryError(f"parameter '{name}' must be a mapping", file=path, line=line)
        unknown = set(spec) - _PARAM_KEYS
        if unknown:
            raise QueryError(f"parameter '{name}' has unknown key '{sorted(unknown)[0]}' "
                             f"(use {', '.join(sorted(_PARAM_KEYS))})", file=path, line=line)
        if not _NAME.match(str(name)):
            raise QueryError(f"parameter name '{name}' is not a SPARQL variable", file=path,
                             line=line)
        if spec.get("type") not in PARAM_TYPES:
            raise QueryError(f"parameter '{name}' has type {spec.get('type')!r} "
                             f"(use one of {', '.join(PARAM_TYPES)})", file=path, line=line)
        if not re.search(rf"[?$]{name}\b", body):
            raise QueryError(f"parameter '{name}' is not used as ?{name}", file=path, line=line)
        params.append(Parameter(
            name=str(name), type=spec["type"], description=str(spec.get("description", "")),
            required=bool(spec.get("required", False)),
            default=None if spec.get("default") is None else str(spec["default"]),
            example=None if spec.get("example") is None else str(spec["example"]),
        ))
    try:
        ox.Store().query(text, prefixes=PREFIXES)
    except SyntaxError as exc:
        found = re.search(r"(\d+):(\d+)", str(exc))
        raise QueryError(f"not valid SPARQL: {exc}", file=path,
                         line=int(found.group(1)) if found else 1) from None
    tags = data.get("tags") or []
    return SavedQuery(
        name=path.stem, path=path, text=text, summary=str(data["summary"]).strip(),
        description=str(data.get("description", "")).strip(),
        tags=tuple(str(t) for t in tags), params=tuple(params),
    )


def load_queries(folder: Path) -> dict[str, SavedQuery]:
    """Every saved query in ``folder`` by name; raises QueryError on the first bad one."""
    return {q.name: q for q in (load_query(p) for p in sorted(folder.glob("*.rq")))}


def _iri(store: ox.Store, param: Parameter, value: str) -> ox.NamedNode:
    if re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value):
        found = [
            row["x"] for row in select(store, inject_values(
                "SELECT DISTINCT ?x WHERE { ?x <http://purl.org/dc/terms/identifier> ?id "
                "FILTER(isIRI(?x)) }", {"id": ox.Literal(value)}))
        ]
        entities = sorted((x for x in found if "/id/source/" not in x.value), key=str)
        candidates = entities or sorted(found, key=str)
        if not candidates:
            raise QueryError(f"parameter '{param.name}': no entity has the id '{value}'")
        if len(candidates) > 1:
            names = ", ".join(c.value for c in candidates)
            raise QueryError(f"parameter '{param.name}': id '{value}' is ambiguous ({names}); "
                             "give the full IRI")
        node = candidates[0]
        assert isinstance(node, ox.NamedNode)
        return node
    prefix, _, local = value.partition(":")
    if prefix in PREFIXES and not local.startswith("//"):
        value = PREFIXES[prefix] + local
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+", value):
        raise QueryError(f"parameter '{param.name}': {value!r} is not an IRI, a prefixed name "
                         "or an entity id")
    try:
        return ox.NamedNode(value)
    except ValueError as exc:
        raise QueryError(f"parameter '{param.name}': {value!r} is not a valid IRI: {exc}") from None


def _term(store: ox.Store, param: Parameter, value: str) -> ox.NamedNode | ox.Literal:
    if param.type == "iri":
        return _iri(store, param, value)
    if param.type == "string":
        return ox.Literal(nfc(value))
    if param.type == "search":
        return ox.Literal(fold(value))
    if param.type == "integer":
        try:
            return ox.Literal(str(int(value, 10)), datatype=ox.NamedNode(str(XSD.integer)))
        except ValueError:
            raise QueryError(f"parameter '{param.name}': {value!r} is not an integer") from None
    try:
        date = parse_partial_date(value)
    except ValueError as exc:
        raise QueryError(f"parameter '{param.name}': {exc}") from None
    return ox.Literal(date.isoformat(), datatype=ox.NamedNode(str(_DATE_TYPES[date.precision])))


def bind_parameters(store: ox.Store, query: SavedQuery,
                    values: Mapping[str, str]) -> dict[str, ox.NamedNode | ox.Literal]:
    """Check ``values`` against the declared parameters and turn them into typed terms."""
    declared = {p.name: p for p in query.params}
    for name in values:
        if name not in declared:
            known = ", ".join(declared) or "none"
            raise QueryError(f"query '{query.name}' has no parameter '{name}' (it takes: {known})")
    bound: dict[str, ox.NamedNode | ox.Literal] = {}
    for param in query.params:
        value = values.get(param.name, param.default)
        if value is None:
            if param.required:
                raise QueryError(f"query '{query.name}' needs -p {param.name} VALUE "
                                 f"({param.description}; e.g. {param.example})")
            continue
        bound[param.name] = _term(store, param, value)
    return bound


def run_query(store: ox.Store, query: SavedQuery, values: Mapping[str, str]) -> QueryResult:
    """Run a saved query on the embedded store, over the union of all graphs."""
    text = inject_values(query.text, bind_parameters(store, query, values))
    result = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        return QueryResult((), boolean=bool(result))
    if isinstance(result, ox.QueryTriples):
        return QueryResult(("subject", "predicate", "object"), triples=tuple(result))
    variables = tuple(v.value for v in result.variables)
    rows = tuple({name: solution[name] for name in variables} for solution in result)
    return QueryResult(variables, rows)
