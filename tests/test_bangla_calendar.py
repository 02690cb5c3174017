import datetime
import unicodedata

import bangla
import pytest

from bangla_minutes.extractors.bangla_calendar import (bangla_to_gregorian, days_in_month, gregorian_to_bangla,
                                        is_valid)

D = datetime.date
MONTH_NAMES = ["বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন",
               "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র"]
MONTH_NUMBER = {unicodedata.normalize("NFC", name): i for i, name in enumerate(MONTH_NAMES, 1)}


@pytest.mark.parametrize("bangla_date, gregorian", [
    ((1430, 5, 26), D(2023, 9, 10)),   # ২৬ ভাদ্র ১৪৩০
    ((1427, 9, 8), D(2020, 12, 23)),   # ০৮ পৌষ ১৪২৭ (the 1987 rules would give 12-22)
    ((1425, 11, 9), D(2019, 2, 21)),   # ৯ ফাল্গুন ১৪২৫, last year of the 1987 rules
    ((1426, 11, 8), D(2020, 2, 21)),   # ৮ ফাল্গুন ১৪২৬, first year of the 2019 rules
    ((1427, 9, 1), D(2020, 12, 16)),   # ১ পৌষ ১৪২৭
    ((1426, 1, 1), D(2019, 4, 14)),
    ((1425, 12, 30), D(2019, 4, 13)),
])
def test_check_dates_both_directions(bangla_date, gregorian):
    assert bangla_to_gregorian(*bangla_date) == gregorian
    assert gregorian_to_bangla(gregorian) == bangla_date


@pytest.mark.parametrize("year, month, day", [
    (1430, 7, 31),   # ৩১ কার্তিক ১৪৩০: কার্তিক has 30 days under both rules
    (1429, 11, 30),  # ৩০ ফাল্গুন ১৪২৯: February 2023 has no 29th, ফাল্গুন has 29 days
    (1431, 11, 30),  # ৩০ ফাল্গুন ১৪৩১: February 2025 likewise
    (1423, 11, 31),  # 1987 rules: ফাল্গুন ১৪২৩ (February 2017) has 30 days
    (1430, 13, 1), (1430, 0, 1), (1430, 1, 0), (1430, 6, 32),
])
def test_impossible_dates_are_rejected(year, month, day):
    assert not is_valid(year, month, day)
    with pytest.raises(ValueError):
        bangla_to_gregorian(year, month, day)


def test_falgun_has_30_days_when_its_february_has_a_29th():
    # ফাল্গুন ১৪৩০ runs through February 2024, a leap month: ৩০ ফাল্গুন ১৪৩০ is 14 March 2024.
    assert days_in_month(1430, 11) == 30
    assert bangla_to_gregorian(1430, 11, 30) == D(2024, 3, 14)
    assert bangla_to_gregorian(1430, 12, 1) == D(2024, 3, 15)
    # Under the 1987 rules the leap ফাল্গুন has 31 days (February 2016).
    assert days_in_month(1422, 11) == 31


def test_month_lengths_of_both_rule_sets():
    assert [days_in_month(1425, m) for m in range(1, 13)] == [31] * 5 + [30] * 7
    assert [days_in_month(1430, m) for m in range(1, 13)] == [31] * 6 + [30] * 4 + [30, 30]
    assert [days_in_month(1429, m) for m in range(1, 13)] == [31] * 6 + [30] * 4 + [29, 30]
    with pytest.raises(ValueError):
        days_in_month(1430, 13)


def test_every_day_of_1390_to_1500_round_trips_and_days_are_consecutive():
    expected = bangla_to_gregorian(1390, 1, 1)
    assert expected == D(1983, 4, 14)
    for year in range(1390, 1501):
        for month in range(1, 13):
            for day in range(1, days_in_month(year, month) + 1):
                gregorian = bangla_to_gregorian(year, month, day)
                assert gregorian == expected, (year, month, day)
                assert gregorian_to_bangla(gregorian) == (year, month, day)
                expected += datetime.timedelta(days=1)
        assert expected == D(year + 594, 4, 14)  # every year ends on 13 April


def test_agrees_with_the_bangla_package_on_every_day_of_1394_to_1425():
    day, last = D(1987, 4, 14), D(2019, 4, 13)
    assert gregorian_to_bangla(day) == (1394, 1, 1) and gregorian_to_bangla(last) == (1425, 12, 30)
    while day <= last:
        oracle = bangla.get_date(day.day, day.month, day.year)
        expected = (int(bangla.convert_bangla_digit_to_english_digit(oracle["year"])),
                    MONTH_NUMBER[unicodedata.normalize("NFC", oracle["month"])],
                    int(bangla.convert_bangla_digit_to_english_digit(oracle["date"])))
        assert gregorian_to_bangla(day) == expected, day
        day += datetime.timedelta(days=1)


def test_the_bangla_package_is_a_day_off_under_the_2019_rules():
    # Why the project owns its calendar: 16 December 2020 is ১ পৌষ ১৪২৭, the package says ২ পৌষ.
    oracle = bangla.get_date(16, 12, 2020)
    assert oracle["date"] == "২" and MONTH_NUMBER[unicodedata.normalize("NFC", oracle["month"])] == 9
    assert gregorian_to_bangla(D(2020, 12, 16)) == (1427, 9, 1)


def test_range_edges():
    assert gregorian_to_bangla(D(594, 4, 14)) == (1, 1, 1)
    assert bangla_to_gregorian(1, 1, 1) == D(594, 4, 14)
    with pytest.raises(ValueError):
        gregorian_to_bangla(D(594, 4, 13))
    assert not is_valid(0, 1, 1)
    assert gregorian_to_bangla(D(9999, 12, 31))[0] == 9406
