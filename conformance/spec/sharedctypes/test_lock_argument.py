"""The lock argument of Value and Array (also sharedctypes.Value and Array): True, a Lock or RLock, or False; keyword-only."""

import ctypes

from conformance.marks import spec
from conformance.spec.calls import raises
from conformance.spec.sharedctypes import probe, targets
from conformance.spec.sharedctypes.targets import Point
from conformance.spec.support import CHILD

VALUE = "multiprocessing.html#multiprocessing.Value"
ARRAY = "multiprocessing.html#multiprocessing.Array"
SC_VALUE = "multiprocessing.html#multiprocessing.sharedctypes.Value"
SC_ARRAY = "multiprocessing.html#multiprocessing.sharedctypes.Array"
# What a test of a given lock cannot do without: that a Lock and an RLock held by one process keep others waiting.
GIVEN = CHILD + ("synchronize.lock.acquire.cross_process", "synchronize.rlock.acquire.block_true")


@spec("sharedctypes.value.lock.default_recursive", VALUE, needs=CHILD)
def test_value_default_lock_is_a_new_recursive_lock(mp):
    """With lock=True (the default) a new recursive lock is created: its owner may re-acquire it, other processes may not."""
    v, other = mp.Value("i", 0), mp.Value("i", 0)
    lock = v.get_lock()
    assert lock.acquire(False), "expected to acquire the default lock of a new Value"
    try:
        again = lock.acquire(False)
        assert again, "expected the owner to acquire the default (recursive) lock again; acquire(False) returned False"
        lock.release()
        got = probe.can_acquire(mp, lock, other.get_lock())
    finally:
        lock.release()
    assert got == [False, True], (
        f"expected a child to be refused the held lock and to get another Value's (new) lock; it got them: {got}")


@spec("sharedctypes.array.lock.default_new", ARRAY, needs=CHILD)
def test_array_default_lock_is_a_new_lock(mp):
    """With lock=True (the default) a new lock is created for the array: held here, it keeps other processes out."""
    a, other = mp.Array("i", 3), mp.Array("i", 3)
    with a.get_lock():
        got = probe.can_acquire(mp, a.get_lock(), other.get_lock())
    assert got == [False, True], (
        f"expected a child to be refused the held lock and to get another Array's (new) lock; it got them: {got}")


@spec("sharedctypes.value.lock.given_used", VALUE, needs=GIVEN)
def test_value_uses_the_given_lock(mp):
    """If lock is a Lock or RLock object, that lock is used to synchronize access to the value."""
    for kind in ("Lock", "RLock"):
        lock = getattr(mp, kind)()
        v = mp.Value("i", 0, lock=lock)
        assert v.get_lock() is lock, f"expected get_lock() to be the {kind} given as lock; got {v.get_lock()!r}"
        probe.assert_write_waits_for(mp, lock, targets.set_value_then, v, lambda: v.get_obj().value)


@spec("sharedctypes.array.lock.given_used", ARRAY, needs=GIVEN)
def test_array_uses_the_given_lock(mp):
    """If lock is a Lock or RLock object, that lock is used to synchronize access to the array."""
    for kind in ("Lock", "RLock"):
        lock = getattr(mp, kind)()
        a = mp.Array("i", [0, 0], lock=lock)
        assert a.get_lock() is lock, f"expected get_lock() to be the {kind} given as lock; got {a.get_lock()!r}"
        probe.assert_write_waits_for(mp, lock, targets.set_first_then, a, lambda: a.get_obj()[0])


@spec("sharedctypes.value.lock.false_raw", VALUE)
def test_value_without_lock_is_the_raw_ctypes_object(mp):
    """With lock=False the returned object is the ctypes object itself, not protected by a lock (no get_lock())."""
    v = mp.Value("i", 7, lock=False)
    assert isinstance(v, ctypes.c_int), f"expected Value('i', 7, lock=False) to be a ctypes c_int; got {v!r}"
    assert not hasattr(v, "get_lock"), f"expected Value(..., lock=False) to have no get_lock(); got {v!r}"
    v.value = 8
    assert v.value == 8, f"expected .value to read back 8; got {v.value!r}"


@spec("sharedctypes.array.lock.false_raw", ARRAY)
def test_array_without_lock_is_the_raw_ctypes_array(mp):
    """With lock=False the returned object is the ctypes array itself, not protected by a lock (no get_lock())."""
    a = mp.Array("i", [1, 2], lock=False)
    assert isinstance(a, ctypes.Array), f"expected Array('i', [1, 2], lock=False) to be a ctypes array; got {a!r}"
    assert not hasattr(a, "get_lock"), f"expected Array(..., lock=False) to have no get_lock(); got {a!r}"
    a[1] = 5
    assert a[:] == [1, 5], f"expected the array to read [1, 5]; got {a[:]!r}"


