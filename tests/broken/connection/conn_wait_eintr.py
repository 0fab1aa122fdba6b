"""Broken: wait() raises OSError (EINTR) when a signal with a Python handler interrupts it."""

import errno
import signal
import threading

from multiprocessing import connection
from multiprocessing.connection import wait as stdlib_wait

from tests.broken import _mirror

BREAKS = {"connection.wait.posix_no_eintr"}


def _raising(handler):
    def interrupted(signum, frame):
        handler(signum, frame)
        error = OSError("wait() interrupted by a signal")
        error.errno = errno.EINTR  # a plain OSError: selectors would swallow an InterruptedError
        raise error
    return interrupted


def wait(object_list, timeout=None):
    if threading.current_thread() is not threading.main_thread():
        return stdlib_wait(object_list, timeout)
    replaced = {}
    for signum in signal.valid_signals():
        handler = signal.getsignal(signum)
        if callable(handler):
            replaced[signum] = signal.signal(signum, _raising(handler))
    try:
        return stdlib_wait(object_list, timeout)
    finally:
        for signum, handler in replaced.items():
            signal.signal(signum, handler)


_mirror.install(__name__, submodules={"connection": _mirror.patched_module(connection, wait=wait)})
