"""Dates in minutes: Gregorian and Bangla dates, fiscal years and quarters.

Printed forms read (Bengali or ASCII digits, month-name spellings from data/months.json):
  "২২ আগস্ট ২০২৩", "১৪ ডিসেম্বর, ২০২০", "২১শে ফেব্রুয়ারি ২০২০", "22nd Aug. 2023", "August 22, 2023",
  "০৪/০৩/২০২০খ্রিঃ", "২০/২/২০১৪ খ্রি:", "১৭-১০-৭১", "১৭.১০.২০১৯", "2023-08-22" (year first),
  "২৬ ভাদ্র ১৪৩০ বঙ্গাব্দ".
Numeric dates are day/month/year (except the year-first ISO form); two-digit years 00-49 are 20xx,
50-99 are 19xx. `raw` and the offsets cover the date as printed: the day (with its ordinal suffix),
month and year. Weekday words (রোজ মঙ্গলবার), labels (তারিখ:) and the era suffix after the year
(খ্রিঃ, খ্রি:, খ্রিস্টাব্দ, ইং; বঙ্গাব্দ, বাংলা সন, সন) are not part of it.
Years outside GREGORIAN_YEARS / BANGLA_YEARS are not taken for dates at all.
"""
from __future__ import annotations

import datetime
from functools import lru_cache

import regex

from bangla_minutes.extractors import bangla_calendar, lexicon
from bangla_minutes.extractors.lexicon import alternation
from bangla_minutes.extractors.digits import DIGIT, to_int
from bangla_minutes.extractors.found import Found
from bangla_minutes.schemas.record import BanglaDate, DateValue

GREGORIAN_YEARS = range(1800, 2200)
BANGLA_YEARS = range(GREGORIAN_YEARS.start - 594, GREGORIAN_YEARS.stop - 593)
FISCAL_YEAR_FIRST_MONTH = 7  # Bangladesh: 1 July - 30 June

_WORDS = lexicon.table("date_words.json")
_MONTHS = lexicon.table("months.json")


def _month_numbers(calendar: str) -> dict[str, int]:
    return {name.casefold(): int(number)
            for number, names in _MONTHS[calendar].items() for name in names}


_GREGORIAN_MONTH = _month_numbers("gregorian")
_BANGLA_MONTH = _month_numbers("bangla")

# Not part of a longer dotted number such as a memo number; "-" may join two dates into a range. A
# space may stand beside a numeric date's separators ("২৪ / ০৭/২০১৪", typed or OCR'd).
_NOT_DIGIT_BEFORE = rf"(?<!{DIGIT})(?<!{DIGIT}[./])"

