"""The dataset directory: the ingest journal, the published tables, and reading them back.

    out/
      journal.sqlite           what ingest has done: one row per document (with its record), one per path
      versions/000007/         one build: <table>.parquet, minutes.db (SQLite), records.jsonl, dataset.json
      current -> versions/000007
      minutes.db, <table>.parquet, records.jsonl -> current/...   stable names for people and tools

Each finished file is one journal commit, so a killed run loses only the files in flight. Tables are
built from the journal into versions/.<n>.tmp, renamed, and `current` is repointed with os.replace:
a reader sees one whole build, old or new, never a mix. Builds stream the journal in chunks.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

import bangla_minutes.schemas
from bangla_minutes.pipeline.dataset.copies import group_meetings
from bangla_minutes.pipeline.dataset.corrections import apply as apply_corrections
from bangla_minutes.pipeline.dataset.journal import JOURNAL_NAME, DatasetBusy, Journal  # noqa: F401 (re-exported)
from bangla_minutes.pipeline.dataset.layout import CURRENT, VERSIONS, current_build
from bangla_minutes.pipeline.dataset.search import build_index as build_search_index
from bangla_minutes.pipeline.errors import NotADataset
from bangla_minutes.pipeline.dataset.tables import document_row, record_rows
from bangla_minutes.schemas import Record
from bangla_minutes.schemas.tables import TABLE_BY_NAME, TABLES, Table

DB_NAME = "minutes.db"
RECORDS_NAME = "records.jsonl"
INFO_NAME = "dataset.json"

_ARROW_TYPES = {"text": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
                "date": pa.date32(), "time": pa.time32("ms"), "timestamp": pa.timestamp("us", tz="UTC")}
_SQL_TYPES = {"text": "TEXT", "int": "INTEGER", "float": "REAL", "bool": "INTEGER",
              "date": "TEXT", "time": "TEXT", "timestamp": "TEXT"}


# --- building and publishing ------------------------------------------------------------------

def publish(out: Path, journal: Journal, keep_not_minutes: bool = False) -> Path:
    """Build the tables from the journal and make them the dataset's current build."""
    versions = out / VERSIONS
    versions.mkdir(exist_ok=True)
    numbers = [int(p.name) for p in versions.iterdir() if p.name.isdigit()]
    name = f"{max(numbers, default=0) + 1:06d}"
    building = versions / f".{name}.tmp"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir()
    write_build(journal, building, keep_not_minutes)
    os.rename(building, versions / name)
    previous = current_build(out)
    link = out / ".current.tmp"
    link.unlink(missing_ok=True)
    os.symlink(Path(VERSIONS) / name, link)
    os.replace(link, out / CURRENT)
    for file in [*(f"{t.name}.parquet" for t in TABLES), DB_NAME, RECORDS_NAME]:
        if not os.path.lexists(out / file):
            os.symlink(Path(CURRENT) / file, out / file)
    prune(out, keep=previous)  # the build a reader may have just opened stays until the next run
    return versions / name


def prune(out: Path, keep: Path | None = None) -> None:
    """Remove every build but the current one (and `keep`), and unfinished temp builds."""
    kept = {p.name for p in (current_build(out), keep) if p is not None}
    for old in (out / VERSIONS).iterdir():
        if old.name not in kept:
            shutil.rmtree(old, ignore_errors=True)


def is_current(out: Path, journal: Journal, keep_not_minutes: bool = False) -> bool:
    """Whether the published build holds everything the journal holds, made by this code the same way."""
    build = current_build(out)
    if build is None:
        return False
    info = _info(build)
    return ((info["journal_changes"], info["builder"], info.get("keep_not_minutes", False))
            == (journal.changes, _builder(), keep_not_minutes))


def _builder() -> str:
    """A hash of the code that makes tables of journaled records (a new column means a new build)."""
    here = Path(__file__)
    sources = [here, here.with_name("tables.py"), here.with_name("copies.py"), here.with_name("search.py"),
               here.with_name("corrections.py"),
               Path(bangla_minutes.schemas.__file__).with_name("tables.py")]
    return hashlib.sha256(b"".join(path.read_bytes() for path in sources)).hexdigest()[:12]


