"""Text path speed: documents per second on one core, and `minutes parse` wall time with start-up.

Prints figures; targets: >= 200 seed-sized documents/s, one-file `minutes parse` < 0.5 s.
"""
from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bangla_minutes.pipeline.parse.document import parse_text  # noqa: E402


def inputs() -> list[Path]:
    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    return seeds or sorted((ROOT / "samples" / "text").glob("*.txt"))[:2]


def docs_per_second(texts: list[str], seconds: float = 5.0) -> tuple[float, float, int]:
    """Documents per second of wall time and of this process's CPU time (the shared machine's load
    slows the first, hardly the second)."""
    for text in texts:  # warm caches (compiled patterns, lexicons)
        parse_text(text)
    count, start, cpu_start = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        for text in texts:
            parse_text(text)
            count += 1
    return count / (time.perf_counter() - start), count / (time.process_time() - cpu_start), count


def cli_time(path: Path, runs: int = 5) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of `minutes parse FILE`."""
    minutes = Path(sys.executable).with_name("minutes")
    # As installed (pip writes the bytecode): a shell that sets PYTHONDONTWRITEBYTECODE would add the
    # compiling of every module (~0.08 s) to each run. One run first writes it.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([str(minutes), "parse", str(path)], check=True, capture_output=True, env=env)
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([str(minutes), "parse", str(path)], check=True, capture_output=True, env=env)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main():
    files = inputs()
    texts = [f.read_text(encoding="utf-8") for f in files]
    size = sum(map(len, texts)) / len(texts)
    wall, cpu, count = docs_per_second(texts)
    print(f"text path: {cpu:.0f} documents per CPU-second on one core ({wall:.0f}/s of wall time; {count} documents"
          f" of ~{size / 1000:.1f} k characters)  target >= 200")
    wall, cpu = cli_time(files[0])
    print(f"minutes parse, one file, start-up included: {wall:.3f} s wall, {cpu:.3f} s CPU (median of 5)"
          f"  target < 0.5 s")


if __name__ == "__main__":
    main()
