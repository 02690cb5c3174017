"""`minutes review DATASET`: a local web page where archivists review what the machine doubted.

Flask (Jinja2 templates in templates/, CSS and JS in static/, both package data):

    GET  /                       documents with doubt, most doubtful first; ?office= &year= &code= filter
    GET  /doc/<doc_id>           the pages with each field's evidence highlighted, the values beside them,
                                 and a form per field to confirm or correct it
    POST /doc/<doc_id>/correct   keep a confirmation or correction (CSRF token required), rebuild, redirect
    GET  /doc/<doc_id>/page/<n>.png   a page image, rendered from the document's source file

Safe by default: Jinja2 escapes every value; every form carries a CSRF token (Flask-WTF), the session
cookie is SameSite=Strict and the secret is made anew at each start; a Content-Security-Policy allows
scripts only from this server; files are served only from the package's static folder, and page images
only of documents in the dataset (looked up by doc_id, whose source path comes from the dataset, never
from the request). It listens on 127.0.0.1 unless told otherwise.

Corrections go into the journal (pipeline/dataset/corrections.py) and the dataset is rebuilt at once, so
load_dataset, exports and Datasette show them; an ingest writing at that moment makes the page say so.
"""
from __future__ import annotations

import json
import re
import secrets
import sqlite3
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from flask import Flask, abort, flash, redirect, render_template, request, send_file, url_for
from flask_wtf.csrf import CSRFProtect

from bangla_minutes.pipeline.dataset.corrections import apply, as_text, editable_fields, get_value
from bangla_minutes.pipeline.dataset.layout import DB_NAME, published
from bangla_minutes.pipeline.dataset.publish import JOURNAL_NAME, DatasetBusy, Journal, publish

DOC_ID = re.compile(r"^[0-9a-f]{64}$")
MAX_IMAGE_WIDTH = 1400
# How much a doubt weighs when documents are ordered, most doubtful first.
WEIGHTS = {"low_confidence": 3, "correction_stale": 3}
FAILED_CHECK = re.compile(r"mismatch|inconsistent|disagree|invalid|before")


def weight(code: str) -> int:
    return WEIGHTS.get(code, 2 if FAILED_CHECK.search(code) else 1)


@dataclass
class Doubt:
    doc_id: str
    title: str | None
    office: str | None
    meeting_date: str | None
    path: str | None
    codes: Counter
    score: int


