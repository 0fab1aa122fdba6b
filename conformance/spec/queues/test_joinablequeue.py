"""JoinableQueue: a Queue with task_done() and join()."""

import queue

from conformance.marks import spec
from conformance.spec.calls import raises
from conformance.spec.channel import Channel
from conformance.spec.queues import targets
from conformance.spec.queues.needs import ENDED
from conformance.spec.queues.waiters import assert_released
from conformance.spec.support import BLOCKED, CHILD, WAIT, running

JOINABLE = "multiprocessing.html#multiprocessing.JoinableQueue"
TASK_DONE = "multiprocessing.html#multiprocessing.JoinableQueue.task_done"
JOIN = "multiprocessing.html#multiprocessing.JoinableQueue.join"


@spec("queues.joinablequeue.api.subclass", JOINABLE)
def test_joinablequeue_has_the_methods_of_queue_and_task_done_and_join(mp):
    """A JoinableQueue, a Queue subclass, has every method a Queue has, and additionally task_done() and join()."""
    q, jq = mp.Queue(), mp.JoinableQueue()
    with targets.flushed(q), targets.flushed(jq):
        methods = {name for name in dir(q) if not name.startswith("_") and callable(getattr(q, name))}
        missing = sorted(name for name in methods | {"task_done", "join"} if not callable(getattr(jq, name, None)))
        assert not missing, f"expected JoinableQueue to have Queue's methods and task_done(), join(); it lacks {missing}"


@spec("queues.joinablequeue.ctor.maxsize", JOINABLE)
def test_joinablequeue_holds_exactly_maxsize_items(mp):
    """JoinableQueue(maxsize) holds maxsize items: one more put(block=False) raises queue.Full."""
    jq = mp.JoinableQueue(2)
    with targets.flushed(jq):
        jq.put(1, block=False)
        jq.put(2, block=False)
        raises(queue.Full, jq.put, 3, block=False)
        for _ in range(2):
            jq.get(timeout=WAIT)


@spec("queues.joinablequeue.fifo.child_to_parent", "multiprocessing.html#pipes-and-queues", needs=CHILD)
def test_items_a_child_puts_come_out_in_order_in_the_parent(mp):
    """Items a child puts on a JoinableQueue are got by the parent in the order they were put."""
    jq = mp.JoinableQueue()
    items = list(range(20))
    with targets.flushed(jq):
        with running(mp, targets.put_all, jq, items):
            pass  # the child flushes what it put before it exits
        got = [jq.get(timeout=WAIT) for _ in items]
        assert got == items, f"expected the child's items in order {items}, got {got}"


@spec("queues.joinablequeue.put.closed_valueerror", "multiprocessing.html#multiprocessing.Queue.put", python=">=3.8",
      api=("queues.JoinableQueue.close", "queues.JoinableQueue.join_thread"))
def test_put_on_a_closed_joinablequeue_raises_valueerror(mp):
    """put() on a closed JoinableQueue raises ValueError, as for Queue (AssertionError before 3.8)."""
    jq = mp.JoinableQueue()
    jq.close()
    jq.join_thread()
    raises(ValueError, jq.put, "item")


@spec("queues.joinablequeue.task_done.too_many", TASK_DONE)
def test_task_done_more_times_than_items_put_raises_valueerror(mp):
    """task_done() raises ValueError when called more times than items were put."""
    jq = mp.JoinableQueue()
    with targets.flushed(jq):
        raises(ValueError, jq.task_done)
        jq.put("item")
        jq.get(timeout=WAIT)
        jq.task_done()
        raises(ValueError, jq.task_done)


@spec("queues.joinablequeue.join.no_tasks_immediate", JOIN, needs=CHILD)
def test_join_returns_at_once_without_unfinished_tasks(mp):
    """join() returns at once when task_done() has been called for every item put."""
    jq = mp.JoinableQueue()
    with targets.flushed(jq):
        jq.put("item")
        jq.get(timeout=WAIT)
        jq.task_done()
        with Channel() as ch, running(mp, targets.join_signalled, jq, ch):
            ch.recv(what="the child's word that it calls join()")
            assert_released(ch, "the child's join()", "its call with every item marked done")


@spec("queues.joinablequeue.join.blocks", JOIN, needs=CHILD)
def test_join_blocks_until_the_items_got_are_marked_done(mp):
    """join() blocks while an item has been put, and still after it is got, until task_done() is called for it."""
    jq = mp.JoinableQueue()
    with targets.flushed(jq):
        jq.put("item")
        with Channel() as ch, running(mp, targets.join_signalled, jq, ch):
            ch.recv(what="the child's word that it calls join()")
            assert ch.poll(BLOCKED) is None, "expected join() to block while an item put was not yet got; it returned"
            jq.get(timeout=WAIT)
            assert ch.poll(BLOCKED) is None, "expected join() to block after get() until task_done(); it returned"
            jq.task_done()
            assert_released(ch, "the child's blocked join()", "task_done() for the only item")


@spec("queues.joinablequeue.join.counter", JOIN, needs=CHILD)
def test_join_unblocks_only_when_the_unfinished_count_drops_to_zero(mp):
    """Each put() raises the unfinished count and each task_done() lowers it; join() unblocks only at zero."""
    jq = mp.JoinableQueue()
    with targets.flushed(jq):
        for item in (1, 2):
            jq.put(item)
            jq.get(timeout=WAIT)
        with Channel() as ch, running(mp, targets.join_signalled, jq, ch):
            ch.recv(what="the child's word that it calls join()")
            assert ch.poll(BLOCKED) is None, "expected join() to block with two unfinished tasks; it returned"
            jq.task_done()
            assert ch.poll(BLOCKED) is None, "expected join() to block after task_done() for one item of two; it returned"
            jq.task_done()
            assert_released(ch, "the child's blocked join()", "task_done() for the second of two items")


@spec("queues.joinablequeue.task_done.wakes_join", TASK_DONE, needs=ENDED)
def test_task_done_in_a_child_resumes_a_blocked_join(mp):
    """A join() blocked in one process resumes once another process has called task_done() for every item put."""
    jq = mp.JoinableQueue()
    count = 3
    with targets.flushed(jq):
        for i in range(count):
            jq.put(i)
        with Channel() as ch, running(mp, targets.join_signalled, jq, ch):
            ch.recv(what="the joining child's word that it calls join()")
            assert ch.poll(BLOCKED) is None, f"expected join() to block with {count} unfinished tasks; it returned"
            with running(mp, targets.get_and_task_done, jq, count):
                pass  # the child calls task_done() for every item
            assert_released(ch, "the child's blocked join()",
                            f"the end of another child that called task_done() for all {count} items")
