"""Broken: Listener.address is a plain attribute that can be assigned, not a read-only property."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"listener.listener.address"}


class WritableAddressListener(connection.Listener):
    address = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.address = self._listener._address


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, Listener=WritableAddressListener)})
