"""What each command does, as plain functions: the stages put together, with no printing.

The command line (``cli``) parses arguments, calls one of these and prints what it returns;
other programs can call them the same way. Each raises PartygraphError (or FactSheetError)
for anything it cannot do.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from partygraph.compile.dataset import CompiledGraph
from partygraph.errors import PartygraphError, QueryError, StoreError
from partygraph.project import Project, add_guides, create_project, is_project
from partygraph.query.engine import EmbeddedEngine, Engine, QueryResult
from partygraph.query.saved import SavedQuery, load_named, load_query, run_query
from partygraph.rdf.sparql_text import query_form, request_kind, with_prefixes
from partygraph.rdf.vocab import PREFIXES
from partygraph.store.build import (
    BuildSummary,
    OnLoad,
    build_compiled,
    compile_project,
    dataset_is_current,
    is_stale,
    read_manifest,
    read_project_vocabulary,
)
from partygraph.store.embedded import open_for_queries, open_store
from partygraph.store.kept import KeptQuery
from partygraph.util import memo
from partygraph.util.background import waited_for
from partygraph.util.files import code_digest, write_atomically
from partygraph.util.lock import build_lock
from partygraph.validate.articles import check_articles
from partygraph.validate.repository import lint_project_cached
from partygraph.validate.results import ValidationReport, result_order
from partygraph.validate.scope import shape_scope_cached
from partygraph.validate.shacl import validate_compiled, validate_sheet
from partygraph.validate.sheet_warnings import sheet_warning_results

if TYPE_CHECKING:

    from partygraph.export.stats import GraphStats
    from partygraph.export.views import View

__all__ = [
    "BuiltProject",
    "SparqlAnswer",
    "add_project_guides",
    "build_project",
    "check_before_push",
    "dataset_to_push",
    "export_bytes",
    "export_view",
    "fold_params",
    "init_project",
    "is_stale",
    "kept_queries",
    "open_engine",
    "project_stats",
    "run_saved_query",
    "run_sparql",
    "saved_queries",
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
    """Build ``project`` and validate what was built, compiling every sheet once; what the
    validation found is kept for :func:`build_violations`."""
    compiled, summary = build_compiled(project, on_sheet, on_load, kept=kept_queries(project))
    # No record while the store is unvalidated: a build stopped while validating, or built
    # with --no-validate, leaves none, and the queries say the store was not validated.
    (project.build_dir / _CONFORMANCE).unlink(missing_ok=True)
    report = _validate(project, compiled) if validate else None
    if report is not None:
        _record_conformance(project, _graph_violations(report))
    return BuiltProject(summary, report)


def _graph_violations(report: ValidationReport) -> int:
    """The violations found in the graph the store holds: not those of the repository's own
    checks (a saved query, the ontology, the shapes), which no answer holds."""
    return sum(1 for r in report.results
               if r.severity == "violation" and not r.shape.startswith("lint:"))


_CONFORMANCE = "conformance.json"


def _record_conformance(project: Project, violations: int, *, updated: bool = False) -> None:
    """Keep what the validation of the store as built found (and whether an update changed
    the store since) for :func:`build_warning`."""
    write_atomically(project.build_dir / _CONFORMANCE, json.dumps({
        "inputs": read_manifest(project).get("inputs"), "violations": violations,
        "updated": updated}).encode())


def _conformance(project: Project) -> dict[str, object] | None:
    try:
        record = json.loads((project.build_dir / _CONFORMANCE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def mark_store_changed(project: Project) -> None:
    """Record that the built store was (or may be) changed outside a build (by
    ``sparql --allow-update`` or while ``serve --writable`` runs), so that queries say so
    (:func:`build_warning`), and remove the answers the store keeps beside itself, which no
    longer hold: queries run as written until the next build."""
    from partygraph.store.kept import KEPT_DIR

    _record_conformance(project, build_violations(project), updated=True)
    shutil.rmtree(project.store_dir / KEPT_DIR, ignore_errors=True)


def build_violations(project: Project) -> int:
    """How many violations the validation of the last build found (0 when it was not
    validated, or the sheets changed since)."""
    record = _conformance(project)
    if record is None or record.get("inputs") != read_manifest(project).get("inputs"):
        return 0
    violations = record.get("violations")
    return violations if isinstance(violations, int) else 0


def build_warning(project: Project) -> str | None:
    """What a query on the built store should say of it, when the sheets have not changed
    since the build (:func:`is_stale` says when they have): that its validation found
    violations, that it was never validated, or that an update changed it since; None when
    it was validated and conforms."""
    record = _conformance(project)
    if record is None:
        return ("the last build was not validated (built with --no-validate, or stopped while "
                "validating): run 'partygraph validate' to know whether its answers hold facts "
                "the shapes refuse")
    if record.get("inputs") != read_manifest(project).get("inputs"):
        return None
    if record.get("updated"):
        return ("the store may have been changed after the last build ('partygraph sparql "
                "--allow-update', or 'partygraph serve --writable'): its answers are not the "
                "fact sheets' until the next 'partygraph build'")
    violations = record.get("violations")
    if isinstance(violations, int) and violations:
        return (f"the store did not conform when last validated ({violations} violation(s)): "
                "its answers hold the facts 'partygraph validate' reports")
    return None


def validate_project(project: Project, *, sheet: Path | None = None, lint: bool = True,
                     engine: str = "turbo", on_sheet: OnSheet | None = None,
                     parts: int | None = None,
                     on_part: Callable[[int, int], None] | None = None) -> ValidationReport:
    """Compile ``project``'s fact sheets and validate them against its shapes.

    ``sheet`` validates one fact sheet against the rest: the store is brought up to date
    (only changed sheets are compiled again; the dataset file is left for the next build)
    and only the part of the graph that sheet's nodes reach is validated; the results are
    those a full validation gives for them, and those its changes bring about at other
    sheets' lines (each with its ``cause``; see :mod:`partygraph.validate.caused`).
    ``lint`` adds the checks of the ontology, saved queries and shapes themselves.
    ``on_sheet`` is called as each sheet is taken (for progress). ``parts`` is how many
    parts the shapes are validated in (fewer triples in memory at once; by default chosen by
    the corpus's size: see :mod:`partygraph.validate.shape_parts`); ``on_part`` is called
    with the number of each part and how many there are.
    """
    if sheet is None:
        report = _validate(project, compile_project(project, on_sheet), engine=engine,
                           lint=lint, parts=parts, on_part=on_part)
        record = _conformance(project)
        if not is_stale(project) and not (record or {}).get("updated"):
            # the store holds what was validated: queries on it need not say otherwise
            _record_conformance(project, _graph_violations(report))
        return report
    name = _sheet_name(project, sheet)
    # (The store alone: the dataset file follows at the next build.)
    compiled, _summary = build_compiled(project, on_sheet, kept=kept_queries(project),
                                        dataset=False)
    report = _validate(project, compiled, engine=engine, lint=lint, sheet=name, parts=parts)
    found = _graph_violations(report)
    if found and not (_conformance(project) or {}).get("updated"):
        # the store now holds the sheet as it is, with what broke a rule: queries say so
        # (a sheet that conforms leaves the record of the last full validation as it was)
        _record_conformance(project, found)
    return report


def _validate(project: Project, compiled: CompiledGraph, *, engine: str = "turbo",
              lint: bool = True, sheet: str | None = None, parts: int | None = None,
              on_part: Callable[[int, int], None] | None = None) -> ValidationReport:
    shapes = project.load_shapes()
    scope = shape_scope_cached(project.shapes_file, shapes,
                               project.build_dir / "shape-predicates.json")
    if sheet is not None:  # against the rest, read from the store just built
        report = validate_sheet(compiled, shapes, sheet, open_store(project.store_dir), scope,
                                engine=engine, parts=parts)
    else:
        report = validate_compiled(compiled, shapes, engine=engine, scope=scope, parts=parts,
                                   on_part=on_part)
    # what the sheets' own checks found, and the articles' checks: data, as the shapes' are
    found = [*check_articles(project, compiled.articles, compiled.digests),
             *sheet_warning_results(compiled.warnings)]
    if sheet is not None:  # those of the sheet validated, and of the article it reads
        own = {sheet, compiled.articles.get(sheet, ("", 0))[0]}
        found = [r for r in found if r.origins and r.origins[0].file in own]
    if lint:
        found += lint_project_cached(project)
    # (the sheet validated first, then what it brings about in others)
    results = sorted((*report.results, *found), key=lambda r: (bool(r.cause), result_order(r)))
    return ValidationReport(tuple(results), report.graph, shapes, report.notes)


def _sheet_name(project: Project, sheet: Path) -> str:
    if not sheet.is_file():
        raise PartygraphError(f"{sheet}: no such file (the fact sheets are the .yaml files "
                              f"under {project.data_dir})")
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


def init_project(folder: Path) -> tuple[Project, list[Path]]:
    """Start a project in ``folder`` (``partygraph init``): the project and the files made.
    Refused (PartygraphError) in a folder another project reads or builds into: a project in
    its ``data/`` would have its sheets read as the other's."""
    for above in folder.resolve().parents:
        if is_project(above) and (problem := Project.at(above).output_problem(folder)):
            raise PartygraphError(f"{folder}: not a place for a project: it is {problem} of "
                                  f"the project in {above}; start it outside that folder")
    created = create_project(folder)
    return Project.at(folder), created


def add_project_guides(folder: Path) -> tuple[Project, list[Path], list[Path]]:
    """Add the guides a project lacks (``partygraph init --guides``): the project, the files
    made and the guides it had already (kept)."""
    made, kept = add_guides(folder)
    return Project.at(folder), made, kept


def saved_queries(project: Project) -> dict[str, SavedQuery]:
    """Every saved query of ``project`` by name: the packaged catalogue and its own."""
    return {name: load_query(file) for name, file in project.query_files().items()}


_KEEP_HEADER = "#+ keep:"


def kept_queries(project: Project) -> list[KeptQuery]:
    """The saved queries whose answers the embedded store keeps (header ``keep``). A saved
    query that cannot be read is left out here (validation's checks of the saved queries
    name it), so that it does not stop the build. Kept in the build folder while the
    queries that keep and partygraph's code are the same: their check parses them with
    rdflib, whose SPARQL parser alone takes a quarter of a second to import, at every build."""
    files: list[tuple[Path, str]] = []
    # (the code that reads and checks a saved query: not the whole package, hashed at each build)
    digest = hashlib.sha256(code_digest(("query", "rdf"), ("rdflib",)).encode())
    for file in project.query_files().values():
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if _KEEP_HEADER in text:  # (most queries: not read and checked at each build)
            files.append((file, text))
            digest.update(f"{file.name}\0{hashlib.sha256(text.encode()).hexdigest()}\n".encode())
    if not files:
        return []
    return memo.kept(project.build_dir / "kept-queries.json", digest.hexdigest(),
                lambda: _kept_queries(files),
                dump=lambda queries: [[q.name, q.text, q.subject, q.form, list(q.reads),
                                       q.variant] for q in queries],
                load=lambda value: [KeptQuery(q[0], q[1], q[2], q[3], tuple(q[4]), q[5])
                                    for q in value], shared=True)


def _kept_queries(files: list[tuple[Path, str]]) -> list[KeptQuery]:
    found: list[KeptQuery] = []
    for file, _text in files:
        try:
            query = load_query(file)
        except (OSError, UnicodeDecodeError, QueryError):
            continue
        found += query.kept_all
    return found


def saved_query(project: Project, name: str) -> SavedQuery:
    """The saved query ``name`` of ``project``, read alone: another query's error does not
    stop it."""
    return load_named(project.query_files(), name)


ENDPOINT_TIMEOUT = 30.0  # seconds an endpoint is given when no timeout is


def open_engine(project: Project, endpoint: str | None = None, *,
                timeout: float | None = None) -> Engine:
    """The engine queries run on: the endpoint named, else the project's embedded store.
    ``timeout``: seconds to wait for an answer (an endpoint's default is ENDPOINT_TIMEOUT;
    the embedded store's, as long as the query takes)."""
    if endpoint:
        from partygraph.query.remote import RemoteEngine  # SPARQLWrapper: only when asked

        return RemoteEngine(endpoint, timeout=ENDPOINT_TIMEOUT if timeout is None else timeout)
    opened = open_for_queries(project.store_dir)
    return EmbeddedEngine(opened.store, opened.index, opened.kept, timeout=timeout)


def run_saved_query(project: Project, engine: Engine, query: SavedQuery,
                    pairs: Iterable[tuple[str, str]]) -> QueryResult:
    """Run ``query`` with the ``-p`` pairs given; a damaged embedded store said in one line."""
    try:
        return run_query(engine, query, fold_params(pairs))
    except (OSError, RuntimeError) as exc:
        if not isinstance(engine, EmbeddedEngine):
            raise
        raise _unreadable(project, exc) from None


def _unreadable(project: Project, exc: BaseException) -> StoreError:
    return StoreError(f"cannot read the store at {project.store_dir} ({_squashed(exc)}): "
                      "if it is damaged, run 'partygraph build' to rebuild it")


def _squashed(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


_AT = re.compile(r"error at (\d+):(\d+): (.*)")
# A prefixed name whose local part holds a slash, such as pgid:organisation/x.
_SLASHED = re.compile(r"(?<![\w<])([A-Za-z][\w-]*):([\w.-]+/[\w./-]*)")


def _syntax_error(text: str, exc: SyntaxError) -> QueryError:
    """The parser's complaint in one line: where, the words there, and what to do when a
    prefixed name holds a slash (``pgid:organisation/x``, which SPARQL reads as a path)."""
    message = _squashed(exc)
    found = _AT.match(message)
    if found is None:
        return QueryError(f"syntax error: {message}")
    line, column, expected = int(found[1]), int(found[2]), found[3]
    lines = text.splitlines() or [""]
    source = lines[line - 1] if line <= len(lines) else ""
    near = source[max(0, column - 25):column + 25].strip()
    where = f"near {near!r}" if near else "at the end of the query"  # (cut short, say)
    if len(expected) > 80:  # the parser lists every character it could take
        expected = expected[:60].rsplit(",", 1)[0] + ", …"
    hint = ""
    slashed = _SLASHED.search(source)
    if slashed is not None:
        prefix, local = slashed[1], slashed[2]
        escaped = local.replace("/", "\\/")
        hint = (f"; a prefixed name cannot hold '/' as {prefix}:{local} does: write "
                f"{prefix}:{escaped}, or the full IRI in <…>")
    return QueryError(f"syntax error at line {line}, column {column} ({where}): "
                      f"{expected}{hint}")


@dataclass(frozen=True)
class SparqlAnswer:
    """What ``partygraph sparql`` did: a query's result and the engine that gave it, or an
    update applied to the embedded store (``result`` None) with its quads before and after."""

    result: QueryResult | None
    engine: Engine | None = None
    quads_before: int = 0
    quads_after: int = 0


def run_sparql(project: Project, text: str, *, endpoint: str | None = None,
               timeout: float | None = None, allow_update: bool = False,
               on_wait: Callable[[int | None], None] | None = None) -> SparqlAnswer:
    """Run ad-hoc SPARQL ``text`` on the embedded store (or on ``endpoint``).

    Queries may use partygraph's prefixes without declaring them, on the store and on an
    endpoint alike. An update is refused unless ``allow_update``, and always on an endpoint;
    when allowed it runs on the embedded store under the build lock (``on_wait`` is called if
    another build holds it). A syntax error is one QueryError line with the parser's message.
    """
    if not text.strip():
        raise QueryError("the query is empty")
    if request_kind(text) == "update":
        if endpoint:
            raise QueryError("this is a SPARQL update, and partygraph does not send updates to "
                             "endpoints (use the store's own tools, or 'partygraph push')")
        if not allow_update:
            raise QueryError("this is a SPARQL update: run it on the embedded store with "
                             "--allow-update (the next build replaces the store)")
        before, after = _apply_update(project, text, on_wait)
        mark_store_changed(project)
        return SparqlAnswer(None, None, before, after)
    engine = open_engine(project, endpoint, timeout=timeout)
    try:
        result = engine.run(with_prefixes(text, PREFIXES) if endpoint else text)
    except SyntaxError as exc:
        raise _syntax_error(text, exc) from None
    except (OSError, RuntimeError) as exc:
        if not isinstance(engine, EmbeddedEngine):
            raise
        raise _unreadable(project, exc) from None
    return SparqlAnswer(result, engine)


def _apply_update(project: Project, text: str,
                  on_wait: Callable[[int | None], None] | None) -> tuple[int, int]:
    """Run the update ``text`` on the embedded store; its quad count before and after."""
    open_store(project.store_dir)  # no store, or a damaged one: said in one line
    with build_lock(project.build_dir, on_wait=on_wait):  # not while a build replaces it
        try:
            store = ox.Store(str(project.store_dir))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {project.store_dir} for writing "
                             f"({_squashed(exc)}): stop what uses it ('partygraph serve "
                             "--writable'?) and try again") from None
        try:
            before = len(store)
            # (in a worker thread while this one waits, so that Ctrl-C ends the command at
            # once: the update is one transaction, and one given up writes nothing)
            waited_for(partial(store.update, text, prefixes=PREFIXES))
            store.flush()
            after = len(store)
        except SyntaxError as exc:
            raise _syntax_error(text, exc) from None
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"the update failed on the store at {project.store_dir} "
                             f"({_squashed(exc)})") from None
        finally:
            del store
    return before, after


