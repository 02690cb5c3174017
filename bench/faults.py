"""The fault suite: what an archive batch meets, run for real (the `minutes` command in its own session,
real signals, real SQLite/Parquet), with its figures printed.

    .venv/bin/python bench/faults.py

Scenarios: bad inputs (broken, empty, page-less, a zip bomb, a pipe, a link loop; a folder that is no
dataset); kill -9 of the ingest (its parent alone, or its whole process group) at several moments;
kill -9 while a build is being published; two ingests at once into one dataset and into two; Ctrl-C at
0.3, 0.8 and 2 s. After each stop the same ingest runs again to the end. Counted: Python tracebacks
printed, processes left behind (orphans), documents and meetings lost or duplicated against what the
corpus holds. Targets: all 0. Takes a few minutes on two busy cores.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "samples")]

from make_corpus import make_corpus  # noqa: E402

from deltalake import DeltaTable  # noqa: E402

from bangla_minutes.pipeline.dataset import lake  # noqa: E402
from bangla_minutes.pipeline.dataset.layout import build_info  # noqa: E402
from bangla_minutes.pipeline.dataset.publish import check_dataset, load_dataset  # noqa: E402
from bangla_minutes.pipeline.read.content_id import file_sha256  # noqa: E402

MINUTES = str(Path(sys.executable).with_name("minutes"))
GOOD, BROKEN = 150, 10  # the corpus: 140 meetings and 10 files the parser refuses


@dataclass
class Figures:
    runs: int = 0
    tracebacks: int = 0
    orphans: int = 0
    lost: int = 0
    duplicated: int = 0
    exit_codes: Counter = field(default_factory=Counter)

    def add(self, other: Figures) -> None:
        for name in ("runs", "tracebacks", "orphans", "lost", "duplicated"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.exit_codes.update(other.exit_codes)

    def line(self, name: str) -> str:
        codes = ", ".join(f"{code}: {n}" for code, n in sorted(self.exit_codes.items()))
        return (f"{name:<34} {self.runs:3d} runs  {self.tracebacks} tracebacks  {self.orphans} orphans  "
                f"{self.lost} lost  {self.duplicated} duplicated  exit codes {{{codes}}}")


class Run:
    """One `minutes` command in a session of its own, stdout and stderr kept."""

    def __init__(self, *args: str, work: Path):
        self.stdout, self.stderr = work / f"out-{time.monotonic_ns()}", work / f"err-{time.monotonic_ns()}"
        with open(self.stdout, "w") as out, open(self.stderr, "w") as err:
            self.process = subprocess.Popen([MINUTES, *map(str, args)], cwd=work, stdout=out, stderr=err,
                                            start_new_session=True)

    def stop(self, sig: int, group: bool) -> None:
        try:
            (os.killpg if group else os.kill)(self.process.pid, sig)
        except ProcessLookupError:
            pass

    def finish(self, figures: Figures, timeout: float = 600) -> int:
        """Wait for the end; count the run, its exit code, tracebacks and what outlives it."""
        code = self.process.wait(timeout=timeout)
        figures.runs += 1
        figures.exit_codes[code] += 1
        figures.tracebacks += self.stderr.read_text().count("Traceback")
        figures.tracebacks += self.stdout.read_text().count("Traceback")
        deadline = time.monotonic() + 5
        while _session(self.process.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = _session(self.process.pid)
        figures.orphans += len(left)
        for pid in left:
            os.kill(pid, signal.SIGKILL)
        return code


def _session(sid: int) -> list[int]:
    alive = []
    for pid in (int(name) for name in os.listdir("/proc") if name.isdigit()):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            if os.getsid(pid) == sid and state != "Z":
                alive.append(pid)
        except OSError:
            pass
    return alive


def _wait_until(condition, limit: float = 120) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return False


def check(out: Path, corpus: Path, figures: Figures, meetings: int = GOOD - BROKEN) -> None:
    """Against the corpus: every document once, every meeting once, the build whole."""
    expected = {file_sha256(p) for p in corpus.iterdir() if p.is_file()}
    ds = load_dataset(out)
    documents = list(ds.documents["doc_id"])
    figures.lost += len(expected - set(documents))
    figures.lost += max(0, meetings - ds.meetings["doc_id"].nunique())
    figures.duplicated += len(documents) - len(set(documents))
    figures.duplicated += len(ds.meetings) - ds.meetings["doc_id"].nunique()
    figures.duplicated += max(0, ds.meetings["doc_id"].nunique() - meetings)
    figures.lost += len(check_dataset(out))  # a half-written build counts as lost


def ingest_args(corpus: Path, out: Path) -> list[str]:
    return ["ingest", str(corpus), "--out", str(out), "--jobs", "2", "--timeout", "120"]


def killed_during_ingest(corpus: Path, work: Path) -> Figures:
    figures = Figures()
    for n, (after, group) in enumerate([(1.0, False), (2.5, True), (4.0, False), (6.0, True)]):
        out = work / f"killed-{n}"
        run = Run(*ingest_args(corpus, out), work=work)
        time.sleep(after)
        run.stop(signal.SIGKILL, group)  # kill -9 PID, or kill -9 -PGID
        run.finish(figures)
        Run(*ingest_args(corpus, out), work=work).finish(figures)
        check(out, corpus, figures)
    return figures


def publishing(out: Path) -> bool:
    """Whether a publish is under way: a Delta table has rows written past the version minutes.db names."""
    info = build_info(out)
    if not info:
        return False
    try:
        return any(lake.written_past(DeltaTable(out / name), version) for name, version in info["tables"].items())
    except Exception:  # a commit half-listed while it is written: not yet
        return False


def killed_while_publishing(corpus: Path, work: Path) -> Figures:
    """Each run adds a copy of one new meeting (an incremental publish: the meeting's rows replaced), and
    is killed once its first Delta commit is written."""
    figures = Figures()
    corpus = shutil.copytree(corpus, work / "corpus-publishing")
    out = work / "publishing"
    Run(*ingest_args(corpus, out), work=work).finish(figures)
    text = (ROOT / "samples" / "text" / "board_bfdc_2018.txt").read_text(encoding="utf-8")
    for n in range(3):
        (corpus / f"copy-{n}.txt").write_text(text + "\n" * (n + 1), encoding="utf-8")
        run = Run(*ingest_args(corpus, out), work=work)
        if _wait_until(lambda: publishing(out)):
            run.stop(signal.SIGKILL, group=bool(n % 2))
        run.finish(figures)
        figures.lost += len(check_dataset(out))  # the previous build stays whole and readable
        Run(*ingest_args(corpus, out), work=work).finish(figures)
    check(out, corpus, figures, meetings=GOOD - BROKEN + 1)
    return figures


def concurrent(corpus: Path, work: Path) -> Figures:
    figures = Figures()
    same = work / "concurrent-same"
    first, second = Run(*ingest_args(corpus, same), work=work), Run(*ingest_args(corpus, same), work=work)
    codes = {first.finish(figures), second.finish(figures)}
    if codes != {1, 2}:  # one imports (1: the broken files), the other finds the dataset busy (2)
        figures.lost += 1
    Run(*ingest_args(corpus, same), work=work).finish(figures)
    check(same, corpus, figures)
    one, two = work / "concurrent-a", work / "concurrent-b"
    runs = [Run(*ingest_args(corpus, one), work=work), Run(*ingest_args(corpus, two), work=work)]
    for run in runs:
        run.finish(figures)
    check(one, corpus, figures)
    check(two, corpus, figures)
    return figures


def interrupted(corpus: Path, work: Path) -> Figures:
    figures = Figures()
    for after in (0.3, 0.8, 2.0):
        out = work / f"interrupted-{after}"
        run = Run(*ingest_args(corpus, out), work=work)
        time.sleep(after)
        run.stop(signal.SIGINT, group=True)  # Ctrl-C at a terminal: the foreground process group
        code = run.finish(figures)
        said = [line for line in run.stderr.read_text().splitlines() if line.startswith("minutes:")]
        if code != 130 or len(said) != 1 or not said[0].startswith("minutes: interrupted: "):
            figures.lost += 1  # counted as a failure of the scenario
            print(f"  Ctrl-C at {after} s: exit {code}, {said}")
        if run.stdout.read_text():
            figures.lost += 1  # a summary as if done
        Run(*ingest_args(corpus, out), work=work).finish(figures)
        check(out, corpus, figures)
    return figures


def bad_inputs(work: Path) -> Figures:
    figures = Figures()
    bad = work / "bad"
    bad.mkdir()
    for sample in sorted((ROOT / "samples" / "text").glob("*.txt"))[:5]:
        shutil.copyfile(sample, bad / sample.name)
    (bad / "empty.txt").write_bytes(b"")
    (bad / "random.bin").write_bytes(os.urandom(5000))
    (bad / "truncated.pdf").write_bytes((ROOT / "samples" / "pdf" / "fpdf" / "board_bfdc_2018.pdf").read_bytes()[:3000])
    import pypdfium2

    pypdfium2.PdfDocument.new().save(bad / "no_pages.pdf")
    _zip_bomb(bad / "bomb.docx")
    with zipfile.ZipFile(bad / "not_word.docx", "w") as archive:
        archive.writestr("word/document.xml", "<w:document>")
    os.mkfifo(bad / "pipe")
    (bad / "loop").symlink_to(bad)
    out = work / "bad-out"
    if Run("ingest", bad, "--out", out, "--jobs", "2", work=work).finish(figures) != 1:
        figures.lost += 1
    ds = load_dataset(out)
    figures.lost += 5 - len(ds.meetings)
    for name in ("empty.txt", "random.bin", "truncated.pdf", "no_pages.pdf", "bomb.docx", "not_word.docx", "pipe"):
        if Run("parse", bad / name, work=work).finish(figures) != 1:
            figures.lost += 1
    for command in (["stats", bad], ["export", bad, "--format", "csv", "--out", work / "x"]):
        if Run(*command, work=work).finish(figures) != 1:
            figures.lost += 1
    return figures


def _zip_bomb(path: Path) -> None:
    """A 0.6 MB Word file whose document.xml inflates to 390 MB."""
    with zipfile.ZipFile(ROOT / "samples" / "docx" / "board_bfdc_2018.docx") as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                bomb.writestr(item, source.read(item))
                continue
            xml = source.read(item).decode()
            at = xml.index("<w:body>") + len("<w:body>")
            paragraphs = ("<w:p><w:r><w:t>" + "ক" * 1000 + "</w:t></w:r></w:p>").encode() * 100
            with bomb.open(item.filename, "w", force_zip64=True) as part:
                part.write(xml[:at].encode())
                for _ in range(390_000_000 // len(paragraphs)):
                    part.write(paragraphs)
                part.write(xml[at:].encode())


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-faults-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        make_corpus(corpus, count=GOOD, broken=BROKEN)
        total = Figures()
        for name, scenario in [("bad inputs", lambda: bad_inputs(work)),
                               ("kill -9 during ingest", lambda: killed_during_ingest(corpus, work)),
                               ("kill -9 while publishing", lambda: killed_while_publishing(corpus, work)),
                               ("concurrent ingests", lambda: concurrent(corpus, work)),
                               ("Ctrl-C at 0.3 / 0.8 / 2 s", lambda: interrupted(corpus, work))]:
            figures = scenario()
            print(figures.line(name), flush=True)
            total.add(figures)
        print(total.line("all"))


if __name__ == "__main__":
    main()
