import datetime
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bangla_minutes.extractors.dates import (find_bangla_dates, find_fiscal_year, find_gregorian_dates,
                              find_invalid_dates, find_quarter, fiscal_year_of,
                              parse_gregorian_date, quarter_of)

# Lines of the seed minutes as they reach the extractors (tabs, a title wrapped with two spaces).
SEED_000 = ("সেবা প্রদান প্রতিশ্রুতি বিষয়ে সুরক্ষা সেবা বিভাগ ও আওতাধীন অধিদপ্তরসমূহের সমন্বয়ে অনুষ্ঠিত ২০২২-২০২৩  \n"
            "অর্থবছরের ১ম ত্রৈমাসিক সভার কার্যবিবরণী\n\n"
            "সভাপতি\tমোঃ খায়রুল কবীর মেনন অতিরিক্ত সচিব\nসভার তারিখ\t২২ আগস্ট ২০২৩\nসভার সময়\tদুপুর ১২:৩০ টা\n"
            "... চুক্তি ২০২৩-২০২৪ এর আওতায় ... ২০২৩-২০২৪ এর ২.১ কার্যক্রমের আওতায় ...\n"
            "স্মারক নম্বর: ৫৮.০০.০০০০.০১৮.৯৯.০০২.২১.২০৩\n\nতারিখ: ২৬ ভাদ্র ১৪৩০\n\n১০ সেপ্টেম্বর ২০২৩\n")
SEED_001 = ("সভার তারিখ\t:\t১৪ ডিসেম্বর ২০২০\nসময়\t:\tবেলা ১১.০০ মিনিট\n"
            "স্মারক নং-৫৮.০০.০০০০.০৫২.৩২.০০১.১৭- ১১০\n\nতারিখ : ০৮ পৌষ ১৪২৭\n২৩ ডিসেম্বর ২০২০\n")


@pytest.mark.parametrize("text, iso, raw", [
    ("সভার তারিখ\t২২ আগস্ট ২০২৩", "2023-08-22", "২২ আগস্ট ২০২৩"),
    ("১৪ ডিসেম্বর, ২০২০", "2020-12-14", "১৪ ডিসেম্বর, ২০২০"),
    ("তারিখ: ০৪/০৩/২০২০খ্রিঃ", "2020-03-04", "০৪/০৩/২০২০"),
    ("২০/২/২০১৪ খ্রি:", "2014-02-20", "২০/২/২০১৪"),
    ("১৭-১০-৭১", "1971-10-17", "১৭-১০-৭১"),
    ("১৭-১০-৪৯", "2049-10-17", "১৭-১০-৪৯"),
    ("১৭-১০-৫০", "1950-10-17", "১৭-১০-৫০"),
    ("১৭.১০.২০১৯ তারিখে", "2019-10-17", "১৭.১০.২০১৯"),
    ("অদ্য রবিবার ১লা জানুয়ারি ২০২৩", "2023-01-01", "১লা জানুয়ারি ২০২৩"),
    ("২রা ফেব্রুয়ারী ২০২০", "2020-02-02", "২রা ফেব্রুয়ারী ২০২০"),
    ("৩রা মার্চ ২০২০", "2020-03-03", "৩রা মার্চ ২০২০"),
    ("৪ঠা এপ্রিল ২০২০ রোজ মঙ্গলবার", "2020-04-04", "৪ঠা এপ্রিল ২০২০"),
    ("৫ই মে ২০২১", "2021-05-05", "৫ই মে ২০২১"),
    ("১৫ই জুন ২০২১", "2021-06-15", "১৫ই জুন ২০২১"),
    ("২১শে ফেব্রুয়ারি ২০২০", "2020-02-21", "২১শে ফেব্রুয়ারি ২০২০"),
    ("২২শে জুলাইঃ ২০২১", "2021-07-22", "২২শে জুলাইঃ ২০২১"),
    ("২২ আগষ্ট ২০২৩", "2023-08-22", "২২ আগষ্ট ২০২৩"),
    ("০১ জানুয়ারী ২০২৪", "2024-01-01", "০১ জানুয়ারী ২০২৪"),
    ("৩০ সেপ্টেম্বর ২০২৩", "2023-09-30", "৩০ সেপ্টেম্বর ২০২৩"),
    ("৩১ অক্টোবার ২০২৩", "2023-10-31", "৩১ অক্টোবার ২০২৩"),
    ("৩০ নভেম্বর ২০২৩", "2023-11-30", "৩০ নভেম্বর ২০২৩"),
    ("22 August 2023", "2023-08-22", "22 August 2023"),
    ("Date: 22nd Aug. 2023", "2023-08-22", "22nd Aug. 2023"),
    ("on August 22, 2023.", "2023-08-22", "August 22, 2023"),
    ("22/08/2023", "2023-08-22", "22/08/2023"),
    ("২০২৩-০৮-২২", "2023-08-22", "২০২৩-০৮-২২"),
])
def test_gregorian_dates_as_printed(text, iso, raw):
    [found] = find_gregorian_dates(text)
    assert (found.value.iso, found.value.raw, found.value.calendar) == (iso, raw, "gregorian")
    assert text[found.start:found.end] == raw


