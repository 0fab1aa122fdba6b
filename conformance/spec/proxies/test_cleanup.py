"""Cleanup: a collected proxy deregisters from its manager, which deletes a referent no proxy refers to."""

import gc
import pickle

from conformance.marks import spec
from conformance.spec.managers.servers import MANAGER

CLEANUP = "multiprocessing.html#cleanup"
API = ("managers.BaseProxy",)


def rebuild(data):
    """Unpickle a proxy; return what it reads, or the exception raised when its referent is gone."""
    try:
        return pickle.loads(data)[:]
    except Exception as e:
        return e


@spec("proxies.cleanup.referent_freed", CLEANUP, api=API, needs=MANAGER)
def test_a_referent_is_deleted_once_no_proxy_refers_to_it(mp):
    """A shared object is kept while a proxy refers to it, and deleted from the manager once no proxy does."""
    with mp.Manager() as manager:
        first = manager.list(["kept"])
        data = pickle.dumps(first)
        second = pickle.loads(data)
        del first
        gc.collect()
        while_referred = rebuild(data)
        del second
        gc.collect()
        after = rebuild(data)
    assert while_referred == ["kept"], f"expected the referent to stay while a proxy refers to it, got {while_referred!r}"
    assert isinstance(after, Exception), f"expected the referent to be deleted with its last proxy; a pickled proxy still reads {after!r}"


@spec("proxies.cleanup.weakref", CLEANUP, api=API, needs=MANAGER)
def test_a_proxy_deregisters_when_garbage_collected(mp):
    """A proxy deregisters itself from its manager when it is garbage collected (here: freed from a reference cycle by gc)."""
    with mp.Manager() as manager:
        proxy = manager.list(["kept"])
        data = pickle.dumps(proxy)
        cycle = [proxy]
        cycle.append(cycle)
        del proxy, cycle
        gc.collect()
        after = rebuild(data)
    assert isinstance(after, Exception), f"expected the collected proxy to deregister its referent; a pickled proxy still reads {after!r}"
