"""Text files in the encodings minutes come in, Bijoy bytes converted, binary refused."""
import time

import pytest

from bangla_minutes.pipeline.read.bijoy import unicode_to_bijoy
from bangla_minutes.pipeline.errors import InputError
from bangla_minutes.pipeline.read.files import read_pages
from bangla_minutes.pipeline.read.text_file import read_text_pages
from tests.shared import require, seed

SEED = seed("001_180dda943f737cc3")
MINUTES = ("সুরক্ষা সেবা বিভাগের অংশীজনের অংশগ্রহণে আয়োজিত সভার কার্যবিবরণী :\n\n"
           "সভাপতি\t:\tমল্লিক সাঈদ মাহবুব যুগ্মসচিব, সুরক্ষা সেবা বিভাগ\n"
           "সভার তারিখ\t:\t১৪ ডিসেম্বর ২০২০\n")


def write(tmp_path, data: bytes) -> str:
    path = tmp_path / "minutes.txt"
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_encodings_read_to_the_same_text(tmp_path, encoding):
    pages = read_pages(write(tmp_path, MINUTES.encode(encoding)))
    assert pages.media_type == "text/plain"
    assert [(p.text, p.origin) for p in pages.pages] == [(MINUTES, "text")]  # no BOM left in the text


def test_seed_reads_unchanged(tmp_path):
    [page] = read_text_pages(str(require(SEED)))
    assert page.text == SEED.read_text(encoding="utf-8") and page.origin == "text"


def test_bijoy_bytes_are_converted_to_unicode(tmp_path):
    bijoy = unicode_to_bijoy(MINUTES).encode("cp1252")
    assert bijoy.isascii() is False  # Bijoy uses cp1252 bytes beyond ASCII
    [page] = read_pages(write(tmp_path, bijoy)).pages
    assert page.origin == "legacy_bijoy"
    assert page.text == MINUTES


def test_english_text_in_latin1_is_plain_text(tmp_path):
    text = "Minutes of the meeting held on 14 December 2020 — café résumé\n"
    [page] = read_pages(write(tmp_path, text.encode("cp1252"))).pages
    assert (page.text, page.origin) == (text, "text")


def test_binary_is_refused_with_the_reason(tmp_path):
    with pytest.raises(InputError, match=r"not a text file: control byte 0x0[0-9a-f] at offset \d+"):
        read_text_pages(write(tmp_path, b"minutes\x00\x01\x02\x03" * 100))


def test_fifty_megabytes_of_text_are_read(tmp_path):
    line = MINUTES.encode("utf-8")
    path = write(tmp_path, line * (50 * 1024 * 1024 // len(line) + 1))
    started = time.perf_counter()
    [page] = read_pages(path).pages
    assert len(page.text) == len(MINUTES) * (50 * 1024 * 1024 // len(line) + 1)
    assert page.text.startswith(MINUTES) and page.origin == "text"
    assert time.perf_counter() - started < 10
