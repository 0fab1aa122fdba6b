"""Broken: BufferTooShort is not a subclass of ProcessError."""

from tests.broken import _mirror

BREAKS = {"context.exc.processerror_base"}


class BufferTooShort(Exception):
    pass


_mirror.install(__name__, BufferTooShort=lambda ctx: BufferTooShort)
