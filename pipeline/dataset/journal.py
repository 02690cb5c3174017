"""The ingest journal: what ingest has done in one dataset directory, in SQLite (WAL: a commit survives
a kill). One row per document (with its record), one per path, the archivists' corrections, and the
documents changed since the last publish (`dirty`): what the next publish must write again.

One writer at a time: opening a Journal takes an exclusive flock on DIR/.lock (DatasetBusy otherwise).
"""
from __future__ import annotations

import datetime as dt
import fcntl
import json
import sqlite3
from pathlib import Path
from typing import Iterable, Iterator

from bangla_minutes.pipeline.dataset.copies import Copy
from bangla_minutes.pipeline.dataset.corrections import parse_path
from bangla_minutes.schemas.tables import TABLE_BY_NAME

JOURNAL_NAME = "journal.sqlite"
CHUNK = 500  # documents per build step: bounds the memory a build needs
# The journal's documents columns: the dataset's, plus what ingest needs to decide and summarise.
_JOURNAL_EXTRA = ("run_id", "warning_codes", "record")
_SQL_TYPES = {"text": "TEXT", "int": "INTEGER", "float": "REAL", "bool": "INTEGER",
              "date": "TEXT", "time": "TEXT", "timestamp": "TEXT"}
# Documents some path still holds: the bytes a file held before it was edited stay journaled, out of the dataset.
_HELD = "EXISTS (SELECT 1 FROM paths AS p WHERE p.doc_id = {}.doc_id)"  # by index, row by row
_OUTCOME = ", ".join([*TABLE_BY_NAME["documents"].column_names, "run_id", "warning_codes"])
_AMONG = "doc_id IN (SELECT value FROM json_each(?))"  # a list of doc_ids, as one JSON parameter


class DatasetBusy(Exception):
    """Another ingest is writing into the same dataset directory."""


def sql_column(column) -> str:
    return f'"{column.name}" {_SQL_TYPES[column.type]}'


