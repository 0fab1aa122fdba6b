"""Whether a finished child has been joined (reaped), observed with waitid(WNOWAIT), which reaps nothing."""

import os

from conformance.marks import not_applicable
from conformance.spec.calls import Call
from conformance.spec.support import WAIT, still_running


def finished_unjoined(p):
    """Wait (at most WAIT) until `p` has ended, leaving it unjoined; a zombie stays one until someone joins it."""
    if not hasattr(os, "waitid"):
        not_applicable("observing an unjoined child needs os.waitid, which this platform lacks")
    try:
        _exited(p.pid)
    except ChildProcessError:
        raise AssertionError("expected the finished child to stay unjoined (a zombie) until the backend joins it;"
                             " something else in the process reaped it first") from None


def ended(pid):
    """Wait (at most WAIT) until the process `pid` (as it reported itself) has ended, without joining it: a fork
    child's own children inherit its sentinel, so join() would wait for them too. A child of this process is left a
    zombie; one that is not (a fork server's) is gone once its parent reaped it."""
    try:
        _exited(pid)
    except (ChildProcessError, AttributeError):  # not this process's child, or no os.waitid here
        assert not still_running([pid]), f"expected the child to end within {WAIT:g} s; it still runs"


def _exited(pid):
    """Return once child `pid` has exited, without reaping it (ChildProcessError if it is not this process's child)."""
    Call(os.waitid, os.P_PID, pid, os.WEXITED | os.WNOWAIT).value(WAIT, f"expected the child to end within {WAIT:g} s")


def joined(pid):
    """True if child `pid` has been reaped; a zombie is not."""
    try:
        os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return True
    return False
