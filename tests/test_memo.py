import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bangla_minutes.extractors.memo import find_memo, memo_warnings, parse_memo
from bangla_minutes.schemas import MemoNumber

# The memo lines of the seeds, with the lines around them.
SEED_000 = ("মোঃ খায়রুল কবীর মেনন  \nঅতিরিক্ত সচিব\n\nস্মারক নম্বর: ৫৮.০০.০০০০.০১৮.৯৯.০০২.২১.২০৩\n\n"
            "তারিখ: ২৬ ভাদ্র ১৪৩০\n\n১০ সেপ্টেম্বর ২০২৩\n")
SEED_001 = "সুরক্ষা সেবা বিভাগ।\n\nস্মারক নং-৫৮.০০.০০০০.০৫২.৩২.০০১.১৭- ১১০\n\nতারিখ : ০৮ পৌষ ১৪২৭\n২৩ ডিসেম্বর ২০২০\n"


def test_seed_000():
    found = find_memo(SEED_000)
    assert found.value == MemoNumber(
        raw="৫৮.০০.০০০০.০১৮.৯৯.০০২.২১.২০৩", normalized="58.00.0000.018.99.002.21.203", scheme="2014",
        parts={"ministry": "58", "office": "00", "geo": "0000", "branch": "018", "subject": "99",
               "file": "002", "year": "21", "serial": "203"})
    assert SEED_000[found.start:found.end] == found.value.raw


def test_seed_001_serial_after_a_dash_and_a_stray_space():
    found = find_memo(SEED_001)
    assert found.value.raw == "৫৮.০০.০০০০.০৫২.৩২.০০১.১৭- ১১০"
    assert found.value.normalized == "58.00.0000.052.32.001.17.110"
    assert found.value.parts["year"] == "17" and found.value.parts["serial"] == "110"
    assert SEED_001[found.start:found.end] == found.value.raw


@pytest.mark.parametrize("line, raw", [
    ("স্মারক নং-০৫.৪৪.৪৭০০.০০০.০৬.০০১.২০-২২৫    তারিখ: ১২/০৩/২০২০খ্রিঃ", "০৫.৪৪.৪৭০০.০০০.০৬.০০১.২০-২২৫"),
    ("স্মারক নং: ০৫.৪৪.৪৭০০.০০০.০৬.০০১.২০-২২৫ তারিখ: ১২/০৩/২০২০", "০৫.৪৪.৪৭০০.০০০.০৬.০০১.২০-২২৫"),
    ("স্মারক নং- ০৫.৪৪.৫৪০০.০০৮.০৬.০০১.২৩-৩১২\t\t\tতারিখ: ০৪/০৬/২০২৩ খ্রিঃ", "০৫.৪৪.৫৪০০.০০৮.০৬.০০১.২৩-৩১২"),
    ("স্মারকনং উনিঅ/সদর/ফরিদ/রাজস্ব-০৪/২০১৪/৮৮\t\t\t\tতারিখঃ ২৬/০২/২০১৪ খ্রিঃ", "উনিঅ/সদর/ফরিদ/রাজস্ব-০৪/২০১৪/৮৮"),
    ("নং- চরইউপি/প্রশা/২০১৯/১৪৫\nতারিখঃ ১৪/০৭/২০১৯ খ্রিঃ", "চরইউপি/প্রশা/২০১৯/১৪৫"),
    ("নম্বর: মবি/রেজি/একাডেমিক/১৬/২১৮", "মবি/রেজি/একাডেমিক/১৬/২১৮"),
    ("স্মারক নম্বর: ৫৬.০০.০০০০.০০০.০২৫.১৮.০০০১.২৪-১২", "৫৬.০০.০০০০.০০০.০২৫.১৮.০০০১.২৪-১২"),
    ("Memo No: 05.44.4700.000.06.001.20-225 Date: 1/1/2020", "05.44.4700.000.06.001.20-225"),
])
def test_raw_stops_before_the_date(line, raw):
    found = find_memo(line)
    assert found.value.raw == raw
    assert line[found.start:found.end] == raw


def test_a_number_in_the_body_is_not_the_memo():
    text = ("প্রস্তাব নং-০১: বিগত সভার কার্যবিবরণী অনুমোদন।\n"
            "মন্ত্রিপরিষদ বিভাগের ০৪.০০.০০০০.৫১১.০৬.০১৮.২০-১১ নং স্মারকের প্রেক্ষিতে আলোচনা হয়।\n\n"
            "নং- চরইউপি/প্রশা/২০১৯/১৪৫\n")
    assert find_memo(text).value.raw == "চরইউপি/প্রশা/২০১৯/১৪৫"


def test_no_memo():
    assert find_memo("সভায় আর কোন আলোচনা না থাকায় সভার সমাপ্তি ঘোষণা করা হয়।") is None
    assert find_memo("স্মারক নং: দেখুন") is None


