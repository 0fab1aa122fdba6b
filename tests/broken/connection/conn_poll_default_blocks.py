"""Broken: poll() without a timeout blocks until there is data, as poll(None) does."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.poll.no_timeout_immediate"}


class BlockingPollConnection(connection.Connection):
    def poll(self, timeout=None):
        return super().poll(timeout)


_mirror.install(__name__, Pipe=_mirror.pipe(BlockingPollConnection))
