"""Legacy Bijoy (SutonnyMJ and the other *MJ fonts) text to Unicode, and back for making samples.

Bijoy text is ASCII/cp1252 characters that a Bijoy font draws as Bengali glyphs, typed in visual
order: the pre-base vowel signs ি ে ৈ come before the consonant cluster they follow in Unicode, the
reph (©) comes after the cluster it sits on, ো/ৌ are ে + cluster + া/ৗ, and conjuncts are single
glyph codes or a half form plus a second part. Conversion is a character table
(pipeline/data/bijoy_map.json) and then a few reorderings of the resulting Unicode.
"""
from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path

import regex

MAP_FILE = Path(__file__).with_name("data") / "bijoy_map.json"

HASANTA = "\u09cd"
REPH = "র্"
REPH_MARK = "\ue000"  # stands for a typed reph while the text is reordered
PRE_BASE = "িেৈ"
CONSONANT = "[\u0995-\u09b9\u09ce\u09dc\u09dd\u09df]\u09bc?"  # with its nukta, as NFC writes য় ড় ঢ়
CLUSTER = f"{CONSONANT}(?:{HASANTA}{CONSONANT})*"
PHALAS = f"(?:{HASANTA}{CONSONANT})*"

# Bijoy glyph codes whose cp1252 byte is 0x80-0x9F may reach us as the C1 control character of the
# same number (a PDF font without an encoding, text decoded as Latin-1).
_C1 = {chr(b): bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}

# A cluster with a reph typed after it (and any phala typed after the reph); then a pre-base vowel
# sign and the cluster it follows in Unicode (by then the reph stands at the cluster's start).
_REPH_AFTER_CLUSTER = regex.compile(f"({CLUSTER}){REPH_MARK}({PHALAS})")
_PRE_BASE_BEFORE_CLUSTER = regex.compile(f"([{PRE_BASE}])((?:{REPH_MARK})?{CLUSTER})")
_KAR_BEFORE_PHALA = regex.compile(f"([\u09c1\u09c2\u09c3])({HASANTA}{CONSONANT})")  # "y¨" for ্যু
_KAR_INSIDE_CONJUNCT = regex.compile(f"{HASANTA}([\u09c1\u09c2\u09c3])({CONSONANT})")  # "¯y‹" for স্কু
_CHANDRABINDU_BEFORE_KAR = regex.compile("\u0981([\u09be\u09c0-\u09c4\u09d7])")
_KAR_BEFORE_REPH = regex.compile(f"([\u09be\u09c0-\u09c4]){REPH_MARK}")  # "Kv©": reph typed after া


@cache
def _table() -> dict:
    data = json.loads(MAP_FILE.read_text(encoding="utf-8"))
    nfc = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731
    sections = ("glyphs", "half_forms", "second_parts")
    table = {name: {code: nfc(value) for code, value in data[name].items()} for name in sections}
    table["conjuncts"] = {nfc(value): code for value, code in data["conjuncts"].items()}
    return table


@cache
def _decode_table() -> dict[int, str]:
    glyphs = {**_table()["glyphs"], **_table()["half_forms"], **_table()["second_parts"]}
    table = {ord(code): REPH_MARK if value == REPH else value for code, value in glyphs.items()}
    for control, code in _C1.items():
        if ord(code) in table:
            table[ord(control)] = table[ord(code)]
    return table


def bijoy_to_unicode(text: str) -> str:
    """Bijoy-encoded text (as decoded from cp1252) -> Unicode Bengali, NFC.
    Every character is taken as Bijoy: convert only runs set in a Bijoy font (English would be
    garbled), or a whole file typed in Bijoy."""
    text = text.translate(_decode_table())
    text = text.replace(HASANTA + HASANTA, HASANTA)  # a half form followed by a phala glyph
    text = text.replace("অা", "আ")
    text = _KAR_BEFORE_PHALA.sub(r"\2\1", text)
    text = _KAR_INSIDE_CONJUNCT.sub(HASANTA + r"\2\1", text)
    text = _CHANDRABINDU_BEFORE_KAR.sub(r"\1" + "\u0981", text)
    text = _KAR_BEFORE_REPH.sub(REPH_MARK + r"\1", text)
    text = _REPH_AFTER_CLUSTER.sub(REPH_MARK + r"\1\2", text)
    text = _PRE_BASE_BEFORE_CLUSTER.sub(r"\2\1", text)
    text = text.replace(REPH_MARK, REPH)
    # NFC also joins ে + া into ো and ে + ৗ into ৌ once the ে stands after its cluster.
    return unicodedata.normalize("NFC", text)


