"""Three sheets that give an organisation different figures of the same date: its node in
an export shows the exact figure of the greatest source id and lists all three with their
sources (it showed the greatest source id's alone, as if they agreed, and an approximate
one before an exact one), and says how a figure is approximate ("more than") and what a
scoped figure counts, which the exports' labels dropped. An approximate figure alone makes
no dispute with an exact one, as in the saved query ``disagreements``. The same attributes
from the build's kept parts and from SPARQL, in the picture's label and on the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from partygraph.export.catalog import KeptPairs, _latest_figures
from partygraph.export.views import build_view
from partygraph.export.writers import _dot_text, _figure_text, write_export
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
# and a third, 121 exactly
THIRD_ARTICLE = "date 2020-06 (TST)- Đảng bộ xã Thử Nghiệm có 121 đảng viên.\n"
THIRD = SHEET.replace("test-sheet", "test-sheet-third").replace("120", "121")
DISPUTED = "120 (test-sheet) | 121 (test-sheet-third) | more than 125 (test-sheet-later)"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = copy_project(tmp_path_factory.mktemp("figures"), with_data=False)
    write_sheet_files(project.data_dir, SHEET, article=ARTICLE)
    write_sheet_files(project.data_dir, LATER, name="test-sheet-later", article=LATER_ARTICLE)
    write_sheet_files(project.data_dir, THIRD, name="test-sheet-third", article=THIRD_ARTICLE)
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
                node["party_members_source"]) == (121, "2020-06", "test-sheet-third")
        assert "party_members_approx" not in node
        assert node["party_members_disputed"] == DISPUTED
    assert f"party members: 121 (2020-06); sources differ: {DISPUTED}" in _dot_text(kept)
    # the approximate figure's own node, where the view has one, says how near it is
    if view == "full":
        for graph in (kept, queried):
            labels = {(data["label_vi"], data["label_en"]) for _, data in graph.nodes(data=True)
                      if data["kind"] == "observation"}
            assert ("số đảng viên: hơn 125 (2020-06)", "party members: more than 125 (2020-06)") \
                in labels, labels


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
    assert "party members\n121 (as of 2020-06, test-sheet-third)" in details
    assert f"party members: sources differ\n{DISPUTED}" in details
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
    # an approximate figure alone makes no dispute with exact ones, nor goes before them
    rows.append(("u", "members", "130", "2020-06", src + "z", "", "more than"))
    shown = _latest_figures(rows)["u"]["members"]
    assert (shown.value, shown.disputed) == (120, "")
    # two exact figures do, and every figure of the date is listed
    rows.append(("u", "members", "119", "2020-06", src + "c", "", ""))
    assert _latest_figures(rows)["u"]["members"].disputed == \
        "119 (c) | 120 (a) | 120 (b) | more than 130 (z)"
    # approximate figures alone: the greatest source id's
    only = [("w", "members", "7", "2020", src + "a", "", "about"),
            ("w", "members", "9", "2020", src + "b", "", "more than")]
    shown = _latest_figures(only)["w"]["members"]
    assert (shown.value, shown.approx, shown.disputed) == (9, "more than", "")


def test_a_labels_figure_says_what_it_counts_and_how_near() -> None:
    """The picture's label of a scoped, approximate figure (it showed "members
    disciplined: 3 (2020)", as if a total)."""
    data: dict[str, object] = {
        "members_disciplined": 3, "members_disciplined_as_of": "2020",
        "members_disciplined_scope": "đảng viên bị khai trừ",
        "members_disciplined_approx": "more than"}
    assert _figure_text(data, "members_disciplined") == \
        "members disciplined (đảng viên bị khai trừ): more than 3 (2020)"
