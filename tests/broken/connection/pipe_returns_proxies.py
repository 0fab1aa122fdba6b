"""Broken: Pipe() returns proxy objects that forward to Connection objects but are not Connection objects."""

from tests.broken import _mirror

BREAKS = {"connection.pipe.pair.connections"}


class ConnectionProxy:
    def __init__(self, conn):
        self._conn = conn

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._conn, name)

    def __enter__(self):
        self._conn.__enter__()
        return self

    def __exit__(self, *exc_info):
        return self._conn.__exit__(*exc_info)


def _pipe(ctx):
    return lambda duplex=True: tuple(ConnectionProxy(end) for end in ctx.Pipe(duplex))


_mirror.install(__name__, Pipe=_pipe)
