"""Bulk ingest: files and folders in, a dataset directory out (layout in pipeline/dataset/publish.py).

One document per distinct content (doc_id = sha256 of the bytes): the same bytes under two names are
parsed once and both paths kept. A path whose size and mtime are as last seen, holding a document
done by this pipeline version, is skipped without being read. Files are parsed one per task by
`jobs` worker processes (or on a dask.distributed cluster); a task past its timeout is killed and
its file recorded as failed "timeout". Each result is journaled as it arrives; at the end the
documents that changed are published (publish.py).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fnmatch
import hashlib
import importlib
import importlib.metadata
import multiprocessing
import multiprocessing.connection
import os
import signal
import stat
import threading
import time
import tomllib
import uuid
from collections import Counter
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Iterable, Iterator

from bangla_minutes.pipeline.read.content_id import file_sha256
from bangla_minutes.pipeline.read.pages import OcrMode
from bangla_minutes.pipeline.dataset.failures import ENVIRONMENT_MISSING, failure_kind, retryable
from bangla_minutes.pipeline.dataset.layout import build_info, published, version
from bangla_minutes.pipeline.dataset.publish import Journal, is_current, prune, publish
from bangla_minutes.pipeline.dataset.progress import Progress
from bangla_minutes.pipeline.errors import Unreachable

# Modules of the batch layer: a change to them changes no record, so it is left out of the version.
# What turns a file into a record, by package: a change in any of them redoes every file. The
# dataset and front rooms (ingest, tables, CLI, evaluation, summaries) are left out on purpose.
_RECORD_PACKAGES = ("bangla_minutes.extractors", "bangla_minutes.schemas",
                    "bangla_minutes.pipeline.read", "bangla_minutes.pipeline.parse")


@dataclass
class IngestSummary:
    out: str
    pipeline_version: str
    files: int = 0  # input files found
    parsed: int = 0  # documents parsed in this run
    unchanged: int = 0  # files skipped: as last seen, their document done by this pipeline version
    duplicates: int = 0  # files whose bytes another path already brought
    status: Counter = field(default_factory=Counter)  # distinct input documents: ok, failed
    reasons: Counter = field(default_factory=Counter)  # failed input documents by kind (pipeline/dataset/failures.py)
    text_origin: Counter = field(default_factory=Counter)  # ok input documents by where their text came from
    warnings: Counter = field(default_factory=Counter)  # warnings of ok input documents by code
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): files or folders
    loops: list[tuple[str, str]] = field(default_factory=list)  # symbolic links not followed
    duration_seconds: float = 0.0
    interrupted: bool = False
    version: int | None = None  # the dataset's published build after the run
    done: int = 0  # input files dealt with so far (parsed, unchanged, duplicates, unreadable)
    meetings: int = 0  # in the dataset after the run: meetings, the documents that are copies of them,
    copies: int = 0  # and documents that are not minutes (copies.py)
    not_minutes: int = 0

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        if self.reasons[ENVIRONMENT_MISSING]:
            return 3
        return 1 if self.failures or self.unreadable else 0

    def to_dict(self) -> dict:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in ("status", "reasons", "text_origin", "warnings"):
            data[name] = dict(data[name].most_common())
        for name in ("failures", "unreadable", "loops"):
            data[name] = [{"path": path, "reason": reason} for path, reason in data[name]]
        return {**data, "exit_code": self.exit_code}

    def counted(self, info: dict) -> None:
        """Take the meeting counts of the published build (layout.build_info)."""
        self.meetings = info["rows"]["meetings"]
        self.copies, self.not_minutes = info.get("copies", self.meetings), info.get("not_minutes", 0)

    def tally(self, path: str, doc: dict) -> None:
        """Count one distinct document (a worker's result or a journal row)."""
        self.status[doc["status"]] += 1
        if doc["status"] == "ok":
            self.text_origin[doc["text_origin"]] += 1
            self.warnings.update((doc["warning_codes"] or "").split())
        else:
            self.reasons[doc["failure"] or failure_kind(doc["error"])] += 1
            self.failures.append((path, doc["error"]))


@dataclass(frozen=True)
class Task:
    path: str
    doc_id: str
    size_bytes: int
    ocr: OcrMode = "auto"


def ingest(paths: Iterable[str | os.PathLike], out: str | os.PathLike, include: Iterable[str] = (),
           exclude: Iterable[str] = (), jobs: int | None = None, executor: str = "local",
           scheduler: str | None = None, force: bool = False, retry_failed: bool = False,
           timeout: float = 300, follow_links: bool = False, keep_not_minutes: bool = False,
           progress: Progress | None = None, ocr: OcrMode = "auto") -> IngestSummary:
    """Parse every file under `paths` into the dataset directory `out`.

    include/exclude: glob patterns matched against a file's name and its path below the folder
    given (exclude also prunes folders); files named directly are always taken. force: parse again
    what was done before. Failures that may pass next time (pipeline/dataset/failures.py) are tried
    again on every run; retry_failed: the content failures too. follow_links: enter links to folders
    outside the folder given. keep_not_minutes: a document whose record warns not_minutes is a
    meeting too (else it is listed in documents only). Ctrl-C (KeyboardInterrupt) ends the run with
    `interrupted` set: what was journaled stays, the published dataset is the previous one. executor
    "dask" runs the same task on the cluster at `scheduler` (a tcp:// address; a local cluster of
    `jobs` processes when None). ocr: when to OCR (OcrMode); a file done with another mode is done again.
    """
    if executor not in ("local", "dask"):
        raise ValueError(f"unknown executor {executor!r} (local, dask)")
    started = time.monotonic()
    out = Path(out).absolute()
    journal = Journal(out)
    run = _Run(journal, IngestSummary(str(out), _made_by(ocr)), uuid.uuid4().hex, force, retry_failed,
               progress, ocr)
    try:
        if not published(out):
            publish(out, journal, keep_not_minutes)  # readable from the first moment on
        found = discover(paths, include, exclude, skip=[out], follow_links=follow_links)
        run.found(found)
        tasks = run.plan(found.files)
        results = (_run_local(tasks, jobs or os.cpu_count() or 1, timeout) if executor == "local"
                   else _run_dask(tasks, jobs or os.cpu_count() or 1, scheduler, timeout))
        with contextlib.closing(results):
            for task, result in results:
                run.keep(task, result)
        journal.commit()
        run.finish_progress()
        if is_current(out, journal, keep_not_minutes):
            prune(out)
        else:
            publish(out, journal, keep_not_minutes)
        run.summary.counted(build_info(out))
    except KeyboardInterrupt:  # Ctrl-C: what is journaled stays; the next run goes on from there
        run.summary.interrupted = True
        run.finish_progress()
    finally:
        journal.commit()
        journal.close()
    run.summary.version = version(out)
    run.summary.duration_seconds = round(time.monotonic() - started, 3)
    return run.summary


@dataclass
class _Run:
    journal: Journal
    summary: IngestSummary
    run_id: str
    force: bool
    retry_failed: bool
    progress: Progress | None
    ocr: OcrMode = "auto"

    def found(self, found: Discovery) -> None:
        self.summary.files = len(found.files)
        self.summary.unreadable += found.unreadable
        self.summary.loops += found.loops
        if self.progress:
            self.progress.start(len(found.files))

    def finish_progress(self) -> None:
        if self.progress and self.progress.total:
            self.progress.finish()

    def plan(self, files: list[str]) -> Iterator[Task]:
        """A task per distinct content not yet done; every other file is counted here."""
        seen: set[str] = set()  # doc_ids met in this run
        for path in files:
            try:
                doc_id, size, doc = self.identify(path)
            except OSError as error:
                self.summary.unreadable.append((path, error.strerror or str(error)))
            else:
                if doc_id in seen:
                    self.summary.duplicates += 1
                elif doc is None:
                    seen.add(doc_id)
                    yield Task(path, doc_id, size, self.ocr)
                    continue  # counted when its result arrives
                else:
                    seen.add(doc_id)
                    self.summary.unchanged += 1
                    self.summary.tally(path, doc)
            self._advance()

    def identify(self, path: str) -> tuple[str, int, dict | None]:
        """A file's doc_id, size and journaled document if done. The bytes are read only when the
        size or mtime differ from what was last seen at this path."""
        info = os.stat(path)
        seen_as = (info.st_size, info.st_mtime_ns)
        known = self.journal.path(path)
        if known and not self.force and (known["size_bytes"], known["mtime_ns"]) == seen_as:
            doc = self.done(known["doc_id"])
            if doc:
                return known["doc_id"], info.st_size, doc
        doc_id = file_sha256(path)
        if not known or (known["doc_id"], known["size_bytes"], known["mtime_ns"]) != (doc_id, *seen_as):
            self.journal.note_path(path, doc_id, *seen_as)
        return doc_id, info.st_size, self.done(doc_id)

    def done(self, doc_id: str) -> dict | None:
        """The journal row of a document done by this pipeline version (in this run, when forced),
        unless it failed in a way that may pass this time (or any way, with retry_failed)."""
        doc = self.journal.document(doc_id)
        if not doc or doc["pipeline_version"] != self.summary.pipeline_version:
            return None
        if doc["run_id"] == self.run_id:
            return dict(doc)
        if self.force:
            return None
        if doc["status"] == "failed" and (self.retry_failed or retryable(doc["failure"] or failure_kind(doc["error"]))):
            return None
        return dict(doc)

    def keep(self, task: Task, result: dict) -> None:
        """Journal one result (a failure that may pass is tried again next run: see done())."""
        self.summary.parsed += 1
        self.summary.tally(task.path, result)
        self.journal.add_result({
            **result, "doc_id": task.doc_id, "path": task.path, "size_bytes": task.size_bytes,
            "pipeline_version": self.summary.pipeline_version, "run_id": self.run_id,
            "ingested_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")})
        self._advance()

    def _advance(self) -> None:
        self.summary.done += 1
        if self.progress:
            self.progress.advance()


