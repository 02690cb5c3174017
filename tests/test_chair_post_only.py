"""A chair named by post alone (docs/conventions.md "People"): the signer or the attendee listed as সভাপতি
with that post gives the name, with a warning; without one the name is "" and a warning says it is missing.
Texts in our own words."""
from __future__ import annotations

import pytest

from bangla_minutes import parse_text

HEADER = """উপজেলা আইনশৃঙ্খলা কমিটির সভার কার্যবিবরণী

সভাপতি: উপজেলা নির্বাহী অফিসার, বাবুগঞ্জ, বরিশাল
সভার তারিখ: ১২/০৩/২০২৩ খ্রিঃ
সময়: সকাল ১১.০০ ঘটিকা
স্থান: উপজেলা পরিষদ হলরুম

১। বিগত সভার কার্যবিবরণী অনুমোদন
সিদ্ধান্ত: বিগত সভার কার্যবিবরণী অনুমোদিত হয়।

সভায় আর কোনো আলোচনা না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।
"""
SIGNATURE = """
(ড. মোঃ রফিকুল ইসলাম)
উপজেলা নির্বাহী অফিসার
বাবুগঞ্জ, বরিশাল
"""


def codes(record):
    return [(w.code, w.field) for w in record.warnings]


def test_the_signer_with_the_chairs_post_names_the_chair_with_a_warning():
    record = parse_text(HEADER + SIGNATURE)
    chair = record.chair
    assert (chair.name, chair.titles, chair.designation, chair.office) == (
        "মোঃ রফিকুল ইসলাম", ["ড."], "উপজেলা নির্বাহী অফিসার", "বাবুগঞ্জ, বরিশাল")
    assert record.signatories[0].role == "chair"
    assert ("chair_name_from_signature", "chair.name") in codes(record)
    assert "chair.name" in record.evidence


def test_without_a_signer_of_that_post_the_name_is_empty_and_missing_is_warned():
    record = parse_text(HEADER)
    assert record.chair.name == "" and record.chair.designation == "উপজেলা নির্বাহী অফিসার"
    assert ("chair_name_missing", "chair.name") in codes(record)


def test_a_signer_of_another_post_does_not_name_the_chair():
    record = parse_text(HEADER + SIGNATURE.replace("উপজেলা নির্বাহী অফিসার", "সহকারী কমিশনার (ভূমি)"))
    assert record.chair.name == ""
    assert ("chair_name_missing", "chair.name") in codes(record)


def test_a_named_chair_gives_no_warning():
    record = parse_text(HEADER.replace("সভাপতি: উপজেলা", "সভাপতি: জনাব মোঃ রফিকুল ইসলাম, উপজেলা") + SIGNATURE)
    assert record.chair.name == "মোঃ রফিকুল ইসলাম"
    assert not [w for w in record.warnings if w.field == "chair.name"]


@pytest.mark.parametrize("opening,designation,office", [
    ("অদ্য ১২/০৩/২০২৩ তারিখ সকাল ১১.০০ ঘটিকায় উপজেলা পরিষদ হলরুমে উপজেলা নির্বাহী অফিসার এর সভাপতিত্বে "
     "সভা অনুষ্ঠিত হয়।", "উপজেলা নির্বাহী অফিসার", None),
    ("গত ১২/০৩/২০২৩ তারিখে জেলা প্রশাসক মহোদয়ের সভাপতিত্বে জেলা প্রশাসকের সম্মেলন কক্ষে সভা অনুষ্ঠিত হয়।",
     "জেলা প্রশাসক", None),
    ("সিভিল সার্জন, ঢাকা মহোদয়ের সভাপতিত্বে ১২/০৩/২০২৩ তারিখে মাসিক সমন্বয় সভা অনুষ্ঠিত হয়।", "সিভিল সার্জন", "ঢাকা"),
    ("গত ১২/০৩/২০২৩ তারিখ সকাল ১০টায় জেলা প্রশাসকের সম্মেলন কক্ষে সভা অনুষ্ঠিত হয়। সভায় সভাপতিত্ব করেন "
     "জেলা প্রশাসক মহোদয়।", "জেলা প্রশাসক", None),
])
def test_an_opening_that_names_the_chair_by_post_gives_the_post(opening, designation, office):
    record = parse_text(f"মাসিক সভার কার্যবিবরণী\n\n{opening}\n\n১। বিবিধ\nসিদ্ধান্ত: প্রতিবেদন পাঠাতে হবে।\n")
    assert (record.chair.name, record.chair.designation, record.chair.office) == ("", designation, office)
    assert ("chair_name_missing", "chair.name") in codes(record)
