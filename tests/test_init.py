"""``partygraph init`` and the projects it starts: the packaged ontology and queries, the
guides its files point to, local queries beside the catalogue, and ``--root`` found upward
from the current folder."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from partygraph.project import MARKER, Project, guide_copy_text
from partygraph.resources import (
    PROJECT_DOCS,
    packaged_doc_files,
    packaged_ontology_dir,
    packaged_queries_dir,
)

from .conftest import FIXTURES, REPO, SEED_ARTICLE, SEED_SHEET, run_cli

DOCS_POINTER = re.compile(r"docs/[a-z-]+\.md")  # how partygraph's texts name a guide
SIBLING_LINK = re.compile(r"\]\(([a-z-]+\.md)(?:#[^)]*)?\)")  # a guide's link to another

# A SYNTHETIC local query, written for these tests.
LOCAL_QUERY = """\
#+ summary: Organisations with their Vietnamese names (a local query of a test project)
#+ tags: [test]
PREFIX pg: <https://w3id.org/partygraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?organisation ?name WHERE {
  ?organisation a pg:PartyOrganisation ; rdfs:label ?name .
  FILTER (lang(?name) = "vi")
} ORDER BY ?name
"""


def _init(tmp_path: Path) -> Path:
    folder = tmp_path / "proj"
    result = run_cli("init", str(folder))
    assert result.exit_code == 0, result.stderr
    return folder


def test_init_lays_out_a_project(tmp_path: Path) -> None:
    folder = _init(tmp_path)
    for part in ("data/articles", "data/sheets", "queries"):
        assert (folder / part).is_dir()
    assert (folder / MARKER).is_file()
    assert "extend the catalogue" in (folder / "queries" / "README.md").read_text("utf-8")
    assert (folder / "README.md").read_text("utf-8").startswith("# proj\n")
    # the ontology is the one installed; the project only adds to it
    assert [f.name for f in (folder / "ontology").rglob("*")] == ["extensions", "README.md"]
    # the guides are the installed ones, as they are
    assert sorted(f.name for f in (folder / "docs").iterdir()) == sorted(PROJECT_DOCS)
    for guide in packaged_doc_files():
        assert (folder / "docs" / guide.name).read_text(encoding="utf-8") == \
            guide_copy_text(guide)

    project = Project.at(folder)
    assert project.ontology_file == packaged_ontology_dir() / "partygraph.ttl"
    assert project.shapes_file == packaged_ontology_dir() / "shapes.ttl"
    assert project.concepts_file == packaged_ontology_dir() / "concepts.ttl"
    assert set(project.query_files()) == {f.stem for f in packaged_queries_dir().glob("*.rq")}


def test_init_refuses_a_project_and_keeps_what_a_folder_holds(tmp_path: Path) -> None:
    folder = _init(tmp_path)
    again = run_cli("init", str(folder))
    assert again.exit_code == 2
    assert again.stderr == f"error: {folder} is a partygraph project already; " \
                           "nothing was changed ('partygraph init --guides' adds the guides " \
                           "it lacks)\n"
    refused = run_cli("init", str(REPO))
    assert refused.exit_code == 2 and "a partygraph project already" in refused.stderr

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "README.md").write_text("my notes\n", encoding="utf-8")
    made = run_cli("init", str(notes))
    assert made.exit_code == 0, made.stderr
    assert (notes / "README.md").read_text(encoding="utf-8") == "my notes\n"
    assert "created README.md" not in made.stdout and f"created {MARKER}" in made.stdout


def test_init_refuses_a_folder_another_project_reads_and_an_empty_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new user's findings: a project started in another's data/sheets/ had its files
    under the other's data folder; 'init ""' made the current folder a project."""
    outer = _init(tmp_path)
    for inside in ("data/sheets/sub", "data/articles", "queries/mine", "build/x",
                   "ontology/extensions/p"):
        refused = run_cli("init", str(outer / inside))
        assert refused.exit_code == 2, inside
        assert "not a place for a project: it is in " in refused.stderr
        assert f"of the project in {outer.resolve()}" in refused.stderr
        assert not (outer / inside / MARKER).exists()
    beside = run_cli("init", str(outer / "examples" / "p"))  # (elsewhere in it: allowed)
    assert beside.exit_code == 0, beside.stderr
    monkeypatch.chdir(tmp_path)
    for empty in ("", " "):
        refused = run_cli("init", empty)
        assert refused.exit_code == 2
        assert refused.stderr == ("error: give the folder to start the project in (an empty "
                                  "name is not one; '.' is the current folder)\n")
    assert not (tmp_path / MARKER).exists()


