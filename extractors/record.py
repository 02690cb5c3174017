"""From the document text to the record's fields: find each block, run its extractor, cross-check.

Every value comes with where it was read (offsets into the document text, keyed by field path) and
every doubt with a warning. Nothing here reads files. docs/architecture.md lists where each field is read.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from itertools import islice

import regex
from rapidfuzz import fuzz

from bangla_minutes.extractors.agenda_patterns import first_agenda_label, records_a_resolution
from bangla_minutes.extractors import (agenda, attendees, checks, dates, distribution, header, lexicon, memo,
                                       ocr_doubts, ocr_repair, opening, people, signatures, times)
from bangla_minutes.extractors.found import Found
from bangla_minutes.extractors.text import COLUMN_GAP, LIST_ITEM, clean, strip_edges
from bangla_minutes.schemas import (AgendaItem, DateValue, Issued, Meeting, MemoNumber, Person, Recipient,
                                    Warning)

_SHORT_LINE = 70  # signature blocks are short lines; prose is longer
_ISSUE_DATE_REACH = 250  # how far after the memo number the issue dates may stand
# "পরিশিষ্ট-'ক'", and as portal pages quote it: "’’পরিশিষ্ট ক’’", "পরিশিষ্ট ‘‘ক’’"
_ATTENDANCE_REF = regex.compile(r"(?:['‘’\"“”]{1,2}\s*)?পরিশিষ্ট\s*[-–]?\s*(?:['‘’\"“”]{1,2}\s*)?[ক-হ](?!\p{M})"
                                r"(?:\s*['‘’\"“”]{1,2})?")


@dataclass
class Fields:
    """The record's fields that the text gives (schemas.Record but doc_id, source, warnings, evidence)."""
    title: str | None = None
    fiscal_year: str | None = None
    quarter: int | None = None
    chair: Person | None = None
    meeting: Meeting = field(default_factory=Meeting)
    attendees: list[Person] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    memo: MemoNumber | None = None
    issued: Issued | None = None
    distribution: list[Recipient] = field(default_factory=list)
    distribution_note: str | None = None
    signatories: list[Person] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class Extraction:
    fields: Fields = field(default_factory=Fields)
    evidence: dict[str, tuple[int, int]] = field(default_factory=dict)
    warnings: list[Warning] = field(default_factory=list)
    checked: set[str] = field(default_factory=set)  # fields whose values passed their own checks
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

    def found(self, path: str, found: Found):
        """The value of `found`, its span kept as the evidence of `path`."""
        self.evidence[path] = (found.start, found.end)
        return found.value


@dataclass
class Blocks:
    """Where the parts of the document stand, as offsets into the whole text."""
    title: Found[str] | None
    header: header.Header
    opening: Found[str] | None  # the opening sentence, when there is no label header
    body_start: int
    memo: Found[MemoNumber] | None
    distribution: distribution.DistributionList | None
    attendees: list[Found[Person]]
    anchors: list[int]  # where blocks after the body start
    signature: tuple[int, int]  # the chair's signature block; the body ends where it starts


def extract(text: str, from_ocr: bool = False) -> Extraction:
    """All fields of the record that come from the text (not doc_id or source). `from_ocr`: the text was
    OCR'd, so memo numbers and dates that fail their checks are tried with known misreadings undone."""
    ex = Extraction(from_ocr=from_ocr)
    blocks = find_blocks(text)
    f = ex.fields
    f.title = _title(ex, text, blocks.title)
    f.fiscal_year = _from_title(ex, "fiscal_year", blocks.title, dates.find_fiscal_year)
    f.quarter = _from_title(ex, "quarter", blocks.title, dates.find_quarter)
    f.chair = _chair(ex, text, blocks)
    f.meeting = _meeting(ex, text, blocks)
    f.memo = _memo(ex, text, blocks.memo)
    f.agenda = _agenda(ex, text, blocks.body_start, blocks.signature[0])
    _repair_deadlines(ex, f)
    f.issued = _issued(ex, text, blocks)
    f.distribution = _recipients(ex, blocks.distribution)
    f.distribution_note = _distribution_note(ex, blocks.distribution)
    f.signatories = _signatories(ex, text, blocks, f.chair)
    f.attendees = [ex.found(f"attendees[{i}]", found) for i, found in enumerate(blocks.attendees)]
    _name_the_designated_chair(ex, f)
    _chair_of_the_phrase_among_attendees(ex, f, text)
    ex.warnings += checks.cross_checks(f)
    if from_ocr:
        ex.warnings += ocr_doubts.doubts(f)
    if not _looks_like_minutes(f, text):
        ex.warnings.append(Warning(code="not_minutes", field=None,
                                   message="no title, header, agenda or decisions of minutes were found"))
    ex.checked = checks.passed_own_checks(f, ex.warnings)
    return ex


