"""How well `partygraph draft` reads articles: precision and recall of the drafted items
against fact sheets written by hand, on SYNTHETIC corpora only.

    .venv/bin/python bench/draft_eval.py          # the tables
    .venv/bin/python bench/draft_eval.py --items  # also every missed and wrong item

Two corpora: ``tests/fixtures/draft`` (articles written for the drafter, with the sheets a
careful researcher would write: reviewed drafts plus everything the rules miss) and the
independent ``tests/fixtures/province`` corpus plus the seed (sheets written before the
drafter existed, by other hands).

An item is *matched* when a hand-written item of the same type says the same thing: the
same name (diacritics and case folded) and kind for an entity; the same organisation,
measure, value and date for an observation; the same person and post for a holding (see
``item_key``). Precision is matched / drafted, recall matched / expected. *Exact* counts
the matched items whose every field (dates, parents, windows, ...; not quotes or notes)
agrees too.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from partygraph.draft import draft_sheet_text
from partygraph.sheets.articles import parse_header, read_article
from partygraph.sheets.located_yaml import load_located
from partygraph.util.text import fold

CORPORA = {
    "draft fixtures": [REPO / "tests/fixtures/draft"],
    "province + seed": [REPO / "tests/fixtures/province", REPO / "data"],
}
DRAFTED_TYPES = ("place", "organisation", "body", "person", "post", "term", "congress",
                 "observation", "tally", "holding")
"""The item types the rules draft; recall "in scope" counts only these."""
_SKIP = {"id", "type", "quote", "note", "draft", "implied"}

Key = tuple[Any, ...]


def _name(item: dict[str, Any]) -> str:
    return fold(str(item["name"]["vi"]))


def item_key(item: dict[str, Any], ref: dict[str, str]) -> Key:
    """What an item says, in the terms two researchers would agree on."""
    t = item["type"]

    def r(value: Any) -> Any:
        return ref.get(str(value), str(value))

    if t == "place":
        return (t, _name(item), item["kind"])
    if t == "organisation":
        return (t, _name(item), item["form"], item["level"])
    if t == "body":
        return (t, _name(item), item["kind"], r(item["of"]))
    if t == "person":
        return (t, _name(item))
    if t == "post":
        return (t, _name(item), item["role"], r(item["in"]))
    if t == "term":
        if item.get("start_year"):
            return (t, r(item["of"]), int(item["start_year"]), int(item["end_year"]))
        return (t, r(item["of"]), int(item["ordinal"]))
    if t == "congress":
        return (t, r(item["of"]), int(item.get("ordinal") or 0), item["kind"])
    if t == "observation":
        return (t, r(item["of"]), item["measure"], int(item["value"]), str(item["as_of"]))
    if t == "tally":
        return (t, r(item["of"]), item["measure"], int(item["done"]), int(item["total"]))
    if t == "holding":
        return (t, r(item["person"]), r(item["post"]))
    if t == "directive":
        return (t, item["number"])
    return (t, str(item["id"]))


def _norm(value: Any, ref: dict[str, str]) -> Any:
    if isinstance(value, dict):
        if "vi" in value:
            return fold(str(value["vi"]))
        return tuple(sorted((k, _norm(v, ref)) for k, v in value.items() if k != "text"))
    if isinstance(value, list):
        return tuple(sorted(str(_norm(v, ref)) for v in value))
    if isinstance(value, str):
        return ref.get(value, value)
    return value


def item_fields(item: dict[str, Any], ref: dict[str, str]) -> dict[str, Any]:
    """Every field but the id, quotes, notes and flags, references named by their keys."""
    return {k: _norm(v, ref) for k, v in item.items()
            if k not in _SKIP and v not in (None, [], "")}


def _refs(entities: list[dict[str, Any]]) -> dict[str, str]:
    """Entity id -> a readable key (its folded name), so ids need not agree."""
    return {str(e["id"]): f"{e['type']}:{_name(e)}" for e in entities if "name" in e}


@dataclass
class Score:
    """Counts for one corpus, overall and by item type."""

    drafted: Counter[str] = field(default_factory=Counter)
    expected: Counter[str] = field(default_factory=Counter)
    matched: Counter[str] = field(default_factory=Counter)
    exact: Counter[str] = field(default_factory=Counter)
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def ratio(self, part: Counter[str], whole: Counter[str],
              types: tuple[str, ...] | None = None) -> float:
        """``part`` over ``whole``, over all types or only ``types``."""
        den = sum(n for t, n in whole.items() if types is None or t in types)
        num = sum(n for t, n in part.items() if types is None or t in types)
        return num / den if den else 1.0

    @property
    def precision(self) -> float:
        """Drafted items that are right."""
        return self.ratio(self.matched, self.drafted)

    @property
    def recall(self) -> float:
        """Expected items that were drafted."""
        return self.ratio(self.matched, self.expected)

    @property
    def recall_in_scope(self) -> float:
        """Expected items of the types the rules draft that were drafted."""
        return self.ratio(self.matched, self.expected, DRAFTED_TYPES)


def draft_items(article: Path) -> list[dict[str, Any]]:
    """The items the rules draft for ``article``."""
    text = read_article(article)
    header = parse_header(text.text.splitlines()[0])
    drafted = draft_sheet_text(text, header, source_id=article.stem, outlet="x",
                               text_path=f"../articles/{article.name}")
    return [*drafted.entities, *drafted.facts]


def expected_items(sheet: Path) -> list[dict[str, Any]]:
    """The items of a hand-written sheet."""
    data = load_located(sheet).data
    return [*(data.get("entities") or []), *(data.get("facts") or [])]


def score_pair(article: Path, sheet: Path, score: Score) -> None:
    """Add one article's drafted items, compared with its sheet, to ``score``."""
    drafted = draft_items(article)
    expected = expected_items(sheet)
    d_ref = _refs([i for i in drafted if i["type"] in DRAFTED_TYPES])
    e_ref = _refs(expected)
    want = {item_key(i, e_ref): i for i in expected}
    got = {item_key(i, d_ref): i for i in drafted}
    for key, item in got.items():
        score.drafted[item["type"]] += 1
        if key in want:
            score.matched[item["type"]] += 1
            if item_fields(item, d_ref) == item_fields(want[key], e_ref):
                score.exact[item["type"]] += 1
        else:
            score.wrong.append(f"{article.stem}: {key}")
    for key, item in want.items():
        score.expected[item["type"]] += 1
        if key not in got:
            score.missed.append(f"{article.stem}: {key}")


