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
from collections.abc import Iterable, Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytesseract
import regex
from PIL import Image, ImageOps

from bangla_minutes.extractors import lexicon
from bangla_minutes.pipeline.read.ocr_lines import numbers_in_bengali, restore_label_separator
from bangla_minutes.pipeline.errors import EnvironmentMissing, InputError
from bangla_minutes.pipeline.read import image_tables, ink_boxes, ocr_junk, open_tables, pdf_tables, word_repair
from bangla_minutes.pipeline.read.images import MAX_PIXELS, image_frames
from bangla_minutes.pipeline.read.pages import Page, Word
from bangla_minutes.pipeline.read.preprocess import REDUCE, Box, has_coloured_ink, prepare_page, text_regions

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
# A gap between two words wider than this share of the usual row height stands for a tab. Measured on
# the whole scanned samples: spaces between letters up to 0.56 of a row, gaps between table cells and
# after a label on a tab stop 0.64 and more. Tesseract's box of a word leaves out the blank side of a
# closing sign (। ঃ , ; :) and of an opening bracket: spaces there measured up to 0.68.
WIDE_GAP = 0.6
INDENT = 2.0  # a row starting this many row heights right of its column's left edge is indented
# A label's value at the tab stop of the label rows around it (STOP_ROWS above and below, two of them
# at most STOP_SLACK row heights away) is a tab apart after a gap wider than STOP_GAP of a row height
# (a space between words measured 0.3 of a row on the same page, a long label before its stop 0.58);
# labels are at most LABEL_WORDS words ("সভার স্থান").
STOP_ROWS = 3
STOP_SLACK = 0.25
STOP_GAP = 0.45
LABEL_WORDS = 3
WIDE_GAP_AT_SIGN = 1.0
# Cells of a ruled table whose words run this far past a ruling are read again (cells_read_again), each
# alone, this far inside its rulings and with this much paper around it.
CROSS_SLACK_INCHES = 0.05
CELL_INSET_INCHES = 0.02
CELL_MARGIN_INCHES = 0.1
_SIGN_BEFORE = regex.compile(r"[।ঃ:,;.)\]-]$")
_SIGN_AFTER = regex.compile(r"^[(\[]")
_RULING_GLYPHS = regex.compile(r"[|\[\]{}!Il_—–-]+")  # what is left of an erased ruling, read in a cell alone


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


def ocr_image(img: Image.Image, timeout: float = DEFAULT_TIMEOUT, data_columns: int | None = None,
              open_columns: tuple[float, ...] = ()) -> Page:
    """OCR one page image: text, mean word confidence (0..1) and words with boxes in the pixels
    of the deskewed page, in the order of the text. Tables, ruled (image_tables) or not (open_tables),
    are read cell by cell and written one line a row; `data_columns`: the column count of the last
    data table of the pages before (a table continued from there has no header row), `open_columns`:
    the column boundaries of a table without rulings that ran to the foot of the page before; both
    returned updated in the Page."""
    deadline = time.monotonic() + timeout
    dpi = resolution(img)
    page = prepare_page(img)
    tables, rulings = image_tables.find_tables(page, dpi)
    if tables:
        page = image_tables.erased(page, rulings)
    rows, lefts = [], []
    try:
        for box in text_regions(page):
            data = recognise(page.crop(box.as_tuple()), dpi, deadline)
            region = side_by_side_lines_joined(read_tsv(data, box))
            rows += region
            lefts += [left_edge(region)] * len(region)
        for table in tables:
            rows, lefts = cells_read_again(page, table, rows, lefts, dpi, deadline)
    except RuntimeError as error:  # pytesseract's only signal of a timeout
        if "timeout" not in str(error):
            raise
        return Page(text="", origin="ocr", confidence=None,
                    warnings=[("ocr_timeout", f"OCR stopped after {timeout:g} s; page left empty")])
    words = [word for row in rows for word in row]
    confidences = [w.confidence for w in words if w.confidence is not None]
    text = page_text(rows, lefts)
    fitted = ink_boxes.fitted(rows, page)
    unruled, open_columns = open_tables.find_tables(cell_lines([w for row in fitted for w in row]),
                                                    [t.box for t in tables], open_columns)
    tables += unruled
    if tables:
        tables.sort(key=lambda table: table.box[1])
        text, data_columns = pdf_tables.text_with_tables(tables, words_in(rows, fitted), *page.size, data_columns)
    return Page(text=text, origin="ocr", confidence=statistics.fmean(confidences) if confidences else None,
                words=words, data_columns=data_columns, open_columns=open_columns)


