"""Reading the examples of the docs: fenced blocks, and the commands of a console block with
the output lines shown under each, so that tests can replay the docs as written."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator

BLOCK = re.compile(r"(?:<!-- file: (?P<file>\S+) -->\n)?```(?P<lang>\w+)\n(?P<body>.*?)```",
                   re.DOTALL)
"""A fenced block: its language, body and, where an ``<!-- file: NAME -->`` line stands right
above it, the file the reader is to write it to."""


def blocks(text: str) -> Iterator[re.Match[str]]:
    """The fenced blocks of a Markdown text, in order (groups ``file``, ``lang``, ``body``)."""
    return BLOCK.finditer(text)


def console_steps(body: str) -> Iterator[tuple[list[str], list[str]]]:
    """The steps of a console block: each ``$ command`` split as a shell would, with the
    non-blank lines shown under it (the output the docs promise)."""
    command: list[str] | None = None
    expected: list[str] = []
    for line in [*body.splitlines(), "$ "]:
        if line.startswith("$ "):
            if command is not None:
                yield command, expected
            command, expected = shlex.split(line[2:]) or None, []
        elif line.strip():
            expected.append(line)


def shown(want: str, output: str) -> bool:
    """Whether ``want`` is a line of ``output``; a ``…`` in it stands for any text (what
    depends on the corpus, such as the number of sources)."""
    pattern = ".*".join(re.escape(part) for part in want.split("…"))
    return any(re.fullmatch(pattern, line) for line in output.splitlines())
