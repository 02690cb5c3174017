"""Render sample minutes to page images as a scanner or a phone would give them.

    .venv/bin/python samples/make_scans.py [SOURCE.txt ...]

Without arguments it renders the two seed minutes in every variant and each sample in samples/text/
as a whole scanned document, clean and degraded. For each source <stem>, samples/scans/<stem>/:
    page-<n>.txt                 the text printed on page n (the reference for OCR error rates)
and for the seeds (or the sources named on the command line) also
    clean-300.png, clean-200.png page 1 at 300 and 200 dpi
    skew.png, blur.png, noise.png, jpeg-q40.jpg, photo.jpg, combined.jpg   page 1 degraded
The first of them also gets pages.tif (every page, multi-page TIFF), scanned.pdf (image pages)
and exif-rotated.jpg (page 1 stored sideways with an EXIF orientation tag).
Each sample becomes two PDFs of image pages, named by its stem so that `minutes eval` finds its
expected record:
    clean/<stem>.pdf             every page at 300 dpi
    degraded/<stem>.pdf          every page degraded one way; the ways (DEGRADATIONS) are taken in turn
                                 over the samples, and degraded/kinds.json says which sample got which
and poor/<stem>.jpg is page 1 of POOR_SAMPLE barely legible (120 dpi, blurred, speckled, JPEG q20):
fields read from it are doubtful, as the `low_confidence` warning must say.
samples/scans/attendees/ holds a page with a two-column attendee list (reference in column order).
Everything is grey and seeded, so a re-run writes the same pixels.
"""
from __future__ import annotations

import io
import json
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import regex
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, features

ROOT = Path(__file__).resolve().parent
OUT = ROOT / "scans"
SEEDS = Path("/work/shared/seeds")
FONT_DIR = Path("/usr/share/fonts/truetype/noto")
# Bengali font families a page can be typeset in: regular and bold files. Lohit (Debian
# fonts-lohit-beng-bengali) has no bold face: its headings print in the regular one.
FAMILIES = {
    "NotoSansBengali": {"Regular": FONT_DIR / "NotoSansBengali-Regular.ttf",
                        "Bold": FONT_DIR / "NotoSansBengali-Bold.ttf"},
    "Lohit": {"Regular": Path("/usr/share/fonts/truetype/lohit-bengali/Lohit-Bengali.ttf"),
              "Bold": Path("/usr/share/fonts/truetype/lohit-bengali/Lohit-Bengali.ttf")},
}
LATIN_FONTS = {"Regular": FONT_DIR / "NotoSans-Regular.ttf", "Bold": FONT_DIR / "NotoSans-Bold.ttf"}
SEED = 20240601

A4_INCHES = (8.27, 11.69)
FONT_POINTS = 13
MARGIN_INCHES = 1.0
LINE_SPACING = 1.55
PAGE_TURN = "অপর পৃষ্ঠা দ্রষ্টব্য"  # printed at the foot of a page that continues overleaf
# Pages of the scanned PDFs are JPEG 2000 at this compression ratio: ~90 KB an A4 page, and OCR read
# them as well as the lossless pages (CER 0.65-0.87% against 0.72-1.01% on clean, blurred and
# photographed pages). Speckled pages keep more bytes so that the speckles stay dots, not smudges.
JPX_RATE = 100
SPECKLED_JPX_RATE = 40
DEGRADATIONS = ("skew", "blur", "noise", "jpeg-q40", "200dpi", "photo")
POOR_SAMPLE = "dc_development_2023"


@dataclass
class Line:
    """One source line to print: its cells (split at tabs) and whether it is bold."""
    cells: list[str]
    bold: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.cells)


def source_lines(text: str) -> list[Line | None]:
    """The printable lines of a sample (markdown artefacts removed); None stands for a blank line."""
    out: list[Line | None] = []
    for raw in text.splitlines():
        line = raw.rstrip()
        if "|" in line and regex.fullmatch(r"[\s|:-]+", line):
            continue  # a markdown table's rule under its header: the header is the table's first row
        if not line.strip() or regex.fullmatch(r"[\s:-]+", line):
            out.append(None)
            continue
        bold = line.startswith("#") or (line.startswith("**") and line.endswith("**"))
        line = regex.sub(r"^(\s*)(?:#+\s*|-\s+)|\*\*", r"\1", line)
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
        else:  # tabs, or runs of spaces that align a header table; a leading run leaves the first cell empty
            cells = [c.strip() for c in regex.split(r"\t+| {2,}", line.rstrip())]
        while len(cells) > 1 and not cells[-1]:
            cells.pop()
        out.append(Line(cells, bold))
    return out


