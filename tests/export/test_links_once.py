"""A link between two organisations that several sheets state is one edge of the hierarchy
view, not one per sheet: the seed puts the Tây Sơn ward's organisation under An Khê's, and a
SYNTHETIC later article says so again."""

from __future__ import annotations

from pathlib import Path

from partygraph.export.views import build_view
from partygraph.query.engine import EmbeddedEngine
from partygraph.store.build import build
from partygraph.store.embedded import open_store

from ..conftest import copy_project

ARTICLE = (" date 2020-09 (SYN)- [SYNTHETIC TEST ARTICLE] Đảng bộ phường Tây Sơn trực thuộc "
           "Đảng bộ thị xã An Khê tiếp tục kiện toàn các chi bộ.\n")
SHEET = """\
source:
  id: synthetic-2020-09-tay-son-again
  outlet: Synthetic outlet
  published: 2020-09
  text: ../articles/synthetic-2020-09-tay-son-again.txt
entities:
  - id: tay-son-ward-party
    type: organisation
    form: committee
    level: base
    place: tay-son-ward-an-khe
    parent: an-khe-town-party
    name: {vi: Đảng bộ phường Tây Sơn, en: Tây Sơn ward party organisation}
    quote: Đảng bộ phường Tây Sơn trực thuộc Đảng bộ thị xã An Khê
"""
PARENT = "https://w3id.org/partygraph/id/organisation/an-khe-town-party"
CHILD = "https://w3id.org/partygraph/id/organisation/tay-son-ward-party"


def test_a_link_two_sheets_state_is_one_edge(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    (project.data_dir / "articles" / "synthetic-2020-09-tay-son-again.txt").write_text(
        ARTICLE, encoding="utf-8")
    (project.data_dir / "sheets" / "synthetic-2020-09-tay-son-again.yaml").write_text(
        SHEET, encoding="utf-8")
    assert build(project).sources == 2
    engine = EmbeddedEngine(open_store(project.store_dir))
    links = [(data["as_of"], data.get("valid_from", ""))
             for a, b, data in build_view(engine, "hierarchy").edges(data=True)
             if (a, b) == (PARENT, CHILD)]
    assert len(links) == 1, links
    assert links[0][0] == "2020-06"  # as of the earliest source that states it
