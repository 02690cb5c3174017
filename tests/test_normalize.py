"""Normalisation keeps a way back to the page text: every span must point at the right characters."""
import unicodedata

from bangla_minutes.pipeline.parse.normalize import document_text, normalize_page


def test_page_text_is_clean_nfc():
    raw = "**১.১ আলোচনা:** সভায়\u200b উপস্থিত\r\n## ২.০ আলোচ্য বিষয়: বিবিধ।  \n\ufeffনি¤œরূপ গøাস"
    page = normalize_page(raw)
    assert "**" not in page and "#" not in page and "\r" not in page and "\u200b" not in page
    assert page.splitlines()[1] == "২.০ আলোচ্য বিষয়: বিবিধ।"
    assert "নিম্নরূপ" in page and "গ্লাস" in page
    assert page == unicodedata.normalize("NFC", page)


def test_page_turn_line_and_page_numbers_are_dropped():
    page = "- (৩.৩) প্রেরণ করতে হবে;\n\n\nঅপর পৃষ্ঠা দ্রষ্টব্য\n\n-২-\n- (৩.৪) বিস্তৃত করতে হবে;"
    doc = document_text([page])
    assert "অপর পৃষ্ঠা" not in doc.text and "-২-" not in doc.text
    assert doc.text.count("(৩.") == 2


def test_a_word_files_path_in_the_footer_is_page_furniture():
    """Minutes typed in Word are often printed with the file's path in the footer; it is no decision or
    recipient, and a sentence cut by the page break around it is one sentence."""
    first = "(ক) সুরক্ষা সেবা বিভাগের আওতাধীন অধিদপ্তরসমূহের সেবা প্রদান প্রতিশ্রুতি ওয়েবসাইটে আপলোড\n\nE:\\Office\\Minutes\\Sova 2019(final)\n"
    second = "D:/files/sova/minutes-2019.docx\nকরতে হবে;\n২। অফিস কপি।"
    doc = document_text([first, second])
    assert "Office" not in doc.text and "docx" not in doc.text
    assert "আপলোড করতে হবে;" in doc.text


def test_sentence_broken_over_a_page_is_healed():
    first = "(ক) সুরক্ষা সেবা বিভাগের আওতাধীন অধিদপ্তরসমূহের সেবা প্রদান প্রতিশ্রুতি ওয়েবসাইটে আপলোড"
    doc = document_text([first + "\n", "পৃষ্ঠা-২\nকরতে হবে;\n(খ) পরের সিদ্ধান্ত।"])
    assert "আপলোড করতে হবে;" in doc.text
    assert "(খ) পরের" in doc.text


def test_word_broken_over_a_page_is_joined():
    doc = document_text(["পরিবীক্ষণ কর\n", "\u09bfবে"])
    assert "করিবে" in doc.text


def test_spans_point_into_the_right_page():
    pages = [normalize_page("শিরোনাম\n\nসভাপতি\tজনাব ক\n"), normalize_page("-২-\nস্মারক নম্বর: ৫৮.০০\n")]
    doc = document_text(pages)
    at = doc.text.index("স্মারক")
    span = doc.span(at, at + len("স্মারক নম্বর"))
    assert span["page"] == 2
    assert pages[1][span["start"]:span["end"]] == "স্মারক নম্বর"
    at = doc.text.index("জনাব ক")
    span = doc.span(at, at + 6)
    assert span["page"] == 1 and pages[0][span["start"]:span["end"]] == "জনাব ক"


def test_letterhead_repeated_on_a_later_page_is_dropped():
    head = "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nসুরক্ষা সেবা বিভাগ\n"
    doc = document_text([head + "\nসভার কার্যবিবরণী\n", head + "(খ) দ্বিতীয় সিদ্ধান্ত।"])
    assert doc.text.count("গণপ্রজাতন্ত্রী") == 1