class Face:
    """A Bengali font with a Latin one for the English words, numbers and addresses in between
    (Noto Sans Bengali has no Latin letters or ASCII digits)."""
    LATIN = regex.compile(r"[A-Za-z0-9](?:[A-Za-z0-9@._/:-]*[A-Za-z0-9])?")

    def __init__(self, family: str, style: str, size: int):
        def load(path: Path):
            return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.RAQM)
        self.bengali, self.latin = load(FAMILIES[family][style]), load(LATIN_FONTS[style])

    def runs(self, text: str) -> list[tuple[str, "ImageFont.FreeTypeFont"]]:
        out, at = [], 0
        for match in self.LATIN.finditer(text):
            if match.start() > at:
                out.append((text[at:match.start()], self.bengali))
            out.append((match.group(), self.latin))
            at = match.end()
        return out + [(text[at:], self.bengali)] if at < len(text) else out

    def getlength(self, text: str) -> float:
        return sum(font.getlength(run) for run, font in self.runs(text))

    def draw(self, pen: ImageDraw.ImageDraw, xy: tuple[float, float], text: str) -> None:
        x, top = xy
        baseline = top + self.bengali.getmetrics()[0]
        for run, font in self.runs(text):
            pen.text((x, baseline), run, font=font, fill=20, anchor="ls")
            x += font.getlength(run)


class Beside(list):
    """A printed row of two blocks side by side (signature blocks): read down the left block first."""


def reading_order(rows: list[list]) -> list[str]:
    """The text lines of a page as a reader takes them: each row's cells joined by spaces, and where
    blocks stand side by side, the left block's lines before the right block's."""
    out, i = [], 0
    while i < len(rows):
        if not isinstance(rows[i], Beside):
            if rows[i]:
                out.append(" ".join(text for _, text, _ in rows[i]))
            i += 1
            continue
        j = i
        while j < len(rows) and isinstance(rows[j], Beside):
            j += 1
        out += [text for row in rows[i:j] for x, text, _ in row if x == 0]
        out += [text for row in rows[i:j] for x, text, _ in row if x > 0]
        i = j
    return out


