"""Decision tables written as text: `|` columns (markdown tables too) or tab columns.

A table starts at a header row whose cells are known column names (data/agenda_keywords.json,
"table_columns"; in any order, misspellings matched fuzzily) and has a সিদ্ধান্ত column. A row whose first
cell is empty continues the row above (a wrapped cell); markdown separator rows (`|---|---|`) are skipped.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from bangla_minutes.extractors.lexicon import column_kind
from bangla_minutes.extractors.text import clean

_MAX_COLUMNS = 12  # a line cut into more cells is no header row
_RULE = regex.compile(r"\s*:?-{2,}:?\s*")

Span = tuple[int, int]


@dataclass
class Row:
    start: int
    end: int
    cells: dict[str, list[Span]] = field(default_factory=dict)  # column kind -> its text, piece by piece

    def text(self, text: str, kind: str) -> str:
        return clean(" ".join(text[s:e] for s, e in self.cells.get(kind, [])))


@dataclass
class Table:
    columns: set[str]
    rows: list[Row]
    next_line: int  # index of the first line after the table


def read_table(text: str, lines: list[Span], i: int) -> Table | None:
    """The table whose header row is lines[i], or None when lines[i] is no table header."""
    start, end = lines[i]
    sep = _separator(text, start, end)
    if sep is None:
        return None
    framed = text.startswith("|", *stripped(text, (start, end)))  # a markdown row: | a | b |
    cells = split_cells(text, start, end, sep, framed)
    if len(cells) > _MAX_COLUMNS:
        return None
    kinds = [column_kind(text[s:e]) for s, e in cells]
    known = {k for k in kinds if k}
    if "decision" not in known or len(known) < 2:
        return None
    rows: list[Row] = []
    j = next_line = i + 1
    while (j := _next_row_line(text, lines, j, sep)) is not None:
        _add_row(text, lines[j], sep, framed, kinds, rows)
        j = next_line = j + 1
    return Table(known, rows, next_line)


def _next_row_line(text: str, lines: list[Span], j: int, sep: str) -> int | None:
    """Index of the next row of the table at or after j (blank lines between rows are skipped)."""
    while j < len(lines):
        s, e = lines[j]
        if text[s:e].strip():
            return j if sep in text[s:e] else None
        j += 1
    return None


def _add_row(text: str, line: Span, sep: str, framed: bool, kinds: list[str | None], rows: list[Row]):
    cells = split_cells(text, line[0], line[1], sep, framed)
    if all(_RULE.fullmatch(text, s, e) or s == e for s, e in cells):
        return  # a markdown separator row, or an empty one
    continues = bool(rows) and cells[0][0] == cells[0][1]
    row = rows[-1] if continues else Row(*stripped(text, line))
    for kind, cell in zip(kinds, cells):
        if kind and cell[0] < cell[1]:
            row.cells.setdefault(kind, []).append(cell)
    row.end = max(row.end, stripped(text, line)[1])
    if not continues:
        rows.append(row)


def _separator(text: str, start: int, end: int) -> str | None:
    line = text[start:end]
    if "|" in line:
        return "|"
    return "\t" if "\t" in line else None


def split_cells(text: str, start: int, end: int, sep: str, framed: bool = False) -> list[Span]:
    """Cells of a row as trimmed spans; the outer pipes of a markdown row (`framed`) are no columns."""
    if sep == "|":
        start, end = stripped(text, (start, end))
        if framed and text.startswith("|", start, end):
            start += 1
        if end > start and text[end - 1] == "|":
            end -= 1
    cells = []
    pos = start
    while True:
        cut = text.find(sep, pos, end)
        stop = end if cut < 0 else cut
        cells.append(stripped(text, (pos, stop)))
        if cut < 0:
            return cells
        pos = cut + 1


def stripped(text: str, span: Span) -> Span:
    """The span without the whitespace at its ends."""
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
