"""Broken: BaseManager.address is the address given to the constructor, not the one the server listens on."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"managers.basemanager.address_default", "managers.basemanager.address_attr", "managers.connect.remote",
          "managers.remote.queue_example", "managers.connect.bad_authkey", "managers.basemanager.authkey_default"}


class BaseManager(managers.BaseManager):
    def __init__(self, address=None, *args, **kwargs):
        super().__init__(address, *args, **kwargs)
        self._given_address = address

    @property
    def address(self):
        return self._given_address


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseManager=BaseManager)})