class Typesetter:
    """Lays source lines out on A4 pages at a given resolution, wrapping long paragraphs."""

    def __init__(self, dpi: int, family: str = "NotoSansBengali"):
        size = round(FONT_POINTS * dpi / 72)
        self.dpi = dpi
        self.regular = Face(family, "Regular", size)
        self.bold = Face(family, "Bold", size)
        self.page_size = (round(A4_INCHES[0] * dpi), round(A4_INCHES[1] * dpi))
        self.margin = round(MARGIN_INCHES * dpi)
        self.line_height = round(size * LINE_SPACING)
        self.gap = size  # between table cells

    @property
    def width(self) -> int:
        return self.page_size[0] - 2 * self.margin

    def wrap(self, text: str, font, width: int) -> list[str]:
        lines, current = [], ""
        for word in text.split():
            candidate = f"{current} {word}".strip()
            if current and font.getlength(candidate) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        return lines + [current] if current else lines

    def column_widths(self, rows: list[Line]) -> list[int]:
        """Widths of the columns of a run of tabbed rows or a table: narrow columns as wide as their
        widest cell, the wide ones each as wide as its longest word plus a share of what is left of the
        line in proportion to the rest of its text (shares of the whole text put a six-column table's
        last column past the page's edge when the long columns took their longest words besides)."""
        count = max(len(r.cells) for r in rows)
        columns = [[r.cells[i] for r in rows if len(r.cells) > i] for i in range(count)]
        natural = [max(map(self.regular.getlength, cells)) for cells in columns]
        longest_word = [max((self.regular.getlength(w) for c in cells for w in c.split()), default=0)
                        for cells in columns]
        room = self.width - self.gap * (count - 1)
        narrow = [w <= room / (2 * count) for w in natural]
        wide = [(w, word) for w, n, word in zip(natural, narrow, longest_word) if not n]
        left = max(room - sum(w for w, n in zip(natural, narrow) if n) - sum(word for _, word in wide), 0)
        rest_total = sum(w - word for w, word in wide) or 1
        return [math.ceil(w if n else word + left * (w - word) / rest_total)
                for w, n, word in zip(natural, narrow, longest_word)]

    def placed_rows(self, lines: list[Line | None]):
        """Yield printed rows as lists of (x, text, font); [] is a paragraph gap, None a page break."""
        i = 0
        while i < len(lines):
            line = lines[i]
            if line is None:
                yield []
                i += 1
                continue
            if len(line.cells) > 1:
                j = i
                while j < len(lines) and lines[j] is not None and len(lines[j].cells) > 1:
                    j += 1
                yield from self.table_rows(lines[i:j])
                i = j
                continue
            font = self.bold if line.bold else self.regular
            for part in self.wrap(line.text, font, self.width):
                yield [(0, part, font)]
            if line.text == PAGE_TURN:
                yield None
            i += 1

    def table_rows(self, rows: list[Line]):
        widths = self.column_widths(rows)
        starts = [sum(widths[:k]) + k * self.gap for k in range(len(widths))]
        # Two wide texts on tab stops are no table. A typist who finds them too long for one line (a
        # memo number and its date) puts the second on the next line, at its tab stop or as far right
        # as it fits; three lines or more of them side by side are two blocks (signature blocks).
        two_texts = len(widths) == 2 and min(widths) > self.width / 4
        blocks = two_texts and sum(all(row.cells) for row in rows) >= 3
        for row in rows:
            wrapped = [self.wrap(cell, self.regular, widths[k]) for k, cell in enumerate(row.cells)]
            if two_texts and any(len(w) > 1 for w in wrapped):
                yield from self.stacked(row.cells, starts)
                continue
            printed_row = Beside if blocks else list
            for n in range(max(len(w) for w in wrapped)):
                yield printed_row((starts[k], w[n], self.regular) for k, w in enumerate(wrapped) if n < len(w))

    def stacked(self, cells: list[str], starts: list[int]):
        """Texts one under the other, each at its tab stop or further left where it would run over."""
        for start, cell in zip(starts, cells):
            x = max(min(start, self.width - math.ceil(self.regular.getlength(cell))), 0)
            yield from ([(x, part, self.regular)] for part in self.wrap(cell, self.regular, self.width - x))

    def pages(self, lines: list[Line | None]) -> tuple[list[Image.Image], list[str]]:
        """Grey page images and, for each, the text printed on it (cells joined by spaces)."""
        per_page = (self.page_size[1] - 2 * self.margin) // self.line_height
        pages: list[list] = [[]]
        for row in self.placed_rows(lines):
            if row is None or len(pages[-1]) >= per_page:
                pages.append([])
            if row is not None and (row or pages[-1]):  # no gap at the top of a page
                pages[-1].append(row)
        pages = [p for p in pages if any(p)]
        return [self.draw(p) for p in pages], ["\n".join(reading_order(p)) for p in pages]

    def draw(self, rows: list) -> Image.Image:
        page = Image.new("L", self.page_size, 255)
        pen = ImageDraw.Draw(page)
        for n, row in enumerate(rows):
            for x, text, font in row:
                font.draw(pen, (self.margin + x, self.margin + n * self.line_height), text)
        return page


# Degradations. Each takes and returns a grey page; rng makes them repeatable.

def skew(page: Image.Image, rng: random.Random) -> Image.Image:
    angle = rng.choice((-1, 1)) * rng.uniform(1, 3)
    return page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)


def blur(page: Image.Image, rng: random.Random) -> Image.Image:
    return page.filter(ImageFilter.GaussianBlur(rng.uniform(1.0, 1.4) * page.width / 2480))


def salt_and_pepper(page: Image.Image, rng: random.Random, amount: float = 0.004) -> Image.Image:
    noisy = page.copy()
    pixels = noisy.load()
    for _ in range(int(page.width * page.height * amount)):
        x, y = rng.randrange(page.width), rng.randrange(page.height)
        pixels[x, y] = 0 if rng.random() < 0.5 else 255
    return noisy


