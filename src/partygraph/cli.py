"""The ``partygraph`` command: a thin layer over the library that parses, calls and prints.

Exit codes: 0 success (or the graph conforms), 1 the graph does not conform,
2 partygraph could not do what was asked (bad input, missing build, bad query ...).
"""

from __future__ import annotations

import shutil
import sys
import traceback
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from .build import BuildSummary, build, is_stale
from .endpoint import RemoteEngine
from .engines import EmbeddedEngine, Engine
from .errors import FactSheetError, PartygraphError
from .project import Project
from .queries import label_map, load_queries, run_query
from .render import FORMATS, render_catalogue, render_queries, render_result
from .reports import REPORT_FORMATS, render_report
from .scaffold import start_sheet
from .store import open_store
from .validation import shape_names, validate_project

__all__ = ["main"]

F = TypeVar("F", bound=Callable[..., Any])
EXIT_NOT_CONFORM = 1
EXIT_ERROR = 2


def _reported(func: F) -> F:
    """Turn partygraph errors into plain messages on stderr and exit code 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except FactSheetError as exc:
            for problem in exc.problems:
                click.echo(f"error: {problem}", err=True)
            click.echo(f"{len(exc.problems)} problem(s) in the fact sheets; nothing was built.",
                       err=True)
            sys.exit(EXIT_ERROR)
        except PartygraphError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_ERROR)
        except Exception as exc:  # never a traceback for the user, unless asked
            if click.get_current_context().find_root().params.get("debug"):
                traceback.print_exc()
            click.echo(f"internal error: {type(exc).__name__}: {exc} "
                       "(rerun with --debug and report it)", err=True)
            sys.exit(EXIT_ERROR)

    return wrapper  # type: ignore[return-value]


def _project(ctx: click.Context) -> Project:
    root: Path = ctx.obj["root"]
    return Project.at(root)


@click.group()
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="The project folder (with ontology/, data/, queries/).")
@click.option("--debug", is_flag=True, help="Show tracebacks of internal errors.")
@click.version_option(package_name="partygraph")
@click.pass_context
def main(ctx: click.Context, root: Path, debug: bool) -> None:
    """Build, validate and query the partygraph knowledge graph."""
    ctx.ensure_object(dict)
    ctx.obj["root"] = root


def _summary_text(summary: BuildSummary, project: Project) -> str:
    lines = [
        f"built {project.dataset_file.relative_to(project.root)} and "
        f"{project.store_dir.relative_to(project.root)}/",
        f"sources: {summary.sources}",
        f"triples: {summary.triples}",
    ]
    for graph, count in summary.triples_by_graph.items():
        lines.append(f"  {graph}: {count}")
    lines.append("resources by class (entities and facts):")
    width = max((len(c) for c in summary.entities_by_class), default=0)
    for cls, count in summary.entities_by_class.items():
        lines.append(f"  {cls:<{width}}  {count}")
    return "\n".join(lines)


@main.command("build")
@click.option("--validate/--no-validate", default=True, show_default=True,
              help="Validate the graph against the SHACL shapes after building.")
@click.pass_context
@_reported
def build_command(ctx: click.Context, validate: bool) -> None:
    """Load the ontology and every fact sheet into the embedded store and summarise."""
    project = _project(ctx)
    summary = build(project)
    click.echo(_summary_text(summary, project))
    if validate:
        report = validate_project(project)
        click.echo(render_report(report, "text"), nl=False)
        if not report.conforms():
            sys.exit(EXIT_NOT_CONFORM)


@main.command("validate")
@click.argument("sheet", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--fail-on", type=click.Choice(["violation", "warning", "info", "none"]),
              default="violation", show_default=True,
              help="The lowest severity that makes the exit code 1.")
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="text",
              show_default=True, help="How to print the report.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to this file instead of standard output.")
@click.pass_context
@_reported
def validate_command(ctx: click.Context, sheet: Path | None, fail_on: str, fmt: str,
                     output: Path | None) -> None:
    """Check the fact sheets (or only SHEET, with the rest as context) against the SHACL shapes.

    Also checks the ontology, saved queries and shapes themselves. Exit 0 conforms,
    1 does not, 2 could not validate.
    """
    project = _project(ctx)
    report = validate_project(project, sheet=sheet)
    text = render_report(report, fmt, fail_on=fail_on, shapes=shape_names(project))
    if output is not None:
        output.write_text(text, encoding="utf-8")
        click.echo(render_report(report, "text", fail_on=fail_on).splitlines()[-1])
    else:
        click.echo(text, nl=False)
    if not report.conforms(fail_on):
        sys.exit(EXIT_NOT_CONFORM)


@main.command("queries")
@click.option("--format", "fmt", type=click.Choice(["table", "md"]), default="table",
              show_default=True, help="'md' prints the Markdown catalogue (queries/README.md).")
@click.pass_context
@_reported
def queries_command(ctx: click.Context, fmt: str) -> None:
    """List the saved queries with their parameters."""
    project = _project(ctx)
    queries = list(load_queries(project.queries_dir).values())
    if fmt == "md":
        click.echo(render_catalogue(queries), nl=False)
    else:
        click.echo(render_queries(queries, width=_width()), nl=False)


def _width() -> int:
    return max(shutil.get_terminal_size((200, 24)).columns, 100)


@main.command("query")
@click.argument("name")
@click.option("-p", "--param", "params", type=(str, str), multiple=True, metavar="NAME VALUE",
              help="A parameter value; repeat for several, and for each item of a list.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
              show_default=True, help="Output format (CONSTRUCT results are Turtle).")
@click.option("--endpoint", metavar="URL",
              help="Run on this SPARQL 1.1 endpoint instead of the embedded store.")
@click.option("--timeout", type=click.FloatRange(min=1), default=30.0, show_default=True,
              help="Seconds to wait for the endpoint.")
@click.pass_context
@_reported
def query_command(ctx: click.Context, name: str, params: tuple[tuple[str, str], ...],
                  fmt: str, endpoint: str | None, timeout: float) -> None:
    """Run the saved query NAME on the embedded store (or on --endpoint)."""
    project = _project(ctx)
    queries = load_queries(project.queries_dir)
    if name not in queries:
        raise PartygraphError(f"no saved query '{name}' (see 'partygraph queries')")
    engine: Engine
    if endpoint:
        engine = RemoteEngine(endpoint, timeout=timeout)
    else:
        if is_stale(project):
            click.echo("warning: the fact sheets changed since the last build; "
                       "run 'partygraph build' for current answers", err=True)
        engine = EmbeddedEngine(open_store(project.store_dir))
    values: dict[str, list[str]] = {}
    for key, value in params:
        values.setdefault(key, []).append(value)
    result = run_query(engine, queries[name], values)
    labels = label_map(engine, result) if fmt in ("table", "md") else None
    click.echo(render_result(result, fmt, width=_width(), labels=labels), nl=False)


@main.command("new")
@click.argument("article", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--id", "source_id", help="The source id (default: the file name).")
@click.option("--outlet", help="The outlet's full name (default: its code on the first line).")
@click.pass_context
@_reported
def new_command(ctx: click.Context, article: Path, source_id: str | None,
                outlet: str | None) -> None:
    """Start a fact sheet for ARTICLE, a text file whose first line is 'date YYYY-MM (OUTLET)-'."""
    project = _project(ctx)
    created = start_sheet(article, project.data_dir, source_id=source_id, outlet=outlet)
    click.echo(f"stored the article as {created.article.relative_to(project.root)}")
    click.echo(f"started {created.sheet.relative_to(project.root)}: add entities and facts, "
               "then run 'partygraph build'")
