"""Broken: a proxy call that fails other than by the referent's own exception raises TypeError, as from a bug: an
argument that cannot be pickled, and an error in the manager's process (instead of RemoteError)."""

import threading
from multiprocessing import managers, reduction

from tests.broken import _mirror

BREAKS = {
    "managers.register.exposed",
    "managers.register.exposed_default",
    "proxies._callmethod.not_exposed",
    "proxies._callmethod.remoteerror",
    "proxies._getvalue.unpicklable",
    "proxies.args.picklable",
}


class TypeErrors:
    """A proxy mixin: _callmethod() raises TypeError where it fails to send its arguments or gets a RemoteError."""

    def _callmethod(self, methodname, args=(), kwds={}):
        try:
            reduction.ForkingPickler.dumps((args, kwds))
        except Exception as e:
            raise TypeError(f"cannot send the arguments: {e}") from None
        try:
            return super()._callmethod(methodname, args, kwds)
        except managers.RemoteError as e:
            raise TypeError(str(e)) from None


class ListProxy(TypeErrors, managers.ListProxy):
    pass


class AcquirerProxy(TypeErrors, managers.AcquirerProxy):
    pass


class Manager(managers.SyncManager):
    pass


Manager.register("list", list, ListProxy)
Manager.register("Lock", threading.Lock, AcquirerProxy)


def _auto_proxy(*args, **kwargs):
    proxy = managers.AutoProxy(*args, **kwargs)
    proxy.__class__ = type(type(proxy).__name__, (TypeErrors, type(proxy)), {})
    return proxy


class BaseManager(managers.BaseManager):
    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, *args, **kwargs):
        super().register(typeid, callable, proxytype or _auto_proxy, *args, **kwargs)


_mirror.install(__name__, Manager=_mirror.started(Manager),
                submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager)})
