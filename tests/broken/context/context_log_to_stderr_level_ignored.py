"""Broken: log_to_stderr(level) ignores level."""

from tests.broken import _mirror

BREAKS = {"context.logging.log_to_stderr.level"}

_mirror.install(__name__, log_to_stderr=lambda ctx: lambda level=None: ctx.log_to_stderr())
