"""partygraph serve: the real command in its own process, queried, then stopped with Ctrl-C,
SIGTERM or SIGHUP, each of which stops its Oxigraph server and frees the port."""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from partygraph.project import Project
from partygraph.share.server import free_port, free_ports, port_in_use
from partygraph.store.kept import KEPT_DIR

from ..conftest import copy_project, run_cli


def test_free_ports_are_distinct_and_free() -> None:
    ports = free_ports(8)
    assert len(ports) == len(set(ports)) == 8
    for port in ports:
        assert not port_in_use("127.0.0.1", port)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
            listener.bind(("127.0.0.1", port))  # nothing holds it any more
    assert free_ports(0) == []


def _ctrl_c_as_on_a_terminal() -> None:
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_DFL)


def _as_under_nohup() -> None:
    _ctrl_c_as_on_a_terminal()
    signal.signal(signal.SIGHUP, signal.SIG_IGN)


def _serve(project: Project, *args: str,
           preexec: Callable[[], None] = _ctrl_c_as_on_a_terminal,
           ) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "partygraph", "--root", str(project.root), "serve", *args]
    # As a terminal would: a shell that runs the tests in the background (``pytest &``)
    # makes its children ignore Ctrl-C (nohup: hangups), and that would be inherited here.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, preexec_fn=preexec)
    assert process.stdout is not None
    first = process.stdout.readline()
    if not first.startswith("SPARQL endpoint"):
        process.kill()
        _, err = process.communicate(timeout=10)
        raise AssertionError(f"serve did not start: {first}{err}")
    # the two endpoint lines are all of standard output (read both here: communicate() later
    # would not see what this stream has buffered)
    second = process.stdout.readline()
    assert second.startswith("Graph Store Protocol: http://"), second
    return process, first.rsplit(" ", 1)[1].strip()


def _stderr_until(process: subprocess.Popen[str], line: str, seconds: float) -> str:
    """What ``process`` writes on standard error, read until a line ``line`` (or the end, or
    ``seconds``). Read from the pipe itself, as communicate() reads the rest: nothing is
    left in a buffer between the two."""
    assert process.stderr is not None
    fd = process.stderr.fileno()
    read = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and f"\n{line}\n" not in "\n" + read.decode():
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            read += chunk
    return read.decode()


def test_serve_answers_queries_and_stops_on_ctrl_c(built_real: Project) -> None:
    port = free_port()
    process, url = _serve(built_real, "--port", str(port))
    try:
        assert url == f"http://127.0.0.1:{port}/query"
        result = run_cli("query", "tallies", "--endpoint", url, "--format", "csv",
                         root=built_real.root)
        local = run_cli("query", "tallies", "--format", "csv", root=built_real.root)
        assert result.exit_code == 0 and result.stdout == local.stdout
        # ad-hoc SPARQL: partygraph's prefixes undeclared, the endpoint's own line numbers
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?o a pg:PartyOrganisation }"
        remote = run_cli("sparql", "-q", count, "--endpoint", url, "--format", "csv",
                         root=built_real.root)
        assert remote.exit_code == 0, remote.output
        assert remote.stdout == run_cli("sparql", "-q", count, "--format", "csv",
                                        root=built_real.root).stdout == "n\n4\n"
        bad = run_cli("sparql", "-q", "SELECT *\nWHERE { ?o a pg:PartyOrganisation . ?s ?p }",
                      "--endpoint", url, root=built_real.root)
        assert bad.exit_code == 2 and len(bad.stderr.splitlines()) == 1
        assert "HTTP 400" in bad.stderr and "error at 2:" in bad.stderr
        # read-only: an update is refused
        refused = requests.post(f"http://127.0.0.1:{port}/update", data={"update": "CLEAR ALL"},
                                timeout=5)
        assert refused.status_code >= 400
        # the port is taken now: a second server says so
        second = run_cli("serve", "--port", str(port), root=built_real.root)
        assert second.exit_code == 2
        assert f"port {port} on 127.0.0.1 is in use" in second.stderr
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert out == ""  # the endpoint lines alone were on stdout; the rest went to stderr
    assert err.splitlines()[-1] == "stopped (SIGINT)"
    time.sleep(0.2)
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{url}?query=ASK%7B%7D", timeout=2)


