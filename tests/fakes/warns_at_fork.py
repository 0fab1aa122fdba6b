"""Queue.put_nowait() warns as CPython 3.12+ does when a process with threads forks; otherwise stdlib."""

import os
import warnings

from multiprocessing import queues

from tests.broken import _mirror


class WarningQueue(queues.Queue):
    def put_nowait(self, obj):
        warnings.warn(f"This process (pid={os.getpid()}) is multi-threaded, use of fork() may lead to deadlocks in the"
                      " child.", DeprecationWarning, stacklevel=2)
        warnings.warn("a warning of the backend's own", DeprecationWarning, stacklevel=2)
        return super().put_nowait(obj)


_mirror.install(__name__, Queue=lambda base: lambda maxsize=0: WarningQueue(maxsize, ctx=base))
