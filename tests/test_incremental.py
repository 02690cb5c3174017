"""Incremental publishing: a run writes the documents it changed (and the copies of their meetings), and
the dataset it leaves is the one a full build of the same journal makes; kill -9 at each step of a
publish leaves the previous dataset readable, and the next publish ends where a full build would."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from bangla_minutes.pipeline.dataset.ingest import ingest
from bangla_minutes.pipeline.dataset.layout import build_info
from bangla_minutes.pipeline.dataset.publish import Journal, check_dataset, load_dataset, publish
from bangla_minutes.schemas.tables import TABLES

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "samples" / "text").glob("*.txt"))


def _full_build(out: Path, where: Path) -> Path:
    """The same journal published in full into another directory."""
    where.mkdir()
    shutil.copyfile(out / "journal.sqlite", where / "journal.sqlite")
    journal = Journal(where)
    try:
        publish(where, journal)
    finally:
        journal.close()
    return where


def _same(one: Path, other: Path) -> None:
    a, b = load_dataset(one), load_dataset(other)
    for table in TABLES:
        key = list(table.primary_key)
        left = getattr(a, table.name).sort_values(key, ignore_index=True)
        right = getattr(b, table.name).sort_values(key, ignore_index=True)
        pd.testing.assert_frame_equal(left, right, obj=table.name)
    assert sorted(r["doc_id"] for r in a.records()) == sorted(r["doc_id"] for r in b.records())
    for query in ("নিয়োগ", "সভা", "বাজেট"):
        found = {tuple(r) for r in a.search(query, limit=None)[["doc_id", "item_index", "decision_index"]].values}
        assert found == {tuple(r) for r in b.search(query, limit=None)[["doc_id", "item_index", "decision_index"]].values}
    assert check_dataset(one) == [] and check_dataset(other) == []
    assert build_info(one)["rows"] == build_info(other)["rows"]
    assert (build_info(one)["copies"], build_info(one)["not_minutes"]) == (build_info(other)["copies"],
                                                                           build_info(other)["not_minutes"])


@pytest.fixture
def archive(tmp_path) -> tuple[Path, Path]:
    inputs, out = tmp_path / "inputs", tmp_path / "out"
    inputs.mkdir()
    for text in TEXTS[:8]:
        shutil.copyfile(text, inputs / text.name)
    assert ingest([inputs], out, jobs=1).exit_code == 0
    return inputs, out


def test_runs_that_add_copy_edit_and_correct_leave_what_a_full_build_makes(archive, tmp_path):
    inputs, out = archive
    first = build_info(out)
    for text in TEXTS[8:11]:  # new meetings
        shutil.copyfile(text, inputs / text.name)
    copied = TEXTS[2].read_text(encoding="utf-8")
    (inputs / "copy.txt").write_text(copied + "\n\n", encoding="utf-8")  # a copy of a meeting published before
    summary = ingest([inputs], out, jobs=1)
    assert summary.parsed == 4 and summary.meetings == 11 and summary.copies == 12
    assert build_info(out)["version"] == first["version"] + 1 and build_info(out)["kind"] == "incremental"
    _same(out, _full_build(out, tmp_path / "full-1"))
    meeting = load_dataset(out).documents.set_index("doc_id")
    assert meeting["meeting_id"].value_counts().max() == 2  # the copy and the original: one meeting

    (inputs / "copy.txt").write_text("not minutes at all, a shopping list", encoding="utf-8")  # edited
    (inputs / TEXTS[0].name).unlink()  # gone from the folder: its path stays journaled, as before
    ingest([inputs], out, jobs=1)
    ds = load_dataset(out)
    assert build_info(out)["kind"] == "incremental"
    assert ds.documents["meeting_id"].value_counts().max() == 1  # the meeting has one copy again
    _same(out, _full_build(out, tmp_path / "full-2"))

    journal = Journal(out)
    try:
        doc_id = ds.meetings["doc_id"].iloc[3]
        journal.correct(doc_id, "title", ds.meetings["title"].iloc[3], "সংশোধিত শিরোনাম")
        publish(out, journal)
    finally:
        journal.close()
    assert load_dataset(out).meetings.set_index("doc_id").loc[doc_id, "title"] == "সংশোধিত শিরোনাম"
    _same(out, _full_build(out, tmp_path / "full-3"))


def test_filters_and_columns_are_pushed_down(archive):
    _, out = archive
    whole = load_dataset(out)
    office = whole.meetings["office"].dropna().iloc[0]
    some = load_dataset(out, office=office, columns={"decisions": ["doc_id", "text"]})
    assert set(some.meetings["office"]) == {office}
    assert set(some.decisions["doc_id"]) <= set(some.meetings["doc_id"]) and list(some.decisions.columns) == ["doc_id", "text"]
    assert set(some.documents["meeting_id"]) == set(some.meetings["doc_id"])
    dated = load_dataset(out, since="2015-01-01", until="2019-12-31", tables=["meetings"])
    assert dated.meetings["meeting_date"].between(pd.Timestamp("2015-01-01").date(),
                                                  pd.Timestamp("2019-12-31").date()).all()
    assert len(dated.decisions) == 0 and len(dated.meetings) < len(whole.meetings)
    code = whole.warnings["code"].iloc[0]
    warned = load_dataset(out, warning=code)
    assert set(warned.meetings["doc_id"]) == set(whole.warnings.loc[whole.warnings["code"] == code, "doc_id"])


def test_the_lazy_form_counts_like_the_frames(archive):
    from bangla_minutes.pipeline.dataset.publish import scan_dataset

    _, out = archive
    lazy = scan_dataset(out)
    decisions = lazy.table("decisions", columns=["doc_id"])
    offices = lazy.table("meetings", columns=["doc_id", "office"])
    counted = decisions.merge(offices, on="doc_id").groupby("office").size().compute()
    ds = load_dataset(out)
    expected = ds.decisions.merge(ds.meetings[["doc_id", "office"]], on="doc_id").groupby("office").size()
    assert counted.sort_index().to_dict() == expected.sort_index().to_dict()


# --- kill -9 at each step of a publish --------------------------------------------------------

_KILLER = """
import os, signal, sys
from pathlib import Path
from bangla_minutes.pipeline.dataset import database, lake, publish as publishing, search
from bangla_minutes.pipeline.dataset.journal import Journal

