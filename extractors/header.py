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
from bangla_minutes.extractors.text import LIST_ITEM

_BODY_LINE = 110  # a line this long is prose: the header is over


@dataclass
class Header:
    """Raw header values as found (text and offsets); fields parse them further."""
    values: dict[str, Found[str]] = field(default_factory=dict)  # chair, date, time, venue, attendance
    end: int = 0  # where the header block ends


def _label_groups() -> str:
    """The header labels as one alternation, a named group per key ("chair", "date", ...)."""
    labels = lexicon.table("header_labels.json")
    return "|".join(f"(?P<{key}>{lexicon.alternation(words)})" for key, words in labels.items())


@cache
def _label_line() -> regex.Pattern:
    """A label and its value on one line ("সভাপতি : জনাব ক"), or a label alone on its line ("সভাপতি:"),
    whose value is the next line; a bullet may stand before it ("• স্থান: অনলাইন", a web page's list)."""
    groups = _label_groups()
    return regex.compile(rf"^[ \t]*(?:[•*\-–][ \t]*)?(?:{groups})(?:[ \t]*(?:[\t:ঃ]|[ ]{{2,}}|[-–—]+)[ \t:ঃ]*(?P<value>\S[^\n]*)"
                         rf"|[ \t]*[:ঃ]?[ \t]*$)", regex.M)


def is_label_line(line: str) -> bool:
    """"তারিখঃ ...", "সভার স্থান – ...": a header label starts the line."""
    return bool(_label_line().match(line))


_NEXT_LINE_VALUE = ("chair", "date_time", "date", "time", "venue")  # an attendee list under its label is a block


def find_label_lines(text: str, title: tuple[int, int] = (0, 0)) -> Header:
    """Header label/value lines near the top, before the body's prose starts (`title`: the title's span)."""
    header = Header()
    limit = _header_zone_end(text, title)
    for m in [*_label_line().finditer(text, 0, limit), *_unmarked_label_lines(text, limit),
              *_misread_label_lines(text, limit)]:
        key = next(k for k, v in m.groupdict().items() if v is not None and k != "value")
        if key in header.values:
            continue  # a label said again further down ("সভাপতি" under a signature) is no header line
        span = m.span("value") if m["value"] is not None else _next_line_value(text, m.end(), limit, key)
        if span is None:
            continue
        pieces = _labels_on_the_line(text, key, *span)
        last_key, start, end = pieces[-1]
        pieces[-1] = (last_key, start, _continuation_end(text, end, limit, person=last_key == "chair"))
        for key, start, end in pieces:
            _add_value(header, key, Found(text[start:end], start, end))
    return header


def _add_value(header: Header, key: str, found: Found[str]) -> None:
    if key == "date_time":
        header.values.setdefault("date", found)
        header.values.setdefault("time", found)
    else:
        header.values.setdefault(key, found)
    header.end = max(header.end, found.end)


@cache
def _label_inside() -> regex.Pattern:
    """A second label on a value's line, after a space and before its colon ("স্থানঃ ইউ পি কার্যালয় সময়ঃ
    ১০ঘটিকা")."""
    return regex.compile(rf"(?<=[\s,;।])(?:{_label_groups()})[ \t]*[:ঃ][ \t:ঃ]*")


