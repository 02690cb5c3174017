"""Ruled tables of a text PDF page (and Word tables) written into the page text, one line a row.

A decision table (ক্রমিক | আলোচ্য বিষয় | আলোচনা | সিদ্ধান্ত | বাস্তবায়নে) printed in a PDF comes out of
`pdftotext -layout` as interleaved column fragments; written as one line per row, header row first, it
reads like the text-table form of the minutes, and the agenda extractor's text-table path takes it.
pdfplumber finds the tables (its strength: lines and positions); the cell text comes from the page's
chosen text extractor, cropped to the cell, since pdfplumber's own text is in visual order for Bengali.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from bangla_minutes.extractors.lexicon import column_kind
from bangla_minutes.extractors.text import SPACES

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points from the page's top left
RegionText = Callable[[Box, bool], str]  # (box, layout) -> the text inside the box

# A cell of the row above that spans this row (sub-rows beside it: one decision, several responsible
# parties and deadlines) is written as a ditto mark, as typed tables repeat a cell.
DITTO = "〃"
_BLANK_LINES = regex.compile(r"\n\s*\n\s*\n+")
# A "|" inside a cell's own text is no column boundary: after a Bengali letter or digit it is a danda OCR read
# as a bar ("২|" for "২।"), elsewhere a piece of a ruling left in the cell.
_DANDA_AS_BAR = regex.compile(r"(?<=[\p{Bengali}])\s*\|")
_BAR = regex.compile(r"\s*\|\s*")


@dataclass(frozen=True)
class Table:
    box: Box
    rows: list[list[Box | None]]  # None: a cell covered by a merged neighbour
    spanned: frozenset[tuple[int, int]] = frozenset()  # (row, column): a cell of the row above that spans this row


def find_tables(page) -> list[Table]:
    """The ruled tables of a pdfplumber page with two columns or more (one row is enough: the rest of
    a table continued from the previous page)."""
    tables = []
    for found in page.find_tables(closing_lines(page)):
        rows = [list(row.cells) for row in found.rows]
        if rows and max(len(row) for row in rows) >= 2:
            tables.append(Table(tuple(found.bbox), rows))
    return sorted(tables, key=lambda t: t.box[1])


def closing_lines(page) -> dict:
    """Table settings that close a table cut by a page break: a row split over two pages has no
    ruling line at the page's end (or start), so one is assumed where the column lines end."""
    verticals = [edge for edge in page.edges if edge["orientation"] == "v"]
    if not verticals:
        return {}
    return {"explicit_horizontal_lines": [min(e["top"] for e in verticals), max(e["bottom"] for e in verticals)]}


def text_with_tables(tables: list[Table], region_text: RegionText, width: float, height: float,
                     data_columns: int | None = None) -> tuple[str, int | None]:
    """The page text, with the text between tables as laid out and each table as `table_text` writes
    it, a blank line between a table and the text around it. `data_columns`: the column count of the
    last data table before this page; returned updated for the next page."""
    parts, top = [], 0.0
    for table in tables:
        if table.box[1] > top:
            parts.append(region_text((0.0, top, width, table.box[1]), True))
        rows = [[DITTO if (i, k) in table.spanned else cell for k, cell in enumerate(row_cells(row, region_text))]
                for i, row in enumerate(table.rows)]
        data = is_data_table(rows, data_columns)
        data_columns = len(rows[0]) if data else data_columns
        parts.append(table_text(rows, data))
        top = table.box[3]
    parts.append(region_text((0.0, top, width, height), True))
    text = "\n\n".join(part.strip("\n") for part in parts if part.strip())
    return _BLANK_LINES.sub("\n\n", text), data_columns


def row_cells(row: list[Box | None], region_text: RegionText) -> list[str]:
    """Each cell's text with its inner line breaks made spaces."""
    return [SPACES.sub(" ", region_text(cell, False)).strip() if cell else "" for cell in row]


def table_text(rows: list[list[str]], data: bool) -> str:
    """A data table (decisions, attendees) as " | " rows, header row first: the extractors' text-table
    paths read them. Any other table (label and value in a header block, a memo number beside its
    date) as tab-separated lines, as such blocks are typed: a " | " would end up inside their values."""
    separator = " | " if data else "\t"
    if data:
        rows = [[_BAR.sub(" ", _DANDA_AS_BAR.sub("।", cell)).strip() for cell in cells] for cells in rows]
    return "\n".join(separator.join(cells) for cells in rows)


def is_data_table(rows: list[list[str]], data_columns: int | None = None) -> bool:
    """The first row is a header: it starts with a serial column (ক্রমিক, ক্রঃ নং) or names a decision
    column and one more (the agenda extractor's own test). Or the table has the columns of the last
    data table (`data_columns`): it is that table's rest, cut by a page break."""
    if not rows or not rows[0]:
        return False
    if data_columns is not None and len(rows[0]) == data_columns:
        return True
    kinds = {column_kind(cell) for cell in rows[0]} - {None}
    return column_kind(rows[0][0]) == "serial" or "decision" in kinds and len(kinds) >= 2