# --- finding files ----------------------------------------------------------------------------

@dataclass
class Discovery:
    files: list[str] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    loops: list[tuple[str, str]] = field(default_factory=list)


def discover(paths: Iterable[str | os.PathLike], include: Iterable[str] = (), exclude: Iterable[str] = (),
             skip: Iterable[str | os.PathLike] = (), follow_links: bool = False) -> Discovery:
    """Files named and files below folders (recursively, following symbolic links inside the folder
    given, and outside it only with follow_links; never loops), as sorted absolute paths. Folders in
    `skip` (the dataset itself) are not entered. Pipes, sockets and devices are no documents: named,
    they are reported; met in a folder, passed over."""
    include, exclude = tuple(include), tuple(exclude)
    skip = {os.path.realpath(p) for p in skip}
    found = Discovery()
    for given in paths:
        path = os.path.abspath(given)
        info = _stat(path, found)
        if info and stat.S_ISDIR(info.st_mode):
            _walk(path, info, include, exclude, skip, follow_links, found)
        elif info and stat.S_ISREG(info.st_mode):
            found.files.append(path)
        elif info:
            found.unreadable.append((path, NOT_A_FILE))
    found.files = sorted(set(found.files))
    return found


NOT_A_FILE = "not a regular file (a pipe, socket or device)"


