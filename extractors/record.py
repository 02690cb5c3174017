"""From the document text to the record's fields: find each block, run its extractor, cross-check.

Every value comes with where it was read (offsets into the document text, keyed by field path) and
every doubt with a warning. Nothing here reads files.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex
from rapidfuzz import fuzz

from bangla_minutes.extractors import (agenda, attendees, checks, dates, distribution, header, lexicon, memo, ocr_repair, people,
                        signatures, times)
from bangla_minutes.extractors.found import Found
from bangla_minutes.extractors.text import COLUMN_GAP, LIST_ITEM, clean, strip_edges
from bangla_minutes.schemas import DateValue, Issued, Meeting, Person, Warning

_SHORT_LINE = 70  # signature blocks are short lines; prose is longer
_ISSUE_DATE_REACH = 250  # how far after the memo number the issue dates may stand
_ATTENDANCE_REF = regex.compile(r"পরিশিষ্ট\s*[-–]?\s*(?:['‘’\"]\s*)?[ক-হ](?:\s*['‘’\"])?")


@dataclass
class Extraction:
    fields: dict = field(default_factory=dict)
    evidence: dict[str, tuple[int, int]] = field(default_factory=dict)
    warnings: list[Warning] = field(default_factory=list)
    from_ocr: bool = False  # the text was OCR'd: undo known misreadings of memo numbers and dates

    def repaired(self, path: str, text: str, repair) -> str:
        """`text` with OCR misreadings undone by `repair` (a warning says so), or as it was."""
        if not self.from_ocr:
            return text
        fixed, changed = repair(text)
        if changed:
            self.warnings.append(Warning(code="ocr_repair", field=path,
                                         message=f"OCR reading {clean(text)!r} read as {clean(fixed)!r}"))
        return fixed


def extract(text: str, from_ocr: bool = False) -> Extraction:
    """All fields of the record that come from the text (not doc_id or source). `from_ocr`: the text was
    OCR'd, so memo numbers and dates that fail their checks are tried with known misreadings undone."""
    ex = Extraction(from_ocr=from_ocr)
    title = header.find_title(text[:_title_zone(text)])
    hdr = header.find_label_lines(text)
    ex.fields["title"] = clean(title.value) if title else None
    if title:
        ex.evidence["title"] = strip_edges(text, title.start, title.end)
    _fiscal(ex, title)
    body_start = max(title.end if title else 0, hdr.end)
    opening = None if hdr.values else header.find_opening_sentence(text)
    if opening:
        body_start = max(body_start, opening.end)
    ex.fields["chair"] = _chair(ex, text, hdr, opening)
    ex.fields["meeting"] = _meeting(ex, text, hdr, opening, body_start)

    memo_found = _memo(ex, text)
    dist = distribution.find_distribution(text[memo_found.end:] if memo_found else text)
    dist_offset = memo_found.end if memo_found else 0
    appendix = attendees.find_attendees(text)
    if appendix and _list_in_header(text, appendix, body_start):
        body_start = appendix[-1].end  # "উপস্থিত সদস্যবৃন্দ:" listed under the header, before the body
        appendix_anchor = None
    else:
        appendix_anchor = appendix
    anchors = _anchors(text, body_start, memo_found, dist, dist_offset, appendix_anchor)
    chair_sig = _signature_region(text, body_start, anchors)

    ex.fields["agenda"] = _agenda(ex, text, body_start, chair_sig[0])
    ex.fields["memo"] = memo_found.value if memo_found else None
    if memo_found:
        ex.evidence["memo"] = (memo_found.start, memo_found.end)
    ex.fields["issued"] = _issued(ex, text, memo_found, dist, dist_offset)
    _distribution(ex, dist, dist_offset)
    ex.fields["signatories"] = _signatories(ex, text, chair_sig, dist, dist_offset, anchors)
    ex.fields["attendees"] = [_found_person(ex, f"attendees[{i}]", f) for i, f in enumerate(appendix)]
    ex.warnings += checks.cross_checks(ex.fields)
    if not _looks_like_minutes(ex.fields):
        ex.warnings.append(Warning(code="not_minutes", field=None,
                                   message="no title, header, agenda or decisions of minutes were found"))
    return ex


