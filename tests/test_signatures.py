import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bangla_minutes.extractors.signatures import find_signatures, is_signature_start

# Seed 000: the chair's block above the memo line, the issuer's after the distribution list.
SEED_000_CHAIR = ("সভায় আর কোন আলোচনা না থাকায় সকলকে ধন্যবাদ জ্ঞাপন করে সভার সমাপ্তি ঘোষণা করা হয়।\n\n\n\n"
                  "মোঃ খায়রুল কবীর মেনন  \nঅতিরিক্ত সচিব\n\n")
SEED_000_ISSUER = "\n\n\nমোঃ আইয়ুব হোসেন  \nসিস্টেম এনালিস্ট"
# Seed 001: bracketed names, office lines joined by a line that is only "ও".
SEED_001_CHAIR = ("\n\n \n\n(মল্লিক সাঈদ মাহবুব)\nযুগ্মসচিব\nঅগ্নি অনুবিভাগ\nও\nশুদ্ধাচার ফোকাল পয়েন্ট\n"
                  "সুরক্ষা সেবা বিভাগ।\n\n")
SEED_001_ISSUER = "\n\n\n(জাহিদুল ইসলাম)\nউপসচিব (অগ্নি-১)"


def people(text: str) -> list[tuple]:
    return [(f.value.name, f.value.titles, f.value.designation, f.value.office) for f in find_signatures(text)]


@pytest.mark.parametrize("text, expected", [
    (SEED_000_CHAIR, [("মোঃ খায়রুল কবীর মেনন", [], "অতিরিক্ত সচিব", None)]),
    (SEED_000_ISSUER, [("মোঃ আইয়ুব হোসেন", [], "সিস্টেম এনালিস্ট", None)]),
    (SEED_001_CHAIR, [("মল্লিক সাঈদ মাহবুব", [], "যুগ্মসচিব",
                       "অগ্নি অনুবিভাগ ও শুদ্ধাচার ফোকাল পয়েন্ট, সুরক্ষা সেবা বিভাগ")]),
    (SEED_001_ISSUER, [("জাহিদুল ইসলাম", [], "উপসচিব", "অগ্নি-১")]),
])
def test_seed_blocks(text, expected):
    assert people(text) == expected


def test_spans_cover_the_block():
    found = find_signatures(SEED_001_CHAIR)[0]
    assert SEED_001_CHAIR[found.start:found.end] == (
        "(মল্লিক সাঈদ মাহবুব)\nযুগ্মসচিব\nঅগ্নি অনুবিভাগ\nও\nশুদ্ধাচার ফোকাল পয়েন্ট\nসুরক্ষা সেবা বিভাগ।")
    found = find_signatures(SEED_000_ISSUER)[0]
    assert SEED_000_ISSUER[found.start:found.end] == "মোঃ আইয়ুব হোসেন  \nসিস্টেম এনালিস্ট"


def test_two_blocks_side_by_side_with_spaces():
    text = "ধন্যবাদান্তে\n\nমোঃ ক                 মোঃ খ\nসচিব                      চেয়ারম্যান\nক মন্ত্রণালয়             খ বোর্ড\n"
    assert people(text) == [("মোঃ ক", [], "সচিব", "ক মন্ত্রণালয়"), ("মোঃ খ", [], "চেয়ারম্যান", "খ বোর্ড")]


def test_two_blocks_side_by_side_with_tabs_and_brackets():
    text = ("(মোঃ হুমায়ুন কবির)\t\t\t(অধ্যাপক ড. মোঃ মাহবুবুর রহমান)\n"
            "রেজিস্ট্রার (অতিরিক্ত দায়িত্ব)\t\t\tউপাচার্য\n"
            "সদস্য-সচিব\t\t\t\tসভাপতি\n")
    found = find_signatures(text)
    assert people(text) == [("মোঃ হুমায়ুন কবির", [], "রেজিস্ট্রার (অতিরিক্ত দায়িত্ব)", None),
                            ("মোঃ মাহবুবুর রহমান", ["অধ্যাপক", "ড."], "উপাচার্য", None)]
    # a line that only names a committee role gives the role, not an office
    assert [f.value.role for f in found] == ["member_secretary", "chair"]


