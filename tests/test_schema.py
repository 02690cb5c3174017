"""The committed JSON Schema is the contract other tools read: it must match the models."""
from pathlib import Path

from click.testing import CliRunner

import bangla_minutes.schemas
from bangla_minutes.pipeline.front.cli import main

COMMITTED = Path(bangla_minutes.schemas.__file__).with_name("record.schema.json")


def test_committed_json_schema_is_up_to_date():
    assert COMMITTED.read_text(encoding="utf-8") == bangla_minutes.schemas.json_schema(), \
        "schemas/record.schema.json is stale: run `minutes schema > schemas/record.schema.json`"


def test_schema_command_prints_it():
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert '"schema_version"' in result.output and '"evidence"' in result.output


def test_contract_field_names():
    fields = set(bangla_minutes.schemas.Record.model_fields)
    assert {"schema_version", "doc_id", "source", "title", "fiscal_year", "quarter", "chair", "meeting",
            "attendees", "agenda", "memo", "issued", "distribution", "distribution_note", "signatories",
            "warnings", "evidence"} <= fields
    assert set(bangla_minutes.schemas.Person.model_fields) >= {"name", "titles", "designation", "office", "role", "raw"}


def test_the_extracted_fields_mirror_the_record():
    """extractors.record.Fields is the typed part of Record the text gives: the same names and types."""
    from typing import get_type_hints

    from bangla_minutes.extractors.record import Fields
    from bangla_minutes.schemas import Record

    outside = {"schema_version", "doc_id", "source", "warnings", "evidence"}
    mine = get_type_hints(Fields)
    assert set(mine) == set(Record.model_fields) - outside
    assert all(mine[name] == Record.model_fields[name].annotation for name in mine)
