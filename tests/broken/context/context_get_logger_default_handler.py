"""Broken: get_logger() gives the logger a default stderr handler when it creates it."""

import logging

from tests.broken import _mirror

BREAKS = {"context.logging.get_logger.initial_state", "context.logging.get_logger.windows_children"}


def _get_logger(ctx):
    def get_logger():
        logger = ctx.get_logger()
        if not logger.handlers:
            logger.addHandler(logging.StreamHandler())
        return logger
    return get_logger


_mirror.install(__name__, get_logger=_get_logger)
