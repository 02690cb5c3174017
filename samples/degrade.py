"""Page degradations with random parameters, as scanners, copiers and offices leave them on minutes.

    from samples.degrade import degrade, KINDS
    page, params = degrade(page, "photocopy", random.Random(seed))

Each kind takes a grey (or colour) page image at its scanning resolution and a `random.Random`, draws
its own parameters within the ranges below and returns the degraded page with those parameters (to
print, and to replay with the same seed). The ranges are those the OCR must survive:

    speckle       salt-and-pepper dots over 0.2-2% of the pixels
    blur          Gaussian blur of 0.8-1.6 pixels at 300 dpi
    rotate        0.3-3 degrees either way
    jpeg          stored as JPEG at quality 30-70
    lowres        scanned at 150-300 dpi
    uneven_light  light falling off to 55-85% across the page, from any side
    photocopy     a copy of a copy: toner darkened and thinned, mottled grey background, toner dust,
                  a dark band where the lid met the glass, faint streaks along the paper's run
    seal          a round office seal stamped in blue, violet or red across the text (a colour page)
    marginalia    handwritten initials and a handwritten page number in the margins
    mixed         three of the kinds above, one after another
    office_scan   an office scanner's every fault at once: blur, 1-3 degrees, 200 dpi, speckle 0.5-1%,
                  JPEG (the held-out degraded set of issue 9 is described so)

Augraphy (PyPI) has photocopy and scanner pipelines, but it pulls in numba, scikit-learn, scikit-image
and the GUI build of OpenCV; the few effects needed here are a few lines of numpy each.
"""
from __future__ import annotations

import io
import math
import random
from pathlib import Path
from typing import Callable

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

Params = dict[str, object]
HANDWRITING_FONT = Path("/usr/share/fonts/truetype/fonts-beng-extra/LikhanNormal.ttf")  # fonts-beng-extra
SEAL_FONT = Path("/usr/share/fonts/truetype/noto/NotoSansBengali-Bold.ttf")
INKS = {"blue": (40, 60, 170), "violet": (110, 50, 160), "red": (190, 40, 45)}
SEAL_WORDS = ("জেলা প্রশাসক", "সচিব", "চেয়ারম্যান", "সরকারি", "বাংলাদেশ", "পরিচালক")


def dpi_of(page: Image.Image) -> float:
    return float(page.info.get("dpi", (300, 300))[0])


def keep_dpi(before: Image.Image, after: Image.Image) -> Image.Image:
    after.info["dpi"] = before.info.get("dpi", (300, 300))
    return after


def numpy_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.getrandbits(64))


