"""Broken: join() returns the exit code instead of None."""

from tests.broken import _mirror

BREAKS = {"process.join.returns_none"}


class JoinReturnsExitcode:
    def join(self, timeout=None):
        super().join(timeout)
        return self.exitcode


_mirror.install(__name__, Process=_mirror.process_classes(__name__, JoinReturnsExitcode))
