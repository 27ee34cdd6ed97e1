"""Checks of the repository itself: ontology terms, saved queries, and the shapes graph."""

from __future__ import annotations

from pathlib import Path

from partygraph.project import Project
from partygraph.validate.repository import (
    lint_ontology,
    lint_project,
    lint_project_cached,
    lint_queries,
    lint_shapes,
)

from ..conftest import copy_project, run_cli


def _edit(file: Path, old: str, new: str) -> str:
    """Replace ``old`` (which must be there) with ``new`` in ``file``; the new text."""
    text = file.read_text(encoding="utf-8")
    edited = text.replace(old, new)
    assert edited != text, f"{old!r} is not in {file.name}"
    file.write_text(edited, encoding="utf-8")
    return edited


def test_real_repository_is_clean(real_project: Project) -> None:
    assert lint_project(real_project) == []


def test_term_without_english_definition(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    english = ' , "The number of party members."@en'
    bad = _edit(project.concepts_file, f'skos:definition "Tổng số đảng viên."@vi{english}',
                'skos:definition "Tổng số đảng viên."@vi')
    results = lint_ontology(project)
    assert [(r.shape, r.message) for r in results] == [
        ("lint:ontology-definition", "pg:PartyMembers has no definition in 'en'")]
    line = bad.splitlines().index("pg:PartyMembers a skos:Concept ;") + 1
    assert results[0].where == f"ontology/concepts.ttl:{line}"


def test_concept_without_vietnamese_label(tmp_path: Path) -> None:
    """A concept's label is its skos:prefLabel (the build gives it as rdfs:label too)."""
    project = copy_project(tmp_path)
    _edit(project.concepts_file, 'skos:prefLabel "số đảng viên"@vi , "party members"@en',
          'skos:prefLabel "party members"@en')
    assert [(r.shape, r.message) for r in lint_ontology(project)] == [
        ("lint:ontology-label", "pg:PartyMembers has no label in 'vi'")]


def test_ontology_that_does_not_parse(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    project.ontology_file.write_text("@prefix pg: <x> .\npg:a pg:b \n", encoding="utf-8")
    results = lint_ontology(project)
    assert len(results) == 1 and results[0].shape == "lint:parse"
    result = run_cli("validate", root=project.root)
    assert result.exit_code == 2
    assert "not valid Turtle" in result.stderr


def test_query_using_undeclared_parameter(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project.queries_dir / "broken.rq").write_text(
        "#+ summary: broken\n#+ params:\n#+   org: {type: iri, example: x, description: y}\n"
        "SELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    results = lint_queries(project)
    assert [(r.where, r.message) for r in results] == [
        ("queries/broken.rq:3", "parameter 'org' is not used as ?org")]
    result = run_cli("validate", root=project.root)
    assert result.exit_code == 1
    assert ("queries/broken.rq:3: parameter 'org' is not used as ?org (lint:query, violation)"
            in result.stdout)


def test_shapes_that_are_not_valid_shacl(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    bad = _edit(project.shapes_file, "sh:path pg:quote ; sh:minCount 1 ;",
                'sh:path pg:quote ; sh:minCount "one" ;')
    results = lint_shapes(project)
    assert results and all(r.shape == "lint:shapes" for r in results)
    assert any("pgsh:FactQuote" in r.message for r in results)
    line = bad.splitlines().index("pgsh:FactQuote a sh:PropertyShape ;") + 1
    assert any(r.where == f"ontology/shapes.ttl:{line}" for r in results)


def test_a_shapes_file_with_no_shape_fails_validation(tmp_path: Path) -> None:
    """An emptied ``ontology/shapes.ttl`` would check nothing: validation says so and fails."""
    project = copy_project(tmp_path)
    for text in ("", "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"):
        project.shapes_file.write_text(text, encoding="utf-8")
        result = run_cli("validate", root=project.root)
        assert result.exit_code == 1, result.stdout
        assert ("ontology/shapes.ttl:1: no SHACL shape here has a target, so nothing in the "
                "graph would be checked") in result.stdout
    # One shape with a target is a project's own choice, not a mistake.
    project.shapes_file.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix pg: <https://w3id.org/partygraph/ontology#> .\n"
        "<urn:x:s> a sh:NodeShape ; sh:targetClass pg:Tally ;\n"
        "  sh:property [ sh:path pg:done ; sh:minCount 1 ] .\n", encoding="utf-8")
    assert lint_shapes(project) == []


def test_kept_lint_results_are_the_same_and_follow_an_edit(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    query = project.queries_dir / "tallies.rq"
    query.write_text(query.read_text(encoding="utf-8").replace("SELECT", "SELEKT", 1),
                     encoding="utf-8")
    first = lint_project_cached(project)
    assert [r.shape for r in first] == ["lint:query"]
    assert (project.build_dir / "lint.json").is_file()
    assert lint_project_cached(project) == first == lint_project(project)  # read back
    query.write_text(query.read_text(encoding="utf-8").replace("SELEKT", "SELECT", 1),
                     encoding="utf-8")
    assert lint_project_cached(project) == []


def test_query_naming_a_term_the_ontology_lacks(tmp_path: Path) -> None:
    """A misspelt pg: term matches nothing: validate warns at its line, with the closest
    term; a term an ontology extension adds is no warning."""
    project = copy_project(tmp_path)
    (project.queries_dir / "members.rq").write_text(
        "#+ summary: members\nPREFIX pg: <https://w3id.org/partygraph/ontology#>\n"
        "SELECT ?o ?v WHERE {\n  ?x pg:observedUnit ?o ;\n     pg:valeu ?v .\n"
        "  ?o a pg:BadgeHolders }\n", encoding="utf-8")
    results = [r for r in lint_queries(project) if r.where.startswith("queries/members.rq")]
    assert [(r.where, r.severity, r.message) for r in results] == [
        ("queries/members.rq:6", "warning",
         "pg:BadgeHolders is not a term of the ontology: it matches nothing"),
        ("queries/members.rq:5", "warning",
         "pg:valeu is not a term of the ontology: it matches nothing "
         "(did you mean 'value' or 'venue'?)")]
    extensions = project.root / "ontology" / "extensions"
    extensions.mkdir(parents=True, exist_ok=True)
    (extensions / "badges.ttl").write_text(
        "@prefix pg: <https://w3id.org/partygraph/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        'pg:BadgeHolders a skos:Concept ; skos:inScheme pg:Measure ; skos:notation "badges" ;\n'
        '    skos:prefLabel "huy hiệu"@vi , "badges"@en ;\n'
        '    skos:definition "Số huy hiệu."@vi , "Badges awarded."@en .\n', encoding="utf-8")
    assert [r.message.split(" ")[0] for r in lint_queries(project)
            if r.where.startswith("queries/members.rq")] == ["pg:valeu"]
    result = run_cli("validate", root=project.root)
    assert "queries/members.rq:5: pg:valeu is not a term of the ontology" in result.stdout
