"""Broken: a new process is non-daemonic unless told otherwise, even when made by a daemonic process."""

from tests.broken import _mirror

BREAKS = {"process.daemon.inherited"}


class NotInherited:
    def __init__(self, *args, daemon=None, **kwargs):
        super().__init__(*args, daemon=bool(daemon), **kwargs)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, NotInherited))
