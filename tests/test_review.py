"""Corrections kept and applied on every build; the review page's safety (Flask's test client);
and the page in a real browser: Debian's Chromium driven by Selenium through chromedriver."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bangla_minutes.pipeline.dataset import ingest as ingest_module
from bangla_minutes.pipeline.dataset.ingest import ingest
from bangla_minutes.pipeline.dataset.publish import Journal, export, load_dataset, publish

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "samples" / "pdf" / "fpdf" / "ministry_mowca_2019.pdf"  # a memo_year_mismatch warning
TEXTS = ["upazila_revenue_2014.txt", "dc_law_order_2019.txt", "ministry_land_2017.txt"]
SCREENSHOT = ROOT / "out" / "review" / "document.png"


def _inputs(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(PDF, folder)
    for name in TEXTS:
        shutil.copy(ROOT / "samples" / "text" / name, folder)
    return folder


def _doc_id(out: Path, name: str) -> str:
    docs = load_dataset(out).documents
    return docs[docs["path"].str.endswith(name)]["doc_id"].iloc[0]


def _correct(out: Path, doc_id: str, field: str, given: str) -> None:
    read = load_dataset(out)
    record = next(read.records([doc_id]))
    from bangla_minutes.pipeline.dataset.corrections import as_text, get_value
    journal = Journal(out)
    try:
        journal.correct(doc_id, field, as_text(get_value(record, field)), given)
        publish(out, journal)
    finally:
        journal.close()


@pytest.fixture()
def dataset(tmp_path) -> tuple[Path, Path]:
    inputs = _inputs(tmp_path / "inputs")
    out = tmp_path / "dataset"
    assert ingest([inputs], out, jobs=1).exit_code == 0
    return inputs, out


# --- corrections ------------------------------------------------------------------------------

def test_a_correction_shows_everywhere_and_the_value_read_stays(dataset, tmp_path):
    inputs, out = dataset
    doc_id = _doc_id(out, "upazila_revenue_2014.txt")
    before = load_dataset(out)
    read_name = before.meetings.set_index("doc_id").loc[doc_id, "chair_name"]
    _correct(out, doc_id, "chair.name", "মোঃ শফিকুল ইসলাম খান")
    _correct(out, doc_id, "agenda[0].decisions[0].text", "সংশোধিত সিদ্ধান্ত")
    _correct(out, doc_id, "meeting.date.iso", "2014-02-21")
    ds = load_dataset(out)
    meeting = ds.meetings.set_index("doc_id").loc[doc_id]
    assert meeting["chair_name"] == "মোঃ শফিকুল ইসলাম খান"
    assert str(meeting["meeting_date"]) == "2014-02-21"
    decision = ds.decisions[(ds.decisions.doc_id == doc_id) & (ds.decisions.item_index == 1)].iloc[0]
    assert decision["text"] == "সংশোধিত সিদ্ধান্ত"
    corrections = ds.corrections.set_index("field")
    assert corrections.loc["chair.name", "value_read"] == read_name
    assert set(corrections["status"]) == {"applied"}
    export(out, "csv", tmp_path / "csv")
    assert "মোঃ শফিকুল ইসলাম খান" in (tmp_path / "csv" / "meetings.csv").read_text(encoding="utf-8")
    assert ds.search("সংশোধিত", fields=["decision"])["doc_id"].tolist() == [doc_id]  # the index has it too


def test_corrections_survive_force_and_a_new_pipeline_version(dataset, monkeypatch):
    inputs, out = dataset
    doc_id = _doc_id(out, "dc_law_order_2019.txt")
    _correct(out, doc_id, "chair.designation", "জেলা প্রশাসক (ভারপ্রাপ্ত)")
    assert ingest([inputs], out, jobs=1, force=True).parsed == 4
    assert load_dataset(out).meetings.set_index("doc_id").loc[doc_id, "chair_designation"] == "জেলা প্রশাসক (ভারপ্রাপ্ত)"
    monkeypatch.setattr(ingest_module, "pipeline_version", lambda: "9.9.9+another")
    summary = ingest([inputs], out, jobs=1)
    assert summary.parsed == 4 and summary.pipeline_version == "9.9.9+another"
    ds = load_dataset(out)
    assert set(ds.documents["pipeline_version"]) == {"9.9.9+another"}
    assert ds.meetings.set_index("doc_id").loc[doc_id, "chair_designation"] == "জেলা প্রশাসক (ভারপ্রাপ্ত)"
    assert ds.corrections["status"].tolist() == ["applied"]


def test_a_correction_whose_value_read_changed_is_marked_for_another_look(dataset):
    inputs, out = dataset
    doc_id = _doc_id(out, "dc_law_order_2019.txt")
    journal = Journal(out)
    try:
        journal.correct(doc_id, "chair.name", "a name the machine no longer reads", "X")
        journal.correct(doc_id, "meeting.venue", None, "Y")  # read as something else now
        journal.correct(doc_id, "meeting.date.iso", load_dataset(out).meetings.set_index("doc_id")
                        .loc[doc_id, "meeting_date"].isoformat(), "not a date")
        publish(out, journal)
    finally:
        journal.close()
    ds = load_dataset(out)
    status = ds.corrections.set_index("field")["status"].to_dict()
    assert status == {"chair.name": "stale", "meeting.venue": "stale", "meeting.date.iso": "invalid"}
    meeting = ds.meetings.set_index("doc_id").loc[doc_id]
    assert meeting["chair_name"] != "X" and meeting["venue"] != "Y"  # not applied
    stale = ds.corrections.set_index("field").loc["chair.name"]
    assert stale["value_read_now"] == meeting["chair_name"]


# --- the page, through Flask's test client -----------------------------------------------------

@pytest.fixture()
def client(dataset):
    from bangla_minutes.pipeline.front.review import create_app

    app = create_app(dataset[1])
    return app, app.test_client(), dataset[1]


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_the_list_is_most_doubtful_first_and_filters(client):
    app, http, out = client
    page = http.get("/").get_data(as_text=True)
    assert "memo_year_mismatch" in page and "issued_before_meeting" in page
    only = http.get("/?code=issued_before_meeting").get_data(as_text=True)
    assert "issued_before_meeting" in only and "ministry_mowca_2019.pdf" not in only
    assert "ministry_land_2017.txt" in http.get("/?year=2017").get_data(as_text=True)
    assert "Nothing doubtful" in http.get("/?year=1901").get_data(as_text=True)
    assert "Nothing doubtful" in http.get("/?office=" + "নেই").get_data(as_text=True)


def test_forms_need_the_csrf_token(client):
    app, http, out = client
    doc_id = _doc_id(out, "upazila_revenue_2014.txt")
    refused = http.post(f"/doc/{doc_id}/correct", data={"field": "chair.name", "value": "X", "action": "correct"})
    assert refused.status_code == 400
    assert load_dataset(out).corrections.empty
    token = _token(http.get(f"/doc/{doc_id}").get_data(as_text=True))
    saved = http.post(f"/doc/{doc_id}/correct", data={"csrf_token": token, "field": "chair.name", "value": "X",
                                                      "action": "correct"})
    assert saved.status_code == 302 and load_dataset(out).corrections["value_given"].tolist() == ["X"]
    unknown = http.post(f"/doc/{doc_id}/correct", data={"csrf_token": token, "field": "source.path",
                                                        "value": "/etc/passwd", "action": "correct"})
    assert unknown.status_code == 400


def test_every_value_is_escaped(client):
    app, http, out = client
    doc_id = _doc_id(out, "upazila_revenue_2014.txt")
    token = _token(http.get(f"/doc/{doc_id}").get_data(as_text=True))
    http.post(f"/doc/{doc_id}/correct", data={"csrf_token": token, "field": "title",
                                              "value": "<script>alert(1)</script>", "action": "correct"})
    page = http.get(f"/doc/{doc_id}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "script-src 'self'" in http.get("/").headers["Content-Security-Policy"]


def test_nothing_outside_the_dataset_is_served(client):
    app, http, out = client
    doc_id = _doc_id(out, "ministry_mowca_2019.pdf")
    assert http.get(f"/doc/{doc_id}/page/1.png").status_code == 200
    for path in ["/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/pyproject.toml", "/doc/..%2f..%2fetc%2fpasswd",
                 f"/doc/{'0' * 64}", f"/doc/{doc_id}/page/9.png", "/etc/passwd", f"/doc/{doc_id}/page/0.png"]:
        assert http.get(path).status_code == 404, path


def test_review_needs_a_dataset_and_says_so_in_one_line(tmp_path):
    shown = subprocess.run([sys.executable, "-m", "bangla_minutes.pipeline.front.cli", "review", str(tmp_path)],
                           capture_output=True, text=True, timeout=60)
    assert shown.returncode == 1 and shown.stderr.count("\n") == 1 and "no dataset" in shown.stderr


def test_parse_does_not_load_the_web_framework():
    code = ("import sys; from bangla_minutes.pipeline.front import cli; "
            "print(any(m.split('.')[0] in ('flask', 'werkzeug', 'jinja2', 'matplotlib') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


# --- in a real browser ------------------------------------------------------------------------

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")


@pytest.fixture()
def browser(tmp_path):
    if not (CHROMIUM and CHROMEDRIVER):
        if os.environ.get("CI"):
            pytest.fail("CI must have Debian's chromium and chromium-driver (make setup installs them)")
        pytest.skip("chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'chromium-profile'}",
                 "--window-size=1400,1100"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(120)
    yield driver
    driver.quit()


@pytest.fixture()
def served(dataset):
    from werkzeug.serving import make_server

    from bangla_minutes.pipeline.front.review import create_app

    server = make_server("127.0.0.1", 0, create_app(dataset[1]), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", dataset
    server.shutdown()
    thread.join(10)


def test_review_in_a_browser(browser, served):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    url, (inputs, out) = served
    browser.get(url + "/")
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.doubt-row")
    assert len(rows) == 2  # ministry_land (issued_before_meeting) and the PDF (memo_year_mismatch)
    scores = [int(r.find_element(By.CSS_SELECTOR, ".score").text) for r in rows]
    assert scores == sorted(scores, reverse=True)
    pdf_row = next(r for r in rows if "ministry_mowca_2019.pdf" in r.text)
    pdf_row.find_element(By.CSS_SELECTOR, "a.doc-link").click()

    # the page image, with the evidence of the doubted memo number and of the chair highlighted on it
    image = browser.find_element(By.CSS_SELECTOR, ".sheet img")
    assert browser.execute_script("return arguments[0].complete && arguments[0].naturalWidth", image) > 500
    memo = browser.find_elements(By.CSS_SELECTOR, '.box.doubt[data-field^="memo."]')
    chair = browser.find_elements(By.CSS_SELECTOR, '.box[data-field="chair.name"]')
    assert memo and chair and all(b.is_displayed() and b.size["width"] > 5 and b.size["height"] > 5 for b in memo + chair)
    sheet = browser.find_element(By.CSS_SELECTOR, ".sheet").rect
    box = chair[0].rect
    assert sheet["x"] <= box["x"] and box["x"] + box["width"] <= sheet["x"] + sheet["width"]
    assert sheet["y"] <= box["y"] <= sheet["y"] + sheet["height"] / 3  # the chair is named near the top
    row = browser.find_element(By.CSS_SELECTOR, 'tr.field[data-field="chair.name"]')
    assert row.find_element(By.CSS_SELECTOR, ".value").text == "কামরুন নাহার"
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", row)
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('mouseenter'))", row)
    assert "active" in chair[0].get_attribute("class")  # the field beside, its words on the page

    # correct it; the value is escaped, never run
    field = row.find_element(By.CSS_SELECTOR, "input[name=value]")
    field.clear()
    field.send_keys("কামরুন নাহার <script>alert(1)</script>")
    row.find_element(By.CSS_SELECTOR, "button[value=correct]").click()
    assert "Saved: chair.name" in browser.find_element(By.CSS_SELECTOR, ".flash").text
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text
    row = browser.find_element(By.CSS_SELECTOR, 'tr.field[data-field="chair.name"]')
    assert row.find_element(By.CSS_SELECTOR, ".value").text == "কামরুন নাহার <script>alert(1)</script>"
    assert "applied" in row.find_element(By.CSS_SELECTOR, ".status").text

    browser.execute_script("window.scrollTo(0, 0)")
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('mouseenter'))", row)  # its words in blue
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(SCREENSHOT))

    # re-ingest everything with --force: the correction is applied again
    assert ingest([inputs], out, jobs=1, force=True).parsed == 4
    browser.refresh()
    row = browser.find_element(By.CSS_SELECTOR, 'tr.field[data-field="chair.name"]')
    assert row.find_element(By.CSS_SELECTOR, ".value").text == "কামরুন নাহার <script>alert(1)</script>"
    doc_id = _doc_id(out, "ministry_mowca_2019.pdf")
    assert load_dataset(out).meetings.set_index("doc_id").loc[doc_id, "chair_name"] == \
        "কামরুন নাহার <script>alert(1)</script>"


def test_a_scan_shows_its_fields_on_the_ocr_word_boxes():
    from bangla_minutes.pipeline.front.page_view import page_views
    from bangla_minutes.pipeline.parse.document import parse_file

    scan = ROOT / "samples" / "scans" / "000_86d0b669600d1f47" / "clean-300.png"
    views = page_views(str(scan))
    record = parse_file(scan)
    assert len(views) == 1 and views[0].image is not None and views[0].origin == "ocr"
    fields = [f for f in ("title", "chair", "meeting.time", "meeting.venue", "memo") if f in record.evidence]
    assert len(fields) >= 3
    for field in fields:
        span = record.evidence[field]
        boxes = views[0].boxes_of(span.start, span.end)
        assert len(boxes) >= len(views[0].text[span.start:span.end].split()) > 0, field
        width, height = views[0].image.size
        assert all(0 <= left < right <= width and 0 <= top < bottom <= height for left, top, right, bottom in boxes)
