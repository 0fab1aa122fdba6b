"""Broken: every Listener is kept referenced forever, so garbage collection never closes it."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"listener.listener.close_on_gc"}
_ALL = []


class ImmortalListener(connection.Listener):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _ALL.append(self)


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Listener=ImmortalListener)})
