"""A plugin registering a backend that must run alone (as one that patches global state when loaded)."""

import multiprocessing

from conformance.backends import Backend


def pytest_mp_conformance_backends(config):
    return [Backend("patching", "multiprocessing", "1.0", {None: multiprocessing}, alone="it patches the world")]
