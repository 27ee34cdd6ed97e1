"""Draft a fact sheet from an article's text by rules: dates, numbers, organisations,
congresses, member counts, people and their posts. Every drafted item quotes the article
exactly and carries ``draft: true`` until a researcher reviews it (docs/drafting.md).

This stage reads only ``sheets`` (the article reader), ``util`` and the standard library.
"""

from partygraph.draft.sheet import DraftedSheet, draft_sheet_text

__all__ = ["DraftedSheet", "draft_sheet_text"]
