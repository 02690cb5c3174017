"""OCR of page images with Tesseract: images, image files and PDF pages rendered at 300 dpi.

One Tesseract thread per process (parallelism comes from running pages and files in processes);
each page has a time limit, and a page that runs over it comes back empty with an "ocr_timeout"
warning instead of failing its document.
"""
from __future__ import annotations

import functools
import math
import os
import statistics
import subprocess
import time
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytesseract
from PIL import Image

from extractors import lexicon
from pipeline.errors import EnvironmentMissing, InputError
from pipeline.images import MAX_PIXELS, image_frames
from pipeline.pages import Page, Word
from pipeline.preprocess import Box, prepare_page, text_regions

# Read by every tesseract process pytesseract starts (it passes os.environ on).
os.environ["OMP_THREAD_LIMIT"] = "1"

# Models in order of preference. Measured on samples/scans (CER of page 1, clean 300 dpi): the
# Bengali script model (Debian tesseract-ocr-script-beng) reads the English words, web and e-mail
# addresses that `ben` garbles (0.1-0.3% against 2.3-2.4% on pages holding them) and Bengali a little
# better (0.2% against 0.5%), for 1.5x the CPU time; `ben+eng` was worse than either and slower.
# `ben` is the fallback where the script model is not installed.
MODELS = ("Bengali", "ben")
PSM = 6
# Tesseract rejected whole lines of clean Bengali text as "noise rows" (a line in ten on some
# pages, CER 3-4%); with the rejection off no line went missing and speckled pages are median-filtered.
EXTRA_CONFIG = "-c textord_noise_rejrows=0"
PDF_DPI = 300
DEFAULT_TIMEOUT = 120.0
A4_SHORT_SIDE_INCHES = 8.27
INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-ben (tesseract-ocr-script-beng reads better)"
# A blank line is put where the space between two text lines is taller than this share of a line.
PARAGRAPH_GAP = 0.6


def check_tesseract() -> None:
    """Raise EnvironmentMissing unless the tesseract program and a Bengali model are installed."""
    if not set(MODELS) & installed_models(pytesseract.pytesseract.tesseract_cmd):
        raise EnvironmentMissing("tesseract", f"Tesseract has no Bengali language model ({' or '.join(MODELS)}): "
                                              f"{INSTALL_HINT}")


def installed_models(tesseract_cmd: str) -> frozenset[str]:
    try:
        listed = subprocess.run([tesseract_cmd, "--list-langs"], capture_output=True, text=True, timeout=30)
    except OSError:
        raise EnvironmentMissing("tesseract", f"Tesseract OCR is not installed: {INSTALL_HINT}") from None
    return frozenset(listed.stdout.split())


def ocr_language() -> str:
    """The model pages are read with: the first of MODELS that is installed."""
    return best_model(pytesseract.pytesseract.tesseract_cmd, MODELS)


@functools.cache
def best_model(tesseract_cmd: str, models: tuple[str, ...]) -> str:
    available = installed_models(tesseract_cmd)
    return next((m for m in models if m in available), models[-1])


def ocr_image(img: Image.Image, timeout: float = DEFAULT_TIMEOUT) -> Page:
    """OCR one page image: text, mean word confidence (0..1) and words with boxes in the pixels
    of the deskewed page."""
    deadline = time.monotonic() + timeout
    dpi = resolution(img)
    page = prepare_page(img)
    words, lines = [], []
    try:
        for box in text_regions(page):
            data = recognise(page.crop(box.as_tuple()), dpi, deadline)
            region_words, region_lines = read_tsv(data, box)
            words += region_words
            lines += region_lines
    except RuntimeError as error:  # pytesseract's only signal of a timeout
        if "timeout" not in str(error):
            raise
        return Page(text="", origin="ocr", confidence=None,
                    warnings=[("ocr_timeout", f"OCR stopped after {timeout:g} s; page left empty")])
    confidences = [w.confidence for w in words if w.confidence is not None]
    return Page(text=page_text(lines), origin="ocr",
                confidence=statistics.fmean(confidences) if confidences else None, words=words)


def ocr_image_file(path: str | Path, timeout: float = DEFAULT_TIMEOUT) -> list[Page]:
    """OCR every frame of a PNG, JPEG or (multi-page) TIFF file, each turned upright by its EXIF tag."""
    return [ocr_image(frame, timeout) for frame in image_frames(path)]


