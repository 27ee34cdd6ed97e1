"""util.memo: an answer kept on disk under the key of its inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from partygraph.util.memo import kept, read_kept, write_kept


class Maker:
    """Counts how often the answer is worked out."""

    def __init__(self, answer: set[str]) -> None:
        self.answer = answer
        self.calls = 0

    def __call__(self) -> set[str]:
        self.calls += 1
        return self.answer


def keep(path: Path, key: str, make: Maker) -> set[str]:
    return kept(path, key, make, dump=sorted, load=set)


def test_the_answer_is_made_once_then_read_back(tmp_path: Path) -> None:
    path = tmp_path / "memo" / "answer.json"  # the folder is made
    make = Maker({"b", "a"})
    assert keep(path, "k1", make) == {"a", "b"}
    assert json.loads(path.read_text(encoding="utf-8")) == {"key": "k1", "value": ["a", "b"]}
    again = Maker({"other"})
    assert keep(path, "k1", again) == {"a", "b"}
    assert again.calls == 0


def test_another_key_makes_it_again_and_replaces_it(tmp_path: Path) -> None:
    path = tmp_path / "answer.json"
    keep(path, "k1", Maker({"old"}))
    make = Maker({"new"})
    assert keep(path, "k2", make) == {"new"}
    assert make.calls == 1
    assert json.loads(path.read_text(encoding="utf-8"))["key"] == "k2"


@pytest.mark.parametrize("content", ["not json", '{"value": [1]}', "[1, 2]", ""])
def test_a_damaged_file_is_made_again(tmp_path: Path, content: str) -> None:
    path = tmp_path / "answer.json"
    path.write_text(content, encoding="utf-8")
    make = Maker({"x"})
    assert keep(path, "k", make) == {"x"}
    assert make.calls == 1
    assert json.loads(path.read_text(encoding="utf-8")) == {"key": "k", "value": ["x"]}


def test_what_load_refuses_is_made_again(tmp_path: Path) -> None:
    path = tmp_path / "answer.json"
    path.write_text(json.dumps({"key": "k", "value": 5}), encoding="utf-8")  # set(5) fails
    make = Maker({"x"})
    assert keep(path, "k", make) == {"x"}
    assert make.calls == 1


def test_a_value_of_an_older_shape_is_made_again(tmp_path: Path) -> None:
    """A load that indexes past the end of what an older version wrote (a kept query of
    four fields where it now has six) works the answer out again."""
    path = tmp_path / "answer.json"
    path.write_text(json.dumps({"key": "k", "value": [["a", "b"]]}), encoding="utf-8")
    make = Maker({"x"})
    assert kept(path, "k", make, dump=lambda v: [[item, 1, 2] for item in sorted(v)],
                load=lambda v: {str(row[2]) for row in v}) == {"x"}
    assert make.calls == 1


def test_a_folder_it_cannot_write_only_costs_the_work(tmp_path: Path) -> None:
    # A file where the folder should be: writing fails for root too (a read-only folder
    # would not stop root).
    folder = tmp_path / "not-a-folder"
    folder.write_text("", encoding="utf-8")
    make = Maker({"x"})
    assert keep(folder / "answer.json", "k", make) == {"x"}
    assert keep(folder / "answer.json", "k", make) == {"x"}
    assert make.calls == 2
    assert folder.read_text(encoding="utf-8") == ""


def test_a_folder_that_cannot_be_made_only_costs_the_work(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    make = Maker({"x"})
    assert keep(blocker / "sub" / "answer.json", "k", make) == {"x"}  # parent is a file
    assert make.calls == 1


def test_a_value_written_is_read_back_under_its_key_only(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "value.json"  # the folder is made
    write_kept(path, "k1", {"tỉnh": None, "b": "x"})
    assert read_kept(path, "k1", "none") == {"tỉnh": None, "b": "x"}
    assert read_kept(path, "k2", "none") == "none"  # another version of the inputs
    assert "tỉnh" in path.read_text(encoding="utf-8")  # kept readable, not escaped


@pytest.mark.parametrize("content", ["not json", '{"value": [1]}', "[1, 2]", "", '"k"'])
def test_a_damaged_or_missing_file_reads_as_the_default(tmp_path: Path, content: str) -> None:
    path = tmp_path / "value.json"
    assert read_kept(path, "k", 7) == 7
    path.write_text(content, encoding="utf-8")
    assert read_kept(path, "k", 7) == 7


def test_writing_where_no_folder_can_be_made_leaves_things_as_they_were(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("kept", encoding="utf-8")
    write_kept(blocker / "value.json", "k", [1])  # no error: worked out again next time
    assert blocker.read_text(encoding="utf-8") == "kept"
    assert read_kept(blocker / "value.json", "k", None) is None


def test_a_shared_answer_is_made_once_per_process_and_written_in_each_folder(
        tmp_path: Path) -> None:
    key = f"shared-{tmp_path.name}"  # a key no other test uses in this process
    first, second = tmp_path / "a" / "answer.json", tmp_path / "b" / "answer.json"
    make = Maker({"x", "y"})
    assert kept(first, key, make, dump=sorted, load=set, shared=True) == {"x", "y"}
    again = Maker({"other"})
    assert kept(second, key, again, dump=sorted, load=set, shared=True) == {"x", "y"}
    assert (make.calls, again.calls) == (1, 0)
    assert json.loads(second.read_text(encoding="utf-8")) == {"key": key, "value": ["x", "y"]}
    # another key, or another file's name, is another answer
    assert kept(second, key + "2", again, dump=sorted, load=set, shared=True) == {"other"}
    assert kept(tmp_path / "b" / "other.json", key, again, dump=sorted, load=set,
                shared=True) == {"other"}
    assert again.calls == 2


def test_an_answer_not_shared_is_made_again_in_another_folder(tmp_path: Path) -> None:
    key = f"unshared-{tmp_path.name}"
    make = Maker({"x"})
    for folder in ("a", "b"):
        assert keep(tmp_path / folder / "answer.json", key, make) == {"x"}
    assert make.calls == 2
