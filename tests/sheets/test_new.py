"""sheets.new: a new article stored, and its sheet started with the source block filled."""

from __future__ import annotations

from pathlib import Path

import pytest

from partygraph.errors import PartygraphError
from partygraph.sheets.load import load_sheet
from partygraph.sheets.located_yaml import load_located
from partygraph.sheets.new import start_sheet
from partygraph.util.dates import PartialDate
from tests.conftest import repo_vocabulary, run_cli

TEXT = "date 2020-06-03 (GLO)- Đảng bộ thị xã An Khê có 48 tổ chức cơ sở Đảng.\n"


def write(path: Path, text: str = TEXT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_article_is_stored_and_the_sheet_started(tmp_path: Path) -> None:
    source = write(tmp_path / "inbox" / "An Khê 2020.txt")
    data = tmp_path / "data"
    new = start_sheet(source, data)
    assert new.copied
    assert new.source_id == "an-khe-2020"  # diacritics dropped, then only a-z and 0-9 kept
    assert new.article == data / "articles" / "an-khe-2020.txt"
    assert new.sheet == data / "sheets" / "an-khe-2020.yaml"
    assert new.article.read_text(encoding="utf-8") == TEXT
    source_block = load_located(new.sheet).data["source"]
    assert source_block == {
        "id": "an-khe-2020", "outlet": "GLO", "outlet_code": "GLO", "title": None,
        "published": "2020-06-03", "url": None, "text": "../articles/an-khe-2020.txt",
        "language": "vi",
    }
    assert "# Fact sheet for An Khê 2020.txt." in new.sheet.read_text(encoding="utf-8")


def test_the_started_sheet_loads_once_given_items(tmp_path: Path) -> None:
    new = start_sheet(write(tmp_path / "a.txt"), tmp_path / "data",
                      source_id="Gia Lai: 2020/06", outlet="Báo Gia Lai's")
    assert new.source_id == "gia-lai-2020-06"
    text = new.sheet.read_text(encoding="utf-8")
    new.sheet.write_text(text.replace("\nentities:\n", "\nentities: []\n")
                         .replace("\nfacts:\n", "\nfacts: []\n"), encoding="utf-8")
    sheet = load_sheet(new.sheet, articles_dir=tmp_path / "data" / "articles",
                       vocabulary=repo_vocabulary())
    assert sheet.model.source.outlet == "Báo Gia Lai's"
    assert sheet.model.source.outlet_code == "GLO"
    assert sheet.model.source.published == PartialDate(2020, 6, 3)
    assert sheet.model.entities == []
    assert sheet.model.facts == []


# The template's "entities:" and "facts:" hold only comments, so YAML reads them as null;
# an untouched new sheet once stopped every build ("Input should be a valid list").
def test_the_started_sheet_loads_as_it_is(tmp_path: Path) -> None:
    new = start_sheet(write(tmp_path / "a.txt"), tmp_path / "data")
    sheet = load_sheet(new.sheet, articles_dir=tmp_path / "data" / "articles",
                       vocabulary=repo_vocabulary())
    assert sheet.model.entities == [] and sheet.model.facts == []


def test_an_existing_sheet_is_never_overwritten(tmp_path: Path) -> None:
    data = tmp_path / "data"
    new = start_sheet(write(tmp_path / "a.txt"), data)
    new.sheet.write_text("edited", encoding="utf-8")
    with pytest.raises(PartygraphError, match=r"a\.yaml already exists: edit it, or pass another"):
        start_sheet(tmp_path / "a.txt", data)
    assert new.sheet.read_text(encoding="utf-8") == "edited"


def test_the_same_article_stored_already_is_reused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write(data / "articles" / "a.txt")
    new = start_sheet(write(tmp_path / "a.txt"), data)
    assert new.sheet.exists()
    assert not new.copied


def test_new_says_whether_it_stored_the_article_or_found_it_stored(tmp_path: Path) -> None:
    """``partygraph new`` run again for the same text (its sheet removed) does not claim to
    have stored the article a second time."""
    project = tmp_path / "project"
    assert run_cli("init", str(project)).exit_code == 0
    source = write(tmp_path / "a.txt")
    first = run_cli("new", str(source), root=project)
    assert first.exit_code == 0, first.output
    assert first.stdout.splitlines()[0] == "stored the article as data/articles/a.txt"
    (project / "data" / "sheets" / "a.yaml").unlink()
    again = run_cli("new", str(source), root=project)
    assert again.exit_code == 0, again.output
    assert again.stdout.splitlines()[0] == "the article was already stored as data/articles/a.txt"


def test_another_article_of_the_same_name_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    stored = write(data / "articles" / "a.txt", TEXT + "more\n")
    with pytest.raises(PartygraphError, match="already exists with other text"):
        start_sheet(write(tmp_path / "a.txt"), data)
    assert stored.read_text(encoding="utf-8") == TEXT + "more\n"
    assert not (data / "sheets").exists()


@pytest.mark.parametrize(("text", "message"), [
    ("no header here\n", r"a.txt:1: first line does not start with 'date YYYY-MM"),
    ("", r"a.txt:1: first line does not start"),
])
def test_an_article_without_its_header_is_refused(tmp_path: Path, text: str,
                                                  message: str) -> None:
    with pytest.raises(PartygraphError, match=message):
        start_sheet(write(tmp_path / "a.txt", text), tmp_path / "data")
    assert not (tmp_path / "data").exists()


def test_an_article_with_a_byte_order_mark_starts_a_sheet_and_one_in_utf16_is_refused(
        tmp_path: Path) -> None:
    plain = write(tmp_path / "plain.txt")
    marked = tmp_path / "marked.txt"
    marked.write_bytes(b"\xef\xbb\xbf" + plain.read_bytes())
    created = start_sheet(marked, tmp_path / "data")
    assert "published: 2020-06-03" in created.sheet.read_text(encoding="utf-8")
    wide = tmp_path / "wide.txt"
    wide.write_bytes(TEXT.encode("utf-16"))
    with pytest.raises(PartygraphError, match=r"wide.txt:1: cannot read the article: not UTF-8 "
                                              r"text but UTF-16 .*; save the article as UTF-8"):
        start_sheet(wide, tmp_path / "data")


def test_an_unreadable_article_or_an_id_without_letters_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PartygraphError, match="cannot read the article"):
        start_sheet(tmp_path / "missing.txt", tmp_path / "data")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff")
    with pytest.raises(PartygraphError, match="cannot read the article"):
        start_sheet(bad, tmp_path / "data")
    with pytest.raises(PartygraphError, match=r"cannot make an id from '---': pass --id"):
        start_sheet(write(tmp_path / "a.txt"), tmp_path / "data", source_id="---")


