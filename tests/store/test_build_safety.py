"""A build that fails, is killed or runs beside another leaves nothing half-true: the store is
always a whole store (the old one or the new one), and the next build gives exactly the bytes,
query answers and validation results of a clean build of the sheets on disk.

Builds run as real processes (``python -m partygraph``), killed with SIGKILL after varying
delays, or at named points of the build: a small launcher wraps one of the build's functions
so that the process kills itself just before or after its N-th call (the library has no hook
for it). The corpus is SYNTHETIC (bench/generate.py) plus the real seed sheet, in temporary
folders only.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

from partygraph.project import Project
from partygraph.query.engine import EmbeddedEngine
from partygraph.query.saved import load_queries, run_query
from partygraph.store.build import build, dataset_is_current
from partygraph.store.embedded import open_store
from partygraph.tasks import validate_project
from partygraph.util.lock import LOCK_NAME, build_lock

from ..conftest import REPO, add_fixture_sheets, copy_project, run_cli

sys.path.insert(0, str(REPO / "bench"))
import generate  # type: ignore[import-not-found]

TRIPLES = 12000  # ten sheets: a cold build takes about two seconds
SEED_SHEET = "baogialai-2020-06-an-khe-congress-preparation.yaml"
# The edit that makes the second version of the corpus: the first figure of the seed sheet
# and of the last synthetic sheet, one more.
FIGURE = re.compile(r"value: (\d+)")
BUILD = [sys.executable, "-m", "partygraph"]

# Runs the command line, killing itself (SIGKILL) just before or after the N-th call of one
# of the build's functions: argv is OWNER.NAME N before|after, then the command's arguments.
LAUNCHER = """
import os, signal, sys
from partygraph.store import build
from partygraph.compile import cache as sheet_cache
from partygraph.store import embedded as store
from partygraph.store import dataset_file
from partygraph.cli import main
owners = {"build": build, "sheet_cache": sheet_cache, "store": store,
          "SheetCache": sheet_cache.SheetCache, "dataset_file": dataset_file}
owner, name = sys.argv[1].split(".")
nth, when = int(sys.argv[2]), sys.argv[3]
original = getattr(owners[owner], name)
calls = 0
def wrapped(*args, **kwargs):
    global calls
    calls += 1
    if calls == nth and when == "before":
        os.kill(os.getpid(), signal.SIGKILL)
    result = original(*args, **kwargs)
    if calls == nth and when == "after":
        os.kill(os.getpid(), signal.SIGKILL)
    return result
setattr(owners[owner], name, wrapped)
main(sys.argv[4:])
"""


@dataclass(frozen=True)
class Reference:
    """What a clean build of one version of the corpus gives."""

    dataset: bytes
    quads: frozenset[str]
    rows: dict[str, list[str]]
    results: list[str]


def _normal(term: object) -> str:
    return "_:" if isinstance(term, ox.BlankNode) else str(term)


def _store_quads(project: Project) -> frozenset[str]:
    return frozenset(" ".join(_normal(part) for part in (q.subject, q.predicate, q.object,
                                                        q.graph_name))
                     for q in open_store(project.store_dir))


def _query_rows(project: Project) -> dict[str, list[str]]:
    """Every saved query's answer (with its example parameters), in a comparable form."""
    engine = EmbeddedEngine(open_store(project.store_dir))
    answers = {}
    for name, query in load_queries(project.queries_dir).items():
        result = run_query(engine, query, query.example_values())
        answers[name] = sorted(
            [repr(result.boolean)]
            + [" ".join(_normal(t) for t in triple) for triple in result.triples]
            + [repr(sorted((k, _normal(v)) for k, v in row.items())) for row in result.rows])
    return answers


def _results(project: Project) -> list[str]:
    return [str(r) for r in validate_project(project, lint=False).results]


def _reference(project: Project) -> Reference:
    return Reference(project.dataset_file.read_bytes(), _store_quads(project),
                     _query_rows(project), _results(project))


def _copy_inputs(source: Path, target: Path) -> Project:
    for part in ("ontology", "queries", "data"):
        shutil.copytree(source / part, target / part)
    return Project.at(target)


