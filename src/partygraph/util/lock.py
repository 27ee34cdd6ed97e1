"""One build at a time in a build folder: an exclusive lock on ``build/.lock``.

Everything that writes the build folder (compiling into the cache, writing the dataset,
the store and the manifest) holds this lock; readers (queries, the server) do not need it,
since the dataset and the store are only ever replaced whole, by rename. The lock is an
``flock`` on an open file, so the system releases it when its process ends, however it
ends: a killed build leaves nothing to clean up. It is re-entrant within a process (a
command that builds and then validates takes it once).
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from partygraph.errors import PartygraphError

__all__ = ["LOCK_NAME", "BuildBusyError", "build_lock"]

LOCK_NAME = ".lock"
_POLL = 0.1  # seconds between tries when waiting with a timeout


class BuildBusyError(PartygraphError):
    """Another process kept the build folder locked for longer than the caller would wait."""


class _Held:
    """This process's hold on one build folder: the threads' lock, the file, the depth."""

    def __init__(self) -> None:
        self.threads = threading.RLock()
        self.fd = -1
        self.depth = 0


_held: dict[str, _Held] = {}
_guard = threading.Lock()


@contextmanager
def build_lock(build_dir: Path, *, timeout: float | None = None,
               on_wait: Callable[[int | None], None] | None = None) -> Iterator[None]:
    """Hold the exclusive lock on ``build_dir`` (created if need be) for the ``with`` block.

    When another process holds it, ``on_wait`` is called once with that process's id (when
    known), then the lock is waited for: without end, or ``timeout`` seconds before raising
    BuildBusyError.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    with _guard:
        held = _held.setdefault(os.path.abspath(build_dir), _Held())
    if not held.threads.acquire(blocking=False):  # another thread of this process builds
        if on_wait is not None:
            on_wait(os.getpid())
        if not held.threads.acquire(timeout=-1 if deadline is None
                                    else max(0.0, deadline - time.monotonic())):
            raise _busy(build_dir, os.getpid(), timeout)
    try:
        if held.depth == 0:
            held.fd = _lock_file(build_dir, deadline, timeout, on_wait)
        held.depth += 1
        try:
            yield
        finally:
            held.depth -= 1
            if held.depth == 0:
                os.close(held.fd)  # releases the lock
                held.fd = -1
    finally:
        held.threads.release()


def _lock_file(build_dir: Path, deadline: float | None, timeout: float | None,
               on_wait: Callable[[int | None], None] | None) -> int:
    """Open and lock ``build_dir/.lock``; returns the open file (closing it unlocks)."""
    try:
        build_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(build_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise PartygraphError(f"cannot lock the build folder {build_dir}: {exc}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            if on_wait is not None:
                on_wait(holder)
            if deadline is None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            else:
                while True:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if time.monotonic() >= deadline:
                            raise _busy(build_dir, holder, timeout) from None
                        time.sleep(min(_POLL, max(0.0, deadline - time.monotonic())))
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)  # who holds it, for those who wait
    except BaseException:
        os.close(fd)
        raise
    return fd


def _holder(fd: int) -> int | None:
    """The id of the process that wrote the lock file last (the holder, while locked)."""
    try:
        return int(os.pread(fd, 32, 0).decode().strip())
    except (OSError, ValueError):
        return None


def _busy(build_dir: Path, holder: int | None, timeout: float | None) -> BuildBusyError:
    who = f" (process {holder})" if holder is not None else ""
    return BuildBusyError(f"another build of {build_dir} is running{who}; gave up waiting "
                          f"for it after {timeout or 0:g} s")
