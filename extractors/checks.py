"""Cross-checks between fields. They become warnings with stable codes, never silent fixes."""
from __future__ import annotations

import datetime as dt

from bangla_minutes.extractors import dates, memo
from bangla_minutes.schemas import Issued, Warning


def cross_checks(fields) -> list[Warning]:
    """Warnings of fields that do not agree with each other (fields: record.Fields)."""
    meeting, issued = fields.meeting, fields.issued
    meeting_date = _day(meeting.date.iso) if meeting.date else None
    issue_date = _issue_day(issued)
    out: list[Warning] = []
    out += _fiscal_year(fields.fiscal_year, fields.quarter, meeting_date)
    if issued and issued.consistent is False:
        out.append(Warning(code="issued_dates_inconsistent", field="issued",
                           message=f"the Bangla issue date {issued.bangla.raw} is {issued.bangla.gregorian}, "
                                   f"not {issued.gregorian.iso} ({issued.gregorian.raw})"))
    if issue_date and meeting_date and issue_date < meeting_date:
        out.append(Warning(code="issued_before_meeting", field="issued",
                           message=f"issued {issue_date} before the meeting of {meeting_date}"))
    if fields.memo:
        out += memo.memo_warnings(fields.memo, issue_date.year if issue_date else None)
    return out


def passed_own_checks(fields, warnings: list[Warning]) -> set[str]:
    """Fields whose values passed their own checks, so that a low OCR confidence casts no doubt on them:
    a memo number in a government layout without a warning, issue dates in both calendars naming the
    same day. Tesseract is unsure of digit strings it read right (0.17-0.58 on clean scans)."""
    doubted = {w.field for w in warnings}
    out = set()
    if fields.memo and fields.memo.scheme and "memo" not in doubted:
        out.add("memo")
    if fields.issued and fields.issued.consistent:
        out |= {"issued.gregorian", "issued.bangla"}
    return out


def _fiscal_year(fiscal_year: str | None, quarter: int | None, meeting_date: dt.date | None) -> list[Warning]:
    if not meeting_date:
        return []
    actual_year = dates.fiscal_year_of(meeting_date)
    if fiscal_year and fiscal_year != actual_year:
        return [Warning(code="fiscal_year_mismatch", field="fiscal_year",
                        message=f"the title names fiscal year {fiscal_year}, but the meeting date "
                                f"{meeting_date} lies in fiscal year {actual_year}")]
    actual_quarter = dates.quarter_of(meeting_date)
    if quarter and fiscal_year and quarter != actual_quarter:
        return [Warning(code="quarter_mismatch", field="quarter",
                        message=f"the title names quarter {quarter}, but the meeting date {meeting_date} "
                                f"lies in quarter {actual_quarter} of {actual_year}")]
    return []


def _issue_day(issued: Issued | None) -> dt.date | None:
    if not issued:
        return None
    if issued.gregorian:
        return _day(issued.gregorian.iso)
    if issued.bangla:
        return _day(issued.bangla.gregorian)
    return None


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)
