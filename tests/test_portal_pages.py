"""Minutes as union and upazila portals publish them: a page's body alone (no title, header or signature),
copied as text. The forms were studied on real portal pages (docs/real-forms.md); the texts here are ours."""
from bangla_minutes import parse_text


def codes(record) -> set[str]:
    return {w.code for w in record.warnings}


def test_a_body_that_records_a_resolution_is_minutes_and_its_narrative_one_item():
    text = ("টিআর কর্মসূচীর আওতায় ইউনিয়নের জন্য ৫.০০০ মেঃ টন চাল বরাদ্দ পাওয়া গিয়াছে। বরাদ্দের অনুকুলে "
            "প্রকল্প গ্রহণের বিষয়টি সভায় বিস্তারিত আলোচনা করা হয়। আলোচনা শেষে প্রকল্প তালিকা সভায় উপস্থাপন "
            "করা হলে তাহা সর্ব সম্মতিক্রমে অনুমোদিত হলো।")
    record = parse_text(text)
    assert "not_minutes" not in codes(record)
    assert len(record.agenda) == 1 and record.agenda[0].number is None
    assert record.agenda[0].discussion.startswith("টিআর কর্মসূচীর আওতায়")


def test_prose_that_resolves_nothing_is_still_not_minutes():
    text = ("ইউনিয়ন পরিষদের সকল সদস্যকে জানানো যাচ্ছে যে, পরিষদের মাসিক সভায় যথাসময়ে উপস্থিত থাকার জন্য "
            "অনুরোধ করা হলো। সভায় আলোচ্য বিষয়সমূহ পরে জানানো হবে।")
    assert "not_minutes" in codes(parse_text(text))


def test_a_list_announced_below_in_a_sentence_without_a_colon_is_the_decision_list():
    text = ("সভায় বিগত সভার কার্যবিবরণী পাঠ করা হয় এবং তা সর্বসম্মতিক্রমে গৃহীত হয়।\n"
            "নিচে সভার সিদ্ধান্ত সমূহ লিপিবদ্ধ করা হলো।\n"
            "১। ইউনিয়নের তিনটি কাঠের পুল মেরামত করা হবে।\n"
            "২। গ্রামীণ খেলাধুলার আয়োজন করা হবে।\n")
    [item] = parse_text(text).agenda
    assert [d.text for d in item.decisions] == ["ইউনিয়নের তিনটি কাঠের পুল মেরামত করা হবে",
                                               "গ্রামীণ খেলাধুলার আয়োজন করা হবে"]
    assert [d.label for d in item.decisions] == ["১", "২"]


def test_a_sentence_of_the_body_naming_the_minutes_is_no_title():
    text = ("অদ্যকার সভায় সভাপতি সাহেব সকলকে স্বাগত জানিয়ে সভার কার্যবিবরণী শুরু করেন।\n"
            "১) বিগত সভার কার্যবিবরণী পাঠান্তে সর্বসম্মতিক্রমে অনুমোদিত হয়।\n")
    assert parse_text(text).title is None


def test_a_title_after_such_a_sentence_is_still_found():
    text = "বিগত সভার কার্যবিবরণী পাঠ করা হয়।\n\nইউনিয়ন পরিষদের মাসিক সভার কার্যবিবরণী\n"
    assert parse_text(text).title == "ইউনিয়ন পরিষদের মাসিক সভার কার্যবিবরণী"


def test_a_chair_named_after_the_office_an_honorific_adjective_and_the_post_with_the_committee_role():
    text = ("অদ্যকার সভা অত্র ৩নং চরপাড়া ইউনিয়নের সম্মানিত চেয়ারম্যান সভাপতি জনাব মোঃ রফিকুল ইসলাম সাহেবের "
            "সভাপতিত্বে সভার কাজ আরম্ভ করা হলো।\n১) বিগত সভার কার্যবিবরণী সর্বসম্মতিক্রমে অনুমোদিত হয়।\n")
    chair = parse_text(text).chair
    assert (chair.name, chair.designation, chair.office) == ("মোঃ রফিকুল ইসলাম", "চেয়ারম্যান", "অত্র ৩নং চরপাড়া ইউনিয়ন")


