"""Child-side and manager-side code of the proxies chapter (importable, so spawned processes find it)."""

import copyreg


def append(proxy, item):
    """Append `item` to the list that `proxy` refers to."""
    proxy.append(item)


def append_received(ch, item):
    """Receive a list proxy over the test's channel `ch` and append `item` to its referent."""
    ch.recv(what="a list proxy").append(item)


class Foo:
    """The class of the docs' mp_newtype.py example."""

    def f(self):
        return "f"

    def g(self):
        return "g"

    def _h(self):
        return "_h"


def baz():
    """The generator function of the docs' mp_newtype.py example."""
    for i in range(10):
        yield i * i


class _Built(type):
    """Metaclass of the classes built here on the backend's bases: they pickle as the call that builds them."""


_BUILT = {}


def generator_proxy(base_proxy):
    """The example's GeneratorProxy: a subclass of the backend's BaseProxy exposing __next__."""
    key = ("GeneratorProxy", base_proxy)
    if key not in _BUILT:
        _BUILT[key] = _Built("GeneratorProxy", (base_proxy,), {
            "__module__": __name__,
            "_built_from": (generator_proxy, (base_proxy,)),
            "_exposed_": ["__next__"],
            "__iter__": lambda self: self,
            "__next__": lambda self: self._callmethod("__next__"),
        })
    return _BUILT[key]


def my_manager(base_manager, base_proxy):
    """The example's MyManager: the backend's BaseManager with Foo1, Foo2 (exposed g and _h) and baz registered."""
    key = ("MyManager", base_manager, base_proxy)
    if key not in _BUILT:
        cls = _Built("MyManager", (base_manager,), {"__module__": __name__, "_built_from": (my_manager, (base_manager, base_proxy))})
        cls.register("Foo1", Foo)
        cls.register("Foo2", Foo, exposed=("g", "_h"))
        cls.register("baz", baz, proxytype=generator_proxy(base_proxy))
        _BUILT[key] = cls
    return _BUILT[key]


copyreg.pickle(_Built, lambda cls: cls._built_from)
