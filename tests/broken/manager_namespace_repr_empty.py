"""Broken: a Manager() Namespace's representation does not show its attributes."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"manager.namespace.attrs", "manager.namespace.underscore_on_proxy"}


class BlankNamespace(managers.Namespace):
    def __repr__(self):
        return "Namespace()"


class SyncManager(managers.SyncManager):
    pass


SyncManager.register("Namespace", BlankNamespace, managers.NamespaceProxy)


def _manager(ctx):
    m = SyncManager(ctx=ctx.get_context())
    m.start()
    return m


_mirror.install(__name__, Manager=lambda ctx: lambda: _manager(ctx))
