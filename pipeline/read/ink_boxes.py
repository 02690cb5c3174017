"""Tesseract's word boxes fitted to the ink of the page, for placing words in the columns of a table.

Tesseract's LSTM boxes are loose. On a clean typeset page (samples/scan_draws.py, seed 7070) a word's
box started 36 pixels left of its first letter ("প্রকৃত" at 1469 for ink at 1505) and ended 15 pixels
past its last, across the 50-pixel gutter of a table typed without rulings; and now and then the first
word of a line got a box reaching to the end of its phrase ("বিদ্যালয়ের" 834-1398 over the three words
after it). Both put a word across a column's boundary, which ended the table (open_tables.py) or put
the word into the next cell. Here a box that runs over the next word of its row stops where that word
starts, and each box is then shrunk to the columns inside it that hold ink.
"""
from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image

from bangla_minutes.pipeline.read.pages import Word

INK = 128  # grey level below which a pixel is ink (pages are evenly lit before: preprocess.evenly_lit)
MIN_INK = 2  # ink pixels a column of a box needs to count (a lone speckle does not)


def fitted(rows: list[list[Word]], page: Image.Image) -> list[list[Word]]:
    """The rows with every word's box fitted (see the module's note); text and order kept."""
    ink = np.asarray(page.convert("L")) < INK
    return [[_to_ink(word, ink) for word in _cut_at_next(row)] for row in rows]


def _cut_at_next(row: list[Word]) -> list[Word]:
    starts = sorted(w.box[0] for w in row if w.box)
    out = []
    for word in row:
        later = [x for x in starts if x > word.box[0]] if word.box else []
        if later and word.box[2] > later[0]:
            word = dataclasses.replace(word, box=(word.box[0], word.box[1], later[0] - 1, word.box[3]))
        out.append(word)
    return out


def _to_ink(word: Word, ink: np.ndarray) -> Word:
    if not word.box:
        return word
    x0, y0, x1, y1 = (max(int(v), 0) for v in word.box)
    columns = np.flatnonzero(ink[y0:y1, x0:x1].sum(axis=0) >= MIN_INK)
    if not len(columns):
        return word
    return dataclasses.replace(word, box=(x0 + int(columns[0]), word.box[1], x0 + int(columns[-1]) + 1, word.box[3]))
