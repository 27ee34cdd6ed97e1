"""``disagreements`` compares figures of the same scope only: a sub-count ("riêng năm 2022
kết nạp 118 đảng viên") is no disagreement with the total it is part of ("từ đầu nhiệm kỳ
đến nay ... 312"), though both are new members of one organisation in periods one contains
the other; two figures of one scope that differ still are.

The corpus is the SYNTHETIC tune-2 drafting fixture (its gold sheets validate with no
result), whose mid-term review states both figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.query.saved import load_query, run_query
from partygraph.store.build import build
from partygraph.store.embedded import open_store

from ..conftest import add_fixture_sheets, copy_project, edit_once

SHEET = "synthetic-tune2-2022-12-gac-mau-midterm-review.yaml"
TOTAL_SCOPE = 'vi: "từ đầu nhiệm kỳ 2020-2025 đến nay"'
PART_SCOPE = 'vi: "năm 2022"'


def _new_member_pairs(project: Project) -> list[list[str]]:
    """The values of the disagreeing new-member figures the mid-term review gives."""
    engine = EmbeddedEngine(open_store(project.store_dir))
    result = run_query(engine, load_query(project.query_files()["disagreements"]), {})
    return sorted(sorted(str(row[v].value) for v in ("value1", "value2"))  # type: ignore[union-attr]
                  for row in result.rows
                  if f'"{Path(SHEET).stem}"' in (str(row["source1"]), str(row["source2"]))
                  and "new members" in str(row["measureLabel"]))


@pytest.fixture()
def project(tmp_path: Path) -> Project:
    project = add_fixture_sheets(copy_project(tmp_path / "p", with_data=False), "draft-tune2")
    build(project)
    return project


def test_a_part_and_its_total_are_no_disagreement(project: Project) -> None:
    assert _new_member_pairs(project) == []


def test_figures_of_one_scope_that_differ_still_disagree(project: Project) -> None:
    edit_once(project.data_dir / "sheets" / SHEET, PART_SCOPE, TOTAL_SCOPE)
    build(project)
    assert _new_member_pairs(project) == [["118", "312"]]
