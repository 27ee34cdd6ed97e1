"""Careless and hostile fact sheets (issue 15): nothing silently changed, nothing read from
outside the project.

Every sheet and article here is SYNTHETIC, written by the tests into a scratch project. Each
refusal must be one line ``data/sheets/FILE.yaml:LINE: message`` at the line of the problem,
with exit code 2 from ``partygraph build`` and nothing built.
"""

from __future__ import annotations

import os
import tracemalloc
import types
import typing
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, BeforeValidator

from partygraph.errors import FactSheetError
from partygraph.sheets import schema as facts
from partygraph.sheets.load import MAX_ARTICLE_BYTES
from partygraph.sheets.located_yaml import MAX_DEPTH, MAX_SHEET_BYTES, load_located

from ..conftest import copy_project, run_cli
from ..small_sheet import SOURCE, write_sheet_files
from .test_load import GOOD as BASE_SHEET

SHEET_NAME = "test-sheet.yaml"
ARTICLE = (
    "date 2020-06 (TST)- Đảng bộ xã Thử Nghiệm có 312 đảng viên, 14 chi bộ.\n"
    "Toàn huyện có 2.457\n"
    "đảng viên. Ngày 3-6 họp.\n"
)
# test_factsheets' good sheet, with a figure the article writes inside a longer number too
GOOD = BASE_SHEET.replace("value: 120", "value: 312").replace("có 120 đảng viên",
                                                              "có 312 đảng viên")


def make(tmp_path: Path, sheet: str | bytes, *, name: str = SHEET_NAME) -> Path:
    """A scratch project holding the SYNTHETIC article and ``sheet``; returns its root."""
    project = copy_project(tmp_path, with_data=False)
    (project.data_dir / "articles").mkdir()
    (project.data_dir / "sheets").mkdir()
    (project.data_dir / "articles" / "test-sheet.txt").write_text(ARTICLE, encoding="utf-8")
    target = project.data_dir / "sheets" / name
    if isinstance(sheet, bytes):
        target.write_bytes(sheet)
    else:
        target.write_text(sheet, encoding="utf-8")
    return project.root


def line_of(sheet: str, text: str) -> int:
    """The 1-based line of the first line of ``sheet`` holding ``text``."""
    return next(n for n, line in enumerate(sheet.splitlines(), 1) if text in line)


def assert_refused(root: Path, line: int, message: str) -> str:
    """Build refuses with one line at ``line``, exit 2, and writes nothing of the sheet."""
    result = run_cli("build", root=root)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error: ")]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"error: data/sheets/{SHEET_NAME}:{line}: "), \
        errors[0]
    assert message in errors[0], errors[0]
    # Only what every build writes before it reads a sheet, whatever the sheets: its lock,
    # the checked saved queries that keep answers, the ontology's and the concepts' caches.
    written = [p.relative_to(root / "build").as_posix()
               for p in (root / "build").rglob("*") if p.is_file()]
    assert all(p in (".lock", "kept-queries.json")
               or p.startswith(("cache/ontology.", "cache/vocabulary.")) for p in written), \
        written
    return errors[0]


def built_text(root: Path) -> str:
    result = run_cli("build", "--no-validate", root=root)
    assert result.exit_code == 0, result.output
    return (root / "build" / "partygraph.nq").read_text(encoding="utf-8")


# --- 1. aliases and size --------------------------------------------------------------------

