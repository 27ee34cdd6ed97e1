"""The one mapping of HTTP failures: every stack (SPARQLWrapper and urllib for queries,
requests for pushes and health checks) says the same line for the same failure."""

from __future__ import annotations

import http.server
import ssl
import subprocess
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests
from SPARQLWrapper.SPARQLExceptions import EndPointInternalError, QueryBadFormed

from partygraph.query.http import (
    DeadlineExceeded,
    EndpointError,
    HTTPStatusError,
    RequestRejected,
    error_for,
    failure_of,
    probe,
    redacted,
    send,
    server_said,
    status_failure,
)
from partygraph.query.remote import RemoteEngine
from partygraph.share.server import free_port

QUERY = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"


class _Answers(http.server.BaseHTTPRequestHandler):
    """Answers ``/CODE/...`` with status CODE and an HTML page; ``/loop`` redirects to itself;
    ``/silent`` answers nothing until the test ends."""

    stop = threading.Event()

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path.startswith("/silent"):
            self.stop.wait(20)
            return
        code = 302 if self.path.startswith("/loop") else int(self.path.split("/")[1])
        body = b"<html><body><h1>Nope</h1>\nsecond line</body></html>"
        self.send_response(code)
        if 300 <= code < 400:
            self.send_header("Location", "/loop" if code == 302 else
                             "http://alice:s3cret@elsewhere.example/sparql")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def _serving(wrap: Callable[[http.server.HTTPServer], None] | None = None) -> Iterator[str]:
    handler: type[_Answers] = type("Answers", (_Answers,), {"stop": threading.Event()})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    if wrap is not None:
        wrap(server)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        handler.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture
def stub() -> Iterator[str]:
    with _serving() as where:
        yield f"http://{where}"


def _query_error(url: str, timeout: float = 30.0) -> EndpointError:
    with pytest.raises(EndpointError) as caught:
        RemoteEngine(url, retries=0, timeout=timeout, default_graph=None).run(QUERY)
    return caught.value


def _write_error(url: str, timeout: float = 30.0) -> EndpointError:
    with pytest.raises(EndpointError) as caught:
        send(requests.Session(), "PUT", url, timeout=timeout, data=b"")
    return caught.value


def _reason(error: EndpointError) -> str:
    message = str(error)
    assert "\n" not in message and "s3cret" not in message and "alice" not in message
    assert message.startswith("endpoint ") and message.endswith(error.reason)
    return error.reason


# -- statuses: the same table for queries and writes ------------------------------------------

@pytest.mark.parametrize("code, query_says, write_says", [
    (400, "the endpoint refused the query", "the store refused the request"),
    (401, "PARTYGRAPH_ENDPOINT_USER and PARTYGRAPH_ENDPOINT_PASSWORD, or use ~/.netrc",
     "PARTYGRAPH_ENDPOINT_USER and PARTYGRAPH_ENDPOINT_PASSWORD, or use ~/.netrc"),
    (403, "refuses this query", "the store refuses writes there"),
    (404, "check the endpoint URL", "check the Graph Store URL and --profile"),
    (500, "see the server's log", "see the server's log"),
    (503, "try again later", "try again later"),
    (418, "the server refused the request", "the server refused the request"),
])
def test_statuses_say_what_to_do_on_both_stacks(stub: str, code: int, query_says: str,
                                                write_says: str) -> None:
    for error, says in ((_query_error(f"{stub}/{code}/sparql"), query_says),
                        (_write_error(f"{stub}/{code}/store"), write_says)):
        reason = _reason(error)
        assert reason.startswith(f"HTTP {code} "), reason
        assert ": Nope (" in reason, reason  # what the server said: its first line, no markup
        assert says in reason, reason
        assert isinstance(error, RequestRejected)


def test_a_gateway_error_may_have_been_applied(stub: str) -> None:
    error = _write_error(f"{stub}/504/store")
    assert "HTTP 504" in str(error) and not isinstance(error, RequestRejected)


def test_redirects_name_the_url_without_credentials(stub: str) -> None:
    # urllib does not follow a POST's 307; requests is told to follow no write's redirect
    for error in (_query_error(f"{stub}/307/sparql"), _write_error(f"{stub}/301/store")):
        assert "redirects to http://elsewhere.example/sparql: use that URL" in _reason(error)


def test_redirect_loops(stub: str) -> None:
    assert "too many redirects" in _reason(_query_error(f"{stub}/loop"))
    with pytest.raises(requests.TooManyRedirects) as caught:
        requests.get(f"{stub}/loop", timeout=10)
    assert failure_of(caught.value).reason.startswith("too many redirects")