_NOT_DIGIT_AFTER = rf"(?!{DIGIT})(?![./]{DIGIT})"
_WORD_END = r"(?![\p{L}\p{M}])"
_GAP = r"[ \t\u00a0]*+"  # dates do not run across lines; possessive, as nothing after it is a space
_SEP = rf"{_GAP}(?:[-/.,]{_GAP})?"
_ORDINAL = rf"(?:[ ]?(?i:{alternation(_WORDS['ordinal_suffixes'])}){_WORD_END})?"
_YEAR4 = rf"(?P<year>{DIGIT}{{4}})(?!{DIGIT})"
# A numeric date may follow a Bangla date's year and a slash: "২৬শে অগ্রহায়ন ১৪২০/১০/১২/২০১৩".
_AFTER_NAMED_DATE = rf"(?<=(?:{alternation(_BANGLA_MONTH)})[ \t]{DIGIT}{{4}}[ \t]?/[ \t]?)"
_MONTH_FIRST_NAMES = alternation(name for name in _GREGORIAN_MONTH if not name.isascii())
# Any word stands where a month name may: looking it up afterwards in the month tables is several
# times faster than an alternation of every spelling tried after every number of a page.
_DATE = regex.compile(
    rf"(?={DIGIT})(?:{_NOT_DIGIT_BEFORE}|(?<=/[ \t]?){_AFTER_NAMED_DATE})(?P<day>{DIGIT}{{1,2}})[ ]?(?P<sep>[./-])[ ]?(?P<month>{DIGIT}{{1,2}})"
    rf"[ ]?(?P=sep)[ ]?(?P<year>{DIGIT}{{4}}|{DIGIT}{{2}}){_NOT_DIGIT_AFTER}"
    rf"|{_NOT_DIGIT_BEFORE}(?P<year>{DIGIT}{{4}})-(?P<month>{DIGIT}{{1,2}})-(?P<day>{DIGIT}{{1,2}}){_NOT_DIGIT_AFTER}"
    rf"|(?<!{DIGIT})(?P<day>{DIGIT}{{1,2}}){_ORDINAL}{_SEP}(?P<name>[\p{{L}}\p{{M}}]++)\.?{_SEP}{_YEAR4}"
    # Month first: "August 22, 2023", "মার্চ ১২, ২০১৮" (Gregorian month names only), anchored at the day
    # with the month read in a lookbehind, so it is tried at numbers only; the date starts at the month.
    rf"|(?={DIGIT})(?<=(?<![\p{{L}}\p{{M}}])(?P<name>[A-Za-z]+|{_MONTH_FIRST_NAMES})\.?[ \t\u00a0]*)"
    rf"(?<!{DIGIT})(?P<day>{DIGIT}{{1,2}}){_ORDINAL}{_GAP},?{_GAP}{_YEAR4}"
)


def find_gregorian_dates(text: str) -> list[Found[DateValue]]:
    """Every real Gregorian date in `text` (calendar "gregorian"), in text order."""
    return [Found(value, _start(m), m.end())
            for m, value in _candidates(text) if isinstance(value, DateValue)]


def parse_gregorian_date(s: str) -> DateValue | None:
    """The Gregorian date that `s` consists of, or None.

    Besides the date, `s` may hold only a label (তারিখ:), weekday words (রোজ মঙ্গলবার), the era
    suffix and punctuation: "তারিখ: ২২/০৮/২০২৩ খ্রিঃ (মঙ্গলবার)" is a date, "২২/০৮/২০২৩ ও ২৩/০৮/২০২৩" is not.
    """
    found = list(_candidates(s))
    if len(found) != 1 or not isinstance(found[0][1], DateValue):
        return None
    m, value = found[0]
    leftover = _FILLER.sub("", s[:_start(m)] + " " + s[m.end():])
    return value if not regex.search(r"[\p{L}\p{N}]", leftover) else None


def find_bangla_dates(text: str) -> list[Found[BanglaDate]]:
    """Every real Bangla date in `text`, converted with the calendar in force that year."""
    return [Found(value, _start(m), m.end())
            for m, value in _candidates(text) if isinstance(value, BanglaDate)]


def find_invalid_dates(text: str) -> list[Found[str]]:
    """Date-shaped text that names no real day ("৩১/০২/২০২০", "৩১ কার্তিক ১৪৩০"); value is the raw text."""
    return [Found(_raw(m), _start(m), m.end()) for m, value in _candidates(text) if value is None]


def find_fiscal_year(text: str) -> Found[str] | None:
    """The first fiscal year named in `text`: "২০২২-২৩ অর্থবছরের" -> "2022-2023".

    The span covers the years and the অর্থবছর word. Years that do not follow each other
    ("২০২২-২০২৪ অর্থবছর") are no fiscal year.
    """
    if not _mentions(text, _WORDS["fiscal_year_words"]):
        return None
    for m in _FISCAL_YEAR.finditer(text):
        first, second = to_int(m["first"]), to_int(m["second"])
        expected = first + 1 if len(m["second"]) == 4 else (first + 1) % 100
        if second == expected:
            return Found(f"{first}-{first + 1}", m.start(), m.end())
    return None


