"""The expected record, built from the generator's choices (never by parsing the text), in the shape of
samples/expected/*.json: the record without doc_id, source and evidence, persons without raw, warnings as
{"code", "field"}. Text values NFC with whitespace collapsed, as docs/conventions.md fixes them."""
from __future__ import annotations

import unicodedata

import regex

_SPACE = regex.compile(r"\s+")
_EDGES = " :ঃ-।;,."


def clean(text: str | None) -> str | None:
    """A text value as the record holds it: NFC, one space for any run of whitespace, edges trimmed."""
    if text is None:
        return None
    text = _SPACE.sub(" ", unicodedata.normalize("NFC", text))
    kept = text.strip(_EDGES + " ")
    if _ABBREVIATION.search(text.rstrip(_EDGES.replace("ঃ", "") + " ")):
        kept += "ঃ"  # "খ্রিঃ", "লিঃ": an abbreviation keeps its visarga-colon
    return kept or None


_ABBREVIATION = regex.compile(r"(?<![\p{L}\p{M}])\p{L}\p{M}*(?:\p{L}\p{M}*)?ঃ$")


def nfc(value):
    """Every string inside `value` in NFC."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: nfc(v) for k, v in value.items()}
    return value


def empty_record() -> dict:
    return {
        "schema_version": "1",
        "title": None,
        "fiscal_year": None,
        "quarter": None,
        "chair": None,
        "meeting": {"date": None, "time": None, "venue": None, "attendance_ref": None},
        "attendees": [],
        "agenda": [],
        "memo": None,
        "issued": None,
        "distribution": [],
        "distribution_note": None,
        "signatories": [],
        "warnings": [],
    }


def date_value(iso: str, raw: str, calendar: str = "gregorian") -> dict:
    return {"iso": iso, "raw": raw, "calendar": calendar}


def agenda_item(number: str | None, title: str | None, discussion: str | None, decisions: list[dict]) -> dict:
    return {"number": number, "title": clean(title), "discussion": clean(discussion), "decisions": decisions}


def decision(label: str | None, text: str, responsible: str | None = None, deadline: dict | None = None) -> dict:
    return {"label": label, "text": clean(text), "responsible": clean(responsible), "deadline": deadline}


def warning(code: str, field: str | None) -> dict:
    return {"code": code, "field": field}


def json_text(record: dict) -> str:
    """The record as samples/expected files write it: top-level keys one a line, small values inline."""
    import json
    record = nfc(record)
    out = ["{"]
    keys = list(record)
    for i, key in enumerate(keys):
        value = record[key]
        comma = "," if i < len(keys) - 1 else ""
        if isinstance(value, list) and value:
            out.append(f'  "{key}": [')
            out += [f"    {json.dumps(v, ensure_ascii=False)}{',' if j < len(value) - 1 else ''}"
                    for j, v in enumerate(value)]
            out.append(f"  ]{comma}")
        else:
            out.append(f'  "{key}": {json.dumps(value, ensure_ascii=False)}{comma}')
    out.append("}")
    return "\n".join(out) + "\n"
