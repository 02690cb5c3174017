"""Agenda items and decisions (bangla_minutes.extractors.agenda): the seeds, then one small example per format."""
import json
import time
import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings, strategies as st

from bangla_minutes.extractors.agenda import extract_agenda
from bangla_minutes.extractors.text import clean
from bangla_minutes.pipeline.parse.normalize import document_text, normalize_page
from tests.shared import SEEDS, needs, seed

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SEED_000 = seed("000_86d0b669600d1f47")
SEED_001 = seed("001_180dda943f737cc3")


def normalised(path: Path) -> str:
    """A file's text as the normaliser hands it over: NFC, no markdown, no page-turn line."""
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    text = regex.sub(r"\*\*|^[ \t]*#{1,6}[ \t]+", "", text, flags=regex.M)
    return regex.sub(r"^অপর পৃষ্ঠা দ্রষ্টব্য$", "", text, flags=regex.M)


def seed_body(path: Path, first: str, after_last: str) -> str:
    """The body as the caller hands it over: from the welcome to the signature block."""
    text = normalised(path)
    return text[text.index(first):text.index(after_last)]


def body_000() -> str:
    return seed_body(SEED_000, "সভাপতি উপস্থিত সকলকে", "মোঃ খায়রুল কবীর মেনন  \n")


def body_001() -> str:
    return seed_body(SEED_001, "সুরক্ষা সেবা বিভাগের অংশীজনের অংশগ্রহণে আয়োজিত অদ্যকার", "(মল্লিক সাঈদ মাহবুব)")


def items(text: str):
    return [found.item for found in extract_agenda(text)]


def decisions(text: str) -> list[tuple[str | None, str]]:
    return [(d.label, d.text) for item in items(text) for d in item.decisions]


# --- the seeds -----------------------------------------------------------------------------------

@needs(SEEDS)
def test_seed_000_gives_two_items_with_lettered_decisions():
    agenda = items(body_000())
    assert [item.number for item in agenda] == ["১.০", "২.০"]
    assert agenda[0].title.startswith("সুরক্ষা সেবা বিভাগের আওতাধীন")
    assert agenda[0].title.endswith("কার্যকরভাবে বাস্তবায়নকরণ")
    assert agenda[1].title == "বিবিধ"
    assert [d.label for d in agenda[0].decisions] == ["ক", "খ", "গ"]
    assert [d.label for d in agenda[1].decisions] == ["ক", "খ"]
    assert agenda[0].discussion.startswith("সভায় উপস্থিত সদস্যবৃন্দ")
    assert agenda[0].discussion.endswith("সংশ্লিষ্ট কর্মকর্তাদের আহ্বান জানান")


@needs(SEEDS)
def test_seed_000_decision_cut_by_a_page_break_is_one_decision():
    first = items(body_000())[0].decisions[0]
    assert first.text.endswith("স্ব স্ব অফিসের ওয়েবসাইটে আপলোড করতে হবে")


@needs(SEEDS)
def test_seed_000_opening_and_closing_belong_to_no_item():
    text = body_000()
    found = extract_agenda(text)
    assert found[0].start == text.index("১.০ আলোচ্য বিষয়")
    assert "সমাপ্তি" not in text[found[-1].start:found[-1].end]
    assert all("স্বাগত" not in item.discussion for item in items(text))


@needs(SEEDS)
def test_seed_001_narrative_gives_one_item_with_six_decisions():
    [item] = items(body_001())
    assert item.number is None and item.title is None
    assert item.discussion.startswith("আলোচনায় অংশ নিয়ে দপ্তর/সংস্থার উপস্থিত প্রতিনিধিগণ জানান")
    assert item.discussion.endswith("ইত্যাদি কার্যক্রম পরিচালনা করা হচ্ছে")
    assert [d.label for d in item.decisions] == ["৩.১", "৩.২", "৩.৩", "৩.৪", "৩.৫", "৩.৬"]
    assert item.decisions[4].text.endswith("যথাসময়ে নিষ্পত্তি করতে হবে")
    assert item.decisions[2].text.endswith("উর্ধ্বতন অফিসে প্রেরণ করতে হবে")


@needs(SEEDS)
@pytest.mark.parametrize("body", [body_000, body_001])
def test_decision_spans_cover_each_decision_text(body):
    text = body()
    for found in extract_agenda(text):
        assert len(found.decision_spans) == len(found.item.decisions)
        for (start, end), decision in zip(found.decision_spans, found.item.decisions):
            assert found.start <= start < end <= found.end
            assert clean(text[start:end]) == decision.text


# --- the samples: every format with its hand-written expected record ---------------------------------

# Where the normaliser, not the agenda, makes a sample differ from its expected record.
def _samples_with_text():
    for expected in sorted((SAMPLES / "expected").glob("*.json")):
        text = SAMPLES / "text" / (expected.stem + ".txt")
        if text.exists():
            yield pytest.param(text, expected, id=expected.stem)


@pytest.mark.parametrize("source, expected", list(_samples_with_text()))
def test_sample_agenda_matches_the_expected_record(source, expected):
    """The whole normalised document (header, signatures and lists included) gives the expected agenda."""
    text = document_text([normalize_page(source.read_text(encoding="utf-8"))]).text
    want = json.loads(expected.read_text(encoding="utf-8"))["agenda"]
    assert [item.model_dump() for item in items(text)] == want


# --- enumerators and labels ----------------------------------------------------------------------

@pytest.mark.parametrize("first, second, labels", [
    ("(ক)", "(খ)", ["ক", "খ"]),
    ("ক)", "খ)", ["ক", "খ"]),
    ("ক.", "খ.", ["ক", "খ"]),
    ("(৩.১)", "(৩.২)", ["৩.১", "৩.২"]),
    ("ক.১", "ক.২", ["ক.১", "ক.২"]),
    ("১।", "২।", ["১", "২"]),
    ("১.", "২.", ["১", "২"]),
    ("০১.", "০২.", ["০১", "০২"]),
    ("১)", "২)", ["১", "২"]),
    ("- (৩.১)", "- (৩.২)", ["৩.১", "৩.২"]),
])
def test_decision_enumerators(first, second, labels):
    text = f"সিদ্ধান্ত:\n{first} দরপত্র আহ্বান করতে হবে;\n{second} ক্রয় কমিটি গঠন করতে হবে।"
    assert decisions(text) == list(zip(labels, ["দরপত্র আহ্বান করতে হবে", "ক্রয় কমিটি গঠন করতে হবে"]))


@pytest.mark.parametrize("label", ["সিদ্ধান্তঃ", "সিদ্ধান্ত:", "গৃহীত সিদ্ধান্ত:", "গৃহিত সিদ্ধান্ত:", "সিদ্ধান্তসমূহ:",
                                   "সিদ্বান্ত:", "সিদ্ধান্ত সমূহ:", "সিদ্ধান্ত", "সিদ্ধান্ত  :"])
