"""Broken: the multiprocessing logger propagates its messages to the root logger."""

from tests.broken import _mirror

BREAKS = {"context.logging.get_logger.no_propagate"}


def _get_logger(ctx):
    def get_logger():
        logger = ctx.get_logger()
        logger.propagate = True
        return logger
    return get_logger


_mirror.install(__name__, get_logger=_get_logger)
