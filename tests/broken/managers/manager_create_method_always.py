"""Broken: BaseManager.register() ignores create_method=False: it always adds a method named typeid."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.register.callable_optional"}


class BaseManager(managers.BaseManager):
    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None, create_method=True):
        super().register(typeid, callable, proxytype, exposed, method_to_typeid, True)


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager)})
