"""Text-layer PDF reading: pages per second and peak memory on a 300-page PDF it builds.

The 300 pages are the sample PDFs of all three writers (Chromium, LibreOffice, fpdf2) repeated, so
every extractor path (poppler, pypdfium2, tables) is in the mix. Also compares one pdftotext call
per page with the batched calls the reader makes. Prints figures; run:
    .venv/bin/python bench/pdf_text.py
"""
from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bangla_minutes.pipeline.read.pdf import POPPLER_BATCH, read_pdf_pages  # noqa: E402

PAGES = 300


def build_pdf(path: Path, pages: int = PAGES) -> None:
    sources = sorted((ROOT / "samples" / "pdf").glob("[cfl]*/*.pdf"))  # chromium, fpdf, libreoffice
    out = pdfium.PdfDocument.new()
    while len(out) < pages:
        for source in sources:
            document = pdfium.PdfDocument(str(source))
            count = min(len(document), pages - len(out))
            out.import_pages(document, list(range(count)))
            document.close()
            if len(out) >= pages:
                break
    out.save(str(path))
    out.close()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read_all(path: Path) -> None:
    start = time.perf_counter()
    rss_at = {}
    for number, _ in enumerate(read_pdf_pages(str(path), ocr="never"), start=1):
        if number in (30, PAGES):
            rss_at[number] = peak_rss_mb()
    seconds = time.perf_counter() - start
    print(f"read_pdf_pages: {PAGES} pages in {seconds:.1f} s = {PAGES / seconds:.1f} pages/s")
    print(f"peak RSS after 30 pages: {rss_at[30]:.0f} MB, after {PAGES}: {rss_at[PAGES]:.0f} MB")


def python_peak(path: Path) -> None:
    """A second pass under tracemalloc (which slows Python down, hence not timed)."""
    tracemalloc.start()
    for _ in read_pdf_pages(str(path), ocr="never"):
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak Python allocations (tracemalloc): {peak / 2**20:.1f} MB")


def poppler_calls(path: Path, pages: int = 60) -> None:
    start = time.perf_counter()
    for index in range(pages):
        subprocess.run(["pdftotext", "-layout", "-f", str(index + 1), "-l", str(index + 1), str(path), "-"],
                       capture_output=True, check=True)
    per_page = (time.perf_counter() - start) / pages
    start = time.perf_counter()
    for first in range(0, pages, POPPLER_BATCH):
        subprocess.run(["pdftotext", "-layout", "-f", str(first + 1), "-l", str(min(first + POPPLER_BATCH, pages)),
                        str(path), "-"], capture_output=True, check=True)
    batched = (time.perf_counter() - start) / pages
    print(f"pdftotext -layout: {per_page * 1000:.1f} ms/page one call per page, "
          f"{batched * 1000:.1f} ms/page in batches of {POPPLER_BATCH}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.pdf"
        build_pdf(path)
        print(f"built a {PAGES}-page PDF of the sample PDFs ({path.stat().st_size / 2**20:.1f} MB)")
        poppler_calls(path)
        read_all(path)
        python_peak(path)


if __name__ == "__main__":
    main()