def test_paragraph_wrapped_at_the_page_width_is_one_line():
    page = ("সভাপতি\tজনাব ক\n\n"
            "আলোচনা: মহাব্যবস্থাপক জানান, বিদ্যমান ৬টি কাঠের ট্রলারের মধ্যে ৪টি চলাচলের\n"
            "অনুপযোগী। দরপত্র মূল্যায়ন কমিটি সর্বনিম্ন দরদাতা প্রতিষ্ঠানের নিকট থেকে ৩টি\n"
            "ট্রলার ক্রয়ের সুপারিশ করেছে।\n"
            "সিদ্ধান্তসমূহ:\n"
            "(১) দরপত্র মূল্যায়ন কমিটির সুপারিশ অনুযায়ী ৩টি ফাইবার গ্লাস ট্রলার ক্রয়ের অনুমোদন\n"
            "দেওয়া হলো;\n"
            "(২) পরবর্তী সভায় উপস্থাপন করতে হবে।\n"
            "(মোহাম্মদ নাজমুল হুদা)\n"
            "সচিব\n")
    text = document_text([page]).text
    assert "চলাচলের অনুপযোগী। দরপত্র" in text and "থেকে ৩টি ট্রলার ক্রয়ের" in text
    assert "সুপারিশ করেছে।\nসিদ্ধান্তসমূহ:\n(১)" in text
    assert "অনুমোদন দেওয়া হলো;\n(২)" in text
    assert "(মোহাম্মদ নাজমুল হুদা)\nসচিব" in text


def test_title_lines_are_not_unwrapped_into_the_header():
    page = ("ডাক ও টেলিযোগাযোগ বিভাগের বার্ষিক কর্মসম্পাদন চুক্তি বাস্তবায়ন অগ্রগতি পর্যালোচনা বিষয়ক\n"
            "২০২৪-২৫ অর্থবছরের প্রথম ত্রৈমাসিক সভার কার্যবিবরণী\n")
    assert document_text([page]).text.count("\n") == 1


WRAPPED_OPENING = (
    "অদ্য ২০/২/২০১৪ খ্রি: তারিখ রোজ বৃহস্পতিবার সকাল ১১.০০ ঘটিকায় উপজেলা পরিষদ হলরুমে\n"
    "জনাব মোঃ শফিকুল ইসলাম, উপজেলা নির্বাহী অফিসার, সদরপুর, ফরিদপুর-এর সভাপতিত্বে ফেব্রুয়ারি/২০১৪\n"
    "মাসের উপজেলা রাজস্ব সভা অনুষ্ঠিত হয়। সভায় উপস্থিত সদস্যবৃন্দের তালিকা দেখানো হলো।\n"
)


def test_a_line_starting_with_an_abbreviation_in_visarga_is_no_label():
    """"জনাব মোঃ" is a name, not "label: value": the wrapped opening sentence is one line."""
    text = document_text([WRAPPED_OPENING]).text
    assert "হলরুমে জনাব মোঃ শফিকুল" in text and "ফেব্রুয়ারি/২০১৪ মাসের" in text
    header = "সভার শিরোনাম\n" + WRAPPED_OPENING.splitlines()[0] + "\nসময়ঃ সকাল ১১.০০ ঘটিকা\n"
    assert "হলরুমে\nসময়ঃ" in document_text([header]).text  # a label line stays a line


def test_a_sentence_ending_where_the_next_word_would_fit_ends_the_paragraph():
    page = ("প্রস্তাব নং-০২: ২০১৯-২০ অর্থবছরের এলজিএসপি প্রকল্পের স্কিম নির্বাচন।\n"
            "সভাপতি জানান, চলতি অর্থবছরে এলজিএসপি প্রকল্পের আওতায় ইউনিয়নের অনুকূলে প্রাথমিক\n"
            "বরাদ্দ পাওয়া গেছে। ওয়ার্ড সভায় প্রস্তাবিত স্কিমগুলোর মধ্যে কাঁচা রাস্তা সংস্কার ও\n"
            "কালভার্ট নির্মাণকে অগ্রাধিকার দেওয়ার বিষয়ে সদস্যগণ একমত পোষণ করেন।\n")
    text = document_text([page]).text
    assert "নির্বাচন।\nসভাপতি জানান" in text
    assert "প্রাথমিক বরাদ্দ পাওয়া গেছে। ওয়ার্ড" in text and "সংস্কার ও কালভার্ট" in text


