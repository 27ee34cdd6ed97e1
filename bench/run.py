"""The scale benchmark: generate SYNTHETIC corpora, measure every stage, print a table.

    python bench/run.py --sizes 1e4 1e5 1e6 [--results bench/RESULTS.md]

Python's bytecode of partygraph and the packages it imports is compiled first, as ``pip
install`` does, so that no run pays for compiling modules that this environment was told not
to cache (``PYTHONDONTWRITEBYTECODE``). For each size it measures, each in a fresh process
(time and peak memory): the raw pyoxigraph load of the built N-Quads (the baseline), a cold
build, a rebuild after editing one fact sheet, full validation (pyshacl-turbo) and
validation of one sheet, pySHACL on the same graph where it finishes within --pyshacl-limit,
the build a user runs after that validation (the dataset file brought up to date), every
saved query on the embedded store (median of 3; for an answer kept whole that the first run
made, that run's time too) against the same query on rdflib's memory store where it loads
within --rdflib-limit triples, and the export of each view. It then prints the targets of
the scale issue as met or not met. With --queries-only it generates and builds each size and
times only the saved queries (those named with --query, or all), with the rdflib baseline
where it loads.
"""

from __future__ import annotations

import argparse
import compileall
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import jena
import pyoxigraph as ox
from generate import generate


