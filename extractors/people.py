"""A person as printed in minutes: name, titles, designation and office.

    >>> parse_person("মল্লিক সাঈদ মাহবুব যুগ্মসচিব, সুরক্ষা সেবা বিভাগ")
    Person(name='মল্লিক সাঈদ মাহবুব', titles=[], designation='যুগ্মসচিব', office='সুরক্ষা সেবা বিভাগ', ...)

Designations come from extractors/data/designations.txt. A space or hyphen inside an entry is optional
when matching ("যুগ্ম সচিব" finds "যুগ্মসচিব"); when no entry matches exactly, a close spelling
("প্রোগামার" for "প্রোগ্রামার", a Bijoy-conversion leftover) is accepted with rapidfuzz.
"""
from __future__ import annotations

from functools import cache
from itertools import islice

import regex
from rapidfuzz import fuzz, process

from bangla_minutes.extractors import lexicon
from bangla_minutes.extractors.lexicon import alternation
from bangla_minutes.extractors.text import LINE_GAP, SPACES, clean
from bangla_minutes.schemas import Person

_NOT_WORD_BEFORE = r"(?<![\p{L}\p{M}\p{Nd}])"
_NOT_WORD_AFTER = r"(?![\p{L}\p{M}])"
_FUZZY_SCORE = 86  # rapidfuzz ratio; "প্রোগামার" vs "প্রোগ্রামার" scores 90, "পরিচালনা" vs "পরিচালক" 80
_FUZZY_MIN_LENGTH = 6  # shorter words are too alike to compare fuzzily
_FUZZY_WORDS = 16  # a designation stands right after the name: look no further for a fuzzy one
_WORD = regex.compile(r"[^\s,;।()/]+")


def word_pattern(entries) -> regex.Pattern:
    """Any of the entries as a whole word."""
    return regex.compile(rf"{_NOT_WORD_BEFORE}(?:{alternation(entries, spaces='entry')}){_NOT_WORD_AFTER}")


@cache
def _designation_regex() -> regex.Pattern:
    qualifiers = alternation(lexicon.lines("designation_qualifiers.txt"), spaces='entry')
    prefixes = alternation(lexicon.lines("designation_prefixes.txt"), spaces='entry')
    return regex.compile(
        rf"{_NOT_WORD_BEFORE}(?:(?:{prefixes})[^\S\n]+)?(?:{alternation(lexicon.lines('designations.txt'), spaces='entry')})"
        rf"(?:{LINE_GAP}\((?:{qualifiers})\)|{_NOT_WORD_AFTER})"
    )


@cache
def _designation_entries() -> tuple[str, ...]:
    return tuple(sorted({SPACES.sub(" ", e) for e in lexicon.lines("designations.txt")}))


@cache
def _prefix_regex() -> regex.Pattern:
    """One courtesy word or title at the start; titles ending in "." or "ঃ" may touch the name."""
    words = lexicon.lines("courtesy_words.txt") + lexicon.lines("person_titles.txt")
    return regex.compile(rf"(?:{alternation(words, spaces='entry')})(?:(?<=[.ঃ:)])|{_NOT_WORD_AFTER}){LINE_GAP}")


@cache
def office_words() -> regex.Pattern:
    """An office word (data/office_words.txt) as a word of its own or with a case ending ("বিভাগের"),
    not inside another word ("বিভাগীয়")."""
    words = alternation(lexicon.lines("office_words.txt"), spaces='entry')
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{words})(?:ের|এর|র|সমূহ|সমূহের)?(?![\p{{L}}\p{{M}}])")


@cache
def committee_roles() -> dict[str, str]:
    """Role words as printed and the record's role: "সদস্য-সচিব" -> "member_secretary"."""
    return {word: role for word, role in lexicon.table("committee_roles.json").items() if word != "_"}


def role_in(text: str) -> str | None:
    """The role named by the longest role word in text ("সদস্য-সচিব" before "সদস্য")."""
    for word in sorted(committee_roles(), key=len, reverse=True):
        if word in text:
            return committee_roles()[word]
    return None


def find_designation(text: str) -> tuple[int, int] | None:
    """Offsets of the longest lexicon designation in text (the earliest of equal length).

    Falls back to a close spelling among the first words when no entry matches exactly."""
    best = None
    for m in _designation_regex().finditer(text):
        if best is None or m.end() - m.start() > best[1] - best[0]:
            best = m.span()
    return best or _fuzzy_designation(text)


def first_designation(text: str, pos: int = 0) -> tuple[int, int] | None:
    """Offsets of the first designation at or after pos: exact if any, else a close spelling."""
    m = _designation_regex().search(text, pos)
    if m:
        return m.span()
    span = _fuzzy_designation(text[pos:])
    return (span[0] + pos, span[1] + pos) if span else None


def designation_ending_at(text: str) -> tuple[int, int] | None:
    """Offsets of the longest lexicon designation that ends the text ("... বোর্ড, খুলনা-এর চেয়ারম্যান")."""
    end = len(text.rstrip(" ,"))
    best = None
    for m in _designation_regex().finditer(text[:end], overlapped=True):
        if m.end() == end and (best is None or m.start() < best[0]):
            best = m.span()
    return best


def starts_with_designation(text: str) -> bool:
    """Whether the line opens with a designation ("উপসচিব (অগ্নি-১)", "সহঃ প্রোগ্রামার, ...")."""
    stripped = text.lstrip(" \t-–*")
    span = first_designation(stripped)
    return bool(span) and span[0] == 0