class Review:
    """The dataset directory a review page works on."""

    def __init__(self, out: str | Path):
        self.out = Path(out).absolute()
        if not (self.out / JOURNAL_NAME).exists() or not published(self.out):
            raise FileNotFoundError(f"{out}: no dataset here (run `minutes ingest ... --out {out}` first)")
        self._write = threading.Lock()
        self._views: dict[str, list] = {}
        self._views_lock = threading.Lock()

    # --- reading ------------------------------------------------------------------------------

    def _build_db(self) -> sqlite3.Connection:
        db = sqlite3.connect(f"{(self.out / DB_NAME).as_uri()}?mode=ro", uri=True)
        db.row_factory = sqlite3.Row
        return db

    def _journal_db(self) -> sqlite3.Connection:
        db = sqlite3.connect(f"{(self.out / JOURNAL_NAME).as_uri()}?mode=ro", uri=True)
        db.row_factory = sqlite3.Row
        return db

    def doubts(self, office: str = "", year: str = "", code: str = "") -> tuple[list[Doubt], dict]:
        """Documents with doubt, most doubtful first, filtered; and the filters' choices."""
        db = self._build_db()
        try:
            meetings = {row["doc_id"]: row for row in db.execute(
                "SELECT m.doc_id, m.title, m.office, m.meeting_date, d.path FROM meetings AS m "
                "JOIN documents AS d USING (doc_id)")}
            resolved = {(row["doc_id"], row["field"]) for row in db.execute(
                "SELECT doc_id, field FROM corrections WHERE status IN ('applied', 'confirmed')")}
            codes: dict[str, Counter] = defaultdict(Counter)
            for row in db.execute("SELECT doc_id, code, field FROM warnings"):
                field = row["field"]
                if field and any(doc == row["doc_id"] and (f == field or f.startswith(field + "."))
                                 for doc, f in resolved):
                    continue  # an archivist has looked at this field
                codes[row["doc_id"]][row["code"]] += 1
            for row in db.execute("SELECT doc_id FROM corrections WHERE status IN ('stale', 'invalid')"):
                codes[row["doc_id"]]["correction_stale"] += 1
        finally:
            db.close()
        choices = {"offices": sorted({m["office"] for m in meetings.values() if m["office"]}),
                   "years": sorted({m["meeting_date"][:4] for m in meetings.values() if m["meeting_date"]},
                                   reverse=True),
                   "codes": sorted({c for counter in codes.values() for c in counter})}
        found = []
        for doc_id, counter in codes.items():
            meeting = meetings.get(doc_id)
            if meeting is None or not counter:
                continue
            if office and meeting["office"] != office:
                continue
            if year and not (meeting["meeting_date"] or "").startswith(year):
                continue
            if code and code not in counter:
                continue
            found.append(Doubt(doc_id, meeting["title"], meeting["office"], meeting["meeting_date"], meeting["path"],
                               counter, sum(weight(c) * n for c, n in counter.items())))
        found.sort(key=lambda d: (-d.score, d.meeting_date or "", d.doc_id))
        return found, choices

    def document(self, doc_id: str) -> dict | None:
        """The read record, the corrected one, the corrections' rows and the source path of a document."""
        db = self._journal_db()
        try:
            row = db.execute("SELECT record, path, pipeline_version FROM documents WHERE doc_id = ? AND record IS NOT NULL "
                             "AND doc_id IN (SELECT doc_id FROM paths)", (doc_id,)).fetchone()
            corrections = [dict(r) for r in db.execute(
                "SELECT * FROM corrections WHERE doc_id = ? ORDER BY field", (doc_id,))]
            paths = [r["path"] for r in db.execute("SELECT path FROM paths WHERE doc_id = ? ORDER BY path", (doc_id,))]
        finally:
            db.close()
        if row is None:
            return None
        corrected, rows = apply(row["record"], corrections)
        source = next((p for p in [row["path"], *paths] if p and Path(p).is_file()), None)
        ocr = re.search(r" ocr=(\w+)", row["pipeline_version"] or "")  # ingest's mode, when not the default
        return {"read": json.loads(row["record"]), "corrected": corrected.model_dump(mode="json"),
                "corrections": {r["field"]: r for r in rows}, "path": source, "paths": paths,
                "ocr": ocr.group(1) if ocr else "auto"}

    def page_views(self, doc_id: str, path: str, ocr: str = "auto") -> list:
        """The document's pages with word boxes (kept for the last few documents: OCR takes seconds)."""
        from bangla_minutes.pipeline.front.page_view import page_views
        from bangla_minutes.pipeline.read.content_id import file_sha256

        with self._views_lock:
            if doc_id in self._views:
                return self._views[doc_id]
        views = page_views(path, ocr) if file_sha256(path) == doc_id else []  # a file changed since: no pages
        with self._views_lock:
            while len(self._views) >= 8:
                self._views.pop(next(iter(self._views)))
            self._views[doc_id] = views
        return views

    # --- writing ------------------------------------------------------------------------------

    def correct(self, doc_id: str, field: str, value_read: str | None, value_given: str) -> None:
        """Keep a correction and rebuild the dataset so that every reader sees it."""
        with self._write:
            journal = Journal(self.out)  # DatasetBusy while an ingest writes
            try:
                journal.correct(doc_id, field, value_read, value_given)
                publish(self.out, journal)
            finally:
                journal.close()


