"""Pages of a PDF: per page the best text layer, Bijoy runs converted, or OCR where no layer is usable.

No extractor is right for every PDF writer as it comes (measured on samples/pdf/, mean CER
against the source over 24 samples): bare pypdfium2 breaks words of Chromium PDFs (15%) at /ActualText
spans, poppler `pdftotext -layout` puts a space inside words of fpdf2 PDFs (8%) and a stray one in
Chromium and LibreOffice PDFs ("বোর্ডে র", "412 তম": 0.15%). pypdfium2 with its spaces put where the
page draws space glyphs and each span read once (`pdfium_chars`) reads all three writers at 0.003%.
A page whose pypdfium2 text is clean is taken as it is; any other page gets both candidates, scored
by `text_quality`, and the better one is kept (on a tie the one with fewer broken words, then
pypdfium2): a writer unlike these may break either.
Each candidate is repaired where its writer's failure is known: poppler's stray spaces inside words,
pypdfium2's missing layout (wide gaps, blank lines between paragraphs) and out-of-order signs.

Pages are streamed: one pypdfium2 page open at a time, poppler run on batches of pages.
"""
from __future__ import annotations

import ctypes
import statistics
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import takewhile

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import regex

from bangla_minutes.pipeline.read import pdf_tables
from bangla_minutes.pipeline.read.pdf_tables import Box
from bangla_minutes.pipeline.errors import EnvironmentMissing, InputError
from bangla_minutes.extractors.text import LIST_ITEM, SPACES
from bangla_minutes.pipeline.read.pages import OCR_MODES, OcrMode, Page
from bangla_minutes.pipeline.read.pdfium_chars import Char, page_chars
from bangla_minutes.pipeline.read.text_quality import TextQuality, assess

USABLE_SCORE = 0.7        # below it a text layer is not trusted (good layers score >= 0.9, broken <= 0.45)
CLEAN_SCORE = 1.0         # no junk, no malformed words, no more fragments than real minutes have
SCAN_COVER = 0.8          # an image over this share of the page makes it a scan
WIDE_GAP_POINTS = 24.0    # a gap this wide inside a line separates two texts (memo number | date)
TOUCH_POINTS = 1.0        # words closer than this are one (pdftotext -tsv splits off punctuation)
PARAGRAPH_PITCH = 1.6     # lines this many usual line pitches apart have a blank line between them
FULL_LINE_CHARS = 20      # lines this long give the width of a character column
DEFAULT_COLUMN_POINTS = 5.0  # ... and without such lines (12 pt Bengali: 4.7-6 pt a character)
MIN_SPACE_POINTS = 1.0    # a space glyph narrower than this gives no measure of a space
SPACED_GAP_POINTS = 16.0  # a gap this wide with fewer space glyphs than its width holds ...
SPACED_EXTRA = 4          # ... by this many spaces separates two texts: typed columns, not prose
MIN_GAP_SPACES = 4        # a wide gap is at least this many spaces: columns (3+ spaces) stay apart
POPPLER_BATCH = 25        # pages per pdftotext call: few processes, bounded output
REOPEN_PAGES = 100        # pdfium and pdfminer cache every object they parse: reopen to bound memory


def read_pdf_pages(path: str, ocr: OcrMode = "auto") -> Iterator[Page]:
    """Yield the PDF's pages in order. `ocr`: "auto" (per page), "never" or "always"."""
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    document = open_pdf(path)
    reader = PdfReader(path, document)
    try:
        for index in range(len(document)):
            yield reader.page(index, ocr)
    finally:
        reader.close()


def open_pdf(path: str) -> pdfium.PdfDocument:
    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise InputError(path, "encrypted PDF (a password is needed to open it)") from error
        if _has_no_pages(path):  # PDFium refuses these without an error of its own: its last one is stale
            raise InputError(path, "PDF has no pages") from None
        raise InputError(path, f"corrupt or truncated PDF ({error})") from error
    if len(document) == 0:
        document.close()
        raise InputError(path, "PDF has no pages")
    return document


