"""The Bijoy (SutonnyMJ) converter: a hand-written word set, the glyph table, the sample files."""
import json
import time
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
import regex
from rapidfuzz.distance import Levenshtein

from bangla_minutes.pipeline.read.bijoy import MAP_FILE, bijoy_to_unicode, is_bijoy_font, looks_like_bijoy, unicode_to_bijoy
from tests.cer import cer, normalised
from tests.shared import require, seed

ROOT = Path(__file__).resolve().parents[1]
WORDS = ROOT / "tests" / "data" / "bijoy_words.tsv"
SAMPLES = ROOT / "samples" / "bijoy"
SOURCES = {
    "dc_law_order_1996": ROOT / "samples" / "text" / "dc_law_order_1996.txt",
    "001_180dda943f737cc3": seed("001_180dda943f737cc3"),
}
MAX_CER = 0.005


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def word_pairs() -> list[tuple[str, str]]:
    """(Unicode, Bijoy) rows; the Bijoy column was typed by hand from the SutonnyMJ layout."""
    lines = WORDS.read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(line.split("\t")) for line in lines if line]


def test_word_set_character_error_rate():
    pairs = word_pairs()
    assert len(pairs) >= 300
    errors = sum(Levenshtein.distance(nfc(u), bijoy_to_unicode(b)) for u, b in pairs)
    length = sum(len(nfc(u)) for u, _ in pairs)
    print(f"\nBijoy word set: {len(pairs)} entries, {length} characters, CER {errors / length:.4%}")
    assert errors / length <= MAX_CER


@pytest.mark.parametrize("bijoy, unicode", [
    ("mfvcwZ", "সভাপতি"),            # ি typed before its consonant
    ("wm×všÍ", "সিদ্ধান্ত"),          # conjunct glyph, half form + second part
    ("Kg©KZ©v", "কর্মকর্তা"),         # reph typed after the consonant it sits on
    ("wbe©vnx", "নির্বাহী"),          # ি and reph around one consonant
    ("m‡e©v”P", "সর্বোচ্চ"),          # ো = ে + cluster + া, with a reph inside
    ("‡KŠkj", "কৌশল"),               # ৌ = ে + cluster + ৗ
    ("‡cÖiY", "প্রেরণ"),               # ে before a ra-phala cluster
    ("‡cuŠQv‡bv", "পৌঁছানো"),          # ঁ typed before ৗ
    ("‡cŠuQv‡bv", "পৌঁছানো"),          # ... or after it
    ("we`y¨r", "বিদ্যুৎ"),            # ু typed before the ya-phala
    ("¯‹zj", "স্কুল"),
    ("eR©¨", "বর্জ্য"),               # ya-phala typed after the reph
    ("DaŸ©Zb", "উর্ধ্বতন"),           # reph over a conjunct
    ("A¨vW‡fv‡KU", "অ্যাডভোকেট"),
    ("\x87gvt", "মোঃ"),               # ‡ as the C1 control of the same byte
    ("58.00.0000.052.32.001.17- 110", "৫৮.০০.০০০০.০৫২.৩২.০০১.১৭- ১১০"),
])
def test_visual_order_becomes_logical_order(bijoy, unicode):
    assert bijoy_to_unicode(bijoy) == nfc(unicode)


def test_every_conjunct_in_the_table_reads_back():
    conjuncts = json.loads(MAP_FILE.read_text(encoding="utf-8"))["conjuncts"]
    wrong = {u: bijoy_to_unicode(b) for u, b in conjuncts.items() if bijoy_to_unicode(b) != nfc(u)}
    assert wrong == {}


def test_every_glyph_code_is_a_cp1252_character():
    table = json.loads(MAP_FILE.read_text(encoding="utf-8"))
    for section in ("glyphs", "half_forms", "second_parts"):
        for code in table[section]:
            code.encode("cp1252")  # raises for a character a Bijoy file cannot hold


def test_result_is_nfc():
    text = bijoy_to_unicode("welq Avlvp evwo")  # য় ঢ় ড়
    assert text == nfc(text) == nfc("বিষয় আষাঢ় বাড়ি")


