"""The SYNTHETIC vocabulary corpus (``tests/fixtures/vocabulary``): three articles of 2025
about one made-up province (Lam Mẫu) that use the format's newer vocabulary: state and Front
organs and their posts held together with party posts, party commissions, the newer party
roles, a congress known only by its opening day and one held on one day, its venue, a
secretary elected directly by the congress and one appointed, approximate figures, and
attendance in the capacity of posts.

``cases.json`` names each case's saved query and parameters; ``expected/CASE.json`` holds its
exact rows. ``python -m tests.corpus.test_vocabulary`` writes them anew from the embedded
store: review the diff before committing it.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.query.saved import load_queries, run_query
from partygraph.store.build import build
from partygraph.store.embedded import open_store
from partygraph.tasks import validate_project

from ..conftest import FIXTURES, REPO, copy_project
from .test_province import _terms

VOCABULARY = FIXTURES / "vocabulary"
EXPECTED = VOCABULARY / "expected"
CASES: dict[str, dict[str, object]] = json.loads(
    (VOCABULARY / "cases.json").read_text(encoding="utf-8"))
QUERIES = load_queries(REPO / "queries")


def vocabulary_project(root: Path) -> Project:
    """A scratch project holding the vocabulary corpus and nothing else."""
    project = copy_project(root, with_data=False)
    for part in ("articles", "sheets"):
        shutil.copytree(VOCABULARY / part, project.data_dir / part)
    return project


def answer(engine: EmbeddedEngine, case: str) -> dict[str, object]:
    query, params = CASES[case]["query"], CASES[case]["params"]
    assert isinstance(query, str) and isinstance(params, dict)
    return {"query": query, "params": params,
            **_terms(run_query(engine, QUERIES[query], params))}


@pytest.fixture(scope="module")
def vocabulary(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = vocabulary_project(tmp_path_factory.mktemp("vocabulary"))
    build(project)
    return project


@pytest.fixture(scope="module")
def embedded(vocabulary: Project) -> EmbeddedEngine:
    return EmbeddedEngine(open_store(vocabulary.store_dir))


def test_every_case_has_expected_rows_and_names_a_saved_query() -> None:
    assert sorted(p.stem for p in EXPECTED.glob("*.json")) == sorted(CASES)
    assert {str(c["query"]) for c in CASES.values()} <= set(QUERIES)
    # the new queries are all here
    assert {"concurrent-posts", "attendances", "post-selections"} <= {
        str(c["query"]) for c in CASES.values()}


def test_the_corpus_conforms_without_any_result(vocabulary: Project) -> None:
    report = validate_project(vocabulary, lint=False)
    assert [str(r) for r in report.results] == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_saved_query_gives_its_expected_rows(embedded: EmbeddedEngine, case: str) -> None:
    got = answer(embedded, case)
    expected = json.loads((EXPECTED / f"{case}.json").read_text(encoding="utf-8"))
    assert got == expected
    rows = got.get("rows")
    if isinstance(rows, list):
        assert len({tuple(r) for r in rows}) == len(rows)


def test_an_approximate_figure_disagrees_with_nothing(embedded: EmbeddedEngine) -> None:
    rows = answer(embedded, "disagreements")["rows"]
    assert isinstance(rows, list)
    # 145 against 143 delegates (both exact); "hơn 1.200" against 1.215 members, and
    # "gần 40" against 38 cells, are no disagreement
    assert [(r[2], r[4], r[7]) for r in rows] == [
        ('"delegates"@en', '"145"^^<http://www.w3.org/2001/XMLSchema#integer>',
         '"143"^^<http://www.w3.org/2001/XMLSchema#integer>')]


def test_concurrent_posts_pair_each_party_post_with_each_state_post(
        embedded: EmbeddedEngine) -> None:
    rows = answer(embedded, "concurrent-posts")["rows"]
    assert isinstance(rows, list)
    pairs = {(str(r[0]).split('"')[1], str(r[1]).split('"')[1], str(r[5]).split('"')[1])
             for r in rows}
    assert ("Phan Thị Mẫu Hoa", "Phó Bí thư Thường trực Tỉnh ủy Lam Mẫu",
            "Trưởng Đoàn đại biểu Quốc hội tỉnh Lam Mẫu") in pairs
    assert ("Đỗ Thị Mẫu Nga", "Ủy viên Ban Thường vụ Tỉnh ủy Lam Mẫu",
            "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lam Mẫu") in pairs
    # party posts alone (an inspection chair, a commission head) are not listed
    assert {p[0] for p in pairs} == {"Lý Văn Mẫu", "Lương Văn Mẫu", "Phan Thị Mẫu Hoa",
                                     "Vũ Đình Mẫu", "Đỗ Thị Mẫu Nga"}


def test_the_reference_documents_the_newer_types_fields_and_values() -> None:
    """docs/fact-sheets.md has a section for organ and attendance listing their fields, names
    every new keyword and points to the generated list of values (docs/concepts.md)."""
    from typing import get_args

    from partygraph.sheets import schema

    text = (REPO / "docs" / "fact-sheets.md").read_text(encoding="utf-8")
    sections = {s.split("`")[1]: s for s in text.split("\n### ")[1:]}
    for model in (schema.Organ, schema.Attendance):
        kind = get_args(model.model_fields["type"].annotation)[0]
        for name, info in model.model_fields.items():
            if name not in schema.Item.model_fields and name != "type":
                assert f"`{info.alias or name}`" in sections[kind], f"{kind}.{name}"
    assert "(concepts.md)" in text  # the values: docs/concepts.md, from the ontology
    for field in ("venue", "approx", "selection"):
        assert f"`{field}`" in text


def _regenerate() -> None:
    """Write ``expected/`` from a fresh build of the corpus (review the diff)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        project = vocabulary_project(Path(folder))
        build(project)
        engine = EmbeddedEngine(open_store(project.store_dir))
        EXPECTED.mkdir(exist_ok=True)
        for case in sorted(CASES):
            (EXPECTED / f"{case}.json").write_text(
                json.dumps(answer(engine, case), ensure_ascii=False, indent=1) + "\n",
                encoding="utf-8")
            print(case, "written", file=sys.stderr)


if __name__ == "__main__":
    _regenerate()
