"""People of a document: names (data/names_*.txt), courtesy words, titles, designation, branch and office,
printed in the shapes minutes use, and their truth (the record's Person without `raw`)."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from samples.generator import data
from samples.generator.truth import clean

TITLE_SETS = {
    "academic": [["অধ্যাপক", "ড."], ["প্রফেসর", "ড."], ["ড."], ["অধ্যাপক"], ["সহযোগী অধ্যাপক"]],
    "health": [["অধ্যাপক", "ডাঃ"], ["ডাঃ"], ["ডা."]],
    "other": [["ড."], ["প্রকৌশলী"], ["কৃষিবিদ"], ["অ্যাডভোকেট"], ["লেঃ কর্নেল"], ["ডঃ"]],
}


@dataclass
class Person:
    name: str
    courtesy: str | None = None
    titles: list[str] = field(default_factory=list)
    designation: str | None = None
    branch: str | None = None  # a bracket after the designation that is no qualifier: it opens the office
    office_lines: list[str] = field(default_factory=list)

    @property
    def office(self) -> str | None:
        parts = ([self.branch] if self.branch else []) + [clean(line) for line in self.office_lines if clean(line)]
        return ", ".join(parts).rstrip("। ") or None  # a closing danda is no part of the office

    def full_name(self, courtesy: bool = True) -> str:
        words = ([self.courtesy] if courtesy and self.courtesy else []) + self.titles + [self.name]
        return " ".join(words)

    def post(self) -> str:
        """The designation as printed, with its branch bracket."""
        return self.designation + (f" ({self.branch})" if self.branch else "")

    def inline(self, courtesy: bool = True, comma: bool = True, office: bool = True) -> str:
        """"জনাব মোঃ ক, জেলা প্রশাসক, মাদারীপুর" (or without commas: "মোঃ ক অতিরিক্ত সচিব")."""
        parts = [self.full_name(courtesy)]
        if self.designation:
            parts.append(self.post())
        text = (", " if comma else " ").join(parts)
        if office and self.office_lines:
            text += ", " + ", ".join(self.office_lines)
        return text

    def truth(self, role: str | None, office: bool = True) -> dict:
        return {"name": self.name, "titles": list(self.titles), "designation": self.designation,
                "office": self.office if office else (self.branch or None), "role": role}


class Names:
    """Draws distinct names for one document."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def person(self, titles: list[str] | None = None, female: bool | None = None) -> Person:
        rng = self.rng
        for _ in range(50):
            name, courtesy = self._name(female)
            if name not in self.used:
                break
        self.used.add(name)
        titles = list(titles or [])
        if titles and rng.random() < 0.85:
            courtesy = None  # "অধ্যাপক ড. ক" seldom has a জনাব as well
        return Person(name=name, courtesy=courtesy, titles=titles)

    def _name(self, female: bool | None) -> tuple[str, str | None]:
        rng = self.rng
        female = rng.random() < 0.25 if female is None else female
        hindu = rng.random() < 0.12
        if hindu:
            name = rng.choice(data.lines("names_hindu_female.txt" if female else "names_hindu.txt"))
            courtesy = rng.choice(["শ্রীমতী", "জনাবা", None] if female else ["শ্রী", "বাবু", "জনাব", None])
            return name, courtesy
        if female:
            name = rng.choice(data.lines("names_female.txt"))
            if rng.random() < 0.25:
                name = "মোছাঃ " + name
            return name, rng.choice(["জনাবা", "জনাবা", "বেগম", None]) if not name.endswith("বেগম") else "জনাবা"
        name = rng.choice(data.lines("names_male.txt"))
        if rng.random() < 0.2:
            name += " " + rng.choice(data.lines("family_names.txt"))
        prefix = rng.choices(["মোঃ ", "মোহাম্মদ ", "এ. কে. এম. ", ""], [45, 7, 3, 45])[0]
        return prefix + name, rng.choice(["জনাব", "জনাব", "জনাব", None])
