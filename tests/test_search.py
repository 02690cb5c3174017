"""Bengali full-text search: words stay whole, inflected forms match their stem, the CLI and Datasette."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import regex
from click.testing import CliRunner

from bangla_minutes.pipeline.dataset import search
from bangla_minutes.pipeline.dataset.ingest import ingest
from bangla_minutes.pipeline.dataset.publish import load_dataset
from bangla_minutes.pipeline.front.cli import main

ROOT = Path(__file__).resolve().parent.parent
WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dataset")
    ingest([ROOT / "samples" / "text"], out, jobs=1)
    return out


def test_bengali_words_stay_whole_in_the_index():
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize=\"{search.TOKENIZE}\")")
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')")
    text = "শিক্ষক নিয়োগের চাহিদা ক্রয়ে র‍্যাব প্রশিক্ষণ ঝুঁকিপূর্ণ দৃঢ়ীকরণ"
    db.execute("INSERT INTO t VALUES (?)", (text,))
    assert {row[0] for row in db.execute("SELECT term FROM v")} == set(text.split())
    # unicode61 as SQLite ships it cuts at the marks: the reason for the categories option
    db.execute("CREATE VIRTUAL TABLE plain USING fts5(x)")
    db.execute("CREATE VIRTUAL TABLE pv USING fts5vocab(plain, 'row')")
    db.execute("INSERT INTO plain VALUES (?)", ("নিয়োগের",))
    assert "নিয়োগের" not in {row[0] for row in db.execute("SELECT term FROM pv")}


@pytest.mark.parametrize("word, stem", [
    ("নিয়োগের", "নিয়োগ"), ("নিয়োগে", "নিয়োগ"), ("নিয়োগেও", "নিয়োগ"), ("মাদকের", "মাদক"),
    ("সভায়", "সভা"), ("সভার", "সভা"), ("পরীক্ষার", "পরীক্ষা"), ("কৃষকদের", "কৃষক"),
    ("জেলাসমূহে", "জেলা"), ("প্রস্তাবটি", "প্রস্তাব"), ("কর্পোরেশনকে", "কর্পোরেশন"),
    # a র or য় that belongs to the word stays: only a vowel-final stem takes them as endings
    ("দপ্তর", "দপ্তর"), ("বিদ্যালয়", "বিদ্যালয়"), ("মন্ত্রণালয়ে", "মন্ত্রণালয়"), ("দপ্তরের", "দপ্তর"),
])
def test_stems(word, stem):
    assert search.stem(word) == stem


def test_forms_of_a_stem_and_of_an_inflected_word():
    assert {"নিয়োগ", "নিয়োগের", "নিয়োগে", "নিয়োগেও"} <= set(search.forms("নিয়োগ"))
    assert {"মাদক", "মাদকের", "মাদকে"} <= set(search.forms("মাদকের"))
    assert "নিয়োগবিধি" not in search.forms("নিয়োগ")  # a compound is another word


def test_inflections_in_a_small_index():
    db = sqlite3.connect(":memory:")
    db.executescript(f"""CREATE TABLE decisions (text TEXT); {search.ddl()}""")
    texts = ["শিক্ষক নিয়োগের চাহিদা", "প্রভাষক নিয়োগে দেরি", "নিয়োগবিধি সংশোধন", "মাদকের বিরুদ্ধে অভিযান",
             "মাদক ও চোরাচালান", "মাদকদ্রব্য জব্দ", "শিক্ষক বদলি"]
    db.executemany("INSERT INTO search (rowid, decision) VALUES (?, ?)", enumerate(texts, 1))
    found = {q: {r[0] for r in db.execute("SELECT rowid FROM search WHERE search MATCH ?", (search.fts_query(q),))}
             for q in ("নিয়োগ", "মাদক", "মাদকের", "শিক্ষক নিয়োগ")}
    assert found == {"নিয়োগ": {1, 2}, "মাদক": {4, 5}, "মাদকের": {4, 5}, "শিক্ষক নিয়োগ": {1}}


# (query, the forms the sample decisions hold): every decision holding one of them is found, no other.
TABLE = [
    ("নিয়োগ", {"নিয়োগ", "নিয়োগের"}),
    ("নিয়োগের", {"নিয়োগ", "নিয়োগের"}),
    ("পরীক্ষা", {"পরীক্ষা", "পরীক্ষার"}),
    ("পরীক্ষার", {"পরীক্ষা", "পরীক্ষার"}),
    ("সভা", {"সভা", "সভায়", "সভার"}),
    ("ওয়ার্ড", {"ওয়ার্ড", "ওয়ার্ডসমূহে", "ওয়ার্ডে", "ওয়ার্ডের"}),
    ("তারিখ", {"তারিখ", "তারিখে", "তারিখের"}),
    ("বিভাগ", {"বিভাগ", "বিভাগে", "বিভাগের"}),
    ("মৌসুমে", {"মৌসুম", "মৌসুমে", "মৌসুমের"}),
    ("মাস", {"মাস", "মাসে", "মাসের"}),
    ("উপজেলা", {"উপজেলা", "উপজেলায়", "উপজেলার"}),
    ("অফিস", {"অফিস", "অফিসে", "অফিসের"}),
    ("বিতরণ", {"বিতরণ", "বিতরণে", "বিতরণের"}),
    ("শাখা", {"শাখা", "শাখাকে", "শাখায়"}),
    ("প্রস্তাব", {"প্রস্তাব", "প্রস্তাবটি"}),
    ("তালিকা", {"তালিকা", "তালিকায়"}),
    ("জেলা", {"জেলা", "জেলাসমূহে"}),
    ("বিদ্যালয়", {"বিদ্যালয়", "বিদ্যালয়গুলোর", "বিদ্যালয়ের"}),
    ("কৃষক", {"কৃষক", "কৃষকের"}),
    ("দপ্তর", {"দপ্তর", "দপ্তরে"}),
    ("কমিটি", {"কমিটি", "কমিটির"}),
    ("মন্ত্রণালয়", {"মন্ত্রণালয়কে", "মন্ত্রণালয়ে", "মন্ত্রণালয়ের"}),
    ("এলাকা", {"এলাকায়", "এলাকার"}),
    ("সপ্তাহ", {"সপ্তাহে", "সপ্তাহের"}),
    ("কেন্দ্র", {"কেন্দ্রসমূহের", "কেন্দ্রের"}),
    ("বাজেট", {"বাজেট"}),
]


@pytest.mark.parametrize("query, expected_forms", TABLE)
def test_search_finds_every_decision_with_a_form_and_no_other(built, query, expected_forms):
    ds = load_dataset(built)
    found = ds.search(query, limit=None, fields=["decision"])
    holding = {(row.doc_id, row.item_index, row.decision_index) for row in ds.decisions.itertuples()
               if expected_forms & set(WORD.findall(row.text))}
    assert set(zip(found.doc_id, found.item_index, found.decision_index)) == holding
    marked = {m for snippet in found.snippet for m in regex.findall(r"\[([^\]]+)\]", snippet)}
    assert marked == expected_forms  # every form is met in the samples, and no other word was matched


def test_results_carry_the_meeting_and_a_snippet(built):
    found = load_dataset(built).search("নিয়োগ")
    first = found.iloc[0]
    assert list(found.columns) == list(search.RESULT_COLUMNS)
    assert first.title and first.meeting_date and "[নিয়োগ" in first.snippet


def test_all_fields_are_searched_and_each_hit_holds_a_form(built):
    ds = load_dataset(built)
    found = ds.search("মাদক", limit=None)  # in discussions and agenda titles only, in the samples
    assert len(found) > 0 and len(ds.search("মাদক", limit=None, fields=["decision"])) == 0
    items = ds.agenda_items.set_index(["doc_id", "item_index"])
    titles = ds.meetings.set_index("doc_id")["title"]
    forms = set(search.forms("মাদক"))
    for row in found.itertuples():
        item = items.loc[(row.doc_id, row.item_index)]
        words = set(WORD.findall(" ".join(str(t) for t in (row.text, item.discussion, item.title,
                                                            titles[row.doc_id]) if t is not None)))
        assert words & forms


def test_search_command(built):
    runner = CliRunner()
    shown = runner.invoke(main, ["search", str(built), "নিয়োগ", "--json", "--limit", "5"])
    assert shown.exit_code == 0
    rows = [json.loads(line) for line in shown.stdout.splitlines()]
    assert len(rows) == 3 and {"meeting_date", "office", "title", "snippet"} <= set(rows[0])
    text = runner.invoke(main, ["search", str(built), "নিয়োগ", "--limit", "1"])
    assert text.exit_code == 0 and len(text.stdout.splitlines()) == 1 and "[নিয়োগ" in text.stdout
    empty = runner.invoke(main, ["search", str(built), " , "])
    assert empty.exit_code == 2 and "nothing to search" in empty.stderr and "Traceback" not in empty.output


def test_datasette_shows_a_search_box_on_decisions(built):
    from datasette.utils import detect_fts

    db = sqlite3.connect(built / "minutes.db")
    assert detect_fts(db, "decisions") == "decisions_fts"
    rows = db.execute("SELECT text FROM decisions WHERE rowid IN "
                      "(SELECT rowid FROM decisions_fts WHERE decisions_fts MATCH ?)", ('"নিয়োগের"',)).fetchall()
    assert rows and all("নিয়োগের" in text for (text,) in rows)
