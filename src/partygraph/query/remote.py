"""Remote SPARQL 1.1 endpoints, through SPARQLWrapper, returning the embedded engine's results.

Every failure (connection refused, unknown host, time-out, HTTP error, a malformed or
truncated answer) becomes one :class:`EndpointError` line naming the endpoint and what to
do. Reads are retried with a bounded backoff. Credentials come from the environment
(``PARTYGRAPH_ENDPOINT_USER`` and ``PARTYGRAPH_ENDPOINT_PASSWORD``) or a netrc file, never
from the command line.
"""

from __future__ import annotations

import json
import netrc
import os
import socket
import threading
import time
import urllib.error
from collections.abc import Callable
from http.client import HTTPException
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    SPARQLWrapperException,
    Unauthorized,
)

from partygraph.errors import PartygraphError
from partygraph.query.engine import QueryResult, Term
from partygraph.rdf.sparql_text import query_form
from partygraph.rdf.vocab import MERGED_GRAPH

__all__ = ["EndpointError", "RemoteEngine", "check_url", "credentials_for", "read_before",
           "shown_url", "within_deadline"]

T = TypeVar("T")
USER_VARIABLE = "PARTYGRAPH_ENDPOINT_USER"
PASSWORD_VARIABLE = "PARTYGRAPH_ENDPOINT_PASSWORD"


class EndpointError(PartygraphError):
    """A remote endpoint could not answer; the message names it and says what to do."""


