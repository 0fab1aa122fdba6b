"""Queue's method set: queue.Queue's methods without task_done(), join() and shutdown()."""

from conformance.marks import spec
from conformance.spec.queues import targets


def _present(mp, names):
    """Those of `names` that a new Queue has."""
    q = mp.Queue()
    with targets.flushed(q):
        return [name for name in names if hasattr(q, name)]


@spec("queues.queue.api.lacks_task_done_join", "multiprocessing.html#pipes-and-queues")
def test_queue_lacks_task_done_and_join(mp):
    """Queue differs from queue.Queue in lacking task_done() and join() (JoinableQueue has them)."""
    present = _present(mp, ("task_done", "join"))
    assert not present, f"expected Queue to lack task_done() and join(), but it has {present}"


@spec("queues.queue.api.lacks_shutdown", "multiprocessing.html#multiprocessing.Queue", python=">=3.13")
def test_queue_lacks_shutdown(mp):
    """Queue implements the methods of queue.Queue except task_done(), join() and shutdown() (3.14 docs, gh-147965)."""
    present = _present(mp, ("shutdown",))
    assert not present, f"expected Queue to lack shutdown(), which queue.Queue has from 3.13; it has {present}"
