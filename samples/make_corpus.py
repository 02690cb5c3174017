"""A corpus for ingest tests and benchmarks: variations of the sample minutes, and broken files.

    .venv/bin/python samples/make_corpus.py OUT_DIR [COUNT] [BROKEN]

Writes COUNT files (default 1,000) into OUT_DIR: COUNT - BROKEN minutes made from samples/text/*.txt
with other names, days and memo serials (every one another meeting), and BROKEN (default 20) files
the parser must refuse: empty, binary garbage, truncated or header-only PDFs, broken zip and PNG.
Seeded: the same arguments write the same bytes. Meant for a temporary directory; never committed.
"""
from __future__ import annotations

import hashlib
import io
import random
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent
TEMPLATES = sorted((ROOT / "text").glob("*.txt"))
SAMPLE_PDF = ROOT / "pdf" / "fpdf" / "000_86d0b669600d1f47.pdf"
SEED = 20240601

BENGALI_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
GIVEN_NAMES = ["আব্দুল করিম", "রফিকুল ইসলাম", "নাসির উদ্দিন", "জাহাঙ্গীর আলম", "মাহমুদুল হাসান", "আনোয়ার হোসেন",
               "শহিদুল্লাহ", "কামরুজ্জামান", "মিজানুর রহমান", "হাবিবুর রহমান", "সাইদুর রহমান", "মোস্তফা কামাল"]
_AFTER_MD = regex.compile(r"(মোঃ\s+)(\p{Bengali}+)")  # the word after "মোঃ" starts a man's name
# "২২ আগস্ট ২০২৩", "০৪/০৬/২০২৩", "১৫ই পৌষ ১৪১৬": the day, then the rest of the date
_DAY_MONTH_YEAR = regex.compile(r"(?<![০-৯])([০-৯]{1,2})((?:ই|লা|শে|ঠা)?\s*[/\s]\s*(?:[০-৯]{1,2}|\p{Bengali}+)\s*[/\s]\s*[০-৯]{4})")
# the memo number's last digits (its serial), before the tab or the date that may follow on its line
_MEMO_SERIAL = regex.compile(r"((?:স্মারক\s*(?:নং|নম্বর)|(?m:^)(?:নং|নম্বর))[^\t\n]*?)([০-৯0-9]+)(?=[ \t]*(?:\t|\n|তারিখ|$))")


@dataclass
class Corpus:
    minutes: list[Path] = field(default_factory=list)
    broken: list[Path] = field(default_factory=list)


def make_corpus(out: Path, count: int = 1000, broken: int = 20, seed: int = SEED) -> Corpus:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    corpus = Corpus()
    templates = [(path.stem, path.read_text(encoding="utf-8")) for path in TEMPLATES]
    seen: set[str] = set()
    while len(corpus.minutes) < count - broken:
        stem, text = templates[len(corpus.minutes) % len(templates)]
        varied = vary(text, rng, variant=len(corpus.minutes) // len(templates))
        while _digest(varied) in seen:  # a template with little to vary: a trailing blank line more
            varied += "\n"
        seen.add(_digest(varied))
        path = out / f"{len(corpus.minutes):04d}_{stem}.txt"
        path.write_text(varied, encoding="utf-8")
        corpus.minutes.append(path)
    for number in range(broken):
        name, data = _broken_file(number, rng)
        path = out / f"broken_{number:02d}_{name}"
        path.write_bytes(data)
        corpus.broken.append(path)
    return corpus


def vary(text: str, rng: random.Random, variant: int) -> str:
    """The same minutes with other men's names (consistently), another day of the month and another
    memo serial. Each variant of a template is another meeting (copies.py): its own memo serial, and
    its own day and chair's name (28 days x 12 names), which minutes without a memo number are told by."""
    names: dict[str, str] = {}
    shift = variant // 28

    def other_name(m: regex.Match) -> str:
        if m[2] not in names:
            names[m[2]] = GIVEN_NAMES[(len(names) + shift + rng.randrange(0, 1)) % len(GIVEN_NAMES)]
        return m[1] + names[m[2]]

    text = _AFTER_MD.sub(other_name, text)
    text = _DAY_MONTH_YEAR.sub(lambda m: _bengali(1 + variant % 28) + m[2], text)
    return _MEMO_SERIAL.sub(lambda m: m[1] + _bengali(1000 + variant), text, count=1)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _bengali(number: int) -> str:
    return f"{number:02d}".translate(BENGALI_DIGITS)


def _broken_file(number: int, rng: random.Random) -> tuple[str, bytes]:
    """One file the parser must refuse, of a kind picked by its number; every one has other bytes."""
    pdf = SAMPLE_PDF.read_bytes()
    garbage = rng.randbytes(2048 + number)
    kind = number % 6
    if number == 0:
        return "empty.txt", b""  # only one: every empty file is the same document
    if kind == 0:
        return "corrupt.zip", b"PK\x03\x04" + garbage
    if kind == 1:
        return "garbage.bin", b"\x00\xff" + garbage
    if kind == 2:
        return "truncated.pdf", pdf[:len(pdf) * (number + 5) // 40]
    if kind == 3:
        return "header_only.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + garbage
    if kind == 4:
        return "no_document.docx", _zip({"word/styles.xml": garbage})
    return "truncated.png", b"\x89PNG\r\n\x1a\n" + garbage


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data)
    return buffer.getvalue()


if __name__ == "__main__":
    target = Path(sys.argv[1])
    made = make_corpus(target, *(int(arg) for arg in sys.argv[2:4]))
    print(f"{len(made.minutes)} minutes and {len(made.broken)} broken files in {target}")
