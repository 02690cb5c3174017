import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bangla_minutes.extractors.distribution import find_distribution
from bangla_minutes.schemas import Recipient

# The ends of the seeds, from the memo line: blank lines (one holding a space) between items in 000,
# "- ১)" items and a trailing "।" or ";" in 001, each followed by the issuer's signature block.
SEED_000 = (
    "স্মারক নম্বর: ৫৮.০০.০০০০.০১৮.৯৯.০০২.২১.২০৩\n\nতারিখ: ২৬ ভাদ্র ১৪৩০\n\n১০ সেপ্টেম্বর ২০২৩\n\n"
    "বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়) :\n\n \n"
    "১) সকল কর্মকর্তা, সুরক্ষা সেবা বিভাগ\n\n"
    "২) অধিদপ্তর প্রধান (সকল), সুরক্ষা সেবা বিভাগ (সভার সিদ্ধান্ত মোতাবেক স্ব স্ব অফিসের সেবা প্রদান প্রতিশ্রুতি "
    "হালনাগাদকরণ এবং কার্যকরভাবে বাস্তবায়ন করার জন্য সংশ্লিষ্ট কর্মকর্তাদের নির্দেশনা প্রদানের অনুরোধ করা হলো)\n\n"
    "৩) যুগ্মসচিব (সংযুক্ত), সুশাসন ও অভিযোগ ব্যবস্থাপনা অধিশাখা, মন্ত্রিপরিষদ বিভাগ\n\n"
    "৪) উপসচিব, সুশাসন অধিশাখা, মন্ত্রিপরিষদ বিভাগ\n\n"
    "৫) সহঃ প্রোগ্রামার, আইসিটি সেল, সুরক্ষা সেবা বিভাগ (ওয়েবসাইটে প্রকাশের অনুরোধ করা হলো)\n\n\n\n"
    "মোঃ আইয়ুব হোসেন  \nসিস্টেম এনালিস্ট")
SEED_001 = (
    "স্মারক নং-৫৮.০০.০০০০.০৫২.৩২.০০১.১৭- ১১০\n\nতারিখ : ০৮ পৌষ ১৪২৭\n২৩ ডিসেম্বর ২০২০\n\n"
    "বিতরণ (জ্ঞাতার্থে ও কার্যার্থে):\n\n"
    "- ১) মহাপরিচালক, ইমিগ্রেশন ও পাসপোর্ট অধিদপ্তর, আগারগাঁও, ঢাকা।\n"
    "- ২) মহাপরিচালক, মাদকদ্রব্য নিয়ন্ত্রণ অধিদপ্তর, সেগুনবাগিচা, ঢাকা।\n"
    "- ৩) অতিরিক্ত সচিব/যুগ্মসচিব উইং (সকল), সুরক্ষা সেবা বিভাগ, ঢাকা।\n"
    "- ৪) কারা মহাপরিদর্শক, কারা অধিদপ্তর, বকশি বাজার, ঢাকা।\n"
    "- ৫) মহাপরিচালক, ফায়ার সার্ভিস ও সিভিল ডিফেন্স অধিদপ্তর, কাজী আলাউদ্দিন রোড, ঢাকা।\n"
    "- ৬) সিনিয়র সহকারী সচিব, শুদ্ধাচার শাখা, মন্ত্রিপরিষদ বিভাগ, বাংলাদেশ সচিবালয়, ঢাকা;\n"
    "- ৭) প্রোগামার, সুরক্ষা সেবা বিভাগ, বাংলাদেশ সচিবালয়, ঢাকা (ওয়েবসাইটে আপলোডের অনুরোধসহ)।\n\n\n"
    "(জাহিদুল ইসলাম)\nউপসচিব (অগ্নি-১)")


def recipient(order, text, designation=None, office=None, note=None) -> Recipient:
    return Recipient(order=order, text=text, designation=designation, office=office, note=note)