def score_corpus(roots: list[Path]) -> Score:
    """The score of every article under ``roots`` that has a sheet of the same name."""
    score = Score()
    for root in roots:
        for sheet in sorted((root / "sheets").glob("*.yaml")):
            article = root / "articles" / f"{sheet.stem}.txt"
            if article.is_file():
                score_pair(article, sheet, score)
    return score


def _table(name: str, score: Score) -> list[str]:
    lines = [f"## {name}", "",
             "| type | drafted | expected | matched | exact | precision | recall |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    types = sorted(set(score.drafted) | set(score.expected),
                   key=lambda t: (t not in DRAFTED_TYPES, t))
    for t in types:
        d, e, m, x = score.drafted[t], score.expected[t], score.matched[t], score.exact[t]
        p = f"{m / d:.2f}" if d else "-"
        r = f"{m / e:.2f}" if e else "-"
        lines.append(f"| {t} | {d} | {e} | {m} | {x} | {p} | {r} |")
    d, e = sum(score.drafted.values()), sum(score.expected.values())
    m, x = sum(score.matched.values()), sum(score.exact.values())
    lines += [f"| **all** | {d} | {e} | {m} | {x} | {score.precision:.2f} | "
              f"{score.recall:.2f} |", "",
              f"precision {score.precision:.3f}  recall {score.recall:.3f}  "
              f"recall in scope {score.recall_in_scope:.3f}  "
              f"exact among matched {x / m if m else 1:.3f}", ""]
    return lines


def main() -> None:
    """Print the tables (and, with --items, every wrong and missed item)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", action="store_true", help="list wrong and missed items")
    args = parser.parse_args()
    for name, roots in CORPORA.items():
        score = score_corpus(roots)
        print("\n".join(_table(name, score)))
        if args.items:
            print("wrong (drafted, not in the sheet):", *score.wrong, sep="\n  ")
            print("missed (in the sheet, not drafted):", *score.missed, sep="\n  ")
            print()


if __name__ == "__main__":
    main()
