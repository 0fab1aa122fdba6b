"""BaseProxy._callmethod(): calls a method of the referent in the manager and returns a copy or a proxy."""

from conformance.marks import not_applicable, spec
from conformance.spec.calls import raises
from conformance.spec.managers.servers import MANAGER

CALLMETHOD = "multiprocessing.html#multiprocessing.managers.BaseProxy._callmethod"
API = ("managers.BaseProxy",)


@spec("proxies._callmethod.evaluates", CALLMETHOD, api=API, needs=MANAGER)
def test_callmethod_calls_the_named_method_with_args_and_kwds(mp):
    """proxy._callmethod(methodname, args, kwds) evaluates getattr(referent, methodname)(*args, **kwds) and returns the result."""
    with mp.Manager() as manager:
        l = manager.list([3, 1, 2])
        index = l._callmethod("index", (2,))
        l._callmethod("sort", (), {"reverse": True})
        value = l[:]
    assert index == 2, f"expected _callmethod('index', (2,)) to return 2, got {index!r}"
    assert value == [3, 2, 1], f"expected _callmethod('sort', (), {{'reverse': True}}) to sort to [3, 2, 1], got {value}"


@spec("proxies._callmethod.copy_or_proxy", CALLMETHOD, api=API, needs=MANAGER)
def test_callmethod_returns_a_copy_or_a_proxy_per_method_to_typeid(mp):
    """_callmethod() returns a copy of the result, or a proxy to a new shared object where method_to_typeid names one (dict's __iter__)."""
    with mp.Manager() as manager:
        d = manager.dict(a=1)
        copy = d._callmethod("copy")
        copy["b"] = 2
        referent = d.copy()
        keys = d._callmethod("__iter__")
        is_proxy = isinstance(keys, mp.managers.BaseProxy)
        first = next(keys)
    assert type(copy) is dict, f"expected _callmethod('copy') to return a plain dict, got {type(copy).__name__}"
    assert referent == {"a": 1}, f"expected changing the returned copy to leave the referent {{'a': 1}}, got {referent}"
    assert is_proxy, f"expected _callmethod('__iter__') of a dict proxy to return a proxy (typeid 'Iterator'), got {type(keys).__name__}"
    assert first == "a", f"expected the iterator proxy to yield 'a', got {first!r}"


@spec("proxies._callmethod.reraises", CALLMETHOD, api=API, needs=MANAGER)
def test_callmethod_reraises_the_referents_exception(mp):
    """An exception raised by the called method is re-raised by _callmethod() (IndexError, ValueError)."""
    with mp.Manager() as manager:
        l = manager.list(range(10))
        index_error = raises(IndexError, l._callmethod, "__getitem__", (20,))
        value_error = raises(ValueError, l._callmethod, "index", ("zz",))
        length = len(l)
    for raised, expected in ((index_error, IndexError), (value_error, ValueError)):
        assert type(raised) is expected, f"expected the referent's own {expected.__name__}, got {raised!r}"
    assert length == 10, f"expected the proxy to keep working after the exceptions (len 10), got {length}"


@spec("proxies._callmethod.remoteerror", CALLMETHOD, api=API + ("managers.RemoteError",), needs=MANAGER)
def test_callmethod_raises_remoteerror_for_other_errors_in_the_manager(mp):
    """An exception raised in the manager's process other than by the call itself (here: no such method) becomes a RemoteError."""
    with mp.Manager() as manager:
        l = manager.list([1])
        raises(mp.managers.RemoteError, l._callmethod, "no_such_method")
        length = len(l)
    assert length == 1, f"expected the proxy to keep working after the RemoteError (len 1), got {length}"


@spec("proxies._callmethod.not_exposed", CALLMETHOD, api=API + ("managers.RemoteError",), needs=MANAGER)
def test_callmethod_of_a_method_that_is_not_exposed_raises(mp):
    """_callmethod() of a referent's method that is not exposed raises an exception (an error in the manager's process:
    RemoteError) and does not call it."""
    with mp.Manager() as manager:
        l = manager.list([1])
        if "__iadd__" in type(l)._exposed_:
            not_applicable("this backend's list proxy exposes __iadd__")
        raises(mp.managers.RemoteError, l._callmethod, "__iadd__", ([2],))
        value = l[:]
    assert value == [1], f"expected the unexposed __iadd__ not to run (referent [1]), got {value}"


@spec("proxies._callmethod.examples", CALLMETHOD, api=API, needs=MANAGER)
def test_callmethod_documented_examples(mp):
    """For l = manager.list(range(10)): _callmethod('__len__') == 10, ('__getitem__', (slice(2, 7),)) == [2, 3, 4, 5, 6], ('__getitem__', (20,)) raises IndexError."""
    with mp.Manager() as manager:
        l = manager.list(range(10))
        length = l._callmethod("__len__")
        items = l._callmethod("__getitem__", (slice(2, 7),))
        raises(IndexError, l._callmethod, "__getitem__", (20,))
    assert length == 10, f"expected _callmethod('__len__') == 10, got {length!r}"
    assert items == [2, 3, 4, 5, 6], f"expected _callmethod('__getitem__', (slice(2, 7),)) == [2, 3, 4, 5, 6], got {items!r}"
