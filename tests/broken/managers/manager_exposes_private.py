"""Broken: BaseManager.register() without exposed exposes private methods (names starting with '"_"') too."""

import builtins
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.register.exposed_default", "managers.register.proxytype_auto"}


class BaseManager(managers.BaseManager):
    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None, create_method=True):
        if exposed is None and isinstance(callable, type):
            exposed = tuple(n for n in dir(callable) if not n.startswith("__") and builtins.callable(getattr(callable, n)))
        super().register(typeid, callable, proxytype, exposed, method_to_typeid, create_method)


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager)})
