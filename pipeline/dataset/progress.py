"""How far a batch has got: a bar with files/s and ETA on a terminal, a log line now and then elsewhere."""
from __future__ import annotations

import sys
import time
from typing import Callable, TextIO

BAR_WIDTH = 30


class Progress:
    def __init__(self, stream: TextIO = sys.stderr, tty: bool | None = None, label: str = "ingest",
                 redraw_every: float = 0.1, log_every: float = 10.0,
                 clock: Callable[[], float] = time.monotonic):
        self.stream, self.label, self.clock = stream, label, clock
        self.tty = stream.isatty() if tty is None else tty
        self.interval = redraw_every if self.tty else log_every
        self.total = self.done = 0
        self.started = self.shown = 0.0

    def start(self, total: int) -> None:
        self.total, self.done = total, 0
        self.started = self.shown = self.clock()
        self._show()

    def advance(self, files: int = 1) -> None:
        self.done += files
        if self.clock() - self.shown >= self.interval:
            self._show()

    def finish(self) -> None:
        self._show()
        if self.tty:
            self.stream.write("\n")
        self.stream.flush()

    def line(self) -> str:
        """The current state in words: `512/1000 files  23.4 files/s  ETA 0:00:21`."""
        elapsed = self.clock() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        eta = _clock_time((self.total - self.done) / rate) if rate > 0 else "--:--:--"
        return f"{self.done}/{self.total} files  {rate:.1f} files/s  ETA {eta}"

    def _show(self) -> None:
        self.shown = self.clock()
        if self.tty:
            filled = BAR_WIDTH * self.done // self.total if self.total else BAR_WIDTH
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            self.stream.write(f"\r{self.label} [{bar}] {self.line()}\x1b[K")
        else:
            self.stream.write(f"{self.label}: {self.line()}\n")
        self.stream.flush()


def _clock_time(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