@pytest.mark.parametrize("raw, normalized, scheme", [
    ("৫৮.০০.০০০০.০১৮.৯৯.০০২.২১.২০৩", "58.00.0000.018.99.002.21.203", "2014"),
    ("৫৮.০০.০০০০.০৫২.৩২.০০১.১৭", "58.00.0000.052.32.001.17", "2014"),  # no serial
    ("৫৮,০০,০০০০,০৫২,৩২,০০১,১৭-১১০", "58.00.0000.052.32.001.17.110", "2014"),  # OCR "," for "."
    ("৪৫.০১.০০০০.১৭৪.০৯.০০২ .২০-৪১২", "45.01.0000.174.09.002.20.412", "2014"),  # a stray space
    ("৫৮.০০.০০ ০০.০৫২.৩২.০০১.১৭.১১০", "58.00.0000.052.32.001.17.110", "2014"),  # a space inside a group
    ("৫৮.০০.০০০০.০৫২.৩২.০০১.১৭ ১১০", "58.00.0000.052.32.001.17.110", "2014"),  # serial after a space
    ("৫৬.০০.০০০০.০০০.০২৫.১৮.০০০১.২৪-১২", "56.00.0000.000.025.18.0001.24.12", "2024"),
    ("৫৬.০০.০০০০.০০০.০২৫.১৮.০০০১.২৪", "56.00.0000.000.025.18.0001.24", "2024"),
    ("33.02.0000.005.06.01.18-457", "33.02.0000.005.06.01.18.457", "2014"),  # file group short: flagged
    ("০৫.৪২২.০১৫.০২.০০.০১৯.২০০৮-৬৭৮", "05.422.015.02.00.019.2008.678", None),  # 2008 format
    ("১২৩৪/৫৬", "1234.56", None),
])
def test_parse_memo(raw, normalized, scheme):
    memo = parse_memo(raw)
    assert (memo.raw, memo.normalized, memo.scheme) == (raw, normalized, scheme)
    assert (memo.parts is None) == (scheme is None)


def test_2024_parts():
    assert parse_memo("৫৬.০০.০০০০.০০০.০২৫.১৮.০০০১.২৪-১২").parts == {
        "ministry": "56", "office": "00", "geo": "0000", "sub_office": "000", "branch": "025",
        "subject": "18", "file": "0001", "year": "24", "serial": "12"}


def test_a_short_group_still_names_its_part():
    assert parse_memo("33.02.0000.005.06.01.18-457").parts["file"] == "01"


def test_free_form_keeps_raw_only():
    memo = parse_memo("স্বাম/প্রশা-১/২০১২/১২৩")
    assert memo == MemoNumber(raw="স্বাম/প্রশা-১/২০১২/১২৩")


def codes(raw: str, issue_year: int | None) -> list[str]:
    return [w.code for w in memo_warnings(parse_memo(raw), issue_year)]


def test_warnings():
    assert codes("৫৮.০০.০০০০.০১৮.৯৯.০০২.২১.২০৩", 2023) == []  # a file opened in 2021 issues in 2023
    assert codes("৫৮.০০.০০০০.০৫২.৩২.০১.১৭.১১০", 2020) == ["memo_group_length"]
    assert codes("৫৮.০০.০০০০.০৫২.৩২.০০১.২৪-১১০", 2023) == ["memo_year_mismatch"]
    assert codes("৫৬.০০.০০০০.০০০.০২৫.১৮.০০০১.২৪-১২", 2024) == []
    assert codes("৫৬.০০.০০০০.০০০.০২৫.১৮.০০০১.২৫-১২", 2024) == ["memo_year_mismatch"]
    assert codes("৫৮.০০.০০০০.০৫২.৩২.০০১.২৪-১১০", None) == []
    assert codes("স্বাম/প্রশা-১/২০১২/১২৩", 2000) == []
    assert codes("১২৩৪/৫৬", 2000) == []  # not a government number: nothing to check
    assert codes("০৫.৪২২.০১৫.০২.০০.০১৯.২০০৮-৬৭৮", 2008) == []  # another layout, not a slip


def test_warning_names_the_field():
    warning = memo_warnings(parse_memo("৫৮.০০.০০০০.০৫২.৩২.০১.১৭.১১০"), 2020)[0]
    assert warning.field == "memo" and "2.2.4.3.2.3.2" in warning.message


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text):
    found = find_memo(text)
    assert found is None or text[found.start:found.end] == found.value.raw
    memo = parse_memo(text)
    assert memo.raw == text
    assert isinstance(memo_warnings(memo, 2020), list)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="০১২৩৪৫৬৭৮৯0123456789.,- /"))
def test_number_like_text_never_raises(text):
    memo = parse_memo(text)
    assert memo.normalized is None or memo.normalized.replace(".", "").isdigit()
    memo_warnings(memo, 2020)


def test_a_government_number_after_a_misread_label_is_the_memo_number_with_a_warning():
    """OCR read the label "নম্বর" as "নধর": the dotted government shape says what the number is, and the
    record says its label was not read; a free-form number or a date after an unknown word is not taken."""
    from bangla_minutes.extractors.record import extract
    text = ("সভার কার্যবিবরণী\n\nঅদ্য ২০/০২/২০১৮ তারিখে জনাব ক খ-এর সভাপতিত্বে সভা অনুষ্ঠিত হয়।\n\n"
            "নধর: ২৬.০০.০০০০.০০৫.২৮.০০৪.১৮-৮১৯\nতারিখঃ ২৭ ফেব্রুয়ারি ২০১৮\n")
    found = extract(text, from_ocr=True)
    assert found.fields.memo.normalized == "26.00.0000.005.28.004.18.819"
    assert found.fields.issued.gregorian.iso == "2018-02-27"
    assert ("low_confidence", "memo") in {(w.code, w.field) for w in found.warnings}
    assert extract(text.replace("নধর", "নম্বর")).warnings == []
    for other in ("নধর: স্বাঅ/প্রশা/২৬/২০১৪/২৭৮", "সভাপতি: ১২.০৮.২০১৯"):
        assert extract(text.replace("নধর: ২৬.০০.০০০০.০০৫.২৮.০০৪.১৮-৮১৯", other)).fields.memo is None
