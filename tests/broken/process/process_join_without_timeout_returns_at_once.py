"""Broken: join() without a timeout returns at once instead of waiting."""

from tests.broken import _mirror

BREAKS = {"process.join.blocks", "process.nondaemon.joined_at_exit"}


class JoinDoesNotWait:
    def join(self, timeout=None):
        return super().join(0 if timeout is None else timeout)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, JoinDoesNotWait))
