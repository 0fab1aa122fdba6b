"""Broken: log_to_stderr() sets the level but attaches no handler, so nothing is written to stderr."""

from tests.broken import _mirror

BREAKS = {"context.logging.log_to_stderr.handler_format", "context.logging.log_to_stderr.fork_child",
          "context.logging.example.session_output"}


def _log_to_stderr(ctx):
    def log_to_stderr(level=None):
        logger = ctx.get_logger()
        if level:
            logger.setLevel(level)
        return logger
    return log_to_stderr


_mirror.install(__name__, log_to_stderr=_log_to_stderr)
