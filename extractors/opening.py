"""The opening sentence of minutes without a label header, read as phrases in any order.

    অদ্য <date> তারিখ <time> <venue>ে জনাব <name>, <designation>, <office>-এর সভাপতিত্বে <meeting> অনুষ্ঠিত হয়।

and every other order: the venue before the date or the time, between the time and a meeting name, or
after the chair; "<office>-এর <designation> জনাব <name>-এর সভাপতিত্বে"; "জনাব <name> <designation> সাহেবের
সভাপতিত্বে"; "... অনুষ্ঠিত হয়। সভায় সভাপতিত্ব করেন জনাব <name>, কমিটির সভাপতি ও <designation>, <office> মহোদয়।".

Dates and times are the anchors, widened over their filler words (তারিখ, রোজ <weekday>, era words, "ঘটিকার
সময়"). The chair starts at its first courtesy word or title before the chair phrase (or after "সভাপতিত্ব
করেন"); a designation printed right before it, and an office before that ending in "-এর", belong to it.
The venue is the text of a gap between phrases up to its first word in the locative case, that ending
dropped. Each phrase ends where the next begins.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from bangla_minutes.extractors import dates, header, lexicon, people, times
from bangla_minutes.extractors.agenda_patterns import read_marker
from bangla_minutes.extractors.found import Found
from bangla_minutes.extractors.lexicon import alternation
from bangla_minutes.extractors.text import LIST_ITEM, clean

_NOT_LETTER_BEFORE = r"(?<![\p{L}\p{M}])"
_NOT_LETTER_AFTER = r"(?![\p{L}\p{M}])"
# A word in the locative case: "কক্ষে", "হল-এ", "ঢাকায়", "লাইব্রেরিতে" (the ending is a group of its own);
# "য়" only after া/ো, as "স্থানীয়", "জাতীয়" end in য় without being locative; two characters at least
# before the ending, as the month "মে" is no locative.
_LOCATIVE = regex.compile(
    rf"{_NOT_LETTER_BEFORE}[\p{{L}}\p{{M}}()]{{2,}}?(?:(?<=[\p{{L}}\p{{M}})])(-এ|-তে)"
    rf"|(?<=[\u0995-\u09b9\u09dc-\u09df\u09bc])(ে)|(?<=[\u09be\u09cb])(য়)|(?<=[\u09be-\u09cc])(তে)){_NOT_LETTER_AFTER}")


_LIST_LINE = regex.compile(LIST_ITEM.pattern, regex.M)


@dataclass
class Opening:
    """What the opening sentence says, as offsets into it. `chair` holds the text parse_person reads
    ("<name>, <designation>, <office>", rearranged when the office and designation came first)."""
    chair: Found[str] | None = None
    venue: Found[str] | None = None


def find_opening_sentence(text: str) -> Found[str] | None:
    """The first line that says who chaired the meeting or when it was held ("অদ্য <date> তারিখে ... সভা
    অনুষ্ঠিত হয়।")."""
    agenda = _LIST_LINE.search(text)  # a date-only opening stands above the agenda
    for m in _opening_line().finditer(text):
        # A line may hold both words ("... -এর সভাপতিত্বে ... সভা অনুষ্ঠিত হয়।"): the chair phrase decides.
        if _chair_words().search(m.group()):
            return _whole_sentence(text, m.start(), m.end())
        held = ((not agenda or m.start() < agenda.start()) and not LIST_ITEM.match(m.group())
                and not header.title_word().search(m.group()))  # "<date> তারিখে অনুষ্ঠিত সভার কার্যবিবরণী": a title
        # The date may stand on a line above, when a page wrapped the sentence.
        sentence = _whole_sentence(text, m.start(), m.end()) if held else None
        if sentence and (dates.find_gregorian_dates(sentence.value) or dates.find_bangla_dates(sentence.value)):
            return sentence
    return None


_WRAPPED_LINES = 3  # a PDF's text layer may wrap the opening sentence over a few lines


def _whole_sentence(text: str, start: int, end: int) -> Found[str]:
    """The line, with the lines of the same sentence a page wrapped it into: those above it that end
    no sentence, and those below it up to the line that ends it."""
    for _ in range(_WRAPPED_LINES):
        before = text.rfind("\n", 0, max(start - 1, 0)) + 1
        line = text[before:max(start - 1, 0)]
        if start == 0 or not _continues(line) or header.title_word().search(line):
            break
        start = before
    for _ in range(_WRAPPED_LINES):
        after = text.find("\n", end + 1)
        line = text[end + 1:len(text) if after < 0 else after]
        if end >= len(text) or text[start:end].rstrip().endswith("।") or not line.strip() or LIST_ITEM.match(line):
            break
        end = len(text) if after < 0 else after
    # one sentence: its line breaks are spaces (same length, so offsets hold), else a post wrapped over
    # two lines ("অতিরিক্ত" / "মহাপরিচালক") would be read as two lines of a person
    return Found(text[start:end].replace("\n", " "), start, end)


def _continues(line: str) -> bool:
    """A line that a sentence runs on from: not blank, no list item or table row, no sentence end or label colon
    (the colon of an abbreviation, "খ্রি:", "মোঃ", is none: a page may wrap the sentence after it)."""
    stripped = line.strip().rstrip("-–")  # "আলোচনা ও সিদ্ধান্ত:-"
    if not stripped or LIST_ITEM.match(line) or stripped.endswith(("।", "?")) or "|" in stripped or "\t" in line:
        return False
    if stripped.endswith((",,", "〃", " ঐ")):  # a register's row, its post said by ditto marks
        return False
    if _is_label_line(stripped) or _is_agenda_label(stripped):  # "বার : বুধবার", "আলোচনা ও সিদ্ধান্ত"
        return False
    return not stripped.endswith((":", "ঃ")) or stripped.split()[-1] in _abbreviations()


_LABEL_VALUE = regex.compile(r"([^\s\d০-৯:ঃ]+(?:\s+[^\s\d০-৯:ঃ]+)?)\s*[:ঃ]\s+\S")  # "সভার স্থান : ..."


def _is_label_line(line: str) -> bool:
    """A short label (no digits, not an abbreviation such as "খ্রি:"), its colon and a value."""
    m = _LABEL_VALUE.match(line)
    return bool(m) and m.group(1).split()[-1] not in _abbreviations()


def _is_agenda_label(line: str) -> bool:
    marker = read_marker(line, 0, len(line))
    return marker is not None and marker.kind in ("heading", "discussion", "decision", "combined")


@cache
def _abbreviations() -> frozenset[str]:
    """Words printed with a colon that ends no label: era words of dates, titles before names."""
    words = lexicon.table("date_words.json")
    return frozenset(w for w in (*words["gregorian_era"], *words["bangla_era"], *lexicon.lines("person_titles.txt"))
                     if w.endswith((":", "ঃ")))


def read_opening(sentence: str) -> Opening:
    """The chair and venue of an opening sentence (dates and times are read from it directly)."""
    anchors = _anchors(sentence)
    chair = _chair_after(sentence, anchors) or _chair_before(sentence, anchors)
    blocks = sorted(anchors + ([(chair.start, _phrase_end(sentence, chair.end))] if chair else []))
    return Opening(chair=chair, venue=_venue(sentence, blocks, chair))


def _phrase_end(sentence: str, chair_end: int) -> int:
    """Where the words that name the chair end: after "-এর সভাপতিত্বে" or the closing "মহোদয়।"."""
    return _phrase_end_pattern().match(sentence, chair_end).end()


@cache
def _words() -> dict:
    return lexicon.table("minutes_words.json")


@cache
def _words_pattern(*keys: str) -> regex.Pattern:
    return regex.compile(alternation([word for key in keys for word in _words()[key]]))


@cache
def _chair_words() -> regex.Pattern:
    return _words_pattern("chair_phrase", "chair_after_phrase")


@cache
def _opening_line() -> regex.Pattern:
    """A line with a chair phrase (group 1) or the word that says the meeting was held."""
    chair = _words_pattern("chair_phrase", "chair_after_phrase").pattern
    return regex.compile(rf"[^\n]*(?:({chair})|{_words_pattern('held').pattern})[^\n]*")


@cache
def _phrase_end_pattern() -> regex.Pattern:
    return regex.compile(rf"[^।]*?(?:{_words_pattern('chair_phrase').pattern}|।|$)")


@cache
def _office_before() -> regex.Pattern:
    """An office ending in the possessive, before a designation: "<office>-এর", "<office>ের" (after "অদ্যকার
    সভা", which names the meeting)."""
    meeting = rf"(?:(?:{_words_pattern('opening_filler').pattern})\s+)*সভা(?:য়)?{_NOT_LETTER_AFTER}\s*"
    return regex.compile(rf"(?:{meeting})?(\S.*?)(?:{_words_pattern('possessive', 'possessive_suffixes').pattern})\s*$",
                         regex.S)


@cache
def _place_word() -> regex.Pattern:
    return regex.compile(rf"(?:{_words_pattern('venue_words').pattern}){_NOT_LETTER_AFTER}")


@cache
def _filler() -> regex.Pattern:
    """Words and marks around a date or time that belong to neither the venue nor the chair."""
    date_words = lexicon.table("date_words.json")
    words = [*_words()["opening_filler"], *date_words["weekdays"], *date_words["weekday_prefixes"],
             *date_words["gregorian_era"], *date_words["bangla_era"]]
    labels = alternation(date_words["date_labels"])
    return regex.compile(rf"(?:[\s,;/()]+|(?:{alternation(words)}|(?:{labels})[\p{{L}}\p{{M}}]*){_NOT_LETTER_AFTER})+")


@cache
def _start_word() -> regex.Pattern:
    """Where a person's name begins: a courtesy word, a title, or a name's first word such as মোঃ."""
    words = lexicon.lines("courtesy_words.txt") + lexicon.lines("person_titles.txt") + tuple(_words()["name_starts"])
    return regex.compile(rf"{_NOT_LETTER_BEFORE}(?:{alternation(words, spaces='entry')})(?:(?<=[.ঃ:)])|{_NOT_LETTER_AFTER})")


def _anchors(sentence: str) -> list[tuple[int, int]]:
    """Dates and times, each widened over the filler words after it."""
    found = [*dates.find_gregorian_dates(sentence), *dates.find_bangla_dates(sentence), *times.find_times(sentence)]
    spans = []
    for f in sorted(found, key=lambda f: f.start):
        m = _filler().match(sentence, f.end)
        end = m.end() if m else f.end
        if spans and f.start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((f.start, end))
    return spans


def _chair_after(sentence: str, anchors: list[tuple[int, int]]) -> Found[str] | None:
    """"সভায় সভাপতিত্ব করেন (জেলা প্রশাসক) জনাব ক, কমিটির সভাপতি ও জেলা প্রশাসক, খ মহোদয়।"; with the verb
    last ("... জেলা প্রশাসক জনাব ক সভাপতিত্ব করেন।") the chair stands before it."""
    m = _words_pattern("chair_after_phrase").search(sentence)
    if not m:
        return None
    stop = sentence.find("।", m.end())
    stop = len(sentence) if stop < 0 else stop
    start = _start_word().search(sentence, m.end(), stop)
    if not start:
        return _chair_before(sentence, anchors, m.start()) or _post_only(
            sentence, m.end(), _end_of_name(sentence, m.end(), stop))
    end = _end_of_name(sentence, start.start(), _clause_end(sentence, start.start(), stop))
    name = _without_committee_role(sentence[start.start():end])
    return _with_prefix(sentence, name, m.end(), start.start(), end)


_CHAIR_PART_WORDS = 8  # a comma part of the chair's words longer than this is a clause of its own


def _clause_end(sentence: str, start: int, stop: int) -> int:
    """Where the chair's words after "সভাপতিত্ব করেন" end: at the sentence's end, or before a comma part that
    is a clause of its own ("…, সভাপতি মহোদয় সকলকে ধন্যবাদ জানিয়ে সভার কাজ শুরু করেন")."""
    at = sentence.find(",", start, stop)
    while at >= 0:
        following = sentence.find(",", at + 1, stop)
        part = sentence[at + 1:following if following >= 0 else stop]
        if len(part.split()) > _CHAIR_PART_WORDS or header.sentence_verb().search(part):
            return at
        at = following
    return stop



def _chair_before(sentence: str, anchors: list[tuple[int, int]], phrase: int | None = None) -> Found[str] | None:
    """"... জনাব ক, জেলা প্রশাসক, খ-এর সভাপতিত্বে", "<office>-এর <designation> জনাব ক-এর সভাপতিত্বে"."""
    if phrase is None:
        m = _words_pattern("chair_phrase").search(sentence)
        if not m:
            return None
        phrase = m.start()
    region = max([0, sentence.rfind("।", 0, phrase) + 1] + [end for _, end in anchors if end <= phrase])
    for place in _LOCATIVE.finditer(sentence, region, phrase):  # a venue, "সভায়" or "<name>ের সঞ্চালনায়"
        if _start_word().search(sentence, place.end(), phrase):  # before the chair's courtesy word
            region = place.end()
    start = _start_word().search(sentence, region, phrase)
    if not start:
        return _post_only(sentence, region, _end_of_name(sentence, region, phrase))
    end = _end_of_name(sentence, start.start(), phrase)
    return _with_prefix(sentence, sentence[start.start():end], region, start.start(), end)


_PLACE_AFTER_POST = regex.compile(r",\s*[^,।\d]{1,25}$")  # "সিভিল সার্জন, ঢাকা মহোদয়ের সভাপতিত্বে"


def _post_only(sentence: str, start: int, end: int) -> Found[str] | None:
    """A chair named by post alone, its words ending where the chair's words would ("উপজেলা নির্বাহী
    অফিসার-এর সভাপতিত্বে", "সিভিল সার্জন, ঢাকা মহোদয়ের সভাপতিত্বে"): the post (and a place after a
    comma), which parse_person reads as a person without a name. docs/conventions.md "People"."""
    before = sentence[start:end].rstrip(" ,")
    place = _PLACE_AFTER_POST.search(before)
    span = people.designation_ending_at(before) or (
        people.designation_ending_at(before[:place.start()]) if place and len(place.group().split()) <= 3 else None)
    if span is None:
        return _post_with_branch(sentence, start, before)
    return Found(before[span[0]:], start + span[0], start + len(before))


_BRANCH = regex.compile(r"\s*\([^()]{1,40}\)")


def _post_with_branch(sentence: str, start: int, before: str) -> Found[str] | None:
    """A post and its branch in brackets opening the chair's words ("নির্বাহী পরিচালক (প্রশাসন ও অর্থ) এর
    সভাপতিত্বে", "... (প্রশাসন ও অর্থ) ও টিম লিডারের সভাপতিত্বে"): the post and branch; a second role joined
    by "ও" after them is not the post."""
    lead = len(before) - len(before.lstrip())
    span = people.first_designation(before, lead)
    if span is None or span[0] != lead:
        return None
    branch = _BRANCH.match(before, span[1])
    if branch is None:
        return None
    rest = before[branch.end():].strip()
    if rest and not regex.match(r"(?:ও|এবং)\s", rest):
        return None
    return Found(before[span[0]:branch.end()], start + span[0], start + branch.end())


def _with_prefix(sentence: str, name: str, region: int, start: int, end: int) -> Found[str]:
    """The chair's words, with a designation (and office) printed before the courtesy word moved after
    the name, as parse_person reads them."""
    prefix = _designation_prefix(sentence, region, start)
    if prefix is None:
        return Found(name, start, end)
    first, text = prefix
    return Found(f"{name}, {text}", first, end)


def _designation_prefix(sentence: str, start: int, end: int) -> tuple[int, str] | None:
    """A designation printed right before the name, and an office before it ending in "-এর":
    (where they start, "<designation>, <office>")."""
    before = sentence[start:end].rstrip()
    role = _trailing_committee_role().search(before)  # "উপাচার্য ও সিন্ডিকেট সভাপতি অধ্যাপক ড. ক"
    post = before[:role.start()] if role else before
    branch = _BRANCH_AFTER.search(post)  # "পরিচালক (প্রশাসন) জনাব ক": the branch stays with its post
    span = people.designation_ending_at(post[:branch.start()] if branch else post)
    if span is None:
        return None
    designation = before[span[0]:span[1]] + (f" ({branch.group(1).strip()})" if branch else "")
    office = _office_before().search(_honorific_adjective_at_end().sub("", before[:span[0]]))
    if office:
        return start + office.start(1), f"{designation}, {clean(office.group(1))}"
    if before[:span[0]].strip():
        return start + span[0], designation
    return start, designation


@cache
def _tail() -> regex.Pattern:
    """What may end the chair's words before the chair phrase: a comma or space, an honorific or the
    possessive as a word ("মহোদয়ের", "সাহেবের", "এর"; group `word`), or glued ("-এর", "’র", "ের"; group
    `suffix`)."""
    words = alternation(_words()["honorifics"] + _words()["possessive"])
    return regex.compile(rf"(?:[\s,]+|{_NOT_LETTER_BEFORE}(?P<word>{words}){_NOT_LETTER_AFTER}"
                         rf"|(?<=[\p{{L}}\p{{M}})])(?P<suffix>{alternation(_words()['possessive_suffixes'])}))$")


def _end_of_name(sentence: str, start: int, end: int) -> int:
    """The end of the chair's words without a trailing "মহোদয়(ের)", "সাহেবের", "-এর", "ের" or comma. The
    possessive is said once: "কাদেরের" is "কাদের", and "কাদের মহোদয়ের" or "কাদের’র" keep "কাদের"."""
    said = False
    while end > start and (m := _tail().search(sentence, start, end)):
        if m.group("suffix") and said:
            break
        said = said or bool(m.group("word") or m.group("suffix"))
        end = m.start()
    return end


_BRANCH_AFTER = regex.compile(r"\s*\(([^()]{1,40})\)\s*$")


@cache
def _honorific_adjective_at_end() -> regex.Pattern:
    """"<office>-এর সম্মানিত <designation>": the adjective stands between the office and the post."""
    return regex.compile(rf"(?:\s*{_NOT_LETTER_BEFORE}(?:{_words_pattern('honorific_adjectives').pattern}))+\s*$")


@cache
def _trailing_committee_role() -> regex.Pattern:
    """"<designation> ও <committee> সভাপতি" (or "<designation> সভাপতি") before the name: the role in the
    committee closes the words before the name; the designation stands before it."""
    roles = alternation(people.committee_roles())
    return regex.compile(rf"\s+(?:ও\s+(?:[^\s,।]+\s+){{0,3}}?)?(?:{roles})(?:ের|র)?\s*$")


@cache
def _committee_role() -> regex.Pattern:
    roles = alternation(people.committee_roles())
    return regex.compile(rf",[^,]*?{_NOT_LETTER_BEFORE}(?:{roles}){_NOT_LETTER_AFTER}\s+ও\s+")


def _without_committee_role(chair: str) -> str:
    """"জনাব ক, কমিটির সভাপতি ও জেলা প্রশাসক, খ" -> "জনাব ক, জেলা প্রশাসক, খ": the role in the committee
    is not the chair's designation."""
    return _committee_role().sub(", ", chair, count=1)


def _venue(sentence: str, blocks: list[tuple[int, int]], chair: Found[str] | None) -> Found[str] | None:
    """The text of the first gap between phrases that ends in a locative word: the place, that ending
    dropped. After the chair only a gap whose place names a room or hall (the meeting's name follows
    the chair there, and may hold a locative word of its own)."""
    for gap_start, gap_end in _gaps(blocks, len(sentence)):
        after_chair = chair is not None and gap_start >= chair.end
        found = _venue_in_gap(sentence, gap_start, gap_end, after_chair)
        if found and (not after_chair or _names_a_place(found.value)):
            return found
    return None


def _gaps(blocks: list[tuple[int, int]], length: int):
    """The stretches between the phrases found."""
    at = 0
    for start, end in blocks:
        if start > at:
            yield at, start
        at = max(at, end)
    if at < length:
        yield at, length


def _venue_in_gap(sentence: str, start: int, end: int, after_chair: bool = False) -> Found[str] | None:
    stop = sentence.find("।", start, end)
    end = end if stop < 0 else stop
    filler = _filler().match(sentence, start, end)
    start = filler.end() if filler else start
    word = _LOCATIVE.search(sentence, start, end)
    after_post = False
    while word and _chair_phrase_word().fullmatch(word.group()):
        # "<designation> (<branch>)-এর সভাপতিত্বে <meeting> <place>ে অনুষ্ঠিত হয়": a chair named by post only
        # (no courtesy word or name, so no chair phrase was found); the place may follow it
        start, after_post = word.end(), True
        word = _LOCATIVE.search(sentence, start, end)
    if word and word.group() in _words()["postpositions"]:
        # "<office>-এর উদ্যোগে এক জরুরী সভা <place>-এ অনুষ্ঠিত হয়": the place may follow the meeting's name
        meeting = _MEETING_WORD.search(sentence, word.end(), end)
        word = _LOCATIVE.search(sentence, meeting.end(), end) if meeting else None
        start = meeting.end() if meeting else start
    if not word or word.group() in _words()["postpositions"]:
        return None
    ending = next(i for i in (1, 2, 3, 4) if word.group(i))
    if after_post or after_chair:  # the meeting's name follows the chair: "<meeting> সভা <place>ে"
        start = _after_meeting_name(sentence, start, word.start(ending))
    place = clean(sentence[start:word.start(ending)])
    if not place or _start_word().search(place):  # "জনাব খ-এর সঞ্চালনায়": a person's phrase, no place
        return None
    if after_post and not _names_a_place(place):
        return None
    return Found(place, start, word.start(ending))


@cache
def _chair_phrase_word() -> regex.Pattern:
    return regex.compile(_words_pattern("chair_phrase").pattern)


_MEETING_WORD = regex.compile(rf"{_NOT_LETTER_BEFORE}সভা(?:টি)?{_NOT_LETTER_AFTER}")


def _after_meeting_name(sentence: str, start: int, end: int) -> int:
    """Where a place begins after the meeting's name ("ইজিসিবি এর এপিএ টিমের মাসিক সভা <place>"): after
    its last word "সভা", when two words or more follow it ("সভা কক্ষ" is itself a place)."""
    last = None
    for m in _MEETING_WORD.finditer(sentence, start, end):
        last = m
    if last is None or len(sentence[last.end():end].split()) < 2:
        return start
    return last.end()


def _names_a_place(place: str) -> bool:
    return bool(_place_word().search(place))
