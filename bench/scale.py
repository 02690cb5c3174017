"""National-archive scale (issue 12): what a daily batch costs beside what exists.

    .venv/bin/python bench/scale.py                  # 100,000 meetings, and the CLI figure
    .venv/bin/python bench/scale.py 100000 1000000   # and a million (about 15 GB of disk for the journal
                                                     # alone; tens of minutes on two busy cores)
    .venv/bin/python bench/scale.py --cli            # only the CLI figure
    BENCH_DIR=/big/disk BENCH_KEEP=1 ...             # where to build, and keep the archives

For each size: a journal of that many meetings (the sample records, each with its own doc_id and memo
number, as bench/ingest.py does), its full build, then `minutes ingest` of a folder of 10 new files into
it (end to end: a new process, discovery, parsing, publishing); the disk it takes (journal, minutes.db,
Delta tables, and what old versions add); load_dataset; decisions per office counted with the lazy form
(Dask) in a process of its own, with its peak RSS. Then the CLI figure: `minutes ingest` of a folder
where 10 new files join 20,000 already imported, against the same beside 5,000 (the imported files are
journaled directly, with their real size and mtime: ingest must recognise them without reading them).

Prints figures; targets: adding 10 documents to 1,000,000 meetings < 5 s and < 2% of a full build; disk
within 1.5x of one copy of the data plus the journal; load_dataset of 100,000 meetings < 2 s; decisions per
office over 1,000,000 meetings lazily < 30 s and < 4 GB; the CLI at 20,000 <= 1.5x the CLI at 5,000.
"""
from __future__ import annotations

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

from bangla_minutes.pipeline.dataset.ingest import _made_by  # noqa: E402
from bangla_minutes.pipeline.dataset.journal import Journal  # noqa: E402
from bangla_minutes.pipeline.dataset.layout import DB_NAME, build_info  # noqa: E402
from bangla_minutes.pipeline.dataset.publish import publish  # noqa: E402
from bangla_minutes.pipeline.parse.document import parse_file  # noqa: E402
from bangla_minutes.schemas import MemoNumber  # noqa: E402
from bangla_minutes.schemas.tables import TABLE_BY_NAME  # noqa: E402

MINUTES = str(Path(sys.executable).with_name("minutes"))
TEXTS = sorted((ROOT / "samples" / "text").glob("*.txt"))
_DOC, _N = "@@doc@@", "@@n@@"
LOAD_AT_MOST = 100_000  # load_dataset (every table in memory) is measured up to this size


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
    journal = Journal(out)
    start = time.perf_counter()
    journal_meetings(journal, count)
    print(f"  journal written in {time.perf_counter() - start:.1f} s", flush=True)
    start = time.perf_counter()
    publish(out, journal)
    full = time.perf_counter() - start
    journal.close()
    print(f"  full build: {full:.1f} s", flush=True)
    print_disk("after the full build", disk(out))
    seconds, summary = timed_ingest(ten_new_files(work / f"new-{count}", f"new-{count}"), out)
    assert summary["parsed"] == 10 and build_info(out)["kind"] == "incremental"
    print(f"  minutes ingest of 10 new files (a new process: discovery, parsing, publishing): {seconds:.2f} s, "
          f"{100 * seconds / full:.2f}% of the full build  target < 5 s and < 2%", flush=True)
    print_disk("after adding 10 (the previous version kept for a reader)", disk(out))
    if count > LOAD_AT_MOST:  # every table in memory: not what a million meetings are read with
        print(f"  load_dataset: not measured above {LOAD_AT_MOST:,} meetings (the lazy form is for those)")
    else:
        load_figure(out)
    n, seconds, rss = child("lazy", out)
    print(f"  decisions per office, lazily (Dask, {n} offices): {seconds:.1f} s, peak RSS {gb(rss)}  "
          f"target < 30 s and < 4 GB at 1,000,000", flush=True)
    if not os.environ.get("BENCH_KEEP"):
        shutil.rmtree(out)


def load_figure(out: Path) -> None:
    n, seconds, rss, worst = child("load", out)
    print(f"  load_dataset: {seconds:.2f} s (best of 3; worst {worst:.2f} s), peak RSS {gb(rss)} ({n:,} meetings)  "
          f"target < 2 s at 100,000", flush=True)


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
        work = Path(tempfile.mkdtemp(prefix="bench-scale-kept-", dir=os.environ.get("BENCH_DIR"))
                    if os.environ.get("BENCH_KEEP") else tmp)
        if "--cli" not in args or len(args) > 1:
            for count in counts:
                archive(count, work)
        if "--cli" in args or not [a for a in args if a.isdigit()]:
            cli_figure(work)


if __name__ == "__main__":
    main()
