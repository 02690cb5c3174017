"""Decision tables written as text: `|` columns (markdown tables too) or tab columns.

A table starts at a header row whose cells are known column names (data/agenda_keywords.json,
"table_columns"; in any order, misspellings matched fuzzily) and has a সিদ্ধান্ত column. A row whose first
cell is empty continues the row above (a wrapped cell, or a row cut by a page break); markdown separator
rows (`|---|---|`), the header printed again on a later page and OCR's marks at a page's foot ("A [") are
skipped. A cell holding only a ditto mark repeats the cell above: sub-rows of one decision. A row without a
serial with its own decision and its own responsible party or deadline, whose decision starts with the next
letter ("খ) ..." under "...: ক) ...") or follows a finished decision with a party of its own, is one more
decision of the same item (its discussion cell running on), not a wrapped line. A table without a serial column whose row stops mid-sentence in every text cell (a row cut by a page
break, or by a ruling OCR saw inside it) goes on in the next row.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex
from rapidfuzz import fuzz

from bangla_minutes.extractors.agenda_patterns import read_marker
from bangla_minutes.extractors.lexicon import _named_column, column_kind
from bangla_minutes.extractors.text import clean

_MAX_COLUMNS = 12  # a line cut into more cells is no header row
_COLUMN_NAME = 30  # characters: a longer line names no column
_HEADER_LIKENESS = 70  # rapidfuzz ratio of a header cell read again on a later page (OCR slips: 73-90)
_MARK = 6  # characters: a line this short without a word is a mark, not text
_RULE = regex.compile(r"\s*:?-{2,}:?\s*")
# A cell that repeats the one above: a ditto mark, typed or written by a scan's reader for a cell that spans
# sub-rows (one decision, a responsible party and deadline a sub-row), or "ঐ" (the same).
_DITTO = regex.compile(r"\s*(?:〃|\"|”|“|''|ঐ)\s*")
_SERIAL = regex.compile(r"\(?[০-৯0-9]{1,3}[.)।]?")

Span = tuple[int, int]


@dataclass
class Row:
    start: int
    end: int
    cells: dict[str, list[Span]] = field(default_factory=dict)  # column kind -> its text, piece by piece
    repeated: set[str] = field(default_factory=set)  # kinds whose cell repeats the row above's (a ditto mark)
    lettered: bool = False  # a row of lettered sub-decisions ("ক) ...", "খ) ...")

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
        return _one_cell_a_line(text, lines, i)
    line = text[slice(*stripped(text, (start, end)))]
    framed = line.startswith("|") and line.endswith("|")  # a markdown row: | a | b |
    cells = split_cells(text, start, end, sep, framed)
    if len(cells) > _MAX_COLUMNS:
        return None
    kinds = _merged_names_parted([column_kind(text[s:e]) for s, e in cells], [text[s:e] for s, e in cells],
                                 _cells_below(text, lines, i, sep, framed))
    known = {k for k in kinds if k}
    if "decision" not in known or len(known) < 2:
        return None
    rows: list[Row] = []
    j = next_line = i + 1
    while (j := _next_row_line(text, lines, j, sep)) is not None:
        _add_row(text, lines[j], sep, framed, kinds, rows, [text[s:e] for s, e in cells])
        j = next_line = j + 1
    return Table(known, rows, next_line)


def _one_cell_a_line(text: str, lines: list[Span], i: int) -> Table | None:
    """A table flattened one cell a line (a web page copied as text): its column names on consecutive lines,
    the first the serial; then each row from a line holding only its serial, its cells on the lines below."""
    kinds = []
    while i + len(kinds) < len(lines) and len(kinds) < _MAX_COLUMNS:
        cell = text[slice(*lines[i + len(kinds)])]
        kind = column_kind(cell) if len(cell.strip()) <= _COLUMN_NAME else None
        if kind is None or kind in kinds:
            break
        kinds.append(kind)
    if len(kinds) < 3 or kinds[0] != "serial" or "decision" not in kinds:
        return None
    rows: list[Row] = []
    j = i + len(kinds)
    while j < len(lines) and _SERIAL.fullmatch(text[slice(*lines[j])].strip()):
        cells = [stripped(text, lines[k]) for k in range(j + 1, min(j + len(kinds), len(lines)))]
        cells = [c for c in cells if c[0] < c[1] and not _SERIAL.fullmatch(text[slice(*c)])]
        row = Row(*stripped(text, lines[j]))
        for kind, cell in zip(kinds[1:], cells):
            row.cells.setdefault(kind, []).append(cell)
            row.end = cell[1]
        row.cells["serial"] = [stripped(text, lines[j])]
        rows.append(row)
        j += 1 + len(cells)
    return Table(set(kinds), rows, j) if rows else None


def _cells_below(text: str, lines: list[Span], i: int, sep: str, framed: bool) -> int:
    """How many cells the first row under the header line lines[i] has (0: none follows)."""
    j = _next_row_line(text, lines, i + 1, sep)
    return 0 if j is None else len(split_cells(text, *lines[j], sep, framed))


def _merged_names_parted(kinds: list[str | None], names: list[str], below: int) -> list[str | None]:
    """A header cell holding two columns' names beside an empty one ("সিদ্ধান্ত বাস্তবায়নকারী কর্তৃপক্ষ" | ""):
    on a scan the ruling between them was broken in the header row, so both names fell in one cell. The
    names are parted: the cell names the first column, the empty one beside it the second."""
    kinds = list(kinds)
    for i in range(len(kinds)):
        if not kinds[i] or i + 1 < len(kinds) and (names[i + 1].strip() or kinds[i + 1]):
            continue
        if i + 1 == len(kinds) and below <= len(kinds):
            continue  # the last cell, and the rows have no more cells than the header
        words = clean(names[i]).split()
        for cut in range(1, len(words)):
            first, second = _named_column(" ".join(words[:cut])), _named_column(" ".join(words[cut:]))
            if first and second and first != second and second not in kinds[:i] + kinds[i + 1:]:
                kinds[i] = first
                if i + 1 < len(kinds):
                    kinds[i + 1] = second
                else:  # the last cell: its empty neighbour was trimmed with the row's closing bar
                    kinds.append(second)
                break
    return kinds


def _next_row_line(text: str, lines: list[Span], j: int, sep: str) -> int | None:
    """Index of the next row of the table at or after j (blank lines between rows are skipped)."""
    while j < len(lines):
        s, e = lines[j]
        if text[s:e].strip() and not is_mark(text[s:e]):
            return j if sep in text[s:e] else None
        j += 1
    return None


def is_mark(line: str) -> bool:
    """A few signs and no word: what OCR reads from a stroke at a page's foot ("A [", "|"), which leaves
    a table cut by a page break in one piece."""
    return len(line.strip()) <= _MARK and "|" not in line.strip()[1:-1] and \
        not any(sum(ch.isalpha() for ch in word) >= 3 for word in line.split())


def _add_row(text: str, line: Span, sep: str, framed: bool, kinds: list[str | None], rows: list[Row],
             header: list[str] = ()):
    cells = split_cells(text, line[0], line[1], sep, framed)
    if all(_RULE.fullmatch(text, s, e) or s == e for s, e in cells):
        return  # a markdown separator row, or an empty one
    if _repeats_header(text, cells, header):
        return  # the header printed again on the next page of a table cut by a page break
    continues = bool(rows) and (cells[0][0] == cells[0][1] or _cut_mid_sentence(text, kinds, rows[-1]))
    if continues and _sub_row(text, cells, kinds, rows[-1]):
        continues = False
        lettered = _starts_with_letter(text, cells[kinds.index("decision")])
        rows[-1].lettered = rows[-1].lettered or lettered
        row = Row(*stripped(text, line), lettered=lettered)
        row.cells["serial"] = list(rows[-1].cells.get("serial", []))
        row.repeated.add("serial")  # a sub-row of the row above: one more decision of its item
        for kind in ("title", "discussion"):
            if kind in rows[-1].cells:
                row.cells[kind], row.repeated = list(rows[-1].cells[kind]), row.repeated | {kind}
    else:
        row = rows[-1] if continues else Row(*stripped(text, line))
    for kind, cell in zip(kinds, cells):
        if kind and rows and not continues and _DITTO.fullmatch(text, *cell):
            row.cells[kind] = list(rows[-1].cells.get(kind, []))  # the cell above, repeated
            row.repeated.add(kind)
        elif kind and cell[0] < cell[1]:
            if kind in row.repeated and kind != "serial":  # the sub-row's own text after the cell repeated
                row.cells[kind], row.repeated = [], row.repeated - {kind}
            row.cells.setdefault(kind, []).append(cell)
    row.end = max(row.end, stripped(text, line)[1])
    if not continues:
        rows.append(row)


def _starts_with_letter(text: str, span: Span) -> bool:
    start, end = span
    marker = read_marker(text, start, end) if start < end else None
    return bool(marker and marker.kind == "entry" and marker.style and marker.style.endswith("letter"))


def _introduces_letters(text: str, spans: list[Span]) -> bool:
    """A decision cell that opens a lettered list: "ক) ..." at its start or after its introduction's colon."""
    if not spans:
        return False
    start, end = spans[0]
    colon = max(text.rfind(":", start, end), text.rfind("ঃ", start, end))
    return any(_starts_with_letter(text, stripped(text, (at, end))) for at in (start, colon + 1) if at >= start)


