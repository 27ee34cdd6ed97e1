"""Draft a fact sheet from an article's text by rules: dates, numbers, organisations,
congresses, member counts, people and their posts (``titles`` reads chains of concurrent
titles), instruments, changes, tasks and meetings. Every drafted item quotes the article
exactly and carries ``draft: true`` until a researcher reviews it (docs/drafting.md).
The rules are in ``rules``, a module per kind of item; ``sheet`` runs them, cleans up what
they read and renders the sheet.

``link`` gives what the project's other sheets already declare the ids and names they give
it, and mints the ids of the rest; ``review_page`` writes the page a researcher reviews a
draft on; ``terms`` reads the words the rules look for from the project's vocabulary (the
``skos:altLabel``s of its concept schemes), so a term added there is drafted with no change to
the code. This stage reads only ``sheets`` (the article reader, the YAML reader), ``rdf``
(the vocabulary), ``util`` and the standard library.
"""

from partygraph.draft.sheet import DraftedSheet, draft_sheet_text

__all__ = ["DraftedSheet", "draft_sheet_text"]