def test_seed_000():
    found = find_distribution(SEED_000)
    assert found.note.value == "জ্যেষ্ঠতার ক্রমানুসারে নয়"
    assert SEED_000[found.note.start:found.note.end] == "জ্যেষ্ঠতার ক্রমানুসারে নয়"
    assert [r.value for r in found.recipients] == [
        recipient(1, "সকল কর্মকর্তা, সুরক্ষা সেবা বিভাগ", "সকল কর্মকর্তা", "সুরক্ষা সেবা বিভাগ"),
        recipient(2, "অধিদপ্তর প্রধান (সকল), সুরক্ষা সেবা বিভাগ", "অধিদপ্তর প্রধান (সকল)", "সুরক্ষা সেবা বিভাগ",
                  "সভার সিদ্ধান্ত মোতাবেক স্ব স্ব অফিসের সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ এবং কার্যকরভাবে বাস্তবায়ন "
                  "করার জন্য সংশ্লিষ্ট কর্মকর্তাদের নির্দেশনা প্রদানের অনুরোধ করা হলো"),
        recipient(3, "যুগ্মসচিব (সংযুক্ত), সুশাসন ও অভিযোগ ব্যবস্থাপনা অধিশাখা, মন্ত্রিপরিষদ বিভাগ", "যুগ্মসচিব (সংযুক্ত)",
                  "সুশাসন ও অভিযোগ ব্যবস্থাপনা অধিশাখা, মন্ত্রিপরিষদ বিভাগ"),
        recipient(4, "উপসচিব, সুশাসন অধিশাখা, মন্ত্রিপরিষদ বিভাগ", "উপসচিব", "সুশাসন অধিশাখা, মন্ত্রিপরিষদ বিভাগ"),
        recipient(5, "সহঃ প্রোগ্রামার, আইসিটি সেল, সুরক্ষা সেবা বিভাগ", "সহঃ প্রোগ্রামার", "আইসিটি সেল, সুরক্ষা সেবা বিভাগ",
                  "ওয়েবসাইটে প্রকাশের অনুরোধ করা হলো"),
    ]
    assert SEED_000[found.start:].startswith("বিতরণ (")
    assert SEED_000[found.end - 10:found.end] == "অনুরোধ করা হলো)"[-10:]


def test_seed_001():
    found = find_distribution(SEED_001)
    assert found.note.value == "জ্ঞাতার্থে ও কার্যার্থে"
    assert [r.value for r in found.recipients] == [
        recipient(1, "মহাপরিচালক, ইমিগ্রেশন ও পাসপোর্ট অধিদপ্তর, আগারগাঁও, ঢাকা", "মহাপরিচালক",
                  "ইমিগ্রেশন ও পাসপোর্ট অধিদপ্তর, আগারগাঁও, ঢাকা"),
        recipient(2, "মহাপরিচালক, মাদকদ্রব্য নিয়ন্ত্রণ অধিদপ্তর, সেগুনবাগিচা, ঢাকা", "মহাপরিচালক",
                  "মাদকদ্রব্য নিয়ন্ত্রণ অধিদপ্তর, সেগুনবাগিচা, ঢাকা"),
        recipient(3, "অতিরিক্ত সচিব/যুগ্মসচিব উইং (সকল), সুরক্ষা সেবা বিভাগ, ঢাকা", "অতিরিক্ত সচিব/যুগ্মসচিব উইং (সকল)",
                  "সুরক্ষা সেবা বিভাগ, ঢাকা"),
        recipient(4, "কারা মহাপরিদর্শক, কারা অধিদপ্তর, বকশি বাজার, ঢাকা", "কারা মহাপরিদর্শক",
                  "কারা অধিদপ্তর, বকশি বাজার, ঢাকা"),
        recipient(5, "মহাপরিচালক, ফায়ার সার্ভিস ও সিভিল ডিফেন্স অধিদপ্তর, কাজী আলাউদ্দিন রোড, ঢাকা", "মহাপরিচালক",
                  "ফায়ার সার্ভিস ও সিভিল ডিফেন্স অধিদপ্তর, কাজী আলাউদ্দিন রোড, ঢাকা"),
        recipient(6, "সিনিয়র সহকারী সচিব, শুদ্ধাচার শাখা, মন্ত্রিপরিষদ বিভাগ, বাংলাদেশ সচিবালয়, ঢাকা", "সিনিয়র সহকারী সচিব",
                  "শুদ্ধাচার শাখা, মন্ত্রিপরিষদ বিভাগ, বাংলাদেশ সচিবালয়, ঢাকা"),
        recipient(7, "প্রোগামার, সুরক্ষা সেবা বিভাগ, বাংলাদেশ সচিবালয়, ঢাকা", "প্রোগামার",
                  "সুরক্ষা সেবা বিভাগ, বাংলাদেশ সচিবালয়, ঢাকা", "ওয়েবসাইটে আপলোডের অনুরোধসহ"),
    ]
    spans = [SEED_001[r.start:r.end] for r in found.recipients]
    assert spans[0] == "- ১) মহাপরিচালক, ইমিগ্রেশন ও পাসপোর্ট অধিদপ্তর, আগারগাঁও, ঢাকা।"
    assert spans[-1].endswith("(ওয়েবসাইটে আপলোডের অনুরোধসহ)।")


