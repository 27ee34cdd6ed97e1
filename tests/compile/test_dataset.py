"""Where a compiled dataset says a node's triples come from: the same sheets, lines and
items whether it looks through every sheet (its first questions) or through the index by
entity it makes after them."""

from __future__ import annotations

import pytest

from partygraph.compile import dataset
from partygraph.project import Project
from partygraph.store.build import compile_project


def test_origins_are_the_same_looked_up_either_way(built_synthetic: Project,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = compile_project(built_synthetic), compile_project(built_synthetic)
    subjects = sorted({s for sheet in first.sheets for s in sheet.subjects()})
    # each end of the list is looked up by a scan in one dataset, by the index in the other
    # (fewer scans than in use, for a corpus of a hundred nodes)
    monkeypatch.setattr(dataset, "_SCANS_BEFORE_INDEX", len(subjects) // 3)
    assert len(subjects) > 60
    forward = {s: first.origins_of(s) for s in subjects}
    backward = {s: second.origins_of(s) for s in reversed(subjects)}
    assert forward == backward
    assert all(forward.values())  # every sheet's node comes from somewhere
    assert first._by_mention is not None and second._by_mention is not None
