"""Malformed fact sheets: each problem is one clear line with file and line, exit code 2."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from partygraph.errors import FactSheetError
from partygraph.rdf.vocab import graph_iri
from partygraph.sheets.load import load_sheet
from partygraph.store.build import compile_project

from ..conftest import (
    SEED_ID,
    SEED_SHEET,
    add_fixture_sheets,
    copy_project,
    edit_once,
    repo_vocabulary,
    run_cli,
)
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
     "provincial, subordinate, upper-base (the notations of pg:OrganisationLevel: 'partygraph "
     "concepts' lists them with their meaning), not 'village'"),
    ("misspelt-enum", GOOD.replace("measure: members", "measure: member"), 17,
     "(the notations of pg:Measure: 'partygraph concepts' lists them with their meaning), "
     "not 'member' (did you mean 'members' or 'new-members'?)"),
    ("duplicate-key", GOOD.replace("    value: 120\n", "    value: 120\n    value: 121\n"), 19,
     "duplicate key 'value'"),
    ("duplicate-id", GOOD.replace("  - id: members", "  - id: thu-nghiem-party"), 14,
     "id 'thu-nghiem-party' is used twice"),
    ("wrong-reference-type", GOOD.replace("of: thu-nghiem-party", "of: members"), 16,
     "names unknown entity 'members'"),
    ("missing-article", GOOD.replace("test-sheet.txt", "gone.txt"), 5,
     "cannot read article text ../articles/gone.txt"),
    ("bad-slug", GOOD.replace("id: members", "id: Members 2020"), 14,
     "facts[0] (id Members 2020).id must be an id: lower-case letters a-z and digits 0-9 "
     "only, in words joined by single hyphens"),
    ("not-a-mapping", "- just\n- a list\n", 1, "a fact sheet is a mapping"),
    ("quote-a-number", GOOD.replace("quote: có 120 đảng viên", "quote: 120"), 20,
     "facts[0] (id members).quote: a quote is the article's words, as text (or a list of "
     "them) (got 120)"),
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
    expected = f"error: data/sheets/test-sheet.yaml:{line}: "  # relative, as validate's
    assert errors[0].startswith(expected), errors[0]
    assert message in errors[0]
    assert "Value error" not in errors[0]  # the check's own words, not pydantic's prefix
    assert errors[0].count(message) == 1
    assert not (root / "build" / "store").exists()  # nothing was built
    validate = run_cli("validate", root=root)
    assert validate.exit_code == 2


_COLON_HINT = ("malformed YAML: mapping values are not allowed in this context (a text "
               "containing ': ' is written in quotes, or as a block: 'quote: >-' and the text "
               "on the next line, indented)")


def test_a_text_with_colon_space_unquoted_is_told_how_to_write_it(tmp_path: Path) -> None:
    """YAML reads ``quote: A: b`` as a key inside the value; the message said only that
    mapping values are not allowed, not what the fact-sheet docs say to do."""
    project = copy_project(tmp_path, with_data=False)
    said = "Đảng bộ xã Thử Nghiệm: có 120 đảng viên"
    article = ARTICLE.replace("Đảng bộ xã Thử Nghiệm có", "Đảng bộ xã Thử Nghiệm: có")

    def errors_with(quote: str) -> list[str]:
        sheet = GOOD.replace("quote: có 120 đảng viên", f"quote: {quote}")
        write_sheet_files(project.data_dir, sheet, article=article)
        result = run_cli("build", root=project.root)
        return [ln for ln in result.stderr.splitlines() if ln.startswith("error: ")]

    assert errors_with(said) == [f"error: data/sheets/test-sheet.yaml:20: {_COLON_HINT}"]
    assert errors_with(f'"{said}"') == []  # as the hint says: in quotes
    assert errors_with(f">-\n      {said}") == []  # or as a block
    other = errors_with("[có 120 đảng viên")  # another YAML error: no such hint
    assert len(other) == 1 and "malformed YAML" in other[0] and "': '" not in other[0]


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


def test_a_clash_across_sheets_names_both_sheets_relative_to_the_project(
        tmp_path: Path) -> None:
    """The other sheet was named by its absolute path, the sheet at fault by the relative
    one (``/tmp/.../data/sheets/x.yaml:83`` beside ``data/sheets/y.yaml:11``)."""
    project = add_fixture_sheets(copy_project(tmp_path))  # the SYNTHETIC later article
    synthetic = project.data_dir / "sheets" / "synthetic-2020-07-an-khe-update.yaml"
    edit_once(synthetic, "id: synthetic-2020-07-an-khe-update", f"id: {SEED_ID}")
    edit_once(synthetic, "  - id: nguyen-van-mau\n", "  - id: an-khe-town-party\n")
    seed = SEED_SHEET.name
    declared = SEED_SHEET.read_text(encoding="utf-8").splitlines().index(
        "  - id: an-khe-town-party") + 1
    result = run_cli("build", root=project.root)
    assert result.exit_code == 2
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error: ")]
    at = "error: data/sheets/synthetic-2020-07-an-khe-update.yaml"
    assert f"{at}:4: source id '{SEED_ID}' is also used by data/sheets/{seed}" in errors
    assert (f"{at}:11: 'an-khe-town-party' is declared as person here but as organisation "
            f"at data/sheets/{seed}:{declared}") in errors
    assert str(tmp_path) not in result.stderr


def problems_of(tmp_path: Path, sheet: str) -> list[str]:
    """The messages loading ``sheet`` (with the shared article) gives, in order of line."""
    file = write_sheet_files(tmp_path / "data", sheet)
    with pytest.raises(FactSheetError) as refused:
        load_sheet(file, articles_dir=tmp_path / "data" / "articles",
                   vocabulary=repo_vocabulary())
    return [p.message for p in refused.value.problems]


@pytest.mark.parametrize(("sheet", "message"), [
    (GOOD.replace("id: members", "id: Members 2020"),
     "facts[0] (id Members 2020).id must be an id: lower-case letters a-z and digits 0-9 "
     "only, in words joined by single hyphens (such as 'an-khe-town-party' or "
     "'congress-2020'), not 'Members 2020' (did you mean 'members-2020'?)"),
    (GOOD.replace("of: thu-nghiem-party", "of: Đảng bộ xã Thử_Nghiệm"),
     "facts[0] (id members).of must be an id: lower-case letters a-z and digits 0-9 only, in "
     "words joined by single hyphens (such as 'an-khe-town-party' or 'congress-2020'), not "
     "'Đảng bộ xã Thử_Nghiệm' (did you mean 'dang-bo-xa-thu-nghiem'?)"),
    (GOOD.replace("  id: test-sheet", "  id: test--sheet"),
     "source.id must be an id: lower-case letters a-z and digits 0-9 only, in words joined "
     "by single hyphens (such as 'an-khe-town-party' or 'congress-2020'), not 'test--sheet' "
     "(did you mean 'test-sheet'?)"),
    (GOOD.replace("  published: 2020-06\n", "  published: 2020-06\n  url: ftp://x.vn/a\n"),
     "source.url must be a web address that starts with http:// or https:// and has no "
     "spaces, not 'ftp://x.vn/a'"),
])
def test_a_bad_id_is_said_in_words_not_as_a_pattern(tmp_path: Path, sheet: str,
                                                     message: str) -> None:
    said = problems_of(tmp_path, sheet)
    assert said == [message]
    assert "pattern" not in said[0] and "[a-z" not in said[0]


def test_a_bad_document_number_is_said_in_words(tmp_path: Path) -> None:
    sheet = GOOD.replace("facts:\n", """\
  - id: directive-one
    type: directive
    kind: directive
    number: 35/CT-TW
    issued_by: thu-nghiem-party
    name: {vi: Chỉ thị}
    quote: Đảng bộ xã Thử Nghiệm
