"""Backends with a prelude (conformance.isolation), for registration through an entry point: stdlib, broken by it."""

import os
import sys
import threading

from conformance.backends import Backend


def break_stdlib():
    """Queue.put_nowait() drops what does not fit instead of raising queue.Full; a child's run() exits 7."""
    from multiprocessing import process, queues

    queues.Queue.put_nowait = lambda self, obj: None
    process.BaseProcess.run = lambda self: sys.exit(7)


def hang():
    """Queue.put_nowait() never returns."""
    from multiprocessing import queues

    queues.Queue.put_nowait = lambda self, obj: threading.Event().wait()


def crash():
    """Queue.put_nowait() ends the process."""
    from multiprocessing import queues

    queues.Queue.put_nowait = lambda self, obj: os._exit(3)


def broken():
    return _backend("prelude-broken", "tests.fakes.preludes:break_stdlib")


def hanging():
    return _backend("prelude-hangs", "tests.fakes.preludes:hang")


def crashing():
    return _backend("prelude-crashes", "tests.fakes.preludes:crash")


def _backend(name, prelude):
    import multiprocessing

    return Backend(name, "multiprocessing", "1.0", {m: multiprocessing.get_context(m) for m in ("fork", "spawn")},
                   prelude=prelude)


def pytest_mp_conformance_backends(config):
    return [_backend("hook-prelude", "tests.fakes.preludes:break_stdlib")]
