"""Publishing: the journal's documents become the dataset's tables, a run writing what it changed.

    out/
      journal.sqlite     what ingest has done (journal.py), and which documents changed since the last publish
      minutes.db         the SQLite database, one file, changed in place (database.py); its dataset_info
                         row says what is published: the Delta version of each table, counts, the builder
      <table>/           the tables as Delta Lake tables, and records/ with each meeting's full record (lake.py)

An incremental publish (the usual one) takes the documents the journal marks changed (a new or
re-parsed result, a path that now holds other bytes or none, a correction) and every document that
is a copy of one meeting with one of them, before or now (copies.py: a new file may be a better copy
of a meeting published long ago); groups those copies again; replaces their rows in each Delta table
(one commit per table, keyed by doc_id), and compacts the table whose small files have piled up, if
one has (lake.compact: a commit of its own, published with the others); then, in one SQLite transaction, replaces their rows in
minutes.db, updates the search index for them and records the new Delta versions. That commit is the
moment of publishing: readers open the Delta versions minutes.db names, so a kill before it leaves the
previous dataset whole (the tables written past it are restored at the next publish) and a kill after
it only leaves the journal's marks, and writing the same documents again changes nothing.

A full build (the first publish, new table code: `_builder`, another --keep-not-minutes, or most
documents changed) streams the whole journal into staging Parquet files and into minutes.db's
transaction, then writes each Delta table anew from its staging file, then commits minutes.db.

Old versions of the Delta tables are vacuumed at the end of each publish: the published build and
the one before (a reader may have just opened it) are kept.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

import bangla_minutes.schemas
from bangla_minutes.pipeline.dataset import database, lake
from bangla_minutes.pipeline.dataset.copies import Meetings, group_meetings, meeting_key
from bangla_minutes.pipeline.dataset.corrections import apply as apply_corrections
from bangla_minutes.pipeline.dataset.journal import JOURNAL_NAME, DatasetBusy, Journal  # noqa: F401 (re-exported)
from bangla_minutes.pipeline.dataset.layout import DB_NAME, RECORDS, build_info
from bangla_minutes.pipeline.dataset.tables import document_row, record_rows
from bangla_minutes.schemas import Record
from bangla_minutes.schemas.tables import TABLE_BY_NAME, TABLES

STAGING = ".building"  # a full build's Parquet files, before they become the Delta tables
_READING = ("Dataset", "load_dataset", "scan_dataset", "check_dataset", "export")  # loader.py's, named here too


def __getattr__(name: str):
    """The readers (loader.py) under this module's name too, imported on first use: an ingest that
    only publishes does not load pandas."""
    if name not in _READING:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from bangla_minutes.pipeline.dataset import loader

    return getattr(loader, name)


STAGED_ROWS = 2_000  # rows per batch read back from staging (2,000 records: about 20 MB)
FULL_AT = 20_000  # more changed documents than this: a full build instead (an incremental one holds their rows in memory)


def publish(out: Path, journal: Journal, keep_not_minutes: bool = False) -> int:
    """Publish what the journal holds and the dataset does not yet: incrementally when the published
    build was made by this code the same way, else in full. Returns the published build's number."""
    _leave_old_layout(out)
    previous = build_info(out)
    db = database.connect(out)
    try:
        changed = None if _needs_full(out, journal, previous, keep_not_minutes) else _affected(journal, db)
        if changed is None or len(changed) > FULL_AT:
            build = _full(out, journal, db, previous, keep_not_minutes)
        else:
            build = _incremental(out, journal, db, previous, changed, keep_not_minutes)
    finally:
        if db.in_transaction:
            db.execute("ROLLBACK")
        db.close()
    lake.vacuum(out, [previous and previous["tables"], build["tables"]])
    return build["version"]


def prune(out: Path) -> None:
    """Delete every old version of the tables (a run with nothing to publish)."""
    info = build_info(out)
    if info:
        lake.vacuum(out, [info["tables"]])


