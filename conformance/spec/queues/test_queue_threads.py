"""Queue's feeder thread: join_thread(), the join at process exit, and cancel_join_thread()."""

from conformance.marks import spec
from conformance.spec.channel import Channel
from conformance.spec.queues import targets
from conformance.spec.queues.needs import EXIT
from conformance.spec.queues.waiters import assert_released
from conformance.spec.support import BLOCKED, CHILD, WAIT, running

JOIN_THREAD = "multiprocessing.html#multiprocessing.Queue.join_thread"
CANCEL_JOIN_THREAD = "multiprocessing.html#multiprocessing.Queue.cancel_join_thread"
THREAD_API = ("queues.Queue.close", "queues.Queue.join_thread", "queues.Queue.cancel_join_thread")


@spec("queues.queue.join_thread.blocks_until_flushed", JOIN_THREAD, api=THREAD_API, needs=CHILD)
def test_join_thread_blocks_until_the_buffer_is_flushed(mp):
    """After close(), join_thread() blocks until the feeder thread has flushed all buffered data to the pipe."""
    q = mp.Queue()
    count = 3
    with targets.flushed(q):
        with Channel() as ch, running(mp, targets.put_big_then_join_thread, q, count, ch):
            ch.recv(what="the child's word that it calls join_thread()")
            returned_early = ch.poll(BLOCKED) is not None
            lengths = [len(q.get(timeout=WAIT)) for _ in range(count)]
            assert not returned_early, "expected join_thread() to block while the pipe was full and data still buffered; it returned"
            assert_released(ch, "the child's blocked join_thread()", "the parent reading all the data")
        assert lengths == [targets.BIG] * count, f"expected {count} items of {targets.BIG} bytes, got lengths {lengths}"


@spec("queues.queue.join_thread.auto_at_exit", JOIN_THREAD, requires=("processes",), needs=EXIT)
def test_a_child_does_not_exit_before_its_queued_data_is_flushed(mp):
    """A process that put data on a queue it did not create joins the feeder thread at exit, so it lives until the data is read."""
    q = mp.Queue()
    with targets.flushed(q):
        with Channel() as ch, running(mp, targets.put_big_and_exit, q, ch) as p:
            ch.recv(what="the child's word that it put its item")
            p.join(BLOCKED)
            assert p.exitcode is None, f"the child exited (exitcode {p.exitcode}) before its 1 MB item was read; expected it to wait for the flush"
            # Read in another child: an item its putter left half-written (it exited after all) blocks a get() for good.
            with Channel() as reader, running(mp, targets.get_big, q, reader):
                whole = reader.poll(WAIT)
                assert whole is not None, (f"expected the child's 1 MB item to be read whole within {WAIT:g} s; it was not"
                                           f" (the child that put it has exitcode {p.exitcode}: it exited before the flush)")
            p.join(WAIT)
            assert p.exitcode == 0, f"expected the child to exit with 0 once its item was read, got exitcode {p.exitcode}"
        assert whole == (True,), "the item read was not the child's 'X' * 1000000"


@spec("queues.queue.cancel_join_thread.join_returns", CANCEL_JOIN_THREAD, api=THREAD_API, needs=CHILD)
def test_join_thread_returns_at_once_after_cancel_join_thread(mp):
    """After cancel_join_thread(), join_thread() returns without waiting for buffered data to be flushed."""
    q = mp.Queue()
    with targets.flushed(q):
        with Channel() as ch, running(mp, targets.put_big_cancel_join_thread, q, ch):
            if ch.poll(WAIT) is None:
                q.get(timeout=WAIT)  # let the child finish
                raise AssertionError("expected join_thread() after cancel_join_thread() to return; it blocked while the pipe was full")


@spec("queues.queue.cancel_join_thread.exit_without_flush", CANCEL_JOIN_THREAD, requires=("processes",), api=THREAD_API,
      needs=EXIT)
def test_a_child_exits_without_flushing_after_cancel_join_thread(mp):
    """After cancel_join_thread(), a process exits without waiting for its buffered data to be flushed."""
    q = mp.Queue()
    with targets.flushed(q):
        with running(mp, targets.put_big_cancel_and_exit, q) as p:
            p.join(WAIT)
            if p.exitcode is None:
                q.get(timeout=WAIT)  # let the child finish
                raise AssertionError("the child with cancel_join_thread() did not exit while its 1 MB item was unread")
        assert p.exitcode == 0, f"expected exitcode 0, got {p.exitcode}"
