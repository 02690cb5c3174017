"""Repairs of OCR misreadings in memo numbers and dates, made only when the repaired value checks out,
and in distribution notes, whose words come from a closed vocabulary (data/note_words.txt).

Measured on samples/scans (every sample's memo and date lines in clean, blurred, speckled, JPEG,
photographed, skewed and 200-dpi renderings). With `ben`: "." read as "," or "-" and doubled
(",." ".,"), a stray "&" after a digit, the visarga-colon "ঃ" after তারিখ read as "৪"/"8"/"3"/"+৪"
(glued to the day in "3১৯"), month names off by one letter ("ফাল্ভুন", "ভান্র", "আষাঢ"), and the era
suffix "খ্রিঃ" read "খিঃ". With the `Bengali` script model: Latin "8" for "৪" and "0" for "০" inside
Bengali numbers, "৪" read twice ("৪8", "৪88" for "৪৪"), a doubled digit ("৫৮৮" for "৫৮"). "O" and "হ"
for digits did not occur but are cheap to undo when a value fails its check. The caller adds the
`ocr_repair` warning.
(The label separator misread on OCR'd lines is put back by the reader: pipeline/read/ocr_lines.py.)
"""
from __future__ import annotations

from functools import cache

import regex
from rapidfuzz import fuzz, process

from bangla_minutes.extractors import lexicon
from bangla_minutes.extractors.dates import (find_bangla_dates, find_gregorian_dates, find_invalid_dates,
                                             parse_gregorian_date)
from bangla_minutes.extractors.digits import DIGIT
from bangla_minutes.extractors.memo import SCHEMES, parse_memo

MAX_READINGS = 64  # look-alike readings of one memo number tried at most
MONTH_SCORE = 75  # rapidfuzz ratio: one wrong letter in a 4-7 letter month name scores 80-89
WORD_SCORE = 85  # rapidfuzz ratio: one wrong letter in a word of 8 code points or more scores 87 and up
MIN_SNAP_LENGTH = 5  # shorter words are not snapped: one letter off a short word is often another word
_CONFUSIONS = lexicon.table("ocr_confusions.json")


def repair_memo(raw: str) -> tuple[str, bool]:
    """The memo number with OCR misreadings undone, and whether anything was changed.

    Tried when the number does not fit the 2014 or 2024 group layout or mixes Bengali digits with
    Latin look-alikes; kept only when every repaired reading that fits a layout exactly gives the
    same number. A space beside a "/" is closed in any case."""
    closed = close_slash_gaps(raw)
    if fits_scheme(closed) and not mixes_digit_scripts(closed):
        return closed, closed != raw
    readings = memo_readings(fix_separators(drop_stray(closed)))
    fitting = [c for c in readings if fits_scheme(c)] or [c for c in once_doubled(readings) if fits_scheme(c)]
    if len({parse_memo(c).normalized for c in fitting}) != 1:
        return closed, closed != raw
    repaired = min(fitting, key=lambda c: (-len(c), c))
    return (repaired, True) if repaired != raw else (raw, False)


def close_slash_gaps(raw: str) -> str:
    """"উনিঅ/বাউফ/আইশৃ/২০০০/ ১৯২০" -> "উনিঅ/বাউফ/আইশৃ/২০০০/১৯২০": spaces beside a slash between two parts."""
    return regex.sub(r"(?<=\S)\s*/\s*(?=\S)", "/", raw)


def repair_date_text(raw: str) -> tuple[str, bool]:
    """The date text with OCR misreadings undone, and whether anything was changed.

    Tried when the text holds no valid date, an invalid one, or a number mixing Bengali digits with
    Latin look-alikes ("২8" is ২৪, not 28); kept only when the repaired text holds valid dates only.
    Repairs are tried one after another, each on top of the last."""
    if is_valid_date_text(raw) and not mixes_digit_scripts(raw):
        days = fix_day_lookalikes(raw)  # a date beside valid ones, its day misread as a letter
        return (days, True) if days != raw and is_valid_date_text(days) else (raw, False)
    repaired = raw
    for repair in (fix_digits, fix_date_separators, fix_month_names, drop_visarga_misread, fix_era,
                   fix_day_lookalikes):
        repaired = repair(repaired)
        if is_valid_date_text(repaired):
            return repaired, True
    return raw, False


DEADLINE_YEARS_AHEAD = 3  # a deadline falls on or after its meeting and within this many years of it


def repair_deadline(raw: str, meeting: str) -> tuple[str, bool]:
    """A deadline's date text with OCR misreadings undone, and whether anything was changed: digit
    look-alikes of the other script ("0৫/০8/২০১৯"), then, for a date before the meeting (ISO `meeting`),
    one digit the script model misreads (data: date_digit_misreads; ২০১৪ for ২০১৯), when exactly one
    such reading puts the date on or after the meeting and within DEADLINE_YEARS_AHEAD years of it."""
    fixed, changed = repair_date_text(raw)
    date = parse_gregorian_date(fixed)
    if date is None or date.iso >= meeting:
        return fixed, changed
    misreads = _CONFUSIONS["date_digit_misreads"]
    readings = set()
    for i, digit in enumerate(fixed):
        for printed in misreads.get(digit, ""):
            text = fixed[:i] + printed + fixed[i + 1:]
            again = parse_gregorian_date(text)
            if again and meeting <= again.iso <= f"{int(meeting[:4]) + DEADLINE_YEARS_AHEAD}{meeting[4:]}":
                readings.add(text)
    return (readings.pop(), True) if len(readings) == 1 else (fixed, changed)


