"""Header label/value lines, the opening sentence when there is no header, and the title."""
import pytest
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


def test_a_label_whose_separator_ocr_lost_is_read_among_label_lines():
    text = "সভাপতি রীতা রানী পাল\n\tজেলা প্রশাসক, নাটোর\nতারিখ\t১৯ সেপ্টেম্বর ২০১৯\nসময় বেলা ২:৩০ টা\n" \
           "স্থান ভার্চুয়াল প্ল্যাটফর্ম (জুম)\n\nসভাপতি উপস্থিত সকলকে স্বাগত জানান।\n"
    assert values(text) == {"chair": "রীতা রানী পাল\n\tজেলা প্রশাসক, নাটোর", "date": "১৯ সেপ্টেম্বর ২০১৯",
                            "time": "বেলা ২:৩০ টা", "venue": "ভার্চুয়াল প্ল্যাটফর্ম (জুম)"}
    # alone, or as a sentence, a label word and a value are no header line
    assert values("সময় বেলা ২:৩০ টা\n") == {}
    assert values("তারিখঃ ১৯ মে ২০২০\nসভাপতি সকলকে স্বাগত জানিয়ে সভা শুরু করেন\n") == {"date": "১৯ মে ২০২০"}


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


def test_a_label_alone_on_its_line_has_its_value_on_the_next():
    text = "সভাপতি:\nজনাব মোঃ ক, জেলা প্রশাসক, খ\nতারিখ:\n১২ মার্চ ২০১৮\nসময়\nসকাল ১০.০০ ঘটিকা\nস্থান:\nসম্মেলন কক্ষ\n"
    assert values(text) == {"chair": "জনাব মোঃ ক, জেলা প্রশাসক, খ", "date": "১২ মার্চ ২০১৮",
                            "time": "সকাল ১০.০০ ঘটিকা", "venue": "সম্মেলন কক্ষ"}
    got = values("সময় ও তারিখঃ সকাল ১০.০০ ঘটিকা, ১২ মার্চ ২০১৮\n")
    assert got["date"] == got["time"] == "সকাল ১০.০০ ঘটিকা, ১২ মার্চ ২০১৮"


def test_a_long_title_line_does_not_end_the_header():
    text = ("ক" * 120 + " বিষয়ে সভার\nকার্যবিবরণী\n\nসভাপতি : জনাব খ\nতারিখ : ১২ মার্চ ২০১৮\n")
    title = find_title(text)
    assert values_after(text, title) == {"chair": "জনাব খ", "date": "১২ মার্চ ২০১৮"}


def values_after(text, title):
    return {k: f.value for k, f in find_label_lines(text, (title.start, title.end)).values.items()}


def opening(sentence):
    found = read_opening(sentence)
    return (found.chair.value if found.chair else None), (found.venue.value if found.venue else None)


def test_opening_phrases_in_any_order():
    assert opening("সম্মেলন কক্ষে ১২ মার্চ ২০১৮ তারিখ সকাল ১০.০০ ঘটিকায় জনাব ক, জেলা প্রশাসক-এর সভাপতিত্বে সভা "
                   "অনুষ্ঠিত হয়।") == ("জনাব ক, জেলা প্রশাসক", "সম্মেলন কক্ষ")
    assert opening("অদ্য ১২ মার্চ ২০১৮ তারিখ সম্মেলন কক্ষে সকাল ১০.০০ ঘটিকায় জনাব ক-এর সভাপতিত্বে সভা অনুষ্ঠিত হয়।") \
        == ("জনাব ক", "সম্মেলন কক্ষ")
    assert opening("অদ্য ১২ মার্চ ২০১৮ সকাল ১০.০০ ঘটিকার সময় সিনেট হল-এ রিজেন্ট বোর্ডের ২৬৬তম সভা প্রফেসর ড. ক, "
                   "উপাচার্য-এর সভাপতিত্বে অনুষ্ঠিত হয়।") == ("প্রফেসর ড. ক, উপাচার্য", "সিনেট হল")
    assert opening("গত ১২/০৩/২০১৮ ইং তারিখ সকাল ১০.০০ ঘটিকার সময় জনাব মোঃ ক চেয়ারম্যান সাহেবের সভাপতিত্বে "
                   "প্রধান কার্যালয়ের সম্মেলন কক্ষে বোর্ডের সভা অনুষ্ঠিত হয়।") == ("জনাব মোঃ ক চেয়ারম্যান",
                                                                               "প্রধান কার্যালয়ের সম্মেলন কক্ষ")


