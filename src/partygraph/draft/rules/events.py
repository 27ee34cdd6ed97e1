"""Events and meetings (lễ, hội nghị, kỳ họp, buổi làm việc, a committee that met on a
day) and who attended them or the congress the article reports."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from partygraph.draft.dates import DateMention
from partygraph.draft.names import UNIT_WORDS, person_name, slug
from partygraph.draft.rules.base import DrafterBase, Mention

__all__ = ["EventRules"]

_AND = r"(?: và (?:chỉ đạo|phát biểu(?: chỉ đạo)?|chúc mừng|trao quyết định))?"
"""What a guest does besides attending (``dự và chỉ đạo``, ``về dự và chúc mừng``)."""

_ATTENDS = re.compile(r"(?:(?<=\n)|(?<=\. ))(?:Đến |Về |Tới )?(?:[Dd]ự|[Tt]ham dự)" + _AND
                      + r" (?:đại hội|Đại hội|phiên (?:khai mạc|bế mạc)(?: (?:của )?(?:đại hội|"
                        r"Đại hội))?) (?:còn |cùng )?có ")
"""``Dự đại hội có NAME - TITLE`` (``Dự phiên bế mạc (Đại hội) có …``): at the congress."""

_HANDOVER = re.compile(r"(?:(?<=\n)|(?<=\. ))(?:Ngay |Ngay sau đó, |Sau đó, )?(?:[Ss]au "
                       r"(?:lễ công bố|hội nghị|buổi lễ)(?: [^,.;\n]{0,40}?)?, )?"
                       r"(?P<lead>(?:[Đđ]ồng chí |[Ôô]ng |[Bb]à ))"
                       r"(?=[^.;\n]{5,60}? bàn giao (?:lại )?(?:công việc|nhiệm vụ))")
"""``Ngay sau lễ công bố, đồng chí A (đã) bàn giao công việc …``: a handover."""

_ATTENDS_BARE = re.compile(r"(?:(?<=\n)|(?<=\. ))(?:Đến |Về |Tới |Cùng )?(?:[Dd]ự|[Tt]ham dự)"
                           + _AND + r" (?:còn )?có ")
"""``Về dự có …``, ``Dự và chỉ đạo có …``: the congress held named before it in its
paragraph, else the event named before it."""

_ATTENDS_AFTER = re.compile(r",? (?:đã )?(?:đến |về )?(?:tham )?dự" + _AND + r" "
                            r"(?:đại hội|Đại hội)(?![^\W\d_])")

_ATTENDS_EVENT = re.compile(
    r"(?:(?<=\n)|(?<=\. )|^)(?:Đến |Về |Tới )?(?:[Dd]ự|[Tt]ham dự)(?:(?: và chỉ đạo| và phát biểu"
    r"(?: chỉ đạo)?)? (?:buổi lễ|lễ|hội nghị|buổi làm việc|buổi gặp mặt|kỳ họp|chương trình|"
    r"buổi sinh hoạt|phiên họp)(?: [^,.;\n]{0,40}?)?| và trao [^,.;\n]{2,30}?) có ")
"""``Dự buổi lễ (kỷ niệm) có đồng chí NAME - TITLE``: an attendance at the event named
before."""

_ATTENDED_EVENT = re.compile(r",? (?:đã )?(?:đến |về )?(?:tham )?dự" + _AND
                             + r"(?: (?:hội nghị|buổi lễ|lễ|kỳ họp|buổi làm việc|phiên họp))?"
                             r"(?=[,.;]|$)", re.MULTILINE)
"""``NAME - TITLE dự(, trao quyết định).``: attended the event named before, in its
paragraph."""

_SPEAKS = re.compile(r"(?:(?<=\n)|(?<=\. )|^)(?:Trao [^,.;\n]{2,30}? và )?[Pp]hát biểu (?:tại "
                     r"(?:hội nghị|kỳ họp|buổi lễ|lễ [^,.;\n]{2,30}?|buổi làm việc|phiên họp)|"
                     r"chỉ đạo|giao nhiệm vụ), ")
"""``Phát biểu tại hội nghị, (đồng chí) NAME - TITLE …`` (also ``TITLE NAME``): a guest
who spoke at the event named before."""

_EVENT_NAME = re.compile(r"(?<![^\W\d_])(?:Lễ|Hội nghị|Kỳ họp|Buổi lễ|Chương trình) "
                         r"[^.;:\n(),“”]{3,150}")

_EVENT_WORDS = (r"(?:[Hh]ội nghị|[Ll]ễ|[Kk]ỳ họp|[Hh]ội thảo|[Tt]ọa đàm|[Bb]uổi lễ|"
                r"[Bb]uổi gặp mặt|[Hh]ội thi|(?:[Bb]uổi )?[Ss]inh hoạt chuyên đề|[Pp]hiên họp)"
                r"(?![^\W\d_])")
"""The words an event's name begins with (after ``tổ chức``)."""

_HELD_BY = re.compile(r"(?P<who>[A-ZĐ][^,.;:\n]{2,80}?) (?:đã )?(?:long trọng )?(?:tổ chức|"
                      r"khai mạc) (?=" + _EVENT_WORDS + ")")
"""``Ngày D, WHO tổ chức Hội nghị / Kỳ họp …``: an event held by anyone (a People's Council,
an agency), not only a party committee the rules name."""

