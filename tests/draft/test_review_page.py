"""The review page of a draft (`partygraph draft ARTICLE --review page.html`): self-contained,
escaped, and working in a real headless Chromium (Debian's) with the network off: one
highlight per drafted quote, a click on either side selecting the other, the sentences the
rules read nothing in marked. On the SYNTHETIC fixture tests/fixtures/draft-link."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from partygraph.sheets.located_yaml import load_located

from ..browser import open_page
from ..conftest import REPO, copy_project, run_cli
from .test_link import ARTICLE, EXPECTED, link_project

ARTIFACTS = REPO / "test-artifacts"


def _items(sheet: Path) -> list[dict[str, Any]]:
    data = load_located(sheet).data
    return [*data["entities"], *data["facts"]]


def _quotes(item: dict[str, Any]) -> list[str]:
    quote = item["quote"]
    return [quote] if isinstance(quote, str) else list(quote)


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    root = tmp_path_factory.mktemp("review")
    link_project(root)
    result = run_cli("draft", str(ARTICLE), "--review", str(root / "review.html"), root=root)
    assert result.exit_code == 0, result.output
    assert "wrote the review page" in result.output
    return root / "review.html", _items(root / "data" / "sheets" / f"{ARTICLE.stem}.yaml")


def test_page_is_self_contained_and_escaped(tmp_path: Path) -> None:
    copy_project(tmp_path, with_data=False)
    article = tmp_path / "synthetic-review-escape.txt"
    article.write_text(
        "date 2021-03 (SYR)- [SYNTHETIC TEST ARTICLE] <b>Không phải tin thật</b> & "
        "</script><script>alert(1)</script>. Đảng bộ xã Thử Mẫu có 120 đảng viên.\n",
        encoding="utf-8")
    page = tmp_path / "page.html"
    result = run_cli("draft", str(article), "--review", str(page), root=tmp_path)
    assert result.exit_code == 0, result.output
    assert " and 1 fact, each" in result.output  # (one figure: "fact", not "facts")
    text = page.read_text(encoding="utf-8")
    assert "<script src" not in text and "<link" not in text and "@import" not in text
    assert "http://" not in text and "https://" not in text
    assert text.count("<script>") == 1 and "alert(1)</script>" not in text
    assert "&lt;b&gt;Không phải tin thật&lt;/b&gt; &amp; &lt;/script&gt;" in text
    assert "Đảng bộ xã Thử Mẫu" in text  # NFC, as stored


def test_review_page_in_headless_chromium(reviewed: tuple[Path, list[dict[str, Any]]]) -> None:
    page_file, items = reviewed
    quotes = sum(len(_quotes(item)) for item in items)
    with open_page(page_file, "window.reviewReady", width=1300, height=900,
                   timeout_ms=30_000) as (page, requests, errors):
        # one highlight per drafted quote (a highlight may be cut where quotes overlap)
        shown = page.evaluate("""new Set(Array.from(document.querySelectorAll(
            '#article mark.hl')).flatMap(m => m.dataset.q.split(' '))).size""")
        assert shown == quotes
        assert page.locator("#items li.item").count() == len(items)
        # the highlighted words are the quotes, item by item
        for index, item in enumerate(items):
            words = page.evaluate(f"""(() => {{
                const qs = document.getElementById('item-{index}').dataset.q.split(' ');
                return qs.map(q => Array.from(document.querySelectorAll('#article mark.hl'))
                    .filter(m => m.dataset.q.split(' ').includes(q))
                    .map(m => m.textContent).join('')); }})()""")
            assert [" ".join(w.split()) for w in words] == \
                [" ".join(q.split()) for q in _quotes(item)], item["id"]

        # a highlight selects its item ...
        holding = next(i for i, item in enumerate(items)
                       if item["id"].startswith("le-thi-mau-hoa-as-"))
        mark = page.locator(f"#article mark.hl[data-items~='{holding}']").last
        mark.click()
        partner = page.evaluate("""document.querySelector('#items li.item.selected')
            .dataset.item""")
        owners = mark.get_attribute("data-items") or ""
        assert partner in owners.split()
        assert page.locator("#items li.item.selected").count() == 1
        # ... and an item its highlights
        person = next(i for i, item in enumerate(items) if item["id"] == "le-thi-mau-hoa")
        page.click(f"#item-{person}")
        selected = page.evaluate("""Array.from(document.querySelectorAll(
            '#article mark.hl.selected')).map(m => m.textContent).join('|')""")
        assert "Lê Thị Mẫu Hoa" in selected
        assert page.evaluate("window.reviewSelected") == str(person)
        assert page.inner_text("#status") == "le-thi-mau-hoa"
        assert page.locator("#item-" + str(person)).get_attribute("class") == \
            "item k-person selected"

        unread = page.locator("#article .sentence.unread").all_inner_texts()
        assert unread == EXPECTED["unread"]
        legend = page.locator("#legend li").all_inner_texts()
        assert "observation" in legend and "holding" in legend and "person" in legend
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "page-review.png"))
    assert requests == []
    assert errors == []


def test_review_page_in_a_missing_folder_drafts_nothing(tmp_path: Path) -> None:
    link_project(tmp_path)
    result = run_cli("draft", str(ARTICLE), "--review", str(tmp_path / "no" / "page.html"),
                     root=tmp_path)
    assert result.exit_code == 2
    assert "its folder does not exist (nothing was drafted)" in result.output
    assert not (tmp_path / "data" / "sheets" / f"{ARTICLE.stem}.yaml").exists()


@pytest.mark.parametrize("where", ["sheet", "article", "other", "in-data", "folder"])
def test_review_page_is_never_written_over_another_file(tmp_path: Path, where: str) -> None:
    """A new user's finding: ``--review`` wrote its page over whatever was there, a fact
    sheet (the next build failed on it), the article being drafted or an unrelated file.
    Now such a page is refused before anything is drafted, and the file is left as it was;
    so is a new page in the data folder, and a folder of that name."""
    link_project(tmp_path)
    sheets = tmp_path / "data" / "sheets"
    existing = sorted(sheets.glob("*.yaml"))[0]
    given = tmp_path / ARTICLE.name
    given.write_bytes(ARTICLE.read_bytes())
    target = {"sheet": existing, "article": given, "other": tmp_path / "notes.html",
              "in-data": sheets / "page.html", "folder": tmp_path / "pages"}[where]
    if where == "other":
        target.write_text("<p>my notes</p>\n", encoding="utf-8")
    if where == "folder":
        target.mkdir()
    before = {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()}
    result = run_cli("draft", str(given), "--review", str(target), root=tmp_path)
    assert result.exit_code == 2, result.output
    if where == "folder":  # (refused by the option itself)
        assert "is a directory" in result.output
    else:
        assert "cannot write the review page" in result.output
        assert "(nothing was drafted)" in result.output
    assert "Traceback" not in result.output
    assert {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()} == before
    assert not (sheets / f"{ARTICLE.stem}.yaml").exists()


def test_a_review_page_made_before_is_written_over(tmp_path: Path) -> None:
    """Drafted again (the sheet deleted first), the article's page replaces the old one."""
    link_project(tmp_path)
    page = tmp_path / "review.html"
    sheet = tmp_path / "data" / "sheets" / f"{ARTICLE.stem}.yaml"
    assert run_cli("draft", str(ARTICLE), "--review", str(page), root=tmp_path).exit_code == 0
    first = page.read_text(encoding="utf-8")
    page.write_text(first.replace("<title>Review:", "<title>Old review:"), encoding="utf-8")
    sheet.unlink()
    result = run_cli("draft", str(ARTICLE), "--review", str(page), root=tmp_path)
    assert result.exit_code == 0, result.output
    assert page.read_text(encoding="utf-8") == first and sheet.is_file()


