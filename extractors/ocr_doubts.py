"""Values of an OCR'd text whose shape no printed value has: each gets a `low_confidence` warning (the
confidence of the words they were read from is judged in pipeline/parse/ocr_confidence.py).

- A person's name that mixes Bengali letters with Latin letters or digits: a speckle, a stamp's edge or
  a list's number read into it ("j মিতালী রায়", "৪ মোঃ শফিকুল আলম সরদার"). A name printed in Latin
  letters only is left alone.
- An attendance reference whose quotation marks do not pair ("পরিশিষ্ট ক'", "পরিশিষ্ট-‘ক'"): a mark
  was lost or misread.
- A dotted memo number of digits only whose digit count fits no government format (extractors/memo.py):
  OCR added or lost a digit.
- A word of the title that is a quarter's ordinal with a digit read as a letter that looks like it
  ("ওয় ত্রৈমাসিক" for "৩য় ত্রৈমাসিক"; data/ocr_confusions.json, letter_digit_lookalikes), or a
  number apart from its ordinal suffix ("412 তম" for "412তম"; split_suffixes): OCR ends a word between
  them where the print may not.
"""
from __future__ import annotations

import regex

from bangla_minutes.extractors import lexicon, memo
from bangla_minutes.schemas import Warning

_BENGALI_LETTER = regex.compile(r"[\u0985-\u09B9\u09CE\u09DC-\u09DF]")
_OTHER_LETTER_OR_DIGIT = regex.compile(r"\p{Nd}|[\p{L}--\p{Bengali}]", regex.V1)
_QUOTE_PAIRS = {"'": "'", '"': '"', "‘": "’", "“": "”"}
_QUOTES = regex.compile("[" + regex.escape("".join(_QUOTE_PAIRS) + "".join(_QUOTE_PAIRS.values())) + "]")


def doubts(fields) -> list[Warning]:
    """The warnings of the record's fields (extractors.record.Fields) whose values OCR misshaped."""
    out = []
    chair = fields.chair
    if chair and chair.name and mixes_scripts(chair.name):
        out.append(Warning(code="low_confidence", field="chair",
                           message=f"the name {chair.name!r} mixes Bengali letters with other letters or digits"))
    ref = fields.meeting.attendance_ref
    if ref and not quotes_pair(ref):
        out.append(Warning(code="low_confidence", field="meeting.attendance_ref",
                           message=f"the quotation marks of {ref!r} do not pair: one was lost or misread"))
    if fields.memo and memo.fits_no_government_count(fields.memo):
        out.append(Warning(code="low_confidence", field="memo",
                           message=f"memo number {fields.memo.raw} has digits of no known format's count: one was misread"))
    misread = ordinal_misread(fields.title) if fields.title else None
    if misread:
        out.append(Warning(code="low_confidence", field="title",
                           message=f"{misread!r} in the title looks like a quarter's ordinal with a digit misread"))
    split = ordinal_split(fields.title) if fields.title and not misread else None
    if split:
        out.append(Warning(code="low_confidence", field="title",
                           message=f"{split!r} in the title: a number apart from its ordinal suffix, as OCR splits them"))
    return out


def mixes_scripts(name: str) -> bool:
    return bool(_BENGALI_LETTER.search(name)) and bool(_OTHER_LETTER_OR_DIGIT.search(name))


def quotes_pair(text: str) -> bool:
    """No quotation marks, or one opening mark and its own closing mark."""
    marks = _QUOTES.findall(text)
    return not marks or (len(marks) == 2 and _QUOTE_PAIRS.get(marks[0]) == marks[1])


def ordinal_misread(title: str) -> str | None:
    """A word of the title that becomes a quarter's ordinal when its digit look-alikes are read as digits."""
    table = lexicon.table("ocr_confusions.json")["letter_digit_lookalikes"]
    ordinals = {word for words in lexicon.table("date_words.json")["quarter_ordinals"].values() for word in words}
    for word in title.split():
        if word in ordinals:
            continue
        as_digits = "".join(table.get(ch, ch) for ch in word)
        if as_digits != word and as_digits in ordinals:
            return word
    return None


def ordinal_split(title: str) -> str | None:
    """A number and an ordinal suffix standing apart in the title ("412 তম"), or None."""
    suffixes = lexicon.alternation(lexicon.table("ocr_confusions.json")["split_suffixes"])
    m = regex.search(rf"\p{{Nd}}+\s+(?:{suffixes})(?![\p{{L}}\p{{M}}])", title)
    return m.group() if m else None
