"""The SHACL shapes: real data conforms; each bad fixture breaks exactly the rule it is named for.

Each file in ``tests/validate/shapes/bad/`` starts with ``# expect: SHAPE SEVERITY`` and adds a few
triples to the real graph. Validation must report that shape with that severity, and no
other shape, so a fixture cannot pass by breaking something else.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import SH

from partygraph.compile.dataset import CompiledGraph
from partygraph.project import Project
from partygraph.validate.shacl import validate_compiled

from ..conftest import copy_project, run_cli

BAD = sorted((Path(__file__).parent / "shapes" / "bad").glob("*.ttl"))


def expectation(fixture: Path) -> tuple[str, str]:
    first = fixture.read_text(encoding="utf-8").splitlines()[0]
    shape, severity = first.removeprefix("# expect:").split()
    return shape, severity


@pytest.fixture(scope="module")
def shapes(real_project: Project) -> Graph:
    return real_project.load_shapes()


def test_real_data_conforms(real_compiled: CompiledGraph, shapes: Graph) -> None:
    report = validate_compiled(real_compiled, shapes)
    assert [r for r in report.results if r.severity == "violation"] == []
    assert report.conforms()


def test_the_seed_conforms_without_any_result(seed_compiled: CompiledGraph,
                                             shapes: Graph) -> None:
    report = validate_compiled(seed_compiled, shapes)
    assert report.results == ()


def test_there_are_many_bad_cases() -> None:
    assert len(BAD) >= 25


@pytest.mark.parametrize("fixture", BAD, ids=[f.stem for f in BAD])
def test_bad_fixture_breaks_its_rule(fixture: Path, seed_compiled: CompiledGraph,
                                     shapes: Graph) -> None:
    shape, severity = expectation(fixture)
    extra = Graph().parse(fixture, format="turtle")
    report = validate_compiled(seed_compiled, shapes, extra=extra)
    found = {(r.shape, r.severity) for r in report.results}
    assert found == {(shape, severity)}, [str(r) for r in report.results]
    assert report.conforms() == (severity != "violation")
    for result in report.results:
        assert result.message and result.message_vi and result.message != result.message_vi


def test_every_shape_has_messages_in_both_languages(shapes: Graph) -> None:
    query = """
        PREFIX sh: <http://www.w3.org/ns/shacl#>
        SELECT ?s WHERE {
          { ?s sh:path ?p } UNION { ?x sh:sparql ?s } UNION { ?s sh:xone ?l } UNION { ?s sh:or ?l }
          FILTER NOT EXISTS { ?s sh:message ?vi FILTER (LANG(?vi) = "vi") }
          FILTER NOT EXISTS { ?p0 sh:qualifiedValueShape ?s }
          FILTER NOT EXISTS { ?list <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> ?s }
        }"""
    lacking = [str(row[0]) for row in shapes.query(query)]  # type: ignore[index]
    assert lacking == []
    # A property or node shape states its severity; a SPARQL constraint takes its shape's.
    severities = """
        PREFIX sh: <http://www.w3.org/ns/shacl#>
        SELECT ?s WHERE {
          ?s sh:message ?m
          FILTER NOT EXISTS { ?s sh:severity ?sev }
          FILTER NOT EXISTS { ?holder sh:sparql ?s }
        }"""
    assert list(shapes.query(severities)) == []
    stray = """
        PREFIX sh: <http://www.w3.org/ns/shacl#>
        SELECT ?c WHERE { ?c a sh:SPARQLConstraint ; sh:severity ?sev }"""
    assert list(shapes.query(stray)) == []


def test_validate_points_at_the_fact_sheet_line(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    sheet = project.sheet_files()[0]
    text = sheet.read_text(encoding="utf-8")
    bad = text.replace("    done: 97\n    total: 111\n", "    done: 120\n    total: 111\n")
    assert bad != text
    sheet.write_text(bad, encoding="utf-8")
    line = bad.splitlines().index("  - id: vetting-managed-cadres") + 1
    done_line = bad.splitlines().index("    done: 120") + 1
    result = run_cli("validate", root=project.root)
    assert result.exit_code == 1
    rel = sheet.relative_to(project.root).as_posix()
    assert (f"  {rel}:{done_line}: A tally's done count cannot exceed its total. "
            "(pgsh:TallyShape/sparql, violation)") in result.stdout.splitlines()
    assert done_line > line
    # 120 is not the quote's figure either: a warning at the same line
    assert (f"  {rel}:{done_line}: done 120 of 'vetting-managed-cadres' is not written in its "
            "quote") in result.stdout
    assert "does not conform: 1 violation(s), 1 warning(s), 0 info(s)" in result.stdout


def test_warnings_do_not_fail_unless_asked(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    sheet = project.sheet_files()[0]
    text = sheet.read_text(encoding="utf-8")
    sheet.write_text(text.replace("end_year: 2025", "end_year: 2026"), encoding="utf-8")
    ok = run_cli("validate", root=project.root)
    assert ok.exit_code == 0
    assert "Terms usually last five years" in ok.stdout
    strict = run_cli("validate", "--fail-on", "warning", root=project.root)
    assert strict.exit_code == 1


def test_real_data_validates_exit_0(real_project: Project) -> None:
    result = run_cli("validate", root=real_project.root)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1].startswith("conforms: 0 violation(s), ")


def test_the_seed_validates_with_no_result(tmp_path: Path) -> None:
    result = run_cli("validate", root=copy_project(tmp_path).root)
    assert result.exit_code == 0
    assert result.stdout.strip() == "conforms: 0 violation(s), 0 warning(s), 0 info(s)"


def _key(report: object) -> set[tuple[str, str, str, str | None, str | None]]:
    from partygraph.validate.results import ValidationReport

    assert isinstance(report, ValidationReport)
    return {(r.shape, r.severity, r.focus, r.path, r.value) for r in report.results}


@pytest.mark.parametrize("fixture", BAD, ids=[f.stem for f in BAD])
def test_leaving_out_unseen_predicates_changes_no_result(fixture: Path,
                                                         real_compiled: CompiledGraph,
                                                         shapes: Graph) -> None:
    extra = Graph().parse(fixture, format="turtle")
    pruned = validate_compiled(real_compiled, shapes, extra=extra)
    assert pruned.results
    assert pruned.results == validate_compiled(real_compiled, shapes, extra=extra,
                                               prune=False).results


@pytest.mark.parametrize("fixture", BAD, ids=[f.stem for f in BAD])
def test_engines_agree(fixture: Path, real_compiled: CompiledGraph, shapes: Graph) -> None:
    """pyshacl-turbo (the default) and pySHACL report the same results on every bad case."""
    extra = Graph().parse(fixture, format="turtle")
    turbo = validate_compiled(real_compiled, shapes, engine="turbo", extra=extra)
    reference = validate_compiled(real_compiled, shapes, engine="pyshacl", extra=extra)
    assert _key(turbo) == _key(reference)
    assert {r.message for r in turbo.results} == {r.message for r in reference.results}


def test_a_shape_with_no_message_is_never_given_another_shape_s(
        seed_compiled: CompiledGraph, shapes: Graph) -> None:
    """A user's shape may have no sh:message: its results say what the engine says. Before,
    the message was looked up on no constraint at all, which matched every shape's
    messages, and the result was given another shape's (a body's "must belong to exactly
    one party organisation or body" for a congress without a venue)."""
    own = Graph()
    own.parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix pg: <https://w3id.org/partygraph/ontology#> .
        <urn:test:venue-shape> a sh:NodeShape ; sh:targetClass pg:Congress ;
            sh:property [ sh:path pg:venue ; sh:minCount 1 ] .
        """, format="turtle")
    report = validate_compiled(seed_compiled, shapes + own)
    ours = [r for r in report.results if r.path == "pg:venue"]
    assert ours, "the seed's congresses have no venue: the shape must find them"
    written = {str(m) for m in shapes.objects(None, SH.message)}
    for result in ours:
        assert result.message not in written and result.message_vi not in written
