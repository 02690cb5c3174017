"""Values of OCR'd minutes whose shape no printed value has are flagged `low_confidence`
(extractors/ocr_doubts.py); the same text that is not OCR'd is taken as printed."""
from bangla_minutes.extractors.ocr_doubts import mixes_scripts, ordinal_misread, ordinal_split, quotes_pair
from bangla_minutes.extractors.record import extract
from bangla_minutes.pipeline.parse.document import parse_pages, parse_text
from bangla_minutes.pipeline.read.pages import Page, SourcePages, Word

HEADER = """জেলা উন্নয়ন সমন্বয় কমিটির {title} সভার কার্যবিবরণী

সভাপতি : {chair}, জেলা প্রশাসক, মাদারীপুর
তারিখ : ১২ জুন ২০২৩
উপস্থিতি : {ref}

সভাপতি উপস্থিত সকলকে স্বাগত জানিয়ে সভার কাজ শুরু করেন।
"""


def doubted(text, from_ocr=True):
    return {w.field for w in extract(text, from_ocr=from_ocr).warnings if w.code == "low_confidence"}


def test_a_name_mixing_bengali_with_latin_letters_or_digits_is_flagged():
    assert mixes_scripts("j মিতালী রায়") and mixes_scripts("৪ মোঃ শফিকুল আলম সরদার")
    assert not mixes_scripts("এম. এ. মান্নান") and not mixes_scripts("John Smith")  # one script each
    text = HEADER.format(title="জুন/২০২৩ মাসের", chair="j মোঃ শফিকুল আলম সরদার", ref="পরিশিষ্ট-'ক'")
    assert "chair" in doubted(text)
    assert "chair" not in doubted(text.replace("j মোঃ", "মোঃ"))
    # a number before the name is no part of it (the colon read as a digit, or a serial): nothing to doubt
    assert "chair" not in doubted(text.replace("j মোঃ", "৪ মোঃ"))


def test_an_attendance_reference_whose_quotation_marks_do_not_pair_is_flagged():
    assert all(map(quotes_pair, ["পরিশিষ্ট-'ক'", 'পরিশিষ্ট "ক"', "পরিশিষ্ট-ক", "পরিশিষ্ট-‘ক’"]))
    assert not quotes_pair("পরিশিষ্ট ক'") and not quotes_pair("পরিশিষ্ট-‘ক'")
    text = HEADER.format(title="জুন/২০২৩ মাসের", chair="মোঃ শফিকুল আলম সরদার", ref="পরিশিষ্ট-‘ক'")
    assert "meeting.attendance_ref" in doubted(text)
    assert doubted(text, from_ocr=False) == set()  # a text is taken as printed


def test_a_quarter_ordinal_read_with_a_letter_for_its_digit_flags_the_title():
    assert ordinal_misread("২০২২-২০২৩ অর্থবছরের ওয় ত্রৈমাসিক সভার কার্যবিবরণী") == "ওয়"
    assert ordinal_misread("২০২২-২০২৩ অর্থবছরের ৩য় ত্রৈমাসিক সভার কার্যবিবরণী") is None
    text = HEADER.format(title="২০২২-২০২৩ অর্থবছরের ওয় ত্রৈমাসিক", chair="মোঃ শফিকুল আলম সরদার", ref="পরিশিষ্ট-'ক'")
    assert "title" in doubted(text)


def test_a_number_apart_from_its_ordinal_suffix_flags_the_title():
    assert ordinal_split("পরিচালনা বোর্ডের 412 তম সভার কার্যবিবরণী") == "412 তম"
    assert ordinal_split("পরিচালনা বোর্ডের 412তম সভার কার্যবিবরণী") is None
    assert ordinal_split("অক্টোবর/২০২৩ মাসের সভার কার্যবিবরণী") is None  # a word that starts like a suffix
    text = HEADER.format(title="৪১২ তম", chair="মোঃ শফিকুল আলম সরদার", ref="পরিশিষ্ট-'ক'")
    assert "title" in doubted(text) and "title" not in doubted(text.replace("৪১২ তম", "৪১২তম"))


def test_a_doubt_is_told_once_per_field():
    """A chair read at low confidence whose name also mixes scripts: one warning names the chair."""
    text = HEADER.format(title="জুন/২০২৩ মাসের", chair="j মিতালী রায়", ref="পরিশিষ্ট-'ক'")
    words = [Word(token, 0.3, (100 * i, 0, 100 * i + 60, 70)) for i, token in enumerate(text.split())]
    record = parse_pages(SourcePages("image/png", [Page(text, "ocr", 0.3, words)]), path="scan.png", doc_id="x")
    assert [w.field for w in record.warnings if w.code == "low_confidence"].count("chair") == 1
    assert [w for w in parse_text(text).warnings if w.code == "low_confidence"] == []  # a text: no doubt


def test_a_dotted_memo_number_of_no_known_digit_count_is_flagged():
    body = HEADER.format(title="জুন/২০২৩ মাসের", chair="জনাব মোঃ শফিকুল আলম", ref="পরিশিষ্ট-'ক'")
    memo_line = "\nসিদ্ধান্ত: কাজ শেষ করতে হবে।\n\n(মোঃ শফিকুল আলম)\nজেলা প্রশাসক\n\nস্মারক নং {} তারিখ: ১৫/০৬/২০২৩\n"
    added = body + memo_line.format("০৫.৪২২.০১৫.০২.০০.০১০৯.২০০৮-৬৭৮")  # a digit OCR added to the 19 of 2008
    assert "memo" in doubted(added) and "memo" not in doubted(added, from_ocr=False)
    for printed in ("০৫.৪২২.০১৫.০২.০০.০১৯.২০০৮-৬৭৮", "৫৮.০০.০০০০.০৫২.৩২.০০১.১৭-১১০", "স্বাম/প্রশা-১/২০১২/১২৩"):
        assert "memo" not in doubted(body + memo_line.format(printed))