def find_quarter(text: str) -> Found[int] | None:
    """The first quarter of the fiscal year named in `text`: "১ম ত্রৈমাসিক", "দ্বিতীয় ত্রৈমাসিক",
    "ত্রৈমাসিক (জুলাই-সেপ্টেম্বর)" -> 1..4. A month range is a quarter only when it spans one."""
    if not _mentions(text, _WORDS["quarter_words"]):
        return None
    for m in _QUARTER.finditer(text):
        quarter = _quarter_of_match(m)
        if quarter is not None:
            start = min(m.start(), *(m.start(g) for g in ("q1", "q2", "q3", "q4", "from") if m[g]))
            return Found(quarter, start, m.end())
    return None


def fiscal_year_of(d: datetime.date) -> str:
    """The Bangladesh fiscal year (1 July - 30 June) holding `d`: 2023-08-22 -> "2023-2024"."""
    first = d.year if d.month >= FISCAL_YEAR_FIRST_MONTH else d.year - 1
    return f"{first}-{first + 1}"


def quarter_of(d: datetime.date) -> int:
    """The fiscal-year quarter of `d`: Jul-Sep 1, Oct-Dec 2, Jan-Mar 3, Apr-Jun 4."""
    return _quarter_of_month(d.month)


def _mentions(text: str, words) -> bool:
    """A cheap test before the pattern: most pages name no fiscal year or quarter."""
    folded = text.casefold()
    return any(word.casefold() in folded for word in words)


def _quarter_of_month(month: int) -> int:
    return (month - FISCAL_YEAR_FIRST_MONTH) % 12 // 3 + 1


@lru_cache(maxsize=8)  # the finders called one after another on a page share one scan
def _candidates(text: str) -> tuple:
    """(match, DateValue or BanglaDate, or None when it names no real day) for each date-shaped match."""
    return tuple(candidate for m in _DATE.finditer(text) for candidate in _read(m))


def _read(m):
    if m["name"] is None:
        yield from _numeric_date(m)
        return
    name = m["name"].rstrip("ঃ")  # "জুলাইঃ": a typed colon, or OCR's reading of one
    if name.casefold() in _GREGORIAN_MONTH:
        yield from _named_gregorian_date(m, _GREGORIAN_MONTH[name.casefold()])
    elif name in _BANGLA_MONTH:
        yield from _bangla_date(m, name)


def _numeric_date(m):
    if _section_number(m):
        return
    year = _full_year(m["year"])
    if year in GREGORIAN_YEARS:
        yield m, _gregorian_date(m, year, to_int(m["month"]))
    elif year in BANGLA_YEARS and len(m["year"]) == 4 and _BANGLA_ERA_AFTER.match(m.string, m.end()):
        month = to_int(m["month"])  # "২৬/০৫/১৪৩০ বঙ্গাব্দ": the era word says the calendar
        if 1 <= month <= 12:
            yield from _bangla_date(m, _MONTHS["bangla"][str(month)][0])


def _section_number(m) -> bool:
    """"৩.১.১০" numbers a paragraph: a dotted date with a two-digit year prints day and month in two digits."""
    return m["sep"] == "." and len(m["year"]) == 2 and (len(m["day"]) < 2 or len(m["month"]) < 2)


def _named_gregorian_date(m, month: int):
    year = to_int(m["year"])
    if year in GREGORIAN_YEARS:
        yield m, _gregorian_date(m, year, month)


def _gregorian_date(m, year: int, month: int) -> DateValue | None:
    try:
        day = datetime.date(year, month, to_int(m["day"]))
    except ValueError:
        return None
    return DateValue(iso=day.isoformat(), raw=_raw(m), calendar="gregorian")


def _bangla_date(m, name: str):
    """`name`: the month as printed, or its standard spelling for a numeric date."""
    year, month, day = to_int(m["year"]), _BANGLA_MONTH[name], to_int(m["day"])
    if year not in BANGLA_YEARS:
        return
    if not bangla_calendar.is_valid(year, month, day):
        yield m, None
        return
    gregorian = bangla_calendar.bangla_to_gregorian(year, month, day)
    yield m, BanglaDate(day=day, month=month, month_name=name, year=year, raw=_raw(m),
                        gregorian=gregorian.isoformat())