def test_an_id_changed_to_be_one_and_a_text_stored_twice_are_said(tmp_path: Path) -> None:
    """A new user's findings: ``--id "Bad ID!"`` became ``bad-id`` without a word, and the
    text of a stored article was stored again under another name without a word."""
    project = tmp_path / "project"
    assert run_cli("init", str(project)).exit_code == 0
    text = TEXT + "Sáng 3-6, Đảng bộ thị xã tổ chức hội nghị.\n"  # a body after the header
    first = run_cli("new", str(write(tmp_path / "a.txt", text)), "--id", "Bad ID!",
                    root=project)
    assert first.exit_code == 0, first.output
    assert "note: --id 'Bad ID!' is not an id (lower-case letters, digits and hyphens): " \
           "the source id is 'bad-id'" in first.stderr
    assert "warning" not in first.stderr
    # the same text with CR LF line ends, saved under another name
    copy = tmp_path / "a copy.txt"
    copy.write_bytes(text.replace("\n", "\r\n").encode())
    for command in ("new", "draft"):
        again = run_cli(command, str(copy), "--id", f"copy-{command}", root=project)
        assert again.exit_code == 0, again.output
        assert (f"warning: data/articles/copy-{command}.txt has the text of "
                "data/articles/bad-id.txt, stored already") in again.stderr
        assert "note:" not in again.stderr  # a valid id is taken as given
