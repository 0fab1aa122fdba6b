"""Broken: in the process that sent it, recv() returns the very object sent instead of one re-created from its pickle."""

import os

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.send.pickles"}


class SharingConnection(connection.Connection):
    def send(self, obj):
        super().send(obj)
        if os.getpid() == self._creator:
            self._outbox.append(obj)

    def recv(self):
        obj = super().recv()
        return self._inbox.pop(0) if os.getpid() == self._creator and self._inbox else obj


def _pipe(ctx):
    def Pipe(duplex=True):
        conn1, conn2 = ends = ctx.Pipe(duplex)
        to_conn1, to_conn2 = [], []
        conn1._inbox = conn2._outbox = to_conn1
        conn2._inbox = conn1._outbox = to_conn2
        for end in ends:
            end.__class__, end._creator = SharingConnection, os.getpid()
        return ends
    return Pipe


_mirror.connection_class(SharingConnection)
_mirror.install(__name__, Pipe=_pipe)
