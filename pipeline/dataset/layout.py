"""Where a dataset directory keeps what it publishes (the layout: pipeline/dataset/publish.py), and
what is published now. Standard library only: the `minutes` command reads it before pandas has loaded.

    out/
      journal.sqlite        what ingest has done (journal.py)
      minutes.db            the SQLite database; its table dataset_info holds the published build
      <table>/              one Delta Lake table per dataset table, and records/ (lake.py)
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

DB_NAME = "minutes.db"
INFO_TABLE = "dataset_info"  # in minutes.db: key 'build' -> the published build, as JSON
RECORDS = "records"  # the Delta table of full records, one per meeting


def build_info(out: str | os.PathLike) -> dict | None:
    """The published build: its number, Delta table versions, row counts, how and when it was built
    (None before the first publish)."""
    path = Path(out) / DB_NAME
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            row = db.execute(f"SELECT value FROM {INFO_TABLE} WHERE key = 'build'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:  # not a database of ours, or no build in it yet
        return None
    return json.loads(row[0]) if row else None


def published(out: str | os.PathLike) -> bool:
    return build_info(out) is not None


def version(out: str | os.PathLike) -> int | None:
    """The published build's number (1 for the first publish); None before the first build."""
    info = build_info(out)
    return info["version"] if info else None