def test_chair_of_an_opening_whatever_its_form():
    assert opening("জেলা প্রশাসকের কার্যালয়, খ-এর অতিরিক্ত জেলা প্রশাসক জনাব মোঃ ক-এর সভাপতিত্বে ১২ মার্চ ২০১৮ "
                   "তারিখ সভা অনুষ্ঠিত হয়।")[0] == "জনাব মোঃ ক, অতিরিক্ত জেলা প্রশাসক, জেলা প্রশাসকের কার্যালয়, খ"
    assert opening("সভা ১২ মার্চ ২০১৮ তারিখ সকাল ১০টায় সম্মেলন কক্ষে অনুষ্ঠিত হয়। সভায় সভাপতিত্ব করেন জনাব ক, "
                   "কমিটির সভাপতি ও জেলা প্রশাসক, খ মহোদয়।") == ("জনাব ক, জেলা প্রশাসক, খ", "সম্মেলন কক্ষ")
    assert opening("অদ্য ১২ মার্চ ২০১৮ তারিখ সকাল ১০টায় সম্মেলন কক্ষে অ্যাডভোকেট ক খ, চেয়ারম্যান, জেলা পরিষদ-এর "
                   "সভাপতিত্বে সভা অনুষ্ঠিত হয়।")[0] == "অ্যাডভোকেট ক খ, চেয়ারম্যান, জেলা পরিষদ"
    assert opening("অদ্য ১২ মার্চ ২০১৮ তারিখে ইউপি চেয়ারম্যান জনাবা মোছাঃ মাকসুদা বেগম-এর সভাপতিত্বে সভা "
                   "অনুষ্ঠিত হয়।")[0] == "জনাবা মোছাঃ মাকসুদা বেগম, ইউপি চেয়ারম্যান"


def test_no_venue_from_a_postposition_or_a_month():
    assert opening("গত ৬ মে ২০২৩ তারিখে জেলা কমিটির মে/২০২৩ মাসের সভা অনুষ্ঠিত হয়।") == (None, None)
    assert opening("অদ্য ১২ মার্চ ২০১৮ তারিখে উন্নয়ন বিষয়ে জনাব ক-এর সভাপতিত্বে সভা অনুষ্ঠিত হয়।")[1] is None
    assert opening("প্রকল্পের আওতায় ১২ মার্চ ২০১৮ তারিখে জনাব ক-এর সভাপতিত্বে সভা অনুষ্ঠিত হয়।")[1] is None


def test_title_glued_to_its_letterhead():
    text = "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nজেলা প্রশাসকের কার্যালয়, ক\nজেলা কমিটির মার্চ/২০১৮ মাসের\nসভার কার্যবিবরণী\n"
    assert find_title(text).value == "জেলা কমিটির মার্চ/২০১৮ মাসের\nসভার কার্যবিবরণী"
    text = "জেলা প্রশাসকের কার্যালয়, ক\n(জেলা ম্যাজিস্ট্রেসী শাখা)\nজেলা কমিটির সভার কার্যবিবরণী\n"
    assert find_title(text).value == "জেলা কমিটির সভার কার্যবিবরণী"
    assert find_title("ক গ্যাস কোম্পানি\nলিমিটেডের ক্রয় কমিটির সভার কার্যবিবরণী\n").value == \
        "ক গ্যাস কোম্পানি\nলিমিটেডের ক্রয় কমিটির সভার কার্যবিবরণী"


