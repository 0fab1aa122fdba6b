"""Process.close(): releasing the Process object's resources."""

import os

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.calls import raises
from conformance.spec.process import targets
from conformance.spec.process.held import held
from conformance.spec.support import CHILD, WAIT

DOC = "multiprocessing.html#multiprocessing.Process.close"
CLOSE = {"python": ">=3.7", "requires": ("processes",), "api": ("Process.close",)}


@spec("process.close.releases", DOC, platforms=("posix",), needs=CHILD, **CLOSE)
def test_close_releases_the_sentinel(mp):
    """close() releases the resources of the Process object, such as its sentinel file descriptor."""
    p = mp.Process(target=targets.noop)
    p.start()
    support.reap(p)
    sentinel = p.sentinel
    p.close()
    raises(OSError, os.fstat, sentinel)


@spec("process.close.running_raises", DOC, needs=CHILD, **CLOSE)
def test_close_while_running_raises_valueerror(mp):
    """close() raises ValueError if the underlying process is still running."""
    with held(mp) as (p, ch):
        raises(ValueError, p.close)
        assert p.is_alive(), "expected the process to keep running after the refused close()"
        ch.release()


@spec("process.close.then_valueerror", DOC, needs=CHILD, **CLOSE)
def test_closed_process_raises_valueerror(mp):
    """Once close() returned, the methods and attributes that use the process raise ValueError."""
    p = mp.Process(target=targets.noop)
    p.start()
    support.reap(p)
    p.close()
    uses = {"join()": lambda: p.join(WAIT), "is_alive()": p.is_alive, "terminate()": p.terminate}
    if hasattr(type(p), "kill"):  # a backend without kill() is reported by process.kill.sigkill, not here
        uses["kill()"] = p.kill
    uses.update({"pid": lambda: p.pid, "exitcode": lambda: p.exitcode, "sentinel": lambda: p.sentinel, "start()": p.start})
    succeeded = []
    for name, use in uses.items():
        try:
            use()
        except ValueError:
            continue
        succeeded.append(name)
    if "start()" in succeeded:
        support.reap(p)
    assert not succeeded, f"expected ValueError from every use of the closed process, but these did not raise: {succeeded}"


@spec("process.start.after_close_raises", DOC, **CLOSE)
def test_start_after_close_raises_valueerror(mp):
    """start() on a closed Process raises ValueError."""
    p = mp.Process(target=targets.noop)
    p.close()
    raises(ValueError, p.start)
