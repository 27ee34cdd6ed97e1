"""Link drafted entities to what the project's sheets already declare, and mint new ids.

The index reads the ``entities`` of every fact sheet of a project as plain YAML (no schema
check, so that a sheet being edited does not stop a draft). A drafted entity is matched:

- places, organisations and people (and any other type) by their ``vi`` name folded
  (diacritics and case, :func:`partygraph.util.text.fold`), with the place's ``kind`` and
  the organisation's ``level``; an entity that belongs to something (a document to its
  congress, a programme to its document: ``of_congress``, ``part_of``, ``of``, …) only when
  it belongs to the same (already linked) entity;
- bodies by ``kind`` and ``of``, posts by ``role`` and ``in``, terms by ``of`` and their
  years or ordinal, congresses by ``of`` and ordinal: what they belong to is linked first.

A name matched only once folded (*Đông Mẫu* for *Đồng Mẫu*) is never linked: folding must
not merge two names that differ. Two entities of one name (an organisation and the former one
of its name it was founded on, ``x-party-old``) are told apart by the sheets' changes: the one
the draft's own changes make end (or begin) is linked to the one the sheets' changes make
end (or begin), any other to the one in being on the day the article was published. Linking
is described in docs/drafting.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partygraph.errors import FactSheetError
from partygraph.sheets.located_yaml import load_located
from partygraph.sheets.schema import REFERENCES
from partygraph.util.dates import PartialDate, parse_partial_date
from partygraph.util.text import fold, nfc, squash_spaces

__all__ = ["Corpus", "Known", "Span", "link_items", "mint_id", "read_corpus", "spans"]

# The fields by which items name entities, as sheets write them (``from``, not ``from_``).
REFERENCE_FIELDS = tuple(sorted({field.rstrip("_") for fields in REFERENCES.values()
                                 for field in fields}))
# What a linked item keeps as drafted: the rest is compared with the other sheets.
_KEPT = ("id", "type", "quote", "implied", "draft", "note", "name")
# The fields a re-declaration must give; any other field the sheets give otherwise is left
# to them (a congress's planned window, a post's dates).
_REQUIRED = ("kind", "level", "form", "role", "of", "in")


def mint_id(base: str, taken: Container[str]) -> str:
    """The id of a new entity: ``base`` (the drafted slug, such as ``an-khe-town-party``)
    unless a sheet of the project or another item of the draft uses it; then ``base-2``,
    ``base-3``, … the first that nothing uses."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


@dataclass
class Known:
    """An entity some sheets of the project declare: its id, type, names and fields."""

    id: str
    type: str
    sheets: list[str] = field(default_factory=list)  # the sheet files declaring it
    names: dict[str, dict[str, int]] = field(default_factory=dict)  # language -> name -> votes
    fields: dict[str, Any] = field(default_factory=dict)  # first value each field is given

    def name(self) -> dict[str, str]:
        """The name in each language that most sheets give (the first sheet's on a tie)."""
        return {lang: max(names, key=lambda text: names[text])
                for lang, names in self.names.items()}

    def shown(self) -> str:
        """``id (name)`` for a note."""
        return f"{self.id} ({self.name().get('vi', '')})"


def _clean(text: str) -> str:
    return squash_spaces(nfc(text))


