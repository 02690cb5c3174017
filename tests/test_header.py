"""Header label/value lines, the opening sentence when there is no header, and the title."""
from bangla_minutes.extractors.header import find_label_lines, find_title
from bangla_minutes.extractors.opening import read_opening


def values(text):
    return {key: found.value for key, found in find_label_lines(text).values.items()}


def test_labels_with_tab_colon_or_visarga():
    text = "সভাপতি\tমোঃ ক\nসভার তারিখ : ২২ আগস্ট ২০২৩\nসময়ঃ দুপুর ১২:৩০ টা\nস্থান\t:\tসম্মেলন কক্ষ।\n"
    assert values(text) == {"chair": "মোঃ ক", "date": "২২ আগস্ট ২০২৩", "time": "দুপুর ১২:৩০ টা",
                            "venue": "সম্মেলন কক্ষ।"}


def test_a_value_wraps_onto_an_indented_line_or_a_designation_line():
    assert values("সভাপতি : জনাব ক\n          জেলা প্রশাসক, খ।\nতারিখ : ১৭-১০-৯৬ ইং\n")["chair"] == \
        "জনাব ক\n          জেলা প্রশাসক, খ।"
    assert values("সভাপতি : জনাব ক\nজেলা প্রশাসক, খ।\nতারিখ : ১৭-১০-৯৬ ইং\n")["chair"] == "জনাব ক\nজেলা প্রশাসক, খ।"
    assert values("স্থান : কক্ষ\nসভায় উপস্থিত সদস্যবৃন্দের তালিকা সংযুক্ত।\n")["venue"] == "কক্ষ"


def test_a_sentence_starting_with_a_label_word_is_no_header():
    assert values("সভাপতি উপস্থিত সকলকে স্বাগত জানিয়ে সভার কার্যক্রম শুরু করেন।\n") == {}


def test_the_date_and_time_under_one_label():
    got = values("সভার তারিখ ও সময়ঃ ১৯ মে, ২০২০ খ্রিঃ, রাত ৮.০০ ঘটিকা\n")
    assert got["date"] == got["time"] == "১৯ মে, ২০২০ খ্রিঃ, রাত ৮.০০ ঘটিকা"


def test_chair_in_an_opening_sentence():
    sentence = ("অদ্য ২০/২/২০১৪ খ্রি: তারিখ রোজ বৃহস্পতিবার সকাল ১১.০০ ঘটিকায় উপজেলা পরিষদ হলরুমে জনাব মোঃ ক, "
                "উপজেলা নির্বাহী অফিসার, খ-এর সভাপতিত্বে উপজেলা রাজস্ব সভা অনুষ্ঠিত হয়।")
    found = read_opening(sentence)
    assert found.chair.value == sentence[found.chair.start:found.chair.end] == "জনাব মোঃ ক, উপজেলা নির্বাহী অফিসার, খ"
    assert found.venue.value == "উপজেলা পরিষদ হলরুম"


def test_title_on_two_lines_or_after_a_subject_label():
    text = "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\n\nক বিষয়ে অনুষ্ঠিত ২০২২-২০২৩\nঅর্থবছরের ১ম সভার কার্যবিবরণী\n\nসভাপতি\tক\n"
    assert find_title(text).value == "ক বিষয়ে অনুষ্ঠিত ২০২২-২০২৩\nঅর্থবছরের ১ম সভার কার্যবিবরণী"
    assert find_title("বিষয়: একাডেমিক কাউন্সিলের সভার কার্যবিবরণী।\n").value == "একাডেমিক কাউন্সিলের সভার কার্যবিবরণী।"
