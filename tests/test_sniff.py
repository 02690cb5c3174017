"""Media types come from the bytes, never from the file name."""
import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from bangla_minutes.pipeline.read import sniff as media
from bangla_minutes.pipeline.errors import InputError
from bangla_minutes.pipeline.read.sniff import sniff

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
MINUTES = "সভার কার্যবিবরণী\nসভাপতি\tমোঃ খায়রুল কবীর মেনন\n"


def write(tmp_path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def image_bytes(kind: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("L", (20, 10), 255).save(buffer, format=kind)
    return buffer.getvalue()


@pytest.mark.parametrize("kind,expected", [("PNG", media.PNG), ("JPEG", media.JPEG), ("TIFF", media.TIFF)])
def test_images_by_their_magic_bytes_whatever_the_suffix(tmp_path, kind, expected):
    assert sniff(write(tmp_path, "scan.txt", image_bytes(kind))) == expected


def test_big_endian_tiff(tmp_path):
    assert sniff(write(tmp_path, "scan", b"MM\x00*" + bytes(100))) == media.TIFF


def test_pdf_even_with_junk_before_the_header(tmp_path):
    data = (SAMPLES / "pdf" / "fpdf" / "000_86d0b669600d1f47.pdf").read_bytes()
    assert sniff(write(tmp_path, "minutes.docx", data)) == media.PDF
    assert sniff(write(tmp_path, "mail.bin", b"\r\n\r\n" + data)) == media.PDF


def test_docx_is_a_zip_with_a_word_document(tmp_path):
    data = (SAMPLES / "docx" / "000_86d0b669600d1f47.docx").read_bytes()
    assert sniff(write(tmp_path, "minutes.pdf", data)) == media.DOCX


def test_other_zip_archives_are_refused(tmp_path):
    path = tmp_path / "book.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(InputError, match="not a Word document"):
        sniff(str(path))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_text_in_every_unicode_encoding(tmp_path, encoding):
    assert sniff(write(tmp_path, "minutes.pdf", MINUTES.encode(encoding))) == media.TEXT


def test_bijoy_text_in_cp1252_is_text(tmp_path):
    assert sniff(write(tmp_path, "old.doc", "mfvi Kvh©weeiYx ‡gvt".encode("cp1252"))) == media.TEXT


def test_utf8_head_cut_inside_a_character_is_still_text(tmp_path):
    # the sniffer reads a 64 KiB head: a Bengali character (3 bytes) may straddle its end
    data = ("ক" * (media.HEAD_BYTES // 3 + 10)).encode("utf-8")
    assert media.HEAD_BYTES % 3  # the head ends inside a character
    assert sniff(write(tmp_path, "long.txt", data)) == media.TEXT


def test_empty_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="empty file"):
        sniff(write(tmp_path, "empty.txt", b""))


def test_unknown_binary_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="unknown binary format"):
        sniff(write(tmp_path, "minutes.txt", bytes(range(256)) * 8))


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read the file"):
        sniff(str(tmp_path / "nowhere.pdf"))


def test_read_pages_sends_images_to_ocr(tmp_path, monkeypatch):
    from bangla_minutes.pipeline.read import tesseract
    from bangla_minutes.pipeline.read.pages import Page
    from bangla_minutes.pipeline.read.files import read_pages

    monkeypatch.setattr(tesseract, "ocr_image_file", lambda path: [Page(f"OCR of {Path(path).name}", "ocr", 0.9)])
    pages = read_pages(write(tmp_path, "scan.pdf", image_bytes("PNG")))
    assert pages.media_type == media.PNG
    assert [(p.text, p.origin) for p in pages.pages] == [("OCR of scan.pdf", "ocr")]


def test_read_pages_never_ocrs_an_image_when_told_not_to(tmp_path):
    from bangla_minutes.pipeline.read.files import read_pages

    [page] = read_pages(write(tmp_path, "scan.jpg", image_bytes("JPEG")), ocr="never").pages
    assert page.text == "" and [code for code, _ in page.warnings] == ["page_text_unreliable"]