def texts(text: str) -> list[str]:
    return [r.value.text for r in find_distribution(text).recipients]


def test_wrapped_items_numbered_with_zero():
    text = ("বিতরণ:\n০১. মাননীয় সংসদ সদস্য, ২২০-মাদারীপুর-২ (সদয় অবগতির জন্য)\n"
            "০২. নির্বাহী প্রকৌশলী, সড়ক ও জনপথ বিভাগ, মাদারীপুর (প্রয়োজনীয় ব্যবস্থা\n    গ্রহণের অনুরোধসহ)\n"
            "০৩. উপপরিচালক, কৃষি সম্প্রসারণ অধিদপ্তর, খামারবাড়ি,\n    মাদারীপুর\n০৪. সংশ্লিষ্ট নথি\n\n\n"
            "(মোঃ কামরুল হাসান)\nসিনিয়র সহকারী কমিশনার\n")
    found = find_distribution(text)
    assert found.note is None
    assert [r.value for r in found.recipients] == [
        recipient(1, "মাননীয় সংসদ সদস্য, ২২০-মাদারীপুর-২", "মাননীয় সংসদ সদস্য", "২২০-মাদারীপুর-২", "সদয় অবগতির জন্য"),
        recipient(2, "নির্বাহী প্রকৌশলী, সড়ক ও জনপথ বিভাগ, মাদারীপুর", "নির্বাহী প্রকৌশলী", "সড়ক ও জনপথ বিভাগ, মাদারীপুর",
                  "প্রয়োজনীয় ব্যবস্থা গ্রহণের অনুরোধসহ"),
        recipient(3, "উপপরিচালক, কৃষি সম্প্রসারণ অধিদপ্তর, খামারবাড়ি, মাদারীপুর", "উপপরিচালক",
                  "কৃষি সম্প্রসারণ অধিদপ্তর, খামারবাড়ি, মাদারীপুর"),
        recipient(4, "সংশ্লিষ্ট নথি"),
    ]


