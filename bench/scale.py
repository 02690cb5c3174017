"""National-archive scale (issue 12): what a daily batch costs beside what exists.

    .venv/bin/python bench/scale.py                  # 100,000 meetings, and the CLI figure
    .venv/bin/python bench/scale.py 100000 1000000   # and a million (about 15 GB of disk for the journal
                                                     # alone; tens of minutes on two busy cores)
    .venv/bin/python bench/scale.py --cli            # only the CLI figure
    BENCH_DIR=/big/disk BENCH_KEEP=1 ...             # where to build, and keep the archives
    BENCH_ARCHIVE=/big/disk/bench-scale-kept-x ...   # reuse the archives kept there (no full build)
    BENCH_BEFORE=32 ...                              # and measure the same on files of 32 MB (the old layout)

For each size: a journal of that many meetings (the sample records, each with its own doc_id and memo
number, as bench/ingest.py does), its full build, then `minutes ingest` of a folder of 10 new files into
it (end to end: a new process, discovery, parsing, publishing); the disk it takes (journal, minutes.db,
Delta tables, and what old versions add); load_dataset; decisions per office counted with the lazy form
(Dask) in a process of its own, with its peak RSS. Then the CLI figure: `minutes ingest` of a folder
where 10 new files join 20,000 already imported, against the same beside 5,000 (the imported files are
journaled directly, with their real size and mtime: ingest must recognise them without reading them).

Then re-parsing 10 published documents (spread over the archive; journaled as a new pipeline version's
results, then published); and many small runs (10 new documents each, compaction held off), load_dataset
and the lazy count after them, then the run that compacts and both again. A reused archive (BENCH_ARCHIVE)
is not built again from the journal (26 minutes at a million): its tables are relaid from themselves in
this code's files and its build adopted; with BENCH_BEFORE=MB the figures are measured on both layouts of
the same archive, one after the other, and printed as ratios.

Prints figures; targets: adding 10 documents to 1,000,000 meetings < 5 s and < 2% of a full build; disk
within 1.5x of one copy of the data plus the journal; load_dataset of 100,000 meetings < 2 s; decisions per
office over 1,000,000 meetings lazily < 30 s and < 4 GB; the CLI at 20,000 <= 1.5x the CLI at 5,000;
re-parsing 10 published documents of 1,000,000 meetings < 5 s.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from bangla_minutes.pipeline.dataset import database, lake  # noqa: E402
from bangla_minutes.pipeline.dataset.ingest import _made_by  # noqa: E402
from bangla_minutes.pipeline.dataset.journal import Journal  # noqa: E402
from bangla_minutes.pipeline.dataset.layout import DB_NAME, build_info  # noqa: E402
from bangla_minutes.pipeline.dataset.publish import _builder, publish  # noqa: E402
from bangla_minutes.pipeline.parse.document import parse_file  # noqa: E402
from bangla_minutes.schemas import MemoNumber  # noqa: E402
from bangla_minutes.schemas.tables import TABLE_BY_NAME  # noqa: E402

MINUTES = str(Path(sys.executable).with_name("minutes"))
TEXTS = sorted((ROOT / "samples" / "text").glob("*.txt"))
_DOC, _N = "@@doc@@", "@@n@@"
LOAD_AT_MOST = 100_000  # load_dataset (every table in memory) is measured up to this size


@functools.cache
def templates() -> list[str]:
    """Each sample record as JSON with a place for its doc_id and its memo number's serial."""
    records = [parse_file(p) for p in TEXTS]
    return [r.model_copy(update={"doc_id": _DOC, "memo": MemoNumber(raw=f"বেঞ্চ/{_N}")}).model_dump_json()
            for r in records]


def journal_meetings(journal: Journal, count: int, start: int = 0, paths=None, version: str = "bench") -> None:
    """`count` documents, each a sample record as meeting n with its own doc_id and memo number, in
    bulk (one transaction per 10,000). paths(n) -> (path, doc_id, size, mtime_ns) of a real file, or a
    made-up path."""
    shapes = templates()
    names = [*TABLE_BY_NAME["documents"].column_names, "run_id", "warning_codes", "record"]
    insert = f"INSERT OR REPLACE INTO documents ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    batch_docs, batch_paths = [], []
    for n in range(start, start + count):
        path, doc_id, size, mtime = paths(n) if paths else (f"/generated/{n}.txt", f"{n:064x}", 1, 1)
        record = shapes[n % len(shapes)].replace(_DOC, doc_id).replace(_N, str(n))
        row = {"doc_id": doc_id, "path": path, "status": "ok", "media_type": "text/plain", "pages": 1,
               "text_origin": "text", "size_bytes": size, "pipeline_version": version,
               "ingested_at": "2024-01-01T00:00:00+00:00", "record": record, "run_id": "bench", "warning_codes": ""}
        batch_docs.append([row.get(name) for name in names])
        batch_paths.append((path, doc_id, size, mtime))
        if len(batch_docs) == 10_000 or n == start + count - 1:
            journal.db.executemany(insert, batch_docs)
            journal.db.executemany("INSERT OR REPLACE INTO paths VALUES (?, ?, ?, ?)", batch_paths)
            journal.db.executemany("INSERT OR IGNORE INTO dirty VALUES (?)", [(p[1],) for p in batch_paths])
            journal.db.execute("UPDATE meta SET value = value + 1 WHERE key = 'changes'")
            journal.db.commit()
            batch_docs, batch_paths = [], []


