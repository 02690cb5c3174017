"""OCR letter confusions in Bengali words undone with Tesseract's word list (pipeline/read/word_repair.py),
and look-alike signs minutes never print (tesseract.bengali_letters). The misreadings are those measured
on clean typeset draws (samples/scan_draws.py, seeds 7070, 2024, 51333208)."""
from bangla_minutes.pipeline.read import tesseract
from bangla_minutes.pipeline.read.ocr_lines import numbers_in_bengali
from bangla_minutes.pipeline.read.pages import Word
from bangla_minutes.pipeline.read.preprocess import Box
from bangla_minutes.pipeline.read.word_repair import repaired


def test_vowel_signs_misread_are_put_right():
    assert repaired("প্রাশক্ষণ") == "প্রশিক্ষণ"  # the i-sign read as aa where it is drawn, before its consonant
    assert repaired("অতিারক্ত") == "অতিরিক্ত"
    assert repaired("কার্যববরণী") == "কার্যবিবরণী"  # the i-sign dropped
    assert repaired("বাজতলা") == "বীজতলা"  # the ii-sign read as aa
    assert repaired("প্রাক্কলেত") == "প্রাক্কলিত"  # the e-sign for the i-sign
    assert repaired("গফরগীও") == "গফরগাঁও"  # the ii-sign for the aa-sign and its candrabindu
    assert repaired("(অতিারক্ত),") == "(অতিরিক্ত),"  # the signs around a word stay
    assert repaired("সভাপাঁত") == "সভাপতি"  # the i-sign read as aa with a candrabindu, its last consonant's
    assert repaired("পদাব") == "পদবি"  # three letters, a word of the project's lexicons (a column's name)


def test_letters_and_conjuncts_misread_are_put_right():
    """Measured by aligning OCR'd words with the printed text of typeset draws (seeds 4202, 5301, 5302)."""
    assert repaired("অনুস্ঠিত") == "অনুষ্ঠিত"  # the ssa of a conjunct read as another letter
    assert repaired("জ্যেন্ঠতার") == "জ্যেষ্ঠতার"
    assert repaired("নিল্পত্তি।") == "নিষ্পত্তি।"
    assert repaired("সভাকঙ্ষ") == "সভাকক্ষ"  # ka before ssa read as nga
    assert repaired("নিয্নরূপ") == "নিম্নরূপ"
    assert repaired("দৃটীকরণ") == "দৃঢ়ীকরণ"  # a word of data/more_words.txt
    assert repaired("আ্ত্াডভোকেট") == "অ্যাডভোকেট"  # the a with ya-phala of a loanword
    assert repaired("ক্তমিক") == "ক্রমিক"  # the ra-phala read as ta
    assert repaired("ভাচুয়াল") == "ভার্চুয়াল"  # the reph dropped
    assert repaired("যন্তাংশের") == "যন্ত্রাংশের"  # the ra-phala dropped
    # on the real scans of ../shared/real: a conjunct's first letter read as na, nga-ga as nya-ja, o as e
    assert repaired("কন্সবাজার") == "কক্সবাজার"
    assert repaired("আন্বায়ক") == "আহ্বায়ক"
    assert repaired("অসঞ্জতি") == "অসঙ্গতি"
    assert repaired("আলেচ্য") == "আলোচ্য"
    assert repaired("পৌছায়নি") == "পৌঁছায়নি"  # the candrabindu lost


def test_list_numbers_read_in_latin_lookalikes_are_bengali():
    def line(text):
        return " ".join(w.text for w in numbers_in_bengali([Word(t, 0.9) for t in text.split()]))

    assert line("ঙ৬। সিভিল সার্জন (সকল)") == "৬। সিভিল সার্জন (সকল)"  # nga read before the six
    assert line("০8 | জনাব মোঃ লুৎফর রহমান") == "০৪ | জনাব মোঃ লুৎফর রহমান"
    assert line("(8) গবাদিপশু নিরাপদ স্থানে") == "(৪) গবাদিপশু নিরাপদ স্থানে"
    assert line("8৪.২ বন্যা পরিস্থিতি") == "৪.২ বন্যা পরিস্থিতি"  # the four read twice
    assert line("(ঙ) বকেয়া রাজস্ব আদায়") == "(ঙ) বকেয়া রাজস্ব আদায়"  # a lettered item stays
    assert line("8 MW plant") == "8 MW plant"  # not a Bengali line
    assert line("10 জন সদস্য উপস্থিত") == "10 জন সদস্য উপস্থিত"  # a Latin number of other digits


def test_words_the_list_knows_and_doubtful_ones_are_left_alone():
    assert repaired("কার্যক্রমের") == "কার্যক্রমের"  # in the list
    assert repaired("লাইলা") == "লাইলা"  # a name: its last sign is never changed (লাইলী is a word too)
    assert repaired("এডিস") == "এডিস"  # not made এডিসি: nothing is added at a word's end
    assert repaired("জেএম") == "জেএম"  # three letters: too short to judge
    assert repaired("প্রাতাঁট") == "প্রাতাঁট"  # two confusions off প্রতিটি: left as read
    assert repaired("১২/০২/২০০৩") == "১২/০২/২০০৩"


def test_the_reader_repairs_the_words_tesseract_gives():
    data = {"text": ["কৃষক", "প্রাশক্ষণ"], "level": [5, 5], "conf": [91, 62], "left": [0, 120], "top": [0, 0],
            "width": [100, 150], "height": [40, 40], "block_num": [1, 1], "par_num": [1, 1], "line_num": [1, 1]}
    [[first, second]] = tesseract.read_tsv(data, Box(0, 0, 300, 40))
    assert (first.text, second.text, second.confidence) == ("কৃষক", "প্রশিক্ষণ", 0.62)


def test_signs_minutes_never_print_are_read_as_the_ones_they_stand_for():
    """The script model reads the danda of a list marker as the currency numerator four (৩৷), which
    no list pattern knows, and the Assamese ra for the Bengali one."""
    assert tesseract.bengali_letters("৩৷") == "৩।"
    assert tesseract.bengali_letters("রয়েছে৷") == "রয়েছে।"
    assert tesseract.bengali_letters("মাৰ্চ") == "মার্চ"
