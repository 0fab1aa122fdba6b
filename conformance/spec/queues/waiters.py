"""Shared by the queues tests: a call blocked in a child must be released by what the test does, not by a timeout."""

from conformance.spec.support import LATE


def assert_released(p, released, what, action):
    """Assert that the child `p` reports within LATE s of `action` that `what` returned (`released(LATE)` is true).

    Otherwise the child is terminated at once, so that the test fails promptly rather than after it is reaped.
    """
    if not released(LATE):
        p.terminate()
        raise AssertionError(f"expected {what} to return within {LATE:g} s of {action}; it was still blocked")
