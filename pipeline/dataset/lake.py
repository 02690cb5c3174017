"""The dataset's tables as Delta Lake tables (deltalake: delta-rs, no JVM): DIR/<table>/, one per table
of schemas/tables.py, and DIR/records/ (doc_id, record: the full record of each meeting, as JSON).

Why Delta: a publish replaces the rows of the documents it changed, keyed by doc_id, in one atomic
commit per table (`write_deltalake(mode="overwrite", predicate="doc_id IN (...)")`: Delta's
replaceWhere); every commit is a version a reader can still open (DeltaTable(path, version=n)), and
vacuum deletes the files no kept version needs. pandas, pyarrow, Dask, DuckDB and Spark read the tables.
A full build writes every table anew, sorted by doc_id into files of about TARGET_FILE_SIZE, so that
replacing a document rewrites one file at most and a new document's predicate is answered from the
files' statistics.

Readers open the versions minutes.db names as published (database.py), never a table's latest: a
table written by a publish that was killed before its commit of minutes.db is not seen, and `reset`
takes it back to its published version before the next publish writes.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pyarrow as pa
from deltalake import DeltaTable, write_deltalake

from bangla_minutes.pipeline.dataset.layout import RECORDS
from bangla_minutes.schemas.tables import TABLES, Table

TARGET_FILE_SIZE = 32 << 20  # bytes a data file holds at most: what replacing one document may rewrite
_ARROW_TYPES = {"text": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
                "date": pa.date32(), "time": pa.time32("ms"), "timestamp": pa.timestamp("us", tz="UTC")}


def arrow_schema(table: Table) -> pa.Schema:
    return pa.schema([(c.name, _ARROW_TYPES[c.type]) for c in table.columns])


# Every Delta table of a dataset and its schema: the dataset's tables, then the records.
SCHEMAS: dict[str, pa.Schema] = {**{t.name: arrow_schema(t) for t in TABLES},
                                 RECORDS: pa.schema([("doc_id", pa.string()), ("record", pa.string())])}
# Delta Lake has no time of day: a time column is stored as milliseconds after midnight (int32, the
# same bits as Arrow's time32[ms]) and read back as a time by `logical`.
_STORED_TYPES = {pa.time32("ms"): pa.int32()}
STORED: dict[str, pa.Schema] = {
    name: pa.schema([(f.name, _STORED_TYPES.get(f.type, f.type)) for f in schema]) for name, schema in SCHEMAS.items()}


def arrow_type(type_: str) -> pa.DataType:
    return _ARROW_TYPES[type_]


def stored(name: str, data):
    """A table or batch of the logical schema as Delta stores it."""
    return data.cast(STORED[name])


def logical(name: str, data):
    """A table or batch read from Delta (any of its columns) with the dataset's types again."""
    types = {f.name: f.type for f in SCHEMAS[name]}
    return data.cast(pa.schema([(f.name, types.get(f.name, f.type)) for f in data.schema]))


def overwrite(out: Path, name: str, batches: Iterable[pa.RecordBatch]) -> int:
    """Write a whole table anew (a new version; older ones stay readable until vacuumed); its version."""
    reader = pa.RecordBatchReader.from_batches(STORED[name], (stored(name, b) for b in batches))
    write_deltalake(out / name, reader, mode="overwrite", schema_mode="overwrite", target_file_size=TARGET_FILE_SIZE)
    return DeltaTable(out / name).version()


def replace(out: Path, name: str, rows: list[dict], doc_ids: list[str]) -> int:
    """Replace the rows of `doc_ids` by `rows` in one commit; the table's new version."""
    if not doc_ids:
        return DeltaTable(out / name).version()
    data = stored(name, pa.Table.from_pylist(rows, schema=SCHEMAS[name]))
    predicate = "doc_id IN (" + ", ".join("'" + d.replace("'", "''") + "'" for d in doc_ids) + ")"
    write_deltalake(out / name, data, mode="overwrite", predicate=predicate, target_file_size=TARGET_FILE_SIZE)
    return DeltaTable(out / name).version()


def reset(out: Path, versions: dict[str, int]) -> None:
    """Take each table back to its published version if a killed publish wrote past it."""
    for name, published in versions.items():
        table = DeltaTable(out / name)
        if written_past(table, published):
            table.restore(published)


_KEEPING = {"VACUUM START", "VACUUM END"}  # commits that change no row


def written_past(table: DeltaTable, published: int) -> bool:
    """Whether a table has commits after `published` that change its rows (vacuum's own do not)."""
    past = table.version() - published
    return past > 0 and any(commit["operation"] not in _KEEPING for commit in table.history(past))


def exists(out: Path, versions: dict[str, int]) -> bool:
    return all((out / name / "_delta_log").is_dir() for name in versions) and set(versions) == set(SCHEMAS)


def vacuum(out: Path, keep: Iterable[dict[str, int]]) -> None:
    """Delete the data files no version in `keep` (published builds a reader may hold) needs."""
    keep = [k for k in keep if k]
    for name in SCHEMAS:
        versions = sorted({k[name] for k in keep if name in k})
        if (out / name / "_delta_log").is_dir() and versions:
            DeltaTable(out / name).vacuum(retention_hours=0, dry_run=False, enforce_retention_duration=False,
                                          keep_versions=versions)


def table(out: Path, name: str, version: int) -> DeltaTable:
    return DeltaTable(out / name, version=version)