@pytest.mark.parametrize("text", [
    "৩১/০২/২০২০", "৩১ নভেম্বর ২০২৩", "২৯/০২/২০২৩", "০০/০০/২০২০", "১২/১৩/২০২০",
    "স্মারক নম্বর: ৫৮.০০.০০০০.০১৮.৯৯.০০২.২১.২০৩",   # memo groups are no date
    "কর্মপরিকল্পনা ২০২৩-২০২৪ এর ২.১ কার্যক্রম",          # fiscal years and section numbers neither
    "১০ মেট্রিক টন ২০২৩ সালে", "১৫ জুনিয়র কর্মকর্তা ২০২৩", # a month name only as a whole word
    "২৬/০৫/১৪৩০",                                      # a Bangla year is no Gregorian year
])
def test_no_gregorian_date(text):
    assert find_gregorian_dates(text) == []


def test_a_date_range_gives_both_dates():
    for text in ["০১/০৭/২০২৩-৩০/০৬/২০২৪", "০১.০৭.২০২৩ হতে ৩০.০৬.২০২৪ পর্যন্ত"]:
        assert [f.value.iso for f in find_gregorian_dates(text)] == ["2023-07-01", "2024-06-30"]


def test_every_date_of_the_seeds_with_offsets():
    found = find_gregorian_dates(SEED_000)
    assert [(f.value.iso, SEED_000[f.start:f.end]) for f in found] == [
        ("2023-08-22", "২২ আগস্ট ২০২৩"), ("2023-09-10", "১০ সেপ্টেম্বর ২০২৩")]
    assert [f.value.iso for f in find_gregorian_dates(SEED_001)] == ["2020-12-14", "2020-12-23"]


@pytest.mark.parametrize("text, iso", [
    ("তারিখ: ২২/০৮/২০২৩ খ্রিঃ (মঙ্গলবার)", "2023-08-22"),
    ("রোজ মঙ্গলবার, ২২ আগস্ট ২০২৩ খ্রিস্টাব্দ।", "2023-08-22"),
    ("  ১৪ ডিসেম্বর ২০২০ ", "2020-12-14"),
    ("১০/০৯/২০২৩ ইং", "2023-09-10"),
])
def test_parse_a_whole_string_as_one_date(text, iso):
    assert parse_gregorian_date(text).iso == iso


@pytest.mark.parametrize("text", [
    "২২/০৮/২০২৩ ও ২৩/০৮/২০২৩", "২২ আগস্ট ২০২৩ সভা", "৩১/০২/২০২০", "সভা", "", "২০২২-২৩",
])
def test_parse_rejects_what_is_not_exactly_one_date(text):
    assert parse_gregorian_date(text) is None


