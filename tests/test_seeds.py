"""The two real seed minutes (../shared/seeds beside the repository) parse to their expected records.

Outside CI a missing ../shared only skips, with the reason shown; with CI set it fails."""
from pathlib import Path

import pytest

from bangla_minutes.pipeline.front.evaluate import file_mismatches
from tests import shared

REPO = Path(__file__).resolve().parents[1]
EXPECTED = sorted((REPO / "tests" / "expected_seeds").glob("*.json"))


def test_both_seeds_have_an_expected_record():
    assert [p.stem for p in EXPECTED] == ["000_86d0b669600d1f47", "001_180dda943f737cc3"]


@pytest.mark.parametrize("expected_path", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_seed_parses_to_its_expected_record(expected_path):
    from bangla_minutes.pipeline.parse.document import parse_file  # imported here: a parser that fails to import fails these tests only

    path = shared.require(shared.seed(expected_path.stem))
    mismatches = file_mismatches(expected_path, path, parse_file)
    assert not mismatches, f"{len(mismatches)} fields differ from the expected record:\n" + "\n".join(map(str, mismatches))


@pytest.mark.parametrize("in_ci, outcome", [(False, pytest.skip.Exception), (True, pytest.fail.Exception)])
def test_missing_shared_files_skip_outside_ci_and_fail_in_ci(monkeypatch, tmp_path, in_ci, outcome):
    monkeypatch.setattr(shared, "IN_CI", in_ci)
    with pytest.raises(outcome, match="no-such-seed.txt is missing"):
        shared.require(tmp_path / "no-such-seed.txt")
