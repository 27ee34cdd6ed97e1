"""partygraph serve: the real command in its own process, queried, then stopped with Ctrl-C."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from partygraph.project import Project
from partygraph.share.server import free_port

from ..conftest import copy_project, run_cli


def _ctrl_c_as_on_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _serve(project: Project, *args: str) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "partygraph", "--root", str(project.root), "serve", *args]
    # As a terminal would: a shell that runs the tests in the background (``pytest &``)
    # makes its children ignore Ctrl-C, and that would be inherited here.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, preexec_fn=_ctrl_c_as_on_a_terminal)
    assert process.stdout is not None
    first = process.stdout.readline()
    if not first.startswith("SPARQL endpoint"):
        process.kill()
        _, err = process.communicate(timeout=10)
        raise AssertionError(f"serve did not start: {first}{err}")
    return process, first.rsplit(" ", 1)[1].strip()


def test_serve_answers_queries_and_stops_on_ctrl_c(built_real: Project) -> None:
    port = free_port()
    process, url = _serve(built_real, "--port", str(port))
    try:
        assert url == f"http://127.0.0.1:{port}/query"
        result = run_cli("query", "tallies", "--endpoint", url, "--format", "csv",
                         root=built_real.root)
        local = run_cli("query", "tallies", "--format", "csv", root=built_real.root)
        assert result.exit_code == 0 and result.stdout == local.stdout
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
    assert out.rstrip().endswith("stopped")
    time.sleep(0.2)
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{url}?query=ASK%7B%7D", timeout=2)


def test_serve_needs_a_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    result = run_cli("serve", root=project.root)
    assert result.exit_code == 2
    assert "run 'partygraph build' first" in result.stderr
