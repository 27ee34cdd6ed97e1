"""Saved SPARQL queries: their headers, typed parameters, and running them on an engine.

A saved query is a ``.rq`` file whose first lines are ``#+ key: value`` comments (the grlc
convention) forming a YAML header: ``summary`` (required), ``description``, ``tags``,
``params`` and ``index``. Each parameter names a SPARQL variable of the query and declares
its type (``iri`` optionally of a ``class``, ``string``, ``search``, ``integer``, ``date``
(a day, month or year), ``day`` (a day only: what an "as of" compares against, where a month
would leave out the figures dated by a day of it), ``langstring``), whether it is a ``list``,
``required`` or has a ``default``, an ``example`` and a ``description``, and for an
``integer`` its least value ``min`` when it has one. Values become
typed RDF terms bound in VALUES blocks (see ``binding``); no user text is pasted into the
query.

An optional parameter may say what every row satisfies when it is given: ``narrows: "?S
p:q ?P"``, one triple pattern of two variables, one of them the parameter. The query's own
FILTER must say the same (``FILTER (!BOUND(?P) || …)``); the pattern adds no row and drops
none. Given the parameter, the pattern is put first in the WHERE group, after the VALUES,
so that a store starts from the few resources it names rather than filtering every row at
the end (``latest-figures`` with a ``level``: 0.30 s -> 37 ms at 10^6 triples). The text
stays SPARQL 1.1 and runs the same on every engine; a test compares the rows with it and
without it.

The predicate may be a property path (``?t pg:concerns|pg:responsible/org:unitOf+ ?org``),
for a FILTER of ``EXISTS`` tests. A path of several steps or branches may match one pair
more than once (a sequence or an alternative is a bag in SPARQL 1.1), so such a pattern is
not put in the query: on the embedded store the values of its other variable are found
first (``SELECT DISTINCT``, the parameter bound) and bound in a VALUES block, which the
query's own patterns and FILTER then check; the block also goes into each sub-select that
selects that variable and cannot have other rows for it (see
:func:`partygraph.rdf.sparql_text.subquery_groups`). A plain predicate whose other variable
such a sub-select selects is found first too (``person-posts``: the holdings of the
person, whose shortest quotes a sub-select picks). ``deadlines`` for one organisation:
0.11 s -> 4 ms at 10^6 triples, 1.28 s -> 5 ms at 10^7. Elsewhere the query runs as
written. Both give the same rows. A kept query (``keep``) cannot list values of such a
parameter in ``for``.

``index: {param: P, kind: K, subject: S}`` says the query finds the subjects ``?S`` whose
text of kind ``K`` (``search``: ``pg:searchKey``, ``quote``: ``pg:quote``; see
:mod:`partygraph.store.text_index`) contains the value of parameter ``P``. On the embedded
store with its text index, the subjects the index finds are bound to ``?S`` in a VALUES
block, so the query's own pattern and FILTER check only those; elsewhere (a remote endpoint,
no index, a text too short for it) the query runs as written. Both give the same rows.
``rows: [S, F, Q]`` (kind ``quote`` only) says more: the query's rows are the quote rows the
index keeps (:meth:`partygraph.store.text_index.TextIndex.quote_rows`: source id, fact id,
the fact's quotes that hold the text, joined), which the embedded store then gives without
running the query at all. Such a query selects ``?S ?F (STRLANG(GROUP_CONCAT(DISTINCT
STR(?quote); separator=" | "), "vi") AS ?Q)``, grouped and ordered by ``?S ?F``.

``keep: {subject: S}`` (a CONSTRUCT or SELECT whose every triple pattern, in the template
and the WHERE clause, has ``?S`` as its subject, and whose every sub-select selects ``?S``)
asks the build to answer the query ahead of time and keep the answer beside the embedded
store (:mod:`partygraph.store.kept`), which then gives it without running the query;
elsewhere the query runs as written. Both give the same triples or rows. A CONSTRUCT that
keeps has no parameters; a SELECT's answer is kept for its parameters' default values (so
each of them has a default that needs no store to read, a date, a number or a text, or
none and is optional), and with other values the query runs.

``keep: {whole: true}`` asks the same of a query whose rows read many subjects
(``latest-figures``): its every triple pattern has a fixed predicate (an IRI, or a path of
IRIs with no negation), and its whole answer is kept: made by the first query that asks for
it, and removed by a build that adds or removes a triple with one of those predicates (for
``rdf:type``, of the class the pattern names). Either form may add ``for: {P: [V, …]}``,
a closed list of values of an optional parameter (IRIs or prefixed names, such as the
seven levels of ``pg:OrganisationLevel``), for each of which an answer is kept as well.
A SELECT's may add ``varies: [V, …]``, the columns its parameters alone change (each bound
by a BIND at the end of its outermost group, from other columns and the parameters, and
nothing else reading a parameter: ``coverage``'s ``stale``): for other values of its
parameters, the rows kept for the defaults are given with those columns worked out again
by their BINDs (:mod:`partygraph.query.varies`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import yaml
from rdflib import BNode, URIRef, Variable

from partygraph.errors import QueryError
from partygraph.query.engine import EmbeddedEngine, Engine, QueryResult, service_line
from partygraph.query.varies import VariedColumn, varied_columns, with_columns_reworked
from partygraph.rdf.sparql_text import inject_values, request_kind, subquery_groups
from partygraph.rdf.vocab import DATE_TYPES, PREFIXES, XSD, curie
from partygraph.store.kept import KeptQuery
from partygraph.store.text_index import JOINED, KINDS
from partygraph.util.collection import collection_paused
from partygraph.util.dates import parse_partial_date
from partygraph.util.suggest import did_you_mean
from partygraph.util.text import fold, nfc

__all__ = [
    "PARAM_TYPES",
    "IndexUse",
    "Parameter",
    "SavedQuery",
    "bind_parameters",
    "label_map",
    "load_each",
    "load_named",
    "load_queries",
    "load_query",
    "query_text",
    "run_query",
]

PARAM_TYPES = ("iri", "string", "search", "integer", "date", "day", "langstring")
_HEADER_KEYS = {"summary", "description", "tags", "params", "index", "keep"}
_INDEX_KEYS = {"param", "kind", "subject"}
_INDEX_ROWS = "rows"  # an optional key of 'index': the variables the quote rows give
# what a query the text index answers alone selects: the source and fact ids and the fact's
# quotes that hold the phrase, joined as TextIndex.quote_rows joins them
_QUOTE_ROWS = re.compile(
    r"\bSELECT\s+[?$](?P<source>\w+)\s+[?$](?P<fact>\w+)\s+\(\s*STRLANG\s*\(\s*GROUP_CONCAT\s*\("
    r"\s*DISTINCT\s+STR\s*\(\s*[?$]\w+\s*\)\s*;\s*separator\s*=\s*\""
    + re.escape(JOINED) + r"\"\s*\)\s*,\s*\"vi\"\s*\)"
    r"\s+AS\s+[?$](?P<quotes>\w+)\s*\)\s*WHERE\b", re.IGNORECASE)
_PARAM_KEYS = {"type", "class", "scheme", "list", "required", "default", "example",
               "description", "min", "narrows"}
_NARROWS = re.compile(r"\s*[?$](?P<s>\w+)\s+(?P<p>[A-Za-z(^][^\s{}]*)\s+[?$](?P<o>\w+)\s*\.?\s*")
# the parts of a property path: prefixed names and the path operators
_PATH_PART = re.compile(r"[A-Za-z][\w-]*:[\w-]+|[|/^+*?()]")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LANGSTRING = re.compile(r"^(?P<text>.*)@(?P<lang>[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)$",
                         re.DOTALL)
Values = Mapping[str, str | Sequence[str]]


@dataclass(frozen=True)
class Parameter:
    """A declared query parameter, bound to the SPARQL variable of the same name."""

    name: str
    type: str
    description: str
    required: bool = False
    default: str | None = None
    example: str | None = None
    cls: str | None = None
    many: bool = False
    # the concept scheme whose notations (what fact sheets write: ``members``) it also takes
    scheme: str | None = None
    # the least value an integer parameter takes (``min: 1``), None for no bound
    minimum: int | None = None
    # the triple pattern every row satisfies when it is given (``?unit pg:level ?level``),
    # as SPARQL text to put first in the WHERE group (``narrows``); None for none
    narrows: str | None = None
    # when that pattern's predicate is a property path, or a sub-select selects its other
    # variable (see ``subquery_groups``): that variable, whose values the embedded store
    # finds first and binds instead, there too (None: the pattern is put in the query)
    narrows_finds: str | None = None

    @property
    def signature(self) -> str:
        """``name:type`` with ``[]`` for a list and ``?`` when optional."""
        kind = self.type + ("[]" if self.many else "")
        return f"{self.name}:{kind}" + ("" if self.required else "?")


@dataclass(frozen=True)
class IndexUse:
    """How a saved query can use the text index: the subjects ``?subject`` whose ``kind``
    text contains parameter ``param``'s value."""

    param: str
    kind: str
    subject: str
    rows: tuple[str, ...] = ()


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
    index: IndexUse | None = None
    # the variable every pattern is about, or '' for an answer kept whole (``keep``)
    keep: str | None = None
    keep_form: str = "construct"
    # a whole answer's predicates read (see :class:`KeptQuery`), and the parameter values
    # for which answers are kept besides the defaults' (``for``)
    keep_reads: tuple[str, ...] = ()
    keep_values: tuple[tuple[str, str], ...] = ()
    # the columns its parameters alone change, worked out again from the rows kept for the
    # defaults (``varies``, see :mod:`partygraph.query.varies`)
    keep_varies: tuple[VariedColumn, ...] = ()

    @property
    def kept(self) -> KeptQuery | None:
        """What the build needs to keep this query's answer, when its header asks for it:
        the text it runs with its parameters' default values."""
        if self.keep is None:
            return None
        return KeptQuery(self.name, query_text(None, self, {}), self.keep, self.keep_form,
                         self.keep_reads)

    @property
    def kept_all(self) -> list[KeptQuery]:
        """Every answer the build keeps of this query: the defaults' (:attr:`kept`), then one
        for each value its header lists (``for``), named after the digest of its text."""
        first = self.kept
        if first is None:
            return []
        found = [first]
        for param, value in self.keep_values:
            text = query_text(None, self, {param: value})
            found.append(KeptQuery(self.name, text, first.subject, first.form, first.reads,
                                   variant=True))
        return found

    def example_values(self) -> dict[str, str | list[str]]:
        """The example value of every parameter that has one (a list for list parameters)."""
        values: dict[str, str | list[str]] = {}
        for p in self.params:
            if p.example is not None:
                values[p.name] = [v.strip() for v in p.example.split(",")] if p.many \
                    else p.example
        return values


