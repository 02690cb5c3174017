"""A generator of varied minutes with known truth: `generate(seed, count)` draws documents from the grammar
of forms in grammar.py; `write(docs, out)` writes out/<id>.txt and out/expected/<id>.json (the
samples/expected format) and out/forms.json (the forms each document was drawn with).

    python -m samples.generator --seed 7 --count 300 --out /tmp/gen
    minutes eval /tmp/gen/expected /tmp/gen/*.txt
"""
from __future__ import annotations

import json
from pathlib import Path

from samples.generator.grammar import WEIGHTS, Minutes, generate_document
from samples.generator.truth import json_text

__all__ = ["WEIGHTS", "Minutes", "generate", "write"]


def generate(seed: int, count: int) -> list[Minutes]:
    """`count` documents of the draw `seed` (the same seed gives the same documents)."""
    return [generate_document(seed, index) for index in range(count)]


def write(docs: list[Minutes], out: str | Path) -> list[Path]:
    """Write the documents' text, expected records and forms under `out`; returns the text paths."""
    out = Path(out)
    (out / "expected").mkdir(parents=True, exist_ok=True)
    paths = []
    for doc in docs:
        path = out / f"{doc.id}.txt"
        path.write_text(doc.text, encoding="utf-8")
        (out / "expected" / f"{doc.id}.json").write_text(json_text(doc.expected), encoding="utf-8")
        paths.append(path)
    forms = {doc.id: doc.forms for doc in docs}
    (out / "forms.json").write_text(json.dumps(forms, ensure_ascii=False, indent=1), encoding="utf-8")
    return paths
