"""Forms that a PDF's layout changes and the text layer must still give as typed (issue 8, PDF draws):
an opening sentence the page wraps, a wrapped paragraph that names the minutes, blocks side by side that
the writer wraps or indents, and glyphs fpdf2 draws out of order. Each is printed by fpdf2 (always at
hand) and by Chromium where installed, then parsed as a file."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from bangla_minutes.extractors.text import LIST_ITEM
from bangla_minutes.pipeline.parse.document import parse_file
from bangla_minutes.pipeline.read.pdf import reattach_marks
from bangla_minutes.pipeline.read.pdfium_chars import Char

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samples"))
import make_documents as md  # noqa: E402

WRITERS = ["fpdf"] + (["chromium"] if shutil.which("chromium") else [])

# Our own words: a union meeting whose opening runs over two lines of the page, whose first paragraph
# mentions the previous minutes, and whose signers stand side by side with a long right-hand office.
OPENING = ("অদ্য ১৪ চৈত্র ১৪২৩ বঙ্গাব্দ/২৮ মার্চ, ২০১৭ ইং তারিখ রোজ মঙ্গলবার ইউনিয়ন পরিষদ সভাকক্ষে সকাল "
           "১০.০০ ঘটিকায় জনাব মোঃ হাবিবুর রহমান, চেয়ারম্যান, ৩নং কাশিপুর ইউনিয়ন পরিষদ-এর সভাপতিত্বে "
           "ইউনিয়ন পরিষদের মাসিক সভা অনুষ্ঠিত হয়।")
PARAGRAPH = ("২। বিগত সভার কার্যবিবরণী সকল সদস্যের নিকট আগেই পাঠানো হয়েছিল এবং কোনো সংশোধনী প্রস্তাব পাওয়া "
             "যায়নি বলে সচিব সভাকে জানান। অতঃপর বিস্তারিত আলোচনা শেষে সভায় নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:")
TEXT = f"""কাশিপুর ইউনিয়ন পরিষদের মাসিক সভার কার্যবিবরণী

{OPENING}

{PARAGRAPH}

ক) বিদ্যুৎ বিল নিয়মিত পরিশোধ করতে হবে।
খ) হাট-বাজারের ইজারার অর্থ কোষাগারে জমা দিতে হবে।

সভায় আর কোনো আলোচনা না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।

(মোঃ আব্দুল মালেক ভূঁইয়া)                        (মোঃ হাবিবুর রহমান)
ইউনিয়ন পরিষদ সচিব                        চেয়ারম্যান
৩নং কাশিপুর ইউনিয়ন পরিষদ                     ৩নং কাশিপুর ইউনিয়ন পরিষদ, বিদ্যুৎ ভবন সংলগ্ন, বাবুগঞ্জ
                                           বরিশাল
"""


@pytest.fixture(scope="module", params=WRITERS)
def record(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(request.param) / "minutes.pdf"
    (md.fpdf_pdf if request.param == "fpdf" else md.chromium_pdf)(TEXT, out)
    return parse_file(out, ocr="never")


def test_an_opening_the_page_wraps_gives_chair_date_time_and_venue(record):
    assert record.chair.name == "মোঃ হাবিবুর রহমান"
    assert record.chair.designation == "চেয়ারম্যান"
    assert record.meeting.date.iso == "2017-03-28"
    assert (record.meeting.time.value, record.meeting.time.raw) == ("10:00", "সকাল ১০.০০ ঘটিকায়")
    assert record.meeting.venue == "ইউনিয়ন পরিষদ সভাকক্ষ"


def test_a_wrapped_paragraph_naming_the_minutes_stays_one_paragraph(record):
    assert [d.text for item in record.agenda for d in item.decisions] == [
        "বিদ্যুৎ বিল নিয়মিত পরিশোধ করতে হবে", "হাট-বাজারের ইজারার অর্থ কোষাগারে জমা দিতে হবে"]
    assert record.attendees == []


def test_side_by_side_signers_keep_their_own_lines(record):
    left, right = record.signatories
    assert left.name == "মোঃ আব্দুল মালেক ভূঁইয়া" and left.office == "৩নং কাশিপুর ইউনিয়ন পরিষদ"
    assert right.name == "মোঃ হাবিবুর রহমান" and right.role == "chair"
    assert right.office == "৩নং কাশিপুর ইউনিয়ন পরিষদ, বিদ্যুৎ ভবন সংলগ্ন, বাবুগঞ্জ, বরিশাল"


@pytest.mark.parametrize("line,item", [
    ("১০.০০ ঘটিকায় জনাব ক-এর সভাপতিত্বে", False),   # a wrapped sentence's time
    ("১০.৩০ টায় সভা শুরু হয়", False),
    ("১২.০৩.২০২৪ তারিখে অনুষ্ঠিত", False),             # a dotted date
    ("৩.১ সভায় সিদ্ধান্ত হয়", True),                    # a decimal item number
    ("১০.২ বিবিধ", True),
])
def test_a_clock_time_or_date_opening_a_line_is_no_list_number(line, item):
    assert bool(LIST_ITEM.match(line)) is item


def test_a_glyph_of_several_characters_goes_back_whole_and_candrabindu_follows_the_vowel_sign():
    def char(text, x0, x1, top=0.0, bottom=10.0):
        return Char(text, (x0, top, x1, bottom))
    # fpdf2's "বিদ্যুৎ": ব ি দ ৎ ... then one glyph "্যু" under দ at the line's end
    chars = [char("ব", 0, 8), char("ি", 0, 8), char("দ", 9, 16), char("ৎ", 17, 22), char(" ", 22, 25),
             char("ক", 25, 32)]
    chars += [char(c, 10, 15, 9, 13) for c in "্যু"]
    assert "".join(c.text for c in reattach_marks(chars)) == "বিদ্যুৎ ক"
    # "ভূঁ" drawn as ভ + ঁ + ূ
    chars = [char("ভ", 0, 9), char("ঁ", 3, 7, -3, 0), char("ূ", 3, 9, 9, 13), char("ই", 9, 15)]
    assert "".join(c.text for c in reattach_marks(chars)) == "ভূঁই"
