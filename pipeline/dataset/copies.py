"""One meeting, however many copies; and what is not minutes is no meeting.

Archives hold the same minutes as a scan, a PDF, a Word file and a text. Copies of one meeting have
the same memo number and issue date; minutes without a memo number, the same title (normalised),
meeting date and chair. Such copies form one meeting: its rows in `meetings` and the item tables come
from the best copy (text, then a PDF text layer, Bijoy, mixed, OCR; then the higher OCR
confidence), every copy's `documents` row names the meeting (meeting_id = the used copy's doc_id) and
whether it was used. Copies that disagree on a key field give the meeting a `copies_disagree` warning
naming both values.

A document whose record warns `not_minutes` gets status "not_minutes" and no meeting, unless kept.
"""
from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

import regex

# Where a text came from, best first: a copy of lower rank is the one used.
ORIGIN_RANK = {"text": 0, "pdf_text_layer": 1, "legacy_bijoy": 2, "mixed": 3, "ocr": 4}
# Fields compared between copies: record path -> Copy attribute.
KEY_FIELDS = {"chair.name": "chair", "meeting.date": "meeting_date", "memo": "memo", "issued": "issued"}
NOT_MINUTES = "not_minutes"

_BENGALI_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
_NOT_WORD = regex.compile(r"[^\p{L}\p{M}\p{N}]+")  # spaces and punctuation; Bengali vowel signs stay


@dataclass(frozen=True)
class Copy:
    """What grouping needs of one parsed document (Journal.copy_facts gives these)."""
    doc_id: str
    path: str
    text_origin: str | None = None
    ocr_confidence: float | None = None
    memo: str | None = None
    issued: str | None = None  # ISO date
    title: str | None = None
    meeting_date: str | None = None  # ISO date
    chair: str | None = None
    not_minutes: bool = False


@dataclass
class Meetings:
    """The meeting of each document, as the build needs it."""
    meeting_of: dict[str, str] = field(default_factory=dict)  # doc_id -> meeting_id (the used copy's doc_id)
    copy_count: dict[str, int] = field(default_factory=dict)  # meeting_id -> copies
    disagreements: dict[str, list[dict]] = field(default_factory=dict)  # meeting_id -> warnings (code, field, message)
    not_minutes: set[str] = field(default_factory=set)  # doc_ids left out as not minutes

    def used(self, doc_id: str) -> bool:
        return self.meeting_of.get(doc_id) == doc_id

    def document_columns(self, doc_id: str) -> dict:
        """The documents row's meeting columns (and status, for a document that is not minutes)."""
        meeting = self.meeting_of.get(doc_id)
        columns = {"meeting_id": meeting, "copy_used": (meeting == doc_id) if meeting else None}
        if doc_id in self.not_minutes:
            columns["status"] = NOT_MINUTES
        return columns


def group_meetings(copies: Iterable[Copy], keep_not_minutes: bool = False) -> Meetings:
    found = Meetings()
    groups: dict[tuple, list[Copy]] = defaultdict(list)
    for copy in copies:
        if copy.not_minutes and not keep_not_minutes:
            found.not_minutes.add(copy.doc_id)
        else:
            groups[meeting_key(copy)].append(copy)
    for group in groups.values():
        best = min(group, key=_rank)
        found.copy_count[best.doc_id] = len(group)
        for copy in group:
            found.meeting_of[copy.doc_id] = best.doc_id
        disagreements = _disagreements(best, group)
        if disagreements:
            found.disagreements[best.doc_id] = disagreements
    return found


def meeting_key(copy: Copy) -> tuple:
    """Copies with the same key are one meeting; a copy with too little to go on is a meeting alone."""
    if copy.memo:
        return ("memo", _plain(copy.memo), copy.issued)
    if copy.title and copy.meeting_date and copy.chair:
        return ("title", _plain(copy.title), copy.meeting_date, _plain(copy.chair))
    return ("alone", copy.doc_id)


def _plain(text: str) -> str:
    """Text compared between copies: NFC, ASCII digits, no spaces or punctuation."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFC", text).translate(_BENGALI_DIGITS)).casefold()


def _rank(copy: Copy) -> tuple:
    confidence = copy.ocr_confidence if copy.ocr_confidence is not None else 1.0
    return (ORIGIN_RANK.get(copy.text_origin, len(ORIGIN_RANK)), -confidence, copy.doc_id)


def _disagreements(best: Copy, group: list[Copy]) -> list[dict]:
    if len(group) == 1:
        return []
    warnings = []
    for field_path, attribute in KEY_FIELDS.items():
        used = getattr(best, attribute)
        for other in group:
            value = getattr(other, attribute)
            if used is not None and value is not None and _plain(value) != _plain(used):
                warnings.append({"code": "copies_disagree", "field": field_path,
                                 "message": f"copies disagree on {field_path}: {used} ({best.path}, used) "
                                            f"and {value} ({other.path})"})
    return warnings
