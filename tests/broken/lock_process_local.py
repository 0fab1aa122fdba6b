"""Broken: a Lock is not shared: each child process gets its own, unlocked copy."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {
    "lock.acquire.block_default",
    "lock.acquire.cross_process",
    "lock.acquire.nonblocking_locked",
    "lock.acquire.sigint_interrupts",
    "lock.acquire.timeout_none_infinite",
    "lock.acquire.timeout_positive",
    "lock.locked.state",
    "lock.release.any_owner",
}
# The executor's call queue is the context's Queue, read under the context's Lock: with a process-local one, two
# workers may read one message at once, which loses calls when they race. Any executor test that starts several
# workers may hit it (it was seen in max_workers.default_cpu_count, as_completed.order, initializer.runs).
MAY_BREAK = {"executor.*"}


_mirror.install(__name__, Lock=_mirror.process_local(__name__, synchronize.Lock))