def create_app(dataset: str | Path) -> Flask:
    review = Review(dataset)
    app = Flask(__name__)
    app.config.update(SECRET_KEY=secrets.token_hex(32), WTF_CSRF_TIME_LIMIT=None,
                      SESSION_COOKIE_SAMESITE="Strict", SESSION_COOKIE_HTTPONLY=True,
                      MAX_CONTENT_LENGTH=1 << 20)
    app.extensions["review"] = review
    CSRFProtect(app)

    @app.after_request
    def headers(response):
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self'; "
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def known(doc_id: str) -> dict:
        document = review.document(doc_id) if DOC_ID.match(doc_id) else None
        if document is None:
            abort(404)
        return document

    @app.get("/")
    def doubts():
        office, year, code = (request.args.get(k, "") for k in ("office", "year", "code"))
        found, choices = review.doubts(office, year, code)
        return render_template("list.html", doubts=found, choices=choices, office=office, year=year, code=code,
                               dataset=str(review.out))

    @app.get("/doc/<doc_id>")
    def document(doc_id: str):
        doc = known(doc_id)
        views = review.page_views(doc_id, doc["path"], doc["ocr"]) if doc["path"] else []
        fields = []
        for key, path in editable_fields(doc["read"]):
            span = doc["read"]["evidence"][key]
            correction = doc["corrections"].get(path)
            fields.append({"key": key, "path": path, "span": span,
                           "read": as_text(get_value(doc["read"], path)),
                           "value": as_text(get_value(doc["corrected"], path)),
                           "correction": correction,
                           "doubts": [w for w in doc["read"]["warnings"]
                                      if w["field"] and (w["field"] == key or path.startswith(w["field"] + "."))]})
        fields.sort(key=lambda f: not f["doubts"])  # what the machine doubted first
        pages = []
        for view in views:
            width, height = view.image.size if view.image else (1, 1)
            marks = []
            for field in fields:
                span = field["span"]
                if span["page"] != view.number:
                    continue
                for left, top, right, bottom in view.boxes_of(span["start"], span["end"]):
                    marks.append({"field": field["path"], "doubt": bool(field["doubts"]),
                                  "style": f"left:{100 * left / width:.3f}%;top:{100 * top / height:.3f}%;"
                                           f"width:{100 * (right - left) / width:.3f}%;"
                                           f"height:{100 * (bottom - top) / height:.3f}%"})
            pages.append({"number": view.number, "image": view.image is not None, "marks": marks,
                          "segments": None if view.image else _segments(view.text, view.number, fields),
                          "width": width, "height": height})
        return render_template("document.html", doc_id=doc_id, doc=doc, fields=fields, pages=pages,
                               warnings=doc["read"]["warnings"])

    @app.get("/doc/<doc_id>/page/<int:number>.png")
    def page_image(doc_id: str, number: int):
        doc = known(doc_id)
        views = review.page_views(doc_id, doc["path"], doc["ocr"]) if doc["path"] else []
        if not 1 <= number <= len(views) or views[number - 1].image is None:
            abort(404)
        image = views[number - 1].image
        if image.width > MAX_IMAGE_WIDTH:
            image = image.resize((MAX_IMAGE_WIDTH, round(image.height * MAX_IMAGE_WIDTH / image.width)))
        buffer = BytesIO()
        image.save(buffer, format="PNG")
        buffer.seek(0)
        return send_file(buffer, mimetype="image/png", max_age=0)

    @app.post("/doc/<doc_id>/correct")
    def correct(doc_id: str):
        doc = known(doc_id)
        field = request.form.get("field", "")
        paths = {path for _, path in editable_fields(doc["read"])}
        if field not in paths:
            abort(400)
        read = as_text(get_value(doc["read"], field))
        given = read if request.form.get("action") == "confirm" else request.form.get("value", "")
        if given is None:
            abort(400)
        try:
            review.correct(doc_id, field, read, given.strip())
        except DatasetBusy:
            flash("An ingest is writing into this dataset: nothing was saved. Try again when it has finished.",
                  "error")
            return redirect(url_for("document", doc_id=doc_id))
        status = review.document(doc_id)["corrections"].get(field, {}).get("status")
        flash({"applied": f"Saved: {field} is now corrected in the dataset.",
               "confirmed": f"Confirmed: {field} stands as read.",
               "invalid": f"Not applied: {field} cannot hold that value (kept, marked invalid)."}
              .get(status, f"Saved: {field}."), "error" if status == "invalid" else "info")
        return redirect(url_for("document", doc_id=doc_id) + f"#field-{_anchor(field)}")

    app.jinja_env.filters["anchor"] = _anchor
    return app


def _anchor(path: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "-", path)


def _segments(text: str, page: int, fields: list[dict]) -> list[dict]:
    """A text page cut where evidence spans begin or end: each piece with the fields it belongs to."""
    spans = [(f["span"]["start"], f["span"]["end"], f) for f in fields if f["span"]["page"] == page]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    segments = []
    for start, end in zip(cuts, cuts[1:]):
        inside = [f for s, e, f in spans if s <= start and end <= e]
        segments.append({"text": text[start:end], "fields": " ".join(dict.fromkeys(f["path"] for f in inside)),
                         "doubt": any(f["doubts"] for f in inside)})
    return segments


def serve(dataset: str | Path, host: str = "127.0.0.1", port: int = 8765) -> None:
    """Serve the review page until interrupted (werkzeug's threaded server, through Flask)."""
    import socket

    from werkzeug.serving import make_server

    app = create_app(dataset)
    with socket.create_server((host, port)):  # a port in use: OSError here, not werkzeug's exit(1) and advice
        pass
    server = make_server(host, port, app, threaded=True)
    print(f"minutes review: http://{host}:{server.server_port}/  (Ctrl-C stops)", flush=True)
    server.serve_forever()