def _walk(root: str, info: os.stat_result, include: tuple, exclude: tuple, skip: set[str], follow_links: bool,
          found: Discovery) -> None:
    inside = os.path.realpath(root) + os.sep
    stack = [(root, frozenset([(info.st_dev, info.st_ino)]))]  # (folder, the folders above it)
    while stack:
        folder, above = stack.pop()
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name, reverse=True)
        except OSError as error:
            found.unreadable.append((folder, error.strerror or str(error)))
            continue
        for entry in entries:
            below = os.path.relpath(entry.path, root)
            info = _stat(entry.path, found)
            if info and stat.S_ISDIR(info.st_mode):
                key = (info.st_dev, info.st_ino)
                target = os.path.realpath(entry.path)
                if key in above:
                    found.loops.append((entry.path, f"symbolic link loop back to {target}"))
                elif entry.is_symlink() and not follow_links and not (target + os.sep).startswith(inside):
                    found.loops.append((entry.path, f"symbolic link to a folder outside {root}: {target}; "
                                                    f"--follow-links follows it"))
                elif not _matches(entry.name, below, exclude) and target not in skip:
                    stack.append((entry.path, above | {key}))
            elif info and stat.S_ISREG(info.st_mode):
                wanted = not include or _matches(entry.name, below, include)
                if wanted and not _matches(entry.name, below, exclude):
                    found.files.append(entry.path)


def _stat(path: str, found: Discovery) -> os.stat_result | None:
    """A path's stat through links; None, with the reason recorded, for a missing or looping one."""
    try:
        return os.stat(path)
    except OSError as error:
        where = found.loops if error.errno == errno.ELOOP else found.unreadable
        where.append((path, error.strerror or str(error)))
        return None


def _matches(name: str, below: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(name, p) or fnmatch.fnmatchcase(below, p) for p in patterns)