def test_the_chair_after_presided_by_ends_before_a_clause_of_its_own():
    text = ("অদ্যকার সভায় সভাপতিত্ব করেন চেয়ারম্যান জনাব মোঃ আবুল কাশেম, সভাপতি মহোদয় সকলকে ধন্যবাদ জানিয়ে "
            "সভার কাজ শুরু করেন।\n")
    assert parse_text(text).chair.name == "মোঃ আবুল কাশেম"


def test_a_union_chairmans_post_keeps_its_qualifier():
    text = ("পরিষদ চেয়ারম্যান জনাব আলহাজ্ব মোঃ নুরুল হক এর সভাপতিত্বে অদ্যকার সভার কার্যক্রম আরম্ভ করা হয়। "
            "বিগত সভার কার্যাবলী সর্বসম্মতভাবে অনুমোদিত হয়।\n")
    assert parse_text(text).chair.designation == "পরিষদ চেয়ারম্যান"


def test_a_rule_of_dots_under_the_letterhead_does_not_end_the_header():
    text = ("৪ নং চরপাড়া ইউনিয়ন পরিষদ কার্যালয়\nকলমাকান্দা, নেত্রকোনা।\n\n" + "." * 120 + "\n\n"
            "আগষ্ট/২০১৭ ইং মাসের ইউনিয়ন দুর্যোগ ব্যবস্থাপনা কমিটির সভার কার্যবিবরণী\n\n"
            "সভাপতি: জনাব, এ,কে,এম রফিকুল হক,চেয়ারম্যান,চরপাড়া ইউপি,কলমাকান্দা,নেত্রকোনা।\n\n"
            "সভার স্থান: ইউপি সভাকক্ষ।\n\n"
            "সভার তারিখ: ১২/০৮/২০১৭ খ্রি:" + " " * 22 + "সময় বেলা: ০২:০০ ঘটিকা।\n")
    record = parse_text(text)
    assert record.chair.name == "এ,কে,এম রফিকুল হক" and record.chair.designation == "চেয়ারম্যান"
    assert record.meeting.date.iso == "2017-08-12" and record.meeting.time.value == "14:00"
    assert record.meeting.venue == "ইউপি সভাকক্ষ"


def _items(text):
    return [(item.number, item.title, item.discussion, [(d.label, d.text) for d in item.decisions])
            for item in parse_text(text).agenda]


def test_an_agenda_list_then_a_paragraph_under_each_title_as_the_list_spells_it_or_nearly():
    text = ("চরপাড়া ইউনিয়ন পরিষদের মাসিক সভা\nআলোচ্যসুচী:-\n"
            "১। বিগত সভার কার্যবিবরণী পাঠ।\n২।গ্রাম আদালতের শুনানির তারিখ নির্ধারণ।\n৩।বিবিধ।\n"
            "আলোচনা ও সিদ্ধান্ত:-\n"
            "বিগত সভার কার্যবিবরণী পাঠ:-\n"
            "সচিব বিগত সভার কার্যবিবরণী পাঠ করে শোনান।\n"
            "গ্রাম আদালতের শুনানি নির্ধারণ:-\n"
            "সভায় শুনানির তারিখ নিয়ে আলোচনা হয়। আলোচনান্তে সিদ্ধান্ত গৃহীত হয় যে, প্রতি রবিবার শুনানি হবে।\n")
    assert _items(text) == [
        ("১", "বিগত সভার কার্যবিবরণী পাঠ", "সচিব বিগত সভার কার্যবিবরণী পাঠ করে শোনান", []),
        ("২", "গ্রাম আদালতের শুনানির তারিখ নির্ধারণ", "সভায় শুনানির তারিখ নিয়ে আলোচনা হয়",
         [(None, "প্রতি রবিবার শুনানি হবে")]),
        ("৩", "বিবিধ", None, []),
    ]


def test_a_plural_agenda_heading_over_an_ascii_list_and_a_qualified_decision_label():
    text = ("আজ সংস্থার নিয়মিত মাসিক সভা অনুষ্ঠিত হলো।\nআলোচ্য বিষয়সমূহ:\n"
            "1. সদস্য চাঁদা আদায়\n2. নতুন প্রকল্প গ্রহণ\n"
            "সভায় নেওয়া বিশেষ সিদ্ধান্ত:\n"
            "• প্রত্যেক সদস্য নিয়মিত চাঁদা দেবেন।\n• নতুন প্রকল্পের প্রস্তাব আগামী সভায় উপস্থাপন করা হবে।\n")
    assert _items(text) == [
        ("1", "সদস্য চাঁদা আদায়", None, []),
        ("2", "নতুন প্রকল্প গ্রহণ", None, []),
        (None, None, None, [(None, "প্রত্যেক সদস্য নিয়মিত চাঁদা দেবেন"),
                            (None, "নতুন প্রকল্পের প্রস্তাব আগামী সভায় উপস্থাপন করা হবে")]),
    ]


