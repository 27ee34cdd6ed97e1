"""The ``partygraph`` command: a thin layer over the library that parses, calls and prints.

Exit codes: 0 success (or the graph conforms), 1 the graph does not conform,
2 partygraph could not do what was asked (bad input, missing build, bad query ...),
130 interrupted (Ctrl-C), 143 stopped by SIGTERM (which says "interrupted (SIGTERM)" and
undoes what it was doing as Ctrl-C does). ``serve`` stops on SIGINT (Ctrl-C), SIGTERM or
SIGHUP alike: it stops its Oxigraph server, waits for it, says "stopped (SIGTERM)" (or the
signal it got) on stderr and exits 0.

What a command produces (results, reports, summaries) goes to standard output; warnings,
progress, errors and the status of a command whose data goes to standard output (``-o -``)
go to standard error.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import shlex
import shutil
import sys
import textwrap
import traceback
from collections.abc import Callable
from contextlib import AbstractContextManager
from functools import wraps
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn, TypeVar, cast

import click

from partygraph.errors import FactSheetError, PartygraphError, Problem, QueryError, one_line
from partygraph.options import (
    ENGINE_NAMES,
    EXPORT_FORMATS,
    MOST_PARTS,
    PART_TRIPLES,
    QUERY_FORMATS,
    REPORT_FORMATS,
    VIEWS,
)
from partygraph.project import Project
from partygraph.rdf.vocab import DERIVED_GRAPH
from partygraph.share.profiles import PROFILES, profile_named
from partygraph.util.interrupt import how_interrupted
from partygraph.util.lock import build_lock
from partygraph.util.suggest import did_you_mean

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from partygraph.draft.write import DraftResult
    from partygraph.query.saved import SavedQuery
    from partygraph.store.build import BuildSummary

# Lazy imports below are for start-up time: each command imports the stages it runs
# (rdflib, pyoxigraph, SHACL engines, networkx, HTTP clients) itself, so that --help and
# every other command do not pay for importing them all.

__all__ = ["main"]

_CONTEXT = {"help_option_names": ["-h", "--help"]}  # inherited by every command
_STDOUT_NAMES = ("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")

F = TypeVar("F", bound=Callable[..., Any])
EXIT_NOT_CONFORM = 1
EXIT_ERROR = 2

# What to do about a file-system error, by errno; {folder} is the folder concerned.
_ENVIRONMENT = {
    errno.EACCES: ("permission denied", "make {folder} writable for you or use --root"),
    errno.EPERM: ("operation not permitted", "make {folder} writable for you or use --root"),
    errno.EROFS: ("read-only file system", "make {folder} writable or use --root"),
    errno.ENOSPC: ("no space left on the device", "free some space and run it again"),
    errno.EDQUOT: ("disk quota exceeded", "free some space and run it again"),
    errno.ENOENT: ("no such file or folder", "create {folder} or choose another path"),
    errno.ENOTDIR: ("a part of the path is not a folder", "choose another path"),
    errno.EISDIR: ("it is a folder", "choose a file name"),
    errno.EMFILE: ("too many open files", "raise the limit (ulimit -n) and run it again"),
}


def environment_problem(exc: OSError) -> str | None:
    """One line saying what to do about a file-system error (``None`` if not one)."""
    known = _ENVIRONMENT.get(exc.errno) if exc.errno is not None else None
    if known is None or isinstance(exc, ConnectionError):
        return None
    reason, advice = known
    if exc.filename is None:
        return f"cannot read or write a file: {reason}: {advice.format(folder='the folder')}"
    path = Path(os.fsdecode(exc.filename))
    folder = f"{path.parent}/" if str(path.parent) not in ("", ".") else "this folder"
    return one_line(f"cannot use {path}: {reason}: {advice.format(folder=folder)}")


class _Choice(click.Choice):  # type: ignore[type-arg]
    """click's choice of words, its error naming the closest words to a misspelt one."""

    def get_invalid_choice_message(self, value: Any, ctx: click.Context | None) -> str:
        """click's message, with the closest choices when ``value`` is near one."""
        said = super().get_invalid_choice_message(value, ctx)
        hint = did_you_mean(str(value), (str(c) for c in self.choices))
        return f"{said.rstrip('.')}{hint}." if hint else said


class _Main(click.Group):
    """The command group: Ctrl-C ends any command with one line and exit code 130, SIGTERM
    (made a KeyboardInterrupt by :func:`partygraph.launch.run`) with one line and 143."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (KeyboardInterrupt, click.exceptions.Abort) as exc:
            said, code = how_interrupted(exc)
            click.echo(said, err=True)
            sys.exit(code)
        except click.NoSuchOption as exc:
            if exc.option_name not in ("--root", "--debug") or exc.ctx is None:
                raise
            command = exc.ctx.info_name or "COMMAND"
            raise click.UsageError(
                f"{exc.option_name} goes before the command: partygraph {exc.option_name}"
                f"{' DIR' if exc.option_name == '--root' else ''} {command} ...",
                ctx=exc.ctx) from None
_LISTED_GRAPHS = 20  # graphs listed by name in a build's summary


def _reported(func: F) -> F:
    """Turn partygraph errors into plain messages on stderr and exit code 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except FactSheetError as exc:
            project = _current_project()
            for problem in exc.problems:
                click.echo(f"error: {_relative_problem(project, problem)}", err=True)
            click.echo(f"{len(exc.problems)} problem(s) in the fact sheets; nothing was built.",
                       err=True)
            sys.exit(EXIT_ERROR)
        except PartygraphError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_ERROR)
        except BrokenPipeError:  # the reader went away (``| head``): stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(EXIT_ERROR)
        except OSError as exc:  # a read-only or full disk, a missing folder: not a bug
            said = environment_problem(exc)
            if said is None:
                _internal(exc)
            click.echo(f"error: {said}", err=True)
            sys.exit(EXIT_ERROR)
        except Exception as exc:  # never a traceback for the user, unless asked
            _internal(exc)

    return wrapper  # type: ignore[return-value]


