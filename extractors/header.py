"""The top of the minutes: title, and the meeting's header (chair, date, time, venue, attendance).

The header is label/value lines ("সভাপতি : জনাব ক", separated by tab, ":" or "ঃ", or the value on the
line after its label, a value wrapping onto an indented next line); with no header at all, the opening
sentence says the same (extractors/opening.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

from bangla_minutes.extractors import lexicon, people
from bangla_minutes.extractors.found import Found

_BODY_LINE = 110  # a line this long is prose: the header is over


@dataclass
class Header:
    """Raw header values as found (text and offsets); fields parse them further."""
    values: dict[str, Found[str]] = field(default_factory=dict)  # chair, date, time, venue, attendance
    end: int = 0  # where the header block ends


@cache
def _label_line() -> regex.Pattern:
    """A label and its value on one line ("সভাপতি : জনাব ক"), or a label alone on its line ("সভাপতি:"),
    whose value is the next line."""
    labels = lexicon.table("header_labels.json")
    groups = "".join(f"(?P<{key}>{lexicon.alternation(words)})|" for key, words in labels.items())[:-1]
    return regex.compile(rf"^[ \t]*(?:{groups})(?:[ \t]*(?:[\t:ঃ]|[ ]{{2,}})[ \t:ঃ]*(?P<value>\S[^\n]*)"
                         rf"|[ \t]*[:ঃ]?[ \t]*$)", regex.M)


_NEXT_LINE_VALUE = ("chair", "date_time", "date", "time", "venue")  # an attendee list under its label is a block


def find_label_lines(text: str) -> Header:
    """Header label/value lines near the top, before the body's prose starts."""
    header = Header()
    limit = _header_zone_end(text)
    for m in _label_line().finditer(text, 0, limit):
        key = next(k for k, v in m.groupdict().items() if v is not None and k != "value")
        span = m.span("value") if m["value"] is not None else _next_line_value(text, m.end(), limit, key)
        if span is None:
            continue
        start, end = span
        end = _continuation_end(text, end, limit, person=key == "chair")
        if key == "date_time":
            header.values.setdefault("date", Found(text[start:end], start, end))
            header.values.setdefault("time", Found(text[start:end], start, end))
        elif key not in header.values:
            header.values[key] = Found(text[start:end], start, end)
        header.end = max(header.end, end)
    return header


def _next_line_value(text: str, label_end: int, limit: int, key: str) -> tuple[int, int] | None:
    """A label alone on its line: the value is the next line, unless that is a label line too."""
    if key not in _NEXT_LINE_VALUE or label_end >= limit:
        return None
    m = regex.compile(r"\n[ \t]*(\S[^\n]*)").match(text, label_end)
    if not m or m.end() > limit or _label_line().match(m.group(1)):
        return None
    return m.span(1)


def _header_zone_end(text: str) -> int:
    """The header stands before the body's first prose line: a long line that is neither a label line
    (a chair with a long office) nor the title (a long fiscal-year title)."""
    title = regex.compile(lexicon.alternation(lexicon.table("minutes_words.json")["title"]))
    offset = 0
    for line in text.split("\n"):
        if len(line) > _BODY_LINE and not _label_line().match(line) and not title.search(line):
            return offset
        offset += len(line) + 1
    return len(text)


def _continuation_end(text: str, end: int, limit: int, person: bool = False) -> int:
    """A value wraps onto following lines that are indented and are not label lines themselves; a
    person's value also onto a line that opens with a designation (converters drop the indentation)."""
    while end < limit:
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[end + 1:nxt]
        if not line.strip() or _label_line().match(line):
            break
        if not (line[:1].isspace() or (person and people.starts_with_designation(line))):
            break
        end = nxt
    return end


def find_title(text: str) -> Found[str] | None:
    """The heading paragraph (<= 3 lines) that names the meeting: it holds কার্যবিবরণী or a misspelling."""
    words = lexicon.table("minutes_words.json")
    pattern = regex.compile(lexicon.alternation(words["title"]))
    offset = 0
    for paragraph in regex.split(r"(\n[ \t]*\n)", text):
        m = pattern.search(paragraph) if not paragraph.startswith("\n") else None
        if m:
            lines = [(mm.start(), mm.end()) for mm in regex.finditer(r"[^\n]+", paragraph)]
            if len(lines) > 3:
                lines = [next(span for span in lines if span[0] <= m.start() < span[1] + 1)]
            start, end = lines[0][0], lines[-1][1]
            label = regex.match(r"[ \t]*বিষয়[ \t]*[:ঃ][ \t]*", paragraph[start:end])
            if label:
                start += label.end()
            return Found(paragraph[start:end], offset + start, offset + end)
        offset += len(paragraph)
    return None
