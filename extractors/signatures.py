"""Signature blocks: a name, then designation and office lines below it.

The name stands alone, in brackets "(মল্লিক সাঈদ মাহবুব)", or after "স্বাক্ষরিত/-" / "স্বাঃ/-". Two
blocks may stand side by side, their columns separated by a tab or 3+ spaces:

    মোঃ ক                 মোঃ খ
    সচিব                      চেয়ারম্যান

The caller passes the region that holds the blocks and sets the roles.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from bangla_minutes.extractors import lexicon
from bangla_minutes.extractors.lexicon import alternation
from bangla_minutes.extractors.found import Found
from bangla_minutes.extractors.people import (committee_roles, office_words, parse_person, starts_with_designation,
                                              without_titles)
from bangla_minutes.extractors.text import COLUMN_GAP, LIST_ITEM, clean
from bangla_minutes.schemas import Person

_MAX_NAME_WORDS = 7
_MAX_BLOCK_LINES = 9
_MIN_NAME_LENGTH = 3  # shorter lines are joiners such as "ও" between office lines
_MAX_DIGITS = 3  # a line with more digits is a date, a memo or a phone number

_LINE = regex.compile(r"[^\n]*")


@dataclass(frozen=True)
class Cell:
    """A piece of a line between column gaps, with its offsets in the text and its column on the page."""
    text: str
    start: int
    end: int
    column: int  # display column of its first character (tabs expanded)
    ordinal: int = 0  # how many column gaps stand before it on its line (a leading gap counts)


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its newline."""
    return [m.span() for m in _LINE.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n"]


def cells_of(text: str, start: int, end: int) -> list[Cell]:
    """The line text[start:end] split at column gaps (tab or 3+ spaces)."""
    line = text[start:end]
    cells = []
    pos = 0
    for ordinal, piece in enumerate([*COLUMN_GAP.finditer(line), None]):
        stop = piece.start() if piece else len(line)
        chunk = line[pos:stop]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            s, e = start + pos + lead, start + pos + len(chunk.rstrip())
            column = len(line[:pos + lead].expandtabs(8))
            cells.append(Cell(text[s:e].strip(), s, e, column, ordinal))
        if piece:
            pos = piece.end()
    return _brackets_joined(cells)


_SPECK = regex.compile(r"[:ঃ;.,'`।|\-–]{1,2}")
_OPEN_BRACKET = regex.compile(r"^\([^()]*$")


def _brackets_joined(cells: list[Cell]) -> list[Cell]:
    """A lone opening bracket is no column: on a scan the word after it may be lost under a signature's
    stroke, leaving a gap ("(\tক খ)"); it opens the next cell. Nor is a cell opening a bracket the next cell
    closes ("(মোঃ\tইসলাম)"), nor a speck read as a sign or two before a gap ("\t:\tকমিটির আহ্বায়ক")."""
    out: list[Cell] = []
    for cell in cells:
        if out and out[-1].text in ("(", "["):
            opener = out.pop()
            out.append(Cell(opener.text + cell.text, opener.start, cell.end, opener.column, opener.ordinal))
        elif out and _SPECK.fullmatch(out[-1].text):  # a speck OCR read as ":" before a gap: no column
            speck = out.pop()
            out.append(Cell(cell.text, cell.start, cell.end, speck.column, speck.ordinal))
        elif out and _OPEN_BRACKET.search(out[-1].text) and cell.text.endswith(")") and "(" not in cell.text:
            opener = out.pop()  # "(মোঃ\tইসলাম)": the name's middle lost under a stroke, its brackets one cell
            out.append(Cell(f"{opener.text} {cell.text}", opener.start, cell.end, opener.column, opener.ordinal))
        else:
            out.append(cell)
    return out


@cache
def _words() -> dict:
    return lexicon.table("signature_words.json")


@cache
def _signed_regex() -> regex.Pattern:
    return regex.compile(rf"^(?:{alternation(_words()['signed'], spaces='entry')})[\s,:]*")


@cache
def _skip_regex() -> regex.Pattern:
    return regex.compile(rf"^(?:{alternation(_words()['skip'], spaces='entry')})", regex.I)


@cache
def _website_regex() -> regex.Pattern:
    return regex.compile(rf"^(?:{alternation(_words()['website'], spaces='entry')})", regex.I)


def starts_with_skip_word(line: str) -> bool:
    """Date and memo labels, phone/e-mail labels, closing words, list headings."""
    return bool(_skip_regex().match(line.strip(" \t*")))


def is_skip_line(line: str) -> bool:
    """Dates, memo lines, phone/e-mail lines and closing words are never part of a signature block."""
    return (starts_with_skip_word(line) or sum(ch.isdigit() for ch in line) > _MAX_DIGITS
            or bool(_ADDRESS.search(line)))


# An e-mail or web address printed under a signature without its label ("md@office.gov.bd")
_ADDRESS = regex.compile(r"[\w.-]+@[\w-]+\.[\w.]+|(?:https?://|www\.)\S+", regex.A)


def is_bracketed_name(line: str) -> bool:
    line = line.strip().rstrip("।")
    return (line.startswith("(") and line.endswith(")") and line.count("(") == 1
            and 0 < len(line[1:-1].split()) <= _MAX_NAME_WORDS and not is_skip_line(line[1:-1])
            and not office_words().search(line))  # "(উন্নয়ন শাখা)" names a branch, not a signer


def is_name_line(line: str) -> bool:
    """A short line that can be a name: no digits, labels, list numbers or sentence end; not a designation
    (a title before the name may be one: "সহযোগী অধ্যাপক এনামুল হক")."""
    line = line.strip()
    words = line.split()
    name = without_titles(line)
    return (0 < len(words) <= _MAX_NAME_WORDS and len(line) >= _MIN_NAME_LENGTH and not any(ch.isdigit() for ch in line)
            and ":" not in line and not line.endswith("।") and not LIST_ITEM.match(line)
            and not is_skip_line(line) and name.strip() != "" and not starts_with_designation(name)
            and not office_words().search(line))  # "জেলা প্রশাসকের কার্যালয়": a letterhead, no name


def is_signature_start(line: str, next_line: str | None) -> bool:
    """Whether a block starts at line: "(name)", "স্বাক্ষরিত/-", or a name with a designation line below."""
    first = line.strip()
    if _signed_regex().match(first) or is_bracketed_name(first):
        return True
    return is_name_line(first) and next_line is not None and (starts_with_designation(next_line)
                                                              or _is_role_line(next_line))


def find_signatures(text: str) -> list[Found[Person]]:
    """Every signature block in text, in printed order (left before right on a shared line)."""
    found = []
    for block in _blocks(text):
        for column in _columns(block):
            found += _people_in_column(column)
    return sorted(found, key=lambda f: f.start)


def _blocks(text: str) -> list[list[list[Cell]]]:
    """Runs of non-blank lines (each a list of cells); skip lines and blank lines separate runs, and a run
    ended by a web address line is a letterhead (printed after the body), no signature.

    A "স্বাক্ষরিত/-" prefix is cut off its cell: the name follows it on the line or below."""
    blocks, current = [], []
    for start, end in line_spans(text):
        cells = [_without_signed(c) for c in cells_of(text, start, end)]
        cells = [c for c in cells if c.text and not is_skip_line(c.text)]
        if cells:
            current.append(cells)
        elif current:
            if not _website_regex().match(text[start:end].strip()):  # a letterhead ends in its web address
                blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _without_signed(cell: Cell) -> Cell:
    m = _signed_regex().match(cell.text)
    if not m:
        return cell
    cut = cell.end - len(cell.text[m.end():])
    return Cell(cell.text[m.end():], cut, cell.end, cell.column + m.end(), cell.ordinal)


def _columns(block: list[list[Cell]]) -> list[list[Cell]]:
    """The cells of a block by column. Blocks whose widest line starts at the margin with one gap between
    columns are read by gaps ("\t\t\tসভাপতি" is the second column however wide the first one is); others
    by display column, each cell joining the column whose start is nearest its own."""
    widest = max(block, key=len)
    by_gaps = [c.ordinal for c in widest] == list(range(len(widest)))
    starts = [c.column for c in widest]
    columns: list[list[Cell]] = [[] for _ in starts]
    for cells in block:
        for cell in cells:
            if by_gaps and cell.ordinal < len(starts):
                columns[cell.ordinal].append(cell)
            else:
                columns[min(range(len(starts)), key=lambda i: abs(starts[i] - cell.column))].append(cell)
    return [c for c in columns if c]


def _people_in_column(cells: list[Cell]) -> list[Found[Person]]:
    """Split a column's lines into people at each name line, and keep those that read as a signature."""
    people, current = [], []
    for i, cell in enumerate(cells):
        below = cells[i + 1].text if i + 1 < len(cells) else None
        if (current and is_signature_start(cell.text, below) and not _is_role_line(below)
                and (_has_designation(current) or not _opens(current))):
            people.append(current)
            current = []
        current.append(cell)
    people.append(current)
    out = []
    for person_cells in people:
        person = _person(person_cells)
        if person:
            out.append(Found(person, person_cells[0].start, person_cells[-1].end))
    return out


def _is_role_line(line: str | None) -> bool:
    """"সদস্য-সচিব" alone under an office line: the block's role, not a new signer's designation."""
    return line is not None and clean(line) in committee_roles()


def _opens(cells: list[Cell]) -> bool:
    return is_bracketed_name(cells[0].text) or is_name_line(cells[0].text)


def _has_designation(cells: list[Cell]) -> bool:
    return any(starts_with_designation(c.text) for c in cells[1:])


def _person(cells: list[Cell]) -> Person | None:
    """A signature when the first line is a bracketed name, a name with a designation on it or below, or a
    name with only its committee role below.

    A line that only names a committee role ("সভাপতি", "সদস্য-সচিব") gives the role, not an office."""
    if len(cells) > _MAX_BLOCK_LINES:
        return None
    first = cells[0].text
    roles = [committee_roles().get(clean(c.text)) for c in cells[1:]]
    lines = [first] + [c.text for c, role in zip(cells[1:], roles) if not role]
    person = parse_person("\n".join(lines), role=next(filter(None, roles), None))
    if not person.name:
        return None
    if is_bracketed_name(first):
        return person
    if person.designation and (is_name_line(first) or _name_then_designation(first, person)):
        return person
    if person.role and is_name_line(first) and len(cells) > 1 and roles[0]:
        return person  # "রমেশ চন্দ্র দাস\nসভাপতি": a committee's signer named by role alone
    return None


def _name_then_designation(line: str, person: Person) -> bool:
    """"মোঃ ক অতিরিক্ত সচিব" on one line: a short name before the designation."""
    return (len(person.name.split()) <= _MAX_NAME_WORDS and person.name in line and not any(ch.isdigit() for ch in line)
            and not office_words().search(person.name))  # "জেলা প্রশাসকের কার্যালয়" is a letterhead
