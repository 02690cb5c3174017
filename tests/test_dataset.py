"""The dataset: record -> rows, the build (Delta tables + SQLite + records), reading it back, export."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from click.testing import CliRunner

from bangla_minutes.pipeline.dataset import journal as journal_module, lake, publish as dataset
from bangla_minutes.pipeline.dataset.publish import Journal, check_dataset, export, is_current, load_dataset, publish
from bangla_minutes.pipeline.parse.document import parse_file
from bangla_minutes.pipeline.dataset.ingest import ingest
from bangla_minutes.pipeline.front.ingest_cli import export_command, stats_command
from bangla_minutes.pipeline.dataset.stats import stats
from bangla_minutes.pipeline.dataset.tables import record_rows
from bangla_minutes.schemas.tables import TABLE_BY_NAME, TABLES
from tests.shared import require, seed

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "text"
SEED = seed("000_86d0b669600d1f47")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The sample minutes and one broken file ingested into a fresh dataset."""
    inputs = tmp_path_factory.mktemp("inputs")
    (inputs / "broken.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    out = tmp_path_factory.mktemp("dataset")
    summary = ingest([SAMPLES, inputs], out, jobs=1)
    assert summary.status["failed"] == 1 and summary.status["ok"] == len(list(SAMPLES.glob("*.txt")))
    return out


def test_rows_of_a_record_fill_exactly_the_table_columns():
    rows = record_rows(parse_file(require(SEED)))
    for name, table_rows in rows.items():
        for row in table_rows:
            assert tuple(row) == TABLE_BY_NAME[name].column_names, name


def test_rows_follow_the_record():
    record = parse_file(require(SEED))
    rows = record_rows(record)
    meeting = rows["meetings"][0]
    assert meeting["meeting_date"].isoformat() == record.meeting.date.iso
    assert meeting["meeting_time"].strftime("%H:%M") == record.meeting.time.value
    assert meeting["chair_name"] == record.chair.name
    assert meeting["decision_count"] == len(rows["decisions"]) == sum(len(i.decisions) for i in record.agenda)
    keys = [(d["item_index"], d["decision_index"]) for d in rows["decisions"]]
    assert keys == sorted(set(keys)) and keys[0] == (1, 1)  # 1-based, unique, in printed order
    assert [d["text"] for d in rows["decisions"]] == [d.text for i in record.agenda for d in i.decisions]
    assert [s["name"] for s in rows["signatories"]] == [p.name for p in record.signatories]


def test_tables_load_typed(built):
    ds = load_dataset(built)
    meetings = ds.meetings
    assert meetings["meeting_date"].dtype == pd.ArrowDtype(pa.date32())
    assert meetings["meeting_time"].dtype == pd.ArrowDtype(pa.time32("ms"))
    assert meetings["quarter"].dtype == pd.ArrowDtype(pa.int64())  # stays integer beside missing values
    assert meetings["issued_consistent"].dtype == pd.ArrowDtype(pa.bool_())
    assert ds.documents["ingested_at"].dtype == pd.ArrowDtype(pa.timestamp("us", tz="UTC"))
    assert meetings["meeting_date"].dt.year.min() >= 1990
    for table in TABLES:
        assert tuple(getattr(ds, table.name).columns) == table.column_names


def test_every_document_has_a_row_and_every_path_is_kept(built):
    ds = load_dataset(built)
    assert ds.documents["status"].value_counts().to_dict() == {"ok": len(ds.meetings), "failed": 1}
    failed = ds.documents[ds.documents["status"] == "failed"].iloc[0]
    assert failed["path"].endswith("broken.pdf") and failed["error"]
    assert set(ds.paths["doc_id"]) == set(ds.documents["doc_id"])
    records = list(ds.records())
    assert sorted(r["doc_id"] for r in records) == sorted(ds.meetings["doc_id"])


def test_sqlite_has_keys_integrity_and_the_parquet_rows(built):
    assert check_dataset(built) == []
    db = sqlite3.connect(built / "minutes.db")
    for table in TABLES:
        columns = db.execute(f'PRAGMA table_info("{table.name}")').fetchall()
        key = [c[1] for c in sorted(columns, key=lambda c: c[5]) if c[5]]
        assert tuple(key) == table.primary_key
        references = {(fk[2], fk[3]) for fk in db.execute(f'PRAGMA foreign_key_list("{table.name}")')}
        assert references == {(fk.table, c) for fk in table.foreign_keys for c in fk.columns}
    assert db.execute("SELECT meeting_date FROM meetings WHERE meeting_date IS NOT NULL").fetchone()[0][4] == "-"


def test_sql_runs_on_the_same_build(built):
    ds = load_dataset(built)
    counts = ds.sql("SELECT doc_id, count(*) AS n FROM decisions GROUP BY doc_id ORDER BY doc_id")
    expected = ds.decisions.groupby("doc_id").size().sort_index()
    assert counts["n"].tolist() == expected.tolist()


@pytest.mark.parametrize("format", ["csv", "parquet", "jsonl"])
def test_export_writes_every_table(built, tmp_path, format):
    written = export(built, format, tmp_path)
    assert [p.name for p in written] == [f"{t.name}.{format}" for t in TABLES] + ["records.jsonl"]
    ds = load_dataset(built)
    decisions = tmp_path / f"decisions.{format}"
    if format == "csv":
        rows = len(pd.read_csv(decisions))
    elif format == "parquet":
        rows = len(pd.read_parquet(decisions))
    else:
        rows = len(decisions.read_text(encoding="utf-8").splitlines())
    assert rows == len(ds.decisions) > 0


def test_stats_reads_like_a_summary(built):
    text = stats(built)
    ds = load_dataset(built)
    assert f"documents   {len(ds.documents)}: ok {len(ds.meetings)}, failed 1" in text
    assert f"{len(ds.decisions)} decisions" in text
    assert "broken.pdf" in text


def test_export_and_stats_commands(built, tmp_path):
    runner = CliRunner()
    exported = runner.invoke(export_command, [str(built), "--format", "csv", "--out", str(tmp_path)])
    assert exported.exit_code == 0 and exported.stdout.splitlines()[0] == str(tmp_path / "documents.csv")
    shown = runner.invoke(stats_command, [str(built)])
    assert shown.exit_code == 0 and shown.stdout == stats(built) + "\n"


def test_a_failed_build_leaves_the_published_one(built, tmp_path, monkeypatch):
    out = tmp_path / "copy"
    out.mkdir()
    shutil.copyfile(built / "journal.sqlite", out / "journal.sqlite")  # a journal with documents in it
    journal = Journal(out)
    publish(out, journal)
    before = load_dataset(out)
    real_replace = lake.replace

    def half_the_tables(out, name, rows, doc_ids):  # some tables written, then the disk is full
        if name == "decisions":
            raise OSError("disk full")
        return real_replace(out, name, rows, doc_ids)

    monkeypatch.setattr(lake, "replace", half_the_tables)
    journal.correct(before.meetings["doc_id"].iloc[0], "title", before.meetings["title"].iloc[0], "নতুন")
    with pytest.raises(OSError):
        publish(out, journal)
    after = load_dataset(out)
    assert after.versions == before.versions and len(after.meetings) == len(before.meetings) > 0
    assert check_dataset(out) == [] and "নতুন" not in set(after.meetings["title"])
    monkeypatch.undo()
    publish(out, journal)  # the next publish takes the half-written tables back and goes through
    assert "নতুন" in set(load_dataset(out).meetings["title"]) and check_dataset(out) == []
    journal.close()


def test_a_build_made_by_other_table_code_is_not_current(built, monkeypatch):
    journal = Journal(built)
    try:
        assert is_current(built, journal)  # nothing new: an ingest would not rebuild
        monkeypatch.setattr(dataset, "_builder", lambda: "code with one more column")
        assert not is_current(built, journal)
    finally:
        journal.close()


def test_builds_are_the_same_in_small_chunks(built, tmp_path, monkeypatch):
    monkeypatch.setattr(journal_module, "CHUNK", 2)  # many build steps: rows must not be lost or repeated
    shutil.copyfile(built / "journal.sqlite", tmp_path / "journal.sqlite")
    journal = Journal(tmp_path)
    try:
        publish(tmp_path, journal)
    finally:
        journal.close()
    small, whole = load_dataset(tmp_path), load_dataset(built)
    for table in TABLES:
        pd.testing.assert_frame_equal(getattr(small, table.name), getattr(whole, table.name))


def test_no_dataset_yet_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no dataset"):
        load_dataset(tmp_path)


def test_sql_gives_dates_and_times_typed_like_the_frames(built):
    ds = load_dataset(built)
    got = ds.sql("SELECT doc_id, meeting_date, meeting_time, substr(meeting_date, 1, 4) AS year FROM meetings "
                 "ORDER BY doc_id")
    frame = ds.meetings.sort_values("doc_id", ignore_index=True)
    assert got["meeting_date"].dtype == frame["meeting_date"].dtype
    assert got["meeting_time"].dtype == frame["meeting_time"].dtype
    assert got["meeting_date"].tolist() == frame["meeting_date"].tolist()
    assert all(isinstance(year, str) for year in got["year"].dropna())  # text computed in SQL stays text
    assert ds.sql("SELECT ingested_at FROM documents")["ingested_at"].dtype == ds.documents["ingested_at"].dtype
