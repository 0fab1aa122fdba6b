"""Broken: a name given to an earlier process is made unique with a suffix."""

from tests.broken import _mirror

BREAKS = {"process.name.str_identification"}

_USED = set()


class UniqueNames:
    def __init__(self, *args, name=None, **kwargs):
        super().__init__(*args, name=name, **kwargs)
        if name is not None and name in _USED:
            self._name = f"{name}-{len(_USED)}"
        _USED.add(self._name)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, UniqueNames))
