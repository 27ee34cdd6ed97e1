"""HTTP for partygraph: the one mapping of failures to messages, and the one client.

:func:`failure_of` turns any failure of a request (an error status with what the server
said, connection refused, an unknown host, a time-out, a TLS error, a malformed URL, a
redirect loop, a broken connection) into one line that says what to do, and whether trying
again may help, whichever stack raised it: SPARQLWrapper and urllib (queries), ``requests``
(the Graph Store Protocol writes of ``push``, the health checks of ``serve``).
:func:`error_for` makes that line an :class:`EndpointError` naming the endpoint.

partygraph's own requests all go through ``requests`` (:func:`send`, :func:`probe`);
SPARQLWrapper (and urllib under it) sends the queries. Either way a request is bounded by
one overall deadline (:func:`within_deadline`, :func:`read_before`), and credentials come
from the environment or a netrc file (:func:`credentials_for`), never from a URL, and are
never printed (:func:`shown_url`, :func:`redacted`).
"""

from __future__ import annotations

import http
import netrc
import os
import re
import socket
import ssl
import threading
import time
import urllib.error
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from http.client import HTTPException
from typing import Literal, TypeVar
from urllib.parse import urlsplit, urlunsplit

import requests
from requests.auth import AuthBase
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    SPARQLWrapperException,
    Unauthorized,
    URITooLong,
)

from partygraph.errors import PartygraphError, one_line

__all__ = ["PASSWORD_VARIABLE", "TRANSPORT_ERRORS", "USER_VARIABLE", "DeadlineExceeded",
           "EndpointError", "Failure", "HTTPStatusError", "Purpose", "RequestRejected",
           "check_url", "credentials_for", "error_for", "failure_of", "probe", "read_before",
           "redacted", "send", "shown_url", "status_failure", "urllib_status", "within_deadline"]

T = TypeVar("T")
USER_VARIABLE = "PARTYGRAPH_ENDPOINT_USER"
PASSWORD_VARIABLE = "PARTYGRAPH_ENDPOINT_PASSWORD"
Purpose = Literal["query", "write"]
SAID_LIMIT = 200  # characters of what a server said that a message quotes


class EndpointError(PartygraphError):
    """A remote endpoint or store could not answer; the message names it and says what to
    do. ``reason`` is the message without the endpoint's name."""

    def __init__(self, message: str, *, reason: str | None = None, retry: bool = True) -> None:
        super().__init__(message)
        self.reason = message if reason is None else reason
        self.retry = retry  # whether the same request may succeed later, as it is


class RequestRejected(EndpointError):
    """The server answered with an error status: it did not apply that request."""


class HTTPStatusError(Exception):
    """A response with an error status, as :func:`failure_of` reads it (any HTTP stack)."""

    def __init__(self, status: int, phrase: str = "", body: bytes | str = b"",
                 location: str | None = None) -> None:
        super().__init__(f"HTTP {status} {phrase}")
        self.status, self.phrase, self.body, self.location = status, phrase, body, location


class DeadlineExceeded(TimeoutError):
    """A whole request (not only one read) took longer than its ``timeout`` seconds."""

    def __init__(self, timeout: float) -> None:
        super().__init__(f"timed out after {timeout:g} s")
        self.timeout = timeout


@dataclass(frozen=True)
class Failure:
    """A failed request, for its user: ``reason`` is one line that says what to do,
    ``retry`` whether the same request may succeed later, ``status`` the HTTP status
    (``None`` when the server gave none: then it may or may not have applied a write)."""

    reason: str
    retry: bool
    status: int | None = None


# -- URLs and credentials ---------------------------------------------------------------------

_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#@\s]*@")