# --- what a result depends on -----------------------------------------------------------------

def pipeline_version() -> str:
    """The package version and a hash of the code and data of the packages that make records
    (_RECORD_PACKAGES): a change in any of them redoes every file, a change elsewhere none."""
    roots = {name: Path(importlib.import_module(name).__file__).parent for name in _RECORD_PACKAGES}
    return f"{_package_version()}+{code_digest(roots)}"


def code_digest(roots: dict[str, Path]) -> str:
    """A short hash of every file below each root (code and data), keyed by package name."""
    digest = hashlib.sha256()
    for name, root in roots.items():
        for file in sorted(root.rglob("*")):
            if file.is_file() and "__pycache__" not in file.parts:
                digest.update(f"{name}/{file.relative_to(root).as_posix()}".encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()[:12]


def _made_by(ocr: OcrMode) -> str:
    """What a journaled result is judged by: the pipeline version, and the OCR mode when it is not
    the default (a file read with ocr="never" has no OCR'd text; ocr="always" ignores text layers)."""
    return pipeline_version() if ocr == "auto" else f"{pipeline_version()} ocr={ocr}"


def _package_version() -> str:
    try:
        return importlib.metadata.version("bangla-minutes")
    except importlib.metadata.PackageNotFoundError:  # running from a checkout that is not installed
        pyproject = Path(__file__).parents[2] / "pyproject.toml"
        return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]


# --- the task, and who runs it ----------------------------------------------------------------

def parse_one(task: Task) -> dict:
    """Parse one file into what the journal keeps of it. Never raises: runs in workers."""
    # One Tesseract thread per process: parallelism comes from files.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    from bangla_minutes.pipeline.parse.document import parse_file  # the parser's libraries load in the workers only
    from bangla_minutes.pipeline.errors import EnvironmentMissing, InputError

    started = time.perf_counter()
    try:
        record = parse_file(task.path, ocr=task.ocr)
    except EnvironmentMissing as error:
        return _failed(f"environment missing: {error.reason}", started)
    except InputError as error:
        return _failed(error.reason, started)
    except MemoryError:
        return _failed("out of memory while parsing", started)
    except Exception as error:  # a parser bug must not stop the batch; it is recorded per file
        return _failed(f"internal error: {type(error).__name__}: {error}", started)
    if record.doc_id != task.doc_id:
        return _failed("the file changed while it was being read", started)
    source = record.source
    return {"status": "ok", "error": None, "failure": None, "media_type": source.media_type, "pages": source.pages,
            "text_origin": source.text_origin, "ocr_confidence": source.ocr_confidence,
            "parse_seconds": round(time.perf_counter() - started, 4),
            "warning_codes": " ".join(w.code for w in record.warnings),
            "record": record.model_dump_json()}


def _failed(reason: str, started: float | None = None) -> dict:
    seconds = round(time.perf_counter() - started, 4) if started is not None else None
    return {"status": "failed", "error": reason, "failure": failure_kind(reason), "parse_seconds": seconds,
            "warning_codes": None, "record": None}


