"""What a sheet's own checks warn about, as validation warnings.

A sheet is checked when it is read (:func:`partygraph.sheets.load.sheet_warnings`), and the
build keeps what it found with the sheet (so a sheet taken from the build's cache is reported
too); validation reports each at its line:

- ``sheets:figure-not-in-quote``: an observation's ``value`` or ``percent``, or a tally's
  ``done`` or ``total``, that no quote of the item writes: a typo in the figure, or a figure
  stated by a sentence left out of the quote;
- ``sheets:records-nothing``: a sheet with no entity and no fact (as ``partygraph new``
  starts one): none of its article is in the graph yet;
- ``sheets:same-organisation``: an organisation declared with the name, form, level and
  place (or parent) of another id, no change linking the two (found across the sheets);
- ``sheets:same-person`` (info): a person declared with the name of another id, neither
  saying ``different_from`` the other: one person under two ids, or namesakes (found across
  the sheets). Info, not warning: namesakes are many, and a draft that could not tell which
  of two namesakes an article means mints a third id for the reviewer to settle.
"""

from __future__ import annotations

from collections.abc import Iterable

from partygraph.compile.dataset import Origin
from partygraph.validate.results import ValidationResult

__all__ = ["sheet_warning_results"]

_SEVERITY = {"same-person": "info"}  # (the others are warnings)


def _messages(check: str, item: str, field: str, value: str) -> tuple[str, str]:
    if check == "figure-not-in-quote":
        return (f"{field} {value} of '{item}' is not written in its quote: correct the "
                f"{field}, or add the sentence that states it to the quote",
                f"số liệu {field} {value} của '{item}' không có trong trích dẫn: sửa lại số "
                "liệu, hoặc thêm câu nêu số liệu đó vào trích dẫn")
    if check == "same-organisation":
        return (f"'{item}' is declared with the name, form, level and place (or parent) of "
                f"{value}, and no change links the two: one organisation under two ids? (a "
                "typo in an id makes a second one); use one id, or record the change",
                f"'{item}' trùng tên, hình thức, cấp và địa bàn (hoặc cấp trên) với {value} "
                "mà không có thay đổi nào nối hai tổ chức: một tổ chức mang hai mã? (gõ sai "
                "mã sẽ tạo tổ chức thứ hai); hãy dùng một mã, hoặc ghi thay đổi")
    if check == "same-person":
        return (f"'{item}' is declared with the name of {value}: one person under two ids? (a "
                "typo in an id makes a second one, counted twice); use one id, or, for "
                "namesakes, say so with different_from",
                f"'{item}' trùng họ tên với {value}: một người mang hai mã? (gõ sai mã sẽ tạo "
                "người thứ hai, bị đếm hai lần); hãy dùng một mã, hoặc nếu là hai người trùng "
                "tên, ghi different_from")
    return ("the sheet records nothing yet (no entity, no fact): none of its article is in "
            "the graph; write them, or draft them with 'partygraph draft'",
            "bảng dữ kiện chưa ghi gì (không thực thể, không dữ kiện): bài báo chưa có gì "
            "trong đồ thị; hãy ghi, hoặc soạn nháp bằng 'partygraph draft'")


def sheet_warning_results(warnings: Iterable[tuple[str, str, int, str, str, str]]
                          ) -> list[ValidationResult]:
    """A warning for each (check, sheet, line, item id, field, value) a build found."""
    results = []
    for check, sheet, line, item, field, value in warnings:
        english, vietnamese = _messages(check, item, field, value)
        results.append(ValidationResult(
            severity=_SEVERITY.get(check, "warning"), message=english,
            message_vi=vietnamese, focus=item or sheet,
            path=field or None, value=value or None, shape=f"sheets:{check}",
            origins=(Origin(sheet, line, item),)))
    return results
