"""Validating one sheet reports what its changes bring about at other sheets' lines.

The SYNTHETIC sheet ``validation/caused/seed-town-ended-2019.yaml`` ends the seed's town
organisation in 2019: the sheet breaks no rule itself, but the seed's 2020 figures and tenure
of that organisation now fall after its end. ``partygraph validate SHEET`` must report
exactly the results a full validation gives with the sheet and not without it, at the seed's
lines, each naming the change; what another sheet already brings about is not this one's.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from partygraph.compile.dataset import Origin
from partygraph.project import Project
from partygraph.store.build import compile_project
from partygraph.tasks import validate_project
from partygraph.validate.results import ResultKey, result_key
from partygraph.validate.shacl import validate_compiled

from ..conftest import SEED_SHEET, copy_project, run_cli

HERE = Path(__file__).parent / "validation"
CASE = HERE / "caused" / "seed-town-ended-2019.yaml"
SEED = f"data/sheets/{SEED_SHEET.name}"

def _project(root: Path, *names: str) -> Project:
    """The seed project with the case sheet under each of ``names``."""
    project = copy_project(root)
    shutil.copy(HERE / "article.txt", project.data_dir / "articles" / "validation-cases.txt")
    for name in names:
        text = CASE.read_text(encoding="utf-8").replace("seed-town-ended-2019", name)
        (project.data_dir / "sheets" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return project


def _full(project: Project) -> set[ResultKey]:
    report = validate_compiled(compile_project(project), project.load_shapes())
    return {result_key(r) for r in report.results}


def _change_lines(text: str) -> tuple[int, int]:
    """The lines of the change's date and of the organisation it ends: what the seed's
    figures and tenure read of it (not its id line, nor what they do not read)."""
    lines = [line.strip() for line in text.splitlines()]
    return lines.index("date: 2019-01-01") + 1, lines.index("from: [an-khe-town-party]") + 1


@pytest.fixture(scope="module")
def before(tmp_path_factory: pytest.TempPathFactory) -> set[ResultKey]:
    """The full validation's results of the seed alone."""
    return _full(_project(tmp_path_factory.mktemp("seed")))


def test_one_sheet_reports_what_its_change_brings_about(tmp_path: Path,
                                                        before: set[ResultKey]) -> None:
    project = _project(tmp_path, "case")
    report = validate_project(project, sheet=project.data_dir / "sheets" / "case.yaml",
                              lint=False)
    caused = [r for r in report.results if r.cause]
    own = [r for r in report.results if not r.cause]
    # exactly what the full validation gives with the sheet and not without it
    full = _full(project)
    subjects = set(compile_project(project).sheet("data/sheets/case.yaml").subjects())  # type: ignore[union-attr]
    assert {result_key(r) for r in caused} == {k for k in full - before if k[0] not in subjects}
    assert {result_key(r) for r in own} == {k for k in full if k[0] in subjects}
    assert not own  # the sheet breaks no rule itself
    # the seed's 2020 figures after the end, and the tenure outside the existence
    assert {r.shape for r in caused} == {"pgsh:AfterEndShape/sparql",
                                         "pgsh:TenureWithinExistenceShape/sparql"}
    date, ended = _change_lines(CASE.read_text(encoding="utf-8"))
    for result in caused:
        assert result.origins[0].file == SEED
        assert result.cause == (Origin("data/sheets/case.yaml", date, "case-town-ended"),
                                Origin("data/sheets/case.yaml", ended, "case-town-ended"))
    assert not report.conforms()  # a tenure the sheet puts outside existence: a violation


def test_what_another_sheet_already_brings_about_is_not_this_ones(tmp_path: Path,
                                                                  before: set[ResultKey]) -> None:
    project = _project(tmp_path, "case", "twin")
    full = _full(project)
    assert full - before  # the full validation reports the seed's lines
    report = validate_project(project, sheet=project.data_dir / "sheets" / "case.yaml",
                              lint=False)
    assert report.results == ()  # ... but the twin ends the town too: not this sheet's doing


def test_a_sheet_without_changes_reports_only_its_own(tmp_path: Path) -> None:
    project = _project(tmp_path, "case")
    report = validate_project(project, sheet=project.data_dir / "sheets" / SEED_SHEET.name,
                              lint=False)
    # the seed's own results, which the case sheet brings about: none has a cause
    assert report.results and not any(r.cause for r in report.results)
    assert {r.origins[0].file for r in report.results} == {SEED}


