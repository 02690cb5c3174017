"""A sample typed in Bijoy (a cp1252 text file, and a PDF whose Bengali runs are in SutonnyMJ) gives the
record its Unicode text gives."""
from pathlib import Path

import pytest

from bangla_minutes.pipeline.parse.document import parse_file
from bangla_minutes.pipeline.front.evaluate import file_mismatches

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.mark.parametrize("suffix", ["bijoy.txt", "bijoy.pdf"])
def test_bijoy_file_gives_the_expected_record(suffix):
    path = SAMPLES / "bijoy" / f"dc_law_order_1996.{suffix}"
    record = parse_file(path)
    assert record.source.text_origin == "legacy_bijoy"
    mismatches = file_mismatches(SAMPLES / "expected" / "dc_law_order_1996.json", path, parse_file)
    assert not mismatches, "\n".join(map(str, mismatches))
