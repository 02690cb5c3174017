"""Agenda items and their decisions from the body of minutes (docs/conventions.md, "agenda").

The body is cut into paragraphs that say what they are by what they start with (agenda_units); the
assembler below walks them in order, opening an item at each agenda heading and filing each paragraph
as the item's title, discussion or decisions.

Choices where minutes leave room:
- A short enumerated paragraph ("(ক) ...", "১। ...") is an agenda heading when a আলোচনা/সিদ্ধান্ত label
  follows it (a paragraph may stand between), or when it is numbered like an earlier heading; inside a
  running decision list it stays a decision. Under a heading and before any label, an enumerated list
  lists decisions.
- "আলোচনা ও সিদ্ধান্ত:" (discussion and decision in one paragraph): when a list of decisions follows
  the paragraph, the paragraph is the item's discussion; when none follows, it is the item's one
  decision (label null) - the paragraph then is what was decided.
- After a labelled decision, a paragraph without a label continues that decision (a page break cut it);
  after an unlabelled one it is a decision of its own.
- A table whose columns include the agenda title or the discussion gives one item per row; a table of
  decisions only (ক্রমিক | সিদ্ধান্ত | বাস্তবায়নে) gives decisions, labelled by their ক্রমিক, of the item above it.
- The welcome paragraph and what stands above it, paragraphs before the first heading of minutes that
  have headings, and everything after the closing sentence but a new heading belong to no item. Minutes
  without headings (a narrative) give one item with number and title null.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex
from rapidfuzz import fuzz, process

from bangla_minutes.extractors import dates, header
from bangla_minutes.extractors.agenda_patterns import (decided_that, intro_start, is_opening, read_marker,
                                                       resolution_start, sentence_end, strip_end, SENTENCE_ENDS,
                                                       trailing_fields, trim_dangling)
from bangla_minutes.extractors.agenda_table import Row, Table, stripped
from bangla_minutes.extractors.agenda_units import Unit, split_units
from bangla_minutes.extractors.lexicon import FUZZY_CUTOFF
from bangla_minutes.extractors.ocr_repair import lookalikes
from bangla_minutes.extractors.text import clean, strip_edges
from bangla_minutes.schemas.record import AgendaItem, DateValue, Decision

Span = tuple[int, int]
_LABELS = {"discussion", "decision", "combined"}
_ITEM_COLUMNS = {"title", "discussion"}
_TITLE_MAX = 250  # characters: an enumerated paragraph longer than this is prose, not an agenda title
_LOOKAHEAD = 3  # units: how far below a heading its আলোচনা / সিদ্ধান্ত label may stand
_OPENING_REACH = 8  # units: the welcome is among the first paragraphs (a letterhead may stand above)


@dataclass
class AgendaFound:
    item: AgendaItem
    start: int  # offsets into the text given to extract_agenda
    end: int
    decision_spans: list[tuple[int, int]]  # one per decision of item.decisions, covering its text


def extract_agenda(text: str) -> list[AgendaFound]:
    """The agenda items of the body of minutes (header and signature block already cut off)."""
    assembler = _Assembler(text, split_units(text))
    assembler.run()
    return [draft.found(text) for draft in assembler.items if draft.has_content()]


@dataclass
class _Decision:
    label: str | None
    pieces: list[Span]
    responsible: str | None = None
    deadline: DateValue | None = None

    def span(self, text: str) -> Span:
        """From the first piece's first word to the last piece's last, as `_joined` trims them."""
        start = strip_edges(text, *self.pieces[0])[0]
        last_start, last_end = self.pieces[-1]
        end = strip_edges(text, last_start, trim_dangling(text, last_start, last_end))[1]
        return (start, end) if start < end else (start, last_end)


def _keep_a_closing_resolution(item: "_Item"):
    """A narrative's resolving sentence ("... সর্বসম্মতিক্রমে অনুমোদিত হলো") is its decision when it closes
    the narrative; followed by more (a list of decisions announced, the next paragraph), it was said on
    the way ("বিগত সভার কার্যবিবরণী ... গৃহীত হয়") and is discussion."""
    resolution = item.resolution
    if resolution is None:
        return
    last_start = resolution.pieces[-1][0]
    followed = item.decisions[-1] is not resolution or any(start > last_start for start, _ in item.discussion)
    if followed:
        item.decisions.remove(resolution)
        item.discussion = sorted(item.discussion + resolution.pieces)
    item.resolution = None


@dataclass
class _Item:
    start: int
    end: int
    number: str | None = None
    title: list[Span] = field(default_factory=list)
    implicit: bool = False  # no heading: the one item of a narrative
    discussion: list[Span] = field(default_factory=list)
    decisions: list[_Decision] = field(default_factory=list)
    combined: list[Span] | None = None  # text of "আলোচনা ও সিদ্ধান্ত:" until a decision list follows
    resolution: _Decision | None = None  # a narrative's resolving sentence: its decision if nothing follows

    def has_content(self) -> bool:
        return not self.implicit or bool(self.discussion or self.decisions)

    def found(self, text: str) -> AgendaFound:
        decisions = [Decision(label=d.label, text=_joined(text, d.pieces), responsible=d.responsible,
                              deadline=d.deadline) for d in self.decisions]
        item = AgendaItem(number=self.number, title=_joined(text, self.title) or None,
                          discussion=_joined(text, self.discussion) or None, decisions=decisions)
        return AgendaFound(item, self.start, self.end, [d.span(text) for d in self.decisions])


class _Assembler:
    def __init__(self, text: str, units: list[Unit]):
        self.text = text
        self.units = units
        self.items: list[_Item] = []
        self.item: _Item | None = None
        self.mode: str | None = None  # None, "discussion" or "decision": what unlabelled text is
        self.list_style: str | None = None  # how the running decision list is enumerated
        self.awaiting_list = False  # a decision label or intro announced decisions, none came yet
        self.heading_styles: set[str] = set()
        self.agenda_list: str | None = None  # "আলোচ্য বিষয়:" then a list: the style its entries (titles) share
        self.listed: dict[tuple[str | None, str], _Item] = {}  # the list's items by (style, number)
        self.paragraph_style: str | None = None  # how a narrative numbers its paragraphs
        self.closed = False  # after the closing sentence
        self.at = 0  # index of the unit being filed
        self.serial_digits: dict[str, str] = {}  # look-alike digits in the serials of the table being filed
        self.decision_unit: int | None = None  # index of the unit the last decision came from
        self.has_headings = any(u.kind == "heading" or self._label_follows(i) or _item_table(u)
                                for i, u in enumerate(units))
        self.opening = self._find_opening()

    def run(self):
        for i, unit in enumerate(self.units):
            self.at = i
            if self.opening is not None and i <= self.opening:
                if i == self.opening:
                    self._opening(unit)
            else:
                self._handler(unit.kind)(i, unit)
        self._finish()

    def _handler(self, kind: str):
        """The method that files a unit of this kind (agenda_units.Unit.kind)."""
        return {"heading": self._heading, "entry": self._entry, "plain": self._plain,
                "discussion": self._discussion, "decision": self._decision, "combined": self._combined,
                "responsible": self._decision_field, "deadline": self._decision_field, "closing": self._closing, "table": self._table}[kind]

    def _find_opening(self) -> int | None:
        """Index of the welcome paragraph, when one of the first paragraphs is one."""
        for i, unit in enumerate(self.units[:_OPENING_REACH]):
            if unit.kind not in ("plain", "entry") or self._label_follows(i):
                return None
            if is_opening(self.text, unit.body, unit.end):
                return i
        return None

    # --- items --------------------------------------------------------------------------------

    def _finish(self):
        draft = self.item
        if draft is not None:
            _keep_a_closing_resolution(draft)
            if draft.combined and not draft.decisions:
                draft.decisions.append(_Decision(None, draft.combined))
            elif draft.combined:
                draft.discussion += draft.combined
            if not any(item is draft for item in self.items):  # an item of an agenda list is there already
                self.items.append(draft)
        self.item, self.mode, self.list_style = None, None, None

    def _open(self, unit: Unit, **fields) -> _Item:
        self._finish()
        self.item = _Item(unit.start, unit.end, **fields)
        self.closed = False
        return self.item

    def _current(self, unit: Unit, fresh: bool = False) -> _Item:
        """The item `unit` belongs to; an implicit one when there is none (or `fresh` and the current
        one has decisions already: a label that starts over)."""
        if self.item is None or (fresh and self.item.decisions):
            self._open(unit, implicit=True)
        self.item.end = max(self.item.end, unit.end)
        return self.item

    def _in_no_item(self) -> bool:
        """Text outside items: before the first heading of minutes with headings, after the closing."""
        return self.item is None and (self.closed or self.has_headings)

    def _label_follows(self, i: int) -> bool:
        """Is units[i] a short enumerated paragraph with a আলোচনা / সিদ্ধান্ত label below it (a heading)?"""
        unit = self.units[i]
        if unit.kind != "entry" or unit.end - unit.body > _TITLE_MAX:
            return False
        for below in self.units[i + 1:i + 1 + _LOOKAHEAD]:
            if below.kind != "plain":
                return below.kind in _LABELS
        return False

    # --- units --------------------------------------------------------------------------------

    def _opening(self, unit: Unit):
        """The welcome belongs to no item; a narrative's welcome may announce its decision list."""
        intro = intro_start(self.text, unit.body, unit.end, self._list_follows())
        if intro is not None and not self.has_headings:
            self._current(unit).start = intro
            self._decision_mode()

    def _heading(self, i: int, unit: Unit):
        marker = unit.marker
        number = clean(marker.number or marker.label or "") or None
        title = self._piece(unit.body, unit.end)
        if not (title or number) and i + 1 < len(self.units) and self.units[i + 1].kind == "entry":
            self._finish()  # "আলোচ্য বিষয়ঃ" above a list: the list names the items
            self.agenda_list = self.units[i + 1].style
            return
        first = None if number else read_marker(self.text, unit.body, unit.end)
        if first is not None and first.kind == "entry" and first.label:
            self._finish()  # "আলোচ্য সূচীঃ ১) <title>": the list starts on the label's line
            self.agenda_list = first.style
            return self._entry(i, Unit("entry", unit.body, first.body, unit.end, first, last_line=unit.last_line))
        listed = self._listed_number(number) if marker.kind == "heading" else None
        if listed is not None:
            self._reopen(listed)  # "২নং আলোচ্য বিষয়ঃ" of an item of the agenda list above
        if title and _is_prose(self.text, *title):
            if listed is None:
                self._open(unit, number=number)  # "১নং আলোচ্য বিষয়ঃ- সভাপতি সাহেব বলেন ...": what was said
            return self._prose(unit)
        if listed is not None:
            return
        self._open(unit, number=number, title=[title] if title else [])
        if marker.label:
            self.heading_styles.add(marker.style)

    def _entry(self, i: int, unit: Unit):
        if self.agenda_list == unit.style and self._in_agenda_list(unit):
            self._heading(i, unit)  # an agenda title of the list; what is said about it comes under a label
            self.listed[(unit.style, self.item.number)] = self.item
            if not (i + 1 < len(self.units) and self.units[i + 1].style == unit.style):
                self._finish()
                self.agenda_list = None
            return
        listed = self.listed.pop((unit.style, clean(unit.label or "")), None)
        if listed is not None:
            return self._listed_again(i, unit, listed)
        in_list = self.mode == "decision" and (
            self.list_style == unit.style if self.list_style else self.awaiting_list)
        if not in_list and (self._label_follows(i) or self._numbered_like_heading(unit)):
            return self._heading(i, unit)
        if self._in_no_item():
            return
        draft = self._current(unit)
        if in_list or (self.mode is None and not draft.implicit):
            self._decision_mode(unit.style)
            return self._decide(unit.label, unit.body, unit.end)
        if self.mode == "decision":
            if unit.style != self.paragraph_style:
                return self._decide(unit.label, unit.body, unit.end)  # a sub-list: decisions still
            self.mode = None  # the narrative's numbered paragraphs go on after its decision list
        if draft.implicit and self.mode is None:
            self.paragraph_style = unit.style
        self._prose(unit)

    def _in_agenda_list(self, unit: Unit) -> bool:
        """Does the agenda list go on with this entry (not a number it gave already)?"""
        if (unit.style, clean(unit.label or "")) not in self.listed:
            return True
        self._finish()
        self.agenda_list = None
        return False

    def _listed_again(self, i: int, unit: Unit, listed: _Item):
        """"২। ..." numbered as an item of the agenda list above: what was said and decided about it. Under
        its own আলোচনা/সিদ্ধান্ত labels it only reopens the item; else it is the item's "আলোচনা ও সিদ্ধান্ত"."""
        self._reopen(listed)
        if self._label_follows(i):
            return
        listed.combined = []
        self._decision_mode()
        self._prose(unit)

    def _reopen(self, listed: _Item):
        self._finish()
        self.item = listed
        self.closed = False

    def _listed_number(self, number: str | None) -> _Item | None:
        """The item of the agenda list above that a heading numbers ("২নং আলোচ্য বিষয়ঃ" for "২। ...")."""
        key = next((key for key in self.listed if key[1] == number), None) if number else None
        return self.listed.pop(key) if key else None

    def _listed_by_title(self, unit: Unit) -> _Item | None:
        """The item of the agenda list above whose title a line "<title>:-" names (as printed there or
        nearly: "পারস্পরিক পরিচিতি ও মতবিনিময়:-" for "পারন্পরিক পরিচিতি, মতিবিনিময়, ও স্বাগত বক্তব্য")."""
        if not self.listed or unit.last_line != unit.start:
            return None
        end = strip_end(self.text, unit.body, unit.end, "-–")
        if end - unit.body > _TITLE_MAX or end <= unit.body or self.text[end - 1] not in ":ঃ":
            return None
        line = self.text[unit.body:end - 1]
        titles = {key: _joined(self.text, item.title) for key, item in self.listed.items() if item.title}
        best = process.extractOne(line, titles, scorer=fuzz.WRatio, score_cutoff=FUZZY_CUTOFF)
        return self.listed.pop(best[2]) if best else None

    def _numbered_like_heading(self, unit: Unit) -> bool:
        """Numbered as the headings above it (a list after the closing sentence is some appendix)."""
        return not self.closed and unit.style in self.heading_styles and unit.end - unit.body <= _TITLE_MAX

    def _plain(self, i: int, unit: Unit):
        listed = self._listed_by_title(unit)
        if listed is not None:
            return self._reopen(listed)  # what was said about it comes below, in paragraphs or under labels
        if self._in_no_item():
            return
        draft = self._current(unit)
        last = draft.decisions[-1] if draft.decisions else None
        if self.mode == "decision" and last and last.label and self.decision_unit == i - 1:
            piece = self._piece(unit.body, unit.end)
            if piece:
                last.pieces.append(piece)
            self.decision_unit = i
            return
        self._prose(unit)

    def _discussion(self, i: int, unit: Unit):
        self._current(unit, fresh=True)
        self.mode = "discussion"
        self._prose(unit)

    def _decision(self, i: int, unit: Unit):
        self._current(unit)
        self._decision_mode()
        if unit.marker.number:  # "সিদ্ধান্ত নং ১: ...": one decision, labelled by its number
            return self._decide(clean(unit.marker.number), unit.body, unit.end)
        self._prose(unit)

    def _combined(self, i: int, unit: Unit):
        self._current(unit, fresh=True).combined = []
        self._decision_mode()
        self._prose(unit)

    def _decision_field(self, i: int, unit: Unit):
        """A "বাস্তবায়নে: ..." or "সময়সীমা: ..." line: a field of the decision above."""
        if self.item is not None and self.item.decisions:
            self._set_fields(self.item.decisions[-1], unit.kind, unit.body, unit.end)
            self.item.end = max(self.item.end, unit.end)

    def _closing(self, i: int, unit: Unit):
        self._finish()
        self.closed = True

    def _table(self, i: int, unit: Unit):
        table: Table = unit.table
        self.serial_digits = lookalikes(" ".join(row.text(self.text, "serial") for row in table.rows))
        if _item_table(unit) and not table.columns & {"serial", "title"} and self._heading_awaits_text():
            # "০২ <title>" then a table আলোচনা | সিদ্ধান্ত | বাস্তবায়ন: the rows are that item's discussion and decisions
            for row in table.rows:
                self.item.discussion += row.cells.get("discussion", [])
                self.item.decisions += self._row_decisions(row, label=None)
            self.item.end = max(self.item.end, unit.end)
            return
        if _item_table(unit):
            self._finish()
            for row in table.rows:
                self._row_item(row)
            return
        draft = self._current(unit)
        for row in table.rows:
            draft.decisions += self._row_decisions(row, label=row.text(self.text, "serial") or None)

    def _heading_awaits_text(self) -> bool:
        """An item opened by its heading, with no discussion or decision filed yet."""
        return (self.item is not None and not self.item.implicit and not self.closed
                and not self.item.discussion and not self.item.decisions)

    # --- text ---------------------------------------------------------------------------------

    def _prose(self, unit: Unit):
        """A paragraph's text (after its label) by what it says: a sentence announcing a decision
        list, "সিদ্ধান্ত ... হয় যে <decision>", a resolution, or else text of the current mode."""
        start, end = unit.body, unit.end
        if start >= end:
            return
        intro = intro_start(self.text, start, end, self._list_follows())
        if intro is not None:
            self._discuss(start, intro)
            return self._decision_mode()
        that = decided_that(self.text, start, end)
        if that is not None:
            self._discuss(start, that[0])
            stop = sentence_end(self.text, that[1], end)  # "... যে, <decision>। <more discussion>"
            self._decision_mode()
            self._decide_from_prose(that[1], stop)
            if stop < end:
                self.mode = "discussion"
                self._discuss(stop, end)
            return
        if self.mode == "decision":
            if self.item.combined is not None and not self.item.decisions:
                piece = self._piece(start, end)
                return self.item.combined.append(piece) if piece else None
            return self._decide_from_prose(start, end)
        resolution = None
        if self.mode is None and not self.item.decisions and not self._label_next():
            resolution = resolution_start(self.text, start, end)  # "প্রস্তাবটি সর্বসম্মতিক্রমে গৃহীত হয়"
        if resolution is not None:
            self._discuss(start, resolution)
            self._decide_from_prose(resolution, end)
            if self.item.implicit and self.item.decisions:
                self.item.resolution = self.item.decisions[-1]
            return
        self._discuss(start, end)

    def _label_next(self) -> bool:
        """Is the next paragraph labelled সিদ্ধান্ত (it says what was decided, not this one)?"""
        return self.at + 1 < len(self.units) and self.units[self.at + 1].kind in ("decision", "combined")

    def _list_follows(self) -> bool:
        return self.at + 1 < len(self.units) and self.units[self.at + 1].kind in ("entry", "table")

    def _decide_from_prose(self, start: int, end: int):
        """A decision in running text: what the label or intro announced has come."""
        self._decide(None, start, end)
        self.awaiting_list = False

    def _decision_mode(self, style: str | None = None):
        """Unlabelled text is decisions from now on; `style` is how an enumerated list of them is written."""
        if style is None or self.mode != "decision" or self.list_style is None:
            self.list_style = style
        self.awaiting_list = style is None
        self.mode = "decision"

    def _discuss(self, start: int, end: int):
        piece = self._piece(start, end)
        if piece:
            self.item.discussion.append(piece)

    def _decide(self, label: str | None, start: int, end: int):
        that = decided_that(self.text, start, end)
        if that is not None and label is not None:  # "২। ... আলোচনা করা হয়। সিদ্ধান্ত গৃহীত হয় যে, <decision>"
            self._discuss(start, that[0])
            start = that[1]
        own_end, values = trailing_fields(self.text, start, end)
        piece = self._piece(start, own_end)
        if not piece:
            return
        decision = _Decision(label, [piece])
        for kind, (s, e) in values.items():
            self._set_fields(decision, kind, s, e)
        if self.item.combined:
            self.item.discussion += self.item.combined
        self.item.combined = None
        self.item.decisions.append(decision)
        self.decision_unit = self.at

    def _set_fields(self, decision: _Decision, kind: str, start: int, end: int):
        own_end, values = trailing_fields(self.text, start, end)
        values.setdefault(kind, (start, own_end))
        if "responsible" in values:
            decision.responsible = clean(self.text[slice(*values["responsible"])]) or decision.responsible
        if "deadline" in values:
            decision.deadline = _deadline(clean(self.text[slice(*values["deadline"])])) or decision.deadline

    def _piece(self, start: int, end: int) -> Span | None:
        """text[start:end] without surrounding spaces, or None when it holds nothing but punctuation.
        Its closing "।" stays: paragraphs of one field are joined, then the value is trimmed."""
        start, end = stripped(self.text, (start, end))
        return (start, end) if _joined(self.text, [(start, end)]) else None

    def _serial(self, label: str | None) -> str | None:
        """A table row's serial as printed, without brackets; a digit OCR read in the other script ("08" among
        ০১ ০২ ০৩: ০৪, "0১": ০১) read in the script of the table's serials."""
        label = clean((label or "").strip("()'‘’\"`")) or None  # and a speck OCR read as a quote ("'8।")
        if label and _DIGITS_ONLY.fullmatch(label):
            label = label.translate(str.maketrans(self.serial_digits))
        return label

    def _lettered(self, label: str | None, spans: list[Span]) -> tuple[str | None, list[Span]]:
        found = _lettered_in(self.text, spans)
        return found if found else (label, spans)

    def _row_item(self, row: Row):
        if "serial" in row.repeated and self.items:  # a sub-row of the item above: one more decision
            if "discussion" not in row.repeated:  # the item's discussion running on beside it
                self.items[-1].discussion += row.cells.get("discussion", [])
            decisions = self._row_decisions(row, label=None)
            if decisions:
                self.items[-1].decisions += decisions
                self.items[-1].end = max(self.items[-1].end, row.end)
            return
        number = self._serial(row.text(self.text, "serial"))
        draft = _Item(row.start, row.end, number=number, title=row.cells.get("title", []),
                      discussion=row.cells.get("discussion", []))
        draft.decisions = self._row_decisions(row, label=None)
        self.items.append(draft)

    def _row_decisions(self, row: Row, label: str | None) -> list[_Decision]:
        """The row's decision; or its lettered sub-decisions when its decision cell lists them as sentences
        ("(ক) ... করতে হবে। (খ) ..."), each with its own part of a responsible cell lettered alike."""
        if not row.text(self.text, "decision"):
            return []
        parts = None if "decision" in row.repeated else _lettered_parts(self.text, row.cells["decision"])
        if not parts:
            decision = self._row_decision(row, label)
            return [decision] if decision else []
        by_letter = _lettered_shares(self.text, row.cells.get("responsible", []))
        decisions = []
        for letter, spans in parts:
            decision = _Decision(letter, spans)
            if letter in by_letter:
                decision.responsible = _joined(self.text, by_letter[letter]) or None
            else:
                decision.responsible = row.text(self.text, "responsible") or None
            decision.deadline = _deadline(row.text(self.text, "deadline"))
            decisions.append(decision)
        return decisions

    def _row_decision(self, row: Row, label: str | None) -> _Decision | None:
        if not row.text(self.text, "decision"):
            return None
        spans = row.cells["decision"]
        if "decision" not in row.repeated:
            label, spans = self._lettered(label, spans)
        decision = _Decision(self._serial(label), spans)
        decision.responsible = row.text(self.text, "responsible") or None
        decision.deadline = _deadline(row.text(self.text, "deadline"))
        return decision


