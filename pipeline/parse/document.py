"""One document, from a file or a text, to its record: read pages -> normalise -> extract -> record."""
from __future__ import annotations

import hashlib
from pathlib import Path

from bangla_minutes.extractors.record import extract
from bangla_minutes.pipeline.read.content_id import file_sha256
from bangla_minutes.pipeline.errors import InputError
from bangla_minutes.pipeline.parse.normalize import document_text, normalize_page
from bangla_minutes.pipeline.parse.ocr_confidence import low_confidence
from bangla_minutes.pipeline.read.pages import OcrMode, Page, SourcePages
from bangla_minutes.schemas import Record, Source, Warning


def parse_file(path: str | Path, ocr: OcrMode = "auto") -> Record:
    """The record of one file (text, PDF, image or DOCX). Raises InputError / EnvironmentMissing."""
    from bangla_minutes.pipeline.read.files import read_pages  # readers pull in PDF and image libraries: load on first use

    path = Path(path)
    source = read_pages(str(path), ocr=ocr)
    return parse_pages(source, path=str(path), doc_id=file_sha256(path))


def parse_text(text: str, path: str = "<text>") -> Record:
    """The record of a text already in memory (a notebook's string, a test's example)."""
    source = SourcePages("text/plain", [Page(text=text, origin="text")])
    return parse_pages(source, path=path, doc_id=hashlib.sha256(text.encode("utf-8")).hexdigest())


# Minutes run to a few hundred kilobytes of text even for a 300-page file; far more is something else.
MAX_TEXT_CHARS = 10_000_000


def parse_pages(source: SourcePages, path: str, doc_id: str) -> Record:
    size = sum(len(page.text) for page in source.pages)
    if size > MAX_TEXT_CHARS:
        raise InputError(path, f"{size / 1e6:.0f} million characters of text is too large for one set of "
                               f"minutes (limit {MAX_TEXT_CHARS / 1e6:.0f} million)")
    pages = [normalize_page(page.text) for page in source.pages]
    doc = document_text(pages or [""])
    found = extract(doc.text, from_ocr=any(page.origin == "ocr" for page in source.pages))
    _no_agenda_unless_minutes(found)
    evidence = {key: doc.span(start, end) for key, (start, end) in found.evidence.items()}
    warned = {(w.code, w.field) for w in found.warnings}  # a value's own check may have doubted it already
    warnings = (list(found.warnings) + _page_warnings(source.pages)
                + [w for w in low_confidence(source.pages, pages, evidence, found.checked)
                   if (w.code, w.field) not in warned])
    return Record(
        doc_id=doc_id,
        source=_source(source, path),
        warnings=warnings,
        evidence=evidence,
        **found.fields.as_dict(),
    )


def _no_agenda_unless_minutes(found) -> None:
    """A text that is not minutes (its not_minutes warning: no title, header, agenda or decisions were
    found) and whose agenda holds no decision has no agenda: what the extractors took for one is prose
    or a noise image's OCR garbage. (Decisions are kept: minutes the warning misjudged keep their items.)"""
    agenda = found.fields.agenda
    if any(w.code == "not_minutes" for w in found.warnings) and not any(item.decisions for item in agenda):
        found.fields.agenda = []
        found.evidence = {k: v for k, v in found.evidence.items() if not k.startswith("agenda")}


def _source(source: SourcePages, path: str) -> Source:
    origins = [page.origin for page in source.pages]
    confidences = [page.confidence for page in source.pages if page.origin == "ocr" and page.confidence is not None]
    return Source(
        path=path,
        media_type=source.media_type,
        pages=len(source.pages),
        text_origin=origins[0] if len(set(origins)) == 1 else ("mixed" if origins else "text"),
        ocr_confidence=round(sum(confidences) / len(confidences), 4) if confidences else None,
        page_origins=origins,
    )


def _page_warnings(pages: list[Page]) -> list[Warning]:
    return [Warning(code=code, field=None, message=f"page {number}: {message}")
            for number, page in enumerate(pages, 1) for code, message in page.warnings]
