"""The one entry point the parser calls: a source file's pages of text, each with its origin."""
from __future__ import annotations

from bangla_minutes.pipeline.read import sniff as media
from bangla_minutes.pipeline.read.pages import OCR_MODES, OcrMode, Page, SourcePages
from bangla_minutes.pipeline.read.text_file import read_text_pages

IMAGES = (media.PNG, media.JPEG, media.TIFF)


def read_pages(path: str, ocr: OcrMode = "auto") -> SourcePages:
    """Sniff the file and read it. `ocr`: "auto" (OCR the PDF pages that need it and images),
    "never" (an image or a PDF page without a usable text layer gives an empty page and a
    page_text_unreliable warning) or "always" (OCR every PDF page)."""
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    media_type = media.sniff(path)
    # The PDF, DOCX and OCR libraries load late: a text file needs none of them (start-up time).
    if media_type == media.PDF:
        from bangla_minutes.pipeline.read.pdf import read_pdf_pages
        pages = list(read_pdf_pages(path, ocr))
    elif media_type in IMAGES and ocr == "never":
        pages = [Page("", "ocr", warnings=[("page_text_unreliable", "an image, not OCR'd (ocr='never')")])]
    elif media_type in IMAGES:
        from bangla_minutes.pipeline.read import tesseract
        tesseract.check_tesseract()  # exit 3 naming the apt packages, not a failure of this one file
        pages = tesseract.ocr_image_file(path)
    elif media_type == media.DOCX:
        from bangla_minutes.pipeline.read.docx import read_docx_pages
        pages = read_docx_pages(path)
    else:
        pages = read_text_pages(path)
    return SourcePages(media_type, pages)
