"""Broken: Pipe() is one-way unless duplex=True is passed."""

from tests.broken import _mirror

BREAKS = {"connection.pipe.duplex.default", "connection.example.bytes_roundtrip", "connection.recv_bytes_into.example"}

_mirror.install(__name__, Pipe=lambda ctx: lambda duplex=False: ctx.Pipe(duplex))
