"""The agenda body cut into paragraphs ("units"), each with the marker it starts with.

A unit runs from a line with a marker (an enumerator, a label, a heading, the closing sentence) over
the lines that continue it while its text runs on without closing punctuation: wrapped lines, and the
rest of a paragraph that a page break cut off after a blank line. A weak marker (a section number such as
"২.১", a numbered heading without its colon) inside a sentence that runs on is taken for wrapped text.
A closing sentence at the end of a paragraph becomes a unit of its own.
"""
from __future__ import annotations

from dataclasses import dataclass

from bangla_minutes.extractors.agenda_patterns import Marker, closing_start, read_marker, strip_end
from bangla_minutes.extractors.agenda_table import Span, Table, is_mark, read_table, stripped

_RUNS_ON_UNLESS = "।?!:;ঃ"  # a paragraph ending in one of these is complete
_FIELD_KINDS = ("responsible", "deadline")
_WRAPPED = 50  # characters: a shorter line ended where its writer ended it, not where the page did


@dataclass
class Unit:
    kind: str  # a Marker kind, "plain" or "table"
    start: int  # where the unit starts: its enumerator or label
    body: int  # where its own text starts
    end: int
    marker: Marker | None = None
    table: Table | None = None
    last_line: int = 0  # where the unit's last line starts

    @property
    def label(self) -> str | None:
        return self.marker.label if self.marker else None

    @property
    def style(self) -> str | None:
        return self.marker.style if self.marker else None


def split_units(text: str) -> list[Unit]:
    lines = _lines(text)
    units: list[Unit] = []
    current: Unit | None = None
    after_blank = True
    i = 0
    while i < len(lines):
        start, end = stripped(text, lines[i])
        if start == end:
            after_blank, i = True, i + 1
            continue
        table = read_table(text, lines, i)
        if table:
            last = stripped(text, lines[table.next_line - 1])
            if not _goes_on(text, units, table):
                units.append(Unit("table", start, start, max(last[1], end), table=table))
            else:
                units[-1].end = max(units[-1].end, last[1])
            current, after_blank, i = None, True, table.next_line
            continue
        marker = read_marker(text, start, end)
        if current is not None and _continues(text, current, marker, after_blank, (start, end)):
            current.end, current.last_line = end, start
        else:
            kind = marker.kind if marker else "plain"
            current = Unit(kind, start, marker.body if marker else start, end, marker, last_line=start)
            units.append(current)
        after_blank, i = False, i + 1
    return list(_closing_split_off(text, units))


def _goes_on(text: str, units: list[Unit], table: Table) -> bool:
    """A table whose first row has no serial, under the same header as the table just before it, is that
    table's rest after a page break (its header printed again, the page's footer between them): the row
    goes on in that table's last row, the other rows follow it. Leftover OCR marks between the two
    (a stroke of a ruling read as "A [") are dropped."""
    while units and units[-1].kind != "table" and is_mark(text[units[-1].start:units[-1].end]):
        units.pop()
    if not units or units[-1].kind != "table" or not table.rows or table.rows[0].cells.get("serial"):
        return False
    before = units[-1].table
    if before.columns != table.columns or not before.rows or "serial" not in table.columns:
        return False
    first, *rest = table.rows
    last = before.rows[-1]
    for kind, spans in first.cells.items():
        last.cells.setdefault(kind, []).extend(spans)
    last.end = max(last.end, first.end)
    before.rows.extend(rest)
    return True


def _closing_split_off(text: str, units: list[Unit]):
    for unit in units:
        closing = None if unit.kind in ("table", "closing") else closing_start(text, unit.body, unit.end)
        if closing is None or closing <= unit.body:
            yield unit
            continue
        yield Unit(unit.kind, unit.start, unit.body, closing, unit.marker, last_line=unit.last_line)
        yield Unit("closing", closing, closing, unit.end)


def _continues(text: str, unit: Unit, marker: Marker | None, after_blank: bool, line: Span) -> bool:
    """Does the line after `unit` (starting with `marker`) carry on the unit's text?"""
    complete = text[strip_end(text, unit.start, unit.end, '-–') - 1] in _RUNS_ON_UNLESS  # "সিদ্ধান্তঃ-" too
    if marker is not None and unit.kind in _FIELD_KINDS:
        return False  # "সময়সীমা: ১৭ মে ২০০২" then "৩.৪ ...": a decision's field is no paragraph to run on
    if marker is not None and (marker.strong or after_blank or complete or _next_in_list(unit, marker)):
        return False
    if unit.body >= unit.end:  # a label or enumerator alone on its line: its text follows, unless the
        return not _heads_own_text(text, *line)  # line is a heading of its own ("<title>:-")
    if unit.kind == "heading" and (after_blank or unit.end - unit.last_line < _WRAPPED):
        return False  # an agenda title seldom ends with "।": only a wrapped title runs on
    if unit.kind == "entry" and unit.last_line == unit.start and unit.end - unit.start < _WRAPPED:
        return False  # "(ক) খাস জমি বন্দোবস্ত": a short first line ended where its writer ended it
    return not complete


def _heads_own_text(text: str, start: int, end: int) -> bool:
    """A short line ending with a colon: "পবিত্র কোরআন থেকে তেলাওয়াত:-" heads what follows it."""
    end = strip_end(text, start, end, "-–")
    return end - start < _WRAPPED and text[end - 1] in ":ঃ"


def _next_in_list(unit: Unit, marker: Marker) -> bool:
    """Is `marker` the next number of the list `unit` belongs to ("১.২.১" then "১.২.২")?"""
    if unit.kind != "entry" or marker.kind != "entry" or unit.style != marker.style:
        return False
    return bool(unit.label and marker.label) and unit.label.rpartition(".")[0] == marker.label.rpartition(".")[0]


def _lines(text: str) -> list[Span]:
    spans = []
    start = 0
    while True:
        cut = text.find("\n", start)
        if cut < 0:
            spans.append((start, len(text)))
            return spans
        spans.append((start, cut))
        start = cut + 1

