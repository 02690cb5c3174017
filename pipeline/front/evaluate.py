"""Score parsed records against hand-written expected records, field by field, as GROBID does.

Three match kinds: exact; soft (spaces and punctuation ignored); fuzzy (soft, or a rapidfuzz ratio of
at least 90 for long text). Dates and times compare their machine value exactly and their printed `raw`
by the kind. A field that is null in both records is a match; null in one of them is a miss.

Single-valued fields are scored per document (exact %, soft %, fuzzy %). List fields (agenda items,
decisions, recipients, signatories, attendees, warnings) are scored by precision, recall and F1: the
expected and found items are paired in printed order by their text, and a pair counts when the compared
value matches.

    report = evaluate_files("samples/expected", paths, parse_file)
    print(format_table(report))
    report.all_exact()   # what `make eval` demands of the samples

Scoring only some fields (`select_fields("key")`: the key fields of a scanned document, whose
accuracy the scans are held to):

    report = evaluate_files("samples/expected", scans, parse_file, select_fields("key"))
    report.accuracy()    # share of expected values (and list items) matched exactly
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import regex
from bangla_minutes.extractors.text import SPACES
from rapidfuzz import fuzz

KINDS = ("exact", "soft", "fuzzy")
FUZZY_RATIO = 90  # rapidfuzz ratio, 0..100
PAIR_RATIO = 50  # list items whose texts are less alike than this are never paired
# Keys an expected record may leave out (the brief's expected files omit a person's raw and a
# warning's message); a found value under such a key is ignored when the expected one is absent.
OPTIONAL_KEYS = {"raw", "message"}
# Machine values inside a compound value (dates, times, roles) compare exactly whatever the kind.
MACHINE_KEYS = {"iso", "calendar", "gregorian", "value", "day", "month", "year", "role", "code", "field",
                "order"}

_NOT_SOFT = regex.compile(r"[\s\p{P}\p{S}ঃ]+")


@dataclass(frozen=True)
class Field:
    """A scored field: a value per document, or a list of items paired by their text."""
    path: str
    get: Callable[[dict], Any]  # value field: the value; list field: the items
    key: Callable[[dict], str] | None = None  # list field: the text items are paired by
    value: Callable[[dict], Any] = lambda item: item  # list field: what a pair compares

    @property
    def is_list(self) -> bool:
        return self.key is not None


def _at(path: str) -> Callable[[dict], Any]:
    def get(record: dict) -> Any:
        value: Any = record
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        return value
    return get


def _items(path: str) -> Callable[[dict], list]:
    return lambda record: _at(path)(record) or []


def _decisions(record: dict) -> list:
    return [decision for item in record.get("agenda") or [] for decision in item.get("decisions") or []]


def _agenda_key(item: dict) -> str:
    return item.get("title") or item.get("discussion") or item.get("number") or ""


def _warning_key(warning: dict) -> str:
    return f"{warning.get('code')} {warning.get('field')}"


def _value_fields(*paths: str) -> list[Field]:
    return [Field(path, _at(path)) for path in paths]


def _sub_fields(prefix: str, items: Callable[[dict], list], key: Callable[[dict], str], *names: str) -> list[Field]:
    return [Field(f"{prefix}.{name}", items, key, lambda item, name=name: item.get(name)) for name in names]


FIELDS: list[Field] = [
    *_value_fields("title", "fiscal_year", "quarter", "chair.name", "chair.designation", "chair.office",
                   "chair.titles", "meeting.date", "meeting.time", "meeting.venue", "meeting.attendance_ref",
                   "memo.raw", "memo.normalized", "memo.scheme", "memo.parts", "issued.gregorian",
                   "issued.bangla", "issued.consistent"),
    *_sub_fields("agenda", _items("agenda"), _agenda_key, "number", "title", "discussion"),
    *_sub_fields("decisions", _decisions, lambda d: d.get("text") or "", "label", "text", "responsible",
                 "deadline"),
    *_sub_fields("distribution", _items("distribution"), lambda r: r.get("text") or "", "text", "designation",
                 "office", "note"),
    *_value_fields("distribution_note"),
    Field("signatories", _items("signatories"), lambda p: p.get("name") or ""),
    Field("attendees", _items("attendees"), lambda p: p.get("name") or ""),
    Field("warnings", _items("warnings"), _warning_key),
]

# Named sets of fields for `select_fields` (and `minutes eval --fields`).
FIELD_SETS = {"key": ("chair.name", "meeting.date", "memo.normalized", "issued.gregorian", "issued.bangla")}


def select_fields(names: str) -> list[Field]:
    """The fields a comma-separated list names, by path ("chair.name,meeting.date") or by set ("key"),
    in the order of FIELDS. Raises ValueError naming what is unknown."""
    wanted = {path for name in names.split(",") if name.strip()
              for path in FIELD_SETS.get(name.strip(), (name.strip(),))}
    unknown = wanted - {spec.path for spec in FIELDS}
    if unknown or not wanted:
        raise ValueError(f"unknown fields: {', '.join(sorted(unknown)) or 'none named'}; fields are "
                         f"{', '.join(spec.path for spec in FIELDS)} or a set: {', '.join(FIELD_SETS)}")
    return [spec for spec in FIELDS if spec.path in wanted]


# ---- matching -------------------------------------------------------------------------------------

def soft_text(text: str) -> str:
    """The text with spaces and punctuation removed (NFC, casefolded): what a soft match compares."""
    return _NOT_SOFT.sub("", unicodedata.normalize("NFC", text)).casefold()


def _same_text(expected: str, found: str, kind: str) -> bool:
    if expected == found:
        return True
    if kind == "exact":
        return False
    if soft_text(expected) == soft_text(found):
        return True
    if kind == "soft":
        return False
    return fuzz.ratio(SPACES.sub(" ", expected).strip(), SPACES.sub(" ", found).strip()) >= FUZZY_RATIO


def same(expected: Any, found: Any, kind: str) -> bool:
    """Whether a found value matches the expected one under a match kind."""
    if expected is None or found is None:
        return expected is None and found is None
    if isinstance(expected, str) and isinstance(found, str):
        return _same_text(expected, found, kind)
    if isinstance(expected, dict) and isinstance(found, dict):
        keys = set(expected) | (set(found) - OPTIONAL_KEYS)
        return all(same(expected.get(k), found.get(k), "exact" if k in MACHINE_KEYS else kind) for k in keys)
    if isinstance(expected, list) and isinstance(found, list):
        return len(expected) == len(found) and all(same(e, f, kind) for e, f in zip(expected, found))
    return type(expected) is type(found) and expected == found


def pair_items(expected: list[str], found: list[str]) -> list[tuple[int, int]]:
    """Pairs (i, j) of expected and found items in order, the most alike texts first (an LCS by similarity)."""
    rows, cols = len(expected), len(found)
    soft_expected, soft_found = [soft_text(t) for t in expected], [soft_text(t) for t in found]
    best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1])
            likeness = _likeness(soft_expected[i], soft_found[j])
            if likeness >= PAIR_RATIO:
                best[i][j] = max(best[i][j], likeness + best[i + 1][j + 1])
    pairs, i, j = [], 0, 0
    while i < rows and j < cols:
        likeness = _likeness(soft_expected[i], soft_found[j])
        if likeness >= PAIR_RATIO and best[i][j] == likeness + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def _likeness(a: str, b: str) -> float:
    return 100.0 if a == b else fuzz.ratio(a, b)


# ---- scores ---------------------------------------------------------------------------------------

@dataclass
class FieldScore:
    """Counts for one field over all documents. A single-valued field has expected == found == documents."""
    is_list: bool = False
    expected: int = 0
    found: int = 0
    matches: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))

    def precision(self, kind: str) -> float:
        return self.matches[kind] / self.found if self.found else 1.0

    def recall(self, kind: str) -> float:
        return self.matches[kind] / self.expected if self.expected else 1.0

    def f1(self, kind: str) -> float:
        p, r = self.precision(kind), self.recall(kind)
        return 2 * p * r / (p + r) if p + r else 0.0

    def is_exact(self) -> bool:
        return self.matches["exact"] == self.expected == self.found

    def add(self, other: FieldScore) -> None:
        self.expected += other.expected
        self.found += other.found
        for kind in KINDS:
            self.matches[kind] += other.matches[kind]

    def as_dict(self) -> dict:
        out: dict[str, Any] = {"list": self.is_list, "expected": self.expected, "found": self.found}
        for kind in KINDS:
            out[kind] = {"precision": self.precision(kind), "recall": self.recall(kind), "f1": self.f1(kind)}
        return out


@dataclass(frozen=True)
class Mismatch:
    """One field of one document that is not an exact match; expected or found is None when an item is
    missing or extra."""
    document: str
    path: str
    expected: Any
    found: Any
    kind: str = "differs"  # or "missing" (an expected item not found), "extra" (a found item not expected)

    def __str__(self) -> str:
        return f"{self.document}: {self.path}: expected {_shown(self.expected)}, found {_shown(self.found)}"


def _shown(value: Any, limit: int | None = None) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if limit is None or len(text) <= limit else text[:limit - 1] + "…"


def _empty_scores(fields: list[Field]) -> dict[str, FieldScore]:
    return {spec.path: FieldScore(spec.is_list) for spec in fields}


@dataclass
class EvalReport:
    scores: dict[str, FieldScore] = field(default_factory=lambda: _empty_scores(FIELDS))
    documents: list[str] = field(default_factory=list)
    failures: dict[str, str] = field(default_factory=dict)  # document -> why it could not be parsed
    unmatched: list[str] = field(default_factory=list)  # records with no expected file (not scored)
    mismatches: list[Mismatch] = field(default_factory=list)

    def total(self) -> FieldScore:
        total = FieldScore(is_list=True)
        for score in self.scores.values():
            total.add(score)
        return total

    def accuracy(self, kind: str = "exact") -> float:
        """The share of expected values and list items that were found and matched (on single-valued
        fields alone: the share of document fields that are right)."""
        return self.total().recall(kind)

    def all_exact(self) -> bool:
        """True when documents were scored, none failed, and every scored field matched exactly."""
        return bool(self.documents) and not self.failures and all(s.is_exact() for s in self.scores.values())

    def as_dict(self) -> dict:
        return {"documents": self.documents, "failures": self.failures, "unmatched": self.unmatched,
                "all_exact": self.all_exact(), "total": self.total().as_dict(),
                "fields": {path: score.as_dict() for path, score in self.scores.items()},
                "mismatches": [vars(m) for m in self.mismatches]}


def compare(expected: dict, found: dict, document: str = "",
            fields: list[Field] = FIELDS) -> tuple[dict[str, FieldScore], list[Mismatch]]:
    """The scores of one found record against its expected record, and its exact-match misses."""
    scores, mismatches = {}, []
    for spec in fields:
        compare_field = _compare_list if spec.is_list else _compare_value
        scores[spec.path], misses = compare_field(spec, expected, found)
        mismatches += [Mismatch(document, *miss) for miss in misses]
    return scores, mismatches


def _compare_value(spec: Field, expected: dict, found: dict):
    e, f = spec.get(expected), spec.get(found)
    score = FieldScore(False, 1, 1, {kind: int(same(e, f, kind)) for kind in KINDS})
    return score, [] if score.matches["exact"] else [(spec.path, e, f)]


def _compare_list(spec: Field, expected: dict, found: dict):
    e_items, f_items = spec.get(expected), spec.get(found)
    pairs = pair_items([spec.key(i) for i in e_items], [spec.key(i) for i in f_items])
    score = FieldScore(True, len(e_items), len(f_items))
    misses = []
    for i, j in pairs:
        e, f = spec.value(e_items[i]), spec.value(f_items[j])
        for kind in KINDS:
            score.matches[kind] += same(e, f, kind)
        if not same(e, f, "exact"):
            misses.append((f"{spec.path}[{i}]", e, f))
    paired_e, paired_f = {i for i, _ in pairs}, {j for _, j in pairs}
    misses += [(f"{spec.path}[{i}]", spec.value(item), None, "missing")
               for i, item in enumerate(e_items) if i not in paired_e]
    misses += [(f"{spec.path}[+{j}]", None, spec.value(item), "extra")
               for j, item in enumerate(f_items) if j not in paired_f]
    return score, misses


# ---- runs -----------------------------------------------------------------------------------------

def evaluate(expected_dir: str | Path, records: dict[str, dict], fields: list[Field] = FIELDS) -> EvalReport:
    """Score records (keyed by file stem, as Record.model_dump(mode="json")) against
    expected_dir/<stem>.json, on `fields` (all by default). Records with no expected file are listed
    in `unmatched`, not scored."""
    report = EvalReport(_empty_scores(fields))
    for stem in sorted(records):
        _score_document(report, Path(expected_dir), stem, records[stem], fields)
    return report


def evaluate_files(expected_dir: str | Path, paths, parse: Callable[[Path], Any],
                   fields: list[Field] = FIELDS) -> EvalReport:
    """Parse each path (parse: path -> Record) and score it against expected_dir/<stem>.json on
    `fields`. A file that fails to parse is scored as an empty record and its error kept in `failures`."""
    report = EvalReport(_empty_scores(fields))
    for path in sorted(Path(p) for p in paths):
        if not (Path(expected_dir) / f"{path.stem}.json").is_file():
            report.unmatched.append(path.stem)
            continue
        try:
            record = parse(path).model_dump(mode="json")
        except Exception as error:  # one bad file must not stop the run; it is reported and scored empty
            report.failures[path.stem] = f"{type(error).__name__}: {error}"
            record = {}
        _score_document(report, Path(expected_dir), path.stem, record, fields)
    return report


def default_files(expected_dir: str | Path) -> list[Path]:
    """The document of each expected record: expected_dir/../text/<stem>.txt (the samples' layout), or
    else expected_dir/../<stem>.txt (a generator draw's layout)."""
    expected_dir = Path(expected_dir)
    out = []
    for stem in sorted(p.stem for p in expected_dir.glob("*.json")):
        beside = expected_dir.parent / f"{stem}.txt"
        in_text = expected_dir.parent / "text" / f"{stem}.txt"
        out.append(beside if beside.is_file() and not in_text.is_file() else in_text)
    return out


def file_mismatches(expected_path: str | Path, path: str | Path, parse: Callable[[Path], Any]) -> list[Mismatch]:
    """The fields in which the record of one file differs from its expected record (empty: all exact)."""
    record = parse(Path(path)).model_dump(mode="json")
    return compare(load_expected(expected_path), record, Path(path).stem)[1]


def load_expected(path: str | Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _score_document(report: EvalReport, expected_dir: Path, stem: str, record: dict,
                    fields: list[Field] = FIELDS) -> None:
    expected_path = expected_dir / f"{stem}.json"
    if not expected_path.is_file():
        report.unmatched.append(stem)
        return
    scores, mismatches = compare(load_expected(expected_path), record, stem, fields)
    for path, score in scores.items():
        report.scores[path].add(score)
    report.mismatches += mismatches
    report.documents.append(stem)


# ---- the table ------------------------------------------------------------------------------------

LEGEND = """\
Columns: n is the number of documents for a single-valued field, expected/found items for a list.
exact: the same value; soft: the same but for spaces and punctuation; fuzzy: at least 90% alike
(rapidfuzz ratio). Single values: % of documents right. Lists (items paired by likeness): precision/
recall/F1 in %: precision, found items that are right; recall, expected items found right."""


def format_table(report: EvalReport, misses: bool = False) -> str:
    """Per field: count, then exact/soft/fuzzy as % of documents for single values and as P/R/F1 % for
    lists; a micro-averaged total line; parse failures and unmatched records below; with `misses`, every
    field that missed, per document, with what was expected and what was found."""
    head = f"{'field':<24} {'n':>9}  " + "  ".join(f"{kind:>17}" for kind in KINDS)
    lines = [LEGEND, "", head, "-" * len(head)]
    lines += [_row(path, score) for path, score in report.scores.items()]
    lines += ["-" * len(head), _row("total (P/R/F1)", report.total())]
    lines.append(f"{len(report.documents)} documents scored; every field exact: "
                 f"{'yes' if report.all_exact() else 'no'}")
    lines += [f"parse failure: {stem}: {why}" for stem, why in report.failures.items()]
    lines += [f"no expected record: {stem}" for stem in report.unmatched]
    if misses:
        lines += _misses_by_document(report.mismatches)
    return "\n".join(lines)


def _misses_by_document(mismatches: list[Mismatch], limit: int = 160) -> list[str]:
    """Each miss under its document: "  field: expected X, got Y", "  field[i]: missing, expected X" or
    "  field[+j]: extra, got Y"."""
    lines = []
    for document in sorted({m.document for m in mismatches}):
        mine = [m for m in mismatches if m.document == document]
        lines += ["", f"{document}: {len(mine)} field(s) missed"]
        lines += [f"  {m.path}: " + {"differs": f"expected {_shown(m.expected, limit)}, got {_shown(m.found, limit)}",
                                     "missing": f"missing, expected {_shown(m.expected, limit)}",
                                     "extra": f"extra, got {_shown(m.found, limit)}"}[m.kind] for m in mine]
    return lines


def _row(name: str, score: FieldScore) -> str:
    if score.is_list:
        count = f"{score.expected}/{score.found}"
        cells = [f"{100 * score.precision(k):.1f}/{100 * score.recall(k):.1f}/{100 * score.f1(k):.1f}"
                 for k in KINDS]
    else:
        count = str(score.expected)
        cells = [f"{100 * score.recall(k):.1f}%" for k in KINDS]
    return f"{name:<24} {count:>9}  " + "  ".join(f"{cell:>17}" for cell in cells)