def _title_zone(text: str) -> int:
    """The title stands near the top: before the first long prose paragraph."""
    m = regex.search(r"[^\n]{300,}", text)
    return m.start() if m else len(text)


def _fiscal(ex: Extraction, title: Found[str] | None):
    ex.fields["fiscal_year"] = ex.fields["quarter"] = None
    if not title:
        return
    for key, finder in (("fiscal_year", dates.find_fiscal_year), ("quarter", dates.find_quarter)):
        found = finder(title.value)
        if found:
            ex.fields[key] = found.value
            ex.evidence[key] = (title.start + found.start, title.start + found.end)


def _chair(ex: Extraction, text: str, hdr: header.Header, opening: Found[str] | None) -> Person | None:
    value = hdr.values.get("chair")
    if value is None and opening is not None:
        span = header.chair_in_opening(opening.value)
        if span:
            value = Found(opening.value[span[0]:span[1]], opening.start + span[0], opening.start + span[1])
    if value is None or not clean(value.value):
        return None
    ex.evidence["chair"] = strip_edges(text, value.start, value.end)
    return people.parse_person(value.value, role="chair")


def _meeting(ex: Extraction, text: str, hdr: header.Header, opening: Found[str] | None, body_start: int) -> Meeting:
    meeting = Meeting()
    date_src = hdr.values.get("date") or opening
    if date_src:
        meeting.date = _first_date(ex, "meeting.date", date_src)
    time_src = hdr.values.get("time") or opening
    if time_src:
        meeting.time = _first_time(ex, time_src, labelled="time" in hdr.values)
    venue = hdr.values.get("venue")
    if venue is not None:
        meeting.venue = clean(venue.value) or None
        ex.evidence["meeting.venue"] = strip_edges(text, venue.start, venue.end)
    elif opening:
        meeting.venue = _venue_in_opening(ex, opening)
    ref_src = hdr.values.get("attendance")
    m = _ATTENDANCE_REF.search(ref_src.value) if ref_src else _ATTENDANCE_REF.search(text, 0, _body_probe(text, body_start))
    if m:
        base = ref_src.start if ref_src else 0
        meeting.attendance_ref = clean(m.group())
        ex.evidence["meeting.attendance_ref"] = (base + m.start(), base + m.end())
    return meeting


def _body_probe(text: str, body_start: int) -> int:
    """The attendance reference sits in the header or the first paragraphs after it."""
    return min(len(text), body_start + 400)


def _first_date(ex: Extraction, path: str, src: Found[str]) -> DateValue | None:
    value = ex.repaired(path, src.value, ocr_repair.repair_date_text)
    if value == src.value:
        def where(f): return src.start + f.start, src.start + f.end
    else:  # offsets into the repaired text no longer fit the page: the whole value is the evidence
        def where(f): return src.start, src.end
    _warn_invalid_dates(ex, path, value)
    found = next(iter(dates.find_gregorian_dates(value)), None)
    if found:
        ex.evidence[path] = where(found)
        return found.value
    bangla = next(iter(dates.find_bangla_dates(value)), None)
    if bangla:
        ex.evidence[path] = where(bangla)
        return DateValue(iso=bangla.value.gregorian, raw=bangla.value.raw, calendar="bangla")
    return None


def _memo(ex: Extraction, text: str) -> Found | None:
    found = memo.find_memo(text)
    if not found:
        return None
    raw = ex.repaired("memo", found.value.raw, ocr_repair.repair_memo)
    return found if raw == found.value.raw else Found(memo.parse_memo(raw), found.start, found.end)