def shown_url(url: str) -> str:
    """``url`` as partygraph prints it: without any user or password it carries."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.rpartition("@")[2] if "@" in url else url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def redacted(text: str) -> str:
    """``text`` (an exception's, a server's) with the user and password of any URL in it
    removed."""
    return _USERINFO.sub(r"\1", text)


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
        raise EndpointError(f"endpoint {shown!r}: not a valid URL ({redacted(str(exc))})") \
            from None
    if parts.scheme not in ("http", "https"):
        raise EndpointError(f"endpoint {shown!r}: not an http(s) URL")
    if "@" in parts.netloc:
        raise EndpointError(f"endpoint {shown}: credentials in the URL are not accepted: set "
                            f"{USER_VARIABLE} and {PASSWORD_VARIABLE}, or use ~/.netrc")
    if not parts.hostname:
        raise EndpointError(f"endpoint {shown!r}: the URL names no host")
    return url


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


# -- the mapping: status codes ----------------------------------------------------------------

CREDENTIALS_HINT = f"set {USER_VARIABLE} and {PASSWORD_VARIABLE}, or use ~/.netrc"
_DOWN = "the server, or a proxy before it, is down or overloaded: try again later"

# status: (hint for a query, hint for a write, whether trying again may help)
STATUS_HINTS: dict[int, tuple[str, str, bool]] = {
    400: ("the endpoint refused the query: check it and its parameters",
          "the store refused the request: check --profile", False),
    401: (f"check the credentials: {CREDENTIALS_HINT}",
          f"check the credentials: {CREDENTIALS_HINT}", False),
    403: ("the endpoint refuses this query or these credentials",
          "the store refuses writes there: check the credentials, and that it is writable",
          False),
    404: ("check the endpoint URL", "check the Graph Store URL and --profile", False),
    405: ("that URL takes no SPARQL queries: check the endpoint URL",
          "that URL takes no such request: check the Graph Store URL and --profile, and "
          "that the store is writable", False),
    406: ("the endpoint cannot answer in a format partygraph reads",
          "the store cannot answer in a format partygraph reads: check --profile", False),
    408: ("the server gave up waiting for the request: try again",
          "the server gave up waiting for the request: try again", True),
    413: ("the query is too large for the endpoint",
          "the request is too large for the store: lower --batch-size", False),
    414: ("the query is too long for the endpoint",
          "the request URL is too long for the store", False),
    415: ("the endpoint does not take SPARQL queries in this form",
          "the store does not take N-Triples there: check --profile", False),
    429: ("the endpoint limits requests: wait, then try again",
          "the store limits requests: wait, then try again", True),
    500: ("see the server's log", "see the server's log", True),
    502: (_DOWN, _DOWN, True),
    503: (_DOWN, _DOWN, True),
    504: (_DOWN, _DOWN, True),
}


def status_failure(status: int, phrase: str = "", body: bytes | str = b"", *,
                   purpose: Purpose = "query", location: str | None = None) -> Failure:
    """The failure of a request answered with ``status``: its reason phrase, the first
    line of what the server said in ``body``, and what to do."""
    if not phrase:
        try:
            phrase = http.HTTPStatus(status).phrase
        except ValueError:
            phrase = ""
    if status in STATUS_HINTS:
        query_hint, write_hint, retry = STATUS_HINTS[status]
        hint = query_hint if purpose == "query" else write_hint
    elif 300 <= status < 400:
        hint = (f"the server redirects to {shown_url(location)}: use that URL" if location
                else "the server redirects elsewhere: use the URL it points to")
        retry = False
    elif status >= 500:
        hint, retry = "see the server's log", True
    else:
        hint, retry = "the server refused the request", False
    said = server_said(body)
    head = " ".join(f"HTTP {status} {phrase}".split())
    return Failure(_clean(f"{head}{': ' + said if said else ''} ({hint})"), retry, status)


_TAG = re.compile(r"<[^>]*>")


def server_said(body: bytes | str) -> str:
    """The first meaningful line of an error body (markup removed), shortened; "" if none."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = _TAG.sub(" ", text[:8192])
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= SAID_LIMIT else line[:SAID_LIMIT - 1] + "…"
    return ""


# -- the mapping: everything else -------------------------------------------------------------

# SPARQLWrapper turns some statuses into exceptions of its own, the body quoted in the text.
_SPARQLWRAPPER_STATUS: tuple[tuple[type[SPARQLWrapperException], int], ...] = (
    (QueryBadFormed, 400), (Unauthorized, 401), (EndPointNotFound, 404), (URITooLong, 414),
    (EndPointInternalError, 500))

_TIMED_OUT = "timed out (raise --timeout or check the server)"


