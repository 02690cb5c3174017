"""samples/notebooks/decisions.ipynb runs top to bottom and its answers are the dataset's."""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from bangla_minutes.pipeline.dataset.publish import load_dataset
from bangla_minutes.pipeline.dataset.ingest import ingest

from shaping import drawn_texts, harfbuzz_glyphs, same_glyphs

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "samples" / "notebooks" / "decisions.ipynb"
DATE_WARNINGS = {"issued_before_meeting", "issued_dates_inconsistent", "fiscal_year_mismatch",
                 "quarter_mismatch", "memo_year_mismatch", "invalid_date"}


@pytest.fixture(scope="module")
def executed() -> dict[str, list]:
    """The executed notebook's code-cell outputs, by the cell's tag."""
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    # Figures come out as SVG too: cairo writes each glyph it drew, to be checked against HarfBuzz.
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   extra_arguments=["--InlineBackend.figure_formats=png", "--InlineBackend.figure_formats=svg"],
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    return {cell.metadata["tags"][0]: cell.outputs for cell in notebook.cells if cell.cell_type == "code"}


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    out = tmp_path_factory.mktemp("dataset")
    ingest([ROOT / "samples" / "text"], out, jobs=1)
    return load_dataset(out)


def _printed(outputs: list) -> str:
    return "".join(o["text"] for o in outputs if o["output_type"] == "stream")


def test_it_ingests_every_sample(executed, samples):
    assert _printed(executed["ingest"]) == (
        f"{len(samples.meetings)} meetings, {len(samples.decisions)} decisions, exit code 0\n")


def test_it_names_who_is_most_often_responsible(executed, samples):
    counts = samples.decisions["responsible"].value_counts()
    assert _printed(executed["responsible"]) == (
        f"most often responsible: {counts.index[0]} ({counts.iloc[0]} decisions)\n")


def test_it_finds_the_meetings_whose_dates_do_not_add_up(executed, samples):
    flagged = samples.warnings[samples.warnings["code"].isin(DATE_WARNINGS)]["doc_id"].nunique()
    assert flagged > 0
    assert _printed(executed["odd-dates"]) == f"{flagged} meetings with dates that do not add up\n"


def test_it_counts_decisions_per_office_and_quarter_and_plots_them(executed, samples):
    first = samples.sql("""
        SELECT m.office, count(*) AS decisions,
               substr(m.meeting_date, 1, 4) || 'Q' || ((substr(m.meeting_date, 6, 2) + 2) / 3) AS quarter
        FROM decisions JOIN meetings AS m USING (doc_id)
        WHERE m.office IS NOT NULL AND m.meeting_date IS NOT NULL
        GROUP BY office, quarter ORDER BY quarter, office LIMIT 1""").iloc[0]  # the same answer by another road: SQL
    table = executed["per-office-quarter"][0]["data"]["text/plain"].splitlines()
    assert table[0].split() == ["office", "quarter", "decisions"]
    assert table[1].split() == ["0", *first["office"].split(), first["quarter"], str(first["decisions"])]
    assert any("image/png" in o.get("data", {}) for o in executed["plot"])


def test_its_charts_label_offices_and_designations_in_shaped_bengali(executed, samples):
    """Every office and designation label of the notebook's own figures (as Jupyter shows them) is
    drawn in the Bengali font with the glyphs HarfBuzz gives for it, in its order and at its places:
    no missing-glyph boxes, no letters one by one where the script joins them."""
    from matplotlib import font_manager

    font = font_manager.findfont("Noto Sans Bengali", fallback_to_default=False)
    svgs = {tag: [o["data"]["image/svg+xml"] for o in executed[tag] if "image/svg+xml" in o.get("data", {})]
            for tag in ("plot", "responsible")}
    assert len(svgs["plot"]) == 1 and len(svgs["responsible"]) == 1
    offices = samples.meetings.merge(samples.decisions, on="doc_id")["office"].dropna().unique()
    responsible = samples.decisions["responsible"].value_counts().head(10).index
    for tag, labels in (("plot", offices), ("responsible", responsible)):
        drawn = drawn_texts(svgs[tag][0])
        for label in labels:
            shaped = harfbuzz_glyphs(label, font, 10.0)  # tick labels: 10 pt
            assert label in drawn, label
            assert all(f == "NotoSansBengali-Regular" for drawing in drawn[label] for f, _, _ in drawing), label
            assert any(same_glyphs(drawing, shaped) for drawing in drawn[label]), label
    # the check has teeth: most labels are not their characters drawn one by one
    joined = [label for label in [*offices, *responsible]
              if len(harfbuzz_glyphs(label, font, 10.0)) < len(label.replace(" ", ""))]
    assert len(joined) > len(offices) // 2
