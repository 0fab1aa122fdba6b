"""Timed calls on a ProcessPoolExecutor's futures."""

from conformance.spec.calls import timed

# The timeout the tests give a call that must give up: small, so that a call giving up late is told from one on time.
TIMEOUT = 0.3


def times_out(mp, what, fn, *args):
    """Assert that fn(*args), the call `what` given the timeout TIMEOUT, raises TimeoutError neither early nor late."""
    value, error = timed(TIMEOUT, fn, *args)
    outcome = f"returned {value!r}" if error is None else f"raised {error!r}"
    assert isinstance(error, mp.futures.TimeoutError), f"expected {what} to raise TimeoutError; it {outcome}"
