"""Random draws of scanned minutes with known truth: minutes printed by one of several writers and
fonts, every page degraded one way (samples/degrade.py), OCR'd, parsed and scored.

    .venv/bin/python samples/scan_draws.py [--seed N] [--documents N] [--clean-share 0.3]

A draw is fixed by its seed: which minutes, which writer, which kind of degradation on which page and
with what parameters. The writers:

    typeset:<family>   the minutes typeset by samples/make_scans.py in a font family of FAMILIES (Noto
                       Sans Bengali, Lohit Bengali); the text printed on each page is known, so these
                       pages also give character error rates
    pdf:<writer>       a PDF of the minutes made by samples/make_documents.py (Chromium, LibreOffice:
                       tables with ruling lines) rendered at 300 dpi as a scanner would see it

The minutes are samples/text/ with samples/expected/, and minutes drawn by samples/generator with their
truth (`--generated N`; typeset only).
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from samples import degrade as degradations  # noqa: E402
from samples.make_scans import FAMILIES, Typesetter, source_lines  # noqa: E402

SAMPLES = ROOT / "samples"
EXPECTED = SAMPLES / "expected"
WRITERS = tuple(f"typeset:{family}" for family in FAMILIES) + ("pdf:chromium", "pdf:libreoffice")
DEGRADED_KINDS = tuple(degradations.KINDS) + ("mixed", "office_scan")
SCAN_DPI = 300


@dataclass
class DrawnPage:
    kind: str  # "clean" or a kind of samples/degrade.py
    params: dict
    truth: str | None  # the text printed on the page, where the writer tells it
    text: str = ""  # what the OCR read, word by word in the page's line order (tests/cer.py: words_read)
    seconds: float = 0.0


@dataclass
class DrawnDocument:
    stem: str
    writer: str
    condition: str  # "clean" or "degraded"
    seed: str
    expected: dict
    text: str | None = None  # the minutes' text when not a sample's (a generated document)
    pages: list[DrawnPage] = field(default_factory=list)
    record: dict | None = None
    text_record: dict | None = None  # the record of the minutes' text itself (what the parser alone gives)
    read_text: str = ""  # the OCR'd pages' texts as the parser took them, a form feed between pages
    only_kind: str | None = None  # every degraded page degraded this way (else kinds are taken in turn)


def sources() -> list[str]:
    """Stems of the minutes with an expected record and a text to print."""
    return sorted(p.stem for p in EXPECTED.glob("*.json") if (SAMPLES / "text" / f"{p.stem}.txt").is_file())


def plan(seed: int, documents: int, clean_share: float, generated: int = 0) -> list[DrawnDocument]:
    """Which minutes, writers and conditions a draw holds (no pixels yet): `documents` samples and
    `generated` minutes of samples/generator (typeset: no PDF writer printed them)."""
    rng = random.Random(seed)
    stems = rng.sample(sources(), min(documents, len(sources())))
    chosen = [(stem, None, json.loads((EXPECTED / f"{stem}.json").read_text(encoding="utf-8")), WRITERS)
              for stem in stems]
    if generated:
        from samples.generator import generate
        typeset = tuple(w for w in WRITERS if w.startswith("typeset:"))
        chosen += [(f"generated-{doc.id}", doc.text, doc.expected, typeset) for doc in generate(seed, generated)]
    rng.shuffle(chosen)
    clean = round(clean_share * len(chosen))
    return [DrawnDocument(stem, rng.choice(writers), "clean" if n < clean else "degraded", f"{seed}-{stem}",
                          expected, text) for n, (stem, text, expected, writers) in enumerate(chosen)]


def printed_pages(stem: str, writer: str, text: str | None = None) -> list[tuple[Image.Image, str | None]]:
    """The pages of the minutes as the writer prints them at 300 dpi, each with its text if known."""
    kind, name = writer.split(":")
    if kind == "typeset":
        text = text or (SAMPLES / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        images, truths = Typesetter(SCAN_DPI, name).pages(source_lines(text))
        for image in images:
            image.info["dpi"] = (SCAN_DPI, SCAN_DPI)
        return list(zip(images, truths))
    from bangla_minutes.pipeline.read.tesseract import render_pdf_page
    from bangla_minutes.pipeline.read.pdf import open_pdf
    path = SAMPLES / "pdf" / name / f"{stem}.pdf"
    document = open_pdf(str(path))
    count = len(document)
    document.close()
    return [(render_pdf_page(path, index, SCAN_DPI), None) for index in range(count)]


def degraded_pages(document: DrawnDocument) -> list[tuple[Image.Image, DrawnPage]]:
    """The document's pages, each degraded by a kind drawn for it (kinds taken in a shuffled turn)."""
    rng = random.Random(document.seed)
    kinds = list(DEGRADED_KINDS)
    rng.shuffle(kinds)
    out = []
    for number, (image, truth) in enumerate(printed_pages(document.stem, document.writer, document.text)):
        if document.condition == "clean":
            out.append((image, DrawnPage("clean", {}, truth)))
            continue
        kind = document.only_kind or kinds[number % len(kinds)]
        degraded, params = degradations.degrade(image, kind, rng)
        out.append((degraded, DrawnPage(kind, params, truth)))
    return out


