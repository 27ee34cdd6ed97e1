"""A rebuild writes the dataset file from the previous one's unchanged parts, in place when
the changed regions keep their padded sizes, and the bytes are those a clean build writes,
whichever graph states a shared triple first."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from partygraph.errors import PartygraphError
from partygraph.project import Project
from partygraph.share.push import read_graphs
from partygraph.store.build import build, dataset_is_current, is_stale
from partygraph.store.dataset_file import layout_size, padded_size, padding
from partygraph.store.embedded import open_store, select
from partygraph.tasks import check_before_push, dataset_to_push, validate_project

from ..conftest import add_fixture_sheets, clean_build_of, copy_project, edit_once

LATER = "synthetic-2020-07-an-khe-update"
COPY = "synthetic-2020-08-an-khe-update-copy"  # sorts after LATER: its graph comes later


def _with_copy(root: Path) -> Project:
    """The seed, the later article, and a copy of it under another source id, which
    declares the same entities (the same type and label triples) in a later graph."""
    project = add_fixture_sheets(copy_project(root))
    articles, sheets = project.data_dir / "articles", project.data_dir / "sheets"
    shutil.copy(articles / f"{LATER}.txt", articles / f"{COPY}.txt")
    text = (sheets / f"{LATER}.yaml").read_text(encoding="utf-8")
    (sheets / f"{COPY}.yaml").write_text(text.replace(LATER, COPY), encoding="utf-8")
    return project


def _clean_bytes(project: Project, root: Path) -> bytes:
    """The dataset file of a clean build, elsewhere, of the inputs ``project`` has now."""
    return clean_build_of(project, root).dataset_file.read_bytes()


@pytest.fixture()
def project(tmp_path: Path) -> Project:
    built = _with_copy(tmp_path / "p")
    assert build(built).sheets_compiled == 3
    return built


def test_each_rebuild_patches_the_file_to_what_a_clean_build_writes(project: Project,
                                                                     tmp_path: Path) -> None:
    sheets = project.data_dir / "sheets"
    later, copy = sheets / f"{LATER}.yaml", sheets / f"{COPY}.yaml"
    kept = later.read_text(encoding="utf-8")
    seed = sheets / "baogialai-2020-06-an-khe-congress-preparation.yaml"
    # (what, the edit, whether the file is patched: not when the store is loaded afresh,
    # as for an edit of the seed, whose graph holds over a fifth of the triples; and whether
    # in place: a figure a digit longer fits its regions' padding, a graph removed or added
    # moves every region after it; None: either)
    steps: list[tuple[str, Callable[[], object], bool, bool | None]] = [
        ("a figure of the later sheet", lambda: edit_once(later, "value: ", "value: 1"), True,
         True),
        ("a figure of the seed", lambda: edit_once(seed, "value: ", "value: 7"), False, False),
        ("a figure of the later sheet again", lambda: edit_once(later, "value: 1", "value: "),
         True, True),
        # the label triple the later sheet stated first is now stated first by the copy
        ("a name in the later sheet", lambda: edit_once(later, "{vi: Chi bộ Mẫu A, en: Sample "
                                                       "cell A}", "{vi: Chi bộ Mẫu A}"), True,
         None),
        ("the later sheet removed", later.unlink, True, False),  # its shared triples: the copy's
        ("the later sheet back", lambda: later.write_text(kept, encoding="utf-8"), True, False),
        ("the copy removed", copy.unlink, True, False),
    ]
    for at, (what, edit, patched, in_place) in enumerate(steps):
        inode = project.dataset_file.stat().st_ino
        edit()
        summary = build(project)
        assert summary.dataset_patched == patched, what
        if in_place is not None:
            assert summary.dataset_in_place == in_place, what
        assert (project.dataset_file.stat().st_ino == inode) == summary.dataset_in_place, what
        if patched:
            assert 0 < summary.graphs_replaced < len(summary.triples_by_graph), what
        assert project.dataset_file.read_bytes() == _clean_bytes(project, tmp_path / str(at)), \
            what
        manifest = json.loads(project.manifest_file.read_text(encoding="utf-8"))
        assert manifest["merged"] == summary.merged_triples
        assert layout_size(manifest["layout"]) == project.dataset_file.stat().st_size, what
        assert dataset_is_current(project), what


def test_an_edit_longer_than_its_padding_writes_a_new_file(project: Project,
                                                           tmp_path: Path) -> None:
    """A name made 20,000 characters longer outgrows its graph's padding: the file is
    written anew from the old one's unchanged ranges, to what a clean build writes; the
    next small edit is written in place again."""
    later = project.data_dir / "sheets" / f"{LATER}.yaml"
    edit_once(later, "en: Sample cell A}", f"en: Sample cell A {'x' * 20_000}}}")
    summary = build(project)
    assert summary.dataset_patched and not summary.dataset_in_place
    assert project.dataset_file.read_bytes() == _clean_bytes(project, tmp_path / "long")
    edit_once(later, "value: ", "value: 1")
    summary = build(project)
    assert summary.dataset_in_place
    assert project.dataset_file.read_bytes() == _clean_bytes(project, tmp_path / "small")


def test_regions_are_padded_to_a_size_their_length_alone_sets() -> None:
    """Every length pads to a step of 4 KiB or more, a sixteenth of it at most (and one
    step more where a single byte would be left), with a comment line that N-Quads readers
    skip."""
    import pyoxigraph as ox
    for size in [*range(0, 70), *range(4090, 4100), 4095 + 4096, 8191, 8192, 8193, 65_535, 131_073,
                 10**6 + 1, 10**9 + 7]:
        pad = padding(size)
        assert size + len(pad) == padded_size(size) >= size
        assert padded_size(size) - size <= max(4096, size // 16) + 1
        assert padded_size(size) - size != 1
        assert pad == b"" or (pad.startswith(b"#") and pad.endswith(b"\n")
                              and pad.count(b"\n") == 1 and set(pad[1:-1]) <= {32})
        if size and len(pad) < 5000:
            quad = b"<http://a/s> <http://a/p> <http://a/o> <http://a/g> .\n"
            assert list(ox.parse(quad + pad + quad, format=ox.RdfFormat.N_QUADS)) \
                == list(ox.parse(quad * 2, format=ox.RdfFormat.N_QUADS))


def test_a_layout_that_does_not_fit_the_file_is_not_used(project: Project,
                                                         tmp_path: Path) -> None:
    manifest = json.loads(project.manifest_file.read_text(encoding="utf-8"))
    manifest["layout"][1][1] += 1  # one graph said to be a byte longer
    project.manifest_file.write_text(json.dumps(manifest), encoding="utf-8")
    edit_once(project.data_dir / "sheets" / f"{LATER}.yaml", "value: ", "value: 1")
    summary = build(project)
    assert not summary.dataset_patched  # written afresh
    assert project.dataset_file.read_bytes() == _clean_bytes(project, tmp_path / "clean")
    edit_once(project.data_dir / "sheets" / f"{LATER}.yaml", "value: 1", "value: ")
    assert build(project).dataset_patched  # its layout recorded again
    assert project.dataset_file.read_bytes() == _clean_bytes(project, tmp_path / "again")


def test_a_damaged_kept_derived_graph_is_derived_again(project: Project, tmp_path: Path) -> None:
    """The derived graphs' digests come from the kept file's first line; their text, read
    only when the dataset needs it, is checked then: damaged, it is derived afresh."""
    (kept,) = sorted(project.cache_dir.glob("derived.*.nq"))
    data = kept.read_bytes()
    at = data.index(b"\n") + 1 + data[data.index(b"\n") + 1:].index(b'"')
    kept.write_bytes(data[:at] + b"X" + data[at + 1:])  # a byte of the first graph's text
    project.dataset_file.unlink()  # so that the build writes every graph afresh
    build(project)
    assert project.dataset_file.read_bytes() == _clean_bytes(project, tmp_path / "clean")
    assert not kept.exists() or kept.read_bytes() == data  # removed, or made again
    again = build(project)
    assert (again.sheets_compiled, again.graphs_replaced) == (0, 0)


def test_validating_one_sheet_leaves_the_file_for_the_next_build(project: Project,
                                                                 tmp_path: Path) -> None:
    """``validate SHEET`` brings the store up to date, not the dataset file (patching a file
    of a million triples is most of a second); the next build patches the file from the
    graphs it still holds, to what a clean build writes, however many validations came
    between; ``push`` refuses the file until then."""
    sheets = project.data_dir / "sheets"
    later = sheets / f"{LATER}.yaml"
    before = project.dataset_file.read_bytes()
    assert dataset_is_current(project)
    for at, (old, new) in enumerate([("value: ", "value: 1"), ("value: 1", "value: 12")]):
        edit_once(later, old, new)
        validate_project(project, sheet=later, lint=False)
        assert not is_stale(project)  # the store is current: queries read the edit
        assert not dataset_is_current(project), at
        assert project.dataset_file.read_bytes() == before, at
        with pytest.raises(PartygraphError, match="behind the store"):
            check_before_push(project)
        with pytest.raises(PartygraphError, match="behind the store"):
            dataset_to_push(project)  # what push reads, under the build lock
        edited = next(line for line in later.read_text(encoding="utf-8").splitlines()
                      if "value: " in line).split("value: ", 1)[1].strip()
        found = {solution["value"].value for solution in select(
            open_store(project.store_dir),
            "SELECT ?value WHERE { ?o <https://w3id.org/partygraph/ontology#value> ?value }")}
        assert edited in found, at
    summary = build(project)
    assert summary.dataset_patched
    assert dataset_is_current(project)
    assert project.dataset_file.read_bytes() == _clean_bytes(project, tmp_path / "clean")
    assert check_before_push(project).conforms()
    pushed = dataset_to_push(project)
    assert pushed == read_graphs(project.dataset_file) and len(pushed) > 3
    # A validation with nothing changed leaves the file current.
    validate_project(project, sheet=later, lint=False)
    assert dataset_is_current(project)
