"""The context of one sheet, read back from the Oxigraph store, is written exactly as the
compiled graph writes the same triples (no plain string turned into xsd:string, the trap
that gives false violations), and holds everything the sheet itself states."""

from __future__ import annotations

from partygraph.project import Project
from partygraph.store.build import compile_project
from partygraph.store.embedded import open_store
from partygraph.validate.sheet_context import context_ntriples


def test_context_lines_are_the_compiled_lines(built_synthetic: Project) -> None:
    compiled = compile_project(built_synthetic)
    everything = set(compiled.ntriples().splitlines())
    for sheet in compiled.sheets:
        context = context_ntriples(open_store(built_synthetic.store_dir), sheet.subjects(),
                                   compiled.ontology).splitlines()
        assert set(context) <= everything
        own = {line.rsplit(" ", 2)[0] + " ." for line in sheet.nquads()}
        assert own <= set(context)
        assert any('"' in line and "^^" not in line and "@" not in line.rsplit('"', 1)[1]
                   for line in context)  # plain strings are among them, written plain
