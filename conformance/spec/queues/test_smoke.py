import queue

from conformance.marks import spec


@spec("queue.put_nowait.full_raises", "multiprocessing.html#multiprocessing.Queue.put_nowait")
def test_put_nowait_on_full_queue_raises_full(mp):
    """put_nowait() on a full queue raises queue.Full."""
    q = mp.Queue(1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except queue.Full:
        pass
    else:
        raise AssertionError("put_nowait() on a full Queue(1) returned; expected queue.Full")
    finally:
        q.close()
        q.join_thread()