def _header(path: Path, text: str) -> tuple[dict[str, Any], int]:
    header: list[str] = []
    for line in text.splitlines():
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
    except yaml.YAMLError as exc:  # a character YAML refuses, such as a NUL
        raise QueryError(f"malformed query header: {' '.join(str(exc).split())}", file=path,
                         line=1) from None
    if not isinstance(data, dict):
        raise QueryError("the '#+' header must be 'key: value' lines", file=path, line=1)
    return data, len(header)


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(rf"^#\+\s*{re.escape(key)}\s*:", line):
            return number
    return 1


def _parameter(path: Path, text: str, body: str, name: Any, spec: Any) -> Parameter:
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
    if "class" in spec and spec["type"] != "iri":
        raise QueryError(f"parameter '{name}': only an iri parameter can name a class",
                         file=path, line=line)
    if not re.search(rf"[?$]{name}\b", body):
        raise QueryError(f"parameter '{name}' is not used as ?{name}", file=path, line=line)
    for key in ("required", "list"):
        if key in spec and not isinstance(spec[key], bool):
            raise QueryError(f"parameter '{name}': '{key}' must be true or false", file=path,
                             line=line)
    if spec.get("example") is None or not str(spec.get("description", "")).strip():
        raise QueryError(f"parameter '{name}' needs an example and a description", file=path,
                         line=line)
    if "scheme" in spec and spec.get("class") != "skos:Concept":
        raise QueryError(f"parameter '{name}': only a parameter of class skos:Concept can "
                         "name a scheme", file=path, line=line)
    minimum = spec.get("min")
    if "min" in spec and (spec["type"] != "integer" or isinstance(minimum, bool)
                          or not isinstance(minimum, int)):
        raise QueryError(f"parameter '{name}': 'min' is an integer, of an integer parameter",
                         file=path, line=line)
    for key in ("default", "example"):
        given = spec.get(key)
        if minimum is not None and given is not None and str(given).lstrip("+-").isdigit() \
                and int(str(given)) < minimum:
            raise QueryError(f"parameter '{name}': its {key} {given} is below its min "
                             f"{minimum}", file=path, line=line)
    cls, scheme = (None if spec.get(key) is None else _expand(str(spec[key]))
                   for key in ("class", "scheme"))
    narrows, finds = _narrows(path, line, body, str(name), spec)
    return Parameter(
        name=str(name), type=spec["type"], description=str(spec["description"]).strip(),
        required=bool(spec.get("required", False)),
        default=None if spec.get("default") is None else str(spec["default"]),
        example=str(spec["example"]), cls=cls, many=bool(spec.get("list", False)),
        scheme=scheme, minimum=minimum, narrows=narrows, narrows_finds=finds,
    )


