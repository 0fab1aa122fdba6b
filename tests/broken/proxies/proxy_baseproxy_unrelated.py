"""Broken: managers.BaseProxy is a class unrelated to the proxy types the manager returns."""

from multiprocessing import managers

from tests.broken import _mirror

BREAKS = {"proxies.baseproxy.subclass", "proxies._callmethod.copy_or_proxy"}


class BaseProxy:
    """A stand-in that no proxy type derives from."""


_mirror.install(__name__, submodules={"managers": _mirror.patched_module(managers, BaseProxy=BaseProxy)})
