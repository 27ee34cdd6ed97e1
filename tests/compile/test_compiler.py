"""The compiler on small sheets: the exact triples of one, and every item type's references."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from rdflib import BNode, Graph, Literal, URIRef

from partygraph.compile.compiler import _HANDLERS, compile_sheet, date_literal, ontology_nquads
from partygraph.errors import FactSheetError
from partygraph.rdf import vocab
from partygraph.rdf.vocab import ID, PG, entity_iri
from partygraph.sheets.crosscheck import CanonicalNames, SheetOutline
from partygraph.sheets.load import FactSheet, load_sheet
from partygraph.sheets.schema import ITEM_MODELS, REFERENCES
from partygraph.util.dates import PartialDate
from tests.conftest import repo_vocabulary
from tests.small_sheet import SHEET, write_sheet_files

PREFIXES = {
    "id:": str(ID),
    "pg:": str(PG),
    "rdf:": str(vocab.RDF),
    "rdfs:": str(vocab.RDFS),
    "xsd:": str(vocab.XSD),
    "dct:": "http://purl.org/dc/terms/",
    "prov:": "http://www.w3.org/ns/prov#",
    "sdo:": "https://schema.org/",
}
GRAPH = "id:graph/test-sheet"
ORG = "id:organisation/thu-nghiem-party"
SRC = "id:source/test-sheet"
FACT = "id:source/test-sheet/members"
ATTESTATION = "id:source/test-sheet/thu-nghiem-party"
FALSE = '"false"^^xsd:boolean'
EXPECTED = [
    (GRAPH, "rdf:type", "pg:FactSheetGraph"),
    (GRAPH, "prov:wasDerivedFrom", SRC),
    (GRAPH, "pg:factSheet", '"data/sheets/test-sheet.yaml"'),
    (SRC, "rdf:type", "sdo:NewsArticle"),
    (SRC, "rdf:type", "prov:Entity"),
    (SRC, "dct:identifier", '"test-sheet"'),
    (SRC, "pg:outlet", '"Test outlet"'),
    (SRC, "dct:issued", '"2020-06"^^xsd:gYearMonth'),
    (SRC, "dct:language", '"vi"'),
    (SRC, "pg:textPath", '"data/articles/test-sheet.txt"'),
    (ATTESTATION, "rdf:type", "pg:Attestation"),
    (ATTESTATION, "pg:attests", ORG),
    (ATTESTATION, "prov:wasDerivedFrom", SRC),
    (ATTESTATION, "dct:identifier", '"thu-nghiem-party"'),
    (ATTESTATION, "pg:implied", FALSE),
    (ATTESTATION, "pg:quote", '"Đảng bộ xã Thử Nghiệm"@vi'),
    (ORG, "dct:identifier", '"thu-nghiem-party"'),
    (ORG, "rdf:type", "pg:PartyOrganisation"),
    (ORG, "rdf:type", "pg:PartyCommittee"),
    (ORG, "pg:level", "pg:LevelBase"),
    (ORG, "rdfs:label", '"Đảng bộ xã Thử Nghiệm"@vi'),
    (ORG, "rdfs:label", '"Thu Nghiem party"@en'),
    (ORG, "pg:searchKey", '"dang bo xa thu nghiem"'),
    (ORG, "pg:searchKey", '"thu nghiem party"'),
    (FACT, "rdf:type", "pg:Observation"),
    (FACT, "prov:wasDerivedFrom", SRC),
    (FACT, "dct:identifier", '"members"'),
    (FACT, "pg:implied", FALSE),
    (FACT, "pg:quote", '"có 120 đảng viên"@vi'),
    (FACT, "pg:observedUnit", ORG),
    (FACT, "pg:measure", "pg:PartyMembers"),
    (FACT, "pg:value", '"120"^^xsd:integer'),
    (FACT, "pg:asOf", '"2020-06"^^xsd:gYearMonth'),
]


def expand(term: str) -> str:
    """``pg:Observation`` as ``<https://...#Observation>``; a literal's datatype likewise."""
    if term.startswith('"'):
        text, _, datatype = term.partition("^^")
        return text + (f"^^{expand(datatype)}" if datatype else "")
    for prefix, namespace in PREFIXES.items():
        if term.startswith(prefix):
            return f"<{namespace}{term[len(prefix):]}>"
    raise AssertionError(f"unknown prefix in {term}")


def nquad(s: str, p: str, o: str) -> str:
    return f"{expand(s)} {expand(p)} {expand(o)} {expand(GRAPH)} ."


def write_sheet(root: Path, text: str, name: str = "test-sheet") -> FactSheet:
    file = write_sheet_files(root / "data", text, name=name)
    return load_sheet(file, articles_dir=root / "data" / "articles", vocabulary=repo_vocabulary())


