"""Tasks of the executor chapter (importable, so spawn and forkserver workers find them)."""

import os
import signal
import time

from conformance.spec.gate import Gate, connect, report, wait_at
from conformance.spec.support import WAIT

# Set in the test process before workers start: a forked worker sees the new value, a spawned one the old.
MARK = "as imported"
_initialized = None


def identity(value):
    return value


def pid(_=None):
    return os.getpid()


def fail(message):
    raise KeyError(message)


def die(test_pid, code=7):
    """Leave the worker at once, as a crash would: no result, no cleanup; unless it is the test's own process
    `test_pid` (an executor whose workers are not processes), where it raises RuntimeError instead."""
    if os.getpid() == test_pid:
        raise RuntimeError(f"die() ran in the test's own process (pid {test_pid}), not in a worker process")
    os._exit(code)


def set_mark(value):
    global MARK
    MARK = value


def launch_facts(_=None):
    """(the MARK this worker sees, its parent's pid): enough to tell fork, spawn and forkserver apart."""
    return MARK, os.getppid()


def start_method_of(facts, parent_pid, runtime_mark):
    """The start method that made a worker reporting `facts` (from launch_facts)."""
    mark, ppid = facts
    if mark == runtime_mark:
        return "fork"
    return "spawn" if ppid == parent_pid else "forkserver"


def initialize(*args):
    global _initialized
    _initialized = args


def initialized(_=None):
    return _initialized


def fail_to_initialize():
    raise RuntimeError("initializer failed on purpose")


def fail_at(address, message):
    """Wait at the gate at `address`, then raise KeyError(message)."""
    wait_at(address)
    raise KeyError(message)


def fail_on(value):
    """Return `value`, except for 2, which raises KeyError."""
    if value == 2:
        raise KeyError(str(value))
    return value


def wait_at_reporting_sigterm(address, survive):
    """wait_at(address), sending b"T" on the gate connection at each SIGTERM; unless `survive`, SIGTERM then ends the
    worker (exit code -SIGTERM)."""
    with connect(address) as conn:
        def report_sigterm(signum, frame):
            conn.sendall(b"T")
            if not survive:
                signal.signal(signum, signal.SIG_DFL)
                os.kill(os.getpid(), signum)

        previous = signal.signal(signal.SIGTERM, report_sigterm)
        try:
            report(conn)
            conn.settimeout(10 * WAIT)
            conn.recv(1)
        finally:
            signal.signal(signal.SIGTERM, previous)


def run_past_max_tasks_per_child(executor, ch, calls):
    """Submit `calls` calls to executor() (one worker, max_tasks_per_child=2), the first held until all are queued,
    so that the worker exits with calls still queued; send on the test's Channel `ch` the values of those that complete
    within WAIT.

    Run in a child process: if the executor hangs, the child leaves at once (shutting it down would hang too).
    """
    ex = executor()
    with Gate() as gate:
        futures = [ex.submit(wait_at, gate.address, 0)] + [ex.submit(identity, n) for n in range(1, calls)]
        gate.arrivals(1)
    deadline = time.monotonic() + WAIT
    completed = []
    try:
        for f in futures:
            completed.append(f.result(max(0.0, deadline - time.monotonic())))
    except TimeoutError:
        ch.send(completed)
        os._exit(1)
    ch.send(completed)
    ex.shutdown()