def _has_no_pages(path: str) -> bool:
    """Whether pdfminer reads the file as a well-formed PDF of no pages."""
    try:
        with pdfplumber.open(path) as pdf:
            return len(pdf.pages) == 0
    except Exception:  # pdfminer fails on broken files with any kind of error
        return False


class PdfReader:
    """One open PDF: its pypdfium2 document, poppler's text by batch, pdfplumber when needed."""

    def __init__(self, path: str, document: pdfium.PdfDocument):
        self.path = path
        self.document = document
        self.poppler = PopplerText(path, len(document))
        self._plumber = None
        self.data_columns: int | None = None  # column count of the last data table read
        self.open_columns: tuple[float, ...] = ()  # OCR: a table without rulings running on over the page

    @property
    def plumber(self) -> pdfplumber.PDF:
        if self._plumber is None:
            self._plumber = pdfplumber.open(self.path)
        return self._plumber

    def close(self) -> None:
        if self._plumber is not None:
            self._plumber.close()
            self._plumber = None
        self.document.close()

    def page(self, index: int, ocr: OcrMode) -> Page:
        if index and index % REOPEN_PAGES == 0:
            self.close()
            self.document = open_pdf(self.path)
        if ocr == "always":
            return self.ocr(index)
        page, problem = self.text_layer(index)
        if problem is None:
            return page
        if ocr == "never":
            return Page("", "pdf_text_layer",
                        warnings=[("page_text_unreliable", f"page {index + 1}: {problem}; not OCR'd")])
        return self.ocr(index)

    def ocr(self, index: int) -> Page:
        page = ocr_page(self.path, index, self.data_columns, self.open_columns)
        self.data_columns, self.open_columns = page.data_columns, page.open_columns
        return page

    def text_layer(self, index: int) -> tuple[Page | None, str | None]:
        """The page read from its text layer, or why the layer cannot be used."""
        pdfium_page = self.document[index]
        try:
            inventory = Inventory.of(pdfium_page)
            best = PdfiumCandidate.of(pdfium_page)
            if best.quality.score < CLEAN_SCORE:  # on a clean page poppler can do no better
                poppler = PopplerCandidate(self.path, index, self.poppler.page(index))
                best = max([best, poppler], key=preference)  # max keeps the first (pdfium) on a tie
        finally:
            pdfium_page.close()
        if any(is_bijoy_font(font) for font in inventory.fonts):
            text = self.with_plumber_page(index, bijoy_page_text)
            problem = unreliable_reason(assess(text), inventory)
            return (None, problem) if problem else (Page(text, "legacy_bijoy"), None)
        problem = unreliable_reason(best.quality, inventory)
        if problem:
            return None, problem
        return Page(self.text_with_tables(index, best, inventory), "pdf_text_layer"), None

    def text_with_tables(self, index: int, candidate, inventory: "Inventory") -> str:
        tables = self.with_plumber_page(index, pdf_tables.find_tables) if inventory.paths else []
        if not tables:  # (no ruling lines, no table)
            return candidate.text
        text, self.data_columns = pdf_tables.text_with_tables(
            tables, candidate.region_text, inventory.width, inventory.height, self.data_columns)
        return text

    def with_plumber_page(self, index: int, function):
        page = self.plumber.pages[index]
        try:
            return function(page)
        finally:
            page.close()  # drops pdfplumber's cached layout objects


def preference(candidate) -> tuple[float, float]:
    """Higher is better: the quality score, then fewer words broken into fragments (a stray space
    inside a word or two costs CER without lowering the score: "আশরাফু ল"). Shares a percentage point
    apart tie: a space inside a longer word ("কর্তৃ পক্ষের") makes more words and lowers the share."""
    return round(candidate.quality.score, 2), -round(candidate.quality.fragment_share, 2)