def alias_bomb(levels: int = 9) -> str:
    """A sheet whose note would expand to 10**levels strings (a billion laughs)."""
    lines = ["    note: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, levels):
        lines.append(f"    x{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]")
    return GOOD.replace("    value: 312\n", "    value: 312\n" + "\n".join(lines) + "\n")


def test_alias_bomb_is_refused_at_its_first_alias(tmp_path: Path) -> None:
    sheet = alias_bomb()
    root = make(tmp_path, sheet)
    assert_refused(root, line_of(sheet, "*l0"), "alias '*l0': aliases are not allowed")


def test_alias_bomb_is_refused_without_expanding(tmp_path: Path) -> None:
    file = tmp_path / SHEET_NAME
    file.write_text(alias_bomb(), encoding="utf-8")
    tracemalloc.start()
    try:
        with pytest.raises(FactSheetError, match="aliases are not allowed"):
            load_located(file)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000  # the old loader ran out of memory here


def test_an_alias_to_a_scalar_is_refused_too(tmp_path: Path) -> None:
    sheet = GOOD.replace("  outlet: Test outlet\n", "  outlet: &o Test outlet\n"
                                                   "  title: *o\n")
    root = make(tmp_path, sheet)
    assert_refused(root, line_of(sheet, "*o"), "alias '*o'")


def test_oversized_sheet_is_refused(tmp_path: Path) -> None:
    sheet = GOOD + "# " + "x" * MAX_SHEET_BYTES + "\n"
    root = make(tmp_path, sheet)
    assert_refused(root, 1, "larger than 5 MB")


# --- 2. YAML 1.1 scalars --------------------------------------------------------------------

NOT_WHOLE = "must be a whole number written in decimal digits, not"
NUMBERS = [
    ("0312", "'0312' (write it without a leading zero)"),
    ("3:12", "'3:12'"),
    ("1e3", "'1e3'"),
    ("1.2e+2", "'1.2e+2'"),
    ("312.0", "'312.0'"),
    ("0x138", "'0x138'"),
    ("0o470", "'0o470'"),
    ("3_12", "'3_12'"),
    ("'312'", "'312' (write it without quotes)"),
    ("2.457", "'2.457' (Vietnamese writes thousands with a dot: 2.457 is 2457)"),
    ("true", "true"),
    ("~", "an empty value"),
]


@pytest.mark.parametrize(("written", "shown"), NUMBERS, ids=[n[0] for n in NUMBERS])
def test_a_number_is_decimal_digits_or_refused(tmp_path: Path, written: str,
                                               shown: str) -> None:
    sheet = GOOD.replace("value: 312", f"value: {written}")
    root = make(tmp_path, sheet)
    assert_refused(root, line_of(sheet, "value:"),
                   f"facts[0] (id members).value {NOT_WHOLE} {shown}")


@pytest.mark.parametrize("written", ["9223372036854775808", "1000000000000000000"])
def test_a_number_too_large_for_a_count_is_refused_at_its_line(tmp_path: Path,
                                                               written: str) -> None:
    """A new user's finding: 2**63 passed one validation engine and broke the other, with a
    message that said it was no whole number; the sheet now refuses it in words."""
    sheet = GOOD.replace("value: 312", f"value: {written}")
    root = make(tmp_path, sheet)
    assert_refused(root, line_of(sheet, "value:"),
                   f"facts[0] (id members).value {written} is too large for a count")


def test_the_largest_count_passes(tmp_path: Path) -> None:
    sheet = GOOD.replace("value: 312", "value: 999999999999999999")
    assert '"999999999999999999"^^' in built_text(make(tmp_path, sheet))


@pytest.mark.parametrize("written", ["yes", "no", "on", "off", "y", "1", "'true'", "~"])
def test_a_flag_is_true_or_false_or_refused(tmp_path: Path, written: str) -> None:
    sheet = GOOD.replace("    quote: có 312", f"    implied: {written}\n    quote: có 312")
    root = make(tmp_path, sheet)
    assert_refused(root, line_of(sheet, "implied:"),
                   "facts[0] (id members).implied must be true or false, not")


def test_text_fields_keep_what_was_written(tmp_path: Path) -> None:
    """What YAML 1.1 would turn into a number or a boolean stays the text written."""
    sheet = GOOD.replace("  outlet: Test outlet\n",
                         "  outlet: yes\n  outlet_code: 0312\n  title: 3:12\n")
    sheet = sheet.replace("    quote: có 312", "    note: 2020-06-03\n    quote: có 312")
    root = make(tmp_path, sheet)
    article = root / "data" / "articles" / "test-sheet.txt"  # its first line names the outlet
    article.write_text(ARTICLE.replace("(TST)", "(0312)"), encoding="utf-8")
    text = built_text(root)
    for written in ('"yes"', '"0312"', '"3:12"', '"2020-06-03"@en'):
        assert written in text, written
    assert '"312"^^<http://www.w3.org/2001/XMLSchema#integer>' in text


@pytest.mark.parametrize(("written", "message"), [
    ("2020-6-3", "not a date: '2020-6-3'"),
    ("03744", "not a date: '03744'"),
    ("\uff12\uff10\uff12\uff10", "not a date: '\uff12\uff10\uff12\uff10'"),  # fullwidth
    ("2020-06-03T10:00:00", "not a date: '2020-06-03T10:00:00'"),
    ("2020-06-03 10:00", "not a date: '2020-06-03 10:00'"),
    ("1e3", "not a date: '1e3'"),
])
def test_a_date_is_read_as_written_or_refused(tmp_path: Path, written: str,
                                              message: str) -> None:
    sheet = GOOD.replace("as_of: 2020-06", f"as_of: {written}")
    root = make(tmp_path, sheet)
    assert_refused(root, line_of(sheet, "as_of:"), message)


def test_dates_keep_their_precision(tmp_path: Path) -> None:
    sheet = GOOD.replace("as_of: 2020-06", "as_of: 2020").replace(
        "  published: 2020-06\n", "  published: '2020-06-03'\n")
    text = built_text(make(tmp_path, sheet))
    assert '"2020"^^<http://www.w3.org/2001/XMLSchema#gYear>' in text
    assert '"2020-06-03"^^<http://www.w3.org/2001/XMLSchema#date>' in text


# --- 3. tags, control characters and other YAML the sheets never need -------------------------

TAGGED = [
    ("value: !weird 312", "tag '!weird': tags are not allowed"),
    ('value: !!int "abc"', "tag '!!int': tags are not allowed"),
    ("value: !!str 312", "tag '!!str'"),
    ("value: ! 312", "tag '!'"),
    ('value: !!python/object/apply:os.system ["true"]', "tag '!!python/object/apply:os.system'"),
    ("value: !!set {a, b}", "tag '!!set'"),
]


@pytest.mark.parametrize(("written", "message"), TAGGED, ids=[t[0] for t in TAGGED])
def test_tags_are_refused(tmp_path: Path, written: str, message: str) -> None:
    sheet = GOOD.replace("value: 312", written)
    root = make(tmp_path, sheet)
    assert_refused(root, line_of(sheet, "value:"), message)


def test_binary_tag_in_the_source_block_is_refused(tmp_path: Path) -> None:
    sheet = GOOD.replace("outlet: Test outlet", 'outlet: !!binary "VGVzdA=="')
    root = make(tmp_path, sheet)
    assert_refused(root, 3, "tag '!!binary'")


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x07", "\x7f", "\ufffe"])
def test_control_character_on_line_three(tmp_path: Path, char: str) -> None:
    sheet = GOOD.replace("outlet: Test outlet", f"outlet: Test{char}outlet")
    root = make(tmp_path, sheet)
    assert_refused(root, 3, f"control character U+{ord(char):04X} at column 15")


@pytest.mark.parametrize(("escape", "code"), [("\\v", 0x0B), ("\\x01", 0x01),
                                           ("\\x1b", 0x1B), ("\\u0085", 0x85)])
def test_a_control_character_written_as_an_escape_is_refused_at_its_line(
        tmp_path: Path, escape: str, code: int) -> None:
    """A double-quoted YAML string may write a control character as an escape (``"\\v"``),
    which the reader lets through: the field refuses it (it would break an export's XML)."""
    sheet = GOOD.replace("name: {vi: Đảng bộ xã Thử Nghiệm",
                         f'name: {{vi: "Đảng bộ xã{escape}Thử Nghiệm"', 1)
    assert sheet != GOOD
    root = make(tmp_path, sheet)
    assert_refused(root, line_of(sheet, "name: {vi: \"Đảng bộ"),
                   f"holds the control character U+{code:04X}")


def test_a_quote_is_stored_with_single_spaces(tmp_path: Path) -> None:
    """A quote pasted with a non-breaking space, a tab or two spaces passes the quote check
    (which compares words) and is stored with single spaces, so that a search of the quotes
    finds it."""
    sheet = GOOD.replace("    quote: có 312 đảng viên",
                         '    quote: "có\u00a0312  đảng\tviên "')
    assert sheet != GOOD
    text = built_text(make(tmp_path, sheet))
    assert '"có 312 đảng viên"' in text
    assert "\u00a0" not in text and "312  đảng" not in text


def test_sheet_not_in_utf8_is_refused_at_the_line(tmp_path: Path) -> None:
    sheet = GOOD.replace("Test outlet", "Tést outlet").encode("latin-1", "replace")
    root = make(tmp_path, sheet)
    assert_refused(root, 3, "not UTF-8 text: byte 0xe9")


def test_sheet_saved_as_utf16_is_refused_in_plain_words(tmp_path: Path) -> None:
    root = make(tmp_path, GOOD.encode("utf-16"))
    assert_refused(root, 1, "not UTF-8 text but UTF-16 (it starts with a UTF-16 byte-order "
                            "mark); save the sheet as UTF-8")


def test_a_tab_in_the_indent_is_named_when_yaml_refuses_the_line(tmp_path: Path) -> None:
    lines = GOOD.splitlines(keepends=True)
    at = next(n for n, line in enumerate(lines) if line.startswith("  - "))
    lines[at] = "\t" + lines[at].lstrip(" ")
    root = make(tmp_path, "".join(lines))
    assert_refused(root, at + 1, f"(line {at + 1} has a tab character at column 1: YAML "
                                 "indents with spaces only)")


@pytest.mark.parametrize(("encode", "message"), [
    (lambda text: text.encode("utf-16"), "not UTF-8 text but UTF-16"),
    (lambda text: text.encode("utf-8").replace("Thử".encode(), b"Th\xfd"),
     "not UTF-8 text: byte 0xfd (invalid start byte) on line 1; save the article as UTF-8"),
])
def test_an_article_not_in_utf8_is_refused_in_plain_words(
        tmp_path: Path, encode: Callable[[str], bytes], message: str) -> None:
    root = make(tmp_path, GOOD)
    (root / "data" / "articles" / "test-sheet.txt").write_bytes(encode(ARTICLE))
    assert_refused(root, line_of(GOOD, "text: "), f"cannot read article text "
                                                  f"../articles/test-sheet.txt: {message}")


def test_an_article_saved_with_a_byte_order_mark_builds_as_without(tmp_path: Path) -> None:
    plain = make(tmp_path / "plain", GOOD)
    marked = make(tmp_path / "marked", GOOD)
    (marked / "data" / "articles" / "test-sheet.txt").write_bytes(
        b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    for root in (plain, marked):
        result = run_cli("build", root=root)
        assert result.exit_code == 0, result.output
    assert (marked / "build" / "partygraph.nq").read_bytes() == \
        (plain / "build" / "partygraph.nq").read_bytes()


def test_merge_key_is_an_unknown_field(tmp_path: Path) -> None:
    sheet = GOOD.replace("    value: 312\n", "    value: 312\n    <<: {implied: true}\n")
    root = make(tmp_path, sheet)
    assert_refused(root, line_of(sheet, "<<"), "unknown field '<<'")


def test_second_document_is_refused(tmp_path: Path) -> None:
    sheet = GOOD + "---\nsource: {id: other}\n"
    root = make(tmp_path, sheet)
    assert_refused(root, line_of(sheet, "---"), "a fact sheet is one YAML document")


@pytest.mark.parametrize(("levels", "message"), [
    (MAX_DEPTH + 5, f"nested more than {MAX_DEPTH} levels deep"),
    (100_000, "malformed YAML"),
])
def test_deep_nesting_is_refused(tmp_path: Path, levels: int, message: str) -> None:
    sheet = GOOD + "deep: " + "[" * levels + "]" * levels + "\n"
    root = make(tmp_path, sheet)
    assert_refused(root, line_of(sheet, "deep:"), message)


def test_key_with_a_line_break_is_reported_on_one_line(tmp_path: Path) -> None:
    sheet = GOOD.replace("    level: base\n", '    level: base\n    "col\\nour\\e[31m": red\n')
    root = make(tmp_path, sheet)
    error = assert_refused(root, line_of(sheet, "col"), "unknown field 'col\\x0aour\\x1b[31m'")
    assert "\x1b" not in error


# --- 4. article paths -----------------------------------------------------------------------

OUTSIDE = [
    ("../../../../../../../../../../etc/passwd", "leads outside data/articles/"),
    ("../../ontology/partygraph.ttl", "leads outside data/articles/"),
    ("test-sheet.yaml", "leads outside data/articles/"),
    ("../articles/../sheets/test-sheet.yaml", "leads outside data/articles/"),
    ("/etc/passwd", "is absolute: write it relative to the sheet"),
    ("../articles", "is not a file"),
]


@pytest.mark.parametrize(("path", "message"), OUTSIDE, ids=[o[0] for o in OUTSIDE])
def test_article_outside_data_articles_is_refused(tmp_path: Path, path: str,
                                                  message: str) -> None:
    sheet = GOOD.replace("../articles/test-sheet.txt", path)
    root = make(tmp_path, sheet)
    assert_refused(root, line_of(sheet, "text:"), message)


def test_outside_file_is_no_oracle(tmp_path: Path) -> None:
    """A file outside that holds every quote is refused just as one that holds none."""
    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE, encoding="utf-8")
    sheet = GOOD.replace("../articles/test-sheet.txt", "../../../secret.txt")
    root = make(tmp_path / "project", sheet)
    error = assert_refused(root, line_of(sheet, "text:"), "leads outside data/articles/")
    assert "quote" not in error


def test_symbolic_link_out_of_data_articles_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE, encoding="utf-8")
    root = make(tmp_path / "project", GOOD.replace("test-sheet.txt", "link.txt"))
    os.symlink(secret, root / "data" / "articles" / "link.txt")
    assert_refused(root, 5, "'../articles/link.txt' leads outside data/articles/")


