"""Calls that may block, run in a thread so that a test can bound them or watch them block."""

import reprlib
import threading
import time

from conformance.spec.support import BLOCKED, EARLY, LATE, TIMEOUT, WAIT


# What a backend raises through a bug (a misspelt name, a wrong argument, a missing attribute): never the refusal the
# documentation describes without naming its exception.
PROGRAMMING_ERRORS = (TypeError, AttributeError, NameError)


class Blocked(AssertionError):
    """A call that was expected to return was still blocked after WAIT."""


class Call:
    """fn(*args, **kwargs) running in a daemon thread; result() waits at most WAIT for what it returned or raised."""

    def __init__(self, fn, *args, **kwargs):
        name = getattr(fn, "__qualname__", None)
        self.name = f"{fn.__name__ if name and '<locals>' in name else name or fn}()"
        self.elapsed = None  # seconds from the call to its return, once it returned
        self._started = threading.Event()
        self._done = threading.Event()
        self._outcome = None
        threading.Thread(target=self._run, args=(fn, args, kwargs), daemon=True).start()

    def _run(self, fn, args, kwargs):
        self._started.set()
        start = time.monotonic()
        try:
            self._outcome = (fn(*args, **kwargs), None)
        except BaseException as e:
            self._outcome = (None, e)
        self.elapsed = time.monotonic() - start
        self._done.set()

    def result(self):
        """What the call returned (or raise what it raised); AssertionError if it is still blocked after WAIT."""
        return self.value(WAIT, f"expected {self.name} to return within {WAIT:g} s")

    def released_by(self, action):
        """What the blocked call returned (or raise what it raised) once `action` (a description of what the test
        just did) released it: AssertionError if it is still blocked LATE seconds later, so that a waiter let go
        only by its own timeout is never taken for one that `action` released."""
        return self.value(LATE, f"expected {self.name} to return within {LATE:g} s of {action}")

    def outcome(self, bound, expectation):
        """(value, error) of the call; Blocked, saying `expectation`, if it is still blocked after `bound` seconds."""
        if not self._done.wait(bound):
            raise Blocked(f"{expectation}; it was still blocked")
        return self._outcome

    def value(self, bound, expectation):
        """What the call returned (or raise what it raised), as outcome()."""
        value, error = self.outcome(bound, expectation)
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


def timed(timeout, fn, *args):
    """(value, error) of fn(*args), a call given `timeout` that is expected to give up: AssertionError if it
    gives up before EARLY * timeout or is still blocked LATE seconds after it."""
    call = Call(fn, *args)
    what = f"{call.name} given timeout {timeout:g} s"
    outcome = call.outcome(timeout + LATE, f"expected {what} to give up within {timeout + LATE:g} s")
    assert call.elapsed >= EARLY * timeout, f"expected {what} to block about {timeout:g} s; it gave up after {call.elapsed:.3f} s"
    return outcome


def times_out(exc, what, fn, *args):
    """Assert that fn(*args), the call `what` given the timeout TIMEOUT, raises `exc` neither early nor late."""
    value, error = timed(TIMEOUT, fn, *args)
    outcome = f"returned {value!r}" if error is None else f"raised {error!r}"
    assert isinstance(error, exc), f"expected {what} to raise {exc.__name__}; it {outcome}"


def gives_up(timeout, fn, *args):
    """What fn(*args), a call given `timeout` that is expected to give up, returns (it raises what the call raised):
    AssertionError if it gives up early or late (timed())."""
    value, error = timed(timeout, fn, *args)
    if error is not None:
        raise error
    return value


def within(fn, *args):
    """fn(*args), run in a thread and waited for at most WAIT: a backend that blocks fails instead of hanging."""
    return Call(fn, *args).result()


def raises(exc, fn, *args, **kwargs):
    """The `exc` (an exception class or a tuple of them) that fn(*args, **kwargs) raises, waited for at most WAIT:
    AssertionError if it returns or raises another. The one way spec tests assert an exception."""
    call = Call(fn, *args, **kwargs)
    expected = " or ".join(e.__name__ for e in (exc if isinstance(exc, tuple) else (exc,)))
    try:
        value = call.result()
    except exc as e:
        return e
    except Blocked:
        raise
    except Exception as e:
        raise AssertionError(f"expected {_with_arguments(call.name, args, kwargs)} to raise {expected};"
                             f" it raised {e!r}") from e
    raise AssertionError(f"expected {_with_arguments(call.name, args, kwargs)} to raise {expected};"
                         f" it returned {value!r}")


def _with_arguments(name, args, kwargs):
    """'Array('i', [1, 2, 3], False)' for the name 'Array()' and those arguments, each repr shortened."""
    shown = [reprlib.repr(a) for a in args] + [f"{k}={reprlib.repr(v)}" for k, v in kwargs.items()]
    return f"{name[:-2]}({', '.join(shown)})"


def refused(what, fn, *args):
    """What fn(*args) raises (waited for at most WAIT), where the documentation says that `what` fails but names no
    exception: AssertionError if it returns, or raises one of PROGRAMMING_ERRORS instead."""
    try:
        value = Call(fn, *args).result()
    except Blocked:
        raise
    except PROGRAMMING_ERRORS as e:
        raise AssertionError(f"expected {what} to be refused; it raised {e!r}, a programming error") from e
    except Exception as e:
        return e
    raise AssertionError(f"expected {what} to be refused; it returned {value!r}")


def assert_refusal(what, error):
    """Assert that `error`, the name of the exception a child reported for `what` (None if none), is a refusal."""
    assert error is not None, f"expected {what} to be refused; it succeeded"
    assert error not in {e.__name__ for e in PROGRAMMING_ERRORS}, (
        f"expected {what} to be refused; it raised {error}, a programming error")
