"""Congress documents (by the names the vocabulary gives them), the programmes of a
document and their aims, work reported done or under way, photo captions (events), and places
named only in passing."""

from __future__ import annotations

import re
from typing import Any

from partygraph.draft.names import UNIT_WORDS, proper_name, slug, unit_named
from partygraph.draft.numbers import roman
from partygraph.draft.rules.base import DrafterBase
from partygraph.draft.rules.congresses import CONGRESS

__all__ = ["DocumentRules"]

_AIM_VERBS = ("phát triển|xây dựng|nâng cao|đẩy mạnh|tiếp tục|tập trung|thực hiện|tăng cường|"
              "đổi mới|huy động|phấn đấu|bảo đảm|đảm bảo|giữ vững")
"""Verbs that open an aim: a comma before one starts a second aim of a programme."""


# Patterns the rules below read inside their loops, compiled once here.
_ENUM = re.compile(r"(?P<colon>:)? ?(?:[Mm]ột|[Tt]hứ nhất) là,? ")
_STOP = re.compile(r"\.(?=\s)|\n")
_LEAD = re.compile(r",? (?:đó |đấy )?(?:là|gồm)[: ]\s*|(?P<colon>:)\s*|"
                   r"(?P<some>, trong đó có )")
_COUNTED = re.compile(r"(?:[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Tt]hứ (?:hai|ba|tư|"
                      r"năm|sáu)) là,? ")
_SECOND = re.compile(r", (?=(?:" + _AIM_VERBS + r") )")
_CAPTION_STOP = re.compile(r"\.(?=\s)")
_PASSING_PLACE = re.compile(r"(?<![^\W\d_])(?:của|thuộc|tại|ở|trên địa bàn|về|từ) "
                                     r"(?P<unit>" + UNIT_WORDS + r") (?=[A-ZĐ])")


_DRAFTED = re.compile(r"(?<![^\W\d_])(?:đã )?(?:hoàn thiện|hoàn chỉnh|xây dựng|chuẩn bị|soạn thảo) "
                      r"(?:các )?dự thảo (?=[A-ZĐ])")
"""``(đã) hoàn thiện dự thảo`` before a congress document's name: a draft prepared."""