def test_symbolic_link_within_data_articles_is_read(tmp_path: Path) -> None:
    root = make(tmp_path, GOOD.replace("test-sheet.txt", "link.txt"))
    os.symlink("test-sheet.txt", root / "data" / "articles" / "link.txt")
    text = built_text(root)
    assert '"data/articles/test-sheet.txt"' in text


def test_text_path_is_relative_to_the_project(tmp_path: Path) -> None:
    text = built_text(make(tmp_path, GOOD))
    assert ('<https://w3id.org/partygraph/ontology#textPath> "data/articles/test-sheet.txt"'
            in text)


# --- 5. quotes on whole words ---------------------------------------------------------------

PART_QUOTES = [
    ("12 đảng viên", "'12 đảng viên' in '312 đảng viên'"),
    ("457 đảng viên", "'457 đảng viên' in '2.457 đảng viên'"),
    ("có 2", "'có 2' in 'có 2.457'"),
    ("Đảng bộ xã Thử Nghi", "'Đảng bộ xã Thử Nghi' in 'Đảng bộ xã Thử Nghiệm'"),
    ("4 chi bộ", "'4 chi bộ' in '14 chi bộ'"),
]


@pytest.mark.parametrize(("quote", "message"), PART_QUOTES, ids=[q[0] for q in PART_QUOTES])
def test_quote_inside_longer_words_is_refused(tmp_path: Path, quote: str, message: str) -> None:
    sheet = GOOD.replace("quote: có 312 đảng viên", f"quote: {quote}")
    root = make(tmp_path, sheet)
    assert_refused(root, line_of(GOOD, "quote: có 312"),
                   f"quote of 'members' occurs in the article ../articles/test-sheet.txt only "
                   f"inside longer words: {message}")