def read(document: DrawnDocument) -> DrawnDocument:
    """OCR and parse one drawn document (run in a worker process: it renders its own pages)."""
    from bangla_minutes.pipeline.parse.document import parse_pages, parse_text
    from bangla_minutes.pipeline.read import tesseract as ocr
    from bangla_minutes.pipeline.read.pages import SourcePages
    from tests.cer import words_read
    pages = []
    drawn = degraded_pages(document)
    started = time.perf_counter()
    for (_, page), read in zip(drawn, ocr.ocr_images(image for image, _ in drawn)):  # one page OCR'd per step
        page.text, page.seconds = words_read(read), time.perf_counter() - started
        pages.append(read)
        document.pages.append(page)
        started = time.perf_counter()
    document.read_text = "\n\f\n".join(page.text for page in pages)
    record = parse_pages(SourcePages("application/pdf", pages), path=f"{document.stem}.pdf", doc_id=document.seed)
    document.record = record.model_dump(mode="json")
    text = document.text or (SAMPLES / "text" / f"{document.stem}.txt").read_text(encoding="utf-8")
    document.text_record = parse_text(text).model_dump(mode="json")
    return document


def read_all(documents: list[DrawnDocument], workers: int = 2) -> list[DrawnDocument]:
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(workers) as pool:
        return list(pool.map(read, documents))


# ---- scores --------------------------------------------------------------------------------------

def error_rates(documents: list[DrawnDocument]) -> dict[str, tuple[float, int]]:
    """Character error rate and page count per kind, over the pages whose printed text is known."""
    from rapidfuzz.distance import Levenshtein
    from tests.cer import normalised
    counts: dict[str, list[int]] = {}
    for page in (p for d in documents for p in d.pages if p.truth is not None):
        edits = Levenshtein.distance(normalised(page.truth), normalised(page.text))
        count = counts.setdefault(page.kind, [0, 0, 0])
        count[0], count[1], count[2] = count[0] + edits, count[1] + len(normalised(page.truth)), count[2] + 1
    return {kind: (edits / max(chars, 1), pages) for kind, (edits, chars, pages) in sorted(counts.items())}


def field_report(documents: list[DrawnDocument], fields: str | None = None):
    """`minutes eval` of the documents' records against their expected records (all fields, or a set)."""
    import tempfile

    from bangla_minutes.pipeline.front.evaluate import FIELDS, evaluate, select_fields
    with tempfile.TemporaryDirectory() as folder:
        for d in documents:
            (Path(folder) / f"{d.stem}.json").write_text(json.dumps(d.expected, ensure_ascii=False), encoding="utf-8")
        return evaluate(folder, {d.stem: d.record for d in documents}, select_fields(fields) if fields else FIELDS)


def as_text(documents: list[DrawnDocument]) -> list[DrawnDocument]:
    """The documents with the records their texts give (what the parser alone reads)."""
    return [dataclasses.replace(d, record=d.text_record) for d in documents]


def covers(warning_field: str | None, path: str) -> bool:
    """A warning on "chair" speaks for chair.name; one on "memo" for memo.normalized."""
    return bool(warning_field) and (path == warning_field or path.startswith(warning_field + "."))


