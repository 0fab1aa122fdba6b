"""BaseManager.register(): typeids, callables, automatic proxies, exposed, method_to_typeid and create_method."""

import os

from conformance.marks import spec
from conformance.spec.calls import raises
from conformance.spec.managers import servers, targets

REGISTER = "multiprocessing.html#multiprocessing.managers.BaseManager.register"


@spec("managers.register.example", "multiprocessing.html#customized-managers", requires=("processes",),
      api=("managers.BaseManager",), needs=servers.MANAGER + servers.FOUND)
def test_registered_class_runs_in_the_server(mp):
    """After MyManager.register('Maths', MathsClass), manager.Maths() gives a proxy to an object in the server: add(4, 3) == 7, mul(7, 8) == 56."""
    m = servers.manager(mp, "MathsManager")
    with servers.started(mp, m) as server:
        maths = m.Maths()
        assert maths.pid() == server.pid, f"expected the Maths object to live in the server {server.pid}; it is in {maths.pid()}"
        assert (maths.add(4, 3), maths.mul(7, 8)) == (7, 56), \
            f"expected add(4, 3), mul(7, 8) == 7, 56; got {maths.add(4, 3)}, {maths.mul(7, 8)}"


@spec("managers.register.create_method_default", REGISTER, api=("managers.BaseManager",),
      needs=servers.MANAGER + servers.FOUND)
def test_create_method_makes_a_new_shared_object_per_call(mp):
    """By default register() adds a method named typeid that creates a new shared object and returns a proxy for it."""
    m = servers.manager(mp, "MathsManager")
    with servers.started(mp, m):
        first, second = m.Maths(), m.Maths()
        assert isinstance(first, mp.managers.BaseProxy), f"expected a proxy; got {type(first).__name__}"
        assert first.ident() != second.ident(), "expected each call of Maths() to create a new shared object; both are one"


@spec("managers.register.proxytype_auto", REGISTER, api=("managers.BaseManager",), needs=servers.MANAGER + servers.FOUND)
def test_proxytype_none_makes_a_proxy_class(mp):
    """With proxytype None a proxy class is made automatically: a BaseProxy with the object's public methods."""
    m = servers.manager(mp, "MathsManager")
    with servers.started(mp, m):
        maths = m.Maths()
        assert isinstance(maths, mp.managers.BaseProxy), f"expected a BaseProxy; got {type(maths).__name__}"
        assert maths.add(1, 2) == 3, "expected the proxy's add() to call the object's add()"
        assert not hasattr(maths, "_hidden"), "expected no proxy method for the private _hidden()"


@spec("managers.register.exposed", REGISTER, api=("managers.BaseManager", "managers.RemoteError"),
      needs=servers.MANAGER + servers.FOUND)
def test_exposed_limits_the_methods_a_proxy_may_call(mp):
    """exposed lists the methods a proxy may call with _callmethod; the others are refused (RemoteError, an error in the
    manager's process)."""
    m = servers.manager(mp, "ExposedManager")
    with servers.started(mp, m):
        maths = m.Maths()
        assert maths._callmethod("add", (4, 3)) == 7, "expected the exposed add() to be callable"
        raises(mp.managers.RemoteError, maths._callmethod, "mul", (7, 8))


@spec("managers.register.exposed_default", REGISTER, api=("managers.BaseManager", "managers.RemoteError"),
      needs=servers.MANAGER + servers.FOUND)
def test_without_exposed_all_public_methods_are_callable(mp):
    """Without an exposed list every public method (callable, name not starting with '_') may be called, no other (the
    others are refused with RemoteError, an error in the manager's process)."""
    m = servers.manager(mp, "MathsManager")
    with servers.started(mp, m):
        maths = m.Maths()
        results = [maths._callmethod(name, args) for name, args in [("add", (4, 3)), ("mul", (7, 8)), ("pair", (1, 2))]]
        assert results == [7, 56, (1, 2)], f"expected [7, 56, (1, 2)] from the public methods; got {results}"
        raises(mp.managers.RemoteError, maths._callmethod, "_hidden")


@spec("managers.register.method_to_typeid", REGISTER, requires=("processes",), api=("managers.BaseManager",),
      needs=servers.MANAGER + servers.FOUND)
def test_method_to_typeid_returns_a_proxy_other_methods_a_copy(mp):
    """A method named in method_to_typeid returns a proxy for its result; a method not named returns a copy."""
    mapped = servers.manager(mp, "TwinManager")
    with servers.started(mp, mapped) as server:
        twin = mapped.Maths().twin()
        assert isinstance(twin, mp.managers.BaseProxy), f"expected the mapped twin() to return a proxy; got {type(twin).__name__}"
        assert twin.pid() == server.pid, f"expected the twin to live in the server {server.pid}; it is in {twin.pid()}"
    unmapped = servers.manager(mp, "MathsManager")
    with servers.started(mp, unmapped):
        twin = unmapped.Maths().twin()
        assert isinstance(twin, targets.Maths), f"expected the unmapped twin() to return a Maths copy; got {type(twin).__name__}"
        assert twin.pid() == os.getpid(), "expected the copy to run its methods in this process"


@spec("managers.register.callable_optional", REGISTER, api=("managers.BaseManager",),
      needs=servers.MANAGER + servers.FOUND)
def test_typeid_without_callable_or_create_method(mp):
    """A typeid may have no callable when create_method is False: no method named typeid, yet its objects are served."""
    m = servers.manager(mp, "TwinManager")
    with servers.started(mp, m):
        assert not hasattr(m, "Twin"), "expected no Twin() method for a typeid registered with create_method=False"
        assert m.Maths().twin().add(4, 3) == 7, "expected objects of the Twin typeid to be served through method_to_typeid"
