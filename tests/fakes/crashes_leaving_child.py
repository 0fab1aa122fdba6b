"""Queue.put_nowait() forks a child that sleeps, then ends the process: the child must not hang the run."""

import os
import time

from multiprocessing import queues

from tests.broken import _mirror

PID_FILE = "orphan.pid"  # in the run's working directory


class CrashingQueue(queues.Queue):
    def put_nowait(self, obj):
        pid = os.fork()
        if pid == 0:
            time.sleep(600)
            os._exit(0)
        with open(PID_FILE, "w") as f:
            f.write(str(pid))
        os._exit(3)


_mirror.install(__name__, Queue=lambda ctx: lambda maxsize=0: CrashingQueue(maxsize, ctx=ctx))
