"""Incremental builds: only what changed is compiled and replaced, and the result is exactly
what a clean build of the same inputs gives."""

from __future__ import annotations

import hashlib
import json
import pickle
import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from partygraph.project import Project
from partygraph.store.build import build
from partygraph.store.embedded import open_store

from ..conftest import add_fixture_sheets, clean_build_of, copy_project, edit_once, run_cli


def _with_later_article(root: Path) -> Project:
    return add_fixture_sheets(copy_project(root))


def _cached_sheet_graphs(project: Project) -> list[Path]:
    """The sheets' graphs in the cache, named by their digest (not the ontology's or the
    derived graphs')."""
    return sorted(p for p in project.cache_dir.glob("*.nq")
                  if re.fullmatch(r"[0-9a-f]{64}\.nq", p.name))


def _store_quads(project: Project) -> set[str]:
    return {str(quad) for quad in open_store(project.store_dir)}


@pytest.fixture()
def project(tmp_path: Path) -> Project:
    built = _with_later_article(tmp_path / "p")
    first = build(built)
    assert first.sheets_compiled == 2
    return built


def test_unchanged_rebuild_compiles_and_replaces_nothing(project: Project) -> None:
    before = _store_quads(project)
    again = build(project)
    assert (again.sheets_compiled, again.graphs_replaced) == (0, 0)
    assert _store_quads(project) == before


def test_editing_one_sheet_recompiles_and_replaces_only_it(project: Project,
                                                           tmp_path: Path) -> None:
    sheet = project.data_dir / "sheets" / "synthetic-2020-07-an-khe-update.yaml"
    edit_once(sheet, "value: ", "value: 1")  # a figure changes: 2470 becomes 12470
    summary = build(project)
    assert (summary.sheets_compiled, summary.graphs_replaced - summary.derived_replaced) == (1, 1)
    clean = clean_build_of(project, tmp_path / "clean")
    assert project.dataset_file.read_bytes() == clean.dataset_file.read_bytes()
    assert _store_quads(project) == _store_quads(clean)


def test_deleting_a_sheet_removes_its_graph_and_cache(project: Project, tmp_path: Path) -> None:
    assert len(_cached_sheet_graphs(project)) == 2
    (project.data_dir / "sheets" / "synthetic-2020-07-an-khe-update.yaml").unlink()
    summary = build(project)
    assert summary.sources == 1 and summary.graphs_replaced - summary.derived_replaced == 1
    assert len(_cached_sheet_graphs(project)) == 1
    assert len(list(project.cache_dir.glob("*.origins.json"))) == 1
    assert len(_index_entries(project)[1]) == 1  # the one sheet left
    assert _store_quads(project) == _store_quads(clean_build_of(project, tmp_path / "clean"))


def test_an_interrupted_store_update_is_redone_in_full(project: Project) -> None:
    manifest = json.loads(project.manifest_file.read_text())
    project.manifest_file.write_text(json.dumps({**manifest, "complete": False}))
    before = _store_quads(project)
    summary = build(project)
    # the ontology and both sources (and the derived graphs), loaded afresh
    assert summary.graphs_replaced - summary.derived_replaced == 3
    assert _store_quads(project) == before


def _index_entries(project: Project) -> tuple[bytes, list[tuple[str, bytes, bytes]]]:
    """The cache index's header line, and each entry's path, digest line and bytes."""
    data = (project.cache_dir / "index.pickle").read_bytes()
    header, _, body = data.partition(b"\n")
    seal, _, body = body.partition(b"\n")
    assert seal == b"seal " + hashlib.sha256(body).hexdigest().encode()
    entries, at = [], 0
    while at < len(body):
        end = body.index(b"\n", at)
        relative, _digest, length = body[at:end].decode().rsplit(" ", 2)
        entries.append((relative, body[at:end + 1], body[end + 1:end + 1 + int(length)]))
        at = end + 1 + int(length)
    return header + b"\n", entries


def _index_record(relative: str, blob: bytes) -> bytes:
    return f"{relative} {hashlib.sha256(blob).hexdigest()} {len(blob)}\n".encode() + blob