def test_a_blank_line_inside_a_page_ends_a_paragraph():
    """Only a page break or removed furniture among the blank lines lets a sentence go on across them."""
    item = "৮। জনাবা মোছাঃ শাহানাজ পারভীন, সংরক্ষিত মহিলা সদস্য, ৪,৫,৬নং ওয়ার্ড"
    rest = "সভাপতি উপস্থিত সদস্যবৃন্দকে স্বাগত জানিয়ে সভার কাজ শুরু করেন।"
    assert f"{item}\n\n{rest}" in document_text([f"{item}\n\n{rest}\n"]).text
    assert f"{item} {rest}" in document_text([f"{item}\n\n-২-\n\n{rest}\n"]).text
    assert f"{item} {rest}" in document_text([f"{item}\n\n", f"{rest}\n"]).text


def test_one_letterhead_line_on_a_later_page_is_content():
    """A signature's office cut off by a page break may read like a letterhead line: one line alone stays."""
    first = ("জেলা পরিষদ, টাঙ্গাইল\nwww.zptangail.gov.bd\n\nসভার কার্যবিবরণী\n\n"
             "স্বাক্ষরিত/-\nমোঃ আশরাফুল আলম\nপ্রশাসক")
    doc = document_text([first, "জেলা পরিষদ, টাঙ্গাইল\n\nস্মারক নম্বর: ০৫.৪৩\n"])
    assert "প্রশাসক\nজেলা পরিষদ, টাঙ্গাইল\n\nস্মারক" in doc.text


def test_a_sentence_ending_at_a_page_break_ends_its_paragraph():
    closing = "আর কোনো আলোচনা না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।"
    doc = document_text(["\n".join([closing] * 3), "মোঃ মিজানুর রহমান\nচেয়ারম্যান\n"])
    assert f"{closing}\nমোঃ মিজানুর রহমান\nচেয়ারম্যান" in doc.text


def test_the_national_portals_menu_and_footer_lines_are_page_furniture():
    page = ("Wellcome to National Portal\nমেনু নির্বাচন করুন\nMain Comtent Skiped\n\nমাসিক সভার কার্যবিবরণী\n"
            "১। বিগত সভার কার্যবিবরণী অনুমোদন।\n"
            "পরিকল্পনা ও বাস্তবায়নে: মন্ত্রিপরিষদ বিভাগ, এটুআই, বিসিসি, ডিওআইসিটি ও বেসিস\n"
            "Planning and Implementation: Cabinet Division, A2I, BCC, DoICT and BASIS")
    lines = [line for line in document_text([normalize_page(page)]).text.splitlines() if line.strip()]
    assert lines == ["মাসিক সভার কার্যবিবরণী", "১। বিগত সভার কার্যবিবরণী অনুমোদন।"]


def test_conjuncts_a_faulty_bijoy_converter_wrote_are_mended():
    text = normalize_page("প্রকল্প বাসত্মবায়ন, বিসত্মারিত আলোচনা, সিদ্ধামত্ম, প্রস্ত্ততি, কাজ শুরম্ন করেন; নিম্নরূপ; "
                          "ইউপি কমপেস্নক্স; সস্নেহে স্নান")
    assert text == ("প্রকল্প বাস্তবায়ন, বিস্তারিত আলোচনা, সিদ্ধান্ত, প্রস্তুতি, কাজ শুরু করেন; নিম্নরূপ; "
                    "ইউপি কমপ্লেক্স; সস্নেহে স্নান")
