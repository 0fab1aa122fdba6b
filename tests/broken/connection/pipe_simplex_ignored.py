"""Broken: Pipe(duplex=False) returns a duplex pipe, whose ends both send and receive."""

from tests.broken import _mirror

BREAKS = {"connection.pipe.simplex.wrong_direction"}

_mirror.install(__name__, Pipe=lambda ctx: lambda duplex=True: ctx.Pipe(True))