def _narrows(path: Path, line: int, body: str, name: str,
             spec: dict[str, Any]) -> tuple[str | None, str | None]:
    """The ``narrows`` pattern of parameter ``name``, checked, as the text to put in the
    query: ``?S <p> ?P``, the predicate (or each name of a property path) written out in
    full; and, when it is a path or a sub-select selects its other variable, that variable
    (see :attr:`Parameter.narrows_finds`)."""
    if "narrows" not in spec:
        return None, None
    found = _NARROWS.fullmatch(str(spec["narrows"]))
    wrong = QueryError(f"parameter '{name}': 'narrows' must be one triple pattern "
                       f"'?S prefix:name ?{name}' (or '?{name} prefix:name ?O'; the predicate "
                       "may be a property path of prefixed names) whose other variable is one "
                       "of the query's", file=path, line=line)
    if found is None:
        raise wrong
    other = found["o"] if found["s"] == name else found["s"] if found["o"] == name else None
    parts = _PATH_PART.findall(found["p"])
    names = [part for part in parts if len(part) > 1]
    if other is None or other == name or not re.search(rf"[?$]{other}\b", body) \
            or "".join(parts) != found["p"] or not names \
            or any(_expand(part) == part for part in names):
        raise wrong
    predicate = "".join(f"<{_expand(part)}>" if len(part) > 1 else part for part in parts)
    written = f"?{found['s']} {predicate} ?{found['o']} ."
    try:  # a path SPARQL's grammar refuses (`pg:a)(pg:b`, `pg:a//pg:b`): refused here, not
        ox.Store().query(f"SELECT * WHERE {{ {written} }}")  # at its first use
    except SyntaxError:
        raise wrong from None
    return written, other if len(parts) > 1 or _selected_inside(body, other) else None


def _selected_inside(body: str, variable: str) -> bool:
    """Whether a sub-select of ``body`` selects ``variable`` where its values can be bound."""
    try:
        return bool(subquery_groups(body, variable))
    except QueryError:  # (no WHERE group: the syntax check says so, with its line)
        return False


def _expand(name: str) -> str:
    """A prefixed name (``skos:Concept``) as a full IRI; anything else as it is."""
    prefix, _, local = name.partition(":")
    return PREFIXES[prefix] + local if prefix in PREFIXES else name


def _index_use(path: Path, text: str, body: str, spec: Any,
               params: tuple[Parameter, ...]) -> IndexUse | None:
    if spec is None:
        return None
    line = _line_of(text, "index")
    if not isinstance(spec, dict) or set(spec) - {_INDEX_ROWS} != _INDEX_KEYS:
        raise QueryError("'index' must be {param: P, kind: K, subject: S}", file=path, line=line)
    rows = spec.get(_INDEX_ROWS, [])
    if not isinstance(rows, list) or not all(isinstance(r, str) for r in rows):
        raise QueryError("'index' rows must be a list of variables", file=path, line=line)
    use = IndexUse(str(spec["param"]), str(spec["kind"]), str(spec["subject"]), tuple(rows))
    declared = {p.name: p for p in params}
    param = declared.get(use.param)
    if param is None or param.type not in ("string", "search") or param.many:
        raise QueryError(f"'index' needs a string or search parameter, not '{use.param}'",
                         file=path, line=line)
    if use.kind not in KINDS:
        raise QueryError(f"'index' kind {use.kind!r} is not one of {', '.join(KINDS)}",
                         file=path, line=line)
    if use.subject in declared or not _NAME.match(use.subject) \
            or not re.search(rf"[?$]{use.subject}\b", body):
        raise QueryError(f"'index' subject '{use.subject}' must be a variable of the query "
                         "that is no parameter", file=path, line=line)
    if use.rows and (use.kind != "quote" or use.rows != _quote_columns(body)):
        raise QueryError("'index' rows must be the three columns the query selects (source "
                         "id, fact id, quotes joined: SELECT ?S ?F (STRLANG(GROUP_CONCAT("
                         "DISTINCT STR(?quote); separator=\" | \"), \"vi\") AS ?Q) … GROUP BY "
                         "?S ?F ORDER BY ?S ?F), of a quote index", file=path, line=line)
    return use


def _quote_columns(body: str) -> tuple[str, ...]:
    """The source, fact and quotes columns of a query shaped as the text index's quote rows
    are (one row per source and fact, in their order, the quotes joined); () for another."""
    selected = _QUOTE_ROWS.search(body)
    if selected is None:
        return ()
    source, fact, quotes = selected.group("source", "fact", "quotes")
    grouped = re.search(rf"\bGROUP\s+BY\s+[?$]{source}\s+[?$]{fact}\s+"
                        rf"ORDER\s+BY\s+[?$]{source}\s+[?$]{fact}\s*$", body, re.IGNORECASE)
    return (source, fact, quotes) if grouped else ()


