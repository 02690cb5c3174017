"""A parsed record, and the ingest journal's note on a document, as rows of the dataset's tables.

Rows are dicts keyed by the column names of schemas/tables.py, with Python values of the column's
logical type (datetime.date, datetime.time, datetime.datetime, bool, int, float, str, None).
"""
from __future__ import annotations

import datetime as dt

from bangla_minutes.pipeline.dataset.failures import failure_kind
from bangla_minutes.schemas import DateValue, Person, Record
from bangla_minutes.schemas.tables import DOCUMENTS, MEMO_PARTS


def document_row(result: dict) -> dict:
    """The documents row of one journaled result (its keys are the documents columns)."""
    row = {name: result.get(name) for name in DOCUMENTS.column_names}
    row["ingested_at"] = dt.datetime.fromisoformat(result["ingested_at"])
    if row["status"] == "failed" and not row["failure"]:  # journaled before the kind was stored
        row["failure"] = failure_kind(row["error"] or "")
    return row


def record_rows(record: Record, copy_count: int = 1, more_warnings: list[dict] = ()) -> dict[str, list[dict]]:
    """Rows of every table a parsed record fills, keyed by table name. The meeting has `copy_count`
    copies; `more_warnings` (code, field, message: copies_disagree) follow the record's own."""
    key = {"doc_id": record.doc_id}
    agenda, decisions = [], []
    for item_index, item in enumerate(record.agenda, 1):
        agenda.append({**key, "item_index": item_index, "number": item.number, "title": item.title,
                       "discussion": item.discussion, "decision_count": len(item.decisions)})
        for decision_index, decision in enumerate(item.decisions, 1):
            decisions.append({**key, "item_index": item_index, "decision_index": decision_index,
                              "label": decision.label, "text": decision.text,
                              "responsible": decision.responsible,
                              "deadline": _date(decision.deadline),
                              "deadline_raw": decision.deadline.raw if decision.deadline else None})
    warnings = [{"code": w.code, "field": w.field, "message": w.message} for w in record.warnings]
    warnings += more_warnings
    return {
        "meetings": [{**meeting_row(record), "warning_count": len(warnings), "copy_count": copy_count}],
        "agenda_items": agenda,
        "decisions": decisions,
        "attendees": [{**key, "attendee_index": i, **_person(p)} for i, p in enumerate(record.attendees, 1)],
        "distribution": [{**key, "recipient_index": i, "text": r.text, "designation": r.designation,
                          "office": r.office, "note": r.note}
                         for i, r in enumerate(record.distribution, 1)],
        "signatories": [{**key, "signatory_index": i, **_person(p)}
                        for i, p in enumerate(record.signatories, 1)],
        "warnings": [{**key, "warning_index": i, **w} for i, w in enumerate(warnings, 1)],
    }


def meeting_row(record: Record) -> dict:
    meeting, memo, issued = record.meeting, record.memo, record.issued
    chair = _person(record.chair) if record.chair else {}
    parts = (memo.parts if memo else None) or {}
    return {
        "doc_id": record.doc_id,
        "title": record.title,
        "fiscal_year": record.fiscal_year,
        "quarter": record.quarter,
        "office": meeting_office(record),
        **{f"chair_{name}": chair.get(name) for name in ("name", "titles", "designation", "office")},
        "meeting_date": _date(meeting.date),
        "meeting_date_raw": meeting.date.raw if meeting.date else None,
        "meeting_date_calendar": meeting.date.calendar if meeting.date else None,
        "meeting_time": _time(meeting.time.value) if meeting.time else None,
        "meeting_time_raw": meeting.time.raw if meeting.time else None,
        "venue": meeting.venue,
        "attendance_ref": meeting.attendance_ref,
        "memo_raw": memo.raw if memo else None,
        "memo_normalized": memo.normalized if memo else None,
        "memo_scheme": memo.scheme if memo else None,
        **{f"memo_{part}": parts.get(part) for part in MEMO_PARTS},
        "issued_date": _date(issued.gregorian) if issued else None,
        "issued_date_raw": issued.gregorian.raw if issued and issued.gregorian else None,
        "issued_bangla_date": _iso_date(issued.bangla.gregorian) if issued and issued.bangla else None,
        "issued_bangla_raw": issued.bangla.raw if issued and issued.bangla else None,
        "issued_consistent": issued.consistent if issued else None,
        "distribution_note": record.distribution_note,
        "agenda_item_count": len(record.agenda),
        "decision_count": sum(len(item.decisions) for item in record.agenda),
        "attendee_count": len(record.attendees),
        "signatory_count": len(record.signatories),
        "warning_count": len(record.warnings),
        "copy_count": 1,
    }


def meeting_office(record: Record) -> str | None:
    """The office the meeting belongs to as its people name it: the chair's, else the issuer's,
    else any signatory's (the record has no field of its own for the convening office)."""
    issuers = [p for p in record.signatories if p.role == "issuer"]
    for person in [record.chair, *issuers, *record.signatories]:
        if person and person.office:
            return person.office
    return None


def _person(person: Person) -> dict:
    return {"name": person.name, "titles": " ".join(person.titles) or None,
            "designation": person.designation, "office": person.office, "role": person.role,
            "raw": person.raw}


def _date(value: DateValue | None) -> dt.date | None:
    return _iso_date(value.iso) if value else None


def _iso_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:  # a well-formed but impossible day; the record keeps raw and a warning
        return None


def _time(text: str) -> dt.time | None:
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        return None
