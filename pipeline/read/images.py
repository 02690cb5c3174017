"""Page images from PNG, JPEG and TIFF files: every frame, upright, and never a decompression bomb."""
from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from bangla_minutes.pipeline.errors import InputError

# A4 at 600 dpi is 35 megapixels and A3 at 600 dpi 70: anything larger is not a page scan.
MAX_PIXELS = 80_000_000


def check_size(path: str | Path, size: tuple[int, int]) -> None:
    """Refuse a frame whose header announces more pixels than a page scan has (before decoding it)."""
    width, height = size
    if width * height > MAX_PIXELS:
        raise InputError(str(path), f"image too large: {width}x{height} pixels "
                                    f"(at most {MAX_PIXELS:,} accepted)")


def open_image(path: str | Path) -> Image.Image:
    """The image file opened lazily (header read, pixels not yet decoded)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(path)
    except Image.DecompressionBombError as error:
        raise InputError(str(path), f"image too large: {error}") from None
    except (UnidentifiedImageError, OSError) as error:
        raise InputError(str(path), f"not a readable image: {error}") from None
    check_size(path, img.size)
    return img


def count_frames(path: str | Path) -> int:
    with open_image(path) as img:
        return getattr(img, "n_frames", 1)


def image_frames(path: str | Path) -> Iterator[Image.Image]:
    """Each frame (page) of the file, decoded one at a time and turned upright by its EXIF orientation."""
    with open_image(path) as img:
        for frame in ImageSequence.Iterator(img):
            check_size(path, frame.size)
            try:
                upright = ImageOps.exif_transpose(frame)  # a copy, decoded
                upright.load()
            except (OSError, SyntaxError, ValueError) as error:
                raise InputError(str(path), f"damaged image data: {error}") from None
            yield upright
