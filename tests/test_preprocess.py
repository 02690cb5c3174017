"""Preparing page images for Tesseract: speckle detection, deskew, and two-column parts."""
from pathlib import Path

import pytest
from PIL import Image

from pipeline.ocr import render_pdf_page
from pipeline.preprocess import Box, deskew, is_speckled, prepare_page, skew_angle, text_regions, to_grey

SCANS = Path(__file__).resolve().parents[1] / "samples" / "scans"
SEED = SCANS / "000_86d0b669600d1f47"


def grey(path: Path) -> Image.Image:
    with Image.open(path) as img:
        return to_grey(img).copy()


@pytest.fixture(scope="module")
def clean():
    return grey(SEED / "clean-300.png")


def test_only_salt_and_pepper_pages_count_as_speckled():
    assert is_speckled(grey(SEED / "noise.png"))
    assert is_speckled(grey(SEED / "combined.jpg"))
    for name in ("clean-300.png", "clean-200.png", "blur.png", "jpeg-q40.jpg", "photo.jpg", "skew.png"):
        assert not is_speckled(grey(SEED / name)), name


@pytest.mark.parametrize("angle", [-3, -1.5, 1, 2.5])
def test_skew_is_found_to_the_half_degree(clean, angle):
    turned = clean.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
    assert skew_angle(turned) == pytest.approx(-angle, abs=0.5)


def test_a_straight_page_is_left_as_it_is(clean):
    assert skew_angle(clean) == 0
    assert deskew(clean) is clean


def test_prepare_page_gives_grey_of_the_same_size():
    with Image.open(SEED / "photo.jpg") as photo:
        prepared = prepare_page(photo.convert("RGB"))
    assert prepared.mode == "L" and prepared.size == photo.size


def test_transparent_pixels_become_white_paper():
    rgba = Image.new("RGBA", (10, 10), (0, 0, 0, 0))
    assert to_grey(rgba).getextrema() == (255, 255)


def test_a_one_column_page_is_one_region(clean):
    assert text_regions(clean) == [Box(0, 0, *clean.size)]


def test_a_table_is_not_taken_for_two_columns():
    page = render_pdf_page(SCANS / "clean" / "dc_development_2023.pdf", 0)
    assert text_regions(page) == [Box(0, 0, *page.size)]


def test_a_two_column_list_is_cut_at_its_gutter_below_the_heading():
    page = grey(SCANS / "attendees" / "two-column.png")
    heading, left, right = text_regions(page)
    assert heading.top == 0 and heading.bottom == left.top == right.top
    assert left.right == right.left and 0.4 * page.width < left.right < 0.6 * page.width
    assert left.left == 0 and right.right == page.width