def unreliable_reason(quality: TextQuality, inventory: "Inventory") -> str | None:
    """Why a page's text layer cannot be used, or None when it can."""
    if quality.chars == 0:
        if inventory.image_cover > 0.3 or inventory.paths > 50:
            return "no text layer over the page's drawing"
        return None  # a blank page
    if inventory.image_cover >= SCAN_COVER and quality.latin_only:
        return "a Latin-only text layer over a page-sized image (an OCR layer of a scan)"
    if quality.score < USABLE_SCORE:
        return f"text layer of poor quality (score {quality.score:.2f})"
    return None


def ocr_page(path: str, index: int, data_columns: int | None = None, open_columns: tuple[float, ...] = ()) -> Page:
    from bangla_minutes.pipeline.read import tesseract  # late: Tesseract is only needed when a page needs it
    return tesseract.ocr_pdf_page(path, index, data_columns=data_columns, open_columns=open_columns)


def is_bijoy_font(fontname: str) -> bool:
    from bangla_minutes.pipeline.read import bijoy
    return bijoy.is_bijoy_font(fontname)


# --- what a page holds ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Inventory:
    fonts: frozenset[str]  # base font names of the text objects, subset prefixes kept
    image_cover: float     # the largest image's share of the page area
    paths: int             # vector path objects (ruling lines, boxes, outlined text)
    width: float
    height: float

    @classmethod
    def of(cls, page: pdfium.PdfPage) -> "Inventory":
        width, height = page.get_size()
        fonts: dict[int, str] = {}  # font handle -> name: a page's text objects share a few fonts
        cover, paths = 0.0, 0
        for obj in page.get_objects():
            if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
                font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
                handle = ctypes.cast(font, ctypes.c_void_p).value or 0
                if handle not in fonts:
                    fonts[handle] = font_name(font) if font else ""
            elif obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                left, bottom, right, top = obj.get_bounds()
                cover = max(cover, (right - left) * (top - bottom) / (width * height))
            elif obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
                paths += 1
        return cls(frozenset(fonts.values()), cover, paths, width, height)


def font_name(font) -> str:
    size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
    buffer = (pdfium_c.c_char * size)()
    pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
    return buffer.value.decode("utf-8", "replace")


# --- candidates ----------------------------------------------------------------------------------

class PopplerText:
    """`pdftotext -layout` output, fetched POPPLER_BATCH pages at a time, its split words healed."""

    def __init__(self, path: str, page_count: int):
        self.path = path
        self.page_count = page_count
        self.first = 0
        self.pages: list[str] = []

    def page(self, index: int) -> str:
        if not self.first <= index < self.first + len(self.pages):
            self.first = index
            last = min(index + POPPLER_BATCH, self.page_count)
            layout = pdftotext(self.path, index, last, "-layout").split("\f")
            raw = pdftotext(self.path, index, last, "-raw").split("\f")
            self.pages = [heal_split_words(text, raw_text) for text, raw_text in zip(layout, raw)]
        return self.pages[index - self.first] if index - self.first < len(self.pages) else ""


_INNER_SPACE = regex.compile(r"(\S*\p{Bengali}) (?=(\p{Bengali}\S*))")


def heal_split_words(layout: str, raw: str) -> str:
    """Drop the spaces that layout mode put inside a word: "(ভূ মি)" where the content-order text
    (`-raw`, which has no layout) reads "(ভূমি)", and after a syllable that cannot stand alone
    ("কৃ ষি"). Chromium's PDFs cause them around vowel signs."""
    raw = SPACES.sub(" ", raw)

    def space(match: regex.Match) -> str:
        left, right = match.group(1), match.group(2)
        inside_word = left + right in raw and f"{left} {right}" not in raw
        return left if inside_word else left + " "

    return _DANGLING_SYLLABLE.sub(r"\1", _INNER_SPACE.sub(space, layout))


# one consonant cluster with a below-base vowel sign standing alone ("কৃ ষি", "স্কু ল") is no Bengali
# word but the head of the next one, cut off by a stray space
_CONSONANT = r"[\u0995-\u09b9\u09ce\u09dc-\u09df]\u09bc?"
_DANGLING_SYLLABLE = regex.compile(
    rf"(?<!\p{{Bengali}})({_CONSONANT}(?:\u09cd{_CONSONANT})*[\u09c1-\u09c3]) (?=\p{{Bengali}})")