def test_decision_label_variants(label):
    text = f"আলোচনা: সভায় ক্রয় নিয়ে আলোচনা হয়।\n{label}\n(ক) দরপত্র আহ্বান করতে হবে।"
    [item] = items(text)
    assert item.discussion == "সভায় ক্রয় নিয়ে আলোচনা হয়"
    assert [(d.label, d.text) for d in item.decisions] == [("ক", "দরপত্র আহ্বান করতে হবে")]


@pytest.mark.parametrize("heading, number", [
    ("আলোচ্যসূচি-১:", "১"), ("আলোচ্যসূচি ১ :", "১"), ("আলোচ্য বিষয়-২:", "২"), ("বিষয় নং-৩:", "৩"),
    ("১.০ আলোচ্য বিষয়:", "১.০"), ("১। আলোচ্য বিষয়:", "১"),
])
def test_agenda_heading_forms(heading, number):
    text = (f"{heading} ক্রয় সংক্রান্ত।\nআলোচনা: ক্রয় নিয়ে আলোচনা হয়।\n"
            "সিদ্ধান্ত: ক্রয় কমিটির সুপারিশ অনুমোদন করা হলো।")
    [item] = items(text)
    assert (item.number, item.title, item.discussion) == (number, "ক্রয় সংক্রান্ত", "ক্রয় নিয়ে আলোচনা হয়")
    assert [(d.label, d.text) for d in item.decisions] == [(None, "ক্রয় কমিটির সুপারিশ অনুমোদন করা হলো")]


def test_enumerated_titles_above_their_labels_are_headings():
    text = ("(ক) বিগত সভার কার্যবিবরণী দৃঢ়ীকরণ\nআলোচনা: কার্যবিবরণী পাঠ করা হয়।\nসিদ্ধান্ত: দৃঢ়ীকরণ করা হয়।\n"
            "(খ) বিবিধ\nসিদ্ধান্ত:\n১। প্রথম কাজ;\n২। দ্বিতীয় কাজ।\n(গ) শেষ বিষয়\nসিদ্ধান্ত: কিছু নয়।")
    agenda = items(text)
    assert [(i.number, i.title) for i in agenda] == [("ক", "বিগত সভার কার্যবিবরণী দৃঢ়ীকরণ"), ("খ", "বিবিধ"),
                                                     ("গ", "শেষ বিষয়")]
    assert [d.label for d in agenda[1].decisions] == ["১", "২"]


def test_union_parishad_proposals():
    text = ("প্রস্তাব নং-০১: ইউনিয়ন পরিষদের বাজেট অনুমোদন।\nআলোচনা: সচিব বাজেট উপস্থাপন করেন।\n"
            "সিদ্ধান্ত: বাজেট অনুমোদন করা হলো।\n\n"
            "প্রস্তাব নং ০২ : গ্রাম পুলিশের বেতন বৃদ্ধি।\nপ্রস্তাবটি সর্বসম্মতিক্রমে গৃহীত হয়।")
    first, second = items(text)
    assert (first.number, first.title, first.discussion) == ("০১", "ইউনিয়ন পরিষদের বাজেট অনুমোদন",
                                                             "সচিব বাজেট উপস্থাপন করেন")
    assert [d.text for d in first.decisions] == ["বাজেট অনুমোদন করা হলো"]
    assert (second.number, second.title, second.discussion) == ("০২", "গ্রাম পুলিশের বেতন বৃদ্ধি", None)
    assert [d.text for d in second.decisions] == ["প্রস্তাবটি সর্বসম্মতিক্রমে গৃহীত হয়"]


def test_university_proposal_number_keeps_its_letter():
    text = "প্রস্তাব নং এ ২১০৬০১ : নতুন কোর্স চালু।\nসিদ্ধান্ত: প্রস্তাবটি অনুমোদিত হলো।"
    [item] = items(text)
    assert (item.number, item.title) == ("এ ২১০৬০১", "নতুন কোর্স চালু")


def test_decision_text_on_the_label_line():
    assert decisions("সিদ্ধান্ত: ক্রয় কমিটির সুপারিশ অনুমোদন করা হলো।") == [
        (None, "ক্রয় কমিটির সুপারিশ অনুমোদন করা হলো")]


def test_combined_paragraph_is_the_decision_when_no_list_follows():
    [item] = items("আলোচ্য বিষয়: বার্ষিক প্রতিবেদন\nআলোচনা ও সিদ্ধান্ত: প্রতিবেদনটি অনুমোদিত হয়।")
    assert item.discussion is None
    assert [(d.label, d.text) for d in item.decisions] == [(None, "প্রতিবেদনটি অনুমোদিত হয়")]


def test_combined_paragraph_is_the_discussion_when_a_list_follows():
    [item] = items("আলোচ্য বিষয়: ক্রয়\nআলোচনা ও সিদ্ধান্ত: ক্রয় নিয়ে বিস্তারিত আলোচনা হয়।\n"
                   "(ক) দরপত্র আহ্বান করতে হবে;\n(খ) কমিটি গঠন করতে হবে।")
    assert item.discussion == "ক্রয় নিয়ে বিস্তারিত আলোচনা হয়"
    assert [d.label for d in item.decisions] == ["ক", "খ"]


def test_decided_that_paragraph_is_one_decision():
    text = ("সভাপতি সকলকে স্বাগত জানান।\n\nসভায় কর্মসম্পাদন চুক্তি নিয়ে আলোচনা হয়। বিস্তারিত আলোচনার পর "
            "সর্বসম্মতিক্রমে সিদ্ধান্ত গৃহীত হয় যে, আগামী মাসের মধ্যে প্রতিবেদন দাখিল করতে হবে।\n\n"
            "সভায় আর কোন আলোচনা না থাকায় সভাপতি সভার সমাপ্তি ঘোষণা করেন।")
    [item] = items(text)
    assert item.discussion == "সভায় কর্মসম্পাদন চুক্তি নিয়ে আলোচনা হয়"
    assert [(d.label, d.text) for d in item.decisions] == [(None, "আগামী মাসের মধ্যে প্রতিবেদন দাখিল করতে হবে")]


def test_trailing_semicolon_and_dangling_and_are_dropped():
    assert decisions("সিদ্ধান্ত:\n(ক) প্রথম কাজ করতে হবে; এবং\n(খ) দ্বিতীয় কাজ করতে হবে।") == [
        ("ক", "প্রথম কাজ করতে হবে"), ("খ", "দ্বিতীয় কাজ করতে হবে")]


def test_narrative_welcome_may_announce_the_decisions():
    text = "সভাপতি সকলকে স্বাগত জানান। সভায় নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:\n১. প্রথম কাজ।\n২. দ্বিতীয় কাজ।"
    [item] = items(text)
    assert item.discussion is None
    assert [d.label for d in item.decisions] == ["১", "২"]