@dataclass(frozen=True)
class _Keep:
    """A checked ``keep`` header (see :func:`_keep`)."""

    subject: str  # '' for an answer kept whole
    form: str
    reads: tuple[str, ...] = ()
    values: tuple[tuple[str, str], ...] = ()
    varies: tuple[VariedColumn, ...] = ()


def _keep(path: Path, text: str, spec: Any, params: tuple[Parameter, ...],
          index: IndexUse | None) -> _Keep | None:
    """The checked ``keep`` header: ``{subject: S}``, a CONSTRUCT with no parameters, or a
    SELECT whose parameters' defaults need no store, whose every triple pattern is about
    ``?S`` (see :mod:`partygraph.store.kept`: its answer is the union of one part per
    subject, redone only when the parts of the subjects whose triples changed did); or
    ``{whole: true}``, the same queries whose every triple pattern has a fixed predicate
    (the answer is redone when a triple of one of them changed). Either may list values of
    optional parameters (``for``) whose answers are kept too."""
    if spec is None:
        return None
    line = _line_of(text, "keep")
    shape = ("'keep' must be {subject: S}, S a variable of the query, or {whole: true}; "
             "either with for: {P: [V, ...]}, P a parameter, or varies: [V, ...], V a column")
    if not isinstance(spec, dict) or not set(spec) - {"for", "varies"} \
            or set(spec) - {"for", "varies"} not in ({"subject"}, {"whole"}) \
            or ("subject" in spec and not _NAME.match(str(spec["subject"]))) \
            or ("whole" in spec and spec["whole"] is not True):
        raise QueryError(shape, file=path, line=line)
    subject = str(spec.get("subject", ""))
    if index is not None:
        raise QueryError("'keep' and 'index' do not go together: a kept answer needs no index",
                         file=path, line=line)
    from rdflib.plugins.sparql import prepareQuery  # only for the few queries that keep

    try:
        algebra = prepareQuery(text, initNs=PREFIXES).algebra
    except Exception as exc:  # rdflib's parser raises many kinds; the text runs on oxigraph
        raise QueryError(f"'keep': the query cannot be read to check it ({exc})", file=path,
                         line=line) from None
    if algebra.name not in ("ConstructQuery", "SelectQuery"):
        raise QueryError("'keep' is for CONSTRUCT and SELECT queries", file=path, line=line)
    form = "select" if algebra.name == "SelectQuery" else "construct"
    if form == "construct" and params:
        raise QueryError("'keep' is for CONSTRUCT queries without parameters (one answer to "
                         "keep)", file=path, line=line)
    for param in params:
        if param.required or (param.type == "iri" and param.default is not None):
            raise QueryError(f"'keep': parameter '{param.name}' "
                             f"{'needs a value' if param.required else 'has an id as default'}"
                             ", so the answer to keep (for the defaults) could not be made at "
                             "build time", file=path, line=line)
    values = _keep_values(path, line, spec.get("for"), params)
    varies = _keep_varies(path, line, text, algebra, spec.get("varies"), params)
    top = algebra  # (a CONSTRUCT's template too)
    if form == "select":  # the projection itself need not select ?S, only what it reads
        top = top.p
        while top.name in ("Slice", "Distinct", "Reduced"):
            top = top.p
        top = top.p
    if not subject:
        reads: set[str] = set()
        wrong = _unfixed(algebra, reads)  # (all of it: a template is read from no store)
        if wrong:
            raise QueryError("'keep': every triple pattern of an answer kept whole must have a "
                             f"fixed predicate (an IRI, or a path of IRIs with no negation); "
                             f"not: {wrong}", file=path, line=line)
        return _Keep("", form, tuple(sorted(reads)), values, varies)
    wrong = _not_about(top, Variable(subject))
    if wrong:
        raise QueryError(f"'keep': every triple pattern must have ?{subject} as its subject, "
                         f"and every sub-select must select it; not: {wrong}", file=path, line=line)
    return _Keep(subject, form, (), values, varies)


def _keep_varies(path: Path, line: int, text: str, algebra: Any, spec: Any,
                 params: tuple[Parameter, ...]) -> tuple[VariedColumn, ...]:
    """The ``varies: [V, ...]`` of a ``keep`` header, checked (see
    :mod:`partygraph.query.varies`): the columns of a SELECT that its parameters alone
    change, each a single value that narrows nothing."""
    if spec is None:
        return ()
    if algebra.name != "SelectQuery" or not isinstance(spec, list) or not spec \
            or not all(isinstance(v, str) and _NAME.match(v) for v in spec):
        raise QueryError("'keep': 'varies' must be a list of columns of a SELECT, such as "
                         "[stale]", file=path, line=line)
    for param in params:
        if param.many or param.narrows is not None:
            raise QueryError(f"'keep': with 'varies', parameter '{param.name}' must be one "
                             "value that narrows nothing (rows are kept for the defaults)",
                             file=path, line=line)
    try:
        return varied_columns(text, algebra, spec, [p.name for p in params])
    except ValueError as exc:
        raise QueryError(f"'keep': {exc}", file=path, line=line) from None


def _keep_values(path: Path, line: int, spec: Any,
                 params: tuple[Parameter, ...]) -> tuple[tuple[str, str], ...]:
    """The ``for: {P: [V, ...]}`` of a ``keep`` header, checked: each P an optional
    parameter, each V a value of it that needs no store to bind (not an entity id)."""
    if spec is None:
        return ()
    declared = {p.name: p for p in params}
    if not isinstance(spec, dict) or not spec:
        raise QueryError("'keep': 'for' must be {P: [V, ...]}, P a parameter", file=path,
                         line=line)
    found: list[tuple[str, str]] = []
    for name, items in spec.items():
        param = declared.get(str(name))
        if param is None:
            raise QueryError(f"'keep': 'for' names '{name}', which is not a parameter of the "
                             "query", file=path, line=line)
        if param.many or not isinstance(items, list) or not items:
            raise QueryError(f"'keep': 'for' must give a list of single values of '{name}'",
                             file=path, line=line)
        if param.narrows_finds is not None:  # (its defaults' text binds nothing of it)
            raise QueryError(f"'keep': 'for' cannot list values of '{name}', which narrows by a "
                             "property path: the text it runs depends on the store", file=path,
                             line=line)
        for item in items:
            value = str(item)
            if param.type == "iri" and (":" not in value or _SLUG.fullmatch(value)):
                raise QueryError(f"'keep': value {value!r} of '{name}' is not an IRI or a "
                                 "prefixed name (an id needs the store to be read)", file=path,
                                 line=line)
            try:
                _term(None, param, value)
            except QueryError as exc:
                raise QueryError(f"'keep': {exc.reason}", file=path, line=line) from None
            found.append((param.name, value))
    return tuple(found)


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _parts(node: Any) -> Iterator[Any]:
    """Every node of a query's algebra (rdflib's CompValue), each before those inside it, in
    the order of the query."""
    from rdflib.plugins.sparql.parserutils import CompValue  # imported by the parse before

    if isinstance(node, CompValue):
        yield node
        for value in node.values():
            yield from _parts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _parts(item)