def _edited(project: Project) -> list[Path]:
    sheets = project.data_dir / "sheets"
    return [sheets / SEED_SHEET, sorted(sheets.glob("syn-d*.yaml"))[-1]]


def _edit(project: Project) -> None:
    for sheet in _edited(project):
        text = sheet.read_text(encoding="utf-8")
        edited = FIGURE.sub(lambda found: f"value: {int(found[1]) + 1}", text, count=1)
        assert edited != text
        sheet.write_text(edited, encoding="utf-8")


def _revert(project: Project, corpus: Path) -> None:
    for sheet in _edited(project):
        shutil.copy(corpus / "data" / "sheets" / sheet.name, sheet)


@dataclass(frozen=True)
class Corpus:
    """The inputs (version 0), a folder built from them, and clean builds of both versions."""

    inputs: Path
    built: Path
    old: Reference
    new: Reference
    cold_seconds: float
    rebuild_seconds: float


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    root = tmp_path_factory.mktemp("safety")
    inputs = root / "inputs"
    generate.generate(TRIPLES, inputs)
    for part in ("sheets", "articles"):
        for file in (REPO / "data" / part).iterdir():
            shutil.copy(file, inputs / "data" / part / file.name)
    shutil.rmtree(inputs / "build", ignore_errors=True)
    old = _copy_inputs(inputs, root / "old")
    started = time.monotonic()
    _cli(old.root)
    cold = time.monotonic() - started
    new = _copy_inputs(inputs, root / "new")
    _edit(new)
    build(new)
    # the folder every rebuild starts from: version 0, built (copied with its timestamps)
    built = root / "built"
    shutil.copytree(old.root, built)
    control = root / "control"
    shutil.copytree(built, control)
    _edit(Project.at(control))
    started = time.monotonic()
    _cli(control)
    # the store is updated, not reloaded: two graphs replaced (and derived graphs)
    assert _replaced_besides_derived(control) == 2
    return Corpus(inputs, built, _reference(old), _reference(new), cold,
                  time.monotonic() - started)


