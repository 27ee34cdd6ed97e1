"""The level of a party organisation directly under the province that is no unit's (the
agencies', the People's Committee's, the military's): ``upper-base`` ranks between the province
and the base organisations, before and after the district level ended, where ``district``
after 1 July 2025 is warned about. A SYNTHETIC sheet added to the vocabulary corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..conftest import run_cli
from ..small_sheet import write_sheet_files
from .test_vocabulary import vocabulary_project

NAME = "synthetic-2025-09-lam-mau-agencies-congress"
ARTICLE = (
    "date 2025-09-12 (SYN)- [SYNTHETIC TEST ARTICLE] Ngày 11-9, Đảng bộ các cơ quan Đảng "
    "tỉnh Lam Mẫu tổ chức Đại hội đại biểu lần thứ I. Đảng bộ có 41 tổ chức cơ sở đảng, "
    "trong đó Chi bộ Văn phòng Tỉnh ủy có 27 đảng viên.\n")
SHEET = f"""\
# SYNTHETIC fact sheet for tests only: the province and its organisations are invented.
source:
  id: {NAME}
  outlet: Synthetic test outlet
  outlet_code: SYN
  published: 2025-09-12
  text: ../articles/{NAME}.txt
entities:
  - id: lam-mau-agencies-party
    type: organisation
    form: committee
    level: LEVEL
    parent: lam-mau-provincial-party
    name:
      vi: Đảng bộ các cơ quan Đảng tỉnh Lam Mẫu
      en: Lam Mẫu provincial party agencies' party organisation
    quote: Đảng bộ các cơ quan Đảng tỉnh Lam Mẫu
  - id: lam-mau-committee-office-cell
    type: organisation
    form: cell
    level: base
    parent: lam-mau-agencies-party
    name:
      vi: Chi bộ Văn phòng Tỉnh ủy Lam Mẫu
      en: Lam Mẫu Provincial Party Committee Office cell
    quote: Chi bộ Văn phòng Tỉnh ủy
facts:
  - id: agencies-base-organisations
    type: observation
    of: lam-mau-agencies-party
    measure: base-organisations
    value: 41
    as_of: 2025-09-11
    quote: Đảng bộ có 41 tổ chức cơ sở đảng
"""


@pytest.mark.parametrize(("level", "warned"), [("upper-base", False), ("district", True)])
def test_an_agencies_organisation_after_2025_takes_the_level_above_the_base(
        tmp_path: Path, level: str, warned: bool) -> None:
    project = vocabulary_project(tmp_path)
    write_sheet_files(project.data_dir, SHEET.replace("LEVEL", level), article=ARTICLE,
                      name=NAME)
    result = run_cli("build", root=project.root)
    assert result.exit_code == 0, result.output
    mine = [line for line in result.output.splitlines() if f"{NAME}.yaml:" in line]
    assert ("DistrictAfterItsEndShape" in "\n".join(mine)) == warned, mine
    if not warned:
        assert mine == [] and "conforms: 0 violation(s), 0 warning(s)" in result.output
