"""SyncManager's shared containers (dict, list, set, Namespace, Value, Array, Queue, nesting): a child's changes are seen."""

import queue

from conformance.marks import spec
from conformance.spec import support
from conformance.spec.calls import Call, raises, times_out
from conformance.spec.managers import servers, targets

from conformance.spec.support import TIMEOUT, WAIT

SYNCMANAGER = "multiprocessing.html#multiprocessing.managers.SyncManager"
SYNC = SYNCMANAGER + "."


@spec("managers.syncmanager.dict", SYNC + "dict", api=("managers.SyncManager",), needs=support.CHILD + servers.MANAGER)
def test_dict(mp):
    """dict(), dict(mapping) and dict(sequence) create shared dicts: what a child stores the parent sees."""
    with mp.Manager() as m:
        dicts = [m.dict(), m.dict({"a": 1}), m.dict([("a", 1)])]
        with support.running(mp, targets.set_item, "b", 2, *dicts):
            pass
        got = [dict(d) for d in dicts]
        assert got == [{"b": 2}, {"a": 1, "b": 2}, {"a": 1, "b": 2}], \
            f"expected [{{'b': 2}}, {{'a': 1, 'b': 2}}, {{'a': 1, 'b': 2}}]; got {got}"


@spec("managers.syncmanager.list", SYNC + "list", api=("managers.SyncManager",), needs=support.CHILD + servers.MANAGER)
def test_list(mp):
    """list() and list(sequence) create shared lists: what a child appends the parent sees."""
    with mp.Manager() as m:
        lists = [m.list(), m.list(range(3))]
        with support.running(mp, targets.call, "append", (9,), *lists):
            pass
        got = [l[:] for l in lists]
        assert got == [[9], [0, 1, 2, 9]], f"expected [[9], [0, 1, 2, 9]]; got {got}"


@spec("managers.syncmanager.set", SYNC + "set", python=">=3.14", api=("managers.SyncManager",),
      needs=support.CHILD + servers.MANAGER)
def test_set(mp):
    """set(), set(sequence) and set(mapping) create shared sets: what a child adds the parent sees."""
    with mp.Manager() as m:
        sets = [m.set(), m.set(["a"]), m.set({"a": 1})]
        with support.running(mp, targets.call, "add", ("b",), *sets):
            pass
        got = [set(s) for s in sets]
        assert got == [{"b"}, {"a", "b"}, {"a", "b"}], f"expected [{{'b'}}, {{'a', 'b'}}, {{'a', 'b'}}]; got {got}"


@spec("managers.listproxy.clear_copy", SYNC + "list", python=">=3.14", api=("managers.SyncManager",),
      needs=support.CHILD + servers.MANAGER)
def test_list_proxy_clear_and_copy(mp):
    """A list proxy has clear() and copy() (3.14 whatsnew): copy() returns the items by value; clear() empties the list."""
    with mp.Manager() as m:
        l = m.list([1, 2])
        copy = l.copy()
        with support.running(mp, targets.call, "clear", (), l):
            pass
        got = (copy, l[:])
    assert got == ([1, 2], []), f"expected copy() to give [1, 2] and the list to be [] after the child's clear(); got {got}"


@spec("managers.dictproxy.fromkeys_or", SYNC + "dict", python=">=3.14", api=("managers.SyncManager",),
      needs=servers.MANAGER)