def _cli(root: Path, *args: str) -> str:
    done = subprocess.run([*BUILD, "--root", str(root), "build", "--no-validate", *args],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture()
def reaped() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Processes a test starts; each is killed (if still running) and reaped at the end."""
    started: list[subprocess.Popen[bytes]] = []
    try:
        yield started
    finally:
        for process in started:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=60)


def _kill_at(root: Path, point: str, nth: int, when: str) -> None:
    """Run a build that kills itself at ``point``; check that it did."""
    done = subprocess.run([sys.executable, "-c", LAUNCHER, point, str(nth), when,
                           "--root", str(root), "build", "--no-validate"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, (point, done.returncode, done.stderr)


def _kill_after(root: Path, delay: float, reaped: list[subprocess.Popen[bytes]]) -> None:
    process = subprocess.Popen([*BUILD, "--root", str(root), "build", "--no-validate"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    reaped.append(process)
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)


def _check_left(project: Project, *possible: Reference) -> None:
    """What a killed build left is whole: the store is absent or exactly one of the
    ``possible`` builds', and so is the dataset file, unless it was being patched in place
    and no longer says it is current."""
    if project.dataset_file.exists() and \
            project.dataset_file.read_bytes() not in {p.dataset for p in possible}:
        assert not dataset_is_current(project)
    if project.store_dir.exists():
        assert _store_quads(project) in {p.quads for p in possible}


def _check_recovers(project: Project, expected: Reference, *, validate: bool = False) -> None:
    """The next build gives exactly what a clean build gives, and a build after it nothing."""
    build(project)
    assert project.dataset_file.read_bytes() == expected.dataset
    assert _store_quads(project) == expected.quads
    assert _query_rows(project) == expected.rows
    if validate:
        assert _results(project) == expected.results
    again = build(project)
    assert (again.sheets_compiled, again.graphs_replaced, again.store_problem) == (0, 0, "")
    left = {p.name for p in project.build_dir.iterdir()}
    assert not {name for name in left if name.endswith((".new", ".old"))}, left


# ---------------------------------------------------------------------------------------------
# (a) an edit that was reverted never comes back


def test_a_reverted_edit_does_not_come_back_after_a_failed_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    add_fixture_sheets(project)
    assert run_cli("build", "--no-validate", root=project.root).exit_code == 0
    seed = project.data_dir / "sheets" / SEED_SHEET
    other = project.data_dir / "sheets" / "synthetic-2020-07-an-khe-update.yaml"
    seed_text, other_text = seed.read_text(encoding="utf-8"), other.read_text(encoding="utf-8")
    seed.write_text(seed_text.replace("value: 129", "value: 130"), encoding="utf-8")
    other.write_text(other_text.replace("type: observation", "type: observaton"),
                     encoding="utf-8")
    assert run_cli("build", "--no-validate", root=project.root).exit_code == 2
    seed.write_text(seed_text, encoding="utf-8")
    other.write_text(other_text, encoding="utf-8")
    result = run_cli("build", "--no-validate", root=project.root)
    assert result.exit_code == 0 and "sheets compiled: 0" in result.output
    other.write_text(other_text.replace("value: 49", "value: 50"), encoding="utf-8")
    assert run_cli("build", "--no-validate", root=project.root).exit_code == 0
    rows = run_cli("query", "org-figures-as-of", "-p", "org", "an-khe-town-party", "-p",
                   "as_of", "2020-06-30", "--format", "csv", root=project.root).output
    assert "cells under base committees,chi bộ trực thuộc Đảng bộ cơ sở,129," in rows
    assert ",130," not in rows
    assert '"130"' not in project.dataset_file.read_text(encoding="utf-8")
    clean = _copy_inputs(project.root, tmp_path / "clean")
    build(clean)
    assert project.dataset_file.read_bytes() == clean.dataset_file.read_bytes()
    assert _store_quads(project) == _store_quads(clean)
    assert _results(project) == _results(clean)  # validation sees the sheets on disk


def test_a_cache_file_with_other_content_is_not_used(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    build(project)
    before = project.dataset_file.read_bytes()
    # the sheet's graph, named by its digest (not the ontology's or the derived graphs')
    [graph] = [p for p in project.cache_dir.glob("*.nq") if re.fullmatch(r"[0-9a-f]{64}\.nq",
                                                                           p.name)]
    text = graph.read_bytes()
    graph.write_bytes(text.replace(b'"129"', b'"130"'))  # same size, other content
    project.dataset_file.unlink()  # so that the build reads the cached graph
    summary = build(project)
    assert summary.sheets_compiled == 1  # compiled afresh, not taken from the damaged file
    assert project.dataset_file.read_bytes() == before
    graph.write_bytes(text[:-10])  # cut short: not even read
    assert build(project).sheets_compiled == 1


# ---------------------------------------------------------------------------------------------
# builds killed part-way

# (function, which call, kill before or after it): every step of a cold build
COLD_POINTS = [
    ("sheet_cache.write_atomically", 4, "after"),  # some sheets compiled into the cache
    ("SheetCache.commit", 1, "before"),  # every sheet compiled, the index not written
    ("SheetCache.commit", 1, "after"),
    ("build.write_dataset", 1, "after"),
    ("store._swap_in", 1, "before"),  # the store loaded beside the old place
    ("build._write_manifest", 1, "before"),  # the store in place, no manifest yet
]
# ... and of a rebuild after editing two sheets (the store is updated, not reloaded), after
# which the edits are kept, or undone before the next build (then none may survive)
REBUILD_POINTS = [
    ("sheet_cache.write_atomically", 1, "after", "reverted"),  # one edited graph cached
    ("SheetCache.commit", 1, "after", "reverted"),
    ("build._write_manifest", 1, "after", "reverted"),  # the manifest: the store is changing
    ("store.replace_graphs", 1, "after", "kept"),  # the copy updated, not yet in place
    ("store._exchange", 1, "after", "reverted"),  # the copy in place, the old one not removed
    ("build._write_manifest", 2, "before", "kept"),
]
# ... and of a rebuild that patches the dataset file in place
IN_PLACE_POINTS = [
    ("dataset_file._write_at", 2, "before", "kept"),  # one region written, the next not
    ("dataset_file._write_at", 2, "before", "reverted"),
    ("build.patch_dataset", 1, "after", "kept"),  # every region written, no manifest yet
]


@pytest.mark.parametrize(("point", "nth", "when"), COLD_POINTS)
def test_a_cold_build_killed_at_a_point(corpus: Corpus, tmp_path: Path, point: str, nth: int,
                                        when: str) -> None:
    project = _copy_inputs(corpus.inputs, tmp_path / "p")
    _kill_at(project.root, point, nth, when)
    _check_left(project, corpus.old)
    _check_recovers(project, corpus.old)


@pytest.mark.parametrize(("point", "nth", "when", "then"), REBUILD_POINTS)
def test_a_rebuild_killed_at_a_point(corpus: Corpus, tmp_path: Path, point: str, nth: int,
                                     when: str, then: str) -> None:
    root = tmp_path / "p"
    shutil.copytree(corpus.built, root)
    project = Project.at(root)
    _edit(project)
    _kill_at(root, point, nth, when)
    _check_left(project, corpus.old, corpus.new)
    if then == "reverted":
        _revert(project, corpus.inputs)
    _check_recovers(project, corpus.old if then == "reverted" else corpus.new, validate=True)


@pytest.mark.parametrize(("point", "nth", "when", "then"), IN_PLACE_POINTS)
def test_a_rebuild_killed_while_patching_the_file_in_place(
        corpus: Corpus, tmp_path: Path, point: str, nth: int, when: str, then: str) -> None:
    """The file, half old and half new, is not said to be current (``push`` refuses it),
    and the next build writes it whole."""
    root = tmp_path / "p"
    shutil.copytree(corpus.built, root)
    project = Project.at(root)
    build(project)  # a copied file is not the one the manifest stamped: written again
    _edit(project)
    _kill_at(root, point, nth, when)
    if point.endswith("_write_at"):
        assert project.dataset_file.read_bytes() not in {corpus.old.dataset, corpus.new.dataset}
    assert not dataset_is_current(project)
    _check_left(project, corpus.old, corpus.new)
    if then == "reverted":
        _revert(project, corpus.inputs)
    _check_recovers(project, corpus.old if then == "reverted" else corpus.new, validate=True)
    assert dataset_is_current(project)


@pytest.mark.parametrize("share", [0.2, 0.5, 0.8])
def test_builds_killed_after_varying_delays(corpus: Corpus, tmp_path: Path, share: float,
                                            reaped: list[subprocess.Popen[bytes]]) -> None:
    cold = _copy_inputs(corpus.inputs, tmp_path / "cold")
    _kill_after(cold.root, share * corpus.cold_seconds, reaped)
    _check_left(cold, corpus.old)
    _check_recovers(cold, corpus.old)
    shutil.copytree(corpus.built, tmp_path / "again")
    again = Project.at(tmp_path / "again")
    _edit(again)
    _kill_after(again.root, share * corpus.rebuild_seconds, reaped)
    _check_left(again, corpus.old, corpus.new)
    _revert(again, corpus.inputs)
    _check_recovers(again, corpus.old)


def test_readers_always_find_a_whole_store(corpus: Corpus, tmp_path: Path) -> None:
    shutil.copytree(corpus.built, tmp_path / "p")
    project = Project.at(tmp_path / "p")
    seen: list[str] = []
    stop = threading.Event()

    def read() -> None:
        names = {corpus.old.quads: "old", corpus.new.quads: "new"}
        while not stop.is_set():
            try:
                seen.append(names.get(_store_quads(project), "other"))
            except Exception as exc:  # any failure to read is what is looked for
                seen.append(f"{type(exc).__name__}: {exc}")

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for step in range(4):  # each rebuild replaces two graphs of the store
            (_edit(project) if step % 2 == 0 else _revert(project, corpus.inputs))
            _cli(project.root)
    finally:
        stop.set()
        reader.join(timeout=60)
    assert len(seen) >= 4 and set(seen) <= {"old", "new"}, set(seen)


# ---------------------------------------------------------------------------------------------
# (b) two builds of one folder at once


def test_two_builds_at_once_both_succeed_one_after_the_other(
        corpus: Corpus, tmp_path: Path, reaped: list[subprocess.Popen[bytes]]) -> None:
    project = _copy_inputs(corpus.inputs, tmp_path / "p")
    command = [*BUILD, "--root", str(project.root), "build", "--no-validate"]
    for version in (corpus.old, corpus.new):
        if version is corpus.new:
            _edit(project)
        both = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                for _ in range(2)]
        reaped.extend(both)
        outcomes = [process.communicate(timeout=120) for process in both]
        assert [process.returncode for process in both] == [0, 0], outcomes
        for _out, err in outcomes:  # at most a line saying it waits, never an error
            assert all(line.startswith(b"waiting for another build of ")
                       for line in err.splitlines()), err
        assert project.dataset_file.read_bytes() == version.dataset
        assert _store_quads(project) == version.quads


def test_a_build_and_a_validation_at_once(corpus: Corpus, tmp_path: Path,
                                          reaped: list[subprocess.Popen[bytes]]) -> None:
    shutil.copytree(corpus.built, tmp_path / "p")
    project = Project.at(tmp_path / "p")
    _edit(project)
    building = subprocess.Popen([*BUILD, "--root", str(project.root), "build", "--no-validate"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    validating = subprocess.Popen([*BUILD, "--root", str(project.root), "validate"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reaped.extend([building, validating])
    out, err = validating.communicate(timeout=120)
    assert building.wait(timeout=120) == 0
    assert validating.returncode in (0, 1), err  # it conforms or not, but it validated
    reported = [line.strip() for line in out.decode().splitlines()
                if re.search(r"\.yaml:\d+: ", line)]
    assert sorted(reported) == sorted(corpus.new.results)
    assert project.dataset_file.read_bytes() == corpus.new.dataset


def test_a_second_build_waits_or_gives_up_in_one_line(
        corpus: Corpus, tmp_path: Path, reaped: list[subprocess.Popen[bytes]]) -> None:
    project = _copy_inputs(corpus.inputs, tmp_path / "p")
    command = [*BUILD, "--root", str(project.root), "build", "--no-validate"]
    with build_lock(project.build_dir):  # as a running build holds it
        refused = subprocess.run([*command, "--lock-timeout", "0.2"], capture_output=True,
                                 text=True, timeout=60)
        assert refused.returncode == 2
        errors = [line for line in refused.stderr.splitlines() if line.startswith("error:")]
        assert errors == [f"error: another build of {project.build_dir} is running (process "
                          f"{os.getpid()}); gave up waiting for it after 0.2 s"]
        assert "Traceback" not in refused.stderr
        assert not project.dataset_file.exists()
        waiting = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        reaped.append(waiting)
        assert waiting.stderr is not None
        line = waiting.stderr.readline().decode()  # it says that it waits, and waits
        assert line == f"waiting for another build of {project.build_dir} (process " \
                       f"{os.getpid()}) to finish…\n"
        assert waiting.poll() is None
    _out, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, err
    assert project.dataset_file.read_bytes() == corpus.old.dataset


def test_the_lock_is_released_by_a_killed_build(corpus: Corpus, tmp_path: Path) -> None:
    project = _copy_inputs(corpus.inputs, tmp_path / "p")
    _kill_at(project.root, "SheetCache.commit", 1, "before")
    with (project.build_dir / LOCK_NAME).open("rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # free at once: no stale lock


# ---------------------------------------------------------------------------------------------
# (c) a damaged store


@pytest.mark.parametrize("damage", ["garbage-files", "garbage-folder", "a-file",
                                    "one-file-changed"])
def test_a_damaged_store_is_found_and_rebuilt(tmp_path: Path, damage: str) -> None:
    project = copy_project(tmp_path / "p")
    assert run_cli("build", "--no-validate", root=project.root).exit_code == 0
    expected = _query_rows(project)
    files = sorted(p for p in project.store_dir.iterdir() if p.is_file())
    if damage == "garbage-files":
        for file in files:
            file.write_bytes(os.urandom(512))
    elif damage == "garbage-folder":
        shutil.rmtree(project.store_dir)
        project.store_dir.mkdir()
        (project.store_dir / "junk").write_bytes(os.urandom(4096))
    elif damage == "a-file":
        shutil.rmtree(project.store_dir)
        project.store_dir.write_bytes(os.urandom(4096))
    else:  # the same size, other bytes in the middle: the store may still open
        biggest = max(project.store_dir.glob("*.sst"), key=lambda p: p.stat().st_size)
        data = bytearray(biggest.read_bytes())
        data[len(data) // 2] ^= 0xFF
        biggest.write_bytes(bytes(data))
    if damage != "one-file-changed":
        query = run_cli("query", "latest-figures", root=project.root)
        assert query.exit_code == 2
        [line] = query.stderr.splitlines()
        assert line.startswith("error: ") and "run 'partygraph build'" in line
    result = run_cli("build", "--no-validate", root=project.root)
    assert result.exit_code == 0, result.output
    [warning] = result.stderr.splitlines()
    assert warning.startswith("warning: the store build/store/ was not as the last build "
                              "left it (") and warning.endswith("from build/partygraph.nq")
    assert _replaced_besides_derived(project.root) == 2
    assert _query_rows(project) == expected
    again = run_cli("build", "--no-validate", root=project.root)
    assert again.stderr == "" and "named graphs replaced in the store: 0" in again.stdout


def test_the_manifest_records_the_store(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    build(project)
    manifest = json.loads(project.manifest_file.read_text(encoding="utf-8"))
    assert manifest["complete"] and len(manifest["store"]) == 64


def _replaced_besides_derived(root: Path) -> int:
    """How many graphs other than the derived ones the last build replaced in the store."""
    summary = json.loads(Project.at(root).manifest_file.read_text(encoding="utf-8"))["summary"]
    return int(summary["graphs_replaced"]) - int(summary["derived_replaced"])


# ---------------------------------------------------------------------------------------------
# (c) SIGTERM (a service manager, kill, timeout) stops a command as Ctrl-C does

LARGE_TRIPLES = 100_000  # a cold build of about six seconds, a validation of about four


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The inputs of a SYNTHETIC corpus large enough to stop a command in its middle."""
    inputs = tmp_path_factory.mktemp("large") / "inputs"
    generate.generate(LARGE_TRIPLES, inputs)
    return inputs


def _started(project: Project, *args: str) -> subprocess.Popen[bytes]:
    """The command, in a process group of its own (to tell that nothing it started is left)."""
    return subprocess.Popen([*BUILD, "--root", str(project.root), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)


def _terminated(process: subprocess.Popen[bytes]) -> str:
    """Send SIGTERM to ``process``, still running; its standard error once it ended, at
    once (within 30 s), leaving no process of its group."""
    assert process.poll() is None, "it ended before SIGTERM came"
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    with pytest.raises(ProcessLookupError):
        os.killpg(process.pid, 0)
    return err.decode()


def test_sigterm_during_a_build_says_so_exits_143_and_leaves_no_staging_store(
        large: Path, tmp_path: Path, reaped: list[subprocess.Popen[bytes]]) -> None:
    """SIGTERM ended the build silently (exit by the signal, -15), its half-loaded store
    left at build/store.new; Ctrl-C said 'interrupted' but left that store too."""
    project = _copy_inputs(large, tmp_path / "p")
    staging = project.store_dir.with_name(project.store_dir.name + ".new")
    process = _started(project, "build")
    reaped.append(process)
    deadline = time.monotonic() + 120
    while not staging.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert staging.exists(), "the build never began its store"
    err = _terminated(process)
    assert process.returncode == 143, err
    assert err == "interrupted (SIGTERM)\n"
    left = sorted(path.name for path in project.build_dir.iterdir())
    assert not [name for name in left if name.endswith((".new", ".old"))], left
    assert not project.store_dir.exists()  # a cold build: no store, rather than half of one


def test_sigterm_during_a_validation_says_so_and_exits_143(
        large: Path, tmp_path: Path, reaped: list[subprocess.Popen[bytes]]) -> None:
    """The SHACL engine runs in a worker thread, so SIGTERM reaches the command at once."""
    project = _copy_inputs(large, tmp_path / "p")
    _cli(project.root)
    process = _started(project, "validate")
    reaped.append(process)
    time.sleep(1)  # (started, and validating: a validation takes seconds)
    err = _terminated(process)
    assert process.returncode == 143, err
    assert err == "interrupted (SIGTERM)\n"
