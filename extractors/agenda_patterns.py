"""The words of an agenda body as regular expressions, compiled once from data/agenda_keywords.json.

`read_marker` says what a line starts with (an enumerator such as "(ক)" or "৩।", a label such as
"সিদ্ধান্ত:", an agenda heading, the closing sentence); the other functions look at a whole paragraph.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex
from rapidfuzz import fuzz, process

from bangla_minutes.extractors import lexicon
from bangla_minutes.extractors.lexicon import FUZZY_CUTOFF, alternation
from bangla_minutes.extractors.digits import DIGIT

KEYWORDS = lexicon.AGENDA_WORDS

NUM = rf"{DIGIT}{{1,3}}"  # at most 3 digits: a year at a line start is no enumerator
LETTER = r"[ক-হ](?!\p{M})"  # a bare consonant: "ক" but not "কর"'s first letter nor "ড়"
DOTTED = rf"(?:{NUM}|{LETTER})(?:\.{NUM})+"  # "৩.১", "১.২.১", "ক.১"
OCR_DOTTED = rf"(?:{NUM}|{LETTER})(?:[.,]{NUM})+"  # OCR reads "." as ","; inside brackets "(৩,১)" is still "(৩.১)"
COLON = r"\s*[:ঃ][:ঃ\-–]*"
BOUNDARY = r"(?![\p{L}\p{M}\p{N}])"
BULLETS = "-–—*•●▪◦➢►✓❖"
SENTENCE_ENDS = "।?!"


@dataclass(frozen=True)
class Marker:
    """What a line starts with."""
    kind: str  # "entry" | "heading" | "discussion" | "decision" | "combined" | "responsible" | "deadline" | "closing"
    strong: bool  # starts a new paragraph even inside a wrapped one
    body: int  # offset where the text after the enumerator and label starts
    label: str | None = None  # the enumerator as printed, without brackets: "ক", "৩.১", "১"
    style: str | None = None  # how it is written ("paren:letter", "danda:number", ...): one list, one style
    number: str | None = None  # a heading's (or decision's) number after its label: "১" of "আলোচ্যসূচি-১:"


def words() -> dict:
    """The agenda words of the data file (labels, phrases, table columns)."""
    return lexicon.table(KEYWORDS)


@cache
def _enumerator() -> regex.Pattern:
    excluded = "".join(words()["dotted_letter_exclusions"])
    return regex.compile(
        rf"""(?P<bullet>[{BULLETS}](?=\s)\s*)?
        (?:\(\s*(?P<paren>{OCR_DOTTED}|{NUM}|{LETTER})\s*\)
          | (?P<close>{DOTTED}|{NUM}|{LETTER})\s*\)
          | (?P<danda>{NUM})\s*।
          | (?P<dotted>{DOTTED})\.?(?=\s|$)
          | (?P<dot>{NUM}|(?![{excluded}]){LETTER})\.(?!{DIGIT})
        )?\s*""",
        regex.X,
    )


@cache
def _label() -> regex.Pattern:
    w = words()
    item_number = rf"(?:\p{{L}}\p{{M}}*\s*[-–]?\s*)?{DIGIT}+(?:[./]{DIGIT}+)*|(?<=[\s\-–]){LETTER}"  # "বিষয়ক" is a word
    # "সিদ্ধান্ত নং- ১:", "সিদ্ধান্ত-২ঃ": a numbered decision, its colon required (a number in prose is none);
    # "১নং আলোচ্য বিষয়ঃ": a heading numbered before its label, its colon required too
    decision_number = (rf"\s*(?:(?:{alternation(w['number_words'], spaces='any')})\.?)?\s*[-–]?\s*"
                       rf"(?P<number>{NUM}|{LETTER})(?={COLON})")
    return regex.compile(
        rf"""(?:(?P<combined>{alternation(w["combined_labels"], spaces='any')})
          | (?P<discussion>{alternation(w["discussion_labels"], spaces='any')})
          | (?P<decision>{alternation(w["decision_labels"], spaces='any')})(?:{decision_number})?
          | (?P<responsible>{alternation(w["responsible_labels"], spaces='any')})
          | (?P<deadline>{alternation(w["deadline_labels"], spaces='any')})
          | (?P<heading>{alternation(w["item_labels"], spaces='any')})(?:\s*[-–]?\s*(?P<number>{item_number}))?
          | (?P<heading>{alternation(w["numbered_item_labels"], spaces='any')})\s*[-–]?\s*(?P<number>{item_number})
          | (?P<number>{NUM})\s*(?:{alternation(w['number_words'], spaces='any')})\.?\s*(?P<heading>{alternation(w["item_labels"] + w["numbered_item_labels"], spaces='any')})(?={COLON})
        )(?:(?P<colon>{COLON})|{BOUNDARY})\s*""",
        regex.X,
    )


@cache
def _phrases(key: str) -> regex.Pattern:
    """The phrases listed under `key` in the data file, as one regex."""
    return regex.compile(alternation(words()[key], spaces='any'))


@cache
def _patterns(key: str) -> regex.Pattern:
    """The regular expressions listed under `key` in the data file, as one."""
    return regex.compile("|".join(words()[key]))


@cache
def _closing() -> regex.Pattern:
    """The closing sentence starts the line: no "।" before its phrase."""
    return regex.compile(rf"[^।\n]*?(?:{_patterns('closing_patterns').pattern})")


_STRONG_FORMS = {"paren", "close", "danda", "dot", "bullet"}  # "২.১" may be a wrapped "... এর ২.১ কার্যক্রম"
_LABEL_KINDS = ("combined", "discussion", "decision", "responsible", "deadline", "heading")


def read_marker(text: str, start: int, end: int) -> Marker | None:
    """The marker at the start of the line text[start:end] (already stripped), or None for plain text."""
    m = _enumerator().match(text, start, end)
    form = next((f for f in ("paren", "close", "danda", "dotted", "dot") if m.group(f)), None)
    if form is None and m.group("bullet"):
        form = "bullet"
    label = m.group(form) if form and form != "bullet" else None
    style = f"{form}:{_label_shape(label)}" if form else None
    body = m.end()
    labelled = _read_label(text, body, end, form)
    if labelled:
        kind, number, strong, body = labelled
        return Marker(kind, strong or form in _STRONG_FORMS, body, label, style, number)
    if _closing().match(text, body, end):
        return Marker("closing", True, body, label, style)
    if form:
        return Marker("entry", form in _STRONG_FORMS, body, label, style)
    return None


def _read_label(text: str, pos: int, end: int, form: str | None):
    """(kind, heading number, strong, body) of a label at pos, or None.

    Without a colon a label counts only when nothing follows it on the line, when it is a numbered
    heading ("আলোচ্যসূচি-১ ..."), or after a section number ("১.১ আলোচনা ..."): "সিদ্ধান্ত বাস্তবায়নে ..."
    at a line start is a sentence, not a label.
    """
    m = _label().match(text, pos, end)
    if not m:
        return _misspelt_label(text, pos, end) or (None if form else _qualified_label(text, pos, end))
    kind = next(k for k in _LABEL_KINDS if m.group(k))
    number = m.group("number") if kind in ("heading", "decision") else None
    after = _NUMBER_ALONE_AFTER.match(text, m.end(), end) if kind == "heading" and not number else None
    if after and m.group("colon"):  # "আলোচ্য বিষয়ঃ (১)": its number after the colon, the title below
        return kind, after.group(1), True, after.end()
    if m.group("colon") or m.end() >= end:
        return kind, number, True, m.end()  # a label alone on its line is no wrapped word
    if number or form == "dotted":
        return kind, number, False, m.end()
    return None


_DIGIT = regex.compile(DIGIT)
_NUMBER_ALONE_AFTER = regex.compile(rf"\(\s*({DIGIT}+)\s*\)\s*$")
_BEFORE_COLON = regex.compile(r"([^:ঃ।\n]{2,30}?)\s*[:ঃ][:ঃ\-–]*\s*")


@cache
def _unnumbered_labels() -> dict[str, str]:
    """Label spellings of the data file -> their kind, for the labels that carry no number."""
    return {name: kind for kind in ("combined", "discussion", "decision", "responsible", "deadline")
            for name in words()[f"{kind}_labels"]}


@cache
def _numbered_misspelt() -> regex.Pattern:
    """A word and a number joined by a dash at a line's start: "আলোচ্যসুূচি-০৯ <title>"."""
    return regex.compile(rf"([\p{{L}}\p{{M}}]{{6,20}})\s*[-–]\s*(?P<number>{DIGIT}+)(?![.\d/]){BOUNDARY}\s*")


