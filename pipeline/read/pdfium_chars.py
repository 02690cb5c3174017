"""A PDF page's characters as pypdfium2 reads them, their spaces put where the page draws them.

Chromium (Skia) and LibreOffice draw a Bengali cluster whose glyphs are reordered (a vowel sign drawn
before its consonant, a reph after it) as an /ActualText span: several glyphs, the text given once.
pdfium's text page decides spaces from the gaps between glyphs, and at these spans it is wrong
(measured on samples/pdf/):
- it adds a space where the gap between two spans or two glyphs looks wide ("বাং লা দে শ", "বোর্ডে র",
  "412 তম", "শফিকু ল"), and drops a space glyph the page draws where the gap looks narrow
  ("অর্থবিতরণ");
- it gives a span's text a second time when a glyph of the span is drawn out of order ("মজুদজু");
- it takes a hyphen that ends a line for a soft one: U+0002 for it, and the line break dropped.
Both writers (and fpdf2) draw every space of the text as a space glyph. So on a page that draws space
glyphs, two characters are apart where a space glyph is drawn between them in content order or where they
lie as far apart as a tab stop, and nowhere else; a span's text is taken once; a hyphen is a hyphen
and its line break stays. A page that draws no space glyph at all (a writer that places every word by
itself) keeps pdfium's spaces.
"""
from __future__ import annotations

import bisect
import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from bangla_minutes.pipeline.read.pdf_tables import Box

# Gaps measured on the samples (11-12 pt text) between glyphs of one word: at most 3.2 pt; between
# the parts of a line set on tab stops, which the writers leave without a space glyph: 6.5 pt or more.
TAB_GAP_POINTS = 5.0
# Characters further apart in content order than a span has glyphs are no neighbours in the drawing
# (a line drawn in pieces): pdfium's space between them stands.
NEIGHBOUR_OBJECTS = 8


@dataclass
class Char:
    text: str
    box: Box  # x0, top, x1, bottom in points from the page's top left


@dataclass(frozen=True)
class TextObject:
    order: int         # position in the page's content
    left: float
    right: float
    span: int | None   # the /ActualText span it is drawn in (the objects of one span share its mark)
    blank: bool        # draws no ink: a space glyph


@dataclass
class _Read:
    char: Char
    drawn_by: TextObject | None  # None: a character pdfium made up (a space, a line break)
    baseline: float              # the height of the glyph's origin (a sign below a letter shares it)


def page_chars(page: pdfium.PdfPage) -> list[Char]:
    """The page's characters in pdfium's reading order, with their boxes; glyphs without a Unicode
    mapping dropped (fpdf2 maps a reordered cluster to its first glyph and leaves the others unmapped)."""
    objects = text_objects(page)
    reads = once_per_span(read_chars(page, objects))
    spacing = Spacing(objects.values())
    if not spacing.blanks and not any(r.char.text == " " and r.drawn_by for r in reads):
        return [read.char for read in reads]
    out: list[Char] = []
    previous: _Read | None = None  # the last character the page drew
    made_up: list[Char] = []       # what pdfium put after it
    for read in reads:
        if read.drawn_by is None:
            made_up.append(read.char)
            continue
        out += made_up if previous is None else between(previous, read, made_up, spacing)
        out.append(read.char)
        previous, made_up = read, []
    return out + made_up


def between(before: _Read, after: _Read, made_up: list[Char], spacing: "Spacing") -> list[Char]:
    """What goes between two characters the page drew: pdfium's line break where the second starts a
    new line (pdfium also breaks lines at spans inside a line: "জনপ\nথ"), else a space where they are
    apart. After a hyphen that ends a line, the line break is kept (pdfium drops it, taking the hyphen
    for a soft one) and so is the space glyph the line was wrapped at ("করে- \nসেবা"; a word wrapped
    after its own hyphen has none: "মাদারীপুর-\nশরীয়তপুর"): `pdf_text` joins such words."""
    if before.char.text.isspace() or after.char.text.isspace():
        return made_up
    space = Char(" ", (before.char.box[2], before.char.box[1], before.char.box[2], before.char.box[3]))
    if not on_one_line(before, after):
        if before.char.text != "-":
            return made_up
        line_break = made_up if any(c.text == "\n" for c in made_up) else [Char("\n", space.box)]
        return ([space] if spacing.drawn_between(before, after) else []) + line_break
    pdfium_says = any(c.text in " \r\n" for c in made_up)  # a line break inside a line: pdfium saw a gap
    if not spacing.apart(before, after, pdfium_says):
        return []
    # a run of typed spaces (columns aligned by spaces) stays a run: "উপসচিব       ৪. ..." keeps its cells
    return [space] * max(1, spacing.drawn_count(before, after))


