"""util.files: atomic writes, paths relative to the project, digests of files and code."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from partygraph.util import files
from partygraph.util.files import (
    Resolver,
    code_digest,
    file_digest,
    relative_path,
    write_atomically,
    written_atomically,
)


class Boom(Exception):
    pass


def test_write_atomically_replaces_the_file(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_bytes(b"old")
    write_atomically(path, b"new")
    assert path.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]  # no staging file left


def test_an_error_leaves_the_old_file_and_no_staging_file(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_bytes(b"old")
    with pytest.raises(Boom), written_atomically(path) as out:
        out.write(b"half of the new")
        raise Boom
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_the_new_file_is_staged_beside_the_target_until_the_end(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_bytes(b"old")
    with written_atomically(path) as out:
        out.write(b"new")
        assert (tmp_path / "out.txt.new").exists()
        assert path.read_bytes() == b"old"  # readers still see the old file
    assert path.read_bytes() == b"new"
    assert not (tmp_path / "out.txt.new").exists()


def test_an_error_before_any_file_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    with pytest.raises(Boom), written_atomically(path):
        raise Boom
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fsync_free_rename", [False, True])
def test_both_ways_of_renaming_give_the_new_file(tmp_path: Path, fsync_free_rename: bool) -> None:
    path = tmp_path / "out.txt"
    path.write_bytes(b"old")
    with written_atomically(path, fsync_free_rename=fsync_free_rename) as out:
        out.write(b"new")
    assert path.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_file_digest_is_the_sha256_of_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "f.bin"
    data = os.urandom(200_000)  # more than one chunk
    path.write_bytes(data)
    assert file_digest(path) == hashlib.sha256(data).hexdigest()


def test_relative_path_inside_the_root(tmp_path: Path) -> None:
    assert relative_path(tmp_path / "data" / "sheets" / "a.yaml", tmp_path) == \
        "data/sheets/a.yaml"
    assert relative_path(tmp_path / "x" / ".." / "b.txt", tmp_path) == "b.txt"


def test_relative_path_outside_the_root_is_as_given(tmp_path: Path) -> None:
    root = tmp_path / "project"
    root.mkdir()
    outside = tmp_path / "elsewhere" / "a.yaml"
    assert relative_path(outside, root) == outside.as_posix()
    assert relative_path(tmp_path / "project-2" / "a.yaml", root) == \
        (tmp_path / "project-2" / "a.yaml").as_posix()  # a sibling sharing the prefix
    assert relative_path(root, root) == root.as_posix()  # the root itself is not inside
    assert relative_path(Path("rel/a.yaml"), root) == "rel/a.yaml"


def test_relative_path_through_a_symbolic_link(tmp_path: Path) -> None:
    root = tmp_path / "project"
    (root / "data").mkdir(parents=True)
    (root / "data" / "a.yaml").write_text("", encoding="utf-8")
    link = tmp_path / "link"
    link.symlink_to(root, target_is_directory=True)
    # the file named through the link, the root named directly: and the other way round
    assert relative_path(link / "data" / "a.yaml", root) == "data/a.yaml"
    assert relative_path(root / "data" / "a.yaml", link) == "data/a.yaml"
    outside = tmp_path / "other.yaml"
    outside.write_text("", encoding="utf-8")
    assert relative_path(outside, link) == outside.as_posix()


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throw-away copy of the partygraph package that code_digest reads instead."""
    copy = tmp_path / "partygraph"
    shutil.copytree(files._PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(files, "_PACKAGE", copy)
    return copy


def test_code_digest_is_stable(package: Path) -> None:
    assert code_digest(["sheets", "compile"]) == code_digest(["compile", "sheets"])
    assert code_digest(["sheets"]) != code_digest(["compile"])
    assert code_digest([""]) != code_digest(["sheets"])


def test_code_digest_changes_with_a_file_of_the_package(package: Path) -> None:
    before = code_digest(["sheets"])
    whole = code_digest([""])
    other = code_digest(["store"])
    with (package / "sheets" / "schema.py").open("a", encoding="utf-8") as out:
        out.write("\n# changed\n")
    assert code_digest(["sheets"]) != before
    assert code_digest([""]) != whole
    assert code_digest(["store"]) == other  # another subpackage: unchanged


def test_code_digest_changes_when_a_module_is_added_or_moved(package: Path) -> None:
    before = code_digest(["sheets"])
    (package / "sheets" / "extra.py").write_text("", encoding="utf-8")
    added = code_digest(["sheets"])
    assert added != before
    (package / "sheets" / "extra.py").rename(package / "sheets" / "moved.py")
    assert code_digest(["sheets"]) not in (before, added)  # same bytes, another path
    (package / "sheets" / "moved.py").unlink()
    assert code_digest(["sheets"]) == before
    (package / "sheets" / "notes.txt").write_text("not code", encoding="utf-8")
    assert code_digest(["sheets"]) == before  # only Python modules count


def test_code_digest_includes_library_versions(package: Path) -> None:
    assert code_digest(["sheets"], ["pydantic"]) != code_digest(["sheets"])
    assert code_digest(["sheets"], ["pydantic", "rdflib"]) == \
        code_digest(["sheets"], ["rdflib", "pydantic"])


def test_resolver_gives_what_resolve_gives(tmp_path: Path) -> None:
    """Folders and files, real or symbolic links (to files, folders, nowhere), reached
    through ``..`` or not, existing or not: the resolver gives ``Path.resolve()``'s answer,
    asked in any order."""
    real = tmp_path / "real"
    (real / "sheets").mkdir(parents=True)
    (real / "articles").mkdir()
    (real / "articles" / "a.txt").write_text("a")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text("b")
    (real / "articles" / "b.txt").symlink_to(elsewhere / "b.txt")
    (real / "articles" / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "linked").symlink_to(real)
    (real / "sheets" / "up").symlink_to(elsewhere)
    paths = [base / "sheets" / between / "articles" / name
             for base in (real, tmp_path / "linked")
             for between in ("..", "up/..", "up/../..")
             for name in ("a.txt", "b.txt", "dangling.txt", "missing.txt", "..", ".")]
    paths += [real / "articles" / "b.txt", tmp_path / "linked" / "articles"]
    expected = [path.resolve() for path in paths]
    assert [Resolver()(path) for path in paths] == expected
    resolve = Resolver()  # one resolver asked about every path, each twice
    assert [resolve(path) for path in [*paths, *reversed(paths)]] == [*expected,
                                                                      *reversed(expected)]
