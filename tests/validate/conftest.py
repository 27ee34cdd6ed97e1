"""Fixtures shared by the tests of validation reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from partygraph.project import Project

from ..conftest import copy_project

CASES = Path(__file__).parent / "validation" / "cases"

# A SYNTHETIC shapes graph's prefixes, for shapes written in a test.
SHAPES_HEAD = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
ex:prefixes sh:declare [ sh:prefix "ex" ; sh:namespace "http://example.org/" ] .
"""


def sparql_shape(body: str) -> Graph:
    """A SYNTHETIC shapes graph of one shape on ``ex:C`` whose SPARQL constraint's
    WHERE clause is ``body``."""
    text = SHAPES_HEAD + f'''
ex:S a sh:NodeShape ; sh:targetClass ex:C ;
  sh:sparql [ sh:prefixes ex:prefixes ; sh:select """SELECT $this WHERE {{ {body} }}""" ] .
'''
    return Graph().parse(data=text, format="turtle")


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """Real data plus two bad sheets: one violation and one warning."""
    root = tmp_path_factory.mktemp("broken")
    project = copy_project(root)
    article = (CASES.parent / "article.txt").read_text("utf-8")
    for number, name in enumerate(("tally-done-exceeds-total", "term-not-five-years")):
        # each sheet its own article (one article, one sheet), each text told apart
        stored = f"validation-cases-{name}.txt"
        (project.data_dir / "articles" / stored).write_text(
            article + f"\n(Bản thứ {number + 1}.)\n", encoding="utf-8")
        sheet = (CASES / f"{name}.yaml").read_text("utf-8")
        (project.data_dir / "sheets" / f"{name}.yaml").write_text(
            sheet.replace("../articles/validation-cases.txt", f"../articles/{stored}"),
            encoding="utf-8")
    return project
