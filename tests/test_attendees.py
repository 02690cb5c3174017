import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bangla_minutes.extractors.attendees import find_attendees, is_appendix_heading

# The seeds only refer to an appendix: in a header line (000) and in a sentence (001).
SEED_000_HEADER = ("সভাপতি\tমোঃ খায়রুল কবীর মেনন অতিরিক্ত সচিব\nসভার তারিখ\t২২ আগস্ট ২০২৩\n"
                   "স্থান\tসম্মেলন কক্ষ, স্বরাষ্ট্র মন্ত্রণালয়\nউপস্থিতি\tপরিশিষ্ট-'ক'\n\n"
                   "সভাপতি উপস্থিত সকলকে স্বাগত জানিয়ে সভার কার্যক্রম শুরু করেন।\n\n"
                   "(ক) মন্ত্রিপরিষদ বিভাগ কর্তৃক প্রদত্ত নির্দেশিকা হালনাগাদ করতে হবে;\n")
SEED_001_REFERENCE = ("স্থান\t:\tসভাপতির অফিস কক্ষ।\n\nউপস্থিত কর্মকর্তাগণের তালিকা পরিশিষ্ট 'ক' তে উপস্থাপন করা হলো।\n\n"
                      "২। আলোচনায় অংশ নিয়ে দপ্তর/সংস্থার উপস্থিত প্রতিনিধিগণ জানান, উত্তম চর্চার তালিকা প্রণয়ন করা হয়েছে।\n")


def people(text: str) -> list[tuple]:
    return [(f.value.name, f.value.titles, f.value.designation, f.value.office, f.value.role)
            for f in find_attendees(text)]


@pytest.mark.parametrize("text", [SEED_000_HEADER, SEED_001_REFERENCE, "", "পরিশিষ্ট-ক\n"])
def test_no_appendix(text):
    assert find_attendees(text) == []


def test_numbered_list_with_groups_and_roles():
    text = ("পরিশিষ্ট-ক\n\nএকাডেমিক কাউন্সিলের সভায় উপস্থিত সদস্যবৃন্দ\n\n"
            "সভাপতি:\n১. প্রফেসর ড. আনোয়ারুল কবির, উপাচার্য\n\n"
            "কলা অনুষদ:\n২. অধ্যাপক ড. মমতাজ বেগম, ডীন\n৩. অধ্যাপক নুরুল আমিন, বিভাগীয় প্রধান, বাংলা বিভাগ\n\n"
            "সদস্য-সচিব:\n৪. মোঃ আজিজুল হক, রেজিস্ট্রার\n")
    assert people(text) == [
        ("আনোয়ারুল কবির", ["প্রফেসর", "ড."], "উপাচার্য", None, "chair"),
        ("মমতাজ বেগম", ["অধ্যাপক", "ড."], "ডীন", "কলা অনুষদ", "member"),  # the group is the office
        ("নুরুল আমিন", ["অধ্যাপক"], "বিভাগীয় প্রধান", "বাংলা বিভাগ", "member"),  # its own office wins
        ("মোঃ আজিজুল হক", [], "রেজিস্ট্রার", None, "member_secretary"),
    ]


def test_trailing_roles_and_wrapped_items():
    text = ("পরিশিষ্ট 'ক'\nউপস্থিত কর্মকর্তাগণের তালিকা\n"
            "১. জনাব ক খ, অতিরিক্ত সচিব, সুরক্ষা সেবা বিভাগ — সভাপতি\n"
            "২. জনাব গ, উপসচিব,\n   স্বরাষ্ট্র মন্ত্রণালয় (সদস্য-সচিব)\n"
            "৩. ড. ঘ, পরিচালক, ঙ অধিদপ্তর - আমন্ত্রিত\n"
            "৪। বেগম চ, সহকারী প্রোগ্রামার, আইসিটি সেল\n\n"
            "মোঃ ছ\nসিস্টেম এনালিস্ট\n")
    found = find_attendees(text)
    assert people(text) == [
        ("ক খ", [], "অতিরিক্ত সচিব", "সুরক্ষা সেবা বিভাগ", "chair"),
        ("গ", [], "উপসচিব", "স্বরাষ্ট্র মন্ত্রণালয়", "member_secretary"),
        ("ঘ", ["ড."], "পরিচালক", "ঙ অধিদপ্তর", "other"),
        ("চ", [], "সহকারী প্রোগ্রামার", "আইসিটি সেল", "member"),  # no role printed: a member
    ]
    assert text[found[1].start:found[1].end] == "২. জনাব গ, উপসচিব,\n   স্বরাষ্ট্র মন্ত্রণালয় (সদস্য-সচিব)"


