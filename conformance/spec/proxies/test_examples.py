"""The docs' mp_newtype.py example: a custom manager with exposed methods and a custom generator proxy."""

from conformance.marks import spec
from conformance.spec.managers.servers import MANAGER
from conformance.spec.proxies import targets

EXAMPLES = "multiprocessing.html#examples"
API = ("managers.BaseManager", "managers.BaseProxy")


@spec("proxies.example.exposed", EXAMPLES, api=API, needs=MANAGER)
def test_example_proxies_expose_the_registered_methods(mp):
    """In mp_newtype.py, Foo1 proxies expose f and g but not _h; Foo2 proxies (exposed=('g', '_h')) expose g and _h but not f."""
    with targets.my_manager(mp.managers.BaseManager, mp.managers.BaseProxy)(ctx=mp.get_context()) as manager:
        f1 = manager.Foo1()
        f2 = manager.Foo2()
        exposed = {"Foo1": sorted(f1._exposed_), "Foo2": sorted(f2._exposed_)}
        assert exposed == {"Foo1": ["f", "g"], "Foo2": ["_h", "g"]}, f"expected Foo1 to expose f, g and Foo2 _h, g; got {exposed}"
        present = {"f1._h": hasattr(f1, "_h"), "f2.f": hasattr(f2, "f")}
        assert not any(present.values()), f"expected f1 to lack _h and f2 to lack f, got {present}"
        calls = {"f1.f()": f1.f(), "f1.g()": f1.g(), "f2.g()": f2.g(), "f2._h()": f2._h()}
    assert calls == {"f1.f()": "f", "f1.g()": "g", "f2.g()": "g", "f2._h()": "_h"}, f"expected each exposed method to call Foo's, got {calls}"


@spec("proxies.example.generator", EXAMPLES, api=API, needs=MANAGER)
def test_example_generator_proxy_iterates_the_generator(mp):
    """In mp_newtype.py, a BaseProxy subclass with _exposed_ = ['__next__'] iterates the generator that the registered baz() returns."""
    with targets.my_manager(mp.managers.BaseManager, mp.managers.BaseProxy)(ctx=mp.get_context()) as manager:
        it = manager.baz()
        values = list(it)
    assert values == [i * i for i in range(10)], f"expected iterating the generator proxy to give the squares 0..81, got {values}"
