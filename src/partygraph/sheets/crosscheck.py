"""What the cross-sheet checks need of each fact sheet, and the checks themselves.

An outline is small and JSON-friendly, so that a build keeps it for the sheets it does not
read again; this module imports nothing of the fact-sheet models for the same reason.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partygraph.errors import Problem
from partygraph.util.suggest import did_you_mean
from partygraph.util.text import name_key

__all__ = ["CanonicalNames", "SheetOutline", "check_outlines", "twin_organisations",
           "twin_people",
           "with_article"]


@dataclass(frozen=True)
class SheetOutline:
    """What the cross-sheet checks need of one sheet: its source, declarations, references,
    the article it reads and what its own checks warn about.

    Small and JSON-friendly, so that a build can keep it for sheets it does not re-read.
    """

    file: Path
    source_id: str
    source_line: int
    # (entity id, entity type, line)
    declared: Sequence[tuple[str, str, int]]
    # (item id, field as written, referenced id, allowed types, line)
    references: Sequence[tuple[str, str, str, Sequence[str], int]]
    # entity id -> {language: name} as this sheet names each entity it declares
    names: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # the article the sheet reads, as its source's ``text`` names it (relative to the sheet)
    article: str = ""
    # (check, line, item id, field, value) of what the sheet's own checks warn about (see
    # ``load.sheet_warnings``), reported by validation
    warnings: Sequence[tuple[str, int, str, str, str]] = ()
    # organisation id -> (folded name, form, level, place, parent), to find one organisation
    # declared under two ids (see :func:`twin_organisations`)
    identities: Mapping[str, Sequence[str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The outline as JSON-ready data (the file as given)."""
        return {"file": self.file.as_posix(), "source_id": self.source_id,
                "source_line": self.source_line, "declared": self.declared,
                "references": self.references, "names": self.names,
                "article": self.article, "warnings": self.warnings,
                "identities": self.identities}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SheetOutline:
        """Read back what :meth:`to_json` wrote (its lists stand for the tuples)."""
        return cls(Path(data["file"]), data["source_id"], data["source_line"],
                   data["declared"], data["references"], data["names"],
                   data.get("article", ""), data.get("warnings", ()),
                   data.get("identities", {}))


class CanonicalNames:
    """The name of each entity that several sheets declare: in each language, the wording
    most sheets give, the first sheet's on a tie.

    A sheet that words a name otherwise still records its wording, as an alternative name
    (``skos:altLabel``), so that the entity keeps one label a language and every query one
    row for it; validation warns about the sheet.
    """

    def __init__(self, outlines: Iterable[SheetOutline] = ()) -> None:
        # entity -> language -> wording -> how many sheets give it, in the order first
        # given: counted as each sheet is added, so that asking for a name declared by
        # every sheet (a hub) costs its few wordings, not one look at each sheet
        self._votes: dict[str, dict[str, dict[str, int]]] = {}
        # entity -> its name as last chosen, until a sheet naming it is added (a rebuild
        # asks for the names of every sheet's entities: hubs, once each, not once a sheet)
        self._chosen: dict[str, dict[str, str]] = {}
        for outline in outlines:
            self.add(outline)

    def add(self, outline: SheetOutline) -> None:
        """Note the names ``outline`` gives."""
        votes, chosen = self._votes, self._chosen
        for entity, names in outline.names.items():
            chosen.pop(entity, None)
            counted = votes.get(entity)
            if counted is None:
                counted = votes[entity] = {}
            for language, text in names.items():
                wordings = counted.get(language)
                if wordings is None:
                    counted[language] = {text: 1}
                else:
                    wordings[text] = wordings.get(text, 0) + 1

    def of(self, entity: str) -> dict[str, str]:
        """The canonical name of ``entity`` in each language it has one (not to be changed:
        it is kept for the next caller)."""
        chosen = self._chosen.get(entity)
        if chosen is None:
            chosen = {language: max(wordings, key=wordings.__getitem__)  # first on a tie
                      for language, wordings in self._votes.get(entity, {}).items()}
            self._chosen[entity] = chosen
        return chosen

    def key(self, entities: Iterable[str]) -> str:
        """A digest of the canonical names of ``entities`` (what a compiled sheet used)."""
        chosen = {entity: self.of(entity) for entity in sorted(set(entities))}
        return hashlib.sha256(json.dumps(chosen, ensure_ascii=False, sort_keys=True)
                              .encode()).hexdigest()[:16]


