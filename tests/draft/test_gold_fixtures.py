"""The SYNTHETIC gold sets of bench/draft.py (tests/fixtures/draft-gold, draft-fresh,
draft-fresh2, draft-fresh3, draft-fresh4, draft-fresh5, draft-fresh6, draft-fresh7, draft-fresh8,
draft-fresh9, draft-fresh10, draft-fresh11, draft-fresh12, draft-fresh13, draft-fresh14,
draft-fresh15, draft-fresh16, draft-fresh17, draft-fresh18, draft-fresh19
and the tuning sets draft-tune2, draft-tune3, draft-tune4, draft-tune5, draft-tune6, draft-tune7,
draft-tune8, draft-tune9, draft-tune10, draft-tune11, draft-tune12, draft-tune13,
draft-tune14, draft-tune15, draft-tune16, draft-tune17, draft-tune18, draft-tune19,
draft-tune20, draft-tune21, draft-tune22 and draft-tune23):
every gold article is named and headed like the other fixtures, and every sheet of every set
loads, compiles and validates with no result at all, with every quote an exact substring of its
article."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from partygraph.project import Project
from partygraph.sheets.articles import parse_header
from partygraph.sheets.load import load_sheet
from partygraph.sheets.located_yaml import load_located
from partygraph.store.build import build
from partygraph.tasks import validate_project

from ..conftest import FIXTURES, REPO, repo_vocabulary

GOLD = FIXTURES / "draft-gold"
SHEETS = sorted((GOLD / "sheets").glob("*.yaml"))
ARTICLES = sorted((GOLD / "articles").glob("*.txt"))
HAND_WRITTEN = {"gold": (GOLD, 20), "fresh": (FIXTURES / "draft-fresh", 40),
                "fresh2": (FIXTURES / "draft-fresh2", 40),
                "fresh3": (FIXTURES / "draft-fresh3", 40),
                "fresh4": (FIXTURES / "draft-fresh4", 40),
                "fresh5": (FIXTURES / "draft-fresh5", 40),
                "fresh6": (FIXTURES / "draft-fresh6", 40),
                "fresh7": (FIXTURES / "draft-fresh7", 40),
                "fresh8": (FIXTURES / "draft-fresh8", 40),
                "fresh9": (FIXTURES / "draft-fresh9", 40),
                "fresh10": (FIXTURES / "draft-fresh10", 40),
                "fresh11": (FIXTURES / "draft-fresh11", 40),
                "fresh12": (FIXTURES / "draft-fresh12", 40),
                "fresh13": (FIXTURES / "draft-fresh13", 40),
                "fresh14": (FIXTURES / "draft-fresh14", 40),
                "fresh15": (FIXTURES / "draft-fresh15", 40),
                "fresh16": (FIXTURES / "draft-fresh16", 40),
                "fresh17": (FIXTURES / "draft-fresh17", 40),
                "fresh18": (FIXTURES / "draft-fresh18", 40),
                "fresh19": (FIXTURES / "draft-fresh19", 40),
                "tune2": (FIXTURES / "draft-tune2", 30),
                "tune3": (FIXTURES / "draft-tune3", 30),
                "tune4": (FIXTURES / "draft-tune4", 30),
                "tune5": (FIXTURES / "draft-tune5", 30),
                "tune6": (FIXTURES / "draft-tune6", 30),
                "tune7": (FIXTURES / "draft-tune7", 30),
                "tune8": (FIXTURES / "draft-tune8", 30),
                "tune9": (FIXTURES / "draft-tune9", 20),
                "tune10": (FIXTURES / "draft-tune10", 15),
                "tune11": (FIXTURES / "draft-tune11", 15),
                "tune12": (FIXTURES / "draft-tune12", 15),
                "tune13": (FIXTURES / "draft-tune13", 15),
                "tune14": (FIXTURES / "draft-tune14", 15),
                "tune15": (FIXTURES / "draft-tune15", 15),
                "tune16": (FIXTURES / "draft-tune16", 15),
                "tune17": (FIXTURES / "draft-tune17", 15),
                "tune18": (FIXTURES / "draft-tune18", 15),
                "tune19": (FIXTURES / "draft-tune19", 15),
                "tune20": (FIXTURES / "draft-tune20", 15),
                "tune21": (FIXTURES / "draft-tune21", 15),
                "tune22": (FIXTURES / "draft-tune22", 15),
                "tune23": (FIXTURES / "draft-tune23", 15)}
"""The hand-written sets of bench/draft.py checked here, with the fewest items a sheet of each
records (the fresh sets' own tests are in test_fresh_fixtures.py)."""
EVERY_SHEET = [(name, sheet) for name, (folder, _) in HAND_WRITTEN.items()
               for sheet in sorted((folder / "sheets").glob("*.yaml"))]


def _quotes(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value]
    return []


def test_the_set_has_ten_articles_or_more_each_with_its_sheet() -> None:
    assert len(ARTICLES) >= 10
    assert [a.stem for a in ARTICLES] == [s.stem for s in SHEETS]
    assert all(a.stem.startswith("synthetic-gold-") for a in ARTICLES)
    cycles = {a.stem.split("-")[2] for a in ARTICLES}
    assert {"2020", "2025"} <= cycles


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_article_is_headed_synthetic_nfc_and_of_newspaper_length(article: Path) -> None:
    text = article.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    header = parse_header(first)
    published = header.published
    assert article.stem.startswith(f"synthetic-gold-{published.year}-{published.month:02d}-")
    assert "[SYNTHETIC TEST ARTICLE]" in first
    assert unicodedata.normalize("NFC", text) == text
    assert 300 <= len(text.split()) <= 700


@pytest.mark.parametrize(("name", "sheet"), EVERY_SHEET,
                         ids=[f"{name}-{sheet.stem}" for name, sheet in EVERY_SHEET])
def test_sheet_loads_and_every_quote_is_in_its_article(name: str, sheet: Path) -> None:
    folder, fewest = HAND_WRITTEN[name]
    loaded = load_sheet(sheet, articles_dir=folder / "articles", vocabulary=repo_vocabulary())
    assert loaded.model.source.id == sheet.stem
    article = (folder / "articles" / f"{sheet.stem}.txt").read_text(encoding="utf-8")
    data = load_located(sheet).data
    items = [*(data.get("entities") or []), *(data.get("facts") or [])]
    assert len(items) >= fewest, "a gold sheet records what its article says"
    assert not any(item.get("draft") for item in items), "gold is written by hand"
    missing = [(item["id"], quote) for item in items for quote in _quotes(item.get("quote"))
               if quote not in article]
    assert missing == []


@pytest.mark.parametrize("name", HAND_WRITTEN)
def test_gold_sheets_compile_and_validate_with_no_result(name: str, tmp_path: Path) -> None:
    folder, _ = HAND_WRITTEN[name]
    for part in ("ontology", "queries"):
        shutil.copytree(REPO / part, tmp_path / part)
    for part in ("articles", "sheets"):
        shutil.copytree(folder / part, tmp_path / "data" / part)
    project = Project.at(tmp_path)
    summary = build(project)
    assert summary.sources == len(list((folder / "sheets").glob("*.yaml")))
    report = validate_project(project)
    assert [(r.severity, r.message) for r in report.results] == []