def test_an_agenda_list_that_starts_on_its_labels_line():
    text = ("অদ্য ২৬-০৫-২০১৫ ইং তারিখে ইউপি কার্যালয়ে মাসিক সভা অনুষ্ঠিত হয়।\n"
            "আলোচ্য সূচীঃ  ১) ২০১৫-২০১৬ অর্থ বছরের বাজেট প্রণয়ন।\n"
            "               ২) বিবিধ।\n")
    assert [(n, t) for n, t, _, _ in _items(text)] == [("১", "২০১৫-২০১৬ অর্থ বছরের বাজেট প্রণয়ন"), ("২", "বিবিধ")]


def test_items_numbered_before_their_label_hold_what_was_said_not_a_title():
    text = ("১নং আলোচ্য বিষয়ঃ- সভাপতি সাহেব বলেন যে, গত সভার কার্যবিবরণী সকলকে পড়ে শোনানো হয়েছে। এ বিষয়ে "
            "কারও আপত্তি না থাকায় তা অনুমোদিত হয়।\n"
            "সিদ্ধান্তঃ- গত সভার কার্যবিবরণী অনুমোদিত।\n"
            "২নং আলোচ্য বিষয়ঃ- সভাপতি সাহেব বাজারে চাঁদাবাজি বন্ধের বিষয়ে সকলের দৃষ্টি আকর্ষণ করেন।\n")
    items = _items(text)
    assert [(n, t) for n, t, _, _ in items] == [("১", None), ("২", None)]
    assert items[0][2].startswith("সভাপতি সাহেব বলেন যে") and items[0][3] == [(None, "গত সভার কার্যবিবরণী অনুমোদিত")]
    assert "not_minutes" not in codes(parse_text(text))


def test_a_chair_block_over_lines_designation_then_office_and_lines_spaced_by_blank_lines():
    text = ("সভার তারিখ: ০৩/১২/২০১৩খ্রি:\nসভার সভাপতি: মোঃ করিম উদ্দিন\nচেয়ারম্যান\nচরপাড়া ইউ/পি\n"
            "কলমাকান্দা, নেত্রকোনা।\nসভায় উপস্থিত সদস্যবৃন্দ: পরিশিষ্ট ক\n")
    chair = parse_text(text).chair
    assert (chair.name, chair.designation, chair.office) == ("মোঃ করিম উদ্দিন", "চেয়ারম্যান",
                                                             "চরপাড়া ইউ/পি, কলমাকান্দা, নেত্রকোনা")
    spaced = text.replace("\nচেয়ারম্যান\nচরপাড়া ইউ/পি\n", "\n\n          চেয়ারম্যান\n\n          চরপাড়া ইউ/পি\n")
    spaced = spaced.replace("\nকলমাকান্দা", "\n\n          কলমাকান্দা")
    assert parse_text(spaced).chair == chair


def test_a_date_label_above_an_opening_that_says_time_and_venue_after_the_meeting_its_host_named():
    text = ("তারিখঃ ১৭/০৫/২০১৪ইং\n"
            "ক্রমিক নং | উপস্থিত সদস্যদের নাম | পদবী |\n০১ | মোঃ আলী হোসেন | চেয়ারম্যান |\n"
            "অদ্য ১৭/০৫/২০১৪ইং রোজ শনিবার সকাল ১১টায় বাড্ডা ইউনিয়ন পরিষদের উদ্যোগে এক জরুরী সভা অত্র পরিষদের "
            "কার্যালয়ে অনুষ্ঠীত হয়। সভায় কাবিখা প্রকল্প নিয়ে আলোচনা হয় এবং তা সর্বসম্মতিক্রমে অনুমোদিত হয়।\n")
    meeting = parse_text(text).meeting
    assert (meeting.date.iso, meeting.time.value, meeting.venue) == ("2014-05-17", "11:00", "অত্র পরিষদের কার্যালয়")


