"""SIGTERM ends a command as Ctrl-C does: one line, an exit code, and what it was doing undone.

Ctrl-C raises KeyboardInterrupt in the main thread, which every command turns into
``interrupted`` and exit code 130, and which the build's staging files are removed on. A
service manager, ``kill`` or ``timeout`` send SIGTERM instead, whose default action ended the
process at once, saying nothing and leaving those files behind. The command's entry point
makes SIGTERM raise :class:`Terminated`, a KeyboardInterrupt, so that it takes the same path
and ends with ``interrupted (SIGTERM)`` and exit code 143 (128 + 15, as shells report it).
"""

from __future__ import annotations

import signal
from types import FrameType
from typing import NoReturn

__all__ = ["EXIT_INTERRUPTED", "EXIT_TERMINATED", "Terminated", "how_interrupted",
           "interrupt_on_sigterm"]

EXIT_INTERRUPTED = 130  # as shells report a process ended by SIGINT
EXIT_TERMINATED = 143  # as shells report a process ended by SIGTERM


class Terminated(KeyboardInterrupt):
    """SIGTERM came (raised in the main thread, where Ctrl-C's KeyboardInterrupt is)."""


def interrupt_on_sigterm() -> None:
    """From now on, SIGTERM raises :class:`Terminated` in the main thread; left as it is
    if this process was started ignoring it (as ``serve`` leaves such a signal ignored)."""
    if signal.getsignal(signal.SIGTERM) is signal.SIG_IGN:
        return
    signal.signal(signal.SIGTERM, _terminated)


def _terminated(_signum: int, _frame: FrameType | None) -> NoReturn:
    raise Terminated


def how_interrupted(exc: BaseException) -> tuple[str, int]:
    """The line to say and the exit code for an interruption: ``exc`` or what it was
    raised from (click turns a KeyboardInterrupt outside a command into its Abort)."""
    causes = (exc, exc.__cause__, exc.__context__)
    if any(isinstance(cause, Terminated) for cause in causes):
        return "interrupted (SIGTERM)", EXIT_TERMINATED
    return "interrupted", EXIT_INTERRUPTED
