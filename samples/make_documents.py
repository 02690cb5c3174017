"""Make the generated sample documents from the sample minutes' text files.

For every source text (default: samples/text/*.txt, else the seeds in ../shared/seeds/) this writes
  samples/pdf/chromium/<stem>.pdf     Chromium headless printing an HTML page
  samples/pdf/libreoffice/<stem>.pdf  LibreOffice headless converting the DOCX below
  samples/pdf/fpdf/<stem>.pdf         fpdf2 with HarfBuzz text shaping, table columns autofit to their words
  samples/docx/<stem>.docx            python-docx; "a | b | c" rows of the text become a Word table
and, from the fpdf PDF of the second seed, two PDFs for the page-origin tests:
  samples/pdf/mixed/text_scan_text.pdf   text page, scanned (image-only) page, text page
  samples/pdf/mixed/latin_ocr_layer.pdf  a Bengali scan under an invisible Latin OCR layer, then a text page

The tools (chromium, libreoffice-writer-nogui, fonts-noto-core) are needed only to regenerate these files:
    .venv/bin/python samples/make_documents.py [TEXT_FILE ...]
"""
from __future__ import annotations

import html
import io
import subprocess
import sys
import tempfile
from itertools import zip_longest
from pathlib import Path

import docx
import pypdfium2 as pdfium
import regex
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from fpdf import FPDF
from fpdf.enums import TextMode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bangla_minutes.pipeline.read.pdf_tables import is_data_table, table_text  # noqa: E402

SAMPLES = Path(__file__).resolve().parent
SEEDS = SAMPLES.parent.parent / "shared" / "seeds"
FONT_DIR = Path("/usr/share/fonts/truetype/noto")
BENGALI_FONT = FONT_DIR / "NotoSansBengali-Regular.ttf"
LATIN_FONT = FONT_DIR / "NotoSans-Regular.ttf"
MIXED_SOURCE = "001_180dda943f737cc3"  # the seed whose pages make the mixed PDFs
LABEL_MM, SEPARATOR_MM = 40.0, 6.0      # tab stops of header-block lines: value column, ":" column
LABEL_CHARS = 20                        # a longer first part is no label

_SEPARATOR_CELL = regex.compile(r"^:?-{3,}:?$")


def blocks(text: str) -> list[str | list[list[str]]]:
    """The text as a list of lines (str) and tables (rows of cells), in order. A table is a run of
    "|" rows, or of two or more lines with the same three or more tab-separated columns (a table typed
    with tabs, which the documents print as a table)."""
    lines = text.splitlines()
    tabbed = [tab_table_cells(line) for line in lines]
    out: list[str | list[list[str]]] = []
    for number, line in enumerate(lines):
        cells = table_cells(line)
        if cells is None and tabbed[number] and any(
                0 <= other < len(lines) and tabbed[other] and len(tabbed[other]) == len(tabbed[number])
                for other in (number - 1, number + 1)):
            cells = tabbed[number]
        if cells is None:
            out.append(line)
        elif all(_SEPARATOR_CELL.match(c) for c in cells):
            continue  # a markdown header separator "|---|---|"
        elif out and isinstance(out[-1], list):
            out[-1].append(cells)
        else:
            out.append([cells])
    return out


def tab_table_cells(line: str) -> list[str] | None:
    """The columns of a tab-typed table row: three or more, none a lone ":" (a header-block line)."""
    parts = [part.strip() for part in line.strip(" ").split("\t")]
    if len(parts) < 3 or any(part in (":", "ঃ") for part in parts):
        return None
    return parts


def rendered_text(text: str) -> str:
    """The text the documents show, with tables as the readers write them (pdf_tables.table_text):
    data-table rows as "a | b | c", markdown separator rows dropped. Tests measure extraction against it."""
    lines, data_columns = [], None
    for block in blocks(text):
        if isinstance(block, str):
            lines.append("\t".join(tab_parts(block)))
            continue
        data = is_data_table(block, data_columns)
        data_columns = len(block[0]) if data else data_columns
        lines.append(table_text(block, data))
    return "\n".join(lines)


def tab_stops(line: str) -> list[float]:
    """Where the tab-separated parts of a line start, in mm from the left margin: an aligned header
    block ("সভাপতি<TAB>:<TAB>নাম") puts its values in one column, as Word users set tab stops.
    Empty for a line whose parts go left and right ("স্মারক নং-...<TAB>তারিখ: ...")."""
    if is_left_right(line):
        return []
    return [LABEL_MM + SEPARATOR_MM * i for i in range(len(tab_parts(line)) - 1)]


def tab_parts(line: str) -> list[str]:
    return regex.split(r"\t+", line)  # several tabs in a row were typed to reach one stop