def failure_of(exc: BaseException, *, purpose: Purpose = "query") -> Failure:
    """What went wrong in a request that raised ``exc``, from any of partygraph's HTTP
    stacks (requests, urllib, SPARQLWrapper), as one line, and whether to try again."""
    if isinstance(exc, HTTPStatusError):
        return status_failure(exc.status, exc.phrase, exc.body, purpose=purpose,
                              location=exc.location)
    if isinstance(exc, urllib.error.HTTPError) and not _redirect_loop(exc):
        location = exc.headers.get("Location") if exc.headers is not None else None
        return status_failure(exc.code, str(exc.reason or ""), purpose=purpose,
                              location=location)
    if isinstance(exc, SPARQLWrapperException):
        for kind, status in _SPARQLWRAPPER_STATUS:
            if isinstance(exc, kind):
                return status_failure(status, body=_quoted_response(str(exc)), purpose=purpose)
        return Failure(_clean(f"the endpoint refused the query: {str(exc).splitlines()[0]}"),
                       False)
    if isinstance(exc, DeadlineExceeded):
        return Failure(f"timed out after {exc.timeout:g} s (raise --timeout or check the "
                       "server)", False)
    chain = list(_causes(exc))
    if _redirect_loop(exc) or any(isinstance(e, requests.TooManyRedirects) for e in chain):
        return Failure("too many redirects (check the URL: use the one the server finally "
                       "answers on)", False)
    for cause in chain:
        if isinstance(cause, ConnectionRefusedError):
            return Failure("connection refused (is the server running on that port?)", True)
        if isinstance(cause, socket.gaierror):
            if cause.errno == socket.EAI_AGAIN:
                return Failure("the host name cannot be resolved now (check the network, "
                               "then try again)", True)
            return Failure("unknown host (check the address)", False)
        if isinstance(cause, ssl.SSLCertVerificationError):
            said = cause.verify_message or cause.reason or "not trusted"
            return Failure(_clean(f"the server's TLS certificate is refused: {said} (check "
                                  "the host name, or trust the certificate's authority)"),
                           False)
        if isinstance(cause, ssl.SSLError):
            said = cause.reason or type(cause).__name__
            return Failure(_clean(f"the TLS handshake failed: {said} (is it an https server "
                                  "on that port? check the URL)"), False)
    if any(isinstance(e, TimeoutError | requests.Timeout) for e in chain):
        return Failure(_TIMED_OUT, False)  # the same request would time out again
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.InvalidSchema
                  | requests.exceptions.MissingSchema | ValueError) or (
            isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, str)):
        what = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        return Failure(_clean(f"not a usable URL ({what})"), False)
    broken = next((e for e in chain if isinstance(
        e, ConnectionError | HTTPException | requests.exceptions.ChunkedEncodingError)), None)
    if broken is not None:
        return Failure(f"the connection broke: {type(broken).__name__} (try again)", True)
    low = next((e for e in reversed(chain) if isinstance(e, OSError)
                and not isinstance(e, requests.RequestException)), None)
    if low is not None:
        said = low.strerror or str(low) or type(low).__name__
        return Failure(_clean(f"cannot connect: {said} (check the address and the network)"),
                       True)
    return Failure(_clean(f"{type(exc).__name__}: {exc}"), False)


# What a request may raise that failure_of describes (anything else is partygraph's bug);
# requests' exceptions are OSErrors.
TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (
    OSError, ValueError, HTTPException, HTTPStatusError, SPARQLWrapperException)


def error_for(name: str, exc: BaseException, *, purpose: Purpose = "query",
              tries: int = 1) -> EndpointError:
    """``exc`` as the EndpointError partygraph reports: ``name`` (``endpoint URL``), then
    :func:`failure_of`'s line; :class:`RequestRejected` when the server answered (so it
    did not apply the request)."""
    failure = failure_of(exc, purpose=purpose)
    reason = failure.reason + (f" after {tries} tries" if tries > 1 else "")
    # A gateway's 502 or 504 may come after the store got (and applied) the request.
    answered = failure.status is not None and failure.status not in (502, 504)
    kind = RequestRejected if answered else EndpointError
    return kind(_clean(f"{name}: {reason}"), reason=reason, retry=failure.retry)


def _clean(text: str) -> str:
    return one_line(redacted(text))


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and what it wraps: causes, contexts, urllib's and urllib3's ``reason``."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        inner = getattr(current, "reason", None)
        wrapped = [a for a in current.args if isinstance(a, BaseException)]
        todo.extend(e for e in (inner, *wrapped, current.__cause__, current.__context__)
                    if isinstance(e, BaseException))