def check_outlines(outlines: Sequence[SheetOutline], *,
                   named: Callable[[Path], str] = Path.as_posix
                   ) -> tuple[dict[str, str], list[Problem]]:
    """Check sheets against each other: unique source ids, one type per entity, references.

    Returns the type of every declared entity, and the problems found. A problem's message
    names the other sheet concerned by ``named(file)``: the caller names it as it will name
    the problem's own file (relative to the project's root, for the command line).
    """
    problems: list[Problem] = []
    types: dict[str, str] = {}
    where: dict[str, tuple[Path, int]] = {}
    sources: dict[str, Path] = {}
    for outline in outlines:
        if outline.source_id in sources:
            problems.append(Problem(outline.file, outline.source_line,
                                    f"source id '{outline.source_id}' is also used "
                                    f"by {named(sources[outline.source_id])}"))
        sources.setdefault(outline.source_id, outline.file)
        for entity_id, entity_type, line in outline.declared:
            known = types.get(entity_id)
            if known is not None and known != entity_type:
                file, first = where[entity_id]
                problems.append(Problem(outline.file, line,
                                        f"'{entity_id}' is declared as {entity_type} here but "
                                        f"as {known} at {named(file)}:{first}"))
                continue
            types[entity_id] = entity_type
            where.setdefault(entity_id, (outline.file, line))
    for outline in outlines:
        for item_id, label, ref, allowed, line in outline.references:
            actual = types.get(ref)
            if actual is None:
                problems.append(Problem(outline.file, line,
                                        f"'{item_id}' field '{label}' names unknown entity "
                                        f"'{ref}'{did_you_mean(ref, types)} (declare it "
                                        "under entities)"))
            elif allowed and actual not in allowed:
                problems.append(Problem(outline.file, line,
                                        f"'{item_id}' field '{label}' must name "
                                        f"{with_article(' or '.join(allowed))}, but '{ref}' "
                                        f"is {with_article(actual)}"))
    return types, problems


def twin_organisations(outlines: Sequence[SheetOutline]
                       ) -> list[tuple[Path, int, str, str, Path, int]]:
    """Organisations declared under two ids with the same name, form and level and the same
    place or parent, that no change links (one in its ``from``, the other in its ``to``): a
    typo in an id makes such a second organisation silently. (file, line, id, the other id,
    its file, its line), each pair once, at the later declaration."""
    linked: set[frozenset[str]] = set()
    for outline in outlines:
        ends: dict[str, dict[str, set[str]]] = {}
        for item_id, label, ref, _allowed, _line in outline.references:
            if label in ("from", "to"):
                ends.setdefault(item_id, {}).setdefault(label, set()).add(ref)
        for sides in ends.values():
            linked.update(frozenset((a, b)) for a in sides.get("from", ())
                          for b in sides.get("to", ()) if a != b)
    first: dict[tuple[str, ...], tuple[str, Path, int]] = {}
    found = []
    for outline in outlines:
        lines = {entity: line for entity, _type, line in outline.declared}
        for entity, identity in outline.identities.items():
            name, form, level, place, parent = identity
            for where in (place, parent):
                if not where:
                    continue
                key = (name, form, level, "place" if where == place else "parent", where)
                other = first.setdefault(key, (entity, outline.file, lines.get(entity, 1)))
                if other[0] != entity and frozenset((entity, other[0])) not in linked:
                    found.append((outline.file, lines.get(entity, 1), entity, *other))
                    break
    pairs: dict[frozenset[str], tuple[Path, int, str, str, Path, int]] = {}
    for twin in found:
        pairs.setdefault(frozenset((twin[2], twin[3])), twin)
    return list(pairs.values())


def twin_people(outlines: Sequence[SheetOutline]) -> list[tuple[Path, int, str, str, Path, int]]:
    """People declared under two ids with the same Vietnamese name (up to case, spacing and
    where the tone mark of an open oa, oe or uy stands: ``util.text.name_key``) that no
    ``different_from`` tells apart: a typo in an id, or a second id minted for someone the
    corpus knows, makes a second person silently, and every answer counts them twice;
    namesakes are told apart by ``different_from``. (file, line, id, the other id, its
    file, its line), each pair once, at the later declaration."""
    apart: set[frozenset[str]] = set()
    for outline in outlines:
        apart.update(frozenset((item_id, ref)) for item_id, label, ref, _allowed, _line
                     in outline.references if label == "different_from")
    first: dict[str, list[tuple[str, Path, int]]] = {}
    found = []
    for outline in outlines:
        lines = {entity: line for entity, kind, line in outline.declared if kind == "person"}
        for entity, line in lines.items():
            name = name_key(outline.names.get(entity, {}).get("vi", ""))
            if not name:
                continue
            known = first.setdefault(name, [])
            if all(other != entity for other, _file, _line in known):
                found += [(outline.file, line, entity, *other) for other in known
                          if frozenset((entity, other[0])) not in apart]
                known.append((entity, outline.file, line))
    return found


# Words spelt with a first vowel that sound a consonant first ("a unit", "a one-off").
_YOU_OR_WON = ("uni", "use", "usu", "eu", "one")


def with_article(noun: str) -> str:
    """``noun`` after the indefinite article its first sound takes: ``an organisation``,
    ``an event``, ``a body``, ``a unit``."""
    word = noun.lower()
    vowel = word[:1] in ("a", "e", "i", "o", "u") and not word.startswith(_YOU_OR_WON)
    return ("an " if vowel else "a ") + noun
