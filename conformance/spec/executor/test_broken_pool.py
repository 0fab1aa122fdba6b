"""BrokenProcessPool: a worker of a ProcessPoolExecutor terminated in a non-clean fashion."""

import os
import signal

from conformance.marks import spec
from conformance.spec.calls import raises
from conformance.spec.executor import targets
from conformance.spec.gate import Gate, wait_at
from conformance.spec.support import WAIT

DOC = "concurrent.futures.html#concurrent.futures.process.BrokenProcessPool"


@spec("executor.broken.worker_exit", DOC, requires=("processes",),
      api=("futures.ProcessPoolExecutor", "futures.BrokenProcessPool"))
def test_worker_exiting_abruptly_breaks_the_pool(mp):
    """When a worker terminates abruptly, its future and later submissions raise BrokenProcessPool."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex:
        future = ex.submit(targets.die, os.getpid())
        raises(mp.futures.BrokenProcessPool, future.result, WAIT)
        raises(mp.futures.BrokenProcessPool, ex.submit, targets.identity, 1)


@spec("executor.broken.worker_killed", DOC, requires=("processes", "signals"),
      api=("futures.ProcessPoolExecutor", "futures.BrokenProcessPool"))
def test_worker_killed_from_outside_breaks_pending_calls(mp):
    """A worker killed from the outside breaks the pool: its running and pending calls raise BrokenProcessPool."""
    with mp.futures.ProcessPoolExecutor(max_workers=1) as ex, Gate() as gate:
        running = ex.submit(wait_at, gate.address)
        (pid,) = gate.arrivals(1)
        assert pid != os.getpid(), f"expected the call to run in a worker process; it ran in this one (pid {pid})"
        pending = ex.submit(targets.identity, 1)
        os.kill(pid, signal.SIGKILL)
        for future in (running, pending):
            raises(mp.futures.BrokenProcessPool, future.result, WAIT)
