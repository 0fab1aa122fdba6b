"""Broken: a Manager() Namespace proxy stores attributes starting with '\''_'\'' in the referent too."""

import os
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.namespace.underscore_on_proxy"}


class SharingNamespaceProxy(managers.NamespaceProxy):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        object.__setattr__(self, "_made_in", os.getpid())

    def __setattr__(self, key, value):
        super().__setattr__(key, value)
        if key.startswith("_") and self.__dict__.get("_made_in") == os.getpid():
            self._callmethod("__setattr__", (key, value))


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("Namespace", managers.Namespace, SharingNamespaceProxy)


_mirror.install(__name__, Manager=_mirror.started(SyncManager))
