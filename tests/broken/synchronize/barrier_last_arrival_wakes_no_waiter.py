"""Broken: the last party's Barrier.wait() releases the barrier without waking the waiting parties: they see it
released only once their own timeout expires."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"synchronize.barrier.wait.blocks_until_parties"}


class WakelessBarrier(synchronize.Barrier):
    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1  # draining, as threading.Barrier._release, but without self._cond.notify_all()
        except BaseException:
            self._break()
            raise


_mirror.install(__name__, Barrier=lambda ctx: lambda parties, action=None, timeout=None: WakelessBarrier(parties, action, timeout, ctx=ctx))
