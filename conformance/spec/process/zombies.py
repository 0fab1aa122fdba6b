"""Whether a finished child has been joined (reaped), observed with waitid(WNOWAIT), which reaps nothing."""

import os

from conformance.marks import not_applicable
from conformance.spec.support import WAIT


def finished_unjoined(mp, p):
    """Wait until `p` has ended, leaving it unjoined; a zombie stays one until someone joins it."""
    if not hasattr(os, "waitid"):
        not_applicable("observing an unjoined child needs os.waitid, which this platform lacks")
    assert mp.connection.wait([p.sentinel], WAIT), f"the child did not end within {WAIT}s"
    # The sentinel is ready once the child is exiting; this returns when it is a zombie, at once.
    try:
        os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)
    except ChildProcessError:
        raise AssertionError("expected the finished child to stay unjoined (a zombie) until the backend joins it;"
                             " something else in the process reaped it first") from None


def joined(pid):
    """True if child `pid` has been reaped; a zombie is not."""
    try:
        os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return True
    return False
