"""Broken: the method BaseManager.register() creates makes the object in the calling process, not in the server."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.register.example", "managers.register.create_method_default", "managers.register.proxytype_auto",
          "managers.register.exposed", "managers.register.exposed_default", "managers.register.method_to_typeid",
          "managers.start.spawns_server", "managers.get_server.serve_forever_blocks", "managers.basemanager.serializer",
          "managers.connect.remote", "managers.remote.queue_example"}
PARAMS = {"managers.basemanager.serializer": ("xmlrpclib",)}  # no server: its values are never serialized


class BaseManager(managers.BaseManager):
    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None, create_method=True):
        super().register(typeid, callable, proxytype, exposed, method_to_typeid, create_method)
        if create_method:
            setattr(cls, typeid, lambda self, *args, **kwargs: callable(*args, **kwargs))


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager)})