def test_signed_copies():
    text = ("স্বাক্ষরিত/-\n(মোঃ আবুল কালাম আজাদ)\nচেয়ারম্যান\n৫নং চরভদ্রাসন ইউনিয়ন পরিষদ\nচরভদ্রাসন, ফরিদপুর।\n\n"
            "স্বাঃ/- মোঃ ক\nউপসচিব (অঃ দাঃ)\n")
    assert people(text) == [
        ("মোঃ আবুল কালাম আজাদ", [], "চেয়ারম্যান", "৫নং চরভদ্রাসন ইউনিয়ন পরিষদ, চরভদ্রাসন, ফরিদপুর"),
        ("মোঃ ক", [], "উপসচিব (অঃ দাঃ)", None)]


def test_dates_memo_lines_and_closing_words_are_skipped():
    text = ("ধন্যবাদান্তে,\n১০/০৯/২০২৩\nমোঃ ক\nপরিচালক (চলতি দায়িত্ব)\nফোন: ০২-৯৫৫৫৫৫৫\nই-মেইল: dir@example.gov.bd\n\n"
            "স্মারক নং-৫৮.০০.০০০০.০৫২.৩২.০০১.১৭- ১১০\n")
    assert people(text) == [("মোঃ ক", [], "পরিচালক (চলতি দায়িত্ব)", None)]


def test_an_address_without_its_label_is_no_office_line():
    text = "(প্রকৌশলী ক খ)\nব্যবস্থাপনা পরিচালক\nবিদ্যুৎ উৎপাদন কোম্পানি\nmd@power.example.com.bd\nwww.power.example.gov.bd\n"
    assert people(text) == [("ক খ", ["প্রকৌশলী"], "ব্যবস্থাপনা পরিচালক", "বিদ্যুৎ উৎপাদন কোম্পানি")]


def test_a_gap_after_the_opening_bracket_keeps_the_bracketed_name():
    """On a scan a title under the signature's stroke may be lost, leaving "(\tক খ)"."""
    text = "\t(\tঅরুণ কুমার সাহা)\n\tব্যবস্থাপনা পরিচালক\n\tবিদ্যুৎ কোম্পানি।\n"
    assert people(text) == [("অরুণ কুমার সাহা", [], "ব্যবস্থাপনা পরিচালক", "বিদ্যুৎ কোম্পানি")]


def test_a_sentence_right_above_the_name_is_not_part_of_the_block():
    text = "সভায় আর কোন আলোচনা না থাকায় সভার সমাপ্তি ঘোষণা করা হয়।\nমোঃ ক\nউপসচিব\n"
    assert people(text) == [("মোঃ ক", [], "উপসচিব", None)]


def test_stacked_blocks_split_at_each_name():
    assert people("মোঃ ক\nসচিব\nমোঃ খ\nচেয়ারম্যান") == [("মোঃ ক", [], "সচিব", None), ("মোঃ খ", [], "চেয়ারম্যান", None)]


@pytest.mark.parametrize("text", [
    "সভায় আর কোন আলোচনা না থাকায় সকলকে ধন্যবাদ জ্ঞাপন করে সভার সমাপ্তি ঘোষণা করা হয়।",
    "মোঃ ক",  # a name with no designation below is not a signature
    "তারিখ: ২৬ ভাদ্র ১৪৩০\n\n১০ সেপ্টেম্বর ২০২৩",
    "",
])
def test_no_signature(text):
    assert find_signatures(text) == []


