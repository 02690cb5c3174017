"""The scorer on small hand-made pairs: exact, soft and fuzzy matches, nulls, list P/R/F1, the table."""
import copy
import json

import pytest

from bangla_minutes.pipeline.front.evaluate import (FIELDS, LEGEND, default_files, evaluate, evaluate_files, format_table, pair_items,
                               same)
from bangla_minutes.schemas import Record

DISCUSSION = ("সভায় জানানো হয় যে, জেলার সকল উপজেলায় আমন ধান কাটা প্রায় শেষ পর্যায়ে রয়েছে এবং রবি মৌসুমের "
              "প্রণোদনার বীজ ও সার বিতরণ শুরু হয়েছে। সভাপতি প্রকৃত কৃষকের মধ্যে বিতরণ নিশ্চিত করার নির্দেশনা দেন")

EXPECTED = {
    "schema_version": "1",
    "title": "জেলা উন্নয়ন সমন্বয় কমিটির সভার কার্যবিবরণী",
    "fiscal_year": None,
    "quarter": None,
    "chair": {"name": "মোঃ আনোয়ার হোসেন", "titles": [], "designation": "জেলা প্রশাসক", "office": "মাদারীপুর",
              "role": "chair"},
    "meeting": {"date": {"iso": "2023-05-28", "raw": "২৮ মে ২০২৩", "calendar": "gregorian"},
                "time": {"value": "10:00", "raw": "সকাল ১০:০০ টা"}, "venue": "সম্মেলন কক্ষ",
                "attendance_ref": None},
    "attendees": [],
    "agenda": [{"number": "১", "title": "কৃষি", "discussion": DISCUSSION, "decisions": [
        {"label": "ক", "text": "প্রকৃত কৃষকের মধ্যে বীজ বিতরণ করতে হবে", "responsible": None, "deadline": None},
        {"label": "খ", "text": "সার বিতরণের তালিকা ওয়েবসাইটে প্রকাশ করতে হবে", "responsible": None, "deadline": None},
        {"label": "গ", "text": "পরবর্তী সভায় অগ্রগতি প্রতিবেদন উপস্থাপন করতে হবে", "responsible": None, "deadline": None},
    ]}],
    "memo": {"raw": "০৫.৪৪.৫৪০০.০০৮.০৬.০০১.২৩-৩১২", "normalized": "05.44.5400.008.06.001.23.312",
             "scheme": "2014", "parts": {"ministry": "05", "office": "44", "geo": "5400", "branch": "008",
                                         "subject": "06", "file": "001", "year": "23", "serial": "312"}},
    "issued": {"gregorian": {"iso": "2023-06-04", "raw": "০৪/০৬/২০২৩", "calendar": "gregorian"},
               "bangla": None, "consistent": None},
    "distribution": [{"order": 1, "text": "জেলা প্রশাসক, ফরিদপুর", "designation": "জেলা প্রশাসক",
                      "office": "ফরিদপুর", "note": None}],
    "distribution_note": None,
    "signatories": [{"name": "মোঃ আনোয়ার হোসেন", "titles": [], "designation": "জেলা প্রশাসক",
                     "office": "মাদারীপুর", "role": "chair"}],
    "warnings": [{"code": "fiscal_year_mismatch", "field": "fiscal_year"}],
}


def found_record(**changes) -> dict:
    """A parser's record (with doc_id, source, evidence, raw and message) equal to EXPECTED, then changed."""
    record = copy.deepcopy(EXPECTED)
    for person in record["signatories"] + [record["chair"]]:
        person["raw"] = person["name"] + ", " + person["designation"]
    record["warnings"][0]["message"] = "the meeting date lies in fiscal year 2022-2023"
    record.update(doc_id="0" * 64, evidence={},
                  source={"path": "x.txt", "media_type": "text/plain", "pages": 1, "text_origin": "text"})
    record.update(changes)
    return Record.model_validate(record).model_dump(mode="json")


@pytest.fixture
def expected_dir(tmp_path):
    folder = tmp_path / "expected"
    folder.mkdir()
    (folder / "doc.json").write_text(json.dumps(EXPECTED, ensure_ascii=False), encoding="utf-8")
    return folder


