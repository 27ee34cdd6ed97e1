"""The review page of a draft: the article with every drafted quote highlighted by the kind
of its item, the drafted items beside it, and the sentences the rules read nothing in.

One self-contained HTML file (its style and a little plain JavaScript inline, nothing
fetched): a click on a highlight selects its item, a click on an item selects its quotes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from partygraph.draft.dates import find_dates
from partygraph.draft.sheet import DraftedSheet
from partygraph.sheets.articles import Article, parse_header
from partygraph.util.dates import PartialDate, parse_partial_date
from partygraph.util.files import write_atomically
from partygraph.util.text import nfc

__all__ = ["QuoteMark", "is_review_page", "review_page", "unread_sentences", "write_review_page"]

_HEADER = re.compile(r"date \S+ \([^)]*\)-\s*")
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?…](?=\s|$)|(?=\n)|$)")
_CAPITAL = re.compile(r"(?<![^\W\d_])[^\W\d_a-zà-ỹđ]")  # a word that starts upper case
_COLOURS = {
    "place": "#d9e4c3", "organisation": "#f6c26b", "body": "#f4a6a6", "person": "#9fd3f0",
    "post": "#c3b8f5", "term": "#d4eb9f", "congress": "#f5b3dc", "observation": "#8fe0c0",
    "tally": "#ecd77a", "holding": "#a8c8ff",
}
_OTHER = "#e2e2e2"
_SHOWN = ("quote", "draft", "note", "name", "id", "type")


@dataclass(frozen=True)
class QuoteMark:
    """Where one quote of one drafted item stands in the article's text."""

    number: int  # the quote's number on the page
    item: int  # the item's number on the page
    start: int
    end: int


def _places(text: str, quote: str) -> list[tuple[int, int]]:
    """Every place ``quote`` stands in ``text`` on whole words (white space compared
    loosely)."""
    words = quote.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    if words[0][0].isalnum():
        pattern = r"(?<!\w)" + pattern
    if words[-1][-1].isalnum():
        pattern += r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _body_start(text: str) -> int:
    found = _HEADER.match(text)
    return found.end() if found else 0


def _sentences(text: str) -> list[tuple[int, int]]:
    start = _body_start(text)
    spans = []
    for found in _SENTENCE.finditer(text, start):
        a, b = found.start(), found.end()
        while a < b and text[a].isspace():
            a += 1
        if a < b:
            spans.append((a, b))
    return spans


def _published(article: Article) -> PartialDate:
    try:
        return parse_header(article.text.split("\n", 1)[0]).published
    except ValueError:
        return parse_partial_date("2000")  # only whether a date is named matters here


def _worth_reading(text: str, published: PartialDate) -> str | None:
    """Why a sentence should have given something: it holds a number, a date or a name."""
    if find_dates(text, published):
        return "a date"
    if re.search(r"[0-9]", text):
        return "a number"
    words = text.split()
    if any(_CAPITAL.match(w) for w in words[1:]):
        return "a name"
    return None


def unread_sentences(article: Article, marks: Iterable[QuoteMark]) -> list[tuple[int, int,
                                                                                  str]]:
    """The sentences no quote touches that hold a number, a date or a name: (start, end,
    what they hold)."""
    covered = sorted((m.start, m.end) for m in marks)
    published = _published(article)
    found = []
    for start, end in _sentences(article.text):
        if any(a < end and start < b for a, b in covered):
            continue
        why = _worth_reading(article.text[start:end], published)
        if why is not None:
            found.append((start, end, why))
    return found


def _marks(text: str, items: Sequence[dict[str, Any]],
           read_at: Mapping[str, int]) -> tuple[list[QuoteMark], list[str]]:
    """Where each quote stands. A quote found more than once (``huyện Suối Mẫu`` in the
    lead and in the story) is shown where the rules read it (``read_at``), else where the
    quotes found once cover the most of it, else where it first stands."""
    wanted: list[tuple[int, str, list[tuple[int, int]]]] = []
    missing: list[str] = []
    for index, item in enumerate(items):
        quotes = item.get("quote") or []
        for quote in [quotes] if isinstance(quotes, str) else quotes:
            places = _places(text, str(quote))
            if places:
                wanted.append((index, str(quote), places))
            else:
                missing.append(f"{item.get('id')}: {quote}")
    placed: dict[int, tuple[int, int]] = {}
    for number in sorted(range(len(wanted)), key=lambda n: len(wanted[n][2])):
        places = wanted[number][2]
        hint = read_at.get(wanted[number][1])
        if hint is not None and any(p[0] == hint for p in places):
            placed[number] = next(p for p in places if p[0] == hint)
            continue
        spans = list(placed.values())

        def covered(place: tuple[int, int], spans: list[tuple[int, int]] = spans) -> int:
            return sum(max(0, min(b, place[1]) - max(a, place[0])) for a, b in spans)

        placed[number] = max(places, key=lambda p: (covered(p), -p[0]))
    marks = [QuoteMark(n, wanted[n][0], *placed[n]) for n in range(len(wanted))]
    return marks, missing


