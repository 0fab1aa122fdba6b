"""Queue.put() and Queue.put_nowait(): blocking, timeouts and queue.Full."""

import queue
import time

from conformance.marks import spec
from conformance.spec.calls import raises, timed
from conformance.spec.channel import Channel
from conformance.spec.queues import targets
from conformance.spec.queues.waiters import assert_released
from conformance.spec.support import BLOCKED, CHILD, WAIT, running

PUT = "multiprocessing.html#multiprocessing.Queue.put"
PUT_NOWAIT = "multiprocessing.html#multiprocessing.Queue.put_nowait"


@spec("queues.queue.put.blocks_default", PUT, needs=CHILD)
def test_put_on_a_full_queue_blocks_until_a_slot_is_free(mp):
    """put(obj) with the default block=True, timeout=None blocks on a full queue until a slot is freed."""
    q = mp.Queue(1)
    with targets.flushed(q):
        q.put("first")
        with Channel() as ch, running(mp, targets.put_signalled, q, "second", ch):
            ch.recv(what="the child's word that it calls put()")
            early = ch.poll(BLOCKED)
            assert early is None, f"expected put() on a full Queue(1) to block; within {BLOCKED:g} s the child reported {early[0]!r}"
            first = q.get(timeout=WAIT)
            outcome = assert_released(ch, "the child's blocked put()", "get(), which freed a slot")
            assert outcome == "put", f"expected put() to return once a slot was freed, got {outcome!r}"
            second = q.get(timeout=WAIT)
        assert [first, second] == ["first", "second"], f"expected ['first', 'second'], got {[first, second]}"


@spec("queues.queue.put.timeout_full", PUT)
def test_put_with_timeout_on_a_full_queue_raises_full_after_the_timeout(mp):
    """put(obj, timeout=t) on a full queue blocks about t seconds, then raises queue.Full."""
    q = mp.Queue(1)
    timeout = 0.5
    with targets.flushed(q):
        q.put(1)
        _, error = timed(timeout, q.put, 2, True, timeout)
        assert error is not None, f"put(2, timeout={timeout:g}) on a full Queue(1) returned; expected queue.Full"
        if not isinstance(error, queue.Full):
            raise error
        q.get(timeout=WAIT)


@spec("queues.queue.put.nonblocking_full", PUT)
def test_put_nonblocking_puts_if_a_slot_is_free_else_raises_full_at_once(mp):
    """put(obj, block=False) puts obj if a slot is free, else raises queue.Full at once, ignoring timeout."""
    q = mp.Queue(1)
    timeout = 3.0
    with targets.flushed(q):
        q.put(1, block=False)
        start = time.monotonic()
        raises(queue.Full, q.put, 2, block=False, timeout=timeout)
        elapsed = time.monotonic() - start
        assert elapsed < timeout * 0.9, f"expected queue.Full at once (timeout ignored), got it after {elapsed:.3f} s"
        got = q.get(timeout=WAIT)
        assert got == 1, f"expected the item put with block=False (1), got {got!r}"


@spec("queues.queue.put_nowait.full_raises", PUT_NOWAIT)
def test_put_nowait_on_full_queue_raises_full(mp):
    """put_nowait(obj), like put(obj, False), raises queue.Full on a full queue."""
    q = mp.Queue(1)
    with targets.flushed(q):
        q.put(1)
        raises(queue.Full, q.put_nowait, 2)
        q.get(timeout=WAIT)


@spec("queues.queue.put_nowait.puts", PUT_NOWAIT)
def test_put_nowait_puts_the_item_when_a_slot_is_free(mp):
    """put_nowait(obj), like put(obj, False), puts obj when a slot is free."""
    q = mp.Queue(1)
    with targets.flushed(q):
        q.put_nowait("item")
        got = q.get(timeout=WAIT)
        assert got == "item", f"expected the item put with put_nowait() ('item'), got {got!r}"
