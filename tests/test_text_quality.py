"""The text-quality score tells a good text layer from the ways PDF text layers break."""
from bangla_minutes.pipeline.read.pdf import USABLE_SCORE
from bangla_minutes.pipeline.read.text_quality import assess
from tests.shared import SEEDS, needs, require, seed

GOOD = ("সভাপতি উপস্থিত সকলকে স্বাগত জানিয়ে সভার কার্যক্রম শুরু করেন। অতঃপর তিনি আলোচ্যসূচি মোতাবেক "
        "বিষয়সমূহ উপস্থাপনের জন্য সদস্য সচিব (সিস্টেম এনালিস্ট, আইসিটি সেল) কে অনুরোধ জানান।")


def test_clean_minutes_score_full():
    assert assess(GOOD).score == 1.0


@needs(SEEDS)
def test_a_real_seed_scores_nearly_full():
    assert assess(require(seed("000_86d0b669600d1f47")).read_text(encoding="utf-8")).score > 0.95


def test_words_broken_into_fragments_score_low():
    # pypdfium2 on a Chromium PDF: a space inside nearly every word
    broken = "সভা প তি উ প স্থি ত স ক ল কে স্বা গ ত জা নি য়ে স ভা র কা র্য ক্র ম শু রু ক রে ন।"
    quality = assess(broken)
    assert quality.fragment_share > 0.5
    assert quality.score < USABLE_SCORE


def test_vowel_signs_at_word_start_are_malformed():
    quality = assess("কায ালয় সভাপ িত উপস্থ িত সকলকে")
    assert quality.malformed_share >= 0.4
    assert quality.score < USABLE_SCORE


def test_junk_characters_and_cid_codes_count():
    quality = assess("(cid:12)(cid:13)(cid:14) \ufffd\ufffd \ue001 সভা")
    assert quality.junk_share > 0.8
    assert quality.score == 0.0


def test_latin_only_text_is_recognised_and_english_words_in_bengali_are_not():
    assert assess("Fvi cOwZkOowZ welqK mfvi Kvhweeiyx 2020").latin_only
    assert not assess(GOOD + " (Best Practice)").latin_only
    assert assess(GOOD + " (Best Practice)").score == 1.0


def test_no_text_scores_zero():
    assert assess("  \n\f ").score == 0.0 and assess("").chars == 0
