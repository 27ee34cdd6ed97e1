"""push and the stores: real Oxigraph and Virtuoso servers on 127.0.0.1, started by the tests.

For each store: push, count check, every saved query gives the same rows as the embedded
store, re-push is idempotent, and faults end in one line with every graph at its old or new
content.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import pytest

from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine, QueryResult, Term
from partygraph.query.remote import EndpointError, RemoteEngine
from partygraph.query.saved import load_queries, run_query
from partygraph.rdf.vocab import MERGED_GRAPH
from partygraph.share.profiles import PROFILES
from partygraph.share.push import PushError, graph_counts, push_dataset, read_graphs
from partygraph.share.server import OxigraphServer, free_port
from partygraph.store.build import build
from partygraph.store.embedded import open_store

from ..across_stores import comparable_term
from ..conftest import REPO, copy_project, run_cli
from ..servers import SERVER_KINDS, VirtuosoServer, require_virtuoso, writable_server

QUERIES = load_queries(REPO / "queries")


class Store(Protocol):
    @property
    def store_url(self) -> str: ...

    @property
    def query_url(self) -> str: ...

    def stop(self) -> None: ...


@pytest.fixture(scope="module", params=SERVER_KINDS)
def store(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Store]]:
    with writable_server(request.param, tmp_path_factory.mktemp(request.param)) as server:
        yield request.param, server


@pytest.fixture(scope="module")
def pushed(store: tuple[str, Store], built_real: Project) -> tuple[str, Store]:
    name, server = store
    result = run_cli("push", "--endpoint", server.store_url, root=built_real.root)
    assert result.exit_code == 0, result.output
    return name, server


def normal(term: Term | None) -> object:
    """A term as compared across stores (see :mod:`tests.across_stores`)."""
    return comparable_term(None if term is None else str(term))


def rows(result: QueryResult) -> list[tuple[object, ...]]:
    return [tuple(normal(r[v]) for v in result.variables) for r in result.rows]


def test_push_reports_matching_counts(pushed: tuple[str, Store], built_real: Project) -> None:
    name, server = pushed
    graphs = read_graphs(built_real.dataset_file)
    report = push_dataset(built_real.dataset_file, server.store_url, PROFILES[name])
    assert sorted((o.graph, o.local, o.remote) for o in report.outcomes) == [
        (g, len(t), len(t)) for g, t in graphs.items()]
    assert report.outcomes[-1].graph == str(MERGED_GRAPH)  # the merge last: queries read it
    assert report.mismatches == []


@pytest.mark.parametrize("query_name", sorted(QUERIES))
def test_saved_queries_give_the_same_rows(pushed: tuple[str, Store], built_real: Project,
                                          query_name: str) -> None:
    _, server = pushed
    query = QUERIES[query_name]
    local = run_query(EmbeddedEngine(open_store(built_real.store_dir)), query,
                      query.example_values())
    remote = run_query(RemoteEngine(server.query_url), query, query.example_values())
    assert remote.variables == local.variables
    assert remote.boolean == local.boolean
    assert rows(remote) == rows(local)
    assert sorted(map(str, remote.triples)) == sorted(map(str, local.triples))


def test_repush_is_idempotent(pushed: tuple[str, Store], built_real: Project) -> None:
    name, server = pushed
    first = push_dataset(built_real.dataset_file, server.store_url, PROFILES[name])
    again = push_dataset(built_real.dataset_file, server.store_url, PROFILES[name])
    assert first.outcomes == again.outcomes and again.mismatches == []
    query = QUERIES["tallies"]
    result = run_query(RemoteEngine(server.query_url), query, {})
    assert len(result.rows) == 3


def test_batched_push_stages_and_moves(pushed: tuple[str, Store], built_real: Project) -> None:
    name, server = pushed
    report = push_dataset(built_real.dataset_file, server.store_url, PROFILES[name],
                          batch_triples=100)
    assert report.mismatches == []
    staging = RemoteEngine(server.query_url).run(
        "ASK { GRAPH ?g { ?s ?p ?o } FILTER (CONTAINS(STR(?g), 'partygraph-staging')) }")
    assert staging.boolean is False


def test_push_replaces_graph_content(pushed: tuple[str, Store], tmp_path: Path,
                                     built_real: Project) -> None:
    """A changed sheet replaces its graph: the old figure is gone, not added to."""
    name, server = pushed
    project = copy_project(tmp_path)
    sheet = project.sheet_files()[0]
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(
        "    note: Dated by publication; the article gives no other date for the figure.\n",
        ""), encoding="utf-8")
    build(project)
    report = push_dataset(project.dataset_file, server.store_url, PROFILES[name])
    assert report.mismatches == []
    remote = RemoteEngine(server.query_url).run(
        "ASK { ?o <https://w3id.org/partygraph/ontology#value> 48 ; "
        "<http://www.w3.org/2000/01/rdf-schema#comment> ?note }")
    assert remote.boolean is False  # the removed note is gone, not kept beside the new graph
    push_dataset(built_real.dataset_file, server.store_url, PROFILES[name])  # restore


def test_cli_push_refuses_a_graph_that_does_not_conform(pushed: tuple[str, Store],
                                                        tmp_path: Path) -> None:
    _, server = pushed
    project = copy_project(tmp_path)
    sheet = project.sheet_files()[0]
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(
        "    done: 97\n", "    done: 120\n"), encoding="utf-8")
    build(project)
    refused = run_cli("push", "--endpoint", server.store_url, root=project.root)
    assert refused.exit_code == 1
    assert "does not conform; fix it or push with --force" in refused.stderr
    forced = run_cli("push", "--endpoint", server.store_url, "--force", root=project.root)
    assert forced.exit_code == 0, forced.output


def test_push_to_a_port_with_nothing_listening(built_real: Project) -> None:
    url = f"http://127.0.0.1:{free_port()}/store"
    result = run_cli("push", "--endpoint", url, root=built_real.root)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "connection refused" in lines[0]
    assert "new content: none" in lines[0] and "re-run push" in lines[0]


def test_push_to_a_server_that_answers_500(built_real: Project) -> None:
    import http.server

    class Failing(http.server.BaseHTTPRequestHandler):
        def do_PUT(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(500)
            self.end_headers()

        def do_POST(self) -> None:
            self.do_PUT()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Failing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/store"
        with pytest.raises(PushError) as caught:
            push_dataset(built_real.dataset_file, url, PROFILES["oxigraph"])
        assert "HTTP 500" in str(caught.value)
        assert all(o.state == "old" for o in caught.value.outcomes)
    finally:
        server.shutdown()
        server.server_close()


def _kill_after_first_graph(server: Store, name: str) -> tuple[list[str], object]:
    stored: list[str] = []

    def on_graph(graph: str, triples: int) -> None:
        stored.append(graph)
        if len(stored) == 1:
            if isinstance(server, OxigraphServer):
                assert server.process is not None
                server.process.kill()
                server.process.wait()
            else:
                assert isinstance(server, VirtuosoServer)
                server.kill()

    return stored, on_graph


@pytest.mark.parametrize("kind", ["oxigraph", "virtuoso"])
def test_server_killed_mid_push_leaves_no_graph_half_written(
        kind: str, tmp_path: Path, built_real: Project) -> None:
    server: Store
    if kind == "oxigraph":
        server = OxigraphServer(tmp_path / "store", read_only=False).start()
    else:
        require_virtuoso()
        server = VirtuosoServer(tmp_path / "virtuoso").start()
    try:
        # an older version of the data is on the store first
        old = copy_project(tmp_path / "old")
        sheet = old.sheet_files()[0]
        sheet.write_text(sheet.read_text(encoding="utf-8").replace(
            "    note: Dated by publication; the article gives no other date for the figure.\n",
            ""), encoding="utf-8")
        build(old)
        push_dataset(old.dataset_file, server.store_url, PROFILES[kind])
        old_counts = {g: len(t) for g, t in read_graphs(old.dataset_file).items()}
        new_counts = {g: len(t) for g, t in read_graphs(built_real.dataset_file).items()}
        stored, on_graph = _kill_after_first_graph(server, kind)
        with pytest.raises(PushError) as caught:
            push_dataset(built_real.dataset_file, server.store_url, PROFILES[kind],
                         on_graph=on_graph)  # type: ignore[arg-type]
        message = str(caught.value)
        assert "\n" not in message and "re-run push" in message
        states = {o.graph: o.state for o in caught.value.outcomes}
        assert states[stored[0]] == "new"
        assert set(states.values()) <= {"new", "old", "unknown"}
        # restart on the same files: every graph is whole, at its old or its new count
        if isinstance(server, OxigraphServer):
            server.process = None
            server.port = 0
            server.start()
        else:
            assert isinstance(server, VirtuosoServer)
            server.process = None
            folder = server.folder
            server = VirtuosoServer(folder)
            server.start()
        remote = graph_counts(server.store_url, PROFILES[kind], list(states))
        for graph, state in states.items():
            expected = {"new": {new_counts[graph]}, "old": {old_counts[graph]},
                        "unknown": {old_counts[graph], new_counts[graph]}}[state]
            assert remote.get(graph, 0) in expected, (graph, state, remote.get(graph))
    finally:
        server.stop()


def test_query_endpoint_failure_is_one_line() -> None:
    with pytest.raises(EndpointError) as caught:
        RemoteEngine(f"http://127.0.0.1:{free_port()}/sparql", retries=0).run("ASK {}")
    assert "\n" not in str(caught.value)


def test_profiles_are_documented() -> None:
    text = (REPO / "docs" / "stores.md").read_text(encoding="utf-8")
    for name, profile in PROFILES.items():
        assert f"`{name}`" in text
        if profile.gsp_path:
            assert profile.gsp_path in text


def test_push_to_a_read_only_server_says_what_to_change(built_real: Project,
                                                        tmp_path: Path) -> None:
    # A read-only Oxigraph refuses writes (HTTP 403): waiting for the server will not help.
    with OxigraphServer(tmp_path / "store", read_only=False):
        pass  # creates the store, so that a read-only server can open it
    with OxigraphServer(tmp_path / "store", read_only=True) as server, \
            pytest.raises(PushError) as caught:
        push_dataset(built_real.dataset_file, server.store_url, PROFILES["oxigraph"])
    message = str(caught.value)
    assert "the store refuses writes there: check the credentials, and that it is writable" \
        in message, message
    assert message.endswith("re-run push once that is fixed"), message
    assert "when the server is back" not in message
