"""Minutes the parser has never seen: a fresh draw of the generator (samples/generator) on every run, scored
field by field with the project's evaluation against the records the generator built from its own choices.

The seed is drawn anew each run and printed; MINUTES_SEED=<seed> replays a draw:

    MINUTES_SEED=123456 .venv/bin/python -m pytest -q tests/test_generated.py

Accuracy: overall, the share of expected values and list items matched exactly (EvalReport.accuracy);
per field, that share for a single-valued field and the exact F1 for a list field (missing and extra
items both count). A failure names the seed and, per field below its bar, the misses: document,
expected, got (the document's text and expected record: `python -m samples.generator --seed <seed>
--count <n> --out DIR`).
"""
from __future__ import annotations

import json
import os
import random
import shutil
import sys
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "samples"))

from samples.generator import generate, write  # noqa: E402
# The project's parser and evaluation: the only project imports of this file.
from bangla_minutes.pipeline.parse.document import parse_file  # noqa: E402
from bangla_minutes.pipeline.front.evaluate import EvalReport, evaluate_files  # noqa: E402

SEED = int(os.environ.get("MINUTES_SEED") or random.SystemRandom().randrange(1_000_000))
TEXT_COUNT = 300
PDF_COUNT = 40
# The goal of issue "minutes it has never seen, as text": 98% overall and 95% for every field.
OVERALL, PER_FIELD = 0.98, 0.95
# The printed draw: 40 documents (one miss is 2.5% of a single-valued field; 12 made one miss 8%), each by
# one of two writers (Chromium, fpdf2), 20-90 s on 2 shared cores. Measured on seeds 1-12 (40 documents
# each): 99.68-100% overall; every field >= 95% on 10 of the 12, the two others at attendees 91.8% and
# 94.0% (Chromium collapsing the tab between two attendees of a line too long for the page). The bars:
# the goal overall, a floor below the goal per field that those draws hold with room.
PDF_OVERALL, PDF_PER_FIELD = 0.98, 0.85
MISSES_SHOWN = 6  # per field in a failure message


def field_accuracy(report: EvalReport) -> dict[str, float]:
    return {path: score.f1("exact") if score.is_list else score.recall("exact")
            for path, score in report.scores.items()}


def verdict(report: EvalReport, what: str, bars: tuple[float, float] = (OVERALL, PER_FIELD)) -> str | None:
    """None when the draw reads well enough (overall and per-field bars); else the failure message."""
    overall = report.accuracy("exact")
    fields = field_accuracy(report)
    overall_bar, field_bar = bars
    weak = {path: acc for path, acc in fields.items() if acc < field_bar}
    if overall >= overall_bar and not weak and not report.failures:
        return None
    lines = [f"MINUTES_SEED={SEED}: {what}: overall exact accuracy {overall:.1%} (needs {overall_bar:.0%}); "
             f"{len(weak)} field(s) below {field_bar:.0%}"]
    lines += [f"  parse failure {stem}: {why}" for stem, why in report.failures.items()]
    misses = defaultdict(list)
    for miss in report.mismatches:
        misses[miss.path.split("[")[0]].append(miss)
    show = lambda v: json.dumps(v, ensure_ascii=False)[:160]  # noqa: E731
    for path, acc in sorted(weak.items(), key=lambda kv: kv[1]):
        found = misses.get(path, [])
        lines.append(f"  {path}: {acc:.1%}, {len(found)} misses")
        for miss in found[:MISSES_SHOWN]:
            lines.append(f"    {miss.document} {miss.path}: expected {show(miss.expected)}; got {show(miss.found)}")
    lines.append(f"replay: MINUTES_SEED={SEED} .venv/bin/python -m pytest -q tests/test_generated.py; the documents: "
                 f".venv/bin/python -m samples.generator --seed {SEED} --count {TEXT_COUNT} --out DIR")
    return "\n".join(lines)


def goal_gap(report: EvalReport) -> str:
    below = {path: acc for path, acc in field_accuracy(report).items() if acc < PER_FIELD}
    return (f"goal {OVERALL:.0%} overall, {PER_FIELD:.0%} a field; below the field goal: "
            + (", ".join(f"{p} {a:.1%}" for p, a in sorted(below.items(), key=lambda kv: kv[1])) or "none"))


