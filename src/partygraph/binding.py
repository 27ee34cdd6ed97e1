"""Bind typed RDF terms into a SPARQL query as a ``VALUES`` block, never by pasting text.

The values are RDF terms that pyoxigraph has already checked and serialises itself (with
escaping); they are placed in a ``VALUES`` block at the start of the query's outermost WHERE
group, so that every pattern, FILTER and EXISTS of that group sees them. The same text runs
on the embedded store and on any SPARQL 1.1 endpoint.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox

from .errors import QueryError

__all__ = ["inject_values", "where_group_start"]

_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
      |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\s]*>)
  | (?P<open>\{)
  | (?P<close>\})
  | (?P<word>[A-Za-z_][A-Za-z0-9_-]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def where_group_start(query: str) -> int:
    """Index just after the ``{`` that opens the outermost WHERE group of ``query``."""
    form: str | None = None
    depth = 0
    skipped_template = False
    for match in _TOKEN.finditer(query):
        kind = match.lastgroup
        if kind == "word" and form is None and match.group().upper() in (
            "SELECT", "CONSTRUCT", "ASK", "DESCRIBE"
        ):
            form = match.group().upper()
        elif kind == "open":
            if form is None:
                break
            if depth == 0 and form == "CONSTRUCT" and not skipped_template:
                before = query[: match.start()].rstrip().upper()
                if not before.endswith("WHERE"):
                    depth += 1
                    skipped_template = True
                    continue
            if depth == 0:
                return match.end()
            depth += 1
        elif kind == "close":
            depth -= 1
    raise QueryError("cannot find the WHERE group of the query to bind parameters into")


def inject_values(query: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """Return ``query`` with ``bindings`` as a one-row VALUES block in its WHERE group."""
    if not bindings:
        return query
    names = sorted(bindings)
    for name in names:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"{name!r} is not a SPARQL variable name")
        term = bindings[name]
        if not isinstance(term, ox.NamedNode | ox.Literal):
            raise QueryError(f"parameter {name!r} must be bound to an IRI or a literal")
    variables = " ".join(f"?{name}" for name in names)
    row = " ".join(str(bindings[name]) for name in names)
    at = where_group_start(query)
    return f"{query[:at]}\n  VALUES ({variables}) {{ ({row}) }}{query[at:]}"
