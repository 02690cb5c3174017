"""python -m samples.generator --seed S --count N --out DIR   (or --forms: the table of forms and weights)"""
from __future__ import annotations

import argparse
import random
import sys

from samples.generator import WEIGHTS, generate, write
from samples.generator.forms import DATE_STYLES
from samples.generator.grammar import NOISE


def forms_table() -> str:
    """One row per choice: its forms and their draw weights (share of the documents that draw it)."""
    lines = ["| choice | forms and weights |", "|---|---|"]
    for key, table in WEIGHTS.items():
        total = sum(table.values())
        lines.append(f"| {key} | " + ", ".join(f"{form} {100 * w / total:.0f}%" for form, w in table.items()) + " |")
    total = sum(DATE_STYLES.values())
    lines.append("| Gregorian date style (each date) | "
                 + ", ".join(f"{k} {100 * w / total:.0f}%" for k, w in DATE_STYLES.items()) + " |")
    lines.append("| noise (each on its own) | " + ", ".join(f"{k} {100 * p:.0f}%" for k, p in NOISE.items()) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m samples.generator", description=__doc__)
    parser.add_argument("--seed", type=int, default=None, help="the draw (default: a fresh one, printed)")
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--out", default=None, help="folder for <id>.txt, expected/<id>.json, forms.json")
    parser.add_argument("--forms", action="store_true", help="print the table of forms and weights")
    args = parser.parse_args(argv)
    if args.forms:
        print(forms_table())
        return 0
    if not args.out:
        parser.error("--out is required")
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10 ** 6)
    paths = write(generate(seed, args.count), args.out)
    print(f"seed {seed}: {len(paths)} minutes in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
