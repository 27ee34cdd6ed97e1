"""Push the built dataset to a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph (one per source, and the ontology) and the merge of them all (the dataset's
default graph, which the saved queries read) is replaced whole, so pushing twice gives the
same store. The merge goes to the store's default graph, or to the named graph
:data:`MERGED_GRAPH` on a store whose queries see every graph by default (the profile says).
A graph small enough for one request is sent with one PUT, which the store applies as a
whole; a larger one is uploaded in batches to a staging graph and then moved over the
target with one SPARQL Update ``MOVE``. Either way a failure leaves every graph at its old
or its new content, and the error says which.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import requests
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from partygraph.query.http import (
    EndpointError,
    RequestRejected,
    check_url,
    credentials_for,
    send,
    shown_url,
)
from partygraph.query.remote import RemoteEngine
from partygraph.rdf.sparql_text import inject_values
from partygraph.rdf.vocab import MERGED_GRAPH
from partygraph.share.profiles import ServerProfile

__all__ = ["GraphOutcome", "PushError", "PushReport", "graph_counts", "push_dataset",
           "push_graphs", "read_graphs"]

STAGING_SUFFIX = "#partygraph-staging"


@dataclass(frozen=True)
class GraphOutcome:
    """One graph after a push: its IRI, its triple count here and there, and its state."""

    graph: str
    local: int
    remote: int | None
    state: str  # "new", "old" or "unknown"


@dataclass(frozen=True)
class PushReport:
    """What a push did, graph by graph."""

    endpoint: str
    outcomes: tuple[GraphOutcome, ...] = field(default=())

    @property
    def mismatches(self) -> list[GraphOutcome]:
        """Graphs whose remote triple count differs from the local build."""
        return [o for o in self.outcomes if o.remote != o.local]


class PushError(EndpointError):
    """A push failed; ``outcomes`` says which graphs are at their old and new content."""

    def __init__(self, message: str, outcomes: Sequence[GraphOutcome], *,
                 retry: bool = True) -> None:
        self.outcomes = tuple(outcomes)
        new = [o.graph for o in outcomes if o.state == "new"]
        old = [o.graph for o in outcomes if o.state == "old"]
        unknown = [o.graph for o in outcomes if o.state == "unknown"]
        parts = [message]
        parts.append(f"new content: {', '.join(new) if new else 'none'}")
        parts.append(f"old content: {', '.join(old) if old else 'none'}")
        if unknown:
            parts.append(f"old or new, not yet known (one transaction each): {', '.join(unknown)}")
        # A refused request (401, 403, 404, 413 ...) says what to change; only a server that
        # went away or failed is worth waiting for.
        parts.append("re-run push when the server is back" if retry
                     else "re-run push once that is fixed")
        super().__init__("; ".join(parts))


def read_graphs(dataset_file: Path) -> dict[str, list[ox.Triple]]:
    """The triples of each graph of an N-Quads file, by graph IRI (sorted); the default
    graph (the merge) under :data:`MERGED_GRAPH`."""
    graphs: dict[str, list[ox.Triple]] = defaultdict(list)
    merged = str(MERGED_GRAPH)
    for quad in ox.parse(path=str(dataset_file), format=ox.RdfFormat.N_QUADS):
        name = quad.graph_name
        graphs[name.value if isinstance(name, ox.NamedNode) else merged].append(quad.triple)
    return dict(sorted(graphs.items()))


def _ntriples(triples: Sequence[ox.Triple]) -> bytes:
    data = ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES)
    assert isinstance(data, bytes)
    return data


class _Client:
    def __init__(self, gsp_url: str, profile: ServerProfile, timeout: float) -> None:
        self.gsp_url = gsp_url
        self.profile = profile
        self.timeout = timeout
        self.query_url, self.update_url = profile.endpoints(gsp_url)
        found = credentials_for(gsp_url)
        self.auth: AuthBase | None = None
        if found is not None:
            self.auth = HTTPDigestAuth(*found) if profile.auth == "digest" \
                else HTTPBasicAuth(*found)
        self.session = requests.Session()

    def _send(self, method: str, url: str, *, params: dict[str, str] | None = None,
              data: bytes | dict[str, str], headers: dict[str, str] | None = None) -> None:
        send(self.session, method, url, timeout=self.timeout, auth=self.auth, params=params,
             data=data, headers=headers)

    def in_default(self, graph: str) -> bool:
        """Whether ``graph`` is kept in the store's default graph (the merge, on some)."""
        return graph == str(MERGED_GRAPH) and self.profile.merged_graph == "default"

    def _params(self, graph: str) -> dict[str, str]:
        return {"default": ""} if self.in_default(graph) else {self.profile.graph_param: graph}

    def target(self, graph: str) -> str:
        """``graph`` as SPARQL Update names it: ``DEFAULT`` or ``GRAPH <iri>``."""
        return "DEFAULT" if self.in_default(graph) else f"GRAPH {ox.NamedNode(graph)}"

    def put(self, graph: str, body: bytes) -> None:
        self._send("PUT", self.gsp_url, params=self._params(graph), data=body,
                   headers={"Content-Type": "application/n-triples"})

    def post(self, graph: str, body: bytes) -> None:
        self._send("POST", self.gsp_url, params=self._params(graph), data=body,
                   headers={"Content-Type": "application/n-triples"})

    def update(self, text: str) -> None:
        self._send("POST", self.update_url, data={"update": text})

    def staging_graphs(self) -> list[str]:
        """The staging graphs on the store, which this or an earlier push left behind."""
        engine = RemoteEngine(self.query_url, timeout=self.timeout, retries=1,
                              default_graph=None)
        query = ("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                 f'FILTER(STRENDS(STR(?g), "{STAGING_SUFFIX}")) }}')
        found = (row["g"] for row in engine.run(query).rows)
        return sorted(g.value for g in found if isinstance(g, ox.NamedNode))

    def counts(self, graphs: Sequence[str]) -> dict[str, int]:
        engine = RemoteEngine(self.query_url, timeout=self.timeout, retries=2,
                              default_graph=None)
        named = [g for g in graphs if not self.in_default(g)]
        query = inject_values(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
            {"g": [ox.NamedNode(g) for g in named]})
        found = {g: 0 for g in graphs}
        for row in engine.run(query).rows if named else ():
            g, n = row["g"], row["n"]
            if isinstance(g, ox.NamedNode) and isinstance(n, ox.Literal):
                found[g.value] = int(n.value)
        for graph in graphs:
            if self.in_default(graph):
                rows = engine.run("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
                n = rows[0]["n"] if rows else None
                found[graph] = int(n.value) if isinstance(n, ox.Literal) else 0
        return found


def push_dataset(dataset_file: Path, gsp_url: str, profile: ServerProfile, *,
                 timeout: float = 60.0, batch_triples: int | None = None,
                 on_graph: Callable[[str, int], None] | None = None) -> PushReport:
    """Replace every named graph of ``dataset_file`` on the store, then compare triple counts
    (see :func:`push_graphs`)."""
    return push_graphs(read_graphs(dataset_file), gsp_url, profile, timeout=timeout,
                       batch_triples=batch_triples, on_graph=on_graph)


def push_graphs(graphs: dict[str, list[ox.Triple]], gsp_url: str, profile: ServerProfile, *,
                timeout: float = 60.0, batch_triples: int | None = None,
                on_graph: Callable[[str, int], None] | None = None) -> PushReport:
    """Replace every named graph of ``graphs`` (as :func:`read_graphs` gives them) on the
    store, then compare triple counts.

    ``on_graph(graph, triples)`` is called after each graph is stored (for progress).
    Raises PushError (saying which graphs are old and new) or EndpointError.
    """
    graphs = dict(graphs)
    # The merge, which queries read, last: until every graph is in, they see the old one.
    merged = graphs.pop(str(MERGED_GRAPH), None)
    if merged is not None:
        graphs[str(MERGED_GRAPH)] = merged
    client = _Client(check_url(gsp_url), profile, timeout)
    shown = shown_url(gsp_url)
    limit = batch_triples or profile.batch_triples
    # An earlier push that failed between its batches and its MOVE (a server that went
    # away) may have left staging graphs; they are not the dataset's, so they go first.
    try:
        for staging in client.staging_graphs():
            client.update(f"DROP SILENT GRAPH {ox.NamedNode(staging)}")
    except EndpointError as exc:
        untouched = [GraphOutcome(g, len(t), None, "old") for g, t in graphs.items()]
        raise PushError(f"push to {shown} failed before the first graph: {exc.reason}",
                        untouched, retry=exc.retry) from None
    done: list[str] = []
    for graph, triples in graphs.items():
        try:
            _replace(client, graph, triples, limit)
        except EndpointError as exc:
            rejected = isinstance(exc, RequestRejected)
            outcomes = _after_failure(client, graphs, done, graph, rejected=rejected)
            raise PushError(f"push to {shown} failed at graph {graph}: {exc.reason}",
                            outcomes, retry=exc.retry) from None
        done.append(graph)
        if on_graph is not None:
            on_graph(graph, len(triples))
    remote = client.counts(list(graphs))
    final = tuple(GraphOutcome(g, len(t), remote.get(g), "new") for g, t in graphs.items())
    return PushReport(shown, final)


def graph_counts(gsp_url: str, profile: ServerProfile, graphs: Sequence[str], *,
                 timeout: float = 60.0) -> dict[str, int]:
    """How many triples each of ``graphs`` has on the store (the merge where the profile
    keeps it)."""
    return _Client(check_url(gsp_url), profile, timeout).counts(graphs)


def _replace(client: _Client, graph: str, triples: list[ox.Triple], limit: int) -> None:
    if len(triples) <= limit:
        client.put(graph, _ntriples(triples))
        return
    staging = graph + STAGING_SUFFIX
    try:
        client.put(staging, _ntriples(triples[:limit]))
        for start in range(limit, len(triples), limit):
            client.post(staging, _ntriples(triples[start:start + limit]))
        # Both IRIs are graph names of the built dataset, serialised by pyoxigraph.
        client.update(f"MOVE SILENT GRAPH {ox.NamedNode(staging)} TO {client.target(graph)}")
    except EndpointError as exc:
        try:
            client.update(f"DROP SILENT GRAPH {ox.NamedNode(staging)}")
        except EndpointError:
            left = (f"; the staging graph {staging} is left on the store (not the "
                    "dataset's: the next push removes it)")
            raise type(exc)(f"{exc}{left}", reason=exc.reason + left) from None
        raise


def _after_failure(client: _Client, graphs: dict[str, list[ox.Triple]], done: list[str],
                   failed: str, *, rejected: bool) -> list[GraphOutcome]:
    """Each graph's state after a failed push.

    Graphs sent before the failure are new, those after it old. The failed graph is old
    when the store rejected the request; otherwise (the connection broke) its triple count
    tells, if the store still answers, and it is "unknown" (old or new, never half) if not.
    """
    try:
        remote: dict[str, int] | None = client.counts(list(graphs))
    except EndpointError:
        remote = None
    outcomes = []
    for graph, triples in graphs.items():
        count = remote.get(graph) if remote is not None else None
        if graph in done:
            state = "new"
        elif graph != failed or rejected:
            state = "old"
        elif count is None:
            state = "unknown"
        else:
            state = "new" if count == len(triples) else "old"
        outcomes.append(GraphOutcome(graph, len(triples), count, state))
    return outcomes
