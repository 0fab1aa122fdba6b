"""Broken: active_children() joins finished children but always returns an empty list."""

import multiprocessing

from tests.broken import _mirror

BREAKS = {"process.active_children.returns"}


def active_children():
    multiprocessing.active_children()
    return []


_mirror.install(__name__, active_children=lambda ctx: active_children)
