"""Broken: log_to_stderr(level) ignores level."""

from tests.broken import _mirror

BREAKS = {"logging.log_to_stderr.level"}

_mirror.install(__name__, log_to_stderr=lambda ctx: lambda level=None: ctx.log_to_stderr())
