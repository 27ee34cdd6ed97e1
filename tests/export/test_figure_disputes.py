"""Two sheets that give an organisation different figures of the same date: its node in an
export shows one of them and lists both with their sources (it showed the figure of the
greater source id alone, as if the sources agreed), and says a figure is approximate ("more
than"), which the exports dropped. The same attributes from the build's kept parts and from
SPARQL, and in the picture's label."""

from __future__ import annotations

from pathlib import Path

import pytest

from partygraph.export.catalog import KeptPairs, _latest_figures
from partygraph.export.views import build_view
from partygraph.export.writers import _dot_text, write_export
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.store.build import build
from partygraph.store.catalogue import kept_parts
from partygraph.store.embedded import open_store

from ..browser import open_page
from ..conftest import REPO, copy_project
from ..small_sheet import ARTICLE, SHEET, write_sheet_files

PARTY = "https://w3id.org/partygraph/id/organisation/thu-nghiem-party"
# SYNTHETIC: a later article on the small sheet's commune gives "more than 125" members of
# the same month the small sheet gives 120 of.
LATER_ARTICLE = "date 2020-06 (TST)- Đảng bộ xã Thử Nghiệm có hơn 125 đảng viên.\n"
LATER = SHEET.replace("test-sheet", "test-sheet-later") \
    .replace("value: 120", "value: 125\n    approx: more-than") \
    .replace("có 120 đảng viên", "có hơn 125 đảng viên")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = copy_project(tmp_path_factory.mktemp("figures"), with_data=False)
    write_sheet_files(project.data_dir, SHEET, article=ARTICLE)
    write_sheet_files(project.data_dir, LATER, name="test-sheet-later", article=LATER_ARTICLE)
    build(Project.at(project.root))
    return project


@pytest.mark.parametrize("view", ["hierarchy", "full"])
def test_a_node_lists_the_figures_its_sources_disagree_on(project: Project, view: str) -> None:
    store = open_store(project.store_dir)
    parts = kept_parts(project, store, full=view == "full")
    assert parts is not None
    engine = EmbeddedEngine(store)
    kept = build_view(engine, view, kept=KeptPairs(parts.catalogue), parts=parts.full)
    queried = build_view(engine, view)
    for graph in (kept, queried):
        node = graph.nodes[PARTY]
        assert (node["party_members"], node["party_members_as_of"],
                node["party_members_source"], node["party_members_approx"]) == (
            125, "2020-06", "test-sheet-later", "more than")
        assert node["party_members_disputed"] == \
            "120 (test-sheet) | more than 125 (test-sheet-later)"
    assert "party members: more than 125 (2020-06); sources differ: " \
        "120 (test-sheet) | more than 125 (test-sheet-later)" in _dot_text(kept)


def test_the_page_shows_both_figures(project: Project, tmp_path: Path) -> None:
    """Clicked in headless Chromium, the node's details say both."""
    graph = build_view(EmbeddedEngine(open_store(project.store_dir)), "hierarchy")
    page_file = tmp_path / "hierarchy.html"
    write_export(graph, page_file, "html", project_root=REPO)
    with open_page(page_file, "window.partygraphReady", width=1000, height=700,
                   timeout_ms=30_000) as (page, requests, errors):
        x, y = page.evaluate(f"""(() => {{
            const at = cy.getElementById({PARTY!r}).renderedPosition();
            const box = cy.container().getBoundingClientRect();
            return [at.x + box.left, at.y + box.top]; }})()""")
        page.mouse.click(x, y)
        details = page.inner_text("#details")
    assert "more than 125 (as of 2020-06, test-sheet-later)" in details
    assert "party members: sources differ\n120 (test-sheet) | more than 125 " \
        "(test-sheet-later)" in details
    assert requests == [] and errors == []


def test_figures_that_agree_or_differ_in_date_are_not_disputed() -> None:
    src = "https://w3id.org/partygraph/id/source/"
    rows = [("u", "members", "120", "2020-06", src + "a", "", ""),
            ("u", "members", "120", "2020-06", src + "b", "", ""),
            ("u", "members", "118", "2020-05", src + "c", "", ""),
            ("v", "members", "7", "2020", src + "a", "", "about")]
    figures = _latest_figures(rows)
    assert (figures["u"]["members"].value, figures["u"]["members"].source,
            figures["u"]["members"].disputed) == (120, "b", "")
    assert (figures["v"]["members"].approx, figures["v"]["members"].disputed) == ("about", "")
    # before the later date, the earlier figure alone
    assert _latest_figures(rows, until="2020-05-31")["u"]["members"].value == 118
    # an exact and an approximate figure of one value and date are two figures
    rows.append(("u", "members", "120", "2020-06", src + "a", "", "more than"))
    assert _latest_figures(rows)["u"]["members"].disputed == \
        "120 (a) | 120 (b) | more than 120 (a)"
