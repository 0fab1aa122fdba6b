"""Worker-side functions of the pool chapter (importable, so spawn and forkserver workers find them).

`setup` is the pool initializer: it keeps its arguments (Events, a Barrier, a shared counter) per
worker, because synchronisation objects reach workers only through inheritance, not through tasks.
"""

import os
import threading

from conformance.spec.support import WAIT

_worker = threading.local()


def setup(*objects):
    """Initializer: remember `objects` for the tasks this worker (process or thread) runs."""
    _worker.objects = objects


def worker_id(_=None):
    """The (pid, thread ident) of the worker running the task."""
    return os.getpid(), threading.get_ident()


def initialized(_=None):
    """Wait at the Barrier given to setup(), then return (worker id, the other objects given to setup())."""
    barrier, *rest = _worker.objects
    barrier.wait(WAIT)
    return worker_id(), tuple(rest)


def meet(_=None):
    """Wait at the Barrier given to setup() (so that every worker runs one task), then return the worker id."""
    _worker.objects[0].wait(WAIT)
    return worker_id()


def held(x):
    """Set the `started` Event given to setup(), wait for its `release` Event, then return x.

    The wait outlasts every bound of the test (WAIT) by far, so that a broken backend cannot pass by
    waiting long enough for a held task to give up on its own.
    """
    started, release = _worker.objects[:2]
    started.set()
    release.wait(2 * WAIT)
    return x


def counted(x):
    """Add one to the shared Value given to setup(), under the Lock given with it, and return x."""
    counter, lock = _worker.objects[:2]
    with lock:
        counter.value += 1
    return x


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


def held_if_zero(x):
    """targets.held(x) for x == 0; other items return x at once."""
    return held(x) if x == 0 else x


def count_start(counter, lock):
    """Initializer: add one to the shared Value `counter` under `lock`."""
    with lock:
        counter.value += 1
