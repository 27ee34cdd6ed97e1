"""The build: fact sheets and ontology to a dataset file and a persistent embedded store.

A build is incremental. Each sheet's compiled graph is cached (see :mod:`.sheet_cache`),
so only changed sheets are read again; the store then has just the named graphs that
changed replaced, unless so much changed that loading it afresh is quicker. Beside the
sheets' graphs the build writes the derived graphs (figures per organisation and measure,
see :mod:`partygraph.compile.derived`), made from summaries the cache keeps per sheet.

A build that fails, is killed or runs beside another leaves nothing half-true: one build
at a time holds the build folder's lock (:mod:`.lock`); the cache's files are named by
their content and its index is written last; the store and the manifest are each replaced
whole, the dataset file whole or, for a small edit, region by region in place (see
:mod:`.dataset_file`), and the manifest says the store or the file is being changed before
it is. The next build after any of these gives exactly what a clean build gives.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partygraph.compile.cache import DamagedCacheError, SheetCache
from partygraph.compile.dataset import CompiledGraph, SheetGraph
from partygraph.compile.derived import derive
from partygraph.errors import FactSheetError, Problem
from partygraph.project import Project
from partygraph.rdf.vocab import DERIVED_GRAPH, ONTOLOGY_GRAPH, curie
from partygraph.sheets.crosscheck import (
    CanonicalNames,
    SheetOutline,
    check_outlines,
    twin_organisations,
    twin_people,
)
from partygraph.store.dataset_file import (
    file_stamp,
    graph_data,
    layout_size,
    patch_dataset,
    valid_layout,
    write_dataset,
)
from partygraph.store.embedded import (
    load_store,
    remove_leftovers,
    store_problem,
    store_stamp,
    update_store,
)
from partygraph.store.kept import KeptQuery, ensure_kept
from partygraph.util.collection import collection_paused
from partygraph.util.files import Resolver, write_atomically
from partygraph.util.lock import build_lock

if TYPE_CHECKING:
    from partygraph.rdf.concepts import Vocabulary
    from partygraph.sheets.load import FactSheet

__all__ = ["BuildSummary", "build", "build_compiled", "compile_project", "dataset_is_current",
           "is_stale",
           "read_manifest", "read_project_vocabulary", "summarise"]

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
    # distinct triples in the default graph, the merge of every graph (what queries see)
    merged_triples: int = 0
    # why the store was loaded afresh though the last build had completed it (damaged,
    # missing or changed since), or "" when it was as that build left it
    store_problem: str = ""
    # how many of graphs_replaced are derived graphs (see partygraph.compile.derived)
    derived_replaced: int = 0
    # whether the dataset file was written from the previous one's unchanged parts
    dataset_patched: bool = False
    # whether it was written where it was, only its changed regions (see .dataset_file)
    dataset_in_place: bool = False


def compile_project(project: Project, on_sheet: Callable[[Path], None] | None = None, *,
                    use_cache: bool = True) -> CompiledGraph:
    """Load, check and compile every fact sheet of ``project`` with its ontology.

    With ``use_cache`` a sheet whose compiled graph is cached and still valid is not read
    again, and a compiled sheet is kept on disk rather than in memory (the build folder's
    lock is held meanwhile; it waits for another build). ``on_sheet`` is called as each
    sheet is taken. Raises FactSheetError (every problem, with file and line) or
    PartygraphError.
    """
    if not use_cache:
        return _compile(project, on_sheet, None)
    with build_lock(project.build_dir):
        return _compile(project, on_sheet, SheetCache(project.cache_dir, project.root,
                                                shared=project.concept_files()))


def _compile(project: Project, on_sheet: Callable[[Path], None] | None,
             cache: SheetCache | None) -> CompiledGraph:
    if cache is not None:
        ontology = cache.ontology(project.ontology_files(), lambda: _ontology_lines(project))
    else:
        ontology = _ontology_lines(project)
    files = project.sheet_files()
    run = _Compilation(project, cache)
    for file in files:
        if on_sheet is not None:
            on_sheet(file)
        run.take(file)
    run.finish(files)
    ordered = sorted(run.graphs.values(), key=lambda g: g.graph)
    outlines = [*run.outlines, *(outline for _, outline in run.pending)]
    compiled = CompiledGraph(ontology, ordered, compiled=run.fresh,
                             digests=cache.digests if cache is not None else {},
                             articles=_articles_read(project, outlines),
                             warnings=_warnings(project, outlines))
    if cache is not None:
        # kept while no sheet's summary changed, so the cache must know it before it commits
        compiled.derived_graphs = cache.derived(ordered, lambda: derive(
            sheet.summary() for sheet in ordered))
        cache.commit()
    return compiled


def _warnings(project: Project, outlines: list[SheetOutline]
              ) -> list[tuple[str, str, int, str, str, str]]:
    """What the sheets' own checks warn about, and one organisation or person declared
    under two ids (see :func:`partygraph.sheets.crosscheck.twin_organisations` and
    :func:`~partygraph.sheets.crosscheck.twin_people`): (check, sheet, line,
    item id, field, value), sheets by path relative to the project's root."""
    found = [(check, project.relative(o.file), line, item, name, value)
             for o in outlines for check, line, item, name, value in o.warnings]
    for check, twins in (("same-organisation", twin_organisations),
                         ("same-person", twin_people)):
        found += [(check, project.relative(file), line, entity, "",
                   f"{other} ({project.relative(other_file)}:{other_line})")
                  for file, line, entity, other, other_file, other_line in twins(outlines)]
    return sorted(found)