facts:
""")
    assert problems_of(tmp_path, sheet) == [
        "entities[1] (id directive-one).number must be a document number as the party writes "
        "it: digits (and at most one letter), a hyphen, then capital letters in parts joined "
        "by '/', the first part ending in a small i for a regulation (such as '35-CT/TW', "
        "'01-NQ/ĐH' or '15-QĐi/TU'), not '35/CT-TW'"]


def test_a_regulation_s_number_takes_its_small_i(tmp_path: Path) -> None:
    """Regulations are numbered QĐi (15-QĐi/TU), decisions QĐ: both are accepted as
    written, and the number keeps its i."""
    sheet = GOOD.replace("facts:\n", """\
  - id: regulation-15
    type: directive
    kind: regulation
    number: 15-QĐi/TU
    issued_by: thu-nghiem-party
    name: {vi: Quy định}
    quote: Đảng bộ xã Thử Nghiệm
facts:
""", 1)
    file = write_sheet_files(tmp_path / "data", sheet)
    loaded = load_sheet(file, articles_dir=tmp_path / "data" / "articles",
                        vocabulary=repo_vocabulary())
    numbers = [getattr(e, "number", None) for e in loaded.model.entities]
    assert "15-QĐi/TU" in numbers
    project = copy_project(tmp_path / "project", with_data=False)
    write_sheet_files(project.data_dir, sheet)
    built = run_cli("build", root=project.root)  # and the shapes take it too
    assert built.exit_code == 0 and "conforms: 0 violation(s)" in built.output, built.output


@pytest.mark.parametrize(("sheet", "message"), [
    (GOOD.replace("    level: base\n", "    level: base\n    levle: base\n"),
     "unknown field 'levle' in entities[0] (id thu-nghiem-party) (did you mean 'level'?)"),
    (GOOD.replace("as_of: 2020-06\n    quote: có", "as_off: 2020-06\n    quote: có"),
     "unknown field 'as_off' in facts[0] (id members) (did you mean 'as_of'?)"),
    (GOOD.replace("en: Thu Nghiem party}", "eng: Thu Nghiem party}"),
     "unknown field 'eng' in entities[0] (id thu-nghiem-party).name (did you mean 'en'?)"),
    (GOOD.replace("as_of: 2020-06\n    quote: có", "date: 2020-06\n    quote: có"),
     "unknown field 'date' in facts[0] (id members) (did you mean 'as_of'?)"),  # a synonym
    (GOOD.replace("  outlet: Test outlet\n", "  outlet: Test outlet\n  titel: A title\n"),
     "unknown field 'titel' in source (did you mean 'title'?)"),
    (GOOD.replace("entities:\n", "entitis: []\nentities:\n"),
     "unknown field 'entitis' in the sheet (did you mean 'entities'?)"),
    (GOOD.replace("    level: base\n", "    level: base\n    colour: red\n"),
     "unknown field 'colour' in entities[0] (id thu-nghiem-party)"),  # nothing close
    # a comma in a text of a {...} mapping: how to keep the text whole
    (GOOD.replace("en: Thu Nghiem party}", "en: Thu Nghiem, Ha Tinh party}"),
     "unknown field 'Ha Tinh party' in entities[0] (id thu-nghiem-party).name (a comma inside "
     "{...} ends a text: to keep 'Thu Nghiem, Ha Tinh party' whole, put it in quotes: "
     "en: \"Thu Nghiem, Ha Tinh party\")"),
])
def test_an_unknown_field_suggests_the_closest_the_type_allows(tmp_path: Path, sheet: str,
                                                               message: str) -> None:
    found = problems_of(tmp_path, sheet)
    assert message in found
    assert not [p for p in found if p.startswith("missing required field")], found  # (said once)


def test_two_unknown_fields_of_one_item_each_get_their_own_suggestion(tmp_path: Path) -> None:
    sheet = GOOD.replace("as_of: 2020-06\n    quote: có",
                         "as_off: 2020-06\n    mesure: x\n    quote: có")
    found = problems_of(tmp_path, sheet)
    assert "unknown field 'as_off' in facts[0] (id members) (did you mean 'as_of'?)" in found
    assert not [p for p in found if "'as_off'" in p and "measure" in p], found


def test_a_suggestion_is_a_field_of_that_type_only(tmp_path: Path) -> None:
    # 'form' is a field of organisations, not of observations: no suggestion for it here
    sheet = GOOD.replace("    measure: members\n", "    measure: members\n    form: committee\n")
    assert problems_of(tmp_path, sheet) == ["unknown field 'form' in facts[0] (id members)"]
    # and an observation's 'of' is suggested for 'off' in a fact, not 'form' or 'level'
    sheet = GOOD.replace("    measure: members\n", "    measure: members\n    off: x\n")
    assert problems_of(tmp_path, sheet) == [
        "unknown field 'off' in facts[0] (id members) (did you mean 'of'?)"]
