"""Repairs of OCR misreadings in memo numbers and dates, made only when the repaired value checks out.

Measured on samples/scans (Tesseract `ben`, every sample's memo and date lines in clean, blurred,
speckled, JPEG, photographed, skewed and 200-dpi renderings): "." read as "," or "-" and doubled
(",." ".,"), a stray "&" after a digit, the visarga-colon "ঃ" after তারিখ read as "৪"/"8"/"3"/"+৪"
(glued to the day in "3১৯"), month names off by one letter ("ফাল্ভুন", "ভান্র", "আষাঢ"), and the era
suffix "খ্রিঃ" read "খিঃ". Latin "8"/"O" and "হ" for Bengali digits did not occur in these scans but
are cheap to undo when a value fails its check. The caller adds the `ocr_repair` warning.
"""
from __future__ import annotations

import regex
from rapidfuzz import fuzz, process

from extractors import lexicon
from extractors.dates import find_bangla_dates, find_gregorian_dates, find_invalid_dates
from extractors.digits import DIGIT
from extractors.memo import SCHEMES, parse_memo

MONTH_SCORE = 75  # rapidfuzz ratio: one wrong letter in a 4-7 letter month name scores 80-89
_CONFUSIONS = lexicon.table("ocr_confusions.json")


def repair_memo(raw: str) -> tuple[str, bool]:
    """The memo number with OCR misreadings undone, and whether anything was changed.

    Tried when the number does not fit the 2014 or 2024 group layout or mixes Bengali digits with
    Latin look-alikes; kept only when the repaired number fits a layout exactly."""
    if fits_scheme(raw) and not mixes_digit_scripts(raw):
        return raw, False
    repaired = fix_separators(fix_digits(raw))
    return (repaired, True) if repaired != raw and fits_scheme(repaired) else (raw, False)


def repair_date_text(raw: str) -> tuple[str, bool]:
    """The date text with OCR misreadings undone, and whether anything was changed.

    Tried when the text holds no valid date, an invalid one, or a number mixing Bengali digits with
    Latin look-alikes ("২8" is ২৪, not 28); kept only when the repaired text holds valid dates only.
    Repairs are tried one after another, each on top of the last."""
    if is_valid_date_text(raw) and not mixes_digit_scripts(raw):
        return raw, False
    repaired = raw
    for repair in (fix_digits, fix_date_separators, fix_month_names, drop_visarga_misread, fix_era):
        repaired = repair(repaired)
        if is_valid_date_text(repaired):
            return repaired, True
    return raw, False


def fits_scheme(raw: str) -> bool:
    memo = parse_memo(raw)
    if memo.scheme is None:
        return False
    return all(len(memo.parts[key]) == size for key, size in SCHEMES[memo.scheme])


def mixes_digit_scripts(text: str) -> bool:
    """A Bengali digit next to an ASCII digit or a Latin O/o: one number read in two scripts."""
    return bool(regex.search(r"[০-৯][.,]?[0-9Oo]|[0-9Oo][.,]?[০-৯]", text))


def is_valid_date_text(text: str) -> bool:
    found = find_gregorian_dates(text) or find_bangla_dates(text)
    return bool(found) and not find_invalid_dates(text)


def fix_digits(text: str) -> str:
    """Look-alikes of digits that stand among digits: Latin "8" and "O" in a Bengali number, "O" in an
    ASCII one, "হ" for "২"; and a stray "&" after a digit."""
    bengali = len(regex.findall("[০-৯]", text)) >= len(regex.findall("[0-9]", text))
    table = _CONFUSIONS["digit_lookalikes"] if bengali else _CONFUSIONS["ascii_digit_lookalikes"]
    stray = regex.escape(_CONFUSIONS["stray_in_numbers"])
    text = regex.sub(rf"(?<={DIGIT})[{stray}]", "", text)
    lookalike = "[" + regex.escape("".join(table)) + "]"
    near_digit = rf"(?:(?<={DIGIT}[.,]?){lookalike}|{lookalike}(?=[.,]?{DIGIT}))"
    return regex.sub(near_digit, lambda m: table[m.group()], text)


def fix_separators(text: str) -> str:
    """Group separators of a memo number: a run of "." "," (and "-" before more groups) becomes one
    "."; the last "-" stays when only the serial follows it."""
    misread = regex.escape(_CONFUSIONS["group_separator_misreads"])
    serial = regex.search(rf"[-–]\s*{DIGIT}+\s*$", text)
    head, tail = (text[:serial.start()], text[serial.start():]) if serial else (text, "")
    head = regex.sub(rf"(?<={DIGIT}\s*)[.{misread}]+(?=\s*{DIGIT})", ".", head)
    return head + tail


def fix_date_separators(text: str) -> str:
    """"২৩,১২,২০২০" -> "২৩.১২.২০২০": a comma between the numbers of a numeric date."""
    return regex.sub(rf"(?<={DIGIT}),(?={DIGIT})", ".", text)


def drop_visarga_misread(text: str) -> str:
    """"৪ ১৯ আগস্ট ২০২১", "3১৯ আগস্ট": the label's visarga-colon read as a digit or sign before the
    day, either standing alone or, in Latin, glued to the Bengali day."""
    lookalikes = regex.escape(_CONFUSIONS["visarga_lookalikes"])
    day = r"[০-৯]{1,2}(?![০-৯0-9])"
    alone = rf"(?<![\p{{L}}\p{{M}}\p{{N}}])[{lookalikes}]{{1,2}}\s+(?={day})"
    glued = rf"(?<![\p{{L}}\p{{M}}\p{{N}}])[0-9+:\-](?={day})"
    return regex.sub(f"{alone}|{glued}", "", text, count=1)


def fix_month_names(text: str) -> str:
    """A word between a day and a year that is one letter off a Bengali month name becomes that name."""
    names = bengali_month_names()

    def nearest(m: regex.Match) -> str:
        word = m.group("word")
        if word in names:
            return m.group()
        best = process.extractOne(word, names, scorer=fuzz.ratio, score_cutoff=MONTH_SCORE)
        return m.group() if best is None else m.group().replace(word, best[0], 1)

    return regex.sub(rf"{DIGIT}{{1,2}}\p{{L}}*\s+(?P<word>[\p{{L}}\p{{M}}]+)\s+{DIGIT}{{4}}", nearest, text)


def fix_era(text: str) -> str:
    for misread, printed in _CONFUSIONS["era_misreads"].items():
        text = text.replace(misread, printed)
    return text


def bengali_month_names() -> list[str]:
    months = lexicon.table("months.json")
    return [name for calendar in ("gregorian", "bangla") for names in months[calendar].values()
            for name in names if regex.match(r"\p{Bengali}", name)]
