"""Junk words in OCR output: what Tesseract makes of speckles, a copier's dark band, stamps and scribbles.

On degraded pages (samples/degrade.py) Tesseract reads dots, bands and handwriting as short Latin or
symbol tokens of low confidence: "EE!!!" 0.18-0.25 and "IEEE" 0.15 from a copier's band, "“" '"' "|"
"Ms" "ol" among Bengali words, glued to the values around them ("… ইসলাম র ত আধ “ ন \" Ms ol"). Printed
Latin words read with confidence (web and e-mail addresses 0.85-0.9, English terms in the minutes).
So a token with no Bengali letter and no digit, read with confidence below JUNK_CONFIDENCE, is dropped
before the text is made; the word before it (or after it, at a line's start) keeps what was dropped, so
that a value built on those words is flagged `low_confidence` (pipeline/parse/ocr_confidence.py).

Kept whatever their confidence: digits (dates, memo numbers in ASCII digits are values, repaired by
extractors/ocr_repair.py when they fail their checks), the visarga-colon's look-alikes (restored after
a header label), and the signs minutes print alone (":", "-", "/", "।", ",", brackets).
"""
from __future__ import annotations

import dataclasses

import regex

from bangla_minutes.extractors import lexicon
from bangla_minutes.pipeline.read.pages import Word

JUNK_CONFIDENCE = 0.6
_SIGNS_PRINTED_ALONE = set(":;-–—/।,.()[]'")
_BENGALI_OR_DIGIT = regex.compile(r"[\p{Bengali}\p{Nd}]")


def is_junk(word: Word) -> bool:
    """A low-confidence token of Latin letters and symbols only (see the module's note)."""
    if word.confidence is None or word.confidence >= JUNK_CONFIDENCE or _BENGALI_OR_DIGIT.search(word.text):
        return False
    lookalikes = lexicon.table("ocr_confusions.json")["visarga_lookalikes"]
    return not all(ch in lookalikes or ch in _SIGNS_PRINTED_ALONE for ch in word.text)


def without_junk(line: list[Word]) -> list[Word]:
    """The line's words with junk dropped; a kept neighbour carries the dropped text in `junk`, and its
    box takes in the junk's (the gap the junk filled is no tab stop)."""
    kept: list[Word] = []
    pending: list[Word] = []
    for word in line:
        if is_junk(word) and kept:
            kept[-1] = absorbed(kept[-1], [word])
        elif is_junk(word):
            pending.append(word)
        else:
            kept.append(absorbed(word, pending) if pending else word)
            pending = []
    return kept


def absorbed(word: Word, junk: list[Word]) -> Word:
    boxes = [w.box for w in [word, *junk] if w.box]
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
           max(b[3] for b in boxes)) if boxes else None
    return dataclasses.replace(word, box=box, junk=" ".join([word.junk] * bool(word.junk) + [w.text for w in junk]))
