"""The grammar of minutes: one document drawn form by form, its text and its expected record built from
the same choices. Every choice is drawn with the document's own random.Random and its weights are in
WEIGHTS (the README's table of forms is printed from it: `python -m samples.generator --forms`).

A document is, top to bottom: letterhead, title, header (label lines in several styles, an e-Nothi label
table, or an opening sentence in one of several word orders), attendance, welcome paragraph, agenda body
(one of several styles), closing sentence, the chair's signature, memo number and issue dates,
distribution list, the issuer's signature, and perhaps an attendee appendix; with noise drawn on top.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

import regex

from samples.generator import data, truth
from samples.generator.forms import WEEKDAYS, Printer
from samples.generator.people import TITLE_SETS, Names, Person
from samples.generator.truth import clean

WEIGHTS: dict[str, dict[str, float]] = {
    "kind": {"ministry": 10, "division": 8, "directorate": 10, "district": 16, "upazila": 14, "union": 12,
             "pourashava": 8, "university": 9, "board": 7, "company": 6},
    "digits": {"bengali": 92, "ascii": 8},
    "letterhead": {"top": 82, "none": 7, "after_body": 4, "glued_to_title": 7},
    "title": {"one_line": 52, "two_lines": 20, "subject_label": 12, "fiscal_quarter": 16, "dated": 8},
    "header": {"colon": 18, "visarga": 11, "tab": 9, "combined_date_time": 7, "separate_lines": 5,
               "enothi": 10, "opening": 36, "date_only_opening": 4, "date_label_opening": 5, "dash": 5,
               "date_line": 4},
    "opening_order": {"adya_time_venue_chair": 20, "venue_committee_chair": 14, "gata_saheb": 12,
                      "office_designation_name": 12, "presided_by_sentence": 12, "venue_before_date": 10,
                      "time_after_venue": 10, "mahodoy": 10, "post_role_apostrophe": 8, "hosted_meeting_venue": 8},
    "meeting_date": {"gregorian": 84, "bangla_and_gregorian": 9, "bangla_only": 7},
    "attendance": {"none": 38, "label_or_sentence_ref": 32, "header_list": 10, "appendix": 20},
    "attendee_list": {"numbered": 30, "numbered_roles": 15, "pipe_name_designation": 15, "pipe_columns": 12,
                      "tab_table": 12, "two_column": 8, "university_council": 8, "dash_ditto": 8, "names_only": 5,
                      "inline": 6, "register": 4},
    "agenda": {"numbered": 16, "decimal": 12, "lettered": 12, "agenda_label": 12, "proposal": 10,
               "pipe_table": 10, "tab_table": 5, "narrative": 10, "decision_numbers": 6, "closing_paragraph": 7,
               "listed": 12},
    "memo": {"2014": 42, "2024": 14, "2008": 8, "free_form": 30, "none": 6},
    "issued": {"gregorian_same_line": 32, "gregorian_own_line": 18, "bangla_stacked": 26, "bangla_slash": 12,
               "bangla_only": 5, "none": 7},
    "distribution_heading": {"bitoron": 30, "not_seniority": 22, "onulipi": 12, "onulipi_request": 14,
                             "onulipi_bracket_request": 8, "bracket_request": 14},
    "distribution_items": {"paren_number": 22, "danda": 20, "zero_dot": 14, "bracketed": 12, "dot": 16,
                           "dash": 8, "dash_paren": 8},
    "chair_signature": {"bracketed": 40, "plain": 20, "signed": 16, "signed_dated": 5, "side_by_side": 12,
                        "role_line": 7, "role_only": 5},
    "issuer_signature": {"bracketed": 50, "plain": 25, "contact_lines": 15, "signed": 10},
    "plant": {"none": 82, "fiscal_year_mismatch": 3, "quarter_mismatch": 3, "issued_dates_inconsistent": 3,
              "issued_before_meeting": 3, "memo_year_mismatch": 3, "memo_group_length": 3},
}
# A label header that names the chair by post alone ("সভাপতি: উপজেলা নির্বাহী অফিসার"; real-forms.md A31):
# the name is the signer's with that post (docs/conventions.md "People"), with a warning.
CHAIR_POST_ONLY = 0.08
# Noise, each drawn on its own (probability).
NOISE = {"bijoy_leftovers": 0.06, "missing_space": 0.05, "misspelt_title_word": 0.04,
         "misspelt_decision_label": 0.06, "cut_off_end": 0.03, "trailing_spaces": 0.05,
         "page_break_in_decision": 0.05, "markdown_bold": 0.03, "converter_slips": 0.05,
         "spaced_date_separators": 0.05, "acting_chair": 0.04}
# A label of the chair, date, time or venue printed without its separator, one space before its value,
# among label lines that keep theirs: what OCR makes of a faint colon (samples/scan_draws.py seed 4202).
SEPARATOR_LOST = 0.04
SEPARATOR_LOST_LABELS = {"সভাপতি", "তারিখ", "সভার তারিখ", "সময়", "সভার সময়", "স্থান", "সভার স্থান", "সভাস্থল"}
# What faulty Bijoy-to-Unicode converters write for some conjuncts (pipeline/parse/data/converter_slips.tsv)
CONVERTER_SLIPS = {"স্ত": "সত্ম", "ন্ত": "মত্ম", "স্তু": "স্ত্ত", "রু": "রম্ন", "প্লে": "পেস্ন"}

MINUTES_WORD = "কার্যবিবরণী"
MISSPELT_MINUTES = ["কাযবিবরণী", "কার্যবিবরনী"]
CLOSINGS = ["সভায় আর কোনো আলোচ্য বিষয় না থাকায় সভাপতি উপস্থিত সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।",
            "আর কোন আলোচনা না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।",
            "সভায় আর কোনো আলোচনা না থাকায় সভাপতি উপস্থিত সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।"]
WELCOMES = ["সভাপতি উপস্থিত সকলকে স্বাগত জানিয়ে সভার কাজ শুরু করেন।",
            "সভার শুরুতে সভাপতি উপস্থিত সদস্যবৃন্দকে স্বাগত জানান।",
            "সভাপতি সভায় উপস্থিত সকলকে শুভেচ্ছা জানিয়ে সভার কার্যক্রম শুরু করেন।"]
INTROS = ["অতঃপর আলোচ্যসূচি অনুযায়ী নিম্নরূপ আলোচনা ও সিদ্ধান্ত গৃহীত হয়:",
          "অতঃপর সভাপতির অনুমতিক্রমে সদস্য-সচিব আলোচ্যসূচি উপস্থাপন করেন।",
          "অতঃপর আলোচ্যসূচি অনুযায়ী সভার কাজ শুরু হয়।"]
QUARTERS = {1: ["১ম", "প্রথম"], 2: ["২য়", "দ্বিতীয়"], 3: ["৩য়", "তৃতীয়"], 4: ["৪র্থ", "চতুর্থ"]}
BIJOY = {"ম্ন": "¤œ", "্ল": "ø", "স্ত": "¯Í", "স্থ": "¯’", "ন্ত": "š—"}
LETTERS = "কখগঘঙচছজঝঞ"


@dataclass
class Minutes:
    id: str
    text: str
    expected: dict
    forms: dict = field(default_factory=dict)


class Doc:
    """One document being drawn."""

    def __init__(self, rng: random.Random, doc_id: str):
        self.rng = rng
        self.id = doc_id
        self.forms: dict[str, object] = {}
        self.rec = truth.empty_record()
        self.names = Names(rng)

    # ---- choices ------------------------------------------------------------------------------
    def pick(self, key: str, record: bool = True, weights: dict | None = None) -> str:
        table = weights or WEIGHTS[key]
        choice = self.rng.choices(list(table), list(table.values()))[0]
        if record:
            self.forms[key] = choice
        return choice

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def noise(self, key: str) -> bool:
        """Whether this document carries the noise `key` (drawn once per document, in setup) and it was
        not applied yet: each noise is applied once."""
        if key in self.noises and key not in self.forms.setdefault("noise", []):
            self.forms["noise"].append(key)
            return True
        return False

    def warn(self, code: str, field_: str):
        self.rec["warnings"].append(truth.warning(code, field_))

    # ---- context ------------------------------------------------------------------------------
    def setup(self):
        rng = self.rng
        self.noises = {key for key, p in NOISE.items() if rng.random() < p}
        self.kind = self.pick("kind")
        self.spec = data.table("offices.json")[self.kind]
        self.p = Printer(rng, self.pick("digits") == "ascii")
        self.org = rng.choice(self.spec["orgs"])
        place = rng.choice(data.table("places.json")["districts"])
        units = data.table("offices.json")["university_units"]
        upazila, union = rng.choice(place["upazilas"]), rng.choice(place["unions"])
        branch = rng.choice(self.spec["branches"]) if self.spec["branches"] else ""
        self.values = {
            "district": place["district"], "division": place["division"], "upazila": upazila, "union": union,
            "n": self.p.n(rng.randint(1, 12)), "branch": branch,
            "ministry": rng.choice(data.table("offices.json")["ministries"]),
            "district_site": "dist" + str(rng.randint(10, 99)), "upazila_site": "upz" + str(rng.randint(10, 99)),
            "union_site": "un" + str(rng.randint(10, 99)), "division_site": "div" + str(rng.randint(1, 9)),
            "faculty": rng.choice(units["faculties"]), "dept": rng.choice(units["depts"]),
            "hall": rng.choice(units["halls"]), "institute": rng.choice(units["institutes"]),
            "address": self.org.get("address", ""), "agency": self.org.get("agency", ""),
            "abbr": self.org["abbr"],
            "district_short": _short(place["district"]), "upazila_short": _short(upazila),
            "union_short": _short(union), "branch_short": _short(branch) if branch else "প্রশা",
        }
        self.values["address"] = self.fill(self.values["address"])
        self.values["org"] = self.fill(self.org["name"])
        self.values["org_gen"] = self.fill(self.org["gen"])
        self.values["site"] = self.fill(self.org["site"])
        # dates: meeting between 1996 and 2025, issued a few days later
        self.meeting_day = dt.date(1996, 1, 1) + dt.timedelta(days=rng.randrange(0, 30 * 365))
        self.issue_day = self.meeting_day + dt.timedelta(days=rng.randint(1, 14))
        self.plant = self.pick("plant")
        if self.plant == "issued_before_meeting":
            self.issue_day = self.meeting_day - dt.timedelta(days=rng.randint(1, 6))
            self.warn("issued_before_meeting", "issued")
        hour = rng.choice([9, 10, 10, 10, 11, 11, 12, 14, 15, 15, 16, 18, 20])
        self.meeting_time = (hour, rng.choice([0, 0, 0, 30, 30, 15, 45]))

    def fill(self, template: str | None) -> str | None:
        if template is None:
            return None
        out = template
        for key, value in self.values.items():
            out = out.replace("{" + key + "}", value)
        return out

    def spec_person(self, entry, titles: list[str] | None = None) -> Person:
        designation, branch, office_lines = entry
        person = self.names.person(titles=titles)
        person.designation = designation
        person.branch = branch
        person.office_lines = [self.fill(line) for line in office_lines]
        return person

    def titles_for(self, p_title: float) -> list[str]:
        if not self.chance(p_title):
            return []
        group = {"university": "academic", "directorate": "health" if "স্বাস্থ্য" in self.values["org"] else "other"}
        return list(self.rng.choice(TITLE_SETS[group.get(self.kind, "other")]))

    # ---- the document -------------------------------------------------------------------------
    def build(self) -> Minutes:
        self.setup()
        rng = self.rng
        self.chair = self.spec_person(rng.choice(self.spec["chairs"]),
                                      self.titles_for(0.8 if self.kind == "university" else 0.12))
        self.secretary = self.spec_person(rng.choice(self.spec["secretaries"]), self.titles_for(0.08))
        if self.chair.designation and self.noise("acting_chair"):  # "ভারপ্রাপ্ত চেয়ারম্যান"
            self.chair.designation = rng.choice(["ভারপ্রাপ্ত", "দায়িত্বপ্রাপ্ত"]) + " " + self.chair.designation
        for _ in range(5):  # two signers of one post leave a chair named by post alone ambiguous
            if self.secretary.designation != self.chair.designation:
                break
            self.secretary = self.spec_person(rng.choice(self.spec["secretaries"]), self.titles_for(0.08))
        self.meeting_name = self.fill(rng.choice(self.spec["meetings"]).replace("{period}", self.period())
                                      .replace("{nth}", self.p.n(rng.randint(2, 450)) + "তম"))

        top: list[str] = []
        letterhead = self.pick("letterhead")
        lh_lines = [line for line in (self.fill(x) for x in rng.choice(self.spec["letterhead"])) if line and line != "()"]
        title_lines = self.title()
        if letterhead == "top":
            top += ["\n".join(lh_lines), "\n".join(title_lines)]
        elif letterhead == "glued_to_title":
            top += ["\n".join(lh_lines + title_lines)]
        else:
            top += ["\n".join(title_lines)]
        blocks = top + self.header()
        body = self.body()
        blocks += body
        tail = self.tail()
        blocks += tail
        if letterhead == "after_body":
            blocks.append("\n".join(lh_lines))
        text = "\n\n".join(b for b in blocks if b is not None)
        if self.noise("trailing_spaces"):
            text = "\n".join(line + " " if line and self.chance(0.3) else line for line in text.split("\n"))
        self.checks()
        return Minutes(self.id, _nfc(text.strip("\n") + "\n"), truth.nfc(self.rec), self.forms)

    def period(self) -> str:
        m = self.meeting_day
        from samples.generator.forms import G_MONTHS
        month = G_MONTHS[m.month][0]
        year = self.p.n(m.year) if self.chance(0.85) else self.p.pad(m.year % 100)
        return f"{month}/{year}"

    # ---- title --------------------------------------------------------------------------------
    def title(self) -> list[str]:
        rng = self.rng
        form = self.pick("title")
        word = MINUTES_WORD
        if self.noise("misspelt_title_word"):
            word = rng.choice(MISSPELT_MINUTES)
        meeting = self.meeting_name
        if form == "fiscal_quarter":
            fy_start = self.meeting_day.year if self.meeting_day.month >= 7 else self.meeting_day.year - 1
            quarter = (self.meeting_day.month - 7) % 12 // 3 + 1
            if self.plant == "fiscal_year_mismatch":
                fy_start += rng.choice([-1, 1])
                self.warn("fiscal_year_mismatch", "fiscal_year")
            elif self.plant == "quarter_mismatch":
                quarter = rng.choice([q for q in (1, 2, 3, 4) if q != quarter])
                self.warn("quarter_mismatch", "quarter")
            fy = (f"{self.p.n(fy_start)}-{self.p.pad((fy_start + 1) % 100)}" if self.chance(0.6)
                  else f"{self.p.n(fy_start)}-{self.p.n(fy_start + 1)}")
            q = rng.choice(QUARTERS[quarter])
            stem = self.fill(rng.choice(self.spec["fy_stems"]))
            lines = [f"{stem} {fy} অর্থবছরের {q} ত্রৈমাসিক সভার {word}"]
            self.rec["fiscal_year"] = f"{fy_start}-{fy_start + 1}"
            self.rec["quarter"] = quarter
            if self.chance(0.5):
                lines = _split_line(lines[0], rng)
        else:
            ending = "র" if meeting.endswith("সভা") else "ের"
            line = f"{meeting}{ending} {word}"
            lines = [line]
            if form == "two_lines":
                lines = _split_line(line, rng)
            elif form == "subject_label":
                lines = [f"{rng.choice(['বিষয়:', 'বিষয়ঃ', 'বিষয় :'])} {line}{rng.choice(['', '।'])}"]
            elif form == "dated":  # the meeting's date in the title, perhaps nowhere else
                self.meeting_date_text()
                lines = [rng.choice([f"{self.date_printed} তারিখে অনুষ্ঠিত {line}", f"{line} - {self.date_printed}",
                                     f"{line} ({self.date_printed})"])]
        if self.plant in ("fiscal_year_mismatch", "quarter_mismatch") and form != "fiscal_quarter":
            self.plant = "none"  # only a title with a fiscal year can carry these
            self.forms["plant"] = "none"
        title = " ".join(lines)
        title = regex.sub(r"^বিষয়\s*[:ঃ]\s*", "", title)
        if self.chance(0.05):
            lines[-1] += rng.choice([" :", "।"])
        self.rec["title"] = clean(title)
        return lines

    # ---- header -------------------------------------------------------------------------------
    def header(self) -> list[str]:
        form = self.pick("header")
        if self.forms["title"] != "dated":
            self.meeting_date_text()
        attendance = self.pick("attendance")
        if attendance == "header_list" and form in ("opening", "date_only_opening", "date_label_opening"):
            attendance = self.forms["attendance"] = "appendix"
        self.attendance_ref_text = None
        if attendance in ("label_or_sentence_ref", "appendix"):
            letter = self.rng.choice(["'ক'", "-'ক'", "-ক", " 'ক'", ' "ক"', "-‘ক’", " ‘‘ক’’"])
            self.attendance_ref_text = "পরিশিষ্ট" + letter
            if self.chance(0.05):  # quoted whole, as portal pages print it
                self.attendance_ref_text = "’’পরিশিষ্ট ক’’"
            self.rec["meeting"]["attendance_ref"] = self.attendance_ref_text
        if form in ("opening", "date_only_opening"):
            blocks = [self.opening(form)]
        elif form == "date_label_opening":  # "তারিখঃ <date>" alone, then an opening that says the rest
            label = f"{self.rng.choice(['তারিখ', 'সভার তারিখ'])}{self.rng.choice([':', 'ঃ', ' : '])} {self.date_with_weekday()}"
            blocks = [label, self.opening("opening")]
        elif form == "date_line":  # "১৭.০৭.২০১৫  বিকাল ৫:৩০ ঘটিকা" under the title, then labels without them
            line = self.date_with_weekday()
            self.time_printed_in_date_line = self.chance(0.6)
            if self.time_printed_in_date_line:
                line += self.rng.choice(["  ", " ", ", "]) + self.time_text("label")
            blocks = [line, self.label_header(self.rng.choice(["colon", "visarga"]), attendance)]
        else:
            blocks = [self.label_header(form, attendance)]
        if attendance in ("label_or_sentence_ref", "appendix") and not self.ref_in_header:
            blocks.append(self.rng.choice([
                f"সভায় উপস্থিত সদস্যবৃন্দের তালিকা {self.attendance_ref_text} তে দেখানো হলো।",
                f"সভায় উপস্থিত কর্মকর্তাগণের তালিকা {self.attendance_ref_text} তে সংযুক্ত।",
                f"উপস্থিত সদস্যগণের নামের তালিকা {self.attendance_ref_text} এ দেখানো হলো।"]))
        elif attendance == "none" and self.chance(0.2):
            blocks.append("সভায় উপস্থিত সদস্যবৃন্দের তালিকা সংযুক্ত।")
        if attendance == "header_list":
            blocks.append(self.attendee_block(in_header=True))
        self.appendix_wanted = attendance == "appendix"
        return blocks

    def meeting_date_text(self):
        """The printed meeting date (with era and weekday words where the form puts them) and its truth."""
        rng, day = self.rng, self.meeting_day
        form = self.pick("meeting_date")
        style = self.p.date_style()
        self.forms["meeting_date_style"] = style
        printed, raw = self.p.gdate(day, style)
        weekday = WEEKDAYS[day.weekday()]
        self.weekday = weekday
        if "/" in raw and self.noise("spaced_date_separators"):  # "২৪ / ০৭/২০১৪", as typed
            spaced = raw.replace("/", self.rng.choice([" / ", " /", "/ "]), 1)
            printed, raw = printed.replace(raw, spaced), spaced
        if form == "gregorian":
            self.date_printed = printed
            self.rec["meeting"]["date"] = truth.date_value(day.isoformat(), raw)
        elif form == "bangla_and_gregorian":
            bprinted, _ = self.p.bdate(day, era=rng.choice([" বঙ্গাব্দ", " বাংলা"]))
            self.date_printed = rng.choice([f"{bprinted} মোতাবেক {printed}", f"{bprinted}/{printed}"])
            self.rec["meeting"]["date"] = truth.date_value(day.isoformat(), raw)
        else:
            bprinted, btruth = self.p.bdate(day, era=rng.choice([" বঙ্গাব্দ", " বাংলা সন", ""]))
            self.date_printed = bprinted
            self.rec["meeting"]["date"] = truth.date_value(btruth["gregorian"], btruth["raw"], "bangla")

    def date_with_weekday(self) -> str:
        return self.date_printed + self.rng.choice(["", f", {self.weekday}", f" ({self.weekday})",
                                                    f", রোজ {self.weekday}", f" রোজ {self.weekday}"])

    def time_text(self, where: str) -> str:
        printed, value, form = self.p.time(*self.meeting_time, where)
        self.forms["time_form"] = form
        self.rec["meeting"]["time"] = value
        return printed

    def venue_text(self, opening: bool = False) -> str:
        rng = self.rng
        if opening:
            venue = self.fill(rng.choice(self.spec["opening_venues"]))
            self.rec["meeting"]["venue"] = venue
            if regex.search(r"[\u0995-\u09b9\u09dc-\u09df\u09bc]$", venue) and self.chance(0.85):
                return venue + "ে"
            return venue + "-এ"
        venue = self.fill(rng.choice(self.spec["venues"]))
        self.rec["meeting"]["venue"] = clean(venue)
        return venue + rng.choice(["", "", "।"])

    def chair_truth(self, office: bool = True):
        self.rec["chair"] = self.chair.truth("chair", office=office)

    def label_header(self, form: str, attendance: str) -> str:
        rng, chair = self.rng, self.chair
        self.chair_truth()
        wrapped = chair.designation and self.chance(0.35 if form != "enothi" else 1.0)
        post_only = not wrapped and chair.designation and self.chance(CHAIR_POST_ONLY)
        if post_only:  # "সভাপতি: উপজেলা নির্বাহী অফিসার, ...": the name only under the chair's signature
            chair_lines = [chair.post() + ("" if not chair.office_lines else ", " + ", ".join(chair.office_lines))]
            self.warn("chair_name_from_signature", "chair.name")
        elif form == "enothi":
            chair_lines = [chair.full_name(courtesy=False), chair.post() + ("" if not chair.office_lines
                                                                             else ", " + ", ".join(chair.office_lines))]
        elif wrapped and chair.office_lines and self.chance(0.4):  # name, post and each office line stacked
            chair_lines = [chair.full_name(), chair.post(), *chair.office_lines]
        elif wrapped:
            chair_lines = [chair.full_name(), chair.post() + ("" if not chair.office_lines
                                                              else ", " + ", ".join(chair.office_lines))]
        else:
            chair_lines = [chair.inline(courtesy=self.chance(0.7), comma=self.chance(0.8))]
        stacked = len(chair_lines) > 2
        self.forms["chair_value"] = ("stacked" if stacked else "wrapped" if wrapped else "post_only" if post_only
                                     else "one_line")
        fields = [("সভাপতি", chair_lines)]
        date_label = rng.choice(["তারিখ", "সভার তারিখ"])
        time_label = rng.choice(["সময়", "সভার সময়"])
        if form == "combined_date_time":
            time = self.time_text("label")
            if self.chance(0.6):
                fields.append((rng.choice(["সভার তারিখ ও সময়", "তারিখ ও সময়"]), [f"{self.date_printed}, {time}"]))
            else:
                fields.append(("সময় ও তারিখ", [f"{time}, {self.date_printed}"]))
        elif self.forms["header"] == "date_line":  # the date (and perhaps the time) said on a line of its own
            if not self.time_printed_in_date_line:
                fields.append((time_label, [self.time_text("label")]))
        elif self.forms["title"] == "dated" and self.chance(0.5):  # the title's date only
            fields.append((time_label, [self.time_text("label")]))
        else:
            fields.append((date_label, [self.date_with_weekday()]))
            fields.append((time_label, [self.time_text("label")]))
        fields.append((rng.choice(["স্থান", "সভার স্থান", "সভাস্থল"]), [self.venue_text()]))
        self.ref_in_header = False
        if attendance in ("label_or_sentence_ref", "appendix") and self.chance(0.6):
            fields.append(("উপস্থিতি", [self.attendance_ref_text]))
            self.ref_in_header = True
        if self.chance(0.25):  # the chair after date, time and venue, as universities print it
            chair_field = fields.pop(0)
            fields.insert(len(fields) - (1 if self.ref_in_header else 0), chair_field)
        flush = stacked and self.chance(0.5)  # the stacked lines printed flush left, as portal pages do
        return "\n".join(_label_lines(fields, form, rng, flush))

    def opening(self, form: str) -> str:
        rng, chair = self.rng, self.chair
        self.ref_in_header = False
        committee = self.meeting_name
        date = self.date_printed
        era_word = ""
        wd = rng.choice(["", f" রোজ {self.weekday}", f" ({self.weekday})"])
        if form == "date_only_opening":
            self.forms["opening_order"] = "date_only"
            return (f"{rng.choice(['অদ্য', 'গত'])} {date}{era_word} তারিখে {committee} অনুষ্ঠিত হয়। "
                    f"সভায় সংশ্লিষ্ট সকল সদস্য উপস্থিত ছিলেন।")
        order = self.pick("opening_order")
        time = self.time_text("opening")
        venue = self.venue_text(opening=True)
        name = chair.full_name(courtesy=True) if chair.courtesy or chair.titles else "জনাব " + chair.name
        post = chair.post()
        office = ", ".join(chair.office_lines)
        who = f"{name}, {post}" + (f", {office}" if office else "")
        self.chair_truth()
        if order == "adya_time_venue_chair":
            s = f"অদ্য {date} তারিখ{wd} {time} {venue} {who}-এর সভাপতিত্বে {committee} অনুষ্ঠিত হয়।"
        elif order == "venue_committee_chair":
            s = f"অদ্য {date}{wd} {time} {venue} {committee} {who}-এর সভাপতিত্বে অনুষ্ঠিত হয়।"
        elif order == "gata_saheb":
            self.chair_truth(office=False)
            s = f"গত {date} তারিখ {time} {name} {post} সাহেবের সভাপতিত্বে {venue} {committee} অনুষ্ঠিত হয়।"
        elif order == "office_designation_name":
            where = office or self.values["org"]
            self.rec["chair"]["office"] = clean(where)
            s = f"{where}-এর {chair.designation} {name}-এর সভাপতিত্বে {date} তারিখ {time} {venue} {committee} অনুষ্ঠিত হয়।"
        elif order == "presided_by_sentence":
            role = rng.choice(["কমিটির সভাপতি", "কমিটির আহ্বায়ক", "সভার সভাপতি"])
            tail = f", {office}" if office else ""
            verb = rng.choice(["সভাপতিত্ব করেন"] * 5 + ["সভপতিত্ব করেন"])  # a misspelling real minutes print
            s = (f"{committee} {date} তারিখ{wd} {time} {venue} অনুষ্ঠিত হয়। "
                 f"সভায় {verb} {name}, {role} ও {post}{tail} মহোদয়।")
        elif order == "post_role_apostrophe":
            # "<post> ও <committee> সভাপতি <name>’র সভাপতিত্বে" (real-forms.md A47-A50 group C: city corporation,
            # university syndicate): the committee role is no post; the possessive glued with an apostrophe
            self.chair_truth(office=False)
            role = rng.choice(["কমিটির সভাপতি", "সিন্ডিকেট সভাপতি", "কমিটির আহ্বায়ক"])
            s = f"অদ্য {date} তারিখ{wd} {time} {venue} {post} ও {role} {name}’র সভাপতিত্বে {committee} অনুষ্ঠিত হয়।"
        elif order == "hosted_meeting_venue":  # "<office>-এর উদ্যোগে এক জরুরী সভা <venue> অনুষ্ঠিত হয়"
            kind = rng.choice(["", "জরুরী ", "বিশেষ "])
            s = (f"অদ্য {date}{wd} {time} {self.values['org']}-এর উদ্যোগে এক {kind}সভা {venue} অনুষ্ঠিত হয়। "
                 f"সভায় সভাপতিত্ব করেন {who}।")
        elif order == "venue_before_date":
            s = f"{venue} {date} তারিখ {time} {who}-এর সভাপতিত্বে {committee} অনুষ্ঠিত হয়।"
        elif order == "time_after_venue":
            s = f"অদ্য {date} তারিখ{wd} {venue} {time} {who}-এর সভাপতিত্বে {committee} অনুষ্ঠিত হয়।"
        else:  # mahodoy
            s = f"গত {date} তারিখে {time} {venue} {who} মহোদয়ের সভাপতিত্বে {committee} অনুষ্ঠিত হয়।"
        return s

    # ---- attendees ----------------------------------------------------------------------------
    def attendee_people(self, count: int) -> list[tuple[Person, str]]:
        """(person, role) in printed order: chair first when the list names roles, member-secretary last."""
        rng = self.rng
        pool = self.spec["attendees"]
        people = []
        for i in range(count):
            entry = rng.choice(pool)
            person = self.spec_person(entry, self.titles_for(0.5 if self.kind == "university" else 0.1))
            if "{ward}" in str(entry) or "{wards}" in str(entry):
                ward = rng.randint(1, 9)
                text = (self.p.n(ward) if entry[0] != "সংরক্ষিত মহিলা সদস্য"
                        else ",".join(self.p.n(w) for w in (ward, ward + 1, ward + 2)))
                person.office_lines = [text + "নং ওয়ার্ড"]
            people.append((person, "member"))
        return people

    def attendee_block(self, in_header: bool = False) -> str:
        rng = self.rng
        form = self.pick("attendee_list")
        if in_header and form in ("university_council", "pipe_columns", "tab_table"):
            form = self.forms["attendee_list"] = "numbered"
        if form in ("names_only", "inline") and not in_header:  # only under a heading that says they attended
            form = self.forms["attendee_list"] = "numbered"
        if form == "inline":
            return self.inline_attendees()
        with_roles = form in ("numbered_roles", "pipe_name_designation", "pipe_columns")
        count = rng.randint(4, 9)
        if form == "university_council":
            count = rng.randint(40, 160)
        members = self.attendee_people(count)
        if with_roles:
            members = [(self.chair, "chair")] + members + [(self.secretary, "member_secretary")]
            if form == "pipe_columns" and self.chance(0.3):
                guest = self.names.person()
                guest.designation, guest.office_lines = "সভাপতি", [f"{self.values['district']} প্রেসক্লাব"]
                members.insert(-1, (guest, "other"))
        role_word = {"chair": "সভাপতি", "member": "সদস্য", "member_secretary": "সদস্য-সচিব", "other": "আমন্ত্রিত"}
        lines = []
        if in_header:
            lines.append(rng.choice(["উপস্থিত সদস্যবৃন্দঃ", "উপস্থিত সদস্যবৃন্দ:", "সভায় উপস্থিত সদস্যগণ:"]))
        truths = []
        if form in ("numbered", "numbered_roles", "university_council"):
            marker = rng.choice(["{}।", "{}.", "{})"])
            zero = self.chance(0.3)
            for i, (person, role) in enumerate(members, 1):
                num = self.p.pad(i) if zero else self.p.n(i)
                line = f"{marker.format(num)} {person.inline(courtesy=self.chance(0.6))}"
                if form == "numbered_roles":
                    line += f" - {role_word[role]}"
                lines.append(line)
                truths.append(person.truth(role))
        elif form in ("dash_ditto", "names_only"):  # "১। জনাব ক – সদস্য", "২। জনাব খ – ঐ"; or "১। জনাব ক"
            marker = rng.choice(["{}।", "{}.", "{})"])
            dash = rng.choice([" – ", " - ", " — "])
            above = None
            for i, (person, role) in enumerate(members, 1):
                line = f"{marker.format(self.p.n(i))} {person.full_name(courtesy=self.chance(0.6))}"
                if form == "dash_ditto":
                    if above and self.chance(0.4):  # the post and office of the line above: "ঐ"
                        person.designation, person.branch = above.designation, above.branch
                        person.office_lines = list(above.office_lines)
                        line += dash + rng.choice(["ঐ", "ঐ", "-ঐ-", "〃"])
                    else:
                        line += dash + ", ".join([person.post(), *person.office_lines])
                    truths.append(person.truth(role))
                else:
                    truths.append({**person.truth(role), "designation": None, "office": None})
                lines.append(line)
                above = person
        elif form == "register":  # a signature register: "০১, <name> <post> স্বাক্ষরিত", then ",," for what repeats
            if not in_header:
                lines.append(rng.choice(["উপস্থিত সভ্যগণের স্বাক্ষর", "উপস্থিত সদস্যদের স্বাক্ষর"]))
            above = None
            for i, (person, role) in enumerate(members, 1):
                name = person.full_name(courtesy=False)
                if above and self.chance(0.6):
                    person.designation, person.branch, person.office_lines = above.designation, above.branch, []
                    lines.append(f"{self.p.pad(i)}, {name} ,, ,, ,,")
                else:
                    person.office_lines = []
                    lines.append(f"{self.p.pad(i)}, {name} {person.post()} {'স্বাক্ষরিত' if i == 1 else ',,'}")
                truths.append({**person.truth(role), "office": person.branch or None})
                above = person
        elif form in ("pipe_name_designation", "pipe_columns"):
            outer = self.chance(0.8)
            if form == "pipe_name_designation":
                rows = [["ক্রমিক", "নাম ও পদবি", rng.choice(["কমিটিতে পদ", "ভূমিকা"])]]
                rows += [[self.p.n(i), p.inline(courtesy=self.chance(0.6)), role_word[r]]
                         for i, (p, r) in enumerate(members, 1)]
            else:
                rows = [["ক্রমিক", "নাম", "পদবি", "দপ্তর", "কমিটিতে পদ"]]
                rows += [[self.p.n(i), p.full_name(courtesy=self.chance(0.6)), p.designation,
                          ", ".join(p.office_lines) or self.values["org"], role_word[r]]
                         for i, (p, r) in enumerate(members, 1)]
            for j, row in enumerate(rows):
                lines.append(("| " + " | ".join(row) + " |") if outer else " | ".join(row))
                if j == 0 and outer:
                    lines.append("|" + "---|" * len(row))
            for p, r in members:
                t = p.truth(r)
                if form == "pipe_columns":
                    t["office"] = (", ".join(p.office_lines) or self.values["org"]).rstrip("। ")
                truths.append(t)
        elif form == "tab_table":
            lines.append("ক্রমিক নং\tনাম\tপদবি\tস্বাক্ষর")
            for i, (p, r) in enumerate(members, 1):
                post = p.designation + (f" ({p.office})" if p.office else "")
                lines.append(f"{self.p.pad(i)}\t{p.full_name(courtesy=self.chance(0.4))}\t{post}\t")
                truths.append(p.truth(r))
        elif form == "two_column":
            width = max(len(f"{i}. {p.full_name()}, {p.post()}") for i, (p, _) in enumerate(members, 1)) + 6
            for i in range(0, len(members), 2):
                cells = []
                for j, (p, r) in enumerate(members[i:i + 2], i + 1):
                    cells.append(f"{self.p.n(j)}. {p.full_name(courtesy=self.chance(0.5))}, {p.post()}")
                    truths.append({**p.truth(r), "office": p.branch or None})
                lines.append(cells[0].ljust(width) + (cells[1] if len(cells) > 1 else "")
                             if self.chance(0.7) else "\t\t".join(cells))
        self.rec["attendees"] = truths
        return "\n".join(lines)

    def inline_attendees(self) -> str:
        """"উপস্থিত সদস্যগণ: ক (সভাপতি), খ (কোষাধ্যক্ষ), গ ও ঘ।" — one line, as a web page prints it."""
        rng = self.rng
        members = [(self.chair, "chair")] + self.attendee_people(rng.randint(2, 6))
        entries, truths = [], []
        for person, role in members:
            if role == "chair":
                entries.append(f"{person.full_name(courtesy=False)} ({rng.choice(['সভাপতি', 'আহ্বায়ক'])})")
                truths.append({**person.truth(role), "designation": None, "office": None})
            elif person.designation and self.chance(0.5):
                entries.append(f"{person.full_name(courtesy=False)} ({person.designation})")
                truths.append({**person.truth(role), "office": None})
            else:
                entries.append(person.full_name(courtesy=False))
                truths.append({**person.truth(role), "designation": None, "office": None})
        last = rng.choice([" ও ", ", ও ", " এবং "])
        heading = rng.choice(["উপস্থিত সদস্যগণ: ", "সভায় উপস্থিত: ", "উপস্থিত নির্বাহী কমিটির সদস্যগণঃ ",
                              "উপস্থিত সদস্যবৃন্দ: "])
        self.rec["attendees"] = truths
        return heading + ", ".join(entries[:-1]) + last + entries[-1] + rng.choice(["", "।"])

    # ---- agenda -------------------------------------------------------------------------------
    def topics(self) -> list[dict]:
        rng = self.rng
        t = data.table("topics.json")
        count = rng.randint(2, 5)
        chosen = rng.sample(t["topics"], count)
        items = []
        if self.chance(0.45):
            prev = t["previous_minutes"]
            items.append({"title": rng.choice(prev["titles"]), "discussion": rng.sample(prev["discussion"], 2),
                          "decisions": [rng.choice(prev["decisions"])]})
        for topic in chosen:
            items.append({"title": topic["title"],
                          "discussion": rng.sample(topic["discussion"], rng.randint(1, len(topic["discussion"]))),
                          "decisions": rng.sample(topic["decisions"], rng.randint(1, len(topic["decisions"])))})
        if self.chance(0.35):
            misc = t["misc"]
            items.append({"title": "বিবিধ", "discussion": [rng.choice(misc["discussion"])],
                          "decisions": [rng.choice(misc["decisions"])]})
        return items

    def discussion_text(self, sentences: list[str]) -> tuple[str, str]:
        """(printed, truth) of a discussion: sentences ending in "।"; Bijoy leftovers are printed only."""
        printed = " ".join(s + "।" for s in sentences)
        if self.noise("bijoy_leftovers"):
            for uni, bij in BIJOY.items():
                if uni in printed:
                    printed = printed.replace(uni, bij, 1)
        if any(uni in printed for uni in CONVERTER_SLIPS) and self.noise("converter_slips"):
            for uni, slip in sorted(CONVERTER_SLIPS.items(), key=lambda kv: -len(kv[0])):
                printed = printed.replace(uni, slip)
        return printed, " ".join(s + "।" for s in sentences)

    def responsible(self) -> str:
        return self.fill(self.rng.choice(self.spec["responsible"]))

    def deadline(self) -> tuple[str, dict]:
        day = self.meeting_day + dt.timedelta(days=self.rng.randint(7, 120))
        style = self.rng.choice(["named", "named", "slash", "dash"])
        printed, raw = self.p.gdate(day, style, era="")
        return printed, truth.date_value(day.isoformat(), raw)

    def decision_label_word(self) -> str:
        word = self.rng.choice(["সিদ্ধান্ত", "সিদ্ধান্ত", "গৃহীত সিদ্ধান্ত", "সিদ্ধান্তসমূহ"])
        if self.noise("misspelt_decision_label"):
            word = self.rng.choice(["সিদ্বান্ত", "গৃহিত সিদ্ধান্ত"])
        return word

    def colon(self) -> str:
        return self.rng.choice([":", ":", "ঃ", " :"])

    def decision_lines(self, decs: list[str], labels: str, with_extras: bool) -> tuple[list[str], list[dict]]:
        """A list of labelled decisions ("ক) ...;"), each perhaps with বাস্তবায়নে/সময়সীমা lines."""
        rng = self.rng
        lines, out = [], []
        for i, text in enumerate(decs):
            label, printed_label = self.label(labels, i)
            end = "।" if i == len(decs) - 1 else rng.choice([";", ";", "।"])
            if end == ";" and i == len(decs) - 2 and self.chance(0.15):
                end = "; এবং"
            printed_text = text
            if len(text.split()) > 6 and self.noise("page_break_in_decision"):
                words = text.split()
                cut = len(words) // 2
                page = rng.choice(["-২-", "পৃষ্ঠা-২", "অপর পৃষ্ঠা দ্রষ্টব্য\n\n-২-"])
                printed_text = " ".join(words[:cut]) + f"\n\n{page}\n\n" + " ".join(words[cut:])
            lines.append(f"{printed_label} {printed_text}{end}")
            resp = dl = None
            if with_extras and self.chance(0.4):
                resp = self.responsible()
                lines.append(f"বাস্তবায়নে{self.colon()} {resp}{rng.choice(['', '।'])}")
                if self.chance(0.35):
                    dprinted, dl = self.deadline()
                    lines.append(f"সময়সীমা{self.colon()} {dprinted}")
            out.append(truth.decision(label, text, resp, dl))
        return lines, out

    def label(self, style: str, i: int) -> tuple[str, str]:
        """(label as the record holds it, label as printed) of the i-th decision."""
        n = self.p.n(i + 1)
        letter = LETTERS[i]
        forms = {"letter_paren": (letter, f"{letter})"), "letter_bracket": (letter, f"({letter})"),
                 "digit_danda": (n, f"{n}।"), "digit_bracket": (n, f"({n})"), "digit_dot": (n, f"{n}.")}
        if style.startswith("sub:"):
            prefix = style[4:]
            return f"{prefix}.{n}", f"{prefix}.{n}"
        return forms[style]

    def body(self) -> list[str]:
        rng = self.rng
        blocks = []
        welcome = rng.choice(WELCOMES)
        if self.noise("missing_space"):
            welcome = welcome.replace("সভায় উপস্থিত", "সভায়উপস্থিত").replace("উপস্থিত সকলকে", "উপস্থিতসকলকে")
        style = self.pick("agenda")
        intro = rng.choice(INTROS) if style not in ("narrative", "closing_paragraph", "decision_numbers") else ""
        if "নিম্নরূপ" in intro and self.chance(0.1):
            intro = intro.replace("নিম্নরূপ", "নি¤œরূপ")
            self.forms.setdefault("noise", []).append("bijoy_in_intro")
        if intro and self.forms.get("attendance") == "header_list" and self.chance(0.3):
            blocks.append(intro)  # the decisions announced right below the attendee list, no welcome
        else:
            blocks.append((welcome + " " + intro).strip())
        items = self.topics()
        agenda = []
        getattr(self, "agenda_" + style)(items, blocks, agenda)
        self.rec["agenda"] = agenda
        if style not in ("narrative",):
            blocks.append(rng.choice(CLOSINGS))
        return blocks

    def agenda_numbered(self, items, blocks, agenda, heading=None):
        rng = self.rng
        heading = heading or rng.choice(["{n}।", "{n}.", "{z}.", "{n})"])
        zero = "{z}" in heading
        dec_labels = rng.choice(["letter_paren", "letter_bracket"])
        for i, item in enumerate(items, 1):
            number = self.p.pad(i) if zero else self.p.n(i)
            head = heading.replace("{n}", number).replace("{z}", number)
            if head.endswith("\n"):  # the title alone on its line under "আলোচ্য বিষয়ঃ (১)" (a colon would make it a label)
                lines = [f"{head}{item['title']}{rng.choice(['', '।'])}"]
            else:
                lines = [f"{head} {item['title']}{rng.choice([':', '', '।', 'ঃ'])}"]
            disc = None
            if self.chance(0.85):
                printed, disc = self.discussion_text(item["discussion"])
                lines.append(f"আলোচনা{self.colon()} {printed}")
            label = self.decision_label_word()
            if len(item["decisions"]) == 1:
                text = item["decisions"][0]
                lines.append(f"{label}{self.colon()} {text}।")
                decs = [truth.decision(None, text)]
                if self.chance(0.45):
                    resp = self.responsible()
                    lines.append(f"বাস্তবায়নে{self.colon()} {resp}{rng.choice(['', '।'])}")
                    decs[0]["responsible"] = clean(resp)
                    if self.chance(0.35):
                        dprinted, dl = self.deadline()
                        lines.append(f"সময়সীমা{self.colon()} {dprinted}")
                        decs[0]["deadline"] = dl
            else:
                lines.append(f"{label}{self.colon()}")
                more, decs = self.decision_lines(item["decisions"], dec_labels, True)
                lines += more
            blocks.append("\n".join(lines))
            agenda.append(truth.agenda_item(number, item["title"], disc, decs))

    def agenda_agenda_label(self, items, blocks, agenda):
        word = self.rng.choice(["আলোচ্যসূচি-{n}:", "আলোচ্য বিষয়-{n}ঃ", "আলোচ্য বিষয়-{n}:", "আলোচ্যসূচি নং-{n}:",
                                "এজেন্ডা-{n}:", "আলোচ্য বিষয়ঃ ({n})\n"])  # the last: its title on the next line
        self.agenda_numbered(items, blocks, agenda, heading=word)

    def agenda_listed(self, items, blocks, agenda):
        """The agenda listed under its heading (perhaps from the heading's line on), then what was said and
        decided of each item under a line that names it again: its number ("২। <title>:"), its number
        before the label ("২নং আলোচ্য বিষয়ঃ- <what was said>"), or its title ("<title>:-")."""
        rng = self.rng
        word = rng.choice(["আলোচ্যসূচি", "আলোচ্য সূচী", "আলোচ্যসুচী", "আলোচ্য বিষয়সমূহ", "আলোচ্য বিষয়"])
        colon = rng.choice([":", "ঃ", ":-", "ঃ-"])
        entry = rng.choice(["{n}।", "{n})", "{n}."])
        listed = [f"{entry.replace('{n}', self.p.n(i))} {item['title']}{rng.choice(['', '।'])}"
                  for i, item in enumerate(items, 1)]
        if self.chance(0.3):
            blocks.append("\n".join([f"{word}{colon}  {listed[0]}"] + [" " * 12 + line for line in listed[1:]]))
        else:
            blocks.append("\n".join([f"{word}{colon}"] + listed))
        head = rng.choice(["again", "number_before_label", "title"])
        if self.chance(0.4):
            blocks.append(f"আলোচনা ও সিদ্ধান্ত{colon}")
        for i, item in enumerate(items, 1):
            n = self.p.n(i)
            if i == len(items) and self.chance(0.2):
                agenda.append(truth.agenda_item(n, item["title"], None, []))  # listed, never spoken of
                continue
            printed, disc = self.discussion_text(item["discussion"])
            if head == "number_before_label" and len(item["discussion"]) > 1:
                lines = [f"{n}নং আলোচ্য বিষয়{colon} {printed}"]
            elif head == "title":
                lines = [f"{item['title']}{colon}", printed]
            else:
                lines = [f"{entry.replace('{n}', n)} {item['title']}{colon}", printed]
            label = self.decision_label_word()
            if len(item["decisions"]) == 1:
                lines.append(f"{label}{colon} {item['decisions'][0]}।")
                decs = [truth.decision(None, item["decisions"][0])]
            else:
                lines.append(f"{label}{colon}")
                more, decs = self.decision_lines(item["decisions"], rng.choice(["letter_paren", "letter_bracket"]), False)
                lines += more
            blocks.append("\n".join(lines))
            agenda.append(truth.agenda_item(n, item["title"], disc, decs))

    def agenda_decimal(self, items, blocks, agenda):
        rng = self.rng
        bold = self.noise("markdown_bold")
        for i, item in enumerate(items, 1):
            n = self.p.n(i)
            head = f"{n}.{self.p.n(0)} আলোচ্য বিষয়{self.colon()} {item['title']}।"
            blocks.append(f"**{head}**" if bold else head)
            disc = None
            if self.chance(0.9):
                printed, disc = self.discussion_text(item["discussion"])
                blocks.append(f"{n}.{self.p.n(1)} আলোচনা{self.colon()} {printed}")
            blocks.append(f"{n}.{self.p.n(2 if disc else 1)} {self.decision_label_word()}{self.colon()}")
            lines, decs = self.decision_lines(item["decisions"], rng.choice(["letter_paren", "letter_bracket"]), False)
            blocks += lines
            agenda.append(truth.agenda_item(f"{n}.{self.p.n(0)}", item["title"], disc, decs))

    def agenda_lettered(self, items, blocks, agenda):
        rng = self.rng
        bracket = self.chance(0.6)
        dec_labels = rng.choice(["digit_danda", "digit_bracket", "sub"])
        for i, item in enumerate(items):
            letter = LETTERS[i]
            lines = [f"{'(' + letter + ')' if bracket else letter + ')'} {item['title']}{rng.choice(['ঃ', ':', ''])}"]
            printed, disc = self.discussion_text(item["discussion"])
            lines.append(rng.choice(["", f"আলোচনা{self.colon()} "]) + printed)
            last_closing = i == len(items) - 1 and len(item["decisions"]) == 1 and self.chance(0.5)
            if last_closing:
                blocks.append("\n".join(lines))
                text = item["decisions"][0]
                blocks.append(f"আলোচনান্তে সিদ্ধান্ত গৃহীত হয় যে, {text}।")
                decs = [truth.decision(None, text)]
            elif len(item["decisions"]) == 1:
                text = item["decisions"][0]
                lines.append(f"{self.decision_label_word()}{self.colon()} {text}।")
                decs = [truth.decision(None, text)]
                blocks.append("\n".join(lines))
            else:
                lines.append(f"{self.decision_label_word()}{self.colon()}")
                style = f"sub:{letter}" if dec_labels == "sub" else dec_labels
                more, decs = self.decision_lines(item["decisions"], style, False)
                blocks.append("\n".join(lines + more))
            agenda.append(truth.agenda_item(letter, item["title"], disc, decs))

    def agenda_proposal(self, items, blocks, agenda):
        rng = self.rng
        word = rng.choice(["প্রস্তাব নং-{z}:", "প্রস্তাব নং {z}:", "প্রস্তাব নং-{z}ঃ"])
        for i, item in enumerate(items, 1):
            number = self.p.pad(i)
            printed, disc = self.discussion_text(item["discussion"])
            blocks.append(f"{word.replace('{z}', number)} {item['title']}।\n{printed}")
            text = item["decisions"][0]
            blocks.append(rng.choice(["আলোচনান্তে সর্বসম্মতিক্রমে সিদ্ধান্ত গৃহীত হয় যে, ",
                                      "আলোচনান্তে সিদ্ধান্ত গৃহীত হয় যে, ",
                                      "বিস্তারিত আলোচনার পর সর্বসম্মতিক্রমে সিদ্ধান্ত গৃহীত হয় যে, "]) + text + "।")
            agenda.append(truth.agenda_item(number, item["title"], disc, [truth.decision(None, text)]))

    def agenda_pipe_table(self, items, blocks, agenda, tabs=False):
        rng = self.rng
        outer = self.chance(0.75) and not tabs
        with_deadline = self.chance(0.2)
        head = [rng.choice(["ক্রমিক", "ক্রমিক নং", "ক্রম"]), "আলোচ্য বিষয়", "আলোচনা", "সিদ্ধান্ত",
                rng.choice(["বাস্তবায়নে", "বাস্তবায়নকারী"])] + (["সময়সীমা"] if with_deadline else [])
        rows = [head]
        for i, item in enumerate(items, 1):
            printed, disc = self.discussion_text(item["discussion"])
            text = item["decisions"][0]
            resp = self.responsible()
            row = [self.p.n(i), item["title"], printed, text + "।", resp]
            dl = None
            if with_deadline:
                dprinted, dl = self.deadline()
                row.append(dprinted)
            rows.append(row)
            agenda.append(truth.agenda_item(self.p.n(i), item["title"], disc,
                                            [truth.decision(None, text, resp, dl)]))
        lines = []
        for j, row in enumerate(rows):
            if tabs:
                lines.append("\t".join(row))
            else:
                lines.append(("| " + " | ".join(row) + " |") if outer else " | ".join(row))
                if j == 0:
                    lines.append(("|" + "---|" * len(row)) if outer else "|".join(["---"] * len(row)))
        blocks.append("\n".join(lines))

    def agenda_tab_table(self, items, blocks, agenda):
        self.agenda_pipe_table(items, blocks, agenda, tabs=True)

    def agenda_narrative(self, items, blocks, agenda):
        rng = self.rng
        paragraphs, truths = [], []
        k = 2
        for item in items[:rng.randint(1, min(3, len(items)))]:
            printed, disc = self.discussion_text(item["discussion"])
            paragraphs.append(f"{self.p.n(k)}। {printed}")
            truths.append(disc)
            k += 1
        blocks += paragraphs
        blocks.append(f"{self.p.n(k)}। " + rng.choice(["বিস্তারিত আলোচনা শেষে সভায় নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:",
                                                      "বিস্তারিত আলোচনার পর সভায় নিম্নোক্ত সিদ্ধান্ত গৃহীত হয়:"]))
        decs_text = [d for item in items for d in item["decisions"][:1]][:6]
        style = rng.choice(["letter_bracket", "letter_paren", f"sub:{self.p.n(k)}"])
        lines, decs = self.decision_lines(decs_text, style, True)
        blocks.append("\n".join(lines))
        blocks.append(f"{self.p.n(k + 1)}। " + rng.choice(CLOSINGS))
        agenda.append(truth.agenda_item(None, None, " ".join(truths), decs))

    def agenda_decision_numbers(self, items, blocks, agenda):
        rng = self.rng
        sentences = [s for item in items[:3] for s in item["discussion"][:2]]
        printed, disc = self.discussion_text(sentences)
        blocks.append(f"আলোচনা{self.colon()} {printed}")
        decs = []
        lines = []
        for i, item in enumerate(items[:5]):
            text = item["decisions"][0]
            n = self.p.n(i + 1)
            lines.append(f"{rng.choice(['সিদ্ধান্ত নং', 'সিদ্ধান্ত নং-'])} {n}{self.colon()} {text}।")
            decs.append(truth.decision(n, text))
        blocks.append("\n".join(lines))
        agenda.append(truth.agenda_item(None, None, disc, decs))

    def agenda_closing_paragraph(self, items, blocks, agenda):
        rng = self.rng
        truths = []
        for item in items[:rng.randint(1, 3)]:
            printed, disc = self.discussion_text(item["discussion"])
            blocks.append(printed)
            truths.append(disc)
        text = items[0]["decisions"][0]
        blocks.append(rng.choice(["আলোচনান্তে সর্বসম্মতিক্রমে সিদ্ধান্ত গৃহীত হয় যে, ",
                                  "বিস্তারিত আলোচনা শেষে সভায় সিদ্ধান্ত গৃহীত হয় যে, "]) + text + "।")
        agenda.append(truth.agenda_item(None, None, " ".join(truths), [truth.decision(None, text)]))

    # ---- signatures, memo, distribution --------------------------------------------------------
    def signature(self, person: Person, form: str, role_line: str | None = None) -> list[str]:
        rng = self.rng
        name = person.full_name(courtesy=False)
        lines = []
        if form in ("signed", "signed_dated"):
            stamp = "স্বাক্ষরিত/-"
            if form == "signed_dated":
                stamp += " " + self.p.gdate(self.issue_day - dt.timedelta(days=1), "two_digit_year", era="")[0]
            lines.append(stamp)
        lines.append(f"({name})" if form in ("bracketed", "signed", "signed_dated", "contact_lines", "role_line")
                     and not (form == "signed" and self.chance(0.3)) else name)
        lines.append(person.post())
        lines += person.office_lines
        if role_line:
            lines.append(role_line)
        if form == "contact_lines":
            lines.append(f"ফোন: {self.p.n('02-9549')}{self.p.n(rng.randint(100, 999))}")
            lines.append(f"ইমেইল: {rng.choice(['admin', 'info', 'dc', 'uno', 'registrar'])}{rng.randint(1, 9)}@example.gov.bd")
        return lines

    def chair_signature(self) -> str:
        rng = self.rng
        form = self.pick("chair_signature")
        chair_t = {**self.chair.truth("chair"), "office": self.chair.office}
        if self.rec["chair"] is None:  # no chair named above: the block is the chair's only by a role line
            chair_t["role"] = "chair" if form in ("role_line", "side_by_side") else "other"
        if form == "side_by_side":
            roles = self.chance(0.6)
            left = self.signature(self.secretary, "bracketed", "সদস্য-সচিব" if roles else None)
            right = self.signature(self.chair, "bracketed", "সভাপতি" if roles else None)
            if self.chance(0.3):
                left, right = ["স্বাক্ষরিত/-"] + left, ["স্বাক্ষরিত/-"] + right
            width = max(len(x) for x in left) + rng.randint(8, 30)
            tabbed = self.chance(0.3)
            lines = []
            for a, b in _zip_longest(left, right):
                lines.append(f"{a}\t\t\t{b}" if tabbed else a.ljust(width) + b)
            if self.rec["chair"] is None and not roles:
                chair_t["role"] = "other"
            self.rec["signatories"] += [self.secretary.truth("member_secretary" if roles else "other"), chair_t]
            return "\n".join(lines)
        if form == "role_only" and self.forms.get("chair_value") == "post_only":
            form = self.forms["chair_signature"] = "bracketed"  # the post-only chair's name is the signer's
        if form == "role_only":  # a committee's signer: the name, "সভাপতি" below it, perhaps the body's name
            office = self.values["org"] if self.chance(0.4) else None
            lines = [rng.choice(["", "স্বাক্ষর", "স্বাক্ষরিত/-"]), self.chair.full_name(courtesy=False),
                     rng.choice(["সভাপতি", "সভাপতি", "আহ্বায়ক", "আহবায়ক"]), office or ""]
            self.rec["signatories"].append({**chair_t, "designation": None, "role": "chair",
                                            "office": clean(office).rstrip("। ") if office else None})
            return "\n".join(line for line in lines if line)
        lines = self.signature(self.chair, "bracketed" if form == "role_line" else form,
                               "সভাপতি" if form == "role_line" else None)
        self.rec["signatories"].append(chair_t)
        return "\n".join(lines)

    def memo_text(self) -> tuple[str | None, list[str]]:
        """The memo number as printed and the warnings it must give; sets rec["memo"]."""
        rng, p = self.rng, self.p
        year = self.issue_day.year
        weights = dict(WEIGHTS["memo"])
        if year < 2008:
            weights.update({"2014": 0, "2024": 0, "2008": 0})
        elif year < 2015:
            weights.update({"2014": 0, "2024": 0})
        else:
            weights["2008"] = 0
            if year < 2024:
                weights["2024"] = 0
        if self.plant in ("memo_year_mismatch", "memo_group_length"):
            weights = {"2014": 1} if year >= 2015 else weights
        scheme = self.pick("memo", weights=weights)
        if self.plant in ("memo_year_mismatch", "memo_group_length") and scheme != "2014":
            self.plant = self.forms["plant"] = "none"
        if scheme == "none":
            return None, []
        serial = str(rng.randint(1, 1999))
        if scheme == "free_form":
            template = rng.choice(self.spec["memo_free"])
            values = {"year": p.n(year), "year2": p.pad(year % 100), "serial": p.n(serial),
                      "file": p.pad(rng.randint(1, 40)), "file2": p.pad(rng.randint(1, 20))}
            raw = self.fill(template)
            for key, value in values.items():
                raw = raw.replace("{" + key + "}", value)
            self.rec["memo"] = {"raw": raw, "normalized": None, "scheme": None, "parts": None}
            return raw, []
        if scheme == "2008":
            groups = [f"{rng.randint(1, 60):02d}", f"{rng.randint(100, 999)}", f"{rng.randint(0, 99):03d}",
                      f"{rng.randint(0, 99):02d}", f"{rng.randint(0, 99):02d}", f"{rng.randint(1, 99):03d}", str(year)]
            names = None
        elif scheme == "2014":
            yy = year - rng.choice([0, 0, 0, 1, 2])
            if self.plant == "memo_year_mismatch":
                yy = year + rng.randint(1, 2)
                self.warn("memo_year_mismatch", "memo")
            file_width = 2 if self.plant == "memo_group_length" else 3
            if self.plant == "memo_group_length":
                self.warn("memo_group_length", "memo")
            groups = [f"{rng.randint(1, 60):02d}", f"{rng.choice([0, 0, rng.randint(1, 99)]):02d}",
                      f"{rng.choice([0, rng.randint(1000, 9999)]):04d}", f"{rng.randint(0, 200):03d}",
                      f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 40):0{file_width}d}", f"{yy % 100:02d}"]
            names = ["ministry", "office", "geo", "branch", "subject", "file", "year"]
        else:
            yy = year - rng.choice([0, 0, 1])
            groups = [f"{rng.randint(1, 60):02d}", f"{rng.choice([0, rng.randint(1, 99)]):02d}",
                      f"{rng.choice([0, rng.randint(1000, 9999)]):04d}", f"{rng.choice([0, rng.randint(1, 300)]):03d}",
                      f"{rng.randint(1, 200):03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 200):04d}",
                      f"{yy % 100:02d}"]
            names = ["ministry", "office", "geo", "sub_office", "branch", "subject", "file", "year"]
        joiner = rng.choice(["-", "-", "-", "- ", "."]) if scheme != "2008" else "-"
        printed_groups = [p.n(g) for g in groups]
        stray = scheme == "2014" and self.chance(0.05)
        body = ".".join(printed_groups)
        if stray:
            body = ".".join(printed_groups[:-1]) + " ." + printed_groups[-1]
        raw = body + joiner + p.n(serial)
        normalized = ".".join(groups + [serial])
        parts = None
        if names:
            parts = dict(zip(names, groups))
            parts["serial"] = serial
        self.rec["memo"] = {"raw": raw, "normalized": normalized, "scheme": None if scheme == "2008" else scheme,
                            "parts": parts}
        self.forms["memo_serial_joiner"] = joiner.strip() or "space"
        return raw, []

    def memo_block(self) -> str | None:
        rng, p = self.rng, self.p
        raw, _ = self.memo_text()
        if raw is None:
            self.forms["issued"] = "none"
            return None
        label = rng.choice(["স্মারক নং- ", "স্মারক নং-", "স্মারক নং: ", "স্মারক নম্বর: ", "স্মারকনং ", "নং- ",
                            "নম্বর: ", "স্মারক নং "])
        if self.rec["memo"]["scheme"] is None and label == "স্মারক নং-":
            label = "স্মারক নং- "
        memo_line = label + raw
        form = self.pick("issued")
        day = self.issue_day
        gprinted, graw = p.gdate(day, p.date_style())
        issued = {"gregorian": None, "bangla": None, "consistent": None}
        date_label = rng.choice(["তারিখ: ", "তারিখঃ ", "তারিখ : "])
        planted = self.plant == "issued_dates_inconsistent"
        if planted and form not in ("bangla_stacked", "bangla_slash"):
            form = self.forms["issued"] = "bangla_stacked"
        if form == "none":
            return memo_line
        if form in ("gregorian_same_line", "gregorian_own_line"):
            issued["gregorian"] = truth.date_value(day.isoformat(), graw)
            if form == "gregorian_same_line":
                gap = rng.choice(["\t\t\t", "\t\t", " " * rng.randint(8, 24)])
                text = f"{memo_line}{gap}{date_label}{gprinted}"
            else:
                text = f"{memo_line}\n{rng.choice(['', chr(10)])}{date_label}{gprinted}"
        else:
            bprinted, btruth = p.bdate(day, planted_off=planted)
            issued["bangla"] = btruth
            if form == "bangla_only":
                text = f"{memo_line}\n\n{date_label}{bprinted}"
            else:
                issued["gregorian"] = truth.date_value(day.isoformat(), graw)
                issued["consistent"] = btruth["gregorian"] == day.isoformat()
                if planted:
                    self.warn("issued_dates_inconsistent", "issued")
                if form == "bangla_slash":
                    sep = rng.choice(["/", " / "])
                    text = f"{memo_line}\n{date_label}{bprinted}{sep}{gprinted}"
                else:
                    indent = rng.choice([" " * len(date_label), " " * 7, "", "\t"])
                    text = f"{memo_line}\n\n{date_label}{bprinted}\n{indent}{gprinted}"
        self.rec["issued"] = issued
        return text

    def distribution(self) -> tuple[list[str], list[tuple[str, dict]]]:
        rng = self.rng
        form = self.pick("distribution_heading")
        heading, note = {
            "bitoron": (rng.choice(["বিতরণ:", "বিতরণঃ", "বিতরণ :"]), None),
            "not_seniority": (rng.choice(["বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):", "বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়)",
                                          "বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়) :"]), "জ্যেষ্ঠতার ক্রমানুসারে নয়"),
            "onulipi": (rng.choice(["অনুলিপি:", "অনুলিপিঃ"]), None),
            "onulipi_request": rng.choice([
                ("অনুলিপি সদয় অবগতি ও প্রয়োজনীয় কার্যার্থে প্রেরণ করা হলো:",
                 "সদয় অবগতি ও প্রয়োজনীয় কার্যার্থে প্রেরণ করা হলো"),
                ("অনুলিপি সদয় জ্ঞাতার্থে ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য প্রেরণ করা হলো:",
                 "সদয় জ্ঞাতার্থে ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য প্রেরণ করা হলো"),
                ("অনুলিপি সদয় অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্যঃ", "সদয় অবগতি ও প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য")]),
            "onulipi_bracket_request": ("অনুলিপি (সদয় অবগতি ও প্রয়োজনীয় কার্যার্থে):", "সদয় অবগতি ও প্রয়োজনীয় কার্যার্থে"),
            "bracket_request": rng.choice([("বিতরণ (জ্ঞাতার্থে ও কার্যার্থে):", "জ্ঞাতার্থে ও কার্যার্থে"),
                                           ("বিতরণ (জরুরি ভিত্তিতে প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য):",
                                            "জরুরি ভিত্তিতে প্রয়োজনীয় ব্যবস্থা গ্রহণের জন্য")]),
        }[form]
        self.rec["distribution_note"] = note
        items = self.pick("distribution_items")
        entries = rng.sample(self.spec["recipients"], min(len(self.spec["recipients"]), rng.randint(3, 8)))
        notes = ["সদয় অবগতির জন্য", "প্রয়োজনীয় ব্যবস্থা গ্রহণের অনুরোধসহ", "ওয়েবসাইটে প্রকাশের অনুরোধসহ",
                 "সভার সিদ্ধান্ত বাস্তবায়নের অনুরোধসহ", "জ্ঞাতার্থে"]
        lines, out = [heading], []
        wrap = self.chance(0.25)
        danda = self.chance(0.4)
        for i, (designation, office) in enumerate(entries, 1):
            office = self.fill(office)
            if designation is None:
                text, des, off = office, None, None
            else:
                text = designation + (f", {office}" if office else "")
                des, off = designation, office
            req = rng.choice(notes) if self.chance(0.2) and designation is not None else None
            printed = text + (f" ({req})" if req else "") + ("।" if danda else "")
            number = {"paren_number": f"{self.p.n(i)})", "danda": f"{self.p.n(i)}।", "zero_dot": f"{self.p.pad(i)}.",
                      "bracketed": f"({self.p.n(i)})", "dot": f"{self.p.n(i)}.", "dash": "-",
                      "dash_paren": f"- {self.p.n(i)})"}[items]
            line = f"{number} {printed}"
            if wrap and len(line) > 55 and " " in printed[30:]:
                cut = line.index(" ", 45) if " " in line[45:] else -1
                if cut > 0:
                    line = line[:cut] + "\n" + " " * rng.choice([3, 4]) + line[cut + 1:]
            lines.append(line)
            out.append((line, {"order": i, "text": clean(text), "designation": des, "office": clean(off),
                               "note": req}))
        return lines, out

    def tail(self) -> list[str]:
        rng = self.rng
        blocks = [self.chair_signature()]
        memo = self.memo_block()
        cut = self.noise("cut_off_end")
        if memo is None:
            self.rec["memo"] = None
            if self.appendix_wanted:
                blocks.append(self.appendix())
            return blocks
        blocks.append(memo)
        lines, recipients = self.distribution()
        if cut:
            keep = rng.randint(1, len(recipients))
            recipients = recipients[:keep]
            blocks.append("\n".join([lines[0]] + [line for line, _ in recipients]))
            self.rec["distribution"] = [r for _, r in recipients]
            return blocks
        blocks.append("\n".join(lines))
        self.rec["distribution"] = [r for _, r in recipients]
        form = self.pick("issuer_signature")
        blocks.append("\n".join(self.signature(self.secretary, form)))
        self.rec["signatories"].append(self.secretary.truth("issuer"))
        if self.appendix_wanted:
            blocks.append(self.appendix())
        return blocks

    def appendix(self) -> str:
        heading = self.attendance_ref_text.strip() if self.attendance_ref_text else "পরিশিষ্ট-ক"
        title = self.rng.choice(["সভায় উপস্থিত সদস্যবৃন্দের তালিকা", "সভায় উপস্থিত কর্মকর্তাগণের তালিকা",
                                 "সভায় উপস্থিত সদস্যবৃন্দ"])
        return f"{heading}\n\n{title}\n\n{self.attendee_block()}"

    def checks(self):
        """Warnings that follow from the drawn values without a plant (kept consistent by construction)."""
        codes = {w["code"] for w in self.rec["warnings"]}
        issued = self.rec["issued"]
        if issued and issued.get("gregorian") and self.rec["meeting"]["date"]:
            if issued["gregorian"]["iso"] < self.rec["meeting"]["date"]["iso"] and "issued_before_meeting" not in codes:
                self.warn("issued_before_meeting", "issued")
        if "issued_before_meeting" in codes and not (issued and (issued.get("gregorian") or issued.get("bangla"))):
            self.rec["warnings"] = [w for w in self.rec["warnings"] if w["code"] != "issued_before_meeting"]
        if self.rec["issued"] is None:  # no issue year to hold a memo's year group against
            self.rec["warnings"] = [w for w in self.rec["warnings"] if w["code"] != "memo_year_mismatch"]
        self.forms["plant"] = ",".join(w["code"] for w in self.rec["warnings"]) or "none"
        order = ["chair_name_from_signature", "fiscal_year_mismatch", "quarter_mismatch", "issued_dates_inconsistent", "issued_before_meeting",
                 "memo_group_length", "memo_year_mismatch"]
        self.rec["warnings"].sort(key=lambda w: order.index(w["code"]))
        if not self.forms.get("noise"):
            self.forms.pop("noise", None)


# ---- helpers ----------------------------------------------------------------------------------

def _nfc(text: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFC", text)


def _short(word: str) -> str:
    """The first three letters (grapheme clusters) of a name's first word: "ফরিদপুর" -> "ফরিদ"."""
    clusters = regex.findall(r"\X", word.split()[0])
    return "".join(clusters[:3])


def _split_line(line: str, rng: random.Random) -> list[str]:
    words = line.split(" ")
    if len(words) < 4:
        return [line]
    cut = rng.randint(len(words) // 2, len(words) - 2)
    return [" ".join(words[:cut]), " ".join(words[cut:])]


def _zip_longest(a: list[str], b: list[str]):
    for i in range(max(len(a), len(b))):
        yield (a[i] if i < len(a) else ""), (b[i] if i < len(b) else "")


def _label_lines(fields: list[tuple[str, list[str]]], form: str, rng: random.Random, flush: bool = False) -> list[str]:
    """Header label/value lines in one style; a value's later lines are its continuation (`flush`: not
    indented)."""
    lines = []
    width = max(len(label) for label, _ in fields)
    align = rng.random() < 0.5
    sep = {"colon": rng.choice([" : ", ": ", " :", ":"]), "combined_date_time": rng.choice([": ", "ঃ ", " : "]),
           "visarga": rng.choice(["ঃ ", " ঃ ", "ঃ"]), "tab": rng.choice(["\t:\t", "\t", "\tঃ\t"]),
           "separate_lines": rng.choice([":", "ঃ", ""]), "enothi": "\t",
           "dash": rng.choice(["- ", "-", " - ", " – "])}[form]
    bullet = rng.choice(["• ", "  • ", "- "]) if form in ("colon", "visarga") and rng.random() < 0.1 else ""
    for label, values in fields:
        label = bullet + label  # "• স্থান: ...": a web page's list of labels
        if form == "separate_lines":
            lines.append(label + sep)
            lines += values
            continue
        if form in ("tab", "enothi"):
            head = label + sep
            lines.append(head + values[0])
            indent = "\t" * head.count("\t") if form == "tab" or rng.random() < 0.7 else ""
            lines += [indent + v for v in values[1:]]
            continue
        padded = label.ljust(width) if align else label
        head = padded + sep
        if lines and label.strip() in SEPARATOR_LOST_LABELS and rng.random() < SEPARATOR_LOST:
            head = label + " "  # "সময় বেলা ২:৩০ টা": the colon lost (OCR), among labels that kept theirs
        lines.append(head + values[0])
        lines += [("" if flush else " " * len(head)) + v for v in values[1:]]
    if form in ("colon", "visarga") and not bullet and rng.random() < 0.1:
        lines = _two_labels_on_a_line(lines, rng)
    return lines


def _two_labels_on_a_line(lines: list[str], rng: random.Random) -> list[str]:
    """"স্থানঃ ইউ পি কার্যালয়   সময়ঃ ১০ঘটিকা": the last two one-line labels printed on one line."""
    def label(i: int) -> bool:  # a label's line (not a stacked value's), or past the end
        return i >= len(lines) or bool(regex.match(r"[^:ঃ]{1,25}[:ঃ]", lines[i]))
    singles = [i for i in range(1, len(lines)) if label(i - 1) and label(i) and label(i + 1)
               and not lines[i - 1].startswith("সভাপতি") and not lines[i].startswith("সভাপতি")]
    if not singles:
        return lines
    i = singles[-1]
    return lines[:i - 1] + [lines[i - 1].rstrip() + rng.choice([" ", "  ", "   ", ", "]) + lines[i].strip()] + lines[i + 1:]


def generate_document(seed: int, index: int) -> Minutes:
    """The index-th document of a seed's draw: its own random.Random, so a document is the same whatever
    the count drawn."""
    rng = random.Random(f"{seed}/{index}")
    return Doc(rng, f"gen_{seed}_{index:04d}").build()
