"""``validate --format sarif``: a SARIF 2.1.0 log valid against the OASIS SARIF 2.1.0 JSON
schema, with each result's fact sheet, line, messages in English and Vietnamese, level and rule.

The schema is the copy the npm package @microsoft/jest-sarif ships
(``lib/schemas/sarif-2.1.0-rtm.5.json``, the final 2.1.0 schema), pinned in
tests/node/package-lock.json and installed by .ci/setup (``npm ci --prefix tests/node``); its
SHA-256 is checked here, so another file under that name fails the test. Outside CI a machine
without it skips with that reason; in CI the test fails.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from partygraph.project import Project

from ..conftest import REPO, run_cli

SCHEMA = (REPO / "tests" / "node" / "node_modules" / "@microsoft" / "jest-sarif" / "lib"
          / "schemas" / "sarif-2.1.0-rtm.5.json")
SCHEMA_SHA256 = "2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8"


@pytest.fixture(scope="module")
def sarif_schema() -> dict[str, Any]:
    if not SCHEMA.is_file():
        message = (f"the SARIF 2.1.0 schema is not at {SCHEMA.relative_to(REPO)}: run "
                   "'npm ci --prefix tests/node' (.ci/setup does)")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    data = SCHEMA.read_bytes()
    assert hashlib.sha256(data).hexdigest() == SCHEMA_SHA256, "not the pinned SARIF schema"
    schema: dict[str, Any] = json.loads(data)
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    jsonschema.Draft4Validator.check_schema(schema)
    return schema


def _validate(log: dict[str, Any], schema: dict[str, Any]) -> None:
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "; ".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def test_sarif_log_is_valid_and_says_where(broken: Project, sarif_schema: dict[str, Any],
                                           tmp_path: Path) -> None:
    out = tmp_path / "partygraph.sarif"
    done = run_cli("validate", "--format", "sarif", "-o", str(out), root=broken.root)
    assert done.exit_code == 1, done.output
    log = json.loads(out.read_text(encoding="utf-8"))
    _validate(log, sarif_schema)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    [run] = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "partygraph"
    rules = [rule["id"] for rule in driver["rules"]]
    assert rules == sorted(set(rules)) and len(rules) > 2  # every shape checked, passing too
    found = [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
              r["locations"][0]["physicalLocation"]["region"]["startLine"],
              r["level"], r["ruleId"]) for r in run["results"]]
    assert found == [
        ("data/sheets/tally-done-exceeds-total.yaml", 10, "error", "pgsh:TallyShape/sparql"),
        ("data/sheets/term-not-five-years.yaml", 10, "warning", "pgsh:TermLengthShape/sparql"),
    ]
    first = run["results"][0]
    assert rules[first["ruleIndex"]] == first["ruleId"]
    assert first["message"]["text"].startswith("A tally's done count cannot exceed its total.")
    vi = first["properties"]["message_vi"]
    assert vi and vi in first["message"]["text"] and vi != first["properties"]["message_en"]
    assert first["properties"]["value"] == "120"
    assert run["invocations"][0]["properties"]["conforms"] is False


def test_sarif_of_a_conforming_graph(built_real: Project, sarif_schema: dict[str, Any]) -> None:
    done = run_cli("validate", "--format", "sarif", "--fail-on", "none", root=built_real.root)
    assert done.exit_code == 0, done.output
    log = json.loads(done.stdout)
    _validate(log, sarif_schema)
    assert log["runs"][0]["invocations"][0]["properties"]["conforms"] is True


def test_the_schema_check_can_fail(broken: Project, sarif_schema: dict[str, Any]) -> None:
    """The schema refuses what SARIF does not allow: the check above can fail."""
    done = run_cli("validate", "--format", "sarif", root=broken.root)
    log = json.loads(done.stdout)
    for damage in ("level", "startLine", "version"):
        bad = copy.deepcopy(log)
        result = bad["runs"][0]["results"][0]
        if damage == "level":
            result["level"] = "violation"
        elif damage == "startLine":
            result["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
        else:
            bad["version"] = "2.0.0"
        with pytest.raises(AssertionError):
            _validate(bad, sarif_schema)