_DIGITS_ONLY = regex.compile(r"[0-9০-৯Oo]{1,3}")


def _lettered_in(text: str, spans: list[Span]) -> tuple[str, list[Span]] | None:
    """A decision cell that is one of a row's lettered sub-decisions ("ক) ...", "(খ) ..."), perhaps under the
    row's introduction ("... নির্বাচন করা হয়েছে: ক) ..."): its letter and its text without the introduction."""
    if not spans:
        return None
    start, end = spans[0]
    colon = max(text.rfind(":", start, end), text.rfind("ঃ", start, end))
    for at in (start, colon + 1 if colon > start else None):
        if at is None:
            continue
        while at < end and text[at].isspace():
            at += 1
        marker = read_marker(text, at, end)
        if marker and marker.kind == "entry" and marker.style and marker.style.endswith("letter"):
            return marker.label, [(marker.body, end), *spans[1:]]
    return None


_LETTERS = "কখগঘঙচছজঝ"
_IN_CELL_LETTER = regex.compile(rf"\(?([{_LETTERS}])\)\s+")
_BEFORE_LETTER = regex.compile(r"(?:^|[।:ঃ.!?]\W*)\s*$")


def _lettered_parts(text: str, spans: list[Span]) -> list[tuple[str, list[Span]]] | None:
    """A cell that lists lettered sentences, "(ক) ... হবে। (খ) ...": each letter with its text, in order, or
    None. A letter counts only at the cell's start or after a sentence's end (a danda or a colon): "প্রতিটি
    দপ্তরে (ক) চাকরি সংক্রান্ত (খ) ..." is one sentence naming its parts."""
    found = []  # (letter, marker start, body start)
    for start, end in spans:
        for m in _IN_CELL_LETTER.finditer(text, start, end):
            if _BEFORE_LETTER.search(text[start:m.start()]):
                found.append((m.group(1), m.start(), m.end()))
    letters = "".join(letter for letter, _, _ in found)
    if len(found) < 2 or letters not in _LETTERS:  # consecutive letters (a list going on from a page before: গ, ঘ)
        return None
    if text[spans[0][0]:found[0][1]].strip():
        return None  # text before the first letter: an introduction the list belongs to, kept whole
    parts = []
    for k, (letter, _, body) in enumerate(found):
        stop = found[k + 1][1] if k + 1 < len(found) else spans[-1][1]
        pieces = [(max(s, body), min(e, stop)) for s, e in spans if e > body and s < stop]
        parts.append((letter, [p for p in pieces if p[0] < p[1]]))
    return parts


