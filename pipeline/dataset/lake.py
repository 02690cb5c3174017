"""The dataset's tables as Delta Lake tables (deltalake: delta-rs, no JVM): DIR/<table>/, one per table
of schemas/tables.py, and DIR/records/ (doc_id, record: the full record of each meeting, as JSON).

Why Delta: a publish replaces the rows of the documents it changed, keyed by doc_id, in one atomic
commit per table (`write_deltalake(mode="overwrite", predicate="doc_id IN (...)")`: Delta's
replaceWhere); every commit is a version a reader can still open (DeltaTable(path, version=n)), and
vacuum deletes the files no kept version needs. pandas, pyarrow, Dask, DuckDB and Spark read the tables.
A full build writes every table anew, sorted by doc_id, so that a document's rows sit in one file
per table and a predicate's files are found by their doc_id statistics.

Small files, because replacing a document rewrites every file that held its rows: delta-rs (1.6) reads
tables with deletion vectors but does not write them (its delete, update and replace still rewrite
files even where the table enables them), so the file is the unit a re-parse pays for. With files of
32 MB, publishing 10 re-parsed documents of a million meetings took 16.7 s; with TARGET_FILE_SIZE
1 MB, 1.2 s (bench/scale.py, one run; 7.2-9.2 s against 3.8-4.5 s on a loaded machine). Smaller files rather than a partition column derived from doc_id:
no column the readers would see, and the same effect. delta-rs counts the target before compression:
the files come out at 0.15-0.25 MB on the bench's repeated records (the records table's at 2.7 MB,
one block of 1,024 records).

Compaction: each publish appends a small file to every table it writes (its few documents), whose
random doc_ids make it a candidate for every later predicate. Once a table holds more than COMPACT_AT
of them, `compact` writes their documents' rows again, sorted, in files of the usual size, through the
same replace by doc_id (one commit, a version like any other, published by minutes.db's commit and
restored by `reset` if that commit is not made). Not deltalake's optimize.compact: it takes every
file under its target size on disk for small, and since the writer's target is counted before
compression, that is every file of the table, rewritten each time.

Readers open the versions minutes.db names as published (database.py), never a table's latest: a
table written by a publish that was killed before its commit of minutes.db is not seen, and `reset`
takes it back to its published version before the next publish writes.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as pa_ds
from deltalake import CommitProperties, DeltaTable, write_deltalake

from bangla_minutes.pipeline.dataset.layout import RECORDS
from bangla_minutes.schemas.tables import TABLES, Table

TARGET_FILE_SIZE = 1 << 20  # delta-rs's target for a data file, counted before compression (see above)
SMALL_FILE = TARGET_FILE_SIZE // 8  # bytes on disk under which a data file is small: a run's few documents
COMPACT_AT = 32  # small files a table may hold before compact() merges them (a month of daily runs)
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
    table = DeltaTable(out / name)
    if doc_ids:
        _replace(table, stored(name, pa.Table.from_pylist(rows, schema=SCHEMAS[name])), doc_ids)
    return table.version()


def _replace(table: DeltaTable, data: pa.Table, doc_ids: list[str], why: str = "publish") -> None:
    """One commit; `why` is kept in the table's history (bangla_minutes: publish or compact)."""
    predicate = "doc_id IN (" + ", ".join("'" + d.replace("'", "''") + "'" for d in doc_ids) + ")"
    write_deltalake(table, data, mode="overwrite", predicate=predicate, target_file_size=TARGET_FILE_SIZE,
                    commit_properties=CommitProperties(custom_metadata={"bangla_minutes": why}))


def compact(out: Path) -> dict[str, int]:
    """The table with the most small files, once it has more than COMPACT_AT (each run appends one
    to every table it writes): the rows of the documents they hold written again, sorted, in files of
    the usual size, in one commit that replaces those documents' rows by themselves. One table a
    publish, so that no run pays for all (at a million meetings one table takes 0.2-2 s, all eleven
    7.6 s). {its name: its new version}, or {} when no table needs it."""
    tables = {name: DeltaTable(out / name) for name in SCHEMAS}
    small = {name: small_files(table) for name, table in tables.items()}
    name = max(small, key=lambda n: len(small[n]))
    if len(small[name]) <= COMPACT_AT:
        return {}
    table = tables[name]
    doc_ids = pc.unique(pa_ds.dataset(small[name], format="parquet").to_table(columns=["doc_id"]).column("doc_id"))
    _replace(table, _rows_of(table, doc_ids).sort_by("doc_id"), doc_ids.to_pylist(), "compact")
    return {name: table.version()}


def _rows_of(table: DeltaTable, doc_ids: pa.Array) -> pa.Table:
    """Every row of `doc_ids` (a document's rows may go on in the next file). The files holding them
    are found by their doc_id column alone, then only those are read whole: a filter over the whole
    table reads every column of every file (12 s for the records of a million meetings, 0.8 s so)."""
    source = table.to_pyarrow_dataset()
    wanted = pc.field("doc_id").isin(doc_ids)
    files = pc.unique(source.to_table(columns=["__filename"], filter=wanted).column("__filename")).to_pylist()
    holding = pa_ds.dataset(files, format="parquet", schema=source.schema, filesystem=source.filesystem)
    return holding.to_table(filter=wanted)


def small_files(table: DeltaTable) -> list[str]:
    """The paths of a table's data files smaller than SMALL_FILE."""
    files = pa.table(table.get_add_actions(flatten=True)).select(["path", "size_bytes"]).to_pylist()
    root = Path(table.table_uri.removeprefix("file://"))
    return [str(root / f["path"]) for f in files if f["size_bytes"] < SMALL_FILE]


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
