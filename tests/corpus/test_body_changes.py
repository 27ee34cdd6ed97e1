"""Commissions merged and dissolved (the 2025 reorganisation): a ``change`` takes a party
committee's bodies as it takes organisations. A SYNTHETIC sheet added to the vocabulary corpus
(``tests/fixtures/vocabulary``) merges the made-up Lam Mẫu province's Propaganda and Mass
Mobilisation Commissions and dissolves its Internal Affairs Commission; the build conforms and
``change-events`` lists both changes."""

from __future__ import annotations

from pathlib import Path

from partygraph.query.engine import EmbeddedEngine
from partygraph.query.saved import load_queries, run_query
from partygraph.store.build import build
from partygraph.store.embedded import open_store

from ..conftest import REPO, run_cli
from ..small_sheet import write_sheet_files
from .test_vocabulary import vocabulary_project

NAME = "synthetic-2025-03-lam-mau-commissions-merged"
ARTICLE = (
    "date 2025-03-02 (SYN)- [SYNTHETIC TEST ARTICLE] Ngày 2-3, Ban Thường vụ Tỉnh ủy Lam Mẫu "
    "công bố quyết định thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy trên cơ sở hợp nhất "
    "Ban Tuyên giáo Tỉnh ủy và Ban Dân vận Tỉnh ủy, hoạt động từ ngày 1-3-2025. "
    "Cũng từ ngày 1-3-2025, Ban Nội chính "
    "Tỉnh ủy Lam Mẫu kết thúc hoạt động.\n")
SHEET = f"""\
# SYNTHETIC fact sheet for tests only: the province and its commissions are invented.
source:
  id: {NAME}
  outlet: Synthetic test outlet
  outlet_code: SYN
  published: 2025-03-02
  text: ../articles/{NAME}.txt
entities:
  - id: lam-mau-propaganda-commission-before-2025
    type: body
    kind: propaganda-commission
    of: lam-mau-provincial-committee
    name:
      vi: Ban Tuyên giáo Tỉnh ủy Lam Mẫu
      en: Propaganda Commission of the Lam Mẫu Provincial Party Committee
    quote: Ban Tuyên giáo Tỉnh ủy
  - id: lam-mau-mass-mobilisation-commission
    type: body
    kind: mass-mobilisation-commission
    of: lam-mau-provincial-committee
    name:
      vi: Ban Dân vận Tỉnh ủy Lam Mẫu
      en: Mass Mobilisation Commission of the Lam Mẫu Provincial Party Committee
    quote: Ban Dân vận Tỉnh ủy
  - id: lam-mau-propaganda-commission  # as the vocabulary corpus's 2025-08 sheet declares it
    type: body
    kind: propaganda-commission
    of: lam-mau-provincial-committee
    name:
      vi: Ban Tuyên giáo và Dân vận Tỉnh ủy Lam Mẫu
      en: Propaganda and Mass Mobilisation Commission of the Lam Mẫu Provincial Party Committee
    quote: Ban Tuyên giáo và Dân vận Tỉnh ủy
  - id: lam-mau-internal-affairs-commission
    type: body
    kind: internal-affairs-commission
    of: lam-mau-provincial-committee
    name:
      vi: Ban Nội chính Tỉnh ủy Lam Mẫu
      en: Internal Affairs Commission of the Lam Mẫu Provincial Party Committee
    quote: Ban Nội chính Tỉnh ủy Lam Mẫu
facts:
  - id: commissions-merged
    type: change
    kind: merged
    date: 2025-03-01
    from: [lam-mau-propaganda-commission-before-2025, lam-mau-mass-mobilisation-commission]
    to: [lam-mau-propaganda-commission]
    quote: >-
      thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy trên cơ sở hợp nhất Ban Tuyên giáo Tỉnh ủy
      và Ban Dân vận Tỉnh ủy, hoạt động từ ngày 1-3-2025
  - id: internal-affairs-commission-ended
    type: change
    kind: dissolved
    date: 2025-03-01
    from: [lam-mau-internal-affairs-commission]
    quote: Cũng từ ngày 1-3-2025, Ban Nội chính Tỉnh ủy Lam Mẫu kết thúc hoạt động
"""


def _text(term: object) -> str:
    return "" if term is None else str(getattr(term, "value", term))


def test_commissions_merged_and_dissolved_build_and_are_listed(tmp_path: Path) -> None:
    project = vocabulary_project(tmp_path)
    write_sheet_files(project.data_dir, SHEET, article=ARTICLE, name=NAME)
    result = run_cli("build", root=project.root)
    assert result.exit_code == 0, result.output
    assert "conforms: 0 violation(s), 0 warning(s)" in result.output
    engine = EmbeddedEngine(open_store(project.store_dir))
    rows = run_query(engine, load_queries(REPO / "queries")["change-events"],
                     {"from_date": "2025-03-01"}).rows
    listed = {(_text(r["kind"]), _text(r["before"]), _text(r["after"]))
              for r in rows if _text(r["date"]) == "2025-03-01"}
    merged = "Ban Tuyên giáo và Dân vận Tỉnh ủy Lam Mẫu"
    assert ("merger", "Ban Tuyên giáo Tỉnh ủy Lam Mẫu", merged) in listed
    assert ("merger", "Ban Dân vận Tỉnh ủy Lam Mẫu", merged) in listed
    assert ("dissolution", "Ban Nội chính Tỉnh ủy Lam Mẫu", "") in listed


def test_a_change_of_a_post_is_still_refused(tmp_path: Path) -> None:
    """Bodies, not anything: a post in ``from`` is refused at the sheet's line."""
    project = vocabulary_project(tmp_path)
    wrong = SHEET.replace("from: [lam-mau-internal-affairs-commission]",
                          "from: [lam-mau-deputy-secretary]")
    write_sheet_files(project.data_dir, wrong, article=ARTICLE, name=NAME)
    try:
        build(project)
    except Exception as exc:  # the build's error names the file and the field
        assert f"{NAME}.yaml" in str(exc) and "lam-mau-deputy-secretary" in str(exc)
    else:
        raise AssertionError("a post in a change's 'from' was accepted")