_LETTER_GROUP = regex.compile(rf"(?:\(?[{_LETTERS}]\)\s*(?:(?:,|এবং|ও|/)(?=[\s(]))?\s*)+")


def _lettered_shares(text: str, spans: list[Span]) -> dict[str, list[Span]]:
    """A responsible cell lettered like its decisions: "(ক) X। (খ) Y", or letters sharing one party,
    "(ক) এবং (খ) X": each letter's party."""
    parts = _lettered_parts(text, spans)
    if parts:
        shared = {}
        for letter, pieces in parts:  # "(ক) এবং (খ) X" read as ক: "এবং (খ) X" is one group
            own = " ".join(text[s:e] for s, e in pieces)
            if not regex.sub(r"\W|এবং|ও", "", own):
                continue
            shared[letter] = pieces
        if len(shared) == len(parts):
            return shared
    if not spans:
        return {}
    start, end = stripped(text, spans[0])
    m = _LETTER_GROUP.match(text, start, end)
    letters = regex.findall(rf"[{_LETTERS}]", m.group()) if m else []
    if len(letters) < 2:
        return {}
    return {letter: [(m.end(), end), *spans[1:]] for letter in letters}


def _is_prose(text: str, start: int, end: int) -> bool:
    """Is a heading's text what was said rather than a title: too long for one, more than one sentence,
    or one that ends with a finite verb ("... দৃষ্টি আকর্ষণ করেন।")?"""
    if end - start > _TITLE_MAX or sentence_end(text, start, end) < end:
        return True
    stop = strip_end(text, start, end, SENTENCE_ENDS)
    return any(m.end() == stop for m in header.sentence_verb().finditer(text, start, stop))


def _item_table(unit: Unit) -> bool:
    return unit.kind == "table" and bool(unit.table.columns & _ITEM_COLUMNS)


def _joined(text: str, pieces: list[Span]) -> str:
    """The value of a field read from `pieces` of the text: joined with a space, edges trimmed."""
    value = " ".join(text[s:e] for s, e in pieces)
    return clean(value[:trim_dangling(value, 0, len(value))])


def _deadline(value: str) -> DateValue | None:
    """The date of a সময়সীমা: the value itself, or the one date in it ("৩০/০৬/২০২৪ এর মধ্যে")."""
    if not value:
        return None
    date = dates.parse_gregorian_date(value)
    if date is None:
        found = dates.find_gregorian_dates(value)
        date = found[0].value if len(found) == 1 else None
    return date