@pytest.mark.parametrize("heading, note", [
    ("অনুলিপি (সদয় অবগতি ও প্রয়োজনীয় কার্যার্থে):", "সদয় অবগতি ও প্রয়োজনীয় কার্যার্থে"),
    ("অনুলিপি সদয় জ্ঞাতার্থে ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য প্রেরণ করা হলো:",
     "সদয় জ্ঞাতার্থে ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য প্রেরণ করা হলো"),
    ("সদয় অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য অনুলিপি প্রেরণ করা হলো:",
     "সদয় অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য প্রেরণ করা হলো"),
    ("অনুলিপি:", None),
    ("বিতরণঃ", None),
    ("বিতরণ", None),
    ("বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):", "জ্যেষ্ঠতার ক্রমানুসারে নয়"),
    # a request closed by the order note in brackets: the bracket is the note, as after বিতরণ
    ("সদয় অবগতি ও কার্যার্থে অনুলিপি প্রেরণ করা হলো (জ্যেষ্ঠতার ভিত্তিতে নয়):", "জ্যেষ্ঠতার ভিত্তিতে নয়"),
    ("অনুলিপি অবগতি ও কার্যার্থে (প্রযোজ্য ক্ষেত্রে) বিতরণ করা হলো (জ্যেষ্ঠতার ক্রমানুসারে নয়):",
     "জ্যেষ্ঠতার ক্রমানুসারে নয়"),
])
def test_headings(heading, note):
    found = find_distribution(f"{heading}\n১। জেলা প্রশাসক, ফরিদপুর।\n২। চেয়ারম্যান (সকল), ইউনিয়ন পরিষদ, সদরপুর।\n")
    assert (found.note.value if found.note else None) == note
    assert [r.value.text for r in found.recipients] == ["জেলা প্রশাসক, ফরিদপুর", "চেয়ারম্যান (সকল), ইউনিয়ন পরিষদ, সদরপুর"]


@pytest.mark.parametrize("items", [
    "(১) সচিব, ক মন্ত্রণালয়\n(২) সচিব, খ বিভাগ\n",
    "১. সচিব, ক মন্ত্রণালয়\n২. সচিব, খ বিভাগ\n",
    "- সচিব, ক মন্ত্রণালয়\n- সচিব, খ বিভাগ\n",
    "সচিব, ক মন্ত্রণালয়।\nসচিব, খ বিভাগ।\n",  # no numbers: one recipient a line
])
def test_item_markers(items):
    assert texts("অনুলিপি:\n" + items) == ["সচিব, ক মন্ত্রণালয়", "সচিব, খ বিভাগ"]


def test_first_recipient_on_the_heading_line():
    assert texts("অনুলিপি: সচিব, ক মন্ত্রণালয়\nসচিব, খ বিভাগ\n") == ["সচিব, ক মন্ত্রণালয়", "সচিব, খ বিভাগ"]


@pytest.mark.parametrize("after", [
    "\n\nসভায় আর কোন আলোচনা না থাকায় সভার সমাপ্তি ঘোষণা করা হয়।\n",  # a blank-line gap, then prose
    "\nস্মারক নং-৫৮.০০.০০০০.০৫২.৩২.০০১.১৭- ১১১\n",  # the next memo line
    "\nপরিশিষ্ট-ক\n১. জনাব ক, উপসচিব, খ মন্ত্রণালয়\n",  # the attendee appendix
    "\nমোঃ ক\nউপসচিব\n",  # a signature right below, no blank line
])
def test_where_the_list_ends(after):
    assert texts("বিতরণ:\n১) সচিব, ক মন্ত্রণালয়\n২) সচিব, খ বিভাগ" + after) == ["সচিব, ক মন্ত্রণালয়", "সচিব, খ বিভাগ"]


@pytest.mark.parametrize("item, designation, office, note", [
    ("অধিদপ্তর প্রধান (সকল), সুরক্ষা সেবা বিভাগ", "অধিদপ্তর প্রধান (সকল)", "সুরক্ষা সেবা বিভাগ", None),
    ("চেয়ারম্যান (সকল বিভাগ)", "চেয়ারম্যান (সকল বিভাগ)", None, None),  # an office word in the bracket qualifies
    ("একাডেমিক কাউন্সিলের সকল সদস্য", None, None, None),  # an office word outside: not a designation
    ("সুরক্ষা সেবা বিভাগ, ঢাকা", None, None, None),
    ("উপাচার্য মহোদয়ের একান্ত সচিব", "উপাচার্য মহোদয়ের একান্ত সচিব", None, None),
    ("জেলা প্রশাসক, ফরিদপুর (প্রশাসন)", "জেলা প্রশাসক", "ফরিদপুর (প্রশাসন)", None),  # no request: stays
    ("জেলা প্রশাসক, ফরিদপুর (জ্ঞাতার্থে)", "জেলা প্রশাসক", "ফরিদপুর", "জ্ঞাতার্থে"),
])
def test_recipient_fields(item, designation, office, note):
    found = find_distribution(f"বিতরণ:\n১) {item}\n").recipients[0].value
    assert (found.designation, found.office, found.note) == (designation, office, note)