@pytest.mark.parametrize("quote", [
    "có 312 đảng viên", "312 đảng viên, 14 chi bộ.", "2.457 đảng viên", "Toàn huyện có 2.457",
    "(TST)- Đảng bộ", "Ngày 3-6", "3-6 họp", "viên. Ngày",
])
def test_quote_on_whole_words_is_accepted(tmp_path: Path, quote: str) -> None:
    """Quotes may span line breaks and punctuation, as the article has them."""
    sheet = GOOD.replace("quote: có 312 đảng viên", f"quote: '{quote}'")
    built_text(make(tmp_path, sheet))


# --- 6. every text field in NFC -------------------------------------------------------------

def test_every_text_field_is_stored_in_nfc(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", GOOD.replace(
        "  outlet: Test outlet\n",
        "  outlet: Báo Thử\n  outlet_code: ĐẢNG\n  title: Tiêu đề\n"
        "  url: https://example.org/Đảng-bộ\n").replace(
        "    quote: có 312", "    note: Số liệu ghi rõ\n    quote: có 312"))
    assert not unicodedata.is_normalized("NFC", nfd)
    root = make(tmp_path, nfd)
    article = root / "data" / "articles" / "test-sheet.txt"  # its first line names the outlet
    article.write_text(ARTICLE.replace("(TST)", "(ĐẢNG)"), encoding="utf-8")
    text = built_text(root)
    assert unicodedata.is_normalized("NFC", text)
    for written in ('"ĐẢNG"', '"Báo Thử"', '"Tiêu đề"@vi', "<https://example.org/Đảng-bộ>",
                    '"Số liệu ghi rõ"@en', '"Đảng bộ xã Thử Nghiệm"@vi'):
        assert unicodedata.normalize("NFC", written) in text, written