@pytest.mark.parametrize("line, below, starts", [
    ("(জাহিদুল ইসলাম)", None, True),
    ("মোঃ আইয়ুব হোসেন", "সিস্টেম এনালিস্ট", True),
    ("স্বাক্ষরিত/-", "(মোঃ ক)", True),
    ("মোঃ আইয়ুব হোসেন", "সুরক্ষা সেবা বিভাগ", False),
    ("৫) সহঃ প্রোগ্রামার, আইসিটি সেল", "সিস্টেম এনালিস্ট", False),
    ("ও", "ফোকাল পয়েন্ট", False),
])
def test_is_signature_start(line, below, starts):
    assert is_signature_start(line, below) is starts


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text):
    for found in find_signatures(text):
        assert 0 <= found.start < found.end <= len(text)


def test_side_by_side_blocks_keep_office_and_role_lines():
    text = ("(মোঃ কামাল হোসেন)\t\t\t(মোঃ রফিকুল ইসলাম)\nঅতিরিক্ত জেলা প্রশাসক (সার্বিক)\t\t\tজেলা প্রশাসক\n"
            "ফরিদপুর\t\t\tফরিদপুর\nসদস্য-সচিব\t\t\tসভাপতি\n")
    assert [(f.value.name, f.value.designation, f.value.office, f.value.role) for f in find_signatures(text)] == [
        ("মোঃ কামাল হোসেন", "অতিরিক্ত জেলা প্রশাসক (সার্বিক)", "ফরিদপুর", "member_secretary"),
        ("মোঃ রফিকুল ইসলাম", "জেলা প্রশাসক", "ফরিদপুর", "chair")]


def test_a_right_column_line_under_a_wide_left_name_stays_right():
    text = ("(এ. কে. এম. মোতালেব হোসেন মজুমদার)\t\t\t(মোহাম্মদ কামাল হোসেন)\nউপসচিব\t\t\tসিনিয়র সচিব\n"
            "সমন্বয় শাখা\t\t\t\nভূমি মন্ত্রণালয়\t\t\t\n")
    assert [(f.value.designation, f.value.office) for f in find_signatures(text)] == [
        ("উপসচিব", "সমন্বয় শাখা, ভূমি মন্ত্রণালয়"), ("সিনিয়র সচিব", None)]


def test_a_letterhead_after_the_body_is_no_signature():
    text = ("(মোছাঃ জান্নাতুল ফেরদৌস)\nঅতিরিক্ত জেলা প্রশাসক (সার্বিক)\nকিশোরগঞ্জ\n\n"
            "জেলা প্রশাসকের কার্যালয়, কিশোরগঞ্জ\n(জেলা ম্যাজিস্ট্রেসী শাখা)\n\n"
            "বাংলাদেশ পাটকল সংস্থা\n(একটি সরকারি প্রতিষ্ঠান)\nআদমজী কোর্ট, মতিঝিল, ঢাকা\nwww.bjmc.gov.bd\n")
    assert [f.value.name for f in find_signatures(text)] == ["মোছাঃ জান্নাতুল ফেরদৌস"]


def test_a_speck_before_a_gap_and_a_bracket_split_by_a_lost_word_open_no_column():
    """On scans: a dot read as ":" at the margin of a block's last line, and a name whose middle word a
    signature's stroke hid ("(মোঃ\\tইসলাম)")."""
    [person] = [f.value for f in find_signatures("\t(অরুণ কুমার সাহা)\n\tব্যবস্থাপনা পরিচালক\n\tইজিসিবি লিঃ, ঢাকা\n"
                                                 "\tও\n\t:\tকমিটির আহ্বায়ক।\n")]
    assert person.office == "ইজিসিবি লিঃ, ঢাকা ও কমিটির আহ্বায়ক"
    [person] = [f.value for f in find_signatures("\t(মোঃ\tইসলাম)\n\tনির্বাহী পরিচালক (প্রশাসন ও অর্থ),\n\tইজিসিবি লিঃ।\n")]
    assert (person.name, person.designation) == ("মোঃ ইসলাম", "নির্বাহী পরিচালক")
