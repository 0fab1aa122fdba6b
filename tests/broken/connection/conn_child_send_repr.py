"""Broken: an object sent from a process other than the one that created the Pipe arrives as its repr() string."""

import os

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.pipe.example.roundtrip", "connection.send.to_other_end", "connection.wait.example_readers"}


class ReprInChildConnection(connection.Connection):
    def send(self, obj):
        super().send(obj if os.getpid() == self._creator else repr(obj))


def _pipe(ctx):
    def Pipe(duplex=True):
        ends = ctx.Pipe(duplex)
        for end in ends:
            end.__class__, end._creator = ReprInChildConnection, os.getpid()
        return ends
    return Pipe


_mirror.connection_class(ReprInChildConnection)
_mirror.install(__name__, Pipe=_pipe)
