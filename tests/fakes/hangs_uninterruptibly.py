"""A backend whose Queue.put_nowait blocks where pytest-timeout's signal cannot interrupt it."""

import signal

from tests.broken import _mirror


class StuckQueue:
    def __init__(self, maxsize=0):
        pass

    def put(self, obj, block=True, timeout=None):
        pass

    def put_nowait(self, obj):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # pytest-timeout's signal never arrives
        signal.sigwait({signal.SIGUSR2})  # nobody sends it


_mirror.install(__name__, Queue=lambda ctx: StuckQueue)