def shown_url(url: str) -> str:
    """``url`` as partygraph prints it: without any user or password it carries."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.rpartition("@")[2] if "@" in url else url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def check_url(url: str) -> str:
    """``url`` if it is an http(s) URL partygraph can use; raises EndpointError if not.

    Credentials in the URL are refused (they would land in shell history and logs), and
    the message never repeats them.
    """
    shown = shown_url(url)
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises ValueError on a port that is not a number
    except ValueError as exc:
        raise EndpointError(f"endpoint {shown!r}: not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https"):
        raise EndpointError(f"endpoint {shown!r}: not an http(s) URL")
    if "@" in parts.netloc:
        raise EndpointError(f"endpoint {shown}: credentials in the URL are not accepted: set "
                            f"{USER_VARIABLE} and {PASSWORD_VARIABLE}, or use ~/.netrc")
    if not parts.hostname:
        raise EndpointError(f"endpoint {shown!r}: the URL names no host")
    return url


def _timed_out(url: str, timeout: float) -> EndpointError:
    return EndpointError(f"endpoint {shown_url(url)}: timed out after {timeout:g} s "
                         "(raise --timeout or check the server)")


def within_deadline(action: Callable[[], T], deadline: float, url: str, timeout: float) -> T:
    """``action()`` (one whole request), given up (EndpointError) at ``deadline``.

    Socket time-outs bound each read only, so a server that trickles its status line or
    headers could hold a request forever; the request runs in a daemon thread, abandoned at
    the deadline (it ends with its socket's own time-out or when the server hangs up).
    """
    outcome: list[T] = []
    failure: list[BaseException] = []
    done = threading.Event()

    def run() -> None:
        try:
            outcome.append(action())
        except BaseException as exc:  # handed to the caller's thread
            failure.append(exc)
        finally:
            done.set()

    threading.Thread(target=run, name="partygraph-request", daemon=True).start()
    if not done.wait(max(0.0, deadline - time.monotonic())):
        raise _timed_out(url, timeout)
    if failure:
        raise failure[0]
    return outcome[0]


def read_before(read1: Callable[[int], bytes], deadline: float, url: str,
                timeout: float) -> bytes:
    """A response body read chunk by chunk, given up (EndpointError) once ``deadline``
    (``time.monotonic()``) passes: a server that trickles bytes cannot hold a request
    open past its deadline however often it sends one."""
    chunks: list[bytes] = []
    while True:
        if time.monotonic() > deadline:
            raise _timed_out(url, timeout)
        chunk = read1(65536)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def credentials_for(url: str) -> tuple[str, str] | None:
    """User and password for ``url`` from the environment, else from ~/.netrc (or $NETRC)."""
    user, password = os.environ.get(USER_VARIABLE), os.environ.get(PASSWORD_VARIABLE)
    if user and password:
        return user, password
    host = urlsplit(url).hostname or ""
    try:
        found = netrc.netrc(os.environ.get("NETRC")).authenticators(host)
    except (FileNotFoundError, netrc.NetrcParseError):
        return None
    if found and found[0] and found[2]:
        return found[0], found[2]
    return None


def _reason(exc: BaseException) -> tuple[str, bool]:
    """A plain description of a failure, and whether trying again may help."""
    if isinstance(exc, urllib.error.HTTPError):
        retry = exc.code >= 500 or exc.code == 429
        hint = "check the endpoint URL" if exc.code == 404 else (
            "check the credentials" if exc.code in (401, 403) else "see the server's log")
        return f"HTTP {exc.code} {exc.reason} ({hint})", retry
    if isinstance(exc, urllib.error.URLError):
        inner = exc.reason
        if isinstance(inner, ConnectionRefusedError):
            return "connection refused (is the server running on that port?)", True
        if isinstance(inner, socket.gaierror):
            return "unknown host (check the address)", False
        if isinstance(inner, TimeoutError | socket.timeout):
            return "timed out (raise --timeout or check the server)", False
        return f"cannot connect: {inner}", True
    if isinstance(exc, TimeoutError | socket.timeout):  # the same query would time out again
        return "timed out (raise --timeout or check the server)", False
    if isinstance(exc, ValueError):  # a URL urllib cannot use
        return f"not a usable URL ({exc})", False
    if isinstance(exc, ConnectionError | HTTPException):
        return f"the connection broke: {type(exc).__name__} (try again)", True
    if isinstance(exc, EndPointInternalError):
        said = _server_said(str(exc)) or "see the server's log"
        return f"HTTP 500 server error ({said})", True
    if isinstance(exc, EndPointNotFound):
        return "HTTP 404 not found (check the endpoint URL)", False
    if isinstance(exc, Unauthorized):
        return "HTTP 401 unauthorized (set PARTYGRAPH_ENDPOINT_USER and _PASSWORD, or ~/.netrc)", \
            False
    if isinstance(exc, SPARQLWrapperException):
        text = str(exc).splitlines()[0]
        return f"the endpoint refused the query: {text}", False
    return f"{type(exc).__name__}: {exc}", False


def _server_said(message: str) -> str:
    """The first line of what the server answered, as SPARQLWrapper quotes it ("" if none)."""
    _, found, body = message.partition("Response:\n")
    if not found:
        return ""
    body = body.strip()
    if body.startswith(("b'", 'b"')) and body.endswith(body[1]):
        body = body[2:-1].encode("latin-1", "backslashreplace").decode("unicode_escape",
                                                                         "replace")
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    return first[:200]


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
            except EndpointError:
                raise
            except (OSError, ValueError, HTTPException, SPARQLWrapperException) as exc:
                reason, retry = _reason(exc)
                if not retry or attempt == self.retries:
                    tries = f" after {attempt + 1} tries" if attempt else ""
                    raise EndpointError(f"{self.name}: {reason}{tries}") from None
                time.sleep(self.backoff * 2 ** attempt)
        raise AssertionError("unreachable")

    def _fetch(self, client: SPARQLWrapper) -> bytes:
        """The answer's body, within ``timeout`` seconds overall (not only per read)."""
        deadline = time.monotonic() + self.timeout

        def fetch() -> bytes:
            response = client.query().response
            try:
                return read_before(response.read1, deadline, self.url, self.timeout)
            finally:
                response.close()

        return within_deadline(fetch, deadline, self.url, self.timeout)

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