@pytest.mark.parametrize(("damage", "recompiled"), [
    ("garbage-entry", 1), ("other-entity-type", 1), ("missing-graph", 1),
    ("truncated-entry", 1), ("other-compiler", 2), ("no-index", 2), ("garbage-index", 2),
    ("code-entry", 1),
])
def test_a_stale_or_damaged_cache_entry_is_compiled_again(project: Project, damage: str,
                                                          recompiled: int) -> None:
    before = project.dataset_file.read_bytes()
    index = project.cache_dir / "index.pickle"
    header, entries = _index_entries(project)
    records = [line + blob for _, line, blob in entries]
    at = next(i for i, (relative, _, _) in enumerate(entries) if "synthetic" in relative)
    relative, line, blob = entries[at]
    entry = pickle.loads(blob)
    if damage == "garbage-entry":  # other bytes than its digest names: never unpickled
        records[at] = line + bytes(len(blob))
    elif damage == "other-entity-type":  # as if an entity it names had had another type
        name = next(iter(entry["ref_types"]))
        entry["ref_types"][name] = "person"
        records[at] = _index_record(relative, pickle.dumps(entry))
    elif damage == "code-entry":  # a pickle that would run code, its digest right: refused
        records[at] = _index_record(relative, pickle.dumps(_Touch(project.root / "ran")))
    elif damage == "missing-graph":  # the index was written, a graph file was lost
        _cached_sheet_graphs(project)[0].unlink()
    elif damage == "other-compiler":
        header = json.dumps({"fingerprint": "0" * 64}).encode() + b"\n"
    elif damage == "truncated-entry":  # cut short: the entries after it are lost too
        records = [*records[:at], records[at][:len(line) + 20]]
    if damage == "no-index":
        index.unlink()
    elif damage == "garbage-index":
        index.write_bytes(header + b"\x00\xff" * 1000)
    else:
        index.write_bytes(header + b"".join(records))
    summary = build(project)
    assert summary.sheets_compiled == recompiled
    assert project.dataset_file.read_bytes() == before
    assert build(project).sheets_compiled == 0  # and the index is whole again
    assert not (project.root / "ran").exists()


class _Touch:
    """Pickled, it says: create this file when unpickled (as a hostile cache entry would run
    any code)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[Path]]:
        return Path.touch, (self.path,)


def test_a_dataset_file_touched_since_the_build_is_written_again(project: Project) -> None:
    before = project.dataset_file.read_bytes()
    project.dataset_file.write_bytes(b"")
    assert build(project).graphs_replaced == 0
    assert project.dataset_file.read_bytes() == before
    project.dataset_file.unlink()
    build(project)
    assert project.dataset_file.read_bytes() == before


def test_a_sheet_with_a_problem_leaves_the_last_build_in_place(project: Project) -> None:
    before = _store_quads(project)
    sheet = project.data_dir / "sheets" / "synthetic-2020-07-an-khe-update.yaml"
    edit_once(sheet, "type: observation", "type: observaton")
    result = run_cli("build", root=project.root)
    assert result.exit_code == 2
    assert "synthetic-2020-07-an-khe-update.yaml:" in result.output
    assert _store_quads(project) == before


def test_build_summary_says_what_was_redone(project: Project) -> None:
    result = run_cli("build", "--no-validate", root=project.root)
    assert result.exit_code == 0, result.output
    assert "sheets compiled: 0" in result.output
    assert "named graphs replaced in the store: 0" in result.output


def test_editing_the_ontology_rebuilds_its_graph(project: Project, tmp_path: Path) -> None:
    [cached] = project.cache_dir.glob("ontology.*.nq")
    edit_once(project.ontology_file, '"party organisation"@en', '"party organisation (edited)"@en')
    assert build(project).sheets_compiled == 0  # the ontology graph alone changes
    assert not cached.exists() and len(list(project.cache_dir.glob("ontology.*.nq"))) == 1
    assert '"party organisation (edited)"@en' in project.dataset_file.read_text(encoding="utf-8")
    clean = clean_build_of(project, tmp_path / "clean")
    shutil.copy(project.ontology_file, clean.ontology_file)
    build(clean)
    assert project.dataset_file.read_bytes() == clean.dataset_file.read_bytes()
    assert _store_quads(project) == _store_quads(clean)


def test_projects_built_in_one_process_each_get_their_own_ontology(project: Project,
                                                                    tmp_path: Path) -> None:
    """The ontology compiled for one project is used again in another with the same files
    (one parse per process), and never for a project whose ontology differs."""
    [kept] = project.cache_dir.glob("ontology.*.nq")
    same = copy_project(tmp_path / "same")
    build(same)
    [again] = same.cache_dir.glob("ontology.*.nq")
    assert (again.name, again.read_bytes()) == (kept.name, kept.read_bytes())
    edited = copy_project(tmp_path / "edited")
    edit_once(edited.ontology_file, '"party organisation"@en', '"party organisation (2)"@en')
    build(edited)
    [other] = edited.cache_dir.glob("ontology.*.nq")
    assert other.name != kept.name
    assert '"party organisation (2)"@en' in edited.dataset_file.read_text(encoding="utf-8")
    assert '"party organisation (2)"@en' not in same.dataset_file.read_text(encoding="utf-8")


def test_loading_the_store_reports_its_progress(tmp_path: Path) -> None:
    project = _with_later_article(tmp_path / "p")
    calls: list[tuple[int, int]] = []
    summary = build(project, on_load=lambda done, total: calls.append((done, total)))
    loaded = summary.triples + summary.merged_triples  # the graphs and their merge
    assert calls and calls[-1] == (loaded, loaded)  # a clean build loads all
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    calls.clear()
    build(project, on_load=lambda done, total: calls.append((done, total)))
    assert calls == []  # nothing changed, nothing loaded
    sheet = project.data_dir / "sheets" / "synthetic-2020-07-an-khe-update.yaml"
    edit_once(sheet, "value: ", "value: 1")
    again = build(project, on_load=lambda done, total: calls.append((done, total)))
    graph = next(g for g in again.triples_by_graph if g.endswith("synthetic-2020-07-an-khe-update"))
    assert calls == [(again.triples_by_graph[graph],) * 2]  # only the edited graph


def _naming_sheet(source: str, name: str, entity: str = "x-party") -> str:
    """A SYNTHETIC sheet that declares the organisation ``entity`` under ``name``."""
    return f"""\
