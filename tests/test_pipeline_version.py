"""The pipeline version follows the code that makes records, by package: a change there re-parses an
archive on the next ingest, a change anywhere else (CLI, evaluation, stats, bench) does not."""
import shutil
from pathlib import Path

import pytest

from bangla_minutes.pipeline.dataset import ingest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def repo_copy(tmp_path) -> Path:
    for folder in ("pipeline", "extractors", "schemas", "bench"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def digest(repo: Path) -> str:
    """The digest over the copy, laid out as the installed packages are (pyproject's package-dir)."""
    where = {"bangla_minutes.extractors": "extractors", "bangla_minutes.schemas": "schemas",
             "bangla_minutes.pipeline.read": "pipeline/read", "bangla_minutes.pipeline.parse": "pipeline/parse"}
    assert set(where) == set(ingest._RECORD_PACKAGES)
    return ingest.code_digest({name: repo / folder for name, folder in where.items()})


@pytest.mark.parametrize("edited", ["pipeline/front/cli.py", "pipeline/front/evaluate.py",
                                    "pipeline/dataset/stats.py", "pipeline/dataset/ingest.py", "bench/ocr.py"])
def test_editing_what_makes_no_record_keeps_the_version(repo_copy, edited):
    before = digest(repo_copy)
    with open(repo_copy / edited, "a", encoding="utf-8") as file:
        file.write("\n# a comment\n")
    assert digest(repo_copy) == before


@pytest.mark.parametrize("edited", ["extractors/header.py", "extractors/data/designations.txt",
                                    "pipeline/read/pdf.py", "pipeline/parse/normalize.py", "schemas/record.py"])
def test_editing_what_makes_records_changes_the_version(repo_copy, edited):
    before = digest(repo_copy)
    with open(repo_copy / edited, "a", encoding="utf-8") as file:
        file.write("\n# a comment\n")
    assert digest(repo_copy) != before


def test_the_version_is_the_package_version_and_the_digest_of_the_installed_code():
    version = ingest.pipeline_version()
    assert version.startswith(ingest._package_version() + "+") and len(version.split("+")[1]) == 12