def test_every_docs_pointer_written_into_a_project_names_a_file_there(
        tmp_path: Path) -> None:
    """The README of init, a sheet template of ``new`` and a drafted sheet (with its review
    page) point to guides in docs/: each is in the project, and so is every guide the
    guides link to."""
    folder = _init(tmp_path)
    articles = sorted((FIXTURES / "draft" / "articles").glob("synthetic-*.txt"))
    started = run_cli("new", str(articles[0]), root=folder)
    assert started.exit_code == 0, started.stderr
    drafted = run_cli("draft", str(articles[1]), "--review", str(folder / "review.html"),
                      root=folder)
    assert drafted.exit_code == 0, drafted.stderr

    pointers: dict[str, set[str]] = {}
    for file in sorted(folder.rglob("*")):
        if file.is_file():
            text = file.read_text(encoding="utf-8")
            where = file.relative_to(folder).as_posix()
            pointers[where] = set(DOCS_POINTER.findall(text))
            if where.startswith("docs/"):
                pointers[where] |= {f"docs/{name}" for name in SIBLING_LINK.findall(text)}
    # the texts that must point to a guide do (else this test would check nothing)
    assert "docs/fact-sheets.md" in pointers[f"data/sheets/{articles[0].stem}.yaml"]
    assert "docs/drafting.md" in pointers[f"data/sheets/{articles[1].stem}.yaml"]
    assert {"docs/adding-an-article.md", "docs/concepts.md"} <= pointers["README.md"]
    # the saved queries' catalogue is shown in the project (`partygraph query NAME --help`)
    for file in sorted(packaged_queries_dir().glob("*")):
        pointers[f"(installed) {file.name}"] = set(
            DOCS_POINTER.findall(file.read_text(encoding="utf-8")))
    missing = sorted(f"{where} -> {pointer}" for where, named in pointers.items()
                     for pointer in named if not (folder / pointer).is_file())
    assert not missing, f"pointers to files the project lacks: {missing}"


def test_init_keeps_a_guide_of_the_user_s_own(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "fact-sheets.md").write_text("my own field notes\n", encoding="utf-8")
    made = run_cli("init", str(folder))
    assert made.exit_code == 0, made.stderr
    assert (folder / "docs" / "fact-sheets.md").read_text(encoding="utf-8") == \
        "my own field notes\n"
    assert "created docs/fact-sheets.md" not in made.stdout
    assert "created docs/concepts.md" in made.stdout
    assert "created docs/" not in made.stdout.splitlines()  # the folder was there


def test_the_project_s_concepts_guide_lists_what_partygraph_concepts_lists(
        tmp_path: Path) -> None:
    """docs/concepts.md is copied, not written from the vocabulary: in a new project (no
    extensions yet) its values are what `partygraph concepts` lists there; only the line
    that names the source file differs."""
    folder = _init(tmp_path)
    listed = run_cli("concepts", root=folder)
    assert listed.exit_code == 0, listed.stderr
    copied = (folder / "docs" / "concepts.md").read_text(encoding="utf-8")
    assert copied.split("\n")[3:] == listed.stdout.split("\n")[3:]
    assert copied.split("\n")[0] == listed.stdout.split("\n")[0]


def test_an_empty_project_builds_and_validates_cleanly(tmp_path: Path) -> None:
    folder = _init(tmp_path)
    built = run_cli("build", root=folder)
    assert built.exit_code == 0, built.stderr
    assert "sources: 0" in built.stdout
    assert "conforms: 0 violation(s), 0 warning(s), 0 info(s)" in built.stdout
    checked = run_cli("validate", "--fail-on", "info", root=folder)
    assert checked.exit_code == 0, checked.stdout + checked.stderr


def test_a_project_with_a_sheet_builds_queries_and_exports(tmp_path: Path) -> None:
    folder = _init(tmp_path)
    shutil.copy(SEED_ARTICLE, folder / "data" / "articles")
    shutil.copy(SEED_SHEET, folder / "data" / "sheets")
    built = run_cli("build", root=folder)
    assert built.exit_code == 0, built.stderr
    assert "sources: 1" in built.stdout and "conforms: 0 violation(s)" in built.stdout
    rows = run_cli("query", "coverage", "--format", "csv", root=folder)
    assert rows.exit_code == 0, rows.stderr
    assert "Đảng bộ thị xã An Khê" in rows.stdout