def test_an_opening_sentence_wrapped_over_lines_is_read_whole():
    from bangla_minutes.extractors.opening import find_opening_sentence
    text = ("কমিটির সভার কার্যবিবরণী\n\nঅদ্য ১২/০৩/২০১৮ তারিখ সকাল ১০টায় সম্মেলন কক্ষে জনাব মোঃ ক,\n"
            "জেলা প্রশাসক, খ-এর সভাপতিত্বে জেলা কমিটির সভা\nঅনুষ্ঠিত হয়।\n১। বিবিধ\n")
    sentence = find_opening_sentence(text).value
    assert sentence.startswith("অদ্য") and sentence.endswith("অনুষ্ঠিত হয়।")
    assert "\n" not in sentence  # one sentence: a post wrapped over lines ("অতিরিক্ত" / "মহাপরিচালক") stays one post
    assert opening(sentence) == ("জনাব মোঃ ক, জেলা প্রশাসক, খ", "সম্মেলন কক্ষ")


def test_an_opening_wrapped_after_an_abbreviation_colon_keeps_its_date():
    """"... <date> খ্রি:\nতারিখ ...": the colon of an era word or a title ends no label; the page wrapped there."""
    from bangla_minutes import parse_text
    text = ("কমিটির সভার কার্যবিবরণী\n\nনৈতিকতা কমিটির সভা ০৯-০৭-১৯৯৭ খ্রি:\nতারিখ (বুধবার) ১১.৩০ ঘটিকার সময় "
            "সভাকক্ষে অনুষ্ঠিত হয়। সভায় সভাপতিত্ব করেন ড.\nমাকসুদা বেগম, অতিরিক্ত সচিব।\n\n১। বিবিধ\nসিদ্ধান্ত: কাজ শেষ করতে হবে।\n")
    record = parse_text(text)
    assert (str(record.meeting.date.iso), record.meeting.time.value, record.chair.name) == ("1997-07-09", "11:30", "মাকসুদা বেগম")
    label = parse_text("কমিটির সভার কার্যবিবরণী\n\nসভাপতি ঃ\nজনাব করিম উদ্দিন\n")
    assert label.chair.name == "করিম উদ্দিন"


def test_a_dated_opening_wrapped_above_its_held_line_is_found():
    """"... গত <date> তারিখে <office>\nএর কর্পোরেট অফিসে ... সভাপতিত্বে একটি সভা অনুষ্ঠিত হয়।": the chair phrase and
    the held word on one line (the first decides nothing), the date on the line above."""
    from bangla_minutes.extractors.opening import find_opening_sentence
    text = ("প্রকল্পসমূহের অগ্রগতি বিষয়ে সভার কার্যবিবরণী\n\nপ্রকল্পসমূহের অগ্রগতি বিষয়ে গত ১৭/০৪/২০১৯ তারিখে কোম্পানি\n"
            "এর কর্পোরেট অফিসে ব্যবস্থাপনা পরিচালক এর সভাপতিত্বে একটি সভা অনুষ্ঠিত হয়। সভায় উপস্থিত কর্মকর্তাদের "
            "তালিকা সংযুক্ত।\n")
    sentence = find_opening_sentence(text).value
    assert sentence.startswith("প্রকল্পসমূহের অগ্রগতি বিষয়ে গত")
    assert opening(sentence) == ("ব্যবস্থাপনা পরিচালক", "কোম্পানি এর কর্পোরেট অফিস")  # the chair's post alone


