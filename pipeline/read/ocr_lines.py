"""Repairs of OCR'd lines the reader makes before the page text leaves it: the label separator, and
list numbers read in Latin look-alikes.

Measured on whole scanned samples (samples/scans/clean, degraded): the visarga-colon that stands
alone between a header label and its value ("সভাপতি ঃ ...") is never read as "ঃ" but as "8", "18",
"58", "+৪", "£8", ":$", "=", "*ঃ". The labels and the look-alikes are language data (extractors/lexicon).
"""
from __future__ import annotations

import dataclasses
from functools import cache

import regex

from bangla_minutes.extractors import lexicon
from bangla_minutes.pipeline.read.pages import Word


def restore_label_separator(line: str) -> str:
    """"সভাপতি 18 ডঃ ক" -> "সভাপতি ঃ ডঃ ক": a lone token of visarga look-alikes right after a header
    label at the start of a line is the label's "ঃ". A token of Bengali digits only ("তারিখ ৫ মার্চ") is
    taken for the separator only after a tab, and then only as a cell of its own or before a value that
    is not a month's name."""
    m = _label_separator().match(line)
    if not m or regex.fullmatch(r"[:ঃ-]+", m["mark"]):
        return line
    if regex.fullmatch("[০-৯]+", m["mark"]) and not (m["before"].endswith("\t") and
                                                     (m["after"] == "\t" or not _month().match(line, m.end()))):
        return line
    return line[:m.start("mark")] + "ঃ" + line[m.end("mark"):]


@cache
def _month() -> regex.Pattern:
    """A month's name: after a lone number, that number is a day ("তারিখ\t৫ মার্চ"); before a value
    of any other kind ("সভাপতি\t৪ অধ্যাপক ...", "তারিখ\t৪ ০৪/০৩/২০২০") it is the label's colon."""
    months = lexicon.table("months.json")
    names = [name for calendar in ("gregorian", "bangla") for names in months[calendar].values() for name in names]
    return regex.compile(rf"[ \t]*(?:{lexicon.alternation(names)})")


@cache
def _label_separator() -> regex.Pattern:
    labels = [word for words in lexicon.table("header_labels.json").values() for word in words]
    marks = regex.escape(lexicon.table("ocr_confusions.json")["visarga_lookalikes"])
    return regex.compile(rf"[ \t]*(?:{lexicon.alternation(labels)})(?P<before>[ \t]+)(?P<mark>[{marks}]{{1,3}})"
                         rf"(?P<after>[ \t]+)(?=\S)")


# A list number or a table's serial: digits (either script) and their look-alikes, in brackets or with a stop.
_BENGALI_WORD = regex.compile(r"\p{Bengali}{2,}")
_LONE_LOOKALIKES = "8q."  # look-alikes read as a list number on their own (a zero alone numbers no list)


def numbers_in_bengali(line: list[Word]) -> list[Word]:
    """The line's numbers read with Latin look-alikes among Bengali digits ("০8", "o৫"), with a letter
    read before them ("ঙ৬।") or a digit read twice ("8৪)") in Bengali digits; so too a Latin "8" or "q"
    alone ("8।", "(8)", "8.২") at the start of a Bengali line: the list number ৪ or ৭ (minutes in Bengali
    number their lists in Bengali)."""
    out = []
    for at, word in enumerate(line):
        text = _misread_parts(word.text)
        m = _number_token().fullmatch(text)
        if m and (regex.search("[০-৯]", m["number"]) or (at == 0 and _bengali_line(line, m)
                                                         and set(m["number"]) <= set(_LONE_LOOKALIKES))):
            text = m["open"] + m["number"].translate(_digit_lookalikes()) + m["close"]
        else:
            text = word.text
        out.append(word if text == word.text else dataclasses.replace(word, text=text))
    return out


def _misread_parts(text: str) -> str:
    for read, printed in lexicon.table("ocr_confusions.json")["number_misreads"].items():
        text = text.replace(read, printed)
    return text


def _bengali_line(line: list[Word], number: regex.Match) -> bool:
    """A line of Bengali words after the number, or a number closed by the danda."""
    return number["close"] == "।" or sum(bool(_BENGALI_WORD.search(w.text)) for w in line[1:]) >= 2


@cache
def _digit_lookalikes() -> dict[int, str]:
    table = lexicon.table("ocr_confusions.json")["digit_lookalikes"]
    return str.maketrans({read: digit for read, digit in table.items() if not regex.match(r"\p{Bengali}", read)})


@cache
def _number_token() -> regex.Pattern:
    """A list number or a table's serial: digits and their Latin look-alikes, in brackets or with a stop."""
    lookalikes = regex.escape("".join(map(chr, _digit_lookalikes())))
    group = rf"[০-৯{lookalikes}]{{1,3}}"
    return regex.compile(rf"(?P<open>\(?)(?P<number>{group}(?:\.{group})*)(?P<close>[.)।:]?)")


def is_number(text: str) -> bool:
    """A list number or serial as OCR may read it: digits, or their look-alikes ("q" for ৭ in a serial
    column: the open table's row starts there)."""
    return bool(_number_token().fullmatch(_misread_parts(text)))
