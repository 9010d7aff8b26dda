import time

import pytest

from generator.budget import budget
from generator.errors import OverBudget


def test_work_past_the_budget_stops_with_a_message_naming_the_file():
    started = time.monotonic()
    with pytest.raises(OverBudget, match=r"slow\.txt: E121: took longer than 0\.2 s to be cleaned"):
        with budget(0.2, "slow.txt", "cleaned"):
            while True:  # a loop that never ends on its own
                pass
    assert time.monotonic() - started < 5


def test_work_within_the_budget_runs_and_the_timer_is_cleared():
    with budget(5, "quick.txt", "cleaned"):
        total = sum(range(1000))
    time.sleep(0.1)  # a timer left running would fire into later code
    assert total == 499500


def test_no_budget_when_zero():
    with budget(0, "any.txt", "cleaned"):
        time.sleep(0.05)