class Journal:
    def __init__(self, out: Path):
        out.mkdir(parents=True, exist_ok=True)
        self._lock = open(out / ".lock", "w")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock.close()
            raise DatasetBusy(f"{out}: another ingest is writing here") from None
        self.db = sqlite3.connect(out / JOURNAL_NAME)
        self.db.row_factory = sqlite3.Row
        self.db.executescript(f"""
            PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
            CREATE TABLE IF NOT EXISTS documents (
                {", ".join(sql_column(c) for c in TABLE_BY_NAME["documents"].columns)},
                {", ".join(f"{name} TEXT" for name in _JOURNAL_EXTRA)}, PRIMARY KEY (doc_id));
            CREATE TABLE IF NOT EXISTS paths (
                path TEXT PRIMARY KEY, doc_id TEXT, size_bytes INTEGER, mtime_ns INTEGER);
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER);
            CREATE TABLE IF NOT EXISTS corrections (
                doc_id TEXT, field TEXT, value_read TEXT, value_given TEXT, corrected_at TEXT,
                PRIMARY KEY (doc_id, field));
            CREATE TABLE IF NOT EXISTS dirty (doc_id TEXT PRIMARY KEY);
            CREATE TABLE IF NOT EXISTS meeting_keys (doc_id TEXT PRIMARY KEY, key TEXT);
            INSERT OR IGNORE INTO meta VALUES ('changes', 0);
        """)
        self._add_new_columns()
        self.db.executescript("""
            CREATE INDEX IF NOT EXISTS paths_doc_id ON paths (doc_id);
            CREATE INDEX IF NOT EXISTS meeting_keys_key ON meeting_keys (key);
        """)

    def _add_new_columns(self) -> None:
        """A journal written by an older version gains the documents columns added since (NULL there)."""
        have = {row["name"] for row in self.db.execute("PRAGMA table_info(documents)")}
        for column in TABLE_BY_NAME["documents"].columns:
            if column.name not in have:
                self.db.execute(f"ALTER TABLE documents ADD COLUMN {sql_column(column)}")

    def close(self) -> None:
        self.db.close()
        self._lock.close()

    @property
    def changes(self) -> int:
        """A counter bumped by every write: a build made at this count is up to date."""
        return self.db.execute("SELECT value FROM meta WHERE key = 'changes'").fetchone()[0]

    def path(self, path: str) -> sqlite3.Row | None:
        """What was last seen at a path: doc_id, size_bytes, mtime_ns."""
        return self.db.execute("SELECT * FROM paths WHERE path = ?", (path,)).fetchone()

    def document(self, doc_id: str) -> sqlite3.Row | None:
        """A journaled document without its record (what ingest decides and counts by: reading the
        9 KB record of each unchanged file was most of a re-run's time)."""
        return self.db.execute(f"SELECT {_OUTCOME} FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()

    def note_path(self, path: str, doc_id: str, size_bytes: int, mtime_ns: int) -> None:
        """Remember what a path holds (committed with the next result); the document it held before
        and the one it holds now are published again."""
        before = self.path(path)
        self.db.execute("INSERT OR REPLACE INTO paths VALUES (?, ?, ?, ?)", (path, doc_id, size_bytes, mtime_ns))
        self._changed([doc_id, *([before["doc_id"]] if before else [])])

    def add_result(self, result: dict) -> None:
        """Store one finished document and commit."""
        names = [*TABLE_BY_NAME["documents"].column_names, *_JOURNAL_EXTRA]
        self.db.execute(f"INSERT OR REPLACE INTO documents ({', '.join(names)}) "
                        f"VALUES ({', '.join('?' * len(names))})", [result.get(n) for n in names])
        self._changed([result["doc_id"]])
        self.db.commit()

    def commit(self) -> None:
        self.db.commit()

    def documents(self, doc_ids: list[str] | None = None) -> Iterator[list[dict]]:
        """The journaled documents some path still holds (of `doc_ids`, or all), in doc_id order,
        CHUNK at a time."""
        where, params = _where(doc_ids)
        yield from _chunks(self.db.execute(f"SELECT * FROM documents WHERE {_HELD.format('documents')}{where} ORDER BY doc_id", params))

    def copy_facts(self, doc_ids: list[str] | None = None) -> Iterator[Copy]:
        """What grouping copies into meetings needs of each parsed document some path holds (of
        `doc_ids`, or all), read from the records by SQLite (a build does not validate every record twice)."""
        where, params = _where(doc_ids)
        rows = self.db.execute(f"""
            SELECT doc_id, path, text_origin, ocr_confidence,
                   ' ' || coalesce(warning_codes, '') || ' ' LIKE '% not_minutes %' AS not_minutes,
                   coalesce(json_extract(record, '$.memo.normalized'), json_extract(record, '$.memo.raw')) AS memo,
                   coalesce(json_extract(record, '$.issued.gregorian.iso'),
                            json_extract(record, '$.issued.bangla.gregorian')) AS issued,
                   json_extract(record, '$.title') AS title,
                   json_extract(record, '$.meeting.date.iso') AS meeting_date,
                   json_extract(record, '$.chair.name') AS chair
            FROM documents WHERE record IS NOT NULL AND {_HELD.format('documents')}{where}""", params)
        for row in rows:
            yield Copy(**{**dict(row), "not_minutes": bool(row["not_minutes"])})

    def paths(self, doc_ids: list[str] | None = None) -> Iterator[list[dict]]:
        where, params = _where(doc_ids)
        yield from _chunks(self.db.execute(f"SELECT path, doc_id FROM paths WHERE 1{where} ORDER BY doc_id, path", params))

    def set_meeting_keys(self, keys: Iterable[tuple[str, str]]) -> None:
        """Keep each document's meeting key (doc_id, key: copies.meeting_key): which documents may be
        copies of one meeting, found by index when a new copy arrives. Derived from the record, kept
        beside it (a row of the documents table is large) and set by publish: no change counted."""
        self.db.executemany("INSERT OR REPLACE INTO meeting_keys VALUES (?, ?)", keys)

    def sharing_keys(self, doc_ids: list[str]) -> list[str]:
        """Documents some path holds whose meeting key is the key of one of `doc_ids`."""
        return [row[0] for row in self.db.execute(f"""
            SELECT doc_id FROM meeting_keys WHERE {_HELD.format('meeting_keys')} AND key IN (
                SELECT key FROM meeting_keys WHERE {_AMONG})""", (json.dumps(doc_ids),))]

    def dirty(self) -> list[str]:
        """The documents changed since the last publish (results, paths, corrections), sorted."""
        return [row[0] for row in self.db.execute("SELECT doc_id FROM dirty ORDER BY doc_id")]

    def published(self, doc_ids: list[str] | None) -> None:
        """Forget the changes of `doc_ids` (None: all), now published; committed."""
        if doc_ids is None:
            self.db.execute("DELETE FROM dirty")
        else:
            self.db.execute(f"DELETE FROM dirty WHERE {_AMONG}", (json.dumps(doc_ids),))
        self.db.commit()

    def correct(self, doc_id: str, field: str, value_read: str | None, value_given: str) -> None:
        """Keep an archivist's correction (or confirmation, value_given = value_read) of one field;
        a later one of the same field replaces it. Applied by every build (corrections.py)."""
        parse_path(field)
        self.db.execute("INSERT OR REPLACE INTO corrections VALUES (?, ?, ?, ?, ?)",
                        (doc_id, field, value_read, value_given,
                         dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
        self._changed([doc_id])
        self.db.commit()

    def corrections(self, doc_ids: list[str] | None = None) -> dict[str, list[dict]]:
        """Every kept correction (of `doc_ids`, or all), by doc_id, in field order."""
        where, params = _where(doc_ids)
        by_doc: dict[str, list[dict]] = {}
        for row in self.db.execute(f"SELECT * FROM corrections WHERE 1{where} ORDER BY doc_id, field", params):
            by_doc.setdefault(row["doc_id"], []).append(dict(row))
        return by_doc

    def _changed(self, doc_ids: list[str]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO dirty VALUES (?)", ((d,) for d in doc_ids))
        self.db.execute("UPDATE meta SET value = value + 1 WHERE key = 'changes'")


def _where(doc_ids: list[str] | None) -> tuple[str, tuple]:
    return ("", ()) if doc_ids is None else (f" AND {_AMONG}", (json.dumps(doc_ids),))


def _chunks(cursor: sqlite3.Cursor) -> Iterator[list[dict]]:
    while rows := cursor.fetchmany(CHUNK):
        yield [dict(row) for row in rows]
