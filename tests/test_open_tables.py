"""Tables printed without ruling lines in page images (pipeline/read/open_tables.py): on word boxes laid
out by hand, and on a typeset page read by the real Tesseract."""
from PIL import Image

from bangla_minutes.pipeline.read import open_tables
from bangla_minutes.pipeline.read.pages import Word
from bangla_minutes.pipeline.read.tesseract import ocr_image
from samples.make_scans import Typesetter, source_lines

H = 40  # a line's height in pixels
COLUMNS = (100, 260, 600, 1100, 1500)  # where each column's text starts


def line(y: int, cells: dict[int, str]) -> list[Word]:
    """Words of a line: each cell's words from its column's start, 20 pixels a letter, a space apart."""
    words = []
    for column, text in cells.items():
        x = COLUMNS[column]
        for word in text.split():
            words.append(Word(word, 0.9, (x, y, x + 20 * len(word), y + H)))
            x += 20 * len(word) + 12
    return words


HEADER = line(0, {0: "ক্রম", 1: "আলোচ্য", 2: "আলোচনা", 3: "সিদ্ধান্ত", 4: "বাস্তবায়নকারী"})
ROWS = [
    line(60, {0: "১", 1: "বিগত সভার", 2: "কোনো সংশোধনী", 3: "অনুমোদিত হলো", 4: "আইসিটি সেল"}),
    line(110, {1: "কার্যবিবরণী", 2: "পাওয়া যায়নি", 3: "সর্বসম্মতিক্রমে"}),
    line(170, {0: "২", 1: "ভাতা বিতরণ", 2: "দ্বৈততা পাওয়া গেছে", 3: "তালিকা যাচাই হবে", 4: "সকল দপ্তর"}),
]
PROSE = line(300, {0: "আর কোন আলোচনা না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন"})


def test_columns_from_the_header_and_rows_from_the_serial_column():
    [table], open_columns = open_tables.find_tables([HEADER, *ROWS, PROSE])
    assert [len(row) for row in table.rows] == [5, 5, 5]  # header, two items (the second line joins item 1)
    lefts = [cell[0] for cell in table.rows[0][1:]]
    assert all(COLUMNS[k] - 12 * 20 < x <= COLUMNS[k + 1] for k, x in enumerate(lefts))
    assert table.box[3] < 300 and open_columns == ()  # the prose after it crosses the columns: not the table's


def test_a_table_at_the_foot_of_a_page_goes_on_on_the_next():
    tables, open_columns = open_tables.find_tables([HEADER, *ROWS])
    assert len(open_columns) == 4
    overleaf = [line(0, {0: "-২-"}), line(50, {1: "চলমান", 3: "জোরদার করতে হবে"}),
                line(110, {0: "৩", 1: "বাজেট", 2: "আলোচনা হয়", 3: "অনুমোদিত", 4: "হিসাব শাখা"}), PROSE]
    [table], _ = open_tables.find_tables(overleaf, continued=open_columns)
    assert [len(row) for row in table.rows] == [5, 5]  # the rest of item 2, then item 3: no header


def test_prose_and_label_lines_are_no_table():
    labels = [line(0, {0: "সভাপতি", 2: "জনাব আবুল কালাম"}), line(50, {0: "তারিখ", 2: "১২ মার্চ ২০২৪"}),
              line(100, {0: "সময়", 2: "সকাল ১০টা"})]
    assert open_tables.find_tables([*labels, PROSE]) == ([], ())


def test_a_typeset_table_without_rulings_is_read_row_by_row():
    text = ("সভার সিদ্ধান্তসমূহ নিম্নরূপ:\n\n"
            "ক্রম\tআলোচ্য বিষয়\tআলোচনা\tসিদ্ধান্ত\tবাস্তবায়নকারী\n"
            "১\tবিগত সভার কার্যবিবরণী দৃঢ়ীকরণ\tকোনো সংশোধনী প্রস্তাব পাওয়া যায়নি।\tকার্যবিবরণী অনুমোদিত হলো।\tসভাপতি\n"
            "২\tসামাজিক নিরাপত্তা কর্মসূচির ভাতা বিতরণ\tউপকারভোগী তালিকায় দ্বৈততা পাওয়া গেছে।"
            "\tজাতীয় পরিচয়পত্রের তথ্য যাচাই ছাড়া কাউকে তালিকায় রাখা যাবে না।\tসমাজসেবা কর্মকর্তা\n\n"
            "আর কোন আলোচনা না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।\n")
    [image], _ = Typesetter(300).pages(source_lines(text))
    image.info["dpi"] = (300, 300)
    rows = [row.split(" | ") for row in ocr_image(image).text.splitlines() if " | " in row]
    assert len(rows) == 3 and all(len(row) == 5 for row in rows), rows
    assert rows[2][0] == "২" and "সমাজসেবা" in rows[2][4] and "যাচাই" in rows[2][3] and "যাচাই" not in rows[2][2]


