"""OCR letter confusions inside Bengali words undone with a word list.

On clean typeset pages Tesseract misreads vowel signs more than anything else (Lohit Bengali most):
the i-sign, drawn before its consonant, read as the aa-sign in the place where it is drawn (প্রাশক্ষণ
for প্রশিক্ষণ, অতিারক্ত for অতিরিক্ত), or dropped (কার্যববরণী); the ii-sign read as aa (বাজতলা for বীজতলা);
the e- and i-signs taken for each other (প্রাক্কলেত); the aa-sign with a candrabindu read as the ii-sign
(গফরগীও for গফরগাঁও), the i-sign read as aa with a candrabindu (সভাপাঁত for সভাপতি). A word that is not
in the word list, and that one
such confusion undone makes into exactly one word of the list, becomes that word. Nothing else is
touched: a word in the list, a word two confusions off, a word one confusion off two list words, a short
word (but one of three letters may become a word of the project's own lexicons: পদাব for the column name
পদবি); names of people are changed only where the list knows the name and OCR garbled it.

The list (data/bengali_words.txt.gz) is Tesseract's own: the word dictionaries (DAWGs) of the `ben` and
`Bengali` models of Debian's tesseract-ocr-ben and tesseract-ocr-script-beng 4.1.0, Bengali words only,
NFC, written by

    combine_tessdata -u /usr/share/tesseract-ocr/5/tessdata/ben.traineddata ben.
    dawg2wordlist ben.lstm-unicharset ben.lstm-word-dawg ben.words.txt      (and the same for Bengali)

plus the words of the project's own lexicons (extractors/data: designations, offices, labels) and words
of minutes the dictionaries lack (data/more_words.txt).
"""
from __future__ import annotations

import gzip
import unicodedata
from functools import cache
from pathlib import Path

import regex

from bangla_minutes.extractors import lexicon

WORDS = Path(__file__).parent / "data" / "bengali_words.txt.gz"
MORE_WORDS = Path(__file__).parent / "data" / "more_words.txt"
MIN_LETTERS = 4  # words of fewer letters (signs not counted) are left alone: one sign off a short word is often another word (জেএম, জিএম)
MIN_PROJECT_LETTERS = 3  # ... except that one of 3 may become a word of the project's lexicons (পদাব: পদবি, a column's name)
_WORD = regex.compile(r"[\u0980-\u09E5\u09F0-\u09FF\u200C\u200D]+")  # Bengali letters and signs, no digits
# a consonant (with its nukta) and the consonants joined to it
_CLUSTER = regex.compile(r"[\u0995-\u09B9\u09CE\u09DC\u09DD\u09DF]\u09BC?(?:\u09CD[\u0995-\u09B9\u09DC\u09DD\u09DF]\u09BC?)*")
PRE_BASE = "িে"  # vowel signs drawn before their consonant
AA = "া"
CANDRABINDU = "ঁ"
REPH = "র্"
RA_PHALA = "্র"
VOWEL_SIGNS = "ািীুূৃেৈোৌ"
SPECK_SIGNS = "ুৃঁ"  # signs a speck of dirt under or over a letter is read as (হুবে for হবে on a real scan)
_LETTER = regex.compile(r"[\u0985-\u09B9\u09CE\u09DC\u09DD\u09DF]")  # letters, not signs


def bengali_words(text: str) -> list[str]:
    """The Bengali words of a token as the word list holds them (no digits or signs around them)."""
    return _WORD.findall(text)


def other_reading(word: str) -> str | None:
    """Another listed word that a listed word of MIN_LETTERS letters or more may have been printed as:
    one sign of ocr_confusions.json's lost_stroke_misreads undone ("ত্রেমাসিক", a spelling the
    lexicons know, for ত্রৈমাসিক). Both are words, so nothing is repaired: the caller doubts the value."""
    words = word_list()
    if len(_LETTER.findall(word)) < MIN_LETTERS or word not in words:
        return None
    signs = lexicon.table("ocr_confusions.json")["lost_stroke_misreads"]
    return next((other for at, ch in enumerate(word) for printed in signs.get(ch, "")
                 if (other := word[:at] + printed + word[at + 1:]) in words), None)