def pdftotext(path: str, first: int, last: int, *options: str,
              crop: Box | None = None) -> str:
    """Text of pages first..last-1 (0-based), with pdftotext's options ("-layout", "-raw", "-tsv");
    crop = (x0, top, x1, bottom) in points."""
    command = ["pdftotext", "-q", "-enc", "UTF-8", "-f", str(first + 1), "-l", str(last), *options]
    if crop:
        x0, top, x1, bottom = crop
        command += ["-r", "72", "-x", str(int(x0)), "-y", str(int(top)),
                    "-W", str(int(x1 - x0 + 1)), "-H", str(int(bottom - top + 1))]
    try:
        done = subprocess.run(command + [path, "-"], capture_output=True, timeout=120)
    except FileNotFoundError as error:
        raise EnvironmentMissing(path, "pdftotext not found: install poppler-utils") from error
    return done.stdout.decode("utf-8", "replace")


class PopplerCandidate:
    def __init__(self, path: str, index: int, text: str):
        self.path, self.index, self.text = path, index, text

    @cached_property
    def quality(self) -> TextQuality:
        return assess(self.text)

    def region_text(self, box: Box, layout: bool) -> str:
        if layout:
            return pdftotext(self.path, self.index, self.index + 1, "-layout", crop=box).rstrip("\f")
        return join_words([word for word in self.words if centre_inside(word[0], box)])

    @cached_property
    def words(self) -> list[tuple[Box, str]]:
        """The page's words with their boxes, in reading order (one pdftotext call for all cells)."""
        words = []
        for line in pdftotext(self.path, self.index, self.index + 1, "-tsv").splitlines()[1:]:
            fields = line.split("\t")
            if len(fields) == 12 and fields[0] == "5":  # level 5: a word
                left, top, width, height = map(float, fields[6:10])
                words.append(((left, top, left + width, top + height), fields[11]))
        return words


def join_words(words: list[tuple[Box, str]]) -> str:
    """Words joined with a space, except where they touch: pdftotext's TSV makes "-" and "," words of
    their own ("প্রাক", "-", "মৌসুম"), and a space would come between."""
    out, previous = [], None
    for box, text in words:
        touching = previous is not None and abs(box[1] - previous[1]) < (box[3] - box[1]) / 2 \
            and box[0] - previous[2] < TOUCH_POINTS
        out.append(text if touching or previous is None else " " + text)
        previous = box
    return "".join(out)


def centre_inside(box: Box, region: Box) -> bool:
    x0, top, x1, bottom = region
    return x0 <= (box[0] + box[2]) / 2 <= x1 and top <= (box[1] + box[3]) / 2 <= bottom


class PdfiumCandidate:
    """pypdfium2's characters with their boxes (see `pdfium_chars`)."""

    def __init__(self, chars: list[Char], page_width: float | None = None):
        self.chars = chars
        self.page_width = page_width

    @classmethod
    def of(cls, page: pdfium.PdfPage) -> "PdfiumCandidate":
        return cls(reattach_marks(page_chars(page)), page.get_width())

    @cached_property
    def text(self) -> str:
        return chars_text(self.chars, self.page_width)

    @cached_property
    def quality(self) -> TextQuality:
        return assess(self.text)

    def region_text(self, box: Box, layout: bool) -> str:
        # pdfium's generated spaces and line breaks carry no box: keep them, the caller trims
        inside = [c for c in self.chars if c.text.isspace() or centre_inside(c.box, box)]
        return chars_text(inside, self.page_width)


_MARKS = frozenset("\u0981\u09bc\u09c1\u09c2\u09c3\u09c4\u09cd\u09e2\u09e3")  # drawn on a letter


