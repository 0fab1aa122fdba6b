"""Indexing and slicing a list proxy."""

from conformance.marks import spec
from conformance.spec.managers.servers import MANAGER

PROXY_OBJECTS = "multiprocessing.html#proxy-objects"


@spec("proxies.list.indexing", PROXY_OBJECTS, api=("managers.BaseProxy",), needs=MANAGER)
def test_list_proxy_indexing_and_slicing(mp):
    """A list proxy is indexed and sliced like its referent: l[4] == 16 and l[2:5] == [4, 9, 16]."""
    squares = [i * i for i in range(10)]
    with mp.Manager() as manager:
        l = manager.list(squares)
        got = {"l[4]": l[4], "l[2:5]": l[2:5], "l[-1]": l[-1], "l[1:8:3]": l[1:8:3]}
    expected = {"l[4]": 16, "l[2:5]": [4, 9, 16], "l[-1]": 81, "l[1:8:3]": [1, 16, 49]}
    assert got == expected, f"expected {expected}, got {got}"
