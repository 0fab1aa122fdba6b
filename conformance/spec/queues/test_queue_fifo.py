"""Queue is a multi-producer, multi-consumer FIFO queue, safe across processes and threads."""

import threading

from conformance.marks import spec
from conformance.spec.channel import Channel
from conformance.spec.queues import targets
from conformance.spec.support import CHILD, WAIT, running

PIPES_AND_QUEUES = "multiprocessing.html#pipes-and-queues"
ITEMS = [[42, None, "hello"]] + list(range(20))


@spec("queues.queue.fifo.child_to_parent", "multiprocessing.html#exchanging-objects-between-processes", needs=CHILD)
def test_items_put_by_a_child_come_out_in_order_in_the_parent(mp):
    """Objects a child puts on a Queue (such as [42, None, 'hello']) are got by the parent in the order they were put."""
    q = mp.Queue()
    with targets.flushed(q):
        with running(mp, targets.put_all, q, ITEMS):
            pass  # the child flushes what it put before it exits
        got = [q.get(timeout=WAIT) for _ in ITEMS]
        assert got == ITEMS, f"expected the child's items in order {ITEMS}, got {got}"


@spec("queues.queue.fifo.parent_to_child", PIPES_AND_QUEUES, needs=CHILD)
def test_items_put_by_the_parent_come_out_in_order_in_a_child(mp):
    """Objects the parent puts on a Queue are got by a child in the order they were put."""
    q = mp.Queue()
    with targets.flushed(q):
        with Channel() as ch, running(mp, targets.get_all, q, len(ITEMS), ch):
            for item in ITEMS:
                q.put(item)
            got = ch.recv(what="the list of the items the child got")
        assert got == ITEMS, f"expected the child to get {ITEMS} in order, got {got}"


@spec("queues.queue.fifo.per_producer_order", PIPES_AND_QUEUES, needs=CHILD)
def test_items_of_each_producer_keep_their_order(mp):
    """Objects from several producer processes may interleave, but those of one producer stay in the order it put them."""
    q = mp.Queue()
    per_child = 50
    with targets.flushed(q):
        with running(mp, targets.put_all, q, [("a", i) for i in range(per_child)]), \
                running(mp, targets.put_all, q, [("b", i) for i in range(per_child)]):
            pass  # the child flushes what it put before it exits
        got = [q.get(timeout=WAIT) for _ in range(2 * per_child)]
        for tag in "ab":
            seq = [i for t, i in got if t == tag]
            assert seq == list(range(per_child)), f"expected producer {tag}'s items as 0..{per_child - 1} in order, got {seq}"


@spec("queues.queue.fifo.multi_consumer", PIPES_AND_QUEUES, needs=CHILD)
def test_several_consumers_share_the_items_without_duplicates(mp):
    """Several consumer processes getting from one Queue receive every item exactly once between them."""
    q = mp.Queue()
    items, consumers = list(range(100)), 2
    with targets.flushed(q):
        with Channel() as ch, running(mp, targets.forward_until_none, q, ch), running(mp, targets.forward_until_none, q, ch):
            for item in items:
                q.put(item)
            got = sorted(ch.recv(what=f"the item the consumers got, {i + 1} of {len(items)}") for i in range(len(items)))
            for _ in range(consumers):
                q.put(None)
        assert got == items, f"expected the consumers to get 0..99 once between them, got {got}"


@spec("queues.queue.safety.threads", "multiprocessing.html#exchanging-objects-between-processes")
def test_threads_putting_at_once_lose_and_duplicate_nothing(mp):
    """A Queue is thread safe: items put by several threads at once are all got, each once."""
    q = mp.Queue()
    threads, per_thread = 4, 50
    sent = sorted((t, i) for t in range(threads) for i in range(per_thread))
    workers = [threading.Thread(target=lambda t=t: [q.put((t, i)) for i in range(per_thread)]) for t in range(threads)]
    try:
        for w in workers:
            w.start()
        got = sorted(q.get(timeout=WAIT) for _ in sent)
        assert got == sent, f"expected each of the {len(sent)} items once, got {len(got)} items, {len(set(got))} distinct"
    finally:
        for w in workers:
            w.join(WAIT)
        targets.flush(q)