_NFC = typing.get_args(facts.Text)[1]


def _untreated(tp: Any, metadata: tuple[Any, ...], where: str, seen: set[type]) -> list[str]:
    """The places where the schema takes text without the NFC validator."""
    if tp is str:
        return [] if any(m is _NFC for m in metadata) else [where]
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        inner, *extra = typing.get_args(tp)
        return _untreated(inner, (*metadata, *extra), where, seen)
    if origin is typing.Literal:
        return []
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        if tp in seen:
            return []
        seen.add(tp)
        found = []
        for name, info in tp.model_fields.items():
            found += _untreated(info.annotation, tuple(info.metadata), f"{tp.__name__}.{name}",
                                seen)
        return found
    if origin in (typing.Union, types.UnionType, list):
        return [w for arg in typing.get_args(tp) for w in _untreated(arg, (), where, seen)]
    return []


def test_the_schema_takes_text_only_through_text() -> None:
    """Every text field of every model goes through ``Text``, which normalises to NFC."""
    assert isinstance(_NFC, BeforeValidator)
    assert _untreated(facts.FactSheetModel, (), "FactSheetModel", set()) == []


# --- 7. files under data/sheets/ that are not sheets ----------------------------------------

def test_files_that_are_not_yaml_sheets_are_named(tmp_path: Path) -> None:
    root = make(tmp_path, GOOD)
    sheets = root / "data" / "sheets"
    (sheets / "x.yml").write_text(GOOD.replace("test-sheet", "x"), encoding="utf-8")
    (sheets / "sub").mkdir()
    (sheets / "sub" / "notes.txt").write_text("notes\n", encoding="utf-8")
    os.symlink("gone.yaml", sheets / "dangling.yaml")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "y.yaml").write_text(GOOD.replace("test-sheet", "y"),
                                                   encoding="utf-8")
    os.symlink(tmp_path / "elsewhere", sheets / "linked")
    expected = [
        "warning: data/sheets/dangling.yaml: not read: not a regular file",
        "warning: data/sheets/linked: not read: a symbolic link to a folder, which is not "
        "followed (keep the sheets themselves under data/sheets/)",
        "warning: data/sheets/sub/notes.txt: not read: fact sheets end in .yaml",
        "warning: data/sheets/x.yml: not read: fact sheets end in .yaml",
    ]
    for command in (["build"], ["validate"]):
        result = run_cli(*command, root=root)
        assert result.exit_code == 0, result.output
        warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("warning: ")]
        assert warnings == expected, result.stderr
    built = (root / "build" / "partygraph.nq").read_text(encoding="utf-8")
    assert '"x"' not in built and '"y"' not in built