def test_short_heading_line_does_not_swallow_the_discussion_below_it():
    [item] = items("আলোচ্যসূচি-১: বিগত সভার কার্যবিবরণী দৃঢ়ীকরণ\nবিগত সভার কার্যবিবরণী পাঠ করা হয়।\n"
                   "সিদ্ধান্ত: দৃঢ়ীকরণ করা হলো।")
    assert (item.title, item.discussion) == ("বিগত সভার কার্যবিবরণী দৃঢ়ীকরণ", "বিগত সভার কার্যবিবরণী পাঠ করা হয়")


def test_closing_sentence_on_the_last_decision_line_is_cut_off():
    text = ("সিদ্ধান্ত:\n(ক) প্রথম কাজ করতে হবে;\n(খ) দ্বিতীয় কাজ করতে হবে। সভায় আর কোন আলোচনা না থাকায় "
            "সভাপতি সভার সমাপ্তি ঘোষণা করেন।")
    assert decisions(text) == [("ক", "প্রথম কাজ করতে হবে"), ("খ", "দ্বিতীয় কাজ করতে হবে")]


def test_no_objection_is_a_resolution_not_the_closing():
    [item] = items("প্রস্তাব নং-০৩: নতুন রাস্তা নির্মাণ।\nআর কোন আপত্তি না থাকায় প্রস্তাবটি সর্বসম্মতিক্রমে গৃহীত হয়।")
    assert [d.text for d in item.decisions] == ["আর কোন আপত্তি না থাকায় প্রস্তাবটি সর্বসম্মতিক্রমে গৃহীত হয়"]


def test_bullets_under_a_numbered_decision_do_not_end_the_list():
    text = "সিদ্ধান্ত:\n১. প্রথম কাজ:\n- উপ-কাজ এক\n- উপ-কাজ দুই\n২. দ্বিতীয় কাজ।"
    assert decisions(text) == [("১", "প্রথম কাজ"), (None, "উপ-কাজ এক"), (None, "উপ-কাজ দুই"), ("২", "দ্বিতীয় কাজ")]


def test_a_list_is_announced_by_a_colon_or_by_the_list_itself():
    text = ("সভাপতি সকলকে স্বাগত জানান।\n\nসভাপতি পূর্ববর্তী সভার নিম্নরূপ সিদ্ধান্ত বাস্তবায়নের অগ্রগতি জানতে চান।\n\n"
            "সভায় আলোচনা হয়। বিস্তারিত আলোচনা শেষে নিম্নরূপ সিদ্ধান্ত গৃহীত হয়\n১. প্রথম কাজ।\n২. দ্বিতীয় কাজ।")
    [item] = items(text)
    assert item.discussion == "সভাপতি পূর্ববর্তী সভার নিম্নরূপ সিদ্ধান্ত বাস্তবায়নের অগ্রগতি জানতে চান। সভায় আলোচনা হয়"
    assert [(d.label, d.text) for d in item.decisions] == [("১", "প্রথম কাজ"), ("২", "দ্বিতীয় কাজ")]


# --- responsible and deadline --------------------------------------------------------------------

def test_responsible_and_deadline_lines_under_a_decision():
    text = ("সিদ্ধান্ত:\n(ক) দরপত্র আহ্বান করতে হবে।\nবাস্তবায়নে: ক্রয় শাখা\nসময়সীমা: ৩০ জুন ২০২৪\n"
            "(খ) কমিটি গঠন করতে হবে। (বাস্তবায়নকারী: প্রশাসন শাখা)\n(গ) প্রতিবেদন দাখিল করতে হবে।\n"
            "দায়িত্ব: সকল শাখা")
    first, second, third = items(text)[0].decisions
    assert (first.text, first.responsible, first.deadline.iso) == ("দরপত্র আহ্বান করতে হবে", "ক্রয় শাখা", "2024-06-30")
    assert (second.text, second.responsible, second.deadline) == ("কমিটি গঠন করতে হবে", "প্রশাসন শাখা", None)
    assert (third.text, third.responsible) == ("প্রতিবেদন দাখিল করতে হবে", "সকল শাখা")


# --- tables ----------------------------------------------------------------------------------------

def test_pipe_table_gives_one_item_per_row_and_joins_wrapped_cells():
    text = ("সভায় নিম্নোক্ত সিদ্ধান্ত গৃহীত হয়:\n\n"
            "ক্রমিক | আলোচ্য বিষয় | আলোচনা | সিদ্ধান্ত | বাস্তবায়নে\n"
            "১ | বাজেট | বাজেট নিয়ে আলোচনা | বাজেট অনুমোদিত হলো | হিসাব শাখা\n"
            "২ | ক্রয় | ক্রয় নিয়ে আলোচনা | দরপত্র আহ্বান করতে হবে | ক্রয় শাখা\n"
            " | | | এবং কমিটি গঠন করতে হবে |\n\n"
            "সভায় আর কোন আলোচনা না থাকায় সভার সমাপ্তি ঘোষণা করা হয়।")
    found = extract_agenda(text)
    first, second = (f.item for f in found)
    assert (first.number, first.title, first.discussion) == ("১", "বাজেট", "বাজেট নিয়ে আলোচনা")
    assert [(d.label, d.text, d.responsible) for d in first.decisions] == [(None, "বাজেট অনুমোদিত হলো", "হিসাব শাখা")]
    assert second.decisions[0].text == "দরপত্র আহ্বান করতে হবে এবং কমিটি গঠন করতে হবে"
    start, end = found[1].decision_spans[0]
    assert text[start:end].startswith("দরপত্র") and text[start:end].endswith("গঠন করতে হবে")


def test_markdown_table_with_columns_in_another_order_and_deadlines():
    text = ("| গৃহীত সিদ্ধান্ত | ক্রঃ নং | বিষয় | বাস্তবায়নকারী কর্তৃপক্ষ | সময়সীমা |\n"
            "|---|---|---|---|---|\n"
            "| বাজেট অনুমোদিত হলো | ১। | বাজেট | হিসাব শাখা | ৩০/০৬/২০২৪ |\n"
            "| দরপত্র আহ্বান করতে হবে | ২। | ক্রয় | ক্রয় শাখা | ৩১ জুলাই ২০২৪ এর মধ্যে |")
    first, second = items(text)
    assert (first.number, first.title, first.decisions[0].responsible) == ("১", "বাজেট", "হিসাব শাখা")
    assert first.decisions[0].deadline.iso == "2024-06-30"
    assert second.decisions[0].deadline.iso == "2024-07-31"


def test_tab_table_with_a_continuation_row():
    text = ("ক্রমিক নং\tসিদ্ধান্ত\tদায়িত্ব\tআলোচ্য বিষয়\n১\tকাজ করতে হবে\tশাখা-১\tবিষয় এক\n"
            "\tএবং আরো কাজ\t\t\n২\tদ্বিতীয় কাজ\tশাখা-২\tবিষয় দুই")
    first, second = items(text)
    assert (first.title, first.decisions[0].text, first.decisions[0].responsible) == (
        "বিষয় এক", "কাজ করতে হবে এবং আরো কাজ", "শাখা-১")
    assert (second.number, second.decisions[0].text) == ("২", "দ্বিতীয় কাজ")


