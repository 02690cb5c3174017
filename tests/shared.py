"""Files beside the checkout in ../shared: the two seed minutes and the real minutes of a state company.

They are not ours, so they are never copied into the repository. Where ../shared is absent (a fresh
clone on its own) the tests that read them skip with the reason; under CI (CI=true) a missing file is a
failure instead (see conftest.py), so a broken CI set-up cannot pass by skipping.
"""
import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
REAL = SHARED / "real" / "files"
IN_CI = bool(os.environ.get("CI"))


def seed(stem: str) -> Path:
    return SEEDS / f"{stem}.txt"


def require(path: Path) -> Path:
    """`path`, or a skip (a failure under CI) naming what is missing."""
    if not path.exists():
        message = f"{path} is missing: it lives in ../shared beside the checkout, not in the repository"
        if IN_CI:
            pytest.fail(message + ", and CI must provide it")
        pytest.skip(message)
    return path


def needs(path: Path) -> pytest.MarkDecorator:
    """Mark a test that reads `path`: skipped with the reason where it is absent (never under CI)."""
    return pytest.mark.skipif(not path.exists() and not IN_CI,
                              reason=f"{path} is missing: it lives in ../shared beside the checkout")