def speckle(page: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    share = rng.uniform(0.002, 0.02)
    pixels = np.array(page.convert("L"))
    draw = numpy_rng(rng).random(pixels.shape)
    pixels[draw < share / 2] = 0
    pixels[(draw >= share / 2) & (draw < share)] = 255
    return keep_dpi(page, Image.fromarray(pixels)), {"share": round(share, 4)}


def blur(page: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    radius = rng.uniform(0.8, 1.6) * dpi_of(page) / 300
    return keep_dpi(page, page.filter(ImageFilter.GaussianBlur(radius))), {"radius": round(radius, 2)}


def rotate(page: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    angle = rng.choice((-1, 1)) * rng.uniform(0.3, 3.0)
    fill = 255 if page.mode == "L" else (255,) * len(page.getbands())
    turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=fill)
    return keep_dpi(page, turned), {"degrees": round(angle, 2)}


def jpeg(page: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    quality = rng.randint(30, 70)
    buffer = io.BytesIO()
    page.save(buffer, "JPEG", quality=quality)
    return keep_dpi(page, Image.open(io.BytesIO(buffer.getvalue())).copy()), {"quality": quality}


def lowres(page: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    dpi = rng.randint(150, 300)
    scale = dpi / dpi_of(page)
    small = page.resize((round(page.width * scale), round(page.height * scale)), Image.Resampling.LANCZOS)
    small.info["dpi"] = (dpi, dpi)
    return small, {"dpi": dpi}


def light_ramp(size: tuple[int, int], darkest: float, angle: float) -> np.ndarray:
    """Brightness factors from `darkest` on one side of the page to 1 on the other, along `angle`."""
    w, h = size
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    along = x * math.cos(angle) + y * math.sin(angle)
    along = (along - along.min()) / max(float(np.ptp(along)), 1.0)
    return darkest + (1 - darkest) * along


def uneven_light(page: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    darkest, angle = rng.uniform(0.55, 0.85), rng.uniform(0, 2 * math.pi)
    pixels = np.asarray(page, dtype=np.float32)
    ramp = light_ramp(page.size, darkest, angle)
    lit = pixels * (ramp[..., None] if pixels.ndim == 3 else ramp)
    return keep_dpi(page, Image.fromarray(lit.astype(np.uint8))), {"darkest": round(darkest, 2),
                                                                   "from_degrees": round(math.degrees(angle))}


def mottle(size: tuple[int, int], np_rng: np.random.Generator, cells: int = 24) -> np.ndarray:
    """Smooth random field in 0..1: a coarse grid of random values enlarged with bicubic smoothing."""
    w, h = size
    coarse = (np_rng.random((cells, max(2, cells * h // w))) * 255).astype(np.uint8)
    return np.asarray(Image.fromarray(coarse.T).resize(size, Image.Resampling.BICUBIC), dtype=np.float32) / 255


def photocopy(page: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    np_rng = numpy_rng(rng)
    grey = np.asarray(page.convert("L"), dtype=np.float32) / 255
    params = {"toner": round(rng.uniform(1.2, 1.8), 2), "background": round(rng.uniform(0.04, 0.14), 3),
              "dust": round(rng.uniform(0.0002, 0.001), 5), "band": round(rng.uniform(0.01, 0.04), 3),
              "streaks": rng.randint(1, 5)}
    ink = np.clip((1 - grey) * params["toner"], 0, 1) ** 1.3  # thin strokes fade, thick ones go black
    paper = 1 - params["background"] * mottle(page.size, np_rng)
    copy = paper * (1 - ink)
    copy[np_rng.random(copy.shape) < params["dust"]] = 0.15
    band = max(1, round(params["band"] * page.width))
    side = rng.choice(("left", "right", "top", "bottom"))
    {"left": copy[:, :band], "right": copy[:, -band:], "top": copy[:band], "bottom": copy[-band:]}[side] *= 0.25
    for _ in range(params["streaks"]):
        x = rng.randrange(page.width)
        copy[:, x:x + rng.randint(1, 3)] *= rng.uniform(0.75, 0.9)
    out = Image.fromarray((np.clip(copy, 0, 1) * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return keep_dpi(page, out), {**params, "band_side": side}


def seal_image(diameter: int, colour: tuple[int, int, int], rng: random.Random) -> Image.Image:
    """A round seal as an ink-coverage mask (L, 255 = full ink): two rings, a star and an office word."""
    mask = Image.new("L", (diameter, diameter), 0)
    pen = ImageDraw.Draw(mask)
    ring = max(2, diameter // 40)
    pen.ellipse((0, 0, diameter - 1, diameter - 1), outline=255, width=ring)
    inner = diameter // 7
    pen.ellipse((inner, inner, diameter - inner, diameter - inner), outline=255, width=max(1, ring // 2))
    font = ImageFont.truetype(str(SEAL_FONT), max(8, diameter // 9), layout_engine=ImageFont.Layout.RAQM)
    pen.text((diameter / 2, diameter / 2), rng.choice(SEAL_WORDS), font=font, fill=255, anchor="mm")
    star = [(diameter / 2 + diameter / 14 * math.cos(a * math.pi / 5 - math.pi / 2) * (1 if a % 2 == 0 else 0.45),
             diameter * 0.3 + diameter / 14 * math.sin(a * math.pi / 5 - math.pi / 2) * (1 if a % 2 == 0 else 0.45))
            for a in range(10)]
    pen.polygon(star, fill=255)
    return mask.rotate(rng.uniform(-30, 30), resample=Image.Resampling.BICUBIC)


def seal(page: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    name = rng.choice(sorted(INKS))
    colour = INKS[name]
    diameter = round(rng.uniform(1.1, 1.6) * dpi_of(page))
    strength = rng.uniform(0.55, 0.9)
    mask = seal_image(diameter, colour, rng).point(lambda v: round(v * strength))
    x = rng.randint(page.width // 5, page.width * 4 // 5 - diameter)
    y = rng.randint(page.height // 8, page.height * 7 // 8 - diameter)
    full = Image.new("L", page.size, 0)
    full.paste(mask, (x, y))
    stamped = ImageChops.multiply(page.convert("RGB"), Image.composite(
        Image.new("RGB", page.size, colour), Image.new("RGB", page.size, "white"), full))
    return keep_dpi(page, stamped), {"ink": name, "diameter_inches": round(diameter / dpi_of(page), 2),
                                     "strength": round(strength, 2), "at": (x, y)}


def scribble(pen: ImageDraw.ImageDraw, box: tuple[int, int, int, int], width: int, rng: random.Random) -> None:
    """Handwritten-looking initials: a few loops of a smooth random pen path inside box."""
    left, top, right, bottom = box
    points, t = [], rng.uniform(0, 6)
    loops = rng.randint(2, 4)
    for step in range(60 * loops):
        t += 2 * math.pi / 60
        x = left + (right - left) * (step / (60 * loops)) + (right - left) / 8 * math.sin(t * 1.7)
        y = (top + bottom) / 2 + (bottom - top) / 2.5 * math.sin(t + math.sin(t * 0.5))
        points.append((x, y))
    pen.line(points, fill=30, width=width, joint="curve")


def marginalia(page: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    out = page.convert("L").copy()
    pen = ImageDraw.Draw(out)
    dpi = dpi_of(page)
    width = max(1, round(dpi / 100))
    x = rng.randint(round(0.15 * out.width), round(0.65 * out.width))
    y = out.height - round(rng.uniform(0.3, 0.7) * dpi)
    scribble(pen, (x, y, x + round(0.8 * dpi), y + round(0.35 * dpi)), width, rng)
    number = "-" + "০১২৩৪৫৬৭৮৯"[rng.randint(1, 9)] + "-"
    font = ImageFont.truetype(str(HANDWRITING_FONT), round(0.3 * dpi), layout_engine=ImageFont.Layout.RAQM)
    label = Image.new("L", (round(dpi), round(0.6 * dpi)), 0)
    ImageDraw.Draw(label).text((label.width / 2, label.height / 2), number, font=font, fill=255, anchor="mm")
    label = label.rotate(rng.uniform(-12, 12), resample=Image.Resampling.BICUBIC)
    corner = (out.width - label.width - round(0.25 * dpi), round(0.2 * dpi))
    out.paste(Image.new("L", label.size, 40), corner, label)
    return keep_dpi(page, out if page.mode == "L" else out.convert(page.mode)), \
        {"page_number": number, "initials_at": (x, y)}


KINDS: dict[str, Callable[[Image.Image, random.Random], tuple[Image.Image, Params]]] = {
    "speckle": speckle, "blur": blur, "rotate": rotate, "jpeg": jpeg, "lowres": lowres,
    "uneven_light": uneven_light, "photocopy": photocopy, "seal": seal, "marginalia": marginalia,
}
# Applied in this order when several are combined: marks on the paper, then the copier or camera,
# then the scanner's resolution, its noise and the file's compression.
ORDER = ("seal", "marginalia", "photocopy", "uneven_light", "blur", "rotate", "lowres", "speckle", "jpeg")


def office_scan(page: Image.Image, rng: random.Random) -> tuple[Image.Image, Params]:
    """Blur, a turn of 1-3 degrees, 200 dpi, speckle over 0.5-1% of the pixels and JPEG, in that order."""
    params: Params = {}
    page, params["blur"] = blur(page, rng)
    angle = rng.choice((-1, 1)) * rng.uniform(1.0, 3.0)
    fill = 255 if page.mode == "L" else (255,) * len(page.getbands())
    page, params["degrees"] = keep_dpi(page, page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=fill)), round(angle, 2)
    scale = 200 / dpi_of(page)
    small = page.resize((round(page.width * scale), round(page.height * scale)), Image.Resampling.LANCZOS)
    small.info["dpi"] = (200, 200)
    share = rng.uniform(0.005, 0.01)
    pixels = np.array(small.convert("L"))
    draw = numpy_rng(rng).random(pixels.shape)
    pixels[draw < share / 2], pixels[(draw >= share / 2) & (draw < share)] = 0, 255
    page, params["speckle"] = keep_dpi(small, Image.fromarray(pixels)), round(share, 4)
    page, params["jpeg"] = jpeg(page, rng)
    return page, params


def degrade(page: Image.Image, kind: str, rng: random.Random) -> tuple[Image.Image, Params]:
    """The page degraded by one kind (or "mixed": three kinds in ORDER; "office_scan": the scanner's
    faults at once) with parameters drawn from rng."""
    if kind == "office_scan":
        return office_scan(page, rng)
    if kind != "mixed":
        return KINDS[kind](page, rng)
    params: Params = {}
    for name in sorted(rng.sample(sorted(KINDS), 3), key=ORDER.index):
        page, params[name] = KINDS[name](page, rng)
    return page, params
