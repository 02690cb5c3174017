"""Memory of a long scanned PDF parsed end to end: does it grow with the pages?

    .venv/bin/python bench/memory.py [PAGES]

Writes a PDF of PAGES scanned pages (default 300: the pages of the clean sample scans over and over,
JPEG 2000 as samples/make_scans.py stores them) into a temporary folder, then parses it as `minutes
parse` does, printing the resident memory (RSS) of this process every 25 pages and at the end, with
the peak. Tesseract runs in child processes, one page at a time; their memory is not this process's.
Target: < 1 GB and no growth with the pages.

Measured (300 pages, 2026-12-05, two cores shared with three other jobs): RSS 313 MB at page 25,
317 at 75, 333 at page 300, peak 349 MB, 896 s (3 s a page): it grows by 0.07 MB a page, the pages' text
and OCR words the record is made from (and its evidence points into), kept until the record is made.
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bangla_minutes.pipeline.parse.document import parse_pages  # noqa: E402
from bangla_minutes.pipeline.read.tesseract import render_pdf_page  # noqa: E402
from bangla_minutes.pipeline.read.pages import SourcePages  # noqa: E402
from bangla_minutes.pipeline.read.pdf import read_pdf_pages  # noqa: E402
from samples.make_scans import image_pdf, pdf_image  # noqa: E402

SOURCES = sorted((ROOT / "samples" / "scans" / "clean").glob("*.pdf"))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def long_pdf(path: Path, pages: int) -> None:
    """A scanned PDF of `pages` pages taken in turn from the sample scans (a few distinct pages)."""
    distinct = [render_pdf_page(SOURCES[n % len(SOURCES)], 0) for n in range(min(pages, 6))]
    for page in distinct:
        page.info["dpi"] = (300, 300)
    stored = [(page, *pdf_image(page, "clean")) for page in distinct]
    path.write_bytes(image_pdf([stored[n % len(stored)] for n in range(pages)]))


def main(pages: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.pdf"
        long_pdf(path, pages)
        print(f"{pages} pages, {path.stat().st_size / 1e6:.1f} MB; RSS before reading: {rss_mb():.0f} MB")
        started, read = time.perf_counter(), []
        for number, page in enumerate(read_pdf_pages(str(path), ocr="always"), 1):
            read.append(page)
            if number % 25 == 0:
                print(f"page {number:4d}: RSS {rss_mb():6.0f} MB, {time.perf_counter() - started:6.0f} s")
        record = parse_pages(SourcePages("application/pdf", read), path=str(path), doc_id="bench")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"parsed: {len(record.agenda)} agenda items; RSS {rss_mb():.0f} MB, peak {peak:.0f} MB, "
              f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
