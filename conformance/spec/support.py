"""Helpers shared by spec tests: bounds for blocking calls, and processes that are always reaped."""

import contextlib
import os
import sys
import time

# Upper bound for anything that is expected to happen (a child starting, a message arriving).
# Generous, because a loaded 2-core machine is slow; a correct backend never waits this long.
WAIT = float(os.environ.get("MP_CONFORMANCE_WAIT", "30"))
# How long a call is observed to check that it is still blocked; the only use of sleeping.
BLOCKED = 0.2
# How much later than due a call given a timeout may give up, or a waiter may be released after what
# releases it, on a loaded 2-core machine; a backend that ignores the timeout or the release is later.
LATE = max(1.0, WAIT / 10)
# The timeout given to a call that is expected to give up: small, so that giving up late stands out.
TIMEOUT = 0.3
# A call given a timeout must not give up before this share of it (clocks and timers are coarse).
EARLY = 0.9
# What a test that starts a child cannot do without (@spec(..., needs=CHILD)): that start() runs the target with its
# arguments in the child. Where that fails too, the test is "blocked" by it rather than failed.
CHILD = ("process.run.invokes_target",)


@contextlib.contextmanager
def running(mp, target, *args, daemon=None, **kwargs):
    """Start mp.Process(target, args, kwargs) and yield it; on exit it is joined, or killed and reaped (at once if the block raised)."""
    options = {} if daemon is None else {"daemon": daemon}
    p = mp.Process(target=target, args=args, kwargs=kwargs, **options)
    p.start()
    try:
        yield p
    except BaseException:
        if hasattr(p, "terminate") and p.is_alive():  # the test failed: a child it did not release is not waited for until its own timeout
            p.terminate()
        raise
    finally:
        reap(p)


def reap(p):
    """Join `p`; if it is still alive after WAIT, terminate (then kill) it so that nothing is left behind."""
    p.join(WAIT)
    if p.is_alive():
        p.terminate()
        p.join(WAIT)
    if p.is_alive() and hasattr(p, "kill"):
        p.kill()
        p.join(WAIT)


def blocked(p):
    """Wait until process `p` blocks in a call: True once it does, False once it has ended.

    Linux shows it: the state of p's main thread in /proc/<pid>/stat turns to S (sleeping) once a call blocks, and
    nothing else a target does sleeps; AssertionError if it is still running after WAIT. Elsewhere, where that
    cannot be seen, p counts as blocked if it is still alive LATE seconds later.
    """
    if not sys.platform.startswith("linux"):
        p.join(LATE)
        return p.is_alive()
    deadline = time.monotonic() + WAIT
    while True:
        try:
            with open(f"/proc/{p.pid}/stat") as f:
                state = f.read().rpartition(")")[2].split()[0]
        except FileNotFoundError:  # reaped
            return False
        if state == "S":
            return True
        if state in ("Z", "X"):
            return False
        assert time.monotonic() < deadline, f"expected process {p.pid} to block within {WAIT:g} s; it kept running (state {state})"
        time.sleep(0.01)


def still_running(pids):
    """Those of `pids` still running after waiting at most WAIT for them to end (they need not be our children:
    a process join() has returned for may take a moment to go, as with billiard's forkserver)."""
    import psutil  # here: the children that import this module need none of it

    from conformance.procs import processes

    _, alive = psutil.wait_procs(processes(pids), timeout=WAIT)
    return [proc.pid for proc in alive]