def test_decisions_only_table_lists_the_decisions_of_its_item():
    text = ("আলোচ্য বিষয়: ক্রয়\nসিদ্ধান্ত:\nক্রমিক | সিদ্ধান্ত | বাস্তবায়নে\n"
            "১ | দরপত্র আহ্বান করতে হবে | ক্রয় শাখা\n২ | কমিটি গঠন করতে হবে | প্রশাসন শাখা")
    [item] = items(text)
    assert item.title == "ক্রয়"
    assert [(d.label, d.text, d.responsible) for d in item.decisions] == [
        ("১", "দরপত্র আহ্বান করতে হবে", "ক্রয় শাখা"), ("২", "কমিটি গঠন করতে হবে", "প্রশাসন শাখা")]


def test_table_column_names_with_qualifiers_are_known():
    """Header cells say more than the column's name: "সভায় গৃহীত সিদ্ধান্তসমূহ", "বাস্তবায়নকারী দপ্তর/কর্মকর্তা";
    on a scan a wrapped name's second word may stand in the next cell ("আলোচনা কর্তৃপক্ষ")."""
    text = ("নং | আলোচনা কর্তৃপক্ষ | সভায় গৃহীত সিদ্ধান্তসমূহ | বাস্তবায়নকারী দপ্তর/কর্মকর্তা | বাস্তবায়নের সময়সীমা\n"
            "১ | সড়ক মেরামত নিয়ে আলোচনা হয় | সড়ক মেরামত করতে হবে | নির্বাহী প্রকৌশলী, পৌরসভা | ৩০/০৬/২০২৪\n"
            "২ | বাজেট নিয়ে আলোচনা হয় | বাজেট প্রস্তুত করতে হবে | হিসাব রক্ষণ কর্মকর্তা | ৩১/০৭/২০২৪")
    first, second = items(text)
    assert (first.number, first.discussion) == ("১", "সড়ক মেরামত নিয়ে আলোচনা হয়")
    decision = first.decisions[0]
    assert (decision.text, decision.responsible, decision.deadline.iso) == (
        "সড়ক মেরামত করতে হবে", "নির্বাহী প্রকৌশলী, পৌরসভা", "2024-06-30")
    assert second.decisions[0].responsible == "হিসাব রক্ষণ কর্মকর্তা"


def test_a_table_without_serial_or_title_under_a_numbered_heading_is_that_items_text():
    text = ("আলোচ্যসূচি-০১ সড়ক মেরামত\n\nআলোচনা | সিদ্ধান্ত | বাস্তবায়ন\n"
            "সভায় প্রকৌশলী জানান যে সড়ক ভাঙা। | সড়ক মেরামত করতে হবে। | উপজেলা প্রকৌশলী\n\n"
            "আলোচ্যসূচি-০২ বাজার উন্নয়ন\n\nআলোচনা | সিদ্ধান্ত | বাস্তবায়ন\n"
            "সভায় বাজারের অবস্থা জানানো হয়। | বাজারে ড্রেন নির্মাণ করতে হবে। | পৌরসভা\n")
    first, second = items(text)
    assert (first.number, first.title, first.discussion) == ("০১", "সড়ক মেরামত", "সভায় প্রকৌশলী জানান যে সড়ক ভাঙা")
    assert [(d.text, d.responsible) for d in first.decisions] == [("সড়ক মেরামত করতে হবে", "উপজেলা প্রকৌশলী")]
    assert (second.number, second.decisions[0].responsible) == ("০২", "পৌরসভা")


def test_a_sentence_in_a_header_cell_names_no_column():
    from bangla_minutes.extractors.lexicon import column_kind
    assert column_kind("সভায় গৃহীত সিদ্ধান্তসমূহ") == "decision"
    assert column_kind("বাস্তবায়নকারী দপ্তর/কর্মকর্তা") == "responsible"
    assert column_kind("সভায় বিস্তারিত আলোচনার পর সর্বসম্মতিক্রমে সিদ্ধান্ত গৃহীত হয়") is None


# --- noise -------------------------------------------------------------------------------------------

def test_labels_without_colon_extra_and_missing_spaces():
    text = ("১।   বিগত সভার কার্যবিবরণী দৃঢ়ীকরণ\nসিদ্ধান্ত\nক) দৃঢ়ীকরণ করা হয়।\n"
            "২। বিবিধ\nআলোচনা\nবিবিধ বিষয়ে আলোচনা হয়।\nসিদ্ধান্ত:সভায় আর কোনো প্রস্তাব গৃহীত হয়নি।")
    first, second = items(text)
    assert (first.number, first.title, [d.text for d in first.decisions]) == (
        "১", "বিগত সভার কার্যবিবরণী দৃঢ়ীকরণ", ["দৃঢ়ীকরণ করা হয়"])
    assert (second.number, second.title, second.discussion) == ("২", "বিবিধ", "বিবিধ বিষয়ে আলোচনা হয়")
    assert [d.text for d in second.decisions] == ["সভায় আর কোনো প্রস্তাব গৃহীত হয়নি"]


def test_bijoy_leftovers_inside_words_do_not_break_segmentation():
    text = ("১.০   আলোচ্য   বিষয়  :   নি¤œমানের গøাস সরবরাহ।\n১.১ আলোচনা   সরবরাহকারী নি¤œমানের গøাস দিয়েছে।\n"
            "১.২ সিদ্ধান্ত\n(ক) নি¤œমানের গøাস ফেরত দিতে হবে;\n(খ) সরবরাহকারীকে সতর্ক করতে হবে।")
    [item] = items(text)
    assert (item.number, item.title, item.discussion) == ("১.০", "নি¤œমানের গøাস সরবরাহ",
                                                          "সরবরাহকারী নি¤œমানের গøাস দিয়েছে")
    assert [d.text for d in item.decisions] == ["নি¤œমানের গøাস ফেরত দিতে হবে", "সরবরাহকারীকে সতর্ক করতে হবে"]


def test_section_numbered_decisions_without_punctuation_stay_apart():
    text = "১.২ সিদ্ধান্ত:\n১.২.১ কমিটি গঠন\n১.২.২ দরপত্র আহ্বান\n১.২.৩ কার্যাদেশ প্রদান"
    assert decisions(text) == [("১.২.১", "কমিটি গঠন"), ("১.২.২", "দরপত্র আহ্বান"), ("১.২.৩", "কার্যাদেশ প্রদান")]


