"""Reading a published dataset: typed DataFrames (load_dataset), a lazy form for archives bigger than
memory (scan_dataset: Dask), the check of a build and exports.

Every reader opens the Delta versions minutes.db names as published (dataset_info), never a table's
latest: what a publish killed half-way wrote is not seen. Filters (office, meeting date range, warning
code) and column selection are pushed down to the Parquet files (row groups skipped by their statistics,
columns not read); the other tables follow the meetings kept, by doc_id.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.dataset as pa_ds
import pyarrow.parquet as pq

from bangla_minutes.pipeline.dataset import lake
from bangla_minutes.pipeline.dataset.database import info as read_info, names, sql_values
from bangla_minutes.pipeline.dataset.layout import DB_NAME, RECORDS
from bangla_minutes.pipeline.errors import NotADataset
from bangla_minutes.schemas.tables import TABLE_BY_NAME, TABLES


@dataclass(repr=False)
class Dataset:
    """The tables of the published build as typed DataFrames (pyarrow-backed: dates are dates, times
    are times, integers stay integers next to missing values), and SQL on minutes.db."""
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
    versions: dict

    def __repr__(self) -> str:
        return f"Dataset({self.root}: " + ", ".join(f"{t.name} {len(getattr(self, t.name))}" for t in TABLES) + ")"

    def sql(self, query: str, params=()) -> pd.DataFrame:
        """Run a query on minutes.db (as it is now: a publish since load_dataset shows). SQLite keeps
        dates and times as ISO text (so SQL can cut them with substr); a result column named as a date,
        time or timestamp column of the tables comes back typed like the frames."""
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

    def records(self, doc_ids: Iterable[str] | None = None) -> Iterator[dict]:
        """The full record of each meeting (of `doc_ids`, or all), corrections applied, as JSON data."""
        wanted = None if doc_ids is None else pc.field("doc_id").isin(list(doc_ids))
        table = lake.table(self.root, RECORDS, self.versions[RECORDS]).to_pyarrow_dataset()
        for batch in table.to_batches(columns=["record"], filter=wanted):
            yield from map(json.loads, batch.column(0).to_pylist())


_FROM_SQL = {"date": dt.date.fromisoformat, "time": dt.time.fromisoformat, "timestamp": dt.datetime.fromisoformat}
_TEMPORAL = {c.name: c.type for t in TABLES for c in t.columns if c.type in _FROM_SQL}


def _typed(values: pd.Series, type_: str) -> pd.Series:
    """ISO text from SQLite as the column's Arrow type; values that are not ISO text are left as they are."""
    try:
        parsed = [None if v is None or v != v else _FROM_SQL[type_](v) for v in values]
    except (TypeError, ValueError):
        return values
    return pd.Series(pa.array(parsed, type=lake.arrow_type(type_)), index=values.index, name=values.name,
                     dtype=pd.ArrowDtype(lake.arrow_type(type_)))


def _open(path: str | os.PathLike) -> tuple[Path, sqlite3.Connection, dict]:
    """The dataset directory, minutes.db opened read-only, and the published build it names."""
    root = Path(path).absolute()
    try:
        db = sqlite3.connect(f"{(root / DB_NAME).as_uri()}?mode=ro", uri=True, check_same_thread=False)
        info = read_info(db) if (root / DB_NAME).is_file() else None
    except sqlite3.Error:
        info = None
    if not info or "tables" not in info:
        raise NotADataset(str(path), f"no dataset here (run `minutes ingest ... --out {path}` first)")
    return root, db, info


