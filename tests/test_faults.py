"""A batch under faults, with real processes and signals: the ingest's process group killed (no
worker outlives it), a worker killed (its file tried again next run), Ctrl-C at any moment (exit 130,
one line, no traceback, the dataset as it was)."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bangla_minutes.pipeline.dataset.layout import published
from bangla_minutes.pipeline.dataset.publish import check_dataset

ROOT = Path(__file__).resolve().parent.parent
SCANS = ROOT / "samples" / "scans"
MINUTES = str(Path(sys.executable).with_name("minutes"))
INTERRUPTED = re.compile(r"^minutes: interrupted: \d+ of \d+ files done; dataset still at version (\d+|none .*)$")


def _session(sid: int) -> list[int]:
    """The processes still alive in a session (a run's parent, workers and their children)."""
    alive = []
    for pid in (int(name) for name in os.listdir("/proc") if name.isdigit()):
        try:
            if os.getsid(pid) == sid and pid != os.getpid() and _state(pid) != "Z":
                alive.append(pid)
        except OSError:
            pass
    return alive


def _state(pid: int) -> str:
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().rsplit(")", 1)[1].split()[0]


def _command(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


def _parent(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as stat:
        return int(stat.read().rsplit(")", 1)[1].split()[1])


def _wait_for_tesseract(sid: int, limit: float = 60) -> int:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        for pid in _session(sid):
            if _command(pid) == "tesseract":
                return pid
        time.sleep(0.05)
    raise AssertionError("no Tesseract started")


def _ingest(inputs: Path, out: Path, *options: str) -> subprocess.Popen:
    return subprocess.Popen([MINUTES, "ingest", str(inputs), "--out", str(out), *options], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def _gone(sid: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while _session(sid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not _session(sid)


@pytest.fixture
def scans(tmp_path) -> Path:
    """Two multi-page scans (OCR takes seconds) and a few texts."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    shutil.copyfile(SCANS / "000_86d0b669600d1f47" / "pages.tif", folder / "four_pages.tif")
    shutil.copyfile(SCANS / "001_180dda943f737cc3" / "skew.png", folder / "skewed_page.png")
    for text in sorted((ROOT / "samples" / "text").glob("*.txt"))[:4]:
        shutil.copyfile(text, folder / text.name)
    return folder


def test_kill_9_of_the_ingest_group_leaves_no_worker_running(scans, tmp_path):
    run = _ingest(scans, tmp_path / "out", "--jobs", "2")
    try:
        _wait_for_tesseract(run.pid)
        os.killpg(run.pid, signal.SIGKILL)  # the parent and the forkserver; the workers have groups of their own
        run.wait()
        assert _gone(run.pid, within=5), [_command(p) for p in _session(run.pid)]
    finally:
        for pid in _session(run.pid):
            os.kill(pid, signal.SIGKILL)


def test_a_killed_worker_fails_its_file_which_is_tried_again_next_run(scans, tmp_path):
    for extra in [*scans.glob("*.txt"), scans / "skewed_page.png"]:
        extra.unlink()
    out = tmp_path / "out"
    run = _ingest(scans, out, "--jobs", "1", "--json")
    worker = _parent(_wait_for_tesseract(run.pid))
    os.kill(worker, signal.SIGKILL)  # as the out-of-memory killer would
    stdout, stderr = run.communicate(timeout=60)
    assert run.returncode == 1 and "Traceback" not in stderr
    summary = json.loads(stdout)
    assert summary["reasons"] == {"worker_died": 1}
    assert "killed by SIGKILL" in summary["failures"][0]["reason"]
    again = subprocess.run([MINUTES, "ingest", str(scans), "--out", str(out), "--json", "--timeout", "2"],
                           capture_output=True, text=True, timeout=60)
    assert json.loads(again.stdout)["parsed"] == 1  # tried again (and timed out: also to be tried again)


@pytest.mark.parametrize("after", [0.3, 0.8, 2.0])
def test_ctrl_c_at_any_moment_is_exit_130_and_one_line(scans, tmp_path, after):
    out = tmp_path / "out"
    run = _ingest(scans, out, "--jobs", "2")
    try:
        time.sleep(after)
        os.killpg(run.pid, signal.SIGINT)  # Ctrl-C at a terminal: the foreground process group
        stdout, stderr = run.communicate(timeout=60)
        assert run.returncode == 130, stderr
        assert "Traceback" not in stderr and "Aborted" not in stderr
        assert stdout == ""  # no summary as if the run were done
        lines = [line for line in stderr.splitlines() if line.startswith("minutes:")]
        assert len(lines) == 1 and INTERRUPTED.match(lines[0]), stderr
        assert _gone(run.pid, within=5)
        if published(out):
            assert check_dataset(out) == []
    finally:
        for pid in _session(run.pid):
            os.kill(pid, signal.SIGKILL)
