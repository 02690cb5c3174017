"""The data contract: record models and the exported JSON Schema. Imports nothing of ours."""
import json

from bangla_minutes.schemas.record import (SCHEMA_VERSION, AgendaItem, BanglaDate, DateValue, Decision, Issued,
                            MemoNumber, Meeting, Person, Recipient, Record, Source, Span,
                            TimeValue, Warning)

__all__ = ["SCHEMA_VERSION", "AgendaItem", "BanglaDate", "DateValue", "Decision", "Issued",
           "MemoNumber", "Meeting", "Person", "Recipient", "Record", "Source", "Span", "TimeValue",
           "Warning", "json_schema"]


def json_schema() -> str:
    """The record's JSON Schema as committed in schemas/record.schema.json."""
    return json.dumps(Record.model_json_schema(), ensure_ascii=False, indent=2) + "\n"
