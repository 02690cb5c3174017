"""bangla-minutes: Bengali meeting minutes (সভার কার্যবিবরণী) into records and a dataset.

    from bangla_minutes import parse_file, parse_text, ingest, load_dataset, scan_dataset

The code lives in the repository's top folders, installed under this name: `pipeline/` is
`bangla_minutes.pipeline`, `extractors/` is `bangla_minutes.extractors`, `schemas/` is
`bangla_minutes.schemas` (pyproject.toml maps them). Names load on first use, so that
`minutes parse` starts without pandas or the PDF libraries.
"""
__all__ = ["parse_file", "parse_text", "ingest", "load_dataset", "scan_dataset", "use_shaped_bengali"]

_HOMES = {
    "parse_file": "bangla_minutes.pipeline.parse.document",
    "parse_text": "bangla_minutes.pipeline.parse.document",
    "ingest": "bangla_minutes.pipeline.dataset.ingest",
    "load_dataset": "bangla_minutes.pipeline.front.plots",  # the dataset, and Bengali charts shaped
    "use_shaped_bengali": "bangla_minutes.pipeline.front.plots",
    "scan_dataset": "bangla_minutes.pipeline.dataset.loader",  # the dataset as lazy Dask frames
}


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module 'bangla_minutes' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_HOMES[name]), name)


def __dir__():
    return sorted(list(globals()) + __all__)
