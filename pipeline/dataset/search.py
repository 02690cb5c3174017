"""Bengali full-text search over the decisions: an SQLite FTS5 index in minutes.db, rebuilt with each build.

Two FTS5 tables, both written by `build_index` at the end of a build:

    search          one row per decision (rowid = the decision's rowid): the decision's text, its agenda
                    item's discussion and title, and the meeting's title. What `minutes search` and
                    Dataset.search read; snippets come from whichever of the four matched best.
    decisions_fts   the decisions' text as an external-content index of `decisions`
                    (content="decisions"): Datasette finds it by that name and shows its search box on
                    the decisions table, as the database is.

SQLite's unicode61 tokenizer counts only letters and numbers as word characters: a Bengali word would be
cut at every vowel sign (া ি ে …), virama (্), candrabindu, nukta. TOKENIZE adds the marks (M*) and the
joiners ZWJ/ZWNJ (Cf) to the word characters, so নিয়োগের is one token.

Inflections are matched at query time, not stemmed into the index (so snippets show the words as
written): a query word is stripped of the longest ending of data/suffixes.txt that leaves a fitting stem
(two letters or more; a vowel-final stem for র/য়, a consonant-final one for ের/ে), and matches the word
itself, the stem, and both with each ending that fits (and an emphatic particle after it). "নিয়োগ" finds নিয়োগের, নিয়োগে; "পরীক্ষার" finds পরীক্ষা, পরীক্ষায়. Several query
words must all match (in any of the four fields). Words of other scripts are matched as typed, any case.
"""
from __future__ import annotations

import functools
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import regex

TOKENIZE = "unicode61 categories 'L* N* M* Co Cf'"
SEARCH_TABLE = "search"
DATASETTE_TABLE = "decisions_fts"
# The search table's indexed columns, in order: what each holds, for `fields=` and the snippet.
FIELDS = ("decision", "discussion", "agenda_title", "meeting_title")
MIN_STEM = 2  # letters a stem keeps when an ending is stripped from a query word
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}\p{Co}\u200c\u200d]+")
_LETTER = regex.compile(r"\p{L}")
LEXICON = Path(__file__).with_name("data") / "suffixes.txt"


def ddl() -> str:
    return f"""
        CREATE VIRTUAL TABLE "{SEARCH_TABLE}" USING fts5(
            {", ".join(FIELDS)}, tokenize="{TOKENIZE}");
        CREATE VIRTUAL TABLE "{DATASETTE_TABLE}" USING fts5(
            text, content="decisions", tokenize="{TOKENIZE}");
    """


def build_index(db: sqlite3.Connection) -> None:
    """(Re)fill both FTS tables from the build's decisions, agenda items and meetings."""
    db.executescript(f"""
        DROP TABLE IF EXISTS "{SEARCH_TABLE}";
        DROP TABLE IF EXISTS "{DATASETTE_TABLE}";
        {ddl()}
        INSERT INTO "{SEARCH_TABLE}" (rowid, {", ".join(FIELDS)})
            SELECT d.rowid, d.text, a.discussion, a.title, m.title
            FROM decisions AS d
            JOIN agenda_items AS a USING (doc_id, item_index)
            JOIN meetings AS m USING (doc_id);
        INSERT INTO "{DATASETTE_TABLE}" ("{DATASETTE_TABLE}") VALUES ('rebuild');
        INSERT INTO "{SEARCH_TABLE}" ("{SEARCH_TABLE}") VALUES ('optimize');
    """)


@dataclass(frozen=True)
class Lexicon:
    endings: tuple[tuple[str, str | None], ...]  # (ending, condition on the stem), longest first
    particles: tuple[str, ...]


@functools.cache
def lexicon(path: Path = LEXICON) -> Lexicon:
    endings: list[tuple[str, str | None]] = []
    particles: list[str] = []
    in_particles = False
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("#", 1)[0].split()
        if parts == ["[particles]"]:
            in_particles = True
        elif parts and in_particles:
            particles.append(unicodedata.normalize("NFC", parts[0]))
        elif parts:
            condition = parts[1] if len(parts) > 1 else None
            if condition not in (None, "vowel", "consonant"):
                raise ValueError(f"{path}: unknown condition {condition!r} in {line!r} (vowel, consonant)")
            endings.append((unicodedata.normalize("NFC", parts[0]), condition))
    return Lexicon(tuple(sorted(dict.fromkeys(endings), key=lambda e: len(e[0]), reverse=True)),
                   tuple(particles))


