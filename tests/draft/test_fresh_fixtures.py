"""The FRESH unseen SYNTHETIC test sets of the drafter (tests/fixtures/draft-fresh,
draft-fresh2, draft-fresh3, draft-fresh4, draft-fresh5, draft-fresh6, draft-fresh7, draft-fresh8,
draft-fresh9, draft-fresh10, draft-fresh11, draft-fresh12, draft-fresh13, draft-fresh14,
draft-fresh15, draft-fresh16, draft-fresh17, draft-fresh18 and draft-fresh19):
six articles each, written after the rules' second round of tuning began and never shown to
anyone tuning them, but draft-fresh6 and draft-fresh15, under the targets for many rounds,
which round 35 (session 40) read and tuned on. Every article is named and headed like the
other fixtures and its invented places are found in no other fixture; that its sheets load,
compile and validate, with every quote in its article, is tested with the gold set's
(test_gold_fixtures.py)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from partygraph.sheets.articles import parse_header
from partygraph.sheets.located_yaml import load_located

from ..conftest import FIXTURES

FRESH_SETS = {"draft-fresh": "synthetic-fresh-", "draft-fresh2": "synthetic-fresh2-",
              "draft-fresh3": "synthetic-fresh3-", "draft-fresh4": "synthetic-fresh4-",
              "draft-fresh5": "synthetic-fresh5-", "draft-fresh6": "synthetic-fresh6-",
              "draft-fresh7": "synthetic-fresh7-", "draft-fresh8": "synthetic-fresh8-",
              "draft-fresh9": "synthetic-fresh9-",
              "draft-fresh10": "synthetic-fresh10-",
              "draft-fresh11": "synthetic-fresh11-",
              "draft-fresh12": "synthetic-fresh12-",
              "draft-fresh13": "synthetic-fresh13-",
              "draft-fresh14": "synthetic-fresh14-",
              "draft-fresh15": "synthetic-fresh15-",
              "draft-fresh16": "synthetic-fresh16-",
              "draft-fresh17": "synthetic-fresh17-",
              "draft-fresh18": "synthetic-fresh18-",
              "draft-fresh19": "synthetic-fresh19-"}
"""Each fresh set's folder under tests/fixtures and the prefix of its articles' names."""
EVERY_ARTICLE = [(folder, article) for folder in FRESH_SETS
                 for article in sorted((FIXTURES / folder / "articles").glob("*.txt"))]


def _articles(folder: str) -> list[Path]:
    return sorted((FIXTURES / folder / "articles").glob("*.txt"))


def _sheets(folder: str) -> list[Path]:
    return sorted((FIXTURES / folder / "sheets").glob("*.yaml"))


def _place_names(folder: str) -> set[str]:
    """The invented names ("Tre Mẫu") of every place a fresh set's sheets declare."""
    names: set[str] = set()
    for sheet in _sheets(folder):
        for item in load_located(sheet).data.get("entities") or []:
            if item.get("type") == "place":
                words = str(item["name"]["vi"]).split()
                names.add(" ".join(words[words.index("Mẫu") - 1:]))
    return names


@pytest.mark.parametrize("folder", FRESH_SETS)
def test_the_set_has_six_articles_three_per_cycle_each_with_its_sheet(folder: str) -> None:
    articles = _articles(folder)
    assert len(articles) == 6
    assert [a.stem for a in articles] == [s.stem for s in _sheets(folder)]
    assert all(a.stem.startswith(FRESH_SETS[folder]) for a in articles)
    years = [a.stem.split("-")[2] for a in articles]
    assert years.count("2020") == 3
    assert years.count("2025") == 3


@pytest.mark.parametrize("folder", FRESH_SETS)
def test_the_2025_articles_are_published_after_the_district_level_ended(folder: str) -> None:
    published = [parse_header(a.read_text(encoding="utf-8").splitlines()[0]).published
                 for a in _articles(folder) if a.stem.split("-")[2] == "2025"]
    assert published
    assert all((p.year, p.month) >= (2025, 7) for p in published)


@pytest.mark.parametrize("folder", FRESH_SETS)
def test_its_invented_places_occur_in_no_other_fixture(folder: str) -> None:
    fresh = FIXTURES / folder
    others = [p for p in FIXTURES.rglob("*") if p.suffix in {".txt", ".yaml"}
              and fresh not in p.parents]
    assert len(others) >= 20, "the other fixture articles and sheets are where they were"
    places = _place_names(folder)
    assert len(places) >= 12
    reused = {(name, str(path.relative_to(FIXTURES))) for path in others
              for name in places if name in path.read_text(encoding="utf-8")}
    assert reused == set()


@pytest.mark.parametrize(("folder", "article"), EVERY_ARTICLE,
                         ids=[f"{folder}/{article.stem}" for folder, article in EVERY_ARTICLE])
def test_article_is_headed_synthetic_nfc_and_of_newspaper_length(folder: str,
                                                                  article: Path) -> None:
    text = article.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    published = parse_header(first).published
    prefix = FRESH_SETS[folder]
    assert article.stem.startswith(f"{prefix}{published.year}-{published.month:02d}-")
    assert "[SYNTHETIC TEST ARTICLE]" in first
    assert unicodedata.normalize("NFC", text) == text
    assert 300 <= len(text.split()) <= 700