@pytest.mark.parametrize("code, retry", [(400, False), (401, False), (404, False),
                                         (408, True), (429, True), (500, True), (502, True),
                                         (503, True), (301, False), (599, True)])
def test_which_statuses_are_worth_trying_again(code: int, retry: bool) -> None:
    failure = status_failure(code)
    assert failure.retry is retry and failure.status == code


def test_what_the_server_said_is_one_short_line() -> None:
    assert server_said(b"\n\n  <p>Parse error:\tline 1</p>\nmore") == "Parse error: line 1"
    assert len(server_said("x" * 5000)) == 200
    assert server_said(b"") == "" and server_said(b"\xff\xfe") != ""
    reason = status_failure(400, body="bad \x1b[31m http://bob:pw@host/x").reason
    assert "\x1b" not in reason and "bob" not in reason and "pw@" not in reason


def test_sparqlwrapper_exceptions_map_to_their_status() -> None:
    bad = failure_of(QueryBadFormed(b"Parser error at line 3"))
    assert bad.status == 400 and not bad.retry
    assert bad.reason.startswith("HTTP 400 Bad Request: Parser error at line 3 (the endpoint "
                                 "refused the query")
    down = failure_of(EndPointInternalError(b"boom"))
    assert down.retry and down.reason.startswith("HTTP 500 Internal Server Error: boom (")


def test_urllib_and_requests_statuses_read_alike() -> None:
    assert failure_of(HTTPStatusError(404, "Not Found", b"")) == failure_of(
        urllib.error.HTTPError("http://h/x", 404, "Not Found", None, None))  # type: ignore[arg-type]


# -- failures without a status: the same line on both stacks ---------------------------------

def test_connection_refused_on_every_stack() -> None:
    url = f"http://127.0.0.1:{free_port()}/sparql"
    said = "connection refused (is the server running on that port?)"
    assert _reason(_query_error(url)) == said
    assert _reason(_write_error(url)) == said
    failed = probe(url, 2)
    assert failed is not None and failed.reason == said and failed.retry


def test_unknown_host_on_every_stack() -> None:
    url = "http://no-such-host.invalid/sparql"
    assert _reason(_query_error(url)) == _reason(_write_error(url)) == \
        "unknown host (check the address)"


def test_a_silent_server_meets_the_deadline_on_both_stacks(stub: str) -> None:
    for error in (_query_error(f"{stub}/silent", timeout=1),
                  _write_error(f"{stub}/silent", timeout=1)):
        assert _reason(error).startswith("timed out"), error
        assert "raise --timeout" in error.reason
    assert failure_of(DeadlineExceeded(2.5)).reason.startswith("timed out after 2.5 s")
    assert failure_of(requests.ReadTimeout()).reason.startswith("timed out (")


def test_plain_http_spoken_to_as_https(stub: str) -> None:
    url = stub.replace("http://", "https://") + "/sparql"
    for error in (_query_error(url), _write_error(url)):
        assert _reason(error).startswith("the TLS handshake failed: "), error
        assert "check the URL" in error.reason


def test_an_untrusted_certificate(tmp_path: Path) -> None:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)

    def tls(server: http.server.HTTPServer) -> None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        server.socket = context.wrap_socket(server.socket, server_side=True)

    with _serving(tls) as where:
        url = f"https://{where}/200/sparql"
        for error in (_query_error(url), _write_error(url)):
            assert _reason(error).startswith("the server's TLS certificate is refused: "), error


@pytest.mark.parametrize("call", [
    lambda: requests.get("http://[::1/x", timeout=1),
    lambda: requests.get("htp://host/x", timeout=1),
    lambda: urllib.request.urlopen("htp://host/x", timeout=1),
])
def test_malformed_urls(call: Callable[[], object]) -> None:
    with pytest.raises((ValueError, OSError)) as caught:
        call()
    failure = failure_of(caught.value)
    assert failure.reason.startswith("not a usable URL (") and not failure.retry


def test_a_broken_connection_is_worth_trying_again() -> None:
    failure = failure_of(requests.ConnectionError(ConnectionResetError(104, "reset")))
    assert failure.retry and "the connection broke: ConnectionResetError" in failure.reason


def test_credentials_are_never_echoed() -> None:
    error = error_for("endpoint http://host/x",
                      ValueError("bad URL 'http://alice:s3cret@host:x/y'"))
    assert "s3cret" not in str(error) and "alice" not in str(error)
    assert redacted("see https://u:p@h/x and ftp://v@w") == "see https://h/x and ftp://w"


def test_probe_answers_none_when_the_server_is_up(stub: str) -> None:
    assert probe(f"{stub}/200/x", 5) is None
    failed = probe(f"{stub}/503/x", 5)
    assert failed is not None and failed.status == 503 and failed.retry

