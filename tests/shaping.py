"""What matplotlib drew, read back from its SVG, against HarfBuzz's shaping of the same text.

matplotlib's SVG (svg.fonttype 'path') writes each text as <g id="text_N"> holding a comment with the
string, then a group `translate(x y) scale(s -s)` of <use> elements, one per glyph drawn, each naming
its glyph as "#<font>-<glyph id in hex>" (a <path> of that id, defined once) and placed at
`translate(x 0)` in that group's units. HarfBuzz
shapes the same string with the same font file: glyph ids and positions. A label is drawn as HarfBuzz
shapes it when the glyph ids and their places agree, glyph by glyph.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import uharfbuzz as hb

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}href"
_SCALE = re.compile(r"scale\(([-\d.e]+)")
_TRANSLATE = re.compile(r"translate\(([-\d.e]+)")


def drawn_texts(svg: str) -> dict[str, list[list[tuple[str, int, float]]]]:
    """Each string the SVG draws -> its drawings, each a list of (font, glyph id, x in points from the
    string's start)."""
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    root = ET.fromstring(svg, parser=parser)
    inked = {path.get("id") for path in root.iter(f"{SVG}path") if path.get("id") and path.get("d", "").strip()}
    texts: dict[str, list] = {}
    for group in root.iter(f"{SVG}g"):
        if not (group.get("id") or "").startswith("text_"):
            continue
        comment = next((c.text for c in group if c.tag is ET.Comment), None)
        inner = next((g for g in group if g.tag == f"{SVG}g" and _SCALE.search(g.get("transform", ""))), None)
        if comment is None or inner is None:
            continue
        scale = float(_SCALE.search(inner.get("transform")).group(1))
        glyphs = []
        for use in inner.iter(f"{SVG}use"):
            name = use.get(XLINK, "").lstrip("#")
            if name not in inked:  # a space: drawn as nothing
                continue
            font, _, gid = name.rpartition("-")
            moved = _TRANSLATE.search(use.get("transform", ""))
            glyphs.append((font, int(gid, 16), float(moved.group(1)) * scale if moved else 0.0))
        texts.setdefault(comment.strip(), []).append(glyphs)
    return texts


def harfbuzz_glyphs(text: str, font_file: str, size: float) -> list[tuple[int, float]]:
    """HarfBuzz's shaping of `text` in the font at `size` points: (glyph id, x of its origin) of each
    glyph that draws ink (a space glyph draws none)."""
    face = hb.Face(hb.Blob.from_file_path(font_file))
    font = hb.Font(face)
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(font, buffer, {})
    scale, pen, glyphs = size / face.upem, 0, []
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions):
        extents = font.get_glyph_extents(info.codepoint)
        if extents and extents.width and extents.height:
            glyphs.append((info.codepoint, (pen + position.x_offset) * scale))
        pen += position.x_advance
    return glyphs


def same_glyphs(drawn: list[tuple[str, int, float]], shaped: list[tuple[int, float]], tolerance: float = 0.05) -> bool:
    """Whether a drawing has HarfBuzz's glyphs, in its order, at its places (within `tolerance` points)."""
    return len(drawn) == len(shaped) and all(
        gid == want and abs(x - at) <= tolerance for (_, gid, x), (want, at) in zip(drawn, shaped))