def export_view(project: Project, view: str, *, as_of: str | None = None,
                query_name: str | None = None, pairs: Iterable[tuple[str, str]] = (),
                root_org: str | None = None, depth: int | None = None) -> View:
    """The networkx graph of ``view`` (or of a saved CONSTRUCT query's result), under
    ``root_org`` to ``depth`` levels when given."""
    from partygraph.export.catalog import KeptPairs
    from partygraph.export.views import (  # networkx
        build_view,
        catalog_for,
        graph_from_triples,
        restrict_view,
    )
    from partygraph.store.catalogue import kept_parts

    pairs = list(pairs)
    if as_of is not None and view != "hierarchy":
        raise PartygraphError("--as-of applies to the hierarchy view only")
    if view != "construct":
        if query_name is not None or pairs:
            raise PartygraphError("--query and -p apply to the construct view only")
        engine = open_engine(project)
        # What the build kept of each graph for the views (none if the build was not this
        # store's): the same graph as the queries give, sooner; for the full view, the full
        # part it kept of each data graph too.
        kept = kept_parts(project, engine.store, full=view == "full") \
            if isinstance(engine, EmbeddedEngine) else None
        return build_view(engine, view, as_of=as_of, root_org=root_org, depth=depth,
                          kept=None if kept is None else KeptPairs(kept.catalogue),
                          parts=None if kept is None else kept.full)
    if query_name is None:
        raise PartygraphError("the construct view needs --query NAME (a saved CONSTRUCT query)")
    query = saved_query(project, query_name)
    if query_form(query.text) not in ("CONSTRUCT", "DESCRIBE"):  # (before its parameters)
        raise PartygraphError(f"'{query_name}' is not a CONSTRUCT query (the construct view "
                              "draws the triples a CONSTRUCT or DESCRIBE query gives)")
    engine = open_engine(project)
    result = run_saved_query(project, engine, query, pairs)
    if result.form != "construct":
        raise PartygraphError(f"'{query_name}' is not a CONSTRUCT query")
    graph = graph_from_triples(result.triples, catalog_for(engine), f"query {query_name}")
    return restrict_view(graph, engine, root_org=root_org, depth=depth)


