"""Proxies and their referent: several proxies share one referent, and proxy methods call the referent's."""

import pickle

from conformance.marks import spec
from conformance.spec.managers.servers import MANAGER

PROXY_OBJECTS = "multiprocessing.html#proxy-objects"
API = ("managers.BaseProxy",)


@spec("proxies.referent.shared", PROXY_OBJECTS, api=API, needs=MANAGER)
def test_several_proxies_can_share_one_referent(mp):
    """Multiple proxy objects may have the same referent: a change made through one is seen through the other."""
    with mp.Manager() as manager:
        first = manager.list()
        second = pickle.loads(pickle.dumps(first))
        assert second is not first, "expected unpickling a proxy to give a second proxy object"
        first.append("via first")
        second.append("via second")
        seen = (first[:], second[:])
    expected = ["via first", "via second"]
    assert seen == (expected, expected), f"expected both proxies to show {expected}, got {seen[0]} and {seen[1]}"


@spec("proxies.methods.forwarded", PROXY_OBJECTS, api=API, needs=MANAGER)
def test_proxy_methods_call_the_referents_methods(mp):
    """A proxy's methods invoke the corresponding methods of its referent and return their results."""
    with mp.Manager() as manager:
        l = manager.list(["a", "c"])
        l.insert(1, "b")
        popped = l.pop()
        results = {"pop()": popped, "len()": len(l), "count('a')": l.count("a"), "'b' in": "b" in l, "index('b')": l.index("b")}
        l.reverse()
        value = l[:]
    expected = {"pop()": "c", "len()": 2, "count('a')": 1, "'b' in": True, "index('b')": 1}
    assert results == expected, f"expected the list proxy's methods to return {expected}, got {results}"
    assert value == ["b", "a"], f"expected the referent to be ['b', 'a'] after insert, pop and reverse, got {value}"
