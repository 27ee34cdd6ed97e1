"""Bind typed RDF terms into a SPARQL query as ``VALUES`` blocks, never by pasting text.

The values are RDF terms that pyoxigraph has already checked and serialises itself (with
escaping); they are placed in ``VALUES`` blocks at the start of the query's outermost WHERE
group, one block per variable, so that every pattern, FILTER and EXISTS of that group sees
them. The same text runs on the embedded store and on any SPARQL 1.1 endpoint.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

import pyoxigraph as ox

from partygraph.errors import QueryError

__all__ = [
    "group_binds", "inject_values", "prologue", "query_form", "request_kind", "subquery_groups",
    "where_group_start", "with_prefixes",
]

_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
      |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\s]*>)
  | (?P<var>[?$]\w+)
  | (?P<pname>[A-Za-z][\w.-]*:[^\s{}()<>,;]*)
  | (?P<lang>@[A-Za-z-]+)
  | (?P<open>\{)
  | (?P<close>\})
  | (?P<word>[A-Za-z_][A-Za-z0-9_-]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
Bound = ox.NamedNode | ox.Literal


_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
_UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE",
                           "COPY", "WITH"})


def request_kind(text: str) -> str:
    """``update`` for a SPARQL 1.1 update (its first keyword past BASE and PREFIX is INSERT,
    DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY or WITH), else ``query``. Words in
    comments, strings, IRIs, variables and prefixed names (``# insert``, ``?delete``,
    ``PREFIX load:``) never count."""
    for match in _TOKEN.finditer(text):
        if match.lastgroup != "word" or match.group().upper() in ("BASE", "PREFIX"):
            continue
        return "update" if match.group().upper() in _UPDATE_WORDS else "query"
    return "query"


def with_prefixes(text: str, prefixes: Mapping[str, str]) -> str:
    """``text`` with a PREFIX declaration for each of ``prefixes`` it uses but does not
    declare, all on its first line, so that an endpoint's syntax errors keep their lines."""
    declared: set[str] = set()
    used: set[str] = set()
    after_prefix = False
    for match in _TOKEN.finditer(text):
        kind, token = match.lastgroup, match.group()
        if kind == "pname":
            (declared if after_prefix else used).add(token.split(":", 1)[0])
        if kind != "comment" and not token.isspace():
            after_prefix = kind == "word" and token.upper() == "PREFIX"
    missing = [f"PREFIX {name}: <{prefixes[name]}>"
               for name in sorted(used - declared) if name in prefixes]
    return " ".join([*missing, text])


def query_form(query: str) -> str:
    """``SELECT``, ``CONSTRUCT``, ``ASK`` or ``DESCRIBE``: the first form keyword outside
    comments, strings and IRIs (a word like "created" in a comment does not count)."""
    for match in _TOKEN.finditer(query):
        if match.lastgroup == "word" and match.group().upper() in _FORMS:
            return match.group().upper()
    raise QueryError("the query is not a SELECT, CONSTRUCT, ASK or DESCRIBE query")


def prologue(query: str) -> str:
    """The BASE and PREFIX declarations ``query`` starts with (its text up to its form
    keyword), for another query to read its prefixed names the same way."""
    for match in _TOKEN.finditer(query):
        if match.lastgroup == "word" and match.group().upper() in _FORMS:
            return query[:match.start()]
    return ""


def group_binds(query: str) -> dict[str, str]:
    """The ``BIND (expression AS ?v)`` clauses that stand directly in the outermost WHERE
    group of ``query`` (not in a group inside it): their text by the variable each binds."""
    found: dict[str, str] = {}
    depth = 1
    bind: int | None = None  # where the BIND being read starts
    parens = 0
    previous = ""  # the token before, in the BIND's own parentheses
    bound = ""  # the variable after its AS
    for match in _TOKEN.finditer(query, where_group_start(query)):
        kind, token = match.lastgroup, match.group()
        if kind == "comment" or token.isspace():
            continue
        if kind in ("open", "close"):
            depth += 1 if kind == "open" else -1
            if depth == 0:
                break
        elif bind is not None:
            if token in ("(", ")"):
                parens += 1 if token == "(" else -1
                if parens == 0:
                    if bound:
                        found[bound] = query[bind:match.end()]
                    bind = None
            elif kind == "var" and parens == 1 and previous == "AS":
                bound = token[1:]
            previous = token.upper() if kind == "word" else ""
        elif depth == 1 and kind == "word" and token.upper() == "BIND":
            bind, parens, previous, bound = match.start(), 0, "", ""
    return found


def where_group_start(query: str) -> int:
    """Index just after the ``{`` that opens the outermost WHERE group of ``query``."""
    form: str | None = None
    depth = 0
    skipped_template = False
    for match in _TOKEN.finditer(query):
        kind = match.lastgroup
        if kind == "word" and form is None and match.group().upper() in _FORMS:
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


