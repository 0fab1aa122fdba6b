"""Broken: recv_bytes(maxlength) skips a longer message and raises OSError, but the connection stays readable."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.recv_bytes.maxlength_unreadable"}


class SkippingConnection(connection.Connection):
    def recv_bytes(self, maxlength=None):
        message = super().recv_bytes()
        if maxlength is not None and len(message) > maxlength:
            raise OSError("bad message length")
        return message


_mirror.install(__name__, Pipe=_mirror.pipe(SkippingConnection))
