"""Broken: Pipe() is one-way unless duplex=True is passed."""

from tests.broken import _mirror

BREAKS = {"pipe.duplex.default", "conn.example.bytes_roundtrip", "conn.recv_bytes_into.example"}

_mirror.install(__name__, Pipe=lambda ctx: lambda duplex=False: ctx.Pipe(duplex))
