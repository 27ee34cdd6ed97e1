"""Load YAML keeping the line of every mapping key and sequence item.

Fact sheets are written by hand, so every error must point at a line. PyYAML's parser
gives each event its position; this module turns the event stream into plain Python values
and a table from *paths* (tuples of keys and indexes) to 1-based line numbers.

It reads a strict, plain subset of YAML, so that nothing the author wrote is silently
changed or multiplied:

- plain scalars follow YAML 1.2, not PyYAML's YAML 1.1: only ``true`` and ``false`` are
  booleans and only decimal digits without a leading zero are integers; ``yes``, ``0312``,
  ``3:12``, ``0x1F``, ``1_000``, ``2.457`` and dates stay the text the author wrote, for the
  schema to accept as text or refuse where it expects a number;
- aliases (``*name``) are refused, so no sheet can expand into gigabytes; so are tags
  (``!weird``, ``!!int``), more than one document, deep nesting, control characters and
  files over :data:`MAX_SHEET_BYTES`;
- duplicate keys and keys that are not text are errors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from partygraph.errors import FactSheetError, Problem
from partygraph.util.text import NotUtf8Error, decode_utf8

__all__ = ["MAX_DEPTH", "MAX_SHEET_BYTES", "LocatedDocument", "load_located"]

Path_ = tuple[str | int, ...]
# libyaml's parser when PyYAML was built with it (ten times faster), else the pure-Python one.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_SHEET_BYTES = 5_000_000
"""The largest fact sheet read (the largest real one is a few dozen kilobytes)."""
MAX_DEPTH = 32
"""The deepest nesting of mappings and sequences read (a fact sheet needs four levels)."""

# YAML 1.2 core schema, narrowed: the plain scalars that are not text.
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLEANS = {"true": True, "True": True, "TRUE": True,
             "false": False, "False": False, "FALSE": False}
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)")
# Characters YAML does not allow in a stream (its c-printable set, complemented).
_FORBIDDEN = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Line breaks for YAML but not for editors, grep or sed: refused, so that every line number
# partygraph gives is the line an editor shows (a CR before LF is a CRLF line end, allowed).
_HIDDEN_BREAK = re.compile("\r(?!\n)|[\x85\u2028\u2029]")
_CORE_TAG = "tag:yaml.org,2002:"


@dataclass(frozen=True)
class LocatedDocument:
    """A parsed YAML document and the line of each path inside it."""

    file: Path
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, path: Path_) -> int:
        """Return the line of the deepest prefix of ``path`` that the document has."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return 1

    def locate(self, loc: tuple[Any, ...]) -> tuple[Path_, int]:
        """Follow a validator's error location through the data, skipping unknown parts.

        Returns the path actually found and its line.
        """
        node: Any = self.data
        found: list[str | int] = []
        for part in loc:
            in_dict = isinstance(node, dict) and part in node
            in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
            if in_dict or in_list:
                node = node[part]
                found.append(part)
        path = tuple(found)
        return path, self.line_of(path)


