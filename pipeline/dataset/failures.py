"""Why a file failed, in one word, and whether trying it again may help.

A failure of the run (a timeout, a killed worker, memory, a missing Tesseract, the file changing while
read) may pass next time: ingest tries such a file again on its next run. A failure of the content
(corrupt, encrypted, unknown format, ...) repeats on the same bytes: it is tried again only when its
bytes change, with --retry-failed, or by a new pipeline version.
"""
from __future__ import annotations

import re

# Failures of the run: tried again on the next run.
TIMEOUT = "timeout"
WORKER_DIED = "worker_died"  # killed (the out-of-memory killer, a signal) or crashed
OUT_OF_MEMORY = "out_of_memory"
ENVIRONMENT_MISSING = "environment_missing"
CHANGED = "changed"  # the bytes changed while they were being read
UNREADABLE = "unreadable"  # an I/O error opening the file
RETRYABLE = frozenset({TIMEOUT, WORKER_DIED, OUT_OF_MEMORY, ENVIRONMENT_MISSING, CHANGED, UNREADABLE})

# Each reason's kind, from its words: ingest's own reasons, then the readers' (pipeline/read raises
# InputError with these words). Journals written before the kind was stored are read the same way.
_KINDS = (
    (TIMEOUT, re.compile(r"^timeout")),
    (WORKER_DIED, re.compile(r"^worker process died|^dask task failed")),
    (OUT_OF_MEMORY, re.compile(r"^out of memory")),
    (ENVIRONMENT_MISSING, re.compile(r"^environment missing")),
    (CHANGED, re.compile(r"changed while it was being read")),
    ("encrypted", re.compile(r"encrypted")),
    ("too_large", re.compile(r"too large|million characters")),
    ("empty", re.compile(r"^empty file")),
    ("unknown_format", re.compile(r"unknown binary format|not a Word document|not a text file|not a regular file")),
    ("corrupt", re.compile(r"corrupt|damaged|truncated|not a readable|no page|no pages")),
    ("internal_error", re.compile(r"^internal error")),
    (UNREADABLE, re.compile(r"^cannot read")),
)


def failure_kind(reason: str) -> str:
    """The kind of a failure, from its reason ("content" when no word above fits)."""
    for kind, pattern in _KINDS:
        if pattern.search(reason):
            return kind
    return "content"


def retryable(kind: str | None) -> bool:
    return kind in RETRYABLE
