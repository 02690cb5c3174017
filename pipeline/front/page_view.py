"""A source file's pages as a person sees them, with where each piece of the normalised text stands.

Evidence spans are offsets into a page's normalised text (pipeline/parse/normalize.py). To show a field
where it was read, each page gives its normalised text and, for a drawn page, the page image with word
boxes placed at their offsets in that text:

    scan or photo (OCR)    the page image Tesseract read (deskewed, evenly lit) and its OCR word boxes
    PDF text layer         the page rendered by pdfium and its words' character boxes, mapped to pixels
    text, DOCX, Bijoy      the text itself (no image: the span is marked in the text)

Words are found in the normalised text in reading order, as ocr_confidence does; a word the
normaliser changed beyond recognition (a broken text layer) is left without a box, never misplaced.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image

from bangla_minutes.pipeline.parse.normalize import normalize_page
from bangla_minutes.pipeline.read import sniff as media
from bangla_minutes.pipeline.read.pages import Word

PDF_SCALE = 2.0  # pixels per PDF point of a rendered text-layer page (144 dpi)

Box = tuple[float, float, float, float]  # left, top, right, bottom in image pixels


@dataclass
class PageView:
    number: int  # 1-based
    text: str  # normalised: evidence offsets point into it
    origin: str
    image: Image.Image | None = None
    boxes: list[tuple[int, int, Box]] = field(default_factory=list)  # (start, end) in text -> box

    def boxes_of(self, start: int, end: int) -> list[Box]:
        """Boxes of the words a span covers."""
        return [box for s, e, box in self.boxes if s < end and e > start]


def page_views(path: str, ocr: str = "auto") -> list[PageView]:
    """Every page of the file, read as ingest read it with the OCR mode `ocr`."""
    from bangla_minutes.pipeline.read.files import read_pages

    source = read_pages(path, ocr=ocr)
    views = []
    for index, page in enumerate(source.pages):
        view = PageView(index + 1, normalize_page(page.text), page.origin)
        if page.origin == "ocr" and page.words:
            view.image = _ocr_image(path, source.media_type, index)
            view.boxes = word_spans([w for w in page.words if w.box], view.text)
        elif source.media_type == media.PDF and page.origin == "pdf_text_layer":
            view.image, words = _pdf_page(path, index)
            view.boxes = word_spans(words, view.text)
        elif source.media_type == media.PDF:
            view.image, _ = _pdf_page(path, index)
        views.append(view)
    return views


def word_spans(words: list[Word], text: str) -> list[tuple[int, int, Box]]:
    """Where each word stands in the normalised text, found in reading order."""
    spans, cursor = [], 0
    for word in words:
        needle = normalize_page(word.text).strip()
        if not needle:
            continue
        at = text.find(needle, cursor)
        if at < 0 or at - cursor > 400:  # not found nearby: skipped rather than placed on a far match
            continue
        spans.append((at, at + len(needle), word.box))
        cursor = at + len(needle)
    return spans


def _ocr_image(path: str, media_type: str, index: int) -> Image.Image:
    """The page image OCR read: its word boxes are in this image's pixels."""
    from bangla_minutes.pipeline.read.preprocess import prepare_page

    if media_type == media.PDF:
        from bangla_minutes.pipeline.read.tesseract import render_pdf_page
        return prepare_page(render_pdf_page(path, index))
    from bangla_minutes.pipeline.read.images import image_frames
    for number, frame in enumerate(image_frames(path)):
        if number == index:
            return prepare_page(frame)
    raise IndexError(index)


def _pdf_page(path: str, index: int) -> tuple[Image.Image, list[Word]]:
    """A PDF page rendered, and its text layer's words (runs between spaces, as pdf_text reads the
    characters: pipeline/read/pdfium_chars.py) with boxes in the image's pixels, each the union of its
    characters' boxes."""
    import pypdfium2 as pdfium

    from bangla_minutes.pipeline.read.pdfium_chars import page_chars

    pdf = pdfium.PdfDocument(path)
    try:
        page = pdf[index]
        image = page.render(scale=PDF_SCALE).to_pil().convert("RGB")
        words: list[Word] = []
        letters: list[str] = []
        box: list[float] | None = None
        for char in [*page_chars(page), None]:
            if char is None or not char.text.strip():
                if letters and box is not None:
                    words.append(Word("".join(letters), None, tuple(v * PDF_SCALE for v in box)))
                letters, box = [], None
                continue
            left, top, right, bottom = char.box
            letters.append(char.text)
            if right > left and bottom > top:  # a mark pdfium gives no box joins its letter's word
                box = [left, top, right, bottom] if box is None else [
                    min(box[0], left), min(box[1], top), max(box[2], right), max(box[3], bottom)]
        page.close()
        return image, words
    finally:
        pdf.close()