@pytest.mark.parametrize("text, day, month, name, year, gregorian, raw", [
    ("তারিখ: ২৬ ভাদ্র ১৪৩০", 26, 5, "ভাদ্র", 1430, "2023-09-10", "২৬ ভাদ্র ১৪৩০"),
    ("তারিখ : ০৮ পৌষ ১৪২৭", 8, 9, "পৌষ", 1427, "2020-12-23", "০৮ পৌষ ১৪২৭"),
    ("৯ ফাল্গুন ১৪২৫ বঙ্গাব্দ", 9, 11, "ফাল্গুন", 1425, "2019-02-21", "৯ ফাল্গুন ১৪২৫"),
    ("৮ ফালগুন ১৪২৬ বাংলা", 8, 11, "ফালগুন", 1426, "2020-02-21", "৮ ফালগুন ১৪২৬"),
    ("১লা বৈশাখ ১৪৩১ বাংলা সন", 1, 1, "বৈশাখ", 1431, "2024-04-14", "১লা বৈশাখ ১৪৩১"),
    ("১৫ অগ্রহায়ন, ১৪২৯ সন", 15, 8, "অগ্রহায়ন", 1429, "2022-11-30", "১৫ অগ্রহায়ন, ১৪২৯"),
    ("১ অগ্রহায়ণ ১৪৩০", 1, 8, "অগ্রহায়ণ", 1430, "2023-11-16", "১ অগ্রহায়ণ ১৪৩০"),
    ("২ অঘ্রাণ ১৪৩০", 2, 8, "অঘ্রাণ", 1430, "2023-11-17", "২ অঘ্রাণ ১৪৩০"),
    ("৩রা আষাঢ় ১৪৩০", 3, 3, "আষাঢ়", 1430, "2023-06-17", "৩রা আষাঢ় ১৪৩০"),
    ("৪ঠা শ্রাবন ১৪৩০", 4, 4, "শ্রাবন", 1430, "2023-07-19", "৪ঠা শ্রাবন ১৪৩০"),
    ("৫ই আশ্বিন ১৪৩০", 5, 6, "আশ্বিন", 1430, "2023-09-20", "৫ই আশ্বিন ১৪৩০"),
    ("২১শে কার্তিক ১৪৩০", 21, 7, "কার্তিক", 1430, "2023-11-06", "২১শে কার্তিক ১৪৩০"),
    ("১০ মাঘ ১৪৩০", 10, 10, "মাঘ", 1430, "2024-01-24", "১০ মাঘ ১৪৩০"),
    ("৩০ চৈত্র ১৪৩০", 30, 12, "চৈত্র", 1430, "2024-04-13", "৩০ চৈত্র ১৪৩০"),
    ("১ জৈষ্ঠ ১৪৩০", 1, 2, "জৈষ্ঠ", 1430, "2023-05-15", "১ জৈষ্ঠ ১৪৩০"),
    ("১ জ্যৈষ্ঠ ১৪৩০", 1, 2, "জ্যৈষ্ঠ", 1430, "2023-05-15", "১ জ্যৈষ্ঠ ১৪৩০"),
])
def test_bangla_dates(text, day, month, name, year, gregorian, raw):
    [found] = find_bangla_dates(text)
    value = found.value
    assert (value.day, value.month, value.month_name, value.year, value.gregorian, value.raw) == (
        day, month, name, year, gregorian, raw)
    assert text[found.start:found.end] == raw


def test_bangla_dates_of_the_seeds():
    assert [f.value.gregorian for f in find_bangla_dates(SEED_000 + SEED_001)] == ["2023-09-10", "2020-12-23"]
    assert find_bangla_dates("বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়) ১২ ২০২৩") == []