def _articles_read(project: Project, outlines: list[SheetOutline]
                   ) -> dict[str, tuple[str, int]]:
    """The article each sheet reads and the line of the sheet's source block, by the
    sheet's path; both paths relative to the project's root.

    An article is named by its path in the project (``data/articles/x.txt``) whenever that
    path leads to the file the sheet reads, as when ``data/articles`` is a symbolic link to
    a folder kept elsewhere: the stored articles are listed under those names (see
    :func:`partygraph.validate.articles.check_articles`)."""
    resolve = Resolver()
    read: dict[str, tuple[str, int]] = {}
    for outline in outlines:
        if not outline.article:
            continue
        given = outline.file.parent / outline.article
        named = Path(os.path.normpath(given))  # its path in the project, ".." taken out
        if resolve(named) != (resolved := resolve(given)):
            named = resolved  # ".." after a linked folder: where the file really is
        read[project.relative(outline.file)] = (project.relative(named), outline.source_line)
    return read


@dataclass
class _Compilation:
    """One pass over a project's sheets: each is taken from the cache or read and compiled
    as soon as every entity it names is known; the rest once all sheets have been read."""

    project: Project
    cache: SheetCache | None
    outlines: list[SheetOutline] = field(default_factory=list)
    graphs: dict[Path, SheetGraph] = field(default_factory=dict)
    waiting: dict[Path, tuple[FactSheet, SheetOutline]] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)  # entity types seen so far
    names: CanonicalNames = field(default_factory=CanonicalNames)  # names sheets give them
    declared: dict[Path, list[str]] = field(default_factory=dict)  # entities per sheet
    problems: list[Problem] = field(default_factory=list)
    fresh: int = 0  # sheets compiled (not taken from the cache)
    # sheets taken from the cache, not yet noted (see finish)
    pending: list[tuple[Path, SheetOutline]] = field(default_factory=list)
    read: set[Path] = field(default_factory=set)  # sheets read (not taken from the cache)
    # the entities whose names those sheets give otherwise than before (see _note_renamed)
    read_names: set[str] = field(default_factory=set)
    _vocabulary: Vocabulary | None = None

    def take(self, file: Path) -> None:
        """Take one sheet: from the cache, compiled now, or kept waiting for the rest."""
        hit = self.cache.lookup(file) if self.cache is not None else None
        if hit is not None:
            self.graphs[file] = hit.graph
            self.pending.append((file, hit.outline))  # noted when a check needs it
            return
        self._note_pending()
        self.read.add(file)
        try:
            sheet, outline = self._read(file)
        except FactSheetError as exc:
            self.problems.extend(exc.problems)
            return
        self._note_renamed(file, outline)
        self._note(file, outline)
        if all(ref in self.types for _, _, ref, _, _ in outline.references):
            self.graphs[file] = self._compile_one(sheet, outline)  # so not held in memory
        else:  # names an entity that a later sheet declares
            self.waiting[file] = (sheet, outline)

    def finish(self, files: list[Path]) -> None:
        """Check across sheets, then compile what waited and what a change made stale.

        When every sheet was taken from the cache and the cache's index held no other
        entry, the sheets are those a build checked and compiled together before (an index
        is committed only then): nothing to check or compile again.
        """
        if self.cache is not None and not self.problems and not self.waiting \
                and len(self.pending) == len(files) and self.cache.all_taken():
            return
        self._note_pending()
        checked, cross = check_outlines(self.outlines, named=self.project.relative)
        self.problems.extend(cross)
        if self.problems:
            raise FactSheetError(self.problems)
        self.types.update(checked)
        renamed = self._renamed(files)
        for file in files:
            graph = self.graphs.get(file)
            if graph is not None and self._names_current(file, graph, renamed) \
                    and all(self.types.get(k) == v for k, v in graph.ref_types.items()):
                continue
            # waiting, or kept but an entity it names changed type or name: compile it again
            sheet, outline = self.waiting.pop(file) if file in self.waiting else self._read(file)
            self.graphs[file] = self._compile_one(sheet, outline)

    def _renamed(self, files: list[Path]) -> set[str] | None:
        """The entities whose canonical names may have changed since the build that
        committed the cache's index: those the sheets read now name otherwise than before,
        and those named by sheets since removed (None: any may have)."""
        if self.cache is None:
            return None
        gone = self.cache.gone_names(files)
        return None if gone is None else gone | self.read_names

    def _note_renamed(self, file: Path, outline: SheetOutline) -> None:
        """Note the entities whose names the sheet just read gives otherwise than when the
        cache's index was committed (all it names, if the index had no entry for it)."""
        earlier = self.cache.earlier_names(file) if self.cache is not None else None
        now = {entity: dict(names) for entity, names in outline.names.items()}
        if earlier is None:
            self.read_names.update(now)
        else:
            self.read_names.update(entity for entity in earlier.keys() | now.keys()
                                   if earlier.get(entity) != now.get(entity))

    def _names_current(self, file: Path, graph: SheetGraph, renamed: set[str] | None) -> bool:
        """True when ``graph`` was compiled with the canonical names its entities have now.

        A graph taken from the cache was compiled with the names of the build that
        committed the index (every sheet compiled with other names is compiled again
        before a build commits), so only an entity in ``renamed`` can have another name
        now; otherwise (or with ``renamed`` None) the names are compared by their digest."""
        if renamed is not None and file not in self.read \
                and renamed.isdisjoint(self.declared[file]):
            return True
        return graph.names_key == self.names.key(self.declared[file])

    def _note_pending(self) -> None:
        for file, outline in self.pending:
            self._note(file, outline)
        self.pending.clear()

    def _note(self, file: Path, outline: SheetOutline) -> None:
        self.outlines.append(outline)
        _declare(self.types, outline)
        self.names.add(outline)
        self.declared[file] = [entity for entity, _, _ in outline.declared]

    def _read(self, file: Path) -> tuple[FactSheet, SheetOutline]:
        from partygraph.sheets.load import load_sheet, outline_of  # only when a sheet is read

        sheet = load_sheet(file, articles_dir=self.project.articles_dir,
                           vocabulary=self.vocabulary())
        return sheet, outline_of(sheet)

    def vocabulary(self) -> Vocabulary:
        """The project's concept schemes, read when the first sheet is read."""
        if self._vocabulary is None:
            read = partial(read_project_vocabulary, self.project)
            self._vocabulary = read() if self.cache is None else self.cache.vocabulary(read)
        return self._vocabulary

    def _compile_one(self, sheet: FactSheet, outline: SheetOutline) -> SheetGraph:
        from partygraph.compile.compiler import compile_sheet  # rdflib: only to compile

        self.fresh += 1
        graph = compile_sheet(sheet, self.types, self.project.root, self.vocabulary(),
                              self.names)
        if self.cache is None:
            return graph
        return self.cache.save(sheet, outline, graph)  # from now on read back from disk