def _kind(item: dict[str, Any]) -> str:
    return re.sub(r"[^a-z-]", "", str(item.get("type", "")))


def _value(value: Any) -> str:
    """A field's value as the sheet writes it (``true``, not Python's ``True``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_value(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value)
    return str(value)


def _item_html(index: int, item: dict[str, Any], marks: list[QuoteMark]) -> str:
    kind = _kind(item)
    quotes = " ".join(str(m.number) for m in marks if m.item == index)
    name = item.get("name")
    rows = []
    if isinstance(name, dict):
        rows.append(("name", _value(name)))
    rows += [(key, _value(value)) for key, value in item.items()
             if key not in _SHOWN and value is not None]
    fields = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in rows)
    note = item.get("note")
    unplaced = "" if quotes else '<p class="missing">its quote is not in the text</p>'
    return (f'<li class="item k-{kind}" id="item-{index}" data-item="{index}" '
            f'data-q="{quotes}" tabindex="0"><span class="type">{html.escape(kind)}</span> '
            f'<code>{html.escape(str(item.get("id")))}</code><dl>{fields}</dl>'
            + (f'<p class="note">{html.escape(str(note))}</p>' if note else "")
            + unplaced + "</li>")


def _text_html(text: str, start: int, end: int, marks: list[QuoteMark],
               items: Sequence[dict[str, Any]]) -> str:
    """``text[start:end]`` with every quote's part in it as a ``mark``."""
    inside = [m for m in marks if m.start < end and start < m.end]
    cuts = sorted({start, end, *(max(start, m.start) for m in inside),
                   *(min(end, m.end) for m in inside)})
    out = []
    for a, b in pairwise(cuts):
        over = [m for m in inside if m.start <= a and b <= m.end]
        words = html.escape(text[a:b])
        if not over:
            out.append(words)
            continue
        first = min(over, key=lambda m: (m.end - m.start, m.number))
        outer = max(over, key=lambda m: (m.end - m.start, -m.number))
        owners = list(dict.fromkeys([first.item, *(m.item for m in over)]))
        nested = "" if outer is first else \
            f' style="--outer: {_COLOURS.get(_kind(items[outer.item]), _OTHER)}"'
        out.append(f'<mark class="hl k-{_kind(items[first.item])}"{nested} '
                   f'data-q="{" ".join(str(m.number) for m in over)}" '
                   f'data-items="{" ".join(str(i) for i in owners)}">{words}</mark>')
    return "".join(out)


def review_page(article: Article, items: Sequence[dict[str, Any]], *, title: str,
                read_at: Mapping[str, int] | None = None) -> str:
    """The review page (HTML) of the drafted ``items`` (entities, then facts) of
    ``article``; ``read_at`` tells where in the text a rule read each quote."""
    text = article.text
    marks, missing = _marks(text, items, read_at or {})
    unread = unread_sentences(article, marks)
    parts = [html.escape(text[:_body_start(text)])]
    at = _body_start(text)
    spans = [(a, b, None) for a, b in _sentences(text)]
    why = {(a, b): w for a, b, w in unread}
    for a, b, _ in spans:
        parts.append(_text_html(text, at, a, marks, items))
        inner = _text_html(text, a, b, marks, items)
        if (a, b) in why:
            parts.append(f'<span class="sentence unread" title="the rules read nothing '
                         f'here, though it holds {why[(a, b)]}">{inner}</span>')
        else:
            parts.append(f'<span class="sentence">{inner}</span>')
        at = b
    parts.append(_text_html(text, at, len(text), marks, items))
    kinds = list(dict.fromkeys(_kind(item) for item in items))
    style = "\n".join(f".k-{k} {{ --colour: {_COLOURS.get(k, _OTHER)}; }}" for k in kinds)
    legend = "".join(f'<li class="k-{k}"><span class="swatch"></span>{html.escape(k)}</li>'
                     for k in kinds)
    legend += '<li class="unread-key"><span class="sentence unread">unread</span> a ' \
              "sentence with a number, date or name that gave nothing</li>"
    listed = "".join(_item_html(i, item, marks) for i, item in enumerate(items))
    warning = "" if not missing else (
        '<p class="missing">Quotes not found in the text: '
        + html.escape("; ".join(missing)) + "</p>")
    summary = (f"{len(items)} drafted items, {len(marks)} quotes, {len(unread)} unread "
               "sentences")
    return nfc(_PAGE.format(title=html.escape(title), style=style, legend=legend,
                            summary=html.escape(summary), warning=warning,
                            # a line break saved as CR LF is one break (the offsets the
                            # marks use are the stored text's, so the CR goes only here)
                            text="".join(parts).replace("\r", ""), items=listed,
                            script=_SCRIPT))


