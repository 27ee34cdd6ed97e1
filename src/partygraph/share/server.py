"""Run Oxigraph's SPARQL server (the ``oxigraph`` package from PyPI) over a built store."""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, TracebackType

from partygraph.errors import PartygraphError, one_line
from partygraph.query.http import Failure, probe

__all__ = ["STOP_SIGNALS", "OxigraphServer", "die_with_parent", "first_line", "free_port",
           "free_ports", "oxigraph_command", "port_in_use"]

# What stops a server run from the command line: Ctrl-C, a service manager (SIGTERM), the
# terminal closing (SIGHUP). A signal the process was started ignoring (``nohup`` ignores
# SIGHUP, a shell's ``&`` SIGINT) stays ignored.
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                     if hasattr(signal, name))


def first_line(stderr: str) -> str:
    """What a failed server said, as one line: its first meaningful line, never a stack
    trace (``RUST_BACKTRACE`` set makes Oxigraph print one)."""
    for line in stderr.splitlines():
        text = line.strip()
        if not text or text.lower().startswith(("stack backtrace", "backtrace", "note:")) \
                or text[0].isdigit() or text.startswith("at "):
            continue
        text = text.removeprefix("Error: ")
        if "lock" in text.lower():
            text += " (another server or build uses this store: stop it first)"
        return one_line(text[:300])
    return "it said nothing"


