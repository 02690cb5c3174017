"""Ruled tables in page images: ruling lines -> cells, and the lines taken off before OCR.

A decision table printed with ruling lines (ক্রমিক | আলোচ্য বিষয় | আলোচনা | সিদ্ধান্ত | বাস্তবায়নে) read as one
block gives lines that run across the cells, glyphs read from the rulings ("|", "[", "।") and cells
that wrap into each other. Here the rulings are found by morphological opening with long thin kernels
(OpenCV), a table is the box of a connected set of them, its rows lie between horizontal rulings and
its columns between vertical ones; a cell whose left ruling is missing in its row is merged into its
left neighbour. The OCR reads the page with the rulings erased and puts each word into the cell its
centre falls in; pdf_tables then writes each table as the text PDFs give (one line a row).

A ruling that runs from one column ruling to another, short of the table's width, parts sub-rows in the
columns it crosses (one decision, a responsible party and deadline a sub-row); the cells beside it span
the sub-rows, and the sub-rows below the first mark them `spanned` (pdf_tables writes a ditto mark there).

A table cut by a page break has no ruling where the page ends (or starts): one is assumed where its
vertical rulings end, as pdf_tables does for text PDFs.
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from bangla_minutes.pipeline.read.pdf_tables import Table
from bangla_minutes.pipeline.read.preprocess import ink_mask

# Bengali letters hang from a headline (matra) as long as the word: up to ~1.3 inches in 13-16 pt
# print, so a horizontal ruling must be longer than that and span most of its table. Vertical strokes
# of letters are at most a line high (~0.25 inch).
MIN_HORIZONTAL_INCHES = 1.5
MIN_VERTICAL_INCHES = 0.5
ROW_RULING_SHARE = 0.5  # a row's ruling spans at least this share of the table's width
COLUMN_RULING_SHARE = 0.3  # a column's ruling at least this share of its height (merged cells break it)
MIN_TABLE_INCHES = 2.0  # a table is at least this wide
REDUCE = 2  # rulings are searched on a half-size page
SLANT_ROOM_INCHES = 0.035  # ink thickened this much across a ruling: room for a degree of slant
MIN_COLUMNS = 2
# A sub-row's ruling stands at least this far from its row's rulings (a line of text between them); a row's
# ruling broken in pieces at a slant is no sub-row.
MIN_SUB_ROW_INCHES = 0.2
LINE_MERGE_INCHES = 0.04  # rulings closer than this (a thick or doubled line) are one
ERASE_GROW = 2  # pixels around a ruling erased with it (its anti-aliased edge)
MAX_THICKNESS_INCHES = 0.03  # a ruling's mean thickness at most (printed rulings: 0.005-0.015)
OUTER_GAP_INCHES = 0.2  # rulings this close side by side belong to one table (a corner's gap on a slant)


def rulings(binary: np.ndarray, dpi: float) -> tuple[np.ndarray, np.ndarray]:
    """Masks of the horizontal and the vertical rulings (their ink pixels). The ink is first thickened
    across the ruling's direction, so that a ruling up to a degree askew (left so by deskew) still holds
    an unbroken run of the kernel's length."""
    wide, tall = max(int(MIN_HORIZONTAL_INCHES * dpi), 60), max(int(MIN_VERTICAL_INCHES * dpi), 20)
    across = max(int(SLANT_ROOM_INCHES * dpi), 2) | 1
    horizontal = opened(cv2.dilate(binary, np.ones((across, 1), np.uint8)), (wide, 1))
    vertical = opened(cv2.dilate(binary, np.ones((1, across), np.uint8)), (1, tall))
    return cv2.bitwise_and(horizontal, binary), cv2.bitwise_and(vertical, binary)


def opened(binary: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    return cv2.morphologyEx(binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, size))


@dataclass(frozen=True)
class Ruling:
    at: float  # its middle across its direction (y of a horizontal ruling, x of a vertical one)
    start: int  # where it begins and ends along its direction
    end: int


def thin_rulings(mask: np.ndarray, horizontal: bool, dpi: float) -> list[Ruling]:
    """The rulings of a mask, each a connected set of pixels no thicker than a printed line (a dark band
    where a copier's lid met the glass is no ruling)."""
    count, labels, stats, centroids = cv2.connectedComponentsWithStats(mask)
    out = []
    for label in range(1, count):
        left, top, width, height, area = stats[label]
        length = width if horizontal else height
        if area / max(length, 1) <= MAX_THICKNESS_INCHES * dpi:
            centre = centroids[label][1] if horizontal else centroids[label][0]
            out.append(Ruling(float(centre), int(left if horizontal else top),
                              int(left + width if horizontal else top + height)))
    return out


def find_tables(grey: Image.Image, dpi: float) -> tuple[list[Table], np.ndarray | None]:
    """The ruled tables of a page (boxes in page pixels) and the mask of their rulings in page pixels
    (None: no table). Found on a half-size page (a ruling is still 1-4 pixels thick there, and the
    search costs a quarter), in the ink that is as dark as print (a copier's faint streak is not)."""
    binary = ink_mask(grey, REDUCE).astype(np.uint8) * 255
    small_dpi = dpi / REDUCE
    horizontal, vertical = rulings(binary, small_dpi)
    if not vertical.any() or not horizontal.any():
        return [], None
    lines = cv2.bitwise_or(horizontal, vertical)
    # a table's rulings are one component even where a row's ruling stops short of an outer column's ruling
    # (a slanted scan's row ruling breaks into pieces the kernel misses near the corner)
    reach = max(int(OUTER_GAP_INCHES * small_dpi), 5) | 1
    count, labels, stats, _ = cv2.connectedComponentsWithStats(cv2.dilate(lines, np.ones((5, reach), np.uint8)))
    tables, erase = [], np.zeros_like(lines)
    for label, (left, top, width, height, _) in enumerate(stats[1:count], 1):
        if width < MIN_TABLE_INCHES * small_dpi:
            continue
        inside = labels == label
        table = grid_table(thin_rulings(np.where(inside, horizontal, 0), True, small_dpi),
                           thin_rulings(np.where(inside, vertical, 0), False, small_dpi), small_dpi)
        if table:
            tables.append(scaled(table, REDUCE))
            erase[inside] = lines[inside]
    if not tables:
        return [], None
    return sorted(tables, key=lambda t: t.box[1]), cv2.resize(erase, grey.size, interpolation=cv2.INTER_NEAREST)


