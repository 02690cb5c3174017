"""Ruled tables in page images read cell by cell (pipeline/read/image_tables.py), with the real Tesseract."""
import json
import time
import random
from pathlib import Path

import pytest

from bangla_minutes.pipeline.front.evaluate import evaluate, select_fields
from bangla_minutes.pipeline.parse.document import parse_file
from bangla_minutes.pipeline.read import image_tables
from bangla_minutes.pipeline.read.tesseract import render_pdf_page
from bangla_minutes.pipeline.read.preprocess import prepare_page
from samples.degrade import degrade

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = ROOT / "samples" / "pdf" / "chromium"
EXPECTED = ROOT / "samples" / "expected"


@pytest.fixture(scope="module")
def table_page():
    return render_pdf_page(CHROMIUM / "dc_development_2023.pdf", 0)


def grid(page) -> list[int]:
    [table] = image_tables.find_tables(prepare_page(page), 300)[0]
    return [len(row) for row in table.rows]


def test_a_decision_table_gives_its_header_and_rows_of_five_cells(table_page):
    assert grid(table_page) == [5, 5, 5, 5]  # header and three items; the table goes on overleaf


@pytest.mark.parametrize("kind", ["rotate", "photocopy", "speckle", "lowres", "seal", "uneven_light"])
def test_the_grid_survives_degradation(table_page, kind):
    for seed in range(2):
        degraded, params = degrade(table_page, kind, random.Random(seed))
        page = prepare_page(degraded)
        [table] = image_tables.find_tables(page, params.get("dpi", 300))[0]
        assert [len(row) for row in table.rows] == [5, 5, 5, 5], params


def test_a_page_without_rulings_has_no_table():
    page = render_pdf_page(ROOT / "samples" / "scans" / "clean" / "dc_development_2023.pdf", 0)
    assert image_tables.find_tables(prepare_page(page), 300) == ([], None)


def test_decisions_of_a_scanned_table_keep_their_responsible_party_across_the_page_break():
    record = parse_file(CHROMIUM / "dc_development_2023.pdf", ocr="always").model_dump(mode="json")
    report = evaluate(EXPECTED, {"dc_development_2023": record},
                      select_fields("decisions.text,decisions.responsible,agenda.title"))
    print("\n".join(map(str, report.mismatches)))
    decisions = [d for item in record["agenda"] for d in item["decisions"]]
    expected = json.loads((EXPECTED / "dc_development_2023.json").read_text(encoding="utf-8"))
    assert len(decisions) == sum(len(item["decisions"]) for item in expected["agenda"]) == 6
    assert report.accuracy("fuzzy") >= 0.9


# Words that run across a ruling (Tesseract reading a row as one block glued a cell's last word to the
# next cell's first one, whose text was lost): those cells are read again, each alone.
def test_cells_a_word_runs_across_are_read_again_alone(monkeypatch):
    from PIL import Image

    from bangla_minutes.pipeline.read import tesseract
    from bangla_minutes.pipeline.read.pages import Word
    from bangla_minutes.pipeline.read.pdf_tables import Table

    table = Table((0, 0, 900, 200), [[(0, 0, 100, 100), (100, 0, 600, 100), (600, 0, 900, 100)],
                                     [(0, 100, 100, 200), (100, 100, 600, 200), (600, 100, 900, 200)]])
    rows = [[Word("১.", 0.9, (20, 30, 60, 60)), Word("প্রধান", 0.9, (120, 30, 300, 60)),
             Word("৪১২", 0.9, (480, 30, 860, 60))],  # its box spans the ruling at 600: the date beside it lost
            [Word("২.", 0.9, (20, 130, 60, 160)), Word("সকল", 0.9, (120, 130, 300, 160)),
             Word("৩০/০৯/২০১৯", 0.9, (650, 130, 850, 160))]]
    read = []

    def alone(page, cell, dpi, deadline):
        read.append(cell)
        text = {(100, 0, 600, 100): "প্রধান ৪১২", (600, 0, 900, 100): "৩০/০৯/২০১৯"}[cell]
        return [[Word(word, 0.9, (cell[0] + 10 + 100 * k, 30, cell[0] + 90 + 100 * k, 60))
                 for k, word in enumerate(text.split())]]

    monkeypatch.setattr(tesseract, "cell_read_alone", alone)
    rows, lefts = tesseract.cells_read_again(Image.new("L", (900, 200), 255), table, rows, [0, 0], 300, 0)
    assert read == [(100, 0, 600, 100), (600, 0, 900, 100)]  # the serial cell and the second row are kept
    assert len(rows) == len(lefts)
    cells = tesseract.words_in(rows)
    assert [cells(cell, False) for cell in table.rows[0]] == ["১.", "প্রধান ৪১২", "৩০/০৯/২০১৯"]
    assert [cells(cell, False) for cell in table.rows[1]] == ["২.", "সকল", "৩০/০৯/২০১৯"]


