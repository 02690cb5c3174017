"""The distribution list (বিতরণ / অনুলিপি) after the memo line.

    বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়) :
    ১) সকল কর্মকর্তা, সুরক্ষা সেবা বিভাগ
    ২) অধিদপ্তর প্রধান (সকল), সুরক্ষা সেবা বিভাগ (... নির্দেশনা প্রদানের অনুরোধ করা হলো)

Items are numbered (১) ১। ০১. (১) - ১)) or bulleted (-), may wrap over lines and may have blank lines
between them. The list ends at a signature block, at a blank-line gap followed by other text, at a
memo or date line, or at an attendee appendix heading.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from bangla_minutes.extractors import lexicon
from bangla_minutes.extractors.lexicon import alternation
from bangla_minutes.extractors.attendees import is_appendix_heading
from bangla_minutes.extractors.found import Found
from bangla_minutes.extractors.people import first_designation, office_words, starts_with_designation
from bangla_minutes.extractors.signatures import is_signature_start, line_spans, starts_with_skip_word
from bangla_minutes.extractors.text import LIST_ITEM, clean
from bangla_minutes.schemas import Recipient

_MAX_HEADING_WORDS = 20
_COLON = regex.compile(r"^[^\S\n]*(?:[:ঃ][^\S\n]*[-–]?)")


@dataclass
class DistributionList:
    recipients: list[Found[Recipient]]
    note: Found[str] | None  # the heading's parenthetical or request ("জ্যেষ্ঠতার ক্রমানুসারে নয়")
    start: int  # the heading
    end: int  # the end of the last item

    def shifted(self, offset: int) -> DistributionList:
        """The same list found in a text that starts `offset` characters later."""
        return DistributionList([r.shifted(offset) for r in self.recipients],
                                self.note.shifted(offset) if self.note else None,
                                self.start + offset, self.end + offset)


@dataclass
class _Heading:
    start: int
    end: int  # end of the heading line
    note: Found[str] | None
    inline: int | None  # where a first item starts on the heading line itself


@cache
def _heading_word() -> regex.Pattern:
    words = alternation(lexicon.lines("distribution_headings.txt"), spaces='entry')
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{words})(?=ঃ|[^\p{{L}}\p{{M}}]|$)")


@cache
def _request_words() -> regex.Pattern:
    return regex.compile(alternation(lexicon.lines("request_words.txt"), spaces='entry'))


def find_distribution(text: str) -> DistributionList | None:
    """The first distribution list in text: its heading's note and its recipients in printed order."""
    lines = line_spans(text)
    for i, (start, end) in enumerate(lines):
        heading = _heading(text, start, end, _next_content(text, lines, i))
        if heading:
            found = _items(text, lines, i, heading)
            if found:
                return found
    return None


def _next_content(text: str, lines: list[tuple[int, int]], i: int) -> str | None:
    """The next non-blank line after line i."""
    for start, end in lines[i + 1:]:
        if text[start:end].strip():
            return text[start:end]
    return None


