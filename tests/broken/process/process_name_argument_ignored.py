"""Broken: Process() ignores its name argument: the process gets the default name."""

from tests.broken import _mirror

BREAKS = {"process.ctor.name"}


class NameIgnored:
    def __init__(self, *args, **kwargs):
        kwargs.pop("name", None)
        super().__init__(*args, **kwargs)


_mirror.install(__name__, Process=_mirror.process_classes(__name__, NameIgnored))
