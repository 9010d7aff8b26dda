"""A time budget per article: work on one file that runs past it stops, and the build goes on.

Every pattern is linear and the parser reads bounded pieces, so the budget is a last guard
against a case nobody foresaw. It uses the interval timer of the main thread (POSIX); where
there is none (another thread, Windows) the work runs without a budget.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager

from .errors import OverBudget


@contextmanager
def budget(seconds: float, file: str, stage: str):
    """Raise OverBudget naming the file when the block runs longer than `seconds` (0: no budget)."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise OverBudget(file, f"took longer than {seconds:g} s to be {stage}; the other articles are built. Split the "
                               "file, or raise `time_budget` if such articles are expected")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
