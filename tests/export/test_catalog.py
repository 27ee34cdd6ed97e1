"""The catalogue a view reads for its own nodes gives each node the attributes the whole
catalogue gives (views read types, sources and facts for their nodes alone, bound by VALUES,
at 10^5 triples: the SYNTHETIC corpus of conftest.py, and the synthetic fixture corpus)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partygraph.export import catalog
from partygraph.export.catalog import Catalog
from partygraph.export.views import VIEWS, build_view
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.store.embedded import open_store
from partygraph.util.text import fold

TAN_MAU = "https://w3id.org/partygraph/id/organisation/tan-mau-commune-party"


@pytest.mark.parametrize("view", [v for v in VIEWS if v != "full"])
@pytest.mark.parametrize("corpus", ["built_large", "built_synthetic", "built_vocabulary"])
def test_view_nodes_have_the_whole_catalogues_attributes(
        corpus: str, view: str, request: pytest.FixtureRequest) -> None:
    project: Project = request.getfixturevalue(corpus)
    engine = EmbeddedEngine(open_store(project.store_dir))
    graph = build_view(engine, view)
    assert graph.number_of_nodes() > 0
    whole = Catalog(engine)
    for node, data in graph.nodes(data=True):
        assert data == whole.attributes(node), node
    # The view's own catalogue does read less: no types of nodes outside it.
    own = Catalog(engine, list(graph.nodes))
    assert set(own.info) < set(whole.info)


@pytest.mark.parametrize("view", [v for v in VIEWS if v != "full"])
@pytest.mark.parametrize("corpus", ["built_large", "built_synthetic"])
def test_large_views_join_what_few_nodes_read_bound(
        corpus: str, view: str, request: pytest.FixtureRequest,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A view of more than ``_FEW`` nodes reads every fact's sources, attestations and
    quotes and joins them here, and keeps its nodes' rows of queries read for all: the
    same graph as the queries bound to its nodes by VALUES give (which views of at most
    ``_FEW`` nodes use, as these are, until ``_FEW`` is 0)."""
    project: Project = request.getfixturevalue(corpus)
    engine = EmbeddedEngine(open_store(project.store_dir))
    bound = build_view(engine, view)
    assert 0 < bound.number_of_nodes() <= catalog.FEW
    monkeypatch.setattr(catalog, "FEW", 0)
    joined = build_view(engine, view)
    assert list(joined.nodes(data=True)) == list(bound.nodes(data=True))
    assert list(joined.edges(keys=True, data=True)) == list(bound.edges(keys=True, data=True))
    # What is compared is there to compare: sources, quotes and types of the nodes.
    assert any(data["sources"] and data["quote"] for _, data in joined.nodes(data=True))
    assert all(data["type"] != "Resource" for _, data in joined.nodes(data=True))


@given(st.text())
def test_search_keys_are_util_folds(text: str) -> None:
    """The views' search key (a translate table rather than a test by character) is
    ``util.text.fold``'s, for any text."""
    assert catalog._fold(text) == fold(text)


@pytest.mark.parametrize("text", ["Đảng ủy xã Tây Sơn", "  Ban\u00a0Thường vụ\n", "İstanbul ẞ",
                                  "a \u0301 b", "Tỉnh ủy Gia Lai (Provincial)", ""])
def test_search_keys_of_vietnamese_names(text: str) -> None:
    assert catalog._fold(text) == fold(text)


def test_a_node_shows_a_measures_total_not_a_later_part(built_vocabulary: Project) -> None:
    """The vocabulary corpus's commune organisation disciplined 4 members over 2024, and
    later, since the start of 2025, 3, of whom 1 expelled (figures with a ``scope``: a
    period, a part). The node's figure of the measure is the total, with no scope; the
    later scoped figures count other things, and the saved query ``latest-figures`` lists
    them."""
    engine = EmbeddedEngine(open_store(built_vocabulary.store_dir))
    for view in ("hierarchy", "full"):
        node = build_view(engine, view).nodes[TAN_MAU]
        assert (node["members_disciplined"], node["members_disciplined_as_of"]) == (4, "2024")
        assert "members_disciplined_scope" not in node
        assert node["organisations_disciplined"] == 0


def test_a_scoped_figure_stands_only_where_there_is_no_total() -> None:
    """A measure a node has only scoped figures of shows the latest of them with its scope;
    a total, however old, goes before any scoped figure."""
    src = "https://w3id.org/partygraph/id/source/a"
    rows = [("u", "delegates", "12", "2020-05", src, "đại biểu dự Đại hội tỉnh"),
            ("u", "delegates", "9", "2025-08", src, "đại biểu dự Đại hội thành phố"),
            ("u", "members-disciplined", "3", "2019", src, ""),
            ("u", "members-disciplined", "1", "2025", src, "đảng viên bị khai trừ")]
    figures = catalog._latest_figures((*row, "") for row in rows)
    assert figures["u"] == {
        "delegates": catalog.Figure(9, "2025-08", "a", "đại biểu dự Đại hội thành phố"),
        "members-disciplined": catalog.Figure(3, "2019", "a", "")}
    assert catalog._latest_figures(((*row, "") for row in rows),
                                   until="2024-12-31")["u"]["delegates"].value == 12
