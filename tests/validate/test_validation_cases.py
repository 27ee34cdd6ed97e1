"""The corpus of bad fact sheets: each is caught with its shape, severity, message and line.

Each ``tests/validate/validation/cases/*.yaml`` is a SYNTHETIC fact sheet whose ``# expect:`` lines
name a shape, a severity, a marker and the English message; the marker (``# @name``) stands
on the line the result must point at. A case is checked with the real data as context, and
must produce exactly the expected results.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from partygraph.project import Project
from partygraph.store.build import compile_project
from partygraph.tasks import validate_project
from partygraph.validate.results import ResultKey, result_key
from partygraph.validate.shacl import validate_compiled

from ..conftest import SEED_ID, copy_project, run_cli

HERE = Path(__file__).parent / "validation"
CASES = sorted((HERE / "cases").glob("*.yaml"))
EXPECT = re.compile(r'^# expect: (\S+) (violation|warning|info) @(\w+) "(.*)"$')


def expectations(case: Path) -> set[tuple[str, str, int, str]]:
    lines = case.read_text(encoding="utf-8").splitlines()
    expected = set()
    for line in lines:
        found = EXPECT.match(line)
        if not found:
            continue
        shape, severity, mark, message = found.groups()
        marked = [n for n, text in enumerate(lines, 1)
                  if not text.startswith("# expect") and re.search(rf"# .*@{mark}\b", text)]
        assert len(marked) == 1, f"{case.name}: marker @{mark} must stand on one line"
        expected.add((shape, severity, marked[0], message))
    assert expected, f"{case.name} has no expect line"
    return expected


# The articles the cases read: a case dated after 2025-07-01 (the two-tier structure) needs
# an article of that time.
ARTICLES = {"validation-cases.txt": "article.txt", "validation-cases-2025.txt": "article-2025.txt"}


def install(case: Path, root: Path) -> Path:
    project = copy_project(root)
    # only the article the case reads: another would be an article no sheet reads
    for stored, source in ARTICLES.items():
        if f"../articles/{stored}" in case.read_text("utf-8"):
            shutil.copy(HERE / source, project.data_dir / "articles" / stored)
    target = project.data_dir / "sheets" / case.name
    shutil.copy(case, target)
    return target


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_case_is_caught_at_its_line(case: Path, tmp_path: Path) -> None:
    sheet = install(case, tmp_path)
    project_root = tmp_path
    from partygraph.project import Project

    project = Project.at(project_root)
    report = validate_project(project, sheet=sheet, lint=False)
    rel = sheet.relative_to(project_root).as_posix()
    # (what the case brings about at the seed's lines is test_sheet_context_...'s)
    own = [r for r in report.results if not r.cause]
    found = {(r.shape, r.severity, r.origins[0].line if r.origins else -1, r.message)
             for r in own}
    assert found == expectations(case), [str(r) for r in report.results]
    assert all(r.origins and r.origins[0].file == rel for r in own)
    assert all(origin.file == rel for r in report.results for origin in r.cause)


@pytest.mark.parametrize("name", ["tally-done-exceeds-total", "hierarchy-cycle",
                                  "english-label-missing"])
def test_full_validation_agrees_with_scoped(name: str, tmp_path: Path) -> None:
    case = HERE / "cases" / f"{name}.yaml"
    sheet = install(case, tmp_path)
    rel = sheet.relative_to(tmp_path).as_posix()
    result = run_cli("validate", "--format", "json", root=tmp_path)
    import json

    rows = json.loads(result.stdout)["results"]
    found = {(r["shape"], r["severity"], r["line"], r["message"]) for r in rows}
    assert found == expectations(case)
    assert {r["file"] for r in rows} == {rel}
    violation = any(r["severity"] == "violation" for r in rows)
    assert result.exit_code == (1 if violation else 0)


@pytest.fixture(scope="module")
def seed_results(tmp_path_factory: pytest.TempPathFactory) -> set[ResultKey]:
    """The full validation's results of the seed alone, without any case."""
    project = copy_project(tmp_path_factory.mktemp("seed"))
    return {result_key(r) for r in validate_compiled(compile_project(project),
                                                     project.load_shapes()).results}


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_sheet_context_gives_the_full_validation_results(case: Path, tmp_path: Path,
                                                          seed_results: set[ResultKey]) -> None:
    """Validating one sheet on its context equals validating everything, kept to its nodes;
    and what it brings about at other sheets' nodes is what the full validation gives with
    it and not without it (see test_caused.py): a congress ordinal another congress holds,
    a cycle through other sheets' organisations, a level their subordinations no longer
    fit."""
    sheet = install(case, tmp_path / "with")
    project = Project.at(tmp_path / "with")
    scoped = validate_project(project, sheet=sheet, lint=False)
    compiled = compile_project(project)
    rel = sheet.relative_to(project.root).as_posix()
    full = validate_compiled(compiled, project.load_shapes(), sheet=rel)
    assert tuple(r for r in scoped.results if not r.cause) == full.results
    caused = {result_key(r) for r in scoped.results if r.cause}
    own = set(compiled.sheet(rel).subjects())  # type: ignore[union-attr]
    with_it = validate_compiled(compiled, project.load_shapes()).results
    assert caused == {result_key(r) for r in with_it if r.focus not in own} - seed_results
    assert scoped.results  # every case has a result to compare


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_engines_agree_on_case(case: Path, tmp_path: Path) -> None:
    """pyshacl-turbo (the default) and pySHACL give the same results, lines and messages."""
    from partygraph.project import Project

    sheet = install(case, tmp_path)
    project = Project.at(tmp_path)
    found = {}
    for engine in ("turbo", "pyshacl"):
        report = validate_project(project, sheet=sheet, lint=False, engine=engine)
        found[engine] = {(r.shape, r.severity, r.where, r.message, r.value)
                         for r in report.results}
    assert found["turbo"] == found["pyshacl"]


