"""Start a fact sheet for a new article: store its text and fill the source block."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from partygraph.errors import PartygraphError
from partygraph.sheets.articles import parse_header, read_article
from partygraph.util.text import NotUtf8Error, fold

__all__ = ["NewSheet", "start_sheet"]

_TEMPLATE = """\
# Fact sheet for {stem}. See docs/fact-sheets.md for every field.
# Each entity and fact needs `quote:`, the exact words of the article that state it.
source:
  id: {source_id}
  outlet: {outlet}
  outlet_code: {code}
  title: null            # the headline, if the stored text has one
  published: {published}
  url: null              # the article's address, if known
  text: {text}
  language: vi

entities:
  # - id: an-khe-town-party
  #   type: organisation
  #   form: committee            # committee (đảng bộ) or cell (chi bộ)
  #   level: district            # provincial, district (until 1 July 2025), commune (from
  #                              # then), base...: `partygraph concepts` lists them all
  #   name: {{vi: Đảng bộ thị xã An Khê, en: An Khê town party organisation}}
  #   quote: Đảng bộ thị xã An Khê có 48 tổ chức cơ sở Đảng

facts:
  # - id: members-2020-06
  #   type: observation
  #   of: an-khe-town-party
  #   measure: members
  #   value: 2457                # "2.457" in Vietnamese is 2457
  #   as_of: 2020-06
  #   quote: với tổng số 2.457 đảng viên
"""


@dataclass(frozen=True)
class NewSheet:
    """The files a new fact sheet consists of."""

    sheet: Path
    article: Path
    source_id: str
    copied: bool = True  # False when the same article was already stored under that name


def _slug(text: str) -> str:
    """An id from ``text``: diacritics dropped (``Bình Yên`` is ``binh-yen``), then every run
    of what is not a lower-case letter or digit a hyphen."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    if not slug:
        raise PartygraphError(f"cannot make an id from {text!r}: pass --id")
    return slug


def _yaml_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def start_sheet(article: Path, data_dir: Path, *, source_id: str | None = None,
                outlet: str | None = None) -> NewSheet:
    """Copy ``article`` into ``data_dir/articles`` and write ``data_dir/sheets/<id>.yaml``.

    Refuses to overwrite an existing sheet or a different stored article of the same name.
    """
    try:
        text = read_article(article)
    except OSError as exc:
        raise PartygraphError(f"{article}: cannot read the article: "
                              f"{exc.strerror or exc}") from None
    except NotUtf8Error as exc:
        raise PartygraphError(f"{article}:{exc.line}: cannot read the article: {exc}") from None
    first_line = text.text.splitlines()[0] if text.text else ""
    try:
        header = parse_header(first_line)
    except ValueError as exc:
        raise PartygraphError(f"{article}:1: {exc}") from None
    sid = _slug(source_id or article.stem)
    stored = data_dir / "articles" / f"{sid}.txt"
    sheet = data_dir / "sheets" / f"{sid}.yaml"
    if sheet.exists():
        raise PartygraphError(f"{sheet} already exists: edit it, or pass another --id")
    if stored.exists() and stored.read_bytes() != article.read_bytes():
        raise PartygraphError(f"{stored} already exists with other text: pass another --id")
    stored.parent.mkdir(parents=True, exist_ok=True)
    sheet.parent.mkdir(parents=True, exist_ok=True)
    copied = not stored.exists()
    if copied:
        shutil.copyfile(article, stored)
    relative = Path("..") / "articles" / stored.name
    sheet.write_text(_TEMPLATE.format(
        stem=article.name, source_id=sid, outlet=_yaml_text(outlet or header.outlet_code),
        code=_yaml_text(header.outlet_code), published=header.published.isoformat(),
        text=relative.as_posix(),
    ), encoding="utf-8")
    return NewSheet(sheet, stored, sid, copied)