def _labels_on_the_line(text: str, key: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The value text[start:end] of label `key`, cut where another label starts on its line: (key, start,
    end) for each label."""
    pieces = []
    for m in _label_inside().finditer(text, start, end):
        pieces.append((key, start, len(text[:m.start()].rstrip(" \t,;"))))
        key, start = next(k for k, v in m.groupdict().items() if v is not None), m.end()
    return pieces + [(key, start, end)]


MISREAD_LABEL_SCORE = 85  # rapidfuzz ratio of an OCR'd label to a label: one sign off in 7+ letters (86-93)
MIN_MISREAD_LABEL = 6  # letters and signs: a shorter label one sign off is often another word
_LABEL_AND_VALUE = regex.compile(r"^[ \t]*(?P<label>[^\t\n:ঃ]{2,30}?)[ \t]*(?:\t|[:ঃ]|[ ]{2,})[ \t:ঃ]*(?P<value>\S[^\n]*)",
                                 regex.M)


class _LabelMatch:
    """A label line whose label OCR misread by a sign, in the shape of a `_label_line` match."""

    def __init__(self, key: str, m: regex.Match):
        self.key, self.m = key, m

    def groupdict(self) -> dict:
        return {self.key: self.m["label"], "value": self.m["value"]}

    def span(self, group: str) -> tuple[int, int]:
        return self.m.span(group)

    def end(self) -> int:
        return self.m.end()

    def __getitem__(self, group: str):
        return self.m["value"] if group == "value" else None


@cache
def _squeezed_labels() -> dict[str, str]:
    """Labels long enough to judge a misreading of, without their spaces -> their key."""
    return {squeezed: key for key, words in lexicon.table("header_labels.json").items() for word in words
            if len(squeezed := regex.sub(r"\s+", "", word)) >= MIN_MISREAD_LABEL}


def _misread_label_lines(text: str, limit: int) -> list[_LabelMatch]:
    """Label/value lines (tab or colon between them) whose label is one OCR slip off a label ("সভার সময,"
    for "সভার সময়": the nukta-ya read as a comma): the labels' own pattern misses them."""
    from rapidfuzz import fuzz, process
    labels = _squeezed_labels()
    found = []
    for m in _LABEL_AND_VALUE.finditer(text, 0, limit):
        if _label_line().match(text, m.start(), m.end()):
            continue
        label = regex.sub(r"[\s\p{P}]+", "", m["label"])
        best = process.extractOne(label, labels.keys(), scorer=fuzz.ratio, score_cutoff=MISREAD_LABEL_SCORE)
        if best and len(label) >= MIN_MISREAD_LABEL:
            found.append(_LabelMatch(labels[best[0]], m))
    return found


UNMARKED_LABEL_REACH = 2  # lines: how near a marked label line an unmarked one must stand


@cache
def _unmarked_label() -> regex.Pattern:
    """A label of the chair, date, time or venue, one space and its value: no separator between them."""
    labels = lexicon.table("header_labels.json")
    groups = "|".join(f"(?P<{key}>{lexicon.alternation(labels[key])})" for key in _NEXT_LINE_VALUE)
    return regex.compile(rf"^[ \t]*(?:{groups}) (?P<value>[^\s:ঃ\-–—][^\n।]*।?)$", regex.M)


UNMARKED_VALUE_WORDS = 14  # a longer "value" after a label word is a sentence that starts with it


def is_unmarked_label_line(line: str) -> regex.Match | None:
    """"সময় বেলা ২:৩০ টা": a label, one space and a value that is no sentence (no verb ends it)."""
    m = _unmarked_label().match(line)
    if m and not sentence_verb().search(m["value"]) and len(m["value"].split()) <= UNMARKED_VALUE_WORDS:
        return m
    return None


def _unmarked_label_lines(text: str, limit: int) -> list[regex.Match]:
    """Label lines whose separator OCR lost ("সভাপতি রীতা রানী পাল", "সময় বেলা ২:৩০ টা"): taken only
    beside label lines with their separator, within the header (seen on clean typeset scans,
    samples/scan_draws.py seed 4202; a sentence that starts with "সভাপতি" is not among label lines)."""
    marked = [text.count("\n", 0, m.start()) for m in _label_line().finditer(text, 0, limit)]
    found = []
    for m in _unmarked_label().finditer(text, 0, limit):
        line = text.count("\n", 0, m.start())
        if is_unmarked_label_line(m.group()) and any(0 < abs(line - other) <= UNMARKED_LABEL_REACH for other in marked):
            found.append(m)
    return found


def _next_line_value(text: str, label_end: int, limit: int, key: str) -> tuple[int, int] | None:
    """A label alone on its line: the value is the next line, unless that is a label line too."""
    if key not in _NEXT_LINE_VALUE or label_end >= limit:
        return None
    m = regex.compile(r"\n[ \t]*(\S[^\n]*)").match(text, label_end)
    if not m or m.end() > limit or _label_line().match(m.group(1)):
        return None
    return m.span(1)


def _header_zone_end(text: str, title: tuple[int, int]) -> int:
    """The header stands before the body's first prose line: a long line or a sentence that is neither
    the title's (a long fiscal-year title) nor a label line (a chair with a long office)."""
    offset = 0
    value_below = False  # the line after a label alone on its line is that label's value
    for line in text.split("\n"):
        in_title = offset < title[1] and offset + len(line) > title[0]
        label = _label_line().match(line)
        if _is_prose(line) and not in_title and not label and not value_below and not is_unmarked_label_line(line):
            return offset
        value_below = bool(label) and label["value"] is None
        offset += len(line) + 1
    return len(text)


_SENTENCE_WORDS = 8  # a line ending a sentence with this many words is prose, not a letterhead address


def _is_prose(line: str) -> bool:
    """A long line of words, or a sentence (not a rule of dots, nor a label indented by a run of spaces)."""
    words = line.split()
    letters = sum(ch.isalpha() for ch in line)
    return (len(" ".join(words)) > _BODY_LINE and letters > _BODY_LINE / 2) or ("।" in line and len(words) >= _SENTENCE_WORDS)


def _continuation_end(text: str, end: int, limit: int, person: bool = False) -> int:
    """A value wraps onto following lines that are indented and are not label lines themselves; a
    person's value also onto a line that opens with a designation (converters drop the indentation) and,
    below that, onto lines of the office ("৬ নং বাসন্ডা ইউপি," / "ঝালকাঠী"), and past a blank line onto an
    indented line (portal pages leave a blank line between lines); any value onto the next line when it
    ends in a comma (a page wrapped "..., সিংড়া," / "নাটোর")."""
    designated = 0  # lines continued since the designation's, plus one
    while end < limit:
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[end + 1:nxt]
        if person and not line.strip() and nxt < limit:
            after = text.find("\n", nxt + 1)
            below = text[nxt + 1:len(text) if after < 0 else after]
            if below[:1].isspace() and below.strip() and not _label_line().match(below):
                end, line, nxt = nxt, below, len(text) if after < 0 else after
        if not line.strip() or _label_line().match(line) or is_unmarked_label_line(line) or _BULLET.match(line):
            break
        open_value = text[:end].rstrip(" \t").endswith(",") and not LIST_ITEM.match(line)
        designation = person and people.starts_with_designation(line)
        office = 0 < designated <= _OFFICE_LINES and _office_line(line)
        if not (line[:1].isspace() or open_value or designation or office):
            break
        designated += bool(designated) or designation
        end = nxt
    return end


_BULLET = regex.compile(r"[ \t]*[•*\-–][ \t]")  # a list's next entry, never a value's wrapped line
_OFFICE_LINES = 3  # lines of the office under a chair's designation line (office, upazila, district)


def _office_line(line: str) -> bool:
    """A line with no label and no list number, short ("তাড়ল ইউ/পি", "দিরাই, সুনামগঞ্জ।") or naming an
    office ("মাধ্যমিক ও উচ্চ মাধ্যমিক শিক্ষা বোর্ড, ঢাকা")."""
    stripped = line.strip()
    if regex.search("[:ঃ]", stripped) or LIST_ITEM.match(stripped) or _is_prose(stripped):
        return False
    return len(stripped) <= _OFFICE_LINE or bool(people.office_words().search(stripped))


_OFFICE_LINE = 40


def find_title(text: str) -> Found[str] | None:
    """The heading that names the meeting: the line holding কার্যবিবরণী (or a misspelling) and the lines of
    its paragraph around it that are not letterhead, at most 3 lines."""
    pattern = title_word()
    offset = 0
    for paragraph in regex.split(r"(\n[ \t]*\n)", text):
        m = pattern.search(paragraph) if not paragraph.startswith("\n") else None
        while m and _in_a_sentence(paragraph, m):
            m = pattern.search(paragraph, m.end())
        if m:
            start, end = _heading_lines(paragraph, m.start())
            label = regex.match(r"[ \t]*বিষয়[ \t]*[:ঃ][ \t]*", paragraph[start:end])
            if label:
                start += label.end()
            return Found(paragraph[start:end], offset + start, offset + end)
        offset += len(paragraph)
    return None


_TITLE_LINES = 3


def _in_a_sentence(paragraph: str, word: regex.Match) -> bool:
    """Is the title word read in a sentence of the body: its line numbered as a paragraph ("১) সভায় ..."),
    or a finite verb after it in its sentence ("... সভার কার্যবিবরণী পাঠ করা হয়")?"""
    line_start = paragraph.rfind("\n", 0, word.start()) + 1
    if LIST_ITEM.match(paragraph[line_start:]):
        return True
    sentence = regex.match(r"[^।\n]*", paragraph[word.end():]).group()
    return bool(sentence_verb().search(sentence))


@cache
def sentence_verb() -> regex.Pattern:
    """A finite verb ending a sentence of the body ("করা হয়", "করেন", "অনুমোদিত"), as a word."""
    verbs = lexicon.alternation(lexicon.table("minutes_words.json")["sentence_verbs"])
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{verbs})(?![\p{{L}}\p{{M}}])")