def test_unread_files_leave_the_exit_code_alone(tmp_path: Path) -> None:
    root = make(tmp_path, GOOD.replace("value: 312", "value: 0312"))
    (root / "data" / "sheets" / "x.yml").write_text("source: {}\n", encoding="utf-8")
    result = run_cli("build", root=root)
    assert result.exit_code == 2
    assert "warning: data/sheets/x.yml: not read: fact sheets end in .yaml" in result.stderr


# Found by the fuzz suite (tests/sheets/test_fuzz.py) -----------------------------------------

def test_a_url_rdf_refuses_is_refused_at_its_line(tmp_path: Path) -> None:
    sheet = GOOD.replace("  published: 2020-06\n",
                         "  published: 2020-06\n  url: https://example.org/%\n")
    root = make(tmp_path, sheet)
    assert_refused(root, line_of(sheet, "url:"), "not a valid IRI")


def test_a_nul_in_the_article_path_is_refused_at_its_line(tmp_path: Path) -> None:
    sheet = GOOD.replace("text: ../articles/test-sheet.txt", 'text: "../articles/t\\0.txt"')
    root = make(tmp_path, sheet)
    assert_refused(root, line_of(sheet, "text: "), "holds the control character U+0000")


@pytest.mark.parametrize("brk", ["\r", "\x85", "\u2028", "\u2029"])
def test_a_line_break_only_yaml_sees_is_refused_at_the_line_editors_show(
        tmp_path: Path, brk: str) -> None:
    lines = GOOD.splitlines(keepends=True)
    lines[2] = lines[2].rstrip("\n") + f"  # a{brk}b: [\n"
    root = make(tmp_path, "".join(lines))
    assert_refused(root, 3, f"U+{ord(brk):04X} at column")


