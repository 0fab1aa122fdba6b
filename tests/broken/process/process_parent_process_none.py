"""Broken: parent_process() is None in child processes too."""

from tests.broken import _mirror

BREAKS = {"process.parent_process.returns"}


_mirror.install(__name__, parent_process=lambda ctx: lambda: None)
