"""The N-Triples text pyshacl-turbo validates, made to take as little memory as it can.

pyshacl-turbo takes its data as one Python ``str`` and parses it into its own graph.
Vietnamese text makes that string 2 bytes a character (CPython stores a string with any
character above U+00FF so), and the engine asks for its UTF-8 too, a third copy kept
with the string. Written with only ASCII characters (``\\uXXXX`` escapes, which
N-Triples allows in literals and IRIs, and which the parser reads back to the very same
terms) the string is 1 byte a character and is its own UTF-8. At 10⁶ triples that saves
a quarter of a gigabyte while the engine runs.

:func:`engine_ntriples` builds the text one sheet at a time, so that the whole dataset
is never held unpruned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pyoxigraph as ox

from partygraph.compile.dataset import CompiledGraph, keep_predicates

__all__ = ["ascii_ntriples", "engine_ntriples"]

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# a blank node label with a character outside ASCII: N-Triples has no escape for those
_WIDE_BLANK = re.compile(r"_:[^\s]*?[^\x00-\x7f]")


def _escaped(found: re.Match[str]) -> str:
    return "".join(f"\\u{code:04X}" if code < 0x10000 else f"\\U{code:08X}"
                   for code in map(ord, found.group()))


def ascii_ntriples(text: str) -> str:
    """N-Triples ``text`` with every character outside ASCII written as an escape.

    The terms it states are the same. Text whose blank node labels are not all ASCII is
    returned as it is (no escape may be written there).
    """
    if text.isascii() or ("_:" in text and _WIDE_BLANK.search(text)):
        return text
    if "\\\\x" in text:  # an escaped backslash before an x: the fast way would misread it
        return _NON_ASCII.sub(_escaped, text)
    # Python's own escapes (fast) are N-Triples' but for \xNN, which is \u00NN there;
    # valid N-Triples has no \x escape nor a backslash before a wide character, so every
    # \x written is one of Python's
    return text.encode("ascii", "backslashreplace").replace(b"\\x", b"\\u00").decode("ascii")


def _parts(compiled: CompiledGraph) -> Iterator[str]:
    """The union of ``compiled``'s graphs as N-Triples, a sheet at a time, in the order of
    :meth:`CompiledGraph.ntriples` (a test checks they give the same text)."""
    yield "".join(line.rsplit(" ", 2)[0] + " .\n" for line in compiled.ontology)
    for sheet in compiled.sheets:  # drop the graph name, the same on every line of a sheet
        suffix = f" {ox.NamedNode(sheet.graph)} .\n"
        yield sheet.data().decode().replace(suffix, " .\n")


def engine_ntriples(compiled: CompiledGraph, predicates: frozenset[str] | None = None) -> str:
    """:meth:`CompiledGraph.ntriples` (only the triples whose predicate is one of
    ``predicates``, when given) as :func:`ascii_ntriples` writes it, never holding the
    whole text unpruned nor more than one sheet of it outside ASCII."""
    parts = []
    for part in _parts(compiled):
        if predicates is not None:
            part = keep_predicates(part, predicates)
        parts.append(ascii_ntriples(part))
    return "".join(parts)
