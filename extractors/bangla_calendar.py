"""The Bangla calendar of Bangladesh (বঙ্গাব্দ), both directions, both rule sets.

Every year starts on 14 April (Gregorian year = Bangla year + 593). Months are numbered
বৈশাখ = 1 ... চৈত্র = 12.

- Years up to 1425 (to 13 April 2019), the 1987 rules: months 1-5 have 31 days, 6-12 have 30,
  ফাল্গুন 31 in a leap year.
- From 1426, the 2019 revision: months 1-6 have 31 days, কার্তিক..মাঘ and চৈত্র 30, ফাল্গুন 29.

Under both rules ফাল্গুন gets its extra day when the Bangla year holds a Gregorian 29 February, i.e.
when Gregorian year (Bangla year + 594) is a leap year; this matches the `bangla` package (1987 rules).
Bangla years 1..9405 convert both ways (later ones would end beyond datetime.date's year 9999).

>>> bangla_to_gregorian(1430, 5, 26)
datetime.date(2023, 9, 10)
>>> gregorian_to_bangla(datetime.date(2020, 12, 23))
(1427, 9, 8)
"""
from __future__ import annotations

import calendar
import datetime
from functools import lru_cache

FIRST_YEAR_OF_2019_RULES = 1426
GREGORIAN_OFFSET = 593  # Bangla year + 593 = Gregorian year in which it starts (14 April)
FALGUN = 11
_MIN_YEAR = 1
_MAX_YEAR = datetime.MAXYEAR - GREGORIAN_OFFSET - 1  # the last year whose every day fits in datetime.date


def days_in_month(year: int, month: int) -> int:
    """Days in Bangla month `month` (1..12) of Bangla year `year`; ValueError for a bad month."""
    return _month_lengths(year)[_month_index(month)]


def is_valid(year: int, month: int, day: int) -> bool:
    """True when day/month/year names a real day of the Bangla calendar."""
    if not _MIN_YEAR <= year <= _MAX_YEAR or not 1 <= month <= 12:
        return False
    return 1 <= day <= days_in_month(year, month)


def bangla_to_gregorian(year: int, month: int, day: int) -> datetime.date:
    """The Gregorian date of a Bangla date; ValueError when it names no real day."""
    if not is_valid(year, month, day):
        raise ValueError(f"not a Bangla date: {day}/{month}/{year}")
    return _new_year(year) + datetime.timedelta(days=_month_starts(year)[month - 1] + day - 1)


def gregorian_to_bangla(d: datetime.date) -> tuple[int, int, int]:
    """(year, month, day) of the Bangla date that falls on Gregorian date `d`."""
    year = d.year - GREGORIAN_OFFSET
    if (d.month, d.day) < (4, 14):
        year -= 1
    if year < _MIN_YEAR:
        raise ValueError(f"before 1 বৈশাখ 1: {d}")
    offset = (d - _new_year(year)).days
    starts = _month_starts(year)
    month = 12
    while starts[month - 1] > offset:
        month -= 1
    return year, month, offset - starts[month - 1] + 1


def _new_year(year: int) -> datetime.date:
    return datetime.date(year + GREGORIAN_OFFSET, 4, 14)


def _month_index(month: int) -> int:
    if not 1 <= month <= 12:
        raise ValueError(f"Bangla month must be 1..12, not {month}")
    return month - 1


@lru_cache(maxsize=512)
def _month_lengths(year: int) -> tuple[int, ...]:
    leap = calendar.isleap(year + GREGORIAN_OFFSET + 1)
    if year < FIRST_YEAR_OF_2019_RULES:
        lengths = [31] * 5 + [30] * 7
        lengths[FALGUN - 1] += leap
    else:
        lengths = [31] * 6 + [30] * 6
        lengths[FALGUN - 1] = 30 if leap else 29
    return tuple(lengths)


@lru_cache(maxsize=512)
def _month_starts(year: int) -> tuple[int, ...]:
    """Day offset of each month's first day from 1 বৈশাখ."""
    starts, total = [], 0
    for length in _month_lengths(year):
        starts.append(total)
        total += length
    return tuple(starts)
