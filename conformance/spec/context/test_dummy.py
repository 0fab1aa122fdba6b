"""multiprocessing.dummy: the multiprocessing API over threads, its Pool a ThreadPool."""

import os
import threading

from conformance.marks import spec
from conformance.spec.support import WAIT

DUMMY = "multiprocessing.html#module-multiprocessing.dummy"


@spec("context.dummy.wraps_threading", DUMMY, api=("dummy.Process",))
def test_dummy_process_is_a_thread_of_this_process(mp):
    """multiprocessing.dummy replicates the multiprocessing API as a wrapper around threading."""
    box = []
    p = mp.dummy.Process(target=box.append, args=(os.getpid(),))
    p.start()
    p.join(WAIT)
    assert isinstance(p, threading.Thread), f"expected a dummy Process to be a threading.Thread, its bases are {type(p).__mro__}"
    assert box == [os.getpid()], f"expected the target run in this process ({os.getpid()}), got {box}"


@spec("context.dummy.pool_is_threadpool", DUMMY, api=("dummy.Pool", "pool.ThreadPool"))
def test_dummy_pool_is_a_threadpool(mp):
    """multiprocessing.dummy.Pool returns an instance of multiprocessing.pool.ThreadPool."""
    pool = mp.dummy.Pool(1)
    try:
        assert isinstance(pool, mp.pool.ThreadPool), f"expected a ThreadPool, got {type(pool).__mro__}"
    finally:
        pool.terminate()
        pool.join()
