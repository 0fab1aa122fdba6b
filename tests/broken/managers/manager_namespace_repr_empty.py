"""Broken: a Manager() Namespace's representation does not show its attributes."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.namespace.attrs", "managers.namespace.underscore_on_proxy"}


class BlankNamespace(managers.Namespace):
    def __repr__(self):
        return "Namespace()"


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("Namespace", BlankNamespace, managers.NamespaceProxy)


_mirror.install(__name__, Manager=_mirror.started(SyncManager))