def test_a_cell_read_alone_keeps_its_words_and_drops_what_is_left_of_its_rulings():
    from PIL import Image, ImageDraw, ImageFont

    from bangla_minutes.pipeline.read import tesseract
    from samples.make_documents import BENGALI_FONT

    page = Image.new("L", (1200, 300), 255)
    draw = ImageDraw.Draw(page)
    draw.text((60, 100), "প্রধান প্রকৌশলী", font=ImageFont.truetype(str(BENGALI_FONT), 48), fill=0)
    draw.line((12, 0, 12, 300), fill=0, width=3)  # a ruling's ragged rest inside the cell's left edge
    lines = tesseract.cell_read_alone(page, (0, 0, 700, 300), 300, time.monotonic() + 60)
    assert " ".join(w.text for line in lines for w in line) == "প্রধান প্রকৌশলী"


def ruled_page(sub_rows_from: int) -> "Image.Image":
    """A ruled table of four columns and two rows, the second row cut into two sub-rows by a ruling that
    runs from the column ruling `sub_rows_from` to the table's right edge."""
    from PIL import Image, ImageDraw

    page = Image.new("L", (2400, 1500), 255)
    draw = ImageDraw.Draw(page)
    xs, ys = [200, 400, 1300, 1900, 2200], [200, 350, 1100]
    for x in xs:
        draw.line((x, ys[0], x, ys[-1]), fill=0, width=4)
    for y in ys:
        draw.line((xs[0], y, xs[-1], y), fill=0, width=4)
    draw.line((xs[sub_rows_from], 700, xs[-1], 700), fill=0, width=4)
    return page


def test_a_ruling_between_two_column_rulings_parts_sub_rows_and_the_cells_beside_it_span_them():
    [table], _ = image_tables.find_tables(ruled_page(2), 300)
    assert [len(row) for row in table.rows] == [4, 4, 4]  # the header, then the row's two sub-rows
    assert table.spanned == {(2, 0), (2, 1)}  # serial and decision cells span both sub-rows
    serial, decision = table.rows[1][0], table.rows[1][1]
    assert abs(serial[3] - 1100) < 10 and abs(decision[3] - 1100) < 10  # their boxes run down both
    assert abs(table.rows[1][2][3] - 700) < 10  # the responsible party's cell ends at the sub-row's ruling


def test_spanned_cells_are_written_as_ditto_marks():
    from bangla_minutes.pipeline.read import pdf_tables

    table = pdf_tables.Table((0, 0, 40, 30), [[(0, 0, 10, 10), (10, 0, 40, 10)], [(0, 10, 10, 30), (10, 10, 40, 20)],
                                              [(0, 20, 10, 30), (10, 20, 40, 30)]], frozenset({(2, 0)}))
    names = {(0, 0, 10, 10): "ক্রমিক", (10, 0, 40, 10): "সিদ্ধান্ত", (0, 10, 10, 30): "১",
             (10, 10, 40, 20): "ক", (10, 20, 40, 30): "খ"}
    text, _ = pdf_tables.text_with_tables([table], lambda box, layout: names.get(box, ""), 40, 30, 2)
    assert text.splitlines() == ["ক্রমিক | সিদ্ধান্ত", "১ | ক", "〃 | খ"]