def read_project_vocabulary(project: Project) -> Vocabulary:
    """The concept schemes of the project's ontology (``ontology/concepts.ttl``)."""
    from partygraph.rdf.concepts import read_vocabulary_file  # rdflib: when a sheet is read

    return read_vocabulary_file(*project.concept_files())


def _ontology_lines(project: Project) -> list[str]:
    from partygraph.compile.compiler import ontology_nquads  # rdflib: only to compile

    return ontology_nquads(project.load_ontology())


def _declare(types: dict[str, str], outline: SheetOutline) -> None:
    for entity, kind, _line in outline.declared:
        types.setdefault(entity, kind)


def _graph_digests(compiled: CompiledGraph) -> dict[str, tuple[str, int]]:
    """Each graph's digest and size, the ontology's and the derived graphs included."""
    ontology = graph_data(compiled, str(ONTOLOGY_GRAPH))
    graphs = {str(ONTOLOGY_GRAPH): (hashlib.sha256(ontology).hexdigest(), len(compiled.ontology))}
    graphs.update((sheet.graph, (sheet.digest, sheet.size)) for sheet in compiled.sheets)
    graphs.update(compiled.derived_digests())
    return graphs



def read_manifest(project: Project) -> dict[str, Any]:
    """What the last build recorded of itself (its graphs, their digests, the store's stamp);
    empty when it recorded nothing readable."""
    try:
        manifest = json.loads(project.manifest_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def _write_manifest(project: Project, manifest: dict[str, Any]) -> None:
    write_atomically(project.manifest_file,
                     json.dumps(manifest, indent=1, sort_keys=True).encode())


def summarise(compiled: CompiledGraph, graphs: dict[str, tuple[str, int]]) -> BuildSummary:
    """Count sources, quads per graph, and resources by class (each counted once)."""
    by_class: dict[str, set[str]] = defaultdict(set)
    owned: dict[str, int] = defaultdict(int)
    for sheet in compiled.sheets:
        for cls, subjects in sheet.typed.items():
            by_class[cls].update(subjects)
        for cls, count in sheet.owned.items():
            owned[cls] += count
    entities = {curie(cls): len(by_class.get(cls, ())) + owned.get(cls, 0)
                for cls in by_class.keys() | owned.keys()}
    by_graph = {graph: size for graph, (_, size) in sorted(graphs.items())}
    return BuildSummary(len(compiled.sheets), sum(by_graph.values()), by_graph,
                        dict(sorted(entities.items())))


# Called with the quads loaded into the store so far, and how many there are to load.
OnLoad = Callable[[int, int], None]


def build(project: Project, on_sheet: Callable[[Path], None] | None = None,
          on_load: OnLoad | None = None, *,
          kept: Sequence[KeptQuery] | None = None) -> BuildSummary:
    """Build ``project``: write the N-Quads dataset and bring the store up to date.

    ``on_sheet`` is called as each sheet is taken, ``on_load`` as quads go into the store
    (for progress). Waits for another build of the same folder to finish. Raises
    FactSheetError or PartygraphError; leaves the previous build in place when a sheet has
    a problem. The store keeps the answers of the ``kept`` queries (see
    :mod:`partygraph.store.kept`); None keeps those it kept, brought up to date.
    """
    return build_compiled(project, on_sheet, on_load, kept=kept)[1]


def build_compiled(project: Project, on_sheet: Callable[[Path], None] | None = None,
                   on_load: OnLoad | None = None, *,
                   kept: Sequence[KeptQuery] | None = None, dataset: bool = True
                   ) -> tuple[CompiledGraph, BuildSummary]:
    """:func:`build`, also returning the compiled graph (for validation that follows).

    With ``dataset`` False, a store that can be updated graph by graph is, but the dataset
    file is left behind (patching a file of a million triples costs about a second): the
    manifest records which graphs the file still holds, the next build brings it up to
    date from there, and :func:`dataset_is_current` says False until then.

    Holds the build folder's lock throughout (waiting for another build to finish), with
    Python's cyclic garbage collector paused (see :mod:`partygraph.util.collection`).
    """
    # (The cyclic collector paused: a build makes millions of objects and frees almost no
    # cycle; its passes took a seventh of a cold build at 10^6 and 10^7 triples.)
    with build_lock(project.build_dir), collection_paused():
        _clear_leftovers(project)
        try:
            return _build_compiled(project, on_sheet, on_load, kept, dataset)
        except DamagedCacheError:  # that file is gone now, so its sheet is compiled afresh
            return _build_compiled(project, on_sheet, on_load, kept, dataset)


def _clear_leftovers(project: Project) -> None:
    """Remove what an interrupted build may have left half-written beside its outputs."""
    for path in (project.dataset_file, project.manifest_file):
        path.with_name(path.name + ".new").unlink(missing_ok=True)
    remove_leftovers(project.store_dir)


def _build_compiled(project: Project, on_sheet: Callable[[Path], None] | None,
                    on_load: OnLoad | None, kept: Sequence[KeptQuery] | None,
                    dataset: bool = True) -> tuple[CompiledGraph, BuildSummary]:
    compiled = compile_project(project, on_sheet)
    digest = project.input_digest(compiled.digests)
    previous = read_manifest(project)
    before: dict[str, list[Any]] = previous.get("graphs", {}) if previous.get("complete") else {}
    graphs = _graph_digests(compiled)
    changed = {g for g, (sha, _) in graphs.items() if before.get(g, [None])[0] != sha}
    removed = set(before) - set(graphs)
    # The graphs the dataset file holds: the store's, unless a build left the file behind.
    in_file: dict[str, list[Any]] = previous.get("dataset_graphs") or before if before else {}
    file_changed = {g for g, (sha, _) in graphs.items() if in_file.get(g, [None])[0] != sha}
    file_removed = set(in_file) - set(graphs)
    merged = previous.get("merged") if before else None
    layout = valid_layout(previous.get("layout")) if before else None
    stamp = file_stamp(project.dataset_file)
    rewrite = merged is None or layout is None or bool(file_changed or file_removed) \
        or previous.get("dataset") != stamp
    # The store the last build completed must still be as it left it to be updated.
    problem = ""
    if before and project.store_dir.exists():
        ontology = str(ONTOLOGY_GRAPH)
        counts = {ontology: before[ontology][1]} if ontology in before else {}
        problem = store_problem(project.store_dir, previous.get("store"), before, counts) or ""
    share = sum(graphs[g][1] for g in changed) / max(1, sum(n for _, n in graphs.values()))
    # The ontology's blank nodes are renamed by each load, so a new ontology reloads all.
    incremental = bool(before) and project.store_dir.is_dir() and not problem \
        and share <= _RELOAD_SHARE and str(ONTOLOGY_GRAPH) not in changed
    # Patched from the previous file (after the store is updated: it tells which graphs
    # state a triple) while that file is as the last build left it; else written afresh.
    patch = incremental and layout is not None and stamp is not None \
        and previous.get("dataset") == stamp and stamp[0] == layout_size(layout)
    how = "afresh"
    # Left behind (when asked) only where the store is updated graph by graph, from the
    # compiled graphs; a store loaded afresh is loaded from the file.
    behind = rewrite and incremental and not dataset
    if rewrite and not patch and not behind:
        written = write_dataset(compiled, project.dataset_file)
        merged, layout = written.merged, written.layout
    replaced = len(changed) + len(removed) if incremental else len(graphs)
    derived_replaced = sum(1 for g in (changed | removed if incremental else graphs)
                           if g.startswith(f"{DERIVED_GRAPH}/"))
    patching = rewrite and patch and not behind
    # Until the new manifest, the store may be the old or the new, and so may the regions
    # of a dataset file patched in place.
    if (replaced or patching) and previous:
        _write_manifest(project, {**previous, "complete": False})
    if incremental:
        if replaced:
            update_store(project.store_dir, {
                **{g: None for g in sorted(removed)},
                **{g: graph_data(compiled, g) for g in sorted(changed)},
            })
            if on_load is not None:
                quads = sum(graphs[g][1] for g in changed)
                on_load(quads, quads)
        if patching:
            written = patch_dataset(compiled, project, layout or [], file_changed,
                                    file_removed)
            merged, layout, how = written.merged, written.layout, written.how
    else:
        total = sum(n for _, n in graphs.values()) + (merged or 0)
        done = 0

        def loaded(quads: int) -> None:
            nonlocal done
            done += quads
            if on_load is not None:
                on_load(done, total)

        load_store(project.dataset_file, project.store_dir, loaded, kept or ())
    if kept is not None:  # a saved query kept, no longer kept or edited since the last build
        ensure_kept(project.store_dir, kept)
    summary = replace(summarise(compiled, graphs), sheets_compiled=compiled.compiled,
                      graphs_replaced=replaced, merged_triples=int(merged or 0),
                      store_problem=problem, derived_replaced=derived_replaced,
                      dataset_patched=how != "afresh", dataset_in_place=how == "in place")
    manifest: dict[str, Any] = {
        "inputs": digest, "complete": True, "summary": asdict(summary), "merged": merged,
        "graphs": {g: list(v) for g, v in sorted(graphs.items())}, "layout": layout,
        "dataset": file_stamp(project.dataset_file),
        "store": store_stamp(project.store_dir),
    }
    if behind:  # the file as it was: its graphs, merge and layout
        manifest["dataset_graphs"] = in_file
    _write_manifest(project, manifest)
    return compiled, summary


def is_stale(project: Project) -> bool:
    """True when the inputs changed since the last build (or there was none)."""
    manifest = read_manifest(project)
    return not manifest.get("complete") or manifest.get("inputs") != project.input_digest()


def dataset_is_current(project: Project) -> bool:
    """True when the dataset file holds what the store does (see :func:`build_compiled`:
    validating one sheet updates the store alone)."""
    manifest = read_manifest(project)
    return bool(manifest.get("complete")) and "dataset_graphs" not in manifest \
        and manifest.get("dataset") == file_stamp(project.dataset_file)