def _current_project() -> Project | None:
    """The project of the command running, if there is one (for messages)."""
    ctx = click.get_current_context(silent=True)
    if ctx is None:
        return None
    try:
        return _project(ctx)
    except (PartygraphError, OSError):
        return None


def _relative_problem(project: Project | None, problem: Problem) -> Problem:
    """``problem`` with its file relative to the project, as validation reports name files."""
    if project is None:
        return problem
    return Problem(Path(project.relative(problem.file)), problem.line, problem.message)


def _internal(exc: Exception) -> NoReturn:
    """Report a bug of partygraph's in one line (its traceback with --debug) and exit 2."""
    if click.get_current_context().find_root().params.get("debug"):
        traceback.print_exc()
    click.echo(one_line(f"internal error: {type(exc).__name__}: {exc} "
                        "(rerun with --debug and report it)"), err=True)
    sys.exit(EXIT_ERROR)


def _project(ctx: click.Context) -> Project:
    """The project ``--root`` names, else the nearest one at or above the current folder."""
    root: Path | None = (ctx.obj or {}).get("root")
    return Project.at(root) if root is not None else Project.find(Path.cwd())


@click.group(cls=_Main, context_settings=_CONTEXT)
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The project folder (with partygraph.toml, data/, queries/); default: the "
                   "nearest one at or above the current folder.")
@click.option("--debug", is_flag=True, help="Show tracebacks of internal errors.")
@click.version_option(package_name="partygraph")
@click.pass_context
def main(ctx: click.Context, root: Path | None, debug: bool) -> None:
    """Build, validate and query the partygraph knowledge graph."""
    _output_that_takes_vietnamese()
    ctx.ensure_object(dict)
    ctx.obj["root"] = root


def _output_that_takes_vietnamese() -> None:
    """Standard output and error able to write any text, whatever the locale's encoding.

    Written to a file or a pipe, standard output is UTF-8, as CSV, JSON, Turtle and the
    other formats are read; on a terminal that is not UTF-8, a character it cannot show is
    written as a ``\\uXXXX`` escape, and so are such characters in messages (an internal
    error stopped the command before).
    """
    for stream, is_output in ((sys.stdout, True), (sys.stderr, False)):
        encoding = codecs.lookup(getattr(stream, "encoding", None) or "utf-8").name
        if encoding == "utf-8" or not isinstance(stream, io.TextIOWrapper):
            continue
        if is_output and not stream.isatty():
            stream.reconfigure(encoding="utf-8")
        else:
            stream.reconfigure(errors="backslashreplace")


def _warn_unread(project: Project) -> None:
    """Name on stderr each file the build leaves out though it looks meant as a sheet."""
    for file, reason in project.unread_files():
        click.echo(f"warning: {one_line(project.relative(file))}: not read: {reason}", err=True)


def _lock_option(func: F) -> F:
    return click.option(
        "--lock-timeout", type=click.FloatRange(min=0), metavar="SECONDS",
        help="Give up (exit 2) if another build of the same folder is still running after "
             "this long (default: wait for it).")(func)


def _build_lock(project: Project, timeout: float | None) -> AbstractContextManager[None]:
    """The build folder's lock, saying on stderr when it waits for another build."""
    return build_lock(project.build_dir, timeout=timeout, on_wait=_waiting(project))


def _waiting(project: Project) -> Callable[[int | None], None]:
    """What to say on stderr when another build holds the build folder's lock."""
    def waiting(holder: int | None) -> None:
        who = f" (process {holder})" if holder is not None else ""
        click.echo(f"waiting for another build of {project.build_dir}{who} to finish…",
                   err=True)

    return waiting


def _is_stdout(path: Path) -> bool:
    """Whether ``-o path`` means standard output (``-`` or /dev/stdout)."""
    return str(path) in _STDOUT_NAMES


def _kept_text(summary: BuildSummary) -> str:
    """What a build took from its cache, in words: nothing to say when it compiled all."""
    kept = summary.sources - summary.sheets_compiled
    if kept <= 0:
        return ""
    return f" (the other {kept} unchanged since the last build)" if summary.sheets_compiled \
        else " (all unchanged since the last build)"


