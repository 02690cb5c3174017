"""Junk tokens dropped from OCR'd lines, and the values that held them flagged (no OCR run: words as
Tesseract gives them on speckled and photocopied pages)."""
from bangla_minutes.pipeline.parse.ocr_confidence import low_confidence
from bangla_minutes.pipeline.read.tesseract import row_text
from bangla_minutes.pipeline.read.ocr_junk import is_junk, without_junk
from bangla_minutes.pipeline.read.pages import Page, Word


def word(text, confidence=0.9, left=0):
    return Word(text, confidence, (left, 0, left + 60, 70))


def test_low_confidence_latin_and_symbol_tokens_are_junk():
    for text, confidence in [("EE!!!", 0.18), ("IEEE", 0.15), ("“", 0.3), ("Ms", 0.41), ("ol", 0.5), ("|", 0.2)]:
        assert is_junk(word(text, confidence)), text


def test_printed_latin_words_digits_signs_and_visarga_lookalikes_are_kept():
    assert not is_junk(word("www.netrokona.gov.bd", 0.89))
    for text in ("2018", "06", "-5-", "৪", "18", ":", "-", "।", "/", "ইসলাম", "(ক)"):
        assert not is_junk(word(text, 0.2)), text


def test_junk_is_dropped_and_the_word_before_it_keeps_it():
    line = [word("মোঃ", left=0), word("রফিকুল", left=100), word("“", 0.3, 200), word("ইসলাম", left=260),
            word("Ms", 0.4, 360), word("ol", 0.4, 420)]
    kept = without_junk(line)
    assert [w.text for w in kept] == ["মোঃ", "রফিকুল", "ইসলাম"]
    assert kept[1].junk == "“" and kept[2].junk == "Ms ol"
    assert row_text(kept, 70) == "মোঃ রফিকুল ইসলাম"


def test_junk_at_the_start_of_a_line_goes_to_the_first_word_kept():
    kept = without_junk([word("EE", 0.3), word("সভাপতি", left=100)])
    assert [(w.text, w.junk) for w in kept] == [("সভাপতি", "EE")]


def test_a_value_that_held_junk_is_flagged_low_confidence():
    words = without_junk([word("সভাপতি"), word("ঃ", left=100), word("মোঃ", left=200), word("রফিকুল", left=300),
                          word("“", 0.3, 400), word("ইসলাম", left=460)])
    text = "সভাপতি ঃ মোঃ রফিকুল ইসলাম\n"
    page = Page(text, "ocr", 0.9, words)
    evidence = {"chair": {"page": 1, "start": text.index("মোঃ"), "end": len(text) - 1}}
    [warning] = low_confidence([page], [text], evidence)
    assert (warning.code, warning.field) == ("low_confidence", "chair") and "“" in warning.message


def test_one_misread_word_in_a_long_value_is_flagged_though_the_mean_is_high():
    words = [word("জেলা"), word("প্রশাসকের", left=100), word("সম্মেলন", left=200), word("কঙক্ষ", 0.37, 300)]
    text = "জেলা প্রশাসকের সম্মেলন কঙক্ষ\n"
    evidence = {"meeting.venue": {"page": 1, "start": 0, "end": len(text) - 1}}
    [warning] = low_confidence([Page(text, "ocr", 0.8, words)], [text], evidence)
    assert warning.field == "meeting.venue" and "0.37" in warning.message


def test_a_value_read_as_marks_no_minutes_print_is_flagged():
    words = [word("সভাপতি"), word("£::8", 0.7, 100)]
    text = "সভাপতি £::8\n"
    evidence = {"chair": {"page": 1, "start": text.index("£"), "end": len(text) - 1}}
    [warning] = low_confidence([Page(text, "ocr", 0.8, words)], [text], evidence)
    assert warning.field == "chair" and "£::8" in warning.message


def test_quotation_marks_that_do_not_pair_flag_their_value():
    """‘...’ read as “...’: one mark is misread, and the value is not as printed."""
    def warned(title):
        words = [word(w, left=100 * i) for i, w in enumerate(title.split())]
        evidence = {"title": {"page": 1, "start": 0, "end": len(title)}}
        return low_confidence([Page(title + "\n", "ocr", 0.9, words)], [title + "\n"], evidence)
    [warning] = warned("“ই-নথির সচেতনতা বৃদ্ধি’ বিষয়ক সভার কার্যবিবরণী")
    assert warning.field == "title" and "pair" in warning.message
    assert warned("‘ই-নথির সচেতনতা বৃদ্ধি’ বিষয়ক সভার কার্যবিবরণী") == []
    assert warned("ইজিসিবি’র আগস্ট’২০১৯ মাসের সভার কার্যবিবরণী") == []  # apostrophes


def flagged(value_words, field="chair"):
    """The warnings of a value read as `value_words` ((text, confidence) pairs) on an OCR'd page."""
    words = [word(text, confidence, 100 * i) for i, (text, confidence) in enumerate(value_words)]
    text = " ".join(w.text for w in words) + "\n"
    evidence = {field: {"page": 1, "start": 0, "end": len(text) - 1}}
    return low_confidence([Page(text, "ocr", 0.9, words)], [text], evidence)


def test_a_word_joining_signs_no_bengali_word_joins_flags_its_value():
    """A vowel sign after a virama ("রুন্ুল" for রুহুল), a virama after khanda-ta ("মৎ্স্য") or after a
    vowel sign ("ভা্চুয়াল"), read with confidence."""
    for misread in ("রুন্ুল", "মৎ্স্য", "ভা্চুয়াল"):
        [warning] = flagged([("মোঃ", 0.95), (misread, 0.9), ("আমিন", 0.95)])
        assert warning.field == "chair" and misread in warning.message
    assert flagged([("জুম", 0.95), ("অ্যাপ", 0.9), ("র‍্যাব", 0.9)], "meeting.venue") == []  # borrowed-word spellings


def test_a_word_no_word_list_holds_read_with_little_confidence_flags_its_value():
    [warning] = flagged([("উপজেলা", 0.95), ("পরিষদ,", 0.93), ("গফরগীও", 0.53)])
    assert warning.field == "chair" and "গফরগীও" in warning.message
    # names of places no list holds, read with confidence, and listed words read with less, pass
    assert flagged([("১২নং", 0.92), ("বালিয়াডাঙ্গা", 0.92), ("ইউনিয়ন", 0.95)]) == []
    assert flagged([("জেলা", 0.95), ("প্রশাসকের", 0.62), ("সম্মেলন", 0.93)], "meeting.venue") == []


def test_memo_numbers_are_not_looked_up_in_the_word_list():
    """Their abbreviations are in no word list; a memo number is checked against its layout instead."""
    assert flagged([("আরপিজিসিএল/কোসচি/২০১৫/২৩৬", 0.65)], "memo") == []


def test_a_listed_word_ocr_reads_for_another_by_losing_a_stroke_flags_its_value():
    """The ai-sign read without its upper loop gives ত্রেমাসিক, a spelling the lexicons know: word_repair
    leaves it, since both are words, and the title is doubted; the printed ত্রৈমাসিক and short words
    (মে, a month) are not."""
    [warning] = flagged([("৪র্থ", 0.95), ("ত্রেমাসিক", 0.75), ("সভার", 0.95)], "title")
    assert warning.field == "title" and "ত্রৈমাসিক" in warning.message
    assert flagged([("৪র্থ", 0.95), ("ত্রৈমাসিক", 0.75), ("সভার", 0.95)], "title") == []
    assert flagged([("৮", 0.95), ("মে", 0.9), ("২০১২", 0.95)], "meeting.date") == []
