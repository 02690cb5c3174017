"""Page images made ready for Tesseract: grey, evenly lit, denoised when speckled, deskewed, split
into columns.

Chosen by measurement on samples/scans (see bench/ocr.py): a phone photo lit from one side lost
whole lines on its dark side to Tesseract's global threshold (CER 72-100% on pages half empty), so an
unevenly lit page is divided by its paper brightness (then 0-0.3%); a 3x3 median removes
salt-and-pepper noise but costs a quarter of an OCR call, so it runs only on pages that show isolated
dark pixels; a rotated page ruins Tesseract's line finding, so the skew is found on an eighth-size ink
mask by projection profile and undone; binarisation and upscaling did not help and are not done.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops, ImageFilter, ImageOps

REDUCE = 4  # layout analysis works on a quarter-size image: ample for 200-300 dpi pages
SKEW_REDUCE = 8  # the skew search on an eighth-size one: lines still stand 10 pixels apart at 200 dpi
MAX_SKEW = 5.0  # degrees searched either way, in whole degrees, then to the half degree
SKEW_STEP = 0.5
# Tesseract follows lines up to this many degrees askew by itself: seed pages turned 0.5-1.5 degrees
# read at 0-0.1% CER unturned, as well as turned back (1.5 is still turned, to spare the margin).
STRAIGHT_ENOUGH = 1.0
NOISE_PER_PIXEL = 1e-4  # isolated dark pixels per pixel above which a page counts as speckled
GUTTER_SHARE = 0.02  # narrowest gutter between two columns, as a share of the page width
MIN_TWO_COLUMN_LINES = 3  # lines with ink on both sides of the gutter that make a two-column part
PAPER_REDUCE = 32  # the paper's brightness is estimated on a 1/32-size page (8 pixels a line at 300 dpi)
UNEVEN_LIGHT = 0.85  # paper darker than this share of the brightest paper somewhere: evenly lit first
AREA_MARGIN = 8  # reduced pixels of paper kept around the text area (half a line at 300 dpi)
# Coloured ink (seals stamped across the text, measured on samples/degrade.py's blue, violet and red seals
# at 55-90% strength): its channels lie 60-130 levels apart, grey print and paper (JPEG'd too) under 30;
# where the seal covers bare paper its brightest channel stays above 150, where it covers print below 100.
COLOURED = 48
COLOURED_SHARE = 0.0003  # share of a page's pixels that makes it a page with coloured marks (a seal: 0.1-0.3%)
SEAL_BRIGHTEST = 130


@dataclass(frozen=True)
class Box:
    left: int
    top: int
    right: int
    bottom: int

    def scaled(self, factor: int) -> "Box":
        return Box(self.left * factor, self.top * factor, self.right * factor, self.bottom * factor)

    def clipped(self, size: tuple[int, int]) -> "Box":
        return Box(self.left, self.top, min(self.right, size[0]), min(self.bottom, size[1]))

    def as_tuple(self) -> tuple[int, int, int, int]:
        return (self.left, self.top, self.right, self.bottom)


def to_grey(img: Image.Image) -> Image.Image:
    """8-bit grey; transparency is flattened onto white paper, and coloured ink (a seal) taken off."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, "white")
        img = Image.alpha_composite(paper, rgba)
    if img.mode in ("L", "1", "I", "I;16", "F", "LA"):
        return img if img.mode == "L" else img.convert("L")
    rgb = img.convert("RGB")
    return without_coloured_ink(rgb) if has_coloured_ink(rgb) else rgb.convert("L")


def channel_spread(rgb: Image.Image) -> tuple[Image.Image, Image.Image]:
    """Per pixel, its brightest channel and how far its channels lie apart (0 for black, white, any grey)."""
    r, g, b = rgb.split()
    brightest = ImageChops.lighter(ImageChops.lighter(r, g), b)
    return brightest, ImageChops.subtract(brightest, ImageChops.darker(ImageChops.darker(r, g), b))


def has_coloured_ink(rgb: Image.Image, reduce: int = REDUCE) -> bool:
    """True when a page holds coloured marks (a seal, a signature in blue ink): measured on a
    1/4-size page, where a seal's ring still covers hundreds of pixels and JPEG's colour noise is gone
    (`reduce` 1: the page given is that small already)."""
    _, spread = channel_spread(rgb.reduce(reduce) if reduce > 1 else rgb)
    coloured = spread.point(lambda v: 255 if v > COLOURED else 0).histogram()[255]
    return coloured > COLOURED_SHARE * spread.width * spread.height


