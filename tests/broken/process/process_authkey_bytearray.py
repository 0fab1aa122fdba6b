"""Broken: a Process's authkey is a bytearray, not a byte string."""

from tests.broken import _mirror

BREAKS = {"process.authkey.bytes"}


class MutableKey:
    @property
    def authkey(self):
        return bytearray(self._config["authkey"])

    @authkey.setter
    def authkey(self, value):
        self._config["authkey"] = value


_mirror.install(__name__, Process=_mirror.process_classes(__name__, MutableKey))
