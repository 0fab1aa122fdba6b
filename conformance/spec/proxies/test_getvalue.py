"""BaseProxy._getvalue(): a copy of the referent."""

from conformance.marks import spec
from conformance.spec.calls import refused
from conformance.spec.managers.servers import MANAGER

GETVALUE = "multiprocessing.html#multiprocessing.managers.BaseProxy._getvalue"
API = ("managers.BaseProxy",)


@spec("proxies._getvalue.copy", GETVALUE, api=API, needs=MANAGER)
def test_getvalue_returns_a_copy_of_the_referent(mp):
    """_getvalue() returns a copy of the referent: a plain object equal to it, whose changes do not reach the referent."""
    with mp.Manager() as manager:
        l = manager.list([1, [2]])
        value = l._getvalue()
        is_list = type(value) is list
        value[1].append(3)
        value.append(4)
        referent = l[:]
    assert is_list, f"expected _getvalue() of a list proxy to return a list, got {type(value).__name__}"
    assert value == [1, [2, 3], 4], f"expected the copy to hold [1, [2]] plus the changes, got {value}"
    assert referent == [1, [2]], f"expected changing the copy to leave the referent [1, [2]], got {referent}"


@spec("proxies._getvalue.unpicklable", GETVALUE, api=API, needs=MANAGER)
def test_getvalue_of_an_unpicklable_referent_raises(mp):
    """_getvalue() raises an exception if the referent is unpicklable (the lock of manager.Lock())."""
    with mp.Manager() as manager:
        lock = manager.Lock()
        refused("_getvalue() of a lock", lock._getvalue)
        acquired = lock.acquire(timeout=0)
        lock.release()
    assert acquired, "expected the lock proxy to keep working after _getvalue() raised"
