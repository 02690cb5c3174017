"""The Bangladesh Bangla calendar, written independently of the product's (extractors/bangla_calendar.py) so
that the generator's truth checks it rather than copies it.

Year B starts on 14 April of Gregorian year B + 593.
- Up to 1425 (the 1987 rules): months 1-5 have 31 days, 6-12 have 30; ফাল্গুন has 31 when the Gregorian
  year holding it (B + 594) is a leap year.
- From 1426 (the 2019 revision): months 1-6 have 31 days, 7-10 and চৈত্র 30, ফাল্গুন 29, or 30 when B + 594
  is a leap year.
"""
from __future__ import annotations

import calendar
import datetime as dt

MONTHS = ["বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ",
          "ফাল্গুন", "চৈত্র"]
REVISION_YEAR = 1426


def month_lengths(year: int) -> list[int]:
    leap = calendar.isleap(year + 594)
    if year < REVISION_YEAR:
        return [31] * 5 + [30] * 5 + [31 if leap else 30, 30]
    return [31] * 6 + [30] * 4 + [30 if leap else 29, 30]


def new_year(year: int) -> dt.date:
    return dt.date(year + 593, 4, 14)


def to_gregorian(year: int, month: int, day: int, rules_of: int | None = None) -> dt.date:
    """The Gregorian day of a Bangla date; `rules_of` computes it with another year's rules (to plant a
    date printed by the old rules after the revision)."""
    lengths = month_lengths(rules_of if rules_of is not None else year)
    if not 1 <= day <= lengths[month - 1]:
        raise ValueError(f"no day {day} in month {month} of {year}")
    return new_year(year) + dt.timedelta(days=sum(lengths[:month - 1]) + day - 1)


def from_gregorian(day: dt.date, rules_of_1987: bool = False) -> tuple[int, int, int]:
    """(year, month, day) of the Bangla date on a Gregorian day; `rules_of_1987` applies the old rules
    to any year (what an outdated converter prints)."""
    year = day.year - 593 if day >= dt.date(day.year, 4, 14) else day.year - 594
    offset = (day - new_year(year)).days
    lengths = month_lengths(min(year, REVISION_YEAR - 1) if rules_of_1987 else year)
    if rules_of_1987 and year >= REVISION_YEAR:  # the old lengths with this year's leap rule
        leap = calendar.isleap(year + 594)
        lengths = [31] * 5 + [30] * 5 + [31 if leap else 30, 30]
    for month, length in enumerate(lengths, start=1):
        if offset < length:
            return year, month, offset + 1
        offset -= length
    raise ValueError(day)
