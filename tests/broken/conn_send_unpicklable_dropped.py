"""Broken: send() of an object that cannot be pickled silently sends nothing instead of raising."""

import pickle

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"conn.send.must_be_picklable"}


class ForgivingConnection(connection.Connection):
    def send(self, obj):
        try:
            super().send(obj)
        except (pickle.PicklingError, TypeError, AttributeError):
            pass


def _pipe(ctx):
    def Pipe(duplex=True):
        ends = ctx.Pipe(duplex)
        for end in ends:
            end.__class__ = ForgivingConnection
        return ends
    return Pipe


_mirror.install(__name__, Pipe=_pipe)
