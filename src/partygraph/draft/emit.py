"""Write drafted items as fact-sheet YAML: every text single-quoted, so nothing is misread."""

from __future__ import annotations

from typing import Any

__all__ = ["render"]

_PLAIN = ("as_of", "from", "to", "until", "date", "due_before", "completed_by", "published")


def _text(value: str) -> str:
    return "'" + " ".join(value.split()).replace("'", "''") + "'"


def _scalar(key: str, value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if key in _PLAIN or key in ("id", "type", "of", "in", "post", "person", "term"):
        return str(value)
    return _text(str(value))


def _field(key: str, value: Any, indent: str) -> list[str]:
    if isinstance(value, dict):
        lines = [f"{indent}{key}:"]
        for sub, inner in value.items():
            lines.extend(_field(sub, inner, indent + "  "))
        return lines
    if isinstance(value, list):
        if key == "quote":
            if len(value) == 1:
                return [f"{indent}quote: {_text(value[0])}"]
            return [f"{indent}quote:", *(f"{indent}  - {_text(v)}" for v in value)]
        return [f"{indent}{key}: [{', '.join(str(v) for v in value)}]"]
    return [f"{indent}{key}: {_scalar(key, value)}"]


def _item(item: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for i, (key, value) in enumerate(item.items()):
        block = _field(key, value, "    ")
        if i == 0:
            block[0] = "  - " + block[0][4:]
        lines.extend(block)
    return lines


def render(header: str, source: dict[str, Any], entities: list[dict[str, Any]],
           facts: list[dict[str, Any]]) -> str:
    """The sheet's text: a comment, the source block, then entities and facts."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    lines.append("source:")
    for key, value in source.items():
        lines.extend(_field(key, value, "  "))
    for section, items in (("entities", entities), ("facts", facts)):
        lines.append("")
        lines.append(f"{section}:" if items else f"{section}: []")
        for item in items:
            lines.extend(_item(item))
            lines.append("")
        if items:
            lines.pop()
    return "\n".join(lines) + "\n"
