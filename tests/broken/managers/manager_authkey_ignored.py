"""Broken: BaseManager ignores authkey: servers and clients always use current_process().authkey."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.connect.bad_authkey", "managers.basemanager.authkey_default"}


class BaseManager(managers.BaseManager):
    def __init__(self, address=None, authkey=None, *args, **kwargs):
        super().__init__(address, None, *args, **kwargs)


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager)})
