"""What a sheet's own checks warn about, at its line: a figure (an observation's value or
percent, a tally's done or total) that no quote of its item writes (a typo in the figure, or a
sentence left out of the quote), and a sheet that records nothing yet. The checks are kept
with the compiled sheet, so a rebuild from the cache reports them too."""

from __future__ import annotations

from pathlib import Path

import pytest

from partygraph.project import Project
from partygraph.store.build import build
from partygraph.tasks import validate_project
from partygraph.validate.results import ValidationResult

from ..conftest import SEED_ID, copy_project, run_cli
from ..small_sheet import BARE_ARTICLE

SHAPE = "sheets:figure-not-in-quote"


def _figures(project: Project) -> list[ValidationResult]:
    return [r for r in validate_project(project).results if r.shape == SHAPE]


def _edit_seed(project: Project, old: str, new: str) -> int:
    """Replace ``old`` (once) in the seed sheet; the line it stands on."""
    sheet = project.data_dir / "sheets" / f"{SEED_ID}.yaml"
    text = sheet.read_text("utf-8")
    assert text.count(old) == 1
    sheet.write_text(text.replace(old, new), encoding="utf-8")
    return 1 + text[:text.index(old)].count("\n")


def test_the_seed_writes_every_figure_it_records(tmp_path: Path) -> None:
    assert _figures(copy_project(tmp_path)) == []


