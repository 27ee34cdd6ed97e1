"""``deadlines`` says a deadline was met only when the dates show it: ``completed_by`` is an
upper bound (done no later than), and a date of a month or a year holds the days in it."""

from __future__ import annotations

from pathlib import Path

from partygraph.project import Project
from partygraph.store.build import build

from ..conftest import copy_project
from ..small_sheet import ARTICLE, SHEET, write_sheet_files
from .test_saved import values

# SYNTHETIC: the small sheet's commune with tasks done at dates of several precisions.
# (name, status, due_before, completed_by, the outcome the dates allow)
TASKS = [
    ("xong trước hạn", "completed", "2020-06-20", "2020-06-15", "met"),
    ("xong trong tháng có hạn", "completed", "2020-06-20", "2020-06", "unknown"),
    ("xong chậm nhất sau hạn", "completed", "2020-06-20", "2020-06-25", "unknown"),
    ("xong chậm nhất đúng hạn", "completed", "2020-06-20", "2020-06-20", "unknown"),
    ("xong trước tháng hạn", "completed", "2020-06", "2020-05-31", "met"),
    ("xong trong tháng hạn", "completed", "2020-06", "2020-06-10", "unknown"),
    ("xong không có hạn", "completed", None, "2020-06-10", "done"),
    ("lỡ hạn", "missed", "2020-06-01", None, "missed"),
    ("chưa xong", "planned", "2020-06-30", None, "open"),
]


def _task(number: int, name: str, status: str, due: str | None, done: str | None) -> str:
    dates = (f"    due_before: {due}\n" if due else "") \
        + (f"    completed_by: {done}\n" if done else "")
    return (f"  - id: task-{number}\n    type: task\n    name: {{vi: {name}}}\n"
            f"    status: {status}\n    as_of: 2020-06\n{dates}"
            "    concerns: [thu-nghiem-party]\n    quote: Ngày 3-6 họp.\n")


def test_a_deadline_is_met_only_where_the_dates_show_it(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p", with_data=False)
    sheet = SHEET + "".join(_task(n, *task[:4]) for n, task in enumerate(TASKS))
    write_sheet_files(project.data_dir, sheet, article=ARTICLE)
    build(Project.at(project.root))
    rows = values(project, "deadlines", {}, columns=("task", "outcome"))
    assert sorted(rows) == sorted((name, outcome) for name, *_, outcome in TASKS)
