"""Broken: a Connection has no poll(), as fiber's Socket had none: only the tests of poll() may fail."""

from multiprocessing import connection

from tests.broken import _mirror

BREAKS = {"connection.poll.returns_bool", "connection.poll.no_timeout_immediate", "connection.poll.timeout_number", "connection.poll.timeout_none",
          "connection.poll.eof_ready"}


class PolllessConnection(connection.Connection):
    def __getattribute__(self, name):
        if name == "poll":
            raise AttributeError(f"'{type(self).__name__}' object has no attribute 'poll'")
        return super().__getattribute__(name)


_mirror.install(__name__, Pipe=_mirror.pipe(PolllessConnection))