def test_serve_needs_a_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    result = run_cli("serve", root=project.root)
    assert result.exit_code == 2
    assert "run 'partygraph build' first" in result.stderr


def _children(pid: int) -> list[int]:
    """The processes ``pid`` started (from /proc: Linux)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except FileNotFoundError:  # a thread that ended since the listing: no children
            continue
    return found


def _stop(process: subprocess.Popen[str], sig: signal.Signals) -> tuple[str, str]:
    try:
        process.send_signal(sig)
        return process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=10)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT],
                         ids=lambda s: s.name)
def test_serve_stops_its_server_on_each_signal(built_real: Project,
                                               sig: signal.Signals) -> None:
    port = free_port()
    process, url = _serve(built_real, "--port", str(port))
    try:
        assert requests.get(f"{url}?query=ASK%7B%7D", timeout=5).ok
        children = _children(process.pid)
        assert len(children) == 1
        child = children[0]
        assert b"oxigraph" in Path(f"/proc/{child}/cmdline").read_bytes()
    finally:
        _out, err = _stop(process, sig)
    assert process.returncode == 0, err
    assert err.splitlines()[-1] == f"stopped ({sig.name})"
    assert not Path(f"/proc/{child}").exists()  # stopped and waited for: not even a zombie
    assert not port_in_use("127.0.0.1", port)
    again, _url = _serve(built_real, "--port", str(port))  # the port is free: serve again
    _out, err = _stop(again, signal.SIGTERM)
    assert again.returncode == 0, err


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")
def test_serve_keeps_ignoring_a_hangup_under_nohup(built_real: Project) -> None:
    process, url = _serve(built_real, "--port", str(free_port()), preexec=_as_under_nohup)
    try:
        process.send_signal(signal.SIGHUP)
        time.sleep(0.5)
        assert process.poll() is None
        assert requests.get(f"{url}?query=ASK%7B%7D", timeout=5).ok
    finally:
        _out, err = _stop(process, signal.SIGTERM)
    assert process.returncode == 0 and err.splitlines()[-1] == "stopped (SIGTERM)"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")
def test_serve_says_when_its_server_stops_by_itself(built_real: Project) -> None:
    process, _url = _serve(built_real, "--port", str(free_port()))
    try:
        (child,) = _children(process.pid)
        os.kill(child, signal.SIGKILL)
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=10)
    assert process.returncode == 2
    assert err.splitlines()[-1].startswith("error: the oxigraph server stopped by itself "
                                           "(killed by SIGKILL)")


def test_sparql_update_is_refused_while_a_writable_server_holds_the_store(
        tmp_path: Path) -> None:
    from partygraph.store.build import build

    project = copy_project(tmp_path)
    build(project)
    process, _url = _serve(project, "--port", str(free_port()), "--writable")
    try:
        result = run_cli("sparql", "-q", "CLEAR DEFAULT", "--allow-update", root=project.root)
    finally:
        _out, err = _stop(process, signal.SIGTERM)
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"error: cannot open the store at {project.store_dir} "
                                    "for writing (")
    assert process.returncode == 0, err
    # A new user's finding: what was sent to a writable server (a push, an update) changed
    # the store while the answers it keeps stayed, and were given without a word. Now its
    # queries run as written, and say the store may have changed, until the next build.
    assert not (project.store_dir / KEPT_DIR).exists()
    answered = run_cli("query", "latest-figures", root=project.root)
    assert answered.exit_code == 0, answered.output
    assert "may have been changed after the last build" in answered.stderr
    assert "serve --writable" in answered.stderr


def _running(pid: int) -> bool:
    """Whether ``pid`` is an oxigraph process that has not ended (a zombie has ended)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z" and b"oxigraph" in cmdline


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="PR_SET_PDEATHSIG, and /proc, are Linux's")
def test_serve_killed_outright_takes_its_server_with_it(built_real: Project) -> None:
    """SIGKILL reaches no handler: the kernel stops the server (PR_SET_PDEATHSIG)."""
    port = free_port()
    process, url = _serve(built_real, "--port", str(port))
    children: list[int] = []
    try:
        children = _children(process.pid)
        assert len(children) == 1 and _running(children[0])
        child = children[0]
        assert requests.get(f"{url}?query=ASK%7B%7D", timeout=5).ok
        process.kill()
        process.communicate(timeout=10)
        assert process.returncode == -signal.SIGKILL
        deadline = time.monotonic() + 5
        while _running(child) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _running(child), "the server outlived serve"
        while port_in_use("127.0.0.1", port) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not port_in_use("127.0.0.1", port)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=10)
        for pid in children:  # the test failed: do not leave the server behind
            if _running(pid):
                os.kill(pid, signal.SIGKILL)


