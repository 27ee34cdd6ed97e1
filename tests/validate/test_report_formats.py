"""Every report format is produced and machine-readable, for a graph with known problems."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF, SH

from partygraph.project import Project

from ..conftest import copy_project, run_cli


def test_text_groups_by_file(broken: Project) -> None:
    result = run_cli("validate", root=broken.root)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "data/sheets/tally-done-exceeds-total.yaml:"
    assert lines[1] == ("  data/sheets/tally-done-exceeds-total.yaml:10: A tally's done count "
                        "cannot exceed its total. (pgsh:TallyShape/sparql, violation)")
    assert lines[2] == "data/sheets/term-not-five-years.yaml:"
    assert lines[-1] == "does not conform: 1 violation(s), 1 warning(s), 0 info(s)"


def test_json_has_one_object_per_result(broken: Project) -> None:
    result = run_cli("validate", "--format", "json", root=broken.root)
    doc = json.loads(result.stdout)
    assert doc["conforms"] is False
    assert [(r["file"], r["line"], r["severity"], r["shape"]) for r in doc["results"]] == [
        ("data/sheets/tally-done-exceeds-total.yaml", 10, "violation", "pgsh:TallyShape/sparql"),
        ("data/sheets/term-not-five-years.yaml", 10, "warning", "pgsh:TermLengthShape/sparql"),
    ]
    first = doc["results"][0]
    assert first["focus"] == ("https://w3id.org/partygraph/id/source/tally-done-exceeds-total/"
                              "bad-tally")
    assert first["path"] == "pg:done" and first["value"] == "120"
    assert first["fact"] == "bad-tally"
    assert set(first) >= {"file", "line", "focus", "path", "value", "shape", "severity",
                          "message"}


def test_turtle_is_a_shacl_report(broken: Project) -> None:
    result = run_cli("validate", "--format", "turtle", root=broken.root)
    graph = Graph().parse(data=result.stdout, format="turtle")
    report = next(graph.subjects(RDF.type, SH.ValidationReport))
    assert str(graph.value(report, SH.conforms)) == "false"
    assert len(list(graph.objects(report, SH.result))) == 2


def test_junit_has_a_case_per_shape(broken: Project, tmp_path: Path) -> None:
    out = tmp_path / "report.xml"
    result = run_cli("validate", "--format", "junit", "-o", str(out), root=broken.root)
    assert result.exit_code == 1
    assert result.stdout.strip() == "does not conform: 1 violation(s), 1 warning(s), 0 info(s)"
    suites = ET.parse(out).getroot()
    cases = {c.get("name"): c for c in suites.iter("testcase")}
    assert "pgsh:TallyShape" in cases and "pgsh:LabelVi" in cases and "lint:query" in cases
    failure = cases["pgsh:TallyShape"].find("failure")
    assert failure is not None and "tally-done-exceeds-total.yaml:10" in (failure.text or "")
    assert cases["pgsh:TermLengthShape"].find("failure") is None  # a warning, not a failure
    assert suites.get("failures") == "1"
    strict = run_cli("validate", "--format", "junit", "--fail-on", "warning", root=broken.root)
    root = ET.fromstring(strict.stdout.encode())
    assert root.get("failures") == "2"


def test_github_annotations(broken: Project) -> None:
    result = run_cli("validate", "--format", "github", root=broken.root)
    lines = result.stdout.splitlines()
    assert lines[0] == ("::error file=data/sheets/tally-done-exceeds-total.yaml,line=10,"
                        "title=pgsh%3ATallyShape/sparql (violation)::A tally's done count "
                        "cannot exceed its total.")
    assert lines[1].startswith("::warning file=data/sheets/term-not-five-years.yaml,line=10,")


def test_single_sheet_validation(broken: Project) -> None:
    sheet = broken.data_dir / "sheets" / "term-not-five-years.yaml"
    result = run_cli("validate", str(sheet), root=broken.root)
    assert result.exit_code == 0  # only a warning in this sheet
    assert "tally-done-exceeds-total" not in result.stdout
    assert "Terms usually last five years" in result.stdout
    strict = run_cli("validate", str(sheet), "--fail-on", "warning", root=broken.root)
    assert strict.exit_code == 1
    none = run_cli("validate", "--fail-on", "none", root=broken.root)
    assert none.exit_code == 0


def test_line_mapping_on_multi_line_fact(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    sheet = project.sheet_files()[0]
    text = sheet.read_text(encoding="utf-8")
    marker = "      text: cuối tháng 7 hoặc trung tuần tháng 8-2020\n"
    bad = text.replace("      from: 2020-07-21\n      to: 2020-08-20\n",
                       "      from: 2020-08-21\n      to: 2020-08-20\n")
    assert bad != text and marker in bad
    sheet.write_text(bad, encoding="utf-8")
    lines = bad.splitlines()
    planned = lines.index("    planned:") + 1
    result = run_cli("validate", "--format", "json", root=project.root)
    rows = json.loads(result.stdout)["results"]
    assert [(r["line"], r["shape"]) for r in rows] == [(planned, "pgsh:CongressShape/sparql")]
