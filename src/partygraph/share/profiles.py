"""What differs between triple stores when partygraph pushes to and queries them.

Each profile says where a server keeps its Graph Store Protocol and query and update
endpoints, which authentication it speaks, how many triples to send in one request, and
where the merge of all graphs goes, which the saved queries read as their default graph:
into the store's default graph, or, on a store whose queries see every graph by default,
into a named graph that queries then name as their default graph (``default-graph-uri``).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from partygraph.errors import PartygraphError

__all__ = ["PROFILES", "ServerProfile", "guess_profile"]


@dataclass(frozen=True)
class ServerProfile:
    """How partygraph talks to one kind of store."""

    name: str
    gsp_path: str
    query_path: str
    update_path: str
    auth: str  # "basic" or "digest"
    batch_triples: int
    merged_graph: str  # "default" or "named" (see the module's docstring)
    note: str  # what to set on the server, for the docs
    graph_param: str = "graph"

    def endpoints(self, gsp_url: str) -> tuple[str, str]:
        """The query and update URLs on the same server as ``gsp_url``."""
        parts = urlsplit(gsp_url)
        path = parts.path
        base = path[: -len(self.gsp_path)] if self.gsp_path and path.endswith(self.gsp_path) \
            else path.rsplit("/", 1)[0]
        def url(p: str) -> str:
            return urlunsplit((parts.scheme, parts.netloc, base + p, "", ""))
        return url(self.query_path), url(self.update_path)


PROFILES: dict[str, ServerProfile] = {
    "oxigraph": ServerProfile(
        "oxigraph", gsp_path="/store", query_path="/query", update_path="/update",
        auth="basic", batch_triples=5_000_000,
        merged_graph="default", note="start the server without --union-default-graph"),
    "virtuoso": ServerProfile(
        "virtuoso", gsp_path="/sparql-graph-crud", query_path="/sparql",
        update_path="/sparql", auth="digest", batch_triples=100_000,
        merged_graph="named", note="nothing: queries name the merged graph as default graph"),
    "fuseki": ServerProfile(
        "fuseki", gsp_path="/data", query_path="/query", update_path="/update",
        auth="basic", batch_triples=1_000_000,
        merged_graph="default", note="leave tdb2:unionDefaultGraph unset (false)"),
    "graphdb": ServerProfile(
        "graphdb", gsp_path="/rdf-graphs/service", query_path="", update_path="/statements",
        auth="basic", batch_triples=1_000_000,
        merged_graph="named", note="nothing: queries name the merged graph as default graph"),
    "generic": ServerProfile(
        "generic", gsp_path="", query_path="/query", update_path="/update", auth="basic",
        batch_triples=100_000, merged_graph="default",
        note="a default graph of its own, not the union of all graphs"),
}


def guess_profile(gsp_url: str) -> ServerProfile:
    """The profile whose Graph Store path ``gsp_url`` ends with (``generic`` if none)."""
    path = urlsplit(gsp_url).path.rstrip("/")
    if path.endswith("/sparql-graph-crud-auth"):
        return PROFILES["virtuoso"].__class__(**{**PROFILES["virtuoso"].__dict__,
                                                  "gsp_path": "/sparql-graph-crud-auth"})
    for profile in PROFILES.values():
        if profile.gsp_path and path.endswith(profile.gsp_path):
            return profile
    return PROFILES["generic"]


def profile_named(name: str | None, gsp_url: str) -> ServerProfile:
    """The profile called ``name``, or the one guessed from the URL when ``name`` is None."""
    if name is None:
        return guess_profile(gsp_url)
    if name not in PROFILES:
        raise PartygraphError(f"unknown server profile {name!r} "
                              f"(use one of {', '.join(PROFILES)})")
    return PROFILES[name]