def test_serve_follows_a_build_that_replaces_the_store(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "own")
    assert run_cli("build", root=project.root).exit_code == 0
    sheet = next(project.data_dir.glob("sheets/*.yaml"))
    text = sheet.read_text(encoding="utf-8")
    assert text.count("    value: 48\n") == 1
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?x pg:value 4807 }"
    port = free_port()
    process, url = _serve(project, "--port", str(port))
    said = ""
    try:
        def answer() -> str:
            said = run_cli("sparql", "-q", count, "--endpoint", url, "--format", "csv",
                           root=project.root)
            return said.stdout if said.exit_code == 0 else said.stderr

        assert answer() == "n\n0\n"
        sheet.write_text(text.replace("    value: 48\n", "    value: 4807\n"), encoding="utf-8")
        assert run_cli("build", root=project.root).exit_code == 0
        deadline = time.monotonic() + 60
        while answer() != "n\n1\n" and time.monotonic() < deadline:
            time.sleep(0.2)
        assert answer() == "n\n1\n"  # on the same endpoint
        # The server may answer from the new store a moment before serve's check (every
        # 0.2 s) has seen the swap and started it again: wait for the line saying it did.
        said = _stderr_until(process, "a build replaced the store: serving the new one", 60)
    finally:
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=30)
    lines = (said + err).splitlines()
    assert process.returncode == 0, lines
    assert "a build replaced the store: serving the new one" in lines
    assert lines[-1] == "stopped (SIGINT)"
    assert not port_in_use("127.0.0.1", port)


@pytest.mark.parametrize("host", ["::1", "no-such-host.invalid"])
def test_a_host_it_cannot_listen_on_is_one_line(built_real: Project, host: str) -> None:
    """A new user's finding: an IPv6 address or an unknown name gave 'internal error:
    gaierror'; now it says what to give, and starts nothing."""
    result = run_cli("serve", "--host", host, "--port", "17899", root=built_real.root)
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"error: cannot listen on --host {host} (")
    assert "give an IPv4 address" in result.stderr and "internal error" not in result.stderr


def test_a_writable_server_that_cannot_start_leaves_the_store_as_built(tmp_path: Path) -> None:
    """Only a writable server that serves may change the store: one that cannot start (the
    port taken) leaves its answers kept and its queries without a warning."""
    from partygraph.store.build import build

    project = copy_project(tmp_path)
    build(project)
    kept = sorted(path.name for path in (project.store_dir / KEPT_DIR).iterdir())
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = run_cli("serve", "--writable", "--port", str(taken.getsockname()[1]),
                         root=project.root)
    assert result.exit_code == 2, result.output
    assert sorted(path.name for path in (project.store_dir / KEPT_DIR).iterdir()) == kept
    assert "may have been changed" not in run_cli("query", "tallies", root=project.root).stderr