def _summary_text(summary: BuildSummary, project: Project) -> str:
    lines = [
        f"built {project.relative(project.dataset_file)} and "
        f"{project.relative(project.store_dir)}/",
        f"sheets compiled: {summary.sheets_compiled}{_kept_text(summary)}; named graphs "
        f"replaced in the store: {summary.graphs_replaced}",
        f"sources: {summary.sources}",
        f"triples: {summary.triples} in the named graphs, {summary.merged_triples} distinct "
        "(the default graph, their merge, which queries see)",
    ]
    derived_prefix = f"{DERIVED_GRAPH}/"
    graphs = [(g, n) for g, n in summary.triples_by_graph.items()
              if not g.startswith(derived_prefix)]
    derived = [n for g, n in summary.triples_by_graph.items() if g.startswith(derived_prefix)]
    for graph, count in graphs[:_LISTED_GRAPHS]:
        lines.append(f"  {graph}: {count}")
    if len(graphs) > _LISTED_GRAPHS:
        lines.append(f"  … and {len(graphs) - _LISTED_GRAPHS} more graphs "
                     "(see build/manifest.json)")
    if derived:
        lines.append(f"  {derived_prefix}NN ({len(derived)} graphs of figures the build "
                     f"derives): {sum(derived)}")
    lines.append("resources by class (entities and facts):")
    width = max((len(c) for c in summary.entities_by_class), default=0)
    for cls, count in summary.entities_by_class.items():
        lines.append(f"  {cls:<{width}}  {count}")
    return "\n".join(lines)


@main.command("build")
@click.option("--validate/--no-validate", default=True, show_default=True,
              help="Validate the graph against the SHACL shapes after building.")
@_lock_option
@click.pass_context
@_reported
def build_command(ctx: click.Context, validate: bool, lock_timeout: float | None) -> None:
    """Load the ontology and every fact sheet into the embedded store and summarise."""
    from partygraph.tasks import build_project

    project = _project(ctx)
    _warn_unread(project)
    with _build_lock(project, lock_timeout):  # one build at a time, validation included
        sheets = len(project.sheet_files())
        with _progress(disable=sheets < 20) as bar:
            task = bar.add_task("reading fact sheets", total=sheets)
            store = bar.add_task("loading the store (quads)", total=None, visible=False)
            checking = bar.add_task("validating", total=None, visible=False)

            def loaded(done: int, total: int) -> None:
                bar.update(store, completed=done, total=total, visible=True)
                if done >= total:
                    bar.update(checking, visible=validate)

            built = build_project(project, validate=validate,
                                  on_sheet=lambda _: bar.advance(task), on_load=loaded)
        summary = built.summary
        if summary.store_problem:
            click.echo(f"warning: the store {project.relative(project.store_dir)}/ "
                       f"was not as the last build left it ({summary.store_problem}): loaded "
                       f"it again from {project.relative(project.dataset_file)}",
                       err=True)
        click.echo(_summary_text(summary, project))
        if built.report is not None:
            from partygraph.validate.report_formats import render_report

            click.echo(render_report(built.report, "text"), nl=False)
            if not built.report.conforms():
                sys.exit(EXIT_NOT_CONFORM)


@main.command("validate")
@click.argument("sheet", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--fail-on", type=_Choice(["violation", "warning", "info", "none"]),
              default="violation", show_default=True,
              help="The lowest severity that makes the exit code 1.")