def load_dataset(path: str | os.PathLike, tables: Iterable[str] | None = None,
                 columns: dict[str, list[str]] | None = None, office: str | Iterable[str] | None = None,
                 since: dt.date | str | None = None, until: dt.date | str | None = None,
                 warning: str | Iterable[str] | None = None) -> Dataset:
    """The dataset in the directory `path`, as published.

    tables: the tables to read (the others are empty frames with their columns); columns: the columns
    to read of some tables, e.g. {"decisions": ["doc_id", "text"]}. office, since/until (meeting
    date, inclusive), warning (a code or codes the meeting's warnings hold): only those meetings, and
    the rows of every table that belong to them (documents: their copies). Both are pushed down to
    the Parquet files."""
    root, db, info = _open(path)
    versions = info["tables"]
    wanted = set(tables) if tables is not None else set(TABLE_BY_NAME)
    columns = columns or {}
    sources = {name: lake.table(root, name, versions[name]).to_pyarrow_dataset() for name in TABLE_BY_NAME}
    keys = _meeting_filter(sources, office, since, until, warning)
    frames = {}
    for name in TABLE_BY_NAME:
        if name not in wanted:
            frames[name] = lake.SCHEMAS[name].empty_table().to_pandas(types_mapper=pd.ArrowDtype)
            continue
        table = sources[name].to_table(columns=columns.get(name), filter=_rows_of(name, keys),
                                       use_threads=True)
        frames[name] = lake.logical(name, table).to_pandas(types_mapper=pd.ArrowDtype)
    return Dataset(root=root, db=db, versions=versions, **frames)


def _meeting_filter(sources: dict, office, since, until, warning) -> dict | None:
    """The doc_ids of the meetings the filters keep, and of their copies (None: no filter)."""
    conditions = []
    if office is not None:
        conditions.append(pc.field("office").isin([office] if isinstance(office, str) else list(office)))
    if since is not None:
        conditions.append(pc.field("meeting_date") >= pa.scalar(_date(since)))
    if until is not None:
        conditions.append(pc.field("meeting_date") <= pa.scalar(_date(until)))
    if warning is not None:
        codes = [warning] if isinstance(warning, str) else list(warning)
        warned = sources["warnings"].to_table(columns=["doc_id"], filter=pc.field("code").isin(codes))
        conditions.append(pc.field("doc_id").isin(pc.unique(warned.column("doc_id"))))
    if not conditions:
        return None
    condition = conditions[0]
    for more in conditions[1:]:
        condition = condition & more
    meetings = sources["meetings"].to_table(columns=["doc_id"], filter=condition).column("doc_id")
    copies = sources["documents"].to_table(columns=["doc_id"], filter=pc.field("meeting_id").isin(meetings))
    return {"meetings": meetings, "documents": copies.column("doc_id")}


def _rows_of(name: str, keys: dict | None):
    if keys is None:
        return None
    if name == "documents":
        return pc.field("meeting_id").isin(keys["meetings"])
    return pc.field("doc_id").isin(keys["documents"] if name in ("paths", "corrections") else keys["meetings"])


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


@dataclass
class Scan:
    """The published tables as lazy frames (Dask), read a partition at a time: for archives bigger
    than memory. `table("decisions", columns=["doc_id"])` is a dask DataFrame; `.compute()` runs it."""
    root: Path
    versions: dict

    def files(self, name: str) -> list[str]:
        """The Parquet files of the published version of a table."""
        return lake.table(self.root, name, self.versions[name]).file_uris()

    def table(self, name: str, columns: list[str] | None = None, filters=None):
        """A dask DataFrame of the published version of a table (a time column as stored: milliseconds
        after midnight, lake.py)."""
        import dask.dataframe as dd

        files = self.files(name)
        if not files:  # an empty table: one partition with its columns
            empty = lake.SCHEMAS[name].empty_table().to_pandas(types_mapper=pd.ArrowDtype)
            return dd.from_pandas(empty[columns] if columns else empty, npartitions=1)
        return dd.read_parquet(files, columns=columns, filters=filters, dtype_backend="pyarrow")

    def arrow(self, name: str) -> pa_ds.Dataset:
        """A table as a pyarrow dataset: to_batches() streams it, filters and columns pushed down."""
        return lake.table(self.root, name, self.versions[name]).to_pyarrow_dataset()