def test_a_small_sheet_compiles_to_exact_triples(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path, SHEET)
    graph = compile_sheet(sheet, {"thu-nghiem-party": "organisation"}, tmp_path, repo_vocabulary())
    assert graph.nquads() == sorted(nquad(*triple) for triple in EXPECTED)
    assert graph.file == "data/sheets/test-sheet.yaml"
    assert graph.graph == str(ID["graph/test-sheet"])
    assert graph.ref_types == {"thu-nghiem-party": "organisation"}
    assert graph.mentioned == frozenset({"thu-nghiem-party"})
    assert graph.size == len(EXPECTED)
    assert graph.owned == {"http://www.w3.org/ns/prov#Entity": 1,
                           "https://schema.org/NewsArticle": 1,
                           str(PG.Attestation): 1, str(PG.Observation): 1}
    assert graph.typed == {str(PG.FactSheetGraph): [str(ID["graph/test-sheet"])],
                           str(PG.PartyCommittee): [str(ID["organisation/thu-nghiem-party"])],
                           str(PG.PartyOrganisation): [str(ID["organisation/thu-nghiem-party"])]}


def test_each_triple_knows_its_line(tmp_path: Path) -> None:
    table = compile_sheet(write_sheet(tmp_path, SHEET), {"thu-nghiem-party": "organisation"},
                          tmp_path, repo_vocabulary()).origin_table()
    fact = table[str(ID["source/test-sheet/members"])]
    assert fact[str(PG.observedUnit)] == [(16, "members")]
    assert fact[str(PG.value)] == [(18, "members")]
    assert fact[str(PG.quote)] == [(20, "members")]
    org = table[str(ID["organisation/thu-nghiem-party"])]
    assert org[str(vocab.RDF.type)] == [(7, "thu-nghiem-party"), (9, "thu-nghiem-party")]
    assert table[str(ID["source/test-sheet"])][str(PG.outlet)] == [(1, "test-sheet")]


def test_a_wording_other_sheets_outvote_is_an_alternative_label(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path, SHEET)
    others = [SheetOutline(Path(f"o{n}.yaml"), f"o{n}", 1, (), (),
                           {"thu-nghiem-party": {"vi": "Đảng bộ Thử Nghiệm"}}) for n in (1, 2)]
    names = CanonicalNames([*others, SheetOutline(Path("x.yaml"), "x", 1, (), (),
                                                  {"thu-nghiem-party": {"vi": "other"}})])
    graph = compile_sheet(sheet, {"thu-nghiem-party": "organisation"}, tmp_path,
                          repo_vocabulary(), names)
    org = expand(ORG)
    assert nquad(ORG, "rdfs:label", '"Thu Nghiem party"@en') in graph.nquads()  # no rival
    assert nquad(ORG, "rdfs:label", '"Đảng bộ xã Thử Nghiệm"@vi') not in graph.nquads()
    assert (f"{org} <http://www.w3.org/2004/02/skos/core#altLabel> "
            f'"Đảng bộ xã Thử Nghiệm"@vi {expand(GRAPH)} .') in graph.nquads()
    assert nquad(ORG, "pg:searchKey", '"dang bo xa thu nghiem"') in graph.nquads()
    assert graph.names_key == names.key(["thu-nghiem-party"])


def test_an_iri_rdf_refuses_is_reported_at_its_line_before_compiling(tmp_path: Path) -> None:
    # The compiler once met such a url and could say only the file; the schema refuses it.
    with pytest.raises(FactSheetError, match=r"test-sheet.yaml:\d+: .*not a valid IRI"):
        write_sheet(tmp_path, SHEET.replace("  outlet: Test outlet\n",
                                            "  outlet: Test outlet\n"
                                            "  url: https://example.org/%\n"))


def test_date_literal_has_the_date_s_precision() -> None:
    assert date_literal(PartialDate(2020, 6, 3)) == Literal("2020-06-03", datatype=vocab.XSD.date)
    assert date_literal(PartialDate(2020, 6)) == Literal("2020-06", datatype=vocab.XSD.gYearMonth)
    assert date_literal(PartialDate(2020)) == Literal("2020", datatype=vocab.XSD.gYear)


def test_ontology_blank_nodes_get_the_same_labels_every_time() -> None:
    def ontology() -> Graph:
        graph = Graph()
        node = BNode()  # a fresh random label each call
        graph.add((URIRef("http://example.org/C"), vocab.RDFS.subClassOf, node))
        graph.add((node, vocab.RDF.type, URIRef("http://example.org/Restriction")))
        return graph

    first, second = ontology_nquads(ontology()), ontology_nquads(ontology())
    assert first == second
    assert len(first) == 2
    assert all(line.endswith(f" <{vocab.ONTOLOGY_GRAPH}> .") for line in first)
    assert all(" _:" in line or line.startswith("_:") for line in first)


