"""A drafted fact sheet: the rules' items (``rules``) cleaned up (no item dated after
publication, approximate figures giving way to exact ones, one holding per person and post,
unique ids), linked to the project's other sheets, and rendered as YAML."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from partygraph.draft.emit import render
from partygraph.draft.link import Corpus, link_items
from partygraph.draft.rules import Drafter
from partygraph.draft.rules.base import MAX_QUOTES
from partygraph.draft.terms import cached_terms
from partygraph.draft.wrapping import unwrapped
from partygraph.rdf.concepts import Vocabulary
from partygraph.sheets.articles import Article, ArticleHeader
from partygraph.util.dates import PartialDate, parse_partial_date

__all__ = ["DraftedSheet", "draft_sheet_text"]


@dataclass
class DraftedSheet:
    """A drafted sheet: its YAML text and its items (as written, for evaluation)."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    quoted_at: dict[str, int] = field(default_factory=dict)  # where a rule first read a quote
    read: Article | None = None  # the text the rules read: the article's, or it unwrapped
    unwrapped: bool = False  # its lines broke inside sentences and were read joined


def _dedupe_ids(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[str, int] = {}
    for item in facts:
        base = item["id"]
        if base in seen:
            seen[base] += 1
            item["id"] = f"{base}-{seen[base]}"
        else:
            seen[base] = 1
    return facts


def _merge_holdings(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One holding per person, post and dates: more quotes, not more facts."""
    kept: dict[tuple[Any, ...], dict[str, Any]] = {}
    out: list[dict[str, Any]] = []
    for item in facts:
        if item["type"] != "holding":
            out.append(item)
            continue
        key = (item["person"], item["post"], item.get("as_of"), item.get("from"),
               item.get("until"))
        if key in kept:
            quotes = kept[key]["quote"]
            if len(quotes) < MAX_QUOTES and item["quote"][0] not in quotes:
                quotes.append(item["quote"][0])
            continue
        kept[key] = item
        out.append(item)
    return out


def _drop_approximate(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An approximate figure (hơn 29.000) gives way to an exact one of the same organisation
    and measure in the article (tổng số 29.347); a share (percent) never does: two shares of
    one measure rate different things (organisations, members)."""
    exact = {(f["of"], f["measure"]) for f in facts
             if f["type"] == "observation" and "the article says" not in f["note"]}
    return [f for f in facts if f["type"] != "observation" or "the article says" not in
            f["note"] or "percent" in f or (f["of"], f["measure"]) not in exact]


def _after(value: str, published: PartialDate) -> bool:
    return parse_partial_date(value).first_day() > published.last_day()


def _not_after_publication(items: list[dict[str, Any]],
                           published: PartialDate) -> list[dict[str, Any]]:
    """What an article reports as done cannot be dated after it was published (the loader
    refuses it): a congress "held" later was planned; a figure or a holding dated later is a
    misreading (or an announcement) and is left out."""
    kept = []
    for item in items:
        held = item.get("held") if item["type"] == "congress" else None
        if held is not None and _after(held["from"], published):
            del item["held"]
            item.setdefault("planned", {"from": held["from"], "to": held.get("to", held["from"])})
        dated = [item.get(f) for f in ("as_of", "from", "date") if item["type"] in
                 ("observation", "tally", "holding", "session", "event", "subordination")]
        if any(d is not None and _after(d, published) for d in dated):
            continue
        kept.append(item)
    return kept


def _order(item: dict[str, Any]) -> dict[str, Any]:
    """id and type first, then the fields, then quote, draft and note."""
    head: dict[str, Any] = {k: item[k] for k in ("id", "type") if k in item}
    tail: dict[str, Any] = {k: item[k] for k in ("quote", "implied", "draft", "note")
                            if k in item}
    body = {k: v for k, v in item.items() if k not in head and k not in tail}
    return {**head, **body, **tail}


_TYPE_ORDER = ["place", "organisation", "body", "organ", "directive", "person", "post",
               "term", "congress", "document", "programme"]


def draft_sheet_text(article: Article, header: ArticleHeader, *, source_id: str,
                     outlet: str, text_path: str, corpus: Corpus | None = None,
                     vocabulary: Vocabulary | None = None) -> DraftedSheet:
    """Draft the fact sheet of ``article``: its YAML text and the drafted items, with the
    ids of the entities ``corpus`` (the project's other sheets) already declares. The terms
    of ``vocabulary`` (the project's concept schemes; the installed ones when None) are
    read as well as the rules' own (see ``terms``)."""
    joined = unwrapped(article.text)
    read = article if joined is None else Article(article.path, joined)
    drafter = Drafter(read, header.published, cached_terms(vocabulary))
    drafter.run()
    entities = sorted(drafter.entities.values(), key=lambda e: _TYPE_ORDER.index(e["type"]))
    # An entity must be declared before a field names it only in the reader's eyes; the
    # loader accepts any order, but a sheet reads better places first.
    entities = _not_after_publication(entities, header.published)
    facts = _dedupe_ids(_merge_holdings(_drop_approximate(
        _not_after_publication(drafter.facts, header.published))))
    if corpus is not None:
        link_items(entities, facts, corpus, header.published)
    entities = [_order(e) for e in entities]
    facts = [_order(f) for f in facts]
    source = {"id": source_id, "outlet": outlet, "outlet_code": header.outlet_code,
              "title": None, "published": header.published.isoformat(), "url": None,
              "text": text_path, "language": "vi"}
    comment = (f"Fact sheet for {source_id}, DRAFTED by rules from the article's text "
               "(partygraph draft).\nEvery item with `draft: true` is unreviewed: check its "
               "quote, fields and note,\nfix or delete it, then remove `draft: true`. See "
               "docs/drafting.md.")
    if joined is not None:
        comment += ("\nThe article's lines break inside sentences (hard-wrapped): the rules "
                    "read them joined.")
    return DraftedSheet(render(comment, source, entities, facts), entities, facts,
                        drafter.quoted_at, read, joined is not None)
