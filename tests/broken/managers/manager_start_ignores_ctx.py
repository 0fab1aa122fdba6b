"""Broken: BaseManager ignores ctx: its server is a Process of the default context (multiprocessing.Process)."""

import multiprocessing
from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.basemanager.ctx"}


class BaseManager(managers.BaseManager):
    def __init__(self, address=None, authkey=None, serializer="pickle", ctx=None, **kwargs):
        super().__init__(address, authkey, serializer, multiprocessing.context._default_context, **kwargs)


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager)})
