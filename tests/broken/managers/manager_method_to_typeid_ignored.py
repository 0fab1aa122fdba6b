"""Broken: BaseManager.register() ignores method_to_typeid: every result is returned by value."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.register.method_to_typeid"}


class BaseManager(managers.BaseManager):
    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None, create_method=True):
        super().register(typeid, callable, proxytype, exposed, None, create_method)


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager)})
