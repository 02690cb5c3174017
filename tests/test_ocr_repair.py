"""OCR repairs of memo numbers and dates: the misreadings met on samples/scans, and no repair that
does not check out."""
import pytest

from bangla_minutes.extractors.memo import parse_memo
from bangla_minutes.extractors.ocr_repair import repair_date_text, repair_deadline, repair_memo


@pytest.mark.parametrize("ocr, printed", [
    ("৫৮.০০.০০০০.০১৮-৯৯.০০২.২১.২০৩", "৫৮.০০.০০০০.০১৮.৯৯.০০২.২১.২০৩"),      # "." read as "-"
    ("৫৮.০০.০০০০.০১৮,.৯৯.০০২.২১.২০৩", "৫৮.০০.০০০০.০১৮.৯৯.০০২.২১.২০৩"),     # ",." doubled
    ("৫৮.০০.০০০০,.০৫২.৩২.০০১,১৭- ১১০", "৫৮.০০.০০০০.০৫২.৩২.০০১.১৭- ১১০"),   # serial after "- " kept
    ("৫&৬.০০.০০০০.০০০.,০২৫.১৮.০০০১,২৪-১২", "৫৬.০০.০০০০.০০০.০২৫.১৮.০০০১.২৪-১২"),  # 2024 scheme, stray &
    ("৪৫.০১.০০০০,১৭৪,.০৯.০০২ ,.২০-৪১২", "৪৫.০১.০০০০.১৭৪.০৯.০০২ .২০-৪১২"),   # printed space kept
    ("৫৮.OO.০০০০.০৫২.৩২.০০১.১৭-১১০", "৫৮.০০.০০০০.০৫২.৩২.০০১.১৭-১১০"),      # Latin O for ০
    ("৫৮.০০.০০০০.০৫হ.৩২.০০১.১৭-১১০", "৫৮.০০.০০০০.০৫২.৩২.০০১.১৭-১১০"),      # হ for ২
    ("৫৮.০০.০০০০.০১৮.৯৯.০০২.২১.২8৩", "৫৮.০০.০০০০.০১৮.৯৯.০০২.২১.২৪৩"),      # Latin 8 for ৪
    ("33.02.0000.005.06.001,.18-457", "33.02.0000.005.06.001.18-457"),       # ASCII digits
    # the Bengali script model: "৪" read twice, Latin "0" for "০", a doubled digit
    ("০৫.৪88.৫৪০০.০০৮.০৬.০০১.২৩-৩১২", "০৫.৪৪.৫৪০০.০০৮.০৬.০০১.২৩-৩১২"),
    ("০৫.৪8৪8.৭২০০.০০৬.১৮.০০১.১৯-৯১২", "০৫.৪৪.৭২০০.০০৬.১৮.০০১.১৯-৯১২"),
    ("০৫.৪৪.৮৭০০.০১৪.8৩.00২.২০-১৮৬", "০৫.৪৪.৮৭০০.০১৪.৪৩.০০২.২০-১৮৬"),
    ("৫৮৮.০০.০০০০.০১৮.৯৯.০০২.২১.২০৩", "৫৮.০০.০০০০.০১৮.৯৯.০০২.২১.২০৩"),
])
def test_memo_misreadings_are_undone(ocr, printed):
    assert repair_memo(ocr) == (printed, True)
    assert parse_memo(printed).scheme in ("2014", "2024")


@pytest.mark.parametrize("raw", [
    "৫৮.০০.০০০০.০৫২.৩২.০০১.১৭- ১১০",        # already right
    "৫৮.০০.০০০০.০৫২.৩২.০০১,১৭-১১০",          # a lone comma: parse_memo reads it as "." already
    "স্বাম/প্রশা-১/২০১২/১২৩",                 # free-form: nothing to check it against
    "০৫.৪২২.০১৫.০২.০০,০১৯.২০০৮-৬৭৮",        # a 2008 number fits no scheme even with "." for ","
    "৫৮.০০.০০০,০.০৫২.৩২.০০১.১৭-১১০",         # a comma inside a group: repair would not fit
])
def test_memo_numbers_that_do_not_check_out_stay_as_read(raw):
    assert repair_memo(raw) == (raw, False)


@pytest.mark.parametrize("ocr, printed", [
    ("উনিঅ/বাউফ/আইশৃ/২০০০/ ১৯২০", "উনিঅ/বাউফ/আইশৃ/২০০০/১৯২০"),
    ("আরপিজিসিএল/ কোসচি/২০১৫/ ২৩৬", "আরপিজিসিএল/কোসচি/২০১৫/২৩৬"),
    ("মবি /রেজি/একাডেমিক/১৬/২১৮", "মবি/রেজি/একাডেমিক/১৬/২১৮"),
])
def test_a_space_ocr_put_beside_a_slash_is_closed_in_any_memo_number(ocr, printed):
    """Tesseract ends a word at a slash where the print leaves a gap; free-form numbers too."""
    assert repair_memo(ocr) == (printed, True)