def wrong_values(documents: list[DrawnDocument], scan_only: bool = False) -> list[tuple[str, str, bool]]:
    """(document, field, flagged) for every single value read that differs from the expected one
    (values not found at all are left out: nothing was claimed); flagged when a warning names the field.
    `scan_only`: only the values the parser reads right from the minutes' text (the scan made them wrong)."""
    report = field_report(documents)
    lists = {path for path, score in report.scores.items() if score.is_list}
    records = {d.stem: d.record for d in documents}
    parser_misses = set()
    if scan_only:
        parser_misses = {(m.document, m.path) for m in field_report(as_text(documents)).mismatches}
    out = []
    for miss in report.mismatches:
        if miss.path in lists or miss.path.split("[")[0] in lists or miss.found is None \
                or (miss.document, miss.path) in parser_misses:
            continue
        warned = {w["field"] for w in records[miss.document]["warnings"]}
        out.append((miss.document, miss.path, any(covers(w, miss.path) for w in warned)))
    return out


WEAK_FIELD = 0.95  # a field's recall below this is printed by name


def print_report(documents: list[DrawnDocument], misses: bool = False) -> None:
    for d in documents:
        kinds = ", ".join(f"{p.kind} {p.params}" if p.params else p.kind for p in d.pages)
        print(f"{d.stem} [{d.writer}, {d.condition}]: {kinds}")
    print("\nCER per kind (typeset pages):")
    for kind, (rate, pages) in error_rates(documents).items():
        print(f"  {kind:14s} {rate:7.2%}  ({pages} pages)")
    for condition in ("clean", "degraded"):
        chosen = [d for d in documents if d.condition == condition]
        if chosen:
            report = field_report(chosen)
            key, every = field_report(chosen, "key").accuracy(), report.accuracy()
            text_key, text_every = field_report(as_text(chosen), "key").accuracy(), field_report(as_text(chosen)).accuracy()
            print(f"{condition}: {len(chosen)} documents, key fields {key:.1%}, all fields {every:.1%} "
                  f"(their texts: {text_key:.1%}, {text_every:.1%})")
            weak = sorted((score.recall("exact"), path) for path, score in report.scores.items()
                          if score.expected and score.recall("exact") < WEAK_FIELD)
            if weak:
                print(f"  fields below {WEAK_FIELD:.0%}: " + ", ".join(f"{path} {recall:.0%}" for recall, path in weak))
            if misses:
                print("\n".join(f"    {miss}" for miss in report.mismatches))
    wrong, by_scan = wrong_values(documents), wrong_values(documents, scan_only=True)
    print(f"wrong values flagged: {sum(f for _, _, f in wrong)}/{len(wrong)}; of those the scan made wrong "
          f"(the text itself parses right): {sum(f for _, _, f in by_scan)}/{len(by_scan)}")
    for document, path, was_flagged in wrong:
        cause = "scan" if (document, path, was_flagged) in by_scan else "parser"
        print(f"  {'flagged ' if was_flagged else 'SILENT  '} {document}: {path} ({cause})")
    seconds = [p.seconds for d in documents for p in d.pages]
    print(f"OCR: {len(seconds)} pages, {sum(seconds):.0f} s, {sum(seconds) / max(len(seconds), 1):.2f} s a page")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=random.SystemRandom().randrange(10**9))
    parser.add_argument("--documents", type=int, default=8)
    parser.add_argument("--clean-share", type=float, default=0.25)
    parser.add_argument("--kind", choices=DEGRADED_KINDS, help="every degraded page degraded this way only")
    parser.add_argument("--generated", type=int, default=0, help="generated minutes drawn besides the samples")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--misses", action="store_true", help="print every value that differs from the truth")
    parser.add_argument("--keep", type=Path, help="write each document's OCR text and record to this folder")
    args = parser.parse_args(argv)
    print(f"seed {args.seed}")
    documents = plan(args.seed, args.documents, args.clean_share, args.generated)
    if args.kind:
        documents = [dataclasses.replace(d, only_kind=args.kind) for d in documents]
    documents = read_all(documents, args.workers)
    if args.keep:
        keep(documents, args.keep)
    print_report(documents, args.misses)


def keep(documents: list[DrawnDocument], folder: Path) -> None:
    """Each document's OCR'd pages (form feeds between them) and its record, to study a miss."""
    folder.mkdir(parents=True, exist_ok=True)
    for d in documents:
        (folder / f"{d.stem}.txt").write_text(d.read_text, encoding="utf-8")
        (folder / f"{d.stem}.json").write_text(json.dumps(d.record, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