def is_current(out: Path, journal: Journal, keep_not_minutes: bool = False) -> bool:
    """Whether the published build holds everything the journal holds, made by this code the same way."""
    info = build_info(out)
    return info is not None and ((info["journal_changes"], info["builder"], info.get("keep_not_minutes", False))
                                 == (journal.changes, _builder(), keep_not_minutes))


def _builder() -> str:
    """A hash of the code that makes tables of journaled records (a new column means a new build)."""
    here = Path(__file__)
    sources = [here, *(here.with_name(name) for name in ("tables.py", "copies.py", "search.py", "corrections.py",
                                                          "database.py", "lake.py")),
               Path(bangla_minutes.schemas.__file__).with_name("tables.py")]
    return hashlib.sha256(b"".join(path.read_bytes() for path in sources)).hexdigest()[:12]


def _needs_full(out: Path, journal: Journal, previous: dict | None, keep_not_minutes: bool) -> bool:
    return (previous is None or previous.get("format") != 2 or previous["builder"] != _builder()
            or previous.get("keep_not_minutes", False) != keep_not_minutes
            or not lake.exists(out, previous["tables"]))


# --- incremental ------------------------------------------------------------------------------

def _affected(journal: Journal, db: sqlite3.Connection) -> list[str]:
    """The documents whose rows a publish must write again: the changed ones, the documents that
    share a meeting key with one of them now, and the copies of the meetings they belonged to."""
    dirty = journal.dirty()
    _keep_keys(journal, list(journal.copy_facts(dirty)))
    return sorted({*dirty, *journal.sharing_keys(dirty), *database.meetings_of(db, dirty)})


def _incremental(out: Path, journal: Journal, db: sqlite3.Connection, previous: dict, changed: list[str],
                 keep_not_minutes: bool) -> dict:
    lake.reset(out, previous["tables"])
    meetings = group_meetings(journal.copy_facts(changed), keep_not_minutes)
    rows: dict[str, list[dict]] = {}
    for chunk in _rows(journal, changed, meetings, journal.corrections(changed)):
        for name, table_rows in chunk.items():
            rows.setdefault(name, []).extend(table_rows)
    versions = {name: lake.replace(out, name, rows.get(name, []), changed) for name in lake.SCHEMAS}
    versions.update(lake.compact(out))  # a table whose small files have piled up, if any
    build = _build(journal, previous, versions, keep_not_minutes, "incremental")
    before = database.counts(db, changed)
    for name in TABLE_BY_NAME:
        build["rows"][name] += len(rows.get(name, [])) - _count(db, name, changed)
    build["copies"] += len(meetings.meeting_of) - before["copies"]
    build["not_minutes"] += len(meetings.not_minutes) - before["not_minutes"]
    database.replace(db, changed, rows, build)
    journal.published(journal.dirty())
    return build


def _count(db: sqlite3.Connection, name: str, doc_ids: list[str]) -> int:
    return db.execute(f'SELECT count(*) FROM "{name}" WHERE doc_id IN (SELECT value FROM json_each(?))',
                      (json.dumps(doc_ids),)).fetchone()[0]


# --- full -------------------------------------------------------------------------------------

