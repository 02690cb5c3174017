"""`minutes search` and `minutes review`: thin shells over pipeline/dataset/search.py and
pipeline/front/review.py. The web framework loads only when `review` runs.

Exit codes: 0 done (search: also when nothing matched); 1 a dataset that cannot be read; 2 usage (an
empty query, a port in use).
"""
from __future__ import annotations

import json
import sys

import click


def _fail(message: str, code: int) -> None:
    click.echo(f"minutes: {message}", err=True)
    sys.exit(code)


@click.command("search")
@click.argument("dataset", type=click.Path(exists=True, file_okay=False))
@click.argument("query")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per decision (JSON Lines).")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most this many decisions.")
def search_command(dataset, query, as_json, limit):
    """Decisions of DATASET matching QUERY (Bengali; inflected forms match: "নিয়োগ" finds নিয়োগের),
    best first, with meeting date, office, title and a snippet with the matches in [brackets]."""
    from bangla_minutes.pipeline.dataset.loader import load_dataset

    try:
        found = load_dataset(dataset, tables=()).search(query, limit=limit)  # minutes.db only: no table read
    except ValueError as error:
        _fail(str(error), 2)
    except FileNotFoundError as error:
        _fail(str(error), 1)
    except (OSError, RuntimeError) as error:
        _fail(f"{dataset}: {error}", 1)
    except Exception as error:  # an old build without the index, a damaged database
        _fail(f"{dataset}: cannot search ({type(error).__name__}: {error}); rebuild it with `minutes ingest`", 1)
    for row in found.to_dict("records"):
        row = {k: (None if v is None or v != v else v) for k, v in row.items()}  # NaN -> null
        row["meeting_date"] = str(row["meeting_date"]) if row["meeting_date"] else None
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        else:
            click.echo(f"{row['meeting_date'] or '----------'} | {row['office'] or '-'} | {row['title'] or '-'} "
                       f"| {row['item_index']}.{row['decision_index']} | {row['snippet']}")


@click.command("review")
@click.argument("dataset", type=click.Path(exists=True, file_okay=False))
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8765, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (127.0.0.1: this machine only).")
def review_command(dataset, port, host):
    """A local web page to review what the machine doubted in DATASET and confirm or correct fields.
    Corrections are kept in the dataset and applied on every build."""
    try:
        from bangla_minutes.pipeline.front.review import serve
    except ImportError as error:
        _fail(f"the review page needs Flask: pip install 'bangla-minutes' ({error})", 3)
    try:
        serve(dataset, host=host, port=port)
    except FileNotFoundError as error:
        _fail(str(error), 1)
    except OSError as error:
        _fail(f"cannot listen on {host}:{port}: {error.strerror or error}", 2)
    except KeyboardInterrupt:
        sys.exit(0)
