"""Queue's method set: queue.Queue's methods without task_done() and join()."""

from conformance.marks import spec
from conformance.spec.queues import targets


@spec("queue.api.lacks_task_done_join", "multiprocessing.html#pipes-and-queues")
def test_queue_lacks_task_done_and_join(mp):
    """Queue differs from queue.Queue in lacking task_done() and join() (JoinableQueue has them)."""
    q = mp.Queue()
    try:
        present = [name for name in ("task_done", "join") if hasattr(q, name)]
        assert not present, f"expected Queue to lack task_done() and join(), but it has {present}"
    finally:
        targets.flush(q)
