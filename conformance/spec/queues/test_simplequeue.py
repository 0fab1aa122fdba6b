"""SimpleQueue: put(), get(), empty() and close() (3.9+)."""

from conformance.marks import spec
from conformance.spec.calls import raises
from conformance.spec.channel import Channel
from conformance.spec.queues import targets
from conformance.spec.queues.descriptors import assert_close_releases
from conformance.spec.queues.waiters import assert_released
from conformance.spec.support import BLOCKED, CHILD, running

SIMPLE = "multiprocessing.html#multiprocessing.SimpleQueue"
ITEMS = [[42, None, "hello"]] + list(range(20))


@spec("queues.simplequeue.fifo.child_to_parent", "multiprocessing.html#multiprocessing.SimpleQueue.put", api=("SimpleQueue",),
      needs=CHILD)
def test_items_a_child_puts_come_out_in_order_in_the_parent(mp):
    """Items a child put() on a SimpleQueue are returned by get() in the parent in the order they were put."""
    sq = mp.SimpleQueue()
    with running(mp, targets.simple_put_all, sq, ITEMS):
        pass  # the child puts everything before it exits
    got = [sq.get() for _ in ITEMS]
    assert got == ITEMS, f"expected the child's items in order {ITEMS}, got {got}"


@spec("queues.simplequeue.fifo.parent_to_child", "multiprocessing.html#multiprocessing.SimpleQueue.get", api=("SimpleQueue",),
      needs=CHILD)
def test_items_the_parent_puts_come_out_in_order_in_a_child(mp):
    """Items the parent put() on a SimpleQueue are returned by get() in a child in the order they were put."""
    sq = mp.SimpleQueue()
    for item in ITEMS:
        sq.put(item)
    with Channel() as ch, running(mp, targets.simple_get_all, sq, len(ITEMS), ch):
        got = ch.recv(what="the list of the items the child got")
    assert got == ITEMS, f"expected the child to get {ITEMS} in order, got {got}"


@spec("queues.simplequeue.get.blocks_until_item", "multiprocessing.html#multiprocessing.SimpleQueue.get", api=("SimpleQueue",),
      needs=CHILD)
def test_get_on_an_empty_simplequeue_blocks_until_an_item_is_put(mp):
    """get() on an empty SimpleQueue blocks until an item is put, then removes and returns it."""
    sq = mp.SimpleQueue()
    with Channel() as ch, running(mp, targets.get_signalled, sq, ch):
        ch.recv(what="the child's word that it calls get()")
        early = ch.poll(BLOCKED)
        assert early is None, f"expected get() on an empty SimpleQueue to block; within {BLOCKED:g} s it returned {early[0]!r}"
        sq.put("item")
        got = assert_released(ch, "the child's blocked get()", "put()")
    assert got == "item", f"expected get() to return 'item', got {got!r}"
    assert sq.empty(), "get() did not remove the item it returned"


@spec("queues.simplequeue.empty.returns", "multiprocessing.html#multiprocessing.SimpleQueue.empty", api=("SimpleQueue",))
def test_empty_tells_whether_the_simplequeue_has_items(mp):
    """empty() is True for a new SimpleQueue, False after put(), and True again after get()."""
    sq = mp.SimpleQueue()
    new = sq.empty()
    sq.put("item")
    with_item = sq.empty()
    sq.get()
    got = [new, with_item, sq.empty()]
    assert got == [True, False, True], f"expected empty() True, False (after put), True (after get); got {got}"


@spec("queues.simplequeue.empty.closed_oserror", "multiprocessing.html#multiprocessing.SimpleQueue.empty", python=">=3.9",
      api=("SimpleQueue",))
def test_empty_on_a_closed_simplequeue_raises_oserror(mp):
    """empty() on a closed SimpleQueue raises OSError."""
    sq = mp.SimpleQueue()
    sq.close()
    raises(OSError, sq.empty)


@spec("queues.simplequeue.close.releases", "multiprocessing.html#multiprocessing.SimpleQueue.close", python=">=3.9",
      platforms=("linux",), api=("SimpleQueue",))
def test_close_releases_the_pipe_of_a_simplequeue(mp):
    """close() releases the SimpleQueue's internal resources: the file descriptors of its pipe are closed."""
    assert_close_releases("SimpleQueue", mp.SimpleQueue, lambda sq: sq.close())