class DocumentRules(DrafterBase):
    """Read documents, programmes, progress, captions and places named in passing."""

    def documents(self) -> None:
        """Congress documents by the names the vocabulary gives them (the ``skos:altLabel``s
        of ``document.kind``): ``Nghị quyết Đại hội … khóa XVI`` is that congress's
        resolution; a list ``(dự thảo lần N) Báo cáo chính trị, Báo cáo kiểm điểm …, Nghị
        quyết và Chương trình hành động trình Đại hội …`` are documents put to that congress.
        A document named without its congress is not drafted (``Nghị quyết số …`` is an
        instrument, read by ``instruments``)."""
        if not self.words.documents:
            return
        lower = "|".join(re.escape(t.words[:1].lower() + t.words[1:])
                         for t in self.words.documents if t.words[:1].isupper())
        term_re = re.compile(
            r"(?:dự thảo lần (?P<n>[0-9]+) )?(?:(?P<t>" + self.words.document_pattern()
            + r")|(?<![^\W\d_])(?P<low>" + lower + r"))(?P<by> của (?:Ban Chấp hành|Ban "
            r"Thường vụ|cấp ủy)(?= |,))?(?![^\W\d_])")
        kinds = {t.words: t for t in self.words.documents}
        kinds.update({t.words[:1].lower() + t.words[1:]: t for t in self.words.documents})
        congress_at = dict(self.congress_at)
        found = list(term_re.finditer(self.text))
        i = 0
        while i < len(found):
            run = [found[i]]
            while i + 1 < len(found) and re.fullmatch(
                    r",\s*|\s+và\s+|,\s+và\s+", self.text[run[-1].end():found[i + 1].start()]):
                i += 1
                run.append(found[i])
            i += 1
            # put to a congress (… trình Đại hội X), perhaps after words of its own (của Ban
            # Chấp hành Đảng bộ … khóa XX, cấp ủy nhiệm kỳ …); or of the congress named next
            link = re.match(r"(?P<tail>(?: \(dự thảo lần [0-9]+\))?(?: [^.;:\n“”()]{1,80}?)?) "
                            r"(?P<put>(?:để )?(?:trình|phục vụ|tại) )(?=[Đđ]ại hội)",
                            self.text[run[-1].end():]) or \
                re.match(r" ?", self.text[run[-1].end():])
            assert link is not None
            at = run[-1].end() + link.end()
            congress = congress_at.get(at)
            bare = re.match(r"[Đđ]ại hội(?![^\W\d_])(?! (?:đại biểu|toàn thể|Đảng bộ|Chi bộ|lần|"
                            r"khóa|[IVXLC]+(?![^\W\d_])))", self.text[at:]) is not None
            if congress is None and link.groupdict().get("put"):
                # … trình Đại hội XVIII: the congress of that ordinal; … trình đại hội (nêu
                # rõ): the congress the article reports held, else the one prepared
                congress = self.congress_by_ordinal(at) or (
                    (self.reported_congress(at) if bare else None)
                    or self.only_planned_congress())
            if congress is None and not link.groupdict().get("put") and bare:
                # Nghị quyết Đại hội (đề ra / xác định …), thông qua Nghị quyết Đại hội: the
                # congress the article reports held
                congress = self.reported_congress(at)
            if congress is None or (link.groupdict().get("put") is None and (
                    len(run) > 1 or any(term["low"] for term in run))):
                continue  # (a document named in lower case only when put to a congress)
            named = CONGRESS.match(self.text, at)
            end = named.end() if named else at + len("Đại hội")
            put = link.groupdict().get("put")
            field_name = "for_congress" if put else "of_congress"
            for term in run:
                kind = kinds[term["t"] or term["low"]]
                words = (term["t"] or kind.words) + (term["by"] or "")
                item: dict[str, Any] = {
                    "id": f"{congress}-{kind.kind}", "type": "document", "kind": kind.kind,
                    field_name: congress,
                    "name": {"vi": words, "en": kind.label_en[:1].upper() + kind.label_en[1:]}}
                if term["n"]:
                    item["draft_number"] = int(term["n"])
                item["note"] = (f"document ({kind.kind}: '{kind.words}', a term of the "
                                "vocabulary) " + ("put to" if put else "of")
                                + " the congress named after it")
                quote = self.quote(term.start(), end) if len(run) == 1 else \
                    self.quote(term.start(), term.end())
                if field_name == "of_congress":
                    # named in passing (thực hiện Nghị quyết Đại hội …): the congress's
                    # document all the same (docs/fact-sheets.md, Conventions)
                    item["note"] = (f"document ({kind.kind}: '{kind.words}', a term of the "
                                    "vocabulary) of the congress named after it, named in "
                                    "passing")
                ident = self.entity(item, quote)
                if ident is not None:
                    self.document_at.append((term.start(), ident))

    def bare_resolutions(self) -> None:
        """``thực hiện nghị quyết đại hội``, ``Nghị quyết đại hội đặt mục tiêu …`` (no
        congress named after it, in either case): the resolution of the congress the article
        reports, held and named before it (none: not drafted)."""
        bare = re.compile(r"(?<![^\W\d_])[Nn]ghị quyết [Đđ]ại hội(?![^\W\d_])(?! (?:đại biểu|"
                          r"toàn thể|toàn quốc|[Đđ]ảng bộ|[Cc]hi bộ|đảng|lần|khóa|cấp|các|"
                          r"[IVXLC]+(?![^\W\d_])|[A-ZĐ]))")
        for match in bare.finditer(self.text):
            congress = self.reported_congress(match.start())
            if congress is None or f"{congress}-resolution" in self.entities:
                continue
            ident = self.entity({
                "id": f"{congress}-resolution", "type": "document", "kind": "resolution",
                "of_congress": congress, "name": {"vi": "Nghị quyết Đại hội",
                                                  "en": "Congress resolution"},
                "note": "document (resolution): nghị quyết đại hội with no congress named "
                        "after it, of the congress the article reports, held and named "
                        "before it"}, self.quote(match.start(), match.end()))
            if ident is not None:
                self.document_at.append((match.start(), ident))

    def action_programmes(self) -> None:
        """``(xây dựng | ban hành) chương trình hành động thực hiện nghị quyết đại hội`` in lower
        case, with no congress named after it, in an article that reports a congress (held,
        or planned and no other): the action programme the new committee is to draw up, a
        document neither put to nor adopted by the congress (no congress named; of a cell's
        congress, the sheet's reading is ``for_congress``: that congress)."""
        pattern = re.compile(r"(?<![^\W\d_])(?:xây dựng|ban hành|cụ thể hóa|triển khai) "
                             r"(?P<doc>chương trình hành động) thực hiện nghị quyết đại hội"
                             r"(?![^\W\d_])(?! (?:đại biểu|toàn thể|toàn quốc|[Đđ]ảng bộ|"
                             r"[Cc]hi bộ|lần|khóa|[IVXLC]+(?![^\W\d_])|[A-ZĐ]))")
        for match in pattern.finditer(self.text):
            congress = self.reported_congress(match.start()) or self.only_planned_congress()
            if congress is None:
                continue
            of = self.entities.get(str(self.entities[congress].get("of")), {})
            item: dict[str, Any] = {
                "id": f"{congress}-action-programme", "type": "document",
                "kind": "action-programme",
                "name": {"vi": "chương trình hành động thực hiện nghị quyết đại hội",
                         "en": "Action programme carrying out the congress resolution"},
                "note": "document (action-programme): chương trình hành động thực hiện nghị "
                        "quyết đại hội, to be drawn up after the congress the article reports"}
            if of.get("form") == "cell":
                item["for_congress"] = congress
            ident = self.entity(item, self.quote(match.start("doc"), match.end()))
            if ident is not None:
                self.document_at.append((match.start("doc"), ident))

    def adopted_action_programmes(self) -> None:
        """``(Hội nghị) thông qua Chương trình hành động thực hiện Nghị quyết Đại hội (đại biểu)
        Đảng bộ X lần thứ N``: the action programme a committee adopted, named in full (the
        congress it carries out is in its name: no link of its own)."""
        pattern = re.compile(r"(?<![^\W\d_])thông qua (?P<doc>Chương trình hành động thực hiện "
                             r"Nghị quyết Đại hội (?:đại biểu )?Đảng bộ [^,.;:\n]{2,60}? lần "
                             r"thứ [IVXLC]+)(?![^\W\d_])")
        for match in pattern.finditer(self.text):
            vi = " ".join(match["doc"].split())
            ident = self.entity({
                "id": f"action-programme-{slug(vi)[-40:].strip('-')}", "type": "document",
                "kind": "action-programme", "name": {"vi": vi, "en": f"Action programme ({vi})"},
                "note": "document (action-programme): thông qua Chương trình hành động thực "
                        "hiện Nghị quyết Đại hội …, adopted, named in full"},
                self.quote(match.start("doc"), match.end("doc")))
            if ident is not None:
                self.document_at.append((match.start("doc"), ident))

    def personnel_schemes(self) -> None:
        """``đề án nhân sự`` / ``phương án nhân sự`` (no congress named right after it) in an
        article that plans one congress and reports none held: that congress's personnel
        scheme (``for_congress``), unless its clause is about several organisations' (``các
        đảng bộ hoàn thiện đề án nhân sự``)."""
        pattern = re.compile(r"(?<![^\W\d_])(?:[Đđ]ề án|[Pp]hương án) nhân sự(?![^\W\d_])")
        for match in pattern.finditer(self.text):
            congress = self.only_planned_congress()
            khoa = re.match(r" (?:Ban Chấp hành|cấp ủy)[^.;:\n]{0,60}? khóa (?P<ord>[IVXLC]+)"
                            r"(?![^\W\d_])", self.text[match.end():])
            if congress is None and khoa is not None:
                # Đề án nhân sự Ban Chấp hành Đảng bộ huyện khóa XX: of the congress of that
                # ordinal the article plans
                number = roman(khoa["ord"])
                of = {c for _at, c in self.congress_at if "planned" in self.entities[c]
                      and "held" not in self.entities[c]
                      and self.entities[c].get("ordinal") == number}
                congress = of.pop() if len(of) == 1 else None
            if congress is None or self.reported_congress(len(self.text)) is not None or \
                    any(e["type"] == "document" and e["kind"] == "personnel-scheme"
                        and e.get("for_congress") == congress for e in self.entities.values()):
                continue
            clause = self.text[max(self.text.rfind(".", 0, match.start()),
                                   self.text.rfind(";", 0, match.start()),
                                   self.text.rfind("\n", 0, match.start())) + 1:match.start()]
            if re.search(r"(?<![^\W\d_])(?:các|hai|ba|bốn|[0-9]+) (?:đảng bộ|đảng ủy|chi "
                         r"bộ|cấp ủy|tổ chức)", clause):  # (… hướng dẫn hai đảng bộ xây dựng …)
                continue
            ident = self.entity({
                "id": f"{congress}-personnel-scheme", "type": "document",
                "kind": "personnel-scheme", "for_congress": congress,
                "name": {"vi": match.group(0)[:1].lower() + match.group(0)[1:],
                         "en": "Personnel scheme"},
                "note": "document (personnel-scheme): đề án / phương án nhân sự with no congress "
                        "named after it, of the one congress the article plans"},
                self.quote(match.start(), match.end()))
            if ident is not None:
                self.document_at.append((match.start(), ident))

    def reported_reports(self) -> None:
        """The political report told of at the congress the article reports, opening a
        sentence: ``Báo cáo chính trị (trình đại hội) (do X trình bày) nêu rõ / cho biết /
        cho thấy / khẳng định …``, ``Theo báo cáo chính trị (do X trình bày), …``,
        ``Trình bày Báo cáo chính trị …``, ``Báo cáo chính trị của Ban Chấp hành … do X trình
        bày.``; ``… trình bày báo cáo kiểm điểm …`` (the review report): a document put to that
        congress (held and named before it)."""
        told = re.compile(r"(?:(?<=\n)|(?<=\. ))(?:(?:Theo )?[Bb]áo cáo chính trị(?: của "
                          r"(?:Ban Chấp hành|Ban Thường vụ|cấp ủy)[^.;:\n]{0,60}?)?(?: trình "
                          r"(?:đại hội|Đại hội))?(?: do [^.;:\n]{3,160}? trình bày)?(?:,| nêu "
                          r"rõ| cho biết| cho thấy| khẳng định| nhấn mạnh|(?<=trình bày)(?=\.))"
                          r"|Trình bày (?:tóm tắt )?(?P<draft>dự thảo )?Báo cáo chính trị"
                          r"(?![^\W\d_]))")
        reviewed = re.compile(r"(?<![^\W\d_])trình bày [Bb]áo cáo kiểm điểm(?![^\W\d_])")
        kinds = (("political-report", told, "Báo cáo chính trị", "Political report"),
                 ("review-report", reviewed, "Báo cáo kiểm điểm", "Review report"))
        for kind, pattern, vi, en in kinds:
            for match in pattern.finditer(self.text):
                congress = self.reported_congress(match.start())
                if congress is None and match.groupdict().get("draft"):
                    # Trình bày (tóm tắt) dự thảo Báo cáo chính trị, before any congress is
                    # held: the draft of the one congress the article says is planned
                    congress = self.only_planned_congress()
                if congress is None or f"{congress}-{kind}" in self.entities:
                    continue
                words = re.search(r"[Bb]áo cáo (?:chính trị|kiểm điểm)", match.group(0))
                assert words is not None
                start = match.start() + words.start()
                ident = self.entity({
                    "id": f"{congress}-{kind}", "type": "document", "kind": kind,
                    "for_congress": congress, "name": {"vi": vi, "en": en},
                    "note": f"document ({kind}): the report told of at the congress the "
                            "article reports, held and named before it"},
                    self.quote(match.start(), match.end()))
                if ident is not None:
                    self.document_at.append((start, ident))

    def congress_by_ordinal(self, at: int) -> str | None:
        """The one congress of the Roman ordinal named at ``at`` (``Đại hội XVIII``), if the
        article drafted one."""
        named = re.match(r"[Đđ]ại hội ([IVXLC]+)(?![^\W\d_])", self.text[at:])
        if named is None:
            return None
        found = {c for _at, c in self.congress_at
                 if self.entities[c].get("ordinal") == roman(named[1])}
        return found.pop() if len(found) == 1 else None

    def reported_congress(self, pos: int) -> str | None:
        """The congress held and named last before ``pos`` (not one above), if any."""
        held = [c for at, c in self.congress_at if at < pos and "held" in self.entities[c]
                and not self.above(at)]
        return held[-1] if held else None

    def planned_of(self, pos: int) -> str | None:
        """The one congress planned (not held) of the organisation whose committee (or
        itself) the sentence of ``pos`` names before it (``Ban Chấp hành Đảng bộ huyện đã
        hoàn thiện …``), else the one congress the article plans; None if not one."""
        s_start, _s_end = self.sentence(pos)
        orgs = [m.org for m in self.mentions if s_start <= m.start and m.end <= pos
                and m.org != "cpv-central"]
        planned = {c for _at, c in self.congress_at if "planned" in self.entities[c]
                   and "held" not in self.entities[c]}
        if orgs:
            own = {c for c in planned if self.entities[c]["of"] == orgs[-1]}
            return own.pop() if len(own) == 1 else None
        return self.only_planned_congress()

    def drafted_documents(self) -> None:
        """``(ORG) đã hoàn thiện / hoàn chỉnh / xây dựng dự thảo Báo cáo chính trị (dự thảo
        lần 3) và Báo cáo kiểm điểm …`` with no congress named after them: the documents put
        to the congress the organisation (its committee) named before them in the sentence
        plans, not yet held (else the one the article plans), each ``for_congress`` it, with
        its draft's number."""
        if not self.words.documents:
            return
        term_re = re.compile(r"(?P<t>" + self.words.document_pattern() + r")(?: \(dự thảo lần "
                             r"(?P<n>[0-9]+)\))?(?P<by> của (?:Ban Chấp hành|Ban Thường vụ|cấp "
                             r"ủy)(?= |,|\.))?(?![^\W\d_])")
        kinds = {t.words: t for t in self.words.documents}
        for lead in _DRAFTED.finditer(self.text):
            run = [term_re.match(self.text, lead.end())]
            while run[-1] is not None:
                more = re.match(r"(?: khóa [IVXLC]+)?(?:,\s*|\s+và\s+|,\s+và\s+)(?:dự thảo )?",
                                self.text[run[-1].end():])
                run.append(term_re.match(self.text, run[-1].end() + more.end())
                           if more is not None else None)
            terms = [t for t in run if t is not None]
            if not terms or re.match(r"[^.;:\n]{0,80}?(?:trình|phục vụ|tại) [Đđ]ại hội",
                                     self.text[terms[-1].end():]):
                continue  # (… trình Đại hội …: read by the rule of documents put to it)
            congress = self.planned_of(lead.start())
            if congress is None:
                continue
            for term in terms:
                kind = kinds[term["t"]]
                if any(e["type"] == "document" and e["kind"] == kind.kind and (
                        e.get("for_congress") == congress or e.get("of_congress") == congress)
                       for e in self.entities.values()):
                    continue
                item: dict[str, Any] = {
                    "id": f"{congress}-{kind.kind}", "type": "document", "kind": kind.kind,
                    "for_congress": congress,
                    "name": {"vi": term["t"] + (term["by"] or ""),
                             "en": kind.label_en[:1].upper() + kind.label_en[1:]}}
                if term["n"]:
                    item["draft_number"] = int(term["n"])
                item["note"] = (f"document ({kind.kind}): a draft prepared (dự thảo …), put to "
                                "the congress its organisation plans")
                ident = self.entity(item, self.quote(term.start(), term.end()))
                if ident is not None:
                    self.document_at.append((term.start(), ident))

    def only_planned_congress(self) -> str | None:
        """The one congress the article says is planned (not held), if there is one."""
        planned = {c for _at, c in self.congress_at if "planned" in self.entities[c]
                   and "held" not in self.entities[c]}
        return planned.pop() if len(planned) == 1 else None

    def programmes(self) -> None:
        """``N chương trình (trọng tâm) của DOCUMENT (đó) là A; B; C`` (``Đại hội xác định N
        nhiệm vụ trọng tâm của nhiệm kỳ 2020-2025: A; B; C``, ``… 3 khâu đột phá của nhiệm kỳ
        mới: A; B; C``): N programmes, part of
        that document, each named by its clause up to a comma that opens a second aim
        (``xây dựng X, phát triển Y`` is named ``xây dựng X``); drafted only when the text
        lists exactly N."""
        documents = dict(self.document_at)
        pattern = re.compile(r"(?<![0-9])([0-9]+) (?:chương trình (?:trọng tâm |đột phá |trọng "
                             r"điểm )?của (?=[A-ZĐ])|(?P<bare>(?:(?:khâu|nhiệm vụ) đột phá"
                             r"(?: chiến lược)?|đột phá chiến lược|nhiệm vụ trọng tâm)"
                             r"(?: của nhiệm kỳ (?:[0-9]{4}-[0-9]{4}|mới|tới))?)"
                             r"(?=,? (?:đó |đấy )?(?:là|gồm)[: ]|:|"
                             r", trong đó có |\.? (?:[Mm]ột|[Tt]hứ nhất) là,? ))")
        for match in pattern.finditer(self.text):
            document = documents.get(match.end())
            if document is None and match.end() in self.named_documents:
                document = self.entity(*self.named_documents[match.end()])
            if document is None and match["bare"]:
                # Nghị quyết Đại hội …, trong đó có 3 khâu đột phá, gồm: A; B; C: the
                # resolution named last before it in its paragraph
                p_start = self.text.rfind("\n", 0, match.start()) + 1
                before = [d for at, d in self.document_at if p_start <= at < match.start()
                          and self.entities.get(d, {}).get("kind") in ("resolution",
                                                                       "action-programme")]
                named = re.search(r"[Nn]ghị quyết [Đđ]ại hội|^Đại hội (?:thống nhất|xác "
                                  r"định|đề ra)", self.text[p_start:match.start()])
                resolutions = {d for _at, d in self.document_at
                               if self.entities.get(d, {}).get("kind") == "resolution"}
                held = self.reported_congress(match.start())
                if named and len(resolutions) > 1 and held is not None:
                    # (Đại hội thống nhất xác định 2 khâu đột phá: … in a report that names a
                    # former congress's resolution too: the resolution of the congress held)
                    resolutions = {d for d in resolutions
                                   if self.entities[d].get("of_congress") == held}
                document = before[-1] if before else (
                    resolutions.pop() if named and len(resolutions) == 1 else None)
                if document is None:
                    # Theo dự thảo Báo cáo chính trị …, xác định 2 khâu đột phá: the report
                    # named last before it in its paragraph
                    reports = [d for at, d in self.document_at if p_start <= at < match.start()
                               and self.entities.get(d, {}).get("kind") == "political-report"]
                    document = reports[-1] if reports else None
            if document is None:
                continue
            # Một là, A; hai là, B: the parts counted in words (after a colon or a full stop)
            enum = _ENUM.match(
                self.text, match.end() + (1 if self.text[match.end()] == "." else 0))
            stop = _STOP.search(
                self.text, enum.end() if enum else match.end())
            p_end = stop.start() if stop else len(self.text)
            lead = enum or _LEAD.search(self.text, match.end(), p_end)
            if lead is None:
                continue
            some = lead.groupdict().get("some")
            if lead.start() - match.end() > 120 or (
                    (lead["colon"] or some) and not match["bare"]):
                continue
            parts: list[tuple[int, int]] = []
            pos = lead.end()
            for piece in self.text[lead.end():p_end].split(";"):
                stripped = piece.strip()
                start = pos + piece.find(stripped)
                parts.append((start, start + len(stripped)))
                pos += len(piece) + 1
            if len(parts) == int(match[1]) + 1 and re.match(
                    r"(?:cùng|và|với)(?: với)? [0-9]+ ", self.text[parts[-1][0]:parts[-1][1]]):
                parts = parts[:-1]  # …: A; B; C; cùng 9 chương trình trọng tâm: another list
            if some:  # N khâu đột phá, trong đó có A; (another clause): A alone
                parts = parts[:1]
            elif len(parts) == 1 and int(match[1]) == 2 and \
                    self.text.count(" và ", *parts[0]) == 1:
                # 2 khâu đột phá là A và B
                start, end = parts[0]
                cut = self.text.find(" và ", start, end)
                parts = [(start, cut), (cut + 4, end)]
            if (len(parts) != int(match[1]) and not some) or \
                    any(e - s < 10 for s, e in parts):
                continue
            if enum is not None:  # …; hai là, B; ba là, C: each part without its count
                counted = _COUNTED
                heads = [counted.match(self.text, s) for s, _e in parts[1:]]
                if not all(heads):
                    continue
                parts = parts[:1] + [(h.end(), e) for h, (_s, e)
                                     in zip(heads, parts[1:], strict=True) if h is not None]
            for start, end in parts:
                words = self.text[start:end]
                second = _SECOND.search(words)
                name = words[:second.start()] if second and enum is None else words
                self.entity({"id": f"programme-{slug(' '.join(name.split()[:6]))}",
                             "type": "programme", "part_of": document,
                             "name": {"vi": name, "en": f"Programme: {name}"},
                             "note": "programme: one of the N programmes a document lists "
                                     "(N chương trình … của DOCUMENT là A; B; C)"},
                            self.quote(start, end))

    def progress(self) -> None:
        """Work reported done or under way, named by its noun phrase (from its verb after
        ``việc``): ``Quy trình X (hiện) đã thực hiện xong`` (completed), ``đang (tiếp tục)
        thực hiện quy trình X, làm cơ sở …`` (in progress), ``Đến D, N UNITS đã tổ
        chức xong đại hội`` (completed by the end of D, a count of N) and ``Việc X đã hoàn
        thành trong tháng 9-2025`` (completed by the month's last day)."""
        asof = self.published.isoformat()
        done = re.compile(r"(?<![^\W\d_])(?P<name>(?:[Qq]uy trình|[Cc]ông tác|[Vv]iệc) "
                          r"[^,.;:\n“”]{3,120}?) (?:hiện |nay )?(?:đã )?(?:thực hiện|tiến hành|"
                          r"triển khai|hoàn thành) xong")
        doing = re.compile(r"(?<![^\W\d_])đang (?:tiếp tục |khẩn trương )?(?:thực hiện|triển "
                           r"khai|tiến hành) (?P<name>(?:quy trình|công tác|việc) "
                           r"[^.;:\n“”]{3,200}?)"
                           r"(?=,? (?:làm cơ sở|để|nhằm|góp phần|tạo)|[.;:\n“”]|$)")
        for regex, status in ((done, "completed"), (doing, "in-progress")):
            for match in regex.finditer(self.text):
                name = " ".join(match["name"].split())
                # việc rà soát, lập danh sách …: the work, from its verb (Conventions), not
                # the noun that makes a phrase of it
                verb = re.match(r"[Vv]iệc (?=[^\W\d_])", name)
                name = name[verb.end():] if verb else name[:1].upper() + name[1:]
                self.fact({"id": f"task-{slug(' '.join(name.split()[:6]))}", "type": "task",
                           "name": {"vi": name}, "status": status,
                           "as_of": asof,
                           "note": f"task ({status}): work the text reports "
                                   + ("done (… đã thực hiện xong)" if status == "completed"
                                      else "under way (đang thực hiện …)")},
                          self.quote(match.start("name") if status == "in-progress"
                                     else match.start(), match.end()))
        by = re.compile(r"(?P<lead>(?:^|(?<=\n)|(?<=\. ))Đến )(?P<rest>[^,.;\n]{3,40}), "
                        r"(?P<name>(?P<n>[0-9]+) [^,.;:\n]{3,80}?) đã "
                        r"(?P<verb>tổ chức xong|hoàn thành) (?P<what>đại hội)(?![^\W\d_])")
        for match in by.finditer(self.text):
            dates = [d for d in self.dates_in(match.start("rest"), match.end("rest"))]
            if len(dates) != 1:
                continue
            name = f"{match['name']} {'tổ chức' if 'tổ chức' in match['verb'] else 'hoàn thành'}" \
                   f" {match['what']}"
            self.fact({"id": f"task-by-{dates[0].last.isoformat()}", "type": "task",
                       "name": {"vi": name}, "status": "completed", "as_of": asof,
                       "completed_by": dates[0].last.isoformat(), "count": int(match["n"]),
                       "note": f"task (Đến D, N … đã tổ chức xong đại hội): completed by the "
                               f"last day of '{dates[0].text}'"},
                      self.quote(match.start("lead"), match.end()))
        in_month = re.compile(r"(?:^|(?<=\n)|(?<=\. ))(?P<name>(?:[Vv]iệc|[Cc]ông tác) "
                              r"(?:[^.;:\n“”]|(?<=[0-9])\.(?=[0-9])){3,160}?) (?:đã )?(?:được )?"
                              r"hoàn thành (?:trong|vào) (?=tháng )")
        for match in in_month.finditer(self.text):
            # Việc tiếp nhận hồ sơ … đã hoàn thành trong tháng 9-2025: done by its last day
            month = next((d for d in self.dates if d.start == match.end()
                          and d.kind == "month" and d.last <= self.published.last_day()), None)
            if month is None:
                continue
            name = " ".join(match["name"].split())
            verb = re.match(r"[Vv]iệc (?=[^\W\d_])", name)
            name = name[verb.end():] if verb else name[:1].upper() + name[1:]
            self.fact({"id": f"task-{slug(' '.join(name.split()[:6]))}", "type": "task",
                       "name": {"vi": name}, "status": "completed", "as_of": asof,
                       "completed_by": month.last.isoformat(),
                       "note": f"task (Việc … đã hoàn thành trong tháng M): completed by the "
                               f"last day of '{month.text}'"},
                      self.quote(match.start("name"), month.end))

    def captions(self) -> None:
        """A photo caption (a line that names a position, ``(thứ 4 từ phải sang)``, or ends in
        ``Ảnh: …``) telling of flowers, a gift or an award given (``tặng hoa``, ``trao
        tặng``, ``trao Huy hiệu`` …) is an event; undated unless the caption gives a day."""
        for line in re.finditer(r"[^\n]+", self.text):
            words = line.group(0)
            if not (re.search(r"\(thứ [0-9]+ từ (?:trái|phải) sang\)", words)
                    or re.search(r"Ảnh:\s*\S+\s*$", words)):
                continue
            gift = re.search(r"(?<![^\W\d_])(?:tặng hoa|trao tặng|trao quà|tặng quà|trao "
                             r"(?:Huy hiệu|Bằng khen|Giấy khen|Cờ|quyết định))", words)
            if gift is None:
                continue
            stop = _CAPTION_STOP.search(self.text, line.start() + gift.end(),
                                                  line.end())
            end = stop.start() if stop else line.end()
            # the committees named after the verb receive; those before it are titles
            actors = [m.ref for m in self.mentions if line.start() + gift.end() <= m.start < end]
            people = [p for p, at, _e, _posts in self.readings if line.start() <= at < end]
            days = [d for d in self.dates_in(line.start(), end) if d.kind == "day"]
            name = re.sub(r"\s*\(thứ [0-9]+ từ (?:trái|phải) sang\)", "",
                          self.text[line.start():end])
            item: dict[str, Any] = {"id": f"event-caption-{line.start()}", "type": "event",
                                    "name": {"vi": " ".join(name.split())}}
            if days:
                item["date"] = days[0].first.isoformat()
            participants = list(dict.fromkeys([*people, *actors]))
            if participants:
                item["participants"] = participants
            item["note"] = "event: a photo caption telling of flowers, a gift or an award"
            self.fact(item, self.quote(line.start(), end))

    def passing_places(self) -> None:
        """Places named in passing (``của thị trấn Cao Thử``, ``thuộc thành phố Long Thử
        cũ``): a unit word and a proper name after a preposition, that the other rules did not
        declare; a unit named ``… cũ`` (former) is the same place."""
        address = re.compile(r", (?P<unit>" + UNIT_WORDS + r") (?=[A-ZĐ])")
        for first in _PASSING_PLACE.finditer(self.text):
            match: re.Match[str] | None = first
            while match is not None:
                # thuộc huyện Sa Thử, tỉnh Lam Thử: an address, each unit after the one in it
                named = proper_name(self.text, match.end(), old=True)
                if named is None:
                    break
                self.passing_place(match["unit"].lower(), named[0].removesuffix(" cũ"),
                                   match.start("unit"), named[1])
                match = address.match(self.text, named[1])

    def passing_place(self, unit_words: str, name: str, start: int, end: int) -> None:
        """The place ``unit_words name`` named in passing at ``start:end``, unless declared."""
        unit = unit_named(unit_words, name, central_city=self.central_city,
                          two_tier=self.two_tier)
        ident = f"{slug(name)}-{unit.id_word}"
        if ident not in self.entities:
            self.entity({"id": ident, "type": "place", "kind": unit.place_kind,
                         "name": {"vi": f"{unit_words} {name}", "en": f"{name} {unit.id_word}"},
                         "note": "place: a unit word and a proper name after a preposition, "
                                 "named in passing"},
                        self.quote(start, end))