def write_build(journal: Journal, target: Path, keep_not_minutes: bool = False) -> None:
    """All tables as Parquet files, one SQLite database and records.jsonl, streamed from the journal:
    first which documents are copies of one meeting (copies.py), then the rows."""
    meetings = group_meetings(journal.copy_facts(), keep_not_minutes)
    writers = {t.name: pq.ParquetWriter(target / f"{t.name}.parquet", arrow_schema(t)) for t in TABLES}
    db = sqlite3.connect(target / DB_NAME)
    db.executescript(sqlite_ddl())
    counts: Counter[str] = Counter()
    corrections = journal.corrections()
    with open(target / RECORDS_NAME, "w", encoding="utf-8") as records:
        for chunk in journal.documents():
            rows: dict[str, list[dict]] = {"documents": []}
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
                if meetings.used(doc_id):  # records.jsonl: one record per meeting, as `meetings`
                    records.write(line + "\n")
                    record = record or Record.model_validate_json(line)
                    made = record_rows(record, meetings.copy_count[doc_id], meetings.disagreements.get(doc_id, []))
                    for name, table_rows in made.items():
                        rows.setdefault(name, []).extend(table_rows)
            _write_rows(writers, db, rows, counts)
        for chunk in journal.paths():
            _write_rows(writers, db, {"paths": chunk}, counts)
    for writer in writers.values():
        writer.close()
    build_search_index(db)
    db.commit()
    db.close()
    info = {"format": 1, "built_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "journal_changes": journal.changes, "builder": _builder(), "keep_not_minutes": keep_not_minutes,
            "rows": {t.name: counts[t.name] for t in TABLES},
            "copies": len(meetings.meeting_of), "not_minutes": len(meetings.not_minutes)}
    (target / INFO_NAME).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")


def build_info(out: Path) -> dict | None:
    """The published build's dataset.json: row counts, copies, how and when it was built."""
    build = current_build(out)
    return _info(build) if build is not None else None


def _write_rows(writers: dict, db: sqlite3.Connection, rows: dict[str, list[dict]], counts: Counter) -> None:
    for name, table_rows in rows.items():
        if not table_rows:
            continue
        table = TABLE_BY_NAME[name]
        writers[name].write_table(pa.Table.from_pylist(table_rows, schema=arrow_schema(table)))
        db.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" * len(table.columns))})',
                       _sql_values(table, table_rows))
        counts[name] += len(table_rows)


def arrow_schema(table: Table) -> pa.Schema:
    return pa.schema([(c.name, _ARROW_TYPES[c.type]) for c in table.columns])


def sqlite_ddl() -> str:
    """CREATE statements with primary and foreign keys (Datasette shows and follows them)."""
    statements = []
    for table in TABLES:
        parts = [_sql_column(c) for c in table.columns]
        parts.append(f"PRIMARY KEY ({_names(table.primary_key)})")
        for fk in table.foreign_keys:
            parts.append(f'FOREIGN KEY ({_names(fk.columns)}) REFERENCES "{fk.table}" ({_names(fk.columns)})')
        statements.append(f'CREATE TABLE "{table.name}" (\n  ' + ",\n  ".join(parts) + "\n);")
        for fk in table.foreign_keys:
            if table.primary_key[:len(fk.columns)] != fk.columns:  # not already served by the key's index
                statements.append(f'CREATE INDEX "{table.name}_{"_".join(fk.columns)}" '
                                  f'ON "{table.name}" ({_names(fk.columns)});')
    return "\n".join(statements)


def _sql_column(column) -> str:
    return f'"{column.name}" {_SQL_TYPES[column.type]}'


