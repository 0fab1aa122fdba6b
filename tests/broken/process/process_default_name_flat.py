"""Broken: a default name has only the process's own number, not its parents' (Process-N instead of Process-N1:N2)."""

from tests.broken import _mirror

BREAKS = {"process.name.default_format"}


class FlatNames:
    def __init__(self, *args, name=None, **kwargs):
        super().__init__(*args, name=name, **kwargs)
        if name is None:
            self._name = f"{type(self).__name__}-{self._identity[-1]}"


_mirror.install(__name__, Process=_mirror.process_classes(__name__, FlatNames))