def repair_note(text: str) -> tuple[str, bool]:
    """A distribution note with each word that is one letter off a word of the notes' closed vocabulary
    (data/note_words.txt) made that word ("জ্যেন্ঠতার" -> "জ্যেষ্ঠতার"), and whether anything changed."""
    vocabulary = note_words()

    def nearest(m: regex.Match) -> str:
        word = m.group()
        if word in vocabulary or len(word) < MIN_SNAP_LENGTH:
            return word
        best = process.extract(word, vocabulary, scorer=fuzz.ratio, score_cutoff=WORD_SCORE, limit=2)
        return best[0][0] if len(best) == 1 or (best and best[0][1] > best[1][1]) else word

    repaired = regex.sub(r"[\p{L}\p{M}]+", nearest, text)
    return repaired, repaired != text


@cache
def note_words() -> tuple[str, ...]:
    return tuple(dict.fromkeys(lexicon.lines("note_words.txt")))


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


def lookalikes(text: str) -> dict[str, str]:
    """What misread digits stand for: Bengali digits in a number written mostly in them, else ASCII."""
    bengali = len(regex.findall("[০-৯]", text)) >= len(regex.findall("[0-9]", text))
    return _CONFUSIONS["digit_lookalikes"] if bengali else _CONFUSIONS["ascii_digit_lookalikes"]


def near_digit(table: dict[str, str]) -> str:
    """A pattern for a look-alike that stands among digits."""
    chars = "[" + regex.escape("".join(table)) + "]"
    return rf"(?:(?<={DIGIT}[.,]?){chars}|{chars}(?=[.,]?{DIGIT}))"


def drop_stray(text: str) -> str:
    stray = regex.escape(_CONFUSIONS["stray_in_numbers"])
    return regex.sub(rf"(?<={DIGIT})[{stray}]", "", text)


def fix_digits(text: str) -> str:
    """Look-alikes of digits among digits ("8" and "0" among Bengali digits, "O" for zero, "হ" for
    "২") read as the digit, and a stray "&" after a digit dropped."""
    table = lookalikes(text)
    return regex.sub(near_digit(table), lambda m: table[m.group()], drop_stray(text))


def memo_readings(text: str) -> set[str]:
    """Ways to read a memo number's look-alikes: each as its digit, and a Latin "8" next to a Bengali
    "৪" also as a second reading of that "৪" ("৪8", "৪88" for "৪", "৪৪")."""
    table = lookalikes(text)
    readings, at = {""}, 0
    for m in regex.finditer(near_digit(table), text):
        echo = m.group() == "8" and "৪" in text[max(m.start() - 2, 0):m.end() + 2]
        choices = [table[m.group()]] + ([""] if echo else [])
        readings = {r + text[at:m.start()] + c for r in readings for c in choices}
        at = m.end()
        if len(readings) > MAX_READINGS:
            return {fix_digits(text)}
    return {r + text[at:] for r in readings}


def once_doubled(readings: set[str]) -> set[str]:
    """Each reading with one doubled Bengali digit read once ("৫৮৮" for "৫৮"): tried only when no
    reading fits as it is, since a serial of any length would fit either way."""
    return {r[:i] + r[i + 1:] for r in readings for i in range(1, len(r))
            if r[i] == r[i - 1] and regex.match("[০-৯]", r[i])}


def fix_separators(text: str) -> str:
    """Group separators of a memo number: a run of "." "," (and "-" before more groups) becomes one
    "."; the last "-" stays when only the serial follows it."""
    misread = regex.escape(_CONFUSIONS["group_separator_misreads"])
    serial = regex.search(rf"[-–]\s*{DIGIT}+\s*$", text)
    head, tail = (text[:serial.start()], text[serial.start():]) if serial else (text, "")
    head = regex.sub(rf"(?<={DIGIT}\s*)[.{misread}]+(?=\s*{DIGIT})", ".", head)
    return head + tail


def fix_day_lookalikes(text: str) -> str:
    """"ওরা অক্টোবর ২০১৪" -> "৩রা অক্টোবর ২০১৪": a letter that looks like a digit, standing as a day with
    its ordinal suffix before a month name and a year."""
    table = _CONFUSIONS["day_lookalikes"]
    suffixes = [s for s in lexicon.table("date_words.json")["ordinal_suffixes"] if regex.match(r"\p{Bengali}", s)]
    pattern = (rf"(?<![\p{{L}}\p{{M}}\p{{N}}])[{''.join(table)}](?=(?:{'|'.join(suffixes)})\s+"
               rf"(?:{'|'.join(bengali_month_names())})\s+{DIGIT}{{4}})")
    return regex.sub(pattern, lambda m: table[m.group()], text)


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
