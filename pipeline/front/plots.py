"""Charts whose Bengali labels read as Bengali.

Two things are needed, and matplotlib's defaults have neither: a font with Bengali glyphs (the default
DejaVu Sans has none: every letter a missing-glyph box), and text layout that shapes (a conjunct such
as প্র is one glyph, the vowel sign of জে is drawn before its consonant, a reph sits on top). Until
3.10, matplotlib drew one glyph per character; since 3.11 it lays text out with libraqm (HarfBuzz,
built into its wheels), in Agg, SVG and PDF alike. So the route taken here is matplotlib's own:

- matplotlib >= 3.11 (pyproject.toml), and `use_shaped_bengali()` puts Noto Sans Bengali
  (fonts-noto-core) first in the font family list, with Noto Sans / DejaVu Sans behind it: matplotlib
  falls back glyph by glyph, so "2019Q1" and "জেলা" share a label;
- `from bangla_minutes import load_dataset` calls it where plots are likely (in IPython/Jupyter, or
  when matplotlib is already imported), so notebook users get shaped labels without set-up of their own.

tests/test_notebook.py checks the notebook's own figures: every office and designation label drawn
with the glyphs HarfBuzz gives for it, in HarfBuzz's order and places.
"""
from __future__ import annotations

import sys
import warnings

BENGALI = "Noto Sans Bengali"
LATIN = ("Noto Sans", "DejaVu Sans")
MIN_MATPLOTLIB = (3, 11)  # the first matplotlib whose text layout shapes (libraqm)
_state: dict[str, bool] = {}


class NoShaping(RuntimeError):
    """What the machine lacks for shaped Bengali charts: a newer matplotlib, the Noto font."""


def use_shaped_bengali() -> bool:
    """Set matplotlib up to draw Bengali labels shaped, in a Bengali font. True when it does; False,
    with one warning saying why, when something is missing (charts are drawn as before)."""
    if "done" not in _state:
        try:
            _setup()
        except NoShaping as error:
            warnings.warn(f"Bengali chart labels will not be shaped: {error}", stacklevel=2)
            _state["done"] = False
        else:
            _state["done"] = True
    return _state["done"]


def _setup() -> None:
    try:
        import matplotlib
    except ImportError:
        raise NoShaping("matplotlib is not installed") from None
    from matplotlib import font_manager

    version = tuple(int(part) for part in matplotlib.__version__.split(".")[:2] if part.isdigit())
    if version < MIN_MATPLOTLIB:
        raise NoShaping(f"matplotlib {matplotlib.__version__} draws one glyph per character; "
                        f"{'.'.join(map(str, MIN_MATPLOTLIB))} or newer shapes (pip install -U matplotlib)")
    installed = {font.name for font in font_manager.fontManager.ttflist}
    if BENGALI not in installed:
        raise NoShaping(f"font {BENGALI!r} not found (apt-get install fonts-noto-core)")
    families = [BENGALI, *(family for family in LATIN if family in installed)]
    matplotlib.rcParams["font.family"] = families


def wants_plots() -> bool:
    """Whether plots are likely where load_dataset runs: in IPython, or matplotlib already imported."""
    if "matplotlib" in sys.modules:
        return True
    if "IPython" in sys.modules:
        from IPython import get_ipython

        return get_ipython() is not None
    return False


def load_dataset(path, **filters):
    """`from bangla_minutes import load_dataset`: the dataset (pipeline/dataset/loader.py: tables,
    columns, office, since, until, warning), and where plots are likely (wants_plots), matplotlib set
    up for shaped Bengali labels."""
    from bangla_minutes.pipeline.dataset.loader import load_dataset as load

    dataset = load(path, **filters)
    if wants_plots():
        use_shaped_bengali()
    return dataset
