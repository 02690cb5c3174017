import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bangla_minutes.extractors.times import find_times, parse_time


@pytest.mark.parametrize("text, value, raw", [
    ("সভার সময়\tদুপুর ১২:৩০ টা", "12:30", "দুপুর ১২:৩০ টা"),          # seed 000
    ("সময়\t:\tবেলা ১১.০০ মিনিট", "11:00", "বেলা ১১.০০ মিনিট"),           # seed 001
    ("বিকাল ৩:০০ টা", "15:00", "বিকাল ৩:০০ টা"),
    ("বিকেল ৪.৩০ ঘটিকায়", "16:30", "বিকেল ৪.৩০ ঘটিকায়"),
    ("সকাল ১০.৩০ ঘটিকা", "10:30", "সকাল ১০.৩০ ঘটিকা"),
    ("সকাল ১২.০০ ঘটিকা", "12:00", "সকাল ১২.০০ ঘটিকা"),
    ("সকাল ১০টায় সভা শুরু হয়", "10:00", "সকাল ১০টায়"),
    ("দুপুর ১২ টা", "12:00", "দুপুর ১২ টা"),
    ("দুপুর ২.০০ টা", "14:00", "দুপুর ২.০০ টা"),
    ("বেলা ১১ টায়", "11:00", "বেলা ১১ টায়"),
    ("বেলা ৩.০০ ঘটিকা", "15:00", "বেলা ৩.০০ ঘটিকা"),
    ("সন্ধ্যা ৬.০০ টা", "18:00", "সন্ধ্যা ৬.০০ টা"),
    ("রাত ৮:০০ টা", "20:00", "রাত ৮:০০ টা"),
    ("রাত ১২টা", "00:00", "রাত ১২টা"),
    ("অদ্য সকাল ১১:০০ ঘটিকায় সভা", "11:00", "সকাল ১১:০০ ঘটিকায়"),
    ("১০.৩০ ঘটিকা", "10:30", "১০.৩০ ঘটিকা"),
    ("১২:৩০ টা", "12:30", "১২:৩০ টা"),
    ("১১.০০ মিনিট", "11:00", "১১.০০ মিনিট"),
    ("১০.৩০ মিনিটে সভা", "10:30", "১০.৩০ মিনিটে"),
    ("১১:০০ ঘটিকায়", "11:00", "১১:০০ ঘটিকায়"),
    ("১০টায়", "10:00", "১০টায়"),
    ("১৪:৩০ ঘটিকা", "14:30", "১৪:৩০ ঘটিকা"),             # already 24-hour
    ("বিকাল ১৫.০০ ঘটিকা", "15:00", "বিকাল ১৫.০০ ঘটিকা"),
    ("সাড়ে ১০টা", "10:30", "সাড়ে ১০টা"),
    ("সকাল সাড়ে ৯টায়", "09:30", "সকাল সাড়ে ৯টায়"),
    ("বিকাল সোয়া ৩টা", "15:15", "বিকাল সোয়া ৩টা"),
    ("বিকাল পৌনে ৫টা", "16:45", "বিকাল পৌনে ৫টা"),
    ("দুপুর পৌনে ১টা", "12:45", "দুপুর পৌনে ১টা"),
    ("at 10:30 am", "10:30", "10:30 am"),
    ("at 3:15 PM.", "15:15", "3:15 PM"),
    ("Time: 2.30 p.m.", "14:30", "2.30 p.m."),
    ("বেলা 11.00 মিনিট", "11:00", "বেলা 11.00 মিনিট"),
])
def test_times_as_printed(text, value, raw):
    [found] = find_times(text)
    assert (found.value.value, found.value.raw) == (value, raw)
    assert text[found.start:found.end] == raw


@pytest.mark.parametrize("text", [
    "কর্মপরিকল্পনা ২০২৩-২০২৪ এর ২.১ কার্যক্রমের আওতায়",  # a section number
    "মোট ১১.০০ লক্ষ", "১১.০০", "১২.৫০ টাকা",
    "৫টা প্রকল্প", "১০ মিনিট বিরতি",                      # counting, not telling the time
    "সাড়ে ১০ লক্ষ",                                       # a fraction word alone is no time
    "২৫:০০ ঘটিকা", "সকাল ১০:৭৫", "অবেলা ৩টা",
    "স্মারক নং-৫৮.০০.০০০০.০৫২.৩২.০০১.১৭- ১১০",
    "তারিখ: ২২/০৮/২০২৩ খ্রিঃ",
])
def test_no_time(text):
    assert find_times(text) == []


def test_a_range_gives_both_times():
    text = "সকাল ১০:০০ ঘটিকা হতে দুপুর ০১:০০ ঘটিকা পর্যন্ত"
    assert [f.value.value for f in find_times(text)] == ["10:00", "13:00"]


@pytest.mark.parametrize("s, value", [
    ("১১.০০", "11:00"), ("14:30", "14:30"), ("দুপুর ১২:৩০ টা।", "12:30"), (" ১০টা ", "10:00"),
    ("বিকাল পৌনে ৫টা", "16:45"), ("বেলা ১১.০০ মিনিট", "11:00"),
])
def test_parse_a_whole_string_as_one_time(s, value):
    assert parse_time(s).value == value


@pytest.mark.parametrize("s", ["সভা", "", "৩০", "সভা ১০টা", "১০টা সভা", "১০:৬০"])
def test_parse_rejects_what_is_not_exactly_one_time(s):
    assert parse_time(s) is None


TIME_ALPHABET = st.sampled_from(list("০১২৩৪৫৬৭৮৯0123456789:.ঃ- \t\n") + [
    "সকাল", "দুপুর", "বেলা", "রাত", "সাড়ে", "পৌনে", "টা", "টায়", "ঘটিকা", "মিনিট", "pm", "AM"])


@settings(max_examples=300, deadline=None)
@given(st.text() | st.lists(TIME_ALPHABET).map("".join))
def test_find_times_never_raises(text):
    for found in find_times(text):
        assert 0 <= found.start < found.end <= len(text)
        assert found.value.raw == " ".join(text[found.start:found.end].split())
    parse_time(text)


def test_pathological_text_is_read_quickly():
    started = time.process_time()
    for text in ["১" * 20000, "১:" * 10000, "সকাল " * 4000, "সাড়ে ১" * 3000, "সকাল ১ টা " * 2000]:
        find_times(text)
    assert time.process_time() - started < 5


def test_two_hundred_pages_of_12_kb_take_well_under_a_second():
    # A table of numbers with a time every tenth line: far more numbers than real minutes hold.
    rows = "| ১ | প্রকল্প | ১২,৩৪৫.৬৭ | ২৩.৫% | ১০ টি |\n" * 9 + "সভা দুপুর ১২:৩০ টায় শুরু হয়; বেলা ১১.০০ মিনিট\n"
    pages = [rows * 13 + str(n) for n in range(200)]  # ~12 KB each
    started = time.process_time()
    found = [find_times(page) for page in pages]
    # A guard against patterns that backtrack, not a benchmark.
    assert time.process_time() - started < 1.5  # CPU time measured 0.2-0.5 s on the shared 2-core machine
    assert all(len(times) == 26 for times in found)


def test_hour_without_period_word_is_an_office_hour():
    assert parse_time("২.৩০ ঘটিকা").value == "14:30"
    assert parse_time("১০.৩০ ঘটিকা").value == "10:30"
    assert parse_time("সকাল ৬.০০ ঘটিকা").value == "06:00"
