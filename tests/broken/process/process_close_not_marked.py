"""Broken: close() releases the resources but leaves the Process usable, so later uses raise no ValueError."""

from tests.broken import _mirror

BREAKS = {"process.close.then_valueerror", "process.start.after_close_raises"}


class ReusableAfterClose:
    def close(self):
        super().close()
        self._closed = False


_mirror.install(__name__, Process=_mirror.process_classes(__name__, ReusableAfterClose))
