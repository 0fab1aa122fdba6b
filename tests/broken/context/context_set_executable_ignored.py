"""Broken: set_executable() does nothing; children are always started with sys.executable."""

from tests.broken import _mirror

BREAKS = {"context.set_executable.sets_interpreter", "context.set_executable.pathlike"}
START_METHODS = ("spawn",)

_mirror.install(__name__, set_executable=lambda ctx: lambda executable: None)
