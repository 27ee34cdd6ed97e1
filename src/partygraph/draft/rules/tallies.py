"""Tallies (``15/15 chi bộ``): how many of a population did something, and of whom."""

from __future__ import annotations

import re

from partygraph.draft.names import UNIT_WORDS
from partygraph.draft.rules.figures import FigureRules

__all__ = ["TallyRules"]

_TALLY = re.compile(r"(?<![0-9.,])([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)/"
                    r"([0-9]{1,3}(?:\.[0-9]{3})+(?![0-9])|[0-9]+)(?![0-9/])")
"""N/M, either written with thousands dots (``604/1.146``)."""

_WITHIN = re.compile(r" (?:trong|của|thuộc|trên địa bàn) (?:toàn )?(?P<unit>" + UNIT_WORDS + r")$")
"""A population of a unit named by its word alone (``tổ chức cơ sở đảng trong huyện``)."""


# Patterns the rules below read inside their loops, compiled once here.
_LEAD = re.compile(r"\s*(?:(?:Về|Trong) [^,.;]{1,30}, )?")


class TallyRules(FigureRules):
    """Read the tallies N/M of a population."""

    def tallies(self) -> None:
        """Tallies (``15/15 chi bộ``): how many of a population did something."""
        for match in _TALLY.finditer(self.text):
            done, total = int(match[1].replace(".", "")), int(match[2].replace(".", ""))
            if total == 0 or done > total:
                continue
            s_start, s_end = self.sentence(match.start())
            if s_start == self.title_start and match.group(0) in self.text[s_end:]:
                continue  # the headline says again what the text says
            sentence = self.text[s_start:s_end]
            after = self.text[match.end():s_end]
            full = self.text[self.text.rfind(".", 0, match.start()) + 1:match.start()]
            files = False  # nominees' files reviewed, told without a word of politics
            if re.search(r"lịch sử chính trị|lý lịch chính trị|tiêu chuẩn chính trị|thẩm tra "
                         r"lý lịch|xác minh chính trị", f"{full} {sentence}") or (
                    files := bool(re.match(r" (?:hồ sơ )?nhân sự(?![^\W\d_])", after) and re.search(
                        r"(?<![^\W\d_])(?:thẩm tra|xác minh|thẩm định)(?:,? [^\W\d_]+){0,3} $",
                        self.text[max(s_start, match.start() - 60):match.start()]))):
                # … đã thẩm định 47/47 hồ sơ nhân sự, … thẩm tra, xác minh 58/63 nhân sự dự
                # kiến tham gia Ban Chấp hành: the nominees' files reviewed
                measure = "political-history-reviewed"
            elif re.search(r"đại hội", after[:120]) and re.search(r"xong|hoàn thành", after):
                measure = "congresses-held"
            elif (named := self.tallied(after)) is not None and \
                    not self.aimed(match.start()):
                measure = named
            else:
                continue
            population = re.split(r",(?! phường| xã)|;| và |\.(?!\d)| đã ", after)[0].strip()
            if not population:
                continue
            nxt = [m for m in self.mentions if match.end() < m.start < s_end]
            if measure not in ("political-history-reviewed", "congresses-held"):
                of: str | None = self.org_of_sentence(match.start())
            elif measure == "congresses-held" and nxt and re.search(
                    r"(?:thuộc|trong|của)$", self.text[match.end():nxt[0].start].rstrip()):
                of = nxt[0].org  # 38/38 tổ chức cơ sở đảng (trực) thuộc Đảng bộ X
            else:  # who did it: named before the sentence (list of tallies) began
                anchor = min(match.start(), self.text.rfind(".", 0, match.start()) + 1) \
                    if measure == "political-history-reviewed" else match.start()
                if files:  # …; Ủy ban Kiểm tra Tỉnh ủy đã thẩm tra, xác minh 58/63 nhân sự
                    anchor = max(anchor, self.text.rfind(";", 0, match.start()) + 1)
                first = _TALLY.search(self.text, anchor)
                if first is not None and self.org_before(
                        first.start(), limit=first.start() - anchor) is not None:
                    anchor = first.start()  # the sentence names who did it
                elif files:
                    continue  # (đã thẩm định 2.207/2.315 nhân sự: by whom, not told)
                # else, in a congress report, the organisation whose congress it is (its
                # base organisations' congresses: ``Có 44/46 tổ chức cơ sở đảng …``)
                reported = self.reported_org(match.start()) if measure == "congresses-held" \
                    and any("held" in self.entities[c] and not self.above(at)
                            for at, c in self.congress_at if at < match.start()) else None
                if reported is not None and re.search(r"(?<![^\W\d_])trực thuộc$", population):
                    # 37/37 tổ chức cơ sở đảng trực thuộc (of no one named) đã tổ chức xong
                    # đại hội, in the report of a congress: the organisations under its own
                    of = reported
                else:
                    of = self.org_before(anchor, limit=600) or reported \
                        or self.org_before(match.start(), limit=len(self.text), org_only=True,
                                           paragraph_only=False, no_parent=True)
            within = _WITHIN.search(population)
            unit = self.resolve(within["unit"].lower(), None, match.start()) if within else None
            if unit is not None:
                of = unit.id  # 41/41 tổ chức cơ sở đảng trong huyện: the district's
            if of is None:
                continue
            if measure == "political-history-reviewed":
                of = self.reviewer(match.start()) or self.commission_of(of, s_start,
                                                                        match.start())
            if measure == "congresses-held":
                of = self.held_by(of, population, match.start())
            as_of, how = self.as_of(s_start, s_end)
            self.fact({"id": f"tally-{done}-of-{total}", "type": "tally", "of": of,
                       "measure": measure, "population": {"vi": population},
                       "done": done, "total": total, "as_of": as_of,
                       "note": f"tally (N/M {measure}): {how}"},
                      self.quote(match.start(), match.end() + len(after.split(population)[0])
                                 + len(population)))

    def reviewer(self, pos: int) -> str | None:
        """Who reviewed the nominees at ``pos``: the body that is the subject of its sentence
        (``Ban Thường vụ Huyện ủy đã xây dựng Đề án …; xem xét, kết luận … 47/47``, ``… đã
        phối hợp với Ủy ban Kiểm tra Tỉnh ủy thẩm tra …``), else of the last sentence before
        it in its paragraph that opens with a body as its subject (``Ban Thường vụ Thị ủy đã
        thành lập …. Theo Đề án nhân sự, …; đã xem xét, kết luận …``); None if none."""
        s_start, _s_end = self.sentence(pos)
        while s_start > 1 and self.text[s_start - 1] == ";":
            s_start = self.sentence(s_start - 2)[0]
        p_start = self.text.rfind("\n", 0, pos) + 1
        starts = [s_start]
        while starts[-1] > p_start + 1:
            starts.append(self.sentence(starts[-1] - 2)[0])
        for start in starts:
            lead = _LEAD.match(self.text, start)
            at = lead.end() if lead else start
            subject = [m for m in self.mentions if m.start == at and m.ref != m.org
                       and self.entities.get(m.ref, {}).get("type") == "body"
                       and re.match(r"\s*(?:đã|cũng|đồng thời)(?![^\W\d_])",
                                    self.text[m.end:m.end + 12])]
            if subject:
                return max(subject, key=lambda m: m.end).ref
        return None

    def commission_of(self, of: str, start: int, end: int) -> str:
        """Who reviewed the files: the commission its sentence names as the subject before
        the tally (``Ban Tổ chức Tỉnh ủy đã thẩm định 58/58 hồ sơ``), a body the article
        declares, not the committee whose name ends its name; else ``of``."""
        named = [m for m in re.finditer(r"(?<![^\W\d_])Ban (?P<c>[^\W\d_]+(?: [^\W\d_]+)?) "
                                        r"(?=(?:Tỉnh|Huyện|Thị|Thành|Quận|Đảng) ủy)",
                                        self.text[start:end])
                 if m["c"] in self.commissions]
        if not named:
            return of
        at = start + named[-1].end()
        org = next((m.org for m in self.mentions if m.start == at), None)
        kind = self.commissions[named[-1]["c"]]
        body = next((e["id"] for e in self.entities.values() if e["type"] == "body"
                     and e.get("kind") == kind and e.get("of") == org), None)
        return body or of

    def tallied(self, after: str) -> str | None:
        """The tally measure whose words (the vocabulary's: ``chỉ tiêu``, ``chi bộ có chi
        ủy``) follow an N/M, or None."""
        for words, measure in self.words.tallied:
            if measure not in ("political-history-reviewed", "congresses-held") and \
                    re.match(r" " + re.escape(words) + r"(?![^\W\d_])", after):
                return measure
        for words, measure in self.words.tallied:
            # the words with what the cells are between (chi bộ khu phố, thôn có chi ủy),
            # told as done (chi bộ đã có / đã kiện toàn chi ủy)
            has = re.fullmatch(r"(?P<who>[^ ]+ [^ ]+) có (?P<what>(?:chi|cấp) ủy)", words)
            if measure not in ("political-history-reviewed", "congresses-held") and \
                    has is not None and re.match(
                        r" " + re.escape(has["who"]) + r"(?: [^\W\d_]+(?:,? [^\W\d_]+){0,2})?"
                        r" (?:đã )?(?:có|kiện toàn) " + re.escape(has["what"])
                        + r"(?![^\W\d_])", after):
                return measure
        return None

    def held_by(self, of: str, population: str, pos: int) -> str:
        """Who a congresses-held tally is of: the organisation (not its committee); and for
        base organisations (``tổ chức cơ sở đảng``), the last organisation named before it
        above the base level."""
        org = next((m.org for m in self.mentions if m.ref == of), of)
        if not population.startswith("tổ chức cơ sở"):
            return org
        levels = {o.id: o.unit.level for o in self.orgs.values()}
        if levels.get(org) not in ("base", "commune"):
            return org
        higher = [m.org for m in self.mentions if m.end <= pos
                  and levels.get(m.org) in ("district", "provincial")]
        return higher[-1] if higher else org
