"""Each drafting rule on short SYNTHETIC sentences written for these tests (invented
`…Thử` places and people, invented numbers; nothing here is news). Every draft is also
written through `write_draft`, which raises unless the sheet loads as the build loads it, and
every quote must be an exact substring of the text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from partygraph.draft.write import write_draft
from partygraph.util.text import nfc

from ..conftest import repo_vocabulary

Items = list[dict[str, Any]]


def _draft(tmp_path: Path, body: str, published: str = "2020-06") -> tuple[str, Items]:
    """Draft a SYNTHETIC article made of ``body``: its text and every drafted item."""
    text = nfc(f"date {published} (SYN)- [SYNTHETIC TEST SENTENCES]\n{body}\n")
    article = tmp_path / f"synthetic-{len(list(tmp_path.glob('*.txt')))}.txt"
    article.write_text(text, encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    result = write_draft(article, data, vocabulary=repo_vocabulary())
    items = [*result.drafted.entities, *result.drafted.facts]
    for item in items:
        assert item["draft"] is True and item["note"], item
        for quote in item["quote"]:
            assert quote in text, (item["id"], quote)
    return text, items


def _of(items: Items, kind: str, **fields: Any) -> Items:
    return [i for i in items if i["type"] == kind
            and all(i.get(k) == v for k, v in fields.items())]


def _named(items: Items, kind: str, vi: str) -> dict[str, Any]:
    (item,) = [i for i in items if i["type"] == kind and i["name"]["vi"] == vi]
    return item


def _holdings(items: Items) -> set[tuple[str, str, str]]:
    """(person's name, post's role, name of what the post is in) of every holding."""
    by_id = {i["id"]: i for i in items}
    return {(by_id[h["person"]]["name"]["vi"], by_id[h["post"]]["role"],
             by_id[by_id[h["post"]]["in"]]["name"]["vi"]) for h in _of(items, "holding")}


@pytest.mark.parametrize(("published", "level"), [("2025-06", "base"), ("2025-07", "commune"),
                                                  ("2020-06", "base")])
def test_commune_and_ward_level_from_july_2025(tmp_path: Path, published: str,
                                               level: str) -> None:
    _text, items = _draft(tmp_path, "Đảng bộ xã Lam Thử có 412 đảng viên. Đảng bộ phường "
                                    "Hòa Thử có 530 đảng viên.", published)
    assert _named(items, "organisation", "Đảng bộ xã Lam Thử")["level"] == level
    assert _named(items, "organisation", "Đảng bộ phường Hòa Thử")["level"] == level


def test_a_commune_founded_from_july_2025_is_at_commune_level(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, "Đảng bộ xã Lam Thử được thành lập trên cơ sở hợp nhất "
                                    "Đảng bộ các xã Đông Thử, Tây Thử, hoạt động từ ngày "
                                    "1-7-2025.", "2025-06")
    assert _named(items, "organisation", "Đảng bộ xã Lam Thử")["level"] == "commune"
    assert _named(items, "organisation", "Đảng bộ xã Đông Thử")["level"] == "base"


def test_a_city_with_urban_districts_is_provincial(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, "Thành ủy Hòa Thử chọn Đảng bộ quận Đông Thử tổ chức "
                                    "đại hội điểm.")
    assert _named(items, "organisation", "Đảng bộ thành phố Hòa Thử")["level"] == "provincial"
    assert _named(items, "organisation", "Đảng bộ quận Đông Thử")["level"] == "district"
    _text, items = _draft(tmp_path, "Thành ủy Hòa Thử chọn Đảng bộ phường Đông Thử tổ chức "
                                    "đại hội điểm.")
    assert _named(items, "organisation", "Đảng bộ thành phố Hòa Thử")["level"] == "district"


def test_a_name_after_a_committee_is_a_person_not_a_place(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, "Bí thư Huyện ủy Bắc Thử Lưu Văn Thử Minh cho biết, "
                                    "Đảng bộ huyện có 3.100 đảng viên. Bí thư Thành ủy "
                                    "Trịnh Thị Thử Hoa phát biểu.")
    places = {p["name"]["vi"] for p in _of(items, "place")}
    assert places == {"huyện Bắc Thử"}
    assert ("Lưu Văn Thử Minh", "secretary", "Huyện ủy Bắc Thử") in _holdings(items)


def test_concurrent_posts_party_and_state(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, (
        "Đảng bộ xã Lam Thử (huyện Bắc Thử) tổ chức đại hội. Dự đại hội có đồng chí Lê Văn "
        "Thử Bình - Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy Bắc Thử; đồng chí Đinh "
        "Thị Thử Hà - Huyện ủy viên, Phó Chủ tịch UBND huyện. Ông Hoàng Văn Thử Tâm - Phó "
        "Bí thư Đảng ủy, Chủ tịch UBND xã Lam Thử phát biểu. Bà Phạm Thị Thử Lan được bầu "
        "giữ chức Phó Bí thư Thường trực Đảng ủy xã Lam Thử."))
    assert _holdings(items) == {
        ("Lê Văn Thử Bình", "standing-member", "Ban Thường vụ Huyện ủy Bắc Thử"),
        ("Lê Văn Thử Bình", "head", "Ban Tổ chức Huyện ủy Bắc Thử"),
        ("Đinh Thị Thử Hà", "member", "Huyện ủy Bắc Thử"),
        ("Đinh Thị Thử Hà", "vice-chairperson", "Ủy ban nhân dân huyện Bắc Thử"),
        ("Hoàng Văn Thử Tâm", "deputy-secretary", "Đảng ủy xã Lam Thử"),
        ("Hoàng Văn Thử Tâm", "chairperson", "Ủy ban nhân dân xã Lam Thử"),
        ("Phạm Thị Thử Lan", "standing-deputy-secretary", "Đảng ủy xã Lam Thử"),
    }
    assert _named(items, "organ", "Ủy ban nhân dân xã Lam Thử")["kind"] == "peoples-committee"
    assert _named(items, "person", "Phạm Thị Thử Lan")["gender"] == "female"
    assert _named(items, "person", "Hoàng Văn Thử Tâm")["gender"] == "male"
    assert "gender" not in _named(items, "person", "Lê Văn Thử Bình")


def test_name_dash_title_and_inspection_chair(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, (
        "Huyện ủy Bắc Thử họp. Mạc Văn Thử Hùng-Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm "
        "tra Huyện ủy-cho biết kết quả. Ủy ban Kiểm tra Quận ủy Đông Thử gồm 7 đồng chí do ông "
        "Ông Văn Thử Dũng làm Chủ nhiệm."))
    assert _holdings(items) == {
        ("Mạc Văn Thử Hùng", "standing-member", "Ban Thường vụ Huyện ủy Bắc Thử"),
        ("Mạc Văn Thử Hùng", "chair", "Ủy ban Kiểm tra Huyện ủy Bắc Thử"),
        ("Ông Văn Thử Dũng", "chair", "Ủy ban Kiểm tra Quận ủy Đông Thử"),
    }


def test_former_posts_and_nominations_are_not_holdings(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, (
        "Bà Ngô Thị Thử Mai, nguyên Bí thư Đảng ủy xã Lam Thử, được chỉ định giữ chức Bí thư "
        "Đảng ủy phường Hòa Thử. Ông Vũ Văn Thử Nam được giới thiệu để bầu giữ chức Chủ tịch "
        "UBND xã Lam Thử."))
    assert _holdings(items) == {("Ngô Thị Thử Mai", "secretary", "Đảng ủy phường Hòa Thử")}


def test_attendance_at_the_congress_reported(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, (
        "Trong 2 ngày 10 và 11-6, Đảng bộ xã Lam Thử tổ chức Đại hội đại biểu lần thứ XV, "
        "nhiệm kỳ 2020-2025. Dự đại hội có đồng chí Lê Văn Thử Bình - Bí thư Huyện ủy Bắc "
        "Thử; đồng chí Đinh Thị Thử Hà - Phó Chủ tịch UBND huyện Bắc Thử."))
    congress = _named(items, "congress", "Đại hội đại biểu Đảng bộ xã Lam Thử lần thứ XV")
    assert congress["held"] == {"from": "2020-06-10", "to": "2020-06-11"}
    attended = _of(items, "attendance", congress=congress["id"])
    assert len(attended) == 2 and all(len(a["capacity"]) == 1 for a in attended)


def test_attendance_told_after_the_titles(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, (
        "Sáng 20-7, Đảng bộ huyện Bắc Thử tổ chức Đại hội đại biểu lần thứ XX trong 2 ngày "
        "20 và 21-7. Đồng chí Vương Văn Thử Khoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân "
        "vận Tỉnh ủy Hòa Thử dự và chỉ đạo đại hội. Ông Lê Văn Thử Cường, Bí thư Huyện ủy Bắc "
        "Thử phát biểu khai mạc."), "2020-07")
    (attended,) = _of(items, "attendance")
    by_id = {i["id"]: i for i in items}
    assert by_id[attended["person"]]["name"]["vi"] == "Vương Văn Thử Khoa"
    assert sorted(by_id[p]["role"] for p in attended["capacity"]) == ["head", "standing-member"]
    assert by_id[attended["congress"]]["ordinal"] == 20


def test_instruments_and_their_issuers(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, (
        "Theo Chỉ thị số 12-CT/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy Bắc Thử ban hành "
        "Quyết định số 99-QĐ/HU. Nghị quyết số 7-NQ/TU nêu rõ. Quyết định số 5-QĐ/ĐU được "
        "công bố."))
    directives = {d["number"]: d for d in _of(items, "directive")}
    assert set(directives) == {"12-CT/TW", "99-QĐ/HU"}  # no province named: 7-NQ/TU is not
    assert directives["12-CT/TW"]["issued_by"] == "cpv-politburo"
    assert directives["12-CT/TW"]["kind"] == "directive"
    assert directives["99-QĐ/HU"]["issued_by"] == "bac-thu-district-standing-committee"
    assert directives["99-QĐ/HU"]["kind"] == "decision"
    assert _named(items, "organisation", "Đảng Cộng sản Việt Nam")["level"] == "central"


def test_changes_of_organisations(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, (
        "Từ ngày 1-7-2025, Đảng bộ huyện Bắc Thử kết thúc hoạt động. Đảng bộ xã Lam Thử được "
        "thành lập trên cơ sở hợp nhất Đảng bộ các xã Đông Thử, Tây Thử, hoạt động từ ngày "
        "1-7-2025. Ngày 15-12-2003, Đảng bộ huyện Cao Thử được đổi tên thành Đảng bộ thị xã "
        "Cao Thử. Lễ kỷ niệm 70 năm Ngày thành lập Đảng bộ thị xã (3/2/1955-3/2/2025)."),
        "2025-06")
    by_kind = {c["kind"]: c for c in _of(items, "change")}
    assert set(by_kind) == {"dissolved", "merged", "renamed", "created"}
    assert by_kind["dissolved"]["from"] == ["bac-thu-district-party"]
    assert by_kind["dissolved"]["date"] == "2025-07-01"
    assert by_kind["merged"]["to"] == ["lam-thu-commune-party"]
    assert sorted(by_kind["merged"]["from"]) == ["dong-thu-commune-party",
                                                 "tay-thu-commune-party"]
    assert by_kind["renamed"]["date"] == "2003-12-15"
    assert by_kind["renamed"]["to"] == ["cao-thu-town-party"]
    assert by_kind["created"] == {**by_kind["created"], "date": "1955-02-03",
                                  "to": ["cao-thu-town-party"]}


def test_lists_of_units(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, "Phường Lam Thử được thành lập trên cơ sở sắp xếp các "
                                    "phường Đông Thử, Tây Thử và xã Nam Thử.")
    assert {(p["name"]["vi"], p["kind"]) for p in _of(items, "place")} == {
        ("phường Đông Thử", "ward"), ("phường Tây Thử", "ward"), ("xã Nam Thử", "commune")}


def test_congress_dates_closing_day_and_arabic_ordinal(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, (
        "Sáng 23-7, Đại hội đại biểu Đảng bộ quận Đông Thử lần thứ VIII đã bế mạc. Trong 2 "
        "ngày 22 và 23-7, các đại biểu đã thảo luận.\n"
        "Sáng 6-8, Đại hội đại biểu Đảng bộ huyện Bắc Thử lần thứ 12 bế mạc sau 3 ngày làm "
        "việc.\n"
        "Đại hội đại biểu Đảng bộ xã Lam Thử lần thứ I dự kiến diễn ra trong tháng 9-2020."),
        "2020-08")
    held = {c["ordinal"]: c.get("held") or c.get("planned") for c in _of(items, "congress")}
    assert held[8] == {"from": "2020-07-22", "to": "2020-07-23"}
    assert held[12] == {"from": "2020-08-04", "to": "2020-08-06"}
    assert held[1] == {"from": "2020-09-01", "to": "2020-09-30", "text": "tháng 9-2020"}


def test_delegates_speak_for_the_congress_organisation(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, (
        "Trong 2 ngày 14 và 15-5, Đảng bộ xã Lam Thử tổ chức Đại hội đại biểu lần thứ XV. "
        "Ban Thường vụ Huyện ủy Bắc Thử chọn đây là đại hội điểm.\n"
        "Về dự đại hội có 90 đại biểu đại diện cho 312 đảng viên của 14 chi bộ trực thuộc. "
        "Đảng bộ huyện Bắc Thử có 21 đảng bộ cơ sở và 15 chi bộ cơ sở."), "2020-05")
    figures = {(o["of"], o["measure"], o["value"], o["as_of"]) for o in _of(items, "observation")}
    assert figures == {("lam-thu-commune-party", "members", 312, "2020-05-14"),
                       ("lam-thu-commune-party", "cells", 14, "2020-05-14")}


def test_congresses_held_by_base_organisations_is_the_districts_tally(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, (
        "Ban Thường vụ Huyện ủy Bắc Thử chọn Đảng bộ xã Lam Thử tổ chức đại hội điểm. Đến "
        "nay đã có 7/30 tổ chức cơ sở đảng tổ chức xong đại hội."))
    (tally,) = _of(items, "tally")
    assert (tally["of"], tally["done"], tally["total"]) == ("bac-thu-district-party", 7, 30)


def test_tasks_with_deadlines(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, (
        "Theo kế hoạch, 30 tổ chức cơ sở đảng trong huyện sẽ hoàn thành đại hội trước ngày "
        "30-6-2020. Các chi bộ thôn đã hoàn thành đại hội trước ngày 5-6-2020. Các đơn vị "
        "báo cáo trước ngày 1-7-2020."))
    tasks = {t["due_before"]: t for t in _of(items, "task")}
    assert set(tasks) == {"2020-06-30", "2020-06-05"}
    assert tasks["2020-06-30"]["name"]["vi"] == ("30 tổ chức cơ sở đảng trong huyện hoàn "
                                                 "thành đại hội")
    assert (tasks["2020-06-30"]["status"], tasks["2020-06-30"]["count"]) == ("planned", 30)
    assert tasks["2020-06-05"]["status"] == "completed"


def test_subordination_session_and_event(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, (
        "Đảng bộ xã Lam Thử trực thuộc Đảng bộ huyện Bắc Thử. Ngày 3-6, Ban Thường vụ Huyện "
        "ủy Bắc Thử đã làm việc với Ban Thường vụ Đảng ủy xã Lam Thử. Ngày 9-6, Huyện ủy Bắc "
        "Thử tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 20, tổng kết công tác."))
    (sub,) = _of(items, "subordination")
    assert (sub["child"], sub["parent"]) == ("lam-thu-commune-party", "bac-thu-district-party")
    (session,) = _of(items, "session")
    assert session["date"] == "2020-06-03" and len(session["participants"]) == 2
    (event,) = _of(items, "event")
    assert (event["date"], event["name"]["vi"]) == (
        "2020-06-09", "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 20")
    assert event["participants"] == ["bac-thu-district-committee"]


def test_cells_their_congress_and_secretary(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, (
        "Đảng bộ quận Đông Thử có 9 đảng bộ phường. Trước đó, ngày 3-6, Chi bộ Khu phố 4, "
        "phường Nam Thử đã tổ chức đại hội toàn thể đảng viên với 31/31 đảng viên có mặt. "
        "Đồng chí Tạ Thị Thử Vy được đại hội bầu làm Bí thư Chi bộ. Chi bộ Trung tâm Y tế "
        "huyện Bắc Thử và Đảng bộ Công ty cổ phần Nước sạch Thử được khen thưởng."))
    cell = _named(items, "organisation", "Chi bộ Khu phố 4, phường Nam Thử")
    assert (cell["form"], cell["level"]) == ("cell", "subordinate")
    assert _named(items, "organisation", "Đảng bộ phường Nam Thử")["implied"] is True
    assert _named(items, "organisation", "Chi bộ Trung tâm Y tế huyện Bắc Thử")["level"] == "base"
    company = _named(items, "organisation", "Đảng bộ Công ty cổ phần Nước sạch Thử")
    assert (company["form"], company["level"]) == ("committee", "base")
    (congress,) = _of(items, "congress", of=cell["id"])
    assert (congress["kind"], congress["held"]) == ("members",
                                                    {"from": "2020-06-03", "to": "2020-06-03"})
    assert _of(items, "observation", of=cell["id"], measure="members", value=31)
    by_id = {i["id"]: i for i in items}
    (holding,) = _of(items, "holding")
    assert by_id[holding["post"]]["in"] == cell["id"]


def test_figures_of_the_whole_organisation_and_elected_delegates(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, (
        "Trong 2 ngày 20 và 21-7, Đảng bộ huyện Bắc Thử tổ chức Đại hội đại biểu lần thứ XX, "
        "nhiệm kỳ 2020-2025. Toàn Đảng bộ có 40 tổ chức cơ sở đảng với 3.200 đảng viên. Trong "
        "nhiệm kỳ 2015-2020, Đảng bộ huyện Bắc Thử đã thực hiện Nghị quyết Đại hội lần thứ "
        "XIX. Ban Chấp hành đã bầu Ban Thường vụ gồm 13 đồng chí. Đại hội cũng bầu 25 đại biểu "
        "chính thức đi dự Đại hội đại biểu Đảng bộ tỉnh."), "2020-07")
    figures = {(o["measure"], o["value"], o["as_of"]) for o in _of(items, "observation")}
    assert figures == {("base-organisations", 40, "2020-07"), ("members", 3200, "2020-07"),
                       ("delegates", 25, "2020-07-21")}
    terms = {(t["start_year"], t.get("ordinal")): t["id"] for t in _of(items, "term")}
    assert set(terms) == {(2020, 20), (2015, 19)}
    (old,) = _of(items, "congress", ordinal=19)
    assert old["term"] == terms[(2015, 19)]
    assert _named(items, "body", "Ban Thường vụ Huyện ủy Bắc Thử")["kind"] == "standing-committee"


def test_working_group_dissolution_and_effective_date(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, (
        "Ngày 12-5, Tổ công tác của Ban Thường vụ Tỉnh ủy Hòa Thử đã làm việc với Ban Thường "
        "vụ Huyện ủy Bắc Thử. Về tổ chức, ngày 2-5, Ban Thường vụ Huyện ủy Bắc Thử đã quyết "
        "định giải thể Đảng bộ Công ty Vận tải Bắc Thử.\n"
        "Ngày 20-5, Ban Thường vụ Tỉnh ủy Hòa Thử công bố Quyết định số 88-QĐ/TU về việc "
        "thành lập Đảng bộ xã Lam Thử trực thuộc Đảng bộ tỉnh, trên cơ sở hợp nhất Đảng bộ xã "
        "Đông Thử và Đảng bộ xã Tây Thử. Các quyết định có hiệu lực từ ngày 1-6-2020."))
    group = _named(items, "body", "Tổ công tác của Ban Thường vụ Tỉnh ủy Hòa Thử")
    assert group["kind"] == "working-group"
    (session,) = _of(items, "session")
    assert group["id"] in session["participants"]
    changes = {c["kind"]: c for c in _of(items, "change")}
    assert set(changes) == {"dissolved", "merged"}
    assert (changes["dissolved"]["from"], changes["dissolved"]["date"]) == (
        ["cong-ty-van-tai-bac-thu-party"], "2020-05-02")
    assert changes["merged"]["date"] == "2020-06-01"


def test_posts_of_bodies_the_rules_do_not_know_are_skipped(tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, (
        "Đảng ủy xã Lam Thử họp. Ông Lê Văn Thử Cường, Bí thư Đoàn Thanh niên, Phó Chủ tịch "
        "UBND xã Lam Thử phát biểu. Bà Hà Thị Thử Liên, Chủ tịch Hội Nông dân xã, dự họp."))
    assert _holdings(items) == {
        ("Lê Văn Thử Cường", "vice-chairperson", "Ủy ban nhân dân xã Lam Thử")}


def test_a_committee_named_alone_among_several_is_the_congress_organisations(
        tmp_path: Path) -> None:
    _text, items = _draft(tmp_path, (
        "Trong 2 ngày 9 và 10-10, Đảng bộ tỉnh Hòa Thử tổ chức Đại hội đại biểu lần thứ I, "
        "nhiệm kỳ 2025-2030. Tỉnh Hòa Thử mới được hợp nhất từ tỉnh Hòa Thử và tỉnh Lam Thử; "
        "Đảng bộ tỉnh Lam Thử kết thúc hoạt động. Ông Đỗ Văn Thử Lâm, Bí thư Tỉnh ủy, phát "
        "biểu bế mạc."), "2025-10")
    assert _holdings(items) == {("Đỗ Văn Thử Lâm", "secretary", "Tỉnh ủy Hòa Thử")}
