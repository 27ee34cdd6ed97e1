"""What holds for any correct corpus, checked on every sheet of ``data/``.

Nothing here expects exact rows (those live with the fixture corpora under
``tests/fixtures/``), so adding a correct sheet to ``data/`` never breaks a test. To show
it, each check also runs on a scratch copy of ``data/`` with the SYNTHETIC province corpus
(nine more articles that declare entities again) added.
"""

from __future__ import annotations

import re
import shutil

import pyoxigraph as ox
import pytest

from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.query.saved import load_queries, run_query
from partygraph.rdf.vocab import DERIVED_GRAPH
from partygraph.sheets.load import load_sheet
from partygraph.store.build import build
from partygraph.store.embedded import open_store
from partygraph.tasks import validate_project
from tests.conftest import repo_vocabulary

from ..conftest import FIXTURES, REPO, SEED_ID, copy_project

QUERIES = load_queries(REPO / "queries")


@pytest.fixture(scope="module", params=["data", "data-and-province"])
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = copy_project(tmp_path_factory.mktemp(request.param), all_data=True)
    if request.param == "data-and-province":
        for part in ("articles", "sheets"):
            for file in (FIXTURES / "province" / part).iterdir():
                shutil.copy(file, project.data_dir / part / file.name)
    build(project)  # refuses any sheet with a problem: a quote not in its article, ...
    return project


def test_every_sheet_builds_into_its_own_graph(corpus: Project) -> None:
    store = open_store(corpus.store_dir)
    graphs = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)
              and not g.value.startswith(f"{DERIVED_GRAPH}/")}  # those the build derives
    assert len(graphs) == len(corpus.sheet_files()) + 1  # and the ontology's
    # the default graph is the merge: every triple any graph states, once
    named = {str(q.triple) for q in store if isinstance(q.graph_name, ox.NamedNode)}
    merged = {str(q.triple) for q in store.quads_for_pattern(None, None, None,
                                                              ox.DefaultGraph())}
    without_blank = {t for t in named if "_:" not in t}
    assert without_blank <= merged and len(merged) == len(named)


def test_every_sheet_conforms(corpus: Project) -> None:
    report = validate_project(corpus, lint=False)
    violations = [r for r in report.results if r.severity == "violation"]
    assert violations == [], violations[:3]


def test_every_quote_is_in_its_article(corpus: Project) -> None:
    def words(text: str) -> str:
        return " ".join(text.split())

    for file in corpus.sheet_files():
        sheet = load_sheet(file, articles_dir=corpus.articles_dir, vocabulary=repo_vocabulary())
        article = words(sheet.article.path.read_text(encoding="utf-8"))
        for _, _, item in sheet.items():
            for quote in item.quote:
                assert words(quote) in article, (file.name, item.id, quote)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_every_saved_query_runs_and_repeats_no_row(corpus: Project, name: str) -> None:
    query = QUERIES[name]
    result = run_query(EmbeddedEngine(open_store(corpus.store_dir)), query,
                       query.example_values())
    rows = [tuple(str(r[v]) for v in result.variables) for r in result.rows]
    assert len(set(rows)) == len(rows)
    assert len(set(map(str, result.triples))) == len(result.triples)


def test_the_seed_facts_read_back(corpus: Project) -> None:
    """What the seed article states is in the graph whatever else the corpus holds."""
    engine = EmbeddedEngine(open_store(corpus.store_dir))
    query = QUERIES["source-facts"]
    facts = run_query(engine, query, {"source": SEED_ID})
    seed = load_sheet(REPO / "data" / "sheets" / f"{SEED_ID}.yaml",
                      articles_dir=REPO / "data" / "articles", vocabulary=repo_vocabulary())
    stated = {item.id for section, _, item in seed.items() if section == "facts"}
    found = {re.sub(r".*/", "", str(r["fact"].value)) for r in facts.rows
             if r["fact"] is not None}
    assert stated <= found
    figures = run_query(engine, QUERIES["figures-over-time"], {"org": "an-khe-town-party"})
    assert ("2457", SEED_ID) in {(r["value"].value, r["source"].value) for r in figures.rows
                                 if r["value"] is not None and r["source"] is not None}