# SYNTHETIC sheet for tests only.
source:
  id: {source}
  outlet: Synthetic test outlet
  published: 2021-01
  text: ../articles/{source}.txt
entities:
  - id: {entity}
    type: organisation
    form: committee
    level: base
    name: {{vi: {name}, en: X party organisation}}
    quote: {name}
"""


def _labels(project: Project) -> dict[str, list[str]]:
    store = open_store(project.store_dir)
    x = ox.NamedNode("https://w3id.org/partygraph/id/organisation/x-party")
    found: dict[str, list[str]] = {}
    for quad in store.quads_for_pattern(x, None, None, ox.DefaultGraph()):
        if isinstance(quad.object, ox.Literal) and quad.object.language == "vi":
            found.setdefault(quad.predicate.value.rsplit("#", 1)[-1], []).append(
                quad.object.value)
    return {k: sorted(v) for k, v in found.items()}


def test_the_label_follows_the_wording_most_sheets_give(tmp_path: Path) -> None:
    """When edits change which wording most sheets give, the sheets that did not change are
    compiled again, and the rebuild equals a clean build."""
    project = copy_project(tmp_path / "p", with_data=False)
    for part in ("articles", "sheets"):
        (project.data_dir / part).mkdir()
    names = {"syn-a": "Đảng bộ Xê", "syn-b": "Đảng bộ xê", "syn-c": "Đảng bộ xê",
             "syn-d": "Đảng bộ Y"}
    for source, name in names.items():
        (project.data_dir / "articles" / f"{source}.txt").write_text(
            f"date 2021-01 (SYN)- [SYNTHETIC] {name} họp.\n", encoding="utf-8")
        (project.data_dir / "sheets" / f"{source}.yaml").write_text(
            _naming_sheet(source, name, "y-party" if source == "syn-d" else "x-party"),
            encoding="utf-8")
    build(project)
    assert _labels(project) == {"label": ["Đảng bộ xê"], "altLabel": ["Đảng bộ Xê"]}
    # syn-c now words it as syn-a does: that wording has the majority
    (project.data_dir / "articles" / "syn-c.txt").write_text(
        "date 2021-01 (SYN)- [SYNTHETIC] Đảng bộ Xê họp.\n", encoding="utf-8")
    (project.data_dir / "sheets" / "syn-c.yaml").write_text(
        _naming_sheet("syn-c", "Đảng bộ Xê"), encoding="utf-8")
    again = build(project)
    assert again.sheets_compiled == 3  # syn-c edited; syn-a and syn-b named again, not syn-d
    assert _labels(project) == {"label": ["Đảng bộ Xê"], "altLabel": ["Đảng bộ xê"]}
    # An edit that leaves the names as they were compiles the edited sheet only.
    sheet = project.data_dir / "sheets" / "syn-a.yaml"
    sheet.write_text(sheet.read_text(encoding="utf-8") + "# reviewed\n", encoding="utf-8")
    assert build(project).sheets_compiled == 1
    # Sheets removed change the votes too: syn-b, left alone naming it, is named again.
    for source in ("syn-a", "syn-c"):
        (project.data_dir / "sheets" / f"{source}.yaml").unlink()
    assert build(project).sheets_compiled == 1
    assert _labels(project) == {"label": ["Đảng bộ xê"]}
    build(project)  # and back: syn-a and syn-c read, syn-b named again
    for source in ("syn-a", "syn-c"):
        (project.data_dir / "sheets" / f"{source}.yaml").write_text(
            _naming_sheet(source, "Đảng bộ Xê"), encoding="utf-8")
    assert build(project).sheets_compiled == 3
    assert _labels(project) == {"label": ["Đảng bộ Xê"], "altLabel": ["Đảng bộ xê"]}
    twin = copy_project(tmp_path / "twin", with_data=False)
    shutil.rmtree(twin.data_dir)
    shutil.copytree(project.data_dir, twin.data_dir)
    build(twin)
    assert twin.dataset_file.read_bytes() == project.dataset_file.read_bytes()