def _patterns(part: Any, *keys: str) -> list[Any]:
    """The triple patterns a node of the algebra holds under ``keys`` (``triples``: a basic
    graph pattern's; ``template``: a CONSTRUCT's)."""
    # (dict's get: CompValue's own takes other arguments)
    return [triple for key in keys for triple in dict.get(part, key) or ()]


def _unfixed(node: Any, reads: set[str]) -> str:
    """Add to ``reads`` what each triple pattern (and EXISTS) of a query's algebra reads:
    ``<p>``, or ``<rdf:type><C>`` for a pattern of a fixed class; the first pattern whose
    predicate is not fixed (a variable, a negated path) is returned (a SERVICE is
    refused before)."""
    from rdflib.paths import AlternativePath, InvPath, MulPath, NegatedPath, SequencePath

    def predicates(path: Any) -> list[str] | None:
        if isinstance(path, URIRef):
            return [str(path)]
        parts: list[Any]
        if isinstance(path, (SequencePath, AlternativePath)):
            parts = list(path.args)
        elif isinstance(path, InvPath):
            parts = [path.arg]
        elif isinstance(path, MulPath):
            parts = [path.path]
        else:  # a variable, a negated path (any predicate but some), or something unknown
            return None
        found: list[str] = []
        for part in parts:
            some = predicates(part)
            if some is None:
                return None
            found += some
        return found

    for part in _parts(node):
        for triple in _patterns(part, "triples"):
            found = None if isinstance(triple[1], NegatedPath) else predicates(triple[1])
            if found is None:
                return " ".join(_shown(term) for term in triple)
            if found == [_RDF_TYPE] and isinstance(triple[2], URIRef):
                reads.add(f"<{_RDF_TYPE}><{triple[2]}>")
            else:
                reads.update(f"<{p}>" for p in found)
    return ""


def _shown(term: Any) -> str:
    """A term of a triple pattern as the query would write it (an IRI as a prefixed name)."""
    if isinstance(term, URIRef):
        short = curie(str(term))
        return short if short != str(term) else f"<{term}>"
    return str(term.n3())  # a variable, a literal, a blank node or a property path


def _not_about(node: Any, subject: Variable) -> str:
    """The first triple pattern (or sub-select) of a query's algebra not about ``subject``
    (a plain predicate, no path: a path reads triples about other subjects), or ''."""
    for part in _parts(node):
        if part.name == "Project" and subject not in dict.get(part, "PV", ()):
            return "a sub-select without it"
        if part.name == "Slice":  # a LIMIT or OFFSET counts rows of every subject
            return "a sub-select with LIMIT or OFFSET"
        for triple in _patterns(part, "triples", "template"):
            if triple[0] != subject or not isinstance(triple[1], (URIRef, Variable)) \
                    or any(isinstance(term, BNode) for term in triple):
                return " ".join(_shown(term) for term in triple)
    return ""


def load_query(path: Path) -> SavedQuery:
    """Read and check one saved query; raises QueryError naming file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"cannot read: {exc.strerror}", file=path) from None
    except UnicodeDecodeError:
        raise QueryError("cannot read: not UTF-8 text", file=path) from None
    text = text.removeprefix("\ufeff")  # (a byte-order mark, as some editors save)
    data, header_lines = _header(path, text)
    body = "\n".join(text.splitlines()[header_lines:])
    for key in data:
        if key not in _HEADER_KEYS:
            raise QueryError(f"unknown header key '{key}' (use {', '.join(sorted(_HEADER_KEYS))})",
                             file=path, line=_line_of(text, str(key)))
    if not isinstance(data.get("summary"), str) or not data["summary"].strip():
        raise QueryError("the header needs a '#+ summary:' line", file=path, line=1)
    params = data.get("params") or {}
    if not isinstance(params, dict):
        raise QueryError("'params' must map parameter names to their declarations", file=path,
                         line=_line_of(text, "params"))
    declared = tuple(_parameter(path, text, body, n, s) for n, s in params.items())
    federated = service_line(text)
    if federated is not None:  # checked first: the syntax check below would run the call
        raise QueryError("calls another endpoint (SERVICE): a saved query runs on the embedded "
                         "store too, which never connects to the network; send a federated "
                         "query with 'partygraph sparql --endpoint URL'", file=path,
                         line=federated)
    if request_kind(text) == "update":  # (the parser's message asked for a query form)
        raise QueryError("is a SPARQL update (INSERT, DELETE …), and saved queries only read: "
                         "run an update with 'partygraph sparql --allow-update FILE'",
                         file=path, line=1)
    try:
        ox.Store().query(text, prefixes=PREFIXES)
    except SyntaxError as exc:
        found = re.search(r"(\d+):(\d+)", str(exc))
        raise QueryError(f"not valid SPARQL: {' '.join(str(exc).split())}", file=path,
                         line=int(found.group(1)) if found else 1) from None
    tags = data.get("tags") or []
    if not isinstance(tags, list):
        raise QueryError("'tags' must be a list, such as [people, posts]", file=path,
                         line=_line_of(text, "tags"))
    index = _index_use(path, text, body, data.get("index"), declared)
    keep = _keep(path, text, data.get("keep"), declared, index)
    return SavedQuery(
        name=path.stem, path=path, text=text, summary=str(data["summary"]).strip(),
        description=" ".join(str(data.get("description", "")).split()),
        tags=tuple(str(t) for t in tags), params=declared, index=index,
        keep=None if keep is None else keep.subject,
        keep_form="construct" if keep is None else keep.form,
        keep_reads=() if keep is None else keep.reads,
        keep_values=() if keep is None else keep.values,
        keep_varies=() if keep is None else keep.varies,
    )


def load_queries(folder: Path) -> dict[str, SavedQuery]:
    """Every saved query in ``folder`` by name; raises QueryError on the first bad one."""
    return {q.name: q for q in (load_query(p) for p in sorted(folder.glob("*.rq")))}


def load_each(files: Mapping[str, Path]) -> tuple[dict[str, SavedQuery], list[QueryError]]:
    """Every saved query of ``files`` (name to file) that reads, by name, and the error of
    each that does not: one malformed query leaves the others usable."""
    loaded: dict[str, SavedQuery] = {}
    broken: list[QueryError] = []
    for name, file in files.items():
        try:
            loaded[name] = load_query(file)
        except QueryError as exc:
            broken.append(exc)
    return loaded, broken


def load_named(files: Mapping[str, Path], name: str) -> SavedQuery:
    """The saved query ``name`` of ``files`` (name to file), read alone, so that another
    query's error does not stop it; raises QueryError if it is unknown or malformed."""
    file = files.get(name)
    if file is None:
        raise QueryError(f"no saved query '{name}'{did_you_mean(name, files)} "
                         "(see 'partygraph queries')")
    return load_query(file)