def ocr_pdf_page(path: str | Path, page_index: int, timeout: float = DEFAULT_TIMEOUT) -> Page:
    """Render one PDF page (0-based) at 300 dpi and OCR it."""
    return ocr_image(render_pdf_page(path, page_index), timeout)


def render_pdf_page(path: str | Path, page_index: int, dpi: int = PDF_DPI) -> Image.Image:
    """A grey image of one PDF page; an oversized page is rendered at the resolution that fits MAX_PIXELS."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        raise InputError(str(path), f"not a readable PDF: {error}") from None
    try:
        if not 0 <= page_index < len(pdf):
            raise InputError(str(path), f"no page {page_index + 1} (the PDF has {len(pdf)})")
        page = pdf[page_index]
        try:
            width, height = page.get_size()
            scale = min(dpi / 72, math.sqrt(MAX_PIXELS / max(width * height, 1)))
            bitmap = page.render(scale=scale, grayscale=True)
            try:
                img = bitmap.to_pil().convert("L")  # a copy: the bitmap's buffer is freed below
                img.info["dpi"] = (scale * 72, scale * 72)
                return img
            finally:
                bitmap.close()
        finally:
            page.close()
    finally:
        pdf.close()


def resolution(img: Image.Image) -> int:
    """Dots per inch: as the file says when that gives a page-sized sheet, else as if the page were A4.

    Tesseract needs it (without it, lines went missing at psm 4); phones write a meaningless 72.
    """
    short_side = min(img.size)
    stated = img.info.get("dpi", (0, 0))[0]
    if stated and 3 <= short_side / stated <= 17:
        return round(stated)
    return max(round(short_side / A4_SHORT_SIDE_INCHES), 70)


def recognise(crop: Image.Image, dpi: int, deadline: float) -> dict:
    """Tesseract's word table for one region, within what is left of the page's time."""
    crop.format = "PPM"  # handed over uncompressed: writing a PNG costs a tenth of the OCR time
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise RuntimeError("Tesseract process timeout")
    try:
        return pytesseract.image_to_data(crop, lang=ocr_language(), config=f"--psm {PSM} --dpi {dpi} {EXTRA_CONFIG}",
                                         timeout=remaining, output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractNotFoundError:
        raise EnvironmentMissing("tesseract", f"Tesseract OCR is not installed: {INSTALL_HINT}") from None
    except pytesseract.TesseractError as error:
        if "loading language" in str(error):
            raise EnvironmentMissing("tesseract", f"Tesseract could not load its model: {INSTALL_HINT}") from None
        raise


def read_tsv(data: dict, box: Box) -> tuple[list[Word], list[tuple[str, Box]]]:
    """Words (boxes moved into page pixels) and text lines with their boxes, in Tesseract's order."""
    words, lines = [], {}
    for i, text in enumerate(data["text"]):
        text = bengali_letters(unicodedata.normalize("NFC", text.strip()))
        if data["level"][i] != 5 or not text:
            continue
        left, top = data["left"][i] + box.left, data["top"][i] + box.top
        right, bottom = left + data["width"][i], top + data["height"][i]
        confidence = float(data["conf"][i])
        words.append(Word(text, confidence / 100 if confidence >= 0 else None, (left, top, right, bottom)))
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        line_words, line_box = lines.get(key, ([], None))
        line_words.append(text)
        lines[key] = (line_words, union(line_box, Box(left, top, right, bottom)))
    return words, [(" ".join(ws), b) for ws, b in lines.values()]


def bengali_letters(text: str) -> str:
    """Assamese letters read by the script model (মাৰ্চ, অগ্ৰগতি) as the Bengali ones printed."""
    table = lexicon.table("ocr_confusions.json")["assamese_letters"]
    return text.translate(str.maketrans(table)) if any(ch in text for ch in table) else text


def union(a: Box | None, b: Box) -> Box:
    if a is None:
        return b
    return Box(min(a.left, b.left), min(a.top, b.top), max(a.right, b.right), max(a.bottom, b.bottom))


def page_text(lines: list[tuple[str, Box]]) -> str:
    """Lines joined by newlines, with a blank line where the page leaves a paragraph's space."""
    if not lines:
        return ""
    line_height = statistics.median(b.bottom - b.top for _, b in lines)
    out = [lines[0][0]]
    for (_, above), (text, box) in zip(lines, lines[1:]):
        if box.top - above.bottom > PARAGRAPH_GAP * line_height:
            out.append("")
        out.append(text)
    return "\n".join(out) + "\n"