@spec("sharedctypes.value.lock.keyword_only", VALUE)
def test_value_lock_is_keyword_only(mp):
    """lock is a keyword-only argument of Value: a positional False goes to the type's constructor."""
    p = mp.Value(Point, 1.0, False)
    assert (p.x, p.y) == (1.0, 0.0), f"expected Value(Point, 1.0, False) to be Point(1.0, False) == (1.0, 0.0); got {(p.x, p.y)!r}"
    assert callable(getattr(p, "get_lock", None)), f"expected Value(Point, 1.0, False) to keep its default lock; got {p!r}"


@spec("sharedctypes.array.lock.keyword_only", ARRAY)
def test_array_lock_is_keyword_only(mp):
    """lock is a keyword-only argument of Array: passing it positionally raises TypeError."""
    raises(TypeError, mp.Array, "i", [1, 2, 3], False)


@spec("sharedctypes.value.lock.invalid_raises", VALUE)
def test_value_rejects_a_lock_without_acquire(mp):
    """A lock argument that is none of True, False, a Lock or an RLock (it has no acquire()) raises AttributeError."""
    raises(AttributeError, mp.Value, "i", 0, lock=object())


@spec("sharedctypes.array.lock.invalid_raises", ARRAY)
def test_array_rejects_a_lock_without_acquire(mp):
    """A lock argument that is none of True, False, a Lock or an RLock (it has no acquire()) raises AttributeError."""
    raises(AttributeError, mp.Array, "i", 3, lock="lock")


@spec("sharedctypes.value.lock_semantics", SC_VALUE, api=("sharedctypes.Value",))
def test_sharedctypes_value_lock_argument(mp):
    """sharedctypes.Value: lock=True creates a new lock, a Lock or RLock is used as given, lock=False gives the raw object."""
    Value = mp.sharedctypes.Value
    v, other = Value("i", 1), Value("i", 1)
    with v.get_lock():
        got = probe.thread_can_acquire(v.get_lock(), other.get_lock())
    assert got == [False, True], f"expected each default lock to be new (another thread refused only the held one); got {got}"
    for kind in ("Lock", "RLock"):
        lock = getattr(mp, kind)()
        given = Value("i", 1, lock=lock)
        assert given.get_lock() is lock, f"expected get_lock() to be the {kind} given as lock; got {given.get_lock()!r}"
    raw = Value("i", 1, lock=False)
    assert isinstance(raw, ctypes.c_int) and not hasattr(raw, "get_lock"), f"expected lock=False to give a raw c_int; got {raw!r}"


@spec("sharedctypes.array.lock_semantics", SC_ARRAY, api=("sharedctypes.Array",))
def test_sharedctypes_array_lock_argument(mp):
    """sharedctypes.Array: lock=True creates a new lock, a Lock or RLock is used as given, lock=False gives the raw array."""
    Array = mp.sharedctypes.Array
    a, other = Array("i", 2), Array("i", 2)
    with a.get_lock():
        got = probe.thread_can_acquire(a.get_lock(), other.get_lock())
    assert got == [False, True], f"expected each default lock to be new (another thread refused only the held one); got {got}"
    for kind in ("Lock", "RLock"):
        lock = getattr(mp, kind)()
        given = Array("i", 2, lock=lock)
        assert given.get_lock() is lock, f"expected get_lock() to be the {kind} given as lock; got {given.get_lock()!r}"
    raw = Array("i", 2, lock=False)
    assert isinstance(raw, ctypes.Array) and not hasattr(raw, "get_lock"), f"expected lock=False to give a raw ctypes array; got {raw!r}"


@spec("sharedctypes.value.keyword_only", SC_VALUE, api=("sharedctypes.Value",))
def test_sharedctypes_value_lock_is_keyword_only(mp):
    """lock (and ctx) of sharedctypes.Value are keyword-only: a positional False goes to the type's constructor."""
    p = mp.sharedctypes.Value(Point, 1.0, False)
    assert (p.x, p.y) == (1.0, 0.0), f"expected Value(Point, 1.0, False) to be Point(1.0, False) == (1.0, 0.0); got {(p.x, p.y)!r}"
    assert callable(getattr(p, "get_lock", None)), f"expected Value(Point, 1.0, False) to keep its default lock; got {p!r}"


@spec("sharedctypes.array.keyword_only", SC_ARRAY, api=("sharedctypes.Array",))
def test_sharedctypes_array_lock_is_keyword_only(mp):
    """lock and ctx of sharedctypes.Array are keyword-only: passing them positionally raises TypeError."""
    Array = mp.sharedctypes.Array
    for args in (("i", 3, False), ("i", 3, True, None)):
        raises(TypeError, Array, *args)