def test_crlf_line_ends_are_read(tmp_path: Path) -> None:
    root = make(tmp_path, GOOD.replace("\n", "\r\n"))
    assert "Thử Nghiệm" in built_text(root)


# --- the article's first line and the dates the sheet gives ---------------------------------

def test_a_first_line_that_contradicts_the_sheet_is_refused(tmp_path: Path) -> None:
    root = make(tmp_path, GOOD.replace("  published: 2020-06\n", "  published: 2020-07\n"))
    assert_refused(root, line_of(GOOD, "published:"), "published 2020-07 contradicts the "
                   "article's first line, which dates it 2020-06")
    sheet = GOOD.replace("  outlet: Test outlet\n", "  outlet: Test outlet\n  outlet_code: GLO\n")
    root = make(tmp_path / "b", sheet)
    assert_refused(root, line_of(sheet, "outlet_code:"), "outlet_code 'GLO' contradicts the "
                   "article's first line, which names the outlet 'TST'")


def test_an_article_without_its_date_line_is_refused(tmp_path: Path) -> None:
    root = make(tmp_path, GOOD)
    article = root / "data" / "articles" / "test-sheet.txt"
    article.write_text(ARTICLE.split("- ", 1)[1], encoding="utf-8")
    assert_refused(root, line_of(GOOD, "text:"), "first line does not start with 'date")


