"""A last-resort deadline: a hang that pytest-timeout cannot interrupt ends the worker process, which is reported."""

import faulthandler
import os
import sys

GRACE = 30.0  # seconds past a test's own deadline before the watchdog ends its process, unless the run says otherwise
EXIT_GRACE = 60.0  # seconds a worker may take to shut down after its last test
MARK = "Timeout ("  # how faulthandler starts its report when the deadline passes


class Watchdog:
    """Arms faulthandler around each spec test; on expiry it writes the stacks to `path` and exits the process.

    pytest-timeout's signal cannot interrupt every hang (a lock acquired without a timeout in a
    C extension, a finalizer blocking between tests); faulthandler's own thread always can.
    """

    def __init__(self, grace, path=None):
        self.grace = grace
        self.path = path
        self._file = open(path, "w", encoding="utf-8") if path else sys.stderr

    def arm(self, seconds):
        faulthandler.dump_traceback_later(seconds + self.grace, exit=True, file=self._file)

    def disarm(self):
        faulthandler.cancel_dump_traceback_later()

    def arm_exit(self):
        """Bound the shutdown of the process after its last test."""
        faulthandler.dump_traceback_later(EXIT_GRACE, exit=True, file=self._file)


def worker_file(directory, worker_id):
    return os.path.join(directory, f"watchdog-{worker_id}.txt")


def expired(directory, worker_id):
    """The watchdog's report if it ended that worker, else None."""
    try:
        with open(worker_file(directory, worker_id), encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return None
    return text if MARK in text else None