def _keys(item: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The keys an entity is looked up by (see the module's docstring)."""
    kind, fields = item.get("type"), item
    if kind == "body":
        return [("body", fields.get("kind"), fields.get("of"))]
    if kind == "post":
        return [("post", fields.get("role"), fields.get("in"))]
    if kind == "congress":
        return [("congress", fields.get("of"), fields.get("ordinal"))]
    if kind == "term":
        keys: list[tuple[Any, ...]] = []
        if fields.get("start_year") is not None:
            keys.append(("term", fields.get("of"), "years", fields.get("start_year"),
                         fields.get("end_year")))
        if fields.get("ordinal") is not None:
            keys.append(("term", fields.get("of"), "ordinal", fields.get("ordinal")))
        return keys
    name = item.get("name")
    vi = name.get("vi") if isinstance(name, dict) else None
    if not isinstance(vi, str):
        return []
    extra = {"place": fields.get("kind"), "organisation": fields.get("level")}.get(str(kind))
    return [(kind, fold(vi), extra)]


_BY_STRUCTURE = frozenset({"body", "post", "congress", "term"})  # the others: by name
# The fields that say what an entity belongs to (a congress's document, a resolution's
# programme, a term's or an organisation's item): an entity matched by name is linked only
# when what it belongs to is the same (already linked) entity too.
_BELONGS_TO = ("of", "in", "of_congress", "for_congress", "part_of", "term", "congress")


def _owners(fields: dict[str, Any]) -> set[str]:
    """The ids of what an entity belongs to (see ``_BELONGS_TO``)."""
    return {str(fields[key]) for key in _BELONGS_TO if isinstance(fields.get(key), str)}


def _same_owner(item: dict[str, Any], known: Known) -> bool:
    """Whether ``item`` and ``known`` belong to the same thing (or neither to anything):
    ``Nghị quyết`` of one congress is not the ``Nghị quyết`` of another."""
    mine, theirs = _owners(item), _owners(known.fields)
    return mine == theirs or bool(mine & theirs)


@dataclass
class Span:
    """When changes say an entity began (in a change's ``to`` only) and ended (in its
    ``from`` only): the first day a change is dated by, None when no change says."""

    began: dt.date | None = None
    ended: dt.date | None = None

    def in_being(self, day: PartialDate) -> bool:
        """Whether the entity may be in being at some time of ``day``: begun by its last
        day and not ended by its first (an organisation merged on 1 July is the former
        one's end: it is no longer in being on 1 July)."""
        return ((self.began is None or self.began <= day.last_day())
                and (self.ended is None or self.ended > day.first_day()))


def _change_day(change: dict[str, Any]) -> dt.date | None:
    for key in ("date", "not_after", "not_before"):
        if change.get(key) is not None:
            try:
                return parse_partial_date(str(change[key])).first_day()
            except ValueError:
                return None
    return None


def spans(facts: Iterable[Any]) -> dict[str, Span]:
    """The :class:`Span` of every entity that some ``change`` among ``facts`` names."""
    found: dict[str, Span] = {}
    for change in facts:
        if not isinstance(change, dict) or change.get("type") != "change":
            continue
        day = _change_day(change)
        before = {str(v) for v in change.get("from") or [] if isinstance(v, str)}
        after = {str(v) for v in change.get("to") or [] if isinstance(v, str)}
        if day is None:
            continue
        for ident in after - before:
            span = found.setdefault(ident, Span())
            span.began = day if span.began is None else min(span.began, day)
        for ident in before - after:
            span = found.setdefault(ident, Span())
            span.ended = day if span.ended is None else max(span.ended, day)
    return found


class Corpus:
    """The entities declared by the sheets of a project, looked up by name or structure."""

    def __init__(self) -> None:
        self.known: dict[str, Known] = {}
        self.skipped: list[str] = []  # sheets that could not be read, with why
        self.facts: list[dict[str, Any]] = []  # the sheets' changes, for their spans
        self._index: dict[tuple[Any, ...], list[str]] = {}
        self._spans: dict[str, Span] | None = None

    def add_facts(self, facts: Iterable[Any]) -> None:
        """Add the changes among the facts one sheet states (the rest is not read)."""
        self.facts.extend(f for f in facts if isinstance(f, dict) and f.get("type") == "change")
        self._spans = None

    def span(self, ident: str) -> Span:
        """When the sheets' changes say ``ident`` began and ended."""
        if self._spans is None:
            self._spans = spans(self.facts)
        return self._spans.get(ident, Span())

    def add(self, sheet: str, entities: Iterable[Any]) -> None:
        """Add the entities one sheet declares (as its YAML gives them)."""
        for item in entities:
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                continue
            known = self.known.get(item["id"])
            if known is None:
                known = self.known[item["id"]] = Known(item["id"], str(item.get("type")))
            if sheet not in known.sheets:
                known.sheets.append(sheet)
            name = item.get("name")
            if isinstance(name, dict):
                for lang, text in name.items():
                    if isinstance(text, str) and text.strip():
                        votes = known.names.setdefault(str(lang), {})
                        votes[_clean(text)] = votes.get(_clean(text), 0) + 1
            for key, value in item.items():
                if key not in _KEPT and value is not None:
                    known.fields.setdefault(str(key), value)
            for key in _keys(item):
                ids = self._index.setdefault(key, [])
                if item["id"] not in ids:
                    ids.append(item["id"])

    def __contains__(self, ident: object) -> bool:
        return ident in self.known

    def candidates(self, item: dict[str, Any]) -> list[Known]:
        """The known entities of ``item``'s type that match it by name or structure."""
        found: list[Known] = []
        for key in _keys(item):
            for ident in self._index.get(key, []):
                known = self.known[ident]
                if known.type == item["type"] and known not in found:
                    found.append(known)
        return found


def read_corpus(sheet_files: Iterable[Path]) -> Corpus:
    """The entities declared by ``sheet_files`` (a project's ``sheet_files()``)."""
    corpus = Corpus()
    for file in sheet_files:
        try:
            data = load_located(file).data
        except FactSheetError as exc:  # names the file and line
            corpus.skipped.append(str(exc).splitlines()[0])
            continue
        except (OSError, UnicodeDecodeError) as exc:
            corpus.skipped.append(f"{file}: {exc}")
            continue
        if isinstance(data, dict) and isinstance(data.get("entities"), list):
            corpus.add(file.name, data["entities"])
        if isinstance(data, dict) and isinstance(data.get("facts"), list):
            corpus.add_facts(data["facts"])
    return corpus


def _same_name(item: dict[str, Any], known: Known) -> bool:
    """Whether ``known`` is given ``item``'s ``vi`` name up to case (not only once folded)."""
    vi = _clean(str(item["name"]["vi"])).casefold()
    return any(_clean(text).casefold() == vi for text in known.names.get("vi", {}))


def _references(item: dict[str, Any]) -> dict[str, Any]:
    """The reference fields ``item`` gives, with their values as drafted."""
    return {key: item[key] for key in REFERENCE_FIELDS if key in item}


def _remap(item: dict[str, Any], drafted: dict[str, Any], ids: dict[str, str]) -> None:
    """Give ``item``'s references (``drafted``: their values as drafted) the linked ids."""
    for key, value in drafted.items():
        if isinstance(value, str):
            item[key] = ids.get(value, value)
        elif isinstance(value, list):
            item[key] = [ids.get(v, v) if isinstance(v, str) else v for v in value]


def _note(item: dict[str, Any], text: str) -> None:
    item["note"] = f"{item['note']}; {text}" if item.get("note") else text


def _adopt(item: dict[str, Any], known: Known) -> None:
    """Re-declare ``known`` in the draft: its id and names, its value for the required fields
    and none of the other fields it gives otherwise (what the rules read is in the note)."""
    item["id"] = known.id
    item["name"] = known.name() or item["name"]
    differ = []
    for key, value in list(item.items()):
        if key in _KEPT or key not in known.fields:
            continue
        if known.fields[key] != value:
            differ.append(f"{key} {value} (the sheets say {known.fields[key]})")
            if key in _REQUIRED:
                item[key] = known.fields[key]
            else:  # the other sheets' declaration gives it
                del item[key]
    sheets = ", ".join(known.sheets[:3]) + (" …" if len(known.sheets) > 3 else "")
    _note(item, f"linked to {known.id}, declared by {sheets}; named as there")
    if differ:
        _note(item, "the rules read " + ", ".join(differ))


def _by_time(same: list[Known], corpus: Corpus, drafted: Span,
             published: PartialDate | None) -> tuple[list[Known], str]:
    """Of several entities of one name, the one the time fits (with why), or all of them:
    the sheets' former one for the draft's former one (ended by its own changes), the
    founded one for the draft's founded one, else the one in being when it was published."""
    if drafted.ended is not None:
        fit = [k for k in same if corpus.span(k.id).ended is not None]
        why = "the one the sheets' changes end, as the article's do"
    elif drafted.began is not None:
        fit = [k for k in same if corpus.span(k.id).began is not None]
        why = "the one the sheets' changes begin, as the article's do"
    elif published is not None:
        fit = [k for k in same if corpus.span(k.id).in_being(published)]
        why = (f"the one in being when the article was published ({published.isoformat()}), "
               "by the sheets' changes")
    else:
        return same, ""
    return (fit, why) if len(fit) == 1 else (same, "")


def _link(item: dict[str, Any], corpus: Corpus, assigned: set[str], reserved: set[str],
          drafted: Span, published: PartialDate | None) -> str:
    """Link or mint the id of one drafted entity (its references already linked):
    ``assigned`` are the ids earlier drafted items were given, ``reserved`` the drafted
    ids of the others (no new id takes one)."""
    base = item["id"]
    candidates = [k for k in corpus.candidates(item)
                  if item["type"] in _BY_STRUCTURE or _same_owner(item, k)]
    by_name = item["type"] not in _BY_STRUCTURE and isinstance(item.get("name"), dict)
    same = [k for k in candidates if not by_name or _same_name(item, k)]
    near = [k for k in candidates if k not in same]
    others: list[Known] = []
    if len(same) > 1:
        chosen, why = _by_time(same, corpus, drafted, published)
        if len(chosen) == 1:
            others = [k for k in same if k is not chosen[0]]
            same = chosen
    if len(same) == 1 and same[0].id in assigned:  # another drafted item is linked to it
        _note(item, f"also matches {same[0].shown()}, to which another drafted item is "
              "linked: one of the two is wrong")
        same = []
    if len(same) == 1:
        _adopt(item, same[0])
        if others:
            _note(item, "not " + ", ".join(k.shown() for k in others)
                  + f", of the same name: {why}")
        if near:
            _note(item, "not " + ", ".join(k.shown() for k in near)
                  + ": the same name only without diacritics")
        return str(item["id"])
    item["id"] = mint_id(base, assigned | reserved | set(corpus.known))
    if len(same) > 1:
        _note(item, "ambiguous: the project's sheets declare "
              + " and ".join(k.shown() for k in same)
              + f"; drafted as new ({item['id']}): use one of their ids if it is one of them")
    elif near:
        _note(item, "ambiguous: the project's sheets declare "
              + " and ".join(k.shown() for k in near)
              + ", the same name once diacritics and case are folded, but not the same "
              f"name; drafted as new ({item['id']}): use that id if it is the same")
    elif item["id"] != base:
        other = corpus.known.get(base)
        _note(item, f"new id {item['id']}: " + (
            f"another sheet gives the id {base} to {other.shown()}, of type {other.type}"
            if other is not None else f"another item of the draft has the id {base}"))
    return str(item["id"])


def link_items(entities: list[dict[str, Any]], facts: list[dict[str, Any]],
               corpus: Corpus, published: PartialDate | None = None) -> None:
    """Give each drafted entity the id of the one entity of ``corpus`` it matches, or a new
    id by :func:`mint_id`; rewrite the references of every item to match. In place.

    ``entities`` must list what others refer to first (places, organisations, bodies,
    people, posts, terms, congresses), as the drafter orders them. ``published`` (the
    article's date) and the drafted changes tell apart two known entities of one name."""
    ids: dict[str, str] = {}
    assigned: set[str] = set()
    drafted = {str(e["id"]) for e in entities} | {str(f["id"]) for f in facts}
    own = spans(facts)
    # Each reference is mapped once, from its drafted value: a drafted id may be another's
    # linked id (the former organisation linked to the id the founded one was drafted with).
    references = [(item, _references(item)) for item in [*entities, *facts]]
    for item, refs in references[:len(entities)]:
        _remap(item, refs, ids)
        base = str(item["id"])
        new = _link(item, corpus, assigned, drafted - {base}, own.get(base, Span()),
                    published)
        ids[base] = new
        assigned.add(new)
    for item, refs in references:  # facts, and entities naming one drafted after them
        _remap(item, refs, ids)

