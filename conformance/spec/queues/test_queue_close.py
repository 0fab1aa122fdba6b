"""Queue.close(): put() and get() afterwards raise ValueError, buffered data is still flushed, the pipe is released, and garbage collection closes."""

import gc
import threading

from conformance.marks import spec
from conformance.spec.calls import raises, within
from conformance.spec.channel import Channel
from conformance.spec.queues import targets
from conformance.spec.queues.descriptors import assert_close_releases
from conformance.spec.support import CHILD, WAIT, running

CLOSE = "multiprocessing.html#multiprocessing.Queue.close"
CLOSE_API = ("queues.Queue.close", "queues.Queue.join_thread")


@spec("queues.queue.put.closed_valueerror", "multiprocessing.html#multiprocessing.Queue.put", python=">=3.8", api=CLOSE_API)
def test_put_on_a_closed_queue_raises_valueerror(mp):
    """put() on a closed Queue raises ValueError (AssertionError before 3.8)."""
    q = mp.Queue()
    q.close()
    q.join_thread()
    raises(ValueError, q.put, "item")


@spec("queues.queue.get.closed_valueerror", "multiprocessing.html#multiprocessing.Queue.get", python=">=3.8", api=CLOSE_API)
def test_get_on_a_closed_queue_raises_valueerror(mp):
    """get() on a closed Queue raises ValueError (OSError before 3.8)."""
    q = mp.Queue()
    q.put("item")
    q.close()
    q.join_thread()
    raises(ValueError, q.get, timeout=WAIT)


@spec("queues.queue.close.flushes_buffered", CLOSE, api=CLOSE_API, needs=CHILD)
def test_items_buffered_at_close_are_still_delivered(mp):
    """After close(), the feeder thread still flushes every buffered item to the pipe before it quits."""
    q = mp.Queue()
    sent = [(str(i).encode(), targets.BIG) for i in range(4)]
    with Channel() as ch, running(mp, targets.wait_then_get_all, q, ch, len(sent)):
        for first, size in sent:
            q.put(first * size)
        q.close()  # nobody reads yet, so most of the data is still buffered here
        ch.release()
        got = ch.recv(what=f"the child's report that it got the {len(sent)} items put before close()")
    assert got == sent, f"expected the child to get the items put before close(), as (first byte, length) {sent}; got {got}"
    q.join_thread()


def _used_queue(mp):
    q = mp.Queue()
    q.put("item")  # starts the feeder thread, which closes the pipe once it has flushed
    return q


def _close_and_join(q):
    q.close()
    within(q.join_thread)


@spec("queues.queue.close.releases", CLOSE, platforms=("linux",), requires=("processes",), api=CLOSE_API)
def test_close_releases_the_pipe_once_the_buffer_is_flushed(mp):
    """close() releases the Queue's internal resources: once its buffer is flushed (join_thread()), its pipe's descriptors are closed."""
    assert_close_releases("Queue", lambda: _used_queue(mp), _close_and_join, " once join_thread() returned")


@spec("queues.queue.close.auto_on_gc", CLOSE, api=CLOSE_API)
def test_garbage_collecting_a_queue_closes_it(mp):
    """close() is called when a Queue is garbage collected, so its feeder thread quits."""
    q = mp.Queue()
    before = set(threading.enumerate())
    q.put("item")
    q.get(timeout=WAIT)
    feeders = set(threading.enumerate()) - before
    assert feeders, "no feeder thread was started by the first put()"
    del q
    gc.collect()
    for thread in feeders:
        thread.join(WAIT)
    alive = [t.name for t in feeders if t.is_alive()]
    assert not alive, f"expected the feeder thread to quit once the Queue was garbage collected; still alive: {alive}"