def test_impossible_dates_are_reported_not_returned():
    text = "৩১/০২/২০২০, ৩১ কার্তিক ১৪৩০, ৩০ ফাল্গুন ১৪২৯ এবং ২২/০৮/২০২৩ ও ৩০ ফাল্গুন ১৪৩০"
    assert [f.value for f in find_invalid_dates(text)] == ["৩১/০২/২০২০", "৩১ কার্তিক ১৪৩০", "৩০ ফাল্গুন ১৪২৯"]
    assert [f.value.iso for f in find_gregorian_dates(text)] == ["2023-08-22"]
    # ফাল্গুন ১৪৩০ holds 29 February 2024, so it has a 30th day (14 March 2024).
    assert [f.value.gregorian for f in find_bangla_dates(text)] == ["2024-03-14"]
    assert find_invalid_dates(SEED_000 + SEED_001) == []


@pytest.mark.parametrize("text, value", [
    ("অনুষ্ঠিত ২০২২-২০২৩ অর্থবছরের ১ম ত্রৈমাসিক সভা", "2022-2023"),
    ("২০২০-২১ অর্থবছর", "2020-2021"),
    ("অর্থবছর ২০২৩-২৪", "2023-2024"),
    ("অর্থবছর: ২০২৩-২০২৪", "2023-2024"),
    ("২০২২-২৩ অর্থ বছর", "2022-2023"),
    ("২০১৯–২০ অর্থবছরের", "2019-2020"),
    ("1999-00 অর্থবছর", "1999-2000"),
    (SEED_000, "2022-2023"),
])
def test_fiscal_year(text, value):
    found = find_fiscal_year(text)
    assert found.value == value
    assert "অর্থ" in text[found.start:found.end]


@pytest.mark.parametrize("text", [
    "২০২২-২০২৪ অর্থবছর", "২০২২-২১ অর্থবছর", "চলতি অর্থবছরে", "কর্মপরিকল্পনা ২০২৩-২০২৪ এর আওতায়",
])
def test_no_fiscal_year(text):
    assert find_fiscal_year(text) is None


@pytest.mark.parametrize("text, quarter", [
    ("২০২২-২০২৩ অর্থবছরের ১ম ত্রৈমাসিক সভা", 1),
    ("২য় ত্রৈমাসিক", 2), ("৩য় ত্রৈমাসিকের সভা", 3), ("৪র্থ ত্রৈমাসিক", 4),
    ("প্রথম ত্রৈমাসিক", 1), ("দ্বিতীয় ত্রৈমাসিক", 2), ("তৃতীয় ত্রৈমাসিক", 3), ("চতুর্থ ত্রৈমাসিক", 4),
    ("ত্রৈমাসিক (জুলাই-সেপ্টেম্বর)", 1),
    ("ত্রৈমাসিক (অক্টোবর - ডিসেম্বর, ২০২৩)", 2),
    ("(জানুয়ারি-মার্চ) ত্রৈমাসিক", 3),
    ("ত্রৈমাসিক (এপ্রিল-জুন/২০২৪)", 4),
    ("ত্রৈমাসিক (জুলাই থেকে সেপ্টেম্বর)", 1),
    ("জুলাই-সেপ্টেম্বর ২০২৩ ত্রৈমাসিকের প্রতিবেদন", 1),
    ("2nd Quarter", 2),
    (SEED_000, 1),
])
def test_quarter(text, quarter):
    assert find_quarter(text).value == quarter


@pytest.mark.parametrize("text", [
    "প্রতি ত্রৈমাসিকে সভা", "ত্রৈমাসিকভিত্তিতে হালনাগাদ", "ত্রৈমাসিক (জুলাই-আগস্ট)", "ত্রৈমাসিক (আগস্ট-অক্টোবর)", "১ম সভা",
])
def test_no_quarter(text):
    assert find_quarter(text) is None


