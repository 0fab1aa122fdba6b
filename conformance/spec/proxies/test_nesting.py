"""Proxies nested in a referent propagate changes; plain mutable values nested in it do not."""

from conformance.marks import spec
from conformance.spec.managers.servers import MANAGER

PROXY_OBJECTS = "multiprocessing.html#proxy-objects"
API = ("managers.BaseProxy",)


@spec("proxies.nested.proxies", PROXY_OBJECTS, python=">=3.6", api=API, needs=MANAGER)
def test_a_list_proxy_nested_in_a_list_shares_its_referent(mp):
    """After a.append(b), a[0] is a proxy to b's referent: b.append('hello') shows in a[0], and changes through a[0] show in b."""
    with mp.Manager() as manager:
        a = manager.list()
        b = manager.list()
        a.append(b)
        b.append("hello")
        through_a = a[0][:]
        a[0].append("world")
        through_b = b[:]
    assert through_a == ["hello"], f"expected a[0] to show ['hello'] after b.append('hello'), got {through_a}"
    assert through_b == ["hello", "world"], f"expected b to show ['hello', 'world'] after a[0].append('world'), got {through_b}"


@spec("proxies.nested.dict_in_list", PROXY_OBJECTS, python=">=3.6", api=API, needs=MANAGER)
def test_dict_proxies_nested_in_a_list_proxy_share_their_referents(mp):
    """In manager.list([manager.dict() for i in range(2)]), items set through l_outer[0] and l_outer[1] are kept."""
    with mp.Manager() as manager:
        l_outer = manager.list([manager.dict() for i in range(2)])
        d_first_inner = l_outer[0]
        d_first_inner["a"] = 1
        d_first_inner["b"] = 2
        l_outer[1]["c"] = 3
        l_outer[1]["z"] = 26
        got = (l_outer[0].copy(), l_outer[1].copy())
    expected = ({"a": 1, "b": 2}, {"c": 3, "z": 26})
    assert got == expected, f"expected the nested dicts to be {expected}, got {got}"


@spec("proxies.nested.plain_not_propagated", PROXY_OBJECTS, api=API, needs=MANAGER)
def test_a_plain_dict_nested_in_a_list_proxy_changes_only_when_reassigned(mp):
    """Mutating a plain dict got from a list proxy does not change the referent; reassigning it (lproxy[0] = d) does."""
    with mp.Manager() as manager:
        lproxy = manager.list()
        lproxy.append({})
        d = lproxy[0]
        d["a"] = 1
        d["b"] = 2
        before = lproxy[0]
        lproxy[0] = d
        after = lproxy[0]
    assert before == {}, f"expected mutating the copy d not to reach the referent ({{}}), got {before}"
    assert after == {"a": 1, "b": 2}, f"expected lproxy[0] = d to store {{'a': 1, 'b': 2}}, got {after}"
