"""Broken: the method BaseManager.register() creates returns a proxy for one shared object, made on the first call."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.register.create_method_default"}


class BaseManager(managers.BaseManager):
    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None, create_method=True):
        super().register(typeid, callable and Once(callable), proxytype, exposed, method_to_typeid, create_method)


class Once:
    def __init__(self, make):
        self.make = make

    def __call__(self, *args, **kwargs):
        if not hasattr(self, "made"):
            self.made = self.make(*args, **kwargs)
        return self.made


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager)})