@click.option("--format", "fmt", type=_Choice(REPORT_FORMATS), default="text",
              show_default=True, help="How to print the report.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="Write the report to this file instead of standard output ('-': standard "
                   "output).")
@click.option("--engine", type=_Choice(sorted(ENGINE_NAMES)), default="turbo",
              show_default=True, help="The SHACL engine (both give the same results).")
@click.option("--parts", type=click.IntRange(min=1), metavar="N",
              help="Validate the shapes in N parts, each on only the triples it can look at: "
                   "less memory, more time, the same results. [default: one part up to "
                   f"{PART_TRIPLES:,} triples, then more, up to {MOST_PARTS}]")
@_lock_option
@click.pass_context
@_reported
def validate_command(ctx: click.Context, sheet: Path | None, fail_on: str, fmt: str,
                     output: Path | None, engine: str, parts: int | None,
                     lock_timeout: float | None) -> None:
    """Check the fact sheets (or only SHEET, with the rest as context) against the SHACL shapes.

    Also checks the ontology, saved queries and shapes themselves. Exit 0 conforms,
    1 does not, 2 could not validate.
    """
    from partygraph.tasks import validate_project
    from partygraph.validate.report_formats import render_report
    from partygraph.validate.shacl import shape_names

    project = _project(ctx)
    if output is not None and not _is_stdout(output):
        _check_output(project, output)
    _warn_unread(project)
    # It compiles into the build folder (and with SHEET brings the build up to date).
    with _build_lock(project, lock_timeout):
        sheets = len(project.sheet_files())
        with _progress() as bar:
            reading = bar.add_task("reading fact sheets", total=sheets, visible=sheets >= 20)
            validating = bar.add_task("validating" + (f" {sheet}" if sheet else ""),
                                      total=None)

            def on_part(number: int, count: int) -> None:
                if count > 1:
                    bar.update(validating, description=f"validating (part {number} of {count})")

            report = validate_project(project, sheet=sheet, engine=engine, parts=parts,
                                      on_sheet=lambda _: bar.advance(reading), on_part=on_part)
    for note in report.notes:
        click.echo(f"note: {note}", err=True)
    text = render_report(report, fmt, fail_on=fail_on, shapes=shape_names(project, report.shapes))
    if output is not None and not _is_stdout(output):
        output.write_text(text, encoding="utf-8")
        click.echo(render_report(report, "text", fail_on=fail_on).splitlines()[-1])
    else:
        click.echo(text, nl=False)
    if not report.conforms(fail_on):
        sys.exit(EXIT_NOT_CONFORM)


@main.command("queries")
@click.option("--format", "fmt", type=_Choice(["table", "md"]), default="table",
              show_default=True, help="'md' prints the Markdown catalogue (queries/README.md).")
@click.pass_context
@_reported
def queries_command(ctx: click.Context, fmt: str) -> None:
    """List the saved queries with their parameters."""
    from partygraph.query.output import render_catalogue, render_queries
    from partygraph.query.saved import load_each

    project = _project(ctx)
    loaded, broken = load_each(project.query_files())
    for error in broken:  # the others are listed all the same
        click.echo(f"warning: {_query_problem(project, error)} (left out; 'partygraph "
                   "validate' checks every saved query)", err=True)
    queries = list(loaded.values())
    if fmt == "md":
        click.echo(render_catalogue(queries), nl=False)
        return
    click.echo(render_queries(queries, width=_width(), ascii_lines=_ascii_lines()), nl=False)
    local = [q.name for q in queries if project.is_local_query(q.path)]
    if local:
        click.echo(f"local (from {project.relative(project.queries_dir)}/, the rest are "
                   f"installed with partygraph): {', '.join(local)}")


class _NoProgress:
    """The progress display where none is drawn (stderr is no terminal, or the work is
    short): what the commands call of :class:`rich.progress.Progress`, doing nothing,
    without importing rich (a twentieth of a second)."""

    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None

    def add_task(self, _description: str, **_fields: Any) -> TaskID:
        """A task, never shown."""
        return cast("TaskID", 0)

    def update(self, _task: TaskID, **_fields: Any) -> None:
        """Nothing to redraw."""

    def advance(self, _task: TaskID, _advance: float = 1) -> None:
        """Nothing to redraw."""


def _progress(*, disable: bool = False) -> Progress | _NoProgress:
    """A progress display on stderr, drawn only when it is a terminal."""
    if disable or not sys.stderr.isatty():
        return _NoProgress()
    from rich.console import Console
    from rich.progress import Progress  # rich: only for commands that show progress

    return Progress(transient=True, console=Console(stderr=True))


def _width() -> int:
    return max(shutil.get_terminal_size((200, 24)).columns, 100)


def _ascii_lines() -> bool:
    """Whether tables are drawn in ASCII: standard output cannot take box-drawing lines."""
    return codecs.lookup(getattr(sys.stdout, "encoding", None) or "utf-8").name != "utf-8"


class _QueryCommand(click.Command):
    """``query``: ``query NAME --help`` also shows the saved query's summary and parameters."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # --help acts while the arguments are parsed, before NAME is known: find it first
        try:
            given, _rest, _order = self.make_parser(ctx).parse_args(args=list(args))
        except click.UsageError:
            given = {}
        name = given.get("name")
        ctx.meta["partygraph.query.name"] = name if isinstance(name, str) else None
        return super().parse_args(ctx, args)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_epilog(ctx, formatter)
        name = ctx.meta.get("partygraph.query.name")
        if name:
            _format_saved_query(ctx, formatter, name)


def _query_problem(project: Project, error: QueryError) -> str:
    """A saved query's error in one line, its file relative to the project."""
    if error.file is None:
        return one_line(str(error))
    where = project.relative(error.file) + (f":{error.line}" if error.line else "")
    return one_line(f"{where}: {error.reason}")


def _saved_query(project: Project, name: str) -> SavedQuery:
    """The saved query ``name``, read alone: a malformed other query does not stop it, and
    its own error is one line naming its file relative to the project."""
    from partygraph.tasks import saved_query

    try:
        return saved_query(project, name)
    except QueryError as exc:
        if exc.file is None:
            raise
        raise QueryError(_query_problem(project, exc)) from None


def _warn_of_unknown_terms(project: Project, path: Path) -> None:
    """Warn of each pg: term a project's own saved query names that the ontology does not
    define (it matches nothing): the repository checks' results, kept in the build folder."""
    from partygraph.validate.repository import lint_project_cached

    where = project.relative(path) + ":"
    for result in lint_project_cached(project):
        if result.shape == "lint:query-term" and result.where.startswith(where):
            click.echo(f"warning: {result.where}: {result.message}", err=True)


def _format_saved_query(ctx: click.Context, formatter: click.HelpFormatter, name: str) -> None:
    """The saved query ``name``'s summary, description, parameters and an example call."""
    from partygraph.rdf.vocab import curie  # only for the help of one saved query

    try:
        query = _saved_query(_project(ctx), name)
    except PartygraphError as exc:
        with formatter.section(f"Saved query '{name}'"):
            formatter.write_text(str(exc))
        return
    with formatter.section(f"Saved query '{name}'"):
        formatter.write_text(query.summary + ".")
        if query.description:
            formatter.write_paragraph()
            formatter.write_text(query.description)
    rows = []
    for p in query.params:
        kind = p.type + (f" of {curie(p.cls)}" if p.cls else "") \
            + (f" in {curie(p.scheme)} (or the word sheets write)" if p.scheme else "") \
            + (", a list" if p.many else "")
        need = "required" if p.required else ("optional" + (f", default {p.default}"
                                                             if p.default else ""))
        example = f" (example: {p.example})" if p.example else ""
        rows.append((p.name, f"{kind}, {need}: {p.description}{example}"))
    with formatter.section("Parameters (-p NAME VALUE)"):
        if not rows:
            formatter.write_text("none")
        # not click's write_dl, which breaks ids and dates at their hyphens
        first = max(len(name) for name, _ in rows) + 2 if rows else 0
        indent = " " * formatter.current_indent
        width = max((formatter.width or 80) - formatter.current_indent - first, 30)
        for name, text in rows:
            lines = textwrap.wrap(text, width, break_on_hyphens=False,
                                  break_long_words=False) or [""]
            formatter.write(f"{indent}{name:<{first}}{lines[0]}\n")
            formatter.write("".join(f"{indent}{'':<{first}}{line}\n" for line in lines[1:]))
    call = [f"partygraph query {query.name}"]
    for key, value in query.example_values().items():
        call += [f"-p {key} {shlex.quote(item)}"
                 for item in ([value] if isinstance(value, str) else value)]
    if len(call) > 1:
        with formatter.section("Example"):  # one line, to copy as it is
            formatter.write(" " * formatter.current_indent + " ".join(call) + "\n")


def _endpoint_options(func: F) -> F:
    """--endpoint and --timeout, as 'query' and 'sparql' take them."""
    func = click.option("--timeout", type=click.FloatRange(min=1), metavar="SECONDS",
                        help="Seconds to wait for the answer: 30 on an endpoint unless given; "
                             "on the embedded store, as long as the query takes unless "
                             "given.")(func)
    return click.option("--endpoint", metavar="URL",
                        help="Run on this SPARQL 1.1 endpoint instead of the embedded store."
                        )(func)


@main.command("query", cls=_QueryCommand)
@click.argument("name")
@click.option("-p", "--param", "params", type=(str, str), multiple=True, metavar="NAME VALUE",
              help="A parameter value; repeat for several, and for each item of a list.")
@click.option("--format", "fmt", type=_Choice(QUERY_FORMATS), default="table",
              show_default=True,
              help="Output format: csv, tsv, json, xml for SELECT and ASK; turtle, "
                   "ntriples, jsonld for CONSTRUCT and DESCRIBE; table and md for all.")
@_endpoint_options
@click.pass_context
@_reported
def query_command(ctx: click.Context, name: str, params: tuple[tuple[str, str], ...],
                  fmt: str, endpoint: str | None, timeout: float | None) -> None:
    """Run the saved query NAME on the embedded store (or on --endpoint).

    'partygraph query NAME --help' also lists NAME's parameters.
    """
    from partygraph.query.output import render_result
    from partygraph.query.saved import label_map
    from partygraph.tasks import open_engine, run_saved_query

    project = _project(ctx)
    query = _saved_query(project, name)
    if query.path.parent.resolve() == project.queries_dir.resolve():
        _warn_of_unknown_terms(project, query.path)
    engine = open_engine(project, endpoint, timeout=timeout)  # no store: says so, alone
    if not endpoint:
        _warn_of_build(project)
    result = run_saved_query(project, engine, query, params)
    labels = label_map(engine, result) if fmt in ("table", "md") else None
    click.echo(render_result(result, fmt, width=_width(), labels=labels,
                             ascii_lines=_ascii_lines()), nl=False)


@main.command("sparql")
@click.argument("file", required=False, type=click.File("r", encoding="utf-8"))
@click.option("-q", "--query", "text", metavar="TEXT", help="The query itself, instead of FILE.")
@click.option("--format", "fmt", type=_Choice(QUERY_FORMATS), default="table",
              show_default=True,
              help="Output format: csv, tsv, json, xml for SELECT and ASK; turtle, "
                   "ntriples, jsonld for CONSTRUCT and DESCRIBE; table and md for all.")
@_endpoint_options
@click.option("--allow-update", is_flag=True,
              help="Run a SPARQL update (INSERT, DELETE, LOAD, CLEAR, DROP ...) on the embedded "
                   "store; the next build replaces the store.")
@click.pass_context
@_reported
def sparql_command(ctx: click.Context, file: IO[str] | None, text: str | None, fmt: str,
                   endpoint: str | None, timeout: float | None, allow_update: bool) -> None:
    """Run an ad-hoc SPARQL query from FILE, from standard input (-) or from --query.

    partygraph's prefixes (pg:, org:, prov: ...) need no PREFIX lines. Updates are refused
    unless --allow-update, and never sent to an endpoint.
    """
    from partygraph.query.output import render_result
    from partygraph.query.saved import label_map
    from partygraph.rdf.sparql_text import request_kind
    from partygraph.tasks import run_sparql

    if (file is None) == (text is None):
        raise PartygraphError("give the query as FILE, as - (standard input) or with --query "
                              "TEXT: one of them")
    try:
        query = text if text is not None else file.read() if file is not None else ""
    except UnicodeDecodeError:
        name = getattr(file, "name", "the query")
        raise PartygraphError(f"{'standard input' if name == '<stdin>' else name}: not UTF-8 "
                              "text: save the query as UTF-8") from None
    query = query.removeprefix("\ufeff")  # (a byte-order mark, as some editors save)
    project = _project(ctx)
    # (with no store at all, the error that says so is enough)
    if not endpoint and project.store_dir.is_dir() and request_kind(query) != "update":
        _warn_of_build(project)
    answer = run_sparql(project, query, endpoint=endpoint, timeout=timeout,
                        allow_update=allow_update, on_wait=_waiting(project))
    if answer.result is None:
        click.echo(f"applied the update to {project.relative(project.store_dir)}/ "
                   f"({answer.quads_before} quads before, {answer.quads_after} after)", err=True)
        click.echo("warning: the store no longer holds what the fact sheets say; the next "
                   "'partygraph build' replaces it", err=True)
        return
    assert answer.engine is not None
    labels = label_map(answer.engine, answer.result) if fmt in ("table", "md") else None
    click.echo(render_result(answer.result, fmt, width=_width(), labels=labels,
                             ascii_lines=_ascii_lines()), nl=False)


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True)
@click.option("--writable", is_flag=True,
              help="Accept SPARQL updates and Graph Store writes (read-only by default).")
