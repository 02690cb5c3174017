"""Ruled tables in page images read cell by cell (pipeline/read/image_tables.py), with the real Tesseract."""
import json
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
