"""sharedctypes.synchronized(obj[, lock]): a process-safe wrapper with get_obj() and get_lock(), usable in a with statement."""

from conformance.marks import spec
from conformance.spec.sharedctypes import probe, targets
from conformance.spec.sharedctypes.targets import Point
from conformance.spec.support import CHILD

SYNCHRONIZED = "multiprocessing.html#multiprocessing.sharedctypes.synchronized"
API = ("sharedctypes.synchronized",)


@spec("sharedctypes.synchronized.wrapper", SYNCHRONIZED, api=API, needs=CHILD + ("synchronize.lock.acquire.cross_process",))
def test_wrapper_synchronizes_access_with_the_given_lock(mp):
    """synchronized(obj, lock) returns a wrapper for the ctypes object whose access is synchronized with lock."""
    raw = mp.sharedctypes.RawValue("i", 0)
    lock = mp.Lock()
    w = mp.sharedctypes.synchronized(raw, lock)
    probe.assert_write_waits_for(mp, lock, targets.set_value_then, w, lambda: raw.value)


@spec("sharedctypes.synchronized.default_rlock", SYNCHRONIZED, api=API)
def test_default_lock_is_a_new_rlock(mp):
    """If lock is None (the default) an RLock is created: its owner may re-acquire it, another thread may not."""
    sc = mp.sharedctypes
    w, other = sc.synchronized(sc.RawValue("i", 0)), sc.synchronized(sc.RawValue("i", 0), None)
    lock = w.get_lock()
    assert lock.acquire(False), "expected to acquire the default lock of a new wrapper"
    try:
        again = lock.acquire(False)
        assert again, "expected the owner to acquire the default (recursive) lock again; acquire(False) returned False"
        lock.release()
        got = probe.thread_can_acquire(lock, other.get_lock())
    finally:
        lock.release()
    assert got == [False, True], f"expected another thread refused the held lock and given another wrapper's (new) lock; got {got}"


@spec("sharedctypes.synchronized.get_obj_get_lock", SYNCHRONIZED, api=API)
def test_wrapper_adds_get_obj_and_get_lock_to_the_objects_own(mp):
    """A wrapper has the wrapped object's attributes plus get_obj() (the object) and get_lock() (the lock)."""
    sc = mp.sharedctypes
    lock = mp.RLock()
    value, array, chars, point = sc.RawValue("d", 1.5), sc.RawArray("i", [1, 2]), sc.RawArray("c", b"ab"), sc.RawValue(Point, 1, 2)
    wrappers = [sc.synchronized(obj, lock) for obj in (value, array, chars, point)]
    for obj, w in zip((value, array, chars, point), wrappers):
        assert w.get_obj() is obj, f"expected get_obj() to be the wrapped {obj!r}; got {w.get_obj()!r}"
        assert w.get_lock() is lock, f"expected get_lock() to be the given lock {lock!r}; got {w.get_lock()!r}"
    wv, wa, wc, wp = wrappers
    wv.value, wa[1], wc.value, wp.y = 2.5, 5, b"x", 8
    got = (wv.value, len(wa), wa[:], wc.value, wc.raw, wp.x, wp.y)
    expected = (2.5, 2, [1, 5], b"x", b"x\0", 1.0, 8.0)
    assert got == expected, f"expected the wrappers to read and write like the objects: {expected!r}; got {got!r}"
    assert (value.value, array[:], chars.raw, point.y) == (2.5, [1, 5], b"x\0", 8.0), "expected the writes to reach the wrapped objects"


@spec("sharedctypes.synchronized.context_manager", SYNCHRONIZED, api=API, needs=("synchronize.lock.with.acquires_releases",))
def test_wrapper_is_a_context_manager_holding_its_lock(mp):
    """A synchronized object is a context manager: its lock is held inside the with block and released after."""
    lock = mp.Lock()
    w = mp.sharedctypes.synchronized(mp.sharedctypes.RawValue("i", 0), lock)
    try:
        with w:
            inside = probe.thread_can_acquire(lock)
            raise KeyError("leaving the block by an exception")
    except KeyError:
        pass
    after = probe.thread_can_acquire(lock)
    assert (inside, after) == ([False], [True]), (
        f"expected the lock held inside `with wrapper:` and free after it; could another thread acquire it: inside {inside}, after {after}")
