"""A backend whose Queue.put blocks where pytest-timeout's signal cannot interrupt it (the test process's main thread
calls it: a call in a thread of its own is bounded by the test)."""

import signal

from tests.broken import _mirror


class StuckQueue:
    def __init__(self, maxsize=0):
        pass

    def put_nowait(self, obj):
        pass

    def put(self, obj, block=True, timeout=None):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # pytest-timeout's signal never arrives
        signal.sigwait({signal.SIGUSR2})  # nobody sends it


_mirror.install(__name__, Queue=lambda ctx: StuckQueue)
