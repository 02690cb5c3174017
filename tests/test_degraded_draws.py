"""A fresh random draw of scanned minutes on every run: the samples printed by several writers and fonts,
their pages degraded with random parameters (samples/degrade.py: speckle, blur, rotation, JPEG, low
resolution, uneven light, photocopy, a coloured seal, handwriting in the margins, and mixes of three),
OCR'd with the real Tesseract, parsed and scored with `minutes eval` (samples/scan_draws.py). The draw
holds samples (samples/text, printed by Pillow in Noto Sans Bengali or Lohit Bengali, or by Chromium and
LibreOffice: ruled tables) and minutes of samples/generator with their truth.

The seed is printed; `MINUTES_SEED=N pytest tests/test_degraded_draws.py -s` replays a draw. About 60
pages, 70-100 s on two idle cores.
"""
import os
import random

import pytest

from samples import scan_draws

DOCUMENTS = 14  # samples, each printed by one writer
GENERATED = 10  # minutes of samples/generator, typeset
CLEAN_SHARE = 0.3


@pytest.fixture(scope="module")
def draw() -> list[scan_draws.DrawnDocument]:
    seed = int(os.environ.get("MINUTES_SEED") or random.SystemRandom().randrange(10**9))
    print(f"\ndegraded draw: MINUTES_SEED={seed}")
    documents = scan_draws.read_all(scan_draws.plan(seed, DOCUMENTS, CLEAN_SHARE, GENERATED))
    scan_draws.print_report(documents)
    return documents


def replay(draw) -> str:
    """What reruns this draw, for a failure's message."""
    return f"MINUTES_SEED={draw[0].seed.split('-')[0]}"


def chosen(draw, condition):
    return [d for d in draw if d.condition == condition]


def test_a_draw_holds_every_kind_of_degradation_and_at_least_two_writers(draw):
    kinds = {page.kind for d in chosen(draw, "degraded") for page in d.pages}
    assert len(kinds) >= 6 and kinds <= set(scan_draws.DEGRADED_KINDS)  # each page's kind is drawn
    assert len({d.writer for d in draw}) >= 2


def scan_loss(documents, fields=None) -> float:
    """Points of accuracy the scan costs: the records of the texts against those of their scans (the
    generated minutes hold forms the parser misses in text too; that is not the OCR's to answer for)."""
    return (scan_draws.field_report(scan_draws.as_text(documents), fields).accuracy()
            - scan_draws.field_report(documents, fields).accuracy())


# Floors with room for the spread between draws (measured on seeds 101, 202, 303, 93428643, 156634386:
# key fields lose 0-11 points to the scan, all fields 4-12 (19 on degraded pages of 156634386); see the
# report the fixture prints).
def test_key_fields_of_clean_draws(draw):
    assert scan_loss(chosen(draw, "clean"), "key") <= 0.15, replay(draw)


def test_key_fields_of_degraded_draws(draw):
    assert scan_loss(chosen(draw, "degraded"), "key") <= 0.12, replay(draw)


def test_all_fields_of_clean_and_degraded_draws(draw):
    assert scan_loss(chosen(draw, "clean")) <= 0.15, replay(draw)  # 7 clean documents: 737062891 lost 12.5
    assert scan_loss(chosen(draw, "degraded")) <= 0.22, replay(draw)  # 156634386 lost 19


def test_typeset_pages_read_within_their_error_budget_per_kind(draw):
    rates = scan_draws.error_rates(draw)
    assert rates.get("clean", (0, 0))[0] <= 0.01, replay(draw)
    assert rates.get("photocopy", (0, 0))[0] <= 0.05, replay(draw)
    assert all(rate <= 0.08 for rate, _ in rates.values()), (rates, replay(draw))


def test_most_values_the_scan_made_wrong_carry_a_warning(draw):
    wrong = scan_draws.wrong_values(draw, scan_only=True)
    flagged = sum(f for _, _, f in wrong)
    # measured on 15 draws (12 of 16 samples + 14 generated, 3 of this test's size; seeds 343087174, 4242,
    # 464479872, 918273, 5550123, 77441, 60606, 80808 degraded, 7070, 2024, 51333208, 31337 clean, 123457,
    # 98765, 2468 mixed): 100 of 107 wrong values flagged (94%), the worst draw with 6 or more 4 of 6
    # (80808; before the flags branch 88 of 150, 59%); the floor keeps room for such a draw
    assert len(wrong) < 6 or flagged >= 0.6 * len(wrong), (wrong, replay(draw))