def _names(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


_TO_SQL = {"date": dt.date.isoformat, "time": lambda t: t.strftime("%H:%M"), "timestamp": dt.datetime.isoformat}


def _sql_values(table: Table, rows: Iterable[dict]) -> Iterator[list]:
    """Rows as lists of SQLite values in column order: dates and times become ISO text."""
    names = table.column_names
    convert = [(i, _TO_SQL[c.type]) for i, c in enumerate(table.columns) if c.type in _TO_SQL]
    for row in rows:
        values = [row.get(name) for name in names]
        for i, to_sql in convert:
            if values[i] is not None:
                values[i] = to_sql(values[i])
        yield values


# --- reading ----------------------------------------------------------------------------------

def _info(build: Path) -> dict:
    return json.loads((build / INFO_NAME).read_text(encoding="utf-8"))


def _build_dir(path: str | os.PathLike) -> Path:
    """A dataset directory's current build, or a build directory given directly."""
    path = Path(path)
    if (path / INFO_NAME).exists():
        return path.resolve()
    build = current_build(path)
    if build is None:
        raise NotADataset(str(path), f"no dataset here (run `minutes ingest ... --out {path}` first)")
    return build


@dataclass(repr=False)
class Dataset:
    """The tables of one build as typed DataFrames (pyarrow-backed: dates are dates, times are times,
    integers stay integers next to missing values), and SQL on the build's SQLite database."""
    root: Path
    documents: pd.DataFrame
    paths: pd.DataFrame
    meetings: pd.DataFrame
    agenda_items: pd.DataFrame
    decisions: pd.DataFrame
    attendees: pd.DataFrame
    distribution: pd.DataFrame
    signatories: pd.DataFrame
    warnings: pd.DataFrame
    corrections: pd.DataFrame
    db: sqlite3.Connection

    def __repr__(self) -> str:
        return f"Dataset({self.root}: " + ", ".join(f"{t.name} {len(getattr(self, t.name))}" for t in TABLES) + ")"

    def sql(self, query: str, params=()) -> pd.DataFrame:
        """Run a query on minutes.db. SQLite keeps dates and times as ISO text (so SQL can cut them
        with substr); a result column named as a date, time or timestamp column of the tables comes
        back typed like the frames."""
        frame = pd.read_sql_query(query, self.db, params=params)
        for name in frame.columns:
            if _TEMPORAL.get(name):
                frame[name] = _typed(frame[name], _TEMPORAL[name])
        return frame

    def search(self, query: str, limit: int | None = 20, fields=None) -> pd.DataFrame:
        """Decisions matching a Bengali query, inflected forms included ("নিয়োগ" finds নিয়োগের,
        নিয়োগে), best first: doc_id, item and decision numbers, meeting date, office, meeting title,
        agenda title, the decision, its responsible, and a snippet with the matches in [brackets].
        `fields`: some of decision, discussion, agenda_title, meeting_title (default: all four)."""
        from bangla_minutes.pipeline.dataset import search

        rows = search.search(self.db, query, limit=limit, fields=tuple(fields or search.FIELDS))
        return pd.DataFrame(rows, columns=list(search.RESULT_COLUMNS))


_FROM_SQL = {"date": dt.date.fromisoformat, "time": dt.time.fromisoformat, "timestamp": dt.datetime.fromisoformat}
_TEMPORAL = {c.name: c.type for t in TABLES for c in t.columns if c.type in _FROM_SQL}


def _typed(values: pd.Series, type_: str) -> pd.Series:
    """ISO text from SQLite as the column's Arrow type; values that are not ISO text are left as they are."""
    try:
        parsed = [None if v is None or v != v else _FROM_SQL[type_](v) for v in values]
    except (TypeError, ValueError):
        return values
    return pd.Series(pa.array(parsed, type=_ARROW_TYPES[type_]), index=values.index, name=values.name,
                     dtype=pd.ArrowDtype(_ARROW_TYPES[type_]))

def load_dataset(path: str | os.PathLike) -> Dataset:
    """The dataset in `path` (a dataset directory or one build directory)."""
    root = _build_dir(path)
    frames = {t.name: pq.read_table(root / f"{t.name}.parquet").to_pandas(types_mapper=pd.ArrowDtype)
              for t in TABLES}
    # Opened now, so the build stays readable even if a later ingest removes it.
    db = sqlite3.connect(f"{(root / DB_NAME).as_uri()}?mode=ro", uri=True, check_same_thread=False)
    return Dataset(root=root, db=db, **frames)


def check_dataset(path: str | os.PathLike) -> list[str]:
    """What is wrong with a build: SQLite integrity and foreign keys, and any table whose SQLite rows
    differ from its Parquet rows. [] when all is well. Reads whole tables: a check, not a hot path."""
    root = _build_dir(path)
    db = sqlite3.connect(f"{(root / DB_NAME).as_uri()}?mode=ro", uri=True)
    problems = [f"integrity_check: {row[0]}" for row in db.execute("PRAGMA integrity_check") if row[0] != "ok"]
    problems += [f"foreign key of {row[0]} row {row[1]} has no {row[2]} row"
                 for row in db.execute("PRAGMA foreign_key_check")]
    for table in TABLES:
        sql_rows = db.execute(f'SELECT {_names(table.column_names)} FROM "{table.name}" '
                              f"ORDER BY {_names(table.primary_key)}").fetchall()
        key = [table.column_names.index(k) for k in table.primary_key]
        parquet = pq.read_table(root / f"{table.name}.parquet").to_pylist()
        parquet_rows = sorted(map(tuple, _sql_values(table, parquet)), key=lambda row: [row[i] for i in key])
        if sql_rows != parquet_rows:
            problems.append(f"{table.name}: SQLite and Parquet differ "
                            f"({len(sql_rows)} and {len(parquet_rows)} rows)")
    db.close()
    return problems


def export(dataset_dir: str | os.PathLike, format: str, out: str | os.PathLike) -> list[Path]:
    """Every table of the dataset as out/<table>.<format> (csv, parquet or jsonl); the files written."""
    root = _build_dir(dataset_dir)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        source, target = root / f"{table.name}.parquet", out / f"{table.name}.{format}"
        if format == "parquet":
            shutil.copyfile(source, target)
        elif format == "csv":
            with pa_csv.CSVWriter(target, arrow_schema(table)) as writer:
                for batch in pq.ParquetFile(source).iter_batches():
                    writer.write_batch(batch)
        elif format == "jsonl":
            with open(target, "w", encoding="utf-8") as lines:
                for batch in pq.ParquetFile(source).iter_batches():
                    for values in _sql_values(table, batch.to_pylist()):
                        lines.write(json.dumps(dict(zip(table.column_names, values)), ensure_ascii=False) + "\n")
        else:
            raise ValueError(f"unknown export format {format!r} (csv, parquet, jsonl)")
        written.append(target)
    return written