def test_the_chairs_committee_role_and_qualified_post_after_a_comma_are_still_the_chairs():
    text = ("অর্থ কমিটির সভা ২০ মাঘ ১৪০৭ বঙ্গাব্দ তারিখ দুপুর ৪.১৫ ঘটিকার সময় সিনেট হলে অনুষ্ঠিত হয়। সভায় সভাপতিত্ব "
            "করেন ড. আনিসুর রহমান, কমিটির আহ্বায়ক ও উপাচার্য (রুটিন দায়িত্ব) মহোদয়।\n")
    chair = parse_text(text).chair
    assert (chair.name, chair.designation) == ("আনিসুর রহমান", "উপাচার্য (রুটিন দায়িত্ব)")


def test_an_attendee_list_ends_where_a_sentence_announces_the_decisions():
    text = ("জনাব এম এ ওয়াহাব, এমপি এর সভাপতিত্বে সাতচান্দে যুব শিবির উপদেষ্টা কমিটির সভা অনুষ্ঠিত হয়।\n"
            "উপস্থিত সদস্যবৃন্দঃ\n১। জনাব এম এ ওয়াহাব, এমপিএ, চেয়ারম্যান\n২। তালেব আলী, এমপিএ, সদস্য\n"
            "নিম্ন উল্লেখিত সিদ্ধান্ত সমূহ সর্বসম্মতিক্রমে গৃহীত হয়ঃ\n"
            "১। অভ্যর্থনা শিবির এখন দেমাগিরিতে, সেখানকার সাম্প্রতিক আক্রান্ত অঞ্চলে কার্যক্রম পরিচালনা করছে।\n"
            "২। যুব অভ্যর্থনা শিবিরের আরও ভাল তত্ত্বাবধানের জন্য জোনের সকল শিবির প্রধানকে নিয়ে উপকমিটি হবে।\n")
    record = parse_text(text)
    assert [(p.name, p.designation) for p in record.attendees] == [("এম এ ওয়াহাব", "এমপিএ"), ("তালেব আলী", "এমপিএ")]
    assert [d.label for item in record.agenda for d in item.decisions] == ["১", "২"]


def test_a_subject_line_that_says_when_the_meeting_was_held_is_no_opening():
    text = ("বিষয়ঃ মে ২৬, ২০১৭ তারিখে অনুষ্ঠিত সভার কার্যবিবরণী।\n"
            "আজ মে ৩১, ২০১৭ ইং শুক্রবার সকাল ১২ঃ০০ টায় ফোরামের বিভাগীয় কমিটির সভা অনুষ্ঠিত হয়। উক্ত সভায় "
            "সভাপতিত্ব করেন বিভাগীয় কমিটির আহবায়ক শ্রী অবিনাশ রায়।\n")
    record = parse_text(text)
    assert (record.chair.name, record.meeting.time.value) == ("অবিনাশ রায়", "12:00")


def test_label_lines_and_a_section_label_above_the_opening_are_not_part_of_it():
    text = ("সভার তারিখ : ০৬/০১/২০১৫\nস্থান : ইউ.পি কার্যালয়\nসময় : বেলা ১১ টা\nবার : বুধবার\nআলোচনা ও সিদ্ধান্ত\n"
            "অত্র ইউনিয়ন পরিষদের সম্মানীত চেয়ারম্যান জনাব মো. মোজাহিদ উদ্দিন চৌধুরী এর সভাপতিত্বে সভার কাজ শুরু হয়।\n"
            "২. সভায় এ মর্মে সিদ্ধান্ত গৃহীত হয় যে, ভূমিকম্পে ক্ষতিগ্রস্তদের তালিকা করা হবে।\n")
    chair = parse_text(text).chair
    assert (chair.name, chair.designation, chair.office) == ("মো. মোজাহিদ উদ্দিন চৌধুরী", "চেয়ারম্যান", "অত্র ইউনিয়ন পরিষদ")


def test_labels_separated_from_their_values_by_a_dash():
    text = ("উপজেলা আইন-শৃঙ্খলা কমিটির সভার কার্যবিবরণী\n\n"
            "সভাপতি – জনাব মোঃ আব্দুল করিম, উপজেলা নির্বাহী অফিসার, দাউদকান্দি, কুমিল্লা\n"
            "সভার তারিখ – ৪ কার্তিক ১৪১১, মঙ্গলবার\nসময়- সকাল ১০.৩০ ঘটিকা\nস্থান -উপজেলা সভাকক্ষ\n\n"
            "আলোচ্য বিষয়-১: আইন-শৃঙ্খলা পরিস্থিতি\nসিদ্ধান্ত: টহল জোরদার করতে হবে।\n")
    record = parse_text(text)
    assert (record.chair.name, record.chair.designation, record.chair.office) == (
        "মোঃ আব্দুল করিম", "উপজেলা নির্বাহী অফিসার", "দাউদকান্দি, কুমিল্লা")
    assert record.meeting.date.iso == "2004-10-19" and record.meeting.time.value == "10:30"
    assert record.meeting.venue == "উপজেলা সভাকক্ষ"


