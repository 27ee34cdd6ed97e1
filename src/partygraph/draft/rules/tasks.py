"""Tasks with a deadline (``… hoàn thành đại hội trước ngày D``), and subordinations
(``ORG trực thuộc ORG``)."""

from __future__ import annotations

import re
from typing import Any

from partygraph.draft.dates import DateMention
from partygraph.draft.names import slug
from partygraph.draft.numbers import NUMBER
from partygraph.draft.rules.base import TWO_TIER, DrafterBase, Mention

__all__ = ["TaskRules"]


_TASK_VERB = re.compile(r"(?<![^\W\d_])(?<!được )(?:hoàn thành|hoàn thiện|hoàn chỉnh|giải quyết|"
                        r"tổ chức|kiểm tra|triển khai|xây dựng|ban hành|kiện toàn|tổng kết|sơ kết|"
                        r"rà soát|chuẩn bị|bàn giao|lấy ý kiến)(?![^\W\d_])")
"""The verbs a task due before a day begins with (``giải quyết dứt điểm đơn thư …``); not
a passive (``đã được bàn giao``: what was done, told of its object)."""

_PASSIVE = re.compile(r"(?:^|(?<=\. )|(?<=\n)|(?<=; ))(?P<subj>[A-ZĐ][^;:\n]{3,80}?) (?P<done>đã )?"
                      r"được (?P<verb>bàn giao|hoàn thành|ban hành|kiện toàn|rà soát|hoàn thiện|"
                      r"giải quyết|triển khai)(?P<rest>[^;:\n]{0,80}?) $")
"""``X (đã) được VERB … `` opening a sentence or clause, up to a deadline: work told in the
passive."""

_TASK_LEAD = re.compile(r": |(?<![^\W\d_])(?:trong đó|đề nghị|yêu cầu)(?![^\W\d_])")
"""What comes before the work asked for: the task is after the last of them."""


_TARGET_LEAD = re.compile(r"(?<![^\W\d_])(?:mục tiêu|phấn đấu|Phấn đấu(?= (?:hằng|mỗi|hàng) "
                          r"năm)|chỉ tiêu[^,.;:\n]{0,30}?, trong đó|chỉ tiêu (?:của )?nhiệm kỳ"
                          r"[^,.;:\n]{0,20}?(?=:))(?: là| phấn đấu)?:? ")
"""What opens a congress's targets: ``(đặt) mục tiêu``, ``phấn đấu``, ``N chỉ tiêu …, trong
đó``."""

_TARGET = re.compile(r"(?:phấn đấu )?(?P<target>(?P<yearly>mỗi năm|hằng năm|hàng năm)|đến "
                     r"(?P<by>cuối |hết )?năm (?P<year>[0-9]{4})|(?P<share>(?:có )?(?:trên |ít "
                     r"nhất )?[0-9]+(?:,[0-9]+)?%))(?![^\W\d_]),? ")
"""A target's first words: a yearly figure (``mỗi năm kết nạp …``), a year to reach
(``đến năm 2025 …``) or a share (``100% đảng viên …``)."""


_YEAR_TARGET = re.compile(r"(?:^|(?<=\n)|(?<=\. ))(?:(?:Trong )?[Nn]ăm (?P<year>(?:19|20)"
                          r"[0-9]{2}), [^,.;:\n]{3,80}? phấn đấu (?!:)|[^,.;:\n]{3,80}? "
                          r"(?:thống nhất|đề ra|xác định|thông qua) (?:các |những )?chỉ tiêu "
                          r"(?:chủ yếu )?(?:của )?năm (?P<tyear>(?:19|20)[0-9]{2}): )")
"""``Năm 2026, ORG phấn đấu …`` or ``Hội nghị thống nhất các chỉ tiêu năm 2026: …`` opening a
sentence: the targets of that year."""
_NEXT_TARGET = re.compile(r"[,;] (?:và )?(?=(?:có )?(?:trên |ít nhất |từ |hơn )?[0-9]+(?:,[0-9]+)?"
                          r"(?:%| )|kết nạp )")
"""Where the next target of a year's list begins."""

_A_CONGRESS = re.compile(r"(?<!trình )(?<!thực hiện )(?<!quyết )Đại hội "
                         r"(?:đại biểu|Đảng bộ|Chi bộ|lần thứ|[IVXL]+(?![^\W\d_]))")
"""A congress named (``Đại hội đại biểu Đảng bộ X lần thứ …``, ``Đại hội XIII``), not one
a document is put to, nor the congresses of many (``Đại hội các đảng bộ …``)."""

_FUTURE = re.compile(r"(?<![^\W\d_])(?:dự kiến|sẽ|kế hoạch|lịch trình|phải|chậm nhất|phấn "
                     r"đấu|đề nghị|yêu cầu|theo chương trình(?=,))(?![^\W\d_])", re.I)
"""Words that tell of what is still to be done."""

_FULL_STOP = re.compile(r"(?<![0-9])\.(?![0-9])|\.(?=\s)|\n")
"""The end of a sentence (not of a clause: ``;`` does not end it)."""

_CLAUSE_LEAD = re.compile(r": |(?<![^\W\d_])(?:trong đó|đề nghị|yêu cầu|cho biết,?|nhấn "
                          r"mạnh,?|trước mắt,|[Tt]heo kế hoạch,)(?![^\W\d_]) ?")
"""What comes before the work a date is given (the clause starts after the last)."""


_NEW_UNITS_UNDER = re.compile(
    r"(?:[Cc]ả )?(?P<n>[0-9]+|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười) "
    r"(?P<unit>đảng bộ xã|đảng bộ "
    r"phường|Đảng bộ xã|Đảng bộ phường|(?<=^Hai )đảng bộ|(?<=\. Hai )đảng bộ|(?<=\n"
    r"Hai )đảng bộ)(?: mới)?,? (?:này )?(?:đều )?(?:là tổ chức đảng )?"
    r"trực thuộc ")
"""``Cả 2 đảng bộ xã mới đều trực thuộc Tỉnh ủy``: new commune organisations counted, under
the organisation named next; ``Hai đảng bộ trực thuộc …`` opening a sentence, the two an
article's changes formed."""

