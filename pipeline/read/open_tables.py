"""Tables printed without ruling lines in page images: columns from the header row, rows from the serial column.

A decision table typed without borders (ক্রম  আলোচ্য বিষয়  আলোচনা  সিদ্ধান্ত  বাস্তবায়নকারী) comes out of the
OCR as lines in which the words of neighbouring cells run together: Tesseract joins words that stand
close, whatever column they are in. Here such a table is found by its header line, which names the
columns (the same test as for ruled tables: pdf_tables.is_data_table); the boundary between two
header cells is the emptiest vertical strip of the lines below between them; the table runs down
while no word of a line crosses a boundary (a line of prose across the page crosses some) and no
paragraph-sized gap opens; a row begins at each line with a word in the serial column, or, without
one, after a gap between lines wider than a line's own spacing. The result is a pdf_tables.Table,
whose cells the page's words are put into as for a ruled table. A table that runs to the foot of a
page hands its boundaries to the next page, whose first lines go on in those columns without a header.
"""
from __future__ import annotations

import statistics

from bangla_minutes.extractors.lexicon import column_kind
from bangla_minutes.pipeline.read.ocr_lines import is_number
from bangla_minutes.pipeline.read.pages import Word
from bangla_minutes.pipeline.read.pdf_tables import Box, Table, is_data_table

CELL_GAP = 0.6  # a gap between words wider than this share of a line's height parts two header cells
MIN_COLUMNS = 3
CROSS_SLACK = 0.15  # a word overlapping a boundary by less than this share of a line height does not cross it
TABLE_GAP = 2.5  # a gap between lines taller than this many line heights ends the table
SAMPLE_LINES = 40  # at most this many lines below a header place its boundaries
FOOT_LINES = 2  # a table with at most this many short lines under it (a page number) goes on over the page
HEAD_LINES = 2  # lines at the head of a page (a page number, a running title) a continued table may start after
ROW_GAP = 0.6  # without a serial column: a row begins after a gap between lines wider than this share


def find_tables(lines: list[list[Word]], avoid: list[Box] = (),
                continued: tuple[float, ...] = ()) -> tuple[list[Table], tuple[float, ...]]:
    """The tables without rulings among the page's lines (each a list of words left to right, top to
    bottom), none overlapping a box of `avoid` (the ruled tables found already); `continued`: the
    column boundaries of a table that ran to the foot of the page before. Returns the tables, and the
    boundaries of the last one if it runs to this page's foot (else ())."""
    if not lines:
        return [], ()
    height = statistics.median(_box(line)[3] - _box(line)[1] for line in lines)
    tables, i, open_at = [], 0, ()
    if continued:
        table, used = _continued(lines, continued, height)
        if table:
            tables.append(table)
            i, open_at = used, continued
    while i < len(lines):
        table, used, bounds = _table_at(lines, i, height, avoid)
        if table is None:
            i += 1
        else:
            tables.append(table)
            i, open_at = i + used, tuple(bounds)
    return tables, open_at if tables and _at_foot(tables[-1], lines) else ()


def _continued(lines: list[list[Word]], bounds: tuple[float, ...], height: float) -> tuple[Table | None, int]:
    """The rest of the table of the page before, from one of the page's first lines on."""
    for first in range(min(HEAD_LINES + 1, len(lines))):
        body = _body(lines[first:], list(bounds), height, check_first=True)
        if any(len({_column(w, bounds) for w in line}) >= 2 for line in body):
            serial = any(_column(w, bounds) == 0 and any(ch.isdigit() for ch in w.text) for line in body for w in line)
            return _table(body, list(bounds), _row_starts(body, bounds[0], serial, height)), first + len(body)
    return None, 0


def _at_foot(table: Table, lines: list[list[Word]]) -> bool:
    """Nothing but a page number or the like (a line or two of a word or two) under the table."""
    after = [line for line in lines if _box(line)[1] >= table.box[3]]
    return len(after) <= FOOT_LINES and all(len(line) <= 2 for line in after)


