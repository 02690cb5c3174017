"""Preparing page images for Tesseract: speckle detection, deskew, and two-column parts."""
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from bangla_minutes.pipeline.read.tesseract import render_pdf_page
from bangla_minutes.pipeline.read.preprocess import (deskew, evenly_lit, is_speckled, paper_brightness, prepare_page, skew_angle,
                                 text_regions, to_grey)

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


def test_a_page_a_degree_askew_is_left_to_tesseract(clean):
    turned = clean.rotate(1, resample=Image.Resampling.BILINEAR, fillcolor=255)
    assert deskew(turned) is turned


def test_prepare_page_gives_grey_of_the_same_size():
    with Image.open(SEED / "photo.jpg") as photo:
        prepared = prepare_page(photo.convert("RGB"))
    assert prepared.mode == "L" and prepared.size == photo.size


def test_transparent_pixels_become_white_paper():
    rgba = Image.new("RGBA", (10, 10), (0, 0, 0, 0))
    assert to_grey(rgba).getextrema() == (255, 255)


def test_a_one_column_page_is_one_region_its_text_area(clean):
    [area] = text_regions(clean)
    # A4 at 300 dpi with one-inch margins: the text stands 300 pixels in; half a line of paper is kept
    assert 200 < area.left < 300 and 200 < area.top < 300
    assert clean.width - 700 < area.right < clean.width - 200 and area.bottom < clean.height - 200


def test_a_table_is_not_taken_for_two_columns():
    page = render_pdf_page(SCANS / "clean" / "dc_development_2023.pdf", 0)
    assert len(text_regions(page)) == 1


def test_wrapped_cells_of_two_inner_table_columns_are_not_two_columns():
    page = render_pdf_page(SCANS / "clean" / "dghs_dengue_2020.pdf", 0)
    assert len(text_regions(page)) == 1


def test_a_two_column_list_is_cut_at_its_gutter_below_the_heading():
    page = grey(SCANS / "attendees" / "two-column.png")
    heading, left, right = text_regions(page)
    assert heading.bottom == left.top == right.top
    assert left.right == right.left and 0.4 * page.width < left.right < 0.6 * page.width
    assert left.left == heading.left and right.right == heading.right


def test_signature_blocks_side_by_side_end_at_the_paragraph_space_above_the_memo_line():
    page = render_pdf_page(SCANS / "clean" / "university_syndicate_2021.pdf", 1)
    top, left, right, below = text_regions(page)
    assert left.bottom == right.bottom == below.top
    assert below.left == top.left and below.right == top.right  # the memo line is read across


def test_light_falling_off_across_a_photo_is_evened_out(clean):
    photo = render_pdf_page(SCANS / "degraded" / "ministry_land_2017.pdf", 2)  # a photo, lit from one side
    paper = np.asarray(paper_brightness(to_grey(photo)))
    assert np.percentile(paper, 5) < 0.75 * np.percentile(paper, 95)
    even = np.asarray(paper_brightness(evenly_lit(to_grey(photo))))
    assert np.percentile(even, 5) > 0.9 * np.percentile(even, 95)
    assert evenly_lit(clean) is clean


def test_speckles_are_removed_from_the_text_area_that_is_read():
    noisy = grey(SEED / "noise.png")
    prepared = prepare_page(noisy)
    [area] = text_regions(prepared)
    assert is_speckled(noisy.crop(area.as_tuple()))
    assert not is_speckled(prepared.crop(area.as_tuple()))


@pytest.mark.parametrize("seed", [2, 6])
def test_a_coloured_seal_stamped_across_the_text_is_taken_off(clean, seed):
    import random

    from bangla_minutes.pipeline.read.tesseract import ocr_image
    from samples.degrade import seal
    from tests.cer import cer
    stamped, params = seal(clean, random.Random(seed))
    x, y = params["at"]
    assert not is_speckled(to_grey(stamped))
    seal_area = np.asarray(to_grey(stamped).crop((x, y, x + 300, y + 300)))
    truth = (SEED / "page-1.txt").read_text(encoding="utf-8")
    assert cer(truth, ocr_image(stamped).text) <= 0.005 < cer(truth, ocr_image(stamped.convert("L")).text)
    assert seal_area.min() < 100  # the print under the seal stays


def test_a_grey_page_stored_in_colour_is_read_as_grey(clean):
    assert to_grey(clean.convert("RGB")).tobytes() == clean.tobytes()


def test_a_scanned_pdf_keeps_the_colour_of_a_seal_so_it_can_be_taken_off(clean, tmp_path):
    """A scanner's PDF of a page with a blue seal (or a signature in blue ink across a name) is rendered in
    colour: rendered grey, the seal's ink could no longer be told from the print."""
    import random

    from bangla_minutes.pipeline.read.tesseract import ocr_pdf_page
    from samples.degrade import seal
    from tests.cer import cer
    stamped, _ = seal(clean, random.Random(2))
    stamped.save(tmp_path / "stamped.pdf", resolution=300)
    clean.save(tmp_path / "grey.pdf", resolution=300)
    assert render_pdf_page(tmp_path / "stamped.pdf", 0).mode == "RGB"
    assert render_pdf_page(tmp_path / "grey.pdf", 0).mode == "L"
    truth = (SEED / "page-1.txt").read_text(encoding="utf-8")
    assert cer(truth, ocr_pdf_page(tmp_path / "stamped.pdf", 0).text) <= 0.005