def is_left_right(line: str) -> bool:
    """Two parts, the first too long for a label: a memo number and its date."""
    parts = tab_parts(line)
    return len(parts) == 2 and len(parts[0]) > LABEL_CHARS


def table_cells(line: str) -> list[str] | None:
    """The cells of a "a | b | c" (or "| a | b |") row, None for an ordinary line."""
    if line.count("|") < 2 and not (line.count("|") == 1 and " | " in line):
        return None
    return [c.strip() for c in line.strip().strip("|").split("|")]


# --- Chromium -------------------------------------------------------------------------------------

def html_page(text: str) -> str:
    parts = []
    for block in blocks(text):
        if isinstance(block, str) and is_left_right(block):
            left, right = (html.escape(part) for part in tab_parts(block))
            parts.append(f'<div class="spread"><span>{left}</span><span>{right}</span></div>')
        elif isinstance(block, str) and "\t" in block:
            stops = tab_stops(block)
            columns = " ".join(f"{b - a}mm" for a, b in zip([0.0] + stops, stops)) + " auto"
            cells = "".join(f"<span>{html.escape(part)}</span>" for part in tab_parts(block))
            parts.append(f'<div class="tabbed" style="grid-template-columns: {columns}">{cells}</div>')
        elif isinstance(block, str):
            parts.append(f"<p>{html.escape(block) or '&nbsp;'}</p>")
        else:
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in block)
            parts.append(f"<table>{rows}</table>")
    return f"""<!DOCTYPE html><html lang="bn"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm; }}
body {{ font-family: 'Noto Sans Bengali', 'Noto Sans', sans-serif; font-size: 12pt; }}
p {{ margin: 0; white-space: pre-wrap; }}
.tabbed {{ display: grid; }}
.spread {{ display: flex; justify-content: space-between; white-space: nowrap; }}
table {{ border-collapse: collapse; width: 100%; margin: 4pt 0; }}
td {{ border: 1px solid black; padding: 3pt; vertical-align: top; }}
tr {{ break-inside: avoid; }}
</style></head><body>{''.join(parts)}</body></html>"""


def chromium_pdf(text: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(html_page(text), encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}", page.as_uri()],
                       check=True, capture_output=True, timeout=120)


# --- DOCX and LibreOffice -------------------------------------------------------------------------

def make_docx(text: str, out: Path) -> None:
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Noto Sans"
    normal.font.size = Pt(12)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:cs"), "Noto Sans Bengali")  # the font Word and LibreOffice use for Bengali script
    normal.paragraph_format.space_after = Pt(0)
    for block in blocks(text):
        if isinstance(block, str):
            paragraph = document.add_paragraph("\t".join(tab_parts(block)))
            stops = paragraph.paragraph_format.tab_stops
            if is_left_right(block):
                stops.add_tab_stop(text_width(document), WD_TAB_ALIGNMENT.RIGHT)
            for stop in tab_stops(block):
                stops.add_tab_stop(Mm(stop))
            continue
        table = document.add_table(rows=len(block), cols=max(len(row) for row in block))
        table.style = "Table Grid"
        for row, cells in zip(table.rows, block):
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # rows whole on one page
            for cell, value in zip(row.cells, cells):
                cell.text = value
    document.core_properties.author = "bangla-minutes samples"
    document.save(out)


def text_width(document: docx.document.Document) -> int:
    section = document.sections[0]
    return section.page_width - section.left_margin - section.right_margin


def libreoffice_pdf(docx_path: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(docx_path)],
                       check=True, capture_output=True, timeout=300)
        (Path(tmp) / f"{docx_path.stem}.pdf").replace(out)


# --- fpdf2 -----------------------------------------------------------------------------------------

def new_fpdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("NotoSansBengali", "", str(BENGALI_FONT))
    pdf.add_font("NotoSans", "", str(LATIN_FONT))
    pdf.set_font("NotoSansBengali", size=12)
    pdf.set_fallback_fonts(["NotoSans"])
    pdf.set_text_shaping(True)
    return pdf


def write_blocks(pdf: FPDF, text: str) -> None:
    for block in blocks(text):
        if isinstance(block, str) and is_left_right(block):
            left, right = tab_parts(block)
            pdf.cell(0, 7, left)
            pdf.set_x(pdf.l_margin)
            pdf.cell(0, 7, right, align="R", new_x="LMARGIN", new_y="NEXT")
            continue
        if isinstance(block, str):
            *parts, last = tab_parts(block)
            for part, stop in zip(parts, tab_stops(block)):  # each part but the last up to its tab stop
                pdf.cell(pdf.l_margin + stop - pdf.get_x(), 7, part)
            pdf.multi_cell(0, 7, last or " ", align="L", new_x="LMARGIN", new_y="NEXT")
            continue
        widths = column_widths(pdf, block)
        with pdf.table(first_row_as_headings=False, line_height=7, col_widths=widths) as table:
            for cells in block:
                row = table.row()
                for value in cells:
                    row.cell(value)


