import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bangla_minutes.extractors.people import find_designation, first_designation, join_office, parse_person, role_in


@pytest.mark.parametrize("text, name, titles, designation, office", [
    # seed 000 and 001 chairs as the header prints them
    ("মোঃ খায়রুল কবীর মেনন অতিরিক্ত সচিব", "মোঃ খায়রুল কবীর মেনন", [], "অতিরিক্ত সচিব", None),
    ("মল্লিক সাঈদ মাহবুব যুগ্মসচিব, সুরক্ষা সেবা বিভাগ", "মল্লিক সাঈদ মাহবুব", [], "যুগ্মসচিব", "সুরক্ষা সেবা বিভাগ"),
    ("জনাব ক, উপজেলা নির্বাহী অফিসার, খ", "ক", [], "উপজেলা নির্বাহী অফিসার", "খ"),
    ("অধ্যাপক ড. মোঃ ক", "মোঃ ক", ["অধ্যাপক", "ড."], None, None),
    ("জনাব ক\n   জেলা প্রশাসক, খ।", "ক", [], "জেলা প্রশাসক", "খ"),
    # seed 001 signature blocks
    ("(মল্লিক সাঈদ মাহবুব)\nযুগ্মসচিব\nঅগ্নি অনুবিভাগ\nও\nশুদ্ধাচার ফোকাল পয়েন্ট\nসুরক্ষা সেবা বিভাগ।",
     "মল্লিক সাঈদ মাহবুব", [], "যুগ্মসচিব", "অগ্নি অনুবিভাগ ও শুদ্ধাচার ফোকাল পয়েন্ট, সুরক্ষা সেবা বিভাগ"),
    ("(জাহিদুল ইসলাম)\nউপসচিব (অগ্নি-১)", "জাহিদুল ইসলাম", [], "উপসচিব", "অগ্নি-১"),
    ("উপসচিব (অগ্নি-১), সুরক্ষা সেবা বিভাগ", "", [], "উপসচিব", "অগ্নি-১, সুরক্ষা সেবা বিভাগ"),
    # qualifiers stay in the designation
    ("মোঃ ক\nউপসচিব (অঃ দাঃ)\nখ শাখা", "মোঃ ক", [], "উপসচিব (অঃ দাঃ)", "খ শাখা"),
    ("বেগম রোকেয়া খাতুন, সহকারী কমিশনার (ভূমি), ক উপজেলা", "রোকেয়া খাতুন", [], "সহকারী কমিশনার (ভূমি)", "ক উপজেলা"),
    ("জনাবা মোছাঃ শাহানাজ পারভীন, অতিরিক্ত জেলা প্রশাসক (সার্বিক)", "মোছাঃ শাহানাজ পারভীন", [],
     "অতিরিক্ত জেলা প্রশাসক (সার্বিক)", None),
    # titles touching the name, several titles, a retired officer
    ("ড.মোঃ ক, যুগ্ম সচিব", "মোঃ ক", ["ড."], "যুগ্ম সচিব", None),
    ("প্রফেসর ড. আনোয়ারুল কবির, উপাচার্য", "আনোয়ারুল কবির", ["প্রফেসর", "ড."], "উপাচার্য", None),
    ("মেজর (অব.) মোঃ ক, চেয়ারম্যান, খ বোর্ড", "মোঃ ক", ["মেজর (অব.)"], "চেয়ারম্যান", "খ বোর্ড"),
    ("প্রকৌশলী মোঃ ক, নির্বাহী প্রকৌশলী, সড়ক ও জনপথ বিভাগ", "মোঃ ক", ["প্রকৌশলী"], "নির্বাহী প্রকৌশলী",
     "সড়ক ও জনপথ বিভাগ"),
    # no designation: the first comma part is the name, the rest the office
    ("জনাব ক, খ মন্ত্রণালয়", "ক", [], None, "খ মন্ত্রণালয়"),
    ("মোঃ আইয়ুব হোসেন", "মোঃ আইয়ুব হোসেন", [], None, None),
    # a number before the person (a serial, or a colon OCR read as a digit) is no part of the name
    ("৪ অধ্যাপক ডাঃ মোঃ ক, মহাপরিচালক, খ অধিদপ্তর", "মোঃ ক", ["অধ্যাপক", "ডাঃ"], "মহাপরিচালক", "খ অধিদপ্তর"),
])
def test_parse_person(text, name, titles, designation, office):
    person = parse_person(text)
    assert (person.name, person.titles, person.designation, person.office) == (name, titles, designation, office)


def test_raw_is_the_text_with_whitespace_collapsed_and_the_role_is_the_callers():
    person = parse_person("জনাব ক\n   জেলা প্রশাসক, খ।", role="chair")
    assert person.raw == "জনাব ক জেলা প্রশাসক, খ।"
    assert person.role == "chair"


def test_a_courtesy_word_after_the_name_stays():
    assert parse_person("রোকসানা বেগম, ইউপি সদস্য").name == "রোকসানা বেগম"