def test_reports_name_the_cause(tmp_path: Path) -> None:
    project = _project(tmp_path, "case")
    date, ended = _change_lines(CASE.read_text(encoding="utf-8"))
    sheet = "data/sheets/case.yaml"
    path = str(project.root / sheet)
    text = run_cli("validate", path, root=project.root)
    assert text.exit_code == 1, text.output
    lines = text.stdout.splitlines()
    assert lines[0] == f"{SEED}:"
    assert all(f"; brought about by {sheet}:{date}, {sheet}:{ended})" in row
               for row in lines[1:-1])
    done = run_cli("validate", path, "--format", "json", root=project.root)
    rows = json.loads(done.stdout)["results"]
    assert rows and all(r["file"] == SEED and r["caused_by"] == [f"{sheet}:{date}",
                                                                 f"{sheet}:{ended}"]
                        for r in rows)
    github = run_cli("validate", path, "--format", "github", root=project.root)
    assert f"(brought about by {sheet}:{date}, {sheet}:{ended})" in github.stdout
    # ... and annotated at the lines that bring it about: those the pull request changed
    at_cause = [line for line in github.stdout.splitlines()
                if f"file={sheet},line={date}," in line]
    assert at_cause and all("; brought about by this line)" in line for line in at_cause)
    sarif = run_cli("validate", path, "--format", "sarif", root=project.root)
    [run] = json.loads(sarif.stdout)["runs"]
    for result in run["results"]:
        related = [(r["physicalLocation"]["artifactLocation"]["uri"],
                    r["physicalLocation"]["region"]["startLine"], r["message"]["text"])
                   for r in result["relatedLocations"]]
        assert {(sheet, date, "brought about by this fact"),
                (sheet, ended, "brought about by this fact")} <= set(related)



def _with_sheets(root: Path, *cases: Path) -> Project:
    """The seed project with SYNTHETIC ``cases``, each reading its own copy of the test
    article (one article, one sheet)."""
    project = copy_project(root)
    article = (HERE / "article.txt").read_text(encoding="utf-8")
    for case in cases:
        (project.data_dir / "articles" / f"{case.stem}.txt").write_text(
            article + f"\n({case.stem}.)\n", encoding="utf-8")
        shutil.copy(case, project.data_dir / "sheets" / case.name)
    return project


INNOCENT = HERE / "caused" / "synthetic-town-declared-again.yaml"
CYCLE = HERE / "caused" / "synthetic-province-under-ward.yaml"
CYCLE_SHAPE = "pgsh:NoHierarchyCycleShape/sparql"


def test_a_sheet_is_not_blamed_for_what_another_does_at_a_node_both_declare(
        tmp_path: Path) -> None:
    """A new user's finding: a sheet that only declares the town again was reported with the
    cycle another sheet makes through the town, at the seed's line."""
    project = _with_sheets(tmp_path, INNOCENT, CYCLE)
    full = validate_project(project, lint=False)
    town = "https://w3id.org/partygraph/id/organisation/an-khe-town-party"
    assert any(r.focus == town and r.shape == CYCLE_SHAPE for r in full.results)
    report = validate_project(project, sheet=project.data_dir / "sheets" / INNOCENT.name,
                              lint=False)
    assert report.results == ()


def test_what_a_sheet_brings_about_at_a_node_it_declares_names_the_facts_read(
        tmp_path: Path) -> None:
    """A new user's finding: the cycle a sheet's subordination makes was reported at the
    seed's lines of a node the sheet declares again without 'brought about by', and where it
    was, the sheet's plain declaration was named as a cause too."""
    project = _with_sheets(tmp_path, CYCLE)
    sheet = f"data/sheets/{CYCLE.name}"
    report = validate_project(project, sheet=project.root / sheet, lint=False)
    full = {result_key(r) for r in validate_project(project, lint=False).results}
    seed_alone = {result_key(r) for r in validate_project(
        copy_project(tmp_path / "seed"), lint=False).results}
    elsewhere = [r for r in report.results if not any(o.file == sheet for o in r.origins)]
    # every result of the full validation the sheet brings about, each once
    assert {result_key(r) for r in report.results} == full - seed_alone
    assert {r.shape for r in elsewhere} == {CYCLE_SHAPE}
    text = CYCLE.read_text(encoding="utf-8").splitlines()
    link = text.index("  - id: synthetic-province-link") + 1
    declared = text.index("  - id: gia-lai-provincial-party") + 1
    for result in elsewhere:
        assert result.cause, result
        lines = {o.line for o in result.cause}
        assert all(o.file == sheet for o in result.cause)
        assert lines and all(link <= line <= link + 6 for line in lines), result.cause
        assert declared not in lines


def test_a_cycle_stands_at_the_links_on_it_not_at_another_parent(tmp_path: Path) -> None:
    """A new user's finding: the province's result stood at the seed's line that puts it
    under the central organisation too, a link that is no part of the cycle."""
    project = _with_sheets(tmp_path, CYCLE)
    province = "https://w3id.org/partygraph/id/organisation/gia-lai-provincial-party"
    [result] = [r for r in validate_project(project, lint=False).results
                if r.focus == province and r.shape == CYCLE_SHAPE]
    assert [o.file for o in result.origins] == [f"data/sheets/{CYCLE.name}"]
    assert result.value == "pgid:organisation/tay-son-ward-party"
