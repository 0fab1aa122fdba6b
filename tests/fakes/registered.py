"""A plugin registering a backend under a name of its own, through the pytest hook."""

from conformance.backends import Backend


def pytest_mp_conformance_backends(config):
    import multiprocessing

    return [Backend("house-mp", "multiprocessing", "1.0", {"spawn": multiprocessing.get_context("spawn")})]


def backend():
    """The same backend, for registration through the mp_conformance.backends entry point."""
    import multiprocessing

    return Backend("ep-mp", "multiprocessing", "1.0", {"fork": multiprocessing.get_context("fork")})
