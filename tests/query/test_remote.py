"""Remote endpoints: every failure is one plain line naming the endpoint, never a traceback."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from partygraph.project import Project
from partygraph.query.remote import EndpointError, RemoteEngine, credentials_for
from partygraph.share.server import free_port

from ..conftest import run_cli


class _Stub(http.server.BaseHTTPRequestHandler):
    """A stub SPARQL server on 127.0.0.1 that answers with a fixed status and body."""

    status = 500
    body = b"boom"
    calls = 0

    def do_POST(self) -> None:
        type(self).calls += 1
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        self.send_response(self.status)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def stub() -> Iterator[tuple[str, type[_Stub]]]:
    handler = type("Handler", (_Stub,), {"calls": 0})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/query", handler
    server.shutdown()
    server.server_close()


QUERY = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"


def test_connection_refused_is_retried_then_reported() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    engine = RemoteEngine(url, retries=2, backoff=0.01)
    with pytest.raises(EndpointError) as caught:
        engine.run(QUERY)
    assert str(caught.value) == (f"endpoint {url}: connection refused (is the server running "
                                 "on that port?) after 3 tries")


def test_server_error_is_retried(stub: tuple[str, type[_Stub]]) -> None:
    url, handler = stub
    handler.status, handler.body = 500, b"boom"
    with pytest.raises(EndpointError, match=r"HTTP 500 .* after 3 tries"):
        RemoteEngine(url, retries=2, backoff=0.01).run(QUERY)
    assert handler.calls == 3


def test_bad_request_is_not_retried(stub: tuple[str, type[_Stub]]) -> None:
    url, handler = stub
    handler.status, handler.body = 400, b"bad query"
    with pytest.raises(EndpointError, match="the endpoint refused the query"):
        RemoteEngine(url, retries=2, backoff=0.01).run(QUERY)
    assert handler.calls == 1


@pytest.mark.parametrize(("body", "message"), [
    (b"<html>not json</html>", "is not SPARQL JSON results"),
    (b'{"head": {"vars": ["s"]}, "results": {"bindi', "is not SPARQL JSON results"),
    (b'{"head": {"vars": ["s"]}}', "truncated"),
    (b'{"head": {"vars": ["s"]}, "results": {"bindings": [{"s": {"value": "x"}}]}}',
     "a result term is malformed"),
])
def test_garbage_answers(stub: tuple[str, type[_Stub]], body: bytes, message: str) -> None:
    url, handler = stub
    handler.status, handler.body = 200, body
    with pytest.raises(EndpointError, match=message):
        RemoteEngine(url, retries=0).run(QUERY)


def test_unknown_host() -> None:
    with pytest.raises(EndpointError, match="unknown host"):
        RemoteEngine("http://no-such-host.invalid/sparql", retries=0).run(QUERY)


def test_cli_reports_endpoint_failure_in_one_line(built_real: Project) -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    result = run_cli("query", "tallies", "--endpoint", url, root=built_real.root)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"error: endpoint {url}: connection refused")
    assert "Traceback" not in result.output


def test_credentials_from_environment_or_netrc(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PARTYGRAPH_ENDPOINT_USER", raising=False)
    monkeypatch.delenv("PARTYGRAPH_ENDPOINT_PASSWORD", raising=False)
    netrc = tmp_path / "netrc"
    netrc.write_text("machine store.example login alice password s3cret\n", encoding="utf-8")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    assert credentials_for("http://store.example/sparql") == ("alice", "s3cret")
    assert credentials_for("http://other.example/sparql") is None
    monkeypatch.setenv("PARTYGRAPH_ENDPOINT_USER", "bob")
    monkeypatch.setenv("PARTYGRAPH_ENDPOINT_PASSWORD", "pw")
    assert credentials_for("http://store.example/sparql") == ("bob", "pw")
