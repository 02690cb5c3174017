"""Text basics every extractor (and the normaliser) shares: whitespace, list markers, value cleaning.

The normaliser (pipeline/parse/normalize.py) guarantees the text the extractors see: Unicode NFC, no
markdown artefacts (`**`, `__`, leading `#`), no invisible characters, odd spaces as plain spaces. The
extractors trust that and do not repeat it.
"""
import json
import unicodedata
from pathlib import Path

import regex

SPACES = regex.compile(r"\s+")
LINE_GAP = r"[^\S\n]*"  # spaces within one line (a regex piece)
COLUMN_GAP = regex.compile(r"\t+|[ ]{3,}")  # cells side by side: a tab or three spaces and more

_NUMBER = r"[০-৯0-9]{1,3}(?:\.[০-৯0-9]{1,2})?"  # ১, ১২, ৩.১
_LETTER = r"[ক-হ]"


def _time_units() -> str:
    """The units that make a number a clock time (data/time_words.json, read here because the lexicon
    module stands on this one): "১০.০০ ঘটিকায়" opening a line is a wrapped sentence's time, no item."""
    words = json.loads((Path(__file__).with_name("data") / "time_words.json").read_text(encoding="utf-8"))
    units = sorted({unicodedata.normalize("NFC", w) for w in words["clock_units"] + words["counting_units"]},
                   key=len, reverse=True)
    return "|".join(regex.escape(u) for u in units)


# "৩.১" numbers an item; "১০.০০ ঘটিকায়" is a time and "১২.০৩.২০২৪" a date, wrapped to the line's start.
_DOTTED = rf"(?:[০-৯0-9]{{1,3}}|{_LETTER})\.[০-৯0-9]{{1,2}}(?![০-৯0-9]|\.[০-৯0-9]{{2}}|{LINE_GAP}(?:{_time_units()}))"
# A line that opens a list item: "১.", "১)", "১।", "১:", "(১)", "(৩.১)", "৩.১", "ক)", "ক।", "(ক)", "ক.১",
# each maybe after a bullet, or a bullet ("-", "•", "*") alone before text. "ড." is a title, not an item.
LIST_ITEM = regex.compile(
    rf"^{LINE_GAP}(?:[-–•*]{LINE_GAP})?"
    rf"(?:\({LINE_GAP}(?:{_NUMBER}|{_LETTER}){LINE_GAP}\)"
    rf"|{_NUMBER}{LINE_GAP}[.)।:](?![০-৯0-9])"
    rf"|{_LETTER}[)।]"
    rf"|{_DOTTED})"
    rf"|^{LINE_GAP}[-–•*](?={LINE_GAP}\S)"
)

_EDGE_PUNCT = " \t\n:ঃ-–—।;,.|"


def clean(text: str) -> str:
    """A value as the record holds it: whitespace collapsed, leading/trailing punctuation trimmed, but
    for the visarga-colon that ends an abbreviation ("ইজিসিবি লিঃ", "... মোঃ")."""
    out = SPACES.sub(" ", text).strip(_EDGE_PUNCT)
    m = _ABBREVIATION_AT_END.search(text.rstrip(_EDGE_PUNCT.replace("ঃ", "")))
    return out + "ঃ" if m and out.endswith(m["word"]) else out


# a word of one or two letters (signs besides) closed by the visarga-colon, at the end of a value
_ABBREVIATION_AT_END = regex.compile(r"(?<![\p{L}\p{M}])(?P<word>\p{L}\p{M}*(?:\p{L}\p{M}*)?)ঃ$")


def squeeze(text: str) -> str:
    """The text without any whitespace (to compare spellings that space words differently)."""
    return SPACES.sub("", text)


def strip_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of text[start:end] without the whitespace and punctuation `clean` trims."""
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return start, end
