"""Normalisation of page text, and the document text the extractors read, with an offset map.

Two levels:
- the *page text*: each page cleaned (line ends, invisible characters, markdown artefacts, leftovers of old
  Bijoy conversion) and NFC'd. Evidence spans are offsets into it.
- the *document text*: the page texts joined, with page furniture removed (page numbers, the page-turn line
  "অপর পৃষ্ঠা দ্রষ্টব্য", letterheads repeated on later pages) and words and sentences broken over page
  breaks healed. The extractors read it; `DocumentText.span` maps its offsets back to page spans.
"""
from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple
from functools import cache
from pathlib import Path

import regex

from bangla_minutes.extractors import header, lexicon, times
from bangla_minutes.extractors.text import LIST_ITEM

DATA = Path(__file__).with_name("data")

_INVISIBLE = regex.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
_ODD_SPACES = regex.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_LATIN_1 = regex.compile("[\u0080-\u02ff]")  # where Bijoy leftovers would be
_MARKDOWN = regex.compile(r"\*\*|__|^[ \t]*#{1,6}[ \t]+", regex.M)
_TRAILING_SPACE = regex.compile(r"[ \t]+$", regex.M)


@cache
def _leftovers() -> list[tuple[str, str]]:
    """Bijoy byte sequences that old converters left inside Unicode text, and their Unicode."""
    pairs = []
    for line in (DATA / "bijoy_leftovers.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            bad, good = line.split("\t")
            pairs.append((bad, good))
    return sorted(pairs, key=lambda p: -len(p[0]))


@cache
def _slips() -> list[tuple[regex.Pattern, str]]:
    """What faulty Bijoy-to-Unicode converters wrote for some conjuncts, and the right Unicode."""
    lines = (DATA / "converter_slips.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return [(regex.compile(slip), good) for slip, good in rows]


def normalize_page(raw: str) -> str:
    """A page's text as evidence refers to it: clean and NFC (the converter slips mended after NFC keep it so)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _ODD_SPACES.sub(" ", _INVISIBLE.sub("", text))
    text = _MARKDOWN.sub("", text)
    text = _TRAILING_SPACE.sub("", text)
    if _LATIN_1.search(text):
        for bad, good in _leftovers():
            text = text.replace(bad, good)
    text = unicodedata.normalize("NFC", text)
    for slip, good in _slips():
        text = slip.sub(good, text)
    return text


# Page furniture: whole lines that are not part of the minutes' content.
_FURNITURE = regex.compile(
    r"""^[ \t]*(?:
        অপর\s*পৃষ্ঠা(?:য়)?\s*দ্রষ্টব্য\S*
      | পাতা\s*উল্টান\S*
      | P\.?\s*T\.?\s*O\.?
      | [-–—]\s*[০-৯0-9]{1,3}\s*[-–—]
      | (?:পৃষ্ঠা|পাতা|Page)\s*(?:নং|নম্বর)?\s*[-:ঃ]?\s*[০-৯0-9]{1,3}(?:\s*(?:/|এর|of)\s*[০-৯0-9]{1,3})?
      | [০-৯0-9]{1,3}\s*/\s*[০-৯0-9]{1,3}
      | [০-৯0-9]{1,3}
      | (?:[A-Za-z]:|\\\\[^\\\s]+)\\[^\n]*            # a Word file's path printed in its footer: E:\Service\...
      | [^\n]*[\\/][^\n\\/]*\.(?:docx?|rtf|odt|xlsx?)  # ... or ending in the file's name
      | PORTAL
    )[ \t]*$""".replace("PORTAL", "|".join(
        line for line in (DATA / "portal_furniture.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#"))),
    regex.M | regex.X | regex.I,
)
_COMBINING_START = regex.compile(r"^[\p{Mn}\p{Mc}]")
_SENTENCE_END = regex.compile(r"[।;:ঃ?!.)\]|]\s*$")
_LABEL_LINE = regex.compile(r"^[^:ঃ\t]{1,30}(?:[:ঃ\t]|:-)|[:ঃ]-?\s*$")  # "সভাপতি : ...", "বিতরণ:"
# a word of one cluster ending in ঃ is an abbreviation (মোঃ, ডাঃ, খ্রিঃ), not a label: "জনাব মোঃ ক, ...";
# a ঃ standing alone after a space is a colon ("তারিখ ঃ ...", portal texts); a number's "৫ঃ" is a label's
# colon ("সিদ্ধান্ত নং ৫ঃ ...")
_ABBREVIATION = regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?=\p{L})\X(?<=ঃ)(?=\s)")
# The title's word (কার্যবিবরণী and its misspellings, as the title extractor knows them): no line runs on
# into or out of a title.
_HEADING_WORDS = regex.compile(lexicon.alternation(lexicon.table("minutes_words.json")["title"]))
_LONG_LINE = 50
# Besides list items and labels, a line of its own starts with a bullet, a register's row number ("০৩, "),
# a title's abbreviation or a letter and a stop ("ড. মোঃ ...", "ক:"), or a bracket before a digit or
# consonant ("(ড. মোঃ ...)" signed in brackets). A bracket before a vowel ("(ইজিসিবি)") is the wrapped end
# of the line above.
_OWN_LINE_START = regex.compile(r"^\s*(?:[-•*]|\(?[০-৯0-9ক-হ]{1,3}[.)।:]|[০-৯0-9]{1,3},\s|\([০-৯0-9ক-হ]|[০-৯0-9]+\.[০-৯0-9])")
_COLUMNS = regex.compile(r"\t|\S {3,}\S|\|")  # cells side by side: not prose
_FULL = 0.75  # a line this share of the full width or more was wrapped, if its paragraph goes on
_SLACK = 0.1  # full lines of proportional type vary about this share in characters
_SENTENCE_ENDS = ("।", "?", "!")
_INDENT = 8  # a line indented this far stands on its own (a right-aligned date, a signature)
_MIN_WIDTH = 40


@dataclass
class DocumentText:
    """The text the extractors read, and the way back to the pages."""
    text: str
    pages: list[str]
    # Runs copied from the pages: (offset in text, offset in the pages joined end to end, length).
    runs: list[tuple[int, int, int]] = field(default_factory=list)

    def __post_init__(self):
        self._page_starts = []
        total = 0
        for page in self.pages:
            self._page_starts.append(total)
            total += len(page)
        self._run_starts = [r[0] for r in self.runs]

    def source_offset(self, offset: int) -> int:
        """Offset in the joined pages of the document text's character at `offset`."""
        i = bisect.bisect_right(self._run_starts, offset) - 1
        if i < 0:
            return 0
        out_start, src_start, length = self.runs[i]
        return src_start + min(offset - out_start, length)

    def span(self, start: int, end: int) -> dict:
        """The page span ({page, start, end}) of document-text offsets [start, end)."""
        src_start = self.source_offset(start)
        src_end = self.source_offset(max(start, end - 1)) + (1 if end > start else 0)
        page = max(bisect.bisect_right(self._page_starts, src_start) - 1, 0)
        base = self._page_starts[page]
        page_len = len(self.pages[page])
        return {"page": page + 1, "start": min(src_start - base, page_len),
                "end": min(max(src_end - base, src_start - base), page_len)}


class _Builder:
    def __init__(self):
        self.parts: list[str] = []
        self.runs: list[tuple[int, int, int]] = []
        self.length = 0

    def copy(self, text: str, src: int):
        if text:
            self.parts.append(text)
            self.runs.append((self.length, src, len(text)))
            self.length += len(text)

    def insert(self, text: str):
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


class _Line(NamedTuple):
    text: str
    src: int             # offset in the pages joined end to end
    break_before: bool   # the first line of a later page, or page furniture removed


def document_text(pages: list[str]) -> DocumentText:
    """Join normalised pages into the extractors' text, dropping furniture and healing breaks."""
    lines = _content_lines(pages)
    width = _full_width(lines)
    builder = _Builder()
    previous: _Line | None = None
    blank_run: list[_Line] = []
    for line in lines:
        if not line.text.strip():
            blank_run.append(line)
            continue
        if previous is not None:
            broken = line.break_before or any(blank.break_before for blank in blank_run)
            _join(builder, previous.text, line.text, blank_run, width, broken)
        blank_run = []
        builder.copy(line.text, line.src)
        previous = line
    return DocumentText(builder.text(), pages, builder.runs)


def _join(builder: _Builder, before: str, after: str, blanks: list[_Line], width: int, broken: bool):
    """What goes between two content lines: a word broken over a line or page is joined; a sentence
    left open at a page break or removed furniture (a long line without closing punctuation, a line
    that starts no list item), or a paragraph wrapped at the page's width, is healed with a space;
    otherwise the line break(s) stand as they were (blank lines within a page end a paragraph)."""
    if _COMBINING_START.match(after) or (before.endswith("\u09cd")):
        return
    if broken:
        heal = _continues(before, after)
    else:
        heal = not blanks and _wrapped(before, after, width)
    builder.insert(" " if heal else "\n\n" if blanks else "\n")


def _wrapped(before: str, after: str, width: int) -> bool:
    """Is `after` the next line of a paragraph that `before` filled to the page's width?"""
    text = before.strip()
    prose = _is_prose(text)
    if len(text) < _FULL * width or text.endswith((":", ":-")) or (_HEADING_WORDS.search(before + after) and not prose):
        return False
    if text.endswith(_SENTENCE_ENDS) and len(text) + 1 + len(after.split()[0]) <= (1 - _SLACK) * width:
        return False  # a sentence ends where the next word would have fitted: a new paragraph starts
    if _COLUMNS.search(before) or _COLUMNS.search(after) or len(after) - len(after.lstrip()) > _INDENT:
        return False
    return not _opens_block(after) or (prose and _sentence_tail(after))


_SENTENCE_INSIDE = regex.compile(r"[।?!]\s+\S")


def _is_prose(line: str) -> bool:
    """A line of running prose: a numbered paragraph, or a sentence ended inside the line. A title or a
    label line is neither, so the title word in a prose line ("বিগত সভার কার্যবিবরণী পাঠ ...") or a colon
    closing the sentence's next line does not stop a wrapped paragraph from being healed."""
    body = line[LIST_ITEM.match(line).end():] if LIST_ITEM.match(line) else line
    return bool(LIST_ITEM.match(line)) or bool(_SENTENCE_INSIDE.search(body))


def _sentence_tail(line: str) -> bool:
    """The rest of a wrapped sentence that ends by introducing a list ("আলোচনা ও সিদ্ধান্ত গৃহীত হয়:"):
    its only colon closes it and more words than a label's stand before it."""
    stripped = line.strip()
    if LIST_ITEM.match(stripped) or _OWN_LINE_START.match(stripped):
        return False
    head = regex.sub(r"[:ঃ]-?$", "", stripped)
    return head != stripped and not regex.search(r"[:ঃ\t]", head) and len(head.split()) >= 4


def _opens_block(line: str) -> bool:
    """A line that starts something of its own: a list item or a label. A clock time at the line's
    start ("১০.০০ ঘটিকায় ...") is a wrapped sentence's, not a list number."""
    if _starts_with_time(line):
        return _is_label_line(line)
    return bool(LIST_ITEM.match(line) or _OWN_LINE_START.match(line)) or _is_label_line(line)


def _starts_with_time(line: str) -> bool:
    head = line.lstrip()[:40]
    return any(found.start == 0 for found in times.find_times(head))


def _is_label_line(line: str) -> bool:
    return bool(_LABEL_LINE.search(_ABBREVIATION.sub(lambda m: m.group()[:-1], line)) or _label_alone().match(line)
                or header.is_unmarked_label_line(line))


@cache
def _label_alone() -> regex.Pattern:
    """A header label on its own line ("সভার তারিখ"), its value on the next, or before a dash ("সভার
    তারিখ – ৪ কার্তিক ১৪১১"): no line runs on into it."""
    labels = [word for words in lexicon.table("header_labels.json").values() for word in words]
    return regex.compile(rf"^\s*(?:{lexicon.alternation(labels)})\s*(?:$|[-–—])")


def _full_width(lines: list[_Line]) -> int:
    """The length of a full line: wrapped paragraphs fill their lines to about this many characters."""
    lengths = sorted(len(line.text.strip()) for line in lines if len(line.text.strip()) >= 10)
    return max(lengths[int(len(lengths) * 0.9)] if lengths else 0, _MIN_WIDTH)


def _continues(before: str, after: str) -> bool:
    """Does `after` go on with the sentence `before` left open? Prose only: not a title, label or list."""
    if len(before.strip()) < _LONG_LINE or _SENTENCE_END.search(before) or _HEADING_WORDS.search(before):
        return False
    if "\t" in before + after or "|" in before + after:
        return False
    return not _opens_block(after)


def _content_lines(pages: list[str]) -> list[_Line]:
    """Every line of every page with its offset in the joined pages, furniture removed."""
    letterhead = _top_lines(pages[0]) if pages else []
    out: list[_Line] = []
    base = 0
    for number, page in enumerate(pages):
        offset = 0
        lines = page.split("\n")
        repeated = _repeated_letterhead(lines, letterhead) if number > 0 else 0
        for line in lines:
            stripped = line.strip()
            furniture = bool(_FURNITURE.match(line))
            if stripped and not furniture and repeated:
                furniture, repeated = True, repeated - 1
            out.append(_Line("" if furniture else line, base + offset, furniture or number > 0 and offset == 0))
            offset += len(line) + 1
        base += len(page)
    return out


def _repeated_letterhead(lines: list[str], letterhead: list[str]) -> int:
    """How many lines at the top of a later page repeat the first page's letterhead: two or more of its
    lines. One line alone is content that the letterhead happens to name (an office under a signature
    that a page break cut off: "জেলা পরিষদ, টাঙ্গাইল")."""
    top = [line.strip() for line in lines if line.strip() and not _FURNITURE.match(line)]
    count = 0
    while count < len(top) and top[count] in letterhead:
        count += 1
    return count if count >= 2 else 0


def _top_lines(page: str, count: int = 4) -> list[str]:
    lines = [line.strip() for line in page.split("\n") if line.strip()]
    return lines[:count]
