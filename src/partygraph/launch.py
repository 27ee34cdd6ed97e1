"""The ``partygraph`` command's entry point.

Ctrl-C ends a command with one line and exit code 130 (see :class:`partygraph.cli._Main`);
this makes it so while the command line is still being imported too, which takes a few
tenths of a second, instead of printing a traceback through the imports.
"""

from __future__ import annotations

import sys

__all__ = ["EXIT_INTERRUPTED", "run"]

EXIT_INTERRUPTED = 130  # as shells report a process ended by SIGINT (cli's too)


def run() -> None:
    """Import the command line and run it; Ctrl-C at any point ends it with one line."""
    try:
        from partygraph.cli import main  # the command line and what it imports

        main()
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
