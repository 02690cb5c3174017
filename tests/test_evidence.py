"""Every evidence span points at the characters the value was read from, in that page's text."""
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from bangla_minutes.extractors.record import Fields, extract
from bangla_minutes.pipeline.parse.document import parse_file, parse_text
from bangla_minutes.pipeline.parse.normalize import document_text, normalize_page
from tests import shared
from tests.shared import needs

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted(shared.SEEDS.glob("*.txt"))
TEXTS = sorted((ROOT / "samples" / "text").glob("*.txt")) + SEEDS


def squeeze(text: str) -> str:
    return regex.sub(r"[\s\p{P}ঃ]+", "", text)


def span_text(path: Path, span: dict) -> str:
    """The page text under a span, without the page furniture a value may run across."""
    page = normalize_page(path.read_text(encoding="utf-8"))
    return document_text([page[span["start"]:span["end"]]]).text


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_spans_point_at_values(path):
    record = parse_file(path)
    ev = record.evidence
    values = {
        "title": record.title,
        "meeting.date": record.meeting.date and record.meeting.date.raw,
        "meeting.time": record.meeting.time and record.meeting.time.raw,
        "meeting.attendance_ref": record.meeting.attendance_ref,
        "memo": record.memo and record.memo.raw,
        "issued.gregorian": record.issued and record.issued.gregorian and record.issued.gregorian.raw,
        "issued.bangla": record.issued and record.issued.bangla and record.issued.bangla.raw,
        "distribution_note": record.distribution_note,
    }
    for i, item in enumerate(record.agenda):
        for j, decision in enumerate(item.decisions):
            values[f"agenda[{i}].decisions[{j}]"] = decision.text
    for i, recipient in enumerate(record.distribution):
        values[f"distribution[{i}]"] = recipient.text
    for key, value in values.items():
        if not value:
            continue
        assert key in ev, f"no evidence for {key}"
        found = squeeze(span_text(path, ev[key].model_dump()))
        assert squeeze(value) in found, f"{key}: span holds {found[:80]!r}, value is {value[:80]!r}"
    for i, person in enumerate(record.signatories):
        assert squeeze(person.name) in squeeze(span_text(path, ev[f"signatories[{i}]"].model_dump()))
    if record.chair:
        assert squeeze(record.chair.name) in squeeze(span_text(path, ev["chair"].model_dump()))


@needs(shared.SEEDS)
def test_seed_spans_exist():
    assert SEEDS, "CI must have ../shared/seeds"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_unicode_never_raises(text):
    result = extract(text)
    assert isinstance(result.fields, Fields)
    parse_text(text)


BENGALI = st.text(alphabet=st.sampled_from(list("কখগঘঙচছজঝটঠডঢণতথদধনপফবভমযরলশষসহ়ািীুূৃেৈোৌ্ংঃঁ০১২৩৪৫৬৭৮৯।,:()-/\n\t ")),
                  max_size=2000)
LABELS = st.sampled_from(["সভাপতি\t", "সভার তারিখ : ", "স্মারক নং-", "বিতরণ:\n১) ", "সিদ্ধান্ত:\n(ক) ",
                          "আলোচ্য বিষয়-১: ", "পরিশিষ্ট-ক\n১. ", "সভার কার্যবিবরণী\n", "অপর পৃষ্ঠা দ্রষ্টব্য\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(LABELS, BENGALI), max_size=12))
def test_minutes_shaped_noise_never_raises(parts):
    parse_text("".join(label + text for label, text in parts))
