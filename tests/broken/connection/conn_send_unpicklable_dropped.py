"""Broken: send() of an object that cannot be pickled silently sends nothing instead of raising."""

import pickle

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.send.must_be_picklable"}


class ForgivingConnection(connection.Connection):
    def send(self, obj):
        try:
            super().send(obj)
        except (pickle.PicklingError, TypeError, AttributeError):
            pass


_mirror.install(__name__, Pipe=_mirror.pipe(ForgivingConnection))