def _first_time(ex: Extraction, src: Found[str], labelled: bool):
    found = next(iter(times.find_times(src.value)), None)
    if found:
        ex.evidence["meeting.time"] = (src.start + found.start, src.start + found.end)
        return found.value
    alone = times.parse_time(src.value) if labelled else None  # "সময়: ১০.৩০" under its label
    if alone:
        start, end = strip_edges(src.value, 0, len(src.value))
        ex.evidence["meeting.time"] = (src.start + start, src.start + end)
    return alone


def _warn_invalid_dates(ex: Extraction, path: str, text: str):
    for bad in dates.find_invalid_dates(text):
        ex.warnings.append(Warning(code="invalid_date", field=path,
                                   message=f"{bad.value!r} names no real day"))


def _venue_in_opening(ex: Extraction, opening: Found[str]) -> str | None:
    sentence = opening.value
    found_time = next(iter(times.find_times(sentence)), None)
    chair = header.chair_in_opening(sentence)
    if not found_time or not chair or found_time.end >= chair[0]:
        return None
    span = header.venue_in_opening(sentence, found_time.end, chair[0])
    if not span:
        return None
    ex.evidence["meeting.venue"] = (opening.start + span[0], opening.start + span[1])
    return header.locative_stem(clean(sentence[span[0]:span[1]])) or None


def _anchors(text, body_start, memo_found, dist, dist_offset, appendix) -> list[int]:
    """Offsets after the body where a non-body block starts: memo, distribution, appendix, letterhead."""
    points = [len(text)]
    if memo_found and memo_found.start > body_start:
        points.append(_line_start(text, memo_found.start))
    if dist:
        points.append(dist.start + dist_offset)
    if appendix:
        points.append(_appendix_start(text, appendix[0].start))
    for word in lexicon.table("minutes_words.json")["letterhead"][:1]:
        at = text.find(word, body_start)
        if at >= 0:
            points.append(_line_start(text, at))
    return sorted(p for p in points if p >= body_start)


def _list_in_header(text: str, appendix: list[Found[Person]], body_start: int) -> bool:
    """An attendee list right under the header (prose follows it) rather than an appendix at the end."""
    start, end = appendix[0].start, appendix[-1].end
    return start < body_start + 200 and bool(regex.search(r"[^\n]{%d,}" % (_SHORT_LINE + 1), text[end:]))


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _appendix_start(text: str, first_item: int) -> int:
    """The appendix heading stands on the lines right above its first item."""
    heading = regex.compile(r"পরিশিষ্ট|উপস্থিত")
    start = _line_start(text, first_item)
    for _ in range(4):
        prev = _line_start(text, max(start - 1, 0))
        if prev >= start:
            break
        if heading.search(text, prev, start):
            return prev
        start = prev
    return _line_start(text, first_item)


def _signature_region(text: str, body_start: int, anchors: list[int]) -> tuple[int, int]:
    """The short lines of the signature block above the first anchor; the body ends where they begin."""
    anchor = anchors[0]
    start = anchor
    lines = [(m.start(), m.group().strip()) for m in regex.finditer(r"[^\n]+", text, pos=body_start, endpos=anchor)]
    for line_start, line in reversed(lines):
        if line and _is_prose(line):
            break
        if line:
            start = line_start
    return start, anchor


def _is_prose(line: str) -> bool:
    """A line of the body rather than of a signature block (which may stand in columns side by side)."""
    cells = COLUMN_GAP.split(line)
    sentence = len(cells) == 1 and line.endswith("।") and len(line.split()) >= 5
    too_long = any(len(cell) > _SHORT_LINE for cell in cells)
    return too_long or "|" in line or sentence or bool(LIST_ITEM.match(line))




