"""Every sample printed by every writer gives the record its text gives: text-layer PDFs from Chromium
(Skia), LibreOffice and fpdf2, and the DOCX (samples/make_documents.py), scored field by field with
bangla_minutes.pipeline.front.evaluate against samples/expected/<stem>.json or tests/expected_seeds/<stem>.json (source and
evidence aside, which the scoring leaves out)."""
from __future__ import annotations

from pathlib import Path

import pytest

from bangla_minutes.pipeline.parse.document import parse_file
from bangla_minutes.pipeline.front.evaluate import file_mismatches

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
# the 22 samples' expected records, and the two real seeds' (printed by every writer too)
EXPECTED = {path.stem: path for folder in (SAMPLES / "expected", Path(__file__).parent / "expected_seeds")
            for path in folder.glob("*.json")}
STEMS = sorted(EXPECTED)
WRITERS = {"chromium": "pdf/chromium/{}.pdf", "libreoffice": "pdf/libreoffice/{}.pdf",
           "fpdf": "pdf/fpdf/{}.pdf", "docx": "docx/{}.docx"}
CASES = [(writer, stem) for writer in WRITERS for stem in STEMS]


@pytest.mark.parametrize("writer,stem", CASES, ids=[f"{writer}-{stem}" for writer, stem in CASES])
def test_document_gives_the_records_of_its_text(writer, stem):
    path = SAMPLES / WRITERS[writer].format(stem)
    record = parse_file(path, ocr="never")
    expected_origin = "text" if writer == "docx" else "pdf_text_layer"
    assert set(record.source.page_origins) == {expected_origin}
    assert not [w for w in record.warnings if w.code == "page_text_unreliable"]
    mismatches = file_mismatches(EXPECTED[stem], path, lambda _: record)
    assert [str(m) for m in mismatches] == []


def test_every_sample_is_printed_by_every_writer():
    assert len(STEMS) == 24
    missing = [str(SAMPLES / pattern.format(stem)) for pattern in WRITERS.values() for stem in STEMS
               if not (SAMPLES / pattern.format(stem)).is_file()]
    assert missing == []
