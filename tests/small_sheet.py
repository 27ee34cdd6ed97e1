"""One small SYNTHETIC fact sheet and its article, shared by the tests of loading, compiling
and the vocabularies: a commune party committee (the made-up xã Thử Nghiệm) and one
observation of its members. Tests derive their variants from it with ``str.replace``."""

from __future__ import annotations

from pathlib import Path

NAME = "test-sheet"
"""The sheet's id: its files are data/articles/NAME.txt and data/sheets/NAME.yaml."""

ARTICLE = "date 2020-06 (TST)- Đảng bộ xã Thử Nghiệm có 120 đảng viên. Ngày 3-6 họp.\n"
BARE_ARTICLE = ("date 2025-09 (SYN)- [SYNTHETIC TEST ARTICLE] Bài báo giả định.\n"
                "Sáng 3-9, Đảng ủy xã Ví Dụ tổ chức hội nghị.\n")
"""A SYNTHETIC article with no figure, for tests of an article no sheet records yet."""
SOURCE = """\
source:
  id: test-sheet
  outlet: Test outlet
  published: 2020-06
  text: ../articles/test-sheet.txt
"""
"""The sheet's source block, for sheets of other items on the same article."""

SHEET = SOURCE + """\
entities:
  - id: thu-nghiem-party
    type: organisation
    form: committee
    level: base
    name: {vi: Đảng bộ xã Thử Nghiệm, en: Thu Nghiem party}
    quote: Đảng bộ xã Thử Nghiệm
facts:
  - id: members
    type: observation
    of: thu-nghiem-party
    measure: members
    value: 120
    as_of: 2020-06
    quote: có 120 đảng viên
"""


def write_sheet_files(data_dir: Path, sheet: str = SHEET, *, name: str = NAME,
                      article: str = ARTICLE) -> Path:
    """Write ``article`` and ``sheet`` as ``name`` under ``data_dir``'s articles/ and sheets/
    (made where missing); return the sheet's file."""
    for part in ("articles", "sheets"):
        (data_dir / part).mkdir(parents=True, exist_ok=True)
    (data_dir / "articles" / f"{name}.txt").write_text(article, encoding="utf-8")
    file = data_dir / "sheets" / f"{name}.yaml"
    file.write_text(sheet, encoding="utf-8")
    return file