def _resolve_id(engine: Engine, param: Parameter, value: str) -> ox.NamedNode:
    query = inject_values(
        "SELECT DISTINCT ?x WHERE { ?x <http://purl.org/dc/terms/identifier> ?id "
        "FILTER (isIRI(?x)) }", {"id": ox.Literal(value)})
    found = [row["x"] for row in engine.run(query).rows if isinstance(row["x"], ox.NamedNode)]
    entities = sorted((x for x in found if "/id/source/" not in x.value), key=str)
    candidates = entities or sorted(found, key=str)
    if not candidates and param.scheme is not None:  # a concept by what sheets write
        candidates = sorted(_by_notation(engine, value, param.scheme), key=str)
    if not candidates:
        known = _ids(engine, param.cls)
        values = [] if param.scheme is None else _notations(engine, param.scheme)
        suggested = did_you_mean(value, known + values)
        if values and not suggested:  # nothing close: what the parameter takes
            raise QueryError(f"parameter '{param.name}': '{value}' is no id and no value of "
                             f"{curie(param.scheme or '')} (its values: "
                             f"{', '.join(sorted(values))})")
        raise QueryError(f"parameter '{param.name}': no entity has the id '{value}'{suggested}")
    if len(candidates) > 1:
        names = ", ".join(c.value for c in candidates)
        raise QueryError(f"parameter '{param.name}': id '{value}' is ambiguous ({names}); "
                         "give the full IRI")
    return candidates[0]


_NOTATION = "<http://www.w3.org/2004/02/skos/core#notation>"
_IN_SCHEME = "<http://www.w3.org/2004/02/skos/core#inScheme>"


def _by_notation(engine: Engine, value: str, scheme: str) -> list[ox.NamedNode]:
    """The concepts of ``scheme`` whose skos:notation is ``value`` (``members``: what a fact
    sheet writes for pg:PartyMembers)."""
    query = inject_values(f"SELECT DISTINCT ?x WHERE {{ ?x {_NOTATION} ?id ; {_IN_SCHEME} "
                          "?scheme FILTER (isIRI(?x)) }",
                          {"id": ox.Literal(value), "scheme": ox.NamedNode(scheme)})
    return [row["x"] for row in engine.run(query).rows if isinstance(row["x"], ox.NamedNode)]


def _notations(engine: Engine, scheme: str) -> list[str]:
    """The notations of ``scheme``'s concepts: what a misspelt one is compared with."""
    query = inject_values(f"SELECT DISTINCT ?id WHERE {{ ?x {_NOTATION} ?id ; {_IN_SCHEME} "
                          "?scheme }", {"scheme": ox.NamedNode(scheme)})
    found = (row.get("id") for row in engine.run(query).rows)
    return [term.value for term in found if isinstance(term, ox.Literal)]


def _ids(engine: Engine, cls: str | None) -> list[str]:
    """The ids of the entities (of class ``cls``, when given) the graph holds: what a
    misspelt id is compared with."""
    if cls is None:
        query = "SELECT DISTINCT ?id WHERE { ?x <http://purl.org/dc/terms/identifier> ?id }"
    else:
        query = inject_values(
            "SELECT DISTINCT ?id WHERE { ?x <http://purl.org/dc/terms/identifier> ?id . "
            f"?x a/{_SUBCLASS_OF}* ?cls }}", {"cls": ox.NamedNode(cls)})
    found = (row.get("id") for row in engine.run(query).rows)
    return [term.value for term in found if isinstance(term, ox.Literal)]


_RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_SUBCLASS_OF = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"


def _class_name(iri: str, labels: Mapping[str, str]) -> str:
    """``person (foaf:Person)``: a class's English label (or its local name, split into lower
    case words, when the graph does not label it) and its prefixed name."""
    local = re.sub(r"^.*[/#]", "", iri)
    label = labels.get(iri) or re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local).lower() or iri
    return f"{label} ({curie(iri)})"


def _with_article(name: str) -> str:
    return ("an " if name[:1].lower() in "aeiou" else "a ") + name


