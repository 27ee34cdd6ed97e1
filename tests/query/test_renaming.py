"""An organisation renamed into one of another id ends at the renaming, and the new one
begins there: in ``structure-as-of``, the hierarchy export ``--as-of``, and the checks of
figures and tenures after an organisation ended (they knew only mergers and dissolutions
as ends, and creations, mergers and splits as beginnings)."""

from __future__ import annotations

import pytest

from partygraph.project import Project
from partygraph.store.build import build
from partygraph.tasks import export_view, validate_project

from ..conftest import copy_project
from ..small_sheet import ARTICLE, SHEET, write_sheet_files
from .test_saved import values

# SYNTHETIC: the small sheet's commune, whose cell "khu phố 1" is renamed "tổ dân phố 1"
# (another id) on 10 June 2020, and which is renamed under its own id two days later; a
# figure of the old cell is dated after that.
RENAMED = SHEET.replace("facts:\n", """\
  - id: kp1-cell
    type: organisation
    form: cell
    level: base
    parent: thu-nghiem-party
    name: {vi: Chi bộ Khu phố 1}
    quote: Ngày 3-6 họp.
  - id: tdp1-cell
    type: organisation
    form: cell
    level: base
    parent: thu-nghiem-party
    name: {vi: Chi bộ Tổ dân phố 1}
    quote: Ngày 3-6 họp.
facts:
  - id: kp1-renamed
    type: change
    kind: renamed
    date: 2020-06-10
    from: [kp1-cell]
    to: [tdp1-cell]
    new_name: {vi: Chi bộ Tổ dân phố 1}
    quote: Ngày 3-6 họp.
  - id: commune-renamed
    type: change
    kind: renamed
    date: 2020-06-12
    from: [thu-nghiem-party]
    to: [thu-nghiem-party]
    new_name: {vi: Đảng bộ xã Thử Nghiệm Mới}
    quote: Ngày 3-6 họp.
  - id: kp1-members
    type: observation
    of: kp1-cell
    measure: members
    value: 12
    as_of: 2020-06-20   # @late
    quote: Ngày 3-6 họp.
""")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = copy_project(tmp_path_factory.mktemp("renamed"), with_data=False)
    write_sheet_files(project.data_dir, RENAMED, article=ARTICLE)
    build(Project.at(project.root))
    return project


@pytest.mark.parametrize(("day", "cells"), [
    ("2020-06-05", {"kp1-cell"}),    # before the renaming: the old cell alone
    ("2020-06-20", {"tdp1-cell"}),   # after it: the new one alone
])
def test_a_renaming_ends_the_old_and_begins_the_new(project: Project, day: str,
                                                    cells: set[str]) -> None:
    rows = values(project, "structure-as-of", {"org": "thu-nghiem-party", "as_of": day},
                  columns=("id",))
    assert {row[0] for row in rows} == cells
    view = export_view(project, "hierarchy", as_of=day)
    drawn = {node.rsplit("/", 1)[-1] for node in view.nodes if "cell" in node}
    assert drawn == cells


def test_a_figure_after_the_renaming_is_a_warning(project: Project) -> None:
    report = validate_project(project, lint=False)
    late = [r for r in report.results if r.shape == "pgsh:AfterEndShape/sparql"]
    assert len(late) == 1 and late[0].severity == "warning"
    assert late[0].focus.endswith("/kp1-members")


def test_a_renaming_under_the_same_id_ends_nothing_and_gives_a_name_found(
        project: Project) -> None:
    """The commune renamed under its own id stays (its cells are under it after), is found
    by its new name, and its change says the new name (it said the old one twice)."""
    rows = values(project, "structure-as-of", {"org": "thu-nghiem-party", "as_of": "2020-06-20"},
                  columns=("id",))
    assert rows == [("tdp1-cell",)]
    found = values(project, "search-by-name", {"text": "thu nghiem moi"}, columns=("id",))
    assert found == [("thu-nghiem-party",)]
    exact = values(project, "find-by-exact-name", {"name": "Đảng bộ xã Thử Nghiệm Mới@vi"},
                   columns=("id",))
    assert exact == [("thu-nghiem-party",)]
    changes = values(project, "change-events", {}, columns=("before", "after"))
    assert sorted(changes) == [("Chi bộ Khu phố 1", "Chi bộ Tổ dân phố 1"),
                               ("Đảng bộ xã Thử Nghiệm", "Đảng bộ xã Thử Nghiệm Mới")]
