"""Bengali full-text search over the decisions: SQLite FTS5 indexes in minutes.db, made by a full build and
kept up to date for the documents an incremental run changes (remove_documents, add_documents).

Each text is indexed once, where it is kept: one external-content FTS5 table per search field (the
index holds no copy of the text; snippets read it from the table), and a table of keys:

    decisions_fts         the decisions' text (content="decisions"); Datasette finds it by that name
                          and shows its search box on the decisions table, as the database is.
    agenda_titles_fts     the agenda items' titles; discussions_fts their discussions.
    meeting_titles_fts    the meetings' titles.
    *_terms               each index's vocabulary (fts5vocab): which forms of a query word it holds.
    search_rows           each decision's rowid with its agenda item's and meeting's rowids and the
                          meeting date: which rows of the indexes speak for a decision.

A decision is found when every query word (as one of its forms) is in the decision, its agenda item's
title or discussion, or its meeting's title. Indexing a discussion once per agenda item rather than
once per decision keeps the index near a sixth of a build's time (bench/ingest.py).

SQLite's unicode61 tokenizer counts only letters and numbers as word characters: a Bengali word would be
cut at every vowel sign (া ি ে …), virama (্), candrabindu, nukta. TOKENIZE adds the marks (M*) and the
joiners ZWJ/ZWNJ (Cf) to the word characters, so নিয়োগের is one token.

Inflections are matched at query time, not stemmed into the index (so snippets show the words as
written): a query word is stripped of the longest ending of data/suffixes.txt that leaves a fitting stem
(two letters or more; a vowel-final stem for র/য়, a consonant-final one for ের/ে), and matches the word
itself, the stem, and both with each ending that fits (and an emphatic particle after it): "নিয়োগ"
finds নিয়োগের, নিয়োগে; "পরীক্ষার" finds পরীক্ষা, পরীক্ষায়. Only the forms the vocabularies hold go into
the FTS5 query. Words of other scripts are matched as typed, any case.

Ranking: each word adds the weight of the heaviest field it is found in (decision 4, agenda title 2,
discussion 1, meeting title 1), newest meeting first among equals — plain to explain, and cheap,
where bm25 across four indexes would cost a score per index and row. A query whose words each may
match more than RANK_AT_MOST rows (সভা: every meeting title) is listed newest meeting first only,
walking the meetings by date until the limit: sorting all of them would not fit in 50 ms.
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
DATASETTE_TABLE = "decisions_fts"


@dataclass(frozen=True)
class Index:
    """An FTS5 table over one text column of a table of the dataset: one search field."""
    name: str
    content: str    # the table whose text it indexes (external content)
    column: str     # that table's text column
    field: str      # the search field it is
    weight: int     # what a query word found there adds to a decision's score
    key: str        # the column of ROWS_TABLE holding the content table's rowid

    @property
    def vocabulary(self) -> str:
        return self.name.removesuffix("_fts") + "_terms"


INDEXES = (  # heaviest first: a word counts once, for the heaviest field it is found in
    Index(DATASETTE_TABLE, "decisions", "text", "decision", 4, "decision"),
    Index("agenda_titles_fts", "agenda_items", "title", "agenda_title", 2, "agenda"),
    Index("discussions_fts", "agenda_items", "discussion", "discussion", 1, "agenda"),
    Index("meeting_titles_fts", "meetings", "title", "meeting_title", 1, "meeting"),
)
FIELDS = tuple(index.field for index in INDEXES)
# Each decision's rowid, its agenda item's and its meeting's, and the meeting's date: which rows of
# the indexes speak for a decision, and the order of equal scores (newest meeting first).
ROWS_TABLE = "search_rows"
# Ranking sorts every matching decision: a query whose words may each match more rows than this (a word
# of nearly every meeting title, like সভা) is listed newest meeting first instead, within the time budget.
RANK_AT_MOST = 5000
MIN_STEM = 2  # letters a stem keeps when an ending is stripped from a query word
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}\p{Co}\u200c\u200d]+")
_LETTER = regex.compile(r"\p{L}")
LEXICON = Path(__file__).with_name("data") / "suffixes.txt"
_AMONG = "IN (SELECT value FROM json_each(?))"  # doc_ids, as one JSON array: any number of them
_ROWS_SELECT = """
    SELECT d.rowid, a.rowid, m.rowid, m.meeting_date FROM decisions AS d
    JOIN agenda_items AS a USING (doc_id, item_index) JOIN meetings AS m USING (doc_id)"""


def ddl() -> str:
    indexes = "".join(f"""
        CREATE VIRTUAL TABLE "{i.name}" USING fts5({i.column}, content="{i.content}", tokenize="{TOKENIZE}");
        CREATE VIRTUAL TABLE "{i.vocabulary}" USING fts5vocab("{i.name}", 'row');""" for i in INDEXES)
    return indexes + f"""
        CREATE TABLE "{ROWS_TABLE}" (decision INTEGER PRIMARY KEY, agenda INTEGER, meeting INTEGER, meeting_date TEXT);
        CREATE INDEX "{ROWS_TABLE}_agenda" ON "{ROWS_TABLE}" (agenda);
        CREATE INDEX "{ROWS_TABLE}_meeting" ON "{ROWS_TABLE}" (meeting);
        CREATE INDEX "{ROWS_TABLE}_newest" ON "{ROWS_TABLE}" (meeting_date);"""


def table_names() -> list[str]:
    """The tables of the search, in an order to drop them in."""
    return [*(t for i in INDEXES for t in (i.vocabulary, i.name)), ROWS_TABLE]


def build_index(db: sqlite3.Connection) -> None:
    """(Re)make the search tables and fill them from the build's decisions, agenda items and meetings."""
    drops = "".join(f'DROP TABLE IF EXISTS "{name}";' for name in table_names())
    fills = "".join(f"""INSERT INTO "{i.name}" ("{i.name}") VALUES ('rebuild');""" for i in INDEXES)
    db.executescript(f'{drops} {ddl()} {fills} INSERT INTO "{ROWS_TABLE}" {_ROWS_SELECT};')