@pytest.mark.parametrize("ocr, printed", [
    ("২৬ ফাল্ভুন ১৪২৬", "২৬ ফাল্গুন ১৪২৬"),
    ("৩১ ভান্র ১৪১৫ বাংলা সন", "৩১ ভাদ্র ১৪১৫ বাংলা সন"),
    ("২৭ আষাঢ ১৪২৬ বঙ্গাব্দ", "২৭ আষাঢ় ১৪২৬ বঙ্গাব্দ"),
    ("০২ আগন্ট ২০১৭", "০২ আগস্ট ২০১৭"),
    ("3১৯ আগস্ট ২০২১ খ্রিঃ", "১৯ আগস্ট ২০২১ খ্রিঃ"),   # the label's "ঃ" read as 3, glued to the day
    ("২৩,১২,২০২০", "২৩.১২.২০২০"),
    ("২8 ভাদ্র ১৪৩০", "২৪ ভাদ্র ১৪৩০"),                # valid as 28, but one number in two scripts
    ("O৮ পৌষ ১৪২৭", "০৮ পৌষ ১৪২৭"),
    ("চই মার্চ ২০২০", "৯ই মার্চ ২০২০"),              # a day's digit read as a letter before its suffix
    ("১৮ই আশ্বিন ১৪২১\nওরা অক্টোবর ২০১৪ ইং", "১৮ই আশ্বিন ১৪২১\n৩রা অক্টোবর ২০১৪ ইং"),  # beside a valid date
])
def test_date_misreadings_are_undone(ocr, printed):
    assert repair_date_text(ocr) == (printed, True)


@pytest.mark.parametrize("raw", [
    "২৬ ভাদ্র ১৪৩০",
    "12/03/2018",
    "৩১/০২/২০২০",            # no 31 February: never "repaired" into another day
    "৩৫ আগস্ট ২০২১",
    "সভার কার্যবিবরণী",
    "সেপ্টেম্বর ও অক্টোবর ২০১৪",   # "and" between two months: no day without an ordinal suffix
])
def test_dates_that_are_right_or_cannot_be_made_valid_stay_as_read(raw):
    assert repair_date_text(raw) == (raw, False)


def test_a_memo_read_with_a_comma_is_flagged_when_it_came_from_ocr():
    """No scheme prints a comma: the OCR misread a '.', and may have misread the digits around it (a serial
    written in by hand) though the groups still fit the scheme."""
    from bangla_minutes.extractors.record import extract
    text = ("সভার কার্যবিবরণী\n\nঅদ্য ১২/০৮/২০১৯ তারিখে জনাব ক খ-এর সভাপতিত্বে সভা অনুষ্ঠিত হয়।\n\n"
            "নথি নম্বর: ২৭.২৭.২৬৬৬.১০২.০১.০১০.১৮,২১৮২০\tতারিখ: ৩০ সেপ্টেম্বর ২০১৯\n")
    warned = {(w.code, w.field) for w in extract(text, from_ocr=True).warnings}
    assert ("low_confidence", "memo") in warned
    assert ("low_confidence", "memo") not in {(w.code, w.field) for w in extract(text).warnings}
    assert ("low_confidence", "memo") not in {
        (w.code, w.field) for w in extract(text.replace(".১৮,", ".১৮."), from_ocr=True).warnings}


@pytest.mark.parametrize("ocr, printed", [
    ("জ্যেন্ঠতার ক্রমানুসারে নয়", "জ্যেষ্ঠতার ক্রমানুসারে নয়"),
    ("সদয় অবগতি ও প্রয়োজনীয় কাযার্থে", "সদয় অবগতি ও প্রয়োজনীয় কার্যার্থে"),
    ("জ্ঞাতার্থে ও প্রয়োজনীয় ব্যবস্থা গ্রহণেব জন্য", "জ্ঞাতার্থে ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য"),
])
def test_note_words_one_letter_off_the_vocabulary_are_undone(ocr, printed):
    from bangla_minutes.extractors.ocr_repair import repair_note
    assert repair_note(ocr) == (printed, True)


def test_notes_of_other_words_stay_as_read_and_a_repair_is_told():
    from bangla_minutes.extractors.ocr_repair import repair_note
    from bangla_minutes.extractors.record import extract
    assert repair_note("ওয়েবসাইটে আপলোডের অনুরোধসহ") == ("ওয়েবসাইটে আপলোডের অনুরোধসহ", False)
    text = ("সভার কার্যবিবরণী\n\nঅদ্য ১২/০৮/২০১৯ তারিখে জনাব ক খ-এর সভাপতিত্বে সভা অনুষ্ঠিত হয়।\n\n"
            "বিতরণ (জ্যেন্ঠতার ক্রমানুসারে নয়):\n১। সচিব, ক বিভাগ\n২। পরিচালক, খ অধিদপ্তর\n")
    ocr = extract(text, from_ocr=True)
    assert ocr.fields.distribution_note == "জ্যেষ্ঠতার ক্রমানুসারে নয়"
    assert ("ocr_repair", "distribution_note") in {(w.code, w.field) for w in ocr.warnings}
    assert extract(text).fields.distribution_note == "জ্যেন্ঠতার ক্রমানুসারে নয়"  # typed text is as typed


@pytest.mark.parametrize("ocr, meeting, printed", [
    ("৩০/০৪/২০১৪", "2019-03-10", "৩০/০৪/২০১৯"),  # the Bengali script model's ৯ read as ৪ (real e-Nothi page)
    ("৩০/০৪/২০১০", "2019-03-10", "৩০/০৪/২০১৯"),
    ("৩০/০১/২০১৯", "2019-09-16", "৩০/০৯/২০১৯"),  # ... as ১ in a month (real scan)
    ("0৫/০8/২০১৯", "2019-03-10", "০৫/০৪/২০১৯"),  # Latin look-alikes among Bengali digits
])
def test_a_deadline_before_its_meeting_read_with_a_misread_digit(ocr, meeting, printed):
    assert repair_deadline(ocr, meeting) == (printed, True)


@pytest.mark.parametrize("ocr, meeting", [
    ("৩০/০৪/২০১৯", "2019-03-10"),  # after the meeting: as read
    ("৩০/০৬/২০১৮", "2019-03-10"),  # before it, and no one-digit reading falls after it
    ("১৪/০১/২০১৪", "2019-03-10"),  # ২০১৯ read back still falls before the meeting: left as read
])
def test_no_deadline_repair_that_does_not_check_out(ocr, meeting):
    assert repair_deadline(ocr, meeting)[1] is False
