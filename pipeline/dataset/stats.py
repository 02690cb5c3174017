"""A dataset summarised for a person at a terminal."""
from __future__ import annotations

import os

import pandas as pd

from bangla_minutes.pipeline.dataset.loader import load_dataset

TOP = 5  # how many of the most frequent values to show


# The columns a summary reads (a table not named here is counted, not read).
_COLUMNS = {"documents": ["doc_id", "status", "text_origin", "meeting_id", "failure", "path", "error"],
            "meetings": ["meeting_date", "fiscal_year", "office"], "decisions": ["responsible"],
            "warnings": ["code"], "agenda_items": ["doc_id"], "attendees": ["doc_id"],
            "signatories": ["doc_id"], "distribution": ["doc_id"]}


def stats(dataset_dir: str | os.PathLike) -> str:
    ds = load_dataset(dataset_dir, tables=_COLUMNS, columns=_COLUMNS)
    docs, meetings, decisions = ds.documents, ds.meetings, ds.decisions
    dates = meetings["meeting_date"].dropna()
    failed = docs[docs["status"] == "failed"]
    lines = [
        f"dataset     {ds.root}",
        f"documents   {len(docs)}: {_counts(docs['status'])}",
        f"text from   {_counts(docs.loc[docs['status'] == 'ok', 'text_origin'])}",
        f"meetings    {len(meetings)} from {docs['meeting_id'].notna().sum()} copies"
        + (f", {dates.min()} to {dates.max()}" if len(dates) else ""),
        f"fiscal year {_counts(meetings['fiscal_year'])}",
        f"offices     {_counts(meetings['office'])}",
        f"agenda      {len(ds.agenda_items)} items, {len(decisions)} decisions "
        f"({decisions['responsible'].notna().sum()} name who is responsible)",
        f"responsible {_counts(decisions['responsible'])}",
        f"people      {len(ds.attendees)} attendees, {len(ds.signatories)} signatories, "
        f"{len(ds.distribution)} recipients",
        f"warnings    {len(ds.warnings)}: {_counts(ds.warnings['code'])}",
        f"failed      {len(failed)}" + (f": {_counts(failed['failure'])}" if len(failed) else ""),
        *(f"  {row.path}: {row.error}" for row in failed.head(TOP).itertuples()),
    ]
    if len(failed) > TOP:
        lines.append(f"  ... and {len(failed) - TOP} more (documents table, status 'failed')")
    return "\n".join(lines)


def _counts(values: pd.Series) -> str:
    counts = values.dropna().value_counts()
    shown = ", ".join(f"{value} {n}" for value, n in counts.head(TOP).items())
    more = f", {len(counts) - TOP} more" if len(counts) > TOP else ""
    return (shown + more) or "-"
