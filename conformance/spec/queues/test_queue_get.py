"""Queue.get() and Queue.get_nowait(): blocking, timeouts, queue.Empty, and the objects returned."""

import queue
import time

from conformance.marks import spec
from conformance.spec.calls import raises, timed
from conformance.spec.channel import Channel
from conformance.spec.queues import targets
from conformance.spec.queues.needs import ENDED
from conformance.spec.queues.waiters import assert_released
from conformance.spec.support import BLOCKED, CHILD, WAIT, running

GET = "multiprocessing.html#multiprocessing.Queue.get"
GET_NOWAIT = "multiprocessing.html#multiprocessing.Queue.get_nowait"


@spec("queues.queue.get.blocks_default", GET, needs=CHILD)
def test_get_on_an_empty_queue_blocks_until_an_item_arrives(mp):
    """get() with the default block=True, timeout=None blocks on an empty queue until an item is put, then returns it."""
    q = mp.Queue()
    with targets.flushed(q):
        with Channel() as ch, running(mp, targets.get_signalled, q, ch):
            ch.recv(what="the child's word that it calls get()")
            early = ch.poll(BLOCKED)
            assert early is None, f"expected get() on an empty Queue to block; within {BLOCKED:g} s it returned {early[0]!r}"
            q.put("item")
            got = assert_released(ch, "the child's blocked get()", "put()")
        assert got == "item", f"expected get() to return 'item', got {got!r}"


@spec("queues.queue.get.timeout_empty", GET)
def test_get_with_timeout_on_an_empty_queue_raises_empty_after_the_timeout(mp):
    """get(timeout=t) on an empty queue blocks about t seconds, then raises queue.Empty."""
    q = mp.Queue()
    timeout = 0.5
    with targets.flushed(q):
        got, error = timed(timeout, q.get, True, timeout)
        assert error is not None, f"get(timeout={timeout:g}) on an empty Queue returned {got!r}; expected queue.Empty"
        if not isinstance(error, queue.Empty):
            raise error


@spec("queues.queue.get.nonblocking_empty", GET)
def test_get_nonblocking_on_an_empty_queue_raises_empty_at_once(mp):
    """get(block=False) on an empty queue raises queue.Empty at once, ignoring timeout."""
    q = mp.Queue()
    timeout = 3.0
    with targets.flushed(q):
        start = time.monotonic()
        raises(queue.Empty, q.get, block=False, timeout=timeout)
        elapsed = time.monotonic() - start
        assert elapsed < timeout * 0.9, f"expected queue.Empty at once (timeout ignored), got it after {elapsed:.3f} s"


@spec("queues.queue.get.nonblocking_available", GET, needs=ENDED)
def test_get_nonblocking_returns_an_item_that_is_available(mp):
    """get(block=False) returns an item that is immediately available (here flushed by a child that has exited)."""
    q = mp.Queue()
    with targets.flushed(q):
        with running(mp, targets.put_all, q, ["item"]):
            pass  # the child flushes what it put before it exits
        got = q.get(block=False)
        assert got == "item", f"expected get(block=False) to return 'item', got {got!r}"


@spec("queues.queue.get_nowait.empty_raises", GET_NOWAIT)
def test_get_nowait_on_an_empty_queue_raises_empty(mp):
    """get_nowait(), like get(False), raises queue.Empty on an empty queue."""
    q = mp.Queue()
    with targets.flushed(q):
        raises(queue.Empty, q.get_nowait)


@spec("queues.queue.get_nowait.returns", GET_NOWAIT, needs=ENDED)
def test_get_nowait_returns_an_item_that_is_available(mp):
    """get_nowait(), like get(False), returns an item that is immediately available."""
    q = mp.Queue()
    with targets.flushed(q):
        with running(mp, targets.put_all, q, ["item"]):
            pass  # the child flushes what it put before it exits
        got = q.get_nowait()
        assert got == "item", f"expected get_nowait() to return 'item', got {got!r}"


@spec("queues.queue.get.removes", GET)
def test_get_removes_the_item_it_returns(mp):
    """get() removes the item it returns: on a one-item queue, a following get(block=False) raises queue.Empty."""
    q = mp.Queue()
    with targets.flushed(q):
        q.put("item")
        q.get(timeout=WAIT)
        raises(queue.Empty, q.get, block=False)


@spec("queues.queue.get.returns_copy", "multiprocessing.html#pipes-and-queues")
def test_get_returns_a_recreated_object_not_the_one_put(mp):
    """An object put on a Queue is pickled, so get() returns an equal object, not the same one."""
    q = mp.Queue()
    sent = [1, {"a": 2}]
    with targets.flushed(q):
        q.put(sent)
        got = q.get(timeout=WAIT)
        assert got == sent, f"expected an object equal to {sent}, got {got!r}"
        assert got is not sent, "get() returned the very object that was put; expected a re-created (unpickled) copy"
