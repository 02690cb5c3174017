"""Small text helpers every extractor uses for the values it returns."""
import regex

_SPACE = regex.compile(r"\s+")
_EDGE_PUNCT = " \t\n:ঃ-–—।;,.|"


def clean(text: str) -> str:
    """A value as the record holds it: whitespace collapsed, leading/trailing punctuation trimmed."""
    return _SPACE.sub(" ", text).strip(_EDGE_PUNCT)


def strip_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of text[start:end] without the whitespace and punctuation `clean` trims."""
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return start, end