@pytest.mark.parametrize("text, found", [
    ("যুগ্মসচিব", "যুগ্মসচিব"),
    ("যুগ্ম সচিব", "যুগ্ম সচিব"),
    ("যুগ্ম-সচিব", "যুগ্ম-সচিব"),
    ("মোঃ ক সচিব, উপজেলা নির্বাহী অফিসার", "উপজেলা নির্বাহী অফিসার"),  # the longest, not the first
    ("সহঃ প্রোগ্রামার, আইসিটি সেল", "সহঃ প্রোগ্রামার"),
    ("সহ: প্রোগ্রামার, আইসিটি সেল", "সহ: প্রোগ্রামার"),  # ":" typed for "ঃ"
    ("প্রোগামার, সুরক্ষা সেবা বিভাগ", "প্রোগামার"),  # a letter lost: close enough
    ("উপসচিব (চলতি দায়িত্ব)", "উপসচিব (চলতি দায়িত্ব)"),
])
def test_find_designation(text, found):
    span = find_designation(text)
    assert span is not None and text[span[0]:span[1]] == found


@pytest.mark.parametrize("text", [
    "বাংলাদেশ সচিবালয়, ঢাকা",  # সচিব inside সচিবালয়
    "জেলা প্রশাসকের কার্যালয়",  # an inflected designation is an office
    "উপসচিবের দপ্তর",
    "মোঃ আব্দুল্লাহ আল মামুন",
    "",
])
def test_no_designation(text):
    assert find_designation(text) is None


def test_first_designation_starts_where_asked():
    text = "অধ্যাপক ড. মোঃ ক, উপাচার্য"
    span = first_designation(text, pos=text.index("মোঃ"))
    assert text[span[0]:span[1]] == "উপাচার্য"


def test_office_lines_join_with_commas_except_around_o():
    assert join_office(["অগ্নি অনুবিভাগ", "ও", "শুদ্ধাচার ফোকাল পয়েন্ট", "সুরক্ষা সেবা বিভাগ"]) == \
        "অগ্নি অনুবিভাগ ও শুদ্ধাচার ফোকাল পয়েন্ট, সুরক্ষা সেবা বিভাগ"


@pytest.mark.parametrize("text, office", [
    ("কৃষিবিদ মোঃ আনোয়ার হোসেন খান, মহাপরিচালক, কৃষি সম্প্রসারণ\n\tঅধিদপ্তর", "কৃষি সম্প্রসারণ অধিদপ্তর"),
    ("লেঃ কর্নেল হানিফ মিয়া মুন্সী, চেয়ারম্যান, ১২নং বালিয়াডাঙ্গা ইউনিয়ন\n\tপরিষদ, সিংড়া, নাটোর",
     "১২নং বালিয়াডাঙ্গা ইউনিয়ন পরিষদ, সিংড়া, নাটোর"),
    ("মোঃ শহিদুল ইসলাম\n\tচেয়ারম্যান, পরিচালনা পর্ষদ, রূপসা পাওয়ার জেনারেশন কোম্পানি\n\tলিমিটেড",
     "পরিচালনা পর্ষদ, রূপসা পাওয়ার জেনারেশন কোম্পানি লিমিটেড"),
    ("মোঃ আজিজুল হক\n\tঅতিরিক্ত সচিব\n\tঅগ্নি অনুবিভাগ\n\tসুরক্ষা সেবা বিভাগ", "অগ্নি অনুবিভাগ, সুরক্ষা সেবা বিভাগ"),
])
def test_a_label_value_wrapped_where_its_column_ends_keeps_its_office_whole(text, office):
    """A header's value printed (or scanned) in a narrow column wraps: where commas part the office, a
    line break is a wrap; an office without commas is written a part a line."""
    assert parse_person(text, role="chair", wrapped=True).office == office


def test_lines_of_a_signature_block_are_parts_of_the_office():
    text = "মোঃ আজিজুল হক\nঅতিরিক্ত সচিব, প্রশাসন অনুবিভাগ\nস্বরাষ্ট্র মন্ত্রণালয়"
    assert parse_person(text).office == "প্রশাসন অনুবিভাগ, স্বরাষ্ট্র মন্ত্রণালয়"


@pytest.mark.parametrize("text, role", [
    ("সদস্য-সচিব", "member_secretary"),
    ("সদস্য সচিব", "member_secretary"),
    ("সভাপতি", "chair"),
    ("আমন্ত্রিত অতিথি", "other"),
    ("সভায় উপস্থিত সদস্যবৃন্দ", "member"),
    ("উপস্থিত কর্মকর্তাগণের তালিকা", None),
])
def test_role_in(text, role):
    assert role_in(text) == role


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text):
    person = parse_person(text)
    assert isinstance(person.name, str)
    span = find_designation(text)
    assert span is None or 0 <= span[0] < span[1] <= len(text)


def test_the_chair_of_a_header_reads_its_value_as_wrapped():
    from bangla_minutes.extractors.record import extract
    text = ("বোরো মৌসুমের প্রস্তুতি সভার কার্যবিবরণী\n\nসভাপতি\t: কৃষিবিদ মোঃ আনোয়ার হোসেন খান, মহাপরিচালক, কৃষি সম্প্রসারণ\n"
            "\tঅধিদপ্তর\nতারিখ\t: ১২ জুন ২০০৫\n\nসভাপতি উপস্থিত সকলকে স্বাগত জানিয়ে সভার কাজ শুরু করেন।\n")
    assert extract(text).fields.chair.office == "কৃষি সম্প্রসারণ অধিদপ্তর"
