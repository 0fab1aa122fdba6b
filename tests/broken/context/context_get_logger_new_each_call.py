"""Broken: get_logger() creates a new, unregistered logger on every call."""

import logging

from tests.broken import _mirror

BREAKS = {"context.logging.get_logger.returns", "context.logging.log_to_stderr.returns_logger", "context.logging.log_to_stderr.fork_child"}


def get_logger():
    logger = logging.Logger("multiprocessing")
    logger.propagate = False
    return logger


_mirror.install(__name__, get_logger=lambda ctx: get_logger)