def add_documents(db: sqlite3.Connection, doc_ids: list[str]) -> None:
    """Index the rows of these documents (after they are written)."""
    among = json.dumps(doc_ids)
    for i in INDEXES:
        db.execute(f'INSERT INTO "{i.name}" (rowid, {i.column}) '
                   f'SELECT rowid, {i.column} FROM "{i.content}" WHERE doc_id {_AMONG}', (among,))
    db.execute(f'INSERT INTO "{ROWS_TABLE}" {_ROWS_SELECT} WHERE doc_id {_AMONG}', (among,))


def remove_documents(db: sqlite3.Connection, doc_ids: list[str]) -> None:
    """Take the rows of these documents out of the indexes, before the rows are deleted (an
    external-content index is told the text it held)."""
    among = json.dumps(doc_ids)
    for i in INDEXES:
        db.execute(f'INSERT INTO "{i.name}" ("{i.name}", rowid, {i.column}) '
                   f'SELECT \'delete\', rowid, {i.column} FROM "{i.content}" WHERE doc_id {_AMONG}', (among,))
    db.execute(f'DELETE FROM "{ROWS_TABLE}" WHERE decision IN (SELECT rowid FROM decisions WHERE doc_id {_AMONG})',
               (among,))


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


def word_forms(query: str, known=None) -> list[list[str]] | None:
    """Each query word's forms; `known(forms) -> the forms an index holds` narrows them (None when a
    word has none: nothing can match). Raises ValueError for a query with no word in it."""
    found = words(query)
    if not found:
        raise ValueError(f"nothing to search for in {query!r}: type a word")
    alternatives = []
    for word in found:
        candidates = forms(word) if known is None else known(forms(word))
        if not candidates:
            return None
        alternatives.append(candidates)
    return alternatives


def fts_query(query: str) -> str:
    """The FTS5 expression for a query over one index (decisions_fts, say): every word as one of its forms."""
    return " AND ".join(_any_of(forms) for forms in word_forms(query))


def _any_of(forms: list[str]) -> str:
    return "(" + " OR ".join(f'"{form}"' for form in forms) + ")"


RESULT_COLUMNS = ("doc_id", "item_index", "decision_index", "meeting_date", "office", "title",
                  "agenda_title", "text", "responsible", "snippet")
_DETAILS_SQL = f"""
    SELECT d.doc_id, d.item_index, d.decision_index, m.meeting_date, m.office, m.title,
           a.title AS agenda_title, d.text, d.responsible, r.decision, r.agenda, r.meeting
    FROM "{ROWS_TABLE}" AS r
    JOIN decisions AS d ON d.rowid = r.decision
    JOIN agenda_items AS a ON a.rowid = r.agenda
    JOIN meetings AS m ON m.rowid = r.meeting
    WHERE r.decision = ?
"""


