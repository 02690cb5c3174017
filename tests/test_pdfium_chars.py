"""pypdfium2's characters with the spaces the page draws: /ActualText spans whole, no made-up spaces."""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from bangla_minutes.pipeline.read.pdfium_chars import page_chars
from tests.test_pdf_text import SAMPLES, new_fpdf


def page_text(path: Path, index: int = 0) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return "".join(char.text for char in page_chars(document[index])).replace("\r\n", "\n")
    finally:
        document.close()


def document_text(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page_text(path, i) for i in range(len(document)))
    finally:
        document.close()


@pytest.mark.parametrize("writer,stem,words", [
    # pdfium alone: "বাং লা দে শ", "বোর্ডে র 412তম"
    ("chromium", "board_bfdc_2018", "বাংলাদেশ মৎস্য উন্নয়ন কর্পোরেশন\nবোর্ড সচিবালয়"),
    ("chromium", "board_bfdc_2018", "পরিচালনা বোর্ডের 412তম সভার কার্যবিবরণী"),
    # pdfium alone: "412 তম" (a digit run and a Bengali run drawn 2.3 pt apart, no space glyph)
    ("libreoffice", "board_bfdc_2018", "পরিচালনা বোর্ডের 412তম সভার কার্যবিবরণী"),
    # pdfium alone: "আশরাফু ল" (a space made up inside one run of glyphs, at a sign below a letter)
    ("libreoffice", "zila_parishad_2024", "আশরাফুল আলম, প্রশাসক"),
])
def test_words_drawn_in_spans_stay_whole(writer, stem, words):
    assert words in page_text(SAMPLES / "pdf" / writer / f"{stem}.pdf")


def test_a_spans_text_is_given_once():
    text = document_text(SAMPLES / "pdf" / "chromium" / "dc_disaster_2020.pdf")
    assert "জিও ব্যাগ মজুদ রেখে" in text and "মজুদজু" not in text  # the sign ু drawn after দ


def test_a_space_glyph_where_the_gap_looks_narrow_is_kept():
    text = document_text(SAMPLES / "pdf" / "libreoffice" / "dc_development_2008.pdf")
    assert "উপবৃত্তির অর্থ বিতরণ" in text  # pdfium alone drops the space glyph after the reph: "অর্থবিতরণ"


def test_a_hyphen_that_ends_a_line_is_a_hyphen():
    text = document_text(SAMPLES / "pdf" / "libreoffice" / "dshe_apa_2021.pdf")
    assert "কোভিড-\n১৯" in text and "\x02" not in text  # pdfium alone: "কোভিড\x02১৯", the line break gone


def test_parts_set_on_tab_stops_stay_apart_and_neighbours_without_a_space_glyph_join(tmp_path):
    pdf = new_fpdf()
    pdf.add_page()
    pdf.text(20, 30, "সভার তারিখ ও সময়")  # a space glyph on the page: its spaces are drawn
    pdf.text(20, 40, "সভাপতি")
    pdf.text(60, 40, ":")
    pdf.text(66, 40, "মোঃ আশরাফুল আলম")
    pdf.text(20, 50, "412")
    pdf.text(20 + pdf.get_string_width("412") + 0.5, 50, "তম")  # 0.5 mm apart: one word
    path = tmp_path / "tabs.pdf"
    pdf.output(str(path))
    lines = [line.strip() for line in page_text(path).splitlines()]
    assert lines == ["সভার তারিখ ও সময়", "সভাপতি : মোঃ আশরাফুল আলম", "412তম"]


def test_a_page_without_space_glyphs_keeps_pdfiums_spaces(tmp_path):
    pdf = new_fpdf()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    x = 20.0
    for word in ("Minutes", "of", "the", "meeting"):  # each word placed by itself, as some writers do
        pdf.text(x, 30, word)
        x += pdf.get_string_width(word) + 1.2  # 3.4 pt: narrower than a tab stop's gap
    path = tmp_path / "placed_words.pdf"
    pdf.output(str(path))
    assert page_text(path).split() == ["Minutes", "of", "the", "meeting"]
