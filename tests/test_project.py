"""project: where a project keeps its parts, and which files a build reads."""

from __future__ import annotations

import shutil
from pathlib import Path

from .conftest import SEED_ID, copy_project, run_cli


def test_a_sheet_linked_from_outside_the_data_folder_is_not_read(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    outside = tmp_path / "elsewhere.yaml"
    shutil.copy(project.data_dir / "sheets" / f"{SEED_ID}.yaml", outside)
    link = project.data_dir / "sheets" / "linked.yaml"
    link.symlink_to(outside)

    assert link not in project.sheet_files()
    assert (link, "a symbolic link to a file outside data/") in project.unread_files()
    result = run_cli("build", "--no-validate", root=project.root)
    assert result.exit_code == 0, result.stderr
    assert "warning: data/sheets/linked.yaml: not read: a symbolic link to a file outside " \
           "data/" in result.stderr
    assert "sources: 1" in result.stdout


def test_a_link_within_the_data_folder_is_read(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    sheets = project.data_dir / "sheets"
    (sheets / "drafts").mkdir()
    original = sheets / f"{SEED_ID}.yaml"
    moved = sheets / "drafts" / original.name
    original.rename(moved)
    original.symlink_to(moved)

    assert project.sheet_files() == sorted([original, moved])
    assert project.unread_files() == []


def test_relative_names_files_under_the_root_and_leaves_others_whole(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p", with_data=False)
    assert project.relative(project.root / "data" / "sheets" / "a.yaml") == "data/sheets/a.yaml"
    assert project.relative(tmp_path / "x.yaml") == str(tmp_path / "x.yaml")
