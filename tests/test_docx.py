"""Word documents: paragraphs and tables in document order; table rows as " | " lines."""
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from bangla_minutes.pipeline.read.docx import read_docx_pages
from bangla_minutes.pipeline.errors import InputError
from bangla_minutes.pipeline.read.files import read_pages

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
sys.path.insert(0, str(SAMPLES))
from make_documents import rendered_text, sources  # noqa: E402

GENERATED = [s for s in sources([]) if (SAMPLES / "docx" / f"{s.stem}.docx").exists()]


@pytest.mark.parametrize("source", GENERATED, ids=[s.stem for s in GENERATED])
def test_generated_docx_reads_as_its_source(source):
    pages = read_pages(str(SAMPLES / "docx" / f"{source.stem}.docx"))
    assert pages.media_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert [p.origin for p in pages.pages] == ["text"]
    assert pages.pages[0].text == rendered_text(source.read_text(encoding="utf-8")).rstrip("\n")


def lines_of(document, tmp_path) -> list[str]:
    path = tmp_path / "minutes.docx"
    document.save(path)
    [page] = read_docx_pages(str(path))
    return page.text.splitlines()


def test_table_rows_in_document_order_with_merged_and_multiline_cells(tmp_path):
    document = docx.Document()
    document.add_paragraph("সভার কার্যবিবরণী")
    table = document.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ["ক্রমিক", "সিদ্ধান্ত", "বাস্তবায়নে"]):
        cell.text = text
    table.cell(1, 0).text = "১"
    table.cell(1, 1).text = "ওয়েবসাইটে প্রকাশ"
    table.cell(1, 1).add_paragraph("করতে হবে")  # a second paragraph in the cell
    table.cell(1, 2).text = "আইসিটি সেল"
    merged = table.cell(2, 0).merge(table.cell(2, 1))
    merged.text = "বিবিধ"
    table.cell(2, 2).text = "সকল"
    document.add_paragraph("স্মারক নং-৫৮.০০.০০০০.০১৮.৯৯.০০২.২১.২০৩\tতারিখ: ১০ সেপ্টেম্বর ২০২৩")
    assert lines_of(document, tmp_path) == [
        "সভার কার্যবিবরণী",
        "ক্রমিক | সিদ্ধান্ত | বাস্তবায়নে",
        "১ | ওয়েবসাইটে প্রকাশ করতে হবে | আইসিটি সেল",
        "বিবিধ | সকল",
        "স্মারক নং-৫৮.০০.০০০০.০১৮.৯৯.০০২.২১.২০৩\tতারিখ: ১০ সেপ্টেম্বর ২০২৩",
    ]


def test_other_tables_become_tab_separated_lines(tmp_path):
    """A header block and a memo number beside its date, laid out with borderless tables."""
    document = docx.Document()
    header = document.add_table(rows=2, cols=3)
    for row, cells in zip(header.rows, [["সভাপতি", ":", "মোঃ খায়রুল কবীর মেনন"], ["সভার তারিখ", ":", "২২ আগস্ট ২০২৩"]]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    memo = document.add_table(rows=1, cols=2)
    memo.cell(0, 0).text = "স্মারক নম্বর: ৫৮.০০.০০০০.০১৮.৯৯.০০২.২১.২০৩"
    memo.cell(0, 1).text = "তারিখ: ২৬ ভাদ্র ১৪৩০"
    assert lines_of(document, tmp_path) == [
        "সভাপতি\t:\tমোঃ খায়রুল কবীর মেনন",
        "সভার তারিখ\t:\t২২ আগস্ট ২০২৩",
        "স্মারক নম্বর: ৫৮.০০.০০০০.০১৮.৯৯.০০২.২১.২০৩\tতারিখ: ২৬ ভাদ্র ১৪৩০",
    ]


def test_corrupt_docx_is_an_input_error(tmp_path):
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document")
        archive.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(InputError, match="corrupt Word document"):
        read_pages(str(path))


def test_truncated_docx_is_an_input_error(tmp_path):
    data = (SAMPLES / "docx" / "000_86d0b669600d1f47.docx").read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="corrupt"):
        read_pages(str(path))


def test_a_zip_bomb_is_refused_from_its_declared_sizes_before_inflating(tmp_path, monkeypatch):
    """A real one (650 KB inflating to 390 MB) is in bench/faults.py; here the limit is lowered."""
    from bangla_minutes.pipeline.read import docx as docx_module

    sample = sorted((SAMPLES / "docx").glob("*.docx"))[0]
    declared = sum(part.file_size for part in zipfile.ZipFile(sample).infolist())
    monkeypatch.setattr(docx_module, "MAX_INFLATED_BYTES", declared - 1)
    monkeypatch.setattr(docx_module.docx, "Document", lambda path: pytest.fail("inflated"))
    with pytest.raises(InputError, match=r"Word document too large: its parts inflate to"):
        read_pages(str(sample))
