"""Every sample in samples/text parses to its hand-written record in samples/expected, field by field.

These fail wherever the parser does not yet give what the conventions say: that is their purpose."""
import unicodedata
from pathlib import Path

import pytest

from bangla_minutes.pipeline.front.evaluate import file_mismatches, load_expected
from bangla_minutes.schemas import Record

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
EXPECTED = sorted((SAMPLES / "expected").glob("*.json"))


def test_every_sample_has_an_expected_record_and_back():
    texts = {p.stem for p in (SAMPLES / "text").glob("*.txt")}
    assert len(EXPECTED) >= 22
    assert texts == {p.stem for p in EXPECTED}


@pytest.mark.parametrize("expected_path", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_expected_record_is_a_valid_nfc_record(expected_path):
    expected = load_expected(expected_path)
    assert not {"doc_id", "source", "evidence"} & set(expected)
    people = [expected["chair"]] if expected["chair"] else []
    for person in people + expected["attendees"] + expected["signatories"]:
        person.setdefault("raw", person["name"])
    for warning in expected["warnings"]:
        warning.setdefault("message", "")
    Record.model_validate(dict(expected, doc_id="0" * 64, source={
        "path": expected_path.name, "media_type": "text/plain", "pages": 1, "text_origin": "text"}))
    text = expected_path.read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text, f"{expected_path.name} is not NFC"


@pytest.mark.parametrize("expected_path", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_sample_parses_to_its_expected_record(expected_path):
    from bangla_minutes.pipeline.parse.document import parse_file  # imported here: a parser that fails to import fails these tests only

    mismatches = file_mismatches(expected_path, SAMPLES / "text" / f"{expected_path.stem}.txt", parse_file)
    assert not mismatches, f"{len(mismatches)} fields differ from the expected record:\n" + "\n".join(map(str, mismatches))