def test_values_read_as_the_sheet_writes_them_and_crlf_is_one_break(tmp_path: Path) -> None:
    """A new user's findings: ``implied True`` (Python's spelling) in the list of drafted
    items, and an article saved with Windows line endings shown with a blank line at each
    break."""
    copy_project(tmp_path, with_data=False)
    article = tmp_path / "synthetic-review-crlf.txt"
    article.write_bytes(
        "date 2021-03 (SYR)- [SYNTHETIC TEST ARTICLE] Bài báo giả định.\r\n"
        "Sáng 3-3, Đảng ủy xã Thử Mẫu tổ chức hội nghị.\r\n"
        "Đảng bộ xã Thử Mẫu có 120 đảng viên.\r\n".encode())
    page = tmp_path / "page.html"
    result = run_cli("draft", str(article), "--review", str(page), root=tmp_path)
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert "\r" not in text and "Sáng 3-3" in text

    from partygraph.draft.review_page import review_page
    from partygraph.sheets.articles import read_article

    stored = read_article(tmp_path / "data" / "articles" / article.name)
    implied = {"id": "thu-mau-commune", "type": "place", "kind": "commune", "implied": True,
               "name": {"vi": "xã Thử Mẫu"}, "quote": "xã Thử Mẫu", "draft": True}
    listed = review_page(stored, [implied], title="t")
    assert "implied" in listed and "True" not in listed and "true" in listed