WRAPPED_TABLE = (
    "অতঃপর আলোচ্যসূচি অনুযায়ী সভার কাজ শুরু হয়।\n\n"
    "| ক্রম | আলোচ্য বিষয় | আলোচনা | সিদ্ধান্ত | বাস্তবায়নে |\n"
    "|---|---|---|---|---|\n"
    "| ১ | প্রাথমিক শিক্ষার মানোন্নয়ন | ২৭টি বিদ্যালয়ের ভবন জরাজীর্ণ অবস্থায় রয়েছে। কয়েকটি বিদ্যালয়ে শিক্ষার্থী"
    " উপস্থিতির হার কম। উপবৃত্তির অর্থ বিতরণ কার্যক্রম চলমান রয়েছে। | উপবৃত্তির অর্থ বিতরণে কোনো অনিয়ম পাওয়া গেলে"
    " তাৎক্ষণিক তদন্ত করতে হবে। | সংশ্লিষ্ট সকল দপ্তর |\n"
    "| ২ | কৃষি উপকরণ বিতরণ | আমন ধান কাটা ৭০ শতাংশ সম্পন্ন হয়েছে। রবি মৌসুমের প্রণোদনার বীজ ও সার বিতরণ শুরু"
    " হয়েছে। | প্রণোদনার বীজ ও সার প্রকৃত কৃষকের মধ্যে তালিকা অনুযায়ী বিতরণ নিশ্চিত করতে হবে। |"
    " জেলা প্রাথমিক শিক্ষা অফিসার, ভোলা |\n"
    "| ৩ | বাল্যবিবাহ প্রতিরোধ | ইউনিয়ন পর্যায়ে কমিটির সভা নিয়মিত হচ্ছে না। প্রশাসনের হস্তক্ষেপে গত মাসে দুটি"
    " বাল্যবিবাহ বন্ধ করা হয়েছে। | প্রত্যেক ইউনিয়নে কাজী, ইমাম ও জনপ্রতিনিধিদের নিয়ে সচেতনতামূলক সভা আয়োজন"
    " করতে হবে। | জেলা প্রাথমিক শিক্ষা অফিসার, ভোলা |\n\n"
    "সভায় আর কোনো আলোচনা না থাকায় সভাপতি উপস্থিত সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।\n")


def test_a_table_whose_cells_wrap_close_to_the_next_column_keeps_every_row():
    """Cells wrapped over several lines, a line of one column ending a gutter's width before the next
    column's text: Tesseract's loose word boxes ran across that gutter and ended the table after its
    first row (pipeline/read/ink_boxes.py fits them to the ink)."""
    [image], _ = Typesetter(300).pages(source_lines(WRAPPED_TABLE))
    image.info["dpi"] = (300, 300)
    rows = [row.split(" | ") for row in ocr_image(image).text.splitlines() if " | " in row]
    assert [row[0].rstrip(".") for row in rows] == ["ক্রম", "১", "২", "৩"] and all(len(row) == 5 for row in rows), rows
    assert "সম্পন্ন" in rows[2][2] and "প্রকৃত" in rows[2][3] and "অফিসার" in rows[3][4]


def test_a_table_on_a_page_turned_a_degree_keeps_its_header_on_one_line():
    """A page turned a degree is left unturned (preprocess.STRAIGHT_ENOUGH): the header's last cell
    stands lower than its first, and it was taken for a line of its own (four columns, not five)."""
    [image], _ = Typesetter(300).pages(source_lines(WRAPPED_TABLE.replace("| ক্রম |", "| ক্রমিক |")))
    image = image.rotate(-1.0, resample=Image.Resampling.BICUBIC, fillcolor=255)
    image.info["dpi"] = (300, 300)
    rows = [row.split(" | ") for row in ocr_image(image).text.splitlines() if " | " in row]
    assert rows and rows[0] == ["ক্রমিক", "আলোচ্য বিষয়", "আলোচনা", "সিদ্ধান্ত", "বাস্তবায়নে"], rows
    assert [row[0].rstrip(".") for row in rows] == ["ক্রমিক", "১", "২", "৩"] and all(len(row) == 5 for row in rows), rows
