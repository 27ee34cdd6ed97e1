"""The seed article's facts read back by SPARQL with the right values, dates and quotes."""

from __future__ import annotations

import unicodedata

import pyoxigraph as ox
import pytest

from partygraph.project import Project
from partygraph.rdf.vocab import PREFIXES
from partygraph.store.embedded import open_store

from ..conftest import SEED_ID

PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def select(project: Project, body: str) -> list[dict[str, str]]:
    store = open_store(project.store_dir)
    result = store.query(PROLOGUE + body)  # the default graph: the merge of all graphs
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in result]


def test_observations_read_vietnamese_numbers(built_real: Project) -> None:
    rows = select(built_real, """
        SELECT ?measure ?value ?asOf ?quote WHERE {
          ?o a pg:Observation ; pg:observedUnit pgid:organisation\\/an-khe-town-party ;
             pg:measure ?m ; pg:value ?value ; pg:asOf ?asOf ; pg:quote ?quote .
          BIND (STRAFTER(STR(?m), "#") AS ?measure)
        } ORDER BY ?measure""")
    assert rows == [
        {"measure": "BaseOrganisations", "value": "48", "asOf": "2020-06",
         "quote": "Đảng bộ thị xã An Khê có 48 tổ chức cơ sở Đảng"},
        {"measure": "PartyMembers", "value": "2457", "asOf": "2020-06",
         "quote": "với tổng số 2.457 đảng viên"},
        {"measure": "SubordinateCells", "value": "129", "asOf": "2020-06",
         "quote": "129 chi bộ trực thuộc Đảng bộ cơ sở với tổng số 2.457 đảng viên"},
    ]


def test_vetting_tallies(built_real: Project) -> None:
    rows = select(built_real, """
        SELECT ?done ?total WHERE { ?t a pg:Tally ; pg:done ?done ; pg:total ?total }
        ORDER BY ?done""")
    assert [(r["done"], r["total"]) for r in rows] == [("52", "52"), ("58", "58"), ("97", "111")]


def test_congress_ordinals_terms_and_window(built_real: Project) -> None:
    rows = select(built_real, """
        SELECT ?ordinal ?start ?end ?from ?to ?directive WHERE {
          ?c a pg:Congress ; pg:ordinal ?ordinal ; pg:opensTerm ?t .
          OPTIONAL { ?t pg:startYear ?start ; pg:endYear ?end }
          OPTIONAL { ?c pg:plannedFrom ?from ; pg:plannedTo ?to }
          OPTIONAL { ?c pg:governedBy/pg:documentNumber ?directive }
        } ORDER BY ?ordinal""")
    assert rows == [
        {"ordinal": "16"},
        {"ordinal": "17", "start": "2020", "end": "2025", "from": "2020-07-21",
         "to": "2020-08-20", "directive": "35-CT/TW"},
    ]


def test_deadline_and_session_dates(built_real: Project) -> None:
    due = select(built_real, "SELECT ?d WHERE { ?t pg:dueBefore ?d }")
    assert due == [{"d": "2020-06-20"}]
    done = select(built_real, "SELECT ?d WHERE { ?t pg:completedNoLaterThan ?d } ORDER BY ?d")
    assert done == [{"d": "2019-12-31"}, {"d": "2020-02-29"}]
    session = select(built_real, """
        SELECT ?date (COUNT(?p) AS ?participants) WHERE {
          ?s a pg:WorkingSession ; pg:date ?date ; pg:participant ?p } GROUP BY ?date""")
    assert session == [{"date": "2020-06-03", "participants": "2"}]


def test_secretary_and_directive_issuer(built_real: Project) -> None:
    rows = select(built_real, """
        SELECT ?name ?post ?asOf WHERE {
          ?h a pg:PostHolding ; pg:holder/foaf:name ?name ; pg:post/rdfs:label ?post ;
             pg:asOf ?asOf . FILTER (LANG(?post) = "vi") }""")
    assert rows == [{"name": "Nguyễn Thị Thanh Lịch", "post": "Bí thư Thị ủy An Khê",
                     "asOf": "2020-06"}]
    issuer = select(built_real, """
        SELECT ?issuer WHERE { ?d pg:documentNumber "35-CT/TW" ; pg:issuedBy/rdfs:label ?issuer
        FILTER (LANG(?issuer) = "vi") }""")
    assert issuer == [{"issuer": "Bộ Chính trị"}]


def test_every_fact_has_source_and_quote(built_real: Project) -> None:
    missing = select(built_real, """
        SELECT ?f WHERE { ?f pg:implied ?i
          FILTER NOT EXISTS { ?f pg:quote ?q ; prov:wasDerivedFrom ?s } }""")
    assert missing == []
    counted = select(built_real, f"""
        SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {{
          ?f prov:wasDerivedFrom pgid:source\\/{SEED_ID} ; pg:quote ?q }}""")
    assert int(counted[0]["n"]) == 29 + 16 + 3  # entities, facts, parent links


def test_text_is_nfc_and_labels_are_tagged(built_real: Project) -> None:
    text = built_real.dataset_file.read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text
    untagged = select(built_real, """
        SELECT ?s ?l WHERE { ?s rdfs:label ?l FILTER (LANG(?l) = "") }""")
    assert untagged == []


@pytest.mark.parametrize("quote_holder", ["members-2020-06", "vetting-managed-cadres"])
def test_quotes_occur_in_stored_article(built_real: Project, quote_holder: str) -> None:
    rows = select(built_real, f"""
        SELECT ?q ?path WHERE {{ ?f dcterms:identifier "{quote_holder}" ; pg:quote ?q ;
          prov:wasDerivedFrom/pg:textPath ?path }}""")
    assert rows
    for row in rows:
        article = (built_real.root / row["path"]).read_text(encoding="utf-8")
        assert row["q"] in article
