"""A repair of OCR'd lines the reader makes before the page text leaves it: the label separator.

Measured on whole scanned samples (samples/scans/clean, degraded): the visarga-colon that stands
alone between a header label and its value ("সভাপতি ঃ ...") is never read as "ঃ" but as "8", "18",
"58", "+৪", "£8", ":$", "=", "*ঃ". The labels and the look-alikes are language data (extractors/lexicon).
"""
from __future__ import annotations

from functools import cache

import regex

from bangla_minutes.extractors import lexicon


def restore_label_separator(line: str) -> str:
    """"সভাপতি 18 ডঃ ক" -> "সভাপতি ঃ ডঃ ক": a lone token of visarga look-alikes right after a header
    label at the start of a line is the label's "ঃ". A token of Bengali digits only ("তারিখ ৫ মার্চ") is
    taken for the separator only when it stands as a cell of its own, between tabs."""
    m = _label_separator().match(line)
    if not m or regex.fullmatch(r"[:ঃ-]+", m["mark"]):
        return line
    if regex.fullmatch("[০-৯]+", m["mark"]) and not (m["before"].endswith("\t") and m["after"] == "\t"):
        return line
    return line[:m.start("mark")] + "ঃ" + line[m.end("mark"):]


@cache
def _label_separator() -> regex.Pattern:
    labels = [word for words in lexicon.table("header_labels.json").values() for word in words]
    marks = regex.escape(lexicon.table("ocr_confusions.json")["visarga_lookalikes"])
    return regex.compile(rf"[ \t]*(?:{lexicon.alternation(labels)})(?P<before>[ \t]+)(?P<mark>[{marks}]{{1,3}})"
                         rf"(?P<after>[ \t]+)(?=\S)")
