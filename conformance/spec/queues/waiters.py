"""Shared by the queues tests: a call blocked in a child must be released by what the test does, not by a timeout."""

from conformance.spec.support import LATE


def assert_released(ch, what, action):
    """The report the child sends through the channel `ch` once `what` returned; AssertionError if none comes within
    LATE s of `action`. (The child's `running` block then terminates it at once, so that the test fails promptly.)"""
    report = ch.poll(LATE)
    if report is None:
        raise AssertionError(f"expected {what} to return within {LATE:g} s of {action}; it was still blocked")
    return report[0]
