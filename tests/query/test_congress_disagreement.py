"""Two sheets that disagree about a congress (its days, its delegates): ``congress-cycle``
gives the congress one row with both values joined, where it gave every combination of
them (eight rows for two opening days, two closing days and two counts), and validation
warns, naming the lines of each sheet."""

from __future__ import annotations

import pytest

from partygraph.project import Project
from partygraph.store.build import build
from partygraph.tasks import validate_project

from ..conftest import copy_project
from ..small_sheet import ARTICLE, SHEET, write_sheet_files
from .test_saved import values

# SYNTHETIC: the small sheet's commune holds its first congress; a second article on it
# gives other days and another delegate count.
CONGRESS = """\
  - id: thu-nghiem-congress-1
    type: congress
    of: thu-nghiem-party
    ordinal: 1
    kind: delegates
    held: {{from: {start}, to: {end}}}
    delegates: {delegates}
    name: {{vi: Đại hội đại biểu Đảng bộ xã Thử Nghiệm lần thứ I}}
    quote: Ngày 3-6 họp.
"""
# (and someone who attended it, as secretary)
ATTENDANCE = """\
  - id: thu-nghiem-committee
    type: body
    kind: executive-committee
    of: thu-nghiem-party
    name: {vi: Đảng ủy xã Thử Nghiệm, en: Thu Nghiem party committee}
    quote: Đảng bộ xã Thử Nghiệm
  - id: thu-nghiem-secretary
    type: post
    role: secretary
    in: thu-nghiem-committee
    name: {vi: Bí thư Đảng ủy xã Thử Nghiệm, en: Secretary of the Thu Nghiem party committee}
    quote: Đảng bộ xã Thử Nghiệm
  - id: tran-van-thu
    type: person
    name: {vi: Trần Văn Thử}
    quote: Đảng bộ xã Thử Nghiệm
facts:
  - id: thu-attends
    type: attendance
    person: tran-van-thu
    congress: thu-nghiem-congress-1
    capacity: [thu-nghiem-secretary]
    quote: Ngày 3-6 họp.
"""
FIRST = SHEET.replace("facts:\n", CONGRESS.format(start="2020-05-10", end="2020-05-12",
                                                  delegates=100) + ATTENDANCE)
# (the small sheet's source and commune under another id, without its figure)
SECOND = SHEET.replace("test-sheet", "test-sheet-later").split("facts:\n")[0] \
    + CONGRESS.format(start="2020-05-11", end="2020-05-13", delegates=98)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = copy_project(tmp_path_factory.mktemp("congress"), with_data=False)
    write_sheet_files(project.data_dir, FIRST, article=ARTICLE)
    write_sheet_files(project.data_dir, SECOND, name="test-sheet-later", article=ARTICLE)
    build(Project.at(project.root))
    return project


def test_a_disputed_congress_is_one_row_with_each_value(project: Project) -> None:
    rows = values(project, "congress-cycle", {"org": "thu-nghiem-party"},
                  columns=("ordinal", "heldFrom", "heldTo", "delegates"))
    assert len(rows) == 1
    ordinal, *disputed = rows[0]
    assert ordinal == "1"
    assert [sorted(column.split(" | ")) for column in disputed] == [
        ["2020-05-10", "2020-05-11"], ["2020-05-12", "2020-05-13"], ["100", "98"]]


def test_an_attendance_at_a_disputed_congress_is_one_row(project: Project) -> None:
    """Dated by the congress's opening day, of which the sheets give two: one row with
    both days, where it was a row a day."""
    rows = values(project, "attendances", {"person": "tran-van-thu"},
                  columns=("name", "capacity", "date", "source"))
    assert len(rows) == 1
    name, capacity, date, source = rows[0]
    assert (name, capacity, source) == ("Trần Văn Thử", "Bí thư Đảng ủy xã Thử Nghiệm",
                                        "test-sheet")
    assert sorted(date.split(" | ")) == ["2020-05-10", "2020-05-11"]


def test_validation_warns_of_each_disputed_value(project: Project) -> None:
    report = validate_project(project, lint=False)
    disputed = {r.shape.rsplit("/", 1)[-1]: r for r in report.results
                if r.shape.startswith("pgsh:CongressAgreementShape")}
    assert set(disputed) == {"pg:heldFrom", "pg:heldTo", "pg:delegateCount"}
    for result in disputed.values():
        assert result.severity == "warning"
        assert {origin.file.rsplit("/", 1)[-1] for origin in result.origins} \
            == {"test-sheet.yaml", "test-sheet-later.yaml"}