def _redirect_loop(exc: BaseException) -> bool:
    return isinstance(exc, urllib.error.HTTPError) and 300 <= exc.code < 400 \
        and "infinite loop" in str(exc.msg)


def _quoted_response(message: str) -> str:
    """What the server answered, as SPARQLWrapper quotes it in its message ("" if none)."""
    _, found, body = message.partition("Response:\n")
    if not found:
        return ""
    body = body.strip()
    if body.startswith(("b'", 'b"')) and body.endswith(body[1]):
        body = body[2:-1].encode("latin-1", "backslashreplace").decode("unicode_escape",
                                                                         "replace")
    return body


# -- deadlines --------------------------------------------------------------------------------

def within_deadline(action: Callable[[], T], deadline: float, timeout: float) -> T:
    """``action()`` (one whole request), given up (DeadlineExceeded) at ``deadline``
    (``time.monotonic()``).

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
        raise DeadlineExceeded(timeout)
    if failure:
        raise failure[0]
    return outcome[0]


def read_before(read1: Callable[[int], bytes], deadline: float, timeout: float) -> bytes:
    """A response body read chunk by chunk, given up (DeadlineExceeded) once ``deadline``
    (``time.monotonic()``) passes: a server that trickles bytes cannot hold a request
    open past its deadline however often it sends one."""
    chunks: list[bytes] = []
    while True:
        if time.monotonic() > deadline:
            raise DeadlineExceeded(timeout)
        chunk = read1(65536)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


# -- the client -------------------------------------------------------------------------------

def send(session: requests.Session, method: str, url: str, *, timeout: float,
         auth: AuthBase | None = None, purpose: Purpose = "write",
         params: Mapping[str, str] | None = None, data: bytes | Mapping[str, str] | None = None,
         headers: Mapping[str, str] | None = None) -> bytes:
    """One request, its whole answer within ``timeout`` seconds; the answer's body.

    Redirects are not followed (a write redirected would be re-sent as a GET, or without
    its credentials): they are reported with the URL to use instead. Raises EndpointError
    (:class:`RequestRejected` for an error status) naming ``url`` without credentials.
    """
    deadline = time.monotonic() + timeout

    def request() -> tuple[requests.Response, bytes]:
        response = session.request(method, url, auth=auth, timeout=timeout, stream=True,
                                   allow_redirects=False, params=params, data=data,
                                   headers=headers)
        try:  # the whole answer within the deadline, not only each read
            return response, read_before(response.raw.read1, deadline, timeout)
        finally:
            response.close()

    try:
        response, body = within_deadline(request, deadline, timeout)
        if response.status_code >= 300:
            raise HTTPStatusError(response.status_code, response.reason or "", body,
                                  response.headers.get("Location"))
    except TRANSPORT_ERRORS as exc:
        raise error_for(f"endpoint {shown_url(url)}", exc, purpose=purpose) from None
    return body


def urllib_status(exc: urllib.error.HTTPError) -> BaseException:
    """An error status urllib raised, as :class:`HTTPStatusError` with the start of what the
    server said (a redirect loop is left as it is). Call it where the request's deadline
    applies: it reads from the server."""
    if _redirect_loop(exc):
        return exc
    try:
        body = exc.read(8192) if exc.fp is not None else b""
    except (OSError, HTTPException):
        body = b""
    location = exc.headers.get("Location") if exc.headers is not None else None
    return HTTPStatusError(exc.code, str(exc.reason or ""), body, location)


def probe(url: str, timeout: float) -> Failure | None:
    """``None`` if a GET of ``url`` is answered with a success status within ``timeout``
    seconds, else what went wrong (a health check)."""
    deadline = time.monotonic() + timeout

    def get() -> Failure | None:
        with requests.get(url, timeout=timeout, stream=True) as response:
            body = read_before(response.raw.read1, deadline, timeout)
            if response.status_code >= 300:
                return status_failure(response.status_code, response.reason or "", body)
        return None

    try:
        return within_deadline(get, deadline, timeout)
    except TRANSPORT_ERRORS as exc:
        return failure_of(exc)