def test_ditto_marks_repeat_the_post_above_and_a_dash_inside_a_post_is_no_role():
    text = ("সভার কার্যবিবরণী\n\nউপস্থিত সদস্যবৃন্দ:\n"
            "১। জনাব রহিম উদ্দিন – সহ-সভাপতি\n"
            "২। জনাব করিম মিয়া – সদস্য, ১নং ওয়ার্ড\n"
            "৩। জনাব সালাম শেখ – ঐ\n"
            "৪। জনাবা রিনা পাল – -ঐ-\n\n"
            "সিদ্ধান্ত: সভার কার্যবিবরণী অনুমোদিত হলো।\n")
    people = [(p.name, p.designation, p.office, p.role) for p in parse_text(text).attendees]
    assert people[0] == ("রহিম উদ্দিন", "সহ-সভাপতি", None, "member")  # not the chair
    assert people[2][1:3] == people[1][1:3] == people[3][1:3]


def test_names_alone_under_a_heading_that_says_they_attended():
    text = ("ওয়ার্ড কমিটির সভার কার্যবিবরণী\n\nসভায় উপস্থিত সদস্যবৃন্দ:\n"
            "১। মোঃ হাবিবুর রহমান\n২। শ্রীমতি লক্ষ্মী রানী দাস\n৩। মোছাঃ আয়েশা খাতুন\n\n"
            "সিদ্ধান্ত: রাস্তা মেরামত করা হবে।\n")
    assert [p.name for p in parse_text(text).attendees] == ["মোঃ হাবিবুর রহমান", "লক্ষ্মী রানী দাস", "মোছাঃ আয়েশা খাতুন"]


def test_a_signature_of_a_titled_name_over_its_committee_role_alone():
    text = ("অদ্য ৩০.১০.১৯৯৯খ্রিঃ তারিখ সকাল ১১.৩০ ঘটিকায় সহযোগী অধ্যাপক এনামুল হক-এর সভাপতিত্বে রিজেন্ট "
            "বোর্ডের সভা অনুষ্ঠিত হয়।\n\nসিদ্ধান্ত: বাজেট অনুমোদিত হলো।\n\n"
            "স্বাক্ষরিত/-\nসহযোগী অধ্যাপক এনামুল হক\nআহবায়ক\n")
    signed = parse_text(text).signatories
    assert [(p.name, p.titles, p.designation, p.role) for p in signed] == [
        ("এনামুল হক", ["সহযোগী অধ্যাপক"], None, "chair")]


def test_attendees_named_on_the_headings_line_and_the_chair_phrase_naming_one_of_them():
    text = ("নির্বাহী কমিটির সভার কার্যবিবরণী - ডিসেম্বর ০৭, ২০২৪\n\n"
            "  • স্থান: অনলাইন (জুম)\n"
            "  • উপস্থিত নির্বাহী কমিটির সদস্যগণ: রফিকুল আলম (সভাপতি), নাসরিন সুলতানা (সাধারণ সম্পাদক), "
            "মহীন রীয়াদ (কোষাধ্যক্ষ), দোলন প্রভা, ও তানভির রহমান\n\n"
            "রফিকুল আলমের সভাপতিত্বে সভা শুরু হয়।\n\nসিদ্ধান্ত: বার্ষিক সভা জানুয়ারিতে হবে।\n")
    record = parse_text(text)
    assert [(p.name, p.designation, p.role) for p in record.attendees] == [
        ("রফিকুল আলম", None, "chair"), ("নাসরিন সুলতানা", "সাধারণ সম্পাদক", "member"),
        ("মহীন রীয়াদ", "কোষাধ্যক্ষ", "member"), ("দোলন প্রভা", None, "member"), ("তানভির রহমান", None, "member")]
    assert (record.chair.name, record.chair.role) == ("রফিকুল আলম", "chair")
    assert record.meeting.venue == "অনলাইন (জুম)"  # the bullet below is no wrapped line of the venue
    assert record.meeting.date.iso == "2024-12-07"  # the title's date: no other is printed


