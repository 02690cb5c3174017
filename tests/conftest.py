"""Seed tests skip, with their reason shown, where ../shared/seeds is not beside the checkout; in CI it
always is, so there its absence stops the run instead of skipping quietly."""
import os
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def pytest_sessionstart(session):
    if os.environ.get("CI") and not any(SEEDS.glob("*.txt")):
        raise pytest.UsageError(f"CI must have the seed minutes in {SEEDS}; they are missing")
