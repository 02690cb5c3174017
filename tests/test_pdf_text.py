"""PDF pages: the text layer each writer leaves, tables, scans among text pages, broken files."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fpdf import FPDF

from bangla_minutes.pipeline.read import pdf as pdf_text
from bangla_minutes.pipeline.errors import InputError
from bangla_minutes.pipeline.read.pages import Page
from bangla_minutes.pipeline.read.files import read_pages
from tests.cer import cer
from tests.shared import SEEDS, needs

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(SAMPLES))
from make_documents import LATIN_FONT, new_fpdf, rendered_text, sources  # noqa: E402

WRITERS = ("chromium", "libreoffice", "fpdf")
GENERATED = [(writer, source) for source in sources([]) for writer in WRITERS
             if (SAMPLES / "pdf" / writer / f"{source.stem}.pdf").exists()]
MIXED = SAMPLES / "pdf" / "mixed"


def text_of(path: Path, ocr: str = "never") -> str:
    return "\n".join(page.text for page in read_pages(str(path), ocr=ocr).pages)


@pytest.mark.parametrize("writer,source", GENERATED, ids=[f"{w}-{s.stem}" for w, s in GENERATED])
def test_every_writers_text_layer_reads_within_a_tenth_of_a_percent(writer, source):
    """Measured: no edit at all on any sample (whitespace aside)."""
    pages = read_pages(str(SAMPLES / "pdf" / writer / f"{source.stem}.pdf"), ocr="never")
    assert pages.media_type == "application/pdf"
    assert {page.origin for page in pages.pages} == {"pdf_text_layer"}
    assert cer(rendered_text(source.read_text(encoding="utf-8")), "\n".join(p.text for p in pages.pages)) <= 0.001


@needs(SEEDS)
def test_the_seeds_are_measured_for_every_writer():
    measured = {(writer, source.stem) for writer, source in GENERATED}
    for stem in ("000_86d0b669600d1f47", "001_180dda943f737cc3"):
        assert {(writer, stem) for writer in WRITERS} <= measured


def page_candidates(writer: str) -> dict:
    path = str(SAMPLES / "pdf" / writer / "000_86d0b669600d1f47.pdf")
    document = pdf_text.open_pdf(path)
    page = document[0]
    candidates = {"pdfium": pdf_text.PdfiumCandidate.of(page),  # in the reader's order: first wins a tie
                  "poppler": pdf_text.PopplerCandidate(path, 0, pdf_text.pdftotext(path, 0, 1, "-layout"))}
    page.close()
    document.close()
    return candidates


@pytest.mark.parametrize("writer", WRITERS)
def test_pdfium_with_the_pages_spaces_wins_for_every_writer(writer):
    """With its spaces put where the page draws them (pdfium_chars), pypdfium2 reads every writer well
    and is chosen; poppler breaks words in fpdf2 PDFs and must be unusable there."""
    candidates = page_candidates(writer)
    assert candidates["pdfium"].quality.score > 0.9
    assert max(candidates.values(), key=pdf_text.preference) is candidates["pdfium"]
    if writer == "fpdf":
        assert candidates["poppler"].quality.score < pdf_text.USABLE_SCORE


def test_scanned_page_among_text_pages_is_flagged_without_ocr():
    pages = read_pages(str(MIXED / "text_scan_text.pdf"), ocr="never").pages
    assert [p.origin for p in pages] == ["pdf_text_layer"] * 3
    assert pages[1].text == "" and [code for code, _ in pages[1].warnings] == ["page_text_unreliable"]
    assert pages[0].text and pages[2].text and not pages[0].warnings and not pages[2].warnings


def test_latin_ocr_layer_over_a_bengali_scan_is_not_trusted():
    pages = read_pages(str(MIXED / "latin_ocr_layer.pdf"), ocr="never").pages
    assert pages[0].text == ""
    assert "Latin-only" in pages[0].warnings[0][1]
    assert "মহাপরিচালক" in pages[1].text and not pages[1].warnings


def test_auto_ocrs_only_the_pages_that_need_it_and_always_ocrs_all(monkeypatch):
    asked = []

    def fake_ocr(path, index, data_columns=None, open_columns=()):
        asked.append(index)
        return Page(f"OCR {index}", "ocr", confidence=0.9)

    monkeypatch.setattr(pdf_text, "ocr_page", fake_ocr)
    pages = read_pages(str(MIXED / "latin_ocr_layer.pdf"), ocr="auto").pages
    assert [p.origin for p in pages] == ["ocr", "pdf_text_layer"] and asked == [0]
    asked.clear()
    pages = read_pages(str(MIXED / "text_scan_text.pdf"), ocr="always").pages
    assert [p.origin for p in pages] == ["ocr"] * 3 and asked == [0, 1, 2]


def test_real_ocr_of_the_scanned_page():
    pages = read_pages(str(MIXED / "text_scan_text.pdf"), ocr="auto").pages
    assert [p.origin for p in pages] == ["pdf_text_layer", "ocr", "pdf_text_layer"]
    printed = read_pages(str(SAMPLES / "pdf" / "fpdf" / "001_180dda943f737cc3.pdf"), ocr="never").pages[1].text
    assert cer(printed, pages[1].text) < 0.05
    assert 0 < pages[1].confidence <= 1


def test_unknown_ocr_mode_is_refused():
    with pytest.raises(ValueError):
        read_pages(str(MIXED / "text_scan_text.pdf"), ocr="sometimes")


DECISION_TABLE = [
    ["ক্রমিক", "আলোচ্য বিষয়", "আলোচনা", "সিদ্ধান্ত", "বাস্তবায়নে"],
    ["১", "সেবা প্রদান প্রতিশ্রুতি", "সভায় বিস্তারিত আলোচনা হয় এবং সদস্যগণ মতামত দেন", "ত্রৈমাসিকভিত্তিতে হালনাগাদ করতে হবে", "আইসিটি সেল"],
    ["২", "বিবিধ", "ওয়েবসাইটে প্রকাশের বিষয়ে আলোচনা হয়", "পিডিএফ আকারে প্রকাশ করতে হবে", "সকল অধিদপ্তর"],
]


def test_decision_table_becomes_pipe_rows_with_its_header(tmp_path):
    pdf = new_fpdf()
    pdf.add_page()
    pdf.multi_cell(0, 7, "সভার কার্যবিবরণী", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(first_row_as_headings=False, line_height=7) as table:
        for cells in DECISION_TABLE:
            row = table.row()
            for value in cells:
                row.cell(value)
    pdf.multi_cell(0, 7, "সভায় আর কোন আলোচনা না থাকায় সভাপতি সকলকে ধন্যবাদ জানান।", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "table.pdf"
    pdf.output(str(path))
    lines = text_of(path).splitlines()
    rows = [line for line in lines if " | " in line]
    assert rows == [" | ".join(cells) for cells in DECISION_TABLE]  # cell line breaks became spaces
    assert lines[0] == "সভার কার্যবিবরণী" and lines[-1].startswith("সভায় আর কোন আলোচনা")


def test_generated_decision_table_pdfs_keep_their_rows():
    source = SAMPLES / "text" / "dc_development_2023.txt"
    if not source.exists():
        pytest.skip("the sample with a decision table is not there")
    header = "ক্রমিক | আলোচ্য বিষয় | আলোচনা | সিদ্ধান্ত | বাস্তবায়নে"
    for writer in WRITERS:
        text = text_of(SAMPLES / "pdf" / writer / f"{source.stem}.pdf")
        assert header in text.splitlines(), writer
        assert sum(1 for line in text.splitlines() if line.count(" | ") == 4) >= 7, writer


def test_memo_number_and_date_on_one_line_stay_apart(tmp_path):
    pdf = new_fpdf()
    pdf.add_page()
    y = pdf.get_y()
    pdf.cell(0, 7, "স্মারক নং-৫৮.০০.০০০০.০৫২.৩২.০০১.১৭-১১০", align="L")
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(0, 7, "তারিখ: ২৩ ডিসেম্বর ২০২০", align="R")
    path = tmp_path / "memo.pdf"
    pdf.output(str(path))
    line = text_of(path).strip()
    assert line.startswith("স্মারক নং-৫৮.০০.০০০০.০৫২.৩২.০০১.১৭-১১০  ")  # two spaces or more
    assert line.endswith("তারিখ: ২৩ ডিসেম্বর ২০২০")


def test_encrypted_pdf_is_an_input_error(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text="minutes")
    pdf.set_encryption(owner_password="owner", user_password="user")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    with pytest.raises(InputError, match="encrypted PDF"):
        read_pages(str(path))


def test_truncated_and_corrupt_pdfs_are_input_errors(tmp_path):
    data = (SAMPLES / "pdf" / "fpdf" / "000_86d0b669600d1f47.pdf").read_bytes()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(data[: len(data) // 2])
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    for path in (truncated, corrupt):
        with pytest.raises(InputError, match="corrupt or truncated PDF"):
            read_pages(str(path))


def test_empty_file_is_an_input_error(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="empty file"):
        read_pages(str(path))


def test_pages_are_streamed():
    """The generator yields a page before it reads the next: the document is never read whole."""
    pages = pdf_text.read_pdf_pages(str(SAMPLES / "pdf" / "libreoffice" / "001_180dda943f737cc3.pdf"), "never")
    first = next(pages)
    assert first.origin == "pdf_text_layer" and "সুরক্ষা সেবা বিভাগ" in first.text
    assert len(list(pages)) == 2


def test_bijoy_font_runs_are_converted_and_english_runs_kept(tmp_path):
    from fontTools.ttLib import TTFont

    from bangla_minutes.pipeline.read.bijoy import unicode_to_bijoy

    # a Latin font renamed SutonnyMJ draws Bijoy bytes as Latin letters, but its name is what counts
    font = TTFont(str(LATIN_FONT))
    for record in font["name"].names:
        if record.nameID in (1, 4, 6):
            record.string = "SutonnyMJ"
    font.save(tmp_path / "SutonnyMJ.ttf")
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("SutonnyMJ", "", str(tmp_path / "SutonnyMJ.ttf"))
    pdf.add_font("NotoSans", "", str(LATIN_FONT))
    pdf.set_font("SutonnyMJ", size=12)
    pdf.cell(text=unicode_to_bijoy("সভার কার্যবিবরণী") + " ")
    pdf.set_font("NotoSans", size=12)
    pdf.cell(text="Zoom Software")
    pdf.ln(10)
    pdf.set_font("SutonnyMJ", size=12)
    pdf.cell(text=unicode_to_bijoy("সভাপতি: মোঃ খায়রুল কবীর মেনন"))
    path = tmp_path / "bijoy.pdf"
    pdf.output(str(path))
    [page] = read_pages(str(path), ocr="never").pages
    assert page.origin == "legacy_bijoy"
    assert page.text.splitlines() == ["সভার কার্যবিবরণী Zoom Software", "সভাপতি: মোঃ খায়রুল কবীর মেনন"]


def test_paragraph_gaps_become_blank_lines_with_either_extractor():
    """poppler's layout mode keeps blank lines between paragraphs; the pypdfium2 text must too
    (fpdf2 PDFs are read with it): the title paragraph stands apart from the header block."""
    for writer in WRITERS:
        text = text_of(SAMPLES / "pdf" / writer / "000_86d0b669600d1f47.pdf")
        assert "কার্যবিবরণী\n\nসভাপতি" in text, writer


def test_stray_spaces_inside_words_are_healed_and_real_spaces_kept():
    layout = "সহকারী কমিশনার (ভূ মি), কৃ ষি খাস জমি, মাঠ স্কু ল; কিছু কথা, বহু লোক"
    raw = "সহকারী কমিশনার (ভূমি), কৃ ষি খাস জমি, মাঠ স্কু ল; কিছু কথা, বহু লোক"
    assert pdf_text.heal_split_words(layout, raw) == \
        "সহকারী কমিশনার (ভূমি), কৃষি খাস জমি, মাঠ স্কুল; কিছু কথা, বহু লোক"


def test_blocks_side_by_side_keep_their_columns(tmp_path):
    """Text after a wide gap goes to the column its position gives, as in poppler's layout mode: the
    right-hand signature block starts in one column whatever the width of the left-hand lines."""
    pdf = new_fpdf()
    pdf.add_page()
    for left, right in (("স্বাক্ষরিত/-", "স্বাক্ষরিত/-"), ("(মোঃ কামাল হোসেন)", "(মোঃ আব্দুস সাত্তার মৃধা)"),
                        ("সচিব", "চেয়ারম্যান"), ("৩নং বালিয়াডাঙ্গা ইউনিয়ন পরিষদ", "লালপুর, নাটোর।")):
        pdf.cell(110, 7, left)
        pdf.cell(0, 7, right, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "blocks.pdf"
    pdf.output(str(path))
    starts = [len(line) - len(line.split("    ")[-1].lstrip()) for line in text_of(path).splitlines()]
    assert len(starts) == 4 and max(starts) - min(starts) <= 3


def test_one_line_paragraphs_keep_their_blank_lines(tmp_path):
    """Where most paragraphs are one line, most steps between lines are paragraph gaps: the line pitch
    is their lower quartile, not their median."""
    pdf = new_fpdf()
    pdf.add_page()
    for paragraph in ("আলোচ্য বিষয়-১ঃ কম্বল বিতরণ।", "আলোচনাঃ সভাপতি জানান, বরাদ্দ পাওয়া গেছে।",
                      "সিদ্ধান্তঃ", "১। কম্বল বিতরণ করা হবে;", "২। তালিকা জমা দিবেন।",
                      "আলোচ্য বিষয়-২ঃ বিবিধ।"):
        pdf.multi_cell(0, 7, paragraph, new_x="LMARGIN", new_y="NEXT")
        if not paragraph.startswith(("সিদ্ধান্তঃ", "১।")):
            pdf.ln(7)
    path = tmp_path / "paragraphs.pdf"
    pdf.output(str(path))
    assert text_of(path).strip().split("\n\n") == [
        "আলোচ্য বিষয়-১ঃ কম্বল বিতরণ।", "আলোচনাঃ সভাপতি জানান, বরাদ্দ পাওয়া গেছে।",
        "সিদ্ধান্তঃ\n১। কম্বল বিতরণ করা হবে;\n২। তালিকা জমা দিবেন।", "আলোচ্য বিষয়-২ঃ বিবিধ।"]


@pytest.mark.parametrize("writer,stem,words", [
    ("chromium", "dghs_dengue_2020", "প্রাক-মৌসুম এডিস সার্ভে"),  # in a table cell
    ("libreoffice", "dc_development_2023", "মাদারীপুর-শরীয়তপুর সড়ক"),  # in a table cell
    ("libreoffice", "000_86d0b669600d1f47", "নির্দেশিকা, ২০২৩-২০২৪, মন্ত্রণালয়"),
    ("chromium", "001_180dda943f737cc3", "বিনষ্টকরণ/পরিষ্কার পরিচ্ছন্নতা"),
    ("libreoffice", "dshe_apa_2021", "কোভিড-১৯ পরিস্থিতির"),
])
def test_a_word_wrapped_after_its_hyphen_or_slash_is_whole(writer, stem, words):
    """Chromium and LibreOffice draw the space a line was wrapped at; after a hyphen or slash inside
    a word there is none, and the next line's first word would not have fitted on the line."""
    text = text_of(SAMPLES / "pdf" / writer / f"{stem}.pdf")
    assert words in text


