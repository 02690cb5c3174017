"""Word documents: paragraphs and tables in document order, as one page of text.

A table row becomes one line with " | " between its cells (header row first, as printed), the form the
agenda extractor's text-table path reads; a cell's inner line breaks become spaces. Tabs stay tabs, so a
memo number and its date separated by a tab stay apart.
"""
from __future__ import annotations

import docx
import regex
from docx.table import Table

from pipeline.errors import InputError
from pipeline.pages import Page

_SPACES = regex.compile(r"\s+")


def read_docx_pages(path: str) -> list[Page]:
    try:
        document = docx.Document(path)
    except Exception as error:  # python-docx fails on broken packages with any kind of error
        raise InputError(path, f"corrupt Word document ({error})") from error
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(table_rows(block))
        else:
            lines.append(block.text)
    return [Page("\n".join(lines), "text")]


def table_rows(table: Table) -> list[str]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is listed once per grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(_SPACES.sub(" ", cell.text).strip())
        rows.append(" | ".join(cells))
    return rows
