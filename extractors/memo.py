"""Memo numbers (স্মারক নম্বর) and their government file-number schemes.

    >>> parse_memo("৫৮.০০.০০০০.০৫২.৩২.০০১.১৭- ১১০").normalized
    '58.00.0000.052.32.001.17.110'

Secretariat Instructions 2014: ministry(2).office(2).geo(4).branch(3).subject(2).file(3).year(2), then
the letter's serial. 2024 Instructions: 22 digits with a sub-office group after geo and a 4-digit file.
Older and free-form numbers ("স্বাম/প্রশা-১/২০১২/১২৩") keep raw only.
"""
from __future__ import annotations

from functools import cache

import regex

from bangla_minutes.extractors import lexicon
from bangla_minutes.extractors.digits import to_ascii_digits
from bangla_minutes.extractors.found import Found
from bangla_minutes.extractors.lexicon import alternation
from bangla_minutes.schemas import MemoNumber, Warning

SCHEMES = {
    "2014": (("ministry", 2), ("office", 2), ("geo", 4), ("branch", 3), ("subject", 2), ("file", 3),
             ("year", 2)),
    "2024": (("ministry", 2), ("office", 2), ("geo", 4), ("sub_office", 3), ("branch", 3), ("subject", 2),
             ("file", 4), ("year", 2)),
}
# Digits before the serial of the government formats: 2014 (18), 2024 (22), and the older 19-digit one
# (DESIGN.md: "০৫.৪২২.০১৫.০২.০০.০১৯.২০০৮", kept raw, no scheme).
GOVERNMENT_DIGITS = {sum(size for _, size in layout) for layout in SCHEMES.values()} | {19}
_MIN_GOVERNMENT_GROUPS = 6  # dotted groups of digits: a government file number, not a free-form one
_MAX_WRONG_GROUPS = 2  # more groups of the wrong length: another format, not a slip
_MAX_TOKENS = 3  # a number has at most a couple of stray spaces; more words are prose
_MIN_DIGITS = 3
_VALUE_END = " \t,;।:-–"
_MAX_LABEL_LETTERS = 8  # a misread label word: "নম্বর" read "নধর"


@cache
def _label_regexes() -> tuple[regex.Pattern, ...]:
    """Label patterns, surest first: a memo label opening a line, a short label opening a line, a memo
    label anywhere."""
    labels = lexicon.table("memo_labels.json")
    dates = alternation(labels["date_words"], spaces='entry')
    tail = (rf"[^\S\n]*[.:ঃ\-–—]*[^\S\n]*(?P<value>(?:(?!(?<=\s)(?:{dates})|\t|[ ]{{2}})[^\n])*)")
    anywhere = rf"(?:{alternation(labels['anywhere'], spaces='entry')})(?![\p{{L}}\p{{M}}])"
    line_start = rf"(?:{alternation(labels['line_start'], spaces='entry')})(?![\p{{L}}\p{{M}}])"
    at_start = r"(?m:^)[^\S\n]*"
    return (
        regex.compile(at_start + anywhere + tail),
        regex.compile(at_start + line_start + tail),
        regex.compile(r"(?<![\p{L}\p{M}])" + anywhere + tail),
    )


def find_memo(text: str) -> Found[MemoNumber] | None:
    """The document's memo number after its label; raw stops before a date on the same line."""
    for pattern in _label_regexes():
        for m in pattern.finditer(text):
            start, end = m.span("value")
            while end > start and text[end - 1] in _VALUE_END:
                end -= 1
            raw = text[start:end]
            if _looks_like_number(raw):
                return Found(parse_memo(raw), start, end)
    return None


def find_unlabelled_memo(text: str) -> Found[MemoNumber] | None:
    """A government file number opening a line after one word and a colon that is no memo label: the
    label OCR misread ("নধর: ২৬.০০.০০০০.০০৫.২৮.০০৪.১৮-৮১৯"). Only the government formats' dotted shape
    is taken so: a free-form number after an unknown word may be anything."""
    for m in _unread_label_regex().finditer(text):
        start, end = m.span("value")
        while end > start and text[end - 1] in _VALUE_END:
            end -= 1
        split = _groups(text[start:end]) if _looks_like_number(text[start:end]) else None
        if split and len(split[0]) >= _MIN_GOVERNMENT_GROUPS:
            return Found(parse_memo(text[start:end]), start, end)
    return None