def _agenda(ex: Extraction, text: str, body_start: int, body_end: int):
    items = []
    for i, found in enumerate(agenda.extract_agenda(text[body_start:body_end])):
        items.append(found.item)
        ex.evidence[f"agenda[{i}]"] = (body_start + found.start, body_start + found.end)
        for j, (s, e) in enumerate(found.decision_spans):
            ex.evidence[f"agenda[{i}].decisions[{j}]"] = (body_start + s, body_start + e)
    return items


def _issued(ex: Extraction, text: str, memo_found, dist, dist_offset) -> Issued | None:
    if not memo_found:
        return None
    end = min(len(text), memo_found.end + _ISSUE_DATE_REACH)
    if dist:
        end = min(end, dist.start + dist_offset)
    region = text[memo_found.end:end]
    fixed = ex.repaired("issued", region, ocr_repair.repair_date_text)
    if fixed != region:  # offsets into the repaired text no longer fit the page: the region is the evidence
        return _issued_dates(ex, fixed, lambda f: (memo_found.end, end))
    _warn_invalid_dates(ex, "issued", region)
    return _issued_dates(ex, region, lambda f: (memo_found.end + f.start, memo_found.end + f.end))


def _issued_dates(ex: Extraction, region: str, where) -> Issued | None:
    issued = Issued()
    greg = next(iter(dates.find_gregorian_dates(region)), None)
    if greg:
        issued.gregorian = greg.value
        ex.evidence["issued.gregorian"] = where(greg)
    bangla = next(iter(dates.find_bangla_dates(region)), None)
    if bangla:
        issued.bangla = bangla.value
        ex.evidence["issued.bangla"] = where(bangla)
    if issued.gregorian and issued.bangla:
        issued.consistent = issued.gregorian.iso == issued.bangla.gregorian
    if not (issued.gregorian or issued.bangla):
        return None
    return issued


def _distribution(ex: Extraction, dist, offset: int):
    ex.fields["distribution"] = []
    ex.fields["distribution_note"] = None
    if not dist:
        return
    for i, found in enumerate(dist.recipients):
        ex.fields["distribution"].append(found.value)
        ex.evidence[f"distribution[{i}]"] = (offset + found.start, offset + found.end)
    if dist.note:
        ex.fields["distribution_note"] = dist.note.value
        ex.evidence["distribution_note"] = (offset + dist.note.start, offset + dist.note.end)


def _signatories(ex: Extraction, text: str, chair_sig: tuple[int, int], dist, dist_offset: int,
                 anchors: list[int]) -> list[Person]:
    chair: Person | None = ex.fields.get("chair")
    found = [(f, _chair_role(f.value, chair)) for f in _signatures_in(text, *chair_sig)]
    if dist:
        after = dist.end + dist_offset
        stop = next((a for a in anchors if a > after), len(text))
        for i, f in enumerate(_signatures_in(text, after, stop)):
            found.append((f, "issuer" if i == 0 else "other"))
    out = []
    for i, (f, role) in enumerate(found):
        out.append(f.value.model_copy(update={"role": role}))
        ex.evidence[f"signatories[{i}]"] = (f.start, f.end)
    return out


def _signatures_in(text: str, start: int, end: int) -> list[Found[Person]]:
    return [f.shifted(start) for f in signatures.find_signatures(text[start:end])]


def _chair_role(person: Person, chair: Person | None) -> str:
    """Above the memo line signs the chair, or whoever the block names (সদস্য-সচিব printed under it)."""
    if chair and fuzz.ratio(person.name, chair.name) >= 85:
        return "chair"
    return person.role or "other"


def _found_person(ex: Extraction, path: str, found: Found[Person]) -> Person:
    ex.evidence[path] = (found.start, found.end)
    return found.value


def _looks_like_minutes(fields: dict) -> bool:
    meeting: Meeting = fields["meeting"]
    signals = [fields["title"], fields["chair"], meeting.date, meeting.time,
               any(item.decisions for item in fields["agenda"])]
    return sum(bool(s) for s in signals) >= 2