def inject_values(query: str, bindings: Mapping[str, Bound | Sequence[Bound]],
                  patterns: Sequence[str] = (), inner: Collection[str] = ()) -> str:
    """Return ``query`` with a VALUES block per bound variable in its WHERE group, followed
    by ``patterns`` (triple patterns of a saved query's own text, never user text: see the
    ``narrows`` of :mod:`partygraph.query.saved`). The block of each variable named in
    ``inner`` is also put in every sub-select where it cannot change the rows (see
    :func:`subquery_groups`), so that the sub-select reads only what the query keeps."""
    if not bindings:
        return query
    blocks = {}
    for name in sorted(bindings):
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"{name!r} is not a SPARQL variable name")
        given = bindings[name]
        terms = [given] if isinstance(given, ox.NamedNode | ox.Literal) else list(given)
        for term in terms:
            if not isinstance(term, ox.NamedNode | ox.Literal):
                raise QueryError(f"parameter {name!r} must be bound to IRIs or literals")
        blocks[name] = f"VALUES ?{name} {{ {' '.join(str(t) for t in terms)} }}"
    at = where_group_start(query)
    inside = sorted((start, name) for name in inner if name in blocks
                    for start in subquery_groups(query, name))
    for start, name in reversed(inside):  # (from the end: the indexes before stay right)
        query = query[:start] + f" {blocks[name]} " + query[start:]
    return query[:at] + "\n  " + "\n  ".join([*blocks.values(), *patterns]) + query[at:]


def subquery_groups(query: str, name: str) -> list[int]:
    """Indexes just after the ``{`` opening the WHERE group of each sub-select of ``query``
    in which a VALUES block of ``?name`` gives the rows the query gives with that block in
    its outermost group only: the sub-select (and every sub-select around it) selects the
    variable itself (not ``*`` nor ``(… AS ?name)``), has no LIMIT, OFFSET or VALUES after
    its WHERE group, and binds the variable in every row (it stands in a triple pattern of
    the sub-select's own group, not in an OPTIONAL, UNION, FILTER, BIND or VALUES); and
    every OPTIONAL, MINUS or EXISTS around it stands directly in a group that starts with
    the block (the outermost WHERE group, or such a sub-select's), so the rows it meets
    there have the variable bound already. Then every row of the sub-select whose value is
    not among the block's meets no row of the rest of the query, which has the block.
    (Inside ``{ ?x :p ?y OPTIONAL { SELECT ?t … } }``, a group of its own, the rows of
    ``?x :p ?y`` have no ``?t`` yet: a row kept there only because the sub-select has no
    row for it would meet the block later, so no block goes there.)"""
    variable = name.lstrip("?$")
    at = where_group_start(query)
    stack = [_Group(at, subselect=False, starts_bound=True)]
    header: _Group | None = None  # a sub-select read up to its WHERE group
    ended: _Group | None = None  # a sub-select whose WHERE group closed: its modifiers
    for match in _TOKEN.finditer(query, at):
        kind, token = match.lastgroup, match.group()
        if kind in ("comment", "string") or token.isspace():
            continue
        word = token.upper() if kind == "word" else ""
        if header is not None:  # SELECT … up to the WHERE group
            if kind == "open":
                header.start = match.end()
                header.starts_bound = True  # (the block goes first, if it goes at all)
                stack.append(header)
                header = None
            elif token in ("(", ")"):
                header.parens += 1 if token == "(" else -1
            elif kind == "var" and token[1:] == variable and header.parens == 0:
                header.selects = True
            continue
        if ended is not None:  # GROUP BY … LIMIT … up to the end of `{ SELECT … }`
            if word in ("LIMIT", "OFFSET", "VALUES") or kind == "open":
                ended.selects = False
            if kind == "close":
                if ended.selects and ended.bound and not ended.unsafe:
                    stack[-1].found += [ended.start, *ended.found]
                ended = None
            elif kind != "open":
                continue
        top = stack[-1]
        if word == "SELECT":
            header = _Group(0, subselect=True, unsafe=top.unsafe)
        elif kind == "open":
            # the right side of an OPTIONAL, MINUS or EXISTS meets the rows before it in
            # its group: only in a group that starts with the block do those bind it
            unsafe = top.unsafe or (top.previous in ("OPTIONAL", "MINUS", "EXISTS")
                                    and not top.starts_bound)
            stack.append(_Group(match.end(), subselect=False, unsafe=unsafe))
        elif kind == "close":
            group = stack.pop()
            if group.subselect:
                ended = group
            elif not stack:
                return sorted(group.found)
            else:
                stack[-1].found += group.found
        elif token in ("(", ")"):
            top.parens += 1 if token == "(" else -1
        elif kind == "var" and token[1:] == variable and top.subselect and top.parens == 0 \
                and top.previous != "VALUES":
            top.bound = True
        top.previous = word
    return []


@dataclass
class _Group:
    """A group being read by :func:`subquery_groups`: where it starts; for a sub-select's
    WHERE group, whether it selects and binds the variable; the indexes found inside."""

    start: int
    subselect: bool
    starts_bound: bool = False  # the block is (or will be) at its start
    unsafe: bool = False  # inside an OPTIONAL, MINUS or EXISTS whose left side may not bind it
    selects: bool = False
    bound: bool = False
    parens: int = 0
    previous: str = ""
    found: list[int] = field(default_factory=list)
