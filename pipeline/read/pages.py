"""Pages of text read from a source file, each with where its text came from."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

# When to OCR: the pages that need it (images, PDF pages without a usable text layer), every page, or none.
OcrMode = Literal["auto", "always", "never"]
OCR_MODES: tuple[str, ...] = get_args(OcrMode)


@dataclass
class Word:
    """An OCR'd or positioned word: its text, confidence (0..1) and box in page pixels/points."""
    text: str
    confidence: float | None
    box: tuple[float, float, float, float] | None = None
    junk: str = ""  # junk tokens OCR read next to this word and that were dropped (ocr_junk)


@dataclass
class Page:
    text: str
    origin: str  # "text" | "pdf_text_layer" | "legacy_bijoy" | "ocr"
    confidence: float | None = None  # mean OCR word confidence (0..1) for OCR'd pages
    words: list[Word] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, message)
    data_columns: int | None = None  # column count of the last data table so far (OCR: a table goes on)
    open_columns: tuple[float, ...] = ()  # OCR: boundaries of a table without rulings that runs on over the page


@dataclass
class SourcePages:
    media_type: str
    pages: list[Page]
