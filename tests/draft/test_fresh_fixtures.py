"""The FRESH unseen SYNTHETIC test set of the drafter (tests/fixtures/draft-fresh): six articles
written after the rules' second round of tuning began and never shown to anyone tuning them.
Every article is named and headed like the other fixtures and its invented places are found in
no other fixture; that its sheets load, compile and validate, with every quote in its article,
is tested with the gold set's (test_gold_fixtures.py)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from partygraph.sheets.articles import parse_header
from partygraph.sheets.located_yaml import load_located

from ..conftest import FIXTURES

FRESH = FIXTURES / "draft-fresh"
SHEETS = sorted((FRESH / "sheets").glob("*.yaml"))
ARTICLES = sorted((FRESH / "articles").glob("*.txt"))


def _place_names() -> set[str]:
    """The invented names ("Tre Mẫu") of every place the fresh sheets declare."""
    names: set[str] = set()
    for sheet in SHEETS:
        for item in load_located(sheet).data.get("entities") or []:
            if item.get("type") == "place":
                words = str(item["name"]["vi"]).split()
                names.add(" ".join(words[words.index("Mẫu") - 1:]))
    return names


def test_the_set_has_six_articles_three_per_cycle_each_with_its_sheet() -> None:
    assert len(ARTICLES) == 6
    assert [a.stem for a in ARTICLES] == [s.stem for s in SHEETS]
    assert all(a.stem.startswith("synthetic-fresh-") for a in ARTICLES)
    years = [a.stem.split("-")[2] for a in ARTICLES]
    assert years.count("2020") == 3
    assert years.count("2025") == 3


def test_the_2025_articles_are_published_after_the_district_level_ended() -> None:
    published = [parse_header(a.read_text(encoding="utf-8").splitlines()[0]).published
                 for a in ARTICLES if a.stem.split("-")[2] == "2025"]
    assert published
    assert all((p.year, p.month) >= (2025, 7) for p in published)


def test_its_invented_places_occur_in_no_other_fixture() -> None:
    others = [p for p in FIXTURES.rglob("*") if p.suffix in {".txt", ".yaml"}
              and FRESH not in p.parents]
    assert len(others) >= 20, "the other fixture articles and sheets are where they were"
    places = _place_names()
    assert len(places) >= 12
    reused = {(name, str(path.relative_to(FIXTURES))) for path in others
              for name in places if name in path.read_text(encoding="utf-8")}
    assert reused == set()


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_article_is_headed_synthetic_nfc_and_of_newspaper_length(article: Path) -> None:
    text = article.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    published = parse_header(first).published
    assert article.stem.startswith(f"synthetic-fresh-{published.year}-{published.month:02d}-")
    assert "[SYNTHETIC TEST ARTICLE]" in first
    assert unicodedata.normalize("NFC", text) == text
    assert 300 <= len(text.split()) <= 700