def test_validating_a_file_that_is_not_a_fact_sheet_says_so(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    stray = tmp_path / "stray.yaml"
    shutil.copy(next((project.data_dir / "sheets").glob("*.yaml")), stray)
    result = run_cli("validate", str(stray), root=project.root)
    assert result.exit_code == 2
    assert "is not a fact sheet of this project" in result.stderr
    missing = run_cli("validate", str(project.data_dir / "sheets" / "nope.yaml"),
                      root=project.root)
    assert missing.exit_code == 2
    assert missing.stderr.startswith(f"error: {project.data_dir / 'sheets' / 'nope.yaml'}: "
                                     "no such file (the fact sheets are the .yaml files under ")
    # the same sheet named through a link, or a relative path, is the sheet itself
    link = tmp_path / "link"
    link.symlink_to(project.data_dir)
    sheet = next(link.glob("sheets/*.yaml"))
    assert run_cli("validate", str(sheet), root=project.root).exit_code == 0


def test_unreviewed_drafts_fail_ci_only_when_asked(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    case = HERE / "cases" / "unreviewed-draft.yaml"
    shutil.copy(case, project.data_dir / "sheets" / case.name)
    shutil.copy(HERE / "article.txt", project.data_dir / "articles" / "validation-cases.txt")
    assert run_cli("build", "--no-validate", root=project.root).exit_code == 0
    assert run_cli("validate", root=project.root).exit_code == 0
    strict = run_cli("validate", "--fail-on", "info", root=project.root)
    assert strict.exit_code == 1
    assert ("data/sheets/unreviewed-draft.yaml:18: A drafted item (entity or fact) not "
            "reviewed yet") in strict.stdout
    # Removing the line is the review.
    text = (project.data_dir / "sheets" / case.name).read_text(encoding="utf-8")
    (project.data_dir / "sheets" / case.name).write_text(
        text.replace("    draft: true   # @draft\n", ""), encoding="utf-8")
    assert run_cli("validate", "--fail-on", "info", root=project.root).exit_code == 0


def test_a_document_draft_number_in_the_old_spelling_is_explained(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    sheet = project.data_dir / "sheets" / f"{SEED_ID}.yaml"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("draft_number: 2", "draft: 2"),
                     encoding="utf-8")
    result = run_cli("build", root=project.root)
    assert result.exit_code == 2
    assert "a document's draft number is written draft_number: 2 (draft: true marks an item " \
           "not yet reviewed)" in result.stderr


def test_a_shape_that_may_read_anything_is_said_to_go_unchecked(tmp_path: Path) -> None:
    """A SYNTHETIC shape joining two congresses only by a FILTER can read a congress's
    ordinal from any node: validating one sheet says so instead of keeping silent."""
    case = HERE / "cases" / "congress-ordinal-taken.yaml"
    sheet = install(case, tmp_path / "with")
    project = Project.at(tmp_path / "with")
    with project.shapes_file.open("a", encoding="utf-8") as shapes:
        shapes.write('''
pgsh:SyntheticOrdinalTakenShape a sh:NodeShape ;
    sh:targetClass pg:Congress ;
    sh:sparql [
        a sh:SPARQLConstraint ;
        sh:message "SYNTHETIC: another congress has this ordinal."@en ;
        sh:prefixes pgsh:prefixes ;
        sh:select """SELECT $this WHERE { $this pg:ordinal ?n . ?other pg:ordinal ?m
                                          FILTER (?n = ?m && ?other != $this) }"""
    ] .
''')
    done = run_cli("validate", str(sheet), "--fail-on", "none", root=project.root)
    assert done.exit_code == 0, done.output
    assert (f"note: some of what data/sheets/{case.name} alone states may be read at more "
            "nodes") in done.stderr
    plain = install(case, tmp_path / "plain")
    assert "note:" not in run_cli("validate", str(plain), "--fail-on", "none",
                                  root=tmp_path / "plain").stderr


def test_a_message_names_what_the_constraint_found_in_both_languages(tmp_path: Path) -> None:
    """The engines drop the messages' language tags; the tagged ones are filled in with
    what the engine put in their slots (here the other congress's ordinal and id)."""
    sheet = install(HERE / "cases" / "congress-ordinal-taken.yaml", tmp_path)
    report = validate_project(Project.at(tmp_path), sheet=sheet, lint=False)
    own = [r for r in report.results if not r.cause]
    assert [(r.message, r.message_vi) for r in own] == [(
        "The organisation has another congress with ordinal 17: an-khe-congress-17.",
        "Tổ chức đã có một đại hội khác cùng số thứ tự 17: an-khe-congress-17.")]
    # ... and the seed's congress, which the case's now clashes with, names the case's
    assert [r.message for r in report.results if r.cause] == [
        "The organisation has another congress with ordinal 17: case-congress."]