def cells_read_again(page: Image.Image, table, rows: list[list[Word]], lefts: list[float], dpi: int,
                     deadline: float) -> tuple[list[list[Word]], list[float]]:
    """The cells of a ruled table's row where a word read on the page runs across a column's ruling, each
    read again alone (cell_read_alone), their words replacing the page's. Read as one block, Tesseract
    took a word at the end of a cell's line together with the next cell's first word as one word whose
    box spanned the erased ruling (the next cell's text lost: a deadline column without its dates, or
    its words put into the wrong column). Only those cells: measured on real scans, a column read alone
    lost the row's context (a narrow serial column read ০১. as 0১,), and a row read with its columns set
    apart read its words worse (ascenders cut: প্রকোশলা for প্রকৌশলী)."""
    slack = CROSS_SLACK_INCHES * dpi
    words = [w for row in rows for w in row]
    for cells in table.rows:
        spans = [k for k, cell in enumerate(cells) if cell]
        crossed: set[int] = set()
        for k in spans:
            cell = cells[k]
            for w in words:
                if not centre_in(w.box, cell):
                    continue
                if w.box[2] > cell[2] + slack or w.box[0] < cell[0] - slack:
                    crossed |= {j for j in spans if cells[j][0] < w.box[2] and w.box[0] < cells[j][2]}
        if not crossed:
            continue
        again = []
        for k in sorted(crossed):
            again += cell_read_alone(page, cells[k], dpi, deadline)
        kept = [([w for w in row if not any(centre_in(w.box, cells[k]) for k in crossed)], left)
                for row, left in zip(rows, lefts)]
        kept = [(row, left) for row, left in kept if row]
        rows, lefts = [row for row, _ in kept], [left for _, left in kept]
        region = side_by_side_lines_joined(again)
        rows += region
        lefts += [left_edge(region)] * len(region)
        words = [w for row in rows for w in row]
    return rows, lefts


def cell_read_alone(page: Image.Image, cell, dpi: int, deadline: float) -> list[list[Word]]:
    """The lines of one cell read alone (inside its rulings, with paper around it), in page pixels."""
    inset = max(round(CELL_INSET_INCHES * dpi), 1)  # the erased ruling's ragged edge stays out
    box = Box(round(cell[0]) + inset, round(cell[1]) + inset, round(cell[2]) - inset, round(cell[3]) - inset)
    if box.right - box.left < 2 * inset or box.bottom - box.top < 2 * inset:
        return []
    pad = round(CELL_MARGIN_INCHES * dpi)
    alone = ImageOps.expand(page.crop(box.as_tuple()), pad, fill=255)
    lines = read_tsv(recognise(alone, dpi, deadline), Box(box.left - pad, box.top - pad, box.right, box.bottom))
    lines = [[w for w in line if not _RULING_GLYPHS.fullmatch(w.text)] for line in lines]
    return [line for line in lines if line]


def words_in(rows: list[list[Word]], fitted: list[list[Word]] | None = None):
    """pdf_tables' region reader over OCR'd words: the page text of the words whose centres lie in a box
    (layout kept: rows and tabs, as Tesseract boxed them), or a cell's words as one line (placed by their
    boxes fitted to the ink, `fitted`: the rows' words in the same order)."""
    fitted = fitted or rows

    def region_text(box: tuple[float, float, float, float], layout: bool) -> str:
        if layout:
            inside = [[w for w in row if centre_in(w.box, box)] for row in rows]
            return page_text([row for row in inside if row])
        return " ".join(w.text for line in cell_lines([w for row in fitted for w in row if centre_in(w.box, box)])
                        for w in line)
    return region_text


