"""Ruled tables of a text PDF page written into the page text as rows: cells joined with " | ".

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

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points from the page's top left
RegionText = Callable[[Box, bool], str]  # (box, layout) -> the text inside the box

_SPACES = regex.compile(r"\s+")
_BLANK_LINES = regex.compile(r"\n\s*\n\s*\n+")


@dataclass(frozen=True)
class Table:
    box: Box
    rows: list[list[Box | None]]  # None: a cell covered by a merged neighbour


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


def text_with_tables(tables: list[Table], region_text: RegionText, width: float, height: float) -> str:
    """The page text: the text between tables as laid out, each table row as one " | " line,
    a blank line between a table and the text around it."""
    parts, top = [], 0.0
    for table in tables:
        if table.box[1] > top:
            parts.append(region_text((0.0, top, width, table.box[1]), True))
        parts.append("\n".join(row_text(row, region_text) for row in table.rows))
        top = table.box[3]
    parts.append(region_text((0.0, top, width, height), True))
    text = "\n\n".join(part.strip("\n") for part in parts if part.strip())
    return _BLANK_LINES.sub("\n\n", text)


def row_text(row: list[Box | None], region_text: RegionText) -> str:
    """One line: each cell's text with its inner line breaks made spaces."""
    return " | ".join(_SPACES.sub(" ", region_text(cell, False)).strip() if cell else "" for cell in row)
