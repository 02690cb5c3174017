"""Bulk ingest with real worker processes: finding files, one document per content, incremental runs,
timeouts, exit codes, and a 1,000-file corpus run, killed halfway and interrupted, then resumed."""
from __future__ import annotations

import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import bangla_minutes.pipeline.dataset.ingest as ingest_module
from bangla_minutes.pipeline.dataset.layout import build_info, published
from bangla_minutes.pipeline.dataset.publish import Journal, check_dataset, load_dataset
from bangla_minutes.pipeline.dataset.ingest import discover, ingest
from bangla_minutes.pipeline.front.ingest_cli import ingest_command
from bangla_minutes.pipeline.dataset.progress import Progress
from bangla_minutes.pipeline.dataset.failures import failure_kind, retryable
from bangla_minutes.pipeline.dataset.stats import stats

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "text"
SCAN_PAGES = ROOT / "samples" / "scans" / "000_86d0b669600d1f47" / "pages.tif"  # 4 pages to OCR
MINUTES_INGEST = [str(Path(sys.executable).with_name("minutes")), "ingest"]  # the console script

sys.path.insert(0, str(ROOT / "samples"))
from make_corpus import make_corpus  # noqa: E402


@pytest.fixture(autouse=True)
def fixed_pipeline_version(monkeypatch):
    """Others editing extractors/ while a test runs must not make it parse everything again."""
    monkeypatch.setattr(ingest_module, "pipeline_version", lambda: "test")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    made = make_corpus(folder, count=1000, broken=20)
    assert len(made.minutes) == 980
    return folder


def _samples(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    shutil.copytree(SAMPLES, folder)
    return folder


# --- finding files ----------------------------------------------------------------------------

def test_folders_are_walked_with_include_and_exclude(tmp_path):
    (tmp_path / "a" / "drafts").mkdir(parents=True)
    for name in ("a/one.txt", "a/two.pdf", "a/drafts/three.txt", "a/notes.bak", "given.bak"):
        (tmp_path / name).write_text("x")
    found = discover([tmp_path / "a", tmp_path / "given.bak"], include=["*.txt", "*.pdf", "*.bak"],
                     exclude=["drafts", "*.bak"])
    names = [Path(p).relative_to(tmp_path).as_posix() for p in found.files]
    assert names == ["a/one.txt", "a/two.pdf", "given.bak"]  # a file named directly is always taken
    assert discover([tmp_path / "a"], include=["drafts/*"]).files == [str(tmp_path / "a/drafts/three.txt")]


def test_links_loops_and_unreadable_folders_are_reported_not_fatal(tmp_path):
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "sub" / "one.txt").write_text("x")
    (tmp_path / "docs" / "sub" / "back").symlink_to(tmp_path / "docs")  # a loop
    (tmp_path / "docs" / "self").symlink_to(tmp_path / "docs" / "self")  # a link to itself
    (tmp_path / "docs" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "docs" / "alias").symlink_to(tmp_path / "docs" / "sub")  # not a loop: walked
    found = discover([tmp_path / "docs"])
    assert [Path(p).name for p in found.files] == ["one.txt", "one.txt"]
    loops = sorted(Path(p).relative_to(tmp_path).as_posix() for p, _ in found.loops)
    assert loops == ["docs/alias/back", "docs/self", "docs/sub/back"]
    assert [Path(p).name for p, _ in found.unreadable] == ["gone.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_folder_is_reported(tmp_path):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked").chmod(0)
    try:
        found = discover([tmp_path])
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert [Path(p).name for p, _ in found.unreadable] == ["locked"]


def test_the_dataset_inside_an_input_folder_is_not_ingested(tmp_path):
    inputs = _samples(tmp_path)
    ingest([inputs], inputs / "dataset", jobs=1)
    again = ingest([inputs], inputs / "dataset", jobs=1)
    assert again.files == len(list(SAMPLES.glob("*.txt")))


# --- one document per content, incremental runs -----------------------------------------------

def test_the_same_bytes_under_two_names_are_one_document_with_both_paths(tmp_path):
    inputs = _samples(tmp_path)
    first = sorted(inputs.glob("*.txt"))[0]
    shutil.copyfile(first, inputs / "copy of the first.txt")
    summary = ingest([inputs], tmp_path / "out", jobs=2)
    assert summary.duplicates == 1 and summary.parsed == summary.files - 1
    ds = load_dataset(tmp_path / "out")
    doc_id = ds.paths.set_index("path").loc[str(first), "doc_id"]
    both = sorted([str(inputs / "copy of the first.txt"), str(first)])
    assert sorted(ds.paths[ds.paths["doc_id"] == doc_id]["path"]) == both
    assert ds.meetings["doc_id"].is_unique and len(ds.meetings) == summary.files - 1