@cache
def _unread_label_regex() -> regex.Pattern:
    dates = alternation(lexicon.table("memo_labels.json")["date_words"], spaces='entry')
    return regex.compile(rf"(?m:^)[^\S\n]*[\p{{L}}\p{{M}}]{{1,{_MAX_LABEL_LETTERS}}}[^\S\n]*[:ঃ][^\S\n]*"
                         rf"(?P<value>\p{{Nd}}(?:(?!(?<=\s)(?:{dates})|\t|[ ]{{2}})[^\n])*)")


def _looks_like_number(raw: str) -> bool:
    digits = sum(ch.isdigit() for ch in raw)
    return digits >= _MIN_DIGITS and len(raw.split()) <= _MAX_TOKENS


def parse_memo(raw: str) -> MemoNumber:
    """The number normalised (ASCII digits, groups joined by "."), with its scheme and named parts.

    A number with one or two groups of the wrong length still names its scheme (memo_warnings flags
    it); with more it is another format ("০৫.৪২২.০১৫.০২.০০.০১৯.২০০৮-৬৭৮", 2008) and keeps no scheme."""
    split = _groups(raw)
    if split is None:
        return MemoNumber(raw=raw)
    groups, serial = split
    normalized = ".".join(groups + ([serial] if serial else []))
    scheme, wrong, parts = _best_scheme(groups, serial)
    if scheme is None or wrong > _MAX_WRONG_GROUPS:
        return MemoNumber(raw=raw, normalized=normalized)
    return MemoNumber(raw=raw, normalized=normalized, scheme=scheme, parts=parts)


def _groups(raw: str) -> tuple[list[str], str | None] | None:
    """Digit groups and the serial that follows "-" or a space; None for numbers with letters.

    OCR reads "." as ",": both separate groups; spaces beside a separator or inside a group are stray."""
    text = to_ascii_digits(raw).strip()
    if not text or regex.search(r"[^\d.,\-–/\s]", text):
        return None
    text = regex.sub(r"\s*[.,/]\s*", ".", text)
    serial = None
    m = regex.search(r"^(.*?\d)\s*[-–]\s*(\d+)$", text) or regex.search(r"^(.*\.\d+)\s+(\d+)$", text)
    if m:
        text, serial = m.group(1), m.group(2)
    groups = [regex.sub(r"\s+", "", g) for g in text.split(".")]
    if not all(g.isdigit() for g in groups) or (serial is not None and not serial.isdigit()):
        return None
    return groups, serial


def _best_scheme(groups: list[str], serial: str | None) -> tuple[str | None, int, dict[str, str] | None]:
    """The scheme whose layout fits the groups with the fewest groups of the wrong length.

    Without a separate serial, a group beyond the scheme's own is the serial ("...২১.২০৩")."""
    best = (None, len(groups) + 1, None)
    for name, layout in SCHEMES.items():
        own, extra = groups[:len(layout)], groups[len(layout):]
        if len(own) != len(layout) or len(extra) > (0 if serial else 1):
            continue
        wrong = sum(len(g) != size for g, (_, size) in zip(own, layout))
        if wrong < best[1]:
            parts = {key: g for g, (key, _) in zip(own, layout)}
            last = serial or (extra[0] if extra else None)
            if last:
                parts["serial"] = last
            best = (name, wrong, parts)
    return best


def fits_no_government_count(memo: MemoNumber) -> bool:
    """A dotted all-digit number of no known format's length, with or without its serial (a digit OCR
    added or lost: "০৫.৪২২.০১৫.০২.০০.০১০৯.২০০৮-৬৭৮" has 20)."""
    groups = memo.normalized.split(".") if memo.normalized and not memo.scheme else []
    if len(groups) < _MIN_GOVERNMENT_GROUPS:
        return False
    counts = {sum(map(len, groups)), sum(map(len, groups[:-1]))}
    return not counts & GOVERNMENT_DIGITS


def memo_warnings(memo: MemoNumber, issue_year: int | None) -> list[Warning]:
    """`memo_group_length` when a government-style number has a group of the wrong length;
    `memo_year_mismatch` when its year group is after the issue year (an older file year is normal)."""
    if not memo.scheme:
        return []
    layout = SCHEMES[memo.scheme]
    out = []
    if any(len(memo.parts[key]) != size for key, size in layout):
        sizes = ".".join(str(size) for _, size in layout)
        out.append(Warning(code="memo_group_length", field="memo",
                           message=f"memo number {memo.raw} does not fit the {memo.scheme} layout of digit groups {sizes}"))
    year = 2000 + int(memo.parts["year"]) if len(memo.parts["year"]) == 2 else None
    if year and issue_year and year > issue_year:
        out.append(Warning(code="memo_year_mismatch", field="memo",
                           message=f"the year group of memo number {memo.raw} is {year}, after the issue year {issue_year}"))
    return out
