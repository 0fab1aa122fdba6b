"""str() and repr() of a proxy: the referent's representation, and the proxy's own."""

import re

from conformance.marks import spec
from conformance.spec.managers.servers import MANAGER

PROXY_OBJECTS = "multiprocessing.html#proxy-objects"
REPR = "multiprocessing.html#multiprocessing.managers.BaseProxy.__repr__"
STR = "multiprocessing.html#multiprocessing.managers.BaseProxy.__str__"
API = ("managers.BaseProxy",)
SQUARES = [i * i for i in range(10)]


@spec("proxies.str.list_example", PROXY_OBJECTS, api=API, needs=MANAGER)
def test_str_of_a_list_proxy_is_the_referents_representation(mp):
    """str() of manager.list([i*i for i in range(10)]) is '[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]'."""
    with mp.Manager() as manager:
        text = str(manager.list(SQUARES))
    assert text == repr(SQUARES), f"expected str() of the list proxy to be {repr(SQUARES)!r}, got {text!r}"


@spec("proxies.str.referent_repr", STR, api=API, needs=MANAGER)
def test_str_of_a_dict_proxy_is_the_referents_representation(mp):
    """BaseProxy.__str__ returns the representation of the referent (here a dict)."""
    referent = {"a": 1, "b": "two"}
    with mp.Manager() as manager:
        text = str(manager.dict(referent))
    assert text == repr(referent), f"expected str() of the dict proxy to be {repr(referent)!r}, got {text!r}"


@spec("proxies.repr.list_example", PROXY_OBJECTS, api=API, needs=MANAGER)
def test_repr_of_a_list_proxy_represents_the_proxy(mp):
    """repr() of a list proxy is the proxy's representation: <ListProxy object, typeid 'list' at 0x...>."""
    with mp.Manager() as manager:
        text = repr(manager.list(SQUARES))
    assert re.fullmatch(r"<ListProxy object, typeid 'list' at 0x[0-9a-f]+>", text), (
        f"expected repr() of the list proxy to look like <ListProxy object, typeid 'list' at 0x...>, got {text!r}"
    )


@spec("proxies.repr.proxy_object", REPR, api=API, needs=MANAGER)
def test_repr_of_a_dict_proxy_represents_the_proxy(mp):
    """BaseProxy.__repr__ returns a representation of the proxy object (its type and typeid), not of the referent."""
    with mp.Manager() as manager:
        d = manager.dict(a=1)
        text = repr(d)
    pattern = f"<{re.escape(type(d).__name__)} object, typeid 'dict' at 0x[0-9a-f]+>"
    assert re.fullmatch(pattern, text), (
        f"expected repr() of the dict proxy to look like <{type(d).__name__} object, typeid 'dict' at 0x...>, got {text!r}"
    )