MISSPELT_HEADING_SCORE = 85  # rapidfuzz ratio: one OCR slip in an item label of 9+ signs ("আলোচ্যসুূচি": 91)


def _misspelt_heading(text: str, pos: int, end: int):
    """A numbered item heading whose label OCR misspelt ("আলোচ্যসুূচি-০৯" for "আলোচ্যসূচি-০৯")."""
    m = _numbered_misspelt().match(text, pos, end)
    if not m:
        return None
    labels = [regex.sub(r"\s+", "", label) for label in words()["item_labels"]]
    best = process.extractOne(m.group(1), labels, scorer=fuzz.ratio, score_cutoff=MISSPELT_HEADING_SCORE)
    return ("heading", m.group("number"), False, m.end()) if best else None


def _misspelt_label(text: str, pos: int, end: int):
    """A label the lexicon does not spell this way (an OCR slip: "সিদ্ধাস্ত:"), when a colon follows it;
    or a numbered item heading's label (_misspelt_heading)."""
    m = _BEFORE_COLON.match(text, pos, end)
    if not m:
        return _misspelt_heading(text, pos, end)
    labels = _unnumbered_labels()
    best = process.extractOne(m.group(1), labels.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return (labels[best[0]], None, True, m.end()) if best else None


_QUALIFIERS = 3  # words before a decision label: "সভায় নেওয়া বিশেষ সিদ্ধান্ত:"; more make a sentence


@cache
def _qualified() -> regex.Pattern:
    labels = alternation(words()["decision_labels"], spaces="any")
    return regex.compile(rf"(?:[^\s:ঃ।]+\s+){{1,{_QUALIFIERS}}}(?:{labels}){COLON}\s*$")


def _qualified_label(text: str, pos: int, end: int):
    """A decision label that a few words qualify, alone on its line with its colon and no enumerator
    before it ("সভায় নেওয়া বিশেষ সিদ্ধান্ত:"). (A title may end in "... পর্যালোচনা:" too: only decisions.)"""
    m = _qualified().match(text, pos, end)
    return ("decision", None, True, m.end()) if m else None


def _label_shape(label: str | None) -> str:
    if label is None:
        return "none"
    if "." in label or "," in label:
        return "dotted"
    return "number" if _DIGIT.match(label) else "letter"


def first_agenda_label(text: str, start: int = 0, end: int | None = None,
                       kinds: tuple[str, ...] = ("heading", "combined")) -> int | None:
    """Where the first line of text[start:end] that starts with an agenda heading (or another label of
    `kinds`) starts, or None. (A lone "সিদ্ধান্ত" is rather a page's title: "মাসিক সভার সিদ্ধান্ত".)"""
    end = len(text) if end is None else end
    for m in _LINE.finditer(text, start, end):
        marker = read_marker(text, m.start(1), m.end(1))
        if marker is not None and marker.strong and marker.kind in kinds:
            return m.start(1)
    return None


_LINE = regex.compile(r"^[ \t]*(\S[^\n]*?)[ \t]*$", regex.M)


# --- whole paragraphs ---------------------------------------------------------------------------

@cache
def _dangling() -> regex.Pattern:
    """A list item's dangling "; এবং" (and "; ও", ", এবং") before the next item."""
    return regex.compile(rf"[;,]\s*(?:{alternation(words()['dangling_conjunctions'], spaces='any')})\s*$")


def is_opening(text: str, start: int, end: int) -> bool:
    return _phrases("opening_words").search(text, start, end) is not None


def strip_end(text: str, start: int, end: int, chars: str) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return end


def sentence_start(text: str, start: int, pos: int) -> int:
    """Where the sentence holding text[pos] starts: after the last "।" (or ?, !) before pos."""
    cut = max(text.rfind(c, start, pos) for c in SENTENCE_ENDS)
    return start if cut < 0 else cut + 1


def sentence_end(text: str, start: int, end: int) -> int:
    """Where the sentence starting at `start` ends (after its "।"), or `end` when it runs to the end."""
    cut = min((i for i in (text.find(c, start, end) for c in SENTENCE_ENDS) if i >= 0), default=-1)
    return end if cut < 0 or not text[cut + 1:end].strip() else cut + 1


def last_sentence(text: str, start: int, end: int) -> int:
    """Where the last sentence of text[start:end] starts (its closing punctuation does not count)."""
    return sentence_start(text, start, strip_end(text, start, end, SENTENCE_ENDS + ":ঃ;-"))


def intro_start(text: str, start: int, end: int, list_follows: bool) -> int | None:
    """Start of a last sentence that announces a list of decisions: "... সিদ্ধান্ত গৃহীত হয়:", or without
    the colon "... নিম্নরূপ সিদ্ধান্ত গৃহীত হয়" when a list follows."""
    sentence = last_sentence(text, start, end)
    if not _phrases("decision_labels").search(text, sentence, end):
        return None
    stop = strip_end(text, start, end, "-–")
    if stop > start and text[stop - 1] in ":ঃ":
        return sentence
    return sentence if list_follows and _phrases("intro_words").search(text, sentence, end) else None


def closing_start(text: str, start: int, end: int) -> int | None:
    """Start of the closing sentence ("সভায় আর কোন আলোচনা না থাকায় ...") when a paragraph ends with it."""
    m = _patterns("closing_patterns").search(text, start, end)
    if not m:
        return None
    sentence = sentence_start(text, start, m.start())
    return sentence if sentence == last_sentence(text, start, end) else None


def decided_that(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start of the sentence, start of the decision) of "... সিদ্ধান্ত গৃহীত হয় যে, <decision>"."""
    m = _patterns("decided_that_patterns").search(text, start, end)
    if not m:
        return None
    return sentence_start(text, start, m.start()), m.end()


def records_a_resolution(text: str) -> bool:
    """Does the text record that something was resolved ("... সর্বসম্মতিক্রমে অনুমোদিত হয়", "সিদ্ধান্ত গৃহীত
    হয় যে")? Minutes do; notices, letters and OCR noise do not."""
    return bool(_patterns("resolution_patterns").search(text) or _patterns("decided_that_patterns").search(text))


def resolution_start(text: str, start: int, end: int) -> int | None:
    """Start of a last sentence that resolves ("... সর্বসম্মতিক্রমে গৃহীত হয়")."""
    sentence = last_sentence(text, start, end)
    stop = strip_end(text, sentence, end, SENTENCE_ENDS)
    return sentence if _patterns("resolution_patterns").search(text, sentence, stop) else None


def trim_dangling(text: str, start: int, end: int) -> int:
    """End of text[start:end] without a dangling "; এবং"."""
    m = _dangling().search(text, start, end)
    return m.start() if m else end


@cache
def _field_label() -> regex.Pattern:
    w = words()
    return regex.compile(
        rf"(?:\(\s*)?(?:(?P<responsible>{alternation(w['responsible_labels'], spaces='any')})"
        rf"|(?P<deadline>{alternation(w['deadline_labels'], spaces='any')})){COLON}\s*"
    )


def trailing_fields(text: str, start: int, end: int) -> tuple[int, dict[str, tuple[int, int]]]:
    """A decision's own end and its "বাস্তবায়নে: ..." / "সময়সীমা: ..." clauses (kind -> value span)."""
    found = list(_field_label().finditer(text, start, end))
    values = {}
    for m, after in zip(found, found[1:] + [None]):
        kind = "responsible" if m.group("responsible") else "deadline"
        stop = after.start() if after else end
        if text[m.start()] == "(" and text.rfind(")", m.end(), stop) >= 0:
            stop = text.rfind(")", m.end(), stop)
        values.setdefault(kind, (m.end(), stop))
    return (found[0].start() if found else end), values