def reattach_marks(chars: list[Char]) -> list[Char]:
    """Put a below- or above-base sign (ু ূ ৃ ঁ ...) that a writer emitted out of order (fpdf2: at the
    end of the line) back after the letter it is drawn on: "আজিজল হক ু" -> "আজিজুল হক". A glyph mapped
    to several characters ("্যু", one glyph for ya-phala and u) moves whole ("বিদৎ ... ঢাকা্যু" ->
    "বিদ্যুৎ ... ঢাকা"). Signs on one letter keep Unicode's order: nukta, virama, vowel sign, candrabindu
    ("ভঁূ" -> "ভূঁ")."""
    out: list[Char] = []
    for glyph in _glyphs(chars):
        base = drawn_on(out, glyph[0]) if glyph[0].text in _MARKS else None
        if base is None:
            out += glyph
            continue
        rank = _MARK_RANK.get(glyph[0].text, 2)
        while base + 1 < len(out) and out[base + 1].text in _MARKS and _MARK_RANK.get(out[base + 1].text, 2) <= rank:
            base += 1  # after the signs that come first on that letter (a nukta first)
        out[base + 1:base + 1] = glyph
    for i in range(len(out) - 1):  # a candrabindu drawn before the vowel sign under the same letter
        if out[i].text == "\u0981" and out[i + 1].text in _MARKS and _MARK_RANK.get(out[i + 1].text, 2) == 2:
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


# Unicode's order of the signs on one letter: nukta, virama (and the letter it joins), vowel sign, candrabindu.
_MARK_RANK = {"\u09bc": 0, "\u09cd": 1, "\u0981": 3}


def _glyphs(chars: list[Char]) -> list[list[Char]]:
    """The characters grouped by the glyph that drew them: one glyph's characters share its box."""
    groups: list[list[Char]] = []
    for char in chars:
        if groups and not char.text.isspace() and groups[-1][0].text in _MARKS and char.box == groups[-1][-1].box:
            groups[-1].append(char)
        else:
            groups.append([char])
    return groups


def drawn_on(line: list[Char], mark: Char) -> int | None:
    """Index of the letter of the current line that a misplaced mark is drawn on, None when the mark
    is in place (drawn on or after the last character)."""
    centre = (mark.box[0] + mark.box[2]) / 2
    last = next((c for c in reversed(line) if not c.text.isspace()), None)
    if last is None or centre >= last.box[0]:
        return None
    for index in range(len(line) - 1, -1, -1):
        char = line[index]
        if char.text == "\n":
            return None
        if char.box[0] <= centre <= char.box[2] and "\u0985" <= char.text <= "\u09df" \
                and char.text not in _MARKS and touches(mark, char):
            return index
    return None


def touches(mark: Char, letter: Char) -> bool:
    """The mark's box meets the letter's vertically (a below-base sign hangs from its letter)."""
    return mark.box[1] <= letter.box[3] + 2 and mark.box[3] >= letter.box[1] - 2


_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}]")


def chars_text(chars: list[Char], page_width: float | None = None) -> str:
    """Join pdfium's characters as poppler's layout mode would: text after a wide gap inside a line
    goes to the column its position gives (a memo number and its date printed left and right stay
    apart; blocks side by side keep their columns), and a wide gap between lines becomes a blank line
    (paragraphs stay apart). A word wrapped after its hyphen or slash is joined again, and so is the end
    of a line of blocks side by side that the writer wrapped (`columns_wrapped`; the right margin is taken
    as wide as the left one on a page `page_width` wide)."""
    lines = split_lines(chars)
    ink = [c for c in chars if not c.text.isspace()]
    left, right = min((c.box[0] for c in ink), default=0.0), max((c.box[2] for c in ink), default=0.0)
    width = column_width(lines)
    # where a full line ends: the right margin as wide as the left, or the text's own right edge; lines
    # of proportional type end unevenly, by up to two characters (columns_wrapped's slack)
    margin = max(right, page_width - left) if page_width else right
    texts = [line_text(line, left, width) for line in lines]
    pitch = typical_pitch([bottom for _, bottom in texts])
    out = texts[0][0]
    for number in range(1, len(texts)):
        (text, bottom), above = texts[number], texts[number - 1][1]
        if wrapped_inside_word(lines[number - 1], lines[number], right):
            out += text
            continue
        if columns_wrapped(lines[number - 1], lines[number], left, margin, 2 * width) and not LIST_ITEM.match(text):
            out += " " + text.strip()
            continue
        gap = pitch and bottom is not None and above is not None and bottom - above > PARAGRAPH_PITCH * pitch
        out += ("\n\n" if gap else "\n") + text
    return out


