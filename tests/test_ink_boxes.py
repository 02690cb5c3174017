"""Word boxes fitted to the ink of the page (pipeline/read/ink_boxes.py)."""
from PIL import Image, ImageDraw

from bangla_minutes.pipeline.read.ink_boxes import fitted
from bangla_minutes.pipeline.read.pages import Word


def test_a_loose_box_shrinks_to_its_ink_and_a_box_over_the_next_word_stops_before_it():
    page = Image.new("L", (400, 60), 255)
    pen = ImageDraw.Draw(page)
    pen.rectangle((50, 10, 120, 40), fill=0)  # the first word's ink
    pen.rectangle((150, 10, 220, 40), fill=0)  # the second's
    page.putpixel((30, 20), 0)  # a lone speckle inside the first box
    row = [Word("এক", 0.9, (20, 5, 230, 45)), Word("দুই", 0.9, (140, 5, 260, 45))]
    [[first, second]] = fitted([row], page)
    assert first.box == (50, 5, 121, 45) and second.box == (150, 5, 221, 45)
    assert (first.text, second.text) == ("এক", "দুই")
