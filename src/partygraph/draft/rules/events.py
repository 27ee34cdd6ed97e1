"""Events and meetings (lễ, hội nghị, kỳ họp, buổi làm việc, a committee that met on a
day) and who attended them or the congress the article reports."""

from __future__ import annotations

import re
from typing import Any

from partygraph.draft.dates import DateMention
from partygraph.draft.names import UNIT_WORDS
from partygraph.draft.rules.base import DrafterBase, Mention

__all__ = ["EventRules"]

_ATTENDS = re.compile(r"(?:(?<=\n)|(?<=\. ))(?:Đến |Về )?(?:[Dd]ự|[Tt]ham dự)(?: và chỉ "
                      r"đạo| và phát biểu chỉ đạo)? (?:đại hội|Đại hội) có ")

_ATTENDS_AFTER = re.compile(r",? (?:đã )?(?:đến |về )?(?:tham )?dự"
                            r"(?: và (?:chỉ đạo|phát biểu chỉ đạo))? "
                            r"(?:đại hội|Đại hội)(?![^\W\d_])")

_ATTENDS_EVENT = re.compile(
    r"(?:(?<=\n)|(?<=\. )|^)(?:Đến |Về )?(?:[Dd]ự|[Tt]ham dự)(?: và chỉ đạo| và phát biểu"
    r"(?: chỉ đạo)?)? (?:buổi lễ|lễ|hội nghị|buổi làm việc|buổi gặp mặt|kỳ họp|chương trình)"
    r"(?: [^,.;\n]{0,40}?)? có ")
"""``Dự buổi lễ (kỷ niệm) có đồng chí NAME - TITLE``: an attendance at the event named
before."""

_EVENT_NAME = re.compile(r"(?<![^\W\d_])(?:Lễ|Hội nghị|Kỳ họp|Buổi lễ|Chương trình) "
                         r"[^.;:\n(),“”]{3,150}")

_LED_BY = r"(?: do (?:đồng chí |ông |bà )?[^.;:\n]{3,120}? làm [Tt]rưởng đoàn,?)?"
"""``… do đồng chí X, TITLE làm trưởng đoàn``: who leads a working group, between the group
and its verb."""