def test_dict_proxy_fromkeys_reversed_and_union(mp):
    """A dict proxy supports fromkeys(), reversed(d), d | other, other | d and d |= other (3.14 whatsnew), as a dict does."""
    with mp.Manager() as m:
        d = m.dict(a=1, b=2)
        got = {
            "d.fromkeys('xy', 0)": d.fromkeys("xy", 0),
            "list(reversed(d))": list(reversed(d)),
            "d | {'c': 3}": d | {"c": 3},
            "{'a': 0, 'z': 9} | d": {"a": 0, "z": 9} | d,
        }
        proxy = d
        d |= {"b": 20}
        got["d |= {'b': 20} gives d"] = d is proxy
        got["the referent after d |= {'b': 20}"] = dict(proxy)
    expected = {
        "d.fromkeys('xy', 0)": {"x": 0, "y": 0},
        "list(reversed(d))": ["b", "a"],
        "d | {'c': 3}": {"a": 1, "b": 2, "c": 3},
        "{'a': 0, 'z': 9} | d": {"a": 1, "z": 9, "b": 2},
        "d |= {'b': 20} gives d": True,
        "the referent after d |= {'b': 20}": {"a": 1, "b": 20},
    }
    assert got == expected, f"expected {expected}; got {got}"


@spec("managers.syncmanager.namespace", SYNC + "Namespace", api=("managers.SyncManager",),
      needs=support.CHILD + servers.MANAGER)
def test_namespace(mp):
    """Namespace() creates a shared namespace: an attribute a child sets the parent sees."""
    with mp.Manager() as m:
        ns = m.Namespace()
        with support.running(mp, targets.set_attr, ns, "x", 10):
            pass
        assert getattr(ns, "x", None) == 10, f"expected ns.x == 10 after the child set it; got {getattr(ns, 'x', None)!r}"


@spec("managers.syncmanager.value", SYNC + "Value", api=("managers.SyncManager",), needs=support.CHILD + servers.MANAGER)
def test_value(mp):
    """Value(typecode, value) creates a shared object with a writable value attribute."""
    with mp.Manager() as m:
        v = m.Value("i", 3)
        assert v.value == 3, f"expected the initial value 3; got {v.value!r}"
        with support.running(mp, targets.set_attr, v, "value", 7):
            pass
        assert v.value == 7, f"expected value 7 after the child set it; got {v.value!r}"


@spec("managers.syncmanager.array", SYNC + "Array", api=("managers.SyncManager",), needs=support.CHILD + servers.MANAGER)
def test_array(mp):
    """Array(typecode, sequence) creates a shared array: an item a child sets the parent sees."""
    with mp.Manager() as m:
        a = m.Array("i", [0, 0, 0])
        with support.running(mp, targets.set_item, 1, 5, a):
            pass
        got = [a[i] for i in range(len(a))]
        assert got == [0, 5, 0], f"expected [0, 5, 0]; got {got}"


@spec("managers.syncmanager.queue", SYNC + "Queue", api=("managers.SyncManager",), needs=support.CHILD + servers.MANAGER)
def test_queue(mp):
    """Queue([maxsize]) creates a shared queue.Queue: what a child puts wakes the parent's get(); maxsize bounds it; get()
    and put() given a timeout raise queue.Empty and queue.Full after it."""
    with mp.Manager() as m:
        q = m.Queue(1)
        times_out(queue.Empty, f"get(timeout={TIMEOUT}) of an empty Queue", q.get, True, TIMEOUT)
        getter = Call(q.get, True, WAIT)
        getter.assert_blocked("get() of an empty Queue")
        with support.running(mp, targets.call, "put", ("hello",), q):
            pass
        assert getter.released_by("the child's put()") == "hello", "expected to get what the child put"
        q.put(1)
        raises(queue.Full, q.put_nowait, 2)
        times_out(queue.Full, f"put(2, timeout={TIMEOUT}) on a full Queue", q.put, 2, True, TIMEOUT)


@spec("managers.syncmanager.nesting", SYNCMANAGER, python=">=3.6", api=("managers.SyncManager",),
      needs=support.CHILD + servers.MANAGER)
def test_nested_shared_objects(mp):
    """Shared objects can be nested: a child's change to a dict held in a shared list is seen by the parent."""
    with mp.Manager() as m:
        outer = m.list([m.dict(), m.dict()])
        with support.running(mp, targets.set_nested, outer, 1, "a", 1):
            pass
        got = [dict(d) for d in outer]
        assert got == [{}, {"a": 1}], f"expected [{{}}, {{'a': 1}}]; got {got}"