def find_blocks(text: str) -> Blocks:
    title = header.find_title(text[:_title_zone(text)])
    memo_found = memo.find_memo(text) or memo.find_unlabelled_memo(text)
    hdr = _header_above(header.find_label_lines(text, (title.start, title.end) if title else (0, 0)), memo_found, title)
    body_start = max(title.end if title else 0, hdr.end)
    # The opening sentence says what a header's labels do not (a "তারিখঃ" label above "অদ্য ... সকাল ১১টায়
    # <venue>-এ ... অনুষ্ঠিত হয়।"): labels first, the sentence for the rest.
    sentence = None if _OPENING_FIELDS <= hdr.values.keys() else opening.find_opening_sentence(text)
    # An agenda list above the chair's sentence: the sentence is said under an item, the body starts before it
    if sentence and first_agenda_label(text, body_start, sentence.start, kinds=("heading",)) is None:
        body_start = max(body_start, sentence.end)
    dist_from = memo_found.end if memo_found else 0
    dist = distribution.find_distribution(text[dist_from:])
    dist = dist.shifted(dist_from) if dist else None
    appendix = attendees.find_attendees(text)
    in_header = bool(appendix) and _list_in_header(text, appendix, body_start, memo_found)
    if in_header:
        body_start = appendix[-1].end  # "উপস্থিত সদস্যবৃন্দ:" listed under the header, before the body
    anchors = _anchors(text, body_start, memo_found, dist, None if in_header else appendix)
    return Blocks(title, hdr, sentence, body_start, memo_found, dist, appendix, anchors,
                  _signature_region(text, body_start, anchors))


def _header_above(hdr: header.Header, memo_found: Found | None, title: Found | None) -> header.Header:
    """The header's lines above the memo line: a "তারিখ:" below it (the body between) is the issue date's."""
    if not memo_found or (title and memo_found.start < title.end):
        return hdr  # no memo line, or one printed at the top above the title
    if hdr.end < memo_found.start:
        return hdr
    values = {k: v for k, v in hdr.values.items() if v.start < memo_found.start}
    return header.Header(values, max((v.end for v in values.values()), default=0))


_OPENING_FIELDS = {"chair", "date", "time", "venue"}


def _title_zone(text: str) -> int:
    """The title stands near the top: before the first long prose paragraph and the agenda's heading (an
    item "বিগত সভার কার্যবিবরণী পাঠ" is no title)."""
    m = regex.search(r"[^\n]{300,}", text)
    end = m.start() if m else len(text)
    agenda = first_agenda_label(text, 0, end)
    return end if agenda is None else agenda


def _title(ex: Extraction, text: str, title: Found[str] | None) -> str | None:
    if not title:
        return None
    ex.evidence["title"] = strip_edges(text, title.start, title.end)
    return clean(title.value)


def _from_title(ex: Extraction, path: str, title: Found[str] | None, finder):
    """The fiscal year or quarter the title names (finder: dates.find_fiscal_year / find_quarter)."""
    found = finder(title.value) if title else None
    return ex.found(path, found.shifted(title.start)) if found else None


def _chair(ex: Extraction, text: str, blocks: Blocks) -> Person | None:
    value, sentence = blocks.header.values.get("chair"), blocks.opening
    if value is None and sentence is not None:
        chair = opening.read_opening(sentence.value).chair
        value = chair.shifted(sentence.start) if chair else None
    if value is None or not clean(value.value):
        return None
    ex.evidence["chair"] = strip_edges(text, value.start, value.end)
    return people.parse_person(value.value, role="chair", wrapped=value is blocks.header.values.get("chair"))


