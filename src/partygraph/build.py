"""The build: fact sheets and ontology to a dataset file and a persistent embedded store.

A build is incremental. Each sheet's compiled graph is cached (see :mod:`.sheet_cache`),
so only changed sheets are read again; the store then has just the named graphs that
changed replaced, unless so much changed that loading it afresh is quicker.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .errors import FactSheetError, Problem
from .factsheets import FactSheet, SheetOutline, check_outlines, load_sheet, outline_of
from .project import Project
from .sheet_cache import SheetCache
from .store import load_store, open_store, replace_graphs, select
from .triples import CompiledGraph, SheetGraph, compile_sheet, ontology_nquads
from .vocab import ONTOLOGY_GRAPH, curie

__all__ = ["BuildSummary", "build", "build_compiled", "compile_project", "is_stale", "summarise"]

# Above this share of changed triples, reloading the whole store beats replacing graphs.
_RELOAD_SHARE = 0.2


@dataclass(frozen=True)
class BuildSummary:
    """What a build produced, and how much of it had to be redone."""

    sources: int
    triples: int
    triples_by_graph: dict[str, int] = field(default_factory=dict)
    entities_by_class: dict[str, int] = field(default_factory=dict)
    sheets_compiled: int = 0
    graphs_replaced: int = 0


def compile_project(project: Project, on_sheet: Callable[[Path], None] | None = None, *,
                    use_cache: bool = True) -> CompiledGraph:
    """Load, check and compile every fact sheet of ``project`` with its ontology.

    With ``use_cache`` a sheet whose compiled graph is cached and still valid is not read
    again. ``on_sheet`` is called as each sheet is taken. Raises FactSheetError (every
    problem, with file and line) or PartygraphError.
    """
    ontology = ontology_nquads(project.load_ontology())
    cache = SheetCache(project.cache_dir, project.root) if use_cache else None
    files = project.sheet_files()
    outlines: list[SheetOutline] = []
    loaded: dict[Path, FactSheet] = {}
    kept: dict[Path, SheetGraph] = {}
    problems: list[Problem] = []
    for file in files:
        if on_sheet is not None:
            on_sheet(file)
        hit = cache.lookup(file) if cache is not None else None
        if hit is not None:
            kept[file] = hit.graph
            outlines.append(hit.outline)
            continue
        try:
            sheet = load_sheet(file)
        except FactSheetError as exc:
            problems.extend(exc.problems)
            continue
        loaded[file] = sheet
        outlines.append(outline_of(sheet))
    types, cross = check_outlines(outlines)
    problems.extend(cross)
    if problems:
        raise FactSheetError(problems)
    graphs = []
    fresh = 0
    for file, outline in zip(files, outlines, strict=True):
        graph = kept.get(file)
        if graph is not None and all(types.get(k) == v for k, v in graph.ref_types.items()):
            graphs.append(graph)
            continue
        fresh += 1
        sheet = loaded.pop(file) if file in loaded else load_sheet(file)
        graph = compile_sheet(sheet, types, project.root)
        if cache is not None:
            cache.save(sheet, outline, graph)
        graphs.append(graph)
    if cache is not None:
        cache.prune()
    graphs.sort(key=lambda g: g.graph)
    return CompiledGraph(ontology, graphs, compiled=fresh)


def _write_dataset(compiled: CompiledGraph, path: Path) -> dict[str, tuple[str, int]]:
    """Write the dataset as N-Quads, graph by graph; each graph's digest and size."""
    staging = path.with_name(path.name + ".new")
    graphs: dict[str, tuple[str, int]] = {}
    with staging.open("wb") as out:
        blocks: list[tuple[str, Callable[[], bytes]]] = [
            (str(ONTOLOGY_GRAPH), partial(_graph_data, compiled, str(ONTOLOGY_GRAPH)))]
        blocks += [(sheet.graph, sheet.data) for sheet in compiled.sheets]
        for graph, read in blocks:
            data = read()
            out.write(data)
            graphs[graph] = (hashlib.sha256(data).hexdigest(), data.count(b"\n"))
    os.replace(staging, path)
    return graphs


def _graph_data(compiled: CompiledGraph, graph: str) -> bytes:
    if graph == str(ONTOLOGY_GRAPH):
        return "".join(f"{line}\n" for line in compiled.ontology).encode()
    return next(s.data() for s in compiled.sheets if s.graph == graph)


def _read_manifest(project: Project) -> dict[str, Any]:
    try:
        manifest = json.loads(project.manifest_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def _write_manifest(project: Project, manifest: dict[str, Any]) -> None:
    staging = project.manifest_file.with_name(project.manifest_file.name + ".new")
    staging.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(staging, project.manifest_file)


def summarise(store: ox.Store) -> BuildSummary:
    """Count sources, triples per graph, and entities by class in a built store."""
    by_graph = {
        str(row["g"].value): int(row["n"].value)
        for row in select(store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
                                 "GROUP BY ?g ORDER BY ?g")
    }
    classes = select(
        store,
        "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } "
        f"FILTER(?g != <{ONTOLOGY_GRAPH}>) }} GROUP BY ?c ORDER BY ?c"
    )
    entities = {curie(str(row["c"].value)): int(row["n"].value) for row in classes}
    sources = sum(1 for g in by_graph if g != str(ONTOLOGY_GRAPH))
    return BuildSummary(sources, sum(by_graph.values()), by_graph, entities)


def build(project: Project, on_sheet: Callable[[Path], None] | None = None) -> BuildSummary:
    """Build ``project``: write the N-Quads dataset and bring the store up to date.

    ``on_sheet`` is called as each sheet is taken (for progress). Raises FactSheetError or
    PartygraphError; leaves the previous build in place when a sheet has a problem.
    """
    return build_compiled(project, on_sheet)[1]


def build_compiled(project: Project, on_sheet: Callable[[Path], None] | None = None
                   ) -> tuple[CompiledGraph, BuildSummary]:
    """:func:`build`, also returning the compiled graph (for validation that follows)."""
    digest = project.input_digest()
    compiled = compile_project(project, on_sheet)
    project.build_dir.mkdir(parents=True, exist_ok=True)
    graphs = _write_dataset(compiled, project.dataset_file)
    previous = _read_manifest(project)
    before: dict[str, list[Any]] = previous.get("graphs", {}) if previous.get("complete") else {}
    changed = {g for g, (sha, _) in graphs.items() if before.get(g, [None])[0] != sha}
    removed = set(before) - set(graphs)
    share = sum(graphs[g][1] for g in changed) / max(1, sum(n for _, n in graphs.values()))
    if before and project.store_dir.is_dir() and share <= _RELOAD_SHARE:
        _write_manifest(project, {**previous, "complete": False})
        replace_graphs(project.store_dir, {
            **{g: None for g in sorted(removed)},
            **{g: _graph_data(compiled, g) for g in sorted(changed)},
        })
        replaced = len(changed) + len(removed)
    else:
        load_store(project.dataset_file, project.store_dir)
        replaced = len(graphs)
    summary = summarise(open_store(project.store_dir))
    summary = BuildSummary(summary.sources, summary.triples, summary.triples_by_graph,
                           summary.entities_by_class, compiled.compiled, replaced)
    _write_manifest(project, {
        "inputs": digest, "complete": True, "summary": asdict(summary),
        "graphs": {g: list(v) for g, v in sorted(graphs.items())},
    })
    return compiled, summary


def is_stale(project: Project) -> bool:
    """True when the inputs changed since the last build (or there was none)."""
    manifest = _read_manifest(project)
    return not manifest.get("complete") or manifest.get("inputs") != project.input_digest()