def _table_at(lines: list[list[Word]], start: int, height: float, avoid) -> tuple[Table | None, int]:
    """The table whose header is lines[start], how many lines it spans and its column boundaries."""
    cells = _cells(lines[start], height)
    if len(cells) < MIN_COLUMNS or any(_overlaps(_box(lines[start]), box) for box in avoid):
        return None, 0, []
    if not is_data_table([[" ".join(w.text for w in cell) for cell in cells]]):
        return None, 0, []
    below = _sample(lines[start:start + 1 + SAMPLE_LINES], height)
    bounds = [_boundary(_box(a)[2], _box(b)[0], below) for a, b in zip(cells, cells[1:])]
    body = _body(lines[start:], bounds, height)
    serial = column_kind(" ".join(w.text for w in cells[0])) == "serial"
    starts = _row_starts(body, bounds[0], serial, height)
    if len(starts) < 2:
        return None, 0, []
    return _table(body, bounds, starts), len(body), bounds


def _table(body: list[list[Word]], bounds: list[float], starts: list[int]) -> Table:
    """The table of these lines: columns between the boundaries, a row from each start to the next."""
    words = [w for line in body for w in line]
    left, right = min(w.box[0] for w in words) - 1, max(w.box[2] for w in words) + 1
    xs = [left, *bounds, right]
    tops = [_box(body[k])[1] - 1 for k in starts] + [_box(body[-1])[3] + 1]
    rows = [[(x0, top, x1, bottom) for x0, x1 in zip(xs, xs[1:])] for top, bottom in zip(tops, tops[1:])]
    return Table((left, tops[0], right, tops[-1]), rows)


def _cells(line: list[Word], height: float) -> list[list[Word]]:
    """The line's words in cells: a new cell after a gap wider than CELL_GAP of a line."""
    cells = [[line[0]]]
    for before, word in zip(line, line[1:]):
        if word.box[0] - before.box[2] > CELL_GAP * height:
            cells.append([])
        cells[-1].append(word)
    return cells


def _sample(lines: list[list[Word]], height: float) -> list[list[Word]]:
    """The lines under a header that place its boundaries: those up to the first gap wider than a
    line's spacing (the text after a table, set off by a blank line, is not to place them), or the
    first one."""
    sample = lines[1:2]
    for above, line in zip(lines[1:], lines[2:]):
        if _box(line)[1] - _box(above)[3] > ROW_GAP * height:
            break
        sample.append(line)
    return sample


def _boundary(left: float, right: float, lines: list[list[Word]]) -> float:
    """The x between two header cells (from the end of one to the start of the next) that the fewest
    of the lines' words cover; the middle of the widest such run."""
    if right <= left:
        return (left + right) / 2
    span = range(int(left), int(right) + 1)
    boxes = [w.box for line in lines for w in line if w.box[2] >= left and w.box[0] <= right]
    cover = [sum(b[0] <= x <= b[2] for b in boxes) for x in span]
    least = min(cover)
    runs, run = [], []
    for x, count in zip(span, cover):
        if count == least:
            run.append(x)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    widest = max(runs, key=len)
    return (widest[0] + widest[-1]) / 2


def _body(lines: list[list[Word]], bounds: list[float], height: float, check_first: bool = False) -> list[list[Word]]:
    """The first line (a header; checked too with `check_first`) and the lines below it that keep to
    the columns."""
    if check_first and _crosses(lines[0], bounds, height):
        return []
    body = [lines[0]]
    for line in lines[1:]:
        if _box(line)[1] - _box(body[-1])[3] > TABLE_GAP * height or _crosses(line, bounds, height):
            break
        body.append(line)
    return body


def _crosses(line: list[Word], bounds: list[float], height: float) -> bool:
    slack = CROSS_SLACK * height
    return any(w.box[0] + slack < x < w.box[2] - slack for w in line for x in bounds)


def _row_starts(body: list[list[Word]], first_bound: float, serial: bool, height: float) -> list[int]:
    """Where the header (or a row continued from the page before) and each row begin (indexes into
    body): 0, then each line with a number in the serial column, or (no serial column) each line after
    a wider gap than a line's."""
    starts = [0]
    for k in range(1, len(body)):
        if serial:
            if any(_centre(w) < first_bound and (any(ch.isdigit() for ch in w.text) or is_number(w.text))
                   for w in body[k]):
                starts.append(k)
        elif _box(body[k])[1] - _box(body[k - 1])[3] > ROW_GAP * height:
            starts.append(k)
    return starts


def _box(words: list[Word]) -> Box:
    return (min(w.box[0] for w in words), min(w.box[1] for w in words),
            max(w.box[2] for w in words), max(w.box[3] for w in words))


def _column(word: Word, bounds) -> int:
    return sum(_centre(word) > x for x in bounds)


def _centre(word: Word) -> float:
    return (word.box[0] + word.box[2]) / 2


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