@click.pass_context
@_reported
def serve_command(ctx: click.Context, host: str, port: int, writable: bool) -> None:
    """Serve the built graph as a SPARQL 1.1 endpoint (Oxigraph) until Ctrl-C.

    SIGTERM and SIGHUP stop it as Ctrl-C does: the server is stopped and waited for, exit 0.
    """
    from partygraph.share.server import OxigraphServer
    from partygraph.tasks import mark_store_changed, open_engine

    project = _project(ctx)
    open_engine(project)  # says so, in one line, if there is no store or it is damaged
    _warn_of_build(project)
    server = OxigraphServer(project.store_dir, host=host, port=port, read_only=not writable)

    def ready() -> None:
        if writable:  # from now on, whatever is sent to it changes the store outside a build
            mark_store_changed(project)
        mode = "read-write" if writable else "read-only"
        click.echo(f"SPARQL endpoint ({mode}): {server.query_url}")
        click.echo(f"Graph Store Protocol: {server.store_url}")
        click.echo("Press Ctrl-C to stop.", err=True)

    def new_store() -> None:
        click.echo("a build replaced the store: serving the new one", err=True)
        if writable:
            mark_store_changed(project)

    stopped_by = server.serve_until_signal(on_ready=ready, on_new_store=new_store)
    click.echo(f"stopped ({stopped_by.name})", err=True)