def _meeting(ex: Extraction, text: str, blocks: Blocks) -> Meeting:
    hdr, sentence = blocks.header, blocks.opening
    meeting = Meeting()
    said = hdr.values.get("date") or sentence
    meeting.date = _first_date(ex, "meeting.date", said) if said else None
    line = None if meeting.date else _date_line(text, blocks.title)  # looked for only when nothing said when
    for date_src in (line, blocks.title):  # then "১২/০৩/২০১৫ তারিখের সভার কার্যবিবরণী"
        if meeting.date is None and date_src:
            meeting.date = _first_date(ex, "meeting.date", date_src)
    meeting.time = _meeting_time(ex, hdr, sentence) or (_first_time(ex, line, labelled=False) if line else None)
    venue = hdr.values.get("venue")
    if venue is not None:
        meeting.venue = clean(venue.value) or None
        ex.evidence["meeting.venue"] = strip_edges(text, venue.start, venue.end)
    elif sentence:
        meeting.venue = _venue_in_opening(ex, sentence)
    ref_src = hdr.values.get("attendance")
    m = _ATTENDANCE_REF.search(ref_src.value) if ref_src else _ATTENDANCE_REF.search(text, 0, _body_probe(text, blocks.body_start))
    if m:
        base = ref_src.start if ref_src else 0
        meeting.attendance_ref = clean(m.group())
        ex.evidence["meeting.attendance_ref"] = (base + m.start(), base + m.end())
    return meeting


_DATE_LINE_WORDS = 5  # words besides the date and time on a line that says only when ("খ্রিঃ", "রোজ রবিবার")
_DATE_LINE_BELOW = 6  # lines under the title where it may stand


def _date_line(text: str, title: Found[str] | None) -> Found[str] | None:
    """A line under the title that says only when the meeting was ("১৭.০৭.১৯৭১  বিকাল ৫:৩০ ঘটিকা"): no label,
    a date, perhaps a time, and at most a few filler words."""
    if title is None:
        return None
    for m in islice(regex.finditer(r"[^\n]*\S[^\n]*", text, pos=title.end), _DATE_LINE_BELOW):
        line = m.group()
        found = [*dates.find_gregorian_dates(line), *dates.find_bangla_dates(line), *times.find_times(line)]
        if not found or memo.find_memo(line) or header.is_label_line(line):  # a memo's or label's date
            continue
        rest = line
        for f in sorted(found, key=lambda f: -f.start):
            rest = rest[:f.start] + " " + rest[f.end:]
        if any(isinstance(f.value, (DateValue, dates.BanglaDate)) for f in found) and len(rest.split()) <= _DATE_LINE_WORDS:
            return Found(line, m.start(), m.end())
    return None


def _meeting_time(ex: Extraction, hdr: header.Header, sentence: Found[str] | None):
    """The time label's value; else a time printed in the date label's line ("তারিখঃ <date>, সময়ঃ <time>");
    else the opening sentence's."""
    if "time" in hdr.values:
        return _first_time(ex, hdr.values["time"], labelled=True)
    for src in (hdr.values.get("date"), sentence):
        time = _first_time(ex, src, labelled=False) if src else None
        if time:
            return time
    return None


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


def _memo(ex: Extraction, text: str, found: Found[MemoNumber] | None) -> MemoNumber | None:
    if not found:
        return None
    ex.evidence["memo"] = (found.start, found.end)
    if not memo.find_memo(text[_line_start(text, found.start):found.end]):
        label = text[_line_start(text, found.start):found.start].strip()
        ex.warnings.append(Warning(code="low_confidence", field="memo",
                                   message=f"a file number after {label!r}, which is no memo label: taken as "
                                           "the memo number, its label misread"))
    raw = ex.repaired("memo", found.value.raw, ocr_repair.repair_memo)
    if ex.from_ocr and raw == found.value.raw and "," in raw:
        # no scheme prints a comma: a "." the OCR misread, among digits it may have misread too (the serial
        # is often written in by hand)
        ex.warnings.append(Warning(code="low_confidence", field="memo",
                                   message=f"OCR read a comma in the memo number {clean(raw)!r}"))
    return found.value if raw == found.value.raw else memo.parse_memo(raw)


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


def _venue_in_opening(ex: Extraction, sentence: Found[str]) -> str | None:
    venue = opening.read_opening(sentence.value).venue
    if not venue:
        return None
    ex.evidence["meeting.venue"] = (sentence.start + venue.start, sentence.start + venue.end)
    return venue.value


def _anchors(text: str, body_start: int, memo_found: Found | None, dist: distribution.DistributionList | None,
             appendix: list[Found[Person]] | None) -> list[int]:
    """Offsets after the body where a non-body block starts: memo, distribution, appendix, letterhead."""
    points = [len(text)]
    if memo_found and memo_found.start > body_start:
        points.append(_line_start(text, memo_found.start))
    if dist:
        points.append(dist.start)
    if appendix:
        points.append(_appendix_start(text, appendix[0].start))
    for word in lexicon.table("minutes_words.json")["letterhead"][:1]:
        at = text.find(word, body_start)
        if at >= 0:
            points.append(_line_start(text, at))
    return sorted(p for p in points if p >= body_start)


