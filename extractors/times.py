"""Clock times in minutes: "দুপুর ১২:৩০ টা" -> 12:30, "বেলা ১১.০০ মিনিট" -> 11:00, "সাড়ে ১০টা" -> 10:30.

A time is an hour, with minutes after ":", "." or "ঃ", between an optional period word (সকাল, দুপুর,
বেলা, বিকাল, সন্ধ্যা, রাত ...) and an optional unit (ঘটিকা, টা, মিনিট ...) or am/pm. In running text it
needs a period word or a unit, so "২.১" or "১১.০০" alone is no time, and a unit that also counts
(৫টা প্রকল্প, ১০ মিনিট) needs minutes or a fraction word to make a bare number a time.
The 24-hour value follows docs/conventions.md (meeting.time); an hour above 12 is already 24-hour.
Without a period word the hour is taken as printed ("৩.০০ ঘটিকা" -> 03:00).
`raw` runs from the period word (or fraction word, or hour) to the unit word, as printed.
"""
from __future__ import annotations

from collections import namedtuple

import regex

from bangla_minutes.extractors import lexicon
from bangla_minutes.extractors.lexicon import alternation
from bangla_minutes.extractors.digits import DIGIT, to_int
from bangla_minutes.extractors.found import Found
from bangla_minutes.schemas.record import TimeValue

_WORDS = lexicon.table("time_words.json")
_PERIOD_CLASS = {word: cls for cls, words in _WORDS["periods"].items() for word in words}
_AFTER_NUMBER_CLASS = {word.casefold(): cls
                       for cls, words in _WORDS["after_number_periods"].items() for word in words}
_FRACTION_CLASS = {word: cls for cls, words in _WORDS["fractions"].items() for word in words}
_COUNTING_UNITS = frozenset(_WORDS["counting_units"])

# Hours (printed on the 12-hour clock) that a period word moves to the afternoon.
_AFTERNOON_HOURS = {
    "morning": range(0), "noon": range(1, 5), "day": range(1, 6),
    "evening": range(1, 12), "night": range(1, 12), "am": range(0), "pm": range(1, 12),
}
_MIDNIGHT_AT_12 = {"night", "am"}

_WORD_END = r"(?![\p{L}\p{M}])"
_GAP = r"[ \t\u00a0]*"
_PERIOD = rf"(?:(?<![\p{{L}}\p{{M}}])(?P<period>{alternation(_PERIOD_CLASS)}){_WORD_END}{_GAP}[-:ঃ,]?{_GAP})"
_FRACTION = rf"(?:(?P<fraction>{alternation(_FRACTION_CLASS)}){_GAP})"
_NUMBER = (rf"(?<!{DIGIT})(?<!{DIGIT}[.:ঃ])(?P<hour>{DIGIT}{{1,2}})(?:[:.ঃ](?P<minute>{DIGIT}{{2}}))?"
           rf"(?!{DIGIT})(?![.:ঃ]{DIGIT})")
_UNIT = (rf"(?:{_GAP}(?P<unit>{alternation(_WORDS['clock_units'] + _WORDS['counting_units'])}){_WORD_END}"
         rf"|{_GAP}(?P<after>(?i:{alternation(_AFTER_NUMBER_CLASS)})){_WORD_END})?")
# A time has a word right after its number (a unit) or right before it (a period or fraction word):
# a cheap test that skips the numbers of tables before the word lists are tried.
_WORD_NEXT = (rf"(?:(?={DIGIT}{{1,2}}(?:[:.ঃ]{DIGIT}{{2}})?{_GAP}[\p{{L}}])"
              rf"|(?<=[\p{{L}}\p{{M}}][ \t\u00a0]{{0,3}}[-:ঃ,]?[ \t\u00a0]{{0,3}}))")
# The match is anchored at the hour and reads the period and fraction words in a lookbehind (only
# where a number starts): trying the period words at every position of a page was six times slower.
# So a time starts at its first word, not at the match's start.
_PARTS = rf"(?<={_PERIOD}?{_FRACTION}?){_NUMBER}{_UNIT}"
_TIME = regex.compile(rf"(?={DIGIT})(?<!{DIGIT}){_WORD_NEXT}{_PARTS}")
_TIME_ALONE = regex.compile(_PARTS)  # for parse_time, where a bare "১১.০০" is a time too


# The match's groups by name, read in one call: the regex module's lookup of a group by name is slow
# enough to double the time of a page full of numbers.
_Parts = namedtuple("_Parts", sorted(_TIME.groupindex, key=_TIME.groupindex.get))


def find_times(text: str) -> list[Found[TimeValue]]:
    """Every clock time in `text`, in text order."""
    found = []
    for m in _TIME.finditer(text):
        parts = _Parts(*m.groups())
        if not _stands_alone(parts):
            continue
        start = _start(m, parts)
        value = _time_value(parts, text[start:m.end()])
        if value is not None:
            found.append(Found(value, start, m.end()))
    return found


def parse_time(s: str) -> TimeValue | None:
    """The time that `s` consists of; as the caller knows it is a time, "১১.০০" alone is one."""
    s = s.strip().rstrip("।,;").rstrip()
    m = _TIME_ALONE.search(s)
    if not m or m.end() != len(s):
        return None
    parts = _Parts(*m.groups())
    return _time_value(parts, s) if _start(m, parts) == 0 else None


def _start(m, parts) -> int:
    """Where the time's text starts: its period word, else its fraction word, else the hour."""
    if parts.period is not None:
        return m.start("period")
    if parts.fraction is not None:
        return m.start("fraction")
    return m.start()


def _stands_alone(parts) -> bool:
    """A time in running text needs a period word, or a unit that cannot be counting something."""
    if parts.period or parts.after:
        return True
    if not parts.unit:
        return False
    return parts.unit not in _COUNTING_UNITS or bool(parts.minute or parts.fraction)


def _time_value(parts, raw: str) -> TimeValue | None:
    hour, minute = to_int(parts.hour), to_int(parts.minute or "0")
    fraction = _FRACTION_CLASS.get(parts.fraction)
    if fraction == "half_past":
        minute = 30
    elif fraction == "quarter_past":
        minute = 15
    elif fraction == "quarter_to":
        hour, minute = (hour - 1 if hour > 1 else 12), 45
    period = _PERIOD_CLASS.get(parts.period) or _AFTER_NUMBER_CLASS.get((parts.after or "").casefold())
    if period is not None:
        hour = _on_24_hour_clock(hour, period)
    elif 1 <= hour <= _LAST_OFFICE_PM_HOUR:
        hour += 12  # no period word: offices meet in the day, so "২.৩০ ঘটিকা" is 14:30, not 02:30
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return TimeValue(value=f"{hour:02d}:{minute:02d}", raw=" ".join(raw.split()))


_LAST_OFFICE_PM_HOUR = 6


def _on_24_hour_clock(hour: int, period: str) -> int:
    if hour == 12 and period in _MIDNIGHT_AT_12:
        return 0
    return hour + 12 if hour in _AFTERNOON_HOURS[period] else hour
