"""Validation in parts: a few shapes at a time, each part on the triples it can look at,
gives the results and report of one run, with less data in each run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, SH

from partygraph.compile.dataset import CompiledGraph
from partygraph.project import Project
from partygraph.store.build import compile_project
from partygraph.validate.results import ValidationReport
from partygraph.validate.scope import shape_scope
from partygraph.validate.shacl import validate_compiled
from partygraph.validate.shape_graph import part_graph, shape_descriptions, targeted_shapes
from partygraph.validate.shape_parts import divide_shapes, predicate_weights

from ..conftest import copy_project, run_cli
from .test_validation_cases import ARTICLES, CASES, HERE

PARTS = Path(__file__).parent / "parts"


@pytest.fixture(scope="module")
def every_case(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The real data with every bad sheet of the validation cases at once."""
    project = copy_project(tmp_path_factory.mktemp("every-case"))
    for stored, source in ARTICLES.items():
        shutil.copy(HERE / source, project.data_dir / "articles" / stored)
    for case in CASES:
        shutil.copy(case, project.data_dir / "sheets" / case.name)
    return project


@pytest.fixture(scope="module")
def every_case_compiled(every_case: Project) -> CompiledGraph:
    return compile_project(every_case)


def _report_shape(report: ValidationReport) -> tuple[int, int, bool]:
    """How many report nodes and results the report graph holds, and what it says of
    conformance."""
    graph = report.graph
    roots = set(graph.subjects(RDF.type, SH.ValidationReport))
    conforms = {graph.value(root, SH.conforms) for root in roots}
    return len(roots), len(set(graph.objects(None, SH.result))), conforms == {Literal(True)}


@pytest.mark.parametrize("parts", [2, 3, 1000])
def test_parts_give_the_results_of_one_run(every_case: Project,
                                           every_case_compiled: CompiledGraph,
                                           parts: int) -> None:
    """Every validation case at once, in two, three or one part per shape: the same results,
    lines and messages, and one report graph holding each result once."""
    shapes = every_case.load_shapes()
    whole = validate_compiled(every_case_compiled, shapes, parts=1)
    divided = validate_compiled(every_case_compiled, shapes, parts=parts)
    assert len(whole.results) >= len(CASES)  # every case breaks a rule
    assert divided.results == whole.results
    assert _report_shape(divided) == (1, len(whole.results), False)
    assert _report_shape(whole) == (1, len(whole.results), False)


def test_parts_give_one_conforming_report_when_nothing_is_wrong(
        seed_compiled: CompiledGraph, real_project: Project) -> None:
    report = validate_compiled(seed_compiled, real_project.load_shapes(), parts=3)
    assert report.results == ()
    assert _report_shape(report) == (1, 0, True)


def test_each_part_sees_less_than_the_whole(every_case: Project,
                                            every_case_compiled: CompiledGraph) -> None:
    """The point of the parts: each run is given fewer triples than one run would be."""
    shapes = every_case.load_shapes()
    scope = shape_scope(shapes)
    weights = predicate_weights(every_case_compiled)
    whole = sum(weights[p] for p in scope.seen or weights)
    divided = divide_shapes(shapes, 2, weights, scope)
    assert len(divided) == 2
    for part in divided:
        assert part.predicates is not None
        assert sum(weights[p] for p in part.predicates) < whole * 0.8
    # every shape with a target keeps its targets in exactly one part
    for shape in targeted_shapes(shapes):
        assert sum(shape in targeted_shapes(part.shapes) for part in divided) == 1


def test_a_shape_another_refers_to_is_validated_once(tmp_path: Path) -> None:
    """A targeted shape that a shape of another part refers to (sh:node) keeps its
    description there, without its targets: its own results come once, and the referring
    shape's are still right."""
    shapes = Graph().parse(PARTS / "referred.ttl", format="turtle")
    data = (PARTS / "referred-data.nt").read_text(encoding="utf-8")
    targeted = targeted_shapes(shapes)
    assert len(targeted) == 2
    for shape in targeted:
        part = part_graph(shapes, {shape}, shape_descriptions(shapes))
        assert targeted_shapes(part) == [shape]
    compiled = CompiledGraph(ontology=[], sheets=[])
    one = validate_compiled(compiled, shapes, data=data, parts=1)
    two = validate_compiled(compiled, shapes, data=data, parts=2)
    assert len(one.results) == 2  # one of each shape
    assert two.results == one.results


def test_the_reference_engine_gives_the_same_in_parts(every_case: Project,
                                                      every_case_compiled: CompiledGraph) -> None:
    shapes = every_case.load_shapes()
    whole = validate_compiled(every_case_compiled, shapes, engine="pyshacl", parts=1)
    divided = validate_compiled(every_case_compiled, shapes, engine="pyshacl", parts=2)
    assert whole.results and divided.results == whole.results
    assert _report_shape(divided) == (1, len(whole.results), False)


def test_validate_in_parts_on_the_command_line(every_case: Project) -> None:
    """``--parts`` changes nothing of the report; a part count below one is refused."""
    whole = run_cli("validate", "--format", "json", "--parts", "1", root=every_case.root)
    divided = run_cli("validate", "--format", "json", "--parts", "3", root=every_case.root)
    assert whole.exit_code == divided.exit_code == 1
    assert json.loads(divided.stdout)["results"] == json.loads(whole.stdout)["results"]
    refused = run_cli("validate", "--parts", "0", root=every_case.root)
    assert refused.exit_code == 2 and "--parts" in refused.output
