"""The generator's data files (data/*.txt, data/*.json beside this file) and the product's lexicon files
it checks its choices against (designations and titles, read by path: the product's code is not imported)."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parents[2]
# where the product keeps its lexicon; the package may move under bangla_minutes/
LEXICON_DIRS = (ROOT / "extractors" / "data", ROOT / "bangla_minutes" / "extractors" / "data")


@cache
def lines(name: str) -> tuple[str, ...]:
    text = (DATA / name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def table(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@cache
def lexicon(name: str) -> frozenset[str]:
    """Entries of one of the product's lexicon files (empty when it cannot be found)."""
    for folder in LEXICON_DIRS:
        path = folder / name
        if path.is_file():
            return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                             if line.strip() and not line.startswith("#"))
    return frozenset()
