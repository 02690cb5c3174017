"""`minutes ingest`, `minutes export`, `minutes stats`: thin shells over the library functions.

Kept apart from cli.py so that `minutes parse` starts without pandas: the libraries load
when one of these commands runs.
Exit codes of ingest: 0 all imported; 1 some failed (one line each on stderr); 2 usage, or another ingest
is writing into the dataset; 3 the machine lacks something the parser needs; 4 no Dask scheduler answers;
130 interrupted (one line; the dataset stays as it was; the next run resumes). stats and export: 1 when
the folder holds no dataset.
"""
from __future__ import annotations

import json
import sys

import click

from bangla_minutes.pipeline.read.pages import OCR_MODES
from bangla_minutes.pipeline.dataset.layout import version
from bangla_minutes.pipeline.front.interrupt import exits_130


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--out", required=True, type=click.Path(file_okay=False), help="The dataset directory.")
@click.option("--include", multiple=True, metavar="GLOB",
              help="Only files whose name or path below a folder matches (repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip matching files and folders (repeatable).")
@click.option("--jobs", type=click.IntRange(min=1), help="Worker processes [default: number of CPUs].")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="A dask scheduler (with --executor dask).")
@click.option("--force", is_flag=True, help="Parse again what was already done.")
@click.option("--retry-failed", is_flag=True,
              help="Parse again files that failed on their content (corrupt, encrypted, ...); failures "
                   "that may pass next time (timeout, killed worker, missing Tesseract) are always retried.")
@click.option("--ocr", type=click.Choice(OCR_MODES), default="auto", show_default=True,
              help="OCR the pages that need it, every page, or none; a file done with another mode is done again.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=300, show_default=True,
              help="Seconds one file may take before it is killed and recorded as failed.")
@click.option("--follow-links", is_flag=True, help="Follow symbolic links to folders outside the folders given.")
@click.option("--keep-not-minutes", is_flag=True,
              help="Make meetings of documents that warn not_minutes too (else listed in documents only).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
def ingest_command(paths, out, include, exclude, jobs, executor, scheduler, force, retry_failed, ocr, timeout,
                   follow_links, keep_not_minutes, as_json):
    """Parse PATHS (files and folders, recursively) into the dataset directory --out:
    Delta Lake tables (one folder each, records/ with the full records) and a SQLite database (minutes.db).
    Files done before are skipped; only what changed is written again."""
    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler needs --executor dask")
    with exits_130(lambda: interrupted_line(0, 0, out)):  # before the run has counted anything
        from bangla_minutes.pipeline.dataset.publish import DatasetBusy
        from bangla_minutes.pipeline.dataset.ingest import ingest
        from bangla_minutes.pipeline.dataset.progress import Progress

        try:
            summary = ingest(paths, out, include=include, exclude=exclude, jobs=jobs, executor=executor,
                             scheduler=scheduler, force=force, retry_failed=retry_failed, timeout=timeout,
                             follow_links=follow_links, keep_not_minutes=keep_not_minutes,
                             progress=Progress(sys.stderr), ocr=ocr)
        except DatasetBusy as error:
            _fail(str(error), 2)
    for path, reason in summary.failures + summary.unreadable:
        click.echo(f"minutes: {path}: {reason}", err=True)
    for path, reason in summary.loops:
        click.echo(f"minutes: {path}: {reason} (not followed)", err=True)
    if as_json:
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False))
    if summary.interrupted:
        click.echo(f"minutes: {interrupted_line(summary.done, summary.files, out)}", err=True)
    elif not as_json:
        status = ", ".join(f"{n} {name}" for name, n in sorted(summary.status.items())) or "nothing"
        click.echo(f"{status} ({summary.files} files: {summary.parsed} parsed, {summary.unchanged} unchanged, "
                   f"{summary.duplicates} duplicates) in {summary.duration_seconds:.1f} s -> {summary.out}: "
                   f"{summary.meetings} meetings from {summary.files} files ({summary.copies} copies of them"
                   + (f", {summary.not_minutes} not minutes" if summary.not_minutes else "") + ")")
    sys.exit(summary.exit_code)


def interrupted_line(done: int, total: int, out: str) -> str:
    """What an interrupted ingest says (the dataset stays at its published build)."""
    number = version(out)
    return (f"interrupted: {done} of {total} files done; dataset still at version "
            f"{number if number is not None else 'none (nothing published yet)'}")


def _fail(message: str, code: int):
    click.echo(f"minutes: {message}", err=True)
    sys.exit(code)


ingest_command.says_interrupted = True  # the `minutes` group leaves Ctrl-C held back until the body above


@click.command("export")
@click.argument("dataset", type=click.Path(exists=True, file_okay=False))
@click.option("--format", "format_", type=click.Choice(["csv", "parquet", "jsonl"]), required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False),
              help="Directory for <table>.<format> and records.jsonl.")
def export_command(dataset, format_, out):
    """Write every table of DATASET as one file per table, and records.jsonl (each meeting's full record)."""
    from bangla_minutes.pipeline.dataset.publish import export

    for path in export(dataset, format_, out):
        click.echo(path)


@click.command("stats")
@click.argument("dataset", type=click.Path(exists=True, file_okay=False))
def stats_command(dataset):
    """A readable summary of DATASET: documents, meetings, decisions, warnings, failures."""
    from bangla_minutes.pipeline.dataset.stats import stats

    click.echo(stats(dataset))