# What every review page holds near its start: a page made earlier may be written over
_GENERATOR = b'<meta name="generator" content="partygraph review page">'


def is_review_page(path: Path) -> bool:
    """Whether the file at ``path`` is a review page partygraph wrote (its first kilobyte
    names partygraph as its generator)."""
    try:
        with path.open("rb") as page:
            return _GENERATOR in page.read(1024)
    except OSError:
        return False


def write_review_page(path: Path, article: Article, drafted: DraftedSheet, *,
                      title: str) -> None:
    """Write the review page of a draft to ``path``."""
    page = review_page(article, [*drafted.entities, *drafted.facts], title=title,
                       read_at=drafted.quoted_at)
    write_atomically(path, page.encode("utf-8"))

_SCRIPT = """
(function () {
  "use strict";
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.hl"));
  var items = Array.prototype.slice.call(document.querySelectorAll("li.item"));
  var status = document.getElementById("status");
  function has(list, value) { return (" " + list + " ").indexOf(" " + value + " ") >= 0; }
  function select(index, scrollTo) {
    marks.forEach(function (m) {
      m.classList.toggle("selected", has(m.dataset.items, index)); });
    items.forEach(function (li) {
      li.classList.toggle("selected", li.dataset.item === String(index)); });
    var li = document.getElementById("item-" + index);
    status.textContent = li ? li.querySelector("code").textContent : "";
    if (scrollTo === "item" && li) { li.scrollIntoView({block: "nearest"}); }
    if (scrollTo === "text") {
      var first = marks.filter(function (m) { return has(m.dataset.items, index); })[0];
      if (first) { first.scrollIntoView({block: "nearest"}); }
    }
    window.reviewSelected = index;
  }
  marks.forEach(function (m) {
    m.addEventListener("click", function () {
      var owners = m.dataset.items.split(" ");
      var at = owners.indexOf(String(window.reviewSelected));
      select(owners[(at + 1) % owners.length], "item");  // again: the next item quoting it
    });
  });
  items.forEach(function (li) {
    li.addEventListener("click", function () { select(li.dataset.item, "text"); });
    li.addEventListener("keydown", function (e) {
      if (e.key === "Enter") { select(li.dataset.item, "text"); } });
  });
  window.reviewSelected = null;
  window.reviewReady = true;
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="partygraph review page">
<title>Review: {title}</title>
<style>
body {{ margin: 0; font: 15px/1.55 "Noto Sans", "DejaVu Sans", sans-serif; color: #222; }}
header {{ padding: .5em 1em; border-bottom: 1px solid #ccc; background: #fafafa; }}
h1 {{ font-size: 1.1em; margin: 0 0 .3em; }}
#legend {{ list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap;
  gap: .3em 1em; font-size: .9em; }}
.swatch {{ display: inline-block; width: 1em; height: 1em; margin-right: .3em;
  vertical-align: -.15em; background: var(--colour); border: 1px solid #999; }}
html, body {{ height: 100%; }}
body {{ display: flex; flex-direction: column; }}
main {{ display: flex; flex: 1; min-height: 0; }}
#article {{ flex: 3; overflow: auto; padding: 1em 1.5em; white-space: pre-wrap; }}
#items {{ flex: 2; overflow: auto; margin: 0; padding: .5em 1em .5em 2.5em;
  border-left: 1px solid #ccc; background: #fcfcfc; }}
mark.hl {{ background: var(--colour); cursor: pointer; border-radius: 2px;
  box-shadow: inset 0 -4px 0 var(--outer, transparent); }}
mark.hl.selected {{ outline: 2px solid #c00; }}
.sentence.unread {{ text-decoration: underline wavy #c33; text-underline-offset: 3px;
  background: #fff1f1; }}
li.item {{ margin: 0 0 .6em; padding: .3em .5em; border-left: 6px solid var(--colour);
  cursor: pointer; }}
li.item.selected {{ outline: 2px solid #c00; background: #fff; }}
li.item .type {{ font-size: .8em; background: var(--colour); padding: 0 .3em; }}
li.item dl {{ margin: .2em 0; display: grid; grid-template-columns: max-content auto;
  gap: 0 .6em; font-size: .9em; }}
li.item dt {{ color: #666; }}
li.item dd {{ margin: 0; }}
.note {{ margin: .2em 0 0; font-size: .85em; color: #555; }}
.missing {{ color: #a00; }}
{style}
</style>
</head>
<body>
<header>
<h1>Review: {title}</h1>
<p id="summary">{summary} · selected: <span id="status"></span></p>
<ul id="legend">{legend}</ul>
{warning}
</header>
<main>
<div id="article">{text}</div>
<ol id="items">{items}</ol>
</main>
<script>{script}</script>
</body>
</html>
"""
