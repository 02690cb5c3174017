"""Language knowledge kept as data files in extractors/data/ (as dateparser does)."""
from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path

import regex

DATA = Path(__file__).with_name("data")


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a data file, NFC-normalised."""
    text = (DATA / name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(unicodedata.normalize("NFC", line))
    return tuple(out)


@cache
def table(name: str):
    """A JSON data file, with every string NFC-normalised."""
    return _nfc(json.loads((DATA / name).read_text(encoding="utf-8")))


def _nfc(value):
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    return value


def alternation(words) -> str:
    """A regex alternation of literal words, longest first so a longer spelling wins."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))
