"""The analysis dataset's tables: names, columns, logical types and keys.

Pure data, read by the writer (pipeline/dataset.py) for Parquet schemas and SQLite DDL and by
pipeline/tables.py, which turns a record into rows. Indices are 1-based positions in the record's lists.

Logical types: text, int, float, bool, date (a calendar day), time (hour:minute), timestamp (UTC).
SQLite keeps date and time as ISO text ("2023-08-22", "12:30"), bool as 0/1.
"""
from __future__ import annotations

from dataclasses import dataclass

TYPES = ("text", "int", "float", "bool", "date", "time", "timestamp")


@dataclass(frozen=True)
class Column:
    name: str
    type: str = "text"


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str  # the referenced table; its key columns carry the same names


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _cols(*specs: str) -> tuple[Column, ...]:
    """Columns from "name" or "name:type" strings."""
    return tuple(Column(*spec.split(":")) for spec in specs)


_PERSON = ("name", "titles", "designation", "office", "role", "raw")  # titles joined with a space
# The groups of government memo numbers (docs/conventions.md, memo), each a meetings column "memo_<part>".
MEMO_PARTS = ("ministry", "office", "geo", "sub_office", "branch", "subject", "file", "year", "serial")

DOCUMENTS = Table(
    "documents", "One row per distinct source content (doc_id = sha256 of the bytes): status ok, failed "
                 "(failure: its kind) or not_minutes; meeting_id: the meeting it is a copy of (the doc_id of "
                 "the copy whose rows the meeting has), copy_used: whether it is that copy.",
    _cols("doc_id", "path", "status", "error", "failure", "media_type", "pages:int", "text_origin",
          "ocr_confidence:float", "size_bytes:int", "parse_seconds:float", "pipeline_version",
          "ingested_at:timestamp", "meeting_id", "copy_used:bool"),
    ("doc_id",))

PATHS = Table(
    "paths", "Every path a document was found under (the same bytes under two names: two rows).",
    _cols("path", "doc_id"),
    ("path",), (ForeignKey(("doc_id",), "documents"),))

MEETINGS = Table(
    "meetings", "One row per meeting, however many copies (documents.meeting_id): from its best copy, "
                "whose doc_id keys it and its items.",
    _cols("doc_id", "title", "fiscal_year", "quarter:int", "office",
          "chair_name", "chair_titles", "chair_designation", "chair_office",
          "meeting_date:date", "meeting_date_raw", "meeting_date_calendar",
          "meeting_time:time", "meeting_time_raw", "venue", "attendance_ref",
          "memo_raw", "memo_normalized", "memo_scheme", *(f"memo_{part}" for part in MEMO_PARTS),
          "issued_date:date", "issued_date_raw", "issued_bangla_date:date", "issued_bangla_raw",
          "issued_consistent:bool", "distribution_note",
          "agenda_item_count:int", "decision_count:int", "attendee_count:int", "signatory_count:int",
          "warning_count:int", "copy_count:int"),
    ("doc_id",), (ForeignKey(("doc_id",), "documents"),))

AGENDA_ITEMS = Table(
    "agenda_items", "The meeting's agenda items in printed order.",
    _cols("doc_id", "item_index:int", "number", "title", "discussion", "decision_count:int"),
    ("doc_id", "item_index"), (ForeignKey(("doc_id",), "meetings"),))

DECISIONS = Table(
    "decisions", "Decisions of each agenda item in printed order.",
    _cols("doc_id", "item_index:int", "decision_index:int", "label", "text", "responsible",
          "deadline:date", "deadline_raw"),
    ("doc_id", "item_index", "decision_index"),
    (ForeignKey(("doc_id",), "meetings"), ForeignKey(("doc_id", "item_index"), "agenda_items")))

ATTENDEES = Table(
    "attendees", "People the document lists as present.",
    _cols("doc_id", "attendee_index:int", *_PERSON),
    ("doc_id", "attendee_index"), (ForeignKey(("doc_id",), "meetings"),))

DISTRIBUTION = Table(
    "distribution", "Recipients of the minutes in printed order.",
    _cols("doc_id", "recipient_index:int", "text", "designation", "office", "note"),
    ("doc_id", "recipient_index"), (ForeignKey(("doc_id",), "meetings"),))

SIGNATORIES = Table(
    "signatories", "Signature blocks in printed order (the chair's, the issuer's).",
    _cols("doc_id", "signatory_index:int", *_PERSON),
    ("doc_id", "signatory_index"), (ForeignKey(("doc_id",), "meetings"),))

WARNINGS = Table(
    "warnings", "Doubts and failed cross-checks the parser raised, by stable code.",
    _cols("doc_id", "warning_index:int", "code", "field", "message"),
    ("doc_id", "warning_index"), (ForeignKey(("doc_id",), "meetings"),))

CORRECTIONS = Table(
    "corrections", "What archivists confirmed or corrected (`minutes review`), applied to every build: the "
    "field's record path, the value the machine read when the correction was made and the value given. "
    "status: applied; confirmed (given = read); stale (the machine now reads something else: not applied, "
    "to be looked at again); invalid (the record's schema refuses the value).",
    _cols("doc_id", "field", "value_read", "value_given", "corrected_at:timestamp", "status", "value_read_now"),
    ("doc_id", "field"), (ForeignKey(("doc_id",), "documents"),))

# Referenced tables come before the tables that reference them.
TABLES: tuple[Table, ...] = (DOCUMENTS, PATHS, MEETINGS, AGENDA_ITEMS, DECISIONS, ATTENDEES,
                             DISTRIBUTION, SIGNATORIES, WARNINGS, CORRECTIONS)
TABLE_BY_NAME = {t.name: t for t in TABLES}
