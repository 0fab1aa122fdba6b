"""Proxies do not compare by value."""

from conformance.marks import spec
from conformance.spec.managers.servers import MANAGER

PROXY_OBJECTS = "multiprocessing.html#proxy-objects"


@spec("proxies.compare.not_by_value", PROXY_OBJECTS, api=("managers.BaseProxy",), needs=MANAGER)
def test_proxies_do_not_compare_by_value(mp):
    """manager.list([1,2,3]) == [1,2,3] is False (proxies do nothing to support comparison by value); a copy of the referent compares equal."""
    with mp.Manager() as manager:
        l = manager.list([1, 2, 3])
        d = manager.dict(a=1)
        got = {"list == [1, 2, 3]": l == [1, 2, 3], "dict == {'a': 1}": d == {"a": 1}, "copy == [1, 2, 3]": l[:] == [1, 2, 3]}
    expected = {"list == [1, 2, 3]": False, "dict == {'a': 1}": False, "copy == [1, 2, 3]": True}
    assert got == expected, f"expected {expected}, got {got}"