_MET_BY = re.compile(r"(?P<who>[A-ZĐ][^,.;:\n]{2,120}?) (?:đã )?(?:tiến hành )?họp"
                     r"(?![^\W\d_])(?! bàn)")
"""``Ngày D, WHO (đã) họp (phiên chuẩn bị)``: a meeting of anyone (a delegation, a council),
not only a committee the rules name."""

_HELD_EVENT = re.compile(r"(?<=tổ chức )" + _EVENT_WORDS + r" [^.;:\n()“”]{3,150}")
"""``… tổ chức hội nghị sơ kết …``: an event named in lower case after the verb."""

_INSTRUMENT = (r"(?:Quyết định|Chỉ thị|Nghị quyết|Kế hoạch|Kết luận|Quy định|Hướng dẫn|"
               r"Thông báo)")
_ISSUES = re.compile(r" (?:đã )?ban hành " + _INSTRUMENT + r" số ")
"""``BODY (đã) ban hành Quyết định số …``: an instrument issued, an event on its day."""

_ANNOUNCED = re.compile(
    r"(?:^|(?<=\n)|(?<=\. ))(?:Tại (?:đại hội|Đại hội|phiên (?:bế|khai) mạc(?: đại hội)?), "
    r"[^,.;:\n]{3,80}? |Đại hội )(?:đã )?(?P<verb>(?:công bố|trao) (?:các )?[Qq]uyết định)")
"""``Tại phiên bế mạc, NAME trao Quyết định …``: a decision announced at the congress."""

_NAMED_THEN_DAY = re.compile(
    r"(?P<name>(?:Hội nghị|Lễ|Kỳ họp|Phiên họp) [^,.;:\n]{5,140}?) (?:đã )?(?:được )?(?:long "
    r"trọng )?(?:diễn ra|tổ chức|khai mạc) (?:vào )?(?:(?:sáng|chiều|tối) )?(?:ngày )?(?=[0-9])")
"""``Hội nghị … (đã) diễn ra (vào) ngày D``: an event named first, its day after the verb."""

_AWARD = re.compile(r"(?<![^\W\d_])(?P<award>(?:Huân chương|Huy chương|Cờ thi đua|Bằng khen|"
                    r"[Dd]anh hiệu Anh hùng)(?: [^,.;:()\n]{2,60}?)?)"
                    r"(?: \((?:năm |vào năm )?(?P<y1>(?:19|20)[0-9]{2})\)"
                    r"| (?:năm|vào năm) (?P<y2>(?:19|20)[0-9]{2}))(?![0-9])")
"""``Huân chương Lao động hạng Nhất (năm 2005)``: an award given in the year it names."""

_LED_BY = (r"(?:,? do (?:đồng chí |ông |bà )?[^.;:\n]{3,120}? làm (?:[Tt]rưởng đoàn|[Tt]ổ "
           r"trưởng|[Tt]rưởng tổ),?)?")
"""``… do đồng chí X, TITLE làm trưởng đoàn / tổ trưởng``: who leads a working group, between
the group and its verb."""


# Patterns the rules below read inside their loops, compiled once here.
_STOP = re.compile(r"\.(?=\s)|\n")
_UNNAMED = re.compile(r"(?:Tổ|Đoàn) công tác [^,.;:\n]{3,80}?" + _LED_BY
                      + r" (?:đã )?làm việc với ")
_SESSION = re.compile(_LED_BY + r" (?:đã )?làm việc với ")
_EVENT = re.compile(r" (?:đã )?(?:long trọng )?tổ chức (?=" + _EVENT_WORDS + ")")
_CUT = re.compile(r" gồm ")
_HELD = re.compile(r" (?:đã |vừa )?(?:long trọng )?tổ chức (?=" + _EVENT_WORDS + ")")
_GAVE = re.compile(r" (?:đã )?bàn giao (?:lại )?(?:công việc|nhiệm vụ)(?P<what>[^.;:"
                   r"\n]{0,60}?) cho (?:đồng chí |ông |bà )?")
_BACK = re.compile(r"(?:đã )?ban hành " + _INSTRUMENT + r" số \S+ $")
_NAME_STOP = re.compile(r",|\.(?=\s)| \(|\n|;|:")


