"""Ctrl-C at any moment: exit 130 and one line, never a traceback.

The `minutes` entry point holds SIGINT back (blocked, so a Ctrl-C is kept, not lost) while Python loads
click and parses the command line; once the command is known it is let through inside `exits_130`,
where it ends the run with one line (ingest lets it through itself, to say how far it got). Child processes started while it is held back (the forkserver) inherit it held back:
they never see the terminal's Ctrl-C, their parent stops them.
"""
from __future__ import annotations

import contextlib
import signal
import sys
from typing import Callable, Iterator

_SIGINT = {signal.SIGINT}


def hold() -> None:
    """Keep Ctrl-C pending until `exits_130` (or `held` ending) lets it through."""
    signal.pthread_sigmask(signal.SIG_BLOCK, _SIGINT)


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Ctrl-C held back for the block (a pending one arrives when it ends)."""
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGINT)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def let_through() -> None:
    """Ctrl-C from now on (a pending one arrives at once)."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGINT)


@contextlib.contextmanager
def exits_130(message: Callable[[], str], let_it_through: bool = True) -> Iterator[None]:
    """Let Ctrl-C through (unless told not to: someone inside will); if it comes, print
    `minutes: <message()>` on stderr and exit 130."""
    try:
        if let_it_through:
            let_through()
        yield
    except KeyboardInterrupt:
        hold()  # a second Ctrl-C must not interrupt the goodbye
        print(f"minutes: {message()}", file=sys.stderr, flush=True)
        sys.exit(130)
