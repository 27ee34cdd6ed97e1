"""The vocabularies live in the ontology: fact sheets name concepts of ontology/concepts.ttl
by notation, a concept added there is a value sheets may use with no change to the code, and
docs/concepts.md lists them all (SYNTHETIC sheets)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import pytest
from pydantic import TypeAdapter, ValidationError

from partygraph.errors import PartygraphError
from partygraph.project import _STARTER, Project
from partygraph.rdf.concepts import SCHEMES, read_vocabulary_file
from partygraph.rdf.vocab import PG
from partygraph.sheets.schema import ITEM_MODELS
from partygraph.tasks import concept_reference
from tests.conftest import REPO, copy_project, repo_vocabulary, run_cli
from tests.small_sheet import SHEET as BASE_SHEET
from tests.small_sheet import write_sheet_files

SHEET = BASE_SHEET.replace("    measure: members\n", "    measure: members-exempted\n")
# The measure the starter README of ontology/extensions/ gives as its example (`partygraph
# init` writes it), so that the example is one that works.
NEW_MEASURE = "\n" + _STARTER["ontology/extensions/README.md"].split(
    "```turtle\n", 1)[1].split("```", 1)[0].split("\n\n", 1)[1]


def _project_with_sheet(root: Path) -> Project:
    project = copy_project(root, with_data=False)
    write_sheet_files(project.data_dir, SHEET)
    return project


def test_every_field_scheme_is_in_the_ontology_with_labels() -> None:
    vocabulary = repo_vocabulary()
    assert set(vocabulary.schemes) == set(SCHEMES)
    for scheme in vocabulary:
        assert {"vi", "en"} <= set(scheme.labels), scheme.field
        for concept in scheme.concepts.values():
            assert {"vi", "en"} <= set(concept.labels), concept.iri
            assert {"vi", "en"} <= set(concept.definitions), concept.iri


@pytest.mark.parametrize("field", sorted(SCHEMES))
def test_each_field_takes_exactly_its_schemes_notations(field: str) -> None:
    """The schema checks the field named in SCHEMES against that scheme, and nothing else."""
    item_type, name = field.split(".")
    model = ITEM_MODELS[item_type]
    assert name in model.model_fields, field
    info = model.model_fields[name]
    vocabulary = repo_vocabulary()
    annotated = (Annotated.__class_getitem__((info.annotation, *info.metadata))  # type: ignore[attr-defined]
                 if info.metadata else info.annotation)
    adapter: TypeAdapter[object] = TypeAdapter(annotated)  # type: ignore[arg-type]
    for notation in vocabulary.notations(field):
        assert adapter.validate_python(notation, context={"vocabulary": vocabulary}) == notation
    with pytest.raises(ValidationError, match="not 'no-such-value'"):
        adapter.validate_python("no-such-value", context={"vocabulary": vocabulary})


def test_a_concept_added_to_the_ontology_is_a_value_sheets_may_use(tmp_path: Path) -> None:
    """No change under src/: the new measure is refused until its concept exists, then built,
    validated and answered with its own IRI."""
    project = _project_with_sheet(tmp_path)
    refused = run_cli("build", root=project.root)
    assert refused.exit_code != 0
    assert "measure must be one of alternate-delegates, base-cells" in refused.output
    assert "not 'members-exempted'" in refused.output

    with project.concepts_file.open("a", encoding="utf-8") as out:
        out.write(NEW_MEASURE)
    built = run_cli("build", root=project.root)
    assert built.exit_code == 0, built.output
    assert "0 violation(s), 0 warning(s)" in built.output
    answered = run_cli("sparql", "--format", "csv", "--query",
                       "SELECT ?m ?label WHERE { ?o pg:measure ?m . "
                       "?m rdfs:label ?label FILTER (LANG(?label) = 'en') }",
                       root=project.root)
    assert answered.exit_code == 0, answered.output
    assert f"{PG.MembersExempted},members exempted from party work" in answered.output


def test_two_concepts_with_one_notation_are_refused_in_plain_words(tmp_path: Path) -> None:
    project = _project_with_sheet(tmp_path)
    with project.concepts_file.open("a", encoding="utf-8") as out:
        out.write(NEW_MEASURE.replace('"members-exempted"', '"members"'))
    with pytest.raises(PartygraphError, match="share the notation 'members'"):
        read_vocabulary_file(project.concepts_file)
    result = run_cli("build", root=project.root)
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "share the notation 'members'" in result.output


def test_the_concept_reference_is_current() -> None:
    """docs/concepts.md is what `partygraph concepts -o docs/concepts.md` writes."""
    written = (REPO / "docs" / "concepts.md").read_text(encoding="utf-8")
    assert written == concept_reference(Project.at(REPO)), (
        "docs/concepts.md is out of date: run partygraph concepts -o docs/concepts.md")


def test_concepts_command_writes_markdown_to_stdout(tmp_path: Path) -> None:
    project = copy_project(tmp_path, with_data=False)
    result = run_cli("concepts", root=project.root)
    assert result.exit_code == 0
    assert "| `standing-deputy-secretary` | `pg:StandingDeputySecretary` |" in result.stdout
    assert "Phó Bí thư Thường trực" in result.stdout


def test_a_project_of_ones_own_adds_concepts_in_its_extensions(tmp_path: Path) -> None:
    """`partygraph init` makes ontology/extensions/, whose files add concepts to the
    installed schemes: no copy of the ontology, no change under src/."""
    root = tmp_path / "study"
    assert run_cli("init", str(root)).exit_code == 0
    example = (root / "ontology" / "extensions" / "README.md").read_text(encoding="utf-8")
    turtle = example.split("```turtle\n", 1)[1].split("```", 1)[0]
    write_sheet_files(root / "data", SHEET)
    assert run_cli("build", root=root).exit_code == 2  # not a value yet
    (root / "ontology" / "extensions" / "exempted.ttl").write_text(turtle, encoding="utf-8")
    built = run_cli("build", root=root)
    assert built.exit_code == 0, built.output
    assert "0 violation(s), 0 warning(s)" in built.output
    listed = run_cli("concepts", root=root)
    assert "| `members-exempted` | `pg:MembersExempted` |" in listed.stdout


def test_the_vocabulary_reads_back_from_plain_data_as_it_was() -> None:
    """A build keeps the vocabulary as JSON (build/cache/vocabulary.*.json) instead of
    parsing the Turtle at each rebuild: read back, it is the same vocabulary."""
    import json

    from partygraph.rdf.concepts import vocabulary_from_plain, vocabulary_to_plain

    vocabulary = repo_vocabulary()
    again = vocabulary_from_plain(json.loads(json.dumps(vocabulary_to_plain(vocabulary))))
    assert again == vocabulary and again.digest() == vocabulary.digest()
    assert again.collections and again.collections == vocabulary.collections


def test_the_kept_vocabulary_outlives_a_build_that_reads_no_sheet_and_follows_the_concepts(
        tmp_path: Path) -> None:
    """The kept vocabulary is the one of the concept files as they are: kept through a build
    that takes every sheet from the cache (and so reads no vocabulary), made anew when an
    extension adds a concept, which sheets may then use."""
    root = tmp_path / "study"
    assert run_cli("init", str(root)).exit_code == 0
    write_sheet_files(root / "data", BASE_SHEET)
    cache = root / "build" / "cache"

    def kept() -> list[str]:
        return sorted(p.name for p in cache.glob("vocabulary.*.json"))

    assert run_cli("build", root=root).exit_code == 0
    first = kept()
    assert len(first) == 1
    assert run_cli("build", root=root).exit_code == 0  # every sheet from the cache
    assert kept() == first
    (root / "ontology" / "extensions" / "exempted.ttl").write_text(
        _STARTER["ontology/extensions/README.md"].split("```turtle\n", 1)[1].split("```", 1)[0],
        encoding="utf-8")
    sheet = next((root / "data" / "sheets").glob("*.yaml"))
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(
        "    measure: members\n", "    measure: members-exempted\n"), encoding="utf-8")
    built = run_cli("build", root=root)
    assert built.exit_code == 0, built.output
    assert len(kept()) == 1 and kept() != first


def test_badges_inspections_and_discipline_are_measures_the_drafter_does_not_count() -> None:
    """Party badges awarded and members or organisations inspected, supervised or
    disciplined are measures a sheet records (the kind of badge, inspection or measure in
    scope); the drafter's "ORG có N …" rule, which reads what an organisation has, does not
    read them (no rule reads them yet: such figures are written by hand)."""
    from partygraph.draft.terms import terms_of

    vocabulary = repo_vocabulary()
    new = {"party-badges", "members-disciplined", "organisations-disciplined",
           "members-inspected", "organisations-inspected", "members-supervised",
           "organisations-supervised"}
    notations = {c.notation for c in vocabulary.schemes["observation.measure"].concepts.values()}
    assert new <= notations
    assert not new & {measure for _, measure in terms_of(vocabulary).counted}


def test_an_organ_kind_a_project_adds_is_an_organ_kind_for_validation(tmp_path: Path) -> None:
    """The organ shape asks for one kind of pg:OrganKind, whichever the vocabulary holds: an
    organ of a kind an extension adds (a customs office, say) validates like the installed
    kinds (a sheet cannot give an organ two kinds: its `kind` is one notation)."""
    root = tmp_path / "study"
    assert run_cli("init", str(root)).exit_code == 0
    (root / "ontology" / "extensions" / "customs.ttl").write_text("""\
@prefix pg:   <https://w3id.org/partygraph/ontology#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

pg:CustomsOffice a owl:Class , skos:Concept ;
    skos:inScheme pg:OrganKind ; skos:notation "customs-office" ;
    rdfs:subClassOf pg:StateOrgan ;
    skos:altLabel "Chi cục Hải quan"@vi ;
    skos:prefLabel "chi cục hải quan"@vi , "customs office"@en ;
    skos:definition "Cơ quan hải quan ở một cửa khẩu."@vi ,
        "A customs office at a border gate."@en .
""", encoding="utf-8")
    organ = """\
  - id: customs
    type: organ
    kind: customs-office
    name: {vi: Chi cục Hải quan Thử Nghiệm, en: Thu Nghiem customs office}
    quote: Đảng bộ xã Thử Nghiệm
facts:
"""
    write_sheet_files(root / "data", BASE_SHEET.replace("facts:\n", organ, 1))
    built = run_cli("build", root=root)
    assert built.exit_code == 0, built.output
    assert "0 violation(s), 0 warning(s)" in built.output
