"""The verdicts a spec test can get, and how a pytest report maps to one."""

from dataclasses import dataclass

import pytest


@dataclass(frozen=True)
class Verdict:
    """One verdict, and everything the harness and its outputs say of it."""
    name: str
    rank: int  # merging the phases of one test into its verdict: the highest wins
    mark: str  # its mark in a matrix cell
    colour: str
    progress: tuple  # pytest's (category, letter, word) for it; None: pytest's own; category None: failed, or error
    exit_ok: bool  # keeps the exit status at 0
    expectable: bool  # a manifest entry may list it as the deviation it expects
    counted: bool  # counted in a conformance percentage (a verdict that says nothing of the behaviour itself is not)
    meaning: str


# Every verdict, in the order outputs list them. Adding one: a row here, and the README's table of verdicts.
TABLE = (
    Verdict("pass", 0, "✓", "#2e7d32", None, True, False, True, "behaves as documented"),
    Verdict("fail", 6, "F", "#c62828", None, False, True, True,
            "does not behave as documented (the message says what was expected and what happened)"),
    Verdict("expected-failure", 3, "E", "#ef6c00", None, True, False, True,
            "fails as its manifest lists, with the listed reason; the verdict before the manifest is shown beside it"),
    Verdict("unexpected-pass", 7, "U", "#ad1457", (None, "U", "UNEXPECTED PASS"), False, False, True,
            "listed in the manifest, yet passed: remove or narrow the entry"),
    Verdict("not-implemented", 5, "N", "#6a1b9a", (None, "N", "NOT IMPLEMENTED"), False, True, True,
            "the backend lacks the API the test needs (named)"),
    Verdict("not-applicable", 1, "na", "#9e9e9e", ("not applicable", "n", "NOT APPLICABLE"), True, False, False,
            "the documented behaviour does not hold for this Python, platform, start method or kind of backend"),
    Verdict("timeout", 8, "T", "#4e342e", (None, "T", "TIMEOUT"), False, True, True, "the test passed its deadline"),
    Verdict("crash", 9, "C", "#000000", (None, "C", "CRASH"), False, True, True,
            "the test killed its worker, or its fresh process died before it reported"),
    Verdict("leak", 4, "L", "#00838f", (None, "L", "LEAK"), False, True, True,
            "the test left a child process, named semaphore or shared-memory segment behind"),
    Verdict("blocked", 2, "B", "#78909c", ("blocked", "B", "BLOCKED"), True, False, False,
            "the test failed, and a behaviour it cannot do without (named) does not hold either: that one's verdict"
            " is the deviation"),
)
BY_NAME = {v.name: v for v in TABLE}

PASS, FAIL, EXPECTED, UNEXPECTED_PASS, NOT_IMPLEMENTED, NOT_APPLICABLE, TIMEOUT, CRASH, LEAK, BLOCKED = (
    v.name for v in TABLE)
ALL = tuple(BY_NAME)
RAW = tuple(v for v in ALL if v not in (EXPECTED, UNEXPECTED_PASS))  # before the manifest is applied
DEVIATIONS = tuple(v.name for v in TABLE if v.expectable)
AS_EXPECTED = tuple(v.name for v in TABLE if v.exit_ok)
NOT_COUNTED = tuple(v.name for v in TABLE if not v.counted)
TIMEOUT_MARK = "from pytest-timeout"


class NotImplementedByBackend(AttributeError):
    """The backend under test lacks an API the test needs."""


class NotApplicable(pytest.skip.Exception):
    """The documented behaviour does not hold for this Python, platform or variant."""

    def __init__(self, reason):
        super().__init__("not applicable: " + reason, allow_module_level=False)


class Crashed(Exception):
    """The process running a test (conformance.isolation) ended without reporting its outcome."""


class Leak(Exception):
    """A test left a child process, named semaphore or shared-memory segment behind."""


def classify(report, excinfo):
    """The verdict of one phase's report; `excinfo` is the phase's exception info or None."""
    if report.passed:
        return PASS
    if excinfo is not None:
        if excinfo.errisinstance(NotImplementedByBackend):
            return NOT_IMPLEMENTED
        if excinfo.errisinstance(Leak):
            return LEAK
        if excinfo.errisinstance(Crashed):
            return CRASH
        if TIMEOUT_MARK in str(excinfo.value):
            return TIMEOUT
    if report.skipped:
        return NOT_APPLICABLE
    return FAIL


def worst(verdicts):
    """The verdict of a whole test from its phases' verdicts."""
    return max(verdicts, key=lambda name: BY_NAME[name].rank, default=PASS)


def tally(names):
    """{verdict: how many} of the verdict names `names`, with every verdict."""
    counts = dict.fromkeys(ALL, 0)
    for name in names:
        counts[name] += 1
    return counts


def conformance(counts):
    """(passes, applicable) of {verdict: how many}: verdicts not counted (not applicable, blocked) are left out."""
    return counts[PASS], sum(n for name, n in counts.items() if BY_NAME[name].counted)


def percent(passes, applicable):
    """The conformance percentage as shown: "97.5%", or "n/a" where nothing applies."""
    return f"{100.0 * passes / applicable:.1f}%" if applicable else "n/a"


def fraction(passes, applicable):
    """passes/applicable as shown: "39/40", or "n/a" where nothing applies."""
    return f"{passes}/{applicable}" if applicable else "n/a"
