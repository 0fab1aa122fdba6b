"""Broken: a Lock is not shared: each child process gets its own, unlocked copy."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {
    "synchronize.lock.acquire.block_default",
    "synchronize.lock.acquire.cross_process",
    "synchronize.lock.acquire.nonblocking_locked",
    "synchronize.lock.acquire.sigint_interrupts",
    "synchronize.lock.acquire.timeout_none_infinite",
    "synchronize.lock.acquire.timeout_positive",
    "synchronize.lock.locked.state",
    "synchronize.lock.release.any_owner",
}
# The executor's call queue is the context's Queue, read under the context's Lock: with a process-local one, two
# workers may read one message at once, which loses calls when they race. Any executor test that starts several
# workers may hit it (it was seen in max_workers.default_cpu_count, as_completed.order, initializer.runs).
MAY_BREAK = {"executor.*"}


_mirror.install(__name__, Lock=_mirror.process_local(__name__, synchronize.Lock))
