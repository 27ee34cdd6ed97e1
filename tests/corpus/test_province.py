"""The SYNTHETIC province corpus (``tests/fixtures/province``): nine articles over 2019-2025
about one made-up province, which declare the same organisations, people and congresses
again, disagree on a figure, name one organisation in two ways, succeed a secretary, hold a
congress they announced and merge wards in 2025.

Every saved query has its parameters on this corpus in ``params.json`` and its exact
expected rows in ``expected/NAME.json``; the embedded store, ``partygraph serve`` and real Oxigraph
and Virtuoso servers after ``push`` must all give them, and no query may repeat a row.
``python -m tests.corpus.test_province`` writes the files anew from the embedded store: review the
diff before committing it.
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from partygraph.export.views import build_view
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine, Engine, QueryResult
from partygraph.query.remote import RemoteEngine
from partygraph.query.saved import load_queries, run_query
from partygraph.share.server import OxigraphServer
from partygraph.store.build import build
from partygraph.store.embedded import open_store
from partygraph.tasks import validate_project

from ..across_stores import comparable_term
from ..conftest import FIXTURES, REPO, copy_project, run_cli
from ..servers import SERVER_KINDS, pushed_server

PROVINCE = FIXTURES / "province"
EXPECTED = PROVINCE / "expected"
PARAMS: dict[str, dict[str, str | list[str]]] = json.loads(
    (PROVINCE / "params.json").read_text(encoding="utf-8"))
QUERIES = load_queries(REPO / "queries")


def province_project(root: Path) -> Project:
    """A scratch project holding the province corpus and nothing else."""
    project = copy_project(root, with_data=False)
    for part in ("articles", "sheets"):
        shutil.copytree(PROVINCE / part, project.data_dir / part)
    return project


def expected(name: str) -> dict[str, object]:
    data = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def answer(engine: Engine, name: str) -> dict[str, object]:
    """A saved query's answer on ``engine``, as kept in ``expected/``: terms in N-Triples."""
    params = PARAMS[name]
    return {"params": params, **_terms(run_query(engine, QUERIES[name], params))}


def _terms(result: QueryResult) -> dict[str, object]:
    if result.boolean is not None:
        return {"boolean": result.boolean}
    if result.form == "construct":
        return {"triples": sorted(str(t) for t in result.triples)}
    return {"variables": list(result.variables),
            "rows": [[None if r[v] is None else str(r[v]) for v in result.variables]
                     for r in result.rows]}


def comparable(answer: dict[str, object]) -> object:
    """An answer as compared across stores: the same rows, in any order (Virtuoso orders
    Vietnamese text by its own collation, and ties as it likes)."""
    rows = answer.get("rows")
    if isinstance(rows, list):
        return sorted(([comparable_term(term) for term in row] for row in rows), key=repr)
    return answer.get("boolean", answer.get("triples"))


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = province_project(tmp_path_factory.mktemp("province"))
    build(project)
    return project


@pytest.fixture(scope="module")
def embedded(province: Project) -> EmbeddedEngine:
    return EmbeddedEngine(open_store(province.store_dir))


def test_every_saved_query_has_parameters_and_expected_rows_here() -> None:
    assert sorted(PARAMS) == sorted(QUERIES)
    assert sorted(p.stem for p in EXPECTED.glob("*.json")) == sorted(QUERIES)


def test_the_corpus_redeclares_entities_across_sheets(province: Project) -> None:
    declared: dict[str, int] = {}
    for sheet in province.sheet_files():
        for line in sheet.read_text(encoding="utf-8").splitlines():
            if line.startswith("  - id: ") and "entities:" in sheet.read_text(encoding="utf-8"):
                declared[line.split(": ", 1)[1]] = declared.get(line.split(": ", 1)[1], 0) + 1
    assert len(province.sheet_files()) >= 8
    assert max(declared.values()) >= 5


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_saved_query_gives_its_expected_rows(embedded: EmbeddedEngine, name: str) -> None:
    got = answer(embedded, name)
    assert got == expected(name)
    rows = got.get("rows")
    if isinstance(rows, list):  # each row once, however many sheets state its triples
        assert len({tuple(r) for r in rows}) == len(rows)


def test_each_thing_is_counted_once(embedded: EmbeddedEngine) -> None:
    # declared by eight sheets, the town organisation has one English label, not eight
    town = "<https://w3id.org/partygraph/id/organisation/dong-mau-town-party>"
    found = embedded.run(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ {town} rdfs:label ?l FILTER (LANG(?l) = 'en') }}")
    assert [r["n"].value for r in found.rows if r["n"] is not None] == ["1"]
    # while each sheet's graph still says it: GRAPH ?g tells which sources state what
    sources = embedded.run(
        f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {town} rdfs:label ?l }} "
        "FILTER (?l = 'Đảng bộ thị xã Đồng Mẫu'@vi) }")
    assert len(sources.rows) == 7


