"""Broken: assigning to name does nothing."""

from tests.broken import _mirror

BREAKS = {"process.name.settable"}


class FixedName:
    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        pass


_mirror.install(__name__, Process=_mirror.process_classes(__name__, FixedName))
