"""Page images from files: frames, EXIF orientation, and refusing decompression bombs before decoding."""
import struct
import tracemalloc
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from bangla_minutes.pipeline.errors import InputError
from bangla_minutes.pipeline.read.images import MAX_PIXELS, count_frames, image_frames

SCANS = Path(__file__).resolve().parents[1] / "samples" / "scans"
SEED = SCANS / "000_86d0b669600d1f47"


def png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG whose header announces width x height grey pixels, with almost no pixel data."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
                     + chunk(b"IEND", b""))
    return path


def test_a_20000_pixel_square_image_is_refused_from_its_header(tmp_path):
    bomb = png_header_only(tmp_path / "bomb.png", 20000, 20000)
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="image too large"):
            list(image_frames(bomb))
        with pytest.raises(InputError, match="image too large"):
            count_frames(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10_000_000  # decoding it would take 400 MB


def test_the_limit_sits_above_an_a3_page_at_600_dpi(tmp_path):
    assert 7016 * 9921 < MAX_PIXELS < 20000 * 20000
    with pytest.raises(InputError, match="image too large"):
        list(image_frames(png_header_only(tmp_path / "wide.png", 12000, 8000)))


def test_every_frame_of_a_multi_page_tiff_is_given_in_order():
    assert count_frames(SEED / "pages.tif") == 4
    frames = list(image_frames(SEED / "pages.tif"))
    with Image.open(SEED / "clean-300.png") as first:
        assert [f.size for f in frames] == [first.size] * 4
        assert ImageChops.difference(frames[0].convert("L"), first.convert("L")).getbbox() is None


def test_exif_orientation_turns_a_sideways_photo_upright():
    with Image.open(SEED / "exif-rotated.jpg") as stored:
        assert stored.width > stored.height
    [upright] = image_frames(SEED / "exif-rotated.jpg")
    with Image.open(SEED / "clean-300.png") as page:
        assert upright.size == page.size
        difference = ImageChops.difference(upright.convert("L"), page.convert("L"))
        assert ImageStat.Stat(difference).mean[0] < 3  # JPEG noise only


def test_a_file_that_is_no_image_is_an_input_error(tmp_path):
    text = tmp_path / "minutes.png"
    text.write_text("সভার কার্যবিবরণী", encoding="utf-8")
    with pytest.raises(InputError, match="not a readable image"):
        list(image_frames(text))


def test_a_truncated_image_is_an_input_error(tmp_path):
    cut = tmp_path / "cut.png"
    cut.write_bytes((SEED / "clean-300.png").read_bytes()[:20000])
    with pytest.raises(InputError, match="damaged image data"):
        list(image_frames(cut))
