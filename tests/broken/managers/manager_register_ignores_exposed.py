"""Broken: BaseManager.register() ignores exposed: every public method stays callable."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.register.exposed"}


class BaseManager(managers.BaseManager):
    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None, create_method=True):
        super().register(typeid, callable, proxytype, None, method_to_typeid, create_method)


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager)})
