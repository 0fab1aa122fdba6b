"""The file descriptors of a queue's pipe, for the tests that close() releases them (Linux: /proc/self/fd)."""

import os


def open_fds():
    """The file descriptors open in this process."""
    return set(os.listdir("/proc/self/fd"))


def assert_close_releases(kind, make, close, when=""):
    """Assert that close(obj) closes every file descriptor that obj = make() opened (`when`: when it is checked)."""
    close(make())  # a first one opens what a backend opens once per process for its locks (stdlib's resource tracker pipe)
    before = open_fds()
    obj = make()
    opened = open_fds() - before
    assert opened, f"creating a {kind} opened no file descriptor; expected its pipe"
    close(obj)
    still_open = opened & open_fds()
    assert not still_open, f"expected close() to close the {kind}'s descriptors {sorted(opened)}{when}; still open: {sorted(still_open)}"
