"""Stored articles against the sheets that read them: an article no sheet reads, one read by
two sheets and one stored twice are warned about, in the file to mend, by ``validate`` and by
the build's validation; the seed alone, and every sheet of ``data/``, give no such warning."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from partygraph.project import Project
from partygraph.tasks import validate_project
from partygraph.validate.results import ValidationResult

from ..conftest import SEED_ARTICLE, SEED_ID, SEED_SHEET, copy_project, run_cli
from ..small_sheet import BARE_ARTICLE

SHAPES = ("articles:unread", "articles:read-twice", "articles:stored-twice")


def _articles_results(project: Project) -> list[ValidationResult]:
    return [r for r in validate_project(project).results if r.shape in SHAPES]


def test_a_corpus_whose_articles_are_each_read_once_has_no_such_warning(
        tmp_path: Path) -> None:
    assert _articles_results(copy_project(tmp_path / "seed")) == []
    assert _articles_results(copy_project(tmp_path / "all", all_data=True)) == []


def test_an_article_no_sheet_reads_is_warned_about_with_the_command_that_starts_one(
        tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    lonely = project.articles_dir / "synthetic-2025-09-lonely.txt"
    lonely.write_text(BARE_ARTICLE, encoding="utf-8")
    (project.articles_dir / ".gitkeep").write_text("", encoding="utf-8")  # hidden: not one
    [result] = _articles_results(project)
    assert (result.shape, result.severity, result.where) == (
        "articles:unread", "warning", "data/articles/synthetic-2025-09-lonely.txt:1")
    assert "partygraph new data/articles/synthetic-2025-09-lonely.txt" in result.message
    assert "bảng dữ kiện" in result.message_vi

    run_cli("new", str(lonely), root=tmp_path)  # the command the warning gives
    assert _articles_results(project) == []


def test_an_article_read_by_two_sheets_is_warned_about_in_the_second_sheet(
        tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    second = project.data_dir / "sheets" / "synthetic-second-reading.yaml"
    text = SEED_SHEET.read_text("utf-8")
    second.write_text(text.replace(f"  id: {SEED_ID}\n", "  id: synthetic-second-reading\n", 1),
                      encoding="utf-8")
    [result] = _articles_results(project)
    assert result.shape == "articles:read-twice"
    source_id_line = 1 + text.split("\n").index(f"  id: {SEED_ID}")
    assert result.where == f"data/sheets/synthetic-second-reading.yaml:{source_id_line}"
    assert f"data/articles/{SEED_ID}.txt, as data/sheets/{SEED_ID}.yaml does" in result.message


def test_an_article_stored_twice_is_warned_about_in_the_copy_no_sheet_reads(
        tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    text = SEED_ARTICLE.read_text("utf-8").lstrip()  # (the seed starts with a space)
    assert text.startswith("date 2020-06 (GLO)- ")
    # another header, and the text with its spacing changed: the same article all the same
    copy = "date 2020-06-12 (BGL) - " + text.removeprefix("date 2020-06 (GLO)- ")
    (project.articles_dir / "a-copy.txt").write_text(copy.replace(". ", ".  "), "utf-8")
    found = {(r.shape, r.where) for r in _articles_results(project)}
    assert found == {("articles:stored-twice", "data/articles/a-copy.txt:1"),
                     ("articles:unread", "data/articles/a-copy.txt:1")}
    [twice] = [r for r in _articles_results(project) if r.shape == "articles:stored-twice"]
    assert f"as data/articles/{SEED_ID}.txt, which data/sheets/{SEED_ID}.yaml reads" \
        in twice.message


def test_the_build_reports_them_and_validate_fails_on_warning(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    shutil.copy(SEED_ARTICLE, project.articles_dir / "stored-again.txt")
    built = run_cli("build", root=tmp_path)
    assert built.exit_code == 0, built.output
    assert "stored-again.txt:1: no fact sheet reads this article" in built.output
    assert "(articles:stored-twice, warning)" in built.output
    assert run_cli("validate", "--fail-on", "warning", root=tmp_path).exit_code == 1


def test_an_article_is_read_once_until_it_changes(tmp_path: Path) -> None:
    from partygraph.validate.articles import _digest, body_digest

    article = tmp_path / "a.txt"
    article.write_text("date 2025-09 (SYN)- Một câu.", encoding="utf-8")
    first = body_digest(article)
    misses = _digest.cache_info().misses
    assert [body_digest(article) for _ in range(5)] == [first] * 5
    assert _digest.cache_info().misses == misses  # not read again
    # the same size, another text: read again, another digest
    article.write_text("date 2025-09 (SYN)- Mốt câu.", encoding="utf-8")
    os.utime(article, ns=(article.stat().st_atime_ns, article.stat().st_mtime_ns + 10**9))
    assert body_digest(article) not in (None, first)
    article.unlink()
    assert body_digest(article) is None


def test_body_digests_are_kept_by_content_and_an_edit_is_never_missed(tmp_path: Path) -> None:
    import hashlib
    import json

    from partygraph.validate.articles import _digest_of, body_digest, body_digests

    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("date 2025-09 (SYN)- Một câu.", encoding="utf-8")
    two.write_text("date 2025-09 (KHÁC)-  Một   câu.", encoding="utf-8")  # the same body
    kept = tmp_path / "build" / "article-bodies.json"
    first = body_digests([one, two], {}, kept)
    assert first == {one: body_digest(one), two: body_digest(two)}
    assert first[one] == first[two] is not None
    raw = hashlib.sha256(one.read_bytes()).hexdigest()
    stored = json.loads(kept.read_text(encoding="utf-8"))
    assert stored["value"][raw] == first[one]
    # What is kept is what is used: a value planted under those bytes' digest comes back,
    # whether the bytes' digest is given (as a build gives it) or worked out here.
    stored["value"][raw] = "planted"
    kept.write_text(json.dumps(stored), encoding="utf-8")
    assert body_digests([one], {one: raw}, kept) == {one: "planted"}
    assert body_digests([one], {}, kept) == {one: "planted"}
    # The same size and modification time, another text: another digest (keyed by content)
    stat = one.stat()
    one.write_text("date 2025-09 (SYN)- Mốt câu.", encoding="utf-8")
    os.utime(one, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert one.stat().st_size == stat.st_size
    again = _digest_of(one.read_bytes(), str(one))
    assert body_digests([one], {}, kept) == {one: again} != {one: first[one]}
    # Only what was used stays kept; a damaged file is worked out again; a gone file is None
    assert len(json.loads(kept.read_text(encoding="utf-8"))["value"]) == 1
    stored = json.loads(kept.read_text(encoding="utf-8"))
    kept.write_text(json.dumps({**stored, "value": {r: [1] for r in stored["value"]}}),
                    encoding="utf-8")  # damaged values are worked out again
    assert body_digests([one], {}, kept) == {one: again}
    kept.write_text("{not json", encoding="utf-8")
    two.unlink()
    assert body_digests([one, two], {}, kept) == {one: again, two: None}


def test_the_warnings_are_the_same_with_the_digests_kept(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    shutil.copy(project.root / SEED_ARTICLE, project.articles_dir / "stored-again.txt")
    (project.build_dir / "article-bodies.json").unlink(missing_ok=True)
    fresh = _articles_results(project)
    assert (project.build_dir / "article-bodies.json").is_file()
    assert _articles_results(project) == fresh
    assert sorted(r.shape for r in fresh) == ["articles:stored-twice", "articles:unread"]


def test_articles_kept_elsewhere_behind_a_symbolic_link_are_read_by_their_sheets(
        tmp_path: Path) -> None:
    """A team may keep its articles in a folder of their own, linked in as ``data/articles``:
    each sheet still reads its article under the name the project lists it by, so no
    article is said to be unread, by a whole validation or by one of the sheet."""
    project = copy_project(tmp_path / "project")
    elsewhere = tmp_path / "kept-elsewhere"  # outside the project
    shutil.move(project.articles_dir, elsewhere)
    os.symlink(elsewhere, project.articles_dir)
    assert _articles_results(project) == []
    sheet = project.data_dir / "sheets" / f"{SEED_ID}.yaml"
    assert [r for r in validate_project(project, sheet=sheet).results if r.shape in SHAPES] == []