def centre_in(box, region) -> bool:
    return region[0] <= (box[0] + box[2]) / 2 <= region[2] and region[1] <= (box[1] + box[3]) / 2 <= region[3]


def cell_lines(words: list[Word]) -> list[list[Word]]:
    """Words in reading order: lines top to bottom, each left to right. A word joins the last line when
    its middle is within half a word's height of the middle of that line's word nearest to it across
    the page: on a page turned less than preprocess.STRAIGHT_ENOUGH (left unturned) a table's header
    line runs 35 pixels downhill over its width, and its last cell was measured 24 pixels off the
    line's mean middle."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=_middle):
        if lines:
            nearest = min(lines[-1], key=lambda w: abs(_centre_x(w) - _centre_x(word)))
            height = min(word.box[3] - word.box[1], nearest.box[3] - nearest.box[1])
            if abs(_middle(word) - _middle(nearest)) < height / 2:
                lines[-1].append(word)
                continue
        lines.append([word])
    return [sorted(line, key=lambda w: w.box[0]) for line in lines]


def _middle(word: Word) -> float:
    return (word.box[1] + word.box[3]) / 2


def _centre_x(word: Word) -> float:
    return (word.box[0] + word.box[2]) / 2


def ocr_image_file(path: str | Path, timeout: float = DEFAULT_TIMEOUT) -> list[Page]:
    """OCR every frame of a PNG, JPEG or (multi-page) TIFF file, each turned upright by its EXIF tag."""
    return list(ocr_images(image_frames(path), timeout))


def ocr_images(images: Iterable[Image.Image], timeout: float = DEFAULT_TIMEOUT) -> Iterator[Page]:
    """OCR the page images of one document in order, each page told what table runs on into it from
    the page before (ocr_image's data_columns and open_columns)."""
    data_columns, open_columns = None, ()
    for image in images:
        page = ocr_image(image, timeout, data_columns, open_columns)
        data_columns, open_columns = page.data_columns, page.open_columns
        yield page


def ocr_pdf_page(path: str | Path, page_index: int, timeout: float = DEFAULT_TIMEOUT,
                 data_columns: int | None = None, open_columns: tuple[float, ...] = ()) -> Page:
    """Render one PDF page (0-based) at 300 dpi and OCR it."""
    return ocr_image(render_pdf_page(path, page_index), timeout, data_columns, open_columns)


def render_pdf_page(path: str | Path, page_index: int, dpi: int = PDF_DPI) -> Image.Image:
    """An image of one PDF page: in colour where the page holds coloured ink (a signature or seal that
    prepare_page takes off by its colour, which a grey rendering would lose), else grey; an oversized page is
    rendered at the resolution that fits MAX_PIXELS."""
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
            bitmap = page.render(scale=scale, grayscale=not _has_coloured_ink(page, scale))
            try:
                img = bitmap.to_pil()
                img = img.convert("RGB" if img.mode != "L" else "L")  # a copy: the bitmap's buffer is freed below
                img.info["dpi"] = (scale * 72, scale * 72)
                return img
            finally:
                bitmap.close()
        finally:
            page.close()
    finally:
        pdf.close()


def _has_coloured_ink(page: pdfium.PdfPage, scale: float) -> bool:
    """Whether the page holds coloured ink, seen on a rendering at a quarter of `scale` (a grey page is
    then rendered grey by pdfium, as Tesseract's thresholds were tuned on)."""
    small = page.render(scale=scale / REDUCE)
    try:
        return has_coloured_ink(small.to_pil().convert("RGB"), reduce=1)
    finally:
        small.close()


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


def read_tsv(data: dict, box: Box) -> list[list[Word]]:
    """Tesseract's text lines as lists of words, boxes moved into page pixels, in Tesseract's order,
    misread vowel signs put right (word_repair), junk tokens dropped (ocr_junk), list numbers read in
    Latin look-alikes put in Bengali digits (ocr_lines)."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for i, text in enumerate(data["text"]):
        text = word_repair.repaired(bengali_letters(unicodedata.normalize("NFC", text.strip())))
        if data["level"][i] != 5 or not text:
            continue
        left, top = data["left"][i] + box.left, data["top"][i] + box.top
        confidence = float(data["conf"][i])
        word = Word(text, confidence / 100 if confidence >= 0 else None,
                    (left, top, left + data["width"][i], top + data["height"][i]))
        lines.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(word)
    return [numbers_in_bengali(line) for line in map(ocr_junk.without_junk, lines.values()) if line]


def side_by_side_lines_joined(lines: list[list[Word]]) -> list[list[Word]]:
    """The rows of one region, top to bottom: Tesseract reads the cells of a table row that wrap
    onto several lines column by column, as separate lines; lines that stand side by side on the
    page are one row again, left to right (each line's words kept in Tesseract's order)."""
    rows: list[list[list[Word]]] = []
    for line in lines:
        box = bounds(line)
        row = next((r for r in rows if all(beside(bounds(other), box) for other in r)), None)
        if row is None:
            rows.append([line])
        else:
            row.append(line)
    rows.sort(key=lambda r: middle(bounds([w for line in r for w in line])))
    return [[w for line in sorted(r, key=lambda line: bounds(line).left) for w in line] for r in rows]


def bounds(words: list[Word]) -> Box:
    return Box(min(w.box[0] for w in words), min(w.box[1] for w in words),
               max(w.box[2] for w in words), max(w.box[3] for w in words))


def middle(box: Box) -> float:
    return (box.top + box.bottom) / 2


def beside(a: Box, b: Box) -> bool:
    """On the same row (middles less than half a line apart) and apart from each other across it."""
    same_row = abs(middle(a) - middle(b)) < min(a.bottom - a.top, b.bottom - b.top) / 2
    return same_row and (a.right <= b.left or b.right <= a.left)


def bengali_letters(text: str) -> str:
    """Assamese letters read by the script model (মাৰ্চ, অগ্ৰগতি) as the Bengali ones printed, and signs
    minutes do not print as the ones they stand for (৷ for the danda)."""
    table = _unprinted_lookalikes()
    return text.translate(table) if any(chr(code) in text for code in table) else text


@functools.cache
def _unprinted_lookalikes() -> dict[int, str]:
    confusions = lexicon.table("ocr_confusions.json")
    return str.maketrans(confusions["assamese_letters"] | confusions["unprinted_lookalikes"])


def page_text(rows: list[list[Word]], lefts: list[float] | None = None) -> str:
    """Rows joined by newlines, with a blank line where the page leaves a paragraph's space. Within
    a row, words stand a space apart, or a tab apart where the page leaves a wide gap (cells of a
    table, a label and its value on tab stops, a memo number and its date), as in typed minutes. A row
    that starts well right of its column's left edge (`lefts`: per row; default the rows' leftmost)
    opens with a tab, as typed: a header value wrapped onto the value column's next line."""
    if not rows:
        return ""
    line_height = statistics.median(bounds(row).bottom - bounds(row).top for row in rows)
    lefts = lefts or [left_edge(rows)] * len(rows)
    rows = labels_on_first_lines(rows, lefts, line_height)
    boxes = [bounds(row) for row in rows]
    stops = [tab_stops(rows[max(i - STOP_ROWS, 0):i] + rows[i + 1:i + 1 + STOP_ROWS], line_height)
             for i in range(len(rows))]

    def line(i: int) -> str:
        indent = "\t" if boxes[i].left - lefts[i] > INDENT * line_height else ""
        return indent + row_text(rows[i], line_height, stops[i])

    out = [line(0)]
    for i in range(1, len(rows)):
        if boxes[i].top - boxes[i - 1].bottom > PARAGRAPH_GAP * line_height:
            out.append("")
        out.append(line(i))
    return "\n".join(out) + "\n"


