"""Tasks with a deadline (``… hoàn thành đại hội trước ngày D``), and subordinations
(``ORG trực thuộc ORG``)."""

from __future__ import annotations

import re
from typing import Any

from partygraph.draft.names import slug
from partygraph.draft.numbers import NUMBER
from partygraph.draft.rules.base import TWO_TIER, DrafterBase

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


_TARGET_LEAD = re.compile(r"(?<![^\W\d_])(?:mục tiêu|phấn đấu|chỉ tiêu[^,.;:\n]{0,30}?, trong "
                          r"đó)(?: là| phấn đấu)?:? ")
"""What opens a congress's targets: ``(đặt) mục tiêu``, ``phấn đấu``, ``N chỉ tiêu …, trong
đó``."""

_TARGET = re.compile(r"(?:phấn đấu )?(?P<target>(?:mỗi năm|hằng năm|hàng năm|đến (?:cuối )?năm "
                     r"[0-9]{4}|(?:có )?(?:trên |ít nhất )?[0-9]+(?:,[0-9]+)?%)(?![^\W\d_]) )")
"""A target's first words: a yearly figure (``mỗi năm kết nạp …``), a year to reach
(``đến năm 2025 …``) or a share (``100% đảng viên …``)."""


class TaskRules(DrafterBase):
    """Read the tasks and subordinations the article reports."""

    def targets(self) -> None:
        """The targets a congress sets: in a paragraph that names its resolution (``Nghị quyết
        Đại hội``), after ``mục tiêu``, ``phấn đấu`` or ``N chỉ tiêu …, trong đó``, each
        clause that opens with a yearly figure, a year to reach or a share (``mỗi năm kết nạp
        ít nhất 60 đảng viên mới, đến năm 2030 có trên 90% …``) is a planned task named by its
        words; a comma or semicolon before another such clause starts the next one, other
        commas belong to the clause (``không còn thôn, làng …``)."""
        named = {f["name"]["vi"] for f in self.facts if f["type"] == "task"}
        for lead in _TARGET_LEAD.finditer(self.text):
            p_start = self.text.rfind("\n", 0, lead.start()) + 1
            if not re.search(r"[Nn]ghị quyết [Đđ]ại hội", self.text[p_start:lead.start()]):
                continue  # a target of the congress's resolution, not any aim told in passing
            _s_start, s_end = self.sentence(lead.start())
            pos = lead.end()
            while pos < s_end:
                first = _TARGET.match(self.text, pos, s_end)
                if first is None:
                    break
                start = first.start("target")
                nxt = re.compile(r"[,;] (?:và )?(?=" + _TARGET.pattern + r")").search(
                    self.text, start, s_end)
                end = nxt.start() if nxt else s_end
                words = self.text[start:end].rstrip(" ,;")
                if len(words.split()) >= 4 and words not in named:
                    named.add(words)
                    self.fact({"id": f"task-target-{slug(' '.join(words.split()[:6]))}",
                               "type": "task", "name": {"vi": words}, "status": "planned",
                               "as_of": self.published.isoformat(),
                               "note": "task (a target the congress sets: mục tiêu / phấn "
                                       "đấu + mỗi năm …, đến năm YYYY …, N% …): planned, as "
                                       "of publication"},
                              self.quote(first.start(), start + len(words)))
                if nxt is None:
                    break
                pos = nxt.end()

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
            lead = re.match(NUMBER + r" ", clause)
            item: dict[str, Any] = {
                "id": f"task-before-{mention.date.isoformat()}", "type": "task",
                "name": {"vi": name}, "status": "completed" if done else "planned",
                "as_of": self.published.isoformat(),
                "due_before": mention.date.isoformat()}
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
        """``ORG trực thuộc ORG``: the first is under the second, as of publication; so is
        ``ORG được thành lập …, trực thuộc ORG`` (the organisation founded)."""
        orgs = [m for m in self.mentions if not m.issuer]
        for mention in orgs:
            link = re.match(r" (?:là tổ chức đảng |hiện )?trực thuộc ", self.text[mention.end:])
            founded = re.match(r"(?: mới)? (?:đã |sẽ )?được thành lập", self.text[mention.end:])
            if link is None and founded is not None and mention.ref == mention.org:
                _s_start, s_end = self.sentence(mention.start)
                link = re.compile(r", (?:và )?(?:là tổ chức đảng )?trực thuộc ").search(
                    self.text, mention.end, s_end)
                if link is not None:
                    link = re.match(r".*", self.text[mention.end:link.end()], re.S)
            if link is None or mention.ref != mention.org:
                continue
            parent = [m for m in orgs if m.start == mention.end + link.end()]
            if not parent or parent[0].org == mention.org:
                continue
            self.fact({"id": f"{mention.org.removesuffix('-party')}-under-"
                             f"{parent[0].org.removesuffix('-party')}",
                       "type": "subordination", "child": mention.org,
                       "parent": parent[0].org, "as_of": self.published.isoformat(),
                       "note": "subordination (ORG trực thuộc ORG): as of publication"},
                      self.quote(mention.start, parent[0].end))
        self.under_the_province()

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