# --- telling Bijoy apart -------------------------------------------------------------------------

_BIJOY_FONT = regex.compile(r"mj(?:regular|normal|book|medium|bold|italic|oblique)*$", regex.IGNORECASE)
_SUBSET_PREFIX = regex.compile(r"^[A-Z]{6}\+")


def is_bijoy_font(fontname: str) -> bool:
    """True for SutonnyMJ, SutonnyOMJ and the other *MJ Bijoy fonts, as PDFs name them:
    "ABCDEF+SutonnyMJ-Bold", "SutonnyMJ,Italic", "SutonnyMJBold", "Sutonny MJ"."""
    family = _SUBSET_PREFIX.sub("", fontname.strip())
    family = regex.split(r"[-,]", family, maxsplit=1)[0].replace(" ", "")
    return bool(_BIJOY_FONT.search(family))


# Characters that SutonnyMJ text is full of and English text almost never holds.
_BIJOY_MARKS = "‡†©Ö¨ŸŠ‰ˆ„…¯š›®¤˜™•‹Œ¡¢£¥¦§ª«¬³¶·¸»¼½¾¿ÁÂÄÆËÎÏ×ØÙÛÜÝßãäåæçíïðóôõö÷øúûüýþÿ`"
# Letter pairs of Bijoy spelling that English words lack: a capital after a small letter ("AvBb",
# "wKQz"), q not before u (য়), া after a letter English never puts before v, ি before a consonant.
_BIJOY_WORD = regex.compile(f"[{_BIJOY_MARKS}]|[a-z][A-Z]|q(?!u)|[cfghjkmpqtwx]v|w[bcdfgjmpqtvxz]")
_WORD = regex.compile(r"[^\s\d.,:;!?()\[\]{}'\"/-]+")
MIN_BIJOY_WORD_SHARE = 0.5


def looks_like_bijoy(text: str) -> bool:
    """True when ASCII/Latin text is really Bijoy: at least half its words hold Bijoy glyph codes
    (‡ © Ö ¨ ...) or letter pairs that Bijoy spelling has and English does not. Text with Bengali
    Unicode in it is not Bijoy. Single short words ("Ryb" for জুন) can go either way."""
    if regex.search(r"[\u0980-\u09ff]", text):
        return False
    words = _WORD.findall(text)
    if not words:
        return False
    bijoy_words = sum(1 for word in words if _BIJOY_WORD.search(word))
    return bijoy_words / len(words) >= MIN_BIJOY_WORD_SHARE


# --- Unicode to Bijoy, for making samples ---------------------------------------------------------

# A syllable (reph, cluster, vowel signs), or any other single character. অ্যা is অ + ya-phala + া.
_ENCODE_SYLLABLE = regex.compile(
    f"(?P<reph>{REPH}(?={CONSONANT}))?(?P<cluster>[অএ]{HASANTA}য|{CLUSTER})"
    f"(?P<pre>[{PRE_BASE}])?(?P<post>[\u09be\u09c0-\u09c4\u09d7])?"
    "|(?P<other>.)",
    regex.DOTALL,
)


@cache
def _encode_table() -> dict[str, str]:
    table = {}
    for code, value in _table()["glyphs"].items():
        table.setdefault(value, code)
    table.update(_table()["conjuncts"])
    return table


@cache
def _encode_pattern() -> regex.Pattern:
    keys = sorted(_encode_table(), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(k) for k in keys))


def unicode_to_bijoy(text: str) -> str:
    """Unicode Bengali -> Bijoy (SutonnyMJ) codes in typing order. For generating Bijoy samples."""
    text = unicodedata.normalize("NFC", text).replace("\u200c", "").replace("\u200d", "")
    text = text.replace("ো", "ে" + "া").replace("ৌ", "ে" + "ৗ")
    return _ENCODE_SYLLABLE.sub(_bijoy_syllable, text)


def _bijoy_syllable(match: regex.Match) -> str:
    if match["other"]:
        return _encode_table().get(match["other"], match["other"])
    pre, post, cluster = match["pre"] or "", match["post"] or "", match["cluster"]
    if match["reph"]:
        body = _codes(cluster) + _encode_table()[REPH] + _codes(post)
    else:
        body = _codes(cluster + post)  # গু শু হু হৃ রু are single glyphs
    return _codes(pre) + body


def _codes(text: str) -> str:
    table = _encode_table()
    return _encode_pattern().sub(lambda m: table[m[0]], text)