def _heading(text: str, start: int, end: int, next_line: str | None) -> _Heading | None:
    """A heading line: "বিতরণ", "বিতরণ (note):", "অনুলিপি সদয় জ্ঞাতার্থে ... প্রেরণ করা হলো:",
    "সদয় অবগতির জন্য অনুলিপি প্রেরণ করা হলো:" or "অনুলিপি: first recipient"."""
    line = text[start:end]
    m = _heading_word().search(line)
    if not m and _is_item(next_line):
        return _sending_line(text, start, end)
    if not m or len(line.split()) > _MAX_HEADING_WORDS or line.rstrip().endswith("।"):
        return None
    before = (start + _content_start(line), start + m.start())
    paren = regex.match(r"[^\S\n]*(?:ঃ)?[^\S\n]*\(([^()\n]*)\)", line[m.end():])
    pos = m.end() + (paren.end() if paren else 0)
    colon = regex.search(r"[:ঃ]", line[pos:])
    mid_end = pos + colon.start() if colon else len(line)
    mid = (start + pos, start + mid_end)
    inline = None
    if colon:
        after = pos + colon.end()
        after += len(line[after:]) - len(line[after:].lstrip(" \t-–*"))
        if line[after:].strip():
            inline = start + after
    elif text[mid[0]:mid[1]].strip() or text[before[0]:before[1]].strip() or not _is_item(next_line):
        return None  # without a colon, only a bare heading word above a numbered list
    around = _note_around(text, before, mid)
    if around and not _request_words().search(around.value):
        return None  # "... বিতরণ করা হবে:" in prose, not a heading
    trailing = regex.search(r"\(([^()\n]*)\)[^\S\n]*$", text[mid[0]:mid[1]])
    if paren and paren.group(1).strip():
        p0 = start + m.end() + paren.start(1)
        note = _found_clean(text, p0, p0 + len(paren.group(1)))
    elif trailing and trailing.group(1).strip() and around:
        # "... অনুলিপি প্রেরণ করা হলো (জ্যেষ্ঠতার ভিত্তিতে নয়):": the bracket closing the request is the
        # heading's parenthetical, as in "বিতরণ (জ্যেষ্ঠতার ভিত্তিতে নয়):"
        note = _found_clean(text, mid[0] + trailing.start(1), mid[0] + trailing.end(1))
    else:
        note = around
    return _Heading(start + _content_start(line), end, note, inline)


@cache
def _sending() -> regex.Pattern:
    words = alternation(lexicon.lines("distribution_sending.txt"), spaces='any')
    return regex.compile(rf"(?:{words})\s*[:ঃ][-–]?\s*$")


def _sending_line(text: str, start: int, end: int) -> _Heading | None:
    """"সদয় অবগতি ও প্রয়োজনীয় কার্যার্থে প্রেরণ করা হলো:" above a list: a heading that is all note."""
    line = text[start:end]
    m = _sending().search(line)
    if not m or len(line.split()) > _MAX_HEADING_WORDS or not _request_words().search(line):
        return None
    first = start + _content_start(line)
    return _Heading(first, end, _found_clean(text, first, start + m.end()), None)


def _content_start(line: str) -> int:
    return len(line) - len(line.lstrip(" \t*#"))


def _note_around(text: str, before: tuple[int, int], mid: tuple[int, int]) -> Found[str] | None:
    """The request around the heading word: "সদয় অবগতির জন্য [অনুলিপি] প্রেরণ করা হলো"."""
    parts = [clean(text[s:e]) for s, e in (before, mid)]
    value = " ".join(p for p in parts if p)
    if not value:
        return None
    start = before[0] if parts[0] else mid[0]
    end = mid[1] if parts[1] else before[1]
    while text[start] in " \t*":
        start += 1
    while text[end - 1] in " \t:ঃ-–":
        end -= 1
    return Found(value, start, end)


def _found_clean(text: str, start: int, end: int) -> Found[str] | None:
    value = clean(text[start:end])
    return Found(value, start, end) if value else None


def _is_item(line: str | None) -> bool:
    return line is not None and bool(LIST_ITEM.match(line))


def _items(text: str, lines: list[tuple[int, int]], heading_index: int, heading: _Heading) -> DistributionList | None:
    """Group the lines below the heading into items until the list ends."""
    items: list[list[tuple[int, int]]] = []
    numbered = None  # decided by the first item: numbered/bulleted, or one recipient a line
    if heading.inline is not None:
        items.append([(heading.inline, heading.end)])
        numbered = _is_item(text[heading.inline:heading.end])
    gap = False
    for i in range(heading_index + 1, len(lines)):
        start, end = lines[i]
        line = text[start:end]
        if not line.strip():
            gap = True
            continue
        if LIST_ITEM.match(line):
            numbered = True if numbered is None else numbered
            items.append([(start, end)])
        elif items and (_is_request(line) or (numbered and not gap and line[:1].isspace())):
            items[-1].append((start, end))  # "(জ্ঞাতার্থে)।" or an indented line: the item wrapped
        elif items and numbered and _bare_heading(line) and _is_item(_next_content(text, lines, i)):
            gap = False  # "অনুলিপিঃ" alone under the list, numbered copies below it: they continue the list
            continue
        elif _ends_list(line, _next_content(text, lines, i)):
            break
        elif numbered is None or (not numbered and _new_unnumbered_item(text, items, line)):
            numbered = False
            items.append([(start, end)])
        elif gap or not items:
            break
        else:
            items[-1].append((start, end))
        gap = False
    recipients = [_recipient(text, order, spans) for order, spans in enumerate(items, 1)]
    recipients = [r for r in recipients if r]
    if not recipients:
        return None
    return DistributionList(recipients, heading.note, heading.start, recipients[-1].end)