@main.command("push")
@click.option("--endpoint", required=True, metavar="URL",
              help="The store's SPARQL 1.1 Graph Store Protocol URL.")
@click.option("--profile", "profile_name", type=_Choice(sorted(PROFILES)),
              help="The kind of store (guessed from the URL when omitted).")
@click.option("--force", is_flag=True, help="Push even when the graph does not conform.")
@click.option("--batch-size", type=click.IntRange(min=1), metavar="TRIPLES",
              help="Triples per request (default: the profile's).")
@click.option("--timeout", type=click.FloatRange(min=1), default=60.0, show_default=True)
@click.pass_context
@_reported
def push_command(ctx: click.Context, endpoint: str, profile_name: str | None, force: bool,
                 batch_size: int | None, timeout: float) -> None:
    """Replace each named graph on a triple store with the built one, then check counts.

    Credentials come from PARTYGRAPH_ENDPOINT_USER and PARTYGRAPH_ENDPOINT_PASSWORD or
    ~/.netrc, never from the command line.
    """
    from partygraph.query.remote import check_url, shown_url
    from partygraph.share.push import push_graphs
    from partygraph.tasks import check_before_push, dataset_to_push
    from partygraph.validate.report_formats import render_report

    check_url(endpoint)  # credentials in it, or no URL at all: said before any work
    shown = shown_url(endpoint)
    project = _project(ctx)
    report = check_before_push(project)
    if not report.conforms():
        click.echo(render_report(report, "text"), nl=False, err=True)
        if not force:
            click.echo("error: the graph does not conform; fix it or push with --force",
                       err=True)
            sys.exit(EXIT_NOT_CONFORM)
    profile = profile_named(profile_name, endpoint)
    graphs = dataset_to_push(project, _waiting(project))  # not while a build writes it
    with _progress() as progress:
        task = progress.add_task("pushing graphs", total=None)
        pushed = push_graphs(graphs, endpoint, profile, timeout=timeout,
                             batch_triples=batch_size,
                             on_graph=lambda graph, n: progress.advance(task))
    for outcome in pushed.outcomes:
        status = "ok" if outcome.remote == outcome.local else "DIFFERS"
        click.echo(f"{outcome.graph}: {outcome.local} triples here, {outcome.remote} there "
                   f"({status})")
    if pushed.mismatches:
        raise PartygraphError(f"{len(pushed.mismatches)} graph(s) differ on {shown} after "
                              "the push: see above")
    click.echo(f"pushed {len(pushed.outcomes)} graph(s) to {shown} ({profile.name})")


@main.command("export")
@click.argument("view", type=_Choice([*VIEWS, "construct"]))
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              required=True, help="The file to write (for csv: FILE-nodes.csv and "
                                  "FILE-edges.csv); '-' writes to standard output.")
@click.option("--format", "fmt", type=_Choice(EXPORT_FORMATS),
              help="The format (guessed from the file name when omitted).")
@click.option("--as-of", metavar="DAY", help="hierarchy: the links and the latest figures at "
                                             "this day (YYYY-MM-DD).")
@click.option("--query", "query_name", metavar="NAME",
              help="construct: the saved CONSTRUCT query to export.")
@click.option("-p", "--param", "params", type=(str, str), multiple=True, metavar="NAME VALUE",
              help="construct: a parameter of the query.")
@click.option("--root-org", metavar="ID",
              help="Only the part under this party organisation (its id in the fact sheets).")
@click.option("--depth", type=click.IntRange(min=0), metavar="N",
              help="Only organisations down to N levels below the root (0: the root alone).")
