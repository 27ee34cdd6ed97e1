"""Load YAML keeping the line of every mapping key and sequence item.

Fact sheets are written by hand, so every error must point at a line. PyYAML's composer
gives each node its position; this module turns the node tree into plain Python values
and a table from *paths* (tuples of keys and indexes) to 1-based line numbers.
Dates are kept as the strings the author wrote; duplicate keys are errors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import FactSheetError, Problem

__all__ = ["LocatedDocument", "load_located"]

Path_ = tuple[str | int, ...]
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
# libyaml's parser when PyYAML was built with it (ten times faster), else the pure-Python one.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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


class _Builder:
    def __init__(self, file: Path) -> None:
        self.file = file
        self.lines: dict[Path_, int] = {}
        self.problems: list[Problem] = []
        self._scalars = yaml.SafeLoader("")

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self.build(key_node, (*path, "<key>"))
                line = key_node.start_mark.line + 1
                if not isinstance(key, str):
                    self.problems.append(Problem(self.file, line, f"key {key!r} is not text"))
                    continue
                if key in result:
                    self.problems.append(Problem(self.file, line, f"duplicate key '{key}'"))
                    continue
                self.lines[(*path, key)] = line
                result[key] = self.build(value_node, (*path, key))
            self.lines.pop((*path, "<key>"), None)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        if node.tag == _TIMESTAMP:
            return node.value
        return self._scalars.construct_object(node, deep=True)


def load_located(file: Path, text: str | None = None) -> LocatedDocument:
    """Parse one YAML file into a :class:`LocatedDocument`.

    Raises :class:`FactSheetError` (with line) when the YAML is malformed.
    """
    if text is None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise FactSheetError([Problem(file, 1, f"cannot read file: {exc}")]) from exc
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        reason = exc.problem or exc.context or "malformed YAML"
        raise FactSheetError([Problem(file, line, f"malformed YAML: {reason}")]) from exc
    except yaml.YAMLError as exc:
        raise FactSheetError([Problem(file, 1, f"malformed YAML: {exc}")]) from exc
    if root is None:
        return LocatedDocument(file, None, {(): 1})
    builder = _Builder(file)
    data = builder.build(root, ())
    if builder.problems:
        raise FactSheetError(builder.problems)
    return LocatedDocument(file, data, builder.lines)