def _full(out: Path, journal: Journal, db: sqlite3.Connection, previous: dict | None, keep_not_minutes: bool) -> dict:
    """Every table from the whole journal: staging Parquet and minutes.db's transaction, streamed in
    chunks; then the Delta tables anew; then the commit."""
    staging = out / STAGING
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    copies = list(journal.copy_facts())
    _keep_keys(journal, copies)
    meetings = group_meetings(copies, keep_not_minutes)
    del copies
    writers = {name: pq.ParquetWriter(staging / f"{name}.parquet", schema) for name, schema in lake.SCHEMAS.items()}
    counts: Counter[str] = Counter()
    database.begin_full(db)
    for chunk in _rows(journal, None, meetings, journal.corrections()):
        for name, table_rows in chunk.items():
            if not table_rows:
                continue
            writers[name].write_table(pa.Table.from_pylist(table_rows, schema=lake.SCHEMAS[name]))
            if name in TABLE_BY_NAME:
                database.insert(db, name, table_rows)
            counts[name] += len(table_rows)
    for writer in writers.values():
        writer.close()
    versions = {name: lake.overwrite(out, name, pq.ParquetFile(staging / f"{name}.parquet").iter_batches(STAGED_ROWS))
                for name in lake.SCHEMAS}
    build = _build(journal, previous, versions, keep_not_minutes, "full")
    build.update(rows={t.name: counts[t.name] for t in TABLES}, copies=len(meetings.meeting_of),
                 not_minutes=len(meetings.not_minutes))
    database.finish_full(db, build)
    journal.published(None)
    shutil.rmtree(staging, ignore_errors=True)
    return build


def _build(journal: Journal, previous: dict | None, versions: dict[str, int], keep_not_minutes: bool,
           kind: str) -> dict:
    """The dataset_info of the build being published (rows, copies, not_minutes: the previous ones)."""
    previous = previous if previous and previous.get("format") == 2 else {}
    return {"format": 2, "version": previous.get("version", 0) + 1, "kind": kind,
            "built_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "journal_changes": journal.changes, "builder": _builder(), "keep_not_minutes": keep_not_minutes,
            "tables": versions, "rows": dict(previous.get("rows", {t.name: 0 for t in TABLES})),
            "copies": previous.get("copies", 0), "not_minutes": previous.get("not_minutes", 0)}


# --- rows -------------------------------------------------------------------------------------

def _keep_keys(journal: Journal, copies: list) -> None:
    """Keep each copy's meeting key in the journal: the next incremental publish finds by it which
    published documents a new one is a copy of."""
    journal.set_meeting_keys((c.doc_id, json.dumps(meeting_key(c), ensure_ascii=False)) for c in copies)


def _rows(journal: Journal, doc_ids: list[str] | None, meetings: Meetings,
          corrections: dict[str, list[dict]]) -> Iterator[dict[str, list[dict]]]:
    """The rows of the documents `doc_ids` (None: all) in every table, records included, a chunk at a
    time; meetings: their copies grouped (copies.py); corrections: by doc_id, applied here."""
    for chunk in journal.documents(doc_ids):
        rows: dict[str, list[dict]] = {"documents": [], RECORDS: []}
        for doc in chunk:
            doc_id = doc["doc_id"]
            rows["documents"].append({**document_row(doc), **meetings.document_columns(doc_id)})
            if not doc["record"]:
                continue
            if doc_id in corrections:  # what archivists gave, over what was read
                record, correction_rows = apply_corrections(doc["record"], corrections[doc_id])
                rows.setdefault("corrections", []).extend(correction_rows)
                line = record.model_dump_json()
            else:
                record, line = None, doc["record"]
            if meetings.used(doc_id):  # records: one record per meeting, as `meetings`
                rows[RECORDS].append({"doc_id": doc_id, "record": line})
                record = record or Record.model_validate_json(line)
                made = record_rows(record, meetings.copy_count[doc_id], meetings.disagreements.get(doc_id, []))
                for name, table_rows in made.items():
                    rows.setdefault(name, []).extend(table_rows)
        yield rows
    for chunk in journal.paths(doc_ids):
        yield {"paths": chunk}


def _leave_old_layout(out: Path) -> None:
    """A dataset directory of the versions/ + current layout: its links and builds go (the journal
    stays; the first publish is then a full build)."""
    current = out / "current"
    if not current.is_symlink() and not (out / "versions").is_dir():
        return
    for link in [current, out / DB_NAME, out / "records.jsonl", *(out / f"{t.name}.parquet" for t in TABLES)]:
        if link.is_symlink():
            link.unlink()
    shutil.rmtree(out / "versions", ignore_errors=True)