_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                "mười": 10}


# Patterns the rules below read inside their loops, compiled once here.
_LEAD = re.compile(NUMBER + r" ")
_LINK = re.compile(r", (?:và )?(?:là tổ chức đảng )?trực thuộc ")
_STOP = re.compile(r";")


class TaskRules(DrafterBase):
    """Read the tasks and subordinations the article reports."""

    def targets(self) -> None:
        """The targets a congress sets: in a paragraph that names its resolution (``Nghị quyết
        Đại hội``), after ``mục tiêu``, ``phấn đấu`` or ``N chỉ tiêu …, trong đó``, each
        clause that opens with a yearly figure, a year to reach or a share (``mỗi năm kết nạp
        ít nhất 60 đảng viên mới, đến năm 2030 có trên 90% …``), also in a sentence where the
        congress sets them (``Đại hội đề ra mục tiêu: …``), is a planned task named by its
        words; a comma or semicolon before another such clause starts the next one, other
        commas belong to the clause (``không còn thôn, làng …``)."""
        named = {f["name"]["vi"] for f in self.facts if f["type"] == "task"}
        for lead in _TARGET_LEAD.finditer(self.text):
            p_start = self.text.rfind("\n", 0, lead.start()) + 1
            s_start = max([p_start] + [m.end() for m in _FULL_STOP.finditer(
                self.text, p_start, lead.start())])
            stop = _FULL_STOP.search(self.text, lead.end())
            s_end = stop.start() if stop else len(self.text)
            if not re.search(r"[Nn]ghị quyết [Đđ]ại hội", self.text[p_start:lead.start()]) \
                    and not re.search(r"(?<![^\W\d_])[Đđ]ại hội (?:đã )?(?:đề ra|xác định|thống "
                                      r"nhất)(?: các)? $", self.text[s_start:lead.start()]) \
                    and not re.search(r"(?<![^\W\d_])[Nn]hiệm kỳ (?:[0-9]{4}-[0-9]{4}|mới|tới)"
                                      r"(?![^\W\d_])", self.text[s_start:lead.end()]) \
                    and not re.match(r"\s*Đại hội (?:đã )?(?:xác định|đề ra|thống nhất|thông "
                                     r"qua)(?![^\W\d_])", self.text[p_start:lead.start()]):
                # (a paragraph opening Đại hội xác định …: what the congress set, its
                # targets told in a sentence of their own, Phấn đấu hằng năm …)
                continue  # a target of the congress's resolution or of a term, not any aim
                # told in passing
            pos = lead.end()
            when: dict[str, str] = {}
            while pos < s_end:
                first = _TARGET.match(self.text, pos, s_end)
                if first is None:
                    break
                start = first.start("target")
                nxt = re.compile(r"[,;] (?:và )?(?=" + _TARGET.pattern + r")").search(
                    self.text, first.end(), s_end)
                end = nxt.start() if nxt else s_end
                words = self.text[start:end].rstrip(" ,;")
                other = re.search(r"; (?:xác định|đề ra|chọn|thông qua)(?![^\W\d_])|:", words)
                if other is not None:  # …; xác định 2 khâu đột phá: …: another statement
                    words = words[:other.start()].rstrip(" ,;")
                when = self.target_dates(first, when)
                told = any(f["type"] == "task" and any(q in words for q in f["quote"])
                           for f in self.facts)  # (read already, by the rule of its date)
                if len(words.split()) >= 4 and words not in named and not told:
                    named.add(words)
                    self.fact({"id": f"task-target-{slug(' '.join(words.split()[:6]))}",
                               "type": "task", "name": {"vi": words}, "status": "planned",
                               "as_of": self.published.isoformat(), **when,
                               "note": "task (a target the congress sets: mục tiêu / phấn "
                                       "đấu + mỗi năm …, đến năm YYYY …, N% …): planned, as "
                                       "of publication; " + (
                                           "each year of the term" if "planned_from" in when
                                           else f"due by {when['due_before']}"
                                           if when else "undated")},
                              self.quote(first.start(), start + len(words)))
                if nxt is None:
                    break
                pos = nxt.end()

    def year_targets(self) -> None:
        """``Năm 2026, ORG phấn đấu kết nạp từ 40 đảng viên mới trở lên; có trên 90% …`` (or
        ``Hội nghị thống nhất các chỉ tiêu năm 2026: kết nạp …; trên 90% …``): a
        target for a year not yet over at publication, opening the sentence: each clause
        (the next one opens with ``có`` and a figure, or with a figure) a planned task over
        that year, named by its words."""
        named = {f["name"]["vi"] for f in self.facts if f["type"] == "task"}
        for match in _YEAR_TARGET.finditer(self.text):
            year = int(match["year"] or match["tyear"])
            if year < self.published.year:
                continue
            stop = _FULL_STOP.search(self.text, match.end())
            s_end = stop.start() if stop else len(self.text)
            start = match.end()
            while start < s_end:
                nxt = _NEXT_TARGET.search(self.text, start, s_end)
                end = nxt.start() if nxt else s_end
                words = self.text[start:end].rstrip(" ,;")
                if len(words.split()) >= 4 and words not in named:
                    named.add(words)
                    self.fact({"id": f"task-target-{year}-{slug(' '.join(words.split()[:6]))}",
                               "type": "task", "name": {"vi": words}, "status": "planned",
                               "as_of": self.published.isoformat(),
                               "planned_from": str(year), "planned_until": str(year),
                               "note": "task (Năm YYYY, ORG phấn đấu …): a target over that "
                                       "year, planned, as of publication"},
                              self.quote(match.start() if start == match.end() else start,
                                         start + len(words)))
                if nxt is None:
                    break
                start = nxt.end()

    def congress_preparations(self) -> None:
        """Work asked to prepare a congress, which the congress's own window dates, not the
        work: ``đề nghị …; chuẩn bị chu đáo văn kiện, nhân sự Đại hội đại biểu Đảng bộ huyện
        X lần thứ XXII, …`` and ``đề nghị Đoàn đại biểu của ORG chuẩn bị tốt nội dung tham gia
        Đại hội … lần thứ XVII``: an undated planned task named up to the congress's ordinal
        (the delegation, no body, kept as its subject), as of publication."""
        prepare = re.compile(r"(?<![^\W\d_])chuẩn bị (?:tốt|chu đáo|kỹ)(?![^\W\d_])"
                             r"(?P<what>[^.;:\n]{0,80}?)(?<![^\W\d_])Đại hội (?:đại biểu )?"
                             r"(?:Đảng bộ|toàn quốc)[^.;:\n]{0,60}?lần thứ [IVXLC]+(?![^\W\d_])")
        for match in prepare.finditer(self.text):
            if re.search(r"(?<![^\W\d_])(?:bảo đảm|để|đại hội|Đại hội|trình)(?![^\W\d_])",
                         match["what"]):
                continue  # (… văn kiện trình Đại hội: due before the congress opens)
            f_start, _f_end = self.full_sentence(match.start())
            clause = max([f_start] + [m.end() for m in re.finditer(
                r"; |(?<![^\W\d_])(?:đề nghị|yêu cầu) ", self.text[:match.start()])
                if m.end() >= f_start])
            subject = self.text[clause:match.start()]
            delegation = re.match(r"\s*(?:[Đđ]oàn đại biểu(?: của| dự)? [^,.;:\n]{0,60}?) $",
                                  subject)
            asked = re.search(r"(?<![^\W\d_])(?:đề nghị|yêu cầu)(?![^\W\d_])",
                              self.text[f_start:match.start()])
            if subject.strip() and delegation is None:
                continue  # … kiện toàn … và chuẩn bị tốt Đại hội …: another clause's work
            if not asked and not (delegation and clause == f_start):
                continue
            start = clause + len(subject) - len(subject.lstrip()) if delegation else \
                match.start()
            if any(f["type"] == "task" and any(q in self.text[start:match.end()] or
                                                self.text[start:match.end()] in q
                                                for q in f["quote"]) for f in self.facts):
                continue  # read already, with a date
            words = " ".join(self.text[start:match.end()].split())
            self.fact({"id": f"task-{slug(' '.join(words.split()[:6]))}", "type": "task",
                       "name": {"vi": words}, "status": "planned",
                       "as_of": self.published.isoformat(),
                       "note": "task (đề nghị … chuẩn bị tốt / chu đáo … Đại hội … lần thứ N): "
                               "undated (the congress's window is the congress's), planned, as "
                               "of publication"},
                      self.quote(start, match.end()))

    def target_dates(self, target: re.Match[str], before: dict[str, str]) -> dict[str, str]:
        """The dates of a congress's target: a yearly one (``mỗi năm …``) runs over the term
        (the five-year cycle of the publication: 2020-2025, 2025-2030), ``đến năm 2030`` is
        due by that year (``đến cuối năm 2023``: its December; ``đến hết năm 2022``: its last
        day), and a share (``100% …``) after a dated target (``đến năm 2025 có …; 100% …``)
        is due as it is, one told with ``có`` after a yearly one (``hằng năm kết nạp …, có
        trên 90% …``) runs over the term too; ``before`` is the dates of the target before
        it."""
        if target["yearly"]:
            first = self.published.year - self.published.year % 5
            return {"planned_from": str(first), "planned_until": str(first + 5)}
        if target["year"]:
            year = target["year"]
            by = {"cuối ": f"{year}-12", "hết ": f"{year}-12-31"}.get(target["by"] or "", year)
            return {"due_before": by}
        if "planned_from" in before and target["share"] and target["share"].startswith("có "):
            return dict(before)  # hằng năm kết nạp …, có trên 90% …: each year, too
        return dict(before) if "due_before" in before else {}

    def tasks(self) -> None:
        """Deadlines: ``N tổ chức cơ sở đảng … (sẽ) hoàn thành đại hội trước ngày D`` is a
        task due before D, named by its clause (without ``sẽ``), planned unless the clause
        says it is done (``đã``)."""
        for mention in self.dates:
            if mention.kind != "deadline":
                continue
            s_start, _s_end = self.sentence(mention.start)
            if s_start == self.title_start:
                continue  # the headline says again what the text says
            cuts = [m.end() for m in re.finditer(
                r",(?! (?:chi bộ|đảng bộ|phường|xã|thị trấn)(?![^\W\d_]))| để |: |"
                r"(?<![0-9])-(?![0-9])|(?<![^\W\d_])(?:đề nghị|yêu cầu|trong đó) |"
                r"(?<=[0-9]) và ", self.text[s_start:mention.start])]
            # (not inside a list: đảng bộ, chi bộ; nor a date's dash; after the one asking,
            # and after an earlier deadline: … trước ngày D1 và tổ chức …)
            clause_start = s_start + (cuts[-1] if cuts else 0)
            clause = self.text[clause_start:mention.start].strip()
            if re.fullmatch(r"(?:dự kiến|sẽ|được) (?:tổ chức|diễn ra|hoàn thành)", clause):
                continue  # …, dự kiến tổ chức trước ngày D: when something named before is due
            if re.search(r"(?<![0-9.])[0-9]+/[0-9]+(?![0-9/])", clause) and \
                    mention.last < self.published.first_day():
                continue  # Có 44/46 … tổ chức xong đại hội trước ngày D (past): a tally, done
            passive = _PASSIVE.search(self.text, s_start, mention.start)
            if passive is not None:
                # Hồ sơ, tài liệu của Huyện ủy đã được bàn giao cho X trước ngày D: the work
                # told in the active (bàn giao hồ sơ, tài liệu của Huyện ủy cho X)
                subject = passive["subj"][:1].lower() + passive["subj"][1:]
                name = " ".join(f"{passive['verb']} {subject}{passive['rest']}".split())
                done = passive["done"] is not None
                self.fact({"id": f"task-before-{mention.date.isoformat()}", "type": "task",
                           "name": {"vi": name},
                           "status": "completed" if done else "planned",
                           "as_of": self.published.isoformat(),
                           "due_before": mention.date.isoformat(),
                           "note": f"task (X (đã) được VERB … trước ngày D, in the passive): "
                                   f"due before '{mention.text}'; "
                                   + ("done, the clause says đã" if done else "planned")},
                          self.quote(passive.start(), mention.end))
                continue
            if not re.search(r"(?<![Nn]ghị quyết )[Đđ]ại hội", clause):
                # only the congresses' deadlines: other work due before a day is named in
                # the researcher's words, seldom the article's (docs/drafting.md)
                continue
            if not re.search(r"(?:hoàn thành|tổ chức xong|tổ chức)\b", clause) or \
                    len(clause.split()) < 4:
                # other work due before D: from its verb (after the sentence's last lead:
                # ``:``, ``trong đó``, ``đề nghị …``) up to the deadline, commas included
                leads = [m.end() for m in _TASK_LEAD.finditer(self.text, s_start,
                                                              mention.start)]
                verb = _TASK_VERB.search(self.text, leads[-1] if leads else s_start,
                                         mention.start)
                if verb is None:
                    continue
                clause_start = verb.start()
                clause = self.text[clause_start:mention.start]
                # up to a bracket or how it kept the deadline (…, sớm hơn thời hạn (trước …)
                clause = re.split(r" \(|,? (?:sớm|chậm|vượt) ", clause)[0]
                clause = re.sub(r"(?:,? (?:và )?(?:hoàn thành|xong))?[\s,]*$", "", clause)
                if len(clause.split()) < 4:
                    continue
            name = re.sub(r" (?:sẽ|phải|cần) ", " ", f" {clause} ").strip()
            # đại hội chi bộ … hoàn thành (trước ngày D): the task is the congresses
            name = re.sub(r"^((?:[Đđ]ại hội|[Vv]iệc) .*?) (?:hoàn thành|xong)$", r"\1", name)
            name = re.sub(r"^(tổ chức .*?) xong$", r"\1", name)  # tổ chức đại hội … xong
            name = self.remaining_of(name, clause_start)
            done = re.search(r"(?<![^\W\d_])đã(?![^\W\d_])", clause) is not None
            lead = _LEAD.match(clause)
            # đã hoàn thành trước ngày D, a day past: done by D (completed_by), no deadline
            by = done and mention.last < self.published.first_day()
            if by:
                name = re.sub(r" đã$", "", name)
            item: dict[str, Any] = {
                "id": f"task-before-{mention.date.isoformat()}", "type": "task",
                "name": {"vi": name}, "status": "completed" if done else "planned",
                "as_of": self.published.isoformat(),
                "completed_by" if by else "due_before": mention.date.isoformat()}
            if lead is not None and not lead["qual"] and "." not in lead["num"]:
                item["count"] = int(lead["num"])
            item["note"] = (f"task (… trước ngày D): due before '{mention.text}'; "
                            + ("done, the clause says đã" if done else "planned"))
            start = self.text.find(clause, clause_start)
            self.fact(item, self.quote(start, mention.end))

    def remaining_of(self, name: str, pos: int) -> str:
        """``toàn huyện đã có 6/34 … Các tổ chức cơ sở đảng còn lại hoàn thành đại hội``:
        the remaining ones are the unit's the paragraph counted (``toàn huyện``, ``toàn
        tỉnh``) before ``pos``: ``… còn lại của huyện X …``; ``name`` as it is otherwise."""
        remaining = re.search(r"(?<![^\W\d_])còn lại(?! của)(?![^\W\d_])", name)
        if remaining is None:
            return name
        p_start = self.text.rfind("\n", 0, pos) + 1
        whole = list(re.finditer(r"(?<![^\W\d_])[Tt]oàn (?P<unit>tỉnh|thành phố|huyện|quận|"
                                 r"thị xã|xã|phường)(?![^\W\d_])", self.text[p_start:pos]))
        if not whole:
            return name
        unit = whole[-1]["unit"]
        org = self.resolve(unit, None, p_start + whole[-1].start())
        if org is None:
            return name
        return f"{name[:remaining.end()]} của {unit} {org.name}{name[remaining.end():]}"

    def subordinations(self) -> None:
        """``ORG trực thuộc ORG``: the first is under the second, as of publication (so is
        each of ``A và B trực thuộc ORG``); so is ``ORG được thành lập …, trực thuộc ORG``
        (the organisation founded), and a provincial organisation ``trực thuộc Ban Chấp hành
        Trung ương`` is under the central Party."""
        orgs = [m for m in self.mentions if not m.issuer]
        for mention in orgs:
            link = re.match(r"(?: \((?:mới|cũ)\))? (?:là tổ chức đảng |hiện )?trực thuộc ",
                            self.text[mention.end:])
            founded = re.match(r"(?: mới)? (?:đã |sẽ )?(?:được thành lập|(?:chính thức )?(?:đi "
                               r"vào )?hoạt động từ)", self.text[mention.end:]) \
                or re.search(r"(?<![^\W\d_])thành lập $", self.text[max(0, mention.start - 12):
                                                                      mention.start])
            # (… quyết định thành lập ORG trên cơ sở hợp nhất A và B, trực thuộc P: ORG's)
            if link is None and founded is not None and mention.ref == mention.org:
                _s_start, s_end = self.sentence(mention.start)
                link = _LINK.search(
                    self.text, mention.end, s_end)
                if link is not None:
                    link = re.match(r".*", self.text[mention.end:link.end()], re.S)
            if link is None or mention.ref != mention.org:
                continue
            parent = [m for m in orgs if m.start == mention.end + link.end()]
            central = re.match(r"Ban Chấp hành Trung ương(?: Đảng)?(?![^\W\d_])",
                               self.text[mention.end + link.end():])
            if not parent and central is not None and "cpv-central" in self.entities and \
                    self.entities.get(mention.org, {}).get("level") == "provincial":
                # Đảng bộ tỉnh X (được thành lập …,) trực thuộc Ban Chấp hành Trung ương: the
                # central Party's (declared by the other rules, through its bodies)
                at = mention.end + link.end()
                parent = [Mention(at, at + central.end(), "cpv-central", "cpv-central")]
            if not parent or parent[0].org == mention.org:
                continue
            children = [mention]
            while True:  # A và B trực thuộc P, A, B và C trực thuộc P: each of them
                before = next((m for m in orgs if m.ref == m.org and m.end < children[0].start
                               and re.fullmatch(r",? và |, ", self.text[m.end:children[0].start])),
                              None)
                if before is None or before.org == parent[0].org:
                    break
                children.insert(0, before)
            for child in children:
                if any(f["type"] == "subordination" and f["child"] == child.org
                       and f["parent"] == parent[0].org for f in self.facts):
                    continue  # (told twice)
                self.fact({"id": f"{child.org.removesuffix('-party')}-under-"
                                 f"{parent[0].org.removesuffix('-party')}",
                           "type": "subordination", "child": child.org,
                           "parent": parent[0].org, "as_of": self.published.isoformat(),
                           "note": "subordination (ORG trực thuộc ORG): as of publication"},
                          self.quote(child.start, parent[0].end))
        self.new_units_under()
        self.under_the_province()

    def new_units_under(self) -> None:
        """``(Cả) 2 đảng bộ xã mới (đều) trực thuộc Tỉnh ủy X, đi vào hoạt động từ ngày D``
        (``…, trực thuộc Tỉnh ủy, …``): each commune-level organisation of that unit the
        article names (none merged away), when there are as many as the words count, is
        under the organisation named after ``trực thuộc``, from D (else as of
        publication); a merger that formed one of them, undated, is dated D."""
        for match in _NEW_UNITS_UNDER.finditer(self.text):
            count = int(match["n"]) if match["n"].isdigit() else _COUNT_WORDS[match["n"].lower()]
            parent = next((m for m in self.mentions if m.start == match.end() and not m.issuer),
                          None)
            if parent is None:
                continue
            merged_away = {o for f in self.facts if f["type"] == "change"
                           and f["kind"] in ("merged", "dissolved")
                           for o in f.get("from", []) if o not in f.get("to", [])}
            unit = match["unit"].split()[-1]
            formed = {o for f in self.facts if f["type"] == "change"
                      and f["kind"] in ("merged", "created") for o in f.get("to", [])}
            children = [e["id"] for e in self.entities.values() if e["type"] == "organisation"
                        and e.get("level") == "commune" and e["id"] not in merged_away
                        and e["id"] != parent.org and (re.match(
                            r"Đảng bộ " + unit + r" ", e["name"]["vi"]) if unit != "bộ"
                            else e["id"] in formed)]  # (Hai đảng bộ …: the two formed)
            if len(children) != count:
                continue
            _s_start, s_end = self.sentence(match.start())
            day = next((d for d in self.dates_in(match.end(), s_end) if d.kind == "day"
                        and re.search(r"hoạt động (?:kể )?từ (?:ngày )?$",
                                      self.text[max(0, d.start - 25):d.start])), None)
            placed = {f["child"] for f in self.facts if f["type"] == "subordination"}
            quote = self.quote(match.start(), day.end if day else parent.end)
            for child in children:
                if child in placed:
                    continue
                item: dict[str, Any] = {
                    "id": f"{child.removesuffix('-party')}-under-"
                          f"{parent.org.removesuffix('-party')}",
                    "type": "subordination", "child": child, "parent": parent.org}
                if day is not None:
                    item["from"] = day.first.isoformat()
                    self.date_formation(child, day)
                else:
                    item["as_of"] = self.published.isoformat()
                item["note"] = ("subordination (N đảng bộ xã mới trực thuộc ORG): one of the "
                                f"{count} the words count" + (f", from '{day.text}'" if day
                                                               else ", as of publication"))
                self.fact(item, quote)

    def date_formation(self, org: str, day: DateMention) -> None:
        """An undated merger or founding that formed ``org`` took place on ``day`` (the day
        it began work); what a merger of 1 July 2025 or earlier merged away stays at level
        base. A change dated only by the decision that made it (``Quyết định số N ngày D``)
        takes the day the organisation began work instead (Conventions)."""
        decided = {d.date.isoformat() for d in self.dates if re.search(
            r"[Qq]uyết định số [0-9]+-\S+ $", self.text[max(0, d.start - 40):d.start])}
        for change in self.facts:
            if change["type"] != "change" or change["kind"] not in ("merged", "created") \
                    or change.get("to") != [org] or ("date" in change and not (
                        change["date"] in decided
                        and change["date"] < day.first.isoformat())):
                continue
            change["date"] = day.first.isoformat()
            change["note"] += f"; dated '{day.text}', the day it began work"
            if change["kind"] == "merged" and day.first <= TWO_TIER:
                for old in change.get("from", []):
                    known = self.entities.get(old)
                    if known is not None and known.get("level") == "commune":
                        known["level"] = "base"

    def under_the_province(self) -> None:
        """A commune-level organisation formed (created or merged) on or after 1 July 2025
        is directly under its province's organisation (two-tier local government): implied,
        from the day it was formed, when the article names one provincial organisation and
        says nothing else of its parent."""
        provinces = [e["id"] for e in self.entities.values() if e["type"] == "organisation"
                     and e.get("level") == "provincial"]
        if len(provinces) != 1:
            return
        placed = {f["child"] for f in self.facts if f["type"] == "subordination"}
        for change in [f for f in self.facts if f["type"] == "change"
                       and f["kind"] in ("created", "merged") and "date" in f]:
            if len(str(change["date"])) != 10 or str(change["date"]) < TWO_TIER.isoformat():
                continue
            for child in change.get("to", []):
                if child in placed or self.entities.get(child, {}).get("level") != "commune":
                    continue
                placed.add(child)
                self.fact({"id": f"{child.removesuffix('-party')}-under-"
                                 f"{provinces[0].removesuffix('-party')}",
                           "type": "subordination", "child": child, "parent": provinces[0],
                           "from": change["date"], "implied": True,
                           "note": "subordination (implied): a commune-level organisation "
                                   "formed from 1 July 2025 is directly under its province's; "
                                   f"from the day it was formed ({change['date']})"},
                          change["quote"][0])

    def dated_work(self) -> None:
        """Work an article dates, as a plan, a deadline or a target, in the words before its
        date: ``trước ngày D`` / ``chậm nhất ngày D`` (due before D; ``chậm nhất trong tháng
        M``: its last day; ``đã hoàn thành trước ngày D``, D past: completed by D), ``trong
        tháng M`` / ``trong quý IV-2025`` / ``trong năm 2026`` / ``từ ngày D1 đến D2`` / ``từ
        tháng 3 đến tháng 5-2026`` (planned from the window's start until its end), ``dự
        kiến … vào ngày D`` / ``vào tháng M`` / ``vào cuối năm 2026`` (expected on D, as
        precise as the words; ten days of a month: the month), ``(phấn đấu) đến (cuối / hết)
        năm 2025`` (due by then). Each is a task named by its clause without the date, as of
        publication, planned; only a date after publication (but for the completed), in no
        headline, and read by no other rule (a congress's, session's or event's words, a task
        read already)."""
        asof = self.published.first_day()
        spans = [(self.quoted_at[q], self.quoted_at[q] + len(q))
                 for f in self.facts if f["type"] in ("task", "congress", "session", "event",
                                                      "change")
                 for q in f["quote"] if q in self.quoted_at]
        spans += [(self.quoted_at[q], self.quoted_at[q] + len(q))
                  for e in self.entities.values() if e["type"] == "congress"
                  for q in e["quote"] if q in self.quoted_at and e.get("planned")]
        used: list[int] = []  # where each date read as a task's ends
        planned = {(e["planned"]["from"], e["planned"]["to"]) for e in self.entities.values()
                   if e["type"] == "congress" and e.get("planned")}
        for mention in self.dates:
            s_start, s_end = self.sentence(mention.start)
            if s_start == self.title_start or any(a <= mention.start < b for a, b in spans):
                continue
            pre = self.text[s_start:mention.start]
            read = self.work_dates(mention, pre, self.text[mention.end:s_end])
            if read is None:
                continue
            when, how, done = read
            if mention.kind != "deadline" and \
                    (mention.first.isoformat(), mention.last.isoformat()) in planned and \
                    re.search(r"Đại hội [^;]*, (?:dự kiến|sẽ) (?:được )?(?:tổ chức|diễn ra) "
                              r"(?:vào |trong )?$", pre):
                # … trình Đại hội X, dự kiến diễn ra từ D1 đến D2: the window is the planned
                # congress's (no task repeats it); the work is due before it opens
                when, how = {"due_before": mention.first.isoformat()}, \
                    "…, Đại hội X, dự kiến diễn ra D1-D2: due before the congress opens"
            if not done and mention.last < asof:
                continue  # what is told as due or planned is after publication
            start, end, name = self.work_clause(mention, s_start, s_end, used)
            if len(name.split()) < 3:
                continue
            clause = self.text[start:end]
            if not done and re.search(r"(?<![^\W\d_])(?:đã|vừa)(?![^\W\d_])",
                                      clause.split(", đến nay")[0]):
                continue  # … đã …: what was done in that window, not a plan
            if mention.kind != "deadline" and (_A_CONGRESS.search(clause) or re.search(
                    r"(?:^|, )\s*[Đđ]ại hội (?:sẽ |dự kiến |cũng )?(?:được )?(?:tổ chức|diễn "
                    r"ra|khai mạc|làm việc)",
                    clause)):
                continue  # a congress planned (or held) is a congress, not a task
            if mention.kind in ("day", "range") and "due_before" not in when and \
                    self.published.day is None and \
                    (mention.first.year, mention.first.month) == \
                    (self.published.year, self.published.month) and \
                    not _FUTURE.search(self.text, *self.full_sentence(mention.start)) and \
                    not self.asked_in_paragraph(mention.start):
                continue  # within the month of publication: done or planned, the words say
            spans.append((start, end))
            used.append(mention.end)
            self.fact({"id": f"task-{slug(' '.join(name.split()[:6]))}", "type": "task",
                       "name": {"vi": name}, "status": "completed" if done else "planned",
                       "as_of": self.published.isoformat(), **when,
                       "note": f"task ({how}): '{mention.text}'; "
                               + ("done, the clause says đã" if done else "planned")
                               + ", as of publication"},
                      self.quote(start, end))
            if how == "(phấn đấu) năm YYYY" and self.text[end:end + 1] == ";":
                self.year_shares(end, when, spans)

    def period_tasks(self) -> None:
        """``(Hội nghị đề ra) nhiệm vụ 6 tháng cuối năm (YYYY): A; B; C`` (``X đề nghị (trong)
        6 tháng cuối năm, A; B``): each clause of the
        list that gives no date of its own and was read by no other rule is a task planned
        over that half of the year (``6 tháng đầu năm``: January to June; the year of
        publication when none is given), named by its words; only a half not over at
        publication."""
        lead = re.compile(r"(?<![^\W\d_])(?:(?:nhiệm vụ|nhiệm vụ trọng tâm|phương hướng) 6 tháng "
                          r"(?P<half>đầu|cuối) năm(?: (?P<year>[0-9]{4}))?: |(?:đề nghị|yêu cầu)"
                          r"(?: trong)? 6 tháng (?P<half2>đầu|cuối) năm"
                          r"(?: (?P<year2>[0-9]{4}))?, )")
        for match in lead.finditer(self.text):
            year = int(match["year"] or match["year2"] or self.published.year)
            first, last = (1, 6) if (match["half"] or match["half2"]) == "đầu" else (7, 12)
            if (year, last) < (self.published.year, self.published.month):
                continue
            _f_start, f_end = self.full_sentence(match.end())
            pos = match.end()
            while pos < f_end:
                stop = self.text.find(";", pos, f_end)
                c_end = stop if stop >= 0 else f_end
                words = self.text[pos:c_end].strip()
                start = self.text.find(words, pos, c_end) if words else pos
                told = any(f["type"] == "task" and any(
                    words in q or q in words for q in f["quote"]) for f in self.facts)
                dated = any(start <= d.start < start + len(words) for d in self.dates)
                if len(words.split()) >= 4 and not told and not dated:
                    self.fact({"id": f"task-{slug(' '.join(words.split()[:6]))}",
                               "type": "task", "name": {"vi": words}, "status": "planned",
                               "as_of": self.published.isoformat(),
                               "planned_from": f"{year}-{first:02d}",
                               "planned_until": f"{year}-{last:02d}",
                               "note": "task (nhiệm vụ 6 tháng đầu / cuối năm: A; B; …): a "
                                       "clause with no date of its own, planned over that "
                                       "half of the year, as of publication"},
                              self.quote(start, start + len(words)))
                pos = c_end + 1

    def asked_in_paragraph(self, pos: int) -> bool:
        """Whether the paragraph of ``pos`` opens with the asks that close a meeting
        (``Kết luận hội nghị, X yêu cầu …``, ``Phát biểu chỉ đạo, X đề nghị …``): its later
        sentences go on with what is asked (``… ; từ ngày 15-7 đến 15-8 đẩy mạnh …``)."""
        p_start = self.text.rfind("\n", 0, pos) + 1
        return re.compile(r"(?:Kết luận|Phát biểu (?:kết luận|chỉ đạo))[^.\n]{0,200}?"
                          r"(?<![^\W\d_])(?:đề nghị|yêu cầu)(?![^\W\d_])").match(
                              self.text, p_start, pos) is not None

    def year_shares(self, end: int, when: dict[str, str], spans: list[tuple[int, int]],
                    ) -> None:
        """``năm 2026, phường phấn đấu kết nạp …; 100% chi bộ … mỗi quý; …``: each clause
        after ``;`` that opens with a share and gives no date of its own is a target of the
        same year, as a share after a term's target is (``targets``)."""
        _f_start, f_end = self.full_sentence(end)
        pos = end
        while pos < f_end and self.text[pos:pos + 1] == ";":
            stop = _STOP.search(self.text, pos + 1, f_end)
            c_end = stop.start() if stop else f_end
            c_start = pos + 1 + len(self.text[pos + 1:c_end]) - len(
                self.text[pos + 1:c_end].lstrip())
            clause = self.text[c_start:c_end].strip()
            pos = c_end
            if not re.match(r"(?:có )?(?:trên |ít nhất )?[0-9]+(?:,[0-9]+)?% ", clause) or \
                    self.dates_in(c_start, c_end) or \
                    any(a < c_end and c_start < b for a, b in spans):
                continue
            spans.append((c_start, c_end))
            self.fact({"id": f"task-{slug(' '.join(clause.split()[:6]))}", "type": "task",
                       "name": {"vi": " ".join(clause.split())}, "status": "planned",
                       "as_of": self.published.isoformat(), **when,
                       "note": "task ((phấn đấu) năm YYYY …; N% …): a share after the year's "
                               "target, of the same year; planned, as of publication"},
                      self.quote(c_start, c_start + len(clause)))

    def full_sentence(self, pos: int) -> tuple[int, int]:
        """The start and end of the sentence around ``pos``, its clauses after ``;`` too."""
        stops = [m.end() for m in _FULL_STOP.finditer(self.text, 0, pos)]
        stop = _FULL_STOP.search(self.text, pos)
        return (stops[-1] if stops else 0), (stop.start() if stop else len(self.text))

    def work_dates(self, mention: DateMention, pre: str, post: str,
                   ) -> tuple[dict[str, str], str, bool] | None:
        """The task's dates that ``mention`` gives, read in the words before it (``pre``,
        from its clause's start) and after it (``post``): the dates, the rule and whether it
        is done; None when the words make no plan of it."""
        day = mention.date.isoformat()
        month = f"{mention.first.year}-{mention.first.month:02d}"
        last_month = f"{mention.last.year}-{mention.last.month:02d}"
        tail = pre[-40:]
        if mention.kind == "deadline":
            if re.search(r"(?<![^\W\d_])đã (?:hoàn thành|tổ chức xong|xong)\s*$", tail) and \
                    not re.search(r"[0-9]/[0-9]", pre):
                return {"completed_by": day}, "đã hoàn thành trước ngày D", True
            return {"due_before": day}, "trước ngày D", False
        if mention.kind == "day" and re.search(r"(?<![^\W\d_])Trước $", pre):
            return {"due_before": day}, "Trước ngày D", False
        opening = re.fullmatch(r"\s*Đến (?:cuối |hết )?", pre)
        if opening is not None and mention.last < self.published.first_day() and \
                not re.match(r"[^.;]*?[0-9]/[0-9]", post) and re.match(
                r"[^.;]*?(?<![^\W\d_])đã (?:[^\W\d_]+ ){0,2}(?:hoàn thành|xong)", post):
            # Đến cuối tháng 2-2020, những đơn vị … đã hoàn thành đại hội: done by its end
            return {"completed_by": mention.last.isoformat()}, "Đến D, … đã hoàn thành", True
        if re.search(r"(?<![^\W\d_])chậm nhất (?:là )?(?:vào )?(?:trong )?$", tail, re.I):
            if mention.kind == "day":
                return {"due_before": day}, "chậm nhất ngày D", False
            if mention.kind == "month":
                return ({"due_before": mention.last.isoformat()},
                        "chậm nhất trong tháng M: its last day", False)
            return None
        if mention.kind == "range" and mention.text.lower().startswith("từ"):
            return ({"planned_from": mention.first.isoformat(),
                     "planned_until": mention.last.isoformat()}, "từ ngày D1 đến D2", False)
        if mention.kind == "month":
            span = re.search(r"(?<![^\W\d_])từ tháng ([0-9]{1,2}) đến $", tail, re.I)
            if span is not None and 1 <= int(span[1]) < mention.first.month:
                return ({"planned_from": f"{mention.first.year}-{int(span[1]):02d}",
                         "planned_until": month}, "từ tháng M1 đến tháng M2", False)
        if re.search(r"(?<![^\W\d_])trong $", tail, re.I) and \
                mention.kind in ("month", "window", "year") and \
                not (mention.kind == "window" and mention.pattern == "tenday"):
            if mention.kind == "year":
                return ({"planned_from": day, "planned_until": day}, "trong năm YYYY", False)
            return ({"planned_from": month, "planned_until": last_month},
                    "trong tháng M / quý Q", False)
        if re.search(r"(?<![^\W\d_])(?:vào|dự kiến|dự kiến (?:khai mạc|diễn ra|tổ chức|bế "
                     r"mạc))\s*(?:(?:ngày|sáng|chiều|tối|cuối) )?$", tail, re.I) and (
                re.search(r"(?<![^\W\d_])(?:dự kiến|sẽ)(?![^\W\d_])", pre + post, re.I)
                or (re.search(r"vào (?:ngày )?$", tail) is not None and mention.kind == "day")
                or (re.search(r"vào $", tail) is not None
                    and mention.first > self.published.last_day())):
            if mention.kind == "year":
                if re.search(r"cuối $", tail):
                    return {"expected_on": f"{day}-12"}, "vào cuối năm YYYY", False
                return {"expected_on": day}, "vào năm YYYY", False
            if mention.kind in ("day", "month"):
                return {"expected_on": day}, "dự kiến … vào D", False
            if mention.kind == "window" and mention.pattern == "tenday":
                return {"expected_on": month}, "dự kiến … vào (đầu / giữa / cuối) tháng M", \
                    False
            return None
        if mention.kind == "day" and (re.match(
                r"\s*Theo (?:chương trình|kế hoạch|lịch trình),", self.text[
                    self.full_sentence(mention.start)[0]:mention.start]) or (
                not pre.strip() and re.match(r",? [^,.;]{0,40}?(?<![^\W\d_])dự kiến ", post))):
            # Theo chương trình, chiều 21-10 đại hội thảo luận tại tổ; Sáng 23-10, đại hội
            # dự kiến bầu …: a plan's day
            return {"expected_on": day}, "Theo chương trình, … D …: a plan's day", False
        if mention.kind == "year" and mention.first.year >= self.published.year:
            by = re.search(r"(?<![^\W\d_])đến (cuối |hết )?$", tail)
            if by is not None and mention.first.year == self.published.year and (
                    not by[1] or self.published.month in (None, 12)):
                by = None  # (đến cuối năm 2020 in September 2020: its last month still to come)
            if by is not None and (re.search(r"(?<![^\W\d_])(?:phấn đấu|mục tiêu|chỉ tiêu)",
                                             pre + post[:120]) or re.match(
                    r",? (?:có )?(?:trên |ít nhất )?[0-9]+(?:,[0-9]+)?% ", post)) and \
                    not re.search(r"tầm nhìn|giai đoạn", tail + post[:20]):
                return ({"due_before": {"cuối ": f"{day}-12", "hết ": f"{day}-12-31"}.get(
                    by[1] or "", day)}, "đến năm YYYY", False)
        if mention.kind == "year" and mention.first.year >= self.published.year and (
                re.search(r"(?<![^\W\d_])phấn đấu $", tail)
                or re.match(r",? (?:[^\W\d_]+ ){0,3}(?:phấn đấu|đặt chỉ tiêu) ", post)):
            return {"planned_from": day, "planned_until": day}, "(phấn đấu) năm YYYY", False
        return None

    def work_clause(self, mention: DateMention, s_start: int, s_end: int, used: list[int],
                    ) -> tuple[int, int, str]:
        """The clause of the work ``mention`` dates (the sentence, or its part between the
        last lead before it, ``:``, ``đề nghị``, ``yêu cầu``, and a dated clause after it):
        where it starts and ends, and its name without the date's words."""
        leads = [m.end() for m in _CLAUSE_LEAD.finditer(self.text, s_start, mention.start)]
        start = leads[-1] if leads else s_start
        earlier = [end for end in used if s_start <= end <= mention.start]
        if earlier:  # …, hoàn thành trong tháng 7-2025, kiện toàn … trước ngày D
            cut = re.compile(r",| và ").search(self.text, earlier[-1], mention.start)
            if cut is not None:
                start = max(start, cut.end())
        end = s_end
        nxt = [d for d in self.dates if mention.end < d.start < s_end and d.kind != "year"]
        if nxt:  # (a date opening its clause keeps the comma after it: Từ ngày D1 đến D2, X …)
            opens = len(self.text[start:mention.start].split()) < 2
            rest = self.text[mention.end:nxt[0].start]
            skip = len(rest) - len(rest.lstrip(" ,")) if opens else 0
            cut = re.compile(r",| và ").search(self.text, mention.end + skip, nxt[0].start)
            if cut is not None:
                end = cut.start()
        before = re.sub(r"(?:(?<![^\W\d_])(?:dự kiến|diễn ra|tổ chức|khai mạc|thực hiện|"
                        r"hoàn thành|chậm nhất|là|trong|vào|từ tháng [0-9]+ đến|đến|cuối|hết|"
                        r"xong|phấn đấu|trước)\s*|[\s,])*$", "", self.text[start:mention.start],
                    flags=re.I)
        after = re.sub(r"^[\s,]*", "", self.text[mention.end:end])
        words = " ".join(f"{before} {after}".split()).strip(" ,")
        words = re.sub(r"(?:,? (?:hoàn thành|dự kiến|sẽ|xong))+$", "", words).strip(" ,")
        words = re.sub(r"^(?:(?:sẽ|phải|cần|khẩn trương|sớm|[Tt]heo (?:kế hoạch|chương trình|"
                       r"lịch trình|đó),?|(?:[Tt]rong )?[Tt]hời gian tới,|(?:[Nn]gay )?[Ss]au đại "
                       r"hội,|[Tt]rước mắt,|[Đđ]ồng thời,) )+", "", words)
        words = re.sub(r" (?:sẽ|phải|cần) ", " ", f" {words} ").strip()
        return start, end, words