def export_bytes(graph: View, fmt: str, *, project_root: Path | None = None) -> bytes:
    """``graph`` in ``fmt`` as bytes, for standard output (``-o -``): one file's formats only."""
    from partygraph.export.writers import write_export  # networkx: only for exports

    if fmt == "csv":
        raise PartygraphError("csv writes two files (FILE-nodes.csv and FILE-edges.csv): give "
                              "-o FILE, or another --format for standard output")
    with tempfile.TemporaryDirectory(prefix="partygraph-export-") as folder:
        written = write_export(graph, Path(folder) / f"export.{fmt}", fmt,
                               project_root=project_root)
        return b"".join(path.read_bytes() for path in written)


def project_stats(project: Project, *, top: int = 10) -> GraphStats:
    """Structural figures of the built graph (see :func:`partygraph.export.stats`)."""
    from partygraph.export.stats import compute_stats  # networkx: only for these commands
    from partygraph.export.views import build_view

    engine = open_engine(project)
    return compute_stats(build_view(engine, "hierarchy"), build_view(engine, "people"),
                         build_view(engine, "full"), top=top)


def concept_reference(project: Project) -> str:
    """Every concept fact sheets may name, as Markdown (``partygraph concepts``)."""
    from partygraph.rdf.concepts import reference_markdown  # rdflib

    return reference_markdown(read_project_vocabulary(project),
                              project.relative(project.concepts_file))


