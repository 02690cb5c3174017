"""`minutes`: a thin shell over the library functions of the same names.

Exit codes (README): 0 done; 1 a file or dataset could not be read (one line on stderr each; the other
files still print); 2 usage; 3 the machine lacks something (Tesseract, its Bengali model, pdftotext);
4 a service does not answer (a Dask scheduler); 5 internal error (a bug); 130 interrupted.
"""
from __future__ import annotations

import json
import sys

import click

from bangla_minutes.pipeline.errors import INTERNAL_ERROR_EXIT, EnvironmentMissing, MinutesError
from bangla_minutes.pipeline.front.interrupt import exits_130, let_through
from bangla_minutes.pipeline.front.ingest_cli import export_command, ingest_command, stats_command
from bangla_minutes.pipeline.front.review_cli import review_command, search_command
from bangla_minutes.pipeline.read.pages import OCR_MODES

OCR_CHOICE = click.Choice(OCR_MODES)


class _Commands(click.Group):
    """Every command ends in one line and an exit code, whatever happens: never a traceback."""

    def invoke(self, ctx):
        with exits_130(lambda: "interrupted", let_it_through=False):  # resolve_command lets it through
            try:
                return super().invoke(ctx)
            except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
                raise
            except MinutesError as error:
                _fail(str(error), error.exit_code)
            except Exception as error:  # a bug: said in one line, with its own exit code
                if _interrupted(error):
                    raise KeyboardInterrupt from error
                _fail(f"internal error: {type(error).__name__}: {error}", INTERNAL_ERROR_EXIT)


    def resolve_command(self, ctx, args):
        """Once the command is known, let Ctrl-C through, unless the command says itself how far it
        got when interrupted (ingest: it lets Ctrl-C through once it knows its --out)."""
        name, command, rest = super().resolve_command(ctx, args)
        if command is not None and not getattr(command, "says_interrupted", False):
            let_through()
        return name, command, rest


def _interrupted(error: BaseException) -> bool:
    """Ctrl-C that a library caught and wrapped ("SchemaError: ... KeyboardInterrupt" while pydantic built a
    model on first use): an interruption, not a bug."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, KeyboardInterrupt) or "KeyboardInterrupt" in str(error):
            return True
        error = error.__cause__ or error.__context__
    return False


def _fail(message: str, code: int):
    click.echo(f"minutes: {message}", err=True)
    sys.exit(code)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="bangla-minutes")
def main():
    """Bengali meeting minutes (সভার কার্যবিবরণী) into structured records and a dataset."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())  # each file's trouble is its own line
@click.option("--pretty", is_flag=True, help="Indented JSON instead of one line per record.")
@click.option("--brief", is_flag=True, help="One readable line per file instead of JSON.")
@click.option("--ocr", type=OCR_CHOICE, default="auto", show_default=True,
              help="OCR pages whose text layer is missing or unreliable (auto), every page, or none.")
def parse(files, pretty, brief, ocr):
    """Parse minutes FILES into records (JSON; JSON Lines for several files)."""
    from bangla_minutes.pipeline.parse.document import parse_file
    from bangla_minutes.pipeline.front.summary import brief_line

    status = 0
    for path in files:
        try:
            record = parse_file(path, ocr=ocr)
        except EnvironmentMissing as e:
            click.echo(f"minutes: {e}", err=True)
            sys.exit(e.exit_code)
        except MinutesError as e:
            click.echo(f"minutes: {e}", err=True)
            status = 1
            continue
        except Exception as e:  # a bug must not hide the other files' records
            click.echo(f"minutes: {path}: could not be parsed ({type(e).__name__}: {e})", err=True)
            status = 1
            continue
        if brief:
            click.echo(brief_line(record))
        else:
            click.echo(record.model_dump_json(indent=2 if pretty else None))
    sys.exit(status)


@main.command()
def schema():
    """Print the record's JSON Schema."""
    from bangla_minutes.schemas import json_schema

    click.echo(json_schema(), nl=False)


@main.command(name="eval")
@click.argument("expected_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--ocr", type=OCR_CHOICE, default="auto", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.option("--fields", "field_names", default=None, metavar="FIELDS",
              help="Score only these fields: paths joined by commas (chair.name,meeting.date) or a set "
                   "(key: chair.name, meeting.date, memo.normalized, issued.gregorian, issued.bangla).")
def eval_command(expected_dir, files, ocr, as_json, field_names):
    """Score records of FILES against EXPECTED_DIR/<stem>.json, field by field, then list each field
    that missed, per document, with what was expected and what was found.

    Without FILES, each expected record's document is parsed (EXPECTED_DIR/../text/<stem>.txt, or
    EXPECTED_DIR/../<stem>.txt). Exits 0 when every scored field is an exact match; 1 when any field
    missed, a document failed to parse, or there was nothing to score.
    """
    from bangla_minutes.pipeline.parse.document import parse_file
    from bangla_minutes.pipeline.front.evaluate import FIELDS, default_files, evaluate_files, format_table, select_fields

    try:
        fields = select_fields(field_names) if field_names is not None else FIELDS
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--fields") from None
    paths = list(files) or default_files(expected_dir)
    report = evaluate_files(expected_dir, paths, lambda p: parse_file(p, ocr=ocr), fields)
    if not report.documents:
        click.echo(f"minutes: {expected_dir}: no document was scored (no expected record with a document "
                   f"of the same name)", err=True)
        sys.exit(1)
    click.echo(json.dumps(report.as_dict(), ensure_ascii=False) if as_json else format_table(report, misses=True))
    sys.exit(0 if report.all_exact() else 1)


main.add_command(ingest_command)
main.add_command(export_command)
main.add_command(stats_command)
main.add_command(search_command)
main.add_command(review_command)


if __name__ == "__main__":
    main()
