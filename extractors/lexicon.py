"""Language knowledge kept as data files in extractors/data/ (as dateparser does)."""
from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path

import regex

from rapidfuzz import fuzz, process

from bangla_minutes.extractors.text import LINE_GAP, clean, squeeze

DATA = Path(__file__).with_name("data")
AGENDA_WORDS = "agenda_keywords.json"
# rapidfuzz ratio for a misspelt or misread label: right labels score >= 78, wrong ones <= 40, OCR slips 83-90
FUZZY_CUTOFF = 80


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


def alternation(phrases, spaces: str = "exact") -> str:
    """Phrases as one regex alternation, longest first so the longest wins at a position.

    spaces: "exact", each phrase as written; "any", a space matches any run of whitespace or none
    (labels: "সভার তারিখ" and "সভারতারিখ"), and a short vowel sign its long one and back (real minutes
    spell "আলোচ্যসূচি" as "আলোচ্যসুচী" too); "entry", within one line inner spaces and hyphens are
    optional, "ঃ" and ":" alike, spaces allowed before "(" and around "/" (lexicon entries such as
    designations: "উপজেলা নির্বাহী অফিসার", "সহকারী কমিশনার (ভূমি)")."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    if spaces == "exact":
        return "|".join(regex.escape(p) for p in ordered)
    if spaces == "any":
        return "|".join(r"\s*".join(_vowel_length_free(w) for w in p.split()) for p in ordered)
    if spaces == "entry":
        return "|".join(_entry_pattern(p) for p in ordered)
    raise ValueError(f"spaces must be exact, any or entry, not {spaces!r}")


_VOWEL_LENGTH = {"ি": "[িী]", "ী": "[িী]", "ু": "[ুূ]", "ূ": "[ুূ]"}


def _vowel_length_free(word: str) -> str:
    return "".join(_VOWEL_LENGTH.get(ch) or regex.escape(ch) for ch in word)


def _entry_pattern(entry: str) -> str:
    out = []
    for ch in entry:
        if ch in " -":
            out.append(rf"{LINE_GAP}[-‐–]?{LINE_GAP}")
        elif ch in "ঃ:":
            out.append("[ঃ:]")
        elif ch == "(":
            out.append(rf"{LINE_GAP}\(")
        elif ch == "/":
            out.append(rf"{LINE_GAP}/{LINE_GAP}")
        else:
            out.append(regex.escape(ch))
    return "".join(out)


@cache
def _column_names() -> dict[str, str]:
    return {squeeze(name): kind for kind, names in table(AGENDA_WORDS)["table_columns"].items() for name in names}


def column_kind(cell: str) -> str | None:
    """Which column of an agenda table a header cell names ("serial", "title", "discussion", "decision",
    "responsible", "deadline", "remarks"), or None. The readers of PDF and DOCX tables ask it too."""
    kind = _named_column(cell)
    if kind or len(words := clean(cell).split()) > COLUMN_NAME_WORDS:
        return kind
    # A column name with a qualifier ("সভায় গৃহীত সিদ্ধান্তসমূহ", "বাস্তবায়নকারী দপ্তর/কর্মকর্তা"), or with a word
    # of the next column's wrapped name beside it on a scan ("আলোচনা কর্তৃপক্ষ"): its longest run of words that
    # names a column; of runs as long, the last (a Bengali noun phrase ends in its head).
    for size in range(len(words) - 1, 0, -1):
        for start in range(len(words) - size, -1, -1):
            if kind := _named_column(" ".join(words[start:start + size])):
                return kind
    return None


COLUMN_NAME_WORDS = 4  # a header cell of more words is a sentence, not a column name


def _named_column(cell: str) -> str | None:
    key = squeeze(clean(cell))
    if not key:
        return None
    names = _column_names()
    if key in names:
        return names[key]
    best = process.extractOne(key, names.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return names[best[0]] if best else None