out, step = Path(sys.argv[1]), sys.argv[2]
die = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
calls = []
def after(function, count=1):
    def wrapped(*args, **kwargs):
        result = function(*args, **kwargs)
        calls.append(1)
        if len(calls) >= count:
            die()
        return result
    return wrapped
if step == "delta":        # some Delta tables written, not all
    lake.replace = after(lake.replace, 4)
elif step == "compact":     # Delta tables written and one compacted
    lake.COMPACT_AT = 0
    lake.compact = after(lake.compact)
elif step == "sqlite":     # inside minutes.db's transaction, rows replaced, not committed
    search.add_documents = die
elif step == "journal":    # minutes.db committed, the journal's marks not cleared
    database.replace = after(database.replace)
elif step == "vacuum":
    lake.vacuum = die
elif step == "full-delta":  # a full build: staging written, some Delta tables overwritten
    publishing.FULL_AT = -1
    lake.overwrite = after(lake.overwrite, 3)
elif step == "full-sqlite":  # a full build, every row in minutes.db's transaction, not committed
    publishing.FULL_AT = -1
    search.build_index = die
journal = Journal(out)
publishing.publish(out, journal)
"""


@pytest.mark.parametrize("step", ["delta", "compact", "sqlite", "journal", "vacuum", "full-delta", "full-sqlite"])
def test_kill_9_at_each_publishing_step(archive, tmp_path, step):
    inputs, out = archive
    before = load_dataset(out)
    for text in TEXTS[8:10]:
        shutil.copyfile(text, inputs / text.name)
    (inputs / "copy.txt").write_text(TEXTS[2].read_text(encoding="utf-8") + "\n", encoding="utf-8")
    journal = Journal(out)
    try:  # journaled, not yet published
        from bangla_minutes.pipeline.dataset.ingest import _Run, IngestSummary, _made_by, discover, parse_one
        run = _Run(journal, IngestSummary(str(out), _made_by("auto")), "killed", False, False, None)
        for task in run.plan(discover([inputs]).files):
            run.keep(task, parse_one(task))
    finally:
        journal.close()
    killed = subprocess.run([sys.executable, "-c", _KILLER, str(out), step], capture_output=True, text=True)
    assert killed.returncode == -9, killed.stderr
    seen = load_dataset(out)  # readable: the previous build, or the new one if its commit was made
    assert check_dataset(out) == []
    if step in ("journal", "vacuum"):
        assert len(seen.meetings) == len(before.meetings) + 2
    else:
        pd.testing.assert_frame_equal(seen.meetings, before.meetings)
    assert ingest([inputs], out, jobs=1).exit_code == 0  # the next run publishes what is left
    assert len(load_dataset(out).meetings) == len(before.meetings) + 2
    _same(out, _full_build(out, tmp_path / "full"))


def test_compaction_between_runs_leaves_what_a_full_build_makes(archive, tmp_path, monkeypatch):
    from deltalake import DeltaTable

    from bangla_minutes.pipeline.dataset import lake

    inputs, out = archive
    monkeypatch.setattr(lake, "COMPACT_AT", 2)  # every file of this small archive is small
    for text in TEXTS[8:12]:  # a run each, each appending a small file to every table it writes
        shutil.copyfile(text, inputs / text.name)
        ingest([inputs], out, jobs=1)
    (inputs / "copy.txt").write_text(TEXTS[9].read_text(encoding="utf-8") + "\n", encoding="utf-8")
    ingest([inputs], out, jobs=1)
    (inputs / "copy.txt").write_text("edited: not minutes", encoding="utf-8")
    ingest([inputs], out, jobs=1)
    assert build_info(out)["kind"] == "incremental"
    compacted = [name for name in lake.SCHEMAS
                 if any(commit.get("bangla_minutes") == "compact" for commit in DeltaTable(out / name).history())]
    assert len(compacted) >= 4  # one table a run, from the third run on
    _same(out, _full_build(out, tmp_path / "full"))


def test_datasette_searches_what_an_incremental_run_added(archive):
    import asyncio

    from datasette.app import Datasette

    inputs, out = archive
    added = TEXTS[12]
    shutil.copyfile(added, inputs / added.name)
    ingest([inputs], out, jobs=1)
    assert build_info(out)["kind"] == "incremental"
    ds = load_dataset(out)
    doc_id = ds.documents.loc[ds.documents["path"].str.endswith(added.name), "doc_id"].iloc[0]
    word = max(ds.decisions.loc[ds.decisions["doc_id"] == doc_id, "text"].iloc[0].split(), key=len)

    async def found() -> set[str]:
        app = Datasette(files=[str(out / "minutes.db")])
        response = await app.client.get("/minutes/decisions.json", params={"_search": f'"{word}"', "_shape": "array"})
        assert response.status_code == 200, response.text
        return {row["doc_id"] for row in response.json()}

    assert doc_id in asyncio.run(found())


def test_vacuum_commits_are_not_taken_for_a_killed_publish(archive):
    from deltalake import DeltaTable

    from bangla_minutes.pipeline.dataset import lake

    inputs, out = archive
    for _ in range(2):  # every row replaced twice: the first replace's files are vacuumed
        ingest([inputs], out, jobs=1, force=True)
    info = build_info(out)
    table = DeltaTable(out / "decisions")
    assert table.version() > info["tables"]["decisions"]  # vacuum wrote its commits after the publish
    assert not lake.written_past(table, info["tables"]["decisions"])


def test_publishing_with_nothing_changed_changes_nothing(archive):
    _, out = archive
    before = build_info(out)
    journal = Journal(out)
    try:
        publish(out, journal)
    finally:
        journal.close()
    after = build_info(out)
    assert after["kind"] == "incremental" and after["rows"] == before["rows"] and check_dataset(out) == []
