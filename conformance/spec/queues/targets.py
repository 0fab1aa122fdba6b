"""Child-side functions of the queues chapter (importable, so spawn and forkserver children find them)."""

import contextlib

from conformance.spec.support import WAIT

BIG = 1_000_000  # bytes; more than any OS pipe buffer holds, so a feeder thread cannot flush it alone


def flush(q):
    """Close `q` and wait for its feeder thread to flush; queue.Queue (multiprocessing.dummy) has none."""
    if hasattr(q, "join_thread"):
        q.close()
        q.join_thread()


@contextlib.contextmanager
def flushed(q):
    """Flush `q` (flush()) when the block ends, however it ends."""
    try:
        yield q
    finally:
        flush(q)


def put_all(q, items):
    """Put `items` in order, then flush them to the pipe."""
    for item in items:
        q.put(item)
    flush(q)


def get_all(q, count, ch):
    """Get `count` items and send the list of them to the test through the channel `ch`."""
    ch.send([q.get(timeout=WAIT) for _ in range(count)])


def get_big(q, ch):
    """Get one item and tell the test through the channel `ch` whether it is the documentation's 'X' * 1000000."""
    ch.send(q.get(timeout=WAIT) == "X" * BIG)


def forward_until_none(q, ch):
    """Get items from `q` until None, sending each to the test through the channel `ch`."""
    for item in iter(lambda: q.get(timeout=WAIT), None):
        ch.send(item)


def put_signalled(q, item, ch):
    """Send "putting" through the channel `ch`, put `item` with the default arguments (blocking), then send "put" (or the error)."""
    ch.send("putting")
    try:
        q.put(item)
    except Exception as e:
        ch.send(e)
    else:
        ch.send("put")
        flush(q)


def get_signalled(q, ch):
    """Send "getting" through the channel `ch`, get an item with the default arguments (blocking), and send it (or the error)."""
    ch.send("getting")
    try:
        item = q.get()
    except Exception as e:
        item = e
    ch.send(item)


def put_big_then_join_thread(q, count, ch):
    """Put `count` big items, close, send "joining" through the channel `ch`, join_thread(), then send "joined"."""
    ch.connect()  # before the feeder thread may fill the pipe
    for _ in range(count):
        q.put(b"x" * BIG)
    q.close()
    ch.send("joining")
    q.join_thread()
    ch.send("joined")


def put_big_and_exit(q, ch):
    """Put the documentation's 'X' * 1000000, send "put" through the channel `ch` and return, leaving the exit to flush it."""
    ch.connect()  # before the feeder thread may fill the pipe
    q.put("X" * BIG)
    ch.send("put")


def put_big_cancel_and_exit(q):
    """Put a big item, cancel_join_thread(), and return without waiting for the flush."""
    q.put(b"x" * BIG)
    q.cancel_join_thread()


def put_big_cancel_join_thread(q, ch):
    """Put a big item, close, cancel_join_thread(), join_thread(), then send "returned" through the channel `ch`."""
    ch.connect()  # before the feeder thread may fill the pipe
    q.put(b"x" * BIG)
    q.close()
    q.cancel_join_thread()
    q.join_thread()
    ch.send("returned")


def wait_then_get_all(q, ch, count):
    """Wait until the test releases the channel `ch`, then get `count` items and send each one's (first byte, length)."""
    ch.wait()
    ch.send([(item[:1], len(item)) for item in (q.get(timeout=WAIT) for _ in range(count))])


def join_signalled(jq, ch):
    """Send "joining" through the channel `ch`, block in JoinableQueue.join(), then send "joined"."""
    ch.send("joining")
    jq.join()
    ch.send("joined")


def get_and_task_done(jq, count):
    """Get `count` items and call task_done() for each."""
    for _ in range(count):
        jq.get(timeout=WAIT)
        jq.task_done()


def simple_put_all(sq, items):
    """Put `items` on a SimpleQueue in order."""
    for item in items:
        sq.put(item)


def simple_get_all(sq, count, ch):
    """Get `count` items from a SimpleQueue and send the list to the test through the channel `ch`."""
    ch.send([sq.get() for _ in range(count)])