def _wrong_class(engine: Engine, name: str, cls: str, node: ox.NamedNode,
                 given: str) -> QueryError:
    """The error for an entity that is not of the parameter's class, naming what it is: its
    most specific types (those no other of its types is a subclass of), asked of the engine
    with the entity bound as a term, so it works on the embedded store and on an endpoint."""
    types_query = inject_values(
        f"SELECT DISTINCT ?t ?sub WHERE {{ ?x a ?t . FILTER (isIRI(?t)) "
        f"OPTIONAL {{ ?x a ?sub . FILTER (?sub != ?t) ?sub {_SUBCLASS_OF}+ ?t }} }}",
        {"x": node})
    general: set[str] = set()
    types: set[str] = set()
    for row in engine.run(types_query).rows:
        kind, sub = row["t"], row.get("sub")
        if isinstance(kind, ox.NamedNode):
            types.add(kind.value)
            if sub is not None:
                general.add(kind.value)
    specific = sorted(types - general) or sorted(types)
    labels_query = inject_values(
        f"SELECT ?t ?label WHERE {{ ?t {_RDFS_LABEL} ?label . FILTER (LANG(?label) = \"en\") }}",
        {"t": [ox.NamedNode(t) for t in sorted({cls, *specific})]})
    labels: dict[str, str] = {}
    for row in engine.run(labels_query).rows:
        kind, label = row["t"], row["label"]
        if isinstance(kind, ox.NamedNode) and isinstance(label, ox.Literal):
            labels[kind.value] = min(labels.get(kind.value, label.value), label.value)
    wanted = _with_article(_class_name(cls, labels))
    if not specific:
        return QueryError(f"parameter '{name}': {given} is not {wanted}: the graph gives "
                          "it no type")
    actual = " and ".join(_with_article(_class_name(t, labels)) for t in specific)
    return QueryError(f"parameter '{name}': {given} is {actual}, not {wanted}")


def _iri(engine: Engine | None, param: Parameter, value: str) -> ox.NamedNode:
    given = value
    if _SLUG.fullmatch(value):
        if engine is None:  # (a kept query's values: never an id, see _keep)
            raise QueryError(f"parameter '{param.name}': {value!r} needs the store to be read")
        node = _resolve_id(engine, param, value)
    elif ":" not in value and _SLUG.fullmatch(value.lower()):
        raise QueryError(f"parameter '{param.name}': {value!r} is not an id: ids and values "
                         f"are written in lower case, such as {value.lower()!r}")
    else:
        prefix, _, local = value.partition(":")
        if prefix in PREFIXES and not local.startswith("//"):
            value = PREFIXES[prefix] + local
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+", value):
            raise QueryError(f"parameter '{param.name}': {value!r} is not an IRI, a prefixed "
                             "name or an entity id")
        try:
            node = ox.NamedNode(value)
        except ValueError as exc:
            raise QueryError(f"parameter '{param.name}': {value!r} is not a valid IRI: "
                             f"{exc}") from None
    if engine is None:  # (a kept query's values, bound by the build: see _keep_values)
        return node
    if param.cls is not None:
        # The node's classes, read from the node: with the class bound too, a store may walk
        # from the class down to every instance of it (28 ms for org:Organization at 10^6
        # triples, against 0.3 ms).
        check = inject_values(f"SELECT DISTINCT ?cls WHERE {{ ?x a/{_SUBCLASS_OF}* ?cls }}",
                              {"x": node})
        if ox.NamedNode(param.cls) not in {row["cls"] for row in engine.run(check).rows}:
            raise _wrong_class(engine, param.name, param.cls, node, given)
    if param.scheme is not None:  # a concept of that scheme, not of another
        check = inject_values(f"ASK {{ ?x {_IN_SCHEME} ?scheme }}",
                              {"x": node, "scheme": ox.NamedNode(param.scheme)})
        if not engine.run(check).boolean:
            known = ", ".join(sorted(_notations(engine, param.scheme))) or "none"
            raise QueryError(f"parameter '{param.name}': {given} is not a concept of "
                             f"{curie(param.scheme)} (its values: {known})")
    return node


def _term(engine: Engine | None, param: Parameter,
          value: str) -> ox.NamedNode | ox.Literal:
    if param.type == "iri":
        return _iri(engine, param, value)
    if param.type in ("string", "search", "langstring") and not value.strip():
        raise QueryError(f"parameter '{param.name}': empty text, which every "
                         f"{'quote' if param.type == 'string' else 'name'} would match; "
                         f"give some words (e.g. {param.example})")
    if param.type == "string":
        return ox.Literal(nfc(value))
    if param.type == "search":
        return ox.Literal(fold(value))
    if param.type == "langstring":
        found = _LANGSTRING.match(value)
        if found is None:
            tagged = "@" in value
            raise QueryError(f"parameter '{param.name}': {value!r} "
                             f"{'has no valid language tag' if tagged else 'needs a language tag'}"
                             ", like 'Đảng bộ@vi' (two to eight letters, then parts of one to "
                             "eight letters or digits after '-')")
        return ox.Literal(nfc(found["text"]), language=found["lang"].lower())
    if param.type == "integer":
        if not re.fullmatch(r"[+-]?[0-9]+", value):
            raise QueryError(f"parameter '{param.name}': {value!r} is not an integer")
        if param.minimum is not None and int(value) < param.minimum:
            raise QueryError(f"parameter '{param.name}': {value} is below its least value, "
                             f"{param.minimum} ({param.description})")
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(str(XSD.integer)))
    try:
        date = parse_partial_date(value)
    except ValueError as exc:
        if param.type == "day":  # (the date's own message offers a month or a year too)
            raise QueryError(f"parameter '{param.name}': {value!r} is not a day: write "
                             "YYYY-MM-DD, such as 2020-06-30") from None
        raise QueryError(f"parameter '{param.name}': {exc}") from None
    if param.type == "day" and date.precision != "day":
        raise QueryError(
            f"parameter '{param.name}': {value} is a {date.precision}, not a day: give the "
            f"day it should hold at ({date.last_day().isoformat()} for the end of the "
            f"{date.precision}, {date.first_day().isoformat()} for its start)")
    return ox.Literal(date.isoformat(), datatype=ox.NamedNode(str(DATE_TYPES[date.precision])))