def on_one_line(before: _Read, after: _Read) -> bool:
    """The two characters stand on the same baseline."""
    a, b = before.char.box, after.char.box
    return abs(before.baseline - after.baseline) < max(a[3] - a[1], b[3] - b[1]) / 4


def text_objects(page: pdfium.PdfPage) -> dict[int, TextObject]:
    """The page's text objects (inside forms too) by their handle."""
    objects = {}
    for order, obj in enumerate(page.get_objects()):
        if obj.type != pdfium_c.FPDF_PAGEOBJ_TEXT:
            continue
        left, _, right, _ = obj.get_bounds()
        blank = right - left < 0.01
        objects[handle(obj.raw)] = TextObject(order, left, right, actual_text_span(obj.raw), blank)
    return objects


def actual_text_span(obj) -> int | None:
    for index in range(pdfium_c.FPDFPageObj_CountMarks(obj)):
        mark = pdfium_c.FPDFPageObj_GetMark(obj, index)
        if pdfium_c.FPDFPageObjMark_GetParamValueType(mark, b"ActualText") != pdfium_c.FPDF_OBJECT_UNKNOWN:
            return handle(mark)
    return None


def handle(pointer) -> int:
    return ctypes.cast(pointer, ctypes.c_void_p).value or 0


def read_chars(page: pdfium.PdfPage, objects: dict[int, TextObject]) -> list[_Read]:
    height = page.get_height()
    textpage = page.get_textpage()
    raw = textpage.raw
    left, right, bottom, top, x, y = (ctypes.c_double() for _ in range(6))
    reads = []
    try:
        for i in range(pdfium_c.FPDFText_CountChars(raw)):
            if pdfium_c.FPDFText_HasUnicodeMapError(raw, i):
                continue
            pdfium_c.FPDFText_GetCharBox(raw, i, left, right, bottom, top)
            # pdfium marks a hyphen that ends a line as a soft one (U+0002); the writers print only real ones
            text = "-" if pdfium_c.FPDFText_IsHyphen(raw, i) else chr(pdfium_c.FPDFText_GetUnicode(raw, i))
            char = Char(text, (left.value, height - top.value, right.value, height - bottom.value))
            pdfium_c.FPDFText_GetCharOrigin(raw, i, x, y)
            drawn = not pdfium_c.FPDFText_IsGenerated(raw, i)
            obj = objects.get(handle(pdfium_c.FPDFText_GetTextObject(raw, i))) if drawn else None
            reads.append(_Read(char, obj, height - y.value))
    finally:
        textpage.close()
    return reads


def once_per_span(reads: list[_Read]) -> list[_Read]:
    """Drop the characters that pdfium gives for a second object of a span whose text it already gave."""
    first_object: dict[int, int] = {}
    out = []
    for read in reads:
        obj = read.drawn_by
        if obj is None or obj.span is None or first_object.setdefault(obj.span, obj.order) == obj.order:
            out.append(read)
    return out


class Spacing:
    """Where the page's space glyphs are, in content order, and the text objects by that order."""

    def __init__(self, objects):
        self.by_order = {o.order: o for o in objects}
        self.blanks = sorted(o.order for o in objects if o.blank)

    def drawn_between(self, before: _Read, after: _Read) -> bool:
        """Is a space glyph drawn between two characters that are neighbours in content order?"""
        first, last = before.drawn_by.order, after.drawn_by.order
        return 0 < last - first <= NEIGHBOUR_OBJECTS and \
            bisect.bisect_right(self.blanks, first) < bisect.bisect_left(self.blanks, last)

    def drawn_count(self, before: _Read, after: _Read) -> int:
        """How many space glyphs are drawn between two neighbours in content order (0 if none or no
        neighbours)."""
        first, last = before.drawn_by.order, after.drawn_by.order
        if not 0 < last - first <= NEIGHBOUR_OBJECTS:
            return 0
        return bisect.bisect_left(self.blanks, last) - bisect.bisect_right(self.blanks, first)

    def apart(self, before: _Read, after: _Read, pdfium_says: bool) -> bool:
        """Are two characters of a line, one after the other, separated by a space?"""
        first, last = before.drawn_by.order, after.drawn_by.order
        if last - first > NEIGHBOUR_OBJECTS:
            return pdfium_says
        if first < last:  # neighbours in content order
            if self.drawn_between(before, after):
                return True
            drawn = [self.by_order[n] for n in range(first, last) if n in self.by_order]
            right = max((o.right for o in drawn if not o.blank), default=before.char.box[2])
            return after.drawn_by.left - right >= TAB_GAP_POINTS
        # one run of glyphs (whose spaces are its own characters), or drawn backwards (a sign drawn
        # before its letter): pdfium's space stands only over a tab stop's gap
        return pdfium_says and after.char.box[0] - before.char.box[2] >= TAB_GAP_POINTS