def score(expected_dir, record, path):
    return evaluate(expected_dir, {"doc": record}).scores[path]


def kinds(field_score):
    return tuple(field_score.matches[kind] for kind in ("exact", "soft", "fuzzy"))


def test_identical_record_is_all_exact_and_ignores_raw_message_and_source(expected_dir):
    report = evaluate(expected_dir, {"doc": found_record()})
    assert report.documents == ["doc"] and report.mismatches == []
    assert report.all_exact()
    assert set(report.scores) == {f.path for f in FIELDS}


def test_spaces_and_punctuation_are_a_soft_match_only(expected_dir):
    record = found_record(title="জেলা উন্নয়ন সমন্বয়  কমিটির সভার কার্যবিবরণী।")
    assert kinds(score(expected_dir, record, "title")) == (0, 1, 1)
    assert not evaluate(expected_dir, {"doc": record}).all_exact()


def test_one_changed_letter_in_long_text_is_a_fuzzy_match_only(expected_dir):
    record = found_record()
    record["agenda"][0]["discussion"] = DISCUSSION.replace("প্রণোদনার", "প্রনোদনার")
    assert kinds(score(expected_dir, record, "agenda.discussion")) == (0, 0, 1)


def test_a_different_text_matches_under_no_kind():
    assert not any(same(DISCUSSION, DISCUSSION[: len(DISCUSSION) // 2], kind) for kind in ("exact", "soft", "fuzzy"))


def test_dates_need_the_same_iso_under_every_kind(expected_dir):
    wrong_iso = found_record()
    wrong_iso["meeting"]["date"]["iso"] = "2023-05-29"
    assert kinds(score(expected_dir, wrong_iso, "meeting.date")) == (0, 0, 0)
    other_raw = found_record()
    other_raw["meeting"]["date"]["raw"] = "২৮ মে, ২০২৩"
    assert kinds(score(expected_dir, other_raw, "meeting.date")) == (0, 1, 1)


def test_null_in_both_is_a_counted_match_null_in_one_is_a_miss(expected_dir):
    both_null = score(expected_dir, found_record(), "meeting.attendance_ref")
    assert (both_null.expected, both_null.matches["exact"]) == (1, 1)
    missing = found_record(memo=None)
    assert kinds(score(expected_dir, missing, "memo.raw")) == (0, 0, 0)
    extra = found_record(fiscal_year="2022-2023")
    assert kinds(score(expected_dir, extra, "fiscal_year")) == (0, 0, 0)


def test_list_precision_recall_f1(expected_dir):
    record = found_record()
    decisions = record["agenda"][0]["decisions"]
    decisions[1]["label"] = "২"  # paired by its text, but the label differs
    del decisions[2]  # one decision not found
    labels = score(expected_dir, record, "decisions.label")
    assert (labels.expected, labels.found, labels.matches["exact"]) == (3, 2, 1)
    assert labels.precision("exact") == pytest.approx(1 / 2)
    assert labels.recall("exact") == pytest.approx(1 / 3)
    assert labels.f1("exact") == pytest.approx(0.4)
    texts = score(expected_dir, record, "decisions.text")
    assert (texts.precision("exact"), texts.recall("exact")) == (1.0, pytest.approx(2 / 3))


def test_items_pair_in_order_by_text_so_an_extra_item_shifts_nothing():
    expected = ["প্রকৌশলী জানান", "সিভিল সার্জন জানান", "কৃষি কর্মকর্তা জানান"]
    found = ["প্রকৌশলী জানান", "সম্পূর্ণ অন্য একটি অনুচ্ছেদ যা কোথাও নেই", "সিভিল সার্জন জানান।", "কৃষি কর্মকর্তা জানান"]
    assert pair_items(expected, found) == [(0, 0), (1, 2), (2, 3)]
    assert pair_items(expected, []) == []


def test_warnings_compare_code_and_field(expected_dir):
    record = found_record(warnings=[{"code": "fiscal_year_mismatch", "field": "quarter", "message": "m"}])
    warnings = score(expected_dir, record, "warnings")
    assert (warnings.expected, warnings.found, warnings.matches["exact"]) == (1, 1, 0)


def test_a_person_compares_every_field_but_raw(expected_dir):
    record = found_record()
    record["signatories"][0]["titles"] = ["ড."]
    assert kinds(score(expected_dir, record, "signatories")) == (0, 0, 0)


def test_memo_parts_must_have_the_same_groups(expected_dir):
    record = found_record()
    del record["memo"]["parts"]["serial"]
    assert kinds(score(expected_dir, record, "memo.parts")) == (0, 0, 0)


def test_mismatches_name_the_field_and_both_values(expected_dir):
    record = found_record(title="অন্য শিরোনাম")
    record["distribution"] = []
    lines = [str(m) for m in evaluate(expected_dir, {"doc": record}).mismatches]
    assert f'doc: title: expected "{EXPECTED["title"]}", found "অন্য শিরোনাম"' in lines
    assert any(line.startswith("doc: distribution.text[0]: expected") and line.endswith("found null")
               for line in lines)


def test_records_without_an_expected_file_are_not_scored(expected_dir):
    report = evaluate(expected_dir, {"doc": found_record(), "stray": found_record()})
    assert report.documents == ["doc"] and report.unmatched == ["stray"]
    assert not evaluate(expected_dir, {}).all_exact()  # nothing scored is no pass


def test_format_table_has_a_row_per_field_and_a_total(expected_dir):
    record = found_record()
    del record["agenda"][0]["decisions"][2]
    table = format_table(evaluate(expected_dir, {"doc": record}))
    body = table.split(LEGEND, 1)[1]
    rows = {line.split()[0]: line for line in body.splitlines()[3:] if line and line[0] != "-"}
    assert {f.path for f in FIELDS} <= set(rows)
    assert rows["title"].split()[1:] == ["1", "100.0%", "100.0%", "100.0%"]
    assert rows["decisions.text"].split()[1:] == ["3/2"] + ["100.0/66.7/80.0"] * 3
    assert "total" in rows and "every field exact: no" in table


def test_evaluate_files_parses_reports_failures_and_finds_default_files(expected_dir):
    text_dir = expected_dir.parent / "text"
    text_dir.mkdir()
    (text_dir / "doc.txt").write_text("x", encoding="utf-8")
    assert default_files(expected_dir) == [text_dir / "doc.txt"]

    good = evaluate_files(expected_dir, default_files(expected_dir), lambda path: Record.model_validate(found_record()))
    assert good.all_exact() and good.documents == ["doc"]

    def broken(path):
        raise ValueError("unreadable")
    bad = evaluate_files(expected_dir, [text_dir / "doc.txt", text_dir / "other.txt"], broken)
    assert bad.failures == {"doc": "ValueError: unreadable"} and bad.unmatched == ["other"]
    assert not bad.all_exact()
    assert "parse failure: doc: ValueError: unreadable" in format_table(bad)


def test_the_table_lists_each_miss_under_its_document(expected_dir):
    record = found_record()
    record["title"] = "অন্য শিরোনাম"
    del record["agenda"][0]["decisions"][2]
    table = format_table(evaluate(expected_dir, {"doc": record}), misses=True)
    after = table.split("doc: ", 1)[1]
    assert after.startswith("5 field(s) missed")  # the title, and the 4 fields of the missing decision
    assert '  title: expected "' in after and 'got "অন্য শিরোনাম"' in after
    assert "  decisions.text[2]: missing, expected " in after and "decisions.deadline[2]: missing, expected null" in after


def test_default_files_of_a_generator_draw_stand_beside_the_expected_folder(tmp_path):
    (tmp_path / "expected").mkdir()
    (tmp_path / "expected" / "gen_1_0000.json").write_text("{}", encoding="utf-8")
    (tmp_path / "gen_1_0000.txt").write_text("x", encoding="utf-8")
    assert default_files(tmp_path / "expected") == [tmp_path / "gen_1_0000.txt"]