def repaired(text: str) -> str:
    """The OCR'd token with each of its Bengali words repaired where the word list allows."""
    return _WORD.sub(lambda m: repaired_word(m.group()), text)


def repaired_word(word: str) -> str:
    words, letters = word_list(), len(_LETTER.findall(word))
    if word in words or letters < MIN_PROJECT_LETTERS:
        return word
    if letters < MIN_LETTERS:  # a short word becomes only a word of the project's lexicons
        words = project_words()
    # a word's last sign is left as read: endings in either sign are both words, and names (লাইলা, লাইলী)
    found = {c for c in readings(word) if c in words and (c[-1] == word[-1] or _last_sign_drawn_before(word, c))}
    return found.pop() if len(found) == 1 else word


def _last_sign_drawn_before(word: str, reading: str) -> bool:
    """The last consonant's pre-base sign, drawn before it, was read as aa: "পদাব" is "পদবি"."""
    return reading.count(AA) < word.count(AA) and reading.rstrip(PRE_BASE)[-1:] == word[-1:]


def readings(word: str) -> set[str]:
    """What the printed word may have been: one confusion (see the module's note) undone."""
    out = set()
    confusions = lexicon.table("ocr_confusions.json")
    for at, ch in enumerate(word):
        for printed in confusions["vowel_sign_misreads"].get(ch, ""):
            out.add(word[:at] + printed + word[at + 1:])
    for read, printed in confusions["sequence_misreads"].items():
        for at in _places(word, read):
            out.update(word[:at] + each + word[at + len(read):] for each in printed)
    for m in _CLUSTER.finditer(word):
        start, end = m.span()
        out.add(word[:start] + REPH + word[start:])  # a reph lost above the cluster
        out.add(word[:end] + RA_PHALA + word[end:])  # a ra-phala lost below it
        if end < len(word) and word[end] in VOWEL_SIGNS:
            out.add(word[:end + 1] + CANDRABINDU + word[end + 1:])  # a candrabindu lost over its sign
        if end < len(word) and word[end] in SPECK_SIGNS:
            out.add(word[:end] + word[end + 1:])  # a speck read as a sign below or above the letter
        if end < len(word) and unicodedata.category(word[end]) in ("Mn", "Mc"):
            continue  # the cluster has a sign of its own
        for pre in PRE_BASE:
            out.add(word[:end] + pre + word[end:])  # the sign dropped
            if start and word[start - 1] == AA:
                out.add(word[:start - 1] + word[start:end] + pre + word[end:])  # read as aa where it is drawn
            if start == 1 and word[0] == "আ":  # or joined to the a before it into aa (আডট for অডিট)
                out.add("অ" + word[start:end] + pre + word[end:])
            if start > 1 and word[start - 2:start] == AA + CANDRABINDU:  # or as aa with a candrabindu (সভাপাঁত)
                out.add(word[:start - 2] + word[start:end] + pre + word[end:])
    return out - {word}


def _places(word: str, part: str):
    at = word.find(part)
    while at >= 0:
        yield at
        at = word.find(part, at + 1)


@cache
def word_list() -> frozenset[str]:
    with gzip.open(WORDS, "rt", encoding="utf-8") as f:
        words = {unicodedata.normalize("NFC", line.strip()) for line in f if line.strip()}
    more = MORE_WORDS.read_text(encoding="utf-8").splitlines()
    words |= {unicodedata.normalize("NFC", line.strip()) for line in more if line.strip() and not line.startswith("#")}
    return frozenset(words | project_words())


@cache
def project_words() -> frozenset[str]:
    """The Bengali words of the lexicons the extractors match against."""
    out: set[str] = set()
    for path in sorted(lexicon.DATA.iterdir()):
        if path.suffix in (".txt", ".json"):
            out |= set(_WORD.findall(unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))))
    return frozenset(out)
