"""OCR with the real Tesseract on the scans in samples/scans (made by samples/make_scans.py).

Error rates are against the text printed on the page, whitespace-normalised (tests/cer.py).
"""
from pathlib import Path

import pytesseract
import pytest
import regex
from PIL import Image

from bangla_minutes.pipeline.read.ocr_lines import restore_label_separator
from bangla_minutes.extractors.digits import to_int
from bangla_minutes.pipeline.read import tesseract
from bangla_minutes.pipeline.errors import EnvironmentMissing, InputError
from bangla_minutes.pipeline.read.pages import Word
from tests.cer import cer

SCANS = Path(__file__).resolve().parents[1] / "samples" / "scans"
SEED_A, SEED_B = "000_86d0b669600d1f47", "001_180dda943f737cc3"
DEGRADED = ["clean-200.png", "skew.png", "blur.png", "noise.png", "jpeg-q40.jpg", "photo.jpg", "combined.jpg"]


def printed(stem: str, page: int = 1) -> str:
    return (SCANS / stem / f"page-{page}.txt").read_text(encoding="utf-8")


def ocr_file(stem: str, name: str):
    with Image.open(SCANS / stem / name) as img:
        return tesseract.ocr_image(img)


@pytest.mark.parametrize("stem", [SEED_A, SEED_B])
def test_clean_300_dpi_pages_read_with_at_most_2_percent_errors(stem):
    page = ocr_file(stem, "clean-300.png")
    assert page.origin == "ocr"
    assert cer(printed(stem), page.text) <= 0.02


@pytest.mark.parametrize("name", DEGRADED)
def test_degraded_pages_read_with_at_most_4_percent_errors(name):
    assert cer(printed(SEED_A), ocr_file(SEED_A, name).text) <= 0.04


def test_page_carries_mean_word_confidence_and_boxed_words():
    page = ocr_file(SEED_B, "clean-300.png")
    assert 0.8 <= page.confidence <= 1
    assert len(page.words) == pytest.approx(len(printed(SEED_B).split()), rel=0.05)
    assert all(0 <= w.confidence <= 1 for w in page.words)
    width, height = Image.open(SCANS / SEED_B / "clean-300.png").size
    assert all(0 <= w.box[0] < w.box[2] <= width and 0 <= w.box[1] < w.box[3] <= height for w in page.words)
    assert page.confidence == pytest.approx(sum(w.confidence for w in page.words) / len(page.words))