class EventRules(DrafterBase):
    """Read the events and meetings the article reports and their attendances."""

    def attendances(self) -> None:
        """``Dự đại hội có đồng chí NAME - TITLE; …``: each person named with a post in that
        sentence attended the congress the article reports (the last one named before it
        that was held, not planned); so did ``NAME, TITLE (đến) dự (và chỉ đạo) đại hội``."""
        for match in _ATTENDS.finditer(self.text):
            stop = re.compile(r"\.(?=\s)|\n").search(self.text, match.end())
            s_end = stop.start() if stop else len(self.text)
            for person, at, _end, posts in self.readings:
                if match.start() <= at < s_end:
                    self.attended(person, posts, match.start(), s_end,
                                  "Dự đại hội có NAME - TITLE")
        for match in _ATTENDS_EVENT.finditer(self.text):
            event = self.event_before(match.start())
            if event is None:
                continue
            stop = re.compile(r"\.(?=\s)|\n").search(self.text, match.end())
            s_end = stop.start() if stop else len(self.text)
            for person, at, _end, posts in self.readings:
                if match.start() <= at < s_end and not any(
                        f["type"] == "attendance" and f["person"] == person
                        for f in self.facts):
                    item: dict[str, Any] = {"id": f"{person}-attends-event-{match.start()}",
                                            "type": "attendance", "person": person,
                                            "event": {"vi": event[0]}}
                    if event[1] is not None:
                        item["date"] = event[1]
                    item.update({"capacity": posts,
                                 "note": "attendance (Dự buổi lễ / hội nghị có NAME - "
                                         "TITLE): at the event named before it"})
                    self.fact(item, self.quote(match.start(), s_end))
        for person, at, end, posts in self.readings:
            after = _ATTENDS_AFTER.match(self.text, end)
            if after is not None:
                self.attended(person, posts, at, after.end(), "NAME, TITLE dự đại hội")

    def event_before(self, pos: int) -> tuple[str, str | None] | None:
        """The event named last before ``pos`` in its paragraph (``Lễ kỷ niệm 75 năm …``,
        ``Hội nghị …``, up to a comma or a bracket; a committee named there without its
        name is given it), and its day (the sentence's), or None."""
        p_start = self.text.rfind("\n", 0, pos) + 1
        found = list(_EVENT_NAME.finditer(self.text, p_start, pos))
        if not found:
            return None
        match = found[-1]
        name = " ".join(match.group(0).split())
        bare = re.search(r"(?:Đảng bộ|Đảng ủy) (?P<unit>" + UNIT_WORDS + r")$", name)
        if bare is not None:
            org = self.resolve(bare["unit"].lower(), None, match.end())
            if org is not None:
                name = f"{name} {org.name}"
        s_start, s_end = self.sentence(match.start())
        days = [d for d in self.dates_in(s_start, s_end) if d.kind == "day"]
        return name, (days[0].first.isoformat() if days else None)

    def attended(self, person: str, posts: list[str], start: int, end: int,
                 rule: str) -> None:
        """``person`` attended the congress the article reports at ``start``."""
        held = [c for at, c in self.congress_at if at < start
                and "planned" not in self.entities[c]]
        if not held:
            return
        congress = held[-1]
        if any(f["type"] == "attendance" and f["person"] == person for f in self.facts):
            return
        self.fact({"id": f"{person}-attends-{congress}", "type": "attendance",
                   "person": person, "congress": congress, "capacity": posts,
                   "note": f"attendance ({rule}): the congress named last before it"},
                  self.quote(start, end))

    def named_event(self, mention: DateMention, head: int, s_end: int) -> bool:
        """``Ngày D, Hội nghị … / Lễ … (đã) khai mạc / bế mạc / diễn ra / được tổ chức``: an
        event named first, dated by the first day, its participants the committees its name
        names; True when one was drafted."""
        named = re.match(r"(?P<name>(?:Hội nghị|Lễ|Kỳ họp) [^,.;:\n]{5,140}?)(?: \([^)]*\))? "
                         r"(?:đã )?(?:long trọng )?(?:khai mạc|bế mạc|diễn ra|được tổ chức|"
                         r"tiến hành|được long trọng tổ chức)(?![^\W\d_])",
                         self.text[head:s_end])
        if named is None:
            return False
        end = head + named.end("name")
        date = mention.first.isoformat()
        inside = [m.ref for m in self.mentions if head <= m.start < end and m.ref != m.org]
        item: dict[str, Any] = {"id": f"event-{date}", "type": "event",
                                "name": {"vi": " ".join(named["name"].split())}, "date": date}
        if inside:
            item["participants"] = list(dict.fromkeys(inside))
        item["note"] = (f"event (Ngày D, Hội nghị/Lễ … khai mạc/diễn ra): on the first day of "
                        f"'{mention.text}'")
        self.fact(item, self.quote(mention.start, head + named.end()))
        return True

    def meetings(self) -> None:
        """A sentence that opens with its date and a committee: ``Ngày 3-6, BODY (đã) làm
        việc với BODY`` is a session; ``Ngày 26-6, BODY tổ chức Hội nghị …`` / ``… Lễ …`` and
        ``Trong 2 ngày D1 và D2, BODY (đã) họp`` are events (dated by the first day)."""
        for mention in self.dates:
            if mention.kind not in ("day", "range"):
                continue
            s_start, s_end = self.sentence(mention.start)
            lead = self.text[s_start:mention.start].strip()
            if lead not in ("", "Trước đó,", "Sau đó,") or \
                    self.text[mention.end:mention.end + 2] != ", ":
                continue
            head = mention.end + 2
            venue = re.match(r"tại [^,.;:\n]{3,80}?, ", self.text[head:s_end])
            if venue is not None:
                head += venue.end()  # Sáng 14-3, tại Hội trường X, BODY tổ chức …
            if self.named_event(mention, head, s_end):
                continue
            actors = [m for m in self.mentions if head <= m.start < s_end]
            if actors and self.text[head:actors[0].start] == "Ban Chấp hành ":
                actors[0] = Mention(head, actors[0].end, actors[0].org,
                                    actors[0].ref)  # Ban Chấp hành Đảng bộ X: its committee
            if actors and actors[0].start != head:
                # Ngày D, a group the rules cannot name (làm việc với BODY): a session of
                # that body with it
                unnamed = re.match(r"(?:Tổ|Đoàn) công tác [^,.;:\n]{3,80}?" + _LED_BY
                                   + r" (?:đã )?làm việc với ", self.text[head:s_end])
                if unnamed is not None and actors[0].start == head + unnamed.end():
                    end = actors[0].end
                    date = mention.first.isoformat()
                    self.fact({"id": f"session-{date}", "type": "session",
                               "name": {"vi": " ".join(self.text[head:end].split())},
                               "date": date, "participants": [actors[0].ref],
                               "note": f"session (Ngày D, Tổ/Đoàn công tác … làm việc với "
                                       f"BODY): on '{mention.text}'; the group is not drafted"},
                              self.quote(mention.start, end))
                continue
            if not actors:
                continue
            rest = self.text[actors[0].end:s_end]
            date = mention.first.isoformat()
            participants = list(dict.fromkeys(m.ref for m in actors))
            session = re.match(_LED_BY + r" (?:đã )?làm việc với ", rest)
            event = re.match(r" (?:đã )?(?:long trọng )?tổ chức (?=(?:[Hh]ội nghị|[Ll]ễ) )", rest)
            met = re.match(r" (?:đã )?họp(?![^\W\d_])", rest)
            if session is not None:  # the group and whom it met, not who leads it
                met_at = actors[0].end + session.end()
                participants = list(dict.fromkeys(
                    [actors[0].ref, *(m.ref for m in actors if m.start >= met_at)]))
            if session is not None and len(participants) > 1:
                end = actors[-1].end
                self.fact({"id": f"session-{date}", "type": "session",
                           "name": {"vi": " ".join(self.text[actors[0].start:end].split())},
                           "date": date, "participants": participants,
                           "note": f"session (Ngày D, BODY làm việc với BODY): on "
                                   f"'{mention.text}'"}, self.quote(mention.start, end))
            elif event is not None or met is not None:
                if event is not None:
                    at = actors[0].end + event.end()
                    stop = re.compile(r",|\.(?=\s)| \(|\n").search(self.text, at)
                    end = min(stop.start() if stop else s_end, s_end)
                    name = self.text[at:end]
                else:
                    end = s_end
                    name = self.text[actors[0].start:end]
                self.fact({"id": f"event-{date}", "type": "event",
                           "name": {"vi": " ".join(name.split())}, "date": date,
                           "participants": participants[:1],
                           "note": f"event (Ngày D, BODY tổ chức Hội nghị/Lễ …, or họp): on "
                                   f"the first day of '{mention.text}'"},
                          self.quote(mention.start, end))