def test_local_queries_extend_and_replace_the_catalogue(tmp_path: Path) -> None:
    folder = _init(tmp_path)
    shutil.copy(SEED_ARTICLE, folder / "data" / "articles")
    shutil.copy(SEED_SHEET, folder / "data" / "sheets")
    (folder / "queries" / "vi-names.rq").write_text(LOCAL_QUERY, encoding="utf-8")
    replaced = LOCAL_QUERY.replace("(a local query", "(a replaced tallies query")
    (folder / "queries" / "tallies.rq").write_text(replaced, encoding="utf-8")
    assert run_cli("build", "--no-validate", root=folder).exit_code == 0

    listing = run_cli("queries", root=folder)
    assert listing.exit_code == 0, listing.stderr
    assert "coverage" in listing.stdout and "vi-names" in listing.stdout
    assert listing.stdout.splitlines()[-1] == (
        "local (from queries/, the rest are installed with partygraph): tallies, vi-names")
    answer = run_cli("query", "vi-names", "--format", "csv", root=folder)
    assert answer.exit_code == 0, answer.stderr
    assert "Đảng bộ thị xã An Khê" in answer.stdout
    tallies = run_cli("query", "tallies", "--format", "csv", root=folder)
    assert tallies.stdout == answer.stdout  # the local file, not the catalogue's

    # the repository's queries are the catalogue itself: none is listed as local
    assert "local (" not in run_cli("queries", root=REPO).stdout


def test_root_is_the_nearest_project_upward(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _init(tmp_path)
    shutil.copy(SEED_ARTICLE, folder / "data" / "articles")
    shutil.copy(SEED_SHEET, folder / "data" / "sheets")
    monkeypatch.chdir(folder / "data" / "sheets")
    built = run_cli("build", "--no-validate")
    assert built.exit_code == 0, built.stderr
    assert (folder / "build" / "partygraph.nq").is_file()
    assert Project.find(Path.cwd()).root == folder.resolve()


def test_no_project_upward_is_one_line_naming_the_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lost = tmp_path / "nowhere" / "deeper"
    lost.mkdir(parents=True)
    monkeypatch.chdir(lost)
    result = run_cli("build")
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: no partygraph project in {lost.resolve()} or any folder above it: run the "
        "command in one ('partygraph init DIR' starts one) or pass --root\n")
    given = run_cli("queries", root=lost)
    assert given.exit_code == 2
    assert given.stderr.startswith(f"error: {lost.resolve()} is not a partygraph project: ")


def test_a_project_s_own_ontology_file_replaces_the_packaged_one(tmp_path: Path) -> None:
    folder = _init(tmp_path)
    shapes = folder / "ontology" / "shapes.ttl"
    shutil.copy(packaged_ontology_dir() / "shapes.ttl", shapes)
    project = Project.at(folder)
    assert project.shapes_file == shapes
    assert project.ontology_file == packaged_ontology_dir() / "partygraph.ttl"


def test_init_guides_adds_what_an_older_project_lacks_and_changes_nothing(
        tmp_path: Path) -> None:
    """A project made before the guides shipped (no docs/), or that edited one: --guides adds
    the missing guides, as installed, and keeps every file there was."""
    folder = _init(tmp_path)
    shutil.rmtree(folder / "docs")
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    added = run_cli("init", "--guides", str(folder))
    assert added.exit_code == 0, added.stderr
    assert sorted(f.name for f in (folder / "docs").iterdir()) == sorted(PROJECT_DOCS)
    for guide in packaged_doc_files():
        assert (folder / "docs" / guide.name).read_text(encoding="utf-8") == \
            guide_copy_text(guide)
        assert f"created docs/{guide.name}" in added.stdout
    assert all(p.read_bytes() == data for p, data in before.items())

    edited = folder / "docs" / "fact-sheets.md"
    edited.write_text("our own notes\n", encoding="utf-8")
    (folder / "docs" / "drafting.md").unlink()
    again = run_cli("init", "--guides", str(folder))
    assert again.exit_code == 0, again.stderr
    assert again.stdout.startswith("created docs/drafting.md\n")
    assert "kept as they are:" in again.stdout and "docs/fact-sheets.md" in again.stdout
    assert "1 guide(s) added" in again.stdout
    assert edited.read_text(encoding="utf-8") == "our own notes\n"

    notes = tmp_path / "notes"
    notes.mkdir()
    refused = run_cli("init", "--guides", str(notes))
    assert refused.exit_code == 2 and "is no partygraph project" in refused.stderr
    assert list(notes.iterdir()) == []


def test_a_copied_guide_that_names_repository_files_says_where_they_are(
        tmp_path: Path) -> None:
    """The guides name partygraph's tests, benchmarks and seed article, which a project does
    not hold: each such copy says so after its title, and is otherwise the guide as
    installed."""
    folder = _init(tmp_path)
    for guide in packaged_doc_files():
        copied = (folder / "docs" / guide.name).read_text(encoding="utf-8")
        installed = guide.read_text(encoding="utf-8")
        names_repository = any(path in installed for path in ("tests/", "bench/", "src/"))
        noted = "files of partygraph's source repository, not of this project" in copied
        assert noted == (names_repository or "the seed" in installed), guide.name
        if noted:
            title, _, rest = copied.partition("\n\n")
            note, _, body = rest.partition("\n\n")
            assert note.startswith("> Copied into this project by `partygraph init`")
            assert f"{title}\n\n{body}" == installed
        else:
            assert copied == installed