def measure(args: list[str], workdir: Path) -> dict[str, float]:
    """Run a partygraph command in a fresh process: seconds (the whole process, Python's
    start and imports included, as a user waits), peak KB and exit code."""
    out = workdir / "measure.json"
    start = time.perf_counter()
    subprocess.run([sys.executable, str(HERE / "measure.py"), str(out), "--", *args],
                   check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    return {**json.loads(out.read_text()), "seconds": seconds}


def raw_load(dataset: Path, workdir: Path) -> dict[str, float]:
    """Baseline: pyoxigraph bulk-loads the same N-Quads into a fresh store (own process)."""
    code = ("import json,resource,sys,time,pyoxigraph as ox\n"
            "t=time.perf_counter(); s=ox.Store(sys.argv[2]); "
            "s.bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_QUADS); s.flush()\n"
            "print(json.dumps({'seconds': time.perf_counter()-t, 'peak_kb': "
            "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, 'exit': 0}))")
    done = subprocess.run([sys.executable, "-c", code, str(dataset), str(workdir / "raw")],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


_RDFLIB_CHILD = r"""
import json, multiprocessing, sys, time
from rdflib import Dataset
from partygraph.rdf.vocab import PREFIXES
texts, limit = json.loads(sys.stdin.read())
dataset = Dataset(default_union=True)
dataset.parse(sys.argv[1], format="nquads")

def run(text, out):
    start = time.perf_counter()
    list(dataset.query(text, initNs=PREFIXES))
    out.put(time.perf_counter() - start)

fork = multiprocessing.get_context("fork")
for name, text in texts.items():
    out = fork.Queue()
    worker = fork.Process(target=run, args=(text, out))
    worker.start()
    worker.join(limit)
    if worker.is_alive():
        worker.kill()
        worker.join()
    seconds = out.get() if not out.empty() else limit
    print(json.dumps([name, min(seconds, limit)]), flush=True)
"""


def _rdflib_times(dataset_file: Path, texts: dict[str, str], limit_s: float) -> dict[str, float]:
    """Each query once on rdflib's memory store, stopped after ``limit_s``.

    One child process parses the dataset once; each query then runs in a fork of it (the
    parsed graph is shared copy-on-write), killed at the limit. A query rdflib does not
    finish in time is reported as that limit (a lower bound)."""
    done = subprocess.run([sys.executable, "-c", _RDFLIB_CHILD, str(dataset_file)],
                          input=json.dumps([texts, limit_s]), capture_output=True, text=True,
                          check=True)
    times: dict[str, float] = {}
    for line in done.stdout.splitlines():
        name, seconds = json.loads(line)
        times[name] = seconds
    return times


# The saved queries' examples name real entities; these stand in for them in the corpus.
SYNTHETIC_EXAMPLES = {
    "an-khe-town-party": "syn-d0",
    "an-khe-town-committee": "syn-d0-ec",
    "gia-lai-province": "syn-place-p0",
    "cpv-central": "syn-p0",
    "baogialai-2020-06-an-khe-congress-preparation": "syn-d0-t17",
    "Đảng bộ thị xã An Khê@vi": "Đảng bộ huyện giả định 0@vi",
    "tay son": "huyen gia dinh 0",
    "2.457": "đảng viên năm 2020",
    "nguyen-thi-thanh-lich": "syn-person-0-1",
}


def _runs(query: object, engine: object) -> list[tuple[str, str, dict[str, object]]]:
    """(label, kind, values) of each run of a query: with its examples, over everything, and
    with its defaults when the store keeps that answer.

    A run is "scoped" when an entity parameter narrows it to one organisation, source or
    place, else "corpus" (it reads the whole corpus: a heavy aggregate or a full scan).
    """
    values = {}
    for name, value in query.example_values().items():  # type: ignore[attr-defined]
        if isinstance(value, list):
            values[name] = [SYNTHETIC_EXAMPLES.get(v, v) for v in value]
        else:
            values[name] = SYNTHETIC_EXAMPLES.get(value, value)
    entity_params = {p.name for p in query.params  # type: ignore[attr-defined]
                     if p.type == "iri" and not (p.cls or "").endswith("core#Concept")}
    scoped = bool(entity_params & set(values))
    runs = [(query.name, "scoped" if scoped else "corpus", values)]  # type: ignore[attr-defined]
    optional = [p.name for p in query.params  # type: ignore[attr-defined]
                if p.name in entity_params and not p.required]
    kept = query.keep is not None and query.params  # type: ignore[attr-defined]
    if optional:
        rest = {k: v for k, v in values.items() if k not in optional}
        # (the defaults' answer, when the store keeps it and nothing else is given)
        label = " (whole corpus: kept answer)" if kept and not rest else " (whole corpus)"
        runs.append((query.name + label, "corpus", rest))  # type: ignore[attr-defined]
    if kept and runs[-1][2]:
        # a SELECT the store keeps for its parameters' defaults: timed with them too
        runs.append((f"{query.name} (defaults: kept answer)",  # type: ignore[attr-defined]
                     runs[-1][1], {}))
    return runs


def time_queries(root: Path, rdflib_limit: int, triples: int,
                 only: list[str] | None = None) -> list[dict[str, object]]:
    """Median of 3 runs of every saved query (or of those named in ``only``) on the embedded
    store with its text index and kept answers; the plain text on rdflib where it loads."""
    sys.path.insert(0, str(root.parent))
    from partygraph.query.engine import EmbeddedEngine
    from partygraph.query.saved import bind_parameters, load_queries, run_query
    from partygraph.rdf.sparql_text import inject_values
    from partygraph.store.embedded import open_for_queries
    # as `partygraph query` runs them: with the text index and kept answers beside the store
    opened = open_for_queries(root / "build" / "store")
    engine = EmbeddedEngine(opened.store, opened.index, opened.kept)
    queries = load_queries(root / "queries")
    rows = []
    texts: dict[str, str] = {}
    for name, query in sorted(queries.items()):
        if only and name not in only:
            continue
        for label, kind, values in _runs(query, engine):
            try:
                text = inject_values(query.text, bind_parameters(engine, query, values))
            except Exception as exc:  # an example the corpus lacks: reported in the table
                rows.append({"query": label, "kind": kind, "skipped": str(exc)})
                continue
            runs = []
            before = _kept_files(root)
            for _ in range(3):
                start = time.perf_counter()  # the index lookup, if any, counts
                result = run_query(engine, query, values)  # as 'partygraph query' runs it
                runs.append(time.perf_counter() - start)
                if runs[0] > 5 and _kept_files(root) == before:  # slow, and nothing kept:
                    break  # one run says enough
            entry = {"query": label, "kind": kind, "median_s": statistics.median(runs),
                     "rows": len(result.rows) + len(result.triples)
                     + (result.boolean is not None)}
            if _kept_files(root) != before:  # the first run made the answer the rest read
                entry["first_s"] = runs[0]
            rows.append(entry)
            texts[label] = text
    if triples <= rdflib_limit:
        slow = _rdflib_times(root / "build" / "partygraph.nq", texts, 10.0)
        for entry in rows:
            if entry["query"] in slow:
                entry["rdflib_s"] = slow[str(entry["query"])]
    return rows


def _kept_files(root: Path) -> set[tuple[str, int]]:
    """The answers kept beside the store (name, inode): what a query kept whole adds."""
    folder = root / "build" / "store" / "kept"
    return {(f.name, f.stat().st_ino) for f in folder.iterdir()} if folder.is_dir() else set()


def _progress(label: str, started: float) -> None:
    """One line on stderr as each stage ends, so a long run shows where it is."""
    print(f"  {label}: {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)


_SHEET_CHECKS = ("sheets:", "articles:")
"""The names of the checks partygraph makes of the sheets and articles beside SHACL."""


def run_size(size: int, work: Path, args: argparse.Namespace) -> dict[str, object]:
    """Every measurement at one size."""
    root = work / f"corpus-{size}"
    started = time.perf_counter()
    summary = generate(size, root)
    _progress("generate", started)
    base = ["--root", str(root)]
    result: dict[str, object] = {"target": size, "corpus": summary}
    started = time.perf_counter()
    result["build"] = measure([*base, "build", "--no-validate"], work)
    _progress("cold build", started)
    manifest = json.loads((root / "build" / "manifest.json").read_text())
    # the corpus's triples (the sheets' graphs and the ontology), not those the build
    # derives from them (partygraph.compile.derived), so sizes compare across versions
    from partygraph.rdf.vocab import DERIVED_GRAPH
    by_graph = manifest["summary"]["triples_by_graph"]
    triples = sum(int(n) for g, n in by_graph.items() if not g.startswith(f"{DERIVED_GRAPH}/"))
    result["triples"] = triples
    result["derived_triples"] = int(manifest["summary"]["triples"]) - triples
    if args.queries_only:
        started = time.perf_counter()
        result["queries"] = time_queries(root, args.rdflib_limit, triples, args.query)
        _progress("queries", started)
        return result
    started = time.perf_counter()
    result["raw_load"] = raw_load(root / "build" / "partygraph.nq", work)
    sheet = sorted((root / "data" / "sheets").glob("syn-d0-t17.yaml"))[0]
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("value: ", "value: 1", 1),
                     encoding="utf-8")
    result["rebuild_one_sheet"] = measure([*base, "build", "--no-validate"], work)
    report = work / "report.json"
    result["validate"] = measure([*base, "validate", "--format", "json", "-o", str(report),
                                  "--fail-on", "none"], work)
    # The SHACL results, which the other engines give too; not the checks of the sheets
    # themselves (sheets:..., articles:...), one of which flags the figure edited above as
    # no longer the one its quote writes.
    found = [r for r in json.loads(report.read_text())["results"]
             if not str(r["shape"]).startswith(_SHEET_CHECKS)]
    result["results"] = len(found)
    _progress("raw load, rebuild, validation", started)
    started = time.perf_counter()
    # Edited again, so that this validation brings the build up to date first.
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("value: 1", "value: 2", 1),
                     encoding="utf-8")
    result["validate_one_sheet"] = measure([*base, "validate", str(sheet), "--fail-on", "none"],
                                           work)
    # Again, with the build now current: the validation alone, without the rebuild.
    result["validate_one_sheet_built"] = measure([*base, "validate", str(sheet), "--fail-on",
                                                  "none"], work)
    _progress("validation of one sheet", started)
    started = time.perf_counter()
    if jena.available() and triples <= args.jena_limit:
        from partygraph.project import Project
        from partygraph.store.build import compile_project
        data = work / "data.nt"
        data.write_text(compile_project(Project.at(root)).ntriples(), encoding="utf-8")
        theirs = jena.validate(data, root / "ontology" / "shapes.ttl", work)
        ours = sorted((str(r["focus"]), "http://www.w3.org/ns/shacl#" + str(r["severity"]).title())
                      for r in found)
        result["jena"] = {**theirs, "agree": theirs.pop("results") == ours}
        data.unlink()
        _progress("Jena", started)
        started = time.perf_counter()
    if triples <= args.pyshacl_limit:
        reference = work / "reference.json"
        result["pyshacl"] = measure([*base, "validate", "--engine", "pyshacl", "--format",
                                     "json", "-o", str(reference), "--fail-on", "none"], work)
        theirs = [r for r in json.loads(reference.read_text())["results"]
                  if not str(r["shape"]).startswith(_SHEET_CHECKS)]
        key = lambda r: (r["shape"], r["severity"], r["file"], r["line"], r["value"])  # noqa: E731
        result["engines_agree"] = sorted(map(key, found)) == sorted(map(key, theirs))
        _progress("pySHACL", started)
        started = time.perf_counter()
    # As a user would before querying: the build brings the dataset file up to date (the
    # answers kept whole that the edit touched are made by the first query that asks).
    result["build_after_validation"] = measure([*base, "build", "--no-validate"], work)
    result["queries"] = time_queries(root, args.rdflib_limit, triples)
    _progress("build, queries", started)
    started = time.perf_counter()
    exports = {}
    for view in ("hierarchy", "people", "events", "sources", "full"):
        if triples <= args.exports_limit:
            exports[view] = measure([*base, "export", view, "-o",
                                     str(work / f"{view}.graphml")], work)
    result["exports"] = exports
    _progress("exports", started)
    return result


def _fmt(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"


def report(results: list[dict[str, object]]) -> str:
    """The table and the met/not-met lines, as Markdown."""
    lines = ["| measure | " + " | ".join(f"{r['triples']:,} triples" for r in results) + " |",
             "|---|" + "---|" * len(results)]

    def row(name: str, cells: list[str]) -> None:
        lines.append(f"| {name} | " + " | ".join(cells) + " |")

    def step(r: dict[str, object], key: str) -> dict[str, float]:
        value = r[key]
        assert isinstance(value, dict)
        return value

    row("triples the build derives (beside the corpus's)",
        [f"{int(r.get('derived_triples', 0)):,}" for r in results])  # type: ignore[call-overload]
    row("raw pyoxigraph load (baseline)", [_fmt(step(r, "raw_load")["seconds"]) for r in results])
    row("cold build", [f"{_fmt(step(r, 'build')['seconds'])} "
                       f"({step(r, 'build')['seconds'] / step(r, 'raw_load')['seconds']:.0f}× raw)"
                       for r in results])
    row("rebuild after editing one sheet", [_fmt(step(r, "rebuild_one_sheet")["seconds"])
                                            for r in results])
    row("full validation (pyshacl-turbo)", [_fmt(step(r, "validate")["seconds"]) for r in results])
    row("validation results (injected defects)", [
        f"{r['results']} ({sum(r['corpus']['defects'].values())})"  # type: ignore[index]
        for r in results])
    row("pySHACL on the same graph", [
        (f"{_fmt(step(r, 'pyshacl')['seconds'])}, agree: {r['engines_agree']}"
         if "pyshacl" in r else "not run") for r in results])
    row("Jena shacl CLI on the same graph (baseline)", [
        (f"{_fmt(step(r, 'jena')['seconds'])}, agree: {step(r, 'jena')['agree']}"
         if "jena" in r else "not run") for r in results])
    row("validation of one edited sheet (brings the build up to date first)",
        [_fmt(step(r, "validate_one_sheet")["seconds"]) for r in results])
    row("validation of one sheet, build current", [
        _fmt(step(r, "validate_one_sheet_built")["seconds"]) for r in results])
    row("build after that validation (dataset file)", [
        _fmt(step(r, "build_after_validation")["seconds"]) if "build_after_validation" in r
        else "not run" for r in results])
    _query_rows(results, row)
    for view in ("hierarchy", "people", "events", "sources", "full"):
        row(f"export {view} (GraphML)", [
            _fmt(r["exports"][view]["seconds"]) if view in r["exports"]  # type: ignore[index,operator]
            else "not run" for r in results])
    peak = [max(step(r, k)["peak_kb"] for k in ("build", "validate", "rebuild_one_sheet"))
            for r in results]
    row("peak memory (build or validation)", [
        f"{p / 1024:.0f} MB ({p * 1024 / int(r['triples']):.0f} B/triple)"  # type: ignore[call-overload]
        for p, r in zip(peak, results, strict=True)])
    lines.append("")
    lines += targets(results, peak)
    return "\n".join(lines) + "\n"


def _query_rows(results: list[dict[str, object]],
                row: Callable[[str, list[str]], None]) -> None:
    """A row per saved query: its median time and rows at each size (and the ratio to
    rdflib where it ran)."""
    names = sorted({str(q["query"]) for r in results for q in r["queries"]})  # type: ignore[attr-defined]
    for name in names:
        cells = []
        for r in results:
            q = next((q for q in r["queries"] if q["query"] == name), None)  # type: ignore[attr-defined]
            if q is None or "median_s" not in q:
                cells.append("skipped")
                continue
            text = _fmt(float(q["median_s"])) + f", {q['rows']} rows"
            if "rdflib_s" in q:
                text += f" ({float(q['rdflib_s']) / max(float(q['median_s']), 1e-6):.0f}× rdflib)"
            if "first_s" in q:
                text += f"; the first run, which kept it: {_fmt(float(q['first_s']))}"
            cells.append(text)
        row(f"query {name}", cells)


def report_queries(results: list[dict[str, object]]) -> str:
    """The table of the saved queries alone (a run with --queries-only), as Markdown."""
    lines = ["| measure | " + " | ".join(f"{r['triples']:,} triples" for r in results) + " |",
             "|---|" + "---|" * len(results)]

    def row(name: str, cells: list[str]) -> None:
        lines.append(f"| {name} | " + " | ".join(cells) + " |")

    _query_rows(results, row)
    return "\n".join(lines) + "\n"


def targets(results: list[dict[str, object]], peak: list[int]) -> list[str]:
    """The targets of the scale issue, each met or not met, at the largest size measured."""
    out = []
    last = results[-1]

    def says(ok: bool, text: str) -> None:
        out.append(f"- {'met' if ok else 'NOT MET'}: {text}")

    build = last["build"]["seconds"]  # type: ignore[index]
    raw = last["raw_load"]["seconds"]  # type: ignore[index]
    says(build <= 10 * raw, f"cold build ≤ 10× raw load at {last['triples']:,} triples "
                            f"({build / raw:.0f}×)")
    rebuild = last["rebuild_one_sheet"]["seconds"]  # type: ignore[index]
    says(rebuild <= 3, f"rebuild after editing one sheet ≤ 3 s ({rebuild:.1f} s)")
    one = last["validate_one_sheet"]["seconds"]  # type: ignore[index]
    alone = last["validate_one_sheet_built"]["seconds"]  # type: ignore[index]
    says(one <= 2, f"validation of one changed sheet ≤ 2 s ({one:.1f} s right after the "
                   f"edit, rebuild included; {alone:.1f} s with the build current)")
    if "jena" in last:
        theirs = last["jena"]["seconds"]  # type: ignore[index]
        ours = last["validate"]["seconds"]  # type: ignore[index]
        says(ours <= theirs, f"full validation no slower than Jena's CLI ({ours:.1f} s against "
                             f"{theirs:.1f} s, {ours / theirs:.2f}×)")
        says(bool(last["jena"]["agree"]), "the same results as Jena")  # type: ignore[index]
    elif not jena.available():
        out.append("- not measured: Jena's shacl CLI (install libapache-jena-java)")
    else:
        out.append("- not measured: Jena's shacl CLI above --jena-limit triples")
    agree = [r.get("engines_agree") for r in results if "engines_agree" in r]
    if agree:
        says(all(agree), f"identical results to pySHACL where it ran ({len(agree)} size(s))")
    else:
        out.append("- not measured: pySHACL above --pyshacl-limit triples")
    done = [q for q in last["queries"] if "median_s" in q]  # type: ignore[attr-defined]
    scoped = [q for q in done if q["kind"] == "scoped"]
    corpus = [q for q in done if q["kind"] == "corpus"]
    slow = [str(q["query"]) for q in scoped if float(q["median_s"]) > 0.1]
    says(not slow, f"every scoped saved query (one organisation, place or source) median "
                   f"≤ 100 ms ({len(scoped) - len(slow)} of {len(scoped)})"
         + (f"; slower: {', '.join(slow)}" if slow else ""))
    heavy = [str(q["query"]) for q in corpus if float(q["median_s"]) > 1.0]
    says(not heavy, f"every whole-corpus query (heavy aggregates and scans) median ≤ 1 s "
                    f"({len(corpus) - len(heavy)} of {len(corpus)})"
         + (f"; slower: {', '.join(heavy)}" if heavy else ""))
    skipped = [str(q["query"]) for q in last["queries"] if "median_s" not in q]  # type: ignore[attr-defined]
    if skipped:
        out.append(f"- not run (example not in the corpus): {', '.join(skipped)}")
    ratios = [float(q["rdflib_s"]) / max(float(q["median_s"]), 1e-6) for r in results
              for q in r["queries"] if "rdflib_s" in q]  # type: ignore[attr-defined]
    if ratios:
        median = statistics.median(ratios)
        says(min(ratios) >= 10, f"every query ≥ 10× faster than rdflib's memory store "
                                f"(lowest {min(ratios):.0f}×, median {median:.0f}×)")
    exports: dict[str, dict[str, float]] = last.get("exports") or {}  # type: ignore[assignment]
    if exports:
        slow_views = [f"{view} {figures['seconds']:.1f} s" for view, figures in exports.items()
                      if figures["seconds"] > 10]
        says(not slow_views, f"every export (GraphML) ≤ 10 s ({len(exports) - len(slow_views)} "
                             f"of {len(exports)})"
             + (f"; slower: {', '.join(slow_views)}" if slow_views else ""))
    else:
        out.append("- not measured: exports above --exports-limit triples")
    per_triple = peak[-1] * 1024 / int(last["triples"])  # type: ignore[call-overload]
    says(per_triple <= 1024, f"peak memory ≤ 1 KB per triple ({per_triple:.0f} B)")
    for a, b in itertools.pairwise(results):
        grow = int(b["triples"]) / int(a["triples"])  # type: ignore[call-overload]
        cost = b["build"]["seconds"] / a["build"]["seconds"]  # type: ignore[index]
        vcost = b["validate"]["seconds"] / a["validate"]["seconds"]  # type: ignore[index]
        says(cost <= grow * 1.2 and vcost <= grow * 1.2,
             f"{grow:.0f}× the data: build {cost:.1f}×, validation {vcost:.1f}× the time "
             f"(≤ {grow * 1.2:.0f}×)")
    return out


def machine() -> str:
    """One line about the machine the run was on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB, Python "
            f"{platform.python_version()}, pyoxigraph {ox.__version__}")


def compile_bytecode() -> None:
    """Compile the bytecode of every module the measured commands import (partygraph and
    the installed packages), as ``pip install`` does: a process that may not write it
    (``PYTHONDONTWRITEBYTECODE``) would otherwise compile each module afresh at each run."""
    import partygraph

    folders = {Path(partygraph.__file__).resolve().parent,
               Path(ox.__file__).resolve().parent.parent}  # site-packages
    for folder in sorted(folders):
        compileall.compile_dir(folder, quiet=2, workers=0)


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=float, default=[1e4, 1e5, 1e6])
    parser.add_argument("--pyshacl-limit", type=int, default=150_000,
                        help="run pySHACL only up to this many triples")
    parser.add_argument("--rdflib-limit", type=int, default=150_000,
                        help="compare with rdflib's memory store up to this many triples")
    parser.add_argument("--exports-limit", type=int, default=2_000_000,
                        help="export the views only up to this many triples")
    parser.add_argument("--jena-limit", type=int, default=3_000_000,
                        help="run Jena's SHACL CLI only up to this many triples")
    parser.add_argument("--results", type=Path, help="append the table to this Markdown file")
    parser.add_argument("--queries-only", action="store_true",
                        help="generate and build each size, then time only the saved queries")
    parser.add_argument("--query", nargs="+", metavar="NAME",
                        help="time only these saved queries (all if omitted)")
    parser.add_argument("--workdir", type=Path,
                        help="make the corpora here and leave them (default: a temporary "
                             "folder, removed at the end)")
    args = parser.parse_args()
    compile_bytecode()
    results = []
    with tempfile.TemporaryDirectory(prefix="partygraph-bench-") as tmp:
        work = Path(tmp)
        if args.workdir is not None:
            work = args.workdir.resolve()
            work.mkdir(parents=True, exist_ok=True)
        for size in args.sizes:
            started = time.perf_counter()
            print(f"size {int(size):,}: running ...", file=sys.stderr, flush=True)
            results.append(run_size(int(size), work, args))
            print(f"size {int(size):,}: {time.perf_counter() - started:.0f} s", file=sys.stderr,
                  flush=True)
    table = report_queries(results) if args.queries_only else report(results)
    header = f"## Run of {time.strftime('%Y-%m-%d')} on {machine()}\n\n"
    print(header + table)
    if args.results:
        with args.results.open("a", encoding="utf-8") as out:
            out.write("\n" + header + table)


if __name__ == "__main__":
    main()