def without_coloured_ink(rgb: Image.Image) -> Image.Image:
    """The page in grey with its coloured ink taken off: each pixel's brightest channel (a blue, violet or
    red seal lets one channel through, black print none, so print under a seal stays dark), then light
    coloured pixels made paper."""
    brightest, spread = channel_spread(rgb)
    seal = ImageChops.multiply(spread.point(lambda v: 255 if v > COLOURED else 0),
                               brightest.point(lambda v: 255 if v >= SEAL_BRIGHTEST else 0))
    return ImageChops.lighter(brightest, seal)


def is_speckled(grey: Image.Image) -> bool:
    """True when a band across the middle of the page holds isolated dark pixels (salt-and-pepper).

    Clean, blurred, JPEG'd and photographed pages have none: every dark pixel of a glyph stroke
    has a dark neighbour.
    """
    w, h = grey.size
    band = grey.crop((0, h * 15 // 32, w, h * 16 // 32))
    pixels = np.asarray(band)
    second_darkest = np.asarray(band.filter(ImageFilter.RankFilter(3, 1)))
    isolated = np.count_nonzero((pixels < 128) & (second_darkest > 160))
    return isolated > NOISE_PER_PIXEL * pixels.size


def paper_brightness(grey: Image.Image) -> Image.Image:
    """The brightness of the bare paper around each point of a 1/32-size page: the brightest pixel
    within a few lines of it (text never fills such a square)."""
    return grey.reduce(PAPER_REDUCE).filter(ImageFilter.MaxFilter(5))


def evenly_lit(grey: Image.Image) -> Image.Image:
    """The page divided by its paper brightness when the light falls off across it (a phone photo);
    a page whose paper is evenly bright is returned as it is."""
    paper = paper_brightness(grey)
    darkest, brightest = np.percentile(np.asarray(paper), [5, 95])
    if darkest >= UNEVEN_LIGHT * brightest:
        return grey
    light = np.asarray(paper.resize(grey.size, Image.Resampling.BILINEAR), dtype=np.uint16)
    pixels = np.asarray(grey, dtype=np.uint16) * 255 // np.maximum(light, 1)
    return Image.fromarray(np.minimum(pixels, 255).astype(np.uint8))


def denoise(grey: Image.Image) -> Image.Image:
    return grey.filter(ImageFilter.MedianFilter(3))


def ink_mask(grey: Image.Image, reduce: int = REDUCE) -> np.ndarray:
    """Reduced boolean mask of ink, thresholded against the local paper brightness
    (so a photo lit from one side keeps its dark half readable)."""
    small = grey.reduce(reduce)
    paper = small.reduce(8).filter(ImageFilter.MaxFilter(3)).resize(small.size, Image.Resampling.BILINEAR)
    return np.asarray(small).astype(np.int16) < np.asarray(paper).astype(np.int16) * 6 // 10


def profile_sharpness(mask_img: Image.Image, angle: float) -> float:
    """How sharply text lines stand out in the row profile after turning by angle."""
    rows = np.asarray(mask_img.rotate(angle, resample=Image.Resampling.NEAREST)).sum(axis=1, dtype=np.int64)
    return float(np.sum(np.diff(rows) ** 2))


def skew_angle(grey: Image.Image) -> float:
    """The rotation (degrees, counter-clockwise) that makes the text lines horizontal: the best whole
    degree, then the best of it and its half-degree neighbours."""
    mask_img = Image.fromarray(ink_mask(grey, SKEW_REDUCE).astype(np.uint8))

    def best(angles):
        return max(angles, key=lambda a: (profile_sharpness(mask_img, a), -abs(a)))

    coarse = best(range(-int(MAX_SKEW), int(MAX_SKEW) + 1))
    return best([coarse - SKEW_STEP, coarse, coarse + SKEW_STEP])


def deskew(grey: Image.Image) -> Image.Image:
    """The page turned straight when it is more than STRAIGHT_ENOUGH askew. Nearest-neighbour turning
    costs a quarter of bilinear and read as well (CER 0.05% against 0.09% on a page turned 2.5
    degrees); it keeps speckles single dots."""
    angle = skew_angle(grey)
    if abs(angle) <= STRAIGHT_ENOUGH:
        return grey
    return grey.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=255)


def prepare_page(img: Image.Image) -> Image.Image:
    """Grey, evenly lit, deskewed, and median-filtered over its text area if speckled (the margins
    are never read: text_regions keeps to the text area)."""
    grey = evenly_lit(to_grey(img))
    speckled = is_speckled(grey)
    grey = deskew(grey)
    if not speckled:
        return grey
    area = text_area(ink_mask(grey)).scaled(REDUCE).clipped(grey.size).as_tuple()
    despeckled = grey.copy()
    despeckled.paste(denoise(grey.crop(area)), area[:2])
    return despeckled


# Column detection.

def runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) of each run of True in a 1-D boolean array."""
    padded = np.concatenate(([False], flags, [False]))
    edges = np.flatnonzero(np.diff(padded.astype(np.int8)))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


def central_gutter(mask: np.ndarray, left: int, right: int, min_width: int) -> tuple[int, int] | None:
    """The one blank column run at least min_width wide between [left, right) when its middle lies
    in the central 40%; None when there is none or several (a table, read row by row), or when the
    lines start far right of the page's left edge (the wrapped cells of two inner table columns)."""
    width = right - left
    blank = ~mask[:, left:right].any(axis=0)
    if blank[:2 * min_width].all():
        return None
    gutters = [(s, e) for s, e in runs(blank) if e - s >= min_width and 0 < s and e < width]
    if len(gutters) != 1:
        return None
    start, end = gutters[0]
    return (start + left, end + left) if 0.3 * width <= (start + end) / 2 <= 0.7 * width else None