def tab_stops(rows: list[list[Word]], line_height: float) -> list[float]:
    """Where the values of label rows start: the first word after a wide gap that follows a label (at
    most LABEL_WORDS words) in these rows."""
    stops = []
    for row in rows:
        for k in range(1, min(len(row), LABEL_WORDS + 1)):
            if row[k].box[0] - row[k - 1].box[2] > WIDE_GAP * line_height:
                stops.append(row[k].box[0])
                break
    return stops


def labels_on_first_lines(rows: list[list[Word]], lefts: list[float], line_height: float) -> list[list[Word]]:
    """Label tables as e-Nothi prints them: the label is set in the middle of its value's cell, so a
    value of two lines (a name, then a designation) comes out as the value's first line alone at the
    value column, then the label with the second. The label goes back to its value's first line (the
    header extractor reads "label, value, indented continuation" as typed minutes have it)."""
    rows = list(rows)
    for i in range(len(rows) - 1):
        above, below = bounds(rows[i]), bounds(rows[i + 1])
        indented = above.left - lefts[i] > INDENT * line_height
        if not indented or below.top - above.bottom > PARAGRAPH_GAP * line_height:
            continue
        split = next((k for k in range(1, len(rows[i + 1]))
                      if abs(rows[i + 1][k].box[0] - above.left) <= line_height / 2), None)
        if split and is_raised_label(rows[i + 1][:split], rows[i + 1][split:], lefts[i + 1], line_height):
            rows[i], rows[i + 1] = rows[i + 1][:split] + rows[i], rows[i + 1][split:]
    return rows


