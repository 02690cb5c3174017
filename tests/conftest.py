"""Tests that read ../shared (tests/shared.py) skip, with their reason shown, where it is not beside the
checkout; in CI it always is, so there its absence stops the run instead of skipping quietly."""
import pytest

from tests.shared import IN_CI, SEEDS


def pytest_sessionstart(session):
    if IN_CI and not any(SEEDS.glob("*.txt")):
        raise pytest.UsageError(f"CI must have the seed minutes in {SEEDS}; they are missing")
