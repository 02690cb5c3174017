"""Where a dataset directory keeps its published build (the layout: pipeline/dataset/publish.py).
Standard library only: the `minutes` command reads it before pandas has loaded."""
from __future__ import annotations

import os
from pathlib import Path

CURRENT = "current"  # the link to the published build, versions/<n>
VERSIONS = "versions"


def current_build(out: str | os.PathLike) -> Path | None:
    """The directory of the published build, resolved once (None before the first build)."""
    link = Path(out) / CURRENT
    return link.resolve() if link.exists() else None


def version(out: str | os.PathLike) -> int | None:
    """The published build's number (versions/000007 is 7); None before the first build."""
    build = current_build(out)
    return int(build.name) if build is not None and build.name.isdigit() else None

