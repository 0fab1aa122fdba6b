"""The file descriptors of a queue's pipe, for the tests that close() releases them (Linux: /proc/self/fd)."""

import gc
import os


def open_fds():
    """The file descriptors open in this process."""
    return set(os.listdir("/proc/self/fd"))


def assert_close_releases(kind, make, close, when=""):
    """Assert that close(obj) closes every file descriptor that obj = make() opened (`when`: when it is checked)."""
    close(make())  # a first one opens what a backend opens once per process for its locks (stdlib's resource tracker pipe)
    # A descriptor closed by the collector while obj is made would be reused by obj and missed by the difference
    # below (a backend that leaves it open would pass): collect what is garbage now, and nothing until obj is made.
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        before = open_fds()
        obj = make()
        opened = open_fds() - before
    finally:
        if enabled:
            gc.enable()
    assert opened, f"creating a {kind} opened no file descriptor; expected its pipe"
    close(obj)
    still_open = opened & open_fds()
    assert not still_open, f"expected close() to close the {kind}'s descriptors {sorted(opened)}{when}; still open: {sorted(still_open)}"