def two_sided(line: np.ndarray, gutter: tuple[int, int], left: int, right: int) -> bool:
    return bool(line[:, left:gutter[0]].any() and line[:, gutter[1]:right].any())


def text_area(mask: np.ndarray) -> Box:
    """The box around the ink of a reduced mask, with half a line to spare; the whole mask when it
    holds no ink. Speckles do not count: a single dark pixel fades away in the reduced page."""
    rows, columns = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    height, width = mask.shape
    if rows.size == 0:
        return Box(0, 0, width, height)
    return Box(max(int(columns[0]) - AREA_MARGIN, 0), max(int(rows[0]) - AREA_MARGIN, 0),
               min(int(columns[-1]) + 1 + AREA_MARGIN, width), min(int(rows[-1]) + 1 + AREA_MARGIN, height))


def text_regions(grey: Image.Image) -> list[Box]:
    """Boxes to OCR one after another, in reading order, within the page's text area (blank margins
    are left out: fewer pixels for Tesseract): bands across it, and for each part of the page set in
    two columns (an attendee list, signature blocks side by side) its left column then its right
    column. A page in one column gives one box, its text area."""
    mask = ink_mask(grey)
    area = text_area(mask)
    lines = runs(mask.any(axis=1))
    ink_columns = np.flatnonzero(mask.any(axis=0))
    parts = []
    if lines:
        left, right = int(ink_columns[0]), int(ink_columns[-1]) + 1
        parts = two_column_parts(mask, lines, left, right, max(2, round(GUTTER_SHARE * mask.shape[1])))
    return [box.scaled(REDUCE).clipped(grey.size) for box in bands_and_columns(parts, lines, mask, area)]


def bands_and_columns(parts, lines: list[tuple[int, int]], mask: np.ndarray, area: Box) -> list[Box]:
    """Cut the text area between lines: bands across it around each two-column part, which is cut at
    the middle of its gutter. Boxes in the reduced mask's pixels."""
    boxes, top = [], area.top
    for first, last, gutter in parts:
        band_top = (lines[first - 1][1] + lines[first][0]) // 2 if first else area.top
        band_bottom = (lines[last][1] + lines[last + 1][0]) // 2 if last + 1 < len(lines) else area.bottom
        split = (gutter[0] + gutter[1]) // 2
        boxes += [Box(area.left, top, area.right, band_top),
                  Box(area.left, band_top, split, band_bottom), Box(split, band_top, area.right, band_bottom)]
        top = band_bottom
    boxes.append(Box(area.left, top, area.right, area.bottom))
    return [box for box in boxes if has_ink(mask, box)] or [area]


def two_column_parts(mask: np.ndarray, lines: list[tuple[int, int]], left: int, right: int,
                     min_gutter: int) -> list[tuple[int, int, tuple[int, int]]]:
    """Runs of consecutive lines (first, last index) sharing a blank central gutter, with the gutter.
    A run never spans a paragraph's space: side-by-side signature blocks end there, and the memo
    number and its date on the line below (two texts on one line) are read across, as one line."""
    line_height = np.median([end - start for start, end in lines])
    parts, i = [], 0
    while i < len(lines):
        best = None
        for j in range(i, len(lines)):
            if j > i and lines[j][0] - lines[j - 1][1] > line_height:
                break
            band = mask[lines[i][0]:lines[j][1]]
            gutter = central_gutter(band, left, right, min_gutter)
            if gutter is None:
                break
            both = sum(two_sided(mask[a:b], gutter, left, right) for a, b in lines[i:j + 1])
            if both >= MIN_TWO_COLUMN_LINES:
                best = (i, j, gutter)
        if best:
            parts.append(best)
            i = best[1] + 1
        else:
            i += 1
    return parts


def has_ink(mask: np.ndarray, box: Box) -> bool:
    return bool(mask[box.top:box.bottom, box.left:box.right].any())