def _fuzzy_designation(text: str) -> tuple[int, int] | None:
    """The run of 1-4 words among the first few that is closest to a lexicon entry, if close enough."""
    words = [m.span() for m in islice(_WORD.finditer(text), _FUZZY_WORDS)]
    entries = _designation_entries()
    best = None  # (score, length, span)
    for i, (start, _) in enumerate(words):
        for j in range(i, min(i + 4, len(words))):
            end = words[j][1]
            if "\n" in text[start:end]:
                break
            candidate = SPACES.sub(" ", text[start:end])
            if len(candidate) < _FUZZY_MIN_LENGTH:
                continue
            hit = process.extractOne(candidate, entries, scorer=fuzz.ratio, score_cutoff=_FUZZY_SCORE)
            if hit and -2 <= len(candidate) - len(hit[0]) <= 1:
                key = (hit[1], end - start)
                if best is None or key > best[0]:
                    best = (key, (start, end))
    return best[1] if best else None


# A number before a person: a list's serial, or a label's colon that OCR read as a digit ("৪ অধ্যাপক ...")
_LEADING_NUMBER = regex.compile(r"^\(?[০-৯0-9]{1,3}[.)।]?\s+(?=\p{L})(?!নং|নম্বর)")


def parse_person(text: str, role: str | None = None, wrapped: bool = False) -> Person:
    """One person as printed, possibly over several lines: name line(s), then designation and office lines.

    "(মল্লিক সাঈদ মাহবুব)\\nযুগ্মসচিব\\nঅগ্নি অনুবিভাগ\\nও\\nশুদ্ধাচার ফোকাল পয়েন্ট\\nসুরক্ষা সেবা বিভাগ।" gives
    designation "যুগ্মসচিব", office "অগ্নি অনুবিভাগ ও শুদ্ধাচার ফোকাল পয়েন্ট, সুরক্ষা সেবা বিভাগ".

    `wrapped`: the text is a label's value whose lines may be wrapped where the value column ends (a
    header's "সভাপতি : ..."): see `_unwrap`."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    joined = _LEADING_NUMBER.sub("", "\n".join(lines))
    titles, name_start = _leading_titles(joined)
    span = first_designation(joined, name_start)
    if span:
        name_part, rest = joined[:span[0]], joined[span[1]:]
        if name_part.rstrip().endswith("("):  # "মহীন রীয়াদ (কোষাধ্যক্ষ)": the post in brackets
            rest = regex.sub(r"^\s*\)", "", rest)
        designation = clean(joined[span[0]:span[1]])
    else:
        first_line, _, later = joined.partition("\n")
        name_part, rest = _split_first_part(first_line)
        rest = rest + "\n" + later
        designation = None
    if wrapped:
        rest = _unwrap(rest)
    offices = _office_segments(rest)
    return Person(
        name=_name(name_part, titles),
        titles=titles,
        designation=designation or None,
        office=join_office(offices).rstrip("। ") or None,  # "দাউদকান্দি, কুমিল্লা।": the sentence's danda is no part
        role=role,
        raw=SPACES.sub(" ", text).strip(),
    )


def _unwrap(rest: str) -> str:
    """A line that separates the office's parts by commas was wrapped where it breaks ("..., কৃষি
    সম্প্রসারণ\\nঅধিদপ্তর" is "কৃষি সম্প্রসারণ অধিদপ্তর"); a line without one is a part of its own
    ("চরপাড়া ইউ/পি\\nকলমাকান্দা, নেত্রকোনা")."""
    lines = rest.split("\n")
    out = lines[0]
    for before, line in zip(lines, lines[1:]):
        wraps = "," in before and not before.rstrip().endswith(",")
        out += (" " if wraps else "\n") + line
    return out


_PART_BREAK = regex.compile(r",|\s[-–—]+\s")  # "জনাব ক, সদস্য" or "জনাব ক – সদস্য"


def _split_first_part(line: str) -> tuple[str, str]:
    """The name before the first comma or spaced dash, and the rest."""
    parts = _PART_BREAK.split(line, 1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def without_titles(text: str) -> str:
    """The text after its leading courtesy words and titles ("সহযোগী অধ্যাপক এনামুল হক" gives "এনামুল হক")."""
    return text[_leading_titles(text)[1]:]


def _leading_titles(text: str) -> tuple[list[str], int]:
    """Courtesy words and titles at the start (inside a leading bracket too): the titles, and where they end."""
    pos = len(text) - len(text.lstrip("( \t"))
    courtesy = set(lexicon.lines("courtesy_words.txt"))
    titles = []
    while m := _prefix_regex().match(text, pos):
        word = m.group().strip()
        if word not in courtesy:
            titles.append(word)
        pos = m.end()
    return titles, pos


def _name(name_part: str, titles: list[str]) -> str:
    """The name without the brackets around it, courtesy words or titles."""
    name_part = SPACES.sub(" ", name_part).strip(" ,;:-–")
    if name_part.startswith("(") and name_part.endswith(")"):
        name_part = name_part[1:-1]
    name_part = name_part.lstrip("( ").rstrip(") (")
    _, start = _leading_titles(name_part)
    return clean(name_part[start:])


_BRANCH = regex.compile(r"^[\s,:ঃ\-–]*\(([^()\n]*)\)")


def _office_segments(rest: str) -> list[str]:
    """What follows the designation, one segment per line; a bracket right after it names a branch."""
    segments = []
    m = _BRANCH.match(rest)
    if m:
        segments.append(clean(m.group(1)))
        rest = rest[m.end():]
    for line in rest.split("\n"):
        segments.append(clean(line))
    return [s for s in segments if s]


def join_office(segments: list[str]) -> str:
    """Office lines joined with ", ", except that a line that is only "ও" joins its neighbours with spaces."""
    out = ""
    for i, segment in enumerate(segments):
        if i == 0:
            out = segment
        elif segment == "ও" or segments[i - 1] == "ও":
            out += " " + segment
        else:
            out += ", " + segment
    return out
