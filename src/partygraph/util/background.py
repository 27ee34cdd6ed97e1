"""Long native work waited for where Ctrl-C and a deadline still reach the waiting.

pyoxigraph evaluates a query in native code with the interpreter lock released. Python runs
a signal's handler only in the main thread, between bytecodes, so a query evaluated in the
main thread could not be stopped by Ctrl-C until it ended (ten minutes and more for a
careless join). Evaluated in a worker thread while the main thread only waits, Ctrl-C
raises KeyboardInterrupt at once, and the wait can end at a deadline.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

__all__ = ["WaitedTooLong", "waited_for"]

T = TypeVar("T")


class WaitedTooLong(TimeoutError):
    """The work did not end within its ``timeout`` seconds."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        super().__init__(f"did not end within {timeout:g} s")


def waited_for(work: Callable[[], T], *, timeout: float | None = None) -> T:
    """``work()``'s result (or its exception), computed in a daemon thread while this one
    waits: KeyboardInterrupt reaches the wait, and WaitedTooLong is raised after
    ``timeout`` seconds. Work given up on runs on in its thread until it ends or the
    process exits (a command exits at once; a library caller should know)."""
    outcome: list[tuple[bool, object]] = []
    done = threading.Event()

    def run() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # handed to the waiting thread, raised there
            outcome.append((False, exc))
        finally:
            done.set()

    threading.Thread(target=run, name="partygraph-work", daemon=True).start()
    if not done.wait(timeout):
        raise WaitedTooLong(timeout or 0.0)
    ok, value = outcome[0]
    if not ok:
        assert isinstance(value, BaseException)
        raise value
    return value  # type: ignore[return-value]
