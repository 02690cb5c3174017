"""One meeting however many copies (a text, a Word file, a PDF, a Bijoy PDF of the same minutes), and a
document that is not minutes is no meeting."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import bangla_minutes.pipeline.dataset.ingest as ingest_module
from bangla_minutes.pipeline.dataset.copies import Copy, group_meetings
from bangla_minutes.pipeline.dataset.ingest import ingest
from bangla_minutes.pipeline.dataset.publish import check_dataset, load_dataset
from bangla_minutes.pipeline.dataset.stats import stats

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DEMO = [SAMPLES / "text", SAMPLES / "docx", SAMPLES / "pdf" / "fpdf", SAMPLES / "bijoy"]  # the Makefile's
NEWS = ("ঢাকা, ১২ মার্চ — দেশের উত্তরাঞ্চলে টানা বৃষ্টিতে নদীর পানি বিপদসীমার ওপর দিয়ে প্রবাহিত হচ্ছে। আবহাওয়া অধিদপ্তর "
        "জানিয়েছে, আগামী দুই দিন ভারী বৃষ্টির সম্ভাবনা রয়েছে।\n") * 5


@pytest.fixture(autouse=True)
def fixed_pipeline_version(monkeypatch):
    monkeypatch.setattr(ingest_module, "pipeline_version", lambda: "test")


def test_copies_group_by_memo_and_issue_date_else_title_date_and_chair():
    copies = [
        Copy("a", "a.txt", "text", memo="৫৮.০০.০০০০.০৫২.৩২.০০১.১৭- ১১০", issued="2020-12-23", chair="রহিম"),
        Copy("b", "b.tif", "ocr", 0.9, memo="58.00.0000.052.32.001.17.110", issued="2020-12-23", chair="রহিন"),
        Copy("c", "c.txt", "text", memo="58.00.0000.052.32.001.17.110", issued="2020-12-24"),  # another day
        Copy("d", "d.pdf", "pdf_text_layer", title="মাসিক সভার কার্যবিবরণী", meeting_date="2019-01-01", chair="করিম"),
        Copy("e", "e.tif", "ocr", 0.5, title="মাসিক  সভার কার্যবিবরণী।", meeting_date="2019-01-01", chair="করিম"),
        Copy("f", "f.tif", "ocr", 0.8, title="মাসিক সভার কার্যবিবরণী", meeting_date="2019-01-01", chair="করিম"),
        Copy("g", "g.txt", "text", title="মাসিক সভার কার্যবিবরণী"),  # too little to go on: alone
    ]
    meetings = group_meetings(copies)
    assert meetings.meeting_of == {"a": "a", "b": "a", "c": "c", "d": "d", "e": "d", "f": "d", "g": "g"}
    assert meetings.copy_count == {"a": 2, "c": 1, "d": 3, "g": 1}
    assert meetings.disagreements == {"a": [{
        "code": "copies_disagree", "field": "chair.name",
        "message": "copies disagree on chair.name: রহিম (a.txt, used) and রহিন (b.tif)"}]}
    scans_only = group_meetings([copies[4], copies[5]])
    assert scans_only.meeting_of == {"e": "f", "f": "f"}  # the higher OCR confidence


def test_not_minutes_are_no_meeting_unless_kept():
    copies = [Copy("a", "a.txt", "text", title="x", not_minutes=True), Copy("b", "b.txt", "text", memo="1")]
    left_out = group_meetings(copies)
    assert left_out.not_minutes == {"a"} and left_out.meeting_of == {"b": "b"}
    assert left_out.document_columns("a") == {"meeting_id": None, "copy_used": None, "status": "not_minutes"}
    assert group_meetings(copies, keep_not_minutes=True).meeting_of == {"a": "a", "b": "b"}


def test_the_demo_archive_is_24_meetings_from_74_files(tmp_path):
    summary = ingest(DEMO, tmp_path / "out", jobs=2)
    assert (summary.files, summary.meetings, summary.copies) == (74, 24, 74)
    ds = load_dataset(tmp_path / "out")
    assert len(ds.meetings) == 24 and ds.meetings["copy_count"].sum() == 74
    used = ds.documents[ds.documents["copy_used"] == True]  # noqa: E712 (a nullable bool column)
    assert sorted(used["doc_id"]) == sorted(ds.meetings["doc_id"])
    assert set(ds.documents["meeting_id"]) == set(ds.meetings["doc_id"])
    bijoy = ds.documents[ds.documents["path"].str.endswith("dc_law_order_1996.bijoy.pdf")].iloc[0]
    meeting = ds.meetings.set_index("doc_id").loc[bijoy["meeting_id"]]
    assert meeting["copy_count"] == 5 and not bijoy["copy_used"]  # text, Word, PDF, Bijoy PDF and Bijoy text
    assert set(ds.decisions["doc_id"]) <= set(ds.meetings["doc_id"])
    assert "meetings    24 from 74 copies" in stats(tmp_path / "out")
    assert check_dataset(tmp_path / "out") == []


def test_copies_that_disagree_on_the_chair_give_a_warning_naming_both(tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    text = (SAMPLES / "text" / "upazila_revenue_2014.txt").read_text(encoding="utf-8")
    (inputs / "typed.txt").write_text(text, encoding="utf-8")
    (inputs / "retyped.txt").write_text(text.replace("মোঃ শফিকুল ইসলাম", "মোঃ শফিকুর ইসলাম"), encoding="utf-8")
    shutil.copyfile(SAMPLES / "pdf" / "fpdf" / "upazila_revenue_2014.pdf", inputs / "printed.pdf")
    ingest([inputs], tmp_path / "out", jobs=2)
    ds = load_dataset(tmp_path / "out")
    assert len(ds.meetings) == 1 and ds.meetings["copy_count"].tolist() == [3]
    disagree = ds.warnings[ds.warnings["code"] == "copies_disagree"]
    assert disagree["field"].tolist() == ["chair.name"]
    message = disagree["message"].iloc[0]
    assert "মোঃ শফিকুল ইসলাম" in message and "মোঃ শফিকুর ইসলাম" in message
    assert ds.meetings["warning_count"].iloc[0] == len(ds.warnings)


def test_a_text_or_image_that_is_not_minutes_is_listed_but_no_meeting(tmp_path):
    inputs, out = tmp_path / "inputs", tmp_path / "out"
    inputs.mkdir()
    shutil.copyfile(SAMPLES / "text" / "board_bfdc_2018.txt", inputs / "minutes.txt")
    (inputs / "news.txt").write_text(NEWS, encoding="utf-8")
    noise = np.random.default_rng(7).integers(0, 255, (300, 500), dtype="uint8")
    Image.fromarray(noise).save(inputs / "noise.png")
    ingest([inputs], out, jobs=2)
    ds = load_dataset(out)
    status = dict(zip(ds.documents["path"].map(lambda p: Path(p).name), ds.documents["status"]))
    assert status == {"minutes.txt": "ok", "news.txt": "not_minutes", "noise.png": "not_minutes"}
    assert len(ds.meetings) == 1 and set(ds.agenda_items["doc_id"]) == set(ds.meetings["doc_id"])
    kept = ingest([inputs], out, jobs=2, keep_not_minutes=True)
    assert kept.parsed == 0 and kept.meetings == 3  # rebuilt, not parsed again
    ds = load_dataset(out)
    garbage = ds.meetings[ds.meetings["doc_id"] != ds.documents.set_index("path").loc[str(inputs / "minutes.txt"), "doc_id"]]
    assert garbage["agenda_item_count"].tolist() == [0, 0]  # no agenda item from prose or OCR garbage
    assert set(ds.agenda_items["doc_id"]).isdisjoint(garbage["doc_id"])
    assert check_dataset(out) == []