def test_heading_that_names_members_gives_their_role():
    text = ("উপস্থিত সদস্যবৃন্দঃ\n১। জনাব মোঃ হানিফ মোল্লা, ইউপি সদস্য, ১নং ওয়ার্ড\n"
            "২। জনাবা রোকসানা বেগম, সংরক্ষিত মহিলা সদস্য, ১,২,৩নং ওয়ার্ড\n\n"
            "সভাপতি উপস্থিত সদস্যবৃন্দকে স্বাগত জানিয়ে সভার কাজ শুরু করেন।\n\n১। প্রস্তাব ...\n")
    assert people(text) == [
        ("মোঃ হানিফ মোল্লা", [], "ইউপি সদস্য", "১নং ওয়ার্ড", "member"),
        ("রোকসানা বেগম", [], "সংরক্ষিত মহিলা সদস্য", "১,২,৩নং ওয়ার্ড", "member"),
    ]


def test_pipe_table_with_role_column_wrapped_row_and_sub_heading():
    text = ("পরিশিষ্ট-'ক'\n\n| ক্রমিক | নাম ও পদবি | দপ্তর | সিন্ডিকেটে পদ | স্বাক্ষর |\n|---|---|---|---|---|\n"
            "| ১ | জনাব ক, উপসচিব | খ মন্ত্রণালয় | সদস্য | |\n"
            "| ২ | অধ্যাপক ড. গ | ঘ বিশ্ববিদ্যালয় | আমন্ত্রিত | |\n"
            "| | উপাচার্য | | | |\n"
            "| শিক্ষা বিভাগ | | | | |\n"
            "| ৩ | জনাব চ, সহকারী সচিব | | সদস্য-সচিব | |\n")
    found = find_attendees(text)
    assert people(text) == [
        ("ক", [], "উপসচিব", "খ মন্ত্রণালয়", "member"),
        ("গ", ["অধ্যাপক", "ড."], "উপাচার্য", "ঘ বিশ্ববিদ্যালয়", "other"),
        ("চ", [], "সহকারী সচিব", "শিক্ষা বিভাগ", "member_secretary"),
    ]
    assert text[found[1].start:found[1].end].endswith("| | উপাচার্য | | | |")


def test_tab_table_with_separate_designation_column():
    text = ("উপস্থিত কর্মকর্তাগণের তালিকা\nক্রমিক\tনাম\tপদবি\tদপ্তর/সংস্থা\n"
            "১\tজনাব ক\tউপসচিব\tখ মন্ত্রণালয়\n২\tজনাব গ\tপ্রকল্প সমন্বয়ক\tঘ অধিদপ্তর\n")
    assert people(text) == [
        ("ক", [], "উপসচিব", "খ মন্ত্রণালয়", "member"),
        ("গ", [], "প্রকল্প সমন্বয়ক", "ঘ অধিদপ্তর", "member"),  # a post the lexicon lacks: the column says it
    ]


def test_table_after_a_lead_in_sentence_without_heading():
    text = ("অদ্য ... জনাব ক-এর সভাপতিত্বে সভা অনুষ্ঠিত হয়। সভায় নিম্নলিখিত সদস্যগণ উপস্থিত ছিলেন:\n\n"
            "ক্রমিক নং\tনাম\tপদবি\tস্বাক্ষর\n০১\tমোঃ রবিউল ইসলাম\tইউপি সদস্য (১নং ওয়ার্ড)\t\n"
            "০২\tশ্রী বিমল কুমার প্রামানিক\tসংরক্ষিত মহিলা সদস্য (১,২,৩নং ওয়ার্ড)\t\n\n"
            "সভাপতি উপস্থিত সদস্যগণকে ধন্যবাদ জানিয়ে জরুরি সভা আহ্বানের কারণ ব্যাখ্যা করেন।\n")
    assert people(text) == [
        ("মোঃ রবিউল ইসলাম", [], "ইউপি সদস্য", "১নং ওয়ার্ড", "member"),
        ("বিমল কুমার প্রামানিক", [], "সংরক্ষিত মহিলা সদস্য", "১,২,৩নং ওয়ার্ড", "member"),
    ]


def test_a_decision_table_is_not_an_attendee_table():
    text = ("| ক্রমিক | আলোচ্য বিষয় | আলোচনা | সিদ্ধান্ত | বাস্তবায়নে |\n|---|---|---|---|---|\n"
            "| ১ | বিগত সভার কার্যবিবরণী দৃঢ়ীকরণ | কোনো সংশোধনী পাওয়া যায়নি। | দৃঢ়ীকরণ করা হলো। | সদস্য-সচিব |\n")
    assert find_attendees(text) == []


def test_two_columns_are_read_by_number():
    text = ("সভায় উপস্থিত কর্মকর্তাবৃন্দ:\n"
            "১. জনাব ক, উপসচিব, খ মন্ত্রণালয়          ৩. জনাব গ, পরিচালক, ঘ অধিদপ্তর\n"
            "২. জনাব খ, সহকারী সচিব, খ মন্ত্রণালয়    ৪. জনাব ঙ, উপপরিচালক,\n"
            "                                                  চ অধিদপ্তর\n")
    assert [(p[0], p[3]) for p in people(text)] == [
        ("ক", "খ মন্ত্রণালয়"), ("খ", "খ মন্ত্রণালয়"), ("গ", "ঘ অধিদপ্তর"), ("ঙ", "চ অধিদপ্তর")]


