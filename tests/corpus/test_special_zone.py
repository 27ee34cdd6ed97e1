"""A special zone (*đặc khu*), the commune-level unit on islands that the 2025 reorganisation
created: a place of kind ``special-zone`` whose party organisation is directly under the
province from 1 July 2025, as a ward's or a commune's is. A SYNTHETIC sheet added to the
vocabulary corpus; a misspelt kind is refused with the notations to choose from."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from partygraph.rdf.vocab import PG
from partygraph.store.embedded import open_store

from ..conftest import run_cli
from ..small_sheet import write_sheet_files
from .test_vocabulary import vocabulary_project

NAME = "synthetic-2025-09-hon-mau-special-zone-congress"
ARTICLE = (
    "date 2025-09-20 (SYN)- [SYNTHETIC TEST ARTICLE] Ngày 19-9, Đảng bộ đặc khu Hòn Mẫu, "
    "trực thuộc Tỉnh ủy Lam Mẫu, tổ chức Đại hội đại biểu lần thứ I. Đảng bộ đặc khu có "
    "1.150 đảng viên.\n")
SHEET = f"""\
# SYNTHETIC fact sheet for tests only: the special zone and its organisation are invented.
source:
  id: {NAME}
  outlet: Synthetic test outlet
  outlet_code: SYN
  published: 2025-09-20
  text: ../articles/{NAME}.txt
entities:
  - id: hon-mau-special-zone
    type: place
    kind: KIND
    within: lam-mau-province
    name: {{vi: đặc khu Hòn Mẫu, en: Hòn Mẫu special zone}}
    quote: Đảng bộ đặc khu Hòn Mẫu
  - id: hon-mau-special-zone-party
    type: organisation
    form: committee
    level: commune
    place: hon-mau-special-zone
    name: {{vi: Đảng bộ đặc khu Hòn Mẫu, en: Hòn Mẫu special zone party organisation}}
    quote: Đảng bộ đặc khu Hòn Mẫu
facts:
  - id: hon-mau-under-lam-mau
    type: subordination
    child: hon-mau-special-zone-party
    parent: lam-mau-provincial-party
    as_of: 2025-09-20
    quote: Đảng bộ đặc khu Hòn Mẫu, trực thuộc Tỉnh ủy Lam Mẫu
  - id: hon-mau-members
    type: observation
    of: hon-mau-special-zone-party
    measure: members
    value: 1150
    as_of: 2025-09-19
    quote: Đảng bộ đặc khu có 1.150 đảng viên
"""


def test_a_special_zone_is_a_commune_level_unit_under_the_province(tmp_path: Path) -> None:
    project = vocabulary_project(tmp_path)
    write_sheet_files(project.data_dir, SHEET.replace("KIND", "special-zone"), article=ARTICLE,
                      name=NAME)
    result = run_cli("build", root=project.root)
    assert result.exit_code == 0, result.output
    assert [line for line in result.output.splitlines() if f"{NAME}.yaml:" in line] == []
    store = open_store(project.store_dir)
    kinds = {quad.object for quad in store.quads_for_pattern(
        None, ox.NamedNode(PG.unitKind), None, None)}
    assert ox.NamedNode(PG.SpecialZone) in kinds
    label = next(store.quads_for_pattern(ox.NamedNode(PG.SpecialZone), None,
                                         ox.Literal("đặc khu", language="vi"), None), None)
    assert label is not None  # the concept's Vietnamese label travels with the data


def test_a_misspelt_kind_is_refused_with_the_kinds_to_choose_from(tmp_path: Path) -> None:
    project = vocabulary_project(tmp_path)
    write_sheet_files(project.data_dir, SHEET.replace("KIND", "dac-khu"), article=ARTICLE,
                      name=NAME)
    result = run_cli("build", root=project.root)
    assert result.exit_code != 0
    assert f"{NAME}.yaml" in result.output and "special-zone" in result.output
    assert "Traceback" not in result.output