def test_ocr_slips_in_labels_and_enumerators():
    text = ("আলোচ্যসূচি-১: ক্রয়\nআলোচলা: ক্রয় নিয়ে আলোচনা হয়।\nসিদ্ধাস্ত:\n(৩,১) দরপত্র আহ্বান করতে হবে;\n"
            "বাস্তবায়লে: ক্রয় শাখা\n(৩,২) কমিটি গঠন করতে হবে।")
    [item] = items(text)
    assert item.discussion == "ক্রয় নিয়ে আলোচনা হয়"
    assert [(d.label, d.text, d.responsible) for d in item.decisions] == [
        ("৩,১", "দরপত্র আহ্বান করতে হবে", "ক্রয় শাখা"), ("৩,২", "কমিটি গঠন করতে হবে", None)]


def test_a_word_like_a_label_inside_a_wrapped_sentence_stays_text():
    text = ("সিদ্ধান্ত:\n(ক) চুক্তির ২.১ কার্যক্রমের আওতায় ত্রৈমাসিক প্রতিবেদন এবং\n"
            "২.১ কার্যক্রমের অগ্রগতি প্রতিবেদন দাখিল করতে হবে।")
    assert decisions(text) == [("ক", "চুক্তির ২.১ কার্যক্রমের আওতায় ত্রৈমাসিক প্রতিবেদন এবং "
                                     "২.১ কার্যক্রমের অগ্রগতি প্রতিবেদন দাখিল করতে হবে")]
    [item] = items("১.০ আলোচ্য বিষয়: চুক্তি\n১.১ আলোচনা: চুক্তির আওতায় কর্মপরিকল্পনা ২০২৩-২০২৪ এর\n"
                   "২.১ কার্যক্রম নিয়ে আলোচনা হয়।\n১.২ সিদ্ধান্ত: প্রতিবেদন দিতে হবে।")
    assert item.discussion == "চুক্তির আওতায় কর্মপরিকল্পনা ২০২৩-২০২৪ এর ২.১ কার্যক্রম নিয়ে আলোচনা হয়"


# --- robustness and speed -------------------------------------------------------------------------

