"""Queue.put_nowait() forks, and the child returns into the test instead of exiting: it must not run the suite."""

import os

from multiprocessing import queues

from tests.broken import _mirror

PID_FILE = "forked.pid"  # in the run's working directory


class ForkingQueue(queues.Queue):
    _in_child = False

    def put_nowait(self, obj):
        pid = os.fork()
        if pid == 0:  # returns into the test, as a greenlet that fork copied would
            self._in_child = True
            return super().put_nowait(obj)
        with open(PID_FILE, "w") as f:
            f.write(str(pid))
        try:
            return super().put_nowait(obj)
        finally:
            os.waitpid(pid, 0)

    def get(self, *args, **kwargs):
        if self._in_child:  # leaves the item to the test in the parent
            return None
        return super().get(*args, **kwargs)


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: ForkingQueue(maxsize, ctx=ctx))