def wrapped_inside_word(line: list[Char], below: list[Char], right: float) -> bool:
    """Was the line wrapped after the hyphen or slash inside a word ("মাদারীপুর-|শরীয়তপুর",
    "বিনষ্টকরণ/|পরিষ্কার")? Then it ends in that sign, with no space glyph after it (`pdfium_chars` keeps
    the one a line was wrapped at: "করে- |সেবা"), and the next line's first word would not have fitted
    in the room left at its end (else the line ended there: "-২-")."""
    if len(line) < 2 or line[-1].text not in "-/" or not below or not _WORD_CHAR.match(line[-2].text) \
            or not _WORD_CHAR.match(below[0].text):
        return False
    word = list(takewhile(lambda c: not c.text.isspace(), below))
    return word[-1].box[2] - word[0].box[0] > right - line[-1].box[2]


def columns_wrapped(line: list[Char], below: list[Char], left: float, right: float, slack: float = 0.0) -> bool:
    """Was a line of blocks side by side ("(ক)      (খ)", two attendees a line) too long for the page, so
    that the writer wrapped its last block's end to the left margin? Then the line has a wide gap, reaches
    the right edge (the next line's first word would not have fitted after it), and the next line is one
    block starting at the margin. The wrapped end goes back to the block it belongs to, the right-hand one:
    "... শিক্ষা বোর্ড," + "রাজশাহী" -> "... শিক্ষা বোর্ড, রাজশাহী"."""
    ink = [c for c in line if not c.text.isspace()]
    below_ink = [c for c in below if not c.text.isspace()]
    if len(ink) < 2 or not below_ink or not any(wide_gap(a, b) for a, b in zip(ink, ink[1:])):
        return False
    if below_ink[0].box[0] - left > WIDE_GAP_POINTS or any(wide_gap(a, b) for a, b in zip(below_ink, below_ink[1:])):
        return False
    height = max(c.box[3] - c.box[1] for c in ink)
    if not 0 < below_ink[0].box[3] - ink[0].box[3] < 2.5 * height:
        return False  # not the next line of the same paragraph
    word = list(takewhile(lambda c: not c.text.isspace(), below))
    return word[-1].box[2] - word[0].box[0] > right - ink[-1].box[2] - slack


def split_lines(chars: list[Char]) -> list[list[Char]]:
    lines: list[list[Char]] = [[]]
    for char in chars:
        if char.text == "\n":
            lines.append([])
        elif char.text != "\r":
            lines[-1].append(char)
    return lines


def column_width(lines: list[list[Char]]) -> float:
    """The width of a character column: the median width per character of full lines of prose."""
    widths = []
    for line in lines:
        ink = [c for c in line if not c.text.isspace()]
        if ink and len(line) >= FULL_LINE_CHARS and not any(wide_gap(a, b) for a, b in zip(ink, ink[1:])):
            widths.append((ink[-1].box[2] - ink[0].box[0]) / len(line))
    return statistics.median(widths) if widths else DEFAULT_COLUMN_POINTS


def spaced_apart(before: Char, after: Char, blanks: list[Char]) -> bool:
    """Two texts set apart by typed spaces that the writer drew as fewer, wider gaps (fpdf2 draws a run
    of spaces as one space glyph and a jump): the gap is wider than the space glyphs drawn in it by
    several spaces more. One stretched space of justified prose is not (it is one glyph, no jump)."""
    if not blanks or not same_line(before, after):
        return False
    space = max(b.box[2] - b.box[0] for b in blanks)
    if space < MIN_SPACE_POINTS:
        return False  # spaces without a width (Chromium's): nothing to compare the gap with
    drawn = sum(b.box[2] - b.box[0] for b in blanks)
    gap = after.box[0] - before.box[2]
    return gap >= SPACED_GAP_POINTS and gap - drawn >= SPACED_EXTRA * space