def test_a_name_worded_differently_is_a_warning_and_an_alternative_name(
        province: Project, embedded: EmbeddedEngine) -> None:
    report = validate_project(province, lint=False)
    assert report.conforms()
    warned = [(r.origins[0].file.rsplit("/", 1)[-1], r.origins[0].line, r.message)
              for r in report.results if r.shape == "pgsh:OneNamePerLanguageShape/sparql"]
    assert len(warned) == 1
    file, line, message = warned[0]
    assert file == "synthetic-2023-09-dong-mau-mid-term-review.yaml"
    sheet = (PROVINCE / "sheets" / file).read_text(encoding="utf-8").splitlines()
    assert "Đảng bộ Thị xã Đồng Mẫu" in sheet[line - 1]
    assert '"Đảng bộ Thị xã Đồng Mẫu"' in message and "alternative name" in message
    assert [r for r in report.results if r.severity != "warning"] == []
    # the wording most sheets give is the label; the other one is kept, and found by search
    town = "<https://w3id.org/partygraph/id/organisation/dong-mau-town-party>"
    labels = embedded.run(f"SELECT ?p ?l WHERE {{ {town} ?p ?l FILTER (LANG(?l) = 'vi') "
                          "FILTER (?p IN (rdfs:label, skos:altLabel)) }")
    assert sorted((r["p"].value.rsplit("#", 1)[-1], r["l"].value) for r in labels.rows
                  if r["p"] is not None and r["l"] is not None) == [
        ("altLabel", "Đảng bộ Thị xã Đồng Mẫu"), ("label", "Đảng bộ thị xã Đồng Mẫu")]
    # ... and by its exact name, either wording, once
    for name in ("Đảng bộ Thị xã Đồng Mẫu@vi", "Đảng bộ thị xã Đồng Mẫu@vi"):
        found = run_query(embedded, QUERIES["find-by-exact-name"], {"name": name})
        assert [str(r["id"].value) for r in found.rows if r["id"] is not None] == \
            ["dong-mau-town-party"], name


def test_stats_count_each_organisation_once(province: Project) -> None:
    result = run_cli("stats", root=province.root)
    assert result.exit_code == 0, result.output
    assert "  district: 1\n" in result.output and "  base: 5\n" in result.output
    assert "  Đảng bộ thị xã Đồng Mẫu: 8\n" in result.output  # eight sources, one entity


def test_hierarchy_export_as_of_leaves_out_what_had_ended_or_not_begun(
        embedded: EmbeddedEngine) -> None:
    def organisations(as_of: str) -> set[str]:
        view = build_view(embedded, "hierarchy", as_of=as_of)
        return {iri.rsplit("/", 1)[-1] for iri in view.nodes}

    before = organisations("2024-01-01")
    assert "dong-mau-irrigation-company-party" not in before  # dissolved on 2023-09-01
    assert "dong-mau-ward-party" not in before  # created by the merger of 2025-07-01
    assert {"dong-mau-town-party", "thuong-mau-ward-party"} <= before
    after = organisations("2025-08-01")
    assert "dong-mau-ward-party" in after
    assert not after & {"dong-mau-town-party", "thuong-mau-ward-party", "ha-mau-ward-party",
                        "tan-mau-ward-party"}  # ended on 2025-07-01


@pytest.fixture(scope="module")
def served(province: Project) -> Iterator[OxigraphServer]:
    with OxigraphServer(province.store_dir) as running:
        yield running


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_serve_gives_the_same_rows(served: OxigraphServer, name: str) -> None:
    got = answer(RemoteEngine(served.query_url), name)
    assert comparable(got) == comparable(expected(name))


@pytest.fixture(scope="module", params=SERVER_KINDS)
def pushed(request: pytest.FixtureRequest, province: Project,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp(f"province-{request.param}")
    with pushed_server(request.param, folder, province.dataset_file) as query_url:
        yield query_url


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_pushed_store_gives_the_same_rows(pushed: str, name: str) -> None:
    got = answer(RemoteEngine(pushed), name)
    assert comparable(got) == comparable(expected(name))


def _without_english(value: object) -> object:
    """A sheet's YAML data with every ``en`` name dropped (``vi`` is the one required)."""
    if isinstance(value, dict):
        drop = "vi" in value
        return {k: _without_english(v) for k, v in value.items() if not (drop and k == "en")}
    if isinstance(value, list):
        return [_without_english(v) for v in value]
    return value


def _size(answer: dict[str, object]) -> int:
    """The rows of an answer, or its triples but those of English labels."""
    rows = answer.get("rows")
    if isinstance(rows, list):
        return len(rows)
    triples = answer.get("triples")
    return len([t for t in triples if not str(t).endswith('"@en')]) \
        if isinstance(triples, list) else 0


def test_no_saved_query_needs_an_english_name(tmp_path: Path) -> None:
    """The corpus with its sheets' English names removed (as drafted sheets have none) gives
    every saved query as many rows as the whole corpus does: no query drops what has only a
    Vietnamese name (the tasks and tallies ``deadlines`` and ``tallies`` once dropped)."""
    project = province_project(tmp_path)
    for sheet in sorted((project.data_dir / "sheets").glob("*.yaml")):
        data = yaml.safe_load(sheet.read_text(encoding="utf-8"))
        sheet.write_text(yaml.safe_dump(_without_english(data), allow_unicode=True,
                                        sort_keys=False), encoding="utf-8")
    build(project)
    engine = EmbeddedEngine(open_store(project.store_dir))
    differ = {}
    for name in sorted(QUERIES):
        got, want = answer(engine, name), expected(name)
        count, wanted = _size(got), _size(want)
        if count != wanted:
            differ[name] = (count, wanted)
    assert differ == {}


def _regenerate() -> None:
    """Write ``expected/`` from a fresh build of the corpus (review the diff)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        project = province_project(Path(folder))
        build(project)
        engine = EmbeddedEngine(open_store(project.store_dir))
        EXPECTED.mkdir(exist_ok=True)
        for name in sorted(QUERIES):
            got = answer(engine, name)
            (EXPECTED / f"{name}.json").write_text(
                json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            print(name, "written", file=sys.stderr)


if __name__ == "__main__":
    _regenerate()
