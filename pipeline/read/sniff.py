"""The media type of a source file, from its bytes (never its name)."""
from __future__ import annotations

import os
import stat
import zipfile

from bangla_minutes.pipeline.errors import InputError
from bangla_minutes.pipeline.read.text_file import text_encoding

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEXT = "text/plain"

HEAD_BYTES = 64 * 1024
_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
]


def sniff(path: str) -> str:
    """One of PDF, PNG, JPEG, TIFF, DOCX, TEXT; InputError for an empty or unknown file."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # opening a pipe would wait for a writer
            raise InputError(path, "not a regular file (a folder, pipe, socket or device)")
        with open(path, "rb") as file:
            head = file.read(HEAD_BYTES)
    except OSError as error:  # missing, unreadable
        raise InputError(path, f"cannot read the file ({error.strerror})") from error
    if not head:
        raise InputError(path, "empty file")
    if b"%PDF-" in head[:1024]:  # the header may follow some junk bytes, as readers allow
        return PDF
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    if head.startswith(b"PK\x03\x04"):
        return _zip_type(path)
    if text_encoding(head, complete=len(head) < HEAD_BYTES) is not None:
        return TEXT
    raise InputError(path, "unknown binary format (not PDF, PNG, JPEG, TIFF, DOCX or text)")


def _zip_type(path: str) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile as error:
        raise InputError(path, f"corrupt zip archive ({error})") from error
    if "word/document.xml" in names:
        return DOCX
    raise InputError(path, "a zip archive that is not a Word document (no word/document.xml)")
