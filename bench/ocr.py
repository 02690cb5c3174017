"""Seconds per page of our OCR path against the bare `tesseract` command on the same images.

    .venv/bin/python bench/ocr.py [ROUNDS]

Ours: bangla_minutes.pipeline.read.tesseract.ocr_image_file (decode, grey, evened light on a photo, deskew beyond a degree,
median over the text area when speckled, column detection, Tesseract through pytesseract on the text
area, rows and tabs from the word table). Bare: `tesseract IMAGE - ` with the same language, page
segmentation, resolution and parameters, one thread. Both run in this one process run, interleaved
(the order flips every round), so a busy machine slows both alike. Wall time and CPU time (this
process plus its children) are both printed: on a machine shared with other jobs, CPU time is the
steadier measure. Target: ratio <= 1.15.

Measured with 4 rounds on two shared cores: 1.13 over the six pages (clean 0.99-1.09, photo 1.11,
noise 1.17, skew 1.36). With ruled tables, seal removal and junk dropping, and the pages made for the run
(2 rounds on two cores shared with five other jobs, load 7-9; CPU time): 1.14 over 13 pages; clean
1.10-1.12, photo 1.14, noise 1.16, skew 1.45, speckle 1.07, photocopy 1.13, seal 0.97, mixed 1.10,
ruled table 1.18, real scans 1.08-1.18 (wall time 1.20 overall: the machine was busy). With tables without rulings read too (2026-12-05, 2 rounds, two cores shared with three other jobs; CPU
time): 1.14 over 14 pages; clean 1.07-1.13, photo 1.18, noise 1.14, skew 1.43, speckle 1.08, photocopy 1.14,
seal 0.92, mixed 1.14, ruled table 1.25, real scans 1.11-1.16 (wall 1.10 overall). A skewed page stays dear: bare Tesseract reads it in 1.5 s but at 5% CER,
while the page turned straight takes as long as a clean one and reads at 0.1%.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bangla_minutes.pipeline.read import tesseract  # noqa: E402  (sets OMP_THREAD_LIMIT=1 for every tesseract it starts)
from bangla_minutes.pipeline.read.images import image_frames  # noqa: E402

SCANS = ROOT / "samples" / "scans"
PAGES = ["000_86d0b669600d1f47/clean-300.png", "001_180dda943f737cc3/clean-300.png",
         "000_86d0b669600d1f47/clean-200.png", "000_86d0b669600d1f47/photo.jpg",
         "000_86d0b669600d1f47/noise.png", "001_180dda943f737cc3/skew.png"]
# Pages made for the run (samples/degrade.py, fixed seed): degraded kinds, a ruled decision table
# (Chromium's PDF rendered at 300 dpi), and pages of the real scans where ../shared is beside the checkout.
DEGRADED = {"speckle": 11, "photocopy": 12, "seal": 13, "mixed": 14}
TABLE_PDF = ROOT / "samples" / "pdf" / "chromium" / "dc_development_2023.pdf"
REAL = Path(os.environ.get("MINUTES_SHARED") or ROOT.parent / "shared") / "real" / "files"
REAL_PAGES = [("egcb_monthly_coordination_2019-08_scan.pdf", 0), ("egcb_shuddhachar_2019-09_scan.pdf", 0),
              ("egcb_shuddhachar_2019-03_digital.pdf", 0)]


def made_pages(folder: Path) -> dict[str, Path]:
    """kind -> a page image file written into folder for this run."""
    import random

    from bangla_minutes.pipeline.read.tesseract import render_pdf_page
    from samples.degrade import degrade
    clean = render_pdf_page(SCANS / "clean" / "dc_law_order_2019.pdf", 0)
    out = {}
    for kind, seed in DEGRADED.items():
        page, _ = degrade(clean, kind, random.Random(seed))
        out[kind] = save(page, folder / f"{kind}.png")
    out["table"] = save(render_pdf_page(TABLE_PDF, 0), folder / "table.png")
    for name, index in REAL_PAGES:
        if (REAL / name).is_file():
            out[f"real {name[5:-4]}"] = save(render_pdf_page(REAL / name, index), folder / f"real-{index}-{name}.png")
    return out


def save(page, path: Path) -> Path:
    page.save(path, dpi=page.info.get("dpi", (300, 300)))
    return path


def clocks() -> tuple[float, float]:
    """Wall seconds and CPU seconds of this process and its finished children."""
    t = os.times()
    return time.perf_counter(), t.user + t.system + t.children_user + t.children_system


def timed(run) -> tuple[float, float]:
    wall, cpu = clocks()
    run()
    wall_after, cpu_after = clocks()
    return wall_after - wall, cpu_after - cpu


def ours(path: Path) -> tuple[float, float]:
    return timed(lambda: tesseract.ocr_image_file(path))


def bare(path: Path) -> tuple[float, float]:
    [frame] = image_frames(path)
    command = ["tesseract", str(path), "-", "-l", tesseract.ocr_language(), "--psm", str(tesseract.PSM),
               "--dpi", str(tesseract.resolution(frame)), *tesseract.EXTRA_CONFIG.split()]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    return timed(lambda: subprocess.run(command, check=True, capture_output=True, env=env))


def main(rounds: int) -> None:
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        pages = {page: SCANS / page for page in PAGES} | made_pages(Path(folder))
        measure(pages, rounds)


def measure(paths: dict[str, Path], rounds: int) -> None:
    names = list(paths)
    times = {page: {"ours": [], "bare": []} for page in names}
    for n in range(rounds):
        for page in names:
            runs = (("ours", ours), ("bare", bare)) if n % 2 == 0 else (("bare", bare), ("ours", ours))
            for name, run in runs:
                times[page][name].append(run(paths[page]))
    print(f"{'page':38s} {'wall: ours':>10s} {'bare':>6s} {'ratio':>6s}   {'cpu: ours':>9s} {'bare':>6s} {'ratio':>6s}")
    sums = [0.0, 0.0, 0.0, 0.0]
    for page in names:
        row = [statistics.median(t[k] for t in times[page][who]) for k in (0, 1) for who in ("ours", "bare")]
        sums = [a + b for a, b in zip(sums, row)]
        print(f"{page:38s} {row[0]:10.2f} {row[1]:6.2f} {row[0] / row[1]:6.2f}   "
              f"{row[2]:9.2f} {row[3]:6.2f} {row[2] / row[3]:6.2f}")
    mean = [x / len(names) for x in sums]
    print(f"{'seconds per page':38s} {mean[0]:10.2f} {mean[1]:6.2f} {sums[0] / sums[1]:6.2f}   "
          f"{mean[2]:9.2f} {mean[3]:6.2f} {sums[2] / sums[3]:6.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
