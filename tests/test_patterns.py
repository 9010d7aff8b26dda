"""Every pattern of the generator runs in linear time on any input.

One article is hostile input: a pattern that backtracks exponentially (or even quadratically on a
10,000-character line) stops the whole build. This test finds every compiled pattern in the package
and runs it over adversarial lines: long runs of words, capitals, commas, parentheses, dots, quotes
and their mixtures, each well over any real line.
"""
import importlib
import itertools
import multiprocessing
import pkgutil
import re
import time

import pytest

import generator

LENGTH = 10_000
# Seconds for one search over one line. A linear pattern takes about a millisecond on 10,000 characters;
# a quadratic one takes seconds, an exponential one hours.
BOUND = 0.1
UNITS = ("word ", "Word ", "WORD ", "A", "a", "1", ", ", "(", ")", "[", "]", ". ", "...", "'", '"', "“", "’", "— ",
         "-", "/", ":", "@", "#", " ", "\n", "\n\n", "of ", "the ", "and ", "By ", "AND ", "Ab. ", "12 ", "©",
         "http://example.com/a ", "(By the way, in this game, you can see a real city ;)")
TAILS = ("", "!", ")", "\n", " 2019")


def _lines():
    """Repetitions of one unit and of every pair of units, with a few endings that make a match fail late."""
    shapes = list(UNITS) + [a + b for a, b in itertools.combinations(UNITS, 2)]
    shapes += ["It ended. (By the way, in this game, you can see a real city ;)", ". (REPORTING BY JOHN DOE AND JANE ROE IN ",
               "By Jane Doe and John Roe, ", "Mr. A. B. C. ", "(Office of the President of the Republic of "]
    for shape in shapes:
        body = shape * (LENGTH // len(shape) + 1)
        yield from (body[:LENGTH] + tail for tail in TAILS)


LINES = list(_lines())


def _patterns():
    found = {}
    for module in pkgutil.walk_packages(generator.__path__, "generator."):
        if module.name.endswith(("mkdocs_plugin", "__main__")):
            continue
        loaded = importlib.import_module(module.name)
        for name, value in vars(loaded).items():
            if isinstance(value, re.Pattern):
                found.setdefault(id(value), (f"{module.name}.{name}", value))
    return sorted(found.values(), key=lambda item: item[0])


PATTERNS = _patterns()


def test_patterns_are_found():
    names = {name for name, _ in PATTERNS}
    assert {"generator.furniture.CREDIT_TAIL", "generator.furniture.BYLINE", "generator.dates.DATE"} <= names


def _slowest(pattern: re.Pattern) -> tuple[float, str]:
    """The longest time one search took, and on which line (stopping at the first line over the bound)."""
    worst, slowest = 0.0, ""
    for line in LINES:
        start = time.perf_counter()
        pattern.search(line)
        spent = time.perf_counter() - start
        if spent > worst:
            worst, slowest = spent, line
        if worst > BOUND:
            break
    return worst, slowest[:80]


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[name for name, _ in PATTERNS])
def test_pattern_is_linear_on_adversarial_lines(name, pattern):
    # in a child process: an exponential pattern would otherwise hang the test run itself
    with multiprocessing.get_context("fork").Pool(1) as pool:
        try:
            worst, line = pool.apply_async(_slowest, (pattern,)).get(timeout=120)
        except multiprocessing.TimeoutError:
            pytest.fail(f"{name} did not finish its adversarial lines in two minutes")
    assert worst < BOUND, f"{name} took {worst:.2f} s on {line!r}"


def test_hanging_credit_and_wire_footer_lines_clean_quickly():
    """Regression: a parenthetical aside after a sentence end and a capitalised wire footer hung cleaning."""
    from generator.clean import classify, strip_credit

    for text in ("It ended. (By the way, in this game, you can see a real city ;)) " * 3,
                 "The talks ended. (REPORTING BY JOHN DOE AND JANE ROE IN WASHINGTON AND LONDON ON MONDAY"):
        start = time.perf_counter()
        classify(text)
        strip_credit(text)
        assert time.perf_counter() - start < 0.5