def test_a_reference_or_a_count_on_the_attendance_line_names_nobody():
    for value in ("পরিশিষ্ট 'ক' দ্রষ্টব্য", "৩৫ জন", "তালিকা সংযুক্ত"):
        text = f"সভার কার্যবিবরণী\n\nউপস্থিত সদস্যগণ: {value}\n\nসিদ্ধান্ত: বাজেট অনুমোদিত হলো।\n"
        assert parse_text(text).attendees == []


def test_a_narratives_resolving_sentence_is_its_decision_only_when_it_closes_it():
    closing = ("কাবিখা কর্মসূচীর অধীনে ১০ মেঃ টন খাদ্যশস্য বরাদ্দ পাওয়া গিয়াছে। বিষয়টি সভায় বিস্তারিত আলোচনা "
               "করা হলো। যাহা সভায় সর্ব সম্মতিক্রমে অনুমোদিত হলো।\n")
    [item] = parse_text(closing).agenda
    assert [d.text for d in item.decisions] == ["যাহা সভায় সর্ব সম্মতিক্রমে অনুমোদিত হলো"]
    followed = closing + "পরবর্তী প্রকল্প তালিকা চেয়ারম্যান সাহেব সভায় উপস্থাপন করেন।\n"
    [item] = parse_text(followed).agenda
    assert item.decisions == [] and "অনুমোদিত হলো" in item.discussion


def test_the_possessive_is_taken_off_a_chairs_name_once():
    for said in ("কাদেরের", "কাদের’র", "কাদের মহোদয়ের", "কাদের-এর"):
        text = f"অদ্য ৮ মে ২০০৩ তারিখে জনাব ওবায়দুল {said} সভাপতিত্বে সভা অনুষ্ঠিত হয়।\n"
        assert parse_text(text).chair.name == "ওবায়দুল কাদের", said


def test_the_chairs_signature_is_the_likest_name_only():
    text = ("অদ্য ২৫/০২/২০১৬ তারিখে ড. মোঃ আমিনুল ইসলাম, চেয়ারম্যান-এর সভাপতিত্বে সভা অনুষ্ঠিত হয়।\n\n"
            "সিদ্ধান্ত: বাজেট অনুমোদিত হলো।\n\n"
            "(ড. মোঃ মনিরুল ইসলাম)                                 (ড. মোঃ আমিনুল ইসলাম)\n"
            "সচিব                                                  চেয়ারম্যান\n")
    assert [(p.name, p.role) for p in parse_text(text).signatories] == [
        ("মোঃ মনিরুল ইসলাম", "other"), ("মোঃ আমিনুল ইসলাম", "chair")]


def test_a_line_under_the_title_that_says_only_when():
    text = ("মন্ত্রিপরিষদ সভার কার্যবিবরণী\n\n১৭.০৭.১৯৭১  বিকাল ৫:৩০ ঘটিকা\n\n"
            "সভায় সিদ্ধান্ত গৃহীত হয় যে, প্রতি সোমবার বৈঠক অনুষ্ঠিত হবে।\n")
    meeting = parse_text(text).meeting
    assert (meeting.date.iso, meeting.time.value) == ("1971-07-17", "17:30")
    labelled = text.replace("১৭.০৭.১৯৭১  বিকাল ৫:৩০ ঘটিকা", "স্মারক নং ০৫.৪৪/১২ তারিখঃ ১৭.০৭.১৯৭১")
    assert parse_text(labelled).meeting.date is None  # a memo's date is no meeting's


def test_two_labels_on_one_line_and_spaces_beside_a_dates_separators():
    text = ("সভার কার্যবিবরণী\nস্থানঃ ইউ পি কার্যালয় সময়ঃ ১০ঘটিকা\nতারিখঃ২৪ / ০৭/২০১৪ইং\n\n"
            "সিদ্ধান্ত: বাজেট অনুমোদিত হলো।\n")
    meeting = parse_text(text).meeting
    assert (meeting.venue, meeting.time.value) == ("ইউ পি কার্যালয়", "10:00")
    assert (meeting.date.iso, meeting.date.raw) == ("2014-07-24", "২৪ / ০৭/২০১৪")