@click.pass_context
@_reported
def export_command(ctx: click.Context, view: str, output: Path, fmt: str | None,
                   as_of: str | None, query_name: str | None,
                   params: tuple[tuple[str, str], ...], root_org: str | None,
                   depth: int | None) -> None:
    """Export a VIEW of the graph (or a CONSTRUCT query's result) for visualisation tools."""
    from partygraph.export.views import edge_count
    from partygraph.export.writers import export_files, guess_format, write_export
    from partygraph.tasks import export_bytes, export_view
    from partygraph.util.collection import collection_paused

    to_stdout = _is_stdout(output)
    if to_stdout and fmt is None:
        raise PartygraphError("give --format with -o - (there is no file name to tell it from)")
    project = _project(ctx)
    if not to_stdout:  # (each file it writes: for csv, two beside the name given)
        for file in export_files(output, fmt or guess_format(output)):
            _check_output(project, file)
    with collection_paused():  # (a view is millions of objects, none of them in a cycle)
        graph = export_view(project, view, as_of=as_of, query_name=query_name, pairs=params,
                            root_org=root_org, depth=depth)
        status = f"{view}: {graph.number_of_nodes()} nodes, {edge_count(graph)} edges -> "
        if to_stdout:
            assert fmt is not None
            click.echo(export_bytes(graph, fmt, project_root=project.root), nl=False)
            click.echo(status + "standard output", err=True)  # the data has standard output
            return
        written = write_export(graph, output, fmt or guess_format(output),
                               project_root=project.root)
    click.echo(status + ", ".join(str(p) for p in written))


@main.command("stats")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many of the most-sourced entities to list.")
@click.pass_context
@_reported
def stats_command(ctx: click.Context, top: int) -> None:
    """Print structural figures computed with networkx."""
    from partygraph.tasks import project_stats

    figures = project_stats(_project(ctx), top=top)
    click.echo(f"hierarchy depth: {figures.hierarchy_depth}")
    click.echo("organisations per level:")
    for level, count in figures.organisations_per_level.items():
        click.echo(f"  {level}: {count}")
    click.echo(f"people holding several posts: {len(figures.people_with_several_posts)}")
    for name, posts in figures.people_with_several_posts:
        click.echo(f"  {name}: {posts}")
    click.echo(f"connected components: {figures.components} "
               f"(largest: {figures.largest_component} nodes)")
    click.echo("entities with most sources:")
    for name, count in figures.most_sourced:
        click.echo(f"  {name}: {count}")


@main.command("concepts")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default="-",
              show_default=True, help="Where to write the Markdown ('-' for stdout).")
@click.pass_context
@_reported
def concepts_command(ctx: click.Context, output: Path) -> None:
    """List every value fact-sheet fields take (the concept schemes), as Markdown."""
    from partygraph.tasks import concept_reference
    from partygraph.util.files import write_atomically

    project = _project(ctx)
    if str(output) != "-":
        _check_output(project, output)
    text = concept_reference(project)
    if str(output) == "-":
        click.echo(text, nl=False)
    else:
        write_atomically(output, text.encode("utf-8"))
        click.echo(f"wrote {output}", err=True)


@main.command("init")
@click.argument("name", metavar="FOLDER", type=click.Path(file_okay=False))
@click.option("--guides", is_flag=True,
              help="In a project already (one made by an older partygraph), only add the "
                   "guides docs/ lacks; no file is changed.")
@_reported
def init_command(name: str, guides: bool) -> None:
    """Start a partygraph project in FOLDER: data/articles/, data/sheets/, queries/ (for
    queries of its own beside the installed catalogue), docs/ (the guides to writing fact
    sheets), a README and partygraph.toml."""
    from partygraph.tasks import add_project_guides, init_project

    if not name.strip():  # (Path("") is the current folder: never meant)
        raise PartygraphError("give the folder to start the project in (an empty name is "
                              "not one; '.' is the current folder)")
    folder = Path(name)
    if guides:
        project, made, kept = add_project_guides(folder)
        for path in made:
            click.echo(f"created {project.relative(path)}")
        if kept:
            click.echo(f"kept as they are: {', '.join(project.relative(p) for p in kept)}")
        click.echo(f"{len(made)} guide(s) added to {project.root / 'docs'}")
        return
    project, created = init_project(folder)
    for path in created:
        click.echo(f"created {project.relative(path)}{'/' if path.is_dir() else ''}")
    click.echo(f"started a partygraph project in {project.root}: store an article with "
               "'partygraph new ARTICLE.txt' there, then run 'partygraph build'")


def _warn_of_build(project: Project) -> None:
    """Say on stderr when the built store is not what the sheets say now, and when the
    validation of the build that made it found violations (its answers hold them)."""
    from partygraph.tasks import build_warning, is_stale

    if is_stale(project):
        click.echo("warning: the fact sheets changed since the last build; "
                   "run 'partygraph build' for current answers", err=True)
    elif warning := build_warning(project):
        click.echo(f"warning: {warning}", err=True)


def _stored(project: Project, article: Path, *, copied: bool) -> str:
    """What ``new`` and ``draft`` say of the article: stored now, or already there."""
    if copied:
        return f"stored the article as {project.relative(article)}"
    return f"the article was already stored as {project.relative(article)}"


def _warn_of_stored(project: Project, article: Path, given: str | None, made: str) -> None:
    """Say on stderr when ``--id`` was not an id as given, and when the stored article's text
    is stored already under another name (validation warns about it too, later)."""
    from partygraph.validate.articles import same_text

    if given is not None and given != made:
        click.echo(f"note: --id {given!r} is not an id (lower-case letters, digits and "
                   f"hyphens): the source id is {made!r}", err=True)
    for other in same_text(project, article):
        click.echo(f"warning: {project.relative(article)} has the text of {other}, stored "
                   "already: an article stored twice has its facts counted under two "
                   "sources; keep one", err=True)