def scan_dataset(path: str | os.PathLike) -> Scan:
    """The dataset in `path` for lazy reading (nothing is read until asked)."""
    root, db, info = _open(path)
    db.close()
    return Scan(root, info["tables"])


def check_dataset(path: str | os.PathLike) -> list[str]:
    """What is wrong with the published build: SQLite integrity and foreign keys, any table whose
    SQLite rows differ from its Delta rows, records that are not the meetings'. [] when all is well.
    Reads whole tables: a check, not a hot path."""
    root, db, info = _open(path)
    db.execute("BEGIN")  # one snapshot of minutes.db, the one whose dataset_info is read
    info = read_info(db)
    problems = [f"integrity_check: {row[0]}" for row in db.execute("PRAGMA integrity_check") if row[0] != "ok"]
    problems += [f"foreign key of {row[0]} row {row[1]} has no {row[2]} row"
                 for row in db.execute("PRAGMA foreign_key_check")]
    for table in TABLES:
        sql_rows = db.execute(f'SELECT {names(table.column_names)} FROM "{table.name}" '
                              f"ORDER BY {names(table.primary_key)}").fetchall()
        key = [table.column_names.index(k) for k in table.primary_key]
        lake_rows = lake.logical(table.name, lake.table(root, table.name, info["tables"][table.name])
                                 .to_pyarrow_table()).to_pylist()
        lake_rows = sorted(map(tuple, sql_values(table, lake_rows)), key=lambda row: [row[i] for i in key])
        if sql_rows != lake_rows:
            problems.append(f"{table.name}: SQLite and Delta differ ({len(sql_rows)} and {len(lake_rows)} rows)")
    meetings = sorted(row[0] for row in db.execute("SELECT doc_id FROM meetings"))
    records = lake.table(root, RECORDS, info["tables"][RECORDS]).to_pyarrow_table(columns=["doc_id"])
    if sorted(records.column("doc_id").to_pylist()) != meetings:
        problems.append(f"records: {records.num_rows} records for {len(meetings)} meetings")
    db.execute("COMMIT")
    db.close()
    return problems


def export(dataset_dir: str | os.PathLike, format: str, out: str | os.PathLike) -> list[Path]:
    """Every table of the dataset as out/<table>.<format> (csv, parquet or jsonl), then out/records.jsonl
    (the full record of each meeting, one a line); the files written."""
    if format not in ("csv", "parquet", "jsonl"):
        raise ValueError(f"unknown export format {format!r} (csv, parquet, jsonl)")
    root, db, info = _open(dataset_dir)
    db.close()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        source = lake.table(root, table.name, info["tables"][table.name]).to_pyarrow_dataset()
        target = out / f"{table.name}.{format}"
        schema = lake.SCHEMAS[table.name]
        if format == "parquet":
            with pq.ParquetWriter(target, schema) as writer:
                for batch in source.to_batches():
                    writer.write_batch(lake.logical(table.name, batch))
        elif format == "csv":
            with pa_csv.CSVWriter(target, schema) as writer:
                for batch in source.to_batches():
                    writer.write_batch(lake.logical(table.name, batch))
        else:
            with open(target, "w", encoding="utf-8") as lines:
                for batch in source.to_batches():
                    batch = lake.logical(table.name, batch)
                    for values in sql_values(table, batch.to_pylist()):
                        lines.write(json.dumps(dict(zip(table.column_names, values)), ensure_ascii=False) + "\n")
        written.append(target)
    target = out / "records.jsonl"
    with open(target, "w", encoding="utf-8") as lines:
        for batch in lake.table(root, RECORDS, info["tables"][RECORDS]).to_pyarrow_dataset().to_batches(columns=["record"]):
            lines.writelines(line + "\n" for line in batch.column(0).to_pylist())
    written.append(target)
    return written