def check_before_push(project: Project) -> ValidationReport:
    """The validation of the current build; refuses when there is none or it is stale."""
    _check_dataset(project)
    return validate_project(project)


def _check_dataset(project: Project) -> None:
    if not project.dataset_file.is_file() or is_stale(project):
        raise PartygraphError("the build is missing or older than the fact sheets: run "
                              "'partygraph build' first")
    if not dataset_is_current(project):
        raise PartygraphError(f"{project.relative(project.dataset_file)} is behind the store "
                              "('validate SHEET' brings the store alone up to date): run "
                              "'partygraph build' first")


def dataset_to_push(project: Project, on_wait: Callable[[int | None], None] | None = None
                    ) -> dict[str, list[ox.Triple]]:
    """The graphs of the dataset file, read under the build lock (a rebuild may write
    regions of the file in place; ``on_wait`` is called if another holds it) and refused
    unless the file is current."""
    from partygraph.share.push import read_graphs  # (HTTP clients: only when pushing)

    with build_lock(project.build_dir, on_wait=on_wait):
        _check_dataset(project)
        return read_graphs(project.dataset_file)


if TYPE_CHECKING:  # the drafting stage is imported only by the command that drafts
    from partygraph.draft.write import DraftResult


def draft_sheet(project: Project, article: Path, *, source_id: str | None = None,
                outlet: str | None = None, review: Path | None = None) -> DraftResult:
    """Store ``article`` and write a drafted fact sheet for it (``partygraph draft``), its
    entities linked to those the project's sheets declare; with ``review``, write the
    review page there too."""
    from partygraph.draft.review_page import write_review_page

    if review is not None:
        _check_review_page(project, review)
    [(_article, done)] = draft_sheets(project, [article], source_id=source_id, outlet=outlet)
    if isinstance(done, PartygraphError):
        raise done
    if review is not None:
        write_review_page(review, done.text, done.drafted, title=done.source_id)
    return done