def _list_in_header(text: str, appendix: list[Found[Person]], body_start: int, memo_found: Found | None) -> bool:
    """An attendee list under the header (the body's prose or its agenda follows it) rather than an appendix
    at the end: right under the header, or anywhere above the memo line when the header was not read."""
    start, end = appendix[0].start, appendix[-1].end
    above = start < body_start + 200 or (memo_found is not None and body_start < end < memo_found.start)
    body_below = (bool(regex.search(r"[^\n]{%d,}" % (_SHORT_LINE + 1), text[end:]))
                  or first_agenda_label(text, end, kinds=("heading", "decision", "combined")) is not None)
    return above and body_below


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


def _repair_deadlines(ex: Extraction, f: Fields) -> None:
    """OCR'd deadlines with known misreadings undone (ocr_repair.repair_deadline), against the meeting's date."""
    meeting = f.meeting.date.iso if f.meeting and f.meeting.date else None
    if not ex.from_ocr or meeting is None:
        return
    for i, item in enumerate(f.agenda):
        for j, decision in enumerate(item.decisions):
            if decision.deadline is None:
                continue
            raw = ex.repaired(f"agenda[{i}].decisions[{j}].deadline", decision.deadline.raw,
                              lambda text: ocr_repair.repair_deadline(text, meeting))
            date = dates.parse_gregorian_date(raw) if raw != decision.deadline.raw else None
            if date is not None:
                decision.deadline = date


def _issued(ex: Extraction, text: str, blocks: Blocks) -> Issued | None:
    if not blocks.memo:
        return None
    start = blocks.memo.end
    end = min(len(text), start + _ISSUE_DATE_REACH)
    if blocks.distribution:
        end = min(end, blocks.distribution.start)
    region = text[start:end]
    fixed = ex.repaired("issued", region, ocr_repair.repair_date_text)
    if fixed != region:  # offsets into the repaired text no longer fit the page: the region is the evidence
        return _issued_dates(ex, fixed, lambda f: (start, end))
    _warn_invalid_dates(ex, "issued", region)
    issued = _issued_dates(ex, region, lambda f: (start + f.start, start + f.end))
    return _stacked_date_above(ex, text, blocks.memo.start, issued)


def _stacked_date_above(ex: Extraction, text: str, memo_start: int, issued: Issued | None) -> Issued | None:
    """Issue dates printed as a fraction beside "তারিখঃ" (Bangla over Gregorian, a rule between) put the upper
    one on the line above the memo line: a line that holds only a date there is the issue date's."""
    if issued and issued.gregorian and issued.bangla:
        return issued
    line_end = text.rfind("\n", 0, memo_start)  # the end of the line above the memo line
    line_start = text.rfind("\n", 0, max(line_end, 0)) + 1
    if line_end <= line_start:
        return issued
    line = text[line_start:line_end]
    found = [*dates.find_gregorian_dates(line), *dates.find_bangla_dates(line)]
    if len(found) != 1 or clean(line[:found[0].start] + line[found[0].end:]):
        return issued
    above = _issued_dates(Extraction(), line, lambda f: f)
    issued = issued or Issued()
    if above.bangla and not issued.bangla:
        issued.bangla = above.bangla
        ex.evidence["issued.bangla"] = (line_start + found[0].start, line_start + found[0].end)
    elif above.gregorian and not issued.gregorian:
        issued.gregorian = above.gregorian
        ex.evidence["issued.gregorian"] = (line_start + found[0].start, line_start + found[0].end)
    if issued.gregorian and issued.bangla:
        issued.consistent = issued.gregorian.iso == issued.bangla.gregorian
    return issued if issued.gregorian or issued.bangla else None


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


def _recipients(ex: Extraction, dist: distribution.DistributionList | None) -> list[Recipient]:
    return [ex.found(f"distribution[{i}]", found) for i, found in enumerate(dist.recipients)] if dist else []


def _distribution_note(ex: Extraction, dist: distribution.DistributionList | None) -> str | None:
    if not dist or not dist.note:
        return None
    return ex.repaired("distribution_note", ex.found("distribution_note", dist.note), ocr_repair.repair_note)


def _signatories(ex: Extraction, text: str, blocks: Blocks, chair: Person | None) -> list[Person]:
    """The chair's block above the memo line, then the issuer's (and others') after the distribution."""
    above = _signatures_in(text, *blocks.signature)
    chair_at = _chair_signature(above, chair)
    found = [(f, "chair" if i == chair_at else f.value.role or "other") for i, f in enumerate(above)]
    if blocks.distribution:
        after = blocks.distribution.end
        stop = next((a for a in blocks.anchors if a > after), len(text))
        for i, f in enumerate(_signatures_in(text, after, stop)):
            found.append((f, "issuer" if i == 0 else "other"))
    return [ex.found(f"signatories[{i}]", f).model_copy(update={"role": role}) for i, (f, role) in enumerate(found)]


