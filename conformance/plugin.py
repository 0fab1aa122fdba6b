"""The pytest plugin: its options and hooks, the run's state registered as a plugin, and the mp fixtures."""

import signal

import pytest

from conformance import backends, distributed, leaks, manifest, options, selection, session

SESSION = pytest.StashKey()


def pytest_addhooks(pluginmanager):
    from conformance import hookspecs

    pluginmanager.add_hookspecs(hookspecs)


def pytest_addoption(parser):
    options.add(parser)


def pytest_configure(config):
    config.addinivalue_line("markers", "mp_spec(spec): the documented behaviour a spec test encodes (use conformance.marks.spec)")
    # CPython 3.12+ warns at each fork of a process with threads; spec tests run blocking calls in threads of
    # the test process and then fork by design, so the warning (hundreds a run) says nothing about the backend.
    config.addinivalue_line("filterwarnings", r"ignore:This process \(pid=\d+\) is multi-threaded, use of fork\(\):DeprecationWarning")
    try:
        config.stash[SESSION] = run = session.Session(config)
    except (backends.BackendError, manifest.ManifestError, selection.SelectionError) as e:
        raise pytest.UsageError(str(e)) from None
    config.pluginmanager.register(run, "mp-conformance-session")
    if not hasattr(config, "workerinput"):
        config.pluginmanager.register(distributed.Controller(run), "mp-conformance-controller")
    leaks.own_shm_names()
    _default_sigint()


def _default_sigint():
    """Give SIGINT Python's default handler where the run inherited it ignored (a shell's background job
    without job control ignores it, and so would every child), since the docs' "by default" assumes it."""
    if hasattr(signal, "SIGINT") and signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def pytest_generate_tests(metafunc):
    if "mp_variant" in metafunc.fixturenames:
        chapter = _chapter(metafunc.module.__name__)
        variants = [v for v in metafunc.config.stash[SESSION].variants if v.backend.covers(chapter)]
        metafunc.parametrize("mp_variant", variants, ids=[v.id for v in variants])


def _chapter(module_name):
    """'process' for conformance.spec.process.test_join; None for a module outside the spec chapters."""
    parts = module_name.split(".")
    return parts[2] if parts[:2] == ["conformance", "spec"] and len(parts) > 3 else None


@pytest.fixture
def mp_variant():
    """The backend variant under test (metadata: backend, start_method, capabilities)."""
    raise RuntimeError("mp_variant is parametrized by the mp-conformance plugin")


@pytest.fixture
def mp(mp_variant):
    """The multiprocessing API of the variant under test; leaked processes and segments fail the test."""
    api = mp_variant.api()
    watch = leaks.Watch()
    yield api
    watch.check(api)
