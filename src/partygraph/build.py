"""The build: fact sheets and ontology to a dataset file and a persistent embedded store."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .factsheets import load_corpus
from .project import Project
from .store import load_store, open_store, select
from .triples import CompiledGraph, compile_corpus
from .vocab import ONTOLOGY_GRAPH, curie

__all__ = ["BuildSummary", "build", "compile_project", "is_stale"]


@dataclass(frozen=True)
class BuildSummary:
    """What a build produced."""

    sources: int
    triples: int
    triples_by_graph: dict[str, int] = field(default_factory=dict)
    entities_by_class: dict[str, int] = field(default_factory=dict)


def compile_project(project: Project,
                    on_sheet: Callable[[Path], None] | None = None) -> CompiledGraph:
    """Load, check and compile every fact sheet of ``project`` with its ontology.

    ``on_sheet`` is called as each sheet is read. Raises FactSheetError (every problem,
    with file and line) or PartygraphError.
    """
    ontology = project.load_ontology()
    corpus = load_corpus(project.sheet_files(), on_sheet)
    return compile_corpus(corpus, ontology=ontology, root=project.root)


def _write_atomically(path: Path, text: str) -> None:
    staging = path.with_name(path.name + ".new")
    staging.write_text(text, encoding="utf-8")
    os.replace(staging, path)


def _nquads(compiled: CompiledGraph) -> str:
    text = compiled.dataset.serialize(format="nquads")
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return "\n".join(lines) + "\n"


def _origins_json(compiled: CompiledGraph) -> str:
    table: dict[str, dict[str, list[list[str | int]]]] = defaultdict(dict)
    for (subject, predicate), origins in compiled.origins.items():
        table[subject][predicate] = [[o.file, o.line, o.item] for o in origins]
    return json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


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
    """Build ``project``: write the N-Quads dataset, the origin table and the store.

    ``on_sheet`` is called as each sheet is read (for progress). Raises FactSheetError or
    PartygraphError; leaves the previous build in place on failure.
    """
    digest = project.input_digest()
    compiled = compile_project(project, on_sheet)
    project.build_dir.mkdir(parents=True, exist_ok=True)
    _write_atomically(project.dataset_file, _nquads(compiled))
    _write_atomically(project.origins_file, _origins_json(compiled))
    load_store(project.dataset_file, project.store_dir)
    summary = summarise(open_store(project.store_dir))
    manifest = {"inputs": digest, "summary": asdict(summary)}
    _write_atomically(project.manifest_file, json.dumps(manifest, indent=1, sort_keys=True))
    return summary


def is_stale(project: Project) -> bool:
    """True when the inputs changed since the last build (or there was none)."""
    if not project.manifest_file.is_file():
        return True
    manifest = json.loads(project.manifest_file.read_text(encoding="utf-8"))
    return bool(manifest.get("inputs") != project.input_digest())