def search(db: sqlite3.Connection, query: str, limit: int | None = 20, fields: tuple[str, ...] = FIELDS,
           mark: tuple[str, str] = ("[", "]")) -> list[dict]:
    """Decisions where every word of `query` (as one of its forms) is found in the decision, its agenda
    item's title or discussion, or its meeting's title (those of `fields`); best first: each word
    counts the weight of the heaviest field it is in (the decision itself weighs most), newest meeting
    first among equals. With their meeting's date, office and title, the decision, and a snippet of
    the heaviest field matched, the matched words between `mark`. Raises ValueError for a query with
    no word in it or an unknown field."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown search field {sorted(unknown)[0]!r} ({', '.join(FIELDS)})")
    indexes = [i for i in INDEXES if i.field in fields]
    counts = []

    def known(candidates: list[str]) -> list[str]:
        # every form starts with the word's stem: one range of each sorted vocabulary holds them all
        root, wanted, held = min(candidates, key=len), set(candidates), {}
        for index in indexes:
            for term, rows in db.execute(f'SELECT term, doc FROM "{index.vocabulary}" WHERE term >= ? AND term < ?',
                                         (root, root + "\U0010ffff")):
                if term in wanted:
                    held[term] = held.get(term, 0) + rows
        counts.append(sum(held.values()))
        return [form for form in candidates if form in held]

    alternatives = word_forms(query, known)
    if alternatives is None:
        return []
    sql = _matching_sql(indexes, len(alternatives), rank=min(counts) <= RANK_AT_MOST)
    params = [_any_of(forms) for forms in alternatives for _ in indexes]
    anywhere = " OR ".join(map(_any_of, alternatives))
    found = []
    for (rowid,) in db.execute(sql, (*params, -1 if limit is None else limit)):
        row = db.execute(_DETAILS_SQL, (rowid,)).fetchone()
        keys = dict(zip(("decision", "agenda", "meeting"), row[-3:]))
        snippet = next(filter(None, (_snippet(db, i, anywhere, keys[i.key], mark) for i in indexes)), None)
        found.append(dict(zip(RESULT_COLUMNS, (*row[:-3], snippet))))
    return found


def _matching_sql(indexes: list[Index], word_count: int, rank: bool) -> str:
    """SQL for the decisions (rowids) where each of `word_count` words is found in one of the indexes,
    best first (or only newest first, without `rank`); its parameters: each word's expression once per
    index, then the limit."""
    matches = ", ".join(f'w{w}_{n} AS MATERIALIZED (SELECT rowid FROM "{i.name}" WHERE "{i.name}" MATCH ?)'
                        for w in range(word_count) for n, i in enumerate(indexes))
    found = " AND ".join("(" + " OR ".join(f"r.{i.key} IN w{w}_{n}" for n, i in enumerate(indexes)) + ")"
                         for w in range(word_count))
    score = " + ".join("CASE " + " ".join(f"WHEN r.{i.key} IN w{w}_{n} THEN {i.weight}" for n, i in enumerate(indexes))
                       + " ELSE 0 END" for w in range(word_count))
    if not rank:  # walk the meetings newest first and stop at the limit
        return (f'WITH {matches} SELECT r.decision FROM "{ROWS_TABLE}" AS r INDEXED BY "{ROWS_TABLE}_newest" '
                f"WHERE {found} ORDER BY r.meeting_date DESC, r.decision DESC LIMIT ?")
    return (f'WITH {matches} SELECT r.decision FROM "{ROWS_TABLE}" AS r WHERE {found} '
            f"ORDER BY {score} DESC, r.meeting_date DESC, r.decision DESC LIMIT ?")


def _snippet(db: sqlite3.Connection, index: Index, expression: str, rowid: int, mark: tuple[str, str]) -> str | None:
    """A snippet of the index's text of that row, if the row matches there."""
    row = db.execute(f'SELECT snippet("{index.name}", 0, ?, ?, \'…\', 16) FROM "{index.name}" '
                     f'WHERE "{index.name}" MATCH ? AND rowid = ?', (*mark, expression, rowid)).fetchone()
    return row[0] if row else None
