"""The fact-sheet schema: the one table of which fields name entities (REFERENCES, read from
the RefTo marks on the models) agrees with the models, and the loader checks by it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, get_args, get_origin, get_type_hints

import pytest
from pydantic import BaseModel

from partygraph.sheets import schema
from partygraph.sheets.load import load_sheet, outline_of
from partygraph.sheets.schema import ITEM_MODELS, REFERENCES, SLUG_PATTERN, RefTo
from tests.conftest import repo_vocabulary


def tags(union: Any) -> set[str]:
    """The ``type`` of each model of a tagged union (schema.Entity or schema.Fact)."""
    return {get_args(model.model_fields["type"].annotation)[0]
            for model in get_args(get_args(union)[0])}


ENTITY_TAGS = tags(schema.Entity)
FACT_TAGS = tags(schema.Fact)


def is_slug_mark(mark: Any) -> bool:
    """True for the ``Field(pattern=SLUG_PATTERN)`` of :data:`schema.Slug`."""
    return any(getattr(m, "pattern", None) == SLUG_PATTERN
               for m in (mark, *getattr(mark, "metadata", ())))


def holds_slugs(hint: Any) -> bool:
    """True when a type is a slug, an optional slug or a list of slugs (however annotated)."""
    if get_origin(hint) is Annotated and any(is_slug_mark(m) for m in hint.__metadata__):
        return True
    return any(holds_slugs(arg) for arg in get_args(hint))


def slug_fields(model: type[BaseModel]) -> set[str]:
    """The fields of ``model`` whose values are slugs, apart from ``id``."""
    hints = get_type_hints(model, include_extras=True)
    return {name for name in model.model_fields if name != "id" and holds_slugs(hints[name])}


def nested_models(hint: Any) -> Iterator[type[BaseModel]]:
    if isinstance(hint, type) and issubclass(hint, BaseModel):
        yield hint
    for arg in get_args(hint):
        yield from nested_models(arg)


def test_item_models_are_every_entity_and_fact_type() -> None:
    assert set(ITEM_MODELS) == ENTITY_TAGS | FACT_TAGS
    assert len(ITEM_MODELS) == 20
    for tag, model in ITEM_MODELS.items():
        assert get_args(model.model_fields["type"].annotation) == (tag,)


@pytest.mark.parametrize("tag", sorted(ITEM_MODELS))
def test_every_slug_field_is_a_reference_and_vice_versa(tag: str) -> None:
    """A new field of entity ids without a RefTo mark (or a mark on anything else) fails."""
    assert set(REFERENCES[tag]) == slug_fields(ITEM_MODELS[tag])


def test_nested_models_name_no_entities() -> None:
    """References are looked for in the fields of items alone, so nothing nested has one."""
    nested = {inner for model in ITEM_MODELS.values()
              for hint in get_type_hints(model, include_extras=True).values()
              for inner in nested_models(hint)}
    assert nested == {schema.Names, schema.DateRange, schema.HeldDates}
    for model in nested:
        assert slug_fields(model) == set(), model


def test_slug_fields_sees_every_form_of_reference() -> None:
    """The check above can fail: it finds references single, optional and in lists."""
    assert slug_fields(schema.Organisation) == {"place", "parent"}
    assert slug_fields(schema.Change) == {"from_", "to", "instrument"}
    assert slug_fields(schema.Names) == set()


def test_references_name_entity_types() -> None:
    allowed = {kind for fields in REFERENCES.values() for kinds in fields.values()
               for kind in kinds}
    assert allowed <= ENTITY_TAGS
    assert REFERENCES["task"] == {"responsible": schema.ACTORS, "concerns": (),
                                  "governed_by": ("directive",)}
    assert REFERENCES["post"] == {"in_": ("body", "organisation", "organ")}
    assert REFERENCES["person"] == {"different_from": ("person",)}
    assert REFERENCES["organ"] == {"place": ("place",)}
    assert REFERENCES["attendance"] == {"person": ("person",), "congress": ("congress",),
                                        "capacity": ("post",)}
    assert REFERENCES["holding"] == {"person": ("person",), "post": ("post",),
                                     "congress": ("congress",)}


def test_references_of_reads_the_marks_in_order() -> None:
    class Sample(BaseModel):
        first: Annotated[str, RefTo("place")]
        plain: str
        many: Annotated[list[str], RefTo()] = []

    assert list(schema.references_of(Sample).items()) == [("first", ("place",)),
                                                          ("many", ())]
    assert repr(RefTo("a", "b")) == "RefTo('a', 'b')"


ARTICLE = "date 2020-06 (TST)- Đảng bộ xã Thử Nghiệm có 120 đảng viên.\n"
SHEET = """\
source: {id: s, outlet: T, published: 2020-06, text: ../articles/s.txt}
facts:
  - id: meeting
    type: session
    name: {vi: Họp}
    date: 2020-06
    participants: [party-a, body-b]
    about:
      - thing-c
    quote: Đảng bộ xã
  - id: change
    type: change
    kind: renamed
    date: 2020-06
    from: [old-party]
    instrument: dir-1
    quote: Thử Nghiệm
"""


def test_the_loader_outlines_references_by_the_table(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "sheets").mkdir()
    (tmp_path / "articles" / "s.txt").write_text(ARTICLE, encoding="utf-8")
    file = tmp_path / "sheets" / "s.yaml"
    file.write_text(SHEET, encoding="utf-8")
    outline = outline_of(load_sheet(file, articles_dir=tmp_path / "articles",
                                    vocabulary=repo_vocabulary()))
    actors = ("organisation", "body", "organ", "person")
    assert [tuple(r) for r in outline.references] == [
        ("meeting", "participants", "party-a", actors, 7),
        ("meeting", "participants", "body-b", actors, 7),
        ("meeting", "about", "thing-c", (), 8),
        # as written
        ("change", "from", "old-party", ("organisation", "body", "organ", "place"), 15),
        ("change", "instrument", "dir-1", ("directive",), 16),
    ]
