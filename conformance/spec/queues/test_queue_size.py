"""Queue(maxsize) capacity, and Queue.qsize(), empty() and full() when no other process is using the queue."""

import queue

from conformance.marks import not_applicable, spec
from conformance.spec.calls import raises
from conformance.spec.queues import targets
from conformance.spec.queues.needs import ENDED
from conformance.spec.support import WAIT, running

QUEUE = "multiprocessing.html#multiprocessing.Queue"


def _fill(q, count):
    for i in range(count):
        q.put(i, block=False)


@spec("queues.queue.ctor.maxsize_default", QUEUE)
def test_queue_without_maxsize_or_with_zero_is_unbounded(mp):
    """Queue() and Queue(0) are unbounded: many puts never raise queue.Full."""
    count = 1000
    for q in (mp.Queue(), mp.Queue(0)):
        try:
            _fill(q, count)
            got = sorted(q.get(timeout=WAIT) for _ in range(count))
            assert got == list(range(count)), f"expected the {count} items back, got {len(got)}"
        except queue.Full:
            raise AssertionError(f"put(block=False) raised queue.Full within {count} items; expected an unbounded queue") from None
        finally:
            targets.flush(q)


@spec("queues.queue.ctor.maxsize_bounds", QUEUE)
def test_queue_holds_exactly_maxsize_items(mp):
    """Queue(maxsize) holds exactly maxsize items: one more raises queue.Full, and a get() frees a slot."""
    q = mp.Queue(3)
    with targets.flushed(q):
        _fill(q, 3)
        raises(queue.Full, q.put, "fourth", block=False)
        q.get(timeout=WAIT)
        try:
            q.put("fourth", block=False)
        except queue.Full:
            raise AssertionError("put(block=False) raised queue.Full after a get() from a full Queue(3); expected a free slot") from None
        for _ in range(3):
            q.get(timeout=WAIT)


@spec("queues.queue.qsize.returns", "multiprocessing.html#multiprocessing.Queue.qsize")
def test_qsize_counts_the_items_of_a_queue_nobody_else_uses(mp):
    """qsize() returns the queue's size (approximate in general, exact when no other thread or process uses the queue)."""
    q = mp.Queue()
    with targets.flushed(q):
        try:
            sizes = [q.qsize()]
        except NotImplementedError:
            not_applicable("qsize() raised NotImplementedError, which the docs allow where sem_getvalue() is missing")
        _fill(q, 3)
        sizes.append(q.qsize())
        q.get(timeout=WAIT)
        sizes.append(q.qsize())
        for _ in range(2):
            q.get(timeout=WAIT)
        assert sizes == [0, 3, 2], f"expected qsize() 0 when new, 3 after three puts, 2 after a get; got {sizes}"


@spec("queues.queue.empty.returns", "multiprocessing.html#multiprocessing.Queue.empty", needs=ENDED)
def test_empty_tells_whether_the_queue_has_items(mp):
    """empty() is True for a new queue, False once a child's item has been flushed, and True again after get()."""
    q = mp.Queue()
    with targets.flushed(q):
        new = q.empty()
        with running(mp, targets.put_all, q, ["item"]):
            pass  # the child flushes what it put before it exits
        with_item = q.empty()
        q.get(timeout=WAIT)
        after_get = q.empty()
        got = [new, with_item, after_get]
        assert got == [True, False, True], f"expected empty() True, False (item flushed), True (after get); got {got}"


@spec("queues.queue.full.returns", "multiprocessing.html#multiprocessing.Queue.full")
def test_full_tells_whether_the_queue_is_at_maxsize(mp):
    """full() is False below maxsize, True with maxsize items, and False again after a get()."""
    q = mp.Queue(2)
    with targets.flushed(q):
        states = [q.full()]
        _fill(q, 1)
        states.append(q.full())
        _fill(q, 1)
        states.append(q.full())
        q.get(timeout=WAIT)
        states.append(q.full())
        q.get(timeout=WAIT)
        assert states == [False, False, True, False], f"expected full() False, False, True (2 of 2), False (after get); got {states}"
