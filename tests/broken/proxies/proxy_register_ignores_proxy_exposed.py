"""Broken: the manager ignores a custom proxy type's _exposed_, so a GeneratorProxy cannot call __next__."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies.example.generator"}


class BaseManager(managers.BaseManager):
    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, *args, **kwargs):
        if proxytype is not None and exposed is None:
            # The server then exposes the referent's public methods instead of proxytype._exposed_.
            proxytype = type(proxytype.__name__, (proxytype,), {"_exposed_": None})
        super().register(typeid, callable, proxytype, exposed, *args, **kwargs)


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager)})
