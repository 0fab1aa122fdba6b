"""Calls that may block, run in a thread so that a test can bound them or watch them block."""

import threading
import time

from conformance.spec.support import BLOCKED, WAIT


class Blocked(AssertionError):
    """A call that was expected to return was still blocked after WAIT."""


class Call:
    """fn(*args) running in a daemon thread; result() waits at most WAIT for what it returned or raised."""

    def __init__(self, fn, *args):
        self.name = f"{getattr(fn, '__qualname__', fn)}()"
        self._started = threading.Event()
        self._done = threading.Event()
        self._outcome = None
        threading.Thread(target=self._run, args=(fn, args), daemon=True).start()

    def _run(self, fn, args):
        self._started.set()
        try:
            self._outcome = (fn(*args), None)
        except BaseException as e:
            self._outcome = (None, e)
        self._done.set()

    def result(self):
        """What the call returned (or raise what it raised); AssertionError if it is still blocked after WAIT."""
        if not self._done.wait(WAIT):
            raise Blocked(f"expected {self.name} to return within {WAIT:g} s; it was still blocked")
        value, error = self._outcome
        if error is not None:
            raise error
        return value

    def assert_blocked(self, what=None):
        """Assert that the call has not returned BLOCKED seconds after it started (`what` describes it)."""
        what = what or self.name
        assert self._started.wait(WAIT), f"expected {what} to start within {WAIT:g} s; its thread did not run"
        time.sleep(BLOCKED)
        if self._done.is_set():
            value, error = self._outcome
            outcome = f"raised {error!r}" if error is not None else f"returned {value!r}"
            raise AssertionError(f"expected {what} to block; it {outcome}")


def within(fn, *args):
    """fn(*args), run in a thread and waited for at most WAIT: a backend that blocks fails instead of hanging."""
    return Call(fn, *args).result()


def raises(exc, fn, *args):
    """The `exc` that fn(*args) raises (waited for at most WAIT); AssertionError if it returns or raises another."""
    call = Call(fn, *args)
    expected = " or ".join(e.__name__ for e in (exc if isinstance(exc, tuple) else (exc,)))
    try:
        value = call.result()
    except exc as e:
        return e
    except Blocked:
        raise
    except Exception as e:
        raise AssertionError(f"expected {call.name} to raise {expected}; it raised {e!r}") from e
    raise AssertionError(f"expected {call.name} to raise {expected}; it returned {value!r}")