@main.command("draft")
@click.argument("articles", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--id", "source_id", help="The source id (default: the file name; one ARTICLE "
                                        "only).")
@click.option("--outlet", help="The outlet's full name (default: its code on the first line).")
@click.option("--review", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write a review page (HTML): the article with every drafted quote "
                   "highlighted beside the drafted items (one ARTICLE only).")
@click.pass_context
@_reported
def draft_command(ctx: click.Context, articles: tuple[Path, ...], source_id: str | None,
                  outlet: str | None, review: Path | None = None) -> None:
    """Store each ARTICLE and draft its fact sheet: every item the rules read, quoted and
    marked 'draft: true' for review, with the ids other sheets (and the drafts before it)
    already give what it names (see docs/drafting.md). Never overwrites a sheet; an article
    that cannot be drafted is named, and the others are drafted all the same (exit 2)."""
    from partygraph.tasks import draft_sheet, draft_sheets

    _one_article_for(articles, source_id=source_id, review=review)
    project = _project(ctx)
    if review is not None:
        reviewed = draft_sheet(project, articles[0], source_id=source_id, outlet=outlet,
                               review=review)
        _say_drafted(project, reviewed, source_id)
        click.echo(f"wrote the review page {project.relative(review.resolve())}")
        return
    with _progress(disable=len(articles) < 5) as bar:
        task = bar.add_task("drafting", total=len(articles))
        results = draft_sheets(project, articles, source_id=source_id, outlet=outlet,
                               on_article=lambda _: bar.advance(task))
    failed = 0
    for article, done in results:
        if isinstance(done, PartygraphError):
            failed += 1
            click.echo(f"error: {one_line(str(article))}: {done}", err=True)
        else:
            _say_drafted(project, done, source_id)
    if len(articles) > 1:
        click.echo(f"drafted {len(articles) - failed} of {len(articles)} articles"
                   + (f"; {failed} could not be (above)" if failed else ""))
    if failed:
        sys.exit(EXIT_ERROR)


def _check_output(project: Project, output: Path) -> None:
    """Refuse an output file where the project keeps what it reads or builds (see
    :meth:`Project.output_problem`), before any work is done."""
    problem = project.output_problem(output)
    if problem is not None:
        raise PartygraphError(f"will not write {output}: it is {problem}; write it elsewhere "
                              "(nothing was written)")


def _one_article_for(articles: tuple[Path, ...], **options: object) -> None:
    """Refuse ``--id`` and ``--review`` with several articles: each names one."""
    given = [name for name, value in options.items() if value is not None]
    if len(articles) > 1 and given:
        names = " and ".join(f"--{'id' if n == 'source_id' else n}" for n in given)
        raise PartygraphError(f"{names} name(s) one article's: give one ARTICLE with it")


def _say_drafted(project: Project, done: DraftResult, source_id: str | None) -> None:
    """What ``draft`` says of one drafted article."""
    for unread in done.unread_sheets:
        click.echo(f"warning: {unread} (so its entities were not linked)", err=True)
    click.echo(_stored(project, done.article, copied=done.copied))
    _warn_of_stored(project, done.article, source_id, done.source_id)
    if done.drafted.unwrapped:
        click.echo("note: the article's lines break inside sentences (hard-wrapped): the "
                   "rules read them joined; an article saved one paragraph a line reads best",
                   err=True)
    entities = f"{done.entities} {'entity' if done.entities == 1 else 'entities'}"
    facts = f"{done.facts} {'fact' if done.facts == 1 else 'facts'}"
    click.echo(f"drafted {project.relative(done.sheet)}: {entities} "
               f"({done.linked} already declared by other sheets) and {facts}, "
               "each 'draft: true'; review them, then run 'partygraph build'")


@main.command("new")
@click.argument("articles", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--id", "source_id", help="The source id (default: the file name; one ARTICLE "
                                        "only).")
@click.option("--outlet", help="The outlet's full name (default: its code on the first line).")
@click.option("--draft", "drafted", is_flag=True,
              help="Fill the sheet with items drafted from the text (as 'partygraph draft').")
@click.pass_context
@_reported
def new_command(ctx: click.Context, articles: tuple[Path, ...], source_id: str | None,
                outlet: str | None, drafted: bool) -> None:
    """Start a fact sheet for each ARTICLE, a text file whose first line is 'date YYYY-MM
    (OUTLET)-'. An article that cannot be started is named, and the others are started all
    the same (exit 2)."""
    from partygraph.sheets.new import start_sheet

    if drafted:
        ctx.invoke(draft_command, articles=articles, source_id=source_id, outlet=outlet)
        return
    _one_article_for(articles, source_id=source_id)
    project = _project(ctx)
    failed = 0
    for article in articles:
        try:
            created = start_sheet(article, project.data_dir, source_id=source_id,
                                  outlet=outlet)
        except PartygraphError as exc:
            if len(articles) == 1:
                raise
            failed += 1
            click.echo(f"error: {one_line(str(article))}: {exc}", err=True)
            continue
        click.echo(_stored(project, created.article, copied=created.copied))
        _warn_of_stored(project, created.article, source_id, created.source_id)
        click.echo(f"started {project.relative(created.sheet)}: add entities and facts, "
                   "then run 'partygraph build'")
    if failed:
        sys.exit(EXIT_ERROR)
