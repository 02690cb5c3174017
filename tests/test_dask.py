"""The same ingest task on a dask.distributed cluster of real worker processes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from distributed import Client, LocalCluster

import bangla_minutes.pipeline.dataset.ingest as ingest_module
from bangla_minutes.pipeline.dataset.publish import check_dataset, load_dataset
from bangla_minutes.pipeline.dataset.ingest import ingest
from bangla_minutes.schemas.tables import TABLES

ROOT = Path(__file__).resolve().parent.parent
SCAN_PAGES = ROOT / "samples" / "scans" / "000_86d0b669600d1f47" / "pages.tif"  # 4 pages to OCR
RUN_DEPENDENT = ["parse_seconds", "ingested_at"]  # documents columns that differ from run to run


@pytest.fixture(autouse=True)
def fixed_pipeline_version(monkeypatch):
    monkeypatch.setattr(ingest_module, "pipeline_version", lambda: "test")


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        yield cluster


@pytest.fixture
def inputs(tmp_path) -> Path:
    folder = tmp_path / "inputs"
    shutil.copytree(ROOT / "samples" / "text", folder)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    return folder


def test_a_dask_cluster_writes_the_dataset_local_workers_write(cluster, inputs, tmp_path):
    local = ingest([inputs], tmp_path / "local", jobs=2)
    on_dask = ingest([inputs], tmp_path / "dask", executor="dask", scheduler=cluster.scheduler_address)
    assert on_dask.status == local.status and on_dask.status["failed"] == 1
    assert on_dask.failures == local.failures
    assert check_dataset(tmp_path / "dask") == []
    expected, got = load_dataset(tmp_path / "local"), load_dataset(tmp_path / "dask")
    for table in TABLES:
        pd.testing.assert_frame_equal(getattr(got, table.name).drop(columns=RUN_DEPENDENT, errors="ignore"),
                                      getattr(expected, table.name).drop(columns=RUN_DEPENDENT, errors="ignore"))
    again = ingest([inputs], tmp_path / "dask", executor="dask", scheduler=cluster.scheduler_address)
    assert again.parsed == 0  # the journal decides, whoever runs the tasks


def test_a_task_past_its_timeout_on_dask_is_recorded_and_its_worker_restarted(cluster, inputs, tmp_path):
    shutil.copyfile(SCAN_PAGES, inputs / "scan.tif")
    with Client(cluster) as client:
        before = set(client.scheduler_info()["workers"])
        summary = ingest([inputs], tmp_path / "out", executor="dask", scheduler=cluster.scheduler_address,
                         timeout=3)
        client.wait_for_workers(2, timeout=30)
        after = set(client.scheduler_info()["workers"])
    assert (str(inputs / "scan.tif"), "timeout: not done after 3 s") in summary.failures
    assert summary.status["ok"] == summary.files - 2  # all but the scan and the broken PDF
    assert len(after - before) == 1  # the worker that ran the scan was restarted, the other kept
