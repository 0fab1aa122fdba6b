"""Broken: join() raises once a process was joined four times."""

from tests.broken import _mirror

BREAKS = {"process.join.many_times"}


class FewJoins:
    def join(self, timeout=None):
        self._joins = getattr(self, "_joins", 0) + 1
        if self._joins > 4:
            raise RuntimeError("joined too often")
        return super().join(timeout)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, FewJoins))
