"""Remote SPARQL 1.1 endpoints, through SPARQLWrapper, returning the embedded engine's results.

Every failure (connection refused, unknown host, time-out, HTTP error, a malformed or
truncated answer) becomes one :class:`EndpointError` line naming the endpoint and what to
do. Reads are retried with a bounded backoff. Credentials come from the environment
(``PARTYGRAPH_ENDPOINT_USER`` and ``PARTYGRAPH_ENDPOINT_PASSWORD``) or a netrc file, never
from the command line.
"""

from __future__ import annotations

import json
import time
import urllib.error
from collections.abc import Callable
from typing import Any, TypeVar

import pyoxigraph as ox
from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper

from partygraph.query.engine import QueryResult, Term
from partygraph.query.http import (
    TRANSPORT_ERRORS,
    EndpointError,
    check_url,
    credentials_for,
    error_for,
    failure_of,
    read_before,
    shown_url,
    urllib_status,
    within_deadline,
)
from partygraph.rdf.sparql_text import query_form
from partygraph.rdf.vocab import MERGED_GRAPH

# EndpointError, check_url, credentials_for and shown_url live in partygraph.query.http
# (shared with push and serve); they are named here too, where callers have found them.
__all__ = ["EndpointError", "RemoteEngine", "check_url", "credentials_for", "shown_url"]

T = TypeVar("T")


AUTO = "auto"


class RemoteEngine:
    """A SPARQL 1.1 endpoint that holds the partygraph dataset.

    The saved queries read the merge of all graphs as their default graph. A store that
    has it in its own default graph (Oxigraph, Fuseki) is queried as it is; one that keeps
    it in the named graph :data:`MERGED_GRAPH` (Virtuoso, whose queries otherwise see every
    graph, each triple as often as graphs state it) is asked to take that graph as the
    default graph (the protocol's ``default-graph-uri``). ``default_graph`` gives that
    graph, ``None`` for none, or ``"auto"``: asked of the store before the first query.
    """

    def __init__(self, url: str, *, timeout: float = 30.0, retries: int = 3,
                 backoff: float = 0.5, default_graph: str | None = AUTO) -> None:
        self.url = check_url(url)
        self.name = f"endpoint {shown_url(url)}"
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.default_graph = default_graph

    def _default_graph(self) -> str | None:
        if self.default_graph == AUTO:
            self.default_graph = None  # the question itself is asked of the plain dataset
            found = self.run(f"ASK {{ GRAPH {ox.NamedNode(str(MERGED_GRAPH))} {{ ?s ?p ?o }} }}")
            self.default_graph = str(MERGED_GRAPH) if found.boolean else None
        return self.default_graph

    def _client(self, query: str, fmt: str) -> SPARQLWrapper:
        default_graph = self._default_graph()
        client = SPARQLWrapper(self.url)
        if default_graph is not None:
            client.addDefaultGraph(default_graph)
        client.setQuery(query)
        # SPARQLWrapper guesses the form with a regex that reads comments too ("created"
        # in a comment makes it an update); partygraph's own tokenizer decides instead.
        client.queryType = query_form(query)
        client.setMethod(POST)
        client.setReturnFormat(fmt)
        client.setTimeout(int(max(1, self.timeout)))
        found = credentials_for(self.url)
        if found is not None:
            client.setCredentials(*found)
        return client

    def _with_retries(self, action: Callable[[], T]) -> T:
        for attempt in range(self.retries + 1):
            try:
                return action()
            except TRANSPORT_ERRORS as exc:
                if not failure_of(exc).retry or attempt == self.retries:
                    raise error_for(self.name, exc, tries=attempt + 1) from None
                time.sleep(self.backoff * 2 ** attempt)
        raise AssertionError("unreachable")

    def _fetch(self, client: SPARQLWrapper) -> bytes:
        """The answer's body, within ``timeout`` seconds overall (not only per read)."""
        deadline = time.monotonic() + self.timeout

        def fetch() -> bytes:
            try:
                response = client.query().response
            except urllib.error.HTTPError as exc:  # a status SPARQLWrapper leaves to urllib
                raise urllib_status(exc) from None
            try:
                return read_before(response.read1, deadline, self.timeout)
            finally:
                response.close()

        return within_deadline(fetch, deadline, self.timeout)

    def run(self, query: str) -> QueryResult:
        """Run a query remotely; raises EndpointError with one plain line on any failure."""
        client = self._client(query, JSON)
        if client.queryType in ("CONSTRUCT", "DESCRIBE"):
            return self._graph(query)
        body = self._with_retries(lambda: self._fetch(client))
        try:
            doc = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise EndpointError(f"{self.name}: the answer is not SPARQL JSON results "
                                "(is this a SPARQL endpoint?)") from None
        return _from_json(self.name, doc)

    def _graph(self, query: str) -> QueryResult:
        client = self._client(query, TURTLE)
        body = self._with_retries(lambda: self._fetch(client))
        try:
            triples = [q.triple for q in ox.parse(body, format=ox.RdfFormat.TURTLE)]
        except SyntaxError as exc:
            raise EndpointError(f"{self.name}: the answer is not Turtle ({exc})") from None
        return QueryResult(("subject", "predicate", "object"), triples=tuple(triples))


def _term(name: str, value: Any) -> Term:
    try:
        return _term_of(name, value)
    except (ValueError, TypeError) as exc:  # pyoxigraph refuses the IRI, tag or identifier
        raise EndpointError(f"{name}: the answer holds an invalid term ({exc})") from None


def _term_of(url: str, value: Any) -> Term:
    if not isinstance(value, dict) or "type" not in value or "value" not in value:
        raise EndpointError(f"{url}: a result term is malformed")
    kind, text = value["type"], str(value["value"])
    if kind == "uri":
        return ox.NamedNode(text)
    if kind == "bnode":
        return ox.BlankNode(text)
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in value:
            return ox.Literal(text, language=value["xml:lang"])
        if "datatype" in value:
            return ox.Literal(text, datatype=ox.NamedNode(value["datatype"]))
        return ox.Literal(text)
    raise EndpointError(f"{url}: unknown result term type {kind!r}")


def _from_json(url: str, doc: Any) -> QueryResult:
    if not isinstance(doc, dict) or "head" not in doc:
        raise EndpointError(f"{url}: the answer is not SPARQL JSON results")
    if "boolean" in doc:
        return QueryResult((), boolean=bool(doc["boolean"]))
    try:
        variables = tuple(str(v) for v in doc["head"].get("vars", []))
        bindings = doc["results"]["bindings"]
    except (KeyError, AttributeError, TypeError):
        raise EndpointError(f"{url}: the SPARQL JSON results are truncated") from None
    if not isinstance(bindings, list) or not all(isinstance(b, dict) for b in bindings):
        raise EndpointError(f"{url}: the SPARQL JSON results are malformed (bindings must be "
                            "a list of objects)")
    rows = tuple({v: (_term(url, b[v]) if v in b else None) for v in variables}
                 for b in bindings)
    if variables == ("__ASK_RETVAL",):  # Virtuoso answers ASK as a one-column SELECT
        first = rows[0]["__ASK_RETVAL"] if rows else None
        return QueryResult((), boolean=first is not None and first.value in ("1", "true"))
    return QueryResult(variables, rows)
