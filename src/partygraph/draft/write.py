"""Store an article and write its drafted fact sheet, checked as the build will check it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from partygraph.draft.link import Corpus
from partygraph.draft.sheet import DraftedSheet, draft_sheet_text
from partygraph.errors import FactSheetError, PartygraphError
from partygraph.rdf.concepts import Vocabulary
from partygraph.sheets.articles import Article, parse_header, read_article
from partygraph.sheets.load import load_sheet
from partygraph.sheets.new import start_sheet

__all__ = ["DraftResult", "write_draft"]


@dataclass(frozen=True)
class DraftResult:
    """The files written and how many items were drafted."""

    sheet: Path
    article: Path
    source_id: str
    entities: int
    facts: int
    linked: int  # entities given the id another sheet of the project declares them by
    drafted: DraftedSheet
    text: Article  # as the rules read it (see ``DraftedSheet.read``): the review page's
    unread_sheets: tuple[str, ...] = ()  # sheets the links could not read, and why
    copied: bool = True  # False when the same article was already stored under that name


def write_draft(article: Path, data_dir: Path, *, vocabulary: Vocabulary,
                source_id: str | None = None, outlet: str | None = None,
                corpus: Corpus | None = None) -> DraftResult:
    """Store ``article`` and write ``data_dir/sheets/<id>.yaml`` with the drafted items,
    linked to the entities of ``corpus`` (the project's sheets) where they match.

    Like ``partygraph new``, it refuses to overwrite an existing sheet or a different stored
    article of the same name. Should the drafted sheet not load (a drafting rule's fault),
    the ordinary empty sheet is left in its place and the problems are raised.
    """
    created = start_sheet(article, data_dir, source_id=source_id, outlet=outlet)
    template = created.sheet.read_text(encoding="utf-8")
    stored = read_article(created.article)
    header = parse_header(stored.text.splitlines()[0])
    drafted = draft_sheet_text(
        stored, header, source_id=created.source_id, outlet=outlet or header.outlet_code,
        text_path=(Path("..") / "articles" / created.article.name).as_posix(), corpus=corpus,
        vocabulary=vocabulary)
    created.sheet.write_text(drafted.text, encoding="utf-8")
    try:
        load_sheet(created.sheet, articles_dir=data_dir / "articles", vocabulary=vocabulary)
    except FactSheetError as exc:
        created.sheet.write_text(template, encoding="utf-8")
        raise PartygraphError(f"the drafted sheet did not load, so {created.sheet} was "
                              f"started empty instead (please report this): {exc}") from None
    return DraftResult(created.sheet, created.article, created.source_id,
                       len(drafted.entities), len(drafted.facts),
                       sum(1 for e in drafted.entities if "linked to " in str(e.get("note"))),
                       drafted, drafted.read or stored, tuple(corpus.skipped) if corpus else (),
                       created.copied)
