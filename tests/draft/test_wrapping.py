"""A hard-wrapped article (lines broken inside sentences, as e-mail and PDF copies are) is
drafted as the same article saved one paragraph a line (a new user's finding: its names were
cut at the line breaks, and six of seven facts lost). On the seed and the SYNTHETIC articles
the rules were written against (tests/fixtures/draft)."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from partygraph.draft.sheet import draft_sheet_text
from partygraph.draft.wrapping import unwrapped
from partygraph.sheets.articles import Article, parse_header
from partygraph.util.text import squash_spaces

from ..conftest import FIXTURES, SEED_ARTICLE

ARTICLES = [SEED_ARTICLE, *sorted((FIXTURES / "draft" / "articles").glob("*.txt"))]


def _wrap(text: str, width: int = 64) -> str:
    header, *paragraphs = text.split("\n")
    return "\n".join([header, *("\n".join(textwrap.wrap(p, width)) if p.strip() else p
                                for p in paragraphs)])


def _items(path: Path, text: str) -> tuple[list[tuple[Any, ...]], bool]:
    article = Article(path, text)
    header = parse_header(text.split("\n", 1)[0])
    drafted = draft_sheet_text(article, header, source_id="x", outlet="o", text_path="t")
    def shown(item: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(sorted((k, squash_spaces(str(v))) for k, v in item.items()
                            if k not in ("quote", "note")))
    return sorted(shown(i) for i in [*drafted.entities, *drafted.facts]), drafted.unwrapped


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_a_hard_wrapped_article_drafts_as_the_article_saved_a_paragraph_a_line(
        path: Path) -> None:
    text = path.read_text("utf-8").lstrip()
    as_saved, joined = _items(path, text)
    assert not joined  # a paragraph a line is read as it is
    wrapped = _wrap(text)
    assert wrapped != text and unwrapped(wrapped) is not None
    as_wrapped, joined = _items(path, wrapped)
    assert joined
    assert as_wrapped == as_saved


def test_short_paragraphs_that_end_their_sentences_are_not_joined() -> None:
    text = ("date 2020-06 (SYN)- Tin ngắn\nĐại hội thành công.\nBầu 15 đồng chí.\n"
            "Bí thư tái cử.\nHội nghị bế mạc.\n")
    assert unwrapped(text) is None
