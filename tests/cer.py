"""Character error rate of OCR output against the text that was printed."""
import unicodedata

import regex
from rapidfuzz.distance import Levenshtein


def normalised(text: str) -> str:
    """NFC with every run of whitespace made one space: layout is not what the rate measures."""
    return regex.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def cer(reference: str, hypothesis: str) -> float:
    """Edits (insertions, deletions, substitutions of code points) per character of the reference."""
    ref, hyp = normalised(reference), normalised(hypothesis)
    return Levenshtein.distance(ref, hyp) / max(len(ref), 1)