@pytest.mark.parametrize("day, fiscal_year, quarter", [
    (datetime.date(2023, 8, 22), "2023-2024", 1),
    (datetime.date(2023, 7, 1), "2023-2024", 1),
    (datetime.date(2023, 6, 30), "2022-2023", 4),
    (datetime.date(2023, 10, 1), "2023-2024", 2),
    (datetime.date(2023, 12, 31), "2023-2024", 2),
    (datetime.date(2024, 1, 1), "2023-2024", 3),
    (datetime.date(2024, 3, 31), "2023-2024", 3),
    (datetime.date(2024, 4, 1), "2023-2024", 4),
])
def test_fiscal_year_and_quarter_of_a_day(day, fiscal_year, quarter):
    assert fiscal_year_of(day) == fiscal_year
    assert quarter_of(day) == quarter


FINDERS = [find_gregorian_dates, find_bangla_dates, find_invalid_dates, find_fiscal_year, find_quarter]
DATE_ALPHABET = st.sampled_from(list("০১২৩৪৫৬৭৮৯0123456789/.-,: \t\nঃ") + [
    "আগস্ট", "ফেব্রুয়ারি", "ভাদ্র", "ফাল্গুন", "শে", "লা", "অর্থবছর", "ত্রৈমাসিক", "১ম", "(", ")", "জুলাই", "May", "খ্রিঃ"])


@settings(max_examples=200, deadline=None)
@given(st.text() | st.lists(DATE_ALPHABET).map("".join))
def test_finders_never_raise(text):
    for finder in FINDERS:
        result = finder(text)
        for found in result if isinstance(result, list) else [result] if result else []:
            assert 0 <= found.start <= found.end <= len(text)
    parse_gregorian_date(text)


def test_pathological_text_is_read_quickly():
    started = time.process_time()
    for text in ["১" * 20000, "১/" * 10000, "১ আগস্ট " * 3000, "অর্থবছর ২০২২-" * 2000, "ত্রৈমাসিক (" * 3000]:
        for finder in FINDERS:
            finder(text)
    assert time.process_time() - started < 5


def twelve_kb_page(text: str, number: int) -> str:
    page = text * (12_000 // len(text.encode()) + 1)
    while len(page.encode()) > 12_000:
        page = page[:-50]
    return page + str(number)  # every page differs, as on a real run


def test_two_hundred_pages_of_12_kb_take_well_under_a_second():
    # The excerpts hold a date or number every few words, far denser than real minutes.
    pages = [twelve_kb_page(SEED_000 + SEED_001, n) for n in range(200)]
    started = time.process_time()
    for page in pages:
        for finder in FINDERS:
            finder(page)
    # A guard against patterns that backtrack, not a benchmark.
    assert time.process_time() - started < 1.5  # CPU time measured 0.25-0.7 s on the shared 2-core machine


def test_month_first_bengali_dates_numeric_bangla_dates_and_paragraph_numbers():
    from bangla_minutes.extractors.dates import find_bangla_dates, find_gregorian_dates
    assert [f.value.iso for f in find_gregorian_dates("তারিখ: মার্চ ১২, ২০১৮")] == ["2018-03-12"]
    bangla = find_bangla_dates("২৬/০৫/১৪৩০ বঙ্গাব্দ")[0].value
    assert (bangla.month_name, bangla.gregorian, bangla.raw) == ("ভাদ্র", "2023-09-10", "২৬/০৫/১৪৩০")
    assert find_bangla_dates("২৬/০৫/১৪৩০") == []
    assert find_gregorian_dates("৩.১.১০ সিদ্ধান্ত") == []


def test_a_gregorian_date_after_a_bangla_date_and_a_slash():
    from bangla_minutes.extractors.dates import find_gregorian_dates
    assert [f.value.raw for f in find_gregorian_dates("তারিখঃ ২৬শে অগ্রহায়ন ১৪২০/১০/১২/২০১৩ খ্রিঃ")] == ["১০/১২/২০১৩"]
    assert find_gregorian_dates("নং ২০১৩/১০/১২/২০১৪") == []