def words(query: str) -> list[str]:
    """The words of a query, NFC as the records' text is."""
    return _WORD.findall(unicodedata.normalize("NFC", query))


# A stem ends in a vowel when its last character is a vowel sign or an independent vowel.
_ENDS_IN_VOWEL = regex.compile(r"[\u0985-\u0994\u09be-\u09cc\u09d7]$")


def _fits(stem: str, condition: str | None) -> bool:
    if len(_LETTER.findall(stem)) < MIN_STEM:
        return False
    if condition is None:
        return True
    return bool(_ENDS_IN_VOWEL.search(stem)) == (condition == "vowel")


def stem(word: str) -> str:
    """The word less its longest ending whose stem fits (MIN_STEM letters, the ending's condition),
    a particle after the ending stripped first; the word itself if no ending fits."""
    lex = lexicon()
    for particle in ("", *lex.particles):
        if particle and not word.endswith(particle):
            continue
        base = word[:-len(particle)] if particle else word
        for ending, condition in lex.endings:
            if base.endswith(ending) and _fits(base[:-len(ending)], condition):
                return base[:-len(ending)]
        if particle and _fits(base, None):
            return base
    return word


def forms(word: str) -> list[str]:
    """Every form a query word matches: itself and its stem, each alone and with each ending that
    fits it, and each of those with a particle after it."""
    lex = lexicon()
    bases = dict.fromkeys([word, stem(word)])
    inflected = dict.fromkeys([*bases, *(base + ending for base in bases for ending, condition in lex.endings
                                         if _fits(base, condition))])
    return list(dict.fromkeys([*inflected, *(form + p for form in inflected for p in lex.particles)]))


def fts_query(query: str, fields: tuple[str, ...] = FIELDS) -> str:
    """The FTS5 expression for a query: every word (as one of its forms) in one of `fields`."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown search field {sorted(unknown)[0]!r} ({', '.join(FIELDS)})")
    found = words(query)
    if not found:
        raise ValueError(f"nothing to search for in {query!r}: type a word")
    alternatives = [" OR ".join(f'"{form}"' for form in forms(word)) for word in found]
    expression = " AND ".join(f"({a})" for a in alternatives)
    return expression if tuple(fields) == FIELDS else f"{{{' '.join(fields)}}} : ({expression})"


_RESULT_SQL = f"""
    SELECT d.doc_id, d.item_index, d.decision_index, m.meeting_date, m.office, m.title,
           a.title AS agenda_title, d.text, d.responsible,
           snippet("{SEARCH_TABLE}", -1, ?, ?, '…', 16) AS snippet
    FROM "{SEARCH_TABLE}" AS s
    JOIN decisions AS d ON d.rowid = s.rowid
    JOIN agenda_items AS a USING (doc_id, item_index)
    JOIN meetings AS m USING (doc_id)
    WHERE "{SEARCH_TABLE}" MATCH ?
    ORDER BY s.rank, d.doc_id, d.item_index, d.decision_index
    LIMIT ?
"""
RESULT_COLUMNS = ("doc_id", "item_index", "decision_index", "meeting_date", "office", "title",
                  "agenda_title", "text", "responsible", "snippet")


def search(db: sqlite3.Connection, query: str, limit: int | None = 20, fields: tuple[str, ...] = FIELDS,
           mark: tuple[str, str] = ("[", "]")) -> list[dict]:
    """Decisions matching `query`, best first (FTS5 rank, bm25): their meeting's date, office and
    title, the decision, and a snippet of the best-matching field with the matched words between
    `mark`. Raises ValueError for a query with no word in it."""
    expression = fts_query(query, tuple(fields))
    rows = db.execute(_RESULT_SQL, (*mark, expression, -1 if limit is None else limit)).fetchall()
    return [dict(zip(RESULT_COLUMNS, row)) for row in rows]