class _Refused(Exception):
    """Something the loader will not read any further (an alias, a tag ...)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _line(event: yaml.Event) -> int:
    return event.start_mark.line + 1 if event.start_mark is not None else 1


def _shown_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE_TAG):] if tag.startswith(_CORE_TAG) else tag


def _scalar(event: yaml.ScalarEvent) -> Any:
    """The value of an untagged scalar: text unless plain and null, boolean or decimal."""
    value: str = event.value
    if not event.implicit[0]:  # quoted, literal or folded: always text
        return value
    if value in _NULLS:
        return None
    if value in _BOOLEANS:
        return _BOOLEANS[value]
    if _DECIMAL.fullmatch(value):
        try:
            return int(value)
        except ValueError:  # more digits than Python converts: left as text, and refused
            return value
    return value


class _Builder:
    def __init__(self, file: Path, events: Iterator[yaml.Event]) -> None:
        self.file = file
        self.events = events
        self.lines: dict[Path_, int] = {}
        self.problems: list[Problem] = []

    def document(self) -> Any:
        next(self.events)  # the start of the stream
        start = next(self.events)
        if isinstance(start, yaml.StreamEndEvent):
            self.lines[()] = 1
            return None
        data = self.node(next(self.events), (), 0)
        next(self.events)  # the end of the document
        after = next(self.events)
        if not isinstance(after, yaml.StreamEndEvent):
            raise _Refused(_line(after), "a fact sheet is one YAML document, but a second "
                                         "one starts here ('---')")
        return data

    def node(self, event: yaml.Event, path: Path_, depth: int) -> Any:
        line = _line(event)
        self.lines.setdefault(path, line)
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(line, f"alias '*{event.anchor}': aliases are not allowed in fact "
                                 "sheets (write the value out in full)")
        tag = getattr(event, "tag", None)
        if tag is not None:
            raise _Refused(line, f"tag '{_shown_tag(tag)}': tags are not allowed in fact "
                                 "sheets (write plain values; quote text that looks like a "
                                 "number)")
        if isinstance(event, yaml.ScalarEvent):
            return _scalar(event)
        if depth >= MAX_DEPTH:
            raise _Refused(line, f"nested more than {MAX_DEPTH} levels deep (a fact sheet "
                                 "needs a few)")
        if isinstance(event, yaml.SequenceStartEvent):
            items: list[Any] = []
            item = next(self.events)
            while not isinstance(item, yaml.SequenceEndEvent):
                items.append(self.node(item, (*path, len(items)), depth + 1))
                item = next(self.events)
            return items
        assert isinstance(event, yaml.MappingStartEvent)
        return self.mapping(path, depth)

    def mapping(self, path: Path_, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        key_event = next(self.events)
        while not isinstance(key_event, yaml.MappingEndEvent):
            line = _line(key_event)
            key = self.unrecorded(key_event, path, depth + 1)
            problem = None
            if not isinstance(key, str):
                written = (repr(key_event.value) if isinstance(key_event, yaml.ScalarEvent)
                           else "a list" if isinstance(key, list) else "a mapping")
                problem = f"key {written} is not text (a key is a field name)"
            elif key in result:
                problem = f"duplicate key '{key}'"
            if problem is not None:
                self.problems.append(Problem(self.file, line, problem))
                self.unrecorded(next(self.events), path, depth + 1)
            else:
                self.lines[(*path, key)] = line
                result[key] = self.node(next(self.events), (*path, key), depth + 1)
            key_event = next(self.events)
        return result

    def unrecorded(self, event: yaml.Event, path: Path_, depth: int) -> Any:
        """Read a node (a key, or a value left out) without recording its lines."""
        kept, self.lines = self.lines, {}
        try:
            return self.node(event, path, depth)
        finally:
            self.lines = kept


def _read(file: Path) -> str:
    """The text of ``file``, refused when too large, not UTF-8 or with control characters."""
    chunks: list[bytes] = []
    size = 0
    try:
        with file.open("rb") as stream:
            # in chunks, so that neither a huge file nor the limit costs memory
            while size <= MAX_SHEET_BYTES and (chunk := stream.read(1 << 16)):
                chunks.append(chunk)
                size += len(chunk)
    except OSError as exc:
        raise FactSheetError([Problem(file, 1, f"cannot read file: {exc.strerror or exc}")]
                             ) from None
    if size > MAX_SHEET_BYTES:
        raise FactSheetError([Problem(file, 1, f"larger than {MAX_SHEET_BYTES // 1_000_000} "
                                               "MB: a fact sheet may be at most that (one "
                                               "article's facts take a few kilobytes)")])
    try:
        return decode_utf8(b"".join(chunks), "sheet")
    except NotUtf8Error as exc:
        raise FactSheetError([Problem(file, exc.line, exc.reason)]) from None


def _tab_hint(text: str, line: int) -> str:
    """What to do when a tab in the indent of ``line`` (or of the line before, where YAML
    may notice it only on the next) is likely what YAML refused: it indents with spaces."""
    lines = text.splitlines()
    for number in (line, line - 1):
        here = lines[number - 1] if 0 < number <= len(lines) else ""
        indent = here[:len(here) - len(here.lstrip(" \t"))]
        if "\t" in indent:
            column = indent.index("\t") + 1
            return (f" (line {number} has a tab character at column {column}: "
                    "YAML indents with spaces only)")
    return ""


def _colon_hint(reason: str) -> str:
    """How to write a text that holds ``: `` when that is likely what YAML refused: unquoted,
    ``quote: Kết luận: ...`` reads as a second key inside the value (libyaml says "not
    allowed in this context", PyYAML "not allowed here")."""
    if not reason.startswith("mapping values are not allowed"):
        return ""
    return (" (a text containing ': ' is written in quotes, or as a block: 'quote: >-' and "
            "the text on the next line, indented)")


def _position(text: str, at: int) -> tuple[int, int]:
    """The line and column (from 1) of ``text[at]``, counting lines as editors do (LF)."""
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def load_located(file: Path, text: str | None = None) -> LocatedDocument:
    """Parse one YAML file into a :class:`LocatedDocument`.

    Raises :class:`FactSheetError` (with line) when the YAML is malformed, too large or
    uses what fact sheets do not (aliases, tags, several documents).
    """
    if text is None:
        text = _read(file)
    forbidden = _FORBIDDEN.search(text)
    if forbidden is not None:
        line, column = _position(text, forbidden.start())
        raise FactSheetError([Problem(file, line, f"control character U+{ord(forbidden[0]):04X} "
                                                  f"at column {column}: not allowed in YAML")])
    hidden = _HIDDEN_BREAK.search(text)
    if hidden is not None:
        line, column = _position(text, hidden.start())
        raise FactSheetError([Problem(file, line, f"U+{ord(hidden[0]):04X} at column {column}: "
                                                  "a line break to YAML but not to editors; "
                                                  "end lines with LF (or CRLF) only")])
    builder = _Builder(file, yaml.parse(text, Loader=_LOADER))
    try:
        data = builder.document()
    except _Refused as exc:
        raise FactSheetError([Problem(file, exc.line, exc.message)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        reason = exc.problem or exc.context or "malformed YAML"
        hint = "" if "tab" in reason else _tab_hint(text, line) or _colon_hint(reason)
        raise FactSheetError([Problem(file, line, f"malformed YAML: {reason}{hint}")]) from None
    except yaml.YAMLError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else "malformed YAML"
        raise FactSheetError([Problem(file, 1, f"malformed YAML: {reason}")]) from None
    if builder.problems:
        raise FactSheetError(builder.problems)
    return LocatedDocument(file, data, builder.lines)