@pytest.mark.parametrize("text", [
    "সিদ্ধান্ত মোতাবেক ত্রাণ সামগ্রী সকলের মধ্যে বিতরণ করা হবে।\n১) সচিব, ক মন্ত্রণালয়\n",
    "নিম্নোক্তভাবে মালামাল বিতরণ করতে হবে:\n১) সচিব, ক মন্ত্রণালয়\n",
    "বিতরণ:\n",
    "",
])
def test_no_list(text):
    assert find_distribution(text) is None


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text):
    found = find_distribution(text)
    assert found is None or (found.recipients and found.start <= found.end <= len(text))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="বিতরণ:অনুলিপি()১২৩।.- \n\tসচিব,"))
def test_list_like_text_never_raises(text):
    find_distribution(text)


def test_a_request_line_alone_heads_the_list():
    text = ("সদয় অবগতি ও প্রয়োজনীয় কার্যার্থে প্রেরণ করা হলো:\n১। বিভাগীয় কমিশনার, ঢাকা\n"
            "২। প্রোগ্রামার, মহিলা ও শিশু বিষয়ক মন্ত্রণালয়\n    (জ্ঞাতার্থে)।\n৩। অফিস কপি\n\n"
            "(মোঃ কামাল হোসেন)\nঅতিরিক্ত জেলা প্রশাসক (সার্বিক)\n")
    found = find_distribution(text)
    assert found.note.value == "সদয় অবগতি ও প্রয়োজনীয় কার্যার্থে প্রেরণ করা হলো"
    assert [(r.value.text, r.value.note) for r in found.recipients] == [
        ("বিভাগীয় কমিশনার, ঢাকা", None), ("প্রোগ্রামার, মহিলা ও শিশু বিষয়ক মন্ত্রণালয়", "জ্ঞাতার্থে"),
        ("অফিস কপি", None)]


def test_a_bracket_wrapped_onto_its_own_line_between_two_numbers_stays_with_its_item():
    """A real e-Nothi list: the office's "(ইজিসিবি)" wrapped alone is no signer in brackets."""
    found = find_distribution("বিতরণ:\n১) উপ-মহাব্যবস্থাপক (অর্থ), ইলেকট্রিসিটি জেনারেশন কোম্পানী লিঃ\n(ইজিসিবি)\n"
                              "২) কোম্পানী সচিব, ইজিসিবি\n৩) অফিস কপি।\n")
    assert [r.value.text for r in found.recipients] == [
        "উপ-মহাব্যবস্থাপক (অর্থ), ইলেকট্রিসিটি জেনারেশন কোম্পানী লিঃ (ইজিসিবি)", "কোম্পানী সচিব, ইজিসিবি", "অফিস কপি"]


def test_a_bare_copies_heading_under_the_list_continues_it():
    text = ("বিতরণ (সদয় অবগতি ও কার্যার্থে প্রেরণ করা হলো):\n"
            "১) নির্বাহী পরিচালক, ইজিসিবি, ঢাকা।\n"
            "২) কোম্পানী সচিব, ইজিসিবি, ঢাকা।\n"
            "অনুলিপিঃ\n"
            "১. অফিস কপি।\n")
    found = find_distribution(text)
    assert [(r.value.order, r.value.text) for r in found.recipients] == [
        (1, "নির্বাহী পরিচালক, ইজিসিবি, ঢাকা"), (2, "কোম্পানী সচিব, ইজিসিবি, ঢাকা"), (3, "অফিস কপি")]
