"""Printed forms of dates, times, memo numbers and digits, each with the truth the conventions give it
(docs/conventions.md): a date's `raw` is day, month and year as printed (ordinal and comma kept, era word
and weekday left out); a time's `raw` runs from the period word through the unit as printed."""
from __future__ import annotations

import datetime as dt
import random

from samples.generator import calendar_bn

BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
G_MONTHS = {1: ["জানুয়ারি", "জানুয়ারী"], 2: ["ফেব্রুয়ারি", "ফেব্রুয়ারী"], 3: ["মার্চ"], 4: ["এপ্রিল"], 5: ["মে"],
            6: ["জুন"], 7: ["জুলাই"], 8: ["আগস্ট", "আগষ্ট"], 9: ["সেপ্টেম্বর"], 10: ["অক্টোবর"],
            11: ["নভেম্বর"], 12: ["ডিসেম্বর"]}
B_MONTH_VARIANTS = {8: ["অগ্রহায়ণ", "অগ্রহায়ণ", "অগ্রহায়ন"], 4: ["শ্রাবণ", "শ্রাবণ", "শ্রাবন"]}
WEEKDAYS = ["সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"]

# date styles: weight, and whether it needs Bengali digits (ordinal suffixes follow Bengali numbers)
DATE_STYLES = {"named": 30, "slash": 16, "dash": 9, "dot": 6, "ordinal": 9, "named_comma": 6,
               "slash_nopad": 5, "two_digit_year": 6, "month_first": 5}
NUMERIC_ERAS = ["", "", " খ্রিঃ", "খ্রিঃ", " খ্রি.", " খ্রি:", " ইং", " খ্রিস্টাব্দ"]
NAMED_ERAS = ["", "", " খ্রিঃ", " খ্রিস্টাব্দ", " খ্রি.", " ইং"]
BANGLA_ERAS = ["", " বঙ্গাব্দ", " বঙ্গাব্দ", " বাংলা সন", " বাং"]


def ordinal(day: int) -> str:
    if day == 1:
        return "লা"
    if day in (2, 3):
        return "রা"
    if day == 4:
        return "ঠা"
    return "ই" if day <= 18 else "শে"


