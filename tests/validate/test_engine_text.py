"""The text given to pyshacl-turbo: ASCII only, the same triples, the same SHACL reports."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import SH

from partygraph.compile.dataset import CompiledGraph, keep_predicates
from partygraph.project import Project
from partygraph.store.build import compile_project
from partygraph.validate.ntriples import ascii_ntriples, engine_ntriples
from partygraph.validate.scope import predicates_seen
from partygraph.validate.shacl import _run_engine, validate_compiled

BAD = sorted((Path(__file__).parent / "shapes" / "bad").glob("*.ttl"))

# Vietnamese (Latin-1 and Latin Extended Additional letters), an astral character, an IRI
# outside ASCII, escapes already there, and an escaped backslash right before a wide letter
AWKWARD = (
    '<http://example.org/tỉnh/Hà-Nội> <http://example.org/nhãn> "Đảng bộ tỉnh Hà Nội"@vi .\n'
    '<http://example.org/a> <http://example.org/b> "café \\"quoted\\" \\n 😀 \\u00E9" .\n'
    '<http://example.org/a> <http://example.org/c> "C:\\\\ổ đĩa\\\\é" .\n'
    '<http://example.org/a> <http://example.org/d> "plain ascii" .\n'
    '_:b1 <http://example.org/e> "Ủy ban"^^<http://www.w3.org/2001/XMLSchema#string> .\n'
)


def triples(text: str) -> list[ox.Triple]:
    return list(ox.parse(text.encode(), format=ox.RdfFormat.N_TRIPLES,
                         rename_blank_nodes=False))


def test_ascii_text_states_the_same_triples() -> None:
    written = ascii_ntriples(AWKWARD)
    assert written.isascii()
    assert "\\x" not in written.replace("\\\\", "")
    assert triples(written) == triples(AWKWARD)
    assert triples(written)[0].subject == ox.NamedNode("http://example.org/tỉnh/Hà-Nội")


def test_an_escaped_backslash_before_an_x_is_kept() -> None:
    # "\\xe9" in N-Triples is a backslash then "xe9": not a character to rewrite
    text = '<http://example.org/a> <http://example.org/b> "\\\\xe9 and é" .\n'
    written = ascii_ntriples(text)
    assert written.isascii()
    assert triples(written) == triples(text)
    assert triples(written)[0].object == ox.Literal("\\xe9 and é")


def test_ascii_text_is_returned_as_it_is() -> None:
    text = '<http://example.org/a> <http://example.org/b> "x\\\\x41" .\n'
    assert ascii_ntriples(text) is text


def test_a_wide_blank_node_label_is_left_alone() -> None:
    text = '_:nút <http://example.org/b> "é" .\n'
    assert ascii_ntriples(text) == text
    assert triples(ascii_ntriples(text)) == triples(text)


@pytest.fixture(scope="module")
def broken_compiled(broken: Project) -> CompiledGraph:
    return compile_project(broken, use_cache=False)


def test_engine_text_is_the_compiled_text_in_ascii(broken_compiled: CompiledGraph) -> None:
    shapes = Project.at(Path(__file__).resolve().parents[2]).load_shapes()
    predicates = predicates_seen(shapes)
    assert predicates is not None
    for kept in (None, predicates):
        plain = broken_compiled.ntriples(kept)
        assert not plain.isascii()  # Vietnamese labels: the escapes are exercised
        written = engine_ntriples(broken_compiled, kept)
        assert written.isascii()
        assert written == ascii_ntriples(plain)
        assert triples(written) == triples(plain)  # the same triples in the same order
    assert engine_ntriples(broken_compiled, predicates) == \
        ascii_ntriples(keep_predicates(broken_compiled.ntriples(), predicates))


def test_the_engine_reports_the_same_on_either_text(broken: Project,
                                                    broken_compiled: CompiledGraph) -> None:
    shapes = broken.load_shapes()
    extra = Graph()
    for fixture in BAD:  # every rule broken at once, on top of the two bad sheets
        extra.parse(fixture, format="turtle")
    plain = broken_compiled.ntriples() + extra.serialize(format="nt")
    written = ascii_ntriples(plain)
    assert written.isascii()
    before, after = _run_engine("turbo", plain, shapes), _run_engine("turbo", written, shapes)
    assert isomorphic(before, after)
    wide = [o for o in after.objects() if isinstance(o, Literal) and not str(o).isascii()]
    assert wide  # values and messages in Vietnamese came through unescaped
    results = set(after.objects(None, SH.result))
    assert len(results) >= len(BAD)  # each fixture breaks at least one rule
    # and validation through partygraph (which escapes) finds them all too
    report = validate_compiled(broken_compiled, shapes, extra=extra, prune=False)
    assert len(report.results) == len(results)