def test_two_column_attendee_list_comes_out_column_by_column():
    page = ocr_file("attendees", "two-column.png")
    numbers = [to_int(n) for n in regex.findall(r"^([০-৯]+)।? ", page.text, flags=regex.M)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 8
    assert cer(printed("attendees"), page.text) <= 0.02


def test_every_frame_of_a_multi_page_tiff_is_read():
    pages = tesseract.ocr_image_file(SCANS / SEED_A / "pages.tif")
    assert len(pages) == 4
    for n, page in enumerate(pages, 1):
        assert cer(printed(SEED_A, n), page.text) <= 0.02


def test_exif_orientation_is_honoured():
    [page] = tesseract.ocr_image_file(SCANS / SEED_A / "exif-rotated.jpg")
    assert cer(printed(SEED_A), page.text) <= 0.02


def test_scanned_pdf_page_is_rendered_and_read():
    page = tesseract.ocr_pdf_page(SCANS / SEED_A / "scanned.pdf", 1)
    assert cer(printed(SEED_A, 2), page.text) <= 0.02


def test_pdf_page_out_of_range_is_an_input_error():
    with pytest.raises(InputError, match="no page 9"):
        tesseract.ocr_pdf_page(SCANS / SEED_A / "scanned.pdf", 8)


def test_a_page_over_its_time_limit_comes_back_empty_with_a_warning():
    with Image.open(SCANS / SEED_A / "clean-300.png") as img:
        page = tesseract.ocr_image(img, timeout=0.4)
    assert page.text == "" and page.words == [] and page.confidence is None
    assert [code for code, _ in page.warnings] == ["ocr_timeout"]


def test_tesseract_runs_one_thread_per_process():
    import os
    assert os.environ["OMP_THREAD_LIMIT"] == "1"


def test_missing_tesseract_names_the_packages_to_install(monkeypatch):
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(EnvironmentMissing, match="apt-get install tesseract-ocr tesseract-ocr-ben"):
        tesseract.check_tesseract()
    with pytest.raises(EnvironmentMissing):
        tesseract.ocr_image(Image.new("L", (400, 200), 255))


def test_missing_language_model_is_reported(monkeypatch):
    monkeypatch.setattr(tesseract, "MODELS", ("xyz",))
    with pytest.raises(EnvironmentMissing, match="no Bengali language model"):
        tesseract.check_tesseract()


def test_the_script_model_is_preferred_and_ben_is_the_fallback():
    assert tesseract.ocr_language() == "Bengali"  # tesseract-ocr-script-beng is installed here
    assert tesseract.best_model(pytesseract.pytesseract.tesseract_cmd, ("xyz", "ben")) == "ben"


def test_check_tesseract_passes_on_this_machine():
    assert tesseract.check_tesseract() is None


def word(text: str, left: int, top: int, width: int, height: int = 70):
    return Word(text, 0.9, (left, top, left + width, top + height))


def test_a_table_row_read_cell_by_cell_is_one_row_again_left_to_right():
    # Tesseract gives the wrapped cells of two columns as separate lines: the left column's, then the right's
    left = [[word("কর্পোরেশনের", 840, 2148, 300)], [word("প্রাক-মৌসুম", 845, 2231, 280)]]
    right = [[word("সার্ভে", 1571, 2144, 150)], [word("এবং", 1579, 2228, 90)]]
    rows = tesseract.side_by_side_lines_joined(left + right)
    assert [[w.text for w in row] for row in rows] == [["কর্পোরেশনের", "সার্ভে"], ["প্রাক-মৌসুম", "এবং"]]


def test_lines_one_above_the_other_stay_apart():
    lines = [[word("সভার", 300, 1000, 100)], [word("শুরুতে", 300, 1084, 150)]]
    assert len(tesseract.side_by_side_lines_joined(lines)) == 2


def test_wide_gaps_become_tabs_and_spaces_after_signs_need_more():
    row = [word("তারিখ", 300, 0, 130), word("১০", 544, 0, 50), word("নভেম্বর", 614, 0, 180),
           word("খ্রিঃ", 816, 0, 90), word("রোজ", 956, 0, 90)]  # gaps 114, 20, 22, 50 pixels
    assert tesseract.row_text(row, line_height=73) == "তারিখ\t১০ নভেম্বর খ্রিঃ রোজ"


def test_the_lone_visarga_after_a_header_label_is_put_back():
    row = [word("সভাপতি", 295, 0, 190), word("18", 631, 0, 45), word("ডঃ", 734, 0, 60), word("মান্নান", 820, 0, 150)]
    assert tesseract.row_text(row, line_height=73) == "সভাপতি\tঃ\tডঃ মান্নান"


def test_a_number_after_a_label_is_kept_unless_it_stands_alone_between_tabs():
    assert restore_label_separator("তারিখ ৫ মার্চ ২০২০") == "তারিখ ৫ মার্চ ২০২০"
    assert restore_label_separator("তারিখ\t৪\t১০ মার্চ ২০২০") == "তারিখ\tঃ\t১০ মার্চ ২০২০"
    assert restore_label_separator("সভাপতি : জনাব ক") == "সভাপতি : জনাব ক"
    assert restore_label_separator("সভাপতি উপস্থিত সকলকে") == "সভাপতি উপস্থিত সকলকে"
    # after a tab, a digit before anything but a month's name is the colon (an office scan, seed 4301)
    assert restore_label_separator("সভাপতি\t৪ অধ্যাপক ডাঃ ক") == "সভাপতি\tঃ অধ্যাপক ডাঃ ক"
    assert restore_label_separator("সভার তারিখ\t৪ ০৪/০৩/২০২০") == "সভার তারিখ\tঃ ০৪/০৩/২০২০"
    assert restore_label_separator("তারিখ\t৫ মার্চ ২০২০") == "তারিখ\t৫ মার্চ ২০২০"


def test_header_read_from_a_scan_has_its_labels_separated_as_typed():
    page = tesseract.ocr_pdf_page(SCANS / "clean" / "dghs_dengue_2020.pdf", 0)
    assert "সভাপতি\tঃ\tঅধ্যাপক ডাঃ মোঃ শাহাদাত হোসেন" in page.text
    assert "সভার তারিখ\tঃ\t০৪/০৩/২০২০" in page.text


def test_a_label_set_in_the_middle_of_a_two_line_value_goes_to_its_first_line():
    # e-Nothi's label table: "সভাপতি" stands between the name and the designation and is read with the latter
    rows = [[word("অরুন", 600, 0, 100), word("সাহা", 720, 0, 100)],
            [word("সভাপতি", 100, 45, 150), word("ব্যবস্থাপনা", 600, 75, 200), word("পরিচালক", 820, 75, 150)],
            [word("সভার", 100, 160, 100), word("তারিখ", 210, 160, 100), word("১০/০৩/২০১৯", 600, 160, 200)],
            [word("সভাপতি", 100, 250, 150), word("উপস্থিত", 260, 250, 150)]]
    assert tesseract.page_text(rows) == ("সভাপতি\tঅরুন সাহা\n\tব্যবস্থাপনা পরিচালক\nসভার তারিখ\t১০/০৩/২০১৯\n"
                                   "সভাপতি উপস্থিত\n")


def test_a_long_label_close_to_its_tab_stop_is_still_a_tab_apart():
    # "সভার তারিখ" leaves less than a wide gap before the value column the shorter labels around it set
    # (gaps measured on a typeset page: 43 pixels before the stop, 23 between words, rows 70-77 high)
    rows = [[word("সভার", 100, 0, 100), word("তারিখ", 210, 0, 137), word("১৬/০৪/২০১৩খ্রিঃ", 390, 0, 300)],
            [word("সময়", 100, 90, 100), word("সকাল", 380, 90, 100)],
            [word("স্থান", 100, 180, 100), word("সিন্ডিকেট", 392, 180, 200), word("কক্ষ", 600, 180, 90)],
            [word("সভার", 100, 270, 100), word("শুরুতে", 210, 270, 157), word("সভাপতি", 390, 270, 150)]]
    assert tesseract.page_text(rows).splitlines() == ["সভার তারিখ\t১৬/০৪/২০১৩খ্রিঃ", "সময়\tসকাল",
                                                      "স্থান\tসিন্ডিকেট কক্ষ", "সভার শুরুতে সভাপতি"]
