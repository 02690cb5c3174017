"""Archivists' corrections: kept in the journal, applied to the records of every build.

A correction names a document (doc_id: the bytes' hash, so it holds for the same file under any path,
after `--force` and under a new pipeline version), a field by its record path ("chair.name",
"meeting.date.iso", "agenda[2].decisions[0].text"), the value the machine read when the archivist
looked, and the value given. At each build, for each correction, the value the machine reads now is
compared with the value read then:

    same, given = read  -> confirmed (nothing to change)
    same                -> applied: the tables, Parquet files, exports and records.jsonl hold the value given
    different           -> stale: not applied, listed for another look (the parser now reads something
                           else there: perhaps the right value, perhaps another item at that path)
    schema refuses it   -> invalid (e.g. a date that is no date): not applied

The value read stays in the journal's record and in the `corrections` table (value_read, value_read_now).
"""
from __future__ import annotations

import copy
import datetime as dt
import re

from pydantic import ValidationError

from bangla_minutes.schemas import Record

# The leaves of a field (by evidence key) a person may correct: strings the tables show.
EDITABLE_LEAVES = ("name", "designation", "office", "iso", "value", "text", "responsible", "title", "number",
                   "normalized", "gregorian")
_STEP = re.compile(r"([A-Za-z_]+)|\[(\d+)\]")
_PATH = re.compile(r"^[A-Za-z_]+(?:\[\d+\])?(?:\.[A-Za-z_]+(?:\[\d+\])?)*$")


def parse_path(path: str) -> list[str | int]:
    """"agenda[2].decisions[0].text" -> ["agenda", 2, "decisions", 0, "text"]."""
    if not _PATH.match(path):
        raise ValueError(f"not a record field path: {path!r}")
    return [name if name else int(index) for name, index in _STEP.findall(path)]


def get_value(data: dict, path: str):
    """The value at a record path in a record's JSON data (None where the path leads nowhere)."""
    node = data
    for step in parse_path(path):
        if isinstance(step, int):
            if not isinstance(node, list) or step >= len(node):
                return None
        elif not isinstance(node, dict) or step not in node:
            return None
        node = node[step]
    return node


def set_value(data: dict, path: str, value) -> None:
    steps = parse_path(path)
    node = data
    for step in steps[:-1]:
        node = node[step]
    node[steps[-1]] = value


def as_text(value) -> str | None:
    return None if value is None else str(value)


def editable_fields(record: dict) -> list[tuple[str, str]]:
    """(evidence key, field path) of every value a person may correct, in evidence order: a string
    field itself (title), or the editable leaves under it (chair.name, meeting.date.iso, ...)."""
    fields = []
    for key in record.get("evidence", {}):
        value = get_value(record, key)
        if isinstance(value, str):
            fields.append((key, key))
        elif isinstance(value, dict):
            fields += [(key, f"{key}.{leaf}") for leaf in EDITABLE_LEAVES
                       if leaf in value and (value[leaf] is None or isinstance(value[leaf], str))]
    return fields


def apply(record_json: str, corrections: list[dict]) -> tuple[Record, list[dict]]:
    """The record with its corrections applied, and each correction's row for the `corrections` table."""
    read = Record.model_validate_json(record_json)
    data = read.model_dump(mode="json")
    current, rows = read, []
    for correction in corrections:
        path = correction["field"]
        now = as_text(get_value(data, path))
        row = {key: correction[key] for key in ("doc_id", "field", "value_read", "value_given")}
        row["corrected_at"] = dt.datetime.fromisoformat(correction["corrected_at"])
        row["value_read_now"] = now
        if now != correction["value_read"]:
            row["status"] = "stale"
        elif correction["value_given"] == correction["value_read"]:
            row["status"] = "confirmed"
        else:
            attempt = copy.deepcopy(data)
            try:
                set_value(attempt, path, correction["value_given"])
                current = Record.model_validate(attempt)
            except (ValidationError, KeyError, IndexError, TypeError, ValueError):
                row["status"] = "invalid"
            else:
                data = attempt
                row["status"] = "applied"
        rows.append(row)
    return current, rows