@cache
def title_word() -> regex.Pattern:
    """কার্যবিবরণী and its misspellings."""
    return regex.compile(lexicon.alternation(lexicon.table("minutes_words.json")["title"]))


def _heading_lines(paragraph: str, word: int) -> tuple[int, int]:
    """The run of non-letterhead lines around the title word's line (a title glued to its letterhead)."""
    lines = [paragraph[mm.start():mm.end()] for mm in regex.finditer(r"[^\n]+", paragraph)]
    spans = [(mm.start(), mm.end()) for mm in regex.finditer(r"[^\n]+", paragraph)]
    at = next(i for i, (s, e) in enumerate(spans) if s <= word < e + 1)
    first = last = at
    while first > 0 and last - first < _TITLE_LINES - 1 and not _letterhead_line(lines[first - 1], lines[first]):
        first -= 1
    while (last + 1 < len(lines) and last - first < _TITLE_LINES - 1 and not lines[last].rstrip().endswith("।")
           and not _letterhead_line(lines[last + 1], "") and not _label_line().match(lines[last + 1])):
        last += 1
    return spans[first][0], spans[last][1]


@cache
def _letterhead_pattern() -> regex.Pattern:
    """A letterhead line: an address or contact word, a comma or danda (office, place), a line in brackets,
    or one word alone (a place)."""
    words = lexicon.alternation(lexicon.table("minutes_words.json")["letterhead"])
    return regex.compile(rf"{words}|[,।]|^\s*\(.*\)\s*$|^\s*\S+\s*$")


@cache
def _office_at_end() -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{lexicon.alternation(lexicon.lines('office_words.txt'))})\s*$")


_GENITIVE_START = regex.compile(r"^\s*[\p{L}\p{M}]+র(?![\p{L}\p{M}])")


def _letterhead_line(line: str, next_line: str) -> bool:
    """Also a line ending in an office word (কার্যালয়, পরিষদ, পৌরসভা), unless the title's next line goes
    on with it in the genitive ("তিতাস এলপি গ্যাস কোম্পানি" + "লিমিটেডের ক্রয় কমিটির সভার কার্যবিবরণী")."""
    if _letterhead_pattern().search(line):
        return True
    return bool(_office_at_end().search(line)) and not _GENITIVE_START.match(next_line)
