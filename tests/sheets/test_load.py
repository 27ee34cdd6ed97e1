"""Malformed fact sheets: each problem is one clear line with file and line, exit code 2."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from partygraph.errors import FactSheetError
from partygraph.rdf.vocab import graph_iri
from partygraph.store.build import compile_project

from ..conftest import SEED_ID, copy_project, run_cli
from ..small_sheet import ARTICLE, SHEET, write_sheet_files

GOOD = SHEET
__all__ = ["ARTICLE", "GOOD"]  # test_fuzz and test_hostile_sheets vary these


def make(tmp_path: Path, sheet: str) -> Path:
    project = copy_project(tmp_path, with_data=False)
    write_sheet_files(project.data_dir, sheet)
    return project.root


def test_good_sheet_builds(tmp_path: Path) -> None:
    root = make(tmp_path, GOOD)
    result = run_cli("build", root=root)
    assert result.exit_code == 0, result.output


CASES = [
    ("bad-yaml", GOOD.replace("    level: base\n", "    level: [base\n"), 11,
     "malformed YAML"),
    ("unknown-field", GOOD.replace("    level: base\n", "    level: base\n    colour: red\n"),
     11, "unknown field 'colour' in entities[0] (id thu-nghiem-party)"),
    ("wrong-type", GOOD.replace("value: 120", "value: many"), 18,
     "facts[0] (id members).value must be a whole number written in decimal digits, "
     "not 'many'"),
    ("quote-not-in-article", GOOD.replace("quote: có 120 đảng viên", "quote: có 121 đảng viên"),
     20, "quote of 'members' does not occur in the article"),
    ("unknown-entity", GOOD.replace("of: thu-nghiem-party", "of: nowhere-party"), 16,
     "'members' field 'of' names unknown entity 'nowhere-party'"),
    ("bad-date", GOOD.replace("as_of: 2020-06\n    quote: có", "as_of: 2020-13\n    quote: có"),
     19, "impossible date: '2020-13'"),
    ("not-a-date", GOOD.replace("as_of: 2020-06\n    quote: có", "as_of: June\n    quote: có"),
     19, "not a date: 'June'"),
    ("misspelt-entity", GOOD.replace("of: thu-nghiem-party", "of: thu-nghiem-pary"), 16,
     "names unknown entity 'thu-nghiem-pary' (did you mean 'thu-nghiem-party'?)"),
    ("unknown-type", GOOD.replace("type: observation", "type: guess"), 14,
     "unknown type 'guess'"),
    ("missing-field", GOOD.replace("    measure: members\n", ""), 14,
     "missing required field 'measure' in facts[0] (id members)"),
    ("bad-enum", GOOD.replace("level: base", "level: village"), 10,
     "entities[0] (id thu-nghiem-party).level must be one of base, central, commune, district, "
     "provincial, subordinate (the notations of pg:OrganisationLevel in ontology/concepts.ttl), "
     "not 'village'"),
    ("duplicate-key", GOOD.replace("    value: 120\n", "    value: 120\n    value: 121\n"), 19,
     "duplicate key 'value'"),
    ("duplicate-id", GOOD.replace("  - id: members", "  - id: thu-nghiem-party"), 14,
     "id 'thu-nghiem-party' is used twice"),
    ("wrong-reference-type", GOOD.replace("of: thu-nghiem-party", "of: members"), 16,
     "names unknown entity 'members'"),
    ("missing-article", GOOD.replace("test-sheet.txt", "gone.txt"), 5,
     "cannot read article text ../articles/gone.txt"),
    ("bad-slug", GOOD.replace("id: members", "id: Members 2020"), 14,
     "facts[0] (id Members 2020).id: String should match pattern"),
    ("not-a-mapping", "- just\n- a list\n", 1, "a fact sheet is a mapping"),
]


@pytest.mark.parametrize(("name", "sheet", "line", "message"), CASES, ids=[c[0] for c in CASES])
def test_malformed_sheet_gives_one_clear_line(tmp_path: Path, name: str, sheet: str, line: int,
                                              message: str) -> None:
    root = make(tmp_path, sheet)
    result = run_cli("build", root=root)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error: ")]
    assert len(errors) == 1, result.stderr
    expected = f"error: {root / 'data/sheets/test-sheet.yaml'}:{line}: "
    assert errors[0].startswith(expected), errors[0]
    assert message in errors[0]
    assert "Value error" not in errors[0]  # the check's own words, not pydantic's prefix
    assert errors[0].count(message) == 1
    assert not (root / "build" / "store").exists()  # nothing was built
    validate = run_cli("validate", root=root)
    assert validate.exit_code == 2


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    sheet = GOOD.replace("value: 120", "value: many").replace("level: base", "level: village")
    root = make(tmp_path, sheet)
    result = run_cli("validate", root=root)
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error: ")]
    lines = [re.search(r"\.yaml:(\d+):", e) for e in errors]
    assert [int(m.group(1)) for m in lines if m] == [10, 18]


def test_entities_are_shared_across_sheets(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    other = project.data_dir / "sheets" / "second.yaml"
    (project.data_dir / "articles" / "second.txt").write_text(
        "date 2020-07 (TST)- Đảng bộ thị xã An Khê có 2.500 đảng viên.\n", encoding="utf-8")
    other.write_text("""\
source: {id: second, outlet: Test, published: 2020-07, text: ../articles/second.txt}
facts:
  - id: members
    type: observation
    of: an-khe-town-party
    measure: members
    value: 2500
    as_of: 2020-07
    quote: Đảng bộ thị xã An Khê có 2.500 đảng viên
""", encoding="utf-8")
    compiled = compile_project(project, use_cache=False)
    second = compiled.sheet("data/sheets/second.yaml")
    assert second is not None
    assert second.ref_types["an-khe-town-party"] == "organisation"
    assert [s.graph for s in compiled.sheets] == [str(graph_iri(SEED_ID)), str(graph_iri("second"))]


def test_conflicting_entity_types_across_sheets(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project.data_dir / "articles" / "second.txt").write_text(
        "date 2020-07 (TST)- An Khê.\n", encoding="utf-8")
    (project.data_dir / "sheets" / "second.yaml").write_text("""\
source: {id: second, outlet: Test, published: 2020-07, text: ../articles/second.txt}
entities:
  - id: an-khe-town-party
    type: place
    kind: town
    name: {vi: An Khê}
    quote: An Khê
""", encoding="utf-8")
    with pytest.raises(FactSheetError, match="declared as place here but as organisation"):
        compile_project(project, use_cache=False)
