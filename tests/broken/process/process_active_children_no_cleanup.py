"""Broken: active_children() lists the children not yet joined without joining the finished ones."""

from multiprocessing import process

from tests.broken import _mirror

BREAKS = {"process.active_children.joins_finished"}


_mirror.install(__name__, active_children=lambda ctx: lambda: list(process._children))