def test_generated_minutes_are_read(tmp_path):
    print(f"\nMINUTES_SEED={SEED}")
    with seed_named():
        read_text_draw(tmp_path)


def read_text_draw(tmp_path: Path) -> None:
    paths = write(generate(SEED, TEXT_COUNT), tmp_path)
    report = evaluate_files(tmp_path / "expected", paths, lambda path: parse_file(path, ocr="never"))
    assert len(report.documents) == TEXT_COUNT
    print(f"{TEXT_COUNT} generated minutes: overall exact accuracy {report.accuracy('exact'):.1%}")
    print(goal_gap(report))
    failure = verdict(report, f"{TEXT_COUNT} generated minutes as text")
    assert failure is None, failure


# ---- the same draw printed to text-layer PDFs ------------------------------------------------------

def writers() -> dict:
    """The PDF writers of samples/make_documents.py that this machine has: fpdf2 always; Chromium and
    LibreOffice when installed (the Makefile installs Chromium)."""
    import make_documents as md  # samples/make_documents.py

    def libreoffice(text: str, out: Path) -> None:
        docx_path = out.with_suffix(".docx")
        md.make_docx(text, docx_path)
        md.libreoffice_pdf(docx_path, out)

    found = {"fpdf": md.fpdf_pdf}
    if shutil.which("chromium"):
        found["chromium"] = md.chromium_pdf
    if shutil.which("soffice"):
        found["libreoffice"] = libreoffice
    return found


@contextmanager
def seed_named():
    """Any failure of a draw names its seed (a writer's crash or an assertion before the verdict too)."""
    try:
        yield
    except (pytest.skip.Exception, pytest.fail.Exception):
        raise
    except AssertionError as exc:
        if str(exc).startswith("MINUTES_SEED="):
            raise
        raise AssertionError(f"MINUTES_SEED={SEED}: {exc}") from exc
    except Exception as exc:  # noqa: BLE001 - re-raised with the seed, whatever it was
        raise AssertionError(f"MINUTES_SEED={SEED}: {type(exc).__name__}: {exc}") from exc


def test_generated_minutes_printed_to_pdf_are_read(tmp_path):
    available = writers()
    if len(available) < 2 and not os.environ.get("CI"):
        pytest.skip(f"needs two PDF writers, has only {', '.join(available)} (install chromium: make setup)")
    print(f"\nMINUTES_SEED={SEED}")
    with seed_named():
        read_printed_draw(tmp_path, available)


def read_printed_draw(tmp_path: Path, available: dict) -> None:
    docs = generate(SEED, PDF_COUNT)
    write(docs, tmp_path)
    pdfs = []
    for i, doc in enumerate(docs):
        name = sorted(available)[i % len(available)]  # each document by one writer, every writer used
        pdf = tmp_path / "pdf" / name / f"{doc.id}.pdf"
        pdf.parent.mkdir(parents=True, exist_ok=True)
        available[name](doc.text, pdf)
        pdfs.append(pdf)
    records = {}

    def parse(path: Path):
        record = parse_file(path, ocr="never")
        records[path.stem] = record
        return record

    report = evaluate_files(tmp_path / "expected", pdfs, parse)
    assert len(report.documents) == PDF_COUNT, f"{len(report.documents)} of {PDF_COUNT} documents scored"
    not_layer = {stem: r.source.page_origins for stem, r in records.items() if set(r.source.page_origins) != {"pdf_text_layer"}}
    assert not not_layer, f"pages not read from their text layer: {not_layer}"
    print(f"{PDF_COUNT} generated minutes as PDFs ({', '.join(sorted(available))}): "
          f"overall exact accuracy {report.accuracy('exact'):.1%}")
    print(goal_gap(report))
    failure = verdict(report, f"{PDF_COUNT} generated minutes printed by {', '.join(sorted(available))}",
                      (PDF_OVERALL, PDF_PER_FIELD))
    assert failure is None, failure
