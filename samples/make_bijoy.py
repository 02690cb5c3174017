"""Make legacy Bijoy (SutonnyMJ) versions of sample minutes, as older offices typed them:

- samples/bijoy/<stem>.bijoy.txt: the whole text in Bijoy codes, cp1252 bytes (English words stay
  ASCII, as a plain-text file cannot tell them apart from Bijoy);
- samples/bijoy/<stem>.bijoy.pdf: Bengali runs set in a font named "SutonnyMJ" holding the Bijoy
  codes, English runs ("GRS", "Best Practice") in Helvetica, as Word wrote such minutes to PDF.

Default sources: the 1996 district minutes (samples/text, all Bengali, from the Bijoy years) and
seed 001 (../shared/seeds), whose English runs inside Bengali sentences show that a reader must
convert per font run, never whole pages.

The "SutonnyMJ" font is DejaVu Sans renamed with fontTools: the PDF then carries the Bijoy codes and
the font name a reader keys on; what the glyphs look like does not matter for text extraction.

    .venv/bin/python samples/make_bijoy.py [SOURCE.txt ...]
"""
from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import regex
from fontTools.ttLib import TTFont
from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bangla_minutes.pipeline.read.bijoy import unicode_to_bijoy  # noqa: E402

HERE = Path(__file__).parent
DEFAULT_SOURCES = [HERE / "text" / "dc_law_order_1996.txt", Path("/work/shared/seeds/001_180dda943f737cc3.txt")]
OUT = HERE / "bijoy"
LATIN_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BIJOY_FONT_NAME = "SutonnyMJ"
ENGLISH_RUN = regex.compile(r"[A-Za-z]+(?:[ .][A-Za-z]+)*")
FONT_SIZE, LINE_HEIGHT = 11, 6.5
FIXED_DATE = datetime(2020, 12, 23, tzinfo=timezone.utc)


def bijoy_text_file(text: str, path: Path) -> None:
    path.write_bytes(unicode_to_bijoy(text).encode("cp1252"))


def renamed_font(source: Path, family: str, target: Path) -> Path:
    """A copy of `source` named `family`, style Regular: fpdf2 names the PDF font from family and
    style ("DejaVu Sans" "Book" would give "SutonnyMJBook"), and drops a "Regular" style."""
    font = TTFont(source, recalcTimestamp=False)  # a fixed timestamp keeps the PDF bytes the same
    names = font["name"]
    names.names = [record for record in names.names if record.nameID not in (16, 17, 21, 22)]
    for record in names.names:
        if record.nameID in (1, 4, 6):
            record.string = family
        elif record.nameID == 2:
            record.string = "Regular"
    font.save(target)
    return target


def runs(line: str) -> list[tuple[bool, str]]:
    """(is_english, text) runs of one line."""
    out, start = [], 0
    for match in ENGLISH_RUN.finditer(line):
        if match.start() > start:
            out.append((False, line[start:match.start()]))
        out.append((True, match[0]))
        start = match.end()
    if start < len(line):
        out.append((False, line[start:]))
    return out


def bijoy_pdf(text: str, path: Path, font_file: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font(BIJOY_FONT_NAME, fname=str(font_file))
    pdf.add_page()
    for line in text.replace("\t", "    ").splitlines():
        for is_english, run in runs(line):
            if is_english:
                pdf.set_font("Helvetica", size=FONT_SIZE)
                pdf.write(LINE_HEIGHT, run)
            else:
                pdf.set_font(BIJOY_FONT_NAME, size=FONT_SIZE)
                pdf.write(LINE_HEIGHT, unicode_to_bijoy(run))
        pdf.ln(LINE_HEIGHT)
    pdf.set_creation_date(FIXED_DATE)  # the same bytes on every run
    pdf.output(str(path))


def main(sources: list[Path]) -> None:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        font_file = renamed_font(LATIN_FONT, BIJOY_FONT_NAME, Path(tmp) / f"{BIJOY_FONT_NAME}.ttf")
        for source in sources:
            text = source.read_text(encoding="utf-8")
            bijoy_text_file(text, OUT / f"{source.stem}.bijoy.txt")
            bijoy_pdf(text, OUT / f"{source.stem}.bijoy.pdf", font_file)
            print(f"wrote {OUT / source.stem}.bijoy.txt and .bijoy.pdf")


if __name__ == "__main__":
    main([Path(arg) for arg in sys.argv[1:]] or [s for s in DEFAULT_SOURCES if s.exists()])
