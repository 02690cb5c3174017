"""Whole scanned minutes read end to end with the real Tesseract.

Every sample of samples/text is a scanned PDF twice (samples/make_scans.py): clean at 300 dpi in
samples/scans/clean/ and degraded in samples/scans/degraded/ (skew, blur, noise, JPEG q40, 200 dpi or a
phone photo, as degraded/kinds.json says). Each file is OCR'd once, in a process pool of two (Tesseract
runs one thread per process): about 110 pages, 70-100 s on two cores. The key fields of its record are
scored through bangla_minutes.pipeline.front.evaluate against samples/expected/<stem>.json, and each page's text against the
text printed on it (samples/scans/<stem>/page-<n>.txt, tests/cer.py).
"""
import json
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner
from rapidfuzz.distance import Levenshtein

from bangla_minutes.pipeline.front.cli import main
from bangla_minutes.pipeline.read.content_id import file_sha256
from bangla_minutes.pipeline.parse.document import parse_file, parse_pages
from bangla_minutes.pipeline.front.evaluate import evaluate, format_table, select_fields
from bangla_minutes.pipeline.read.files import read_pages
from tests.cer import normalised, words_read

ROOT = Path(__file__).resolve().parents[1]
SCANS = ROOT / "samples" / "scans"
EXPECTED = ROOT / "samples" / "expected"
KINDS = json.loads((SCANS / "degraded" / "kinds.json").read_text(encoding="utf-8"))


def read_scan(path: Path) -> tuple[str, str, list[str], dict]:
    """One scanned file OCR'd once: its set, stem, pages' words read (tests/cer.py) and record (as
    JSON), the way parse_file makes it."""
    source = read_pages(str(path))
    record = parse_pages(source, path=str(path), doc_id=file_sha256(path))
    return path.parent.name, path.stem, [words_read(page) for page in source.pages], record.model_dump(mode="json")


@pytest.fixture(scope="module")
def scans() -> dict[str, dict[str, tuple[list[str], dict]]]:
    """{"clean" | "degraded": {stem: (page texts, record)}}."""
    paths = sorted(SCANS.glob("clean/*.pdf")) + sorted(SCANS.glob("degraded/*.pdf"))
    out: dict = {"clean": {}, "degraded": {}}
    with ProcessPoolExecutor(2) as pool:
        for folder, stem, texts, record in pool.map(read_scan, paths):
            out[folder][stem] = (texts, record)
    return out


def key_field_report(records: dict[str, dict]):
    report = evaluate(EXPECTED, records, select_fields("key"))
    print("\n" + format_table(report))
    print("\n".join(str(miss) for miss in report.mismatches))
    return report


def test_every_sample_is_scanned_clean_and_degraded(scans):
    samples = {p.stem for p in EXPECTED.glob("*.json")}
    assert set(scans["clean"]) == set(scans["degraded"]) == set(KINDS) == samples
    assert set(KINDS.values()) == {"skew", "blur", "noise", "jpeg-q40", "200dpi", "photo"}
    for texts, record in scans["clean"].values():
        assert record["source"]["page_origins"] == ["ocr"] * len(texts) and len(texts) >= 2


def test_key_fields_of_clean_scans_are_right_in_95_percent(scans):
    report = key_field_report({stem: record for stem, (_, record) in scans["clean"].items()})
    assert len(report.documents) == 22 and not report.unmatched
    print(f"key-field accuracy, clean: {report.accuracy():.1%}")
    assert report.accuracy() >= 0.95


def test_key_fields_of_degraded_scans_are_right_in_85_percent(scans):
    report = key_field_report({stem: record for stem, (_, record) in scans["degraded"].items()})
    assert len(report.documents) == 22 and not report.unmatched
    print(f"key-field accuracy, degraded: {report.accuracy():.1%}")
    assert report.accuracy() >= 0.85


