"""Real minutes nobody on the team wrote: scans of a state company's minutes (IJ Scan, some under a
garbage Latin OCR layer, decision tables running over pages, handwritten initials and page numbers) and
an e-Nothi export whose Unicode text layer drops conjuncts, read end to end with the real Tesseract and
scored with `minutes eval` against their expected records (tests/data/real_expected/, written by hand
from the pages; the files themselves are third-party and stay in ../shared/real/files, listed with their
sources in ../shared/real/SOURCES.tsv).

Skipped with the reason shown where ../shared is not beside the checkout (MINUTES_SHARED names another
place); in CI (CI=true) the files must be there. 26 pages, 70-130 s on two cores.
"""
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from bangla_minutes.pipeline.front.evaluate import evaluate, format_table, select_fields
from bangla_minutes.pipeline.parse.document import parse_file

SHARED = Path(os.environ.get("MINUTES_SHARED") or Path(__file__).resolve().parents[2] / "shared")
REAL = SHARED / "real" / "files"
EXPECTED = Path(__file__).resolve().parent / "data" / "real_expected"

if not REAL.is_dir() and os.environ.get("CI"):
    raise RuntimeError(f"CI must have the real scans in {REAL}; they are missing")
pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason=f"needs the real scans in {REAL}")


def parsed(path: Path) -> tuple[str, dict]:
    return path.stem, parse_file(path).model_dump(mode="json")


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    paths = [REAL / f"{p.stem}.pdf" for p in sorted(EXPECTED.glob("*.json"))]
    with ProcessPoolExecutor(2) as pool:
        return dict(pool.map(parsed, paths))


def report(records, fields=None):
    out = evaluate(EXPECTED, records, select_fields(fields)) if fields else evaluate(EXPECTED, records)
    print("\n" + format_table(out))
    print("\n".join(str(miss) for miss in out.mismatches))
    return out


def test_every_expected_record_has_its_real_file():
    assert all((REAL / f"{p.stem}.pdf").is_file() for p in EXPECTED.glob("*.json"))
    assert len(list(EXPECTED.glob("*.json"))) >= 4


def test_scans_and_the_broken_e_nothi_layer_are_ocrd(records):
    for stem, record in records.items():
        assert set(record["source"]["page_origins"]) == {"ocr"}, stem


def test_key_fields_of_real_scans(records):
    accuracy = report(records, "key").accuracy()
    print(f"key-field accuracy, real scans: {accuracy:.1%}")
    assert accuracy >= KEY_FLOOR


def test_all_fields_of_real_scans(records):
    accuracy = report(records).accuracy("fuzzy")
    print(f"all-field accuracy (fuzzy), real scans: {accuracy:.1%}")
    assert accuracy >= ALL_FLOOR


# Measured on the six files: key fields 83.3%, all fields 97.1% fuzzy (76.2% exact), since a page with coloured ink is
# rendered in colour, so a blue signature across the chair's name is taken off by its colour (project review).
# Before it (realscans branch): key fields 80.0%, all fields 96.8% (fuzzy); per file all fields:
# APA team 92.6, e-Nothi awareness 98.6, monthly coordination 98.2, project review 95.7, e-Nothi export 95.9,
# ethics committee 98.2. Before it 80.0% and 82.3% (the tables branch: 80.0% and 74.2%; before the first realscans
# work 73% and 62.5%). Read since: lettered sub-decisions as sub-rows and as sentences of one cell, with their
# lettered parties; a row without a serial after a finished decision; a row cut mid-sentence; a header cell
# holding two column names; a slanted table's outer ruling; a danda read as a bar inside a cell; a label or
# item heading OCR misspelt by a sign; the venue and the chair by post and branch in an opening sentence; the
# copies heading under a distribution list; deadlines with a digit the script model misreads (before the
# meeting, read back when one reading checks out).
# What is still lost: a chair's name under a signature's stroke in black (APA team), a memo serial and
# issue dates written by hand (APA team), a Gregorian issue date stacked under the Bangla one beside the memo
# line (Tesseract reads it into the memo's line: monthly coordination), words the script model misreads.
KEY_FLOOR = 0.80
ALL_FLOOR = 0.93