def test_an_opening_naming_the_chair_by_designation_takes_the_signer_with_it():
    from bangla_minutes import parse_text
    text = ("উন্নয়ন কমিটির সভার কার্যবিবরণী\n\nগত ১২/০৩/২০১৮ তারিখে জেলা পরিষদের সম্মেলন কক্ষে প্রধান নির্বাহী "
            "কর্মকর্তা এর সভাপতিত্বে একটি সভা অনুষ্ঠিত হয়।\n\n১। বিবিধ\nসিদ্ধান্ত: কাজ শেষ করতে হবে।\n\n"
            "সভায় আর কোন আলোচনা না থাকায় সভার সমাপ্তি ঘোষণা করা হয়।\n\n\n(মোঃ করিম উদ্দিন)\nপ্রধান নির্বাহী কর্মকর্তা\n"
            "জেলা পরিষদ, খুলনা\n")
    record = parse_text(text)
    assert (record.chair.name, record.chair.designation, record.chair.role) == (
        "মোঃ করিম উদ্দিন", "প্রধান নির্বাহী কর্মকর্তা", "chair")
    assert record.meeting.venue == "জেলা পরিষদের সম্মেলন কক্ষ"
    assert [s.role for s in record.signatories] == ["chair"]
    assert [w.code for w in record.warnings if w.field == "chair.name"] == ["chair_name_from_signature"]
    # another signer's designation names no chair: the post alone, and a warning (docs/conventions.md)
    other = parse_text(text.replace("(মোঃ করিম উদ্দিন)\nপ্রধান নির্বাহী কর্মকর্তা", "(মোঃ করিম উদ্দিন)\nসচিব"))
    assert (other.chair.name, other.chair.designation) == ("", "প্রধান নির্বাহী কর্মকর্তা")
    assert [w.code for w in other.warnings if w.field == "chair.name"] == ["chair_name_missing"]


def test_a_facilitator_before_the_chair_is_neither_chair_nor_venue():
    assert opening("অদ্য ১২/০৩/২০১৮ তারিখে সহকারী কমিশনার জনাব খ এর সঞ্চালনায় ও উপজেলা নির্বাহী অফিসার জনাব ক এর "
                   "সভাপতিত্বে সভা অনুষ্ঠিত হয়।") == ("জনাব ক, উপজেলা নির্বাহী অফিসার", None)
    assert opening("উক্ত সভায় উপজেলা পরিষদের চেয়ারম্যান জনাব মোঃ ক সভাপতিত্ব করেন।") == \
        ("জনাব মোঃ ক, চেয়ারম্যান, উপজেলা পরিষদ", None)


def test_issue_dates_stacked_beside_the_date_label():
    """"তারিখঃ" with the Bangla date above a rule and the Gregorian below: the upper one stands on the line
    above the memo line."""
    from bangla_minutes import parse_text
    body = ("উন্নয়ন কমিটির সভার কার্যবিবরণী\n\nঅদ্য ১২/০৮/২০১৯ তারিখে জনাব ক খ-এর সভাপতিত্বে সভা অনুষ্ঠিত হয়।\n\n"
            "১। বিবিধ\nসিদ্ধান্ত: কাজ শেষ করতে হবে।\n\n\t(ক খ)\n\tজেলা প্রশাসক\n\n")
    memo = "স্মারক নং: ০৫.৪৪.৪৭০০.০০০.০৬.০০১.১৯.২৩৮৭\tতারিখঃ"
    text = body + "\t১৯ ভাদ্র ১৪২৬\n" + memo + " ০৩ সেপ্টেম্বর ২০১৯\n\nবিতরণ:\n১। সচিব, ক বিভাগ\n"
    record = parse_text(text)
    assert (record.issued.bangla.raw, record.issued.gregorian.iso, record.issued.consistent) == (
        "১৯ ভাদ্র ১৪২৬", "2019-09-03", True)
    start, end = record.evidence["issued.bangla"].start, record.evidence["issued.bangla"].end
    assert text[start:end] == "১৯ ভাদ্র ১৪২৬"
    # the lower date lost: the upper one alone; a line of prose above the memo line gives none
    assert parse_text(body + "\t১৯ ভাদ্র ১৪২৬\n" + memo + "\n").issued.bangla.day == 19
    assert parse_text(body + "সভা ১৯ ভাদ্র ১৪২৬ তারিখে হবে\n" + memo + "\n").issued is None