def test_an_appendix_of_figures_is_not_an_attendee_list():
    text = ("পরিশিষ্ট-খ\n\n| ক্রমিক | নাম | বরাদ্দ (লক্ষ টাকা) |\n|---|---|---|\n"
            "| ১ | কাঁচা রাস্তা সংস্কার | ১২.৫০ |\n| ২ | কালভার্ট নির্মাণ | ৮.০০ |\n")
    assert find_attendees(text) == []


@pytest.mark.parametrize("line, heading", [
    ("পরিশিষ্ট-ক", True),
    ("পরিশিষ্ট 'ক'", True),
    ("পরিশিষ্ট-'ক'", True),
    ("**পরিশিষ্ট (খ)**", True),
    ("সভায় উপস্থিত সদস্যবৃন্দ", True),
    ("উপস্থিত কর্মকর্তাগণের তালিকা", True),
    ("উপস্থিত সদস্যবৃন্দঃ", True),
    ("উপস্থিত কর্মকর্তাগণের তালিকা পরিশিষ্ট 'ক' তে উপস্থাপন করা হলো।", False),
    ("উপস্থিতি\tপরিশিষ্ট-'ক'", False),
    ("উপস্থিত সদস্যবৃন্দ\t: জনাব ক, জনাব খ", False),
    ("সভায় উপস্থিত সদস্যবৃন্দ বিস্তারিত আলোচনা করেন", False),
    ("পরিশিষ্টে দেখুন", False),
])
def test_is_appendix_heading(line, heading):
    assert is_appendix_heading(line) is heading


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text):
    for found in find_attendees(text):
        assert 0 <= found.start <= found.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="পরিশিষ্ট-ক\n|\t১২৩.। জনাব,উপসচিব:সদস্য() "))
def test_appendix_like_text_never_raises(text):
    find_attendees("পরিশিষ্ট-ক\n" + text)


def test_an_appendix_reference_in_the_header_is_no_appendix():
    text = ("উপস্থিতি\nপরিশিষ্ট \"ক\"\n\nসভার শুরুতে সভাপতি উপস্থিত সদস্যবৃন্দকে স্বাগত জানান। অতঃপর সভাপতির অনুমতিক্রমে "
            "সদস্য-সচিব আলোচ্যসূচি উপস্থাপন করেন।\n\n১. ঘূর্ণিঝড় মোকাবিলার প্রস্তুতিঃ\nসিদ্ধান্তঃ\n"
            "(ক) চেয়ারম্যান, ৬নং আকোটেরচর ইউনিয়ন পরিষদ সভা আহ্বান করবেন।\n")
    assert find_attendees(text) == []


def test_a_decision_table_under_the_reference_is_no_attendee_table():
    text = ("উপস্থিতি\nপরিশিষ্ট-'ক'\n\nক্রমিক নং | আলোচ্য বিষয় | আলোচনা | সিদ্ধান্ত | বাস্তবায়নকারী\n---|---|---|---|---\n"
            "১ | জন্ম নিবন্ধন | নিবন্ধন হয়েছে। | নিশ্চিত করতে হবে। | সিভিল সার্জন, নাটোর\n")
    assert find_attendees(text) == []


def test_an_unnumbered_member_list_under_its_heading():
    text = ("সভায় উপস্থিত সদস্যবৃন্দ:\nজনাব মোঃ আব্দুল করিম, পুলিশ সুপার, ফরিদপুর\n"
            "ডাঃ সাবিনা ইয়াসমিন, সিভিল সার্জন, ফরিদপুর\n\n"
            "সভাপতি উপস্থিত সকলকে স্বাগত জানিয়ে সভার কাজ শুরু করেন। অতঃপর আলোচ্যসূচি অনুযায়ী আলোচনা শুরু হয়।\n")
    assert people(text) == [
        ("মোঃ আব্দুল করিম", [], "পুলিশ সুপার", "ফরিদপুর", "member"),
        ("সাবিনা ইয়াসমিন", ["ডাঃ"], "সিভিল সার্জন", "ফরিদপুর", "member"),
    ]


def test_a_column_name_ocr_lost_a_sign_of_still_names_its_column():
    text = ("পরিশিষ্ট-ক\n\nসভায় উপস্থিত সদস্যবৃন্দের তালিকা\n\n"
            "ক্রমিক\tনাম\tপদব\tদপ্তর\tকমিটিতে পদ\n"  # পদবি with its i-sign lost
            "১\tজনাব মোঃ কামরুজ্জামান সরকার\tজেলা প্রশাসক\tনেত্রকোনা\tসভাপতি\n"
            "২\tজনাব আকবর আলী মুন্সী\tপুলিশ সুপার\tনেত্রকোনা\tসদস্য\n")
    assert [(f.value.name, f.value.designation, f.value.office) for f in find_attendees(text)] == [
        ("মোঃ কামরুজ্জামান সরকার", "জেলা প্রশাসক", "নেত্রকোনা"), ("আকবর আলী মুন্সী", "পুলিশ সুপার", "নেত্রকোনা")]