def wide_gap(before: Char, after: Char) -> bool:
    return same_line(before, after) and after.box[0] - before.box[2] > WIDE_GAP_POINTS


def line_text(chars: list[Char], left: float, width: float) -> tuple[str, float | None]:
    """A line's text and its baseline (the median bottom of its glyphs), None for an empty line.
    `left` and `width`: the text's left edge and column width in points."""
    out, previous, blanks = "", None, []
    for char in chars:
        if char.text.isspace():
            out += char.text if char.text == "\t" else " "
            blanks.append(char)
            continue
        if previous is None and char.box[0] - left > WIDE_GAP_POINTS:
            # a line set in from the text's left edge (the right one of blocks side by side, a date set
            # right) keeps its indent, as a typed text does: "ধুনট, বগুড়া" under the right-hand signer
            # belongs to that signer, not to the one on the left
            out = " " * max(round((char.box[0] - left) / width) - len(out), 0) + out.lstrip(" ")
        if previous and (wide_gap(previous, char) or spaced_apart(previous, char, blanks)):
            column = round((char.box[0] - left) / width)
            out = out.rstrip(" ") + " " * max(column - len(out.rstrip(" ")), MIN_GAP_SPACES)
        out += char.text
        previous, blanks = char, []
    bottoms = [c.box[3] for c in chars if not c.text.isspace()]
    return out, statistics.median(bottoms) if bottoms else None


def typical_pitch(baselines: list[float | None]) -> float | None:
    """The distance between consecutive baselines inside a paragraph, None with too few lines to tell:
    the lower quartile of the steps, as where most paragraphs are one line long most steps span a
    paragraph gap."""
    steps = sorted(b - a for a, b in zip(baselines, baselines[1:]) if a is not None and b is not None and b > a)
    return steps[len(steps) // 4] if len(steps) >= 3 else None


def same_line(a: Char, b: Char) -> bool:
    return abs((a.box[1] + a.box[3]) / 2 - (b.box[1] + b.box[3]) / 2) < (a.box[3] - a.box[1]) / 2 + 1


# --- Bijoy pages ---------------------------------------------------------------------------------

def bijoy_page_text(page) -> str:
    """The page's lines from pdfplumber words; runs of words in a Bijoy font converted to Unicode,
    other runs (English, Unicode Bengali) kept as they are."""
    from bangla_minutes.pipeline.read import bijoy
    words = page.extract_words(extra_attrs=["fontname"], keep_blank_chars=False)
    lines = []
    for line in group_lines(words):
        parts, run, run_is_bijoy, last_x1 = [], [], None, None
        for word in line:
            word_is_bijoy = bijoy.is_bijoy_font(word["fontname"])
            wide = last_x1 is not None and word["x0"] - last_x1 > WIDE_GAP_POINTS
            if run and (word_is_bijoy != run_is_bijoy or wide):
                parts.append(run_text(run, run_is_bijoy))
                parts.append("    " if wide else " ")
                run = []
            run.append(word["text"])
            run_is_bijoy, last_x1 = word_is_bijoy, word["x1"]
        if run:
            parts.append(run_text(run, run_is_bijoy))
        lines.append("".join(parts))
    return "\n".join(lines)


def run_text(words: list[str], is_bijoy: bool) -> str:
    from bangla_minutes.pipeline.read import bijoy
    text = " ".join(words)
    return bijoy.bijoy_to_unicode(text) if is_bijoy else text


def group_lines(words: list[dict]) -> list[list[dict]]:
    """Words with (nearly) the same top form a line; lines top to bottom, words left to right."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(word["top"] - lines[-1][0]["top"]) <= 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]
