"""Generate a SYNTHETIC national corpus of fact sheets for benchmarks (never part of data/).

Seeded and deterministic: the same size and seed give the same files. The corpus has a
central organisation, provinces, districts, base organisations and their cells, each located
in a province or district; a central directive on congresses; one article per district and
term, with dated member counts, congresses governed by the directive, a congress-preparation
task with a deadline, terms, secretaries who change between terms, mergers of base
organisations, and a known number of injected defects of the kinds the SHACL shapes catch.
Every fact quotes a sentence of its synthetic article.

    python bench/generate.py --triples 100000 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TRIPLES_PER_DISTRICT_TERM = 1390  # measured: 25,049 data triples for 9 districts x 2 terms
DEFECT_KINDS = ("tally-done-exceeds-total", "term-ends-before-start",
                "planned-window-reversed", "base-cell-of-thirty-or-more")


@dataclass
class Sheet:
    """One synthetic article and its fact sheet, built line by line."""

    source_id: str
    published: str
    sentences: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    def say(self, sentence: str) -> str:
        """Add a sentence to the article and return it (to quote)."""
        self.sentences.append(sentence)
        return sentence

    def text(self) -> str:
        """The article text, first line first."""
        head = (f"date {self.published} (SYN)- [SYNTHETIC BENCHMARK ARTICLE, NOT A REAL NEWS "
                "REPORT]")
        return head + " " + " ".join(self.sentences) + "\n"

    def yaml(self) -> str:
        """The fact sheet."""
        lines = ["# SYNTHETIC benchmark fact sheet (bench/generate.py); not real data.",
                 "source:", f"  id: {self.source_id}", "  outlet: Synthetic benchmark outlet",
                 "  outlet_code: SYN", f"  published: {self.published}",
                 f"  text: ../articles/{self.source_id}.txt", "entities:"]
        lines += self.entities or ["  []"]
        lines += ["facts:"] + (self.facts or ["  []"])
        return "\n".join(lines) + "\n"


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _item(lines: list[str], ident: str, type_: str, quote: str, fields: dict[str, object]) -> None:
    lines += [f"  - id: {ident}", f"    type: {type_}"]
    lines += [f"    {key}: {value}" for key, value in fields.items()]
    lines.append(f"    quote: {_q(quote)}")


def entity(sheet: Sheet, ident: str, type_: str, quote: str, **fields: object) -> None:
    """Add an entity to the sheet."""
    _item(sheet.entities, ident, type_, quote, fields)


def fact(sheet: Sheet, ident: str, type_: str, quote: str, **fields: object) -> None:
    """Add a fact to the sheet."""
    _item(sheet.facts, ident, type_, quote, fields)


def names(vi: str, en: str) -> str:
    """A {vi, en} name in YAML flow style."""
    return "{vi: " + _q(vi) + ", en: " + _q(en) + "}"


def generate(triples: int, out: Path, *, seed: int = 7, base_per_district: int = 12,
             cells_per_base: int = 6, redeclare: bool = True) -> dict[str, object]:
    """Write a corpus of about ``triples`` triples under ``out``; returns what was injected.

    With ``redeclare`` (as real corpora are), each article declares again the entities
    other articles declared that it speaks of; without, each entity is declared once.
    """
    rng = random.Random(seed)
    districts = max(1, round(triples / TRIPLES_PER_DISTRICT_TERM / 2))
    terms = [(2015, 2020, 16), (2020, 2025, 17)]
    provinces = max(1, min(63, districts // 10 or 1))
    if out.exists():
        shutil.rmtree(out)
    for part in ("ontology", "queries"):
        shutil.copytree(REPO / part, out / part)
    (out / "data" / "sheets").mkdir(parents=True)
    (out / "data" / "articles").mkdir(parents=True)
    defects = dict.fromkeys(DEFECT_KINDS, 0)
    redeclared = 0  # entity declarations that repeat one made by another sheet
    disagreeing = 0  # figures a later article states otherwise than the first did
    period = max(len(DEFECT_KINDS) + 1, districts // 10)

    def inject(kind: str, d: int, t: int) -> bool:
        """Each kind of defect once in every ``period`` districts, in the second term."""
        hit = t == 1 and d % period == DEFECT_KINDS.index(kind)
        defects[kind] += hit
        return hit

    sheets: list[Sheet] = []
    root = Sheet("syn-central", "2015-01")
    entity(root, "syn-country", "place", root.say("Nước giả định."), kind="country",
           name=names("Nước giả định", "Synthetic country"))
    entity(root, "syn-cpv", "organisation", root.say("Đảng Trung ương giả định."),
           form="committee", level="central", place="syn-country",
           name=names("Đảng Trung ương giả định", "Synthetic central party"))
    entity(root, "syn-directive", "directive",
           root.say("Chỉ thị số 1-CT/TW giả định về đại hội đảng bộ các cấp."),
           kind="directive", number="1-CT/TW", issued_by="syn-cpv",
           name=names("Chỉ thị 1-CT/TW giả định", "Synthetic directive 1-CT/TW"))
    for p in range(provinces):
        entity(root, f"syn-place-p{p}", "place", root.say(f"Tỉnh giả định số {p}."),
               kind="province", within="syn-country",
               name=names(f"tỉnh giả định {p}", f"synthetic province {p}"))
        entity(root, f"syn-p{p}", "organisation", root.say(f"Đảng bộ tỉnh giả định số {p}."),
               form="committee", level="provincial", parent="syn-cpv", place=f"syn-place-p{p}",
               name=names(f"Đảng bộ tỉnh giả định {p}", f"Synthetic province {p}"))
    sheets.append(root)
    for d in range(districts):
        province = d % provinces
        first_total = 0
        for t, (start, end, ordinal) in enumerate(terms):
            sheet = Sheet(f"syn-d{d}-t{ordinal}", f"{start}-0{1 + d % 9}")
            first = t == 0
            did = f"syn-d{d}"
            # As real articles do, every article declares again the organisations it speaks
            # of that other articles declared: the party at the centre, the province's and
            # (after the first term) the district's, with its committee, post and bases.
            entity(sheet, "syn-cpv", "organisation", sheet.say("Đảng Trung ương giả định."),
                   form="committee", level="central", place="syn-country",
                   name=names("Đảng Trung ương giả định", "Synthetic central party"))
            entity(sheet, f"syn-p{province}", "organisation",
                   sheet.say(f"Đảng bộ tỉnh giả định số {province}."),
                   form="committee", level="provincial", parent="syn-cpv",
                   place=f"syn-place-p{province}",
                   name=names(f"Đảng bộ tỉnh giả định {province}",
                              f"Synthetic province {province}"))
            redeclared += 2
            if first or redeclare:
                entity(sheet, f"syn-place-d{d}", "place",
                       sheet.say(f"Huyện giả định {d} của tỉnh {province}."),
                       kind="district", within=f"syn-place-p{province}",
                       name=names(f"huyện giả định {d}", f"synthetic district {d}"))
                entity(sheet, did, "organisation",
                       sheet.say(f"Đảng bộ huyện giả định {d} thuộc tỉnh {province}."),
                       form="committee", level="district", parent=f"syn-p{province}",
                       place=f"syn-place-d{d}",
                       name=names(f"Đảng bộ huyện giả định {d}", f"Synthetic district {d}"))
                entity(sheet, f"{did}-ec", "body", sheet.say(f"Huyện ủy giả định {d}."),
                       kind="executive-committee", of=did,
                       name=names(f"Huyện ủy giả định {d}", f"District committee {d}"))
                entity(sheet, f"{did}-sec", "post", sheet.say(f"Bí thư Huyện ủy giả định {d}."),
                       role="secretary", **{"in": f"{did}-ec"},
                       name=names(f"Bí thư Huyện ủy giả định {d}", f"Secretary {d}"))
            term_id = f"{did}-term-{ordinal}"
            broken_term = inject("term-ends-before-start", d, t)
            entity(sheet, term_id, "term",
                   sheet.say(f"Nhiệm kỳ {start}-{end} của huyện {d}."),
                   of=did, ordinal=ordinal, start_year=start,
                   end_year=start - 1 if broken_term else end,
                   name=names(f"nhiệm kỳ {start}-{end}", f"{start}-{end} term"))
            broken_window = inject("planned-window-reversed", d, t)
            window = (f"{{from: {start}-08-20, to: {start}-07-21}}" if broken_window
                      else f"{{from: {start}-07-21, to: {start}-08-20}}")
            said = sheet.say(f"Đại hội lần thứ {ordinal} của huyện {d} dự kiến vào tháng "
                             f"8-{start}.")
            entity(sheet, f"{did}-congress-{ordinal}", "congress", said,
                   of=did, ordinal=ordinal, kind="delegates", term=term_id, planned=window,
                   governed_by="[syn-directive]",
                   name=names(f"Đại hội huyện {d} lần {ordinal}",
                              f"District {d} congress {ordinal}"))
            fact(sheet, f"prepare-{ordinal}", "task",
                 sheet.say(f"Huyện {d} phải hoàn thành chuẩn bị đại hội trước ngày "
                           f"30-6-{start}."),
                 name=names(f"Chuẩn bị đại hội huyện {d}", f"Prepare district {d} congress"),
                 status="in-progress", as_of=f"{start}-01", due_before=f"{start}-06-30",
                 responsible=f"[{did}-ec]", concerns=f"[{did}-congress-{ordinal}]",
                 governed_by="[syn-directive]")
            person = f"syn-person-{d}-{t}"
            entity(sheet, person, "person", sheet.say(f"Ông Người Giả Định {d}-{t}."),
                   name="{vi: " + _q(f"Người Giả Định {d}-{t}") + "}")
            fact(sheet, f"sec-{t}", "holding",
                 sheet.say(f"Người Giả Định {d}-{t} là Bí thư từ năm {start}."),
                 person=person, post=f"{did}-sec", **{"from": start, "until": end - 1})
            total = 0
            if not first and redeclare:
                redeclared += 4 + base_per_district
            for b in range(base_per_district):
                bid = f"{did}-b{b}"
                if first or redeclare:
                    entity(sheet, bid, "organisation",
                           sheet.say(f"Đảng bộ cơ sở giả định {d}-{b}."),
                           form="committee", level="base", parent=did, place=f"syn-place-d{d}",
                           name=names(f"Đảng bộ cơ sở {d}-{b}", f"Base committee {d}-{b}"))
                if first:
                    for c in range(cells_per_base):
                        entity(sheet, f"{bid}-c{c}", "organisation",
                               sheet.say(f"Chi bộ giả định {d}-{b}-{c}."),
                               form="cell", level="subordinate", parent=bid,
                               name=names(f"Chi bộ {d}-{b}-{c}", f"Cell {d}-{b}-{c}"))
                members = rng.randint(30, 400)
                total += members
                fact(sheet, f"members-{b}", "observation",
                     sheet.say(f"Đảng bộ cơ sở {d}-{b} có {members} đảng viên năm {start}."),
                     of=bid, measure="members", value=members, as_of=start)
            fact(sheet, "members", "observation",
                 sheet.say(f"Huyện {d} có tổng số {total} đảng viên năm {start}."),
                 of=did, measure="members", value=total, as_of=start)
            if first:
                first_total = total
            elif redeclare and d % 5 == 2:
                # As real articles do, a later one restates an earlier figure otherwise
                # (every figure stays, dated and sourced: the two disagree).
                first_start = terms[0][0]
                fact(sheet, "members-before", "observation",
                     sheet.say(f"Năm {first_start}, huyện {d} có {first_total + 1 + d % 7} "
                               "đảng viên."),
                     of=did, measure="members", value=first_total + 1 + d % 7,
                     as_of=first_start)
                disagreeing += 1
            done_total = rng.randint(10, 120)
            broken_tally = inject("tally-done-exceeds-total", d, t)
            done = done_total + 5 if broken_tally else done_total
            # (a broken tally is the article's own slip: its text writes the figures too)
            fact(sheet, "vetting", "tally",
                 sheet.say(f"Đã xem xét {done}/{done_total} cán bộ của huyện {d}."),
                 of=f"{did}-ec", measure="political-history-reviewed",
                 population=names("cán bộ", "cadres"), done=done, total=done_total,
                 as_of=start)
            if not first and base_per_district >= 2 and rng.random() < 0.2:
                fact(sheet, "merger", "change",
                     sheet.say(f"Hai đảng bộ cơ sở {d}-0 và {d}-1 hợp nhất năm {start}."),
                     kind="merged", date=f"{start}-03-01",
                     **{"from": f"[{did}-b0, {did}-b1]"}, to=f"[{did}-b0]")
            if inject("base-cell-of-thirty-or-more", d, t):
                entity(sheet, f"{did}-bigcell-{t}", "organisation",
                       sheet.say(f"Chi bộ cơ sở lớn giả định {d}-{t}."),
                       form="cell", level="base", parent=did,
                       name=names(f"Chi bộ lớn {d}-{t}", f"Big cell {d}-{t}"))
                fact(sheet, "bigcell-members", "observation",
                     sheet.say(f"Chi bộ lớn {d}-{t} có 45 đảng viên."),
                     of=f"{did}-bigcell-{t}", measure="members", value=45, as_of=start)
            sheets.append(sheet)
    for sheet in sheets:
        (out / "data" / "articles" / f"{sheet.source_id}.txt").write_text(
            sheet.text(), encoding="utf-8")
        (out / "data" / "sheets" / f"{sheet.source_id}.yaml").write_text(
            sheet.yaml(), encoding="utf-8")
    summary = {"districts": districts, "provinces": provinces, "sheets": len(sheets),
               "base_organisations": districts * base_per_district,
               "cells": districts * base_per_district * cells_per_base,
               "defects": defects, "seed": seed, "redeclared": redeclared,
               "disagreeing": disagreeing}
    (out / "SYNTHETIC.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return summary


def main() -> None:
    """Command line: --triples N --out DIR [--seed S]."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(json.dumps(generate(args.triples, args.out, seed=args.seed), indent=1))


if __name__ == "__main__":
    main()
