"""Bengali full-text search over the decisions: an SQLite FTS5 index in minutes.db, rebuilt with each build.

Three virtual tables, written by `build_index` at the end of a build:

    search          one row per decision: the decision's text, its agenda item's discussion and title,
                    the meeting's title (and the decision's rowid, unindexed). Rows go in meeting date
                    order. What `minutes search` and Dataset.search read.
    search_terms    the index's vocabulary (fts5vocab): which forms of a query word occur, in how many rows.
    decisions_fts   the decisions' text as an external-content index of `decisions`
                    (content="decisions"): Datasette finds it by that name and shows its search box on
                    the decisions table, as the database is.

SQLite's unicode61 tokenizer counts only letters and numbers as word characters: a Bengali word would be
cut at every vowel sign (া ি ে …), virama (্), candrabindu, nukta. TOKENIZE adds the marks (M*) and the
joiners ZWJ/ZWNJ (Cf) to the word characters, so নিয়োগের is one token.

Inflections are matched at query time, not stemmed into the index (so snippets show the words as
written): a query word is stripped of the longest ending of data/suffixes.txt that leaves a fitting stem
(two letters or more; a vowel-final stem for র/য়, a consonant-final one for ের/ে), and matches the word
itself, the stem, and both with each ending that fits (and an emphatic particle after it): "নিয়োগ"
finds নিয়োগের, নিয়োগে; "পরীক্ষার" finds পরীক্ষা, পরীক্ষায়. Only the forms the vocabulary holds go into
the FTS5 query. Several query words must all match (in any of the four fields). Words of other scripts
are matched as typed, any case. Results are ranked by bm25 (a word in the decision itself weighs most),
except when a word may match more than RANK_AT_MOST rows (সভা: every meeting title): ranking all of
them would not fit in 50 ms, and such a list comes newest meeting first.
"""
from __future__ import annotations

import functools
import json
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import regex

TOKENIZE = "unicode61 remove_diacritics 0 categories 'L* N* M* Co Cf'"  # no Latin accent folding: 12% less index time
SEARCH_TABLE = "search"
VOCABULARY_TABLE = "search_terms"  # fts5vocab: which forms of a query word the index holds, in how many rows
DATASETTE_TABLE = "decisions_fts"
# The search table's indexed columns, in order: what each holds, for `fields=` and the snippet, and
# their weights in the ranking (bm25): a word in the decision itself counts most.
FIELDS = ("decision", "discussion", "agenda_title", "meeting_title")
WEIGHTS = (4.0, 1.0, 2.0, 1.0)
# Ranking costs a bm25 score for every matching row: a query that may match more rows than this (a word
# of nearly every meeting title, like সভা) is listed newest meeting first instead, within the time budget.
RANK_AT_MOST = 5000
MIN_STEM = 2  # letters a stem keeps when an ending is stripped from a query word
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}\p{Co}\u200c\u200d]+")
_LETTER = regex.compile(r"\p{L}")
LEXICON = Path(__file__).with_name("data") / "suffixes.txt"


def ddl() -> str:
    return f"""
        CREATE VIRTUAL TABLE "{SEARCH_TABLE}" USING fts5(
            {", ".join(FIELDS)}, decision_rowid UNINDEXED, tokenize="{TOKENIZE}");
        CREATE VIRTUAL TABLE "{VOCABULARY_TABLE}" USING fts5vocab("{SEARCH_TABLE}", 'row');
        CREATE VIRTUAL TABLE "{DATASETTE_TABLE}" USING fts5(
            text, content="decisions", tokenize="{TOKENIZE}", detail=column);
    """


