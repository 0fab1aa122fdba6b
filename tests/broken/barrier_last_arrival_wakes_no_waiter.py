"""Broken: the last party's Barrier.wait() releases the barrier without waking the waiting parties: they see it
released only once their own timeout expires."""

from multiprocessing import synchronize

from tests.broken import _mirror

BREAKS = {"barrier.wait.blocks_until_parties"}
# A party that waits before the other arrives returns only at its timeout (WAIT). In once_per_generation one of the
# parent's two waits, which the test bounds together by WAIT, is such a wait: whether both end within the bound is a
# race of a few milliseconds.
MAY_BREAK = {"barrier.action.once_per_generation"}


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