_PIECES = st.sampled_from(
    list("কখ১২।.():ঃ|\t\n -") + ["সিদ্ধান্ত:", "আলোচনা:", "(ক)", "১।", "\n\n", "আলোচ্যসূচি-১:", "বাস্তবায়নে:",
                                 "সময়সীমা:", "ক্রমিক | বিষয় | সিদ্ধান্ত | বাস্তবায়নে\n", "সিদ্ধান্ত গৃহীত হয় যে,",
                                 "আলোচনা ও সিদ্ধান্ত:", "স্বাগত", "সমাপ্তি ঘোষণা", "সর্বসম্মতিক্রমে গৃহীত হয়", "৩.১"])


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_unicode_never_raises(text):
    extract_agenda(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_spans_stay_inside_the_text_for_any_mix_of_markers(text):
    for found in extract_agenda(text):
        assert 0 <= found.start <= found.end <= len(text)
        assert len(found.decision_spans) == len(found.item.decisions)
        for (start, end), decision in zip(found.decision_spans, found.item.decisions):
            assert 0 <= start < end <= len(text) and decision.text


@needs(SEEDS)
def test_parses_at_least_200_seed_sized_documents_per_second():
    texts = [body_000(), body_001()]
    best = min(_cpu_seconds_for(texts, 50) for _ in range(3))
    assert 100 / best >= 200


def _cpu_seconds_for(texts: list[str], rounds: int) -> float:
    """CPU time, not wall time: the machine is shared."""
    start = time.process_time()
    for _ in range(rounds):
        for text in texts:
            extract_agenda(text)
    return time.process_time() - start


def test_numbered_decision_labels():
    text = ("আলোচনা: জেলায় ডেঙ্গু রোগী বেড়েছে।\n\nসিদ্ধান্ত নং- ১ঃ সাপ্তাহিক পরিচ্ছন্নতা অভিযান পরিচালনা করতে হবে।\n"
            "বাস্তবায়নে: সিভিল সার্জন\nসিদ্ধান্ত নং ২: হাসপাতালে পর্যাপ্ত কিট মজুদ রাখতে হবে।\n")
    [item] = items(text)
    assert item.discussion == "জেলায় ডেঙ্গু রোগী বেড়েছে"
    assert [(d.label, d.text, d.responsible) for d in item.decisions] == [
        ("১", "সাপ্তাহিক পরিচ্ছন্নতা অভিযান পরিচালনা করতে হবে", "সিভিল সার্জন"),
        ("২", "হাসপাতালে পর্যাপ্ত কিট মজুদ রাখতে হবে", None)]


def test_short_lettered_heading_without_colon_then_unlabelled_discussion():
    text = ("(ক) খাস জমি বন্দোবস্ত\nপ্রায় ৪.৫০ একর কৃষি খাস জমি অবৈধ দখলে রয়েছে।\n"
            "সিদ্ধান্তঃ অবৈধ দখলকারীদের তালিকা প্রস্তুত করতে হবে।\n")
    [item] = items(text)
    assert (item.number, item.title, item.discussion) == (
        "ক", "খাস জমি বন্দোবস্ত", "প্রায় ৪.৫০ একর কৃষি খাস জমি অবৈধ দখলে রয়েছে")


def test_a_decision_field_line_does_not_swallow_the_next_decision():
    text = ("৩। বিস্তারিত আলোচনা শেষে সভায় নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:\n\n"
            "৩.১ সাপ্তাহিক পরিচ্ছন্নতা অভিযান পরিচালনা করতে হবে;\nবাস্তবায়নে: সিভিল সার্জন, ফরিদপুর।\n"
            "সময়সীমা: ৩০ জুন ২০১৮\n৩.২ হাসপাতালে পর্যাপ্ত কিট মজুদ রাখতে হবে;\n৩.৩ মসজিদে প্রচারণা চালাতে হবে।\n")
    [item] = items(text)
    assert [d.label for d in item.decisions] == ["৩.১", "৩.২", "৩.৩"]
    assert item.decisions[0].deadline.iso == "2018-06-30"


def test_a_decision_inside_a_prose_paragraph():
    text = ("১। আইন-শৃঙ্খলা পরিস্থিতি\nআলোচনা: পরিস্থিতি সন্তোষজনক। সভায় আলোচনার পর সিদ্ধান্ত গৃহীত হয় যে, "
            "মাদকবিরোধী অভিযান জোরদার করতে হবে। এ বিষয়ে পুলিশ সুপার অবহিত করেন।\n")
    [item] = items(text)
    assert item.discussion == "পরিস্থিতি সন্তোষজনক। এ বিষয়ে পুলিশ সুপার অবহিত করেন"
    assert [d.text for d in item.decisions] == ["মাদকবিরোধী অভিযান জোরদার করতে হবে"]


def test_an_agenda_list_names_the_items_and_is_no_decision_list():
    text = ("আলোচ্য বিষয়ঃ\n১। বিগত সভার কার্যবিবরণী পাঠ ও অনুমোদন।\n২। ভিজিডি কার্ড বিতরণ।\n\n"
            "আলোচনা ও সিদ্ধান্তঃ\n১। বিগত সভার কার্যবিবরণী সর্ব সম্মতিক্রমে অনুমোদিত হয়।\n"
            "২। ভিজিডি কার্ড বিতরণের বিষয়ে আলোচনা করা হয়। সর্বসম্মতিক্রমে সিদ্ধান্ত গৃহিত হয় যে, "
            "প্রকৃত দুস্থদের মধ্যে কার্ড বিতরণ করা হবে।\n")
    assert [(i.number, i.title, i.discussion, [(d.label, d.text) for d in i.decisions]) for i in items(text)] == [
        ("১", "বিগত সভার কার্যবিবরণী পাঠ ও অনুমোদন", None,
         [(None, "বিগত সভার কার্যবিবরণী সর্ব সম্মতিক্রমে অনুমোদিত হয়")]),
        ("২", "ভিজিডি কার্ড বিতরণ", "ভিজিডি কার্ড বিতরণের বিষয়ে আলোচনা করা হয়",
         [(None, "প্রকৃত দুস্থদের মধ্যে কার্ড বিতরণ করা হবে")]),
    ]


def test_headings_numbered_as_the_agenda_list_reopen_its_items():
    text = ("আলোচ্য বিষয়ঃ\n১। বিগত সভার কার্যবিবরণী পাঠ ও অনুমোদন।\n২। ভিজিডি কার্ড বিতরণ।\n\n"
            "১। বিগত সভার কার্যবিবরণী পাঠ ও অনুমোদনঃ\nআলোচনাঃ সদস্য-সচিব কার্যবিবরণী পাঠ করেন।\n"
            "সিদ্ধান্তঃ কার্যবিবরণী দৃঢ়ীকরণ করা হলো।\n২। ভিজিডি কার্ড বিতরণঃ\nআলোচনাঃ তালিকা প্রস্তুত হয়েছে।\n"
            "সিদ্ধান্তঃ প্রকৃত দুস্থদের মধ্যে কার্ড বিতরণ করা হবে।\n")
    assert [(i.number, i.discussion, [d.text for d in i.decisions]) for i in items(text)] == [
        ("১", "সদস্য-সচিব কার্যবিবরণী পাঠ করেন", ["কার্যবিবরণী দৃঢ়ীকরণ করা হলো"]),
        ("২", "তালিকা প্রস্তুত হয়েছে", ["প্রকৃত দুস্থদের মধ্যে কার্ড বিতরণ করা হবে"]),
    ]


def test_a_table_flattened_one_cell_a_line():
    text = ("ক্রমিক নং\nআলোচ্য বিষয়\nআলোচনা\nসিদ্ধান্ত\nবাস্তবায়নে\n"
            "১\nজন্ম ও মৃত্যু নিবন্ধন\nগত মাসে ৪৭টি জন্ম নিবন্ধন সম্পন্ন হয়েছে।\n"
            "নবজাতকের তথ্য সংগ্রহ করে নিবন্ধন নিশ্চিত করতে হবে।\nসিভিল সার্জন, নাটোর\n"
            "২\nবিবিধ\nকম্বল বিতরণের বিষয়ে আলোচনা হয়।\nপ্রকৃত দুস্থদের তালিকা অনুযায়ী কম্বল বিতরণ করা হবে।\n"
            "সংশ্লিষ্ট সকল দপ্তর\n")
    assert [(i.number, i.title, i.discussion, [(d.text, d.responsible) for d in i.decisions]) for i in items(text)] == [
        ("১", "জন্ম ও মৃত্যু নিবন্ধন", "গত মাসে ৪৭টি জন্ম নিবন্ধন সম্পন্ন হয়েছে",
         [("নবজাতকের তথ্য সংগ্রহ করে নিবন্ধন নিশ্চিত করতে হবে", "সিভিল সার্জন, নাটোর")]),
        ("২", "বিবিধ", "কম্বল বিতরণের বিষয়ে আলোচনা হয়",
         [("প্রকৃত দুস্থদের তালিকা অনুযায়ী কম্বল বিতরণ করা হবে", "সংশ্লিষ্ট সকল দপ্তর")]),
    ]


# A decision table cut by page breaks, as a scan's reader writes it: the Word file's path in each page's
# footer, the header printed again on the next page (its serial column name lost once), a stroke read as
# "A [" at a page's foot, and the row cut by the break going on without its serial.
CUT_TABLE_PAGES = [
    "সভায় বিস্তারিত আলোচনান্তে নিম্নোক্ত সিদ্ধান্ত গৃহীত হয়ঃ\n\n"
    "নং | সভায় গৃহীত সিদ্ধান্তসমূহ | বাস্তবায়নকারী দপ্তর/কর্মকর্তা | বাস্তবায়নের সময়সীমা\n"
    "০১. | সকল দপ্তরে ডিজিটাল হাজিরা নিশ্চিত করতে হবে। | সংশ্লিষ্ট দপ্তর প্রধান | ৩০/১০/২০১৯\n"
    "০২. | প্রতিটি দপ্তরে তথ্য অধিকার আইন বিষয়ে | প্রধান প্রকৌশলী, হরিপুর | \n"
    " |  |  | \n\nE:\\Service\\Office Order & Letter\\Office order(Single head)\n",
    "|\n\nনং | সভায় গৃহাত সদ্ধান্তসমূহ | বাস্তবায়নকারী দপ্তর/কমঁক্তা | বাস্তবায়নের সময়সীমা\n"  # misread
    " | প্রশিক্ষণ আয়োজন করতে হবে। | সিসিপিপি | ৩০/০৯/২০১৯\n"
    "০৩. | ওয়েবসাইট হালনাগাদ করতে হবে। | নির্বাহী প্রকৌশলী (আইসিটি) | ৩০/০৯/২০১৯\n\n"
    "E:\\Service\\Office Order & Letter\\Office order(Single head)\n\nA [\n",
    " | সভায় গৃহীত সিদ্ধান্তসমূহ | বাস্তবায়নকারী দপ্তর/কর্মকর্তা | বাস্তবায়নের সময়সীমা\n"
    "০৪. | ই-জিপি ব্যবহার করতে হবে। | তত্ত্বাবধায়ক প্রকৌশলী (প্রকিউরমেন্ট) | ৩০/১০/২০১৯\n\n"
    "সভায় আর কোন আলোচ্য বিষয় না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।\n",
]


def test_a_decision_table_cut_by_page_breaks_with_footers_is_one_table():
    text = document_text([normalize_page(page) for page in CUT_TABLE_PAGES]).text
    decisions = [d for item in items(text) for d in item.decisions]
    assert [d.label for d in decisions] == ["০১", "০২", "০৩", "০৪"]
    assert decisions[1].text == "প্রতিটি দপ্তরে তথ্য অধিকার আইন বিষয়ে প্রশিক্ষণ আয়োজন করতে হবে"
    assert decisions[1].responsible == "প্রধান প্রকৌশলী, হরিপুর সিসিপিপি"
    assert decisions[3].responsible == "তত্ত্বাবধায়ক প্রকৌশলী (প্রকিউরমেন্ট)"
    assert not any("Service" in (d.text + (d.responsible or "")) for d in decisions)


def test_sub_rows_under_a_decision_with_ditto_marks_are_its_decisions_one_party_and_deadline_each():
    """One decision printed once beside several sub-rows of responsible party and deadline: each sub-row is
    that decision again (as the scan's reader writes the spanning cells: a ditto mark; typed tables too)."""
    text = ("ক্রমিক | সিদ্ধান্ত | বাস্তবায়নকারী | সময়সীমা\n"
            "০১. | প্রতিটি দপ্তরে সভা আয়োজন করতে হবে। | প্রধান প্রকৌশলী, হরিপুর | ৩০/০৯/২০১৯\n"
            "〃 | 〃 | প্রধান প্রকৌশলী, সিদ্ধিরগঞ্জ | ৩১/১২/২০১৯\n"
            "০২. | ওয়েবসাইট হালনাগাদ করতে হবে। | নির্বাহী প্রকৌশলী | \n"
            " | | (আইসিটি) | ৩০/০৯/২০১৯\n")
    decisions = [d for item in items(text) for d in item.decisions]
    assert [(d.label, d.text, d.responsible, d.deadline.iso if d.deadline else None) for d in decisions] == [
        ("০১", "প্রতিটি দপ্তরে সভা আয়োজন করতে হবে", "প্রধান প্রকৌশলী, হরিপুর", "2019-09-30"),
        ("০১", "প্রতিটি দপ্তরে সভা আয়োজন করতে হবে", "প্রধান প্রকৌশলী, সিদ্ধিরগঞ্জ", "2019-12-31"),
        ("০২", "ওয়েবসাইট হালনাগাদ করতে হবে", "নির্বাহী প্রকৌশলী (আইসিটি)", "2019-09-30")]


def test_a_sub_row_of_an_item_table_is_one_more_decision_of_that_item():
    text = ("ক্রমিক | আলোচ্য বিষয় | আলোচনা | সিদ্ধান্ত | বাস্তবায়নে\n"
            "১ | ই-নথি | ই-নথি চালু হয়েছে। | সকল পত্র ই-নথিতে জারি হবে। | আইসিটি শাখা\n"
            "〃 | 〃 | 〃 | প্রশিক্ষণ আয়োজন করতে হবে। | প্রশাসন শাখা\n")
    [item] = items(text)
    assert item.number == "১" and [d.responsible for d in item.decisions] == ["আইসিটি শাখা", "প্রশাসন শাখা"]


def test_lettered_sub_decisions_of_a_table_row_carry_their_letters_without_the_rows_introduction():
    text = ("নং | সিদ্ধান্ত | বাস্তবায়নকারী | সময়সীমা\n"
            "১১. | নির্দেশিকা থেকে নিম্নোক্ত ২টি কার্যক্রম নির্বাচন করা হয়েছে: ক) রশিদ প্রদান নিশ্চিত করতে হবে। | "
            "হিসাব শাখা | ৩০/০৯/২০১৯\n"
            "〃 | খ) সকল দপ্তরে ডিজিটাল হাজিরা নিশ্চিত করতে হবে। | দপ্তর প্রধান | ৩০/১০/২০১৯\n"
            "১২. | প্রতিবেদন দাখিল করতে হবে। | ফোকাল পয়েন্ট | ১০/১০/২০১৯\n")
    decisions = [d for item in items(text) for d in item.decisions]
    assert [(d.label, d.text, d.responsible) for d in decisions] == [
        ("ক", "রশিদ প্রদান নিশ্চিত করতে হবে", "হিসাব শাখা"),
        ("খ", "সকল দপ্তরে ডিজিটাল হাজিরা নিশ্চিত করতে হবে", "দপ্তর প্রধান"),
        ("১২", "প্রতিবেদন দাখিল করতে হবে", "ফোকাল পয়েন্ট")]


def test_a_serial_ocr_read_in_latin_digits_takes_the_script_of_the_tables_other_serials():
    text = ("নং | সিদ্ধান্ত | বাস্তবায়নকারী\n"
            "০৩. | ওয়েবসাইট হালনাগাদ করতে হবে। | আইসিটি শাখা\n"
            "08. | তালিকা প্রস্তুত করতে হবে। | পিএন্ডডি শাখা\n"
            "0৫. | প্রতিবেদন প্রেরণ করতে হবে। | হিসাব শাখা\n")
    assert [d.label for item in items(text) for d in item.decisions] == ["০৩", "০৪", "০৫"]
    latin = "ক্রমিক | সিদ্ধান্ত | বাস্তবায়নকারী\n07 | তালিকা প্রস্তুত করতে হবে। | শাখা\n08 | প্রতিবেদন দিতে হবে। | শাখা\n"
    assert [d.label for item in items(latin) for d in item.decisions] == ["07", "08"]


def test_lettered_sub_rows_without_a_serial_are_decisions_of_their_own_not_wrapped_lines():
    """The sub-rows of a lettered list (serial cell empty, "খ) ..." with its own party and deadline), as a
    scan's ruled table gives them without ditto marks; a wrapped line of a cell stays part of the row."""
    text = ("নং | সিদ্ধান্ত | বাস্তবায়নকারী | সময়সীমা\n"
            "১১. | নিম্নোক্ত কার্যক্রম নির্বাচন করা হয়েছে: ক) রশিদ প্রদান নিশ্চিত করতে হবে। | হিসাব শাখা | ৩০/০৯/২০১৯\n"
            " | খ) সকল দপ্তরে ডিজিটাল হাজিরা নিশ্চিত করতে হবে। | দপ্তর প্রধান | ৩০/১০/২০১৯\n"
            " | গ) অগ্নিনির্বাপণ ব্যবস্থা নিশ্চিত করতে | দপ্তর প্রধান | ৩০/১০/২০১৯\n"
            " | হবে। |  | \n"
            "১২. | প্রতিবেদন দাখিল করতে হবে। | ফোকাল পয়েন্ট | ১০/১০/২০১৯\n")
    decisions = [d for item in items(text) for d in item.decisions]
    assert [(d.label, d.text, d.responsible, d.deadline.iso) for d in decisions] == [
        ("ক", "রশিদ প্রদান নিশ্চিত করতে হবে", "হিসাব শাখা", "2019-09-30"),
        ("খ", "সকল দপ্তরে ডিজিটাল হাজিরা নিশ্চিত করতে হবে", "দপ্তর প্রধান", "2019-10-30"),
        ("গ", "অগ্নিনির্বাপণ ব্যবস্থা নিশ্চিত করতে হবে", "দপ্তর প্রধান", "2019-10-30"),
        ("১২", "প্রতিবেদন দাখিল করতে হবে", "ফোকাল পয়েন্ট", "2019-10-10")]


def test_a_cell_of_lettered_sentences_gives_a_decision_per_letter_with_its_lettered_party():
    text = ("ক্রমিক | আলোচ্য বিষয় | আলোচনা | সিদ্ধান্ত | বাস্তবায়নকারী\n"
            "১ | অফিস | ফ্লোর প্রস্তুত হচ্ছে। | (ক) ফ্লোরটির সজ্জা শেষ করতে হবে। (খ) নতুন জমি অনুসন্ধান করতে হবে। | "
            "(ক) মহাব্যবস্থাপক (এইচআর)। (খ) উপ-মহাব্যবস্থাপক (হিসাব)।\n"
            "২ | প্রকল্প | অগ্রগতি আলোচনা হয়। | (ক) অর্থ ছাড় করতে হবে। (খ) বোর্ডকে অবহিত করতে হবে। | "
            "(ক) এবং (খ) প্রকল্প পরিচালক।\n"
            "৩ | প্রশিক্ষণ | প্রশিক্ষণ প্রয়োজন। | প্রতিটি দপ্তরে (ক) চাকরি (খ) সুশাসন বিষয়ে প্রশিক্ষণ দিতে হবে। | "
            "সকল দপ্তর\n")
    found = [(item.number, d.label, d.text, d.responsible) for item in items(text) for d in item.decisions]
    assert found == [
        ("১", "ক", "ফ্লোরটির সজ্জা শেষ করতে হবে", "মহাব্যবস্থাপক (এইচআর)"),
        ("১", "খ", "নতুন জমি অনুসন্ধান করতে হবে", "উপ-মহাব্যবস্থাপক (হিসাব)"),
        ("২", "ক", "অর্থ ছাড় করতে হবে", "প্রকল্প পরিচালক"),
        ("২", "খ", "বোর্ডকে অবহিত করতে হবে", "প্রকল্প পরিচালক"),
        ("৩", None, "প্রতিটি দপ্তরে (ক) চাকরি (খ) সুশাসন বিষয়ে প্রশিক্ষণ দিতে হবে", "সকল দপ্তর")]


def test_a_row_cut_mid_sentence_in_a_table_without_serials_goes_on_in_the_next_row():
    text = ("আলোচনা | সিদ্ধান্ত | বাস্তবায়ন\n"
            "সভায় জানানো হয় যে, চুক্তি অনুযায়ী আগামী | চুক্তি অনুযায়ী আগামী | প্রধান প্রকৌশলী,\n"
            "মার্চের মধ্যে প্রকল্প চালু করতে হবে। | মার্চের মধ্যে প্রকল্প চালু করতে হবে। | পিএন্ডডি।\n"
            "ওয়েবসাইট পুরনো। | ওয়েবসাইট হালনাগাদ করতে হবে। | আইসিটি শাখা\n")
    decisions = [d for item in items(text) for d in item.decisions]
    assert [(d.text, d.responsible) for d in decisions] == [
        ("চুক্তি অনুযায়ী আগামী মার্চের মধ্যে প্রকল্প চালু করতে হবে", "প্রধান প্রকৌশলী, পিএন্ডডি"),
        ("ওয়েবসাইট হালনাগাদ করতে হবে", "আইসিটি শাখা")]


def test_a_header_cell_holding_two_column_names_names_both_columns():
    """On a scan the ruling between সিদ্ধান্ত and বাস্তবায়নকারী may be broken in the header row only: both
    names fall in one cell and the rows have one cell more."""
    text = ("ক্রঃ নং | আলোচ্য বিষয় | আলোচনা | সিদ্ধান্ত বাস্তবায়নকারী কর্তৃপক্ষ |\n"
            "১। | নিউ হরিপুর প্রজেক্ট | অগ্রগতি জানানো হয়। | চুক্তি সংশোধন করতে হবে। | প্রকল্প পরিচালক\n")
    [item] = items(text)
    [decision] = item.decisions
    assert (item.number, item.title, decision.text, decision.responsible) == (
        "১", "নিউ হরিপুর প্রজেক্ট", "চুক্তি সংশোধন করতে হবে", "প্রকল্প পরিচালক")


def test_a_row_without_serial_after_a_finished_decision_is_one_more_decision_and_its_discussion_runs_on():
    text = ("নং | আলোচনা | সভায় গৃহীত সিদ্ধান্তসমূহ | বাস্তবায়নকারী দপ্তর/কর্মকর্তা\n"
            "১. | সভায় জানানো হয় যে, ই-নথির | সকল শাখায় ই-নথি ব্যবহার করতে হবে। | সকল শাখা\n"
            " | ব্যবহার বাড়াতে হবে। | রেজিস্ট্রার ব্যবহার করতে হবে। | প্রশাসন শাখা\n")
    [item] = items(text)
    assert item.discussion == "সভায় জানানো হয় যে, ই-নথির ব্যবহার বাড়াতে হবে"
    assert [(d.text, d.responsible) for d in item.decisions] == [
        ("সকল শাখায় ই-নথি ব্যবহার করতে হবে", "সকল শাখা"), ("রেজিস্ট্রার ব্যবহার করতে হবে", "প্রশাসন শাখা")]


def test_a_numbered_item_heading_whose_label_ocr_misspelt():
    text = ("আলোচ্যসূচি-০৮ শূন্যপদ\nসিদ্ধান্তঃ পদ পূরণ করতে হবে।\n\n"
            "আলোচ্যসুূচি-০৯ কর্মকর্তাদের মূল্যায়ন\nসিদ্ধান্তঃ মূল্যায়ন করতে হবে।\n")
    assert [(item.number, item.title) for item in items(text)] == [("০৮", "শূন্যপদ"), ("০৯", "কর্মকর্তাদের মূল্যায়ন")]


def test_lettered_sentences_going_on_from_a_page_before_and_a_serial_under_a_speck():
    text = ("ক্রমিক | আলোচ্য বিষয় | আলোচনা | সিদ্ধান্ত | বাস্তবায়নকারী\n"
            "'8। | প্রকল্প | অগ্রগতি জানানো হয়। | (গ) মূল্যায়ন শেষ করতে হবে। (ঘ) ডিপিপি প্রস্তুত করতে হবে। | "
            "(গ) নির্বাহী পরিচালক। (ঘ) প্রধান প্রকৌশলী।\n"
            "৫। | ওয়েবসাইট | পুরনো। | হালনাগাদ করতে হবে। | আইসিটি শাখা\n")
    assert [(item.number, d.label, d.responsible) for item in items(text) for d in item.decisions] == [
        ("৪", "গ", "নির্বাহী পরিচালক"), ("৪", "ঘ", "প্রধান প্রকৌশলী"), ("৫", None, "আইসিটি শাখা")]