def test_a_figure_dated_after_publication_is_refused(tmp_path: Path) -> None:
    sheet = GOOD.replace("as_of: 2020-06", "as_of: 2099-01")
    assert sheet != GOOD
    root = make(tmp_path, sheet)
    assert_refused(root, line_of(sheet, "as_of: 2099-01"),
                   "as_of 2099-01 of 'members' is after the article was published (2020-06)")


ANNOUNCED_ARTICLE = ("date 2020-06 (TST)- [SYNTHETIC TEST ARTICLE] Từ ngày 1-7-2020, Đảng bộ xã "
                     "Thử Nghiệm trực thuộc Đảng bộ huyện Thử Thách.\n")
ANNOUNCED = SOURCE + """\
entities:
  - id: thu-nghiem-party
    type: organisation
    form: committee
    level: base
    name: {vi: Đảng bộ xã Thử Nghiệm, en: Thu Nghiem commune party}
    quote: Đảng bộ xã Thử Nghiệm
  - id: thu-thach-party
    type: organisation
    form: committee
    level: district
    name: {vi: Đảng bộ huyện Thử Thách, en: Thu Thach district party}
    quote: Đảng bộ huyện Thử Thách
facts:
  - id: under-thu-thach
    type: subordination
    child: thu-nghiem-party
    parent: thu-thach-party
    from: 2020-07-01
    quote: Từ ngày 1-7-2020, Đảng bộ xã Thử Nghiệm trực thuộc Đảng bộ huyện Thử Thách
"""


def test_a_link_that_begins_after_publication_is_announced(tmp_path: Path) -> None:
    """A subordination (or holding) may begin after the article: the decision it reports
    takes effect later. It builds and validates, with its start as written."""
    project = copy_project(tmp_path / "p", with_data=False)
    write_sheet_files(project.data_dir, ANNOUNCED, article=ANNOUNCED_ARTICLE)
    result = run_cli("build", root=project.root)  # validates too
    assert result.exit_code == 0, result.output
    assert "0 violation(s), 0 warning(s), 0 info(s)" in result.output
    rows = run_cli("sparql", "-q", "SELECT ?start WHERE { ?s ?p ?start FILTER(isLiteral(?start) && "
                   "STRSTARTS(STR(?start), '2020-07-01')) }", "--format", "csv",
                   root=project.root)
    assert rows.exit_code == 0 and "2020-07-01" in rows.output, rows.output


def test_a_link_that_begins_over_a_year_after_publication_is_refused(tmp_path: Path) -> None:
    sheet = ANNOUNCED.replace("from: 2020-07-01", "from: 2021-08-01")
    project = copy_project(tmp_path / "p", with_data=False)
    write_sheet_files(project.data_dir, sheet, article=ANNOUNCED_ARTICLE)
    result = run_cli("build", root=project.root)
    assert result.exit_code == 2, result.output
    assert (f"test-sheet.yaml:{line_of(sheet, 'from: 2021-08-01')}: from 2021-08-01 of "
            "'under-thu-thach' is more than a year after the article was published (2020-06)"
            ) in result.stderr, result.stderr


def test_a_blank_name_is_refused(tmp_path: Path) -> None:
    sheet = GOOD.replace("name: {vi: Đảng bộ xã Thử Nghiệm", "name: {vi: '   '")
    assert sheet != GOOD
    root = make(tmp_path, sheet)
    assert_refused(root, line_of(sheet, "name: {vi: '   '"), "the vi name of")


def test_an_article_larger_than_the_limit_is_refused(tmp_path: Path) -> None:
    root = make(tmp_path, GOOD)
    article = root / "data" / "articles" / "test-sheet.txt"
    article.write_text(ARTICLE + "x" * MAX_ARTICLE_BYTES, encoding="utf-8")
    assert_refused(root, line_of(GOOD, "text:"), "is larger than 2 MB")
