"""Word documents: paragraphs and tables in document order, as one page of text.

A table row becomes one line, a cell's inner line breaks spaces: " | " between the cells of a data
table (decisions, attendees; header row first, as printed), the form the extractors' text-table paths
read; tabs between the cells of any other table (a header block, a memo number beside its date). Tabs stay tabs, so a
memo number and its date separated by a tab stay apart.
"""
from __future__ import annotations

import zipfile

import docx
from docx.table import Table

from bangla_minutes.pipeline.errors import InputError
from bangla_minutes.pipeline.read.pages import Page
from bangla_minutes.pipeline.read.pdf_tables import is_data_table, table_text
from bangla_minutes.extractors.text import SPACES



# The parts of a Word document inflate to at most this many bytes in all. Real minutes' parts stay
# far below (a 300-page document.xml is tens of MB); a zip bomb's declared sizes are refused before
# anything is inflated: parsing XML takes several times its size in memory, in every worker at once.
MAX_INFLATED_BYTES = 100_000_000


def read_docx_pages(path: str) -> list[Page]:
    _check_inflated_size(path)
    try:
        document = docx.Document(path)
    except Exception as error:  # python-docx fails on broken packages with any kind of error
        raise InputError(path, f"corrupt Word document ({error})") from error
    lines, data_columns = [], None
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = table_rows(block)
            data = is_data_table(rows, data_columns)
            data_columns = len(rows[0]) if data else data_columns
            lines.append(table_text(rows, data))
        else:
            lines.append(block.text)
    return [Page("\n".join(lines), "text")]


def table_rows(table: Table) -> list[list[str]]:
    """The cells' texts, row by row, whitespace collapsed."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is listed once per grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(SPACES.sub(" ", cell.text).strip())
        rows.append(cells)
    return rows


def _check_inflated_size(path: str) -> None:
    """Refuse a Word document whose parts would inflate past MAX_INFLATED_BYTES (from the sizes the
    archive declares; zipfile stops a part at its declared size)."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise InputError(path, f"corrupt Word document ({error})") from error
    total = sum(part.file_size for part in parts)
    if total > MAX_INFLATED_BYTES:
        largest = max(parts, key=lambda part: part.file_size)
        raise InputError(path, f"Word document too large: its parts inflate to {total / 1e6:.0f} MB "
                               f"({largest.filename} {largest.file_size / 1e6:.0f} MB; limit "
                               f"{MAX_INFLATED_BYTES / 1e6:.0f} MB)")
