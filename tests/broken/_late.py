"""Shared by the broken backends that give up late or notice late what should wake them."""

import time

# How late: more than support.LATE both in the broken-backend check (WAIT=10: 1 s) and in a default run (WAIT=30: 3 s).
LATE_BY = 5.0


def drowsy(ready, timeout=None):
    """Wait until ready() is true, calling it only every LATE_BY s (at most `timeout` s); return its last value.

    What makes it true is noticed up to LATE_BY s late, as by a waiter that nothing wakes and that polls.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        value = ready()
        left = LATE_BY if deadline is None else min(LATE_BY, deadline - time.monotonic())
        if value or left <= 0:
            return value
        time.sleep(left)
