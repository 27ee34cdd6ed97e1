"""The ``partygraph`` command's entry point.

Ctrl-C ends a command with one line and exit code 130 (see :class:`partygraph.cli._Main`);
this makes it so while the command line is still being imported too, which takes a few
tenths of a second, instead of printing a traceback through the imports. SIGTERM does the
same with exit code 143 (see :mod:`partygraph.util.interrupt`).
"""

from __future__ import annotations

import sys

from partygraph.util.interrupt import how_interrupted, interrupt_on_sigterm

__all__ = ["run"]


def run() -> None:
    """Import the command line and run it; Ctrl-C or SIGTERM at any point ends it with one
    line."""
    try:
        interrupt_on_sigterm()
        from partygraph.cli import main  # the command line and what it imports

        main()
    except KeyboardInterrupt as exc:
        said, code = how_interrupted(exc)
        print(said, file=sys.stderr)
        sys.exit(code)
