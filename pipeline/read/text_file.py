"""Text files: UTF-8 (with or without BOM), UTF-16 (BOM or guessed), and legacy Bijoy bytes.

Older offices typed minutes in Bijoy (SutonnyMJ): ASCII and cp1252 bytes that the font draws as
Bengali. Such a file decodes as cp1252 (or as Latin-looking UTF-8) and is converted to Unicode.
"""
from __future__ import annotations

from pathlib import Path

from bangla_minutes.pipeline.errors import InputError
from bangla_minutes.pipeline.read.pages import Page

_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1A}  # 0x1A: DOS end of file
SAMPLE = 64 * 1024   # bytes looked at to guess UTF-16 without a BOM or to judge Bijoy
PLAUSIBLE = 0.95     # share of decoded characters that must be ordinary text


def read_text_pages(path: str) -> list[Page]:
    """The file as one page, origin "text" (or "legacy_bijoy" when converted from Bijoy)."""
    data = Path(path).read_bytes()
    encoding = text_encoding(data)
    if encoding is None:
        raise InputError(path, f"not a text file: {binary_evidence(data)}")
    text = data.decode(encoding, errors="replace")
    if not has_bengali(text) and looks_like_bijoy(text[:SAMPLE]):
        return [Page(bijoy_to_unicode(text), "legacy_bijoy")]
    return [Page(text, "text")]


def text_encoding(data: bytes, complete: bool = True) -> str | None:
    """The encoding to decode `data` with, or None when it is not text.
    `complete` False: `data` is the head of a file and may end inside a character."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:SAMPLE]
    if b"\x00" not in sample and _decodes(data, "utf-8", complete):
        return "utf-8"
    for encoding in ("utf-16-le", "utf-16-be"):
        if _plausible(sample[: len(sample) // 2 * 2].decode(encoding, errors="replace")):
            return encoding
    if not any(byte in _CONTROL_BYTES for byte in sample) and _plausible(sample.decode("cp1252", "replace")):
        return "cp1252"
    return None


def binary_evidence(data: bytes) -> str:
    for offset, byte in enumerate(data[:SAMPLE]):
        if byte in _CONTROL_BYTES:
            return f"control byte 0x{byte:02x} at offset {offset}"
    return "bytes that decode as neither UTF-8, UTF-16 nor cp1252 text"


def _decodes(data: bytes, encoding: str, complete: bool) -> bool:
    if not complete:
        data = data[:-4] if len(data) > 4 else data  # the head may end inside a multi-byte character
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _plausible(text: str) -> bool:
    """Mostly characters minutes are written in: ASCII, Latin-1, Bengali, general punctuation."""
    if not text:
        return False
    ordinary = sum(1 for c in text if c in "\t\n\r\f" or " " <= c <= "\u00ff" and c != "\x7f"
                   or "\u0980" <= c <= "\u09ff" or "\u2000" <= c <= "\u206f")
    return ordinary / len(text) >= PLAUSIBLE


def has_bengali(text: str) -> bool:
    return any("\u0980" <= c <= "\u09ff" for c in text[:SAMPLE])


def looks_like_bijoy(text: str) -> bool:
    from bangla_minutes.pipeline.read import bijoy
    return bijoy.looks_like_bijoy(text)


def bijoy_to_unicode(text: str) -> str:
    from bangla_minutes.pipeline.read import bijoy
    return bijoy.bijoy_to_unicode(text)