def test_a_mistyped_value_is_warned_about_at_its_line_also_after_a_cached_rebuild(
        tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    line = _edit_seed(project, "    value: 2457\n", "    value: 2475\n")
    for _ in range(2):  # compiled afresh, then taken from the build's cache
        build(project)
        [result] = _figures(project)
        assert (result.severity, result.where) == (
            "warning", f"data/sheets/{SEED_ID}.yaml:{line}")
        assert result.message.startswith("value 2475 of '")
        assert "add the sentence that states it to the quote" in result.message
        assert result.message_vi.startswith("số liệu value 2475 của")


def test_a_figure_written_by_a_second_quote_is_written(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    # the value's own sentence moved to a second quote, after one that writes other numbers
    _edit_seed(project,
               "    quote: 129 chi bộ trực thuộc Đảng bộ cơ sở với tổng số 2.457 đảng viên\n",
               "    quote:\n      - 129 chi bộ trực thuộc Đảng bộ cơ sở\n"
               "      - với tổng số 2.457 đảng viên\n")
    assert _figures(project) == []


def test_a_sheet_that_records_nothing_yet_is_warned_about_at_its_source_id(
        tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    article = project.articles_dir / "synthetic-2025-09-empty.txt"
    article.write_text(BARE_ARTICLE, encoding="utf-8")
    started = run_cli("new", str(article), root=tmp_path)
    assert started.exit_code == 0, started.output
    built = run_cli("build", root=tmp_path)
    assert built.exit_code == 0, built.output  # a started sheet never stops the build
    [result] = [r for r in validate_project(project).results
                if r.shape == "sheets:records-nothing"]
    assert result.severity == "warning"
    lines = (project.data_dir / "sheets" / "synthetic-2025-09-empty.yaml").read_text(
        "utf-8").splitlines()
    assert result.where == ("data/sheets/synthetic-2025-09-empty.yaml:"
                            f"{lines.index('  id: synthetic-2025-09-empty') + 1}")
    assert "none of its article is in the graph" in result.message
    assert run_cli("validate", "--fail-on", "warning", root=tmp_path).exit_code == 1


TWIN_ARTICLE = ("date 2020-07 (SYN)- [SYNTHETIC TEST ARTICLE] Bài báo giả định.\n"
                "Đảng bộ thị xã An Khê có 2.470 đảng viên.\n")


def _source_block(name: str) -> str:
    """The head of a SYNTHETIC sheet ``name`` of July 2020, up to its entities."""
    return f"""\
# SYNTHETIC fact sheet for tests only.
source:
  id: {name}
  outlet: Synthetic test outlet
  published: 2020-07
  text: ../articles/{name}.txt
entities:
"""


def _add_sheet(project: Project, name: str, article: str, text: str, entity: str) -> int:
    """Write ``article`` and the sheet ``text`` as ``name``; the line declaring ``entity``."""
    (project.articles_dir / f"{name}.txt").write_text(article, "utf-8")
    (project.data_dir / "sheets" / f"{name}.yaml").write_text(text, "utf-8")
    return text.splitlines().index(f"  - id: {entity}") + 1


TWIN_SHEET = _source_block("synthetic-2020-07-twin") + """\
  - id: an-khe-town
    type: place
    kind: town
    name: {vi: thị xã An Khê, en: An Khê town}
    quote: thị xã An Khê
  - id: ORG
    type: organisation
    form: committee
    level: district
    place: an-khe-town
    name: {vi: Đảng bộ thị xã An Khê, en: An Khê town party organisation}
    quote: Đảng bộ thị xã An Khê
facts:
  - id: members
    type: observation
    of: ORG
    measure: members
    value: 2470
    as_of: 2020-07
    quote: có 2.470 đảng viên
"""


def _add_twin_sheet(project: Project, org: str, extra: str = "") -> int:
    """A second sheet declaring the seed's town organisation as ``org``; its line."""
    return _add_sheet(project, "synthetic-2020-07-twin", TWIN_ARTICLE,
                      TWIN_SHEET.replace("ORG", org) + extra, org)


def test_one_organisation_declared_under_a_mistyped_id_is_warned_about(
        tmp_path: Path) -> None:
    """A new user's finding: a typo in a declared id silently made a second organisation,
    and the figure went to it."""
    project = copy_project(tmp_path)
    line = _add_twin_sheet(project, "an-khe-twn-party")
    [result] = [r for r in validate_project(project).results
                if r.shape == "sheets:same-organisation"]
    assert (result.severity, result.where) == (
        "warning", f"data/sheets/synthetic-2020-07-twin.yaml:{line}")
    assert result.message.startswith(
        "'an-khe-twn-party' is declared with the name, form, level and place (or parent) of "
        f"an-khe-town-party (data/sheets/{SEED_ID}.yaml:")
    # validating one sheet gives its own warnings, not the other sheets'
    twin, seed = (project.data_dir / "sheets" / name for name in (
        "synthetic-2020-07-twin.yaml", f"{SEED_ID}.yaml"))
    assert [r.shape for r in validate_project(project, sheet=twin).results
            if r.shape.startswith("sheets:")] == ["sheets:same-organisation"]
    assert not [r for r in validate_project(project, sheet=seed).results
                if r.shape.startswith("sheets:")]
    # with the seed's id, or with a change linking the two, there is nothing to say
    _add_twin_sheet(project, "an-khe-town-party")
    assert not [r for r in validate_project(project).results
                if r.shape == "sheets:same-organisation"]
    _add_twin_sheet(project, "an-khe-town-party-2020-07", """\
  - id: refounded
    type: change
    kind: merged
    date: 2020-07
    from: [an-khe-town-party]
    to: [an-khe-town-party-2020-07]
    quote: Đảng bộ thị xã An Khê
""")
    assert not [r for r in validate_project(project).results
                if r.shape == "sheets:same-organisation"]


PERSON = "synthetic-2020-07-person"
PERSON_ARTICLE = ("date 2020-07 (SYN)- [SYNTHETIC TEST ARTICLE] Bài báo giả định.\n"
                  "Bà Nguyễn Thị Thanh Lịch dự hội nghị. Bà Võ Thị Hoà dự.\n")


def _person(person: str, name: str = "NGUYỄN  Thị Thanh Lịch",
            quote: str = "Bà Nguyễn Thị Thanh Lịch") -> str:
    """A person's declaration (by default with the seed's town secretary's name)."""
    return f"""\
  - id: {person}
    type: person
    name: {{vi: {name}}}
    quote: {quote}
"""


def _add_person_sheet(project: Project, person: str, extra: str = "") -> int:
    """A second sheet declaring the seed's town secretary's name as ``person``; its line."""
    return _add_sheet(project, PERSON, PERSON_ARTICLE,
                      _source_block(PERSON) + _person(person) + extra, person)


def _same_person(project: Project) -> list[ValidationResult]:
    return [r for r in validate_project(project).results if r.shape == "sheets:same-person"]


def test_one_person_declared_under_a_second_id_is_reported(tmp_path: Path) -> None:
    """A person of a name the corpus knows, under another id (written in other case and
    spacing), is one person counted twice, or a namesake: an info to settle, at its line,
    which ``different_from`` settles. So is one whose name places a tone mark otherwise."""
    project = copy_project(tmp_path)
    line = _add_person_sheet(project, "nguyen-thi-thanh-lch")
    [result] = _same_person(project)
    assert (result.severity, result.where) == (
        "info", f"data/sheets/synthetic-2020-07-person.yaml:{line}")
    assert result.message.startswith(
        "'nguyen-thi-thanh-lch' is declared with the name of nguyen-thi-thanh-lich "
        f"(data/sheets/{SEED_ID}.yaml:")
    assert run_cli("validate", root=tmp_path).exit_code == 0
    assert run_cli("validate", "--fail-on", "info", root=tmp_path).exit_code == 1
    # a name written with the tone mark of 'oa' on its first vowel is the same name
    _add_sheet(project, PERSON, PERSON_ARTICLE, _source_block(PERSON)
               + _person("vo-thi-hoa", "Võ Thị Hòa", "Hoà")
               + _person("vo-thi-hoa-2", "Võ Thị Hoà", "Hoà"), "vo-thi-hoa")
    assert [(r.focus, (r.value or "").split()[0]) for r in _same_person(project)] == [
        ("vo-thi-hoa-2", "vo-thi-hoa")]
    # under the seed's id, nothing to say
    _add_person_sheet(project, "nguyen-thi-thanh-lich")
    assert _same_person(project) == []
    # a namesake, told apart: settled, and stated in the graph
    _add_person_sheet(project, "nguyen-thi-thanh-lich-2",
                      "    different_from: [nguyen-thi-thanh-lich]\n")
    assert _same_person(project) == []
    assert run_cli("build", root=tmp_path).exit_code == 0
    rows = run_cli("sparql", "--format", "csv", "--query",
                   "SELECT ?a ?b { ?a owl:differentFrom ?b }", root=tmp_path)
    assert rows.exit_code == 0
    assert rows.stdout.splitlines()[1:] == [
        "https://w3id.org/partygraph/id/person/nguyen-thi-thanh-lich-2,"
        "https://w3id.org/partygraph/id/person/nguyen-thi-thanh-lich"]


@pytest.mark.parametrize(("named", "said"), [
    ("an-khe-town-party", ["'nguyen-thi-thanh-lich-2' field 'different_from' must name a "
                           "person, but 'an-khe-town-party' is an organisation"]),
    ("nguyen-thi-thanh-lich-2", ["synthetic-2020-07-person.yaml:",
                                 "different_from names the person itself"]),
], ids=["an-organisation", "the-person-itself"])
def test_different_from_is_refused_unless_it_names_another_person(
        tmp_path: Path, named: str, said: list[str]) -> None:
    project = copy_project(tmp_path)
    _add_person_sheet(project, "nguyen-thi-thanh-lich-2", f"    different_from: [{named}]\n")
    result = run_cli("build", root=tmp_path)
    assert result.exit_code != 0
    for words in said:
        assert words in result.stderr
