"""The attendee appendix (পরিশিষ্ট-ক, "সভায় উপস্থিত সদস্যবৃন্দ"): who attended, with their roles.

Two shapes: a numbered list ("১. জনাব ক, উপসচিব, খ মন্ত্রণালয় — সদস্য"), possibly in two columns,
or a text table with "|" or tab columns ("ক্রমিক | নাম ও পদবি | দপ্তর | ভূমিকা"). Lines such as
"শিক্ষা বিভাগ:" between items give the office of the items below that name none; "সদস্যবৃন্দ:" gives
their role. The sentence that refers to the appendix ("... পরিশিষ্ট 'ক' তে উপস্থাপন করা হলো।") is not
a heading.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex
from rapidfuzz import fuzz, process

from bangla_minutes.extractors import header, lexicon
from bangla_minutes.extractors.agenda_patterns import read_marker
from bangla_minutes.extractors.lexicon import alternation
from bangla_minutes.extractors.digits import to_int
from bangla_minutes.extractors.found import Found
from bangla_minutes.extractors.people import committee_roles, first_designation, parse_person, role_in, word_pattern
from bangla_minutes.extractors.signatures import Cell, cells_of, is_signature_start, line_spans
from bangla_minutes.extractors.text import clean
from bangla_minutes.schemas import Person

_MAX_HEADING_WORDS = 12
_MAX_PREAMBLE_LINES = 4  # title and date lines between the heading and the list
_MAX_SUBHEADING_WORDS = 6
_SAME_COLUMN = 8  # display columns within which two list numbers stand in one column
_MARKER = regex.compile(r"^[-–•*]?\s*(?:\(\s*([০-৯0-9]{1,3})\s*\)|([০-৯0-9]{1,3})\s*[.)।:,](?![০-৯0-9]))\s*")
_TABLE_RULE = regex.compile(r"^[\s|:\-–+]+$")

_COLUMN_GAP = regex.compile(r"[ ]{3,}")
_SERIAL = regex.compile(r"[০-৯0-9]{1,3}[.)।]?")
_AGENDA_COLUMNS = {"discussion", "decision", "responsible", "deadline"}
_DEFAULT_ROLE = "member"  # docs/conventions.md: an attendee without a printed role is a member


@dataclass
class _Item:
    """An attendee being read: its text lines, where it was printed, and the context it was printed in."""
    parts: list[str]
    start: int
    end: int
    column: int = 0
    number: int | None = None
    office: str | None = None
    role: str | None = None
    columns: dict[str, str] = field(default_factory=dict)  # table cells by column kind


@cache
def _words() -> dict:
    return lexicon.table("attendee_words.json")


@cache
def _heading_regex() -> regex.Pattern:
    return regex.compile(rf"^(?:{alternation(_words()['headings'], spaces='entry')})")


@cache
def _sentence_regex() -> regex.Pattern:
    return word_pattern(_words()["sentence_words"])


@cache
def _trailing_role_regex() -> regex.Pattern:
    roles = alternation(committee_roles(), spaces='entry')
    return regex.compile(rf"\s*(?:(?<![^\s,])[-–—]+\s*|\(\s*|,\s*)(?P<role>{roles})\s*\)?[\s।.]*$")


def is_appendix_heading(line: str) -> bool:
    """A heading line of an attendee appendix, not a sentence that refers to one or a header label line."""
    line = line.strip(" \t*#")
    m = _heading_regex().match(line)
    if not m or len(line.split()) > _MAX_HEADING_WORDS or line.endswith("।") or _sentence_regex().search(line):
        return False
    rest = line[m.end():]
    if m.group() == "পরিশিষ্ট":
        return bool(regex.match(r"\s*[-–:]?\s*['‘’\"(]?\s*[ক-হ০-৯0-9]", rest))
    return "পরিশিষ্ট" not in rest and not regex.search(r"[\t:ঃ]\s*\S", rest)


def find_attendees(text: str) -> list[Found[Person]]:
    """Every attendee listed in the attendee appendices of text; [] when there is none."""
    lines = line_spans(text)
    out: list[Found[Person]] = []
    i = 0
    while i < len(lines):
        line = text[slice(*lines[i])]
        names_attendees = False
        inline = _inline_list(text, *lines[i])
        if inline:
            people, names_attendees, i = inline, True, i + 1
        elif is_appendix_heading(line):
            names_attendees = not line.strip(" \t*#").startswith("পরিশিষ্ট")
            people, i = _appendix(text, lines, i, [])
        elif _is_attendee_table_header(line):
            people, i = _appendix(text, lines, i, [_lead_in(text, lines, i)])
        else:
            i += 1
            continue
        people = _dittos_filled(people)
        if _looks_like_attendees(people, names_attendees):
            out += people
    return out


@cache
def _inline_label() -> regex.Pattern:
    """"উপস্থিত নির্বাহী পরিষদের সদস্যগণ:" — a heading, or a word of attendance and a few more, then a colon."""
    heading = alternation(_words()["headings"], spaces="entry")
    return regex.compile(rf"^[ \t*#•\-–]*(?:{heading}|উপস্থিত\S*)[^:ঃ\n।|]{{0,40}}?[ \t]*[:ঃ][-–]?[ \t]*")


_INLINE_BREAK = regex.compile(r"\s*[,;]\s*(?:ও\s+|এবং\s+)?|\s+(?:ও|এবং)\s+(?=[^,;]*$)")
_MIN_INLINE = 2


def _inline_list(text: str, start: int, end: int) -> list[Found[Person]]:
    """The heading's own line names them, apart by commas: "উপস্থিত সদস্যগণ: ক (সভাপতি), খ (কোষাধ্যক্ষ), গ ও ঘ"."""
    m = _inline_label().match(text[start:end])
    if not m or regex.search(r"[০-৯0-9]|পরিশিষ্ট|তালিকা|সংযুক্ত", text[start + m.end():end]):
        return []
    items, at = [], start + m.end()
    for piece in _split_outside_brackets(text, at, end):
        part = text[slice(*piece)].strip(" ।.")
        if not part or len(part.split()) > _MAX_NAME_WORDS + 3:
            return []
        items.append(_Item([part], *piece, role=_DEFAULT_ROLE))
    return [_person(item) for item in items] if len(items) >= _MIN_INLINE else []


