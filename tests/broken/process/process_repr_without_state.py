"""Broken: repr() of a Process does not show its state."""

from tests.broken import _mirror

BREAKS = {"process.repr.states"}


class PlainRepr:
    def __repr__(self):
        return f"<{type(self).__name__} name={self.name!r}>"


_mirror.install(__name__, Process=_mirror.process_classes(__name__, PlainRepr))