def test_unchanged_files_are_skipped_changed_ones_parsed_again(tmp_path, monkeypatch):
    inputs, out = _samples(tmp_path), tmp_path / "out"
    files = len(list(inputs.glob("*.txt")))
    assert ingest([inputs], out, jobs=2).parsed == files
    again = ingest([inputs], out, jobs=2)
    assert (again.parsed, again.unchanged, again.exit_code) == (0, files, 0)
    changed = sorted(inputs.glob("*.txt"))[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert ingest([inputs], out, jobs=2).parsed == 1
    assert ingest([inputs], out, jobs=2, force=True).parsed == files
    monkeypatch.setattr(ingest_module, "pipeline_version", lambda: "a newer parser")
    newer = ingest([inputs], out, jobs=2)
    assert newer.parsed == files
    ds = load_dataset(out)
    assert set(ds.documents["pipeline_version"]) == {"a newer parser"}
    assert len(ds.meetings) == files  # the edited file's earlier bytes are no document of the dataset
    assert check_dataset(out) == []


def test_the_ocr_mode_is_part_of_what_a_result_stands_on(tmp_path):
    inputs = _samples(tmp_path)
    count = len(list(inputs.glob("*.txt")))
    assert ingest([inputs], tmp_path / "out", jobs=1, ocr="never").parsed == count
    assert ingest([inputs], tmp_path / "out", jobs=1, ocr="never").unchanged == count
    again = ingest([inputs], tmp_path / "out", jobs=1, ocr="auto")
    assert (again.parsed, again.unchanged) == (count, 0)
    ds = load_dataset(tmp_path / "out")
    assert len(ds.meetings) == count and set(ds.documents["pipeline_version"]) == {"test"}


def test_a_file_past_its_timeout_is_killed_and_recorded_failed(tmp_path):
    inputs = _samples(tmp_path)
    shutil.copyfile(SCAN_PAGES, inputs / "scan.tif")
    started = time.monotonic()
    summary = ingest([inputs], tmp_path / "out", jobs=2, timeout=3)
    assert time.monotonic() - started < 15  # the four pages were not OCR'd to the end
    assert summary.failures == [(str(inputs / "scan.tif"), "timeout: not done after 3 s")]
    assert summary.status["ok"] == summary.files - 1
    docs = load_dataset(tmp_path / "out").documents
    assert docs.loc[docs["path"].str.endswith("scan.tif"), "error"].tolist() == ["timeout: not done after 3 s"]


# --- the command ------------------------------------------------------------------------------

def test_exit_codes_and_json_summary(tmp_path):
    inputs = _samples(tmp_path)
    runner = CliRunner()
    ok = runner.invoke(ingest_command, [str(inputs), "--out", str(tmp_path / "out"), "--json"])
    assert ok.exit_code == 0, ok.output
    summary = json.loads(ok.stdout)
    assert summary["status"] == {"ok": summary["files"]} and summary["text_origin"] == {"text": summary["files"]}
    (inputs / "empty.txt").write_bytes(b"")
    failed = runner.invoke(ingest_command, [str(inputs), "--out", str(tmp_path / "out"), "--json"])
    assert failed.exit_code == 1
    complaints = [line for line in failed.stderr.splitlines() if line.startswith("minutes:")]
    assert complaints == [f"minutes: {inputs / 'empty.txt'}: empty file"]  # progress lines aside
    assert json.loads(failed.stdout)["failures"] == [{"path": str(inputs / "empty.txt"), "reason": "empty file"}]
    usage = runner.invoke(ingest_command, [str(inputs), "--out", str(tmp_path / "out"), "--scheduler", "tcp://h:1"])
    assert usage.exit_code == 2
    writer = Journal(tmp_path / "out")  # another ingest at work on the same dataset
    try:
        busy = runner.invoke(ingest_command, [str(inputs), "--out", str(tmp_path / "out")])
    finally:
        writer.close()
    assert busy.exit_code == 2 and "another ingest is writing here" in busy.stderr


def test_a_missing_tesseract_exits_3_and_the_file_is_tried_again(tmp_path):
    inputs = tmp_path / "scans"
    inputs.mkdir()
    shutil.copyfile(SCAN_PAGES.with_name("clean-300.png"), inputs / "page.png")
    out = tmp_path / "out"
    no_tesseract = {**os.environ, "PATH": str(tmp_path)}
    run = subprocess.run([*MINUTES_INGEST, str(inputs), "--out", str(out), "--json"], cwd=ROOT,
                         env=no_tesseract, capture_output=True, text=True, timeout=120)
    assert run.returncode == 3, run.stderr
    assert "environment missing" in run.stderr
    summary = ingest([inputs], out, jobs=1)
    assert summary.parsed == 1 and summary.status["ok"] == 1


def test_progress_is_a_bar_on_a_terminal_and_log_lines_elsewhere():
    now = [0.0]
    bar = Progress(io.StringIO(), tty=True, clock=lambda: now[0])
    bar.start(200)
    now[0] = 10.0
    bar.advance(50)
    assert bar.stream.getvalue().endswith("\r" + "ingest [#######-----------------------] 50/200 files  "
                                          "5.0 files/s  ETA 0:00:30\x1b[K")
    log = Progress(io.StringIO(), tty=False, clock=lambda: now[0])
    log.start(200)
    now[0] = 20.0
    log.advance(100)
    log.advance(1)  # within the log interval: no line
    log.finish()
    assert log.stream.getvalue().splitlines() == [
        "ingest: 0/200 files  0.0 files/s  ETA --:--:--",
        "ingest: 100/200 files  10.0 files/s  ETA 0:00:10",
        "ingest: 101/200 files  10.1 files/s  ETA 0:00:09"]


# --- the 1,000-file corpus --------------------------------------------------------------------

def test_a_thousand_files_then_a_run_with_nothing_to_do(corpus, tmp_path):
    out = tmp_path / "out"
    first = ingest([corpus], out, jobs=2)
    assert dict(first.status) == {"ok": 980, "failed": 20}
    assert sorted(Path(path).name for path, _ in first.failures) == sorted(p.name for p in corpus.glob("broken_*"))
    assert all(reason for _, reason in first.failures)
    ds = load_dataset(out)
    assert len(ds.meetings) == 980 and ds.meetings["doc_id"].is_unique
    assert ds.documents.loc[ds.documents["status"] == "failed", "error"].notna().sum() == 20
    second = ingest([corpus], out, jobs=2)
    assert (second.parsed, second.unchanged) == (0, 1000)
    assert second.duration_seconds < 0.05 * first.duration_seconds


def _journaled(out: Path, query: str = "SELECT count(*) FROM documents"):
    try:
        with sqlite3.connect(f"{(out / 'journal.sqlite').as_uri()}?mode=ro", uri=True) as db:
            return db.execute(query).fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def _session(sid: int) -> list[int]:
    """The processes still alive in a session (a run's parent, workers and their children)."""
    alive = []
    for pid in (int(name) for name in os.listdir("/proc") if name.isdigit()):
        try:
            if os.getsid(pid) == sid and pid != os.getpid():
                alive.append(pid)
        except OSError:
            pass
    return alive


def _run_polling(command: list[str], out: Path, stdout: Path, stop_after: int | None = None,
                 stop_signal: int = signal.SIGKILL) -> tuple[int, int]:
    """Run `minutes ingest` while reading the dataset as fast as it allows; send `stop_signal` once
    `stop_after` documents are journaled. Returns the exit status and how many reads succeeded."""
    with open(stdout, "w") as stdout_file:
        process = subprocess.Popen(command, cwd=ROOT, stdout=stdout_file, stderr=subprocess.DEVNULL,
                                   start_new_session=True)
    reads = 0
    try:
        while process.poll() is None:
            if published(out):
                ds = load_dataset(out)  # must never fail, whatever the writer is doing
                assert set(ds.decisions["doc_id"]) <= set(ds.meetings["doc_id"])
                reads += 1
            if stop_after is not None and _journaled(out) >= stop_after:
                if stop_signal == signal.SIGKILL:
                    os.kill(process.pid, signal.SIGKILL)  # `kill -9 PID`: the parent alone
                else:
                    os.killpg(process.pid, stop_signal)  # Ctrl-C at a terminal: the foreground group
                stop_after = None
            time.sleep(0.02)
        status = process.wait()
        deadline = time.monotonic() + 10
        while _session(process.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _session(process.pid) == []  # no worker outlives the run
        return status, reads
    finally:
        for pid in _session(process.pid):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize("stop_signal, exit_status", [(signal.SIGKILL, -signal.SIGKILL), (signal.SIGINT, 130)])
def test_killed_or_interrupted_halfway_then_resumed(corpus, tmp_path, stop_signal, exit_status):
    out = tmp_path / "out"
    command = [*MINUTES_INGEST, str(corpus), "--out", str(out), "--jobs", "2", "--json"]
    status, reads = _run_polling(command, out, tmp_path / "first.json", stop_after=500, stop_signal=stop_signal)
    assert status == exit_status
    journaled = _journaled(out)
    version = _journaled(out, "SELECT DISTINCT pipeline_version FROM documents")
    assert 500 <= journaled < 1000 and reads > 0
    assert check_dataset(out) == []
    status, reads = _run_polling(command, out, tmp_path / "second.json")
    assert status == 1 and reads > 0  # 1: the broken files
    resumed = json.loads((tmp_path / "second.json").read_text())
    # What was journaled is not parsed again, unless someone's edit to the parser changed its version.
    assert resumed["parsed"] == (1000 - journaled if resumed["pipeline_version"] == version else 1000)
    ds = load_dataset(out)
    assert len(ds.meetings) == 980 and ds.meetings["doc_id"].is_unique
    assert len(ds.documents) == 1000 and (ds.documents["status"] == "failed").sum() == 20
    assert check_dataset(out) == []


# --- failures: tried again when they may pass -------------------------------------------------

def test_a_timeout_is_tried_again_a_corrupt_file_only_when_asked(tmp_path):
    inputs, out = _samples(tmp_path), tmp_path / "out"
    shutil.copyfile(SCAN_PAGES, inputs / "scan.tif")
    (inputs / "broken.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    first = ingest([inputs], out, jobs=2, timeout=3)
    assert dict(first.reasons) == {"timeout": 1, "corrupt": 1}
    again = ingest([inputs], out, jobs=2, timeout=3)
    assert again.parsed == 1 and again.unchanged == again.files - 1  # the scan, not the corrupt PDF
    assert dict(again.reasons) == {"timeout": 1, "corrupt": 1}
    asked = ingest([inputs], out, jobs=2, timeout=3, retry_failed=True)
    assert asked.parsed == 2 and sorted(asked.failures) == sorted(first.failures)
    shown = stats(out)
    assert "failed      2: " in shown and "timeout 1" in shown and "corrupt 1" in shown
    docs = load_dataset(out).documents
    assert sorted(docs.loc[docs["status"] == "failed", "failure"]) == ["corrupt", "timeout"]


def test_failure_kinds_and_which_may_pass():
    assert [failure_kind(reason) for reason in (
        "timeout: not done after 3 s", "worker process died: killed by SIGKILL", "out of memory while parsing",
        "environment missing: tesseract", "encrypted PDF (a password is needed to open it)",
        "corrupt or truncated PDF (x)", "unknown binary format (not PDF, ...)", "empty file")] == [
        "timeout", "worker_died", "out_of_memory", "environment_missing", "encrypted", "corrupt",
        "unknown_format", "empty"]
    assert all(retryable(k) for k in ("timeout", "worker_died", "out_of_memory", "environment_missing"))
    assert not any(retryable(k) for k in ("encrypted", "corrupt", "unknown_format", "empty"))


def test_old_versions_are_kept_for_a_reader_until_the_next_run(tmp_path):
    inputs, out = _samples(tmp_path), tmp_path / "out"
    ingest([inputs], out, jobs=1)
    files = lambda: {p.name for p in (out / "decisions").glob("*.parquet")}  # noqa: E731
    first = files()
    ingest([inputs], out, jobs=1, force=True)  # every document written again: new files
    assert build_info(out)["kind"] == "incremental"
    assert first < files()  # the previous version stays: a reader may have just opened it
    ingest([inputs], out, jobs=1)  # nothing new: only the published version is kept
    assert not first & files() and len(files()) >= 1


def test_a_link_to_a_folder_outside_the_input_is_followed_only_when_asked(tmp_path):
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "inside.txt").write_text("x")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "outside.txt").write_text("x")
    (tmp_path / "archive" / "link").symlink_to(tmp_path / "elsewhere")
    found = discover([tmp_path / "archive"])
    assert [Path(p).name for p in found.files] == ["inside.txt"]
    assert [(Path(p).name, "--follow-links" in reason) for p, reason in found.loops] == [("link", True)]
    followed = discover([tmp_path / "archive"], follow_links=True)
    assert [Path(p).name for p in followed.files] == ["inside.txt", "outside.txt"] and followed.loops == []


def test_a_pipe_named_is_reported_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    found = discover([tmp_path / "pipe"])
    assert found.files == [] and [Path(p).name for p, _ in found.unreadable] == ["pipe"]
