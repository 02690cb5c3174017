"""Fields read from OCR'd words that Tesseract was unsure of get a `low_confidence` warning."""
from __future__ import annotations

import statistics

from bangla_minutes.pipeline.parse.normalize import normalize_page
from bangla_minutes.pipeline.read.pages import Page
from bangla_minutes.schemas import Warning

LOW = 0.60  # mean word confidence below which a field's reading is doubtful
CHECKED = ("chair", "meeting.date", "meeting.time", "meeting.venue", "memo", "issued.gregorian", "issued.bangla")


def low_confidence(pages: list[Page], texts: list[str], evidence: dict, checked_out: set[str] = frozenset()
                   ) -> list[Warning]:
    """One warning per checked field whose evidence lies on words of low mean confidence.
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
        scores = [c for start, end, c in word_spans[span["page"]] if start < span["end"] and end > span["start"]]
        if scores and statistics.fmean(scores) < LOW:
            warnings.append(Warning(code="low_confidence", field=field,
                                    message=f"OCR was unsure of these words (mean confidence {statistics.fmean(scores):.2f})"))
    return warnings


def _word_spans(page: Page, text: str) -> list[tuple[int, int, float]]:
    """Where each OCR word stands in the page's normalised text, found in reading order."""
    spans, cursor = [], 0
    for word in page.words:
        if word.confidence is None:
            continue
        needle = normalize_page(word.text)
        at = text.find(needle, cursor)
        if at < 0:
            continue
        spans.append((at, at + len(needle), word.confidence))
        cursor = at + len(needle)
    return spans