def jpeg_bytes(page: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    page.save(buffer, "JPEG", quality=quality, dpi=page.info.get("dpi", (300, 300)))
    return buffer.getvalue()


def phone_photo(page: Image.Image, rng: random.Random) -> Image.Image:
    """A hand-held photo cropped to the sheet: mild perspective, light falling off to one side, soft focus."""
    w, h = page.size
    d = w * 0.02
    # source corners in the order QUAD wants: upper left, lower left, lower right, upper right
    corners = [(rng.uniform(0, d), rng.uniform(0, d)), (rng.uniform(0, d), h - rng.uniform(0, d)),
               (w - rng.uniform(0, d), h - rng.uniform(0, d)), (w - rng.uniform(0, d), rng.uniform(0, d))]
    warped = page.transform(page.size, Image.Transform.QUAD, [c for xy in corners for c in xy],
                            resample=Image.Resampling.BICUBIC, fillcolor=235)
    light = Image.linear_gradient("L").rotate(rng.choice((90, -90)), expand=True).resize(page.size)
    light = light.point(lambda v: 170 + v * 85 // 255)  # 67% to 100% brightness
    return ImageChops.multiply(warped, light).filter(ImageFilter.GaussianBlur(0.8 * w / 2480))


def combined(page_200: Image.Image, rng: random.Random) -> Image.Image:
    return salt_and_pepper(skew(blur(page_200, rng), rng), rng, amount=0.002)


# Two-column attendee list.

def attendee_page(entries: list[str], setter: Typesetter) -> tuple[Image.Image, str]:
    """A page headed like an appendix, with numbered attendees in two columns (down the left first)."""
    half = (len(entries) + 1) // 2
    column_width = (setter.width - setter.gap) // 2
    rows = [[(0, "পরিশিষ্ট-'ক'", setter.bold)], [(0, "সভায় উপস্থিত কর্মকর্তাগণের তালিকা", setter.bold)], []]
    left, right = [], []
    for k, entry in enumerate(entries):
        wrapped = setter.wrap(f"{bengali_number(k + 1)}। {entry}", setter.regular, column_width)
        (left if k < half else right).append(wrapped)
    left_lines = [line for e in left for line in e]
    right_lines = [line for e in right for line in e]
    for n in range(max(len(left_lines), len(right_lines))):
        row = []
        if n < len(left_lines):
            row.append((0, left_lines[n], setter.regular))
        if n < len(right_lines):
            row.append((column_width + setter.gap, right_lines[n], setter.regular))
        rows.append(row)
    text = "\n".join(["পরিশিষ্ট-'ক'", "সভায় উপস্থিত কর্মকর্তাগণের তালিকা"] + left_lines + right_lines)
    return setter.draw(rows), text


def bengali_number(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))


def attendee_entries(text: str) -> list[str]:
    """The numbered lines of an attendee appendix (after a "পরিশিষ্ট" heading line), numbers dropped."""
    appendix = regex.search(r"^পরিশিষ্ট[^\n]*\n(.*)", text, flags=regex.M | regex.S)
    found = regex.findall(r"^\s*[০-৯0-9]+[.)।]\s*(.+)$", appendix.group(1), flags=regex.M) if appendix else []
    return [f.strip() for f in found]


def distribution_entries(text: str) -> list[str]:
    """Recipients listed as "১) ..." in a sample, without their trailing request."""
    found = regex.findall(r"^(?:-\s*)?[০-৯]+\)\s*([^\n(]+?)[,;।]?\s*(?:\(|$)", text, flags=regex.M)
    return [regex.sub(r"\s+", " ", f).strip(" ,") for f in found]


# Writing.

def sixteen_greys(page: Image.Image) -> Image.Image:
    """The page in 16 grey levels as a 4-bit palette image: a third smaller as PNG, and the same to OCR."""
    indexed = Image.frombytes("P", page.size, page.point(lambda v: v >> 4).tobytes())
    indexed.putpalette([level * 17 for level in range(16) for _ in range(3)])
    indexed.info["dpi"] = page.info.get("dpi", (300, 300))
    return indexed


def save_png(page: Image.Image, path: Path) -> None:
    sixteen_greys(page).save(path, optimize=True, bits=4, dpi=page.info.get("dpi", (300, 300)))


def write_truths(folder: Path, truths: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, truth in enumerate(truths, 1):
        (folder / f"page-{n}.txt").write_text(truth + "\n", encoding="utf-8")


def at_200_dpi(page: Image.Image, rng: random.Random) -> Image.Image:
    """The 300-dpi page as a 200-dpi scanner sees it (the same layout, so the same reference text)."""
    small = page.resize((round(page.width * 2 / 3), round(page.height * 2 / 3)), Image.Resampling.LANCZOS)
    small.info["dpi"] = (200, 200)
    return small


def kept(page: Image.Image, rng: random.Random) -> Image.Image:
    return page  # a JPEG page loses its detail when it is stored (pdf_image)


DEGRADE = {"skew": skew, "blur": blur, "noise": salt_and_pepper, "jpeg-q40": kept, "200dpi": at_200_dpi,
           "photo": phone_photo}


def jpx_bytes(page: Image.Image, rate: int) -> bytes:
    buffer = io.BytesIO()
    page.save(buffer, "JPEG2000", quality_mode="rates", quality_layers=[rate])
    return buffer.getvalue()


def pdf_image(page: Image.Image, kind: str) -> tuple[str, bytes]:
    """The PDF filter and the bytes a page of a kind is stored in."""
    if kind == "jpeg-q40":
        return "DCTDecode", jpeg_bytes(page, 40)
    return "JPXDecode", jpx_bytes(page, SPECKLED_JPX_RATE if kind == "noise" else JPX_RATE)


def image_pdf(pages: list[tuple[Image.Image, str, bytes]]) -> bytes:
    """A PDF whose pages each show one stored grey image (page, filter, bytes) across the whole sheet,
    sized by the image's dpi: what a scanner writes. No dates in it, so a re-run writes the same bytes."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for page, filter_name, data in pages:
        dpi = page.info.get("dpi", (300, 300))[0]
        width, height = page.width * 72 / dpi, page.height * 72 / dpi
        number = len(objects) + 1
        kids.append(f"{number} 0 R")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width:.2f} {height:.2f}] "
                       f"/Resources << /XObject << /Im0 {number + 1} 0 R >> >> /Contents {number + 2} 0 R >>".encode())
        grey = "" if filter_name == "JPXDecode" else " /ColorSpace /DeviceGray /BitsPerComponent 8"
        objects.append(pdf_stream(f"/Type /XObject /Subtype /Image /Width {page.width} /Height {page.height}"
                                  f"{grey} /Filter /{filter_name}", data))
        objects.append(pdf_stream("", f"q {width:.2f} 0 0 {height:.2f} 0 0 cm /Im0 Do Q".encode()))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    out, offsets = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_stream(entries: str, data: bytes) -> bytes:
    return f"<< {entries} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


def barely_legible(page: Image.Image, rng: random.Random) -> Image.Image:
    """A 300-dpi page as a bad copy of a copy: 120 dpi, blurred and speckled (stored as JPEG q20)."""
    poor = page.resize((round(page.width * 0.4), round(page.height * 0.4)), Image.Resampling.LANCZOS)
    poor = salt_and_pepper(poor.filter(ImageFilter.GaussianBlur(1.8)), rng, amount=0.006)
    poor.info["dpi"] = (120, 120)
    return poor


def write_poor(stem: str, text: str) -> None:
    pages, _ = Typesetter(300).pages(source_lines(text))
    (OUT / "poor").mkdir(exist_ok=True)
    poor = barely_legible(pages[0], random.Random(f"{SEED}-poor-{stem}"))
    (OUT / "poor" / f"{stem}.jpg").write_bytes(jpeg_bytes(poor, 20))


def write_documents(stem: str, text: str, kind: str) -> None:
    """A sample as two scanned PDFs, every page clean at 300 dpi and degraded by kind, with the text
    of every page. Each sample has its own random stream, so adding one changes no other."""
    pages, truths = Typesetter(300).pages(source_lines(text))
    write_truths(OUT / stem, truths)
    rng = random.Random(f"{SEED}-{stem}")
    for page in pages:
        page.info["dpi"] = (300, 300)
    degraded = [DEGRADE[kind](page, rng) for page in pages]
    for folder, kind_pages, page_kind in (("clean", pages, "clean"), ("degraded", degraded, kind)):
        (OUT / folder).mkdir(exist_ok=True)
        stored = [(page, *pdf_image(page, page_kind)) for page in kind_pages]
        (OUT / folder / f"{stem}.pdf").write_bytes(image_pdf(stored))


def write_variants(stem: str, text: str, rng: random.Random) -> list[Image.Image]:
    """Page 1 clean at 300 and 200 dpi and in every degraded form; returns the 300-dpi pages."""
    folder = OUT / stem
    lines = source_lines(text)
    pages, truths = Typesetter(300).pages(lines)
    pages_200, _ = Typesetter(200).pages(lines)
    write_truths(folder, truths)
    first, first_200 = pages[0], pages_200[0]
    first.info["dpi"], first_200.info["dpi"] = (300, 300), (200, 200)
    save_png(first, folder / "clean-300.png")
    save_png(first_200, folder / "clean-200.png")
    save_png(skew(first, rng), folder / "skew.png")
    save_png(blur(first, rng), folder / "blur.png")
    save_png(salt_and_pepper(first, rng), folder / "noise.png")
    (folder / "jpeg-q40.jpg").write_bytes(jpeg_bytes(first, 40))
    (folder / "photo.jpg").write_bytes(jpeg_bytes(phone_photo(first, rng), 75))
    noisy_200 = combined(first_200, rng)
    noisy_200.info["dpi"] = (200, 200)
    (folder / "combined.jpg").write_bytes(jpeg_bytes(noisy_200, 60))
    return pages


def write_document_files(stem: str, pages: list[Image.Image]) -> None:
    """Multi-page TIFF, scanned PDF and an EXIF-rotated photo of one source."""
    folder = OUT / stem
    indexed = [sixteen_greys(p) for p in pages]
    indexed[0].save(folder / "pages.tif", save_all=True, append_images=indexed[1:],
                  compression="tiff_deflate", dpi=(300, 300))
    (folder / "scanned.pdf").write_bytes(image_pdf([(p, *pdf_image(p, "clean")) for p in pages]))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: the viewer turns the stored pixels 90 degrees clockwise
    sideways = pages[0].transpose(Image.Transpose.ROTATE_90)
    sideways.save(folder / "exif-rotated.jpg", quality=45, exif=exif, dpi=(300, 300))


def write_attendees(texts: list[str]) -> None:
    """The two-column page, listing the first appendix found (else the seeds' recipients)."""
    entries = next((e for e in map(attendee_entries, texts) if len(e) >= 6), None)
    entries = entries or [e for text in texts for e in distribution_entries(text)]
    page, truth = attendee_page(entries, Typesetter(300))
    page.info["dpi"] = (300, 300)
    write_truths(OUT / "attendees", [truth])
    save_png(page, OUT / "attendees" / "two-column.png")


def main(argv: list[str]) -> None:
    if not features.check("raqm"):
        sys.exit("Pillow lacks raqm: Bengali would be drawn unshaped")
    seeds = [Path(a) for a in argv] or sorted(SEEDS.glob("*.txt"))
    samples = [] if argv else sorted((ROOT / "text").glob("*.txt"))
    rng = random.Random(SEED)
    texts = []
    for n, source in enumerate(seeds):
        texts.append(source.read_text(encoding="utf-8"))
        pages = write_variants(source.stem, texts[-1], rng)
        if n == 0:
            write_document_files(source.stem, pages)
        print(f"{source.stem}: {len(pages)} pages, every variant")
    kinds = {}
    for n, source in enumerate(samples):
        texts.append(source.read_text(encoding="utf-8"))
        kinds[source.stem] = DEGRADATIONS[n % len(DEGRADATIONS)]
        write_documents(source.stem, texts[-1], kinds[source.stem])
        print(f"{source.stem}: every page clean and {kinds[source.stem]}")
        if source.stem == POOR_SAMPLE:
            write_poor(source.stem, texts[-1])
    if kinds:
        (OUT / "degraded" / "kinds.json").write_text(json.dumps(kinds, indent=1) + "\n", encoding="utf-8")
    write_attendees(texts)


if __name__ == "__main__":
    main(sys.argv[1:])
