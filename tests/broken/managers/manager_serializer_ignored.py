"""Broken: BaseManager ignores serializer: it always uses pickle."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.basemanager.serializer"}
PARAMS = {"managers.basemanager.serializer": ("xmlrpclib",)}  # pickle is what it falls back to


class BaseManager(managers.BaseManager):
    def __init__(self, address=None, authkey=None, serializer="pickle", *args, **kwargs):
        super().__init__(address, authkey, "pickle", *args, **kwargs)


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager)})