class Printer:
    """Numbers, dates and times of one document (its digits: Bengali, or ASCII throughout)."""

    def __init__(self, rng: random.Random, ascii_digits: bool):
        self.rng = rng
        self.ascii = ascii_digits

    def n(self, value) -> str:
        text = str(value)
        return text if self.ascii else text.translate(BN_DIGITS)

    def pad(self, value: int, width: int = 2) -> str:
        return self.n(f"{value:0{width}d}")

    # ---- Gregorian dates ----------------------------------------------------------------------
    def date_style(self) -> str:
        styles = {k: w for k, w in DATE_STYLES.items() if not (self.ascii and k == "ordinal")}
        return self.rng.choices(list(styles), list(styles.values()))[0]

    def gdate(self, day: dt.date, style: str, era: str | None = None) -> tuple[str, str]:
        """(printed text with its era word, raw)."""
        rng, n = self.rng, self.n
        d, m, y = day.day, day.month, day.year
        month = rng.choice(G_MONTHS[m])
        dd = self.pad(d) if rng.random() < 0.5 else n(d)
        if style == "slash":
            raw = f"{self.pad(d)}/{self.pad(m)}/{n(y)}"
        elif style == "slash_nopad":
            raw = f"{n(d)}/{n(m)}/{n(y)}"
        elif style == "dash":
            raw = f"{self.pad(d)}-{self.pad(m)}-{n(y)}"
        elif style == "dot":
            raw = f"{self.pad(d)}.{self.pad(m)}.{n(y)}"
        elif style == "two_digit_year":
            sep = rng.choice("-/")
            raw = f"{self.pad(d)}{sep}{self.pad(m)}{sep}{self.pad(y % 100)}"
        elif style == "named":
            raw = f"{dd} {month} {n(y)}"
        elif style == "named_comma":
            raw = f"{n(d)} {month}, {n(y)}"
        elif style == "ordinal":
            raw = f"{n(d)}{ordinal(d)} {month} {n(y)}"
        elif style == "month_first":
            raw = f"{month} {n(d)}, {n(y)}"
        else:
            raise ValueError(style)
        if era is None:
            if style == "two_digit_year":
                era = rng.choice([" ইং", " ইং", "ইং", " খ্রিঃ"])
            elif style in ("named", "named_comma", "ordinal", "month_first"):
                era = rng.choice(NAMED_ERAS)
            else:
                era = rng.choice(NUMERIC_ERAS)
        return raw + era, raw

    # ---- Bangla dates -------------------------------------------------------------------------
    def bdate(self, day: dt.date, era: str | None = None, planted_off: bool = False) -> tuple[str, dict]:
        """(printed text, BanglaDate truth) of the Bangla date on `day`. planted_off: the date an outdated
        converter prints (1987 rules after 1425), or one day off where both rule sets agree."""
        rng = self.rng
        y, m, d = calendar_bn.from_gregorian(day)
        if planted_off:
            oy, om, od = calendar_bn.from_gregorian(day, rules_of_1987=True)
            if (oy, om, od) == (y, m, d) or od > calendar_bn.month_lengths(oy)[om - 1]:  # "৩০ ফাল্গুন ১৪২৮": no such day
                shifted = day + dt.timedelta(days=rng.choice([-1, 1]))
                oy, om, od = calendar_bn.from_gregorian(shifted)
            y, m, d = oy, om, od
        name = rng.choice(B_MONTH_VARIANTS.get(m, [calendar_bn.MONTHS[m - 1]]))
        day_text = self.pad(d) if rng.random() < 0.4 else self.n(d)
        if not self.ascii and rng.random() < 0.08:
            day_text = self.n(d) + ordinal(d)
        raw = f"{day_text} {name} {self.n(y)}"
        era = rng.choice(BANGLA_ERAS) if era is None else era
        truth = {"day": d, "month": m, "month_name": name, "year": y, "raw": raw,
                 "gregorian": calendar_bn.to_gregorian(y, m, d).isoformat()}
        return raw + era, truth

    # ---- times --------------------------------------------------------------------------------
    def time(self, hour: int, minute: int, where: str) -> tuple[str, dict, str]:
        """(printed text, TimeValue truth, form name) of a meeting time; where: "label" or "opening"."""
        rng, n = self.rng, self.n
        periods = []
        if 8 <= hour <= 11:
            periods += ["সকাল"] * 3
        if hour == 11 or 12 <= hour <= 17:
            periods.append("বেলা")
        if 12 <= hour <= 16:
            periods += ["দুপুর"] * 2
        if 15 <= hour <= 17:
            periods += ["বিকাল", "বিকেল"]
        if 18 <= hour <= 19:
            periods += ["সন্ধ্যা"] * 3
        if 19 <= hour <= 21:
            periods += ["রাত"] * 3
        if 9 <= hour <= 17:
            periods.append(None)
        period = rng.choice(periods)
        h12 = hour if hour <= 12 else hour - 12
        hour_text = self.pad(h12) if h12 < 10 and rng.random() < 0.15 else n(h12)
        units = (["ঘটিকা", "ঘটিকা", "টা", "মিনিট", "ঘটিকায়", "টায়"] if where == "label"
                 else ["ঘটিকায়", "ঘটিকায়", "টায়", "ঘটিকার সময়"])
        unit = rng.choice(units)
        if minute == 30 and rng.random() < 0.25 and not self.ascii:
            body, form = f"সাড়ে {n(h12)}" + rng.choice(["টা", "টায়"] if where == "label" else ["টায়"]), "half_past"
        elif minute == 0 and unit in ("টায়", "ঘটিকা", "ঘটিকায়") and rng.random() < 0.3:
            body, form = f"{hour_text}{unit}" if unit == "টায়" else f"{hour_text} {unit}", "bare_hour"
        else:
            sep = rng.choice([":", ".", "."])
            gap = "" if unit in ("টা", "টায়") and rng.random() < 0.3 else " "
            body, form = f"{hour_text}{sep}{self.pad(minute)}{gap}{unit}", f"minutes_{'colon' if sep == ':' else 'dot'}"
        printed = f"{period} {body}" if period else body
        raw = printed[:-len(" সময়")] if printed.endswith("ঘটিকার সময়") else printed
        form = f"{period or 'no_period'}/{unit}/{form}"
        return printed, {"value": f"{hour:02d}:{minute:02d}", "raw": raw}, form
