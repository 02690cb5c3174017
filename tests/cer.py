"""Character error rate of OCR output against the text that was printed."""
import unicodedata

import regex
from rapidfuzz.distance import Levenshtein


def normalised(text: str) -> str:
    """NFC with every run of whitespace made one space: layout is not what the rate measures."""
    return regex.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def words_read(page) -> str:
    """What the OCR read on a page, word by word in the page's line order: the printed text's order
    (the page text puts a table's cells after one another, row by row, which is not)."""
    return " ".join(word.text for word in page.words) if page.words else page.text


def cer(reference: str, hypothesis: str) -> float:
    """Edits (insertions, deletions, substitutions of code points) per character of the reference."""
    ref, hyp = normalised(reference), normalised(hypothesis)
    return Levenshtein.distance(ref, hyp) / max(len(ref), 1)