def _split_outside_brackets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of text[start:end] between the breaks of `_INLINE_BREAK` that stand outside brackets."""
    pieces, at, depth = [], start, 0
    for i in range(start, end):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0 and i >= at:
            m = _INLINE_BREAK.match(text, i, end)
            if m and m.end() > i:
                pieces.append((at, i))
                at = m.end()
    pieces.append((at, end))
    return [(s, e) for s, e in pieces if text[s:e].strip()]


# "ঐ", "-ঐ-", ",, ,,"; OCR reads the ai of "-ঐ-" as "এ" (samples/scan_draws.py seed 5302)
_DITTO = regex.compile(r"(?:[-–\s,]*(?:ঐ|〃|\"|”|’’|,,|(?<=[-–]\s*)এ(?=\s*[-–])))+[-–\s,]*$")


def _is_ditto(person: Person) -> bool:
    """Its post said by ditto marks: as its designation or office, or (neither read) after its name."""
    if person.designation or person.office:
        return any(_DITTO.fullmatch(v or "") for v in (person.designation, person.office))
    return bool(_DITTO.search(person.raw))


def _dittos_filled(people: list[Found[Person]]) -> list[Found[Person]]:
    """"ঐ" (or 〃) for a post means the post and office of the entry above."""
    out = []
    for found in people:
        person = found.value
        if out and _is_ditto(person):
            above = out[-1].value
            found = Found(person.model_copy(update={"designation": above.designation, "office": above.office}),
                          found.start, found.end)
        out.append(found)
    return out


def _is_attendee_table_header(line: str) -> bool:
    """A table of people with no heading above it: "ক্রমিক নং | নাম | পদবি | স্বাক্ষর"."""
    kinds = _table_header(line) or []
    return "name" in kinds and bool({"designation", "office", "role"} & set(kinds))


def _lead_in(text: str, lines: list[tuple[int, int]], i: int) -> str:
    """The last sentence above a table: "... সভায় নিম্নলিখিত সদস্যগণ উপস্থিত ছিলেন:"."""
    above = next((text[slice(*lines[j])] for j in range(i - 1, -1, -1) if text[slice(*lines[j])].strip()), "")
    return above.rsplit("।", 1)[-1]


_MAX_NAME_WORDS = 6


def _looks_like_attendees(people: list[Found[Person]], names_attendees: bool) -> bool:
    """Most entries name a post or an office: an appendix of figures or tasks does not. Under a heading
    that says they attended ("উপস্থিত সদস্যবৃন্দ"), names alone will do (a village meeting's list)."""
    named = [p.value for p in people if p.value.name and not header.sentence_verb().search(p.value.name)]
    placed = sum(1 for p in named if p.designation or p.office)  # "কোনো ... পাওয়া যায়নি।": a sentence, no name
    if names_attendees:
        placed = sum(1 for p in named if len(p.name.split()) <= _MAX_NAME_WORDS and not regex.search(r"[০-৯0-9।]", p.name))
    return bool(people) and placed * 2 >= len(people)


def _appendix(text: str, lines: list[tuple[int, int]], i: int, intro: list[str]) -> tuple[list[Found[Person]], int]:
    """The people of the appendix that starts at line i (its heading or table), and the index of the line
    after it.

    A heading or lead-in that names the attendees as members ("উপস্থিত সদস্যবৃন্দ") makes "member" their role."""
    while i < len(lines):
        line = text[slice(*lines[i])]
        is_table = _table_header(line) is not None or "|" in line
        if is_table and _is_agenda_table(line):
            break  # a decision table under a lone "উপস্থিতি: পরিশিষ্ট-ক" label is the body, not the appendix
        if not is_appendix_heading(line) and (is_table or _MARKER.match(line.strip()) or _subheading(line)):
            role = role_in(" ".join(intro))
            context = {"default_role": role, "role": role, "office": None}
            return (_table if is_table else _numbered_list)(text, lines, i, context)
        if intro and _is_person_line(line):
            return _one_per_line(text, lines, i, role_in(" ".join(intro)))
        if line.strip() and not is_appendix_heading(line) and (len(intro) > _MAX_PREAMBLE_LINES or _is_prose(line)):
            break  # prose below "পরিশিষ্ট-ক": the header's reference to an appendix, not the appendix
        intro.append(line)
        i += 1
    return [], i


def _is_prose(line: str) -> bool:
    """A sentence of the body (the welcome), never a line of an appendix's heading."""
    return "।" in line and len(line.split()) > _MAX_HEADING_WORDS


def _is_agenda_table(line: str) -> bool:
    """A header row of an agenda table ("ক্রমিক | আলোচ্য বিষয় | আলোচনা | সিদ্ধান্ত")."""
    kinds = {lexicon.column_kind(cell) for cell in _table_cells(line)}
    return bool(kinds & _AGENDA_COLUMNS)


def _is_person_line(line: str) -> bool:
    """"জনাব ক, উপসচিব, খ মন্ত্রণালয়": a short line naming someone and a post, no sentence."""
    line = line.strip()
    if "," not in line or "।" in line[:-1] or len(line.split()) > _MAX_HEADING_WORDS * 2 or is_appendix_heading(line):
        return False
    person = parse_person(line)
    return bool(person.name and person.designation)


def _one_per_line(text: str, lines: list[tuple[int, int]], i: int, role: str | None) -> tuple[list[Found[Person]], int]:
    """An unnumbered list under its heading: one attendee a line, up to the first line that names nobody."""
    items = []
    while i < len(lines) and _is_person_line(text[slice(*lines[i])]):
        start, end = lines[i]
        items.append(_Item([text[start:end]], start, end, role=role))
        i += 1
    return [_person(item) for item in items], i


def _subheading(line: str) -> str | None:
    """"শিক্ষা বিভাগ:" — a short line ending in a colon, between items (no sentence, no agenda label)."""
    line = line.strip(" \t*#|")
    if not line.endswith((":", "ঃ")) or _MARKER.match(line) or len(line.split()) > _MAX_SUBHEADING_WORDS:
        return None
    return None if _starts_the_body(line) else clean(line) or None


def _starts_the_body(line: str) -> bool:
    """A line of the body below a list: an agenda label ("সিদ্ধান্তসমূহ:") or a sentence that announces
    what follows ("নিম্ন উল্লেখিত সিদ্ধান্ত সমূহ সর্বসম্মতিক্রমে গৃহীত হয়ঃ")."""
    line = line.strip()
    marker = read_marker(line, 0, len(line))
    if marker is not None and marker.kind in ("heading", "discussion", "decision", "combined"):
        return True
    return line.endswith((":", "ঃ")) and bool(header.sentence_verb().search(line))


def _apply_subheading(context: dict, heading: str):
    """A role group ("সদস্য-সচিব:") sets the role of the items below; any other group ("কলা অনুষদ:")
    sets their office and brings back the appendix's own role."""
    role = committee_roles().get(heading)
    if role:
        context.update(role=role, office=None)
    else:
        context.update(role=context["default_role"], office=heading)


def _ends_appendix(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    line = text[slice(*lines[i])]
    below = next((text[slice(*lines[j])] for j in range(i + 1, len(lines)) if text[slice(*lines[j])].strip()), None)
    return is_appendix_heading(line) or is_signature_start(line, below) or _starts_the_body(line) or _a_sentence(line)


def _a_sentence(line: str) -> bool:
    """"অদ্যকার সভা ... শুরু করা হইল।": a sentence with its verb, never the wrapped line of an entry."""
    line = line.strip()
    return line.endswith("।") and len(line.split()) > _MAX_SUBHEADING_WORDS and bool(header.sentence_verb().search(line))


def _numbered_list(text: str, lines: list[tuple[int, int]], i: int, context: dict) -> tuple[list[Found[Person]], int]:
    """Items opened by numbers, in one column or side by side; unnumbered lines continue the item above."""
    items: list[_Item] = []
    open_items: list[_Item] = []
    gap = False
    while i < len(lines):
        start, end = lines[i]
        line = text[start:end]
        if not line.strip():
            gap = True
            i += 1
            continue
        heading = _subheading(line)
        if heading:
            _apply_subheading(context, heading)
        elif not _MARKER.match(line.strip()) and (gap or _ends_appendix(text, lines, i)):
            break
        else:
            for cell in cells_of(text, start, end):
                _place_cell(cell, items, open_items, context)
        gap = False
        i += 1
    return [_person(item) for item in _in_number_order(items)], i


def _place_cell(cell: Cell, items: list[_Item], open_items: list[_Item], context: dict):
    """A numbered cell opens an item in its column; any other cell continues the nearest open item."""
    m = _MARKER.match(cell.text)
    if m:
        item = _Item([cell.text[m.end():]], cell.start, cell.end, cell.column, to_int(m.group(1) or m.group(2)),
                     context.get("office"), context.get("role"))
        open_items[:] = [o for o in open_items if abs(o.column - cell.column) > _SAME_COLUMN] + [item]
        items.append(item)
    elif open_items:
        item = min(open_items, key=lambda o: abs(o.column - cell.column))
        item.parts.append(cell.text)
        item.end = max(item.end, cell.end)


def _in_number_order(items: list[_Item]) -> list[_Item]:
    """Two-column lists are read by number; lists that restart numbering keep printed order."""
    numbers = [item.number for item in items]
    if len(set(numbers)) == len(numbers) and len({item.column // _SAME_COLUMN for item in items}) > 1:
        return sorted(items, key=lambda item: item.number)
    return items


def _table(text: str, lines: list[tuple[int, int]], i: int, context: dict) -> tuple[list[Found[Person]], int]:
    """Rows of a "|" or tab table; a row with no serial continues the row above; a lone first cell
    or a line ending in ":" is a sub-heading."""
    kinds = _table_header(text[slice(*lines[i])])
    if kinds is not None:
        i += 1
    items: list[_Item] = []
    gap = False
    while i < len(lines):
        start, end = lines[i]
        line = text[start:end]
        if not line.strip() or _TABLE_RULE.match(line):
            gap = gap or not line.strip()
            i += 1
            continue
        cells = _table_cells(line)
        filled = [c for c in cells if c]
        if len(filled) == 1 and (cells[0] or _subheading(line)) and not _MARKER.match(filled[0] + "."):
            if gap and "|" not in line and not _subheading(line):
                break
            _apply_subheading(context, clean(filled[0]))
        elif _ends_appendix(text, lines, i):
            break
        else:
            _add_row(items, cells, kinds, start, end, context)
        gap = False
        i += 1
    return [_person(item) for item in items], i


def _table_cells(line: str) -> list[str]:
    if "|" in line:
        return [c.strip() for c in line.strip().strip("|").split("|")]
    if "\t" in line:
        return [c.strip() for c in line.rstrip().split("\t")]
    return [c.strip() for c in _COLUMN_GAP.split(line.strip())]


def _table_header(line: str) -> list[str] | None:
    """Column kinds when the line is a header row with a name column ("ক্রমিক | নাম ও পদবি | দপ্তর")."""
    cells = _table_cells(line)
    if len(cells) < 2 or any(len(c.split()) > lexicon.COLUMN_NAME_WORDS for c in cells):
        return None  # a row of sentences (an agenda table's), not of column names
    kinds = [_column_kind(c) for c in cells]
    return kinds if "name" in kinds else None


@cache
def _column_regexes() -> dict[str, regex.Pattern]:
    return {kind: word_pattern(words) for kind, words in _words()["columns"].items()}


def _column_kind(header: str) -> str:
    """"নাম ও পদবি" -> name, "সিন্ডিকেটে পদ" -> role, "দপ্তর/সংস্থা" -> office, "স্বাক্ষর" -> ignore."""
    for kind in ("ignore", "role", "name", "serial", "designation", "office"):
        if _column_regexes()[kind].search(header):
            return kind
    return _misread_column(header) or "ignore"


_MISREAD_COLUMN_SCORE = 85  # rapidfuzz ratio: a sign OCR lost or misread in a short name ("পদব" for "পদবি": 86)


def _misread_column(header: str) -> str | None:
    """The column a one-word header names when OCR lost or misread a sign of it."""
    if len(header.split()) != 1:
        return None
    words = _one_word_columns()
    best = process.extractOne(clean(header), words.keys(), scorer=fuzz.ratio, score_cutoff=_MISREAD_COLUMN_SCORE)
    return words[best[0]] if best else None


@cache
def _one_word_columns() -> dict[str, str]:
    """Column names of one word -> their kind."""
    return {word: kind for kind, names in _words()["columns"].items() for word in names if " " not in word}


def _add_row(items: list[_Item], cells: list[str], kinds: list[str] | None, start: int, end: int, context: dict):
    """A table row as an item; without a header the cells after the serial are read as lines of one person."""
    if kinds is None:
        serial = bool(cells) and bool(_SERIAL.fullmatch(cells[0]))
        kinds = (["serial"] if serial else []) + ["name"] * len(cells)
    by_kind: dict[str, list[str]] = {}
    for kind, cell in zip(kinds, cells):
        if cell and kind != "ignore":
            by_kind.setdefault(kind, []).append(cell)
    if items and "serial" in kinds and "serial" not in by_kind:
        for kind, values in by_kind.items():  # a wrapped row: its cells continue the row above
            items[-1].columns[kind] = "\n".join(filter(None, [items[-1].columns.get(kind), *values]))
        items[-1].end = end
        return
    columns = {kind: "\n".join(values) for kind, values in by_kind.items()}
    items.append(_Item([], start, end, office=context.get("office"), role=context.get("role"), columns=columns))


@cache
def _signed_at_end() -> regex.Pattern:
    words = alternation(lexicon.table("signature_words.json")["signed"])
    return regex.compile(rf"[\s,]+(?:{words})[\s/\-,]*$")


def _person(item: _Item) -> Found[Person]:
    """The item's person: name, designation and office from its text or columns, role from its tail, a
    role column or the group it stands in."""
    columns = item.columns
    text = "\n".join(item.parts) if item.parts else "\n".join(
        columns[k] for k in ("name", "designation", "office") if columns.get(k))
    role = role_in(columns.get("role", ""))
    m = _trailing_role_regex().search(text)
    if m:
        role = role or committee_roles()[m.group("role")]
        text = text[:m.start()]
    text = _signed_at_end().sub("", text)  # "... ইউ পি চেয়ারম্যান স্বাক্ষরিত": a register's signature column
    person = parse_person(text, role=role or item.role or _DEFAULT_ROLE)
    update = {}
    designation = columns.get("designation")
    if designation and not first_designation(designation):  # a post the lexicon lacks: the column says it
        update["designation"] = clean(designation)
        update["office"] = clean(columns.get("office", "")) or None
    if not update.get("office", person.office) and item.office:
        update["office"] = item.office
    return Found(person.model_copy(update=update), item.start, item.end)