def _sub_row(text: str, cells: list[Span], kinds: list[str | None], above: Row) -> bool:
    """A row without a serial that is one more decision of the row above's item, not a wrapped line of it: it
    has its own decision and its own responsible party or deadline, and its decision is the next lettered
    sub-decision ("খ) ..." under "...: ক) ..."), or (in a table with a serial column) the decision above has
    ended its sentence and had a party or deadline of its own (the discussion cell may run on beside them)."""
    own = {kind: cell for kind, cell in zip(kinds, cells) if kind and cell[0] < cell[1]}
    if "decision" not in own or not own.keys() & {"responsible", "deadline"}:
        return False
    if _starts_with_letter(text, own["decision"]):
        return above.lettered or _introduces_letters(text, above.cells.get("decision", []))
    decision = above.cells.get("decision")
    return (kinds[0] == "serial" and bool(decision) and bool(_SENTENCE_END.search(text[slice(*decision[-1])]))
            and bool(above.cells.keys() & {"responsible", "deadline"}) and "decision" not in above.repeated)


_SENTENCE_END = regex.compile(r"[।?!:ঃ.]\W*$")


def _cut_mid_sentence(text: str, kinds: list[str | None], above: Row) -> bool:
    """In a table without a serial column: the row above stops mid-sentence in its decision cell and in its
    discussion cell (when it has one) — the rest of it is the next row (a page break cut it, or a ruling OCR
    saw inside it)."""
    if "serial" in kinds or "decision" not in above.cells:
        return False
    ends = [text[slice(*above.cells[kind][-1])] for kind in ("discussion", "decision") if above.cells.get(kind)]
    return all(end.strip() and not _SENTENCE_END.search(end) for end in ends)


def _repeats_header(text: str, cells: list[Span], header: list[str]) -> bool:
    """The row is the header again (OCR may misread a few letters of it, or miss a name): at least two of its
    cells and most of those not empty are short and read like the header's cell above them."""
    filled = [(k, text[s:e]) for k, (s, e) in enumerate(cells) if s < e]
    if len(filled) < 2 or any(len(cell) > _COLUMN_NAME for _, cell in filled):
        return False
    alike = sum(k < len(header) and fuzz.ratio(cell, header[k]) >= _HEADER_LIKENESS for k, cell in filled)
    return alike >= 2 and 2 * alike > len(filled)


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