@pytest.mark.parametrize("sentence,chair", [
    # the possessive glued with an apostrophe, after "<post> ও <committee> সভাপতি" (city corporation, syndicate)
    ("অদ্য ১৪/০৩/২০২২ তারিখ বেলা ১১টায় নগর ভবনে উপাচার্য ও সিন্ডিকেট সভাপতি অধ্যাপক ড. ক খ’র সভাপতিত্বে "
     "সিন্ডিকেট সভা অনুষ্ঠিত হয়।", "অধ্যাপক ড. ক খ, উপাচার্য"),
    ("অদ্য ১৪/০৩/২০২২ তারিখ বেলা ১১টায় সভাকক্ষে পরিচালক (প্রশাসন) ও কমিটির সভাপতি জনাব ক খ’র সভাপতিত্বে "
     "সভা অনুষ্ঠিত হয়।", "জনাব ক খ, পরিচালক (প্রশাসন)"),
    # a misspelt verb of the presided-by sentence
    ("গত ০৫/০৬/২০২১ তারিখ সকাল ১০টায় সভাকক্ষে বোর্ডের সভা অনুষ্ঠিত হয়। সভায় সভপতিত্ব করেন বোর্ডের চেয়ারম্যান "
     "জনাব ক খ।", "জনাব ক খ"),
    # a comma after the verb, the name opened by "মো." (a dot for the visarga)
    ("গত ২১/০৩/২০২৪ তারিখ সকাল ১১টায় হল রুমে সভা অনুষ্ঠিত হয়। সভায় সভাপতিত্ব করেন, উপজেলা নির্বাহী অফিসার "
     "(ইউএনও) মো. ক খ।", "মো. ক খ"),
])
def test_chair_phrase_forms_of_the_study(sentence, chair):
    assert opening(sentence)[0].startswith(chair)


def test_a_label_value_ending_in_a_comma_goes_on_to_the_next_line():
    text = ("সভাপতি     : জনাব ক খ, চেয়ারম্যান, ১২নং গ ইউনিয়ন পরিষদ, সিংড়া,\nনাটোর\n"
            "তারিখ: ১৬-১২-১৯৯৮ খ্রিঃ\nসময়: সকাল ১০টা\n\n১। বিবিধ\n")
    assert find_label_lines(text).values["chair"].value.split() == \
        "জনাব ক খ, চেয়ারম্যান, ১২নং গ ইউনিয়ন পরিষদ, সিংড়া, নাটোর".split()


def test_a_label_ocr_misread_by_one_sign_is_still_its_label():
    """"সভার সময়" read "সভার সময," (the nukta-ya as a comma) on a real e-Nothi page rendered and OCR'd."""
    text = "সভাপতি\tঅরুন কুমার সাহা\nসভার তারিখ\t১০/০৩/২০১৯\nসভার সময,\tদুপুর ১২:৫০ ঘটিকা\nস্থান\tসভাকক্ষ\n"
    assert values(text)["time"] == "দুপুর ১২:৫০ ঘটিকা"
    assert "time" not in values("সভাপতি\tক\nসময়সূচি অনুযায়ী\tসভা হবে\n")


def test_the_venue_after_a_chair_named_by_post_only():
    sentence = ("২৪/০৯/২০১৯ তারিখে নির্বাহী পরিচালক (প্রশাসন ও অর্থ) ও টিম লিডারের সভাপতিত্বে কোম্পানির এপিএ টিমের "
                "মাসিক সভা নির্বাহী পরিচালক (প্রশাসন ও অর্থ) এর দপ্তরিক কক্ষে অনুষ্ঠিত হয়।")
    assert read_opening(sentence).venue.value == "নির্বাহী পরিচালক (প্রশাসন ও অর্থ) এর দপ্তরিক কক্ষ"


def test_a_chair_named_by_post_and_branch_in_the_opening():
    for sentence in ("২৪/০৯/২০১৯ তারিখে নির্বাহী পরিচালক (প্রশাসন ও অর্থ) এর সভাপতিত্বে মাসিক সভা অনুষ্ঠিত হয়।",
                     "২৪/০৯/২০১৯ তারিখে নির্বাহী পরিচালক (প্রশাসন ও অর্থ) ও টিম লিডারের সভাপতিত্বে সভা অনুষ্ঠিত হয়।"):
        assert read_opening(sentence).chair.value == "নির্বাহী পরিচালক (প্রশাসন ও অর্থ)"