def test_an_acting_chairs_post_keeps_its_qualifier():
    text = ("অদ্য ২০/০৪/২০১৩ তারিখে মাসিক সভা অনুষ্টিত হয়। উক্ত সভায় সভাপতিত্ব করেন ভারপ্রাপ্ত চেয়ারম্যান "
            "জনাব জগলুল হায়দার।\n")
    assert parse_text(text).chair.designation == "ভারপ্রাপ্ত চেয়ারম্যান"


def test_a_row_of_an_agenda_table_naming_a_name_is_no_attendee_table():
    row = "৩\tশিক্ষক নিয়োগ\tনির্বাচনী বোর্ড দুইজন প্রার্থীর নাম সুপারিশ করেছে।\tচাহিদা প্রেরণ করতে হবে।\tহিসাব বিভাগ\n"
    text = ("সভার কার্যবিবরণী\n\nসভাপতি: জনাব হানিফ মিয়া, চেয়ারম্যান\nতারিখ: ৩০ জুন ২০২০\n\nক্রম\tআলোচ্য বিষয়\tআলোচনা\tসিদ্ধান্ত\tবাস্তবায়নকারী\n"
            "১\tবাজেট\tবাজেট উপস্থাপন করা হয়।\tবাজেট অনুমোদিত হলো।\tসচিব\n" + row +
            "\nসভায় আর কোনো আলোচ্য বিষয় না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।\n\n"
            "(হানিফ মিয়া)\nচেয়ারম্যান\n")
    record = parse_text(text)
    assert record.attendees == [] and len(record.agenda) == 2


def test_a_signature_register_with_ditto_marks():
    text = ("সভার কার্যবিবরণী\nতারিখঃ ২৪/০৭/২০১৪ইং\nউপস্থিত সভ্যগনের স্বাক্ষর\n"
            "০১, মোঃ ইউনুস আলী খন্দকার ইউ পি চেয়ারম্যান স্বাক্ষরিত\n"
            "০২, মোছাঃ পারভীন বেগম ,, সদস্যা ,,\n০৩, মোছাঃ ফেরদৌসী বেগম ,, ,, ,,\n০৪, মোঃ আঃ হামিদ ,, সদস্য ,,\n"
            "০৫, মোঃ মানিক মিয়া ,, ,, ,,\n"
            "অদ্যকার সভা ইউ পি চেয়ারম্যান জনাব মোঃ ইউনুস আলী খন্দকারের সভাপতিত্বে শুরু করা হইল।\n")
    record = parse_text(text)
    assert [(p.name, p.designation, p.office) for p in record.attendees] == [
        ("মোঃ ইউনুস আলী খন্দকার", "ইউ পি চেয়ারম্যান", None), ("মোছাঃ পারভীন বেগম", "সদস্যা", None),
        ("মোছাঃ ফেরদৌসী বেগম", "সদস্যা", None), ("মোঃ আঃ হামিদ", "সদস্য", None), ("মোঃ মানিক মিয়া", "সদস্য", None)]
    assert record.chair.name == "মোঃ ইউনুস আলী খন্দকার"  # the sentence starts below the register's rows


def test_an_item_numbered_after_its_labels_colon_with_its_title_below():
    text = ("সভার কার্যবিবরণী\nতারিখঃ ২৪/০৭/২০১৪ইং\n\nআলোচ্য বিষয়ঃ (১)\nগত সভার কার্যবিবরনী পঠন ও অনুমোদন প্রসঙ্গে।\n"
            "সিদ্ধান্ত গ্রহনঃ\nগত সভার কার্যবিবরনী সর্বসম্মতিক্রমে গৃহিত হইল।\nআলোচ্য বিষয়ঃ (২)\nবাজার ইজারা প্রসঙ্গে।\n"
            "সিদ্ধান্তঃ\nবাজার ইজারা দেওয়া হবে।\n\n"
            "আর কোন আলোচনা না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।\n\n(মোঃ ইউনুস আলী)\nচেয়ারম্যান\n")
    assert [(i.number, i.title, [d.text for d in i.decisions]) for i in parse_text(text).agenda] == [
        ("১", "গত সভার কার্যবিবরনী পঠন ও অনুমোদন প্রসঙ্গে", ["গত সভার কার্যবিবরনী সর্বসম্মতিক্রমে গৃহিত হইল"]),
        ("২", "বাজার ইজারা প্রসঙ্গে", ["বাজার ইজারা দেওয়া হবে"])]