def _name_the_designated_chair(ex: Extraction, f: Fields) -> None:
    """A chair named by post alone ("সভাপতি: উপজেলা নির্বাহী অফিসার", "জেলা প্রশাসক মহোদয়ের সভাপতিত্বে")
    takes the name (and titles) of the signer, or of the attendee listed as সভাপতি, who holds that post;
    the post and office stay as printed where the chair is named. Either way a warning says so: the name
    was read elsewhere (chair_name_from_signature / chair_name_from_attendees), or is not printed at all
    (chair_name_missing, name ""). docs/conventions.md "People"."""
    chair = f.chair
    if chair is None or chair.name or not chair.designation:
        return
    candidates = [("signature", "signatories", i, p) for i, p in enumerate(f.signatories) if p.role != "issuer"]
    candidates += [("attendees", "attendees", i, p) for i, p in enumerate(f.attendees) if p.role == "chair"]
    for where, field_name, index, person in candidates:
        if person.name and person.designation and _same_post(person.designation, chair.designation):
            f.chair = chair.model_copy(update={"name": person.name, "titles": person.titles})
            if f"{field_name}[{index}]" in ex.evidence:
                ex.evidence["chair.name"] = ex.evidence[f"{field_name}[{index}]"]
            if where == "signature":
                f.signatories[index] = person.model_copy(update={"role": "chair"})
            ex.warnings.append(Warning(
                code=f"chair_name_from_{where}", field="chair.name",
                message=f"the chair is named only by post ({chair.designation}); the name is that of the "
                        f"{'signer' if where == 'signature' else 'attendee listed as chair'} with that post"))
            return
    ex.warnings.append(Warning(code="chair_name_missing", field="chair.name",
                               message=f"the chair is named only by post ({chair.designation}); no name is printed"))


@cache
def _chair_phrase() -> regex.Pattern:
    """The possessive glued to a name ("আলমের", "মুস্তাফার", "হক-এর"), then সভাপতিত্বে."""
    suffixes = lexicon.table("minutes_words.json")["possessive_suffixes"] + ["র"]
    return regex.compile(rf"(?:{lexicon.alternation(suffixes)})?\s+সভাপতিত্বে")


def _chair_of_the_phrase_among_attendees(ex: Extraction, f: Fields, text: str) -> None:
    """No chair read, but "<name>র সভাপতিত্বে" names one listed among the attendees (a name printed with no
    courtesy word or post, which the opening's grammar cannot tell from other words): that attendee."""
    if f.chair is not None:
        return
    for m in _chair_phrase().finditer(text):
        before = text[max(0, m.start() - 80):m.start()]
        for person in f.attendees:
            if person.name and before.endswith(person.name):
                f.chair = person.model_copy(update={"role": "chair"})
                ex.evidence["chair"] = (m.start() - len(person.name), m.start())
                return


def _same_post(a: str, b: str) -> bool:
    return fuzz.ratio(regex.sub(r"\s+", "", a), regex.sub(r"\s+", "", b)) >= 90


def _signatures_in(text: str, start: int, end: int) -> list[Found[Person]]:
    return [f.shifted(start) for f in signatures.find_signatures(text[start:end])]


def _chair_signature(signed: list[Found[Person]], chair: Person | None) -> int | None:
    """Which block above the memo line is the chair's: the name likest the chair's (85 or more; OCR may
    misread a sign), one block only ("মোঃ মনিরুল ইসলাম" beside the chair "মোঃ আমিনুল ইসলাম" is 88 alike).
    The others keep the role their block names (সদস্য-সচিব printed under it), else "other"."""
    if not chair or not signed:
        return None
    score, at = max((fuzz.ratio(f.value.name, chair.name), i) for i, f in enumerate(signed))
    return at if score >= 85 else None


def _looks_like_minutes(f: Fields, text: str) -> bool:
    """Two signs of minutes, or a resolution recorded (a portal page may hold only the body of minutes).
    Agenda items with titles or numbers (from an agenda list or headings) are a sign, as decisions are."""
    signals = [f.title, f.chair, f.meeting.date, f.meeting.time, any(item.decisions for item in f.agenda),
               any(item.title or item.number for item in f.agenda)]
    return sum(bool(s) for s in signals) >= 2 or records_a_resolution(text)