def _check_review_page(project: Project, review: Path) -> None:
    """Refuse a review page that would be written where it must not (before anything is
    drafted): in a folder that does not exist, where the project keeps what it reads or
    builds (see :meth:`Project.output_problem`: a page named like a sheet in the data folder
    would break the build), or over a file that is not a review page written earlier."""
    from partygraph.draft.review_page import is_review_page

    resolved = review.resolve()
    if not resolved.parent.is_dir():
        raise PartygraphError(f"cannot write the review page {review}: its folder does not "
                              "exist (nothing was drafted)")
    problem = project.output_problem(review)
    if problem is not None:
        raise PartygraphError(f"cannot write the review page {review}: it is {problem}; write "
                              "it elsewhere, e.g. --review review.html (nothing was drafted)")
    if resolved.is_dir() or (resolved.exists() and not is_review_page(resolved)):
        raise PartygraphError(f"cannot write the review page {review}: a file that is not a "
                              "review page is there, and it is not written over; give "
                              "another name (nothing was drafted)")


def draft_sheets(project: Project, articles: Sequence[Path], *, source_id: str | None = None,
                 outlet: str | None = None, on_article: Callable[[Path], None] | None = None
                 ) -> list[tuple[Path, DraftResult | PartygraphError]]:
    """Store each of ``articles`` and draft its sheet, as :func:`draft_sheet` does, reading
    the project's sheets once: each draft links to what the sheets and the drafts before it
    declare. An article that cannot be drafted is given with its error, and the others are
    drafted all the same. ``on_article`` is called as each is taken (for progress)."""
    from partygraph.draft.link import read_corpus  # only for this command
    from partygraph.draft.write import write_draft

    vocabulary = read_project_vocabulary(project)
    corpus = read_corpus(project.sheet_files())
    results: list[tuple[Path, DraftResult | PartygraphError]] = []
    for article in articles:
        if on_article is not None:
            on_article(article)
        try:
            done = write_draft(article, project.data_dir, vocabulary=vocabulary,
                               source_id=source_id, outlet=outlet, corpus=corpus)
        except PartygraphError as exc:
            results.append((article, exc))
            continue
        corpus.add(done.sheet.name, done.drafted.entities)
        corpus.add_facts(done.drafted.facts)
        results.append((article, done))
    return results
