"""The verdicts a spec test can get, and how a pytest report maps to one."""

from _pytest.outcomes import Skipped

PASS = "pass"
FAIL = "fail"
EXPECTED = "expected-failure"
UNEXPECTED_PASS = "unexpected-pass"
NOT_IMPLEMENTED = "not-implemented"
NOT_APPLICABLE = "not-applicable"
BLOCKED = "blocked"
TIMEOUT = "timeout"
CRASH = "crash"
LEAK = "leak"

ALL = (PASS, FAIL, EXPECTED, UNEXPECTED_PASS, NOT_IMPLEMENTED, NOT_APPLICABLE, TIMEOUT, CRASH, LEAK, BLOCKED)
# What a manifest entry may expect instead of a pass.
DEVIATIONS = (FAIL, TIMEOUT, CRASH, NOT_IMPLEMENTED, LEAK)
# Verdicts that keep the exit status at 0.
AS_EXPECTED = (PASS, EXPECTED, NOT_APPLICABLE, BLOCKED)
# Verdicts left out of a conformance percentage: they say nothing of the behaviour itself.
NOT_COUNTED = (NOT_APPLICABLE, BLOCKED)
# Ranking used to merge the phases of one test into its verdict: the worst wins.
_RANK = {v: i for i, v in enumerate((PASS, NOT_APPLICABLE, BLOCKED, EXPECTED, LEAK, NOT_IMPLEMENTED, FAIL, UNEXPECTED_PASS, TIMEOUT, CRASH))}
TIMEOUT_MARK = "from pytest-timeout"
# How reports show each verdict: its mark in a matrix cell, its colour, and what it means.
SHOWN = {
    PASS: ("✓", "#2e7d32", "behaves as documented"),
    FAIL: ("F", "#c62828", "does not behave as documented (the message says what was expected and what happened)"),
    EXPECTED: ("E", "#ef6c00", "fails as its manifest lists, with the listed reason; the verdict before the manifest is shown beside it"),
    UNEXPECTED_PASS: ("U", "#ad1457", "listed in the manifest, yet passed: remove or narrow the entry"),
    NOT_IMPLEMENTED: ("N", "#6a1b9a", "the backend lacks the API the test needs (named)"),
    NOT_APPLICABLE: ("na", "#9e9e9e", "the documented behaviour does not hold for this Python, platform, start method or kind of backend"),
    TIMEOUT: ("T", "#4e342e", "the test passed its deadline"),
    CRASH: ("C", "#000000", "the test killed its worker, or its fresh process died before it reported"),
    LEAK: ("L", "#00838f", "the test left a child process, named semaphore or shared-memory segment behind"),
    BLOCKED: ("B", "#78909c", "the test failed, and a behaviour it cannot do without (named) does not hold either: that"
                              " one's verdict is the deviation"),
}


class NotImplementedByBackend(AttributeError):
    """The backend under test lacks an API the test needs."""


class NotApplicable(Skipped):
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
    return max(verdicts, key=_RANK.__getitem__, default=PASS)
