"""How trustworthy a page's extracted text is, judged from the text alone.

PDF text layers fail in recognisable ways (measured on the sample PDFs; docs/architecture.md):
- junk characters: U+FFFD, private-use code points, control characters, pdfminer's "(cid:12)";
- malformed Bengali: a word that starts with a vowel sign, hasanta or nukta (a cluster split by a
  stray space, or vowel signs left in visual order: "কায ালয়");
- words broken into fragments: one space inside nearly every word (pypdfium2 on Chromium PDFs,
  poppler on fpdf2 PDFs) leaves half the Bengali "words" a single grapheme cluster; real minutes
  have about 5% such words ("ও", "এ", "ক").
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

_JUNK = regex.compile(r"\(cid:\d+\)|[\ufffd\p{Co}\p{Cc}--[\t\n\r\f]]", regex.V1)
_BENGALI_WORD = regex.compile(r"\S*\p{Bengali}\S*")
# a Bengali word must not start with a dependent sign (vowel sign, hasanta, nukta, candrabindu, visarga)
_DEPENDENT_START = regex.compile(r"^[\u0981-\u0983\u09bc\u09be-\u09cc\u09cd\u09d7]")
_DOUBLE_VOWEL_SIGN = regex.compile(r"[\u09be-\u09cc][\u09be-\u09cc]")
_CLUSTER = regex.compile(r"\X")
_LETTER = regex.compile(r"\p{L}")
_BENGALI_LETTER = regex.compile(r"[\p{Bengali}&&\p{L}]", regex.V1)
_LATIN_LETTER = regex.compile(r"[\p{Latin}&&\p{L}]", regex.V1)

NORMAL_FRAGMENT_SHARE = 0.12  # single-cluster Bengali words in well-extracted minutes stay below this


@dataclass(frozen=True)
class TextQuality:
    chars: int              # non-space characters
    bengali_share: float    # Bengali letters among all letters
    latin_share: float      # Latin letters among all letters
    junk_share: float       # junk characters per non-space character
    malformed_share: float  # malformed Bengali words per Bengali word
    fragment_share: float   # single-cluster Bengali words per Bengali word

    @property
    def score(self) -> float:
        """1.0 for clean text, towards 0 as the failures above pile up; 0 for no text."""
        if self.chars == 0:
            return 0.0
        penalty = (5 * self.junk_share + 5 * self.malformed_share
                   + 2 * max(0.0, self.fragment_share - NORMAL_FRAGMENT_SHARE))
        return max(0.0, 1.0 - penalty)

    @property
    def latin_only(self) -> bool:
        """Letters, and none of them Bengali: on a scanned Bengali page, a Latin OCR layer."""
        return self.latin_share > 0.9 and self.bengali_share == 0


def assess(text: str) -> TextQuality:
    chars = sum(1 for c in text if not c.isspace())
    letters = len(_LETTER.findall(text))
    words = _BENGALI_WORD.findall(text)
    malformed = sum(1 for w in words if _DEPENDENT_START.match(w) or _DOUBLE_VOWEL_SIGN.search(w))
    fragments = sum(1 for w in words if len(_CLUSTER.findall(w)) == 1)
    junk = sum(len(m) for m in _JUNK.findall(text))
    return TextQuality(
        chars=chars,
        bengali_share=_share(len(_BENGALI_LETTER.findall(text)), letters),
        latin_share=_share(len(_LATIN_LETTER.findall(text)), letters),
        junk_share=_share(junk, chars),
        malformed_share=_share(malformed, len(words)),
        fragment_share=_share(fragments, len(words)),
    )


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0