def _run_local(tasks: Iterator[Task], jobs: int, timeout: float) -> Iterator[tuple[Task, dict]]:
    """Run tasks on up to `jobs` worker processes, started as work arrives; one past its deadline
    is killed and replaced."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["bangla_minutes.pipeline.dataset.ingest", "bangla_minutes.pipeline.parse.document"])
    _start_forkserver()
    idle: list[_Worker] = []
    busy: dict[multiprocessing.connection.Connection, tuple[_Worker, Task, float]] = {}
    try:
        while True:
            while len(busy) < jobs and (task := next(tasks, None)):
                worker = idle.pop() if idle else _Worker(context)
                worker.conn.send(task)
                busy[worker.conn] = (worker, task, time.monotonic() + timeout)
            if not busy:
                return
            wait = min(deadline for _, _, deadline in busy.values()) - time.monotonic()
            for conn in multiprocessing.connection.wait(list(busy), timeout=max(wait, 0)):
                worker, task, _ = busy.pop(conn)
                try:
                    result = conn.recv()
                    idle.append(worker)
                except (EOFError, OSError):
                    worker.stop()
                    result = _failed(_death(worker.process.exitcode))
                yield task, result
            for conn, (worker, task, deadline) in list(busy.items()):
                if deadline <= time.monotonic():
                    del busy[conn]
                    worker.stop()
                    yield task, _failed(f"timeout: not done after {timeout:g} s")
    finally:
        for worker in [*idle, *(w for w, _, _ in busy.values())]:
            worker.stop()


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        likely = " (the out-of-memory killer?)" if exitcode == -signal.SIGKILL else ""
        return f"worker process died: killed by {name}{likely}"
    return f"worker process died (exit code {exitcode})"


def _start_forkserver() -> None:
    """Start the forkserver with SIGINT blocked, which it and every worker it forks inherit: Ctrl-C
    at the terminal reaches this process only (never a KeyboardInterrupt traceback from the
    forkserver's start-up), and a Ctrl-C meanwhile waits here until the start is done."""
    from multiprocessing import forkserver, resource_tracker

    resource_tracker.ensure_running()  # first: starting it unblocks SIGINT (it ignores SIGINT itself)
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


class _Worker:
    def __init__(self, context):
        self.conn, child_conn = context.Pipe()
        lifeline, self.lifeline = context.Pipe(duplex=False)  # only this process holds the writing end
        self.process = context.Process(target=_worker_main, args=(child_conn, lifeline), daemon=True)
        self.process.start()
        child_conn.close()
        lifeline.close()

    def stop(self) -> None:
        """Kill the worker with what it started (a Tesseract run goes with it)."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:  # killed before it had its own group
            self.process.kill()
        self.process.join()
        self.conn.close()
        self.lifeline.close()


def _worker_main(conn, lifeline) -> None:
    # A group of its own: Ctrl-C at the terminal reaches the parent only, which stops the workers,
    # and stop() can kill the worker together with its children.
    os.setpgrp()
    threading.Thread(target=_end_with_parent, args=(lifeline,), daemon=True).start()
    try:
        while True:
            conn.send(parse_one(conn.recv()))
    except (EOFError, OSError):  # the parent is gone
        return


def _end_with_parent(lifeline) -> None:
    """Wait for the parent's end of the lifeline to close (it died: kill -9, the OOM killer), then
    kill this worker's group: no orphan goes on parsing or starts another Tesseract."""
    try:
        lifeline.recv_bytes()
    except (EOFError, OSError):
        pass
    os.killpg(os.getpgrp(), signal.SIGKILL)


SCHEDULER_TIMEOUT = "10s"  # how long a Dask scheduler has to answer


def _run_dask(tasks: Iterator[Task], jobs: int, scheduler: str | None,
              timeout: float) -> Iterator[tuple[Task, dict]]:
    """Run the same tasks on a dask.distributed cluster (a local one of `jobs` processes when no
    scheduler address is given). Workers must see the files under the same paths."""
    from distributed import Client, LocalCluster, wait

    cluster = None if scheduler else LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True)
    try:
        client = Client(scheduler or cluster, timeout=SCHEDULER_TIMEOUT)
    except OSError as error:  # nobody listening there, or not a scheduler
        raise Unreachable(scheduler, f"no Dask scheduler answers ({error})") from None
    running: dict = {}  # future -> (task, deadline)
    try:
        slots = sum(client.nthreads().values())  # no more in flight than can run: deadlines hold
        while True:
            while len(running) < slots and (task := next(tasks, None)):
                future = client.submit(parse_one, task, pure=False)
                running[future] = (task, time.monotonic() + timeout)
            if not running:
                return
            wait_for = min(deadline for _, deadline in running.values()) - time.monotonic()
            try:
                wait(list(running), timeout=max(wait_for, 0.01), return_when="FIRST_COMPLETED")
            except TimeoutError:
                pass
            for future in [f for f in running if f.done()]:
                task, _ = running.pop(future)
                try:
                    yield task, future.result()
                except Exception as error:  # the worker died under it, or the cluster went away
                    yield task, _failed(f"dask task failed: {type(error).__name__}: {error}")
            for future, (task, deadline) in list(running.items()):
                if deadline <= time.monotonic():
                    del running[future]
                    _stop_dask_task(client, future)
                    yield task, _failed(f"timeout: not done after {timeout:g} s")
    finally:
        client.cancel(list(running))
        client.close()
        if cluster:
            cluster.close()


def _stop_dask_task(client, future) -> None:
    """Cancel a task and restart the worker running it: a running thread cannot be stopped otherwise."""
    workers = [w for w, keys in client.processing().items() if future.key in keys]
    future.cancel()
    if workers:
        client.restart_workers(workers, raise_for_error=False)