class EventRules(DrafterBase):
    """Read the events and meetings the article reports and their attendances."""

    def attendances(self) -> None:
        """``Dự đại hội có đồng chí NAME - TITLE; …``: each person named with a post in that
        sentence attended the congress the article reports (the last one named before it
        that was held, not planned); so did ``NAME, TITLE (đến) dự (và chỉ đạo) đại hội``."""
        for match in _ATTENDS.finditer(self.text):
            stop = _STOP.search(self.text, match.end())
            s_end = stop.start() if stop else len(self.text)
            for person, at, _end, posts in self.readings:
                if match.start() <= at < s_end:
                    self.attended(person, posts, match.start(), s_end,
                                  "Dự đại hội có NAME - TITLE")
        for match in _ATTENDS_BARE.finditer(self.text):
            # Trong 2 ngày …, ORG tổ chức Đại hội … Về dự có NAME - TITLE: after a sentence of
            # its paragraph that names the congress held; Chiều 9-7, BODY tổ chức Hội nghị …
            # Dự và chỉ đạo có NAME - TITLE: the event named before it
            p_start = self.text.rfind("\n", 0, match.start()) + 1
            stop = _STOP.search(self.text, match.end())
            s_end = stop.start() if stop else len(self.text)
            congress = any(p_start <= at < match.start() and "held" in self.entities[c]
                           for at, c in self.congress_at)
            event = None if congress else self.event_before(match.start())
            if not congress and (event is None or "và" not in match.group(0)):
                continue  # (a bare Dự có … after an event: too loose to read)
            for person, at, _end, posts in self.readings:
                if not match.start() <= at < s_end:
                    continue
                if congress:
                    self.attended(person, posts, match.start(), s_end, "Về dự có NAME - TITLE")
                elif event is not None:
                    self.attended_event(person, posts, event, match.start(), s_end,
                                        "Dự và chỉ đạo có NAME - TITLE")
        for match in _ATTENDS_EVENT.finditer(self.text):
            event = self.event_before(match.start())
            if event is None:
                continue
            if "buổi sinh hoạt" in match.group(0) and event[0].startswith("sinh hoạt "):
                event = (f"buổi {event[0]}", event[1])  # Dự buổi sinh hoạt có …
            stop = _STOP.search(self.text, match.end())
            s_end = stop.start() if stop else len(self.text)
            for person, at, _end, posts in self.readings:
                if match.start() <= at < s_end:
                    self.attended_event(person, posts, event, match.start(), s_end,
                                        "Dự buổi lễ / hội nghị có NAME - TITLE")
        for match in _SPEAKS.finditer(self.text):
            reading = next(((person, at, end, posts) for person, at, end, posts
                            in self.readings if at == match.end()), None)
            if reading is None:
                continue
            person, at, end, posts = reading
            p_start = self.text.rfind("\n", 0, match.start()) + 1
            if any(p_start <= c_at < match.start() and "held" in self.entities[c]
                   for c_at, c in self.congress_at):
                self.attended(person, posts, match.start(), end, "Phát biểu …, NAME - TITLE")
                continue
            event = self.event_before(match.start())
            if event is None or self.hosts(posts, event[0]):
                continue
            self.attended_event(person, posts, event, match.start(), end,
                                "Phát biểu tại hội nghị, NAME - TITLE")
        for person, at, end, posts in self.readings:
            after = _ATTENDS_AFTER.match(self.text, end)
            if after is not None:
                self.attended(person, posts, at, after.end(), "NAME, TITLE dự đại hội")
                continue
            went = _ATTENDED_EVENT.match(self.text, end)
            if went is None:
                continue
            event = self.event_before(at)
            if event is not None:
                self.attended_event(person, posts, event, at, went.end(),
                                    "NAME - TITLE dự (, trao quyết định)", " in the paragraph")

    def hosts(self, posts: list[str], event: str) -> bool:
        """Whether one of ``posts`` is of the party organisation whose event ``event`` is
        (its name names it: ``lễ kỷ niệm … Đảng bộ thị xã X`` and ``Bí thư Thị ủy X``): the
        host speaking, not a guest."""
        for post in posts:
            holder = self.entities.get(str(self.entities.get(post, {}).get("in")), {})
            org = self.entities.get(str(holder.get("of", holder.get("id"))), {})
            if org.get("type") != "organisation":
                continue
            names = {str(org["name"]["vi"]), str(holder.get("name", {}).get("vi", ""))}
            if any(n and n in event for n in names):
                return True
        return False

    def attended_event(self, person: str, posts: list[str], event: tuple[str, str | None],
                       start: int, end: int, rule: str, where: str = "") -> None:
        """``person`` attended ``event`` (its name and date), quoted from ``start`` to
        ``end``, unless an attendance of theirs is drafted already."""
        if any(f["type"] == "attendance" and f["person"] == person for f in self.facts):
            return
        item: dict[str, Any] = {"id": f"{person}-attends-event-{start}", "type": "attendance",
                                "person": person, "event": {"vi": event[0]}}
        if event[1] is not None:
            item["date"] = event[1]
        item.update({"capacity": posts,
                     "note": f"attendance ({rule}): at the event named before it{where}"})
        self.fact(item, self.quote(start, end))

    def event_before(self, pos: int) -> tuple[str, str | None] | None:
        """The event named last before ``pos`` in its paragraph (``Lễ kỷ niệm 75 năm …``,
        ``Hội nghị …``, up to a comma or a bracket; a committee named there without its
        name is given it), and its day (the sentence's), or None."""
        p_start = self.text.rfind("\n", 0, pos) + 1
        found = sorted([*_EVENT_NAME.finditer(self.text, p_start, pos),
                        *_HELD_EVENT.finditer(self.text, p_start, pos)],
                       key=lambda m: m.start())
        if not found and pos == p_start and p_start > 1:
            # a paragraph that opens with Dự …: the event of the paragraph before
            before = self.text.rfind("\n", 0, p_start - 1) + 1
            while before > 1 and not self.text[before:p_start].strip():
                before = self.text.rfind("\n", 0, before - 1) + 1
            found = sorted([*_EVENT_NAME.finditer(self.text, before, p_start),
                            *_HELD_EVENT.finditer(self.text, before, p_start)],
                           key=lambda m: m.start())
        if not found:
            return None
        match = found[-1]
        name = " ".join(match.group(0).split())
        if match.re is _HELD_EVENT:
            _s, s_end = self.sentence(match.start())
            name = " ".join(self.text[match.start():self.event_name_end(
                match.start(), min(s_end, pos))].split())
        # (hội nghị công bố …, ngay sau khi …: a time told after the name is not part of it)
        name = re.split(r",? (?:ngay )?(?:sau|trước) khi ", name)[0]
        if match.re is _HELD_EVENT:
            name = self.named_with_organiser(match.start(), name)
        # Hội nghị công bố quyết định … thành lập Đảng bộ X và chỉ định Ban Chấp hành …: named
        # by the founding it announces
        name = re.split(r" và chỉ định (?=Ban|[Bb]an|các|nhân sự)", name)[0]
        plenum = re.match(r"[Hh]ội nghị lần thứ (?:[0-9]+|[^\W\d_]+)(?![^\W\d_])", name)
        by = re.search(r"(?<![^\W\d_])(?P<who>Ban Chấp hành Đảng bộ [^,.;:\n]{3,80}?)(?:, nhiệm "
                       r"kỳ [0-9]{4}\s*-\s*[0-9]{4})? (?:đã )?(?:long trọng )?tổ chức $",
                       self.text[p_start:match.start()])
        if plenum is not None and by is not None:
            # BODY (khóa XIX)(, nhiệm kỳ …) tổ chức Hội nghị lần thứ 27 (mở rộng) để …: the
            # plenum of that committee (enlarged, when it says so)
            enlarged = " (mở rộng)" if self.text.startswith(
                " (mở rộng)", match.start() + plenum.end()) else ""
            name = f"{plenum.group(0)}{enlarged} {' '.join(by['who'].split())}"
        bare = re.search(r"(?:Đảng bộ|Đảng ủy) (?P<unit>" + UNIT_WORDS + r")$", name)
        if bare is not None:
            org = self.resolve(bare["unit"].lower(), None, match.end())
            if org is not None:
                name = f"{name} {org.name}"
        s_start, s_end = self.sentence(match.start())
        days = [d for d in self.dates_in(s_start, s_end) if d.kind in ("day", "range")]
        return name, (days[0].first.isoformat() if days else None)

    def named_with_organiser(self, at: int, name: str) -> str:
        """An event named in lower case after ``WHO tổ chức`` (``lễ trao Huy hiệu Đảng đợt 3-2
        cho 287 đảng viên``), as attendance names it: up to ``cho N …``, and, when its words
        name no organisation or unit, ``của`` the organiser (a unit's committee by its unit:
        ``của huyện X``; an organisation named ``Đảng bộ …``, a cell or another body by its
        name)."""
        name = re.split(r" cho [0-9]| \"", name)[0]
        numbered = re.match(r".+? thực hiện (?:Chỉ thị|Kết luận|Quy định|Nghị quyết) số "
                            r"[0-9]+-[A-ZĐ]+/[A-ZĐ]+", name)
        if numbered is not None:
            # hội nghị sơ kết 3 năm thực hiện Chỉ thị số 12-CT/TU (ngày D) (của …) (về …): the
            # review of that instrument, named by its number
            return numbered.group(0)
        # hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết …, hội nghị cho ý kiến vào dự thảo
        # Báo cáo chính trị trình Đại hội …: the meeting, not the topic it carries out
        name = re.split(r" (?:thực hiện|trình) (?=[A-ZĐ]|[Nn]ghị quyết|[Đđ]ại hội)"
                        r"| và (?:bàn|triển khai) (?:nhiệm vụ|phương hướng)", name)[0]
        # hội nghị công bố Quyết định số N ngày D về việc thành lập X trực thuộc Y (và Quyết
        # định số …): hội nghị công bố quyết định thành lập X
        name = re.sub(r"Quyết định số \S+(?: ngày \S+)? về việc ", "quyết định ", name)
        if name != (name := re.split(r" trực thuộc | và [Qq]uyết định ", name)[0]):
            return name
        if re.search(r"(?<![^\W\d_])(?:Đảng bộ|Đảng ủy|Chi bộ|Tỉnh ủy|Huyện ủy|Thành ủy|Thị ủy|"
                     r"Quận ủy|Đảng Cộng sản)(?![^\W\d_])|(?:Ban|Ủy ban|" + UNIT_WORDS
                     + r") [A-ZĐ]", name):
            return name
        lead = re.compile(r" (?:đã )?(?:long trọng )?tổ chức $")
        who = [m for m in self.mentions if m.end <= at and lead.fullmatch(self.text, m.end, at)]
        termed = re.search(r"(?<![^\W\d_])Ban Chấp hành Đảng bộ [^,.;:\n]{3,60}? khóa [IVXLC]+"
                           r"(?= (?:đã )?(?:long trọng )?tổ chức $)",
                           self.text[max(0, at - 100):at])
        if termed is not None:
            # Ban Chấp hành Đảng bộ huyện X khóa XXI tổ chức hội nghị …: of that committee, in
            # its words (as a plenum is named)
            return f"{name} của {' '.join(termed.group(0).split())}"
        if not who:
            return name
        # the longest words before the verb (Ủy ban Kiểm tra Huyện ủy X, not Huyện ủy X);
        # Chi bộ X thuộc Đảng bộ Y tổ chức …: the cell, not what it is under
        first = min((m for m in who if m.end == who[-1].end), key=lambda m: m.start)
        under = [m for m in self.mentions if re.fullmatch(r" (?:trực )?thuộc ",
                                                          self.text[m.end:first.start])]
        if under:
            first = under[-1]
        org = next((o for o in self.orgs.values() if o.id == first.org), None)
        body = self.entities.get(first.ref, {})
        if org is not None and first.ref == first.org and body.get("form") == "committee" \
                and self.text.startswith("Đảng bộ", first.start):
            return f"{name} của {body['name']['vi']}"  # Đảng bộ phường X tổ chức …: its name
        if org is not None and body.get("kind") == "executive-committee" and \
                self.entities.get(org.id, {}).get("level") == "upper-base":
            # Đảng ủy các cơ quan Đảng tỉnh X tổ chức …: an organisation that is no unit's, by
            # its committee's name
            return f"{name} của {body['name']['vi']}"
        if org is not None and ((first.ref == first.org and body.get("form") == "committee")
                                or body.get("kind") in ("executive-committee",
                                                        "standing-committee")):
            return f"{name} của {org.unit.words} {org.name}"
        owner = body.get("name", {}).get("vi")
        return f"{name} của {owner}" if owner else name

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
        for mention in [*self.dates, *self.same_days()]:
            if mention.kind not in ("day", "range"):
                continue
            s_start, s_end = self.sentence(mention.start)
            lead = self.text[s_start:mention.start].strip()
            # (Nhân dịp / Chào mừng …,) Sáng 2-2, BODY tổ chức …: a clause of the occasion
            # before the day
            if (lead not in ("", "Trước đó,", "Sau đó,", "Tiếp đó,", "Ngay trong", "Ngay",
                             "Cũng trong", "Ngay sau đó,") and not re.fullmatch(
                    r"(?:Nhân (?:dịp|kỷ niệm)|Chào mừng|Hưởng ứng|Kỷ niệm)[^;:\n]*,", lead)
                    and not (re.fullmatch(r"(?:Thực hiện|Triển khai|Căn cứ) [^;:\n]*,", lead)
                             and not re.search(r"(?<![^\W\d_])(?:dự kiến|sẽ)(?![^\W\d_])", lead)
                             and mention.first <= self.published.last_day())) or \
                    self.text[mention.end:mention.end + 2] != ", ":
                continue  # (Thực hiện Chỉ thị …, ngày D, BODY tổ chức …: a day past)
            head = mention.end + 2
            venue = re.match(r"tại [^,.;:\n]{3,80}?, ", self.text[head:s_end])
            if venue is not None:
                head += venue.end()  # Sáng 14-3, tại Hội trường X, BODY tổ chức …
            after = re.match(r"(?:ngay )?(?:sau|trước) [^;:\n]{3,150}?, (?=[A-ZĐ])",
                             self.text[head:s_end])
            if after is not None:
                head += after.end()  # Sáng 1-7, ngay sau lễ công bố …, BODY tổ chức …
            if self.named_event(mention, head, s_end):
                continue
            actors = [m for m in self.mentions if head <= m.start < s_end]
            if actors and self.text[head:actors[0].start] == "Ban Chấp hành ":
                actors[0] = Mention(head, actors[0].end, actors[0].org,
                                    actors[0].ref)  # Ban Chấp hành Đảng bộ X: its committee
            if (not actors or actors[0].start != head) and \
                    self.event_held_by(mention, head, s_end, actors):
                continue
            if actors and actors[0].start != head:
                # Ngày D, a group the rules cannot name (làm việc với BODY): a session of
                # that body with it
                unnamed = _UNNAMED.match(self.text[head:s_end])
                host = next((m for m in actors if unnamed is not None
                             and m.start == head + unnamed.end()), None)
                if unnamed is not None and host is not None:
                    end = host.end
                    date = mention.first.isoformat()
                    self.fact({"id": f"session-{date}", "type": "session",
                               "name": {"vi": " ".join(self.text[head:end].split())},
                               "date": date, "participants": [host.ref],
                               "note": f"session (Ngày D, Tổ/Đoàn công tác … làm việc với "
                                       f"BODY): on '{mention.text}'; the group is not drafted"},
                              self.quote(mention.start, end))
                continue
            if not actors:
                continue
            rest = self.text[actors[0].end:s_end]
            term = re.match(r" khóa [IVXLC]+(?![^\W\d_])(?:,? nhiệm kỳ [0-9]{4}\s*-\s*[0-9]{4},?)?",
                            rest)
            under = [m for m in actors[1:2] if re.fullmatch(
                r" (?:trực )?thuộc ", self.text[actors[0].end:m.start])]
            bracket = re.match(r" \((?:tỉnh|thành phố|huyện|quận|thị xã) [^\W\d_][^()\n,;.]"
                               r"{0,40}\)", rest)
            skipped = term.end() if term else under[0].end - actors[0].end if under else \
                bracket.end() if bracket else 0
            # BODY khóa XXI tổ chức …; Chi bộ thôn X thuộc Đảng bộ xã Y tổ chức …; Đảng ủy xã
            # X (huyện Y) tổ chức …: the unit it lies in, bracketed
            rest = rest[skipped:]
            date = mention.first.isoformat()
            participants = list(dict.fromkeys(m.ref for m in actors))
            session = _SESSION.match(rest)
            event = _EVENT.match(rest)
            met = re.match(r" (?:đã )?họp(?![^\W\d_])", rest)
            announced = re.match(r" (?:đã )?(?:long trọng )?công bố (?:các )?[Qq]uyết định "
                                 r"(?:của [^,.;:\n]{3,60}? )?(?:về việc )?(?:thành lập|hợp nhất|"
                                 r"sáp nhập|giải thể) ", rest)
            founded = next((m for m in self.mentions if announced is not None and m.start ==
                            actors[0].end + skipped + announced.end()), None)
            if founded is not None and session is None and event is None:
                # Chiều 1-7, BODY công bố quyết định thành lập ORG …: the ceremony, on its day
                # (fact-sheets.md: *A founding decision*)
                self.fact({"id": f"event-{date}", "type": "event",
                           "name": {"vi": " ".join(self.text[actors[0].start:founded.end]
                                                   .split())},
                           "date": date, "participants": participants[:1],
                           "about": [founded.org],
                           "note": f"event (Ngày D, BODY công bố quyết định thành lập ORG): on "
                                   f"'{mention.text}'"}, self.quote(mention.start, founded.end))
                continue
            if session is not None:  # the group and whom it met, not who leads it
                met_at = actors[0].end + skipped + session.end()
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
                    at = actors[0].end + skipped + event.end()
                    end = self.event_name_end(at, s_end)
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

    def announced_at_congress(self) -> None:
        """``Tại đại hội / Tại phiên bế mạc, NAME (đã) công bố / trao Quyết định …``, ``Đại
        hội đã công bố Quyết định …``: an event at the congress held named last before it, on
        its closing day (``phiên bế mạc``) or else its first day, named by its words from
        the verb up to ``gồm`` or the end of the clause."""
        for match in _ANNOUNCED.finditer(self.text):
            held = [c for at, c in self.congress_at if at < match.start()
                    and "held" in self.entities[c]]
            if not held:
                continue
            window = self.entities[held[-1]]["held"]
            first, last = (window.get("from"), window.get("to", window.get("from"))) \
                if isinstance(window, dict) else (window, window)
            if "bế mạc" in match.group(0) and isinstance(window, dict) and "to" not in window:
                continue  # (opened on a day, its closing day unknown)
            date = str(last if "bế mạc" in match.group(0) else first)
            if not date or date == "None":
                continue
            _s_start, s_end = self.sentence(match.start())
            end = self.event_name_end(match.start("verb"), s_end)
            cut = _CUT.search(self.text, match.start("verb"), end)
            end = cut.start() if cut else end
            name = " ".join(self.text[match.start("verb"):end].split())
            self.fact({"id": f"event-{date}-announced", "type": "event",
                       "name": {"vi": name[0].upper() + name[1:]}, "date": date,
                       "about": [held[-1]],
                       "note": "event (Tại đại hội, … công bố / trao Quyết định …): at the "
                               "congress, on its " + ("closing" if "bế mạc" in match.group(0)
                                                      else "first") + " day"},
                      self.quote(match.start(), end))

    def dated_after(self) -> None:
        """A sentence that opens with a committee and tells its day after the verb: ``BODY
        (đã) làm việc với BODY vào ngày D (để …)`` is a session; ``BODY (đã / vừa) tổ chức
        hội nghị … vào chiều D`` an event named by its words up to the day. Not when the
        sentence opens with a day (read by :meth:`meetings`) or the day is after
        publication (a plan)."""
        first: dict[int, Mention] = {}
        for m in self.mentions:
            first.setdefault(m.start, m)
        for s_match in re.finditer(r"(?:^|(?<=\n)|(?<=\. ))(?=[A-ZĐ])", self.text):
            if s_match.start() not in first and not _NAMED_THEN_DAY.match(self.text,
                                                                          s_match.start()):
                continue  # (neither a committee nor a meeting opens the sentence)
            s_start, s_end = self.sentence(s_match.start() + 1)
            if self.text[s_start:s_match.start()].strip():
                continue
            named = _NAMED_THEN_DAY.match(self.text, s_match.start(), s_end)
            if named is not None and re.search(r"(?<![^\W\d_])(?:dự kiến|sẽ|kế hoạch)(?![^\W\d_])",
                                               named.group(0)):
                continue  # (a meeting planned, not held)
            if named is not None:
                # Hội nghị lần thứ 30 Ban Chấp hành … (đã) diễn ra (vào) ngày 3-7: named first
                day = next((d for d in self.dates_in(s_match.start(), s_end)
                            if d.start <= named.end() < d.end and d.kind == "day"
                            and d.first <= self.published.last_day()), None)
                if day is not None:
                    date = day.first.isoformat()
                    self.fact({"id": f"event-{date}", "type": "event",
                               "name": {"vi": " ".join(named["name"].split())}, "date": date,
                               "note": f"event (Hội nghị … diễn ra ngày D): on '{day.text}'"},
                              self.quote(s_match.start(), day.end))
                continue
            actor = first.get(s_match.start())
            if actor is None:
                continue
            days = [d for d in self.dates_in(actor.end, s_end) if d.kind == "day"
                    and d.first <= self.published.last_day() and re.search(
                        r" vào (?:(?:sáng|chiều|tối|trưa) )?(?:ngày )?$",
                        self.text[max(actor.end, d.start - 20):d.start])]
            if len(days) != 1:
                continue
            day = days[0]
            lead = re.search(r" vào (?:(?:sáng|chiều|tối|trưa) )?(?:ngày )?$",
                             self.text[max(0, day.start - 20):day.start])
            at = day.start - (len(lead.group(0)) if lead else 0)
            date = day.first.isoformat()
            worked = re.match(r" (?:đã |vừa )?(?:có buổi )?làm việc với ", self.text[actor.end:at])
            held = _HELD.match(self.text[actor.end:at])
            if worked is not None:
                other = next((m for m in self.mentions if m.start == actor.end + worked.end()),
                             None)
                if other is None or other.ref == actor.ref:
                    continue
                self.fact({"id": f"session-{date}", "type": "session",
                           "name": {"vi": " ".join(self.text[actor.start:other.end].split())},
                           "date": date, "participants": [actor.ref, other.ref],
                           "note": f"session (BODY làm việc với BODY vào ngày D): on "
                                   f"'{day.text}'"}, self.quote(actor.start, day.end))
            elif held is not None:
                begin = actor.end + held.end()
                end = min(self.event_name_end(begin, s_end), at)
                name = re.sub(r",$", "", self.text[begin:end].strip())
                self.fact({"id": f"event-{date}", "type": "event",
                           "name": {"vi": " ".join(name.split())}, "date": date,
                           "participants": [actor.ref],
                           "note": f"event (BODY tổ chức Hội nghị … vào ngày D): on "
                                   f"'{day.text}'"}, self.quote(actor.start, day.end))

    def work_handovers(self) -> None:
        """``(Ngay) sau lễ công bố / hội nghị, (đồng chí) A (đã) bàn giao công việc (…) cho
        (đồng chí) B``: a handover, an event on the day of the meeting told last before it
        (the day that opens its sentence), A and B (named already) its participants."""
        people = {e["name"]["vi"]: e["id"] for e in self.entities.values()
                  if e["type"] == "person"}
        for match in _HANDOVER.finditer(self.text):
            giver = person_name(self.text, match.end("lead"), expected=True)
            if giver is None or giver[0] not in people:
                continue
            gave = _GAVE.match(self.text, giver[1])
            if gave is None:
                continue
            taker = person_name(self.text, gave.end(), expected=True)
            if taker is None or taker[0] not in people or taker[0] == giver[0]:
                continue
            days = [d for d in self.dates if d.end <= match.start() and d.kind == "day"
                    and d.last <= self.published.last_day()
                    and not self.text[self.sentence(d.start)[0]:d.start].strip()]
            if not days:
                continue
            date = days[-1].first.isoformat()
            self.fact({"id": f"handover-{date}", "type": "event",
                       "name": {"vi": f"{giver[0]} bàn giao công việc{gave['what']} cho "
                                      f"{taker[0]}"},
                       "date": date, "participants": [people[giver[0]], people[taker[0]]],
                       "note": f"event (Ngay sau lễ công bố, A bàn giao công việc cho B): on "
                               f"'{days[-1].text}', the day of the meeting told before"},
                      self.quote(match.start(), taker[1]))

    def issued(self) -> None:
        """``(Thực hiện …, / Trước đó,) ngày D, BODY (đã) ban hành Quyết định / Chỉ thị / Kế
        hoạch … số N …`` and ``BODY (đã) ban hành Quyết định số N ngày D …``: an event on D,
        named by the words from the body to the end of the clause, the body its participant;
        not when the instrument founds, merges or ends an organisation (a change, read
        elsewhere), nor when an event of that day quotes the words already."""
        quoted = [(self.quoted_at[q], self.quoted_at[q] + len(q)) for f in self.facts
                  if f["type"] in ("event", "session", "change") for q in f["quote"]
                  if q in self.quoted_at]
        for mention in self.dates:
            if mention.kind != "day" or mention.first > self.published.last_day():
                continue  # (a day after publication: a plan, not an instrument issued)
            s_start, s_end = self.sentence(mention.start)
            if self.text[mention.end:mention.end + 2] == ", ":
                head = mention.end + 2
                lead = self.text[s_start:mention.start]
                if lead.strip() and not lead.endswith(", "):
                    continue
                actor = next((m for m in self.mentions if m.start == head), None)
                if actor is None:
                    continue
                verb = _ISSUES.match(self.text, actor.end, s_end)
                start = mention.start
            else:
                # BODY (đã) ban hành Quyết định số N ngày D: the day after the number
                verb = None
                actor = None
                back = _BACK.search(self.text[s_start:mention.start])
                if back is not None:
                    at = s_start + back.start()
                    actor = next((m for m in reversed(self.mentions)
                                  if s_start <= m.start and re.fullmatch(
                                      r" ", self.text[m.end:at])), None)
                if actor is None or back is None:
                    continue
                start = actor.start
            if actor is None or (verb is None and start == mention.start):
                continue
            end = self.event_name_end(mention.end if start != mention.start else actor.end,
                                      s_end)
            if re.search(r"(?<![^\W\d_])(?:thành lập|hợp nhất|sáp nhập|giải thể|kết thúc "
                         r"hoạt động)(?![^\W\d_])", self.text[s_start:s_end]):
                continue
            if any(a < end and start < b for a, b in quoted):
                continue
            date = mention.first.isoformat()
            name = " ".join(self.text[actor.start:end].split()).replace(" đã ban hành ",
                                                                        " ban hành ")
            item: dict[str, Any] = {"id": f"event-{date}-issued", "type": "event",
                                    "name": {"vi": name}, "date": date,
                                    "participants": [actor.ref],
                                    "note": f"event (BODY ban hành … số N, on a day): on "
                                            f"'{mention.text}'"}
            self.fact(item, self.quote(start, end))
            quoted.append((start, end))

    def event_name_end(self, at: int, s_end: int) -> int:
        """Where the name of an event that begins at ``at`` ends: at a bracket or the end of
        the sentence, or at a comma unless a list goes on after it (``hội nghị tổng kết công
        tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2019, triển khai …``: the comma
        before ``giám sát`` is inside the list ``A, B và C``) or a term (``, nhiệm kỳ …``)."""
        end = at
        while True:
            stop = _NAME_STOP.search(self.text, end, s_end)
            if stop is None:
                return s_end
            if stop.group(0) != ",":
                return stop.start()
            nxt = _NAME_STOP.search(self.text, stop.end(), s_end)
            part = self.text[stop.end():nxt.start() if nxt else s_end]
            if (not re.search(r" và ", part) or len(part) > 80) and not re.match(
                    r"\s*(?:nhiệm kỳ [0-9]{4}\s*-\s*[0-9]{4}|khóa [IVXLC]+|giám sát)(?![^\W\d_])",
                    part):  # (a term in the name goes on: …, nhiệm kỳ 2020-2025; so does the
                # pair kiểm tra, giám sát: công tác kiểm tra, giám sát quý I-2020)
                return stop.start()
            end = stop.end()

    def event_held_by(self, mention: DateMention, head: int, s_end: int,
                actors: list[Mention]) -> bool:
        """``Ngày D, WHO tổ chức Hội nghị / Kỳ họp / Lễ …`` where WHO is not a party
        committee the rules name (``Hội đồng nhân dân xã X``, ``Sở Y``): an event that day,
        its participants the committees named in WHO; True when one was drafted."""
        held = _HELD_BY.match(self.text, head, s_end)
        if held is None:
            met = _MET_BY.match(self.text, head, s_end)
            if met is None:
                return False
            # Ngày 12-1, Đoàn đại biểu … (đã) họp phiên chuẩn bị: a meeting that day, named by
            # its words up to a comma, held by the first committee named in WHO
            self.event_on_day(mention, head, s_end, met, actors, every_actor=False,
                              pattern="Ngày D, WHO (đã) họp …")
        else:
            self.event_on_day(mention, held.end(), s_end, held, actors, every_actor=True,
                              pattern="Ngày D, WHO tổ chức Hội nghị/Kỳ họp/Lễ …")
        return True

    def event_on_day(self, mention: DateMention, at: int, s_end: int, who: re.Match[str],
                     actors: list[Mention], *, every_actor: bool, pattern: str) -> None:
        """An event on ``mention``'s first day, named by the words from ``at`` (see
        :meth:`event_name_end`), its participants the committees named in ``who`` (the
        first of them unless ``every_actor``); the note names ``pattern``."""
        end = self.event_name_end(at, s_end)
        date = mention.first.isoformat()
        item: dict[str, Any] = {"id": f"event-{date}", "type": "event",
                                "name": {"vi": " ".join(self.text[at:end].split())},
                                "date": date}
        inside = [m.ref for m in actors if m.end <= who.end("who")]
        if inside:
            item["participants"] = list(dict.fromkeys(inside)) if every_actor else inside[:1]
        item["note"] = (f"event ({pattern}): on the first day of '{mention.text}'; held by "
                        f"'{who['who']}'")
        self.fact(item, self.quote(mention.start, end))

    def awards(self) -> None:
        """``(ORG được trao tặng) Huân chương X (năm 2005)``, ``… Bằng khen … năm 2015``: an
        award, an event in the year its words name; the organisation its sentence names
        first (if any) took part."""
        for match in _AWARD.finditer(self.text):
            year = match["y1"] or match["y2"]
            s_start, _s_end = self.sentence(match.start())
            if not re.search(r"(?:trao|tặng|tặng thưởng|nhận|đón nhận|phong tặng)(?![^\W\d_])",
                             self.text[s_start:match.start()]):
                continue  # an award said to be given (not one aimed at)
            item: dict[str, Any] = {"id": f"award-{year}-{slug(match['award'])}", "type": "event",
                                    "name": {"vi": " ".join(match["award"].split())},
                                    "date": year}
            named = [m.org for m in self.mentions if s_start <= m.start < match.start()]
            if named:
                item["participants"] = [named[0]]
            item["note"] = (f"event (an award, Huân chương … (năm YYYY)): in {year}, the year "
                            "its words name")
            self.fact(item, self.quote(match.start(), match.end()))

    def same_days(self) -> list[DateMention]:
        """``Cùng ngày, …`` (``Cũng trong ngày``, ``Trong cùng ngày``, ``(Nhân) dịp này``: on
        the occasion of the meeting told before) opening a sentence: the
        day of the last day (or range's first day) that opened a sentence before it."""
        found: list[DateMention] = []
        for match in re.finditer(r"(?:^|(?<=\n)|(?<=\. ))(?P<w>Cùng ngày|Cũng trong ngày|"
                                 r"Trong cùng ngày|(?:Nhân |Cũng )?[Dd]ịp này)(?=, )", self.text):
            before = [d for d in self.dates if d.end <= match.start()
                      and d.kind in ("day", "range")
                      and not self.text[self.sentence(d.start)[0]:d.start].strip()]
            if before:
                day = before[-1].first
                found.append(replace(before[-1], start=match.start("w"),
                                     end=match.end("w"), text=match["w"], first=day,
                                     last=day, kind="day"))
        return found