def build_index(db: sqlite3.Connection) -> None:
    """(Re)fill the FTS tables from the build's decisions, agenda items and meetings. The search table's
    rows go in meeting date order, so that its rowid order is the meetings' (newest last)."""
    db.executescript(f"""
        DROP TABLE IF EXISTS "{SEARCH_TABLE}";
        DROP TABLE IF EXISTS "{VOCABULARY_TABLE}";
        DROP TABLE IF EXISTS "{DATASETTE_TABLE}";
        {ddl()}
        INSERT INTO "{SEARCH_TABLE}" (rowid, {", ".join(FIELDS)}, decision_rowid)
            SELECT row_number() OVER (ORDER BY m.meeting_date, d.doc_id, d.item_index, d.decision_index),
                   d.text, a.discussion, a.title, m.title, d.rowid
            FROM decisions AS d
            JOIN agenda_items AS a USING (doc_id, item_index)
            JOIN meetings AS m USING (doc_id);
        INSERT INTO "{DATASETTE_TABLE}" ("{DATASETTE_TABLE}") VALUES ('rebuild');
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


def fts_query(query: str, fields: tuple[str, ...] = FIELDS, known=None) -> str | None:
    """The FTS5 expression for a query: every word (as one of its forms) in one of `fields`.
    `known(forms) -> forms the index holds` narrows each word's forms (None when a word has none)."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown search field {sorted(unknown)[0]!r} ({', '.join(FIELDS)})")
    found = words(query)
    if not found:
        raise ValueError(f"nothing to search for in {query!r}: type a word")
    alternatives = []
    for word in found:
        candidates = forms(word)
        if known is not None:
            candidates = known(candidates)
            if not candidates:
                return None
        alternatives.append(" OR ".join(f'"{form}"' for form in candidates))
    expression = " AND ".join(f"({a})" for a in alternatives)
    return expression if tuple(fields) == FIELDS else f"{{{' '.join(fields)}}} : ({expression})"


_DETAILS_SQL = f"""
    SELECT s.rowid, d.doc_id, d.item_index, d.decision_index, m.meeting_date, m.office, m.title,
           a.title AS agenda_title, d.text, d.responsible,
           snippet("{SEARCH_TABLE}", -1, ?, ?, '…', 16) AS snippet
    FROM "{SEARCH_TABLE}" AS s
    JOIN decisions AS d ON d.rowid = s.decision_rowid
    JOIN agenda_items AS a USING (doc_id, item_index)
    JOIN meetings AS m USING (doc_id)
    WHERE "{SEARCH_TABLE}" MATCH ? AND s.rowid = ?
"""
RESULT_COLUMNS = ("doc_id", "item_index", "decision_index", "meeting_date", "office", "title",
                  "agenda_title", "text", "responsible", "snippet")


def search(db: sqlite3.Connection, query: str, limit: int | None = 20, fields: tuple[str, ...] = FIELDS,
           mark: tuple[str, str] = ("[", "]")) -> list[dict]:
    """Decisions matching `query`, best first (bm25, the decision's own text weighing most; newest
    meeting first when more than RANK_AT_MOST rows may match): their meeting's date, office and
    title, the decision, and a snippet of the best-matching field with the matched words between
    `mark`. Raises ValueError for a query with no word in it."""
    counts: dict[str, int] = {}

    def known(candidates: list[str]) -> list[str]:
        # every form starts with the word's stem: one range of the sorted vocabulary holds them all
        root = min(candidates, key=len)
        rows = db.execute(f'SELECT term, doc FROM "{VOCABULARY_TABLE}" WHERE term >= ? AND term < ?',
                          (root, root + "\U0010ffff"))
        held = {term: doc for term, doc in rows if term in set(candidates)}
        counts[candidates[0]] = sum(held.values())
        return [form for form in candidates if form in held]

    expression = fts_query(query, tuple(fields), known)
    if expression is None:
        return []
    limit = -1 if limit is None else limit
    if min(counts.values()) <= RANK_AT_MOST:
        order = f'bm25("{SEARCH_TABLE}", {", ".join(map(str, WEIGHTS))})'
    else:
        order = "rowid DESC"
    rowids = [row[0] for row in db.execute(
        f'SELECT rowid FROM "{SEARCH_TABLE}" WHERE "{SEARCH_TABLE}" MATCH ? ORDER BY {order} LIMIT ?',
        (expression, limit))]
    if not rowids:
        return []
    found = []
    for rowid in rowids:  # the details and a snippet of the rows shown only
        row = db.execute(_DETAILS_SQL, (*mark, expression, rowid)).fetchone()
        found.append(dict(zip(RESULT_COLUMNS, row[1:])))
    return found


# --- keeping the index up to date in an incremental publish -------------------------------------
# build_index fills the FTS tables from a whole build. An incremental publish replaces a few documents'
# rows in one transaction instead: drop_from_index before their old rows go, add_to_index after the
# new rows are in. The search table's rows of a decision are found through MAP_TABLE (its rowid is
# the build's meeting-date order, not the decision's rowid); rows added later come after the others,
# so a word listed newest meeting first (RANK_AT_MOST) lists them first until the next full build.
MAP_TABLE = "search_rows"  # decision rowid -> search rowid
_AMONG = "IN (SELECT value FROM json_each(?))"  # doc_ids, as one JSON array parameter


def map_index(db: sqlite3.Connection) -> None:
    """(Re)make MAP_TABLE from the search table, after build_index."""
    db.execute(f'DROP TABLE IF EXISTS "{MAP_TABLE}"')
    db.execute(f'CREATE TABLE "{MAP_TABLE}" (decision_rowid INTEGER PRIMARY KEY, search_rowid INTEGER)')
    db.execute(f'INSERT INTO "{MAP_TABLE}" SELECT decision_rowid, rowid FROM "{SEARCH_TABLE}"')


def drop_from_index(db: sqlite3.Connection, doc_ids: list[str]) -> None:
    """Take the decisions of `doc_ids` out of the FTS tables (before their rows are deleted)."""
    rows = db.execute(f"""SELECT d.rowid, d.text, m.search_rowid FROM decisions AS d
                          LEFT JOIN "{MAP_TABLE}" AS m ON m.decision_rowid = d.rowid
                          WHERE d.doc_id {_AMONG}""", (json.dumps(doc_ids),)).fetchall()
    db.executemany(f'INSERT INTO "{DATASETTE_TABLE}" ("{DATASETTE_TABLE}", rowid, text) VALUES (\'delete\', ?, ?)',
                   [(rowid, text) for rowid, text, _ in rows])
    db.executemany(f'DELETE FROM "{SEARCH_TABLE}" WHERE rowid = ?', [(s,) for _, _, s in rows if s is not None])
    db.executemany(f'DELETE FROM "{MAP_TABLE}" WHERE decision_rowid = ?', [(rowid,) for rowid, _, _ in rows])


def add_to_index(db: sqlite3.Connection, doc_ids: list[str]) -> None:
    """Put the decisions of `doc_ids` into the FTS tables (after their rows are inserted), in meeting
    date order after the rows already there."""
    last = db.execute(f'SELECT rowid FROM "{SEARCH_TABLE}" ORDER BY rowid DESC LIMIT 1').fetchone()  # not max(): a scan
    last = last[0] if last else 0
    db.execute(f"""
        INSERT INTO "{SEARCH_TABLE}" (rowid, {", ".join(FIELDS)}, decision_rowid)
            SELECT ? + row_number() OVER (ORDER BY m.meeting_date, d.doc_id, d.item_index, d.decision_index),
                   d.text, a.discussion, a.title, m.title, d.rowid
            FROM decisions AS d
            JOIN agenda_items AS a USING (doc_id, item_index)
            JOIN meetings AS m USING (doc_id)
            WHERE d.doc_id {_AMONG}""", (last, json.dumps(doc_ids)))
    db.execute(f'INSERT INTO "{MAP_TABLE}" SELECT decision_rowid, rowid FROM "{SEARCH_TABLE}" WHERE rowid > ?',
               (last,))
    db.execute(f'INSERT INTO "{DATASETTE_TABLE}" (rowid, text) SELECT rowid, text FROM decisions WHERE doc_id {_AMONG}',
               (json.dumps(doc_ids),))
