"""Proxy objects are instances of subclasses of BaseProxy."""

from conformance.marks import spec
from conformance.spec.managers.servers import MANAGER

BASEPROXY = "multiprocessing.html#multiprocessing.managers.BaseProxy"


@spec("proxies.baseproxy.subclass", BASEPROXY, api=("managers.BaseProxy",), needs=MANAGER)
def test_proxies_are_baseproxy_instances(mp):
    """Proxy objects (of lists, dicts, namespaces, values, locks, queues) are instances of subclasses of BaseProxy."""
    with mp.Manager() as manager:
        proxies = {
            "list": manager.list(), "dict": manager.dict(), "Namespace": manager.Namespace(),
            "Value": manager.Value("i", 0), "Lock": manager.Lock(), "Queue": manager.Queue(),
        }
        others = {name: type(p).__name__ for name, p in proxies.items() if not isinstance(p, mp.managers.BaseProxy)}
    assert not others, f"expected every proxy to be a BaseProxy instance; these are not: {others}"
