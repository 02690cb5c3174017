"""A value together with where in the text it was read."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Found(Generic[T]):
    value: T
    start: int  # character offsets into the text the extractor was given
    end: int

    def shifted(self, offset: int) -> "Found[T]":
        return Found(self.value, self.start + offset, self.end + offset)
