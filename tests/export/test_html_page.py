"""The HTML page in a real headless Chromium (Debian's) with the network off."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from partygraph.export.views import build_view
from partygraph.export.writers import write_export
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.store.embedded import open_store

from ..conftest import REPO

if TYPE_CHECKING:
    from partygraph.export.views import View

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = REPO / "test-artifacts"
AN_KHE = "https://w3id.org/partygraph/id/organisation/an-khe-town-party"


def _require_chromium() -> str:
    if CHROMIUM:
        return CHROMIUM
    message = "Chromium is not installed: apt-get install chromium (.ci/run does)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def hierarchy(built_real: Project) -> View:
    return build_view(EmbeddedEngine(open_store(built_real.store_dir)), "hierarchy")


def test_page_is_self_contained(hierarchy: View, built_real: Project,
                                tmp_path: Path) -> None:
    page = tmp_path / "h.html"
    write_export(hierarchy, page, "html", project_root=REPO)
    text = page.read_text(encoding="utf-8")
    assert "<script src" not in text and "<link" not in text and "@import" not in text
    assert "cytoscape" in text and "Đảng bộ phường Tây Sơn" in text


def test_page_in_headless_chromium(hierarchy: View, tmp_path: Path) -> None:
    executable = _require_chromium()
    from playwright.sync_api import sync_playwright

    page_file = tmp_path / "hierarchy.html"
    write_export(hierarchy, page_file, "html", project_root=REPO)
    requests: list[str] = []
    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"])
        try:
            context = browser.new_context(offline=True, viewport={"width": 1200, "height": 800})
            page = context.new_page()

            def guard(route: object) -> None:
                url = route.request.url  # type: ignore[attr-defined]
                if url.startswith("file://"):
                    route.continue_()  # type: ignore[attr-defined]
                else:
                    requests.append(url)
                    route.abort()  # type: ignore[attr-defined]

            page.route("**/*", guard)
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(page_file.as_uri())
            page.wait_for_function("window.partygraphReady === true", timeout=30_000)

            assert page.evaluate("cy.nodes().length") == hierarchy.number_of_nodes()
            assert page.evaluate("cy.edges().length") == hierarchy.number_of_edges()

            page.fill("#search", "tay son")
            found = page.locator("#results li").all_inner_texts()
            assert found == ["Đảng bộ phường Tây Sơn"]
            assert page.inner_text("#count") == "1 found"

            x, y = page.evaluate(f"""(() => {{
                const node = cy.getElementById({AN_KHE!r});
                const at = node.renderedPosition();
                const box = cy.container().getBoundingClientRect();
                return [at.x + box.left, at.y + box.top]; }})()""")
            page.mouse.click(x, y)
            details = page.inner_text("#details")
            assert "Đảng bộ thị xã An Khê có 48 tổ chức cơ sở Đảng" in details
            assert "party members" in details and "2457" in details and "2020-06" in details
            legend = page.locator("#legend li").all_inner_texts()
            assert legend == ["organisation"]
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "page-hierarchy.png"))
        finally:
            browser.close()
    assert requests == []
    assert errors == []