def column_widths(pdf: FPDF, rows: list[list[str]]) -> list[float]:
    """Column widths as a word processor's autofit sets them: each column as wide as its longest word
    (no word is broken inside a cell, as fpdf2 does in a column too narrow for it), the rest of the
    width shared in proportion to the columns' text."""
    columns = list(zip_longest(*rows, fillvalue=""))
    words = [max((pdf.get_string_width(word) for cell in column for word in cell.split()), default=0.0)
             + 2 * pdf.c_margin for column in columns]  # a cell's text is c_margin in from either side
    texts = [sum(pdf.get_string_width(cell) for cell in column) + 1.0 for column in columns]
    spare = max(pdf.epw - sum(words), 0.0)
    return [word + spare * text / sum(texts) for word, text in zip(words, texts)]


def fpdf_pdf(text: str, out: Path) -> None:
    pdf = new_fpdf()
    pdf.add_page()
    write_blocks(pdf, text)
    pdf.output(str(out))


# --- PDFs mixing text pages and scans -----------------------------------------------------------------

def scan_of(pdf_path: Path, page_index: int, dpi: int = 200) -> io.BytesIO:
    """A page rendered to a greyscale JPEG, as a scanner would deliver it."""
    document = pdfium.PdfDocument(str(pdf_path))
    try:
        image = document[page_index].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.convert("L").save(buffer, format="JPEG", quality=70, dpi=(dpi, dpi))
    buffer.seek(0)
    return buffer


def add_scan_page(pdf: FPDF, scan: io.BytesIO, latin_layer: str | None = None) -> None:
    pdf.add_page()
    pdf.image(scan, x=0, y=0, w=pdf.w, h=pdf.h)
    if latin_layer:
        # what a scanner's Latin-only OCR leaves over a Bengali page: invisible, meaningless Latin text
        pdf.set_font("Helvetica", size=11)
        pdf.text_mode = TextMode.INVISIBLE
        pdf.set_xy(20, 25)
        pdf.multi_cell(0, 6, latin_layer)
        pdf.text_mode = TextMode.FILL
        pdf.set_font("NotoSansBengali", size=12)


def mixed_pdfs(source: Path, fpdf_path: Path, out_dir: Path) -> None:
    lines = source.read_text(encoding="utf-8").splitlines()
    head, tail = "\n".join(lines[:12]), "\n".join(lines[-12:])
    scan = scan_of(fpdf_path, 1)

    pdf = new_fpdf()
    pdf.add_page()
    write_blocks(pdf, head)
    add_scan_page(pdf, scan)
    pdf.add_page()
    write_blocks(pdf, tail)
    pdf.output(str(out_dir / "text_scan_text.pdf"))

    scan.seek(0)
    pdf = new_fpdf()
    garbage = ("Fvi cOwZkOowZ welqK mfvi Kvhweeiyx 2020 mfvcwZ Rbve gwjoK mvCC gvneye\n"
               "wmxvsI MOny Kiv nq fvi Avjvpbv  I  KgKZv 3.1 3.2 3.3 W K Z U\n") * 8
    add_scan_page(pdf, scan, latin_layer=garbage)
    pdf.add_page()
    write_blocks(pdf, tail)
    pdf.output(str(out_dir / "latin_ocr_layer.pdf"))


# --- driver ----------------------------------------------------------------------------------------

def sources(args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    texts = sorted((SAMPLES / "text").glob("*.txt"))
    seeds = sorted(SEEDS.glob("*.txt"))
    names = {p.name for p in texts}
    return texts + [s for s in seeds if s.name not in names]


def make_all(paths: list[Path]) -> None:
    for sub in ("chromium", "libreoffice", "fpdf", "mixed"):
        (SAMPLES / "pdf" / sub).mkdir(parents=True, exist_ok=True)
    (SAMPLES / "docx").mkdir(exist_ok=True)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        stem = path.stem
        print(stem, flush=True)
        docx_path = SAMPLES / "docx" / f"{stem}.docx"
        make_docx(text, docx_path)
        libreoffice_pdf(docx_path, SAMPLES / "pdf" / "libreoffice" / f"{stem}.pdf")
        chromium_pdf(text, SAMPLES / "pdf" / "chromium" / f"{stem}.pdf")
        fpdf_pdf(text, SAMPLES / "pdf" / "fpdf" / f"{stem}.pdf")
        if stem == MIXED_SOURCE:
            mixed_pdfs(path, SAMPLES / "pdf" / "fpdf" / f"{stem}.pdf", SAMPLES / "pdf" / "mixed")


if __name__ == "__main__":
    make_all(sources(sys.argv[1:]))