@pytest.mark.parametrize("name, expected", [
    ("SutonnyMJ", True),
    ("ABCDEF+SutonnyMJ-Bold", True),
    ("SutonnyMJ,Italic", True),
    ("SutonnyMJBold", True),
    ("SutonnyOMJ", True),
    ("MPDFAA+TonnyMJ", True),
    ("Helvetica", False),
    ("ABCDEF+NotoSansBengali-Regular", False),
    ("NikoshBAN", False),
    ("Arial,Bold", False),
])
def test_is_bijoy_font(name, expected):
    assert is_bijoy_font(name) is expected


def test_looks_like_bijoy_on_bijoy_lines():
    text = (SAMPLES / "dc_law_order_1996.bijoy.txt").read_bytes().decode("cp1252")
    assert looks_like_bijoy(text)
    lines = [line for line in text.splitlines() if len(line.split()) >= 3]
    assert all(looks_like_bijoy(line) for line in lines)


@pytest.mark.parametrize("text", [
    "Best Practice",
    "Zoom Software",
    "www.madaripur.gov.bd",
    "Minutes of the monthly coordination meeting of the District Development Committee, held on "
    "17 October 1996 at the conference room of the Deputy Commissioner's office.",
    "সভার কার্যবিবরণী",  # already Unicode
])
def test_looks_like_bijoy_rejects_english_and_unicode(text):
    assert not looks_like_bijoy(text)


def source_text(stem: str) -> str:
    """The Unicode text samples/make_bijoy.py made samples/bijoy/<stem>.* from."""
    return require(SOURCES[stem]).read_text(encoding="utf-8")


@pytest.mark.parametrize("stem", SOURCES)
def test_sample_text_file_converts_back(stem):
    reference = source_text(stem)
    text = bijoy_to_unicode((SAMPLES / f"{stem}.bijoy.txt").read_bytes().decode("cp1252"))
    # A plain-text Bijoy file cannot mark its English words: each of their letters comes back as a
    # Bengali one. Every other character must come back.
    english_letters = len(regex.findall(r"[A-Za-z]", reference))
    edits = Levenshtein.distance(normalised(reference), normalised(text))
    rate = (edits - english_letters) / len(normalised(reference))
    print(f"\n{stem}.bijoy.txt: CER {cer(reference, text):.4%}, without the English letters {rate:.4%}")
    assert rate <= MAX_CER


def pdf_runs(path: Path) -> list[tuple[str, str]]:
    """(font name, text) runs in content order; a new line or page inside a run becomes a newline."""
    runs: list[tuple[str, str]] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            top = None
            for char in page.chars:
                same_line = top is not None and abs(char["top"] - top) < 2
                text = char["text"] if same_line else "\n" + char["text"]
                top = char["top"]
                if runs and runs[-1][0] == char["fontname"]:
                    runs[-1] = (char["fontname"], runs[-1][1] + text)
                else:
                    runs.append((char["fontname"], text))
    return runs


@pytest.mark.parametrize("stem", SOURCES)
def test_sample_pdf_converts_back_per_font_run(stem):
    reference = source_text(stem)
    runs = pdf_runs(SAMPLES / f"{stem}.bijoy.pdf")
    text = "".join(bijoy_to_unicode(t) if is_bijoy_font(font) else t for font, t in runs)
    print(f"\n{stem}.bijoy.pdf: CER {cer(reference, text):.4%} converting SutonnyMJ runs only")
    assert cer(reference, text) <= MAX_CER
    english = [t.strip() for font, t in runs if not is_bijoy_font(font)]
    assert english == regex.findall(r"[A-Za-z]+(?:[ .][A-Za-z]+)*", reference)


def test_unicode_to_bijoy_writes_what_bijoy_typists_type():
    assert unicode_to_bijoy("মন্ত্রণালয়ের সিদ্ধান্ত") == "gš¿Yvj‡qi wm×všÍ"
    assert unicode_to_bijoy("কার্যবিবরণী।") == "Kvh©weeiYx|"


def test_one_megabyte_converts_in_well_under_a_second():
    sample = (SAMPLES / "dc_law_order_1996.bijoy.txt").read_bytes().decode("cp1252")
    text = (sample * (1_000_000 // len(sample) + 1))[:1_000_000]
    start = time.process_time()
    bijoy_to_unicode(text)
    seconds = time.process_time() - start
    print(f"\n1 MB of Bijoy text: {seconds:.2f} s CPU")
    assert seconds < 1.0
