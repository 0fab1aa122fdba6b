"""Broken: the child runs the standard run() even when a subclass overrides it, and run() called directly does nothing."""

import os

from multiprocessing.process import BaseProcess

from tests.broken import _mirror

BREAKS = {
    "process.ctor.args_default_empty",
    "process.ctor.args_list_or_tuple",
    "process.ctor.group_must_be_none",
    "process.ctor.kwargs_default",
    "process.run.direct_call_in_caller",
    "process.run.overridable",
}


class StandardRunOnly:
    def run(self):
        if os.getpid() != self._parent_pid:
            super().run()

    def _bootstrap(self, *args, **kwargs):
        self.run = lambda: BaseProcess.run(self)
        return super()._bootstrap(*args, **kwargs)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, StandardRunOnly))