def _bare_heading(line: str) -> bool:
    """A heading word alone on its line ("অনুলিপিঃ", "বিতরণ:")."""
    return bool(_heading_word().fullmatch(line.strip(" \t*:ঃ-–")))


def _is_request(line: str) -> bool:
    """A line that is only a bracket asking something: "(সদয় অবগতির জন্য)।" (not a signed name)."""
    m = regex.fullmatch(r"\s*\(([^()]*)\)[\s।.;,]*", line)
    return bool(m) and bool(_request_words().search(m.group(1)))


def _ends_list(line: str, next_line: str | None) -> bool:
    return (starts_with_skip_word(line) or is_appendix_heading(line) or bool(_heading_word().match(line.strip(" \t*")))
            or (is_signature_start(line, next_line) and not _is_item(next_line)))  # a signer runs into no list number


def _new_unnumbered_item(text: str, items: list[list[tuple[int, int]]], line: str) -> bool:
    """In a list without numbers a recipient starts with a designation or after a line ending in "।"/";"."""
    if starts_with_designation(line):
        return True
    last_start, last_end = items[-1][-1]
    return text[last_start:last_end].rstrip().endswith(("।", ";"))


def _recipient(text: str, order: int, spans: list[tuple[int, int]]) -> Found[Recipient] | None:
    first_start, first_end = spans[0]
    marker = LIST_ITEM.match(text[first_start:first_end])
    body = [text[first_start + (marker.end() if marker else 0):first_end]]
    body += [text[s:e] for s, e in spans[1:]]
    item = clean(" ".join(body))
    if not item:
        return None
    item_text, note = _split_note(item)
    designation, office = _designation_office(item_text)
    start = first_start + len(text[first_start:first_end]) - len(text[first_start:first_end].lstrip())
    end = spans[-1][1]
    while end > start and text[end - 1].isspace():
        end -= 1
    recipient = Recipient(order=order, text=item_text, designation=designation, office=office, note=note)
    return Found(recipient, start, end)


def _split_note(item: str) -> tuple[str, str | None]:
    """A trailing bracket that asks something is the note: "..., ঢাকা (ওয়েবসাইটে আপলোডের অনুরোধসহ)"."""
    if not item.endswith(")"):
        return item, None
    depth = 0
    for i in range(len(item) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(item[i], 0)
        if depth == 0:
            inner = item[i + 1:-1]
            if _request_words().search(inner):
                return clean(item[:i]), clean(inner) or None
            return item, None
    return item, None


def _designation_office(item: str) -> tuple[str | None, str | None]:
    """The first comma part is the designation when it holds one and no office word outside it and its
    brackets ("চেয়ারম্যান (সকল বিভাগ)" is a designation, "একাডেমিক কাউন্সিলের সকল সদস্য" is not)."""
    parts = _comma_parts(item)
    first = parts[0]
    span = first_designation(first)
    outside = regex.sub(r"\([^()]*\)", " ", first[:span[0]] + " " + first[span[1]:]) if span else ""
    if not span or office_words().search(outside):
        return None, None
    office = ", ".join(p for p in (clean(p) for p in parts[1:]) if p)
    return clean(first) or None, office or None


def _comma_parts(item: str) -> list[str]:
    """Split at commas outside brackets."""
    parts, depth, current = [], 0, ""
    for ch in item:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth <= 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return parts
