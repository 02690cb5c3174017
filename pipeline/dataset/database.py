"""minutes.db: the dataset as one SQLite file at a stable path, which Datasette opens as it is.

It is never replaced, only changed in place, one transaction per publish (WAL mode: readers see the
last commit, never a half-written one, even after kill -9; a reader opened read-only works too). A full
build drops and refills every table in one transaction; an incremental one deletes the changed
documents' rows, inserts their new rows and updates the search index for them. The published state
(Delta table versions, row counts, how and when it was built) is the row `build` of dataset_info,
written in the same transaction: the commit of minutes.db is the moment a publish happens.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Iterable, Iterator

from bangla_minutes.pipeline.dataset import search
from bangla_minutes.pipeline.dataset.journal import sql_column
from bangla_minutes.pipeline.dataset.layout import DB_NAME, INFO_TABLE
from bangla_minutes.schemas.tables import TABLE_BY_NAME, TABLES, Table

_AMONG = "IN (SELECT value FROM json_each(?))"  # doc_ids, as one JSON array parameter


def connect(out: Path) -> sqlite3.Connection:
    """The dataset's database for writing (transactions are begun and committed explicitly)."""
    db = sqlite3.connect(out / DB_NAME, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    return db


def ddl() -> str:
    """CREATE statements with primary and foreign keys (Datasette shows and follows them)."""
    statements = []
    for table in TABLES:
        parts = [sql_column(c) for c in table.columns]
        parts.append(f"PRIMARY KEY ({names(table.primary_key)})")
        for fk in table.foreign_keys:
            parts.append(f'FOREIGN KEY ({names(fk.columns)}) REFERENCES "{fk.table}" ({names(fk.columns)})')
        statements.append(f'CREATE TABLE "{table.name}" (\n  ' + ",\n  ".join(parts) + "\n);")
        for fk in table.foreign_keys:
            if table.primary_key[:len(fk.columns)] != fk.columns:  # not already served by the key's index
                statements.append(f'CREATE INDEX "{table.name}_{"_".join(fk.columns)}" '
                                  f'ON "{table.name}" ({names(fk.columns)});')
    # The copies of a meeting, found when one of them changes (publish.py: affected).
    statements.append('CREATE INDEX "documents_meeting_id" ON "documents" ("meeting_id");')
    return "\n".join(statements)


def names(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def info(db: sqlite3.Connection) -> dict | None:
    try:
        row = db.execute(f"SELECT value FROM {INFO_TABLE} WHERE key = 'build'").fetchone()
    except sqlite3.OperationalError:  # no such table: nothing published yet
        return None
    return json.loads(row[0]) if row else None


def begin_full(db: sqlite3.Connection) -> None:
    """Begin a full build: every table dropped and made again, in a transaction."""
    db.execute("BEGIN IMMEDIATE")
    for name in (*search.table_names(), *(t.name for t in reversed(TABLES)), INFO_TABLE):
        db.execute(f'DROP TABLE IF EXISTS "{name}"')
    _script(db, ddl() + f"\nCREATE TABLE {INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT);")


def insert(db: sqlite3.Connection, name: str, rows: list[dict]) -> None:
    table = TABLE_BY_NAME[name]
    db.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" * len(table.columns))})', sql_values(table, rows))


def finish_full(db: sqlite3.Connection, build: dict) -> None:
    """Index what a full build inserted, record the build and commit."""
    search.build_index(_InTransaction(db))
    _set_info(db, build)
    db.execute("COMMIT")


def replace(db: sqlite3.Connection, doc_ids: list[str], rows: dict[str, list[dict]], build: dict) -> dict[str, int]:
    """In one transaction: the rows of `doc_ids` in every table replaced by `rows`, the search index
    updated for them, the build recorded. Returns each table's row count change."""
    ids = json.dumps(doc_ids)
    db.execute("BEGIN IMMEDIATE")
    try:
        search.remove_documents(db, doc_ids)
        change = {}
        for table in reversed(TABLES):
            deleted = db.execute(f'DELETE FROM "{table.name}" WHERE doc_id {_AMONG}', (ids,)).rowcount
            change[table.name] = len(rows.get(table.name, [])) - deleted
        for table in TABLES:
            insert(db, table.name, rows.get(table.name, []))
        search.add_documents(db, doc_ids)
        _set_info(db, build)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return change


def counts(db: sqlite3.Connection, doc_ids: list[str]) -> dict[str, int]:
    """Of the documents rows of `doc_ids`: how many are copies of a meeting, how many not minutes."""
    copies, not_minutes = db.execute(
        f"SELECT count(meeting_id), count(*) FILTER (WHERE status = 'not_minutes') FROM documents "
        f"WHERE doc_id {_AMONG}", (json.dumps(doc_ids),)).fetchone()
    return {"copies": copies, "not_minutes": not_minutes}


def meetings_of(db: sqlite3.Connection, doc_ids: list[str]) -> list[str]:
    """The published copies of the meetings `doc_ids` belong to (themselves included)."""
    return [row[0] for row in db.execute(
        f"SELECT doc_id FROM documents WHERE meeting_id IN "
        f"(SELECT meeting_id FROM documents WHERE doc_id {_AMONG} AND meeting_id IS NOT NULL)",
        (json.dumps(doc_ids),))]


def _set_info(db: sqlite3.Connection, build: dict) -> None:
    db.execute(f"INSERT OR REPLACE INTO {INFO_TABLE} VALUES ('build', ?)", (json.dumps(build),))


def _script(db: sqlite3.Connection, script: str) -> None:
    """Run an SQL script statement by statement, inside the transaction under way (sqlite3's own
    executescript commits it first)."""
    statement = ""
    for piece in script.split(";"):
        statement += piece + ";"
        if sqlite3.complete_statement(statement):
            if statement.strip(" \n\t;"):
                db.execute(statement)
            statement = ""


class _InTransaction:
    """A connection whose executescript keeps to the transaction under way (for search.build_index)."""

    def __init__(self, db: sqlite3.Connection):
        self._db = db

    def __getattr__(self, name):
        return getattr(self._db, name)

    def executescript(self, script: str) -> None:
        _script(self._db, script)


_TO_SQL = {"date": dt.date.isoformat, "time": lambda t: t.strftime("%H:%M"), "timestamp": dt.datetime.isoformat}


def sql_values(table: Table, rows: Iterable[dict]) -> Iterator[list]:
    """Rows as lists of SQLite values in column order: dates and times become ISO text."""
    columns = table.column_names
    convert = [(i, _TO_SQL[c.type]) for i, c in enumerate(table.columns) if c.type in _TO_SQL]
    for row in rows:
        values = [row.get(name) for name in columns]
        for i, to_sql in convert:
            if values[i] is not None:
                values[i] = to_sql(values[i])
        yield values
