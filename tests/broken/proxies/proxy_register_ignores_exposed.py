"""Broken: BaseManager.register() ignores its exposed argument, so a Foo2 proxy exposes Foo's public methods."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies.example.exposed"}


class BaseManager(managers.BaseManager):
    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, *args, **kwargs):
        super().register(typeid, callable, proxytype, None, *args, **kwargs)


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager)})