def size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def disk(out: Path) -> dict[str, int]:
    """Bytes on disk: journal, minutes.db, the Delta tables as they are, and their published version alone."""
    from deltalake import DeltaTable

    info = build_info(out)
    tables = {name: out / name for name in info["tables"]}
    published = sum(os.path.getsize(uri.removeprefix("file://"))
                    for name, path in tables.items() for uri in DeltaTable(path, version=info["tables"][name]).file_uris())
    return {"journal": size(out / "journal.sqlite") + size(out / "journal.sqlite-wal"),
            "db": sum(size(out / f"{DB_NAME}{s}") for s in ("", "-wal", "-shm")),
            "delta": sum(size(p) for p in tables.values()), "delta_published": published}


def gb(n: int) -> str:
    return f"{n / 1e9:.3f} GB"


def print_disk(label: str, sizes: dict[str, int]) -> None:
    one_copy = sizes["db"] + sizes["delta_published"]
    total = sizes["journal"] + sizes["db"] + sizes["delta"]
    print(f"  disk {label}: journal {gb(sizes['journal'])}, minutes.db {gb(sizes['db'])}, Delta tables "
          f"{gb(sizes['delta'])} ({gb(sizes['delta_published'])} published); one copy {gb(one_copy)}; "
          f"(total - journal) / one copy = {(total - sizes['journal']) / one_copy:.3f}  target <= 1.5", flush=True)


def ten_new_files(folder: Path, tag: str) -> Path:
    """10 sample minutes with a line of their own: 10 new documents, 10 new meetings."""
    folder.mkdir(parents=True)
    for n, text in enumerate(TEXTS[:10]):
        (folder / text.name).write_text(text.read_text(encoding="utf-8") + f"\n{tag}-{n}\n", encoding="utf-8")
    return folder