_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def die_with_parent() -> Callable[[], None] | None:
    """A ``preexec_fn`` that makes a child process get SIGTERM when this process dies, even
    by SIGKILL, which no handler sees (Linux's ``prctl(PR_SET_PDEATHSIG)``); None elsewhere.

    Linux sends the signal when the *thread* that started the child ends, so this is offered
    only to the main thread, which lives as long as the process.
    """
    if not sys.platform.startswith("linux") or \
            threading.current_thread() is not threading.main_thread():
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up before the fork
    except (OSError, AttributeError):
        return None
    prctl.restype = ctypes.c_int
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                      ctypes.c_ulong]
    parent = os.getpid()
    term = int(signal.SIGTERM)

    def preexec() -> None:
        signal.signal(term, signal.SIG_DFL)  # not ignored, even where this process ignores it
        prctl(_PR_SET_PDEATHSIG, term, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before prctl: nobody would tell us
            os._exit(1)

    return preexec


def oxigraph_command() -> str:
    """The ``oxigraph`` executable: on PATH, or beside this Python (a virtual environment)."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = shutil.which("oxigraph") or (str(beside) if beside.is_file() else None)
    if found is None:
        raise PartygraphError("the 'oxigraph' server is not installed: pip install oxigraph")
    return found


def free_ports(count: int, host: str = "127.0.0.1") -> list[int]:
    """``count`` distinct TCP ports that nothing listens on right now: each probe is held
    until all are chosen, so two of them cannot be the same port."""
    probes = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(count)]
    try:
        for probe in probes:
            probe.bind((host, 0))
        return [int(probe.getsockname()[1]) for probe in probes]
    finally:
        for probe in probes:
            probe.close()


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that nothing listens on right now."""
    return free_ports(1, host)[0]


def port_in_use(host: str, port: int) -> bool:
    """True when something already listens on ``host:port``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        return probe.connect_ex((host, port)) == 0


def _how_it_ended(code: int) -> str:
    """A process's return code in words: ``exit code 1``, ``killed by SIGKILL``."""
    if code >= 0:
        return f"exit code {code}"
    try:
        return f"killed by {signal.Signals(-code).name}"
    except ValueError:
        return f"killed by signal {-code}"


def _folder_identity(path: Path) -> tuple[int, int] | None:
    """Which folder is at ``path`` now (device and inode), or None when none is."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


@dataclass
class OxigraphServer:
    """An Oxigraph server process over a store folder; a context manager that stops it."""

    store_dir: Path
    host: str = "127.0.0.1"
    port: int = 0
    read_only: bool = True
    process: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        """``http://HOST:PORT``."""
        return f"http://{self.host}:{self.port}"

    @property
    def query_url(self) -> str:
        """The SPARQL query endpoint."""
        return f"{self.base}/query"

    @property
    def store_url(self) -> str:
        """The SPARQL 1.1 Graph Store Protocol endpoint."""
        return f"{self.base}/store"

    def start(self, timeout: float = 30.0, *,
              interrupted: Callable[[], bool] | None = None) -> OxigraphServer:
        """Start the server and wait until it answers; raises PartygraphError if it cannot.

        ``interrupted`` is asked while waiting: when it says True, this returns at once (the
        caller then stops the server).
        """
        try:
            socket.getaddrinfo(self.host, None, socket.AF_INET)
        except (OSError, UnicodeError) as exc:
            reason = exc.args[-1] if exc.args else exc
            raise PartygraphError(f"cannot listen on --host {self.host} ({reason}): give an "
                                  "IPv4 address or a name this machine resolves to one, such "
                                  "as 127.0.0.1 (the server listens on IPv4 only)") from None
        if self.port == 0:
            self.port = free_port(self.host)
        elif port_in_use(self.host, self.port):
            raise PartygraphError(f"port {self.port} on {self.host} is in use: choose another "
                                  "with --port, or stop what runs there")
        command = [oxigraph_command(), "serve-read-only" if self.read_only else "serve",
                   "--location", str(self.store_dir), "--bind", f"{self.host}:{self.port}"]
        # The server dies with this process, however it ends (Linux; elsewhere only the
        # signals serve_until_signal catches stop it).
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE, preexec_fn=die_with_parent())
        try:
            return self._wait_until_it_answers(timeout, interrupted or (lambda: False))
        except BaseException:  # Ctrl-C while it starts, too: never leave it running
            self.stop()
            raise

    def _wait_until_it_answers(self, timeout: float,
                               interrupted: Callable[[], bool]) -> OxigraphServer:
        assert self.process is not None
        deadline = time.monotonic() + timeout
        failed: Failure | None = None
        while time.monotonic() < deadline:
            if interrupted():
                return self
            if self.process.poll() is not None:
                time.sleep(0.1)  # Ctrl-C on a terminal ends it too: not its failure then
                if interrupted():
                    return self
                err = self.process.stderr.read().decode(errors="replace") if \
                    self.process.stderr else ""
                raise PartygraphError(f"the oxigraph server stopped at once: {first_line(err)}")
            failed = probe(f"{self.query_url}?query=ASK%7B%7D", timeout=2)
            if failed is None:
                return self
            time.sleep(0.1)
        self.stop()
        last = f" (last: {failed.reason})" if failed is not None else ""
        raise PartygraphError(f"the oxigraph server did not answer on {self.base} "
                              f"within {timeout:.0f} s{last}")

    def said(self) -> str:
        """Once the process has ended: the first meaningful line of its stderr."""
        if self.process is None or self.process.stderr is None or self.process.stderr.closed:
            return "it said nothing"
        return first_line(self.process.stderr.read().decode(errors="replace"))

    def serve_until_signal(self, on_ready: Callable[[], None] | None = None,
                           poll: float = 0.2, *,
                           on_new_store: Callable[[], None] | None = None) -> signal.Signals:
        """Start the server, call ``on_ready``, and serve until one of :data:`STOP_SIGNALS`
        comes (in the main thread); then stop the server, wait for it and return that signal.

        A build puts a new store in the place of the one served (see
        :func:`partygraph.store.embedded.update_store`), which a running server would never
        see: when the folder at ``store_dir`` is another one, the server is started again
        over it, on the same port, and ``on_new_store`` is called.

        The signals are caught from before the server starts to after it is stopped, so that
        none can end this process and leave the server running. Raises PartygraphError when
        the server cannot start or stops by itself.
        """
        came: list[int] = []

        def note(signum: int, _frame: FrameType | None) -> None:
            came.append(signum)

        previous = {sig: signal.getsignal(sig) for sig in STOP_SIGNALS}
        try:
            for sig, handler in previous.items():
                if handler is not signal.SIG_IGN:
                    signal.signal(sig, note)
            served = _folder_identity(self.store_dir)
            self.start(interrupted=lambda: bool(came))
            if not came and on_ready is not None:
                on_ready()
            while not came:
                assert self.process is not None
                try:
                    code = self.process.wait(timeout=poll)
                except subprocess.TimeoutExpired:
                    now = _folder_identity(self.store_dir)
                    if now is not None and now != served:  # (None: being swapped in)
                        served = now
                        self.stop()
                        self.start(interrupted=lambda: bool(came))
                        if not came and on_new_store is not None:
                            on_new_store()
                    continue
                time.sleep(0.1)  # Ctrl-C on a terminal reaches the server too, maybe first
                if not came:
                    raise PartygraphError(f"the oxigraph server stopped by itself "
                                          f"({_how_it_ended(code)}): {self.said()}")
        finally:
            self.stop()  # a second signal meanwhile only adds to ``came``
            for sig, handler in previous.items():
                if handler is not None:  # None: not set from Python, left as it is
                    signal.signal(sig, handler)
        return signal.Signals(came[0])

    def stop(self) -> None:
        """Stop the server (politely, then firmly)."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        if self.process.stderr:
            self.process.stderr.close()

    def __enter__(self) -> OxigraphServer:
        return self.start() if self.process is None else self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()