def is_raised_label(label: list[Word], value: list[Word], left: float, line_height: float) -> bool:
    """Words at the column's left edge, a tab stop apart from the value, whose top stands higher than
    the value's beside them (set in the middle of a taller cell; tops of one printed line lie within a
    few pixels, while the middle of a tall label's box may not)."""
    label_box, value_box = bounds(label), bounds(value)
    return (label_box.left - left <= line_height / 2 and value_box.left - label_box.right > WIDE_GAP * line_height
            and value_box.top - label_box.top >= line_height / 3)


def left_edge(rows: list[list[Word]]) -> float:
    """Where the rows of a column start: the leftmost start shared by two rows (a lone mark in the margin,
    a handwritten number or initials, is no edge); the leftmost start when no two rows share one."""
    if not rows:
        return 0.0
    boxes = [bounds(row) for row in rows]
    tolerance = statistics.median(b.bottom - b.top for b in boxes) / 2
    starts = sorted(b.left for b in boxes)
    return next((a for a, b in zip(starts, starts[1:]) if b - a <= tolerance), starts[0])


def row_text(row: list[Word], line_height: float, stops: list[float] = ()) -> str:
    """The row's words, a space apart, or a tab where the gap between them is wide, or where a label's
    value starts at the tab stop of the label rows around it after more than a space (a long label
    leaves less room before the stop than a short one)."""
    text = row[0].text
    for k, (before, word) in enumerate(zip(row, row[1:]), 1):
        at_sign = _SIGN_BEFORE.search(before.text) or _SIGN_AFTER.search(word.text)
        wide = (WIDE_GAP_AT_SIGN if at_sign else WIDE_GAP) * line_height
        gap = word.box[0] - before.box[2]
        at_stop = k <= LABEL_WORDS and gap > STOP_GAP * line_height and \
            sum(abs(word.box[0] - stop) <= STOP_SLACK * line_height for stop in stops) >= 2
        tab = (gap > wide or at_stop) and not _closes_bracket(text, word.text)
        text += ("\t" if tab else "" if _beside_slash(before.text, word.text) else " ") + word.text
    return restore_label_separator(text)


def _beside_slash(before: str, word: str) -> bool:
    """Tesseract splits a word at a slash ("সচিব/ যুগ্মসচিব", "বিভাগ-১/ ২" on clean typeset pages,
    samples/scan_draws.py seed 4202); minutes print the slash between two words without a space."""
    return before.endswith("/") or word.startswith("/")


def _closes_bracket(text: str, word: str) -> bool:
    """The word closes a bracket opened in the cell before it: a wide gap inside "(শিক্ষা ও আইসিটি)" is
    no cell boundary (seen on a typeset signature, samples/scan_draws.py seed 4202)."""
    cell = text.rsplit("\t", 1)[-1]
    return cell.count("(") > cell.count(")") and ")" in word and "(" not in word