def bind_parameters(engine: Engine | None, query: SavedQuery,
                    values: Values) -> dict[str, list[ox.NamedNode | ox.Literal]]:
    """Check ``values`` against the declared parameters and turn them into typed terms
    (``engine`` reads the ids of entity parameters: None where there are none)."""
    declared = {p.name: p for p in query.params}
    for name in values:
        if name not in declared:
            known = ", ".join(declared) or "none"
            raise QueryError(f"query '{query.name}' has no parameter '{name}' (it takes: {known})")
    bound: dict[str, list[ox.NamedNode | ox.Literal]] = {}
    for param in query.params:
        given = values.get(param.name, param.default)
        if given is None:
            if param.required:
                raise QueryError(f"query '{query.name}' needs -p {param.name} VALUE "
                                 f"({param.description}; e.g. {param.example})")
            continue
        items = [given] if isinstance(given, str) else list(given)
        if len(items) > 1 and not param.many:
            raise QueryError(f"parameter '{param.name}' takes one value, not {len(items)}")
        if not items:
            raise QueryError(f"parameter '{param.name}' needs at least one value")
        # each term once: a value given twice (or by two names of one concept, such as
        # 'members' and 'pg:PartyMembers') would repeat every row it finds
        bound[param.name] = list(dict.fromkeys(_term(engine, param, item) for item in items))
    return bound


def query_text(engine: Engine | None, query: SavedQuery, values: Values) -> str:
    """The text of ``query`` with its parameters bound, as :func:`run_query` runs it
    (``engine`` None: bound without reading the store, as :func:`bind_parameters`).

    On the embedded store, a query that declares an ``index`` is also given the subjects
    the text index finds (same rows, without scanning every text); elsewhere it is the
    query's own text with the parameters' VALUES.
    """
    bound = bind_parameters(engine, query, values)
    use = query.index
    if use is not None and isinstance(engine, EmbeddedEngine) \
            and len(bound.get(use.param, [])) == 1:
        found = engine.candidates(use.kind, bound[use.param][0].value)
        if found is not None:
            bound = {**bound, use.subject: list(found)}
    narrowing: list[str] = []
    by_path: list[str] = []
    for param in query.params:
        if param.narrows is None or param.name not in bound:
            continue
        if param.narrows_finds is None:
            narrowing.append(param.narrows)
        elif isinstance(engine, EmbeddedEngine) and param.narrows_finds not in bound:
            subjects = _found_first(engine, param, bound[param.name])
            if subjects is not None:
                bound = {**bound, param.narrows_finds: subjects}
                by_path.append(param.narrows_finds)
    return inject_values(query.text, bound, narrowing, inner=by_path)


def _found_first(engine: EmbeddedEngine, param: Parameter,
                 given: list[ox.NamedNode | ox.Literal]) -> list[ox.NamedNode | ox.Literal] | None:
    """The values of the other variable of ``param``'s path pattern, ``param`` bound to
    ``given``, each once; None when one is a blank node (a VALUES block cannot name it)."""
    assert param.narrows is not None and param.narrows_finds is not None
    text = inject_values(f"SELECT DISTINCT ?{param.narrows_finds} WHERE {{ {param.narrows} }}",
                         {param.name: given})
    found = [row[param.narrows_finds] for row in engine.run(text).rows]
    terms = [term for term in found if isinstance(term, ox.NamedNode | ox.Literal)]
    return terms if len(terms) == len(found) else None


def run_query(engine: Engine, query: SavedQuery, values: Values) -> QueryResult:
    """Run a saved query with its parameters bound, on the embedded store or an endpoint
    (see :func:`query_text`). A query whose ``index`` gives its ``rows`` is answered by the
    embedded store's text index alone when it can (the same rows); one it ``keep``s, by the
    answer the store keeps when it has one for this text of the query, parameters bound
    (the same triples or rows), or, for other values of its parameters, by the rows kept
    for the defaults with the columns they change worked out again (``varies``). An answer
    kept whole that the store does not keep yet is made now and kept for the next time (for
    the defaults and the values its ``for`` lists; other values run the query)."""
    if query.keep is not None and isinstance(engine, EmbeddedEngine):
        text = query_text(engine, query, values)
        kept = engine.kept_answer(query.name, text, query.keep, query.keep_form)
        if kept is not None:
            return kept
        defaults = query.kept
        if query.keep_varies and defaults is not None:
            kept = engine.kept_answer(query.name, defaults.text, query.keep, query.keep_form)
            if kept is not None:  # the rows for the defaults, the columns that vary redone
                return with_columns_reworked(kept, query.text, query.keep_varies,
                                             bind_parameters(engine, query, values))
        if not query.keep:  # kept whole: this run makes the answer the store keeps
            made = next((spec for spec in query.kept_all if spec.text == text), None)
            if made is not None:
                return engine.make_kept(made)
        return engine.run(text)
    use = query.index
    if use is not None and use.rows and isinstance(engine, EmbeddedEngine):
        bound = bind_parameters(engine, query, values)
        if len(bound.get(use.param, [])) == 1:
            with collection_paused():  # (many rows, none in a cycle: see EmbeddedEngine.run)
                found = engine.quote_rows(bound[use.param][0].value)
                if found is not None:
                    return QueryResult(use.rows, tuple(dict(zip(use.rows, row, strict=True))
                                                       for row in found))
    return engine.run(query_text(engine, query, values))


def label_map(engine: Engine, result: QueryResult) -> dict[str, str]:
    """Labels (Vietnamese first, then English, then any) of the IRIs in ``result``."""
    iris = {t.value for row in result.rows for t in row.values() if isinstance(t, ox.NamedNode)}
    iris |= {t.value for triple in result.triples for t in (triple.subject, triple.object)
             if isinstance(t, ox.NamedNode)}
    if not iris:
        return {}
    query = inject_values(
        "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }",
        {"s": [ox.NamedNode(i) for i in sorted(iris)]})
    rank = {"vi": 0, "en": 1}
    best: dict[str, tuple[int, str]] = {}
    for row in engine.run(query).rows:
        subject, label = row["s"], row["label"]
        if not isinstance(subject, ox.NamedNode) or not isinstance(label, ox.Literal):
            continue
        score = (rank.get(label.language or "", 2), label.value)
        if subject.value not in best or score < best[subject.value]:
            best[subject.value] = score
    return {iri: label for iri, (_, label) in best.items()}