def test_every_item_model_has_one_handler() -> None:
    assert set(_HANDLERS) == set(ITEM_MODELS.values())


# --- every item type, with every field that names an entity filled -----------------------

QUOTE = "Đảng bộ xã Thử Nghiệm"
NAME = {"vi": "Tên"}
SAMPLES: dict[str, dict[str, Any]] = {
    "organisation": {"name": NAME, "form": "committee", "level": "base"},
    "body": {"name": NAME, "kind": "executive-committee"},
    "organ": {"name": NAME, "kind": "peoples-committee"},
    "person": {"name": NAME, "gender": "female"},
    "place": {"name": NAME, "kind": "commune"},
    "post": {"name": NAME, "role": "secretary"},
    "term": {"name": NAME, "ordinal": 3, "start_year": 2020, "end_year": 2025},
    "congress": {"name": NAME, "kind": "delegates", "ordinal": 2,
                 "planned": {"from": "2020-06", "to": "2020-07", "text": "tháng 6"},
                 "held": {"from": "2020-06-03", "to": "2020-06-04"}, "delegates": 100,
                 "venue": NAME},
    "directive": {"kind": "directive", "number": "35-CT/TW", "name": NAME},
    "document": {"kind": "political-report", "name": NAME, "draft_number": 1},
    "programme": {"name": NAME},
    "observation": {"measure": "members", "value": 120, "approx": "about", "as_of": "2020-06",
                    "scope": {"vi": "xã"}},
    "tally": {"measure": "congresses-held", "population": NAME, "done": 1, "total": 2,
              "as_of": "2020-06"},
    "holding": {"as_of": "2020-06", "from": "2020", "until": "2021", "selection": "elected"},
    "subordination": {"as_of": "2020-06", "from": "2020", "until": "2021"},
    "task": {"name": NAME, "status": "planned", "as_of": "2020-06", "due_before": "2020-09",
             "completed_by": "2020-05", "count": 4},
    "session": {"name": NAME, "date": "2020-06-03", "outcome": NAME},
    "event": {"name": NAME, "date": "2020-06"},
    "attendance": {"date": "2020-06"},
    "change": {"kind": "merged", "date": "2020-06", "new_name": NAME},
}
ENTITY_TYPES = {"organisation", "body", "organ", "person", "place", "post", "term", "congress",
                "directive", "document", "programme"}


class _NoAliases(yaml.SafeDumper):
    """Writes a value used twice out twice (fact sheets refuse YAML aliases)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def reference_sheet() -> tuple[str, dict[str, str]]:
    """A sheet with one item of every type, each of its reference fields naming an entity
    of its own (``ref-<type>-<field>``), and the type of each of those entities."""
    entities: list[dict[str, Any]] = []
    facts: list[dict[str, Any]] = []
    types: dict[str, str] = {}
    for tag, fields in SAMPLES.items():
        item: dict[str, Any] = {"id": f"the-{tag}", "type": tag, "quote": QUOTE, **fields}
        for field, allowed in REFERENCES[tag].items():
            slug = f"ref-{tag}-{field.rstrip('_').replace('_', '-')}"
            types[slug] = allowed[0] if allowed else "person"
            alias = ITEM_MODELS[tag].model_fields[field].alias or field
            many = ITEM_MODELS[tag].model_fields[field].annotation
            item[alias] = [slug] if getattr(many, "__origin__", None) is list else slug
        (entities if tag in ENTITY_TYPES else facts).append(item)
    source = {"id": "refs", "outlet": "T", "published": "2020-06",
              "text": "../articles/refs.txt"}
    text = yaml.dump({"source": source, "entities": entities, "facts": facts},
                     Dumper=_NoAliases, allow_unicode=True, sort_keys=False)
    return text, types


def test_the_sample_has_every_item_type() -> None:
    """A new item type must be added to SAMPLES (and so checked below)."""
    assert set(SAMPLES) == set(ITEM_MODELS)


def test_the_compiler_names_every_referenced_entity_and_no_other(tmp_path: Path) -> None:
    """What the compiler resolves (its ``ref_types``) is exactly the table's fields."""
    text, types = reference_sheet()
    sheet = write_sheet(tmp_path, text, "refs")
    for _, _, item in sheet.items():  # every field of the table is filled
        for field in REFERENCES[item.type]:  # type: ignore[attr-defined]
            assert getattr(item, field), (item.id, field)
    graph = compile_sheet(sheet, types, tmp_path, repo_vocabulary())
    assert graph.ref_types == dict(sorted(types.items()))
    data = graph.data().decode()
    for slug, kind in types.items():
        assert f"<{entity_iri(kind, slug)}>" in data, slug
