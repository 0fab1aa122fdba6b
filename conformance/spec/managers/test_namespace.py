"""Namespace: writable attributes shown by its repr; on a proxy, '_' attributes stay on the proxy."""

from conformance.marks import spec
from conformance.spec.calls import raises
from conformance.spec.managers import servers

NAMESPACE = "multiprocessing.html#multiprocessing.managers.Namespace"


@spec("managers.namespace.attrs", NAMESPACE, api=("managers.SyncManager",), needs=servers.MANAGER)
def test_namespace_repr_shows_its_attributes(mp):
    """A Namespace has writable attributes and its representation shows them: Namespace(x=10, y='hello')."""
    with mp.Manager() as manager:
        ns = manager.Namespace()
        ns.x = 10
        ns.y = "hello"
        ns.x = 11
        assert str(ns) == "Namespace(x=11, y='hello')", f"expected Namespace(x=11, y='hello'); got {ns}"


@spec("managers.namespace.underscore_on_proxy", NAMESPACE, api=("managers.SyncManager",), needs=servers.MANAGER)
def test_underscore_attributes_belong_to_the_proxy(mp):
    """On a Namespace proxy an attribute starting with '_' is the proxy's own: not the referent's, so not in its repr."""
    with mp.Manager() as manager:
        ns = manager.Namespace()
        ns.x = 10
        ns._z = 12.3
        assert ns._z == 12.3, f"expected the proxy to keep _z = 12.3; got {ns._z!r}"
        assert str(ns) == "Namespace(x=10)", f"expected Namespace(x=10) (no _z); got {ns}"
        raises(AttributeError, ns._callmethod, "__getattribute__", ("_z",))
