"""Saved queries list what is named in Vietnamese alone: ``vi`` is the one name every sheet
gives (``en`` is optional, and drafted sheets have none), so no query may need ``en``."""

from __future__ import annotations

from pathlib import Path

from partygraph.project import Project
from partygraph.store.build import build

from ..conftest import copy_project
from ..small_sheet import ARTICLE, SHEET, write_sheet_files
from .test_saved import values

# SYNTHETIC: the small sheet's commune, with a provincial directive, a task it governs and a
# tally, each named in Vietnamese only, as a drafted sheet names them.
ONLY_VI = SHEET.replace("facts:\n", """\
  - id: directive-07-ct-tu-thu-nghiem
    type: directive
    kind: directive
    number: 07-CT/TU
    issued_by: thu-nghiem-party
    name: {vi: Chỉ thị số 07-CT/TU}
    quote: Ngày 3-6 họp.
facts:
  - id: congress-deadline
    type: task
    name: {vi: hoàn thành đại hội chi bộ}
    status: planned
    as_of: 2020-06
    due_before: 2020-06-30
    concerns: [thu-nghiem-party]
    governed_by: [directive-07-ct-tu-thu-nghiem]
    quote: Ngày 3-6 họp.
  - id: vetting
    type: tally
    of: thu-nghiem-party
    measure: political-history-reviewed
    population: {vi: cán bộ diện quy hoạch}
    done: 9
    total: 10
    as_of: 2020-06
    quote: Ngày 3-6 họp.
""")


def test_items_named_in_vietnamese_alone_are_listed(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p", with_data=False)
    write_sheet_files(project.data_dir, ONLY_VI, article=ARTICLE)
    build(Project.at(project.root))
    deadlines = values(project, "deadlines", {}, columns=("task", "dueBefore", "outcome"))
    assert deadlines == [("hoàn thành đại hội chi bộ", "2020-06-30", "open")]
    tallies = values(project, "tallies", {}, columns=("population", "done", "total"))
    assert tallies == [("cán bộ diện quy hoạch", "9", "10")]
    governed = values(project, "congress-directives", {}, columns=("number", "governs"))
    assert governed == [("07-CT/TU", "hoàn thành đại hội chi bộ")]
