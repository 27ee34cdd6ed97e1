"""What each command does, as plain functions: the stages put together, with no printing.

The command line (``cli``) parses arguments, calls one of these and prints what it returns;
other programs can call them the same way. Each raises PartygraphError (or FactSheetError)
for anything it cannot do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from partygraph.compile.dataset import CompiledGraph
from partygraph.errors import PartygraphError, StoreError
from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine, Engine, QueryResult
from partygraph.query.saved import SavedQuery, load_queries, run_query
from partygraph.store.build import BuildSummary, OnLoad, build_compiled, compile_project, is_stale
from partygraph.store.embedded import open_store
from partygraph.validate.repository import lint_project_cached
from partygraph.validate.results import ValidationReport, result_order
from partygraph.validate.scope import shape_scope_cached
from partygraph.validate.shacl import sheet_context_data, validate_compiled

if TYPE_CHECKING:

    from partygraph.export.stats import GraphStats
    from partygraph.export.views import View

__all__ = [
    "BuiltProject",
    "build_project",
    "check_before_push",
    "export_view",
    "fold_params",
    "is_stale",
    "open_engine",
    "project_stats",
    "run_saved_query",
    "saved_query",
    "validate_project",
]

OnSheet = Callable[[Path], None]


@dataclass(frozen=True)
class BuiltProject:
    """What ``partygraph build`` produced, and the validation of it (unless skipped)."""

    summary: BuildSummary
    report: ValidationReport | None


def build_project(project: Project, *, validate: bool = True, on_sheet: OnSheet | None = None,
                  on_load: OnLoad | None = None) -> BuiltProject:
    """Build ``project`` and validate what was built, compiling every sheet once."""
    compiled, summary = build_compiled(project, on_sheet, on_load)
    report = _validate(project, compiled) if validate else None
    return BuiltProject(summary, report)


def validate_project(project: Project, *, sheet: Path | None = None, lint: bool = True,
                     engine: str = "turbo", on_sheet: OnSheet | None = None) -> ValidationReport:
    """Compile ``project``'s fact sheets and validate them against its shapes.

    ``sheet`` validates one fact sheet against the rest: the build is brought up to date
    (only changed sheets are compiled again) and only the part of the graph that sheet's
    nodes reach is validated; the results are those a full validation gives for them.
    ``lint`` adds the checks of the ontology, saved queries and shapes themselves.
    ``on_sheet`` is called as each sheet is taken (for progress).
    """
    if sheet is None:
        return _validate(project, compile_project(project, on_sheet), engine=engine, lint=lint)
    name = _sheet_name(project, sheet)
    compiled, _summary = build_compiled(project, on_sheet)
    return _validate(project, compiled, engine=engine, lint=lint, sheet=name)


def _validate(project: Project, compiled: CompiledGraph, *, engine: str = "turbo",
              lint: bool = True, sheet: str | None = None) -> ValidationReport:
    shapes = project.load_shapes()
    scope = shape_scope_cached(project.shapes_file, shapes,
                               project.build_dir / "shape-predicates.json")
    data = None
    if sheet is not None:  # what the sheet's nodes reach, read from the store just built
        data = sheet_context_data(compiled, sheet, open_store(project.store_dir), scope)
    report = validate_compiled(compiled, shapes, engine=engine, data=data, sheet=sheet,
                               predicates=scope.seen)
    if not lint:
        return report
    results = sorted((*report.results, *lint_project_cached(project)), key=result_order)
    return ValidationReport(tuple(results), report.graph, shapes)


def _sheet_name(project: Project, sheet: Path) -> str:
    resolved = sheet.resolve()
    if resolved not in set(project.sheet_files()):  # these are under the resolved data folder
        raise PartygraphError(f"{sheet} is not a fact sheet of this project "
                              f"(they are under {project.data_dir})")
    return project.relative(resolved)


def fold_params(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """``-p NAME VALUE`` pairs as each name's values, in the order given."""
    values: dict[str, list[str]] = {}
    for key, value in pairs:
        values.setdefault(key, []).append(value)
    return values


def saved_query(project: Project, name: str) -> SavedQuery:
    """The saved query ``name`` of ``project``."""
    queries = load_queries(project.queries_dir)
    if name not in queries:
        raise PartygraphError(f"no saved query '{name}' (see 'partygraph queries')")
    return queries[name]


def open_engine(project: Project, endpoint: str | None = None, *,
                timeout: float = 30.0) -> Engine:
    """The engine queries run on: the endpoint named, else the project's embedded store."""
    if endpoint:
        from partygraph.query.remote import RemoteEngine  # SPARQLWrapper: only when asked

        return RemoteEngine(endpoint, timeout=timeout)
    return EmbeddedEngine(open_store(project.store_dir))


def run_saved_query(project: Project, engine: Engine, query: SavedQuery,
                    pairs: Iterable[tuple[str, str]]) -> QueryResult:
    """Run ``query`` with the ``-p`` pairs given; a damaged embedded store said in one line."""
    try:
        return run_query(engine, query, fold_params(pairs))
    except (OSError, RuntimeError) as exc:
        if not isinstance(engine, EmbeddedEngine):
            raise
        raise StoreError(f"cannot read the store at {project.store_dir} "
                         f"({' '.join(str(exc).split())}): if it is damaged, run "
                         "'partygraph build' to rebuild it") from None


def export_view(project: Project, view: str, *, as_of: str | None = None,
                query_name: str | None = None,
                pairs: Iterable[tuple[str, str]] = ()) -> View:
    """The networkx graph of ``view`` (or of a saved CONSTRUCT query's result)."""
    from partygraph.export.views import build_view, catalog_for, graph_from_triples  # networkx

    pairs = list(pairs)
    if as_of is not None and view != "hierarchy":
        raise PartygraphError("--as-of applies to the hierarchy view only")
    if view != "construct":
        if query_name is not None or pairs:
            raise PartygraphError("--query and -p apply to the construct view only")
        return build_view(open_engine(project), view, as_of=as_of)
    if query_name is None:
        raise PartygraphError("the construct view needs --query NAME (a saved CONSTRUCT query)")
    query = saved_query(project, query_name)
    engine = open_engine(project)
    result = run_saved_query(project, engine, query, pairs)
    if result.form != "construct":
        raise PartygraphError(f"'{query_name}' is not a CONSTRUCT query")
    return graph_from_triples(result.triples, catalog_for(engine), f"query {query_name}")


def project_stats(project: Project, *, top: int = 10) -> GraphStats:
    """Structural figures of the built graph (see :func:`partygraph.export.stats`)."""
    from partygraph.export.stats import compute_stats  # networkx: only for these commands
    from partygraph.export.views import build_view

    engine = open_engine(project)
    return compute_stats(build_view(engine, "hierarchy"), build_view(engine, "people"),
                         build_view(engine, "full"), top=top)


def check_before_push(project: Project) -> ValidationReport:
    """The validation of the current build; refuses when there is none or it is stale."""
    if not project.dataset_file.is_file() or is_stale(project):
        raise PartygraphError("the build is missing or older than the fact sheets: run "
                              "'partygraph build' first")
    return validate_project(project)
