"""Fields read from OCR'd words that Tesseract was unsure of, or that held junk, get a `low_confidence`
warning: a wrong value must not pass silently.

A field is doubtful when its evidence words have a mean confidence below LOW, when one of its words
was read with a confidence below WEAK_WORD (a misread letter in a long value: "কঙক্ষ" 0.37, "আযাপ" 0.38,
while the words around it read at 0.9), when one of its words holds a sign no value prints ("£::8" read
for a chair's name), when junk was dropped from among its words (ocr_junk), when one of its words joins
signs no Bengali word joins (a vowel sign or virama after anything but a consonant: "রুন্ুল", "মৎ্স্য",
"ভা্চুয়াল"), or when one of its words is in no word list (pipeline/read/word_repair.py: Tesseract's
dictionaries and the lexicons; word_repair made into a listed word what it could) and was read with a
confidence below UNLISTED_WORD ("গফরগীও" 0.53 for গফরগাঁও, "আযাপ" 0.68 for অ্যাপ; names of places and
people that no list holds read at 0.85-0.95 on clean pages), or when one of its words is a listed word
that OCR reads for another listed word by losing a stroke of a sign (ত্রেমাসিক for ত্রৈমাসিক,
word_repair.other_reading). Memo numbers are made of abbreviations no
list holds ("আরপিজিসিএল", "কৃসঅ"): they are checked against their layout instead (extractors/memo.py).
The shapes of values themselves (a name mixing scripts, quotation marks that do not pair) are judged
in extractors/ocr_doubts.py.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass

import regex

from bangla_minutes.pipeline.parse.normalize import normalize_page
from bangla_minutes.pipeline.read import word_repair
from bangla_minutes.pipeline.read.pages import Page
from bangla_minutes.schemas import Warning

LOW = 0.60  # mean word confidence below which a field's reading is doubtful
WEAK_WORD = 0.45  # a word of letters read below this makes its field doubtful
UNLISTED_WORD = 0.7  # a word in no word list read below this makes its field doubtful
CHECKED = ("title", "chair", "meeting.date", "meeting.time", "meeting.venue", "memo", "issued.gregorian",
           "issued.bangla", "distribution_note")
# fields whose words are not looked up in the word list: memo numbers are abbreviations, a distribution
# note's words are put right from a closed vocabulary (extractors/ocr_repair.py, repair_note)
UNLISTED_ALLOWED = ("memo", "distribution_note")
_LETTER = regex.compile(r"\p{L}")
# a vowel sign or virama after anything but a consonant (with its nukta, or a ZWJ before ্য) -- but the
# অ্যা/এ্যা of borrowed words ("অ্যাপ", "এ্যাডভোকেট"); Assamese ৰ ৱ are consonants of the script model
_MALFORMED = regex.compile(r"(?<![\u0995-\u09B9\u09DC\u09DD\u09DF\u09F0\u09F1\u09BC\u200D])"
                           r"[\u09BE-\u09C4\u09C7\u09C8\u09CB\u09CC\u09D7\u09E2\u09E3\u09CD](?<![অএ]\u09CD(?=য))")
_ODD_MARK = regex.compile(r"[£$%*=+~|!?<>{}@#^_\\]")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    confidence: float
    letters: bool  # holds letters (digit strings read right often score low: they are checked otherwise)
    junk: str
    text: str = ""

    @property
    def malformed(self) -> bool:
        """Joins signs no Bengali word joins (see the module's note)."""
        return bool(_MALFORMED.search(self.text))

    def other_reading(self) -> str | None:
        """A listed word that OCR may have read as this listed word (word_repair.other_reading)."""
        return next(filter(None, map(word_repair.other_reading, word_repair.bengali_words(self.text))), None)

    def unlisted(self) -> bool:
        """Holds a Bengali word that no word list knows."""
        words = word_repair.word_list()
        return any(word not in words for word in word_repair.bengali_words(self.text))

    @property
    def marks(self) -> bool:
        """Holds a sign no minutes print inside a value ("£::8" read for a chair's name)."""
        return bool(_ODD_MARK.search(self.text))


def low_confidence(pages: list[Page], texts: list[str], evidence: dict, checked_out: set[str] = frozenset()
                   ) -> list[Warning]:
    """One warning per checked field whose evidence lies on doubtful words (see the module's note).
    `texts` are the pages' normalised texts, which evidence offsets point into. Fields in `checked_out`
    passed checks of their own (a memo number in its government layout, issue dates naming the same
    day): Tesseract is often unsure of digit strings it read right, so they get no warning."""
    word_spans = {number: _word_spans(page, texts[number - 1])
                  for number, page in enumerate(pages, 1) if page.origin == "ocr" and page.words}
    warnings = []
    for field in CHECKED:
        span = None if field in checked_out else evidence.get(field)
        if span is None or span["page"] not in word_spans:
            continue
        words = [w for w in word_spans[span["page"]] if w.start < span["end"] and w.end > span["start"]]
        doubt = _doubt(words, look_up=field not in UNLISTED_ALLOWED)
        if doubt:
            warnings.append(Warning(code="low_confidence", field=field, message=doubt))
    return warnings


def _doubt(words: list[Span], look_up: bool = True) -> str | None:
    """Why the words of a field are doubtful, or None (`look_up`: its words are looked up in the word list)."""
    if not words:
        return None
    mean = statistics.fmean(w.confidence for w in words)
    if mean < LOW:
        return f"OCR was unsure of these words (mean confidence {mean:.2f})"
    marks = [w.text for w in words if w.marks]
    if marks:
        return f"OCR read marks that minutes do not print ({' '.join(marks)})"
    quotes = "".join(ch for w in words for ch in w.text if ch in _QUOTE_PAIRS.keys() | _QUOTE_PAIRS.values())
    if _unpaired(quotes):
        return f"OCR read quotation marks that do not pair ({quotes}): one of them is misread"
    junk = [w.junk for w in words if w.junk]
    if junk:
        return f"OCR read junk among these words (dropped: {' '.join(junk)})"
    weak = min((w for w in words if w.letters), key=lambda w: w.confidence, default=None)
    if weak and weak.confidence < WEAK_WORD:
        return f"OCR was unsure of a word (confidence {weak.confidence:.2f})"
    malformed = [w.text for w in words if w.malformed]
    if malformed:
        return f"OCR read signs that no Bengali word joins ({' '.join(malformed)})"
    other = next(((w.text, o) for w in words if look_up and (o := w.other_reading())), None)
    if other:
        return f"OCR may have read {other[1]} as {other[0]} (a stroke of a sign lost): both are words"
    unlisted = [w for w in words if look_up and w.confidence < UNLISTED_WORD and w.unlisted()]
    if unlisted:
        return (f"OCR read a word that no word list holds ({unlisted[0].text}, confidence "
                f"{unlisted[0].confidence:.2f})")
    return None


_QUOTE_PAIRS = {"“": "”", "‘": "’"}


def _unpaired(quotes: str) -> bool:
    """Curly quotes that open with one kind and close with the other ("“ই-নথি’"). An apostrophe (’ alone,
    "ইজিসিবি’র", "আগস্ট’২০১৯") is no quote: only an opening mark is looked at, with the closing one after it."""
    for i, ch in enumerate(quotes):
        if ch in _QUOTE_PAIRS:
            closing = next((c for c in quotes[i + 1:] if c in _QUOTE_PAIRS.values()), None)
            if closing and closing != _QUOTE_PAIRS[ch]:
                return True
    return False


def _word_spans(page: Page, text: str) -> list[Span]:
    """Where each OCR word stands in the page's normalised text, found in reading order (a word not
    found after the last one, as in a table written cell by cell, is looked for from the start)."""
    spans, cursor = [], 0
    for word in page.words:
        needle = normalize_page(word.text)
        if word.confidence is None or not needle:
            continue
        at = text.find(needle, cursor)
        if at < 0:
            at = text.find(needle)
            if at < 0:
                continue
        spans.append(Span(at, at + len(needle), word.confidence, bool(_LETTER.search(needle)), word.junk, needle))
        cursor = at + len(needle)
    return spans
