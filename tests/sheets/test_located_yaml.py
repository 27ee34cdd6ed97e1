"""sheets.located_yaml: the strict YAML subset, with the line of every key and item."""

from __future__ import annotations

from pathlib import Path

import pytest

from partygraph.errors import FactSheetError
from partygraph.sheets.located_yaml import MAX_DEPTH, MAX_SHEET_BYTES, LocatedDocument, load_located

FILE = Path("sheet.yaml")
TEXT = """\
source:
  id: s
entities:
  - id: a
    quote: [x, y]
  -
    id: b
"""


def load(text: str) -> LocatedDocument:
    return load_located(FILE, text)


def problems(text: str) -> list[tuple[int, str]]:
    with pytest.raises(FactSheetError) as info:
        load(text)
    return [(p.line, p.message) for p in info.value.problems]


def test_values_and_the_line_of_every_path() -> None:
    doc = load(TEXT)
    assert doc.data == {"source": {"id": "s"},
                        "entities": [{"id": "a", "quote": ["x", "y"]}, {"id": "b"}]}
    assert doc.lines == {
        (): 1, ("source",): 1, ("source", "id"): 2, ("entities",): 3,
        ("entities", 0): 4, ("entities", 0, "id"): 4, ("entities", 0, "quote"): 5,
        ("entities", 0, "quote", 0): 5, ("entities", 0, "quote", 1): 5,
        ("entities", 1): 7, ("entities", 1, "id"): 7,
    }
    assert doc.file == FILE


def test_line_of_falls_back_to_the_deepest_known_prefix() -> None:
    doc = load(TEXT)
    assert doc.line_of(("entities", 0, "name", "vi")) == 4
    assert doc.line_of(("entities", 9)) == 3
    assert doc.line_of(("nowhere",)) == 1


def test_locate_follows_what_exists_and_skips_the_rest() -> None:
    doc = load(TEXT)
    assert doc.locate(("entities", 0, "organisation", "quote", 1)) == \
        (("entities", 0, "quote", 1), 5)
    assert doc.locate(("entities", 5, "id")) == (("entities",), 3)
    assert doc.locate(("source", "id", "x")) == (("source", "id"), 2)


@pytest.mark.parametrize(("plain", "value"), [
    ("true", True), ("False", False), ("12", 12), ("-3", -3), ("0", 0), ("~", None),
    ("null", None), ("", None), ("yes", "yes"), ("on", "on"), ("0312", "0312"),
    ("3:12", "3:12"), ("0x1F", "0x1F"), ("1_000", "1_000"), ("2.457", "2.457"),
    ("2020-06-03", "2020-06-03"), ("1e3", "1e3"), ("'12'", "12"), ('"true"', "true"),
])
def test_scalars_follow_yaml_1_2_narrowed(plain: str, value: object) -> None:
    assert load(f"v: {plain}\n").data == {"v": value}


def test_a_literal_block_is_text() -> None:
    assert load("v: |\n  12\n").data == {"v": "12\n"}


def test_an_empty_document_is_none() -> None:
    doc = load("")
    assert doc.data is None
    assert doc.line_of(()) == 1


@pytest.mark.parametrize(("text", "line", "message"), [
    ("a: &x 1\nb: *x\n", 2, "alias '*x': aliases are not allowed"),
    ("a: !!int '3'\n", 1, "tag '!!int': tags are not allowed"),
    ("a: !weird 3\n", 1, "tag '!weird': tags are not allowed"),
    ("a: 1\n---\nb: 2\n", 2, "a fact sheet is one YAML document, but a second one starts"),
    ("a: [1\n", 2, "malformed YAML"),
    ("a: 1\n\tb: 2\n", 2, "malformed YAML"),
    ("a: 1\nb: x\u0007\n", 2, "control character U+0007 at column 5: not allowed in YAML"),
])
def test_what_fact_sheets_refuse(text: str, line: int, message: str) -> None:
    found = problems(text)
    assert len(found) == 1
    assert found[0][0] == line
    assert message in found[0][1]


def test_every_duplicate_or_non_text_key_is_reported() -> None:
    text = "a: 1\nb: 2\na: 3\n1: x\n[k]: y\n"
    assert problems(text) == [
        (3, "duplicate key 'a'"),
        (4, "key '1' is not text (a key is a field name)"),
        (5, "key a list is not text (a key is a field name)"),
    ]


def test_nesting_is_bounded() -> None:
    assert load("a: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n").data is not None
    found = problems("a: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n")
    assert found == [(1, f"nested more than {MAX_DEPTH} levels deep (a fact sheet needs a few)")]


def test_files_are_read_as_utf8_and_bounded(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("name: Đảng bộ\n", encoding="utf-8")
    assert load_located(good).data == {"name": "Đảng bộ"}
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("name: Đà\n".encode("utf-16"))
    with pytest.raises(FactSheetError, match="not UTF-8 text"):
        load_located(latin)
    huge = tmp_path / "huge.yaml"
    huge.write_bytes(b"# " + b"x" * MAX_SHEET_BYTES + b"\n")
    with pytest.raises(FactSheetError, match=r"larger than 5 MB") as info:
        load_located(huge)
    assert info.value.problems[0].line == 1
    bad_byte = tmp_path / "bad.yaml"
    bad_byte.write_bytes(b"a: 1\nb: \xff\n")
    with pytest.raises(FactSheetError, match=r"byte 0xff") as info:
        load_located(bad_byte)
    assert info.value.problems[0].line == 2
    with pytest.raises(FactSheetError, match="cannot read file"):
        load_located(tmp_path / "missing.yaml")
