"""Worker-side functions of the pool chapter (importable, so spawn and forkserver workers find them).

Tasks that must be held wait at a conformance.spec.gate.Gate, whose address they take as an argument:
nothing but picklable values reaches a worker, so they work in workers that are not children of the test.
"""

import os
import threading

from conformance.spec.gate import report_at, wait_at

_worker = threading.local()


def setup(*args):
    """Initializer: remember `args` for the tasks this worker (process or thread) runs."""
    _worker.args = args


def worker_id(_=None):
    """The (pid, thread ident) of the worker running the task."""
    return os.getpid(), threading.get_ident()


def initialized(address):
    """Wait at the gate at `address`, then return (worker id, the arguments given to setup() in this worker)."""
    wait_at(address)
    return worker_id(), getattr(_worker, "args", None)


def square(x):
    return x * x


def add(a, b):
    return a + b


def fail(message):
    """Raise ValueError(message) in the worker."""
    raise ValueError(message)


def checked(x):
    """Return x, or raise ValueError('item 3') for x == 3."""
    if x == 3:
        raise ValueError(f"item {x}")
    return x


def square_zero_last(hold, report, x):
    """x * x; item 0 waits at the gate `hold`, the others report at the gate `report` first."""
    return wait_at(hold, 0) if x == 0 else report_at(report, x * x)


def held_if_zero(address, x):
    """wait_at(address, x) for x == 0; other items return x at once."""
    return wait_at(address, x) if x == 0 else x