def timed_ingest(inputs: Path, out: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run([MINUTES, "ingest", str(inputs), "--out", str(out), "--jobs", "2", "--json"],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - start
    summary = json.loads(done.stdout)
    assert done.returncode == 0, done.stderr
    return seconds, summary


_CHILD = """
import sys, time
import pandas, pyarrow, deltalake, dask.dataframe
from bangla_minutes.pipeline.dataset.loader import load_dataset, scan_dataset
def peak():  # VmHWM: this process's own peak (ru_maxrss keeps the forking parent's across exec)
    status = open("/proc/self/status").read()
    return int(status.split("VmHWM:")[1].split()[0]) * 1024
start = time.perf_counter()
what, out = sys.argv[1], sys.argv[2]
if what == "load":  # three times: the machine is shared; the best and the worst are printed
    times = []
    for _ in range(3):
        start = time.perf_counter()
        n = len(load_dataset(out).meetings)
        times.append(time.perf_counter() - start)
    print(n, min(times), peak(), max(times))
    sys.exit()
else:
    lazy = scan_dataset(out)
    decisions = lazy.table("decisions", columns=["doc_id"])
    meetings = lazy.table("meetings", columns=["doc_id", "office"])
    n = len(decisions.merge(meetings, on="doc_id").groupby("office").size().compute())
print(n, time.perf_counter() - start, peak())
"""


def child(what: str, out: Path) -> tuple[int, float, int]:
    """load_dataset or the lazy count in a process of its own: (rows, seconds once the libraries are
    imported, peak RSS of the process)."""
    done = subprocess.run([sys.executable, "-c", _CHILD, what, str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    n, seconds, rss, *worst = done.stdout.split()
    return int(n), float(seconds), int(rss), *map(float, worst)


def archive(count: int, work: Path) -> None:
    out = work / f"archive-{count}"
    print(f"{count:,} meetings:", flush=True)
    reused = (out / DB_NAME).is_file()
    full = None if reused else build(out, count)
    print_disk("before the runs", disk(out))
    before, target = os.environ.get("BENCH_BEFORE"), lake.TARGET_FILE_SIZE
    if before:
        print(f"  -- files of {before} MB (the old layout), relaid in {relay(out, int(before) << 20):.1f} s", flush=True)
        old = figures(out, count, work, full, int(before) << 20)
        print(f"  -- files of {target >> 20} MB (this code's), relaid in {relay(out):.1f} s", flush=True)
        new = figures(out, count, work, full, target)
        print("  this code / the old layout: " + ", ".join(f"{k} {new[k] / old[k]:.2f}x" for k in new), flush=True)
    else:
        if reused:
            print(f"  reused {out}: relaid in this code's files in {relay(out):.1f} s", flush=True)
        figures(out, count, work, full, target)
    print_disk("after adding 10 (the previous version kept for a reader)", disk(out))
    small_runs(out, count)
    if not os.environ.get("BENCH_KEEP") and not os.environ.get("BENCH_ARCHIVE"):
        shutil.rmtree(out)


def build(out: Path, count: int) -> float:
    """A journal of `count` meetings and its full build; the build's seconds."""
    journal = Journal(out)
    start = time.perf_counter()
    journal_meetings(journal, count)
    print(f"  journal written in {time.perf_counter() - start:.1f} s", flush=True)
    start = time.perf_counter()
    publish(out, journal)
    full = time.perf_counter() - start
    journal.close()
    print(f"  full build: {full:.1f} s", flush=True)
    return full


def relay(out: Path, target: int = lake.TARGET_FILE_SIZE) -> float:
    """Write every published table anew from itself in files of `target` (the rows a full build of
    this code writes, without making them again from the journal) and publish that as a build of this
    code: what a kept archive of an older layout is compared on. Seconds taken."""
    start = time.perf_counter()
    saved, lake.TARGET_FILE_SIZE = lake.TARGET_FILE_SIZE, target
    info = build_info(out)
    try:
        for name in lake.SCHEMAS:
            source = lake.table(out, name, info["tables"][name]).to_pyarrow_dataset()
            info["tables"][name] = lake.overwrite(out, name, (b for b in source.to_batches() if b.num_rows))
    finally:
        lake.TARGET_FILE_SIZE = saved
    info["builder"] = _builder()
    db = database.connect(out)
    db.execute("BEGIN IMMEDIATE")
    database._set_info(db, info)
    db.execute("COMMIT")
    db.close()
    lake.vacuum(out, [info["tables"]])
    return time.perf_counter() - start


def figures(out: Path, count: int, work: Path, full: float | None, target: int) -> dict[str, float]:
    """10 new files through the CLI, 10 published documents re-parsed (written in files of `target`),
    load_dataset and the lazy count; seconds by name."""
    got, label = {}, f"{target >> 20}"
    tag = f"new-{count}-{label}-{time.time_ns()}"  # new documents, whichever archive was reused
    got["new 10"], summary = timed_ingest(ten_new_files(work / tag, tag), out)
    assert summary["parsed"] == 10 and build_info(out)["kind"] == "incremental"
    share = f", {100 * got['new 10'] / full:.2f}% of the full build" if full else ""
    print(f"  minutes ingest of 10 new files (a new process: discovery, parsing, publishing): {got['new 10']:.2f} s"
          f"{share}  target < 5 s and < 2%", flush=True)
    saved, lake.TARGET_FILE_SIZE = lake.TARGET_FILE_SIZE, target
    try:
        got["re-parse 10"] = reparse(out, count, label)
    finally:
        lake.TARGET_FILE_SIZE = saved
    print(f"  publishing 10 re-parsed published documents: {got['re-parse 10']:.2f} s  target < 5 s at 1,000,000",
          flush=True)
    if count <= LOAD_AT_MOST:
        got["load_dataset"] = load_figure(out)
    else:  # every table in memory: not what a million meetings are read with
        print(f"  load_dataset: not measured above {LOAD_AT_MOST:,} meetings (the lazy form is for those)")
    got["lazy count"] = lazy_figure(out)
    return got


def reparse(out: Path, count: int, version: str) -> float:
    """10 published documents, spread over the archive, journaled again as a new pipeline version's
    results; the seconds their publish takes."""
    journal = Journal(out)
    # Documents no earlier run re-parsed (those sit in the files runs appended, not where a build put them).
    first = 1 + time.time_ns() // 1000 % (count // 10)
    for n in range(first, count, count // 10):
        journal_meetings(journal, 1, start=n, version=f"reparse-{version}")
    start = time.perf_counter()
    publish(out, journal)
    seconds = time.perf_counter() - start
    journal.close()
    assert build_info(out)["kind"] == "incremental"
    return seconds


def small_runs(out: Path, count: int, runs: int = 2 * lake.COMPACT_AT) -> None:
    """`runs` publishes of 10 new documents each with compaction held off, then as many as there are
    tables (each compacts one): load_dataset (or the lazy count) before, after the first and after the
    second."""
    measure = load_figure if count <= LOAD_AT_MOST else lazy_figure
    first = measure(out)
    journal = Journal(out)
    base = time.time_ns() // 1000  # new documents, whichever archive was reused
    saved, lake.COMPACT_AT = lake.COMPACT_AT, 1 << 30
    try:
        piling = run_small(out, journal, base, runs)
    finally:
        lake.COMPACT_AT = saved
    print(f"  {runs} runs of 10 new documents, not compacted: {sum(piling) / runs:.2f} s a run "
          f"(the slowest {max(piling):.2f} s); {small_count(out)} small files", flush=True)
    second = measure(out)
    compacting = run_small(out, journal, base + runs * 10, len(lake.SCHEMAS))
    journal.close()
    print(f"  {len(compacting)} runs of 10 new documents, each compacting a table: {sum(compacting) / len(compacting):.2f} s "
          f"a run (the slowest {max(compacting):.2f} s); {small_count(out)} small files left", flush=True)
    third = measure(out)
    print(f"  {measure.__name__}: after the runs {second / first:.2f}x, after compaction {third / first:.2f}x "
          f"what it took before them", flush=True)


def run_small(out: Path, journal: Journal, start: int, runs: int) -> list[float]:
    """`runs` publishes of 10 new documents each; the seconds of each publish."""
    seconds = []
    for run in range(runs):
        journal_meetings(journal, 10, start=start + run * 10, paths=made_up_path)
        began = time.perf_counter()
        publish(out, journal)
        seconds.append(time.perf_counter() - began)
    return seconds


def small_count(out: Path) -> int:
    return sum(len(lake.small_files(lake.table(out, name, v))) for name, v in build_info(out)["tables"].items())


def made_up_path(n: int) -> tuple[str, str, int, int]:
    """A made-up file whose doc_id is a hash, as a real one's is (new doc_ids fall anywhere among the old)."""
    return f"/generated/{n}.txt", hashlib.sha256(str(n).encode()).hexdigest(), 1, 1


def lazy_figure(out: Path) -> float:
    n, seconds, rss = child("lazy", out)
    print(f"  decisions per office, lazily (Dask, {n} offices): {seconds:.1f} s, peak RSS {gb(rss)}  "
          f"target < 30 s and < 4 GB at 1,000,000", flush=True)
    return seconds


def load_figure(out: Path) -> float:
    n, seconds, rss, worst = child("load", out)
    print(f"  load_dataset: {seconds:.2f} s (best of 3; worst {worst:.2f} s), peak RSS {gb(rss)} ({n:,} meetings)  "
          f"target < 2 s at 100,000", flush=True)
    return seconds


def cli_figure(work: Path, sizes=(5_000, 20_000)) -> None:
    """`minutes ingest` of a folder where 10 new files join `n` already imported ones."""
    figures = {}
    version = _made_by("auto")
    for n in sizes:
        folder, out = work / f"folder-{n}", work / f"cli-{n}"
        folder.mkdir()
        base = TEXTS[0].read_text(encoding="utf-8")

        def real_file(i: int) -> tuple[str, str, int, int]:
            path = folder / f"{i:06d}.txt"
            data = f"{base}\nfile {i}\n".encode()
            path.write_bytes(data)
            info = path.stat()
            return str(path), hashlib.sha256(data).hexdigest(), info.st_size, info.st_mtime_ns

        journal = Journal(out)
        journal_meetings(journal, n, paths=real_file, version=version)
        publish(out, journal)
        journal.close()
        unchanged, _ = timed_ingest(folder, out)
        ten_new_files(folder / "new", f"cli-{n}")
        seconds, summary = timed_ingest(folder, out)
        assert summary["parsed"] == 10 and summary["unchanged"] == n, summary
        figures[n] = seconds
        print(f"CLI: {n:,} files imported, 10 new: {seconds:.2f} s (nothing new: {unchanged:.2f} s)", flush=True)
        shutil.rmtree(out)
        shutil.rmtree(folder)
    small, large = sizes
    print(f"CLI: 10 new files beside {large:,} cost {figures[large] / figures[small]:.2f}x what they cost beside "
          f"{small:,}  target <= 1.5x", flush=True)


def main() -> None:
    args = sys.argv[1:]
    counts = [int(a) for a in args if a.isdigit()] or [100_000]
    with tempfile.TemporaryDirectory(prefix="bench-scale-", dir=os.environ.get("BENCH_DIR")) as tmp:
        work = Path(os.environ.get("BENCH_ARCHIVE") or (
            tempfile.mkdtemp(prefix="bench-scale-kept-", dir=os.environ.get("BENCH_DIR")) if os.environ.get("BENCH_KEEP") else tmp))
        if "--cli" not in args or len(args) > 1:
            for count in counts:
                archive(count, work)
        if "--cli" in args or not [a for a in args if a.isdigit()]:
            cli_figure(work)


if __name__ == "__main__":
    main()