def page_errors(documents: dict[str, tuple[list[str], dict]]) -> list[tuple[str, int, int]]:
    """(document page, edits, printed characters) of every page."""
    out = []
    for stem, (texts, _) in documents.items():
        for number, text in enumerate(texts, 1):
            printed = (SCANS / stem / f"page-{number}.txt").read_text(encoding="utf-8")
            out.append((f"{stem} p{number}", Levenshtein.distance(normalised(printed), normalised(text)),
                        len(normalised(printed))))
    return out


def error_rate(pages: list[tuple[str, int, int]]) -> float:
    return sum(edits for _, edits, _ in pages) / sum(length for _, _, length in pages)


def test_clean_pages_read_with_at_most_2_percent_errors(scans):
    pages = page_errors(scans["clean"])
    worst = max(pages, key=lambda p: p[1] / p[2])
    print(f"\nCER clean: {error_rate(pages):.2%} over {len(pages)} pages; worst {worst[0]} {worst[1] / worst[2]:.2%}")
    assert len(pages) == sum(len(texts) for texts, _ in scans["clean"].values())
    assert error_rate(pages) <= 0.02


def test_degraded_pages_read_with_at_most_4_percent_errors_in_every_kind(scans):
    rates = {}
    for kind in sorted(set(KINDS.values())):
        rates[kind] = error_rate(page_errors({stem: scans["degraded"][stem] for stem, k in KINDS.items() if k == kind}))
        print(f"CER {kind}: {rates[kind]:.2%}")
    assert error_rate(page_errors(scans["degraded"])) <= 0.04
    assert all(rate <= 0.04 for rate in rates.values()), rates


def test_a_memo_number_misread_in_a_real_scan_is_repaired_with_a_warning(scans):
    # dc_development_2023 prints ০৫.৪৪.৫৪০০...; Tesseract reads the "৪৪" as "৪88"
    _, record = scans["clean"]["dc_development_2023"]
    expected = json.loads((EXPECTED / "dc_development_2023.json").read_text(encoding="utf-8"))
    [repair] = [w for w in record["warnings"] if w["code"] == "ocr_repair"]
    assert repair["field"] == "memo" and "8" in repair["message"]
    assert record["memo"]["normalized"] == expected["memo"]["normalized"]


def test_a_field_read_from_a_barely_legible_scan_is_flagged_low_confidence():
    record = parse_file(SCANS / "poor" / "dc_development_2023.jpg")
    expected = json.loads((EXPECTED / "dc_development_2023.json").read_text(encoding="utf-8"))
    assert record.chair is not None and record.chair.name != expected["chair"]["name"]  # misread
    assert ("low_confidence", "chair") in [(w.code, w.field) for w in record.warnings]
    assert record.source.ocr_confidence < 0.6


def test_eval_command_scores_only_the_key_fields():
    texts = [str(ROOT / "samples" / "text" / f"{stem}.txt") for stem in ("board_bfdc_2018", "zila_parishad_2024")]
    result = CliRunner().invoke(main, ["eval", str(EXPECTED), *texts, "--fields", "key", "--json"])
    report = json.loads(result.output)
    assert result.exit_code == 0
    assert list(report["fields"]) == ["chair.name", "meeting.date", "memo.normalized", "issued.gregorian",
                                      "issued.bangla"]
    assert report["total"]["expected"] == 10 and report["documents"] == ["board_bfdc_2018", "zila_parishad_2024"]


def test_eval_fields_can_be_named_and_unknown_ones_are_a_usage_error():
    text = str(ROOT / "samples" / "text" / "board_bfdc_2018.txt")
    named = CliRunner().invoke(main, ["eval", str(EXPECTED), text, "--fields", "memo.normalized,title", "--json"])
    assert list(json.loads(named.output)["fields"]) == ["title", "memo.normalized"]
    wrong = CliRunner().invoke(main, ["eval", str(EXPECTED), text, "--fields", "chair.nam"])
    assert wrong.exit_code == 2 and "chair.nam" in wrong.output
