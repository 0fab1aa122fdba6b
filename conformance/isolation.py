"""Spec tests run each in a fresh interpreter that the backend's prelude prepared first (gevent's patch_all).

A backend that changes the whole interpreter is run the way its users run it: a new process
(conformance.fresh) calls the prelude before it imports anything else, then runs one test there. The
parent keeps the test's deadline (pytest-timeout) and ends the process and its descendants when it passes, so
neither a hang nor what the prelude did to the interpreter outlives the test.
"""

import inspect
import os
import pickle
import subprocess
import sys
import tempfile

import psutil
import pytest

from conformance import procs
from conformance.fresh import PRELUDE
from conformance.verdicts import Crashed

EXIT_WAIT = 10.0  # seconds the isolated process gets to exit after it reported


class InChild(Exception):
    """The traceback of an exception raised in the isolated process (the cause of the one re-raised here)."""


def call(item, variant):
    """Run spec test `item` on `variant` in a fresh process that ran the backend's prelude; re-raise what it raised.

    Arguments other than `mp` are pickled to it; `mp` is rebuilt there from the backend's name, with the
    variant's start method. The test's own leak check runs in that process, after the test.
    """
    names = inspect.signature(item.obj).parameters
    job = {
        "module": item.module.__name__,
        "function": item.originalname,
        "backend": variant.backend.name,
        "start_method": variant.start_method,
        "kwargs": {n: item.funcargs[n] for n in names if n != "mp"},
    }
    with tempfile.TemporaryDirectory(prefix="mp-conformance-isolated-") as tmp:
        job_path, result_path = os.path.join(tmp, "job"), os.path.join(tmp, "result")
        with open(job_path, "wb") as f:
            pickle.dump(job, f)
        done, reported = os.pipe()
        env = dict(os.environ, **{PRELUDE: variant.backend.prelude})
        try:
            proc = subprocess.Popen([sys.executable, "-m", "conformance.fresh", job_path, result_path, str(reported)],
                                    env=env, pass_fds=(reported,))
        finally:
            os.close(reported)
        try:
            os.read(done, 1)  # bounded by the test's deadline: pytest-timeout interrupts it
            proc.wait(EXIT_WAIT)  # an interpreter that will not exit is ended; the leak check has run
        except subprocess.TimeoutExpired:
            pass
        finally:
            os.close(done)
            _end(proc)
        try:
            with open(result_path, "rb") as f:
                outcome = pickle.load(f)
        except (OSError, EOFError, pickle.UnpicklingError):
            raise Crashed(f"the process running the test (pid {proc.pid}) ended with status {proc.returncode}"
                          " before it reported an outcome") from None
    if outcome is None:
        return
    kind, message, blob, text = outcome
    if kind == "skip":
        raise pytest.skip.Exception(message)
    try:
        error = pickle.loads(blob)
    except Exception:
        error = AssertionError(message)
    raise error from InChild(text)


def _end(proc):
    """Kill the isolated process and what it left running, and reap it. Its resource tracker and forkserver
    are left to exit by themselves once it is gone (at most EXIT_WAIT): the tracker unlinks what the killed
    processes still held, as it would for a program killed for real."""
    family = procs.descendants(proc.pid)
    procs.kill([proc] + [p for p in family if not procs.is_infrastructure(p)])
    proc.wait(EXIT_WAIT)
    _, remaining = psutil.wait_procs(family, timeout=EXIT_WAIT)
    procs.kill(remaining)