def scaled(table: Table, factor: int) -> Table:
    def scale(box):
        return None if box is None else tuple(float(v * factor) for v in box)
    return Table(scale(table.box), [[scale(cell) for cell in row] for row in table.rows], table.spanned)


def joined(rulings: list[Ruling], merge: float) -> list[Ruling]:
    """Rulings closer than merge (a thick or doubled line, a line broken in two) made one."""
    out: list[Ruling] = []
    for ruling in sorted(rulings, key=lambda r: r.at):
        if out and ruling.at - out[-1].at <= merge:
            last = out.pop()
            ruling = Ruling((last.at + ruling.at) / 2, min(last.start, ruling.start), max(last.end, ruling.end))
        out.append(ruling)
    return out


def grid_table(horizontal: list[Ruling], vertical: list[Ruling], dpi: float) -> Table | None:
    """The table these rulings make: rows between horizontal rulings that span most of it, columns
    between vertical ones that run down a good part of it."""
    merge = max(LINE_MERGE_INCHES * dpi, 3)
    if not horizontal or not vertical:
        return None
    left, right = min(r.start for r in horizontal), max(r.end for r in horizontal)
    top, bottom = min(r.start for r in vertical), max(r.end for r in vertical)
    lines = joined(horizontal, merge)
    rows = [r for r in lines if r.end - r.start >= ROW_RULING_SHARE * (right - left)]
    columns = [r for r in joined(vertical, merge) if r.end - r.start >= COLUMN_RULING_SHARE * (bottom - top)]
    row_ys = closed([r.at for r in rows], top, bottom, merge)
    if len(columns) < MIN_COLUMNS + 1 or len(row_ys) < 2:
        return None
    slots = list(zip(columns, columns[1:]))
    sub_rows = [r for r in lines if r not in rows and column_to_column(r, columns, 3 * merge)
                and 0 < sum(covers(r, a, b, 3 * merge) for a, b in slots) < len(slots)
                and all(abs(r.at - y) >= MIN_SUB_ROW_INCHES * dpi for y in row_ys)]
    ys = sorted(set(row_ys) | {r.at for r in sub_rows})
    cells = [row_cells(columns, upper, lower) for upper, lower in zip(ys, ys[1:])]
    spanned = set()
    for k in range(len(columns) - 1):
        crossing = sorted(set(row_ys) | {r.at for r in sub_rows if covers(r, columns[k], columns[k + 1], 3 * merge)})
        for i, (upper, lower) in enumerate(zip(ys, ys[1:])):
            if cells[i][k] is None:
                continue
            if upper in crossing:
                below = next(y for y in crossing if y > upper)
                cells[i][k] = (cells[i][k][0], upper, cells[i][k][2], below)
            else:
                spanned.add((i, k))
    return Table((columns[0].at, ys[0], columns[-1].at, ys[-1]), cells, frozenset(spanned))


def column_to_column(ruling: Ruling, columns: list[Ruling], slack: float) -> bool:
    """A ruling that runs from one column's ruling to another's: it parts sub-rows in the columns it
    crosses (one decision's responsible parties and deadlines), while the cells beside it span them."""
    return any(abs(ruling.start - c.at) <= slack for c in columns) and any(abs(ruling.end - c.at) <= slack for c in columns)


def covers(ruling: Ruling, left: Ruling, right: Ruling, slack: float) -> bool:
    return ruling.start <= left.at + slack and ruling.end >= right.at - slack


def closed(rows: list[float], top: int, bottom: int, merge: float) -> list[float]:
    """Row boundaries with one added where the vertical rulings start or end beyond the horizontal
    ones (a table cut by a page break)."""
    return sorted(set(rows) | {end for end in (float(top), float(bottom)) if all(abs(end - row) > 3 * merge for row in rows)})


def row_cells(columns: list[Ruling], upper: float, lower: float):
    """The cells of one row, None for a cell merged into its left neighbour (the ruling between them
    does not run through this row)."""
    middle = (upper + lower) / 2
    closes = [column.start <= middle <= column.end for column in columns]
    cells, start = [], 0
    for index in range(1, len(columns)):
        if closes[index] or index == len(columns) - 1:
            cells.append((columns[start].at, upper, columns[index].at, lower))
            cells += [None] * (index - start - 1)
            start = index
    return cells


def erased(grey: Image.Image, mask: np.ndarray) -> Image.Image:
    """The page with the rulings made paper."""
    grown = cv2.dilate(mask, np.ones((2 * ERASE_GROW + 1, 2 * ERASE_GROW + 1), np.uint8))  # and its edge
    pixels = np.asarray(grey).copy()
    pixels[grown > 0] = 255
    return Image.fromarray(pixels)