def _full_year(digits: str) -> int:
    year = to_int(digits)
    if len(digits) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _start(m) -> int:
    """Where the date starts: at its month when the month comes first (read in a lookbehind)."""
    return min(m.start(), m.start("name")) if m["name"] is not None else m.start()


def _raw(m) -> str:
    return " ".join(m.string[_start(m):m.end()].split())


def _filler_pattern():
    words = [*_WORDS["weekdays"], *_WORDS["weekday_prefixes"], *_WORDS["date_labels"],
             *_WORDS["gregorian_era"]]
    return regex.compile(rf"(?i:{alternation(words)}){_WORD_END}|[\s\p{{P}}\p{{S}}]")


_FILLER = _filler_pattern()
_BANGLA_ERA_AFTER = regex.compile(rf"{_GAP}(?:{alternation(_WORDS['bangla_era'])}){_WORD_END}")


def _fiscal_year_pattern():
    years = rf"(?<!{DIGIT})(?P<first>{DIGIT}{{4}}){_GAP}[-–—/]{_GAP}(?P<second>{DIGIT}{{4}}|{DIGIT}{{2}})(?!{DIGIT})"
    word = rf"(?:{alternation(_WORDS['fiscal_year_words'])})[\p{{L}}\p{{M}}]*"
    # A title may wrap between the years and the word (seed 000: "২০২২-২০২৩  \nঅর্থবছরের").
    return regex.compile(rf"{years}\s*{word}|(?<![\p{{L}}\p{{M}}]){word}{_GAP}[:ঃ-]?{_GAP}{years}")


_FISCAL_YEAR = _fiscal_year_pattern()


def _quarter_pattern():
    ordinals = "|".join(
        rf"(?P<q{number}>{alternation(words)})" for number, words in _WORDS["quarter_ordinals"].items())
    words = rf"(?i:{alternation(_WORDS['quarter_words'])})"

    def month(group: str) -> str:
        return (rf"(?P<{group}>(?i:{alternation(_GREGORIAN_MONTH)}))ঃ?{_WORD_END}"
                rf"(?:{_GAP}[/,'’]?{_GAP}{DIGIT}{{2,4}})?")  # "জুন/২০২৪", "সেপ্টেম্বর ২০২৩"
    to = rf"(?:[-–—]|{alternation(_WORDS['range_words'])})"
    months = rf"[(\[]?{_GAP}{month('from')}{_GAP}{to}{_GAP}{month('to')}{_GAP}[)\]]?"
    # A title may wrap between the ordinal and the quarter word ("চতুর্থ\nত্রৈমাসিক").
    ordinal_before = rf"(?<![\p{{L}}\p{{M}}])(?<!{DIGIT})(?i:{ordinals}){_GAP}-?{_GAP}\n?{_GAP}"
    months_before = rf"(?<![\p{{L}}\p{{M}}]){months}{_GAP}"
    # Anchored at the quarter word, with what comes before it read in lookbehinds: trying month names
    # at every position of a page was five times slower. So a match starts at its first group.
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?={words})(?:(?<={ordinal_before})|(?<={months_before}))?"
        rf"{words}[\p{{L}}\p{{M}}]*(?:{_GAP}{months})?"
    )


_QUARTER = _quarter_pattern()


def _quarter_of_match(m) -> int | None:
    for number in range(1, 5):
        if m[f"q{number}"] is not None:
            return number
    if m["from"] is None:
        return None
    first, last = _GREGORIAN_MONTH.get(m["from"].casefold()), _GREGORIAN_MONTH.get(m["to"].casefold())
    if first is None or (first - 1) % 3 != 0 or last != first + 2:
        return None
    return _quarter_of_month(first)