def test_a_line_that_ends_in_a_hyphen_with_room_left_stays_a_line(tmp_path):
    pdf = new_fpdf()
    pdf.add_page()
    for line in ("সভায় বিস্তারিত আলোচনার পর সর্বসম্মতিক্রমে নিম্নবর্ণিত সিদ্ধান্তসমূহ গৃহীত হয়",
                 "যেমন-", "১। প্রথম সিদ্ধান্ত", "-২-", "২। দ্বিতীয় সিদ্ধান্ত"):
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "hyphen_lines.pdf"
    pdf.output(str(path))
    assert [line.strip() for line in text_of(path).splitlines()][1:] == [
        "যেমন-", "১। প্রথম সিদ্ধান্ত", "-২-", "২। দ্বিতীয় সিদ্ধান্ত"]


def test_a_line_of_spaces_only_gives_no_column_width():
    """fpdf2 draws a line of typed spaces as space glyphs alone: no ink to measure, not a crash (seed 491070)."""
    from bangla_minutes.pipeline.read.pdfium_chars import Char
    blank = [Char(" ", (10.0 + i, 0.0, 11.0 + i, 10.0)) for i in range(pdf_text.FULL_LINE_CHARS)]
    prose = [Char("ক", (10.0 + 5 * i, 20.0, 15.0 + 5 * i, 30.0)) for i in range(pdf_text.FULL_LINE_CHARS)]
    assert pdf_text.column_width([blank]) == pdf_text.DEFAULT_COLUMN_POINTS
    assert pdf_text.column_width([blank, prose]) == pytest.approx(5.0)
