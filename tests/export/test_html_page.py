"""The HTML page in a real headless Chromium (Debian's) with the network off."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from partygraph.export.views import build_view
from partygraph.export.writers import write_export
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.store.embedded import open_store

from ..browser import open_page
from ..conftest import REPO

if TYPE_CHECKING:
    from partygraph.export.views import View

ARTIFACTS = REPO / "test-artifacts"
AN_KHE = "https://w3id.org/partygraph/id/organisation/an-khe-town-party"


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
    page_file = tmp_path / "hierarchy.html"
    write_export(hierarchy, page_file, "html", project_root=REPO)
    with open_page(page_file, "window.partygraphReady", width=1200, height=800,
                   timeout_ms=30_000) as (page, requests, errors):
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
        # Fold An Khê with the button of its details, then unfold it.
        assert page.evaluate("cy.nodes(':visible').length") == 4
        page.click("#toggle")
        assert page.evaluate("cy.nodes(':visible').length") == 3
        assert "(+1)" in page.evaluate(f"cy.getElementById({AN_KHE!r}).style('label')")
        page.click("#toggle")
        assert page.evaluate("cy.nodes(':visible').length") == 4
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "page-hierarchy.png"))
    assert requests == []
    assert errors == []


def test_a_name_that_looks_like_markup_stays_text(hierarchy: View, tmp_path: Path) -> None:
    """A name is data: ``<!--`` then ``<script`` put the page's own data script into the
    parser's "double escaped" state, the page lost its script and drew nothing."""
    graph = hierarchy.copy()
    hostile = "Đảng bộ <!--<script> & </script><b>x</b> '\""
    graph.nodes[AN_KHE]["label"] = hostile
    page_file = tmp_path / "hostile.html"
    write_export(graph, page_file, "html", project_root=REPO)
    with open_page(page_file, "window.partygraphReady", width=1200, height=800,
                   timeout_ms=30_000) as (page, requests, errors):
        assert page.evaluate("cy.nodes().length") == graph.number_of_nodes()
        assert page.evaluate(f"cy.getElementById({AN_KHE!r}).data('label')") == hostile
        assert page.evaluate("document.querySelectorAll('b').length") == 0
    assert requests == []
    assert errors == []


_LABELS_SHOWN = "cy.nodes(':visible').map(n => n.style('label'))"
_SWATCHES = """Array.from(document.querySelectorAll('#legend li')).map(li =>
    [li.textContent.trim(), getComputedStyle(li.querySelector('.swatch')).backgroundColor])"""
_IRI_LIKE = re.compile(r"://|^[a-z]+:[A-Za-z]")


def test_full_page_labels_and_legend(built_real: Project, tmp_path: Path) -> None:
    full = build_view(EmbeddedEngine(open_store(built_real.store_dir)), "full")
    page_file = tmp_path / "full.html"
    write_export(full, page_file, "html")
    with open_page(page_file, "window.partygraphReady") as (page, requests, errors):
        labels = page.evaluate(_LABELS_SHOWN)
        assert len(labels) == full.number_of_nodes()
        assert [x for x in labels if not x.strip() or _IRI_LIKE.search(x)] == []
        swatches = page.evaluate(_SWATCHES)
        kinds = sorted({str(d["kind"]) for _, d in full.nodes(data=True)})
        assert [k for k, _ in swatches] == kinds and len(kinds) >= 15
        assert len({c for _, c in swatches}) == len(kinds)  # one colour per kind
        drawn = page.evaluate("""(() => { const seen = {};
            cy.nodes().forEach(n => { (seen[n.data('kind')] ||= new Set())
              .add(n.style('background-color')); });
            return Object.values(seen).map(s => s.size); })()""")
        assert set(drawn) == {1}
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "page-full.png"))
    assert requests == [] and errors == []


def test_page_at_a_hundred_thousand_triples(built_large: Project, tmp_path: Path) -> None:
    """The SYNTHETIC corpus of 10^5 triples: the page opens folded below the district level,
    readable, and folds and unfolds on a click; the screenshot is in test-artifacts/."""
    hierarchy = build_view(EmbeddedEngine(open_store(built_large.store_dir)), "hierarchy")
    total = hierarchy.number_of_nodes()
    assert total > 3000
    page_file = tmp_path / "hierarchy-1e5.html"
    write_export(hierarchy, page_file, "html")
    with open_page(page_file, "window.partygraphReady") as (page, requests, errors):
        visible = page.evaluate("cy.nodes(':visible').length")
        assert 10 < visible <= 200 < total
        assert page.input_value("#levels") == "2"
        assert page.inner_text("#shown") == f"{visible} of {total} nodes shown"
        labels = page.evaluate(_LABELS_SHOWN)
        assert [x for x in labels if not x.strip() or _IRI_LIKE.search(x)] == []
        assert page.evaluate("cy.zoom()") >= 0.8  # drawn at a size text reads at
        # Click a folded district the viewport shows, then unfold it with its button.
        target = page.evaluate("""(() => {
            const box = cy.container().getBoundingClientRect();
            const n = cy.nodes('.folded').filter(n => { const p = n.renderedPosition();
              return p.x > 20 && p.y > 20 && p.x < box.width - 20 && p.y < box.height - 20; })[0];
            const p = n.renderedPosition();
            return [n.id(), p.x + box.left, p.y + box.top]; })()""")
        children = sum(1 for _ in hierarchy.successors(target[0]))
        assert children > 0
        page.mouse.click(target[1], target[2])
        assert page.inner_text("#toggle").startswith("Unfold ")
        page.click("#toggle")
        assert page.evaluate("cy.nodes(':visible').length") == visible + children
        page.click("#toggle")
        assert page.evaluate("cy.nodes(':visible').length") == visible
        page.select_option("#levels", "all")
        assert page.evaluate("cy.nodes(':visible').length") == total
        page.select_option("#levels", "2")
        assert page.evaluate("cy.nodes(':visible').length") == visible
        swatches = page.evaluate(_SWATCHES)
        assert [k for k, _ in swatches] == ["organisation"]
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "page-hierarchy-1e5.png"))
    assert requests == [] and errors == []
